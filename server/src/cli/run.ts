// The `postlint` command: arguments in, report out, exit code back.
//   0  every post passed (warnings allowed, up to --max-warnings)
//   1  errors found, a post could not be read, or more warnings than --max-warnings
//   2  usage error, broken configuration, or Postlint itself failed

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { summarize, type Severity } from '../engine';
import { ConfigLoader, formatConfigIssues, loadConfigFile, type ConfigError, type LoadedConfig } from '../node/config-loader';
import { VERSION } from './constants';
import { collectTargets } from './files';
import { formatGithubTail } from './format-github';
import { formatHtml } from './format-html';
import { arrayItem, formatJsonTail } from './format-json';
import { formatSarif } from './format-sarif';
import { formatStylishSummary } from './format-stylish';
import { checkAll } from './pool';
import type { RenderOptions } from './check-file';
import { hiddenNotice, type Counts, type FileReport, type PromotionFigures, type RunReport, type WorkspaceReport } from './report';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Text, or UTF-8 bytes. */
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
  /** stdout is a terminal (colours allowed unless NO_COLOR). */
  isTTY: boolean;
  /** The CLI script, which worker threads run to share a large calendar among cores. */
  workerScript?: string;
}

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'html';

interface Options {
  format: Format;
  fix?: boolean;
  maxWarnings?: number;
  config?: string;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  postlint                          check every *.post.md under this folder
  postlint calendar/december        check the posts in one folder
  postlint "posts/**/*.post.md"     check the posts matching a pattern
  postlint --fix                    apply the safe automatic fixes and save
  postlint --format sarif > postlint.sarif   for GitHub code scanning
  postlint --format github          annotations for a GitHub Actions log
  postlint --format html > report.html       the calendar report (totals, chart, posts to look at) as one page

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or configuration problem.
Settings are read from the nearest .postlintrc.json in the post's folder or above.`;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let paths: string[] = [];
  let options: Options = { format: 'stylish' };
  const program = new Command()
    .name('postlint')
    .description('Checks social-media posts by clinicians and clinics (.post.md files) against professional guidelines.')
    .version(VERSION, '-v, --version', 'show the version number')
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'files, folders or glob patterns (default: every *.post.md under the current folder)')
    .addOption(new Option('-f, --format <format>', 'how to print the results').choices(['stylish', 'json', 'sarif', 'github', 'html']).default('stylish'))
    .option('--fix', 'apply the safe automatic fixes and save the changed files')
    .option('--max-warnings <number>', 'also fail when there are more than this many warnings', parseCount)
    .option('-c, --config <file>', 'use this settings file instead of the nearest .postlintrc.json')
    .option('-q, --quiet', 'report errors only (hide warnings and notes)')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run "postlint --help" for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .action((p: string[], o: Options) => {
      paths = p;
      options = o;
    });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    throw error;
  }
  return check(paths, options, io);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

async function check(paths: string[], options: Options, io: CliIO): Promise<number> {
  const { cwd } = io;
  const rel = (p: string) => relative(cwd, p) || '.';

  let configFile: string | undefined;
  if (options.config) {
    configFile = resolve(cwd, options.config);
    if (!existsSync(configFile)) {
      io.stderr(`postlint: the settings file "${options.config}" does not exist.\n`);
      return 2;
    }
    const result = loadConfigFile(configFile);
    if (!result.ok) {
      io.stderr(`postlint: ${formatConfigIssues(result.error.file, result.error.issues, rel(result.error.file))}\nNo post was checked: fix the settings file and run again.\n`);
      return 2;
    }
  }

  const collected = await collectTargets(paths, cwd);
  if (collected.missing.length) {
    for (const m of collected.missing) io.stderr(`postlint: no file or folder named "${m}".\n`);
    return 2;
  }

  // Configurations first: a broken one stops the run before any post is checked.
  const loader = new ConfigLoader({ configFile });
  const configErrors = new Map<string, ConfigError>();
  const work: { path: string; loaded: LoadedConfig }[] = [];
  const notes: string[] = [];
  for (const target of collected.targets) {
    const result = loader.forFile(target.path);
    if (!result.ok) {
      configErrors.set(result.error.file, result.error);
      continue;
    }
    if (loader.isIgnored(target.path, result.loaded)) {
      if (target.explicit) notes.push(`${rel(target.path)}: skipped: matched by "ignore" in ${rel(result.loaded.file!)}.`);
      continue;
    }
    work.push({ path: target.path, loaded: result.loaded });
  }
  if (configErrors.size) {
    for (const error of configErrors.values()) io.stderr(`postlint: ${formatConfigIssues(error.file, error.issues, rel(error.file))}\n`);
    io.stderr('No post was checked: fix the settings file and run again.\n');
    return 2;
  }

  const files: FileReport[] = [];
  const unreadable = new Set<FileReport>();
  const groups = new Map<LoadedConfig, { findings: { ruleId: string; severity: Severity }[] }[]>();
  const internalErrors: RunReport['internalErrors'] = [];
  const fixTotals = { files: 0, problems: 0 };
  const keep = options.quiet ? (f: { severity: string }) => f.severity === 'error' : () => true;

  const threads = Number(io.env.POSTLINT_THREADS);
  const forced = !!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0';
  const color = (io.isTTY || forced) && !io.env.NO_COLOR && options.format === 'stylish';
  // json and stylish print each file's part as soon as it and the files before it are
  // checked: a large calendar's report is never held whole.
  const render: RenderOptions | undefined =
    options.format === 'json' ? { format: 'json' } : options.format === 'stylish' ? { format: 'stylish', cwd, color } : options.format === 'github' ? { format: 'github', cwd } : undefined;
  const output = new BufferedOutput(io.stdout);
  let entriesWritten = 0;
  const outcomes = await checkAll(
    work,
    loader,
    {
      fix: !!options.fix,
      quiet: !!options.quiet,
      render,
      configFile,
      workerScript: io.workerScript,
      threads: Number.isInteger(threads) && threads > 0 ? threads : undefined,
    },
    (outcome) => {
      const part = outcome.report.rendered;
      if (part === undefined) return;
      outcome.report.rendered = undefined;
      output.write(render?.format === 'json' ? arrayItem(entriesWritten++, part) : part);
    },
  );
  const shown = { error: 0, warning: 0, info: 0, hint: 0 };
  // --quiet says how much it hid: a "no problems" report over posts with warnings would mislead.
  const hidden = { error: 0, warning: 0, info: 0, hint: 0 };
  outcomes.forEach((outcome, i) => {
    const { report } = outcome;
    if (options.quiet) for (const f of outcome.summary ?? []) if (f.severity !== 'error') hidden[f.severity]++;
    files.push(report);
    shown.error += outcome.shown.error;
    shown.warning += outcome.shown.warning;
    shown.info += outcome.shown.info;
    shown.hint += outcome.shown.hint;
    if (outcome.unreadable) unreadable.add(report);
    if (report.fixed !== undefined) {
      fixTotals.files++;
      fixTotals.problems += report.fixed;
    }
    for (const e of outcome.internalErrors) internalErrors.push({ path: report.path, ...e });
    if (outcome.summary) {
      const loaded = work[i].loaded;
      let group = groups.get(loaded);
      if (!group) groups.set(loaded, (group = []));
      group.push({ findings: outcome.summary });
    }
  });

  // Calendar-wide figures, one set per configuration (a settings file describes one team's calendar).
  const workspace: WorkspaceReport[] = [];
  const promotion: PromotionFigures[] = [];
  for (const [loaded, results] of groups) {
    const summary = summarize(results, loaded.config);
    const folder = loaded.dir ?? collected.root;
    promotion.push({ path: folder, posts: summary.posts, promotionalPosts: summary.promotion.promotionalPosts, share: summary.promotion.share, maxShare: summary.promotion.maxShare });
    for (const w of summary.workspaceFindings) {
      if (keep(w)) workspace.push({ path: folder, ...w });
      else hidden[w.severity]++;
    }
  }

  const counts: Counts = { posts: 0, errors: 0, warnings: 0, infos: 0, hints: 0, skipped: 0, unreadable: 0 };
  const tally = (severity: string) => {
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else if (severity === 'info') counts.infos++;
    else counts.hints++;
  };
  for (const f of files) {
    if (f.skipped) counts.skipped++;
    else if (unreadable.has(f)) counts.unreadable++;
    else counts.posts++;
    if (f.error) counts.errors++;
  }
  counts.errors += shown.error;
  counts.warnings += shown.warning;
  counts.infos += shown.info;
  counts.hints += shown.hint;
  workspace.forEach((w) => tally(w.severity));

  const report: RunReport = { cwd, files, workspace, promotion, counts, internalErrors, ...(options.fix ? { fix: fixTotals } : {}), ...(options.quiet ? { hidden } : {}) };
  const stylish = { color, notes, empty: collected.empty, maxWarnings: options.maxWarnings };
  if (options.format === 'html') output.write(formatHtml(report, (f) => unreadable.has(f), new Date()));
  else if (!render) output.write(formatSarif(report));
  else output.write(render.format === 'json' ? formatJsonTail(report, entriesWritten) : render.format === 'github' ? formatGithubTail(report) : formatStylishSummary(report, stylish));
  output.flush();
  // JSON output is an array of files: the note goes beside it, on stderr.
  if (options.format === 'json' && hiddenNotice(report.hidden)) io.stderr(`postlint: ${hiddenNotice(report.hidden)}\n`);
  for (const e of internalErrors) {
    io.stderr(`postlint: internal error in rule "${e.ruleId}" while checking ${rel(e.path)} (${e.error}). The other rules ran; please report this.\n`);
  }

  if (internalErrors.length) return 2;
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    if (options.format !== 'stylish') io.stderr(`postlint: ${counts.warnings} warnings, more than the ${options.maxWarnings} allowed by --max-warnings.\n`);
    return 1;
  }
  return 0;
}

/**
 * Joins many small writes into fewer larger ones (one write per file would be 10,000 system
 * calls), encoded straight into a 64 KB buffer: no joined string to build and encode again.
 * 64 KB, a pipe's buffer: each file's part dies young instead of being copied by the
 * collector. A fresh buffer per write, since a write to a pipe may finish later on some systems.
 */
class BufferedOutput {
  private static readonly SIZE = 1 << 16;
  private buffer = Buffer.allocUnsafe(BufferedOutput.SIZE);
  private used = 0;
  constructor(private readonly sink: (data: string | Uint8Array) => void) {}
  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (text.length * 3 > BufferedOutput.SIZE - this.used) {
      this.flush();
      if (text.length * 3 > BufferedOutput.SIZE) {
        this.sink(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }
  flush(): void {
    if (!this.used) return;
    this.sink(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BufferedOutput.SIZE);
    this.used = 0;
  }
}
