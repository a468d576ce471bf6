// The preview as HTML: one card per platform (the feed's view of the post, the fold, the
// budget) and the findings under them. Pure (no `vscode`): unit-tested. The page's script
// (PREVIEW_SCRIPT) asks the extension to jump to a finding, and unfolds "…more".

import type { PieceKind, PlatformLayout, PostPreview } from './previewLayout';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => n.toLocaleString('en-US');
const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' } as const;
const RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** What a piece of text is on the platform, in words (its tooltip). */
const KIND_NOTE: Record<PieceKind, (active: boolean) => string> = {
  text: () => '',
  link: (active) => (active ? 'A link people can tap' : 'Shown as plain text: people cannot tap this link here'),
  hashtag: (active) => (active ? 'A hashtag' : 'Plain text here: only the first hashtag becomes a tag'),
  mention: () => 'A mention',
};

function piecesHtml(preview: PostPreview, pieces: PlatformLayout['visible']): string {
  return pieces
    .map((p) => {
      const classes: string[] = [];
      const titles: string[] = [];
      if (p.kind !== 'text') {
        classes.push(p.kind, p.active ? 'active' : 'inert');
        titles.push(KIND_NOTE[p.kind](p.active));
      }
      if (p.over) {
        classes.push('over');
        titles.push('Past the length limit');
      }
      let data = '';
      if (p.findings.length) {
        const worst = p.findings.reduce((w, k) => (RANK[preview.findings[k].severity] < RANK[preview.findings[w].severity] ? k : w), p.findings[0]);
        classes.push('finding', preview.findings[worst].severity);
        data = ` data-finding="${worst}"`;
        for (const k of p.findings) titles.push(`${k + 1}. ${preview.findings[k].message}`);
      }
      const text = esc(p.display ?? p.text);
      if (!classes.length) return text;
      const title = titles.filter(Boolean).join('\n');
      return `<span class="${classes.join(' ')}"${data}${title ? ` title="${esc(title)}"` : ''}>${text}</span>`;
    })
    .join('');
}

/** The budget ("243 / 2,200") for the card's header, and its meter, drawn under the header. */
function budgetHtml(l: PlatformLayout): [string, string] {
  if (l.limit === undefined) return [`<span class="budget" data-used="${l.used}">${num(l.used)} characters</span>`, ''];
  const pct = Math.min(100, l.limit > 0 ? (l.used / l.limit) * 100 : 100);
  return [
    `<span class="budget${l.over ? ' over' : ''}" data-used="${l.used}" data-limit="${l.limit}" title="${esc(`${num(l.used)} of ${num(l.limit)} characters, counted as ${l.name} counts them`)}">${num(l.used)} / ${num(l.limit)}</span>`,
    `<svg class="meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="4"/><rect class="fill${l.over ? ' over' : ''}" width="${Math.round(pct * 10) / 10}" height="4"/></svg>`,
  ];
}

function notes(l: PlatformLayout): string[] {
  const out: string[] = [];
  if (!l.platform) {
    out.push('No platform is set, so there is no limit or fold to show. Add a line such as <code>platform: instagram</code> to the settings at the top.');
    return out;
  }
  if (l.over) out.push(`Longer than ${esc(l.name)} allows: the part past the limit is marked. Shorten the post or split it.`);
  if (l.cutoff !== undefined) out.push(`${esc(l.name)} shows about the first ${num(l.cutoff)} characters, then “${esc(l.moreLabel.replace(/^…\s?/, ''))}”.`);
  if (l.links && !l.linksClickable) out.push(`Links in ${esc(l.name)} posts cannot be tapped: they show as plain text.`);
  if (l.hashtagLimit && l.hashtags > l.hashtagLimit.count) {
    out.push(
      l.hashtagLimit.hard
        ? `${num(l.hashtags)} hashtags: ${esc(l.name)} takes at most ${num(l.hashtagLimit.count)}.`
        : `${num(l.hashtags)} hashtags: ${esc(l.name)} advises at most ${num(l.hashtagLimit.count)}.`,
    );
  }
  return out;
}

function cardHtml(preview: PostPreview, l: PlatformLayout): string {
  const empty = !l.visible.length && !l.folded.length;
  const fold = l.folded.length
    ? `<button class="more" data-more title="The feed folds the rest of the post here">${esc(l.moreLabel)}</button><span class="folded">${piecesHtml(preview, l.folded)}</span>`
    : '';
  const text = empty ? '<span class="empty">Nothing to publish yet: write the post below the settings.</span>' : piecesHtml(preview, l.visible) + fold;
  const list = notes(l);
  const [budget, meter] = budgetHtml(l);
  return (
    `<article class="card${l.folded.length ? ' has-fold' : ''}" data-platform="${l.platform ?? 'none'}">` +
    `<header><span class="platform">${esc(l.name)}</span>${budget}</header>${meter}` +
    `<div class="post">${text}</div>` +
    (list.length ? `<ul class="notes">${list.map((n) => `<li>${n}</li>`).join('')}</ul>` : '') +
    '</article>'
  );
}

const PLACE_NOTE = { text: '', settings: ' (in the settings at the top)', unpublished: ' (in a part that is not published)' } as const;

function findingsHtml(preview: PostPreview): string {
  if (!preview.findings.length) return '<section class="findings"><p class="clear">No findings in this post.</p></section>';
  const items = preview.findings.map((f, k) => {
    const first = /^.*?[.!?](?=\s|$)/.exec(f.message)?.[0] ?? f.message;
    return (
      `<li><a href="#" data-finding="${k}" class="${f.severity}" title="${esc(f.message)}">` +
      `<span class="sev">${SEVERITY_WORD[f.severity]}</span> ${esc(first)}${f.ruleId ? ` <span class="rule">${esc(f.ruleId)}</span>` : ''}${PLACE_NOTE[f.place]}</a></li>`
    );
  });
  return `<section class="findings"><h2>Findings</h2><p class="hint">Click one to go to it in the post.</p><ol>${items.join('')}</ol></section>`;
}

/** The preview's content (what the page's script puts in place on every change). */
export function previewBody(preview: PostPreview): string {
  return `<div class="cards">${preview.layouts.map((l) => cardHtml(preview, l)).join('')}</div>${findingsHtml(preview)}`;
}

export const PREVIEW_CSS = `
body { font-family: var(--pl-font); color: var(--pl-fg); background: var(--pl-bg); margin: 0; padding: 12px 16px 24px; line-height: 1.45; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.card { flex: 1 1 260px; max-width: 520px; border: 1px solid var(--pl-border); border-radius: 8px; background: var(--pl-card); padding: 10px 12px; }
.card header { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.platform { font-weight: 600; } .budget { color: var(--pl-muted); font-variant-numeric: tabular-nums; white-space: nowrap; } .budget.over { color: var(--pl-error); font-weight: 600; }
.meter { display: block; width: 100%; height: 4px; margin: 4px 0 8px; } .meter .track { fill: var(--pl-border); } .meter .fill { fill: var(--pl-link); } .meter .fill.over { fill: var(--pl-error); }
.post { white-space: pre-wrap; overflow-wrap: anywhere; }
.link.active, .mention, .hashtag.active { color: var(--pl-link); }
.link.inert { color: inherit; }
.over { background: color-mix(in srgb, var(--pl-error) 22%, transparent); }
.finding { text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; cursor: pointer; }
.finding.error { text-decoration-color: var(--pl-error); } .finding.warning { text-decoration-color: var(--pl-warning); }
.finding.info { text-decoration-color: var(--pl-info); } .finding.hint { text-decoration-style: dotted; text-decoration-color: var(--pl-hint); }
.more { background: none; border: none; padding: 0 0 0 4px; color: var(--pl-muted); font-family: var(--pl-font); cursor: pointer; }
.more:hover { background: none; text-decoration: underline; }
.card.has-fold .folded { display: none; } .card.unfolded .folded { display: inline; } .card.unfolded .more { display: none; }
.empty { color: var(--pl-muted); font-style: italic; }
.notes { margin: 8px 0 0; padding-left: 18px; color: var(--pl-muted); font-size: 0.92em; }
.findings h2 { font-size: 1.05em; margin: 18px 0 2px; } .findings .hint, .clear { color: var(--pl-muted); margin: 0 0 6px; }
.findings ol { padding-left: 22px; margin: 0; } .findings li { margin: 3px 0; }
.findings a { color: var(--pl-fg); text-decoration: none; } .findings a:hover .sev { text-decoration: underline; }
.findings .sev { font-weight: 600; } .findings .error .sev { color: var(--pl-error); } .findings .warning .sev { color: var(--pl-warning); }
.findings .info .sev { color: var(--pl-info); } .findings .hint .sev { color: var(--pl-hint); }
.rule { color: var(--pl-muted); font-family: var(--pl-mono); font-size: 0.9em; }
code { font-family: var(--pl-mono); }
`;

/**
 * The page's script: puts each new rendering in place (keeping unfolded cards unfolded), unfolds
 * "…more", and asks the extension to go to a finding. Written as plain ES2020, run as is.
 */
export const PREVIEW_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('preview');
  const unfolded = new Set((vscode.getState() || {}).unfolded || []);
  function restore() {
    for (const card of root.querySelectorAll('.card.has-fold')) card.classList.toggle('unfolded', unfolded.has(card.dataset.platform));
  }
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || m.type !== 'render') return;
    root.innerHTML = m.html;
    document.body.dataset.version = String(m.version);
    restore();
  });
  document.addEventListener('click', (event) => {
    const more = event.target.closest('[data-more]');
    if (more) {
      event.preventDefault();
      const card = more.closest('.card');
      unfolded.add(card.dataset.platform);
      vscode.setState({ unfolded: Array.from(unfolded) });
      restore();
      return;
    }
    const finding = event.target.closest('[data-finding]');
    if (finding) {
      event.preventDefault();
      vscode.postMessage({ type: 'reveal', index: Number(finding.dataset.finding) });
    }
  });
  restore();
  vscode.postMessage({ type: 'ready' });
})();
`;
