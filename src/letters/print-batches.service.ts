import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PDFDocument } from 'pdf-lib';
import { DataSource, EntityManager } from 'typeorm';
import { sha256 } from '../../letters';
import type { StaffPrincipal } from '../auth/principal';
import { addCalendarDays, Clock } from '../clock/clock';
import { DEFAULT_PAGE_SIZE, Page, pageOf, Position } from '../common/paging';
import { NotFoundProblem } from '../common/problem';
import { DocumentsService } from '../documents/documents.service';
import { Workers } from '../runtime/workers.service';
import { appendPages, enclosurePages } from './enclosure-pages';
import { deleted } from '../database/deleted';

interface QueuedLetter {
  id: string;
  owner_id: string;
  letter_date: string;
  pdf: Buffer;
  enclosure_ids: string[];
  recipient: string;
  subject: string;
  reference: string;
}

/** The cursor of the print batches: the day, then the id (an administrator sees several owners' batches of one day). */
export const PRINT_BATCHES_CURSOR = ['date', 'uuid'] as const;

/** A row of the print batch list. */
export interface PrintBatchView {
  id: string;
  date: string;
  letterCount: number;
  sha256: string;
  createdAt: Date;
}

/**
 * Letters to providers that only take post are printed in one batch a day per case owner: one merged
 * PDF to print and envelope (the recipient sits in the window), each letter followed by the
 * enclosures it lists, plus the list of what is in it with each envelope's page count.
 */
@Injectable()
export class PrintBatchesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly workers: Workers,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * Part of the retention purge, before the letters go: a print batch holding any of the estate's
   * letters is deleted whole. It was printed years ago; the other letters in it stay with their own estates.
   */
  eraseBatchesOf(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM print_batches WHERE id IN (SELECT print_batch_id FROM letters WHERE estate_id = $1 AND print_batch_id IS NOT NULL)'], [estateId]);
  }

  onModuleInit(): void {
    this.workers.registerRoutine('print batches', () => this.createDueBatches());
  }

  /** The daily run: every letter queued before today goes into its owner's batch for that day. */
  createDueBatches(): Promise<number> {
    return this.createBatches({ before: this.clock.today() });
  }

  /** "Print now" for one case owner: everything of theirs queued up to and including today. */
  async printNow(principal: StaffPrincipal): Promise<string[]> {
    await this.createBatches({ before: addCalendarDays(this.clock.today(), 1), ownerId: principal.userId });
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM print_batches WHERE owner_id = $1 ORDER BY batch_date DESC`, [principal.userId]);
    return rows.map((r) => r.id);
  }

  private async createBatches(filter: { before: string; ownerId?: string }): Promise<number> {
    return this.db.transaction(async (manager) => {
      const queued: QueuedLetter[] = await manager.query(
        `SELECT l.id, e.owner_id, l.letter_date, l.pdf, l.enclosure_ids, l.recipient, l.subject, e.reference
           FROM letters l JOIN estates e ON e.id = l.estate_id
          WHERE l.channel = 'post' AND l.delivery_status = 'queued_for_print' AND l.letter_date < $1 AND ($2::uuid IS NULL OR e.owner_id = $2)
          ORDER BY e.owner_id, l.letter_date, l.created_at
          FOR UPDATE OF l SKIP LOCKED`,
        [filter.before, filter.ownerId ?? null],
      );
      const groups = new Map<string, QueuedLetter[]>();
      for (const letter of queued) {
        const key = `${letter.owner_id}|${letter.letter_date}`;
        groups.set(key, [...(groups.get(key) ?? []), letter]);
      }
      for (const letters of groups.values()) await this.createBatch(manager, letters);
      return groups.size;
    });
  }

  private async createBatch(manager: EntityManager, letters: QueuedLetter[]): Promise<void> {
    const { owner_id: ownerId, letter_date: date } = letters[0];
    const [existing] = await manager.query(`SELECT id, pdf FROM print_batches WHERE owner_id = $1 AND batch_date = $2`, [ownerId, date]);
    // A batch for that day may exist already (a late letter): the new letters are appended to it.
    const merged = existing ? await PDFDocument.load(existing.pdf) : await PDFDocument.create();
    const pages = new Map<string, number>();
    for (const letter of letters) {
      let count = await appendPages(merged, await PDFDocument.load(letter.pdf));
      // The letter's rules checked that each listed enclosure reads as pages, so the envelope holds what the letter lists.
      for (const enclosure of await this.documents.withContent(manager, letter.enclosure_ids)) count += await appendPages(merged, await enclosurePages(enclosure));
      pages.set(letter.id, count);
    }
    const pdf = Buffer.from(await merged.save({ useObjectStreams: false }));
    const [{ id }] = existing
      ? await manager.query(`UPDATE print_batches SET pdf = $2, sha256 = $3, letter_count = letter_count + $4 WHERE id = $1 RETURNING id`, [existing.id, pdf, sha256(pdf), letters.length]).then(([rows]) => rows)
      : await manager.query(`INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [ownerId, date, letters.length, pdf, sha256(pdf), this.clock.now()]);
    await manager.query(
      `UPDATE letters l SET print_batch_id = $2, delivery_status = 'printed', delivered_at = $3, print_pages = p.pages
         FROM unnest($1::uuid[], $4::int[]) AS p(id, pages) WHERE l.id = p.id`,
      [[...pages.keys()], id, this.clock.now(), [...pages.values()]],
    );
  }

  /**
   * One page of the caller's print batches (an administrator's: everyone's), newest day first;
   * `after` is a decoded PRINT_BATCHES_CURSOR. The two cases are separate statements so each reads its own index.
   */
  async page(principal: StaffPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<PrintBatchView>> {
    const mine = principal.role !== 'admin';
    const params: unknown[] = mine ? [principal.userId] : [];
    const where = [mine ? 'owner_id = $1' : 'true'];
    if (after) where.push(`(batch_date, id) < ($${params.push(after[0])}::date, $${params.push(after[1])}::uuid)`);
    const rows: PrintBatchView[] = await this.db.query(
      `SELECT id, batch_date AS "date", letter_count AS "letterCount", sha256, created_at AS "createdAt"
         FROM print_batches WHERE ${where.join(' AND ')} ORDER BY batch_date DESC, id DESC LIMIT ${limit + 1}`,
      params,
    );
    return pageOf(rows, limit, (r) => [r.date, r.id]);
  }

  async get(principal: StaffPrincipal, batchId: string) {
    const [batch] = await this.db.query(
      `SELECT id, batch_date AS "date", letter_count AS "letterCount", sha256 FROM print_batches WHERE id = $1 AND (owner_id = $2 OR $3)`,
      [batchId, principal.userId, principal.role === 'admin'],
    );
    if (!batch) throw new NotFoundProblem('print batch');
    const letters = await this.db.query(
      `SELECT l.id, l.recipient, l.subject, e.reference AS "estateReference", l.letter_date AS "letterDate", l.print_pages AS pages
         FROM letters l JOIN estates e ON e.id = l.estate_id WHERE l.print_batch_id = $1 ORDER BY l.created_at`,
      [batchId],
    );
    return { ...batch, letters };
  }

  async pdf(principal: StaffPrincipal, batchId: string): Promise<Buffer> {
    await this.get(principal, batchId);
    const [{ pdf }] = await this.db.query(`SELECT pdf FROM print_batches WHERE id = $1`, [batchId]);
    return pdf;
  }
}
