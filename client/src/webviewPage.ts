// The frame of Postlint's webviews (the preview and the report): a strict Content-Security-Policy
// (nothing may load from anywhere; only the page's own style and script, marked with a nonce,
// run), and the theme's colours through VS Code's CSS variables. Pure, so it is unit-tested.

/** The report's and the preview's colour names, mapped to the current VS Code theme. */
export const THEME_CSS = `
:root {
  --pl-font: var(--vscode-font-family); --pl-mono: var(--vscode-editor-font-family);
  --pl-fg: var(--vscode-foreground); --pl-bg: var(--vscode-editor-background);
  --pl-muted: var(--vscode-descriptionForeground); --pl-border: var(--vscode-widget-border, var(--vscode-panel-border, rgba(128,128,128,.35)));
  --pl-link: var(--vscode-textLink-foreground); --pl-error: var(--vscode-editorError-foreground);
  --pl-warning: var(--vscode-editorWarning-foreground); --pl-info: var(--vscode-editorInfo-foreground);
  --pl-hint: var(--vscode-descriptionForeground);
  --pl-plain: var(--vscode-charts-blue); --pl-promo: var(--vscode-charts-orange); --pl-goal: var(--vscode-charts-red);
  --pl-card: var(--vscode-sideBar-background, var(--vscode-editor-background));
}
body { font-size: var(--vscode-font-size); }
button { font-family: var(--pl-font); font-size: var(--vscode-font-size); color: var(--vscode-button-foreground); background: var(--vscode-button-background);
  border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 4px 12px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
`;

export interface WebviewPageOptions {
  title: string;
  /** A fresh random value for each page: only the style and script carrying it run. */
  nonce: string;
  css: string;
  body: string;
  script: string;
}

/** The Content-Security-Policy of every Postlint webview: no network, no fonts, no frames, no eval. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
}

export function webviewPage(o: WebviewPageOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('a webview nonce must be a long random token');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(o.nonce)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${o.title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>`,
    `<style nonce="${o.nonce}">${THEME_CSS}${o.css}</style>`,
    '</head><body>',
    o.body,
    `<script nonce="${o.nonce}">${o.script}</script>`,
    '</body></html>',
  ].join('\n');
}

/** A nonce from the platform's random source (Node 20 and browsers both have crypto.getRandomValues). */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
