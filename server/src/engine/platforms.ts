import type { PlatformId } from './types';

/** How a platform counts the length of a post. */
export type LengthCounting =
  /** X's weighted count: URLs 23, emoji and CJK 2, NFC-normalised. */
  | 'x-weighted'
  /** Bluesky: grapheme clusters, links as the app shortens them (plus a byte limit). */
  | 'graphemes'
  /** Mastodon: grapheme clusters, every http(s) link counts a fixed length (23 by default). */
  | 'mastodon'
  /** Threads: characters, each emoji counting its size in UTF-8 bytes (Meta's Threads API). */
  | 'threads'
  /** UTF-16 code units, what most web text fields count. */
  | 'utf16';

export interface PlatformInfo {
  id: PlatformId;
  name: string;
  maxLength: number;
  counting: LengthCounting;
  /** Bluesky also caps the UTF-8 size. */
  maxBytes?: number;
  /** Hashtags the platform refuses beyond (error). Instagram: 5 since December 2025. */
  hashtagHardLimit?: number;
  /** Hashtags beyond which the platform's own advice says to stop (info). X: "no more than 2". */
  hashtagRecommended?: number;
  /** Where the feed cuts the post behind "…more", in characters. */
  previewCutoff?: number;
  /** Links in the text are not clickable. */
  linksNotClickable?: boolean;
}

export const PLATFORMS: Record<PlatformId, PlatformInfo> = {
  x: { id: 'x', name: 'X', maxLength: 280, counting: 'x-weighted', hashtagRecommended: 2 },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    maxLength: 2200,
    counting: 'utf16',
    hashtagHardLimit: 5,
    previewCutoff: 125,
    linksNotClickable: true,
  },
  facebook: { id: 'facebook', name: 'Facebook', maxLength: 63206, counting: 'utf16', hashtagRecommended: 3 },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    maxLength: 3000,
    counting: 'utf16',
    hashtagRecommended: 5,
    previewCutoff: 210,
  },
  // Threads turns only one hashtag into a topic tag.
  threads: { id: 'threads', name: 'Threads', maxLength: 500, counting: 'threads', hashtagRecommended: 1 },
  bluesky: { id: 'bluesky', name: 'Bluesky', maxLength: 300, counting: 'graphemes', maxBytes: 3000, hashtagRecommended: 3 },
  mastodon: { id: 'mastodon', name: 'Mastodon', maxLength: 500, counting: 'mastodon', hashtagRecommended: 5 },
  tiktok: { id: 'tiktok', name: 'TikTok', maxLength: 4000, counting: 'utf16', hashtagRecommended: 5 },
};

export const PLATFORM_IDS = Object.keys(PLATFORMS) as PlatformId[];

const ALIASES: Record<string, PlatformId> = { twitter: 'x' };

/** Resolves a front-matter platform name (case-insensitive, `twitter` → `x`), or undefined. */
export function resolvePlatform(name: string): PlatformId | undefined {
  const key = name.trim().toLowerCase();
  if (key in PLATFORMS) return key as PlatformId;
  return ALIASES[key];
}

export function knownPlatformNames(): string {
  return PLATFORM_IDS.map((id) => (id === 'x' ? 'x (or twitter)' : id)).join(', ');
}
