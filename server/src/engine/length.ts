// Counting a post's length the way each platform counts it.
// PLACEHOLDER (being replaced): counts UTF-16 units for every platform.

import type { PostDocument } from './document';
import { publishedText } from './document';
import { PLATFORMS } from './platforms';
import type { PlatformId } from './types';

export interface Budget {
  platform: PlatformId;
  /** Display name, e.g. "X". */
  name: string;
  used: number;
  limit: number;
  /** Offset in the document where the text goes over the limit, if it does. */
  overflowStart?: number;
}

export function measureBudgets(doc: PostDocument, platforms: readonly PlatformId[], _options: Record<string, unknown>): Budget[] {
  const text = publishedText(doc);
  return platforms.map((p) => ({ platform: p, name: PLATFORMS[p].name, used: text.length, limit: PLATFORMS[p].maxLength }));
}
