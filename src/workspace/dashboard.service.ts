import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { businessDaysBetween, CONTRACT_STATES } from '../../workflows';
import type { StaffPrincipal } from '../auth/principal';
import { dutchDate } from '../clock/clock';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { ESTATE_STATUSES } from '../estates/estate.entity';
import { PROVIDER_CATEGORIES } from '../providers/provider.entity';
import { FeedbackService } from '../portal/feedback.service';
import { median, Scorecard, ScorecardService } from '../providers/scorecard.service';

export interface Count {
  label: string;
  count: number;
}

export interface Dashboard {
  estatesByStage: Count[];
  contractsByState: Count[];
  confirmationByCategory: { category: string; confirmed: number; medianBusinessDays: number | null }[];
  scorecards: Scorecard[];
  satisfaction: Awaited<ReturnType<FeedbackService['satisfaction']>>;
}

/**
 * Numbers for the dashboard. Estates and contracts are the caller's own (admins: all); provider
 * figures (confirmation times, scorecards) span every estate, because they describe the provider.
 * Family satisfaction: a specialist sees their own rating, an administrator every specialist's.
 */
@Injectable()
export class DashboardService {
  constructor(
    // A report: its own pool and a longer statement timeout, so a heavy dashboard cannot starve the pages.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly db: DataSource,
    private readonly scorecard: ScorecardService,
    private readonly feedback: FeedbackService,
  ) {}

  async dashboard(principal: StaffPrincipal): Promise<Dashboard> {
    const ownerId = principal.role === 'admin' ? null : principal.userId;
    const [estates, contracts, confirmations, scorecards, satisfaction] = await Promise.all([
      this.db.query(`SELECT status AS label, count(*)::int AS count FROM estates WHERE ($1::uuid IS NULL OR owner_id = $1) GROUP BY status`, [ownerId]),
      this.db.query(
        `SELECT w.state AS label, count(*)::int AS count FROM workflow_instances w JOIN estates e ON e.id = w.estate_id
          WHERE w.subject_type = 'contract' AND ($1::uuid IS NULL OR e.owner_id = $1) GROUP BY w.state`,
        [ownerId],
      ),
      this.confirmations(),
      this.scorecard.scorecards(),
      this.feedback.satisfaction(principal),
    ]);
    return {
      estatesByStage: inOrder(ESTATE_STATUSES, estates),
      contractsByState: inOrder(CONTRACT_STATES, contracts),
      confirmationByCategory: PROVIDER_CATEGORIES.map((category) => {
        const days = confirmations.filter((c) => c.category === category).map((c) => c.days);
        return { category, confirmed: days.length, medianBusinessDays: median(days) };
      }).filter((c) => c.confirmed > 0),
      scorecards,
      satisfaction,
    };
  }

  /**
   * Business days from the request to the provider's confirmation, by provider category: one figure
   * per confirmation, counted from the request it answered (the last one, if a rejected request was sent again).
   */
  private async confirmations(): Promise<{ category: string; days: number }[]> {
    const rows: { category: string; requested_at: Date; confirmed_at: Date }[] = await this.db.query(
      `SELECT p.category, request.at AS requested_at, a.occurred_at AS confirmed_at
         FROM timeline_entries a JOIN contracts c ON c.id = a.contract_id JOIN providers p ON p.id = c.provider_id
         JOIN LATERAL (SELECT max(r.occurred_at) AS at FROM timeline_entries r WHERE r.contract_id = a.contract_id AND r.event = 'REQUEST' AND r.seq < a.seq) request
           ON request.at IS NOT NULL
        WHERE a.event = 'COMPLETE'`,
    );
    return rows.map((r) => ({ category: r.category, days: businessDaysBetween(dutchDate(r.requested_at), dutchDate(r.confirmed_at)) }));
  }
}

/** Every known label in its lifecycle order, with zero where nothing is counted. */
function inOrder(labels: readonly string[], rows: Count[]): Count[] {
  return labels.map((label) => ({ label, count: rows.find((r) => r.label === label)?.count ?? 0 }));
}
