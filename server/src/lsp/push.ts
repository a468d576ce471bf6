// Push mode: when each open post is checked next (at once on open and save, after a pause in
// typing otherwise). A newer request for a post replaces the one waiting.

import type { Log } from './log';

export class PushChecks {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly check: (uri: string) => Promise<void>,
    private readonly log: Log,
  ) {}

  schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.check(uri).catch((e) => this.log.error('checking a post', e));
      }, delay),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}
