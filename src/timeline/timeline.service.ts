import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { DataSource, EntityManager } from 'typeorm';
import { businessDayCounts } from '../../workflows';
import type { Actor } from '../auth/principal';
import { addCalendarDays, Clock, startOfDutchDay } from '../clock/clock';
import { Statement, WriteBatch } from '../database/write-batch';
import { DEFAULT_PAGE_SIZE, Page, pageOf, Position } from '../common/paging';
import { TimelineEntry } from './timeline-entry.entity';
import { deleted } from '../database/deleted';

export interface TimelineRecord {
  estateId: string;
  contractId?: string | null;
  actor: Actor;
  event: string;
  summary: string;
  fromState?: string | null;
  toState?: string | null;
  details?: Record<string, unknown>;
}

export interface TimelineView {
  id: string;
  at: string;
  actor: { type: string; name: string };
  event: string;
  contractId: string | null;
  fromState: string | null;
  toState: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/** Provider figures count requests sent in this many recent days, so their cost stays bounded as the history grows. */
export const PROVIDER_FIGURES_WINDOW_DAYS = 365;

/** How fast one group (a provider, or a provider category) answered the requests sent to it. */
export interface AnswerFigures {
  key: string;
  requests: number;
  answered: number;
  medianBusinessDays: number | null;
  /** Answered within the provider's own SLA. */
  answeredWithinSla: number;
}

export interface ProviderEventCounts {
  providerId: string;
  reminders: number;
  invoicesAfterEnd: number;
}

/** A timeline cursor: the entry's `seq`, unique and in writing order. */
export const TIMELINE_CURSOR = ['int'] as const;

const timelineView = (e: TimelineEntry): TimelineView => ({
  id: e.id,
  at: e.occurredAt.toISOString(),
  actor: { type: e.actorType, name: e.actorName },
  event: e.event,
  contractId: e.contractId,
  fromState: e.fromState,
  toState: e.toState,
  summary: e.summary,
  details: e.details,
});

const ANSWER_GROUPS = { provider: 'c.provider_id::text', category: 'p.category' } as const;

/** The append-only estate history. Writes always join the caller's transaction. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    // Provider figures read a year of history: the reports' own pool and longer statement timeout.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly reports: DataSource,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the estate's timeline; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM timeline_entries WHERE estate_id = $1'], [estateId]);
  }

  /** When the estate (not a contract) last entered `state`, e.g. when it was closed; null if never. */
  async estateEnteredAt(manager: EntityManager, estateId: string, state: string): Promise<Date | null> {
    const [row]: { at: Date }[] = await manager.query(
      'SELECT occurred_at AS at FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NULL AND to_state = $2 ORDER BY seq DESC LIMIT 1',
      [estateId, state],
    );
    return row?.at ?? null;
  }

  /** The staff timeline's entries about one family member (added, corrected, acting in the portal), oldest first. */
  async aboutFamilyMember(manager: EntityManager, estateId: string, familyMemberId: string): Promise<TimelineView[]> {
    const rows = await manager
      .createQueryBuilder(TimelineEntry, 't')
      .where(`t.estateId = :estateId AND (t.details->>'familyMemberId' = :familyMemberId OR CAST(t.actorId AS text) = :familyMemberId)`, { estateId, familyMemberId })
      .orderBy('t.seq', 'ASC')
      .getMany();
    return rows.map(timelineView);
  }

  async append(manager: EntityManager, record: TimelineRecord): Promise<void> {
    await manager.query(...this.insertion(record));
  }

  /** The same as `append`, sent with the caller's other writes in one statement (a workflow transition). */
  appendIn(batch: WriteBatch, record: TimelineRecord): void {
    batch.add(this.insertion(record));
  }

  private insertion(record: TimelineRecord): Statement {
    return [
      `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, from_state, to_state, summary, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        record.estateId, record.contractId ?? null, this.clock.now(), record.actor.type, record.actor.id, record.actor.name,
        record.event, record.fromState ?? null, record.toState ?? null, record.summary, JSON.stringify(record.details ?? {}),
      ],
    ];
  }

  /** Which of these contracts have ever had one of these events (e.g. "has the provider answered yet?"). */
  async contractsWithEvents(contractIds: string[], events: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (!contractIds.length) return new Set();
    const rows = await manager
      .createQueryBuilder(TimelineEntry, 't')
      .select('DISTINCT t.contractId', 'contractId')
      .where('t.contractId IN (:...contractIds) AND t.event IN (:...events)', { contractIds, events })
      .getRawMany<{ contractId: string }>();
    return new Set(rows.map((r) => r.contractId));
  }

  /** `manager`: read inside the caller's transaction, to see what it just appended. */
  async list(estateId: string, contractId?: string, manager: EntityManager = this.db.manager): Promise<TimelineView[]> {
    const entries = await manager
      .createQueryBuilder(TimelineEntry, 't')
      .where('t.estateId = :estateId', { estateId })
      .andWhere(contractId ? 't.contractId = :contractId' : 'TRUE', { contractId })
      .orderBy('t.seq', 'ASC')
      .getMany();
    return entries.map(timelineView);
  }

  /** One page of an estate's timeline, newest first (index `(estate_id, seq)`); `after` is a decoded TIMELINE_CURSOR. */
  async page(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<TimelineView>> {
    const query = this.db.manager
      .createQueryBuilder(TimelineEntry, 't')
      .addSelect('t.seq::text', 'cursor_seq')
      .where('t.estate_id = :estateId', { estateId })
      .orderBy('t.seq', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('t.seq < :afterSeq::bigint', { afterSeq: after[0] });
    const { raw, entities } = await query.getRawAndEntities<{ cursor_seq: string }>();
    return pageOf(
      entities.map((entry, i) => ({ entry, seq: raw[i].cursor_seq })),
      limit,
      (row) => [row.seq],
      (row) => timelineView(row.entry),
    );
  }

  /** The Dutch days the provider figures span: from that many days back up to today. */
  figuresSince(): { since: string; until: string } {
    const until = this.clock.today();
    return { since: addCalendarDays(until, -PROVIDER_FIGURES_WINDOW_DAYS), until };
  }

  /**
   * Business days from each request sent in the window to the provider's answer, aggregated in SQL
   * per provider or category. An answer is the first of `answers` after the request and before the
   * contract's next request (a request sent again after a rejection is timed on its own). Business
   * days are counted by joining a Dutch calendar passed in as two arrays (day, running count).
   * Reads the contract's provider and its category and SLA, nothing else of theirs.
   */
  async answerFigures(answers: string[], groupBy: keyof typeof ANSWER_GROUPS, providerId: string | null = null): Promise<AnswerFigures[]> {
    const { since, until } = this.figuresSince();
    const calendar = businessDayCounts(since, until);
    const rows: { key: string; requests: number; answered: number; median: number | null; within_sla: number }[] = await this.reports.query(
      `WITH calendar AS (SELECT * FROM unnest($1::date[], $2::int[]) AS c(day, n)),
       requests AS (
         SELECT ${ANSWER_GROUPS[groupBy]} AS key, p.sla_business_days AS sla, r.occurred_at AS requested_at,
                CASE WHEN next.event <> 'REQUEST' THEN next.occurred_at END AS answered_at
           FROM timeline_entries r
           JOIN contracts c ON c.id = r.contract_id
           JOIN providers p ON p.id = c.provider_id
           LEFT JOIN LATERAL (
             SELECT a.event, a.occurred_at FROM timeline_entries a
              WHERE a.contract_id = r.contract_id AND a.seq > r.seq AND (a.event = ANY($4) OR a.event = 'REQUEST')
              ORDER BY a.seq LIMIT 1) next ON TRUE
          WHERE r.event = 'REQUEST' AND r.contract_id IS NOT NULL AND r.occurred_at >= $3 AND ($5::uuid IS NULL OR c.provider_id = $5)),
       timed AS (
         SELECT key, sla, answered.n - requested.n AS days
           FROM requests
           JOIN calendar requested ON requested.day = (requested_at AT TIME ZONE 'Europe/Amsterdam')::date
           LEFT JOIN calendar answered ON answered.day = (answered_at AT TIME ZONE 'Europe/Amsterdam')::date)
       SELECT key, count(*)::int AS requests, count(days)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
              count(*) FILTER (WHERE days <= sla)::int AS within_sla
         FROM timed GROUP BY key`,
      [calendar.days, calendar.counts, startOfDutchDay(since), answers, providerId],
    );
    return rows.map((r) => ({ key: r.key, requests: r.requests, answered: r.answered, medianBusinessDays: r.median === null ? null : Number(r.median), answeredWithinSla: r.within_sla }));
  }

  /** Per provider, in the figures' window: reminders its silence caused, and bills it sent after the end date. */
  async providerEventCounts(providerId: string | null = null): Promise<ProviderEventCounts[]> {
    const rows: { provider_id: string; reminders: number; invoices: number }[] = await this.reports.query(
      `SELECT c.provider_id,
              count(*) FILTER (WHERE t.event = 'DEADLINE_PASSED' AND t.to_state = 'reminded')::int AS reminders,
              count(*) FILTER (WHERE t.event = 'INVOICE_AFTER_END')::int AS invoices
         FROM timeline_entries t JOIN contracts c ON c.id = t.contract_id
        WHERE t.event IN ('DEADLINE_PASSED', 'INVOICE_AFTER_END') AND t.contract_id IS NOT NULL AND t.occurred_at >= $1
          AND ($2::uuid IS NULL OR c.provider_id = $2)
        GROUP BY c.provider_id`,
      [startOfDutchDay(this.figuresSince().since), providerId],
    );
    return rows.map((r) => ({ providerId: r.provider_id, reminders: r.reminders, invoicesAfterEnd: r.invoices }));
  }
}
