// "Postlint: New Post": the skeleton and the file name. Pure (no `vscode` import).

import { PLATFORMS, PLATFORM_IDS } from '../../server/src/engine/platforms';
import type { PlatformId } from '../../server/src/engine/types';

export interface PlatformChoice {
  id: PlatformId;
  label: string;
  description: string;
}

/** The platforms in quick-pick order, the default platform (if any) first. */
export function platformChoices(defaultPlatform?: string | null): PlatformChoice[] {
  const choices = PLATFORM_IDS.map((id) => ({
    id,
    label: PLATFORMS[id].name,
    description: `up to ${PLATFORMS[id].maxLength.toLocaleString('en-US')} characters${id === defaultPlatform ? ' · your default' : ''}`,
  }));
  const i = choices.findIndex((c) => c.id === defaultPlatform);
  if (i > 0) choices.unshift(...choices.splice(i, 1));
  return choices;
}

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Front matter and an empty body; the cursor goes at the end. */
export function postSkeleton(platform: PlatformId, date: Date, eol = '\n'): string {
  return ['---', `platform: ${platform}`, `date: ${isoDate(date)}`, '---', '', ''].join(eol);
}

export function suggestedFileName(platform: PlatformId, date: Date): string {
  return `${isoDate(date)}-${platform}.post.md`;
}

export type FileNameCheck = { ok: true; segments: string[] } | { ok: false; message: string };

/**
 * Checks a file name typed by the user, relative to the workspace folder. Adds `.post.md`
 * when missing; folders are allowed ("posts/flu.post.md") but not leaving the folder.
 */
export function checkPostFileName(input: string): FileNameCheck {
  const name = input.trim().replace(/\\/g, '/');
  if (!name) return { ok: false, message: 'Type a name for the post, for example flu-season.post.md.' };
  // A drive letter only when a path follows ("C:/posts", "C:"): "a:b?" is a name with bad characters.
  if (name.startsWith('/') || /^[a-zA-Z]:(?:\/|$)/.test(name)) {
    return { ok: false, message: 'The post must be inside the workspace folder: give a name relative to it, for example posts/flu-season.post.md.' };
  }
  const segments = name.split('/').filter((s) => s && s !== '.');
  if (segments.some((s) => s === '..')) return { ok: false, message: 'The post must stay inside the workspace folder: remove "..".' };
  const bad = segments.join('').match(/[<>:"|?*\u0000-\u001f]/);
  if (bad) {
    const shown = /[\u0000-\u001f]/.test(bad[0]) ? 'a control character' : `"${bad[0]}"`;
    return { ok: false, message: `The name contains ${shown}, which Windows and many sync tools cannot store in a file name (< > : " | ? * are not allowed). Remove it, for example flu-season.post.md.` };
  }
  // "posts/" names a folder only: adding .post.md would silently create "posts.post.md".
  if (!segments.length || /\/\s*$/.test(name)) {
    return { ok: false, message: `"${name}" is a folder: type a name for the post after it, for example ${segments.length ? `${segments.join('/')}/` : ''}flu-season.post.md.` };
  }
  let last = segments[segments.length - 1];
  if (!/\.post\.md$/i.test(last)) last = last.replace(/\.md$/i, '') + '.post.md';
  if (last === '.post.md') return { ok: false, message: 'Type a name before .post.md, for example flu-season.post.md.' };
  segments[segments.length - 1] = last;
  return { ok: true, segments };
}
