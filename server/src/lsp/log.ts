// Logging for the server. Posts may hold patient details, so nothing here ever receives
// post text: only rule ids, error names/messages (truncated) and counts.

import type { RemoteConsole } from 'vscode-languageserver';

export class Log {
  private readonly seen = new Set<string>();
  constructor(private readonly console: RemoteConsole) {}

  info(message: string): void {
    this.console.info(message);
  }

  warn(message: string): void {
    this.console.warn(message);
  }

  /** An unexpected error in the server itself: name, message and where, never the document. */
  error(where: string, error: unknown): void {
    this.console.error(`Postlint: ${where} failed: ${describeError(error)}`);
  }

  /** Logs a message the first time only (repeated per keystroke otherwise). */
  once(key: string, log: () => void): void {
    if (this.seen.has(key)) return;
    if (this.seen.size > 1000) this.seen.clear();
    this.seen.add(key);
    log();
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 3)
      .map((l) => l.trim())
      .join(' ← ');
    return `${error.name}: ${error.message.slice(0, 200)}${frames ? ` (${frames})` : ''}`;
  }
  return 'unknown error';
}
