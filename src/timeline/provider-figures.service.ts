import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { businessDayCounts } from '../../workflows';
import { addCalendarDays, Clock, dutchDate, startOfDutchDay } from '../clock/clock';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { Workers } from '../runtime/workers.service';
import { firstWholeMonth, medianOfCounts } from './figures';
import { contractRows } from '../contracts/contract-rows';
import { providerRows } from '../providers/provider-rows';

/** Provider figures count requests sent in this many recent days. */
export const PROVIDER_FIGURES_WINDOW_DAYS = 365;

/**
 * What counts as the provider's answer to a request, per figure: the scorecards time the first
 * answer of any kind, the dashboard the confirmation of the end date or new holder.
 */
export const ANSWER_MEASURES = {
  first_answer: ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT'],
  confirmation: ['COMPLETE'],
} as const;
export type AnswerMeasure = keyof typeof ANSWER_MEASURES;

/** How fast one group (a provider, or a provider category) answered the requests sent to it. */
export interface AnswerFigures {
  key: string;
  answered: number;
  medianBusinessDays: number | null;
  /** Answered within the provider's own SLA. */
  answeredWithinSla: number;
}

export interface ProviderEventCounts {
  providerId: string;
  requests: number;
  /** Reminders its silence caused. */
  reminders: number;
  invoicesAfterEnd: number;
}

/**
 * The roll-up takes time in quarters of an hour, each this long after it ended, when no transaction
 * can still be writing into it: a figure reads at most the last 25 minutes from the timeline.
 */
const STEP_MS = 15 * 60_000;
const SETTLE_MS = 10 * 60_000;
/** Steps (a whole past day, or today's closed quarters) per worker round, so catching up after a long pause never holds up the other routines. */
const STEPS_PER_ROUND = 31;

const ANSWER_GROUPS = { provider: 'p.id::text', category: 'p.category' } as const;

const dutchDay = (instant: string) => `(${instant} AT TIME ZONE 'Europe/Amsterdam')::date`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const MEASURES = `(VALUES ${Object.entries(ANSWER_MEASURES).map(([m, events]) => `('${m}', ARRAY[${list(events)}])`).join(', ')}) m(measure, events)`;
const ANSWER_EVENTS = [...new Set(Object.values(ANSWER_MEASURES).flat())];

/** Per provider and Dutch day, the counted events written from `from` up to `to` (SQL instants; `to` NULL: no end). */
const eventDeltas = (from: string, to: string) => `
  SELECT c.provider_id, ${dutchDay('t.occurred_at')} AS day,
         count(*) FILTER (WHERE t.event = 'REQUEST')::int AS requests,
         count(*) FILTER (WHERE t.event = 'DEADLINE_PASSED' AND t.to_state = 'reminded')::int AS reminders,
         count(*) FILTER (WHERE t.event = 'INVOICE_AFTER_END')::int AS invoices_after_end
    FROM timeline_entries t JOIN ${contractRows} c ON c.id = t.contract_id
   WHERE t.event IN ('REQUEST', 'DEADLINE_PASSED', 'INVOICE_AFTER_END') AND t.contract_id IS NOT NULL
     AND t.occurred_at >= ${from} AND (${to} IS NULL OR t.occurred_at < ${to})
   GROUP BY 1, 2`;

/**
 * The answers written from `from` up to `to` that are the first of their measure after a request:
 * the contract's previous event among the measure's answers and REQUEST is that request (a request
 * sent again after a rejection is timed on its own). Counted by the request's Dutch day, provider
 * and business days taken, which the `calendar` CTE (day, running count of business days) gives.
 */
const answerDeltas = (from: string, to: string) => `
  SELECT m.measure, ${dutchDay('r.occurred_at')} AS request_day, c.provider_id, answered.n - requested.n AS business_days, count(*)::int AS answered
    FROM timeline_entries a
    JOIN ${MEASURES} ON a.event = ANY(m.events)
    CROSS JOIN LATERAL (
      SELECT p.event, p.occurred_at FROM timeline_entries p
       WHERE p.contract_id = a.contract_id AND p.seq < a.seq AND (p.event = ANY(m.events) OR p.event = 'REQUEST')
       ORDER BY p.seq DESC LIMIT 1) r
    JOIN ${contractRows} c ON c.id = a.contract_id
    JOIN calendar requested ON requested.day = ${dutchDay('r.occurred_at')}
    JOIN calendar answered ON answered.day = ${dutchDay('a.occurred_at')}
   WHERE a.event IN (${list(ANSWER_EVENTS)}) AND a.contract_id IS NOT NULL AND r.event = 'REQUEST'
     AND a.occurred_at >= ${from} AND (${to} IS NULL OR a.occurred_at < ${to})
   GROUP BY 1, 2, 3, 4`;

const CALENDAR = (days: number, counts: number) => `calendar AS (SELECT * FROM unnest($${days}::date[], $${counts}::int[]) AS c(day, n))`;

/**
 * How providers treat bereaved families, over requests sent in the last PROVIDER_FIGURES_WINDOW_DAYS
 * days: read from a per-provider roll-up of closed quarters of an hour (by month for the window's
 * whole months, by day for its first, partial month and today) plus the timeline rows not rolled up
 * yet (normally the last 10–25 minutes), from one snapshot so a roll-up committing meanwhile is
 * counted once. Answer times are an exact histogram of whole business days, so medians and "within
 * the SLA" (with the provider's SLA of today) equal what the raw history gives.
 */
@Injectable()
export class ProviderFiguresService implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    // Reports have their own pool and statement timeout.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly reports: DataSource,
    private readonly workers: Workers,
  ) {}

  onModuleInit(): void {
    this.workers.registerRoutine('provider figures roll-up', () => this.rollUp());
  }

  /** The Dutch days the figures span: from that many days back up to today. */
  window(): { since: string; until: string } {
    const until = this.clock.today();
    return { since: addCalendarDays(until, -PROVIDER_FIGURES_WINDOW_DAYS), until };
  }

  /** Answer counts, median business days and answers within the SLA, per provider or per provider category. */
  async answerFigures(measure: AnswerMeasure, groupBy: keyof typeof ANSWER_GROUPS, providerId: string | null = null): Promise<AnswerFigures[]> {
    const { since, until } = this.window();
    const calendar = businessDayCounts(since, until);
    const rows: { key: string; business_days: number; answered: number; within: number }[] = await this.withLiveFrom(since, (manager, liveFrom) =>
      manager.query(
        `WITH ${CALENDAR(1, 2)},
         answers AS (
           SELECT provider_id, business_days, answered FROM provider_answer_days
            WHERE measure = $4 AND request_day >= $3 AND request_day < $6 AND ($5::uuid IS NULL OR provider_id = $5)
           UNION ALL
           SELECT provider_id, business_days, answered FROM provider_answer_months
            WHERE measure = $4 AND month >= $6 AND ($5::uuid IS NULL OR provider_id = $5)
           UNION ALL
           SELECT provider_id, business_days, answered FROM (${answerDeltas('$7::timestamptz', 'NULL::timestamptz')}) live
            WHERE measure = $4 AND request_day >= $3 AND ($5::uuid IS NULL OR provider_id = $5))
         SELECT ${ANSWER_GROUPS[groupBy]} AS key, a.business_days, sum(a.answered)::int AS answered,
                coalesce(sum(a.answered) FILTER (WHERE a.business_days <= p.sla_business_days), 0)::int AS within
           FROM answers a JOIN ${providerRows} p ON p.id = a.provider_id
          GROUP BY 1, 2`,
        [calendar.days, calendar.counts, since, measure, providerId, firstWholeMonth(since), liveFrom],
      ),
    );
    const keys = new Map<string, typeof rows>();
    for (const row of rows) keys.set(row.key, [...(keys.get(row.key) ?? []), row]);
    return [...keys].map(([key, histogram]) => ({
      key,
      answered: histogram.reduce((sum, r) => sum + r.answered, 0),
      medianBusinessDays: medianOfCounts(histogram.map((r) => ({ value: r.business_days, count: r.answered }))),
      answeredWithinSla: histogram.reduce((sum, r) => sum + r.within, 0),
    }));
  }

  /** Per provider: requests sent, reminders its silence caused and bills it sent after the end date. */
  async eventCounts(providerId: string | null = null): Promise<ProviderEventCounts[]> {
    const { since } = this.window();
    const rows: { provider_id: string; requests: number; reminders: number; invoices: number }[] = await this.withLiveFrom(since, (manager, liveFrom) =>
      manager.query(
        `WITH days AS (
           SELECT provider_id, requests, reminders, invoices_after_end FROM provider_event_days WHERE day >= $1 AND day < $3 AND ($2::uuid IS NULL OR provider_id = $2)
           UNION ALL
           SELECT provider_id, requests, reminders, invoices_after_end FROM provider_event_months WHERE month >= $3 AND ($2::uuid IS NULL OR provider_id = $2)
           UNION ALL
           SELECT provider_id, requests, reminders, invoices_after_end FROM (${eventDeltas('$4::timestamptz', 'NULL::timestamptz')}) live
            WHERE ($2::uuid IS NULL OR provider_id = $2))
         SELECT provider_id, sum(requests)::int AS requests, sum(reminders)::int AS reminders, sum(invoices_after_end)::int AS invoices
           FROM days GROUP BY provider_id`,
        [since, providerId, firstWholeMonth(since), liveFrom],
      ),
    );
    return rows.map((r) => ({ providerId: r.provider_id, requests: r.requests, reminders: r.reminders, invoicesAfterEnd: r.invoices }));
  }

  /**
   * Reads a figure from one snapshot: the roll-up's progress and what it covers, so a roll-up
   * committing meanwhile is counted once. The live part's start is a parameter, so the planner sees
   * a few minutes of the timeline rather than guessing a share of all of it.
   */
  private withLiveFrom<T>(since: string, read: (manager: EntityManager, liveFrom: Date) => Promise<T>): Promise<T> {
    return this.reports.transaction('REPEATABLE READ', async (manager) => {
      const [{ rolled_until }]: { rolled_until: Date | null }[] = await manager.query(`SELECT rolled_until FROM provider_figures_progress`);
      const windowStart = startOfDutchDay(since);
      return read(manager, rolled_until && rolled_until > windowStart ? rolled_until : windowStart);
    });
  }

  /**
   * Adds closed quarters of an hour to the roll-up, oldest first, each once (several app instances
   * may run this: the one holding the progress row rolls, the others skip): a past day whole, today
   * up to its last settled quarter. Days older than any window are skipped and pruned, so the
   * roll-up stays one year long.
   */
  async rollUp(): Promise<number> {
    let steps = 0;
    while (steps < STEPS_PER_ROUND && (await this.db.transaction((manager) => this.rollUpOneStep(manager)))) steps++;
    return steps;
  }

  private async rollUpOneStep(manager: EntityManager): Promise<boolean> {
    const [progress]: { rolled_until: Date | null }[] = await manager.query(`SELECT rolled_until FROM provider_figures_progress FOR UPDATE SKIP LOCKED`);
    if (!progress) return false;
    // The first day any window still needs: a request of that day may be answered within a window.
    const oldest = addCalendarDays(this.clock.today(), -(PROVIDER_FIGURES_WINDOW_DAYS + 1));
    const from = progress.rolled_until && progress.rolled_until > startOfDutchDay(oldest) ? progress.rolled_until : startOfDutchDay(oldest);
    const day = dutchDate(from);
    const dayEnd = startOfDutchDay(addCalendarDays(day, 1));
    // Dutch quarters start on whole UTC quarters (the offsets are whole hours), so do Dutch days.
    const settled = Math.floor((this.clock.now().getTime() - SETTLE_MS) / STEP_MS) * STEP_MS;
    const to = new Date(Math.min(dayEnd.getTime(), settled));
    if (to <= from) return false;
    // Each step's rows are added to their day's and month's in the same statement, so the layers always agree.
    await manager.query(
      `WITH deltas AS (${eventDeltas('$1::timestamptz', '$2::timestamptz')}),
       days AS (
         INSERT INTO provider_event_days (provider_id, day, requests, reminders, invoices_after_end) SELECT * FROM deltas
         ON CONFLICT (day, provider_id) DO UPDATE SET requests = provider_event_days.requests + EXCLUDED.requests,
           reminders = provider_event_days.reminders + EXCLUDED.reminders, invoices_after_end = provider_event_days.invoices_after_end + EXCLUDED.invoices_after_end)
       INSERT INTO provider_event_months (provider_id, month, requests, reminders, invoices_after_end)
         SELECT provider_id, date_trunc('month', day)::date, requests, reminders, invoices_after_end FROM deltas
       ON CONFLICT (month, provider_id) DO UPDATE SET requests = provider_event_months.requests + EXCLUDED.requests,
         reminders = provider_event_months.reminders + EXCLUDED.reminders, invoices_after_end = provider_event_months.invoices_after_end + EXCLUDED.invoices_after_end`,
      [from, to],
    );
    const calendar = businessDayCounts(addCalendarDays(day, -(PROVIDER_FIGURES_WINDOW_DAYS + 1)), day);
    // Answers on a weekend day and the Monday after take as many business days, as do a day's quarters: their rows add up.
    await manager.query(
      `WITH ${CALENDAR(3, 4)}, deltas AS (${answerDeltas('$1::timestamptz', '$2::timestamptz')}),
       days AS (
         INSERT INTO provider_answer_days (measure, request_day, provider_id, business_days, answered) SELECT * FROM deltas
         ON CONFLICT (measure, request_day, provider_id, business_days) DO UPDATE SET answered = provider_answer_days.answered + EXCLUDED.answered)
       INSERT INTO provider_answer_months (measure, month, provider_id, business_days, answered)
         SELECT measure, date_trunc('month', request_day)::date, provider_id, business_days, sum(answered)::int FROM deltas GROUP BY 1, 2, 3, 4
       ON CONFLICT (measure, month, provider_id, business_days) DO UPDATE SET answered = provider_answer_months.answered + EXCLUDED.answered`,
      [from, to, calendar.days, calendar.counts],
    );
    if (to.getTime() === dayEnd.getTime()) await this.prune(manager, oldest);
    await manager.query(`UPDATE provider_figures_progress SET rolled_until = $1`, [to]);
    return true;
  }

  /** Drops what no window can reach any more: once a day, when a day is complete. */
  private async prune(manager: EntityManager, oldest: string): Promise<void> {
    await manager.query(`DELETE FROM provider_answer_days WHERE request_day < $1`, [oldest]);
    await manager.query(`DELETE FROM provider_event_days WHERE day < $1`, [oldest]);
    // A month is kept while any of its days can be in a window (the read takes a partial month from the days).
    await manager.query(`DELETE FROM provider_answer_months WHERE month < date_trunc('month', $1::date)`, [oldest]);
    await manager.query(`DELETE FROM provider_event_months WHERE month < date_trunc('month', $1::date)`, [oldest]);
  }
}
