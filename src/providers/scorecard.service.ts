import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { businessDaysBetween } from '../../workflows';
import { dutchDate } from '../clock/clock';
import { REPORTS_DATA_SOURCE } from '../database/database';

export interface Scorecard {
  providerId: string;
  providerName: string;
  slaBusinessDays: number;
  requests: number;
  answered: number;
  medianResponseBusinessDays: number | null;
  withinSlaPercent: number | null;
  remindersNeeded: number;
  invoicesAfterEndDate: number;
  lettersToDeceasedReported: number;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const PROVIDER_ANSWERS = ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT'];

/**
 * How each provider treats bereaved families, across all estates: how fast it answers (in business
 * days, from our request to its first answer), how often it needs reminding, and how often it keeps
 * billing after the end date or writes to the deceased.
 */
@Injectable()
export class ScorecardService {
  // A report over every estate: its own pool and a longer statement timeout.
  constructor(@InjectDataSource(REPORTS_DATA_SOURCE) private readonly db: DataSource) {}

  async scorecards(providerId?: string): Promise<Scorecard[]> {
    const providers: { id: string; name: string; sla_business_days: number }[] = await this.db.query(
      `SELECT id, name, sla_business_days FROM providers WHERE ($1::uuid IS NULL OR id = $1) ORDER BY name`,
      [providerId ?? null],
    );
    const requests: { provider_id: string; requested_at: Date; answered_at: Date | null }[] = await this.db.query(
      `SELECT c.provider_id, r.occurred_at AS requested_at,
              (SELECT min(a.occurred_at) FROM timeline_entries a WHERE a.contract_id = c.id AND a.event = ANY($2) AND a.seq > r.seq) AS answered_at
         FROM contracts c JOIN timeline_entries r ON r.contract_id = c.id AND r.event = 'REQUEST'
        WHERE ($1::uuid IS NULL OR c.provider_id = $1)`,
      [providerId ?? null, PROVIDER_ANSWERS],
    );
    const counts: { provider_id: string; reminders: number; invoices: number; reports: number }[] = await this.db.query(
      `SELECT c.provider_id,
              count(*) FILTER (WHERE t.event = 'DEADLINE_PASSED' AND t.to_state = 'reminded')::int AS reminders,
              count(*) FILTER (WHERE t.event = 'INVOICE_AFTER_END')::int AS invoices,
              (SELECT count(*)::int FROM family_reports fr JOIN contracts c2 ON c2.id = fr.contract_id
                WHERE c2.provider_id = c.provider_id AND fr.kind = 'letter_to_deceased') AS reports
         FROM contracts c LEFT JOIN timeline_entries t ON t.contract_id = c.id
        WHERE ($1::uuid IS NULL OR c.provider_id = $1)
        GROUP BY c.provider_id`,
      [providerId ?? null],
    );
    return providers.map((p) => {
      const mine = requests.filter((r) => r.provider_id === p.id);
      const days = mine.filter((r) => r.answered_at).map((r) => businessDaysBetween(dutchDate(r.requested_at), dutchDate(r.answered_at!)));
      const count = counts.find((c) => c.provider_id === p.id);
      return {
        providerId: p.id,
        providerName: p.name,
        slaBusinessDays: p.sla_business_days,
        requests: mine.length,
        answered: days.length,
        medianResponseBusinessDays: median(days),
        withinSlaPercent: days.length ? Math.round((100 * days.filter((d) => d <= p.sla_business_days).length) / days.length) : null,
        remindersNeeded: count?.reminders ?? 0,
        invoicesAfterEndDate: count?.invoices ?? 0,
        lettersToDeceasedReported: count?.reports ?? 0,
      };
    });
  }
}
