// Checking many posts on every core. A calendar of a few hundred posts is checked in the
// main thread; a large one (10,000 posts in CI) is shared among worker threads, each with
// its own linters (compiled once per configuration and thread), fed in small batches so a
// thread that gets the long posts does not hold the others up. Same results, same order.
//
// One thread per core: every post is read for meaning, which costs far more than a thread's
// warm-up once a calendar is large (`npm run bench` prints the CLI's time).

import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { checkFile, noFindings, rendered, type CheckOptions, type FileOutcome, type RenderOptions } from './check-file';

/** Below this many posts per extra thread, starting threads costs more than it saves. */
const MIN_POSTS_PER_THREAD = 400;
const MAX_THREADS = 4;
const BATCH = 64;

export interface PoolOptions extends CheckOptions {
  /** `--config FILE`, so the threads read the same configuration. */
  configFile?: string;
  /** The script a worker thread runs (the CLI bundle itself); without it, no threads. */
  workerScript?: string;
  /** Threads asked for (POSTLINT_THREADS) instead of one per core; 1 checks everything in the main thread. */
  threads?: number;
}

interface WorkerInit {
  postlintWorker: true;
  configFile?: string;
  fix: boolean;
  quiet: boolean;
  render?: RenderOptions;
}

type ToWorker = { batch: number; paths: string[] };
type FromWorker = { batch: number; outcomes: FileOutcome[] } | { batch: number; crash: string };

/**
 * Checks every item; `onOutcome` is called for each in the items' order as soon as it and all
 * before it are checked (so output can be printed while later posts are still being checked).
 */
export async function checkAll(
  items: readonly { path: string; loaded: LoadedConfig }[],
  loader: ConfigLoader,
  options: PoolOptions,
  onOutcome: (outcome: FileOutcome) => void = () => {},
): Promise<FileOutcome[]> {
  const wanted = options.threads ?? availableParallelism();
  const threads = Math.min(wanted, MAX_THREADS, Math.floor(items.length / MIN_POSTS_PER_THREAD));
  if (threads < 2 || !options.workerScript) {
    return items.map((item) => {
      const outcome = checkFile(item.path, item.loaded, loader, options);
      onOutcome(outcome);
      return outcome;
    });
  }

  const results: FileOutcome[] = new Array(items.length);
  const batches: number[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, items.length - i) }, (_, k) => i + k));
  let next = 0;
  let emitted = 0;
  const init: WorkerInit = { postlintWorker: true, configFile: options.configFile, fix: options.fix, quiet: options.quiet, render: options.render };

  const workers: Worker[] = [];
  const running = Promise.all(
    Array.from({ length: threads }, () => {
      return new Promise<void>((resolveThread, rejectThread) => {
        const worker = new Worker(options.workerScript!, { workerData: init });
        workers.push(worker);
        const send = () => {
          if (next >= batches.length) {
            void worker.terminate();
            resolveThread();
            return;
          }
          const batch = next++;
          const message: ToWorker = { batch, paths: batches[batch].map((i) => items[i].path) };
          worker.postMessage(message);
        };
        worker.on('message', (message: FromWorker) => {
          if ('crash' in message) {
            void worker.terminate();
            rejectThread(new Error(message.crash));
            return;
          }
          batches[message.batch].forEach((itemIndex, k) => (results[itemIndex] = message.outcomes[k]));
          for (; emitted < results.length && results[emitted]; emitted++) onOutcome(results[emitted]);
          send();
        });
        worker.on('error', (error) => rejectThread(error));
        worker.on('exit', (code) => {
          if (code !== 0 && next < batches.length) rejectThread(new Error(`a worker thread stopped (exit ${code})`));
        });
        send();
      });
    }),
  );
  try {
    await running;
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return results;
}

/** True when this thread was started by `checkAll`. */
export function isPoolWorker(): boolean {
  return !!parentPort && !!(workerData as WorkerInit | undefined)?.postlintWorker;
}

/** The worker thread's loop: check each batch of paths it is sent. */
export function runPoolWorker(): void {
  const init = workerData as WorkerInit;
  const loader = new ConfigLoader({ configFile: init.configFile });
  parentPort!.on('message', (message: ToWorker) => {
    try {
      const outcomes = message.paths.map((path): FileOutcome => {
        const config = loader.forFile(path);
        if (!config.ok) return brokenConfigOutcome(path, init);
        return checkFile(path, config.loaded, loader, init);
      });
      parentPort!.postMessage({ batch: message.batch, outcomes } satisfies FromWorker);
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0].slice(0, 200)}` : 'unknown error';
      parentPort!.postMessage({ batch: message.batch, crash: text } satisfies FromWorker);
    }
  });
}

function brokenConfigOutcome(path: string, options: CheckOptions): FileOutcome {
  return rendered(
    {
      report: { path, findings: [], error: 'not checked: its settings file changed during the run and is now broken.' },
      shown: noFindings(),
      unreadable: true,
      internalErrors: [],
    },
    options,
  );
}
