// What the status bar shows for the active post: the tightest platform budget.
// Pure (no `vscode` import) so it is unit-tested with plain mocha.

import type { PlatformBudget } from './protocol';

export interface BudgetView {
  /** Status bar text, e.g. "X 243/280". */
  text: string;
  /** One line per platform named in the front matter. */
  tooltip: string;
  /** True when the text is over at least one platform's limit. */
  over: boolean;
}

const number = (n: number) => n.toLocaleString('en-US');

/** The share of the limit used, so the tightest platform is the one with the highest ratio. */
function ratio(b: PlatformBudget): number {
  return b.limit > 0 ? b.used / b.limit : Number.POSITIVE_INFINITY;
}

export function tightestBudget(budgets: readonly PlatformBudget[]): PlatformBudget | undefined {
  let best: PlatformBudget | undefined;
  for (const b of budgets) if (!best || ratio(b) > ratio(best)) best = b;
  return best;
}

function describe(b: PlatformBudget): string {
  const room =
    b.used > b.limit
      ? `${number(b.used - b.limit)} over the limit: shorten the post or split it`
      : `${number(b.limit - b.used)} left`;
  return `${b.name}: ${number(b.used)} of ${number(b.limit)} characters (${room})`;
}

/** `notChecked`: the server's reason for not checking the post (too large, binary, broken configuration). */
export function budgetView(budgets: readonly PlatformBudget[], notChecked?: string): BudgetView {
  if (notChecked) {
    // Not "No platform": the platform may well be set, Postlint just did not read the post.
    const reason = notChecked.replace(/^skipped: /, 'Postlint skipped this post: ').replace(/^not checked: /, 'Postlint did not check this post: ');
    return { text: '$(circle-slash) Not checked', tooltip: `No length to show.\n${reason}`, over: false };
  }
  const tightest = tightestBudget(budgets);
  if (!tightest) {
    return {
      text: '$(comment) No platform',
      tooltip:
        'No length limit to show: Postlint does not know where this post will be published.\n' +
        'Add a line such as "platform: instagram" to the front matter between the --- lines, or set a default platform.',
      over: false,
    };
  }
  const over = budgets.some((b) => b.used > b.limit);
  const text = `${tightest.used > tightest.limit ? '$(warning) ' : ''}${tightest.name} ${number(tightest.used)}/${number(tightest.limit)}`;
  const lines = [...budgets].sort((a, b) => ratio(b) - ratio(a)).map(describe);
  return { text, tooltip: `Post length\n${lines.join('\n')}`, over };
}
