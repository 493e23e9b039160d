import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { StewardConfig } from '../config/config';
import type { EnclosureFile, Envelope } from '../letters/enclosure-pages';
import type { merge, PrintableCheck } from './printable-check.worker';

/** A file whose check ran out of its time budget (`STEWARD_PDF_CHECK_SECONDS`): no answer, the thread that read it is stopped. */
export class CheckOutOfTime extends Error {}

/** More checks waiting than `MAX_WAITING_PER_THREAD` per thread: the caller is asked to come back rather than queued without end. */
export class ChecksBusy extends Error {}

const MAX_WAITING_PER_THREAD = 4;

/** Each thread's heap: pdf-lib holds a 10 MB file's objects in far less; a file that needs more is not printable. */
const THREAD_HEAP_MB = 512;

/**
 * Whether a document can travel in an envelope (`printable`, letters/enclosure-pages.ts), asked of worker threads: pdf-lib reads
 * a PDF front to back on the CPU (14 s for 9 MB of garbage behind `%PDF-`, audit 82 UPLOAD-1), and on the event loop that stops
 * every page, API call and /health/live of the instance. The threads are piscina's pool: at most `STEWARD_PDF_CHECKS` files are read
 * at once, a bounded few wait (`maxQueue`), and an aborted check stops the thread that reads it. The budget of
 * `STEWARD_PDF_CHECK_SECONDS` runs from when a thread starts on the file (its `started` message), not from when the file was handed
 * in: a good file that waited behind a bad one is not refused as unreadable. The upload and the letters ask the same way.
 */
@Injectable()
export class PrintableChecks implements OnModuleDestroy {
  private readonly pool: Piscina;
  private readonly budgetMs: number;
  private stopped = false;

  constructor(config: StewardConfig) {
    // One core stays the service's own.
    const threads = config.STEWARD_PDF_CHECKS ?? Math.max(1, availableParallelism() - 1);
    this.budgetMs = config.STEWARD_PDF_CHECK_SECONDS * 1000;
    const filename = join(__dirname, `printable-check.worker${extname(__filename)}`);
    this.pool = new Piscina({
      filename,
      maxThreads: threads,
      // Kept at full strength: a thread stopped for its budget is replaced at once (with fewer kept, piscina 5 left the files
      // waiting behind it unread, found by the spec).
      minThreads: threads,
      maxQueue: threads * MAX_WAITING_PER_THREAD,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      // Under the tests and the benches the sources are TypeScript, read through the same register as `npm run bench:*`.
      execArgv: filename.endsWith('.ts') ? ['--require', '@swc-node/register'] : [],
    });
  }

  get seconds(): number {
    return this.budgetMs / 1000;
  }

  /** Rejects with `CheckOutOfTime` or `ChecksBusy`; any other outcome is the file's. */
  async printable(file: EnclosureFile): Promise<boolean> {
    if (this.pool.queueSize >= this.pool.options.maxQueue) throw new ChecksBusy();
    const { port1: startedHere, port2: started } = new MessageChannel();
    const abort = new AbortController();
    let budget: NodeJS.Timeout | undefined;
    startedHere.once('message', () => (budget = setTimeout(() => abort.abort(), this.budgetMs)));
    try {
      const check: PrintableCheck = { mediaType: file.mediaType, content: file.content, started };
      return await this.pool.run(check, { transferList: [started], signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) throw new CheckOutOfTime();
      if (this.stopped) throw error;
      // A thread that ran out of heap on the file (`THREAD_HEAP_MB`) or failed on it: that file cannot travel.
      return false;
    } finally {
      clearTimeout(budget);
      startedHere.close();
    }
  }

  /**
   * A print batch's PDF (`mergedEnvelopes`) made on a thread of this pool, not on the event loop: a batch reads every enclosure
   * again (a 1,500-page scan: 4 s of pdf-lib). No budget: each enclosure was read within one when it was kept, and a batch left
   * half made would hold its letters back; it waits its turn behind the checks, beyond the bound they keep.
   */
  async merged(envelopes: Envelope[], onto?: Buffer): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
    const { pdf, pages }: Awaited<ReturnType<typeof merge>> = await this.pool.run({ envelopes, onto }, { name: 'merge' });
    return { pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages: new Map(pages) };
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.pool.destroy();
  }
}
