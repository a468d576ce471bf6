// Checking many posts on every core. A calendar of a few hundred posts is checked in the
// main thread; a large one (10,000 posts in CI) is shared among worker threads, each with
// its own linters (compiled once per configuration and thread), fed in small batches so a
// thread that gets the long posts does not hold the others up. Same results, same order.

import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { checkFile, noFindings, type CheckOptions, type FileOutcome } from './check-file';
import { fileEntryJson } from './format-json';

/** Below this many posts per extra thread, starting threads costs more than it saves. */
const MIN_POSTS_PER_THREAD = 400;
const MAX_THREADS = 4;
const BATCH = 64;

export interface PoolOptions extends CheckOptions {
  /** `--config FILE`, so the threads read the same configuration. */
  configFile?: string;
  /** The script a worker thread runs (the CLI bundle itself); without it, no threads. */
  workerScript?: string;
  /** Upper bound on threads (POSTLINT_THREADS); 1 checks everything in the main thread. */
  maxThreads?: number;
}

interface WorkerInit {
  postlintWorker: true;
  configFile?: string;
  fix: boolean;
  quiet: boolean;
  json?: boolean;
}

type ToWorker = { batch: number; paths: string[] };
type FromWorker = { batch: number; outcomes: FileOutcome[] } | { batch: number; crash: string };

export async function checkAll(items: readonly { path: string; loaded: LoadedConfig }[], loader: ConfigLoader, options: PoolOptions): Promise<FileOutcome[]> {
  const threads = Math.min(options.maxThreads ?? MAX_THREADS, MAX_THREADS, availableParallelism(), Math.floor(items.length / MIN_POSTS_PER_THREAD));
  if (threads < 2 || !options.workerScript) return items.map((i) => checkFile(i.path, i.loaded, loader, options));

  const results: FileOutcome[] = new Array(items.length);
  const batches: number[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, items.length - i) }, (_, k) => i + k));
  let next = 0;
  const init: WorkerInit = { postlintWorker: true, configFile: options.configFile, fix: options.fix, quiet: options.quiet, json: options.json };

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
  const outcome: FileOutcome = {
    report: { path, findings: [], error: 'not checked: its settings file changed during the run and is now broken.' },
    shown: noFindings(),
    unreadable: true,
    internalErrors: [],
  };
  if (options.json) outcome.report.json = fileEntryJson(outcome.report);
  return outcome;
}
