import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StewardConfig } from '../config/config';
import type { EnclosureFile } from '../letters/enclosure-pages';

/** A file whose check ran out of its time budget (`STEWARD_PDF_CHECK_SECONDS`): no answer, the thread that read it is stopped. */
export class CheckOutOfTime extends Error {}

/** More checks waiting than `MAX_WAITING_PER_THREAD` per thread: the caller is asked to come back rather than queued without end. */
export class ChecksBusy extends Error {}

const MAX_WAITING_PER_THREAD = 4;

/** Each thread's heap: pdf-lib holds a 10 MB file's objects in far less; a file that needs more is not printable. */
const THREAD_HEAP_MB = 512;

interface Check {
  file: EnclosureFile;
  done: (printable: boolean | Error) => void;
}

/**
 * Whether a document can travel in an envelope (`printable`, letters/enclosure-pages.ts), asked of worker threads: pdf-lib reads
 * a PDF front to back on the CPU (14 s for 9 MB of garbage behind `%PDF-`, audit 82 UPLOAD-1), and on the event loop that stops
 * every page, API call and /health/live of the instance. Here at most `STEWARD_PDF_CHECKS` files are read at once (the rest wait,
 * a bounded few), each within `STEWARD_PDF_CHECK_SECONDS`; the upload and the letters ask the same way.
 */
@Injectable()
export class PrintableChecks implements OnModuleDestroy {
  private readonly threads: number;
  private readonly budgetMs: number;
  private readonly idle: Worker[] = [];
  /** Every thread alive, idle or reading or starting: all are stopped with the app. */
  private readonly alive = new Set<Worker>();
  private readonly waiting: Check[] = [];
  private started = 0;
  private stopped = false;

  constructor(config: StewardConfig) {
    // One core stays the service's own.
    this.threads = config.STEWARD_PDF_CHECKS ?? Math.max(1, availableParallelism() - 1);
    this.budgetMs = config.STEWARD_PDF_CHECK_SECONDS * 1000;
  }

  get seconds(): number {
    return this.budgetMs / 1000;
  }

  /** Rejects with `CheckOutOfTime` or `ChecksBusy`; any other outcome is the file's. */
  printable(file: EnclosureFile): Promise<boolean> {
    if (this.waiting.length >= this.threads * MAX_WAITING_PER_THREAD) return Promise.reject(new ChecksBusy());
    return new Promise((resolve, reject) => {
      this.waiting.push({ file, done: (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome)) });
      this.next();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.idle.length = 0;
    for (const check of this.waiting.splice(0)) check.done(new Error('the printable checks were stopped'));
    await Promise.all([...this.alive].map((w) => w.terminate()));
  }

  private next(): void {
    if (!this.waiting.length || this.stopped) return;
    const thread = this.idle.pop();
    if (thread) this.run(thread, this.waiting.shift()!);
    else if (this.started < this.threads) this.start();
  }

  /** A new thread counts as busy until it has loaded pdf-lib (its `ready`), so its start does not eat a file's budget. */
  private start(): void {
    this.started++;
    const entry = join(__dirname, `printable-check.worker${extname(__filename)}`);
    // Under the tests and the benches the sources are TypeScript, read through the same register as `npm run bench:*`.
    const thread = new Worker(entry, { execArgv: entry.endsWith('.ts') ? ['--require', '@swc-node/register'] : [], resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
    thread.unref();
    this.alive.add(thread);
    thread.once('exit', () => this.alive.delete(thread));
    // A thread's failure is told to the check it was reading (`run`); one between checks only ends that thread.
    thread.on('error', () => undefined);
    const unstarted = (code: number) => {
      this.started--;
      for (const check of this.waiting.splice(0)) check.done(new Error(`the printable-check thread ended (${code}) before it was ready`));
    };
    thread.once('exit', unstarted);
    thread.once('message', () => {
      thread.off('exit', unstarted);
      thread.once('exit', () => this.started--);
      this.release(thread);
    });
  }

  private run(thread: Worker, check: Check): void {
    const answered = (printable: boolean) => finish(printable, true);
    // A thread that ran out of heap on the file (`THREAD_HEAP_MB`) or failed on it: that file cannot travel.
    const failed = () => finish(false, false);
    // Stopped with the app while reading: the caller is not left waiting.
    const ended = () => finish(new Error('the printable-check thread was stopped'), false);
    const finish = (outcome: boolean | Error, keep: boolean) => {
      clearTimeout(timer);
      thread.off('message', answered).off('error', failed).off('exit', ended);
      check.done(outcome);
      if (keep) this.release(thread);
      else void thread.terminate().then(() => this.next());
    };
    const timer = setTimeout(() => finish(new CheckOutOfTime(), false), this.budgetMs);
    thread.once('message', answered);
    thread.once('error', failed);
    thread.once('exit', ended);
    thread.postMessage({ mediaType: check.file.mediaType, content: check.file.content });
  }

  private release(thread: Worker): void {
    if (this.stopped) void thread.terminate();
    else {
      this.idle.push(thread);
      this.next();
    }
  }
}
