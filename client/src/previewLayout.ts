// How each platform shows a post, for the preview (client/src/preview.ts): the text the feed
// shows before "…more" and the rest folded, links as the platform shows them (plain text where
// it does not make them clickable), hashtags and mentions, the part past the length limit, the
// character budget, and where each finding stands. Pure (no `vscode`): unit-tested in npm test.
//
// The facts are the engine's, not copies: the post is read by parsePost (what is published,
// links, hashtags, mentions), counted by measurePlatform (each platform's own counting), and the
// limits, the "…more" cut-off and link clickability come from PLATFORMS.

import { parsePost, type PostDocument } from '../../server/src/engine/document';
import { blueskyShortUrl, measurePlatform, type LengthOptions } from '../../server/src/engine/length';
import { PLATFORMS, PLATFORM_IDS } from '../../server/src/engine/platforms';
import type { PlatformId, Severity } from '../../server/src/engine/types';

export interface PreviewFinding {
  /** Offsets into the post's whole text (front matter included). */
  start: number;
  end: number;
  severity: Severity;
  message: string;
  ruleId?: string;
}

export type PieceKind = 'text' | 'link' | 'hashtag' | 'mention';

export interface Piece {
  kind: PieceKind;
  /** The text as written (offsets start..end of the post). */
  text: string;
  start: number;
  end: number;
  /** How the platform writes a whole link (shortened), when it differs from the text. */
  display?: string;
  /** Shown as a tappable link, tag or mention (false: plain text, as on Instagram for links). */
  active: boolean;
  /** Past the platform's length limit. */
  over: boolean;
  /** Indexes (into PostPreview.findings) of the findings over this piece. */
  findings: number[];
}

export interface PlatformLayout {
  /** undefined: no platform is known, the post is shown as written. */
  platform?: PlatformId;
  name: string;
  used: number;
  /** undefined without a platform. */
  limit?: number;
  over: boolean;
  /** Characters the feed shows before "…more" (when the platform folds long posts). */
  cutoff?: number;
  /** The label the platform puts on the fold ("… more"). */
  moreLabel: string;
  visible: Piece[];
  /** After the "…more" cut (empty when the whole post shows). */
  folded: Piece[];
  linksClickable: boolean;
  links: number;
  hashtags: number;
  /** The most hashtags the platform takes (hard) or advises (soft). */
  hashtagLimit?: { count: number; hard: boolean };
}

export type FindingPlace = 'text' | 'settings' | 'unpublished';

export interface PostPreview {
  layouts: PlatformLayout[];
  /** Sorted by position; `place`: in the published text, the settings at the top, or elsewhere (a comment). */
  findings: (PreviewFinding & { place: FindingPlace })[];
  /** True when the platforms come from the post's own `platform:` setting. */
  platformsFromPost: boolean;
}

export interface PreviewOptions {
  findings?: readonly PreviewFinding[];
  /** Where the post goes when its settings name no platform (the configured default). */
  fallbackPlatforms?: readonly PlatformId[];
  /** Limits that differ from the platform's own (the length-limit rule's options). */
  limits?: Partial<Record<PlatformId, number>>;
}

const MORE_LABEL: Partial<Record<PlatformId, string>> = { linkedin: '…see more' };

export function previewPost(text: string, options: PreviewOptions = {}): PostPreview {
  const doc = parsePost(text);
  const fromPost = doc.platforms.length > 0;
  const platforms = fromPost ? doc.platforms : (options.fallbackPlatforms ?? []).filter((p) => PLATFORM_IDS.includes(p));
  const findings = [...(options.findings ?? [])]
    .map((f) => ({ ...f, end: Math.max(f.end, f.start + 1), place: placeOf(doc, f) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const layouts = platforms.length
    ? platforms.map((p) => layoutFor(doc, p, options.limits?.[p], findings.map((f) => (aboutOtherPlatform(f.message, p, platforms) ? undefined : f))))
    : [layoutFor(doc, undefined, undefined, findings)];
  return { layouts, findings, platformsFromPost: fromPost };
}

/**
 * A finding that names another of the post's platforms and not this one ("Links in Instagram
 * captions cannot be tapped", a length over X's limit) is not marked on this platform's card.
 */
export function aboutOtherPlatform(message: string, platform: PlatformId, platforms: readonly PlatformId[]): boolean {
  const named = platforms.filter((p) => new RegExp(`(?<![\\w-])${PLATFORMS[p].name}(?![\\w-])`).test(message));
  return named.length > 0 && !named.includes(platform);
}

function placeOf(doc: PostDocument, f: PreviewFinding): FindingPlace {
  if (doc.frontMatter && f.start < doc.frontMatter.end) return 'settings';
  return doc.published.some((s) => f.start < s.end && Math.max(f.end, f.start + 1) > s.start) ? 'text' : 'unpublished';
}

/** How a platform writes a link in a post (the address is the same; only what shows differs). */
export function linkDisplay(platform: PlatformId | undefined, url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const cut = (n: number) => (bare.length > n ? `${bare.slice(0, n)}…` : bare);
  switch (platform) {
    case 'bluesky':
      return blueskyShortUrl(url); // the engine's: what Bluesky also counts
    case 'x':
      return cut(25); // X shows the address without "https://", cut short
    case 'mastodon':
      return cut(30); // Mastodon hides the scheme and cuts after 30 characters
    default:
      return url;
  }
}

interface Entity {
  kind: Exclude<PieceKind, 'text'>;
  start: number;
  end: number;
  url?: string;
  active: boolean;
}

function entitiesOf(doc: PostDocument, platform: PlatformId | undefined, linksClickable: boolean): Entity[] {
  const entities: Entity[] = [
    ...doc.urls.map((u) => ({ kind: 'link' as const, start: u.start, end: u.end, url: u.url, active: linksClickable })),
    // Threads turns only the first hashtag of a post into a topic tag.
    ...doc.hashtags.map((h, i) => ({ kind: 'hashtag' as const, start: h.start, end: h.end, active: platform !== 'threads' || i === 0 })),
    ...doc.mentions.map((m) => ({ kind: 'mention' as const, start: m.start, end: m.end, active: true })),
  ];
  entities.sort((a, b) => a.start - b.start);
  // Keep them apart (a hashtag inside a link's text is part of the link).
  const out: Entity[] = [];
  for (const e of entities) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}

function lengthOptions(platform: PlatformId, limit: number | undefined): LengthOptions {
  if (limit === undefined || limit === PLATFORMS[platform].maxLength) return {};
  return platform === 'x' ? { xMaxLength: limit } : platform === 'mastodon' ? { mastodonMaxLength: limit } : {};
}

/** `findings`: the post's, by index; a hole for one that is not about this platform. */
function layoutFor(doc: PostDocument, platform: PlatformId | undefined, limit: number | undefined, findings: readonly (PreviewFinding | undefined)[]): PlatformLayout {
  const info = platform ? PLATFORMS[platform] : undefined;
  const budget = platform ? measurePlatform(doc, platform, lengthOptions(platform, limit)) : undefined;
  const cut = platform && info?.previewCutoff !== undefined ? measurePlatform(doc, platform, {}, info.previewCutoff).overflowStart : undefined;
  const overAt = budget ? minDefined(budget.overflowStart, budget.bytes?.overflowStart) : undefined;
  const linksClickable = !info?.linksNotClickable;
  const entities = entitiesOf(doc, platform, linksClickable);

  const inEntity = (at: number) => {
    const e = entities.find((x) => x.end > at);
    return !!e && at > e.start;
  };
  const bounds = new Set<number>();
  for (const s of doc.published) bounds.add(s.start).add(s.end);
  for (const e of entities) bounds.add(e.start).add(e.end);
  if (cut !== undefined) bounds.add(cut);
  if (overAt !== undefined) bounds.add(overAt);
  for (const f of findings) if (f) for (const b of [f.start, f.end]) if (!inEntity(b)) bounds.add(b);
  const sorted = [...bounds].sort((a, b) => a - b);

  const visible: Piece[] = [];
  const folded: Piece[] = [];
  let spanIndex = 0;
  let entityIndex = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    while (spanIndex < doc.published.length && doc.published[spanIndex].end <= a) spanIndex++;
    while (entityIndex < entities.length && entities[entityIndex].end <= a) entityIndex++;
    const span = doc.published[spanIndex];
    if (!span || a < span.start) continue; // not published (a comment, outer blanks)
    const entity = entityIndex < entities.length && entities[entityIndex].start <= a ? entities[entityIndex] : undefined;
    const piece: Piece = {
      kind: entity?.kind ?? 'text',
      text: doc.text.slice(a, b),
      start: a,
      end: b,
      active: entity?.active ?? false,
      over: overAt !== undefined && a >= overAt,
      findings: findings.flatMap((f, k) => (f && f.start < b && f.end > a ? [k] : [])),
    };
    if (entity?.url && a === entity.start && b === entity.end) {
      const display = linkDisplay(platform, entity.url);
      if (display !== piece.text) piece.display = display;
    }
    push(cut !== undefined && a >= cut ? folded : visible, piece);
  }
  const hashtagLimit =
    info?.hashtagHardLimit !== undefined ? { count: info.hashtagHardLimit, hard: true } : info?.hashtagRecommended !== undefined ? { count: info.hashtagRecommended, hard: false } : undefined;
  return {
    platform,
    name: info?.name ?? 'No platform',
    used: budget?.used ?? [...doc.published].reduce((n, s) => n + s.end - s.start, 0),
    limit: budget?.limit,
    over: !!budget && (budget.used > budget.limit || (!!budget.bytes && budget.bytes.used > budget.bytes.limit)),
    cutoff: cut !== undefined ? info?.previewCutoff : undefined,
    moreLabel: (platform && MORE_LABEL[platform]) ?? '… more',
    visible,
    folded,
    linksClickable,
    links: doc.urls.length,
    hashtags: doc.hashtags.length,
    hashtagLimit,
  };
}

/** Joins a piece to the one before when nothing tells them apart (fewer elements to draw). */
function push(pieces: Piece[], piece: Piece): void {
  const last = pieces[pieces.length - 1];
  if (
    last &&
    last.end === piece.start &&
    last.kind === 'text' &&
    piece.kind === 'text' &&
    last.over === piece.over &&
    last.findings.length === piece.findings.length &&
    last.findings.every((f, i) => f === piece.findings[i])
  ) {
    last.text += piece.text;
    last.end = piece.end;
    return;
  }
  pieces.push(piece);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/** The text the feed shows before "…more" (all of it when the platform does not fold). */
export function visibleText(layout: PlatformLayout): string {
  return layout.visible.map((p) => p.text).join('');
}
