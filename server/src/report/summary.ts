// The figures of a Check All Posts report, computed once for both places that show them: the
// report view in VS Code (client/src/reportView.ts, from the language server's answer) and
// `postlint --format html` (server/src/cli/format-html.ts). Both give this module the same
// facts per post, so the chart in the editor and the CLI's file show the same numbers.
//
// Pure: no I/O, no `vscode`; from the engine it imports only plain data and types, so the
// client can bundle it without the rules.

import { GUIDELINE_TITLES, SEVERITIES, type Guideline, type Severity } from '../engine/types';

export type Counts = Record<Severity, number>;

/** What the report needs to know of one file that was checked. */
export interface ReportPost {
  counts: Counts;
  /** The post's date (YYYY-MM-DD), from its `date:` setting or its file name. */
  date?: string;
  /** At least one of its findings is sales pressure or self-praise (promotion-share's rules). */
  promotional?: boolean;
  /** Not a post (too large, binary): why it was skipped. */
  skipped?: string;
  /** Could not be read or checked: why. */
  error?: string;
}

export interface CalendarFinding {
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface ReportInput {
  posts: readonly ReportPost[];
  /** Findings per rule id, the calendar findings included. */
  byRule: Readonly<Record<string, number>>;
  /** Findings about the calendar as a whole (promotion-share). */
  calendarFindings: readonly CalendarFinding[];
  /** promotion-share's goal: the largest share of promotional posts (0.2 = 20 %). */
  maxShare: number;
  /** The guideline a rule belongs to (the rules' metadata). */
  guidelineOf(ruleId: string): Guideline | undefined;
}

export interface WeekFigures {
  /** The Monday that starts the week, YYYY-MM-DD. */
  start: string;
  posts: number;
  promotional: number;
  /** promotional / posts (0 for a week without posts). */
  share: number;
}

export interface ReportSummary {
  /** Posts checked (files skipped or not read are not posts). */
  posts: number;
  postsWithFindings: number;
  /** Findings by severity: every post's, and the calendar's. */
  bySeverity: Counts;
  findings: number;
  skipped: number;
  unreadable: number;
  byGuideline: { guideline: Guideline | 'other'; title: string; findings: number }[];
  byRule: { ruleId: string; guideline: Guideline | 'other'; findings: number }[];
  promotion: { promotionalPosts: number; share: number; maxShare: number };
  calendarFindings: CalendarFinding[];
  /** Posts and promotional posts per week, from the first dated week to the last. */
  weeks: WeekFigures[];
  /** Posts without a date (not in `weeks`). */
  undated: number;
}

/** More weeks than this (a date typed wrong, years off) and only the weeks with posts are kept. */
export const MAX_CALENDAR_WEEKS = 104;

export function buildReportSummary(input: ReportInput): ReportSummary {
  const bySeverity: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let posts = 0;
  let postsWithFindings = 0;
  let skipped = 0;
  let unreadable = 0;
  let promotionalPosts = 0;
  let undated = 0;
  const weeks = new Map<string, WeekFigures>();
  for (const post of input.posts) {
    if (post.skipped && !post.error) {
      skipped++;
      continue;
    }
    if (post.error) {
      unreadable++;
      continue;
    }
    posts++;
    let findings = 0;
    for (const s of SEVERITIES) {
      bySeverity[s] += post.counts[s];
      findings += post.counts[s];
    }
    if (findings) postsWithFindings++;
    if (post.promotional) promotionalPosts++;
    const day = post.date && parseDay(post.date);
    if (!day) {
      undated++;
      continue;
    }
    const start = weekStart(day);
    let week = weeks.get(start);
    if (!week) weeks.set(start, (week = { start, posts: 0, promotional: 0, share: 0 }));
    week.posts++;
    if (post.promotional) week.promotional++;
  }
  for (const f of input.calendarFindings) bySeverity[f.severity]++;

  const byRule = Object.entries(input.byRule)
    .filter(([, n]) => n > 0)
    .map(([ruleId, findings]) => ({ ruleId, guideline: input.guidelineOf(ruleId) ?? ('other' as const), findings }))
    .sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
  const perGuideline = new Map<Guideline | 'other', number>();
  for (const r of byRule) perGuideline.set(r.guideline, (perGuideline.get(r.guideline) ?? 0) + r.findings);
  const order = [...(Object.keys(GUIDELINE_TITLES) as Guideline[]), 'other' as const];
  const byGuideline = order
    .filter((g) => perGuideline.has(g))
    .map((guideline) => ({ guideline, title: guideline === 'other' ? 'Other' : GUIDELINE_TITLES[guideline], findings: perGuideline.get(guideline)! }));

  return {
    posts,
    postsWithFindings,
    bySeverity,
    findings: SEVERITIES.reduce((n, s) => n + bySeverity[s], 0),
    skipped,
    unreadable,
    byGuideline,
    byRule,
    promotion: { promotionalPosts, share: posts ? promotionalPosts / posts : 0, maxShare: input.maxShare },
    calendarFindings: input.calendarFindings.map((f) => ({ ...f })),
    weeks: calendarWeeks(weeks),
    undated,
  };
}

/** Every week from the first to the last, empty ones included (a gap in the calendar shows). */
function calendarWeeks(found: Map<string, WeekFigures>): WeekFigures[] {
  const sorted = [...found.values()].sort((a, b) => a.start.localeCompare(b.start));
  for (const w of sorted) w.share = w.posts ? w.promotional / w.posts : 0;
  if (sorted.length < 2) return sorted;
  const first = Date.parse(`${sorted[0].start}T00:00:00Z`);
  const last = Date.parse(`${sorted[sorted.length - 1].start}T00:00:00Z`);
  const span = Math.round((last - first) / WEEK) + 1;
  if (span > MAX_CALENDAR_WEEKS) return sorted;
  const all: WeekFigures[] = [];
  for (let t = first; t <= last; t += WEEK) {
    const start = isoDay(new Date(t));
    all.push(found.get(start) ?? { start, posts: 0, promotional: 0, share: 0 });
  }
  return all;
}

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one), as a UTC date. */
export function parseDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(d) === text ? d : undefined;
}

/** The Monday of the week a day is in, YYYY-MM-DD. */
export function weekStart(day: Date): string {
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return isoDay(new Date(day.getTime() - sinceMonday * DAY));
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DATE_SETTING = /^date[ \t]*:[ \t]*["']?(\d{4}-\d{2}-\d{2})(?![\d-])/m;
const DATE_IN_NAME = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * A post's date: the `date:` setting of its front matter ("2026-12-01", also with a time after
 * it), else a date in its file name ("2026-12-01-flu-jabs.post.md"); undefined when neither is a
 * real day. Read without a YAML parser: it runs for every post of a large calendar.
 */
export function postDate(text: string, fileName: string): string | undefined {
  const fm = FRONT_MATTER.exec(text);
  const setting = fm && DATE_SETTING.exec(fm[1]);
  if (setting && parseDay(setting[1])) return setting[1];
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const named = DATE_IN_NAME.exec(base);
  return named && parseDay(named[1]) ? named[1] : undefined;
}

/** The order posts are listed in: errors first, then warnings, then the rest, then by name. */
export function concernOrder<T extends { counts: Counts; error?: string }>(posts: readonly T[], label: (post: T) => string): T[] {
  const key = (p: T) => [p.error ? 1 : 0, p.counts.error, p.counts.warning, p.counts.info + p.counts.hint];
  return [...posts].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return label(a).localeCompare(label(b));
  });
}

/** The share as a whole percentage ("33%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
