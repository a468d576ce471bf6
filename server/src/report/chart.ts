// The calendar chart of the report, as inline SVG: posts per week (promotional ones marked) and
// the promotional share per week against the goal. Used by the report view in VS Code and by
// `postlint --format html`, from the same ReportSummary, so both draw the same bars. Pure;
// colours come from CSS classes, so each host themes it (VS Code's theme, or a light/dark page).

import { percent, type ReportSummary, type WeekFigures } from './summary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Dec 2026" (the same in every locale, so the CLI's file and the view agree). */
export function dayLabel(isoDay: string, withYear = true): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const W = 640;
const LEFT = 36;
const RIGHT = 8;
const TOP = 10;
const PLOT = 110;
const H = TOP + PLOT + 24;

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

interface Slot {
  week: WeekFigures;
  x: number;
  width: number;
}

function slots(weeks: readonly WeekFigures[]): Slot[] {
  const step = (W - LEFT - RIGHT) / Math.max(weeks.length, 1);
  const width = Math.max(1, Math.min(40, step * 0.7));
  return weeks.map((week, i) => ({ week, x: LEFT + i * step + (step - width) / 2, width }));
}

/** Week labels under the bars, at most about eight of them. */
function xLabels(all: readonly Slot[]): string {
  const every = Math.max(1, Math.ceil(all.length / 8));
  const year = new Set(all.map((s) => s.week.start.slice(0, 4))).size > 1;
  return all
    .filter((_, i) => i % every === 0)
    .map((s) => `<text class="axis" x="${round(s.x + s.width / 2)}" y="${TOP + PLOT + 16}" text-anchor="middle">${escapeHtml(dayLabel(s.week.start, year))}</text>`)
    .join('');
}

function weekTitle(w: WeekFigures): string {
  return `Week of ${dayLabel(w.start)}: ${w.posts} ${w.posts === 1 ? 'post' : 'posts'}, ${w.promotional} promotional${w.posts ? ` (${percent(w.share)})` : ''}`;
}

/** Posts per week, the promotional part of each bar marked. */
export function postsChart(weeks: readonly WeekFigures[]): string {
  const all = slots(weeks);
  const max = Math.max(1, ...weeks.map((w) => w.posts));
  const y = (n: number) => TOP + PLOT - (n / max) * PLOT;
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  const grid = ticks
    .map((t) => `<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${round(y(t))}" y2="${round(y(t))}"/><text class="axis" x="${LEFT - 6}" y="${round(y(t) + 4)}" text-anchor="end">${t}</text>`)
    .join('');
  const bars = all
    .map(({ week, x, width }) => {
      const attrs = `data-week="${week.start}" data-posts="${week.posts}" data-promotional="${week.promotional}"`;
      const plain = week.posts - week.promotional;
      const promoTop = y(week.promotional);
      return (
        `<g class="week" ${attrs}><title>${escapeHtml(weekTitle(week))}</title>` +
        (week.promotional ? `<rect class="bar promo" x="${round(x)}" y="${round(promoTop)}" width="${round(width)}" height="${round(TOP + PLOT - promoTop)}"/>` : '') +
        (plain ? `<rect class="bar plain" x="${round(x)}" y="${round(y(week.posts))}" width="${round(width)}" height="${round(promoTop - y(week.posts))}"/>` : '') +
        '</g>'
      );
    })
    .join('');
  return svg('posts-chart', 'Posts per week; the promotional ones in the lower, darker part of each bar.', grid + bars + xLabels(all));
}

/** The promotional share of each week's posts, with the goal as a dashed line. */
export function shareChart(weeks: readonly WeekFigures[], maxShare: number): string {
  const all = slots(weeks);
  const y = (share: number) => TOP + PLOT - share * PLOT;
  const grid = [0, 0.5, 1]
    .map((t) => `<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${round(y(t))}" y2="${round(y(t))}"/><text class="axis" x="${LEFT - 6}" y="${round(y(t) + 4)}" text-anchor="end">${percent(t)}</text>`)
    .join('');
  const bars = all
    .filter((s) => s.week.posts > 0)
    .map(({ week, x, width }) => {
      const h = Math.max(week.share * PLOT, week.share > 0 ? 1 : 0);
      const cls = week.share > maxShare ? 'bar share over' : 'bar share';
      return (
        `<g class="week" data-week="${week.start}" data-share="${round(week.share * 100)}"><title>${escapeHtml(weekTitle(week))}</title>` +
        `<rect class="${cls}" x="${round(x)}" y="${round(TOP + PLOT - h)}" width="${round(width)}" height="${round(h)}"/></g>`
      );
    })
    .join('');
  const goal =
    `<line class="goal" x1="${LEFT}" x2="${W - RIGHT}" y1="${round(y(maxShare))}" y2="${round(y(maxShare))}"/>` +
    `<text class="goal-label" x="${W - RIGHT}" y="${round(y(maxShare) - 4)}" text-anchor="end">goal: ${percent(maxShare)} or less</text>`;
  return svg('share-chart', `Promotional share per week against the goal of ${percent(maxShare)} or less.`, grid + bars + goal + xLabels(all));
}

function svg(id: string, label: string, content: string): string {
  return `<svg class="chart" id="${id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">${content}</svg>`;
}

/** The calendar section: both charts, or why there is nothing to draw, and the figures as a table. */
export function calendarSection(summary: ReportSummary): string {
  const { weeks, undated, promotion } = summary;
  const out: string[] = ['<section class="calendar"><h2>The calendar over time</h2>'];
  if (!weeks.length) {
    out.push(
      '<p>No post has a date, so there is no calendar to draw. Add a line such as <code>date: 2026-12-01</code> to a post\'s settings at the top, or start its file name with the date (<code>2026-12-01-flu-jabs.post.md</code>).</p></section>',
    );
    return out.join('');
  }
  const over = weeks.filter((w) => w.posts && w.share > promotion.maxShare).length;
  out.push(
    `<p>Promote yourself only here and there: the goal is ${percent(promotion.maxShare)} or fewer promotional posts. ` +
      (over ? `${over} of ${weeks.filter((w) => w.posts).length} weeks with posts ${over === 1 ? 'is' : 'are'} above it.` : 'Every week with posts is within it.') +
      (undated ? ` ${undated} ${undated === 1 ? 'post has' : 'posts have'} no date and ${undated === 1 ? 'is' : 'are'} not in the charts.` : '') +
      '</p>',
    '<div class="charts"><figure><figcaption>Posts per week <span class="key"><span class="swatch promo"></span>promotional <span class="swatch plain"></span>other</span></figcaption>',
    postsChart(weeks),
    '</figure><figure><figcaption>Promotional share per week <span class="key"><span class="swatch goal"></span>goal</span></figcaption>',
    shareChart(weeks, promotion.maxShare),
    '</figure></div>',
    '<details><summary>Numbers by week</summary><table class="weeks"><thead><tr><th>Week of</th><th class="n">Posts</th><th class="n">Promotional</th><th class="n">Share</th></tr></thead><tbody>',
    ...weeks.map(
      (w) =>
        `<tr data-week="${w.start}"><td>${escapeHtml(dayLabel(w.start))}</td><td class="n">${w.posts}</td><td class="n">${w.promotional}</td><td class="n">${w.posts ? percent(w.share) : '–'}</td></tr>`,
    ),
    '</tbody></table></details></section>',
  );
  return out.join('');
}
