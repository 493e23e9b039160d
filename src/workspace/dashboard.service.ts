import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONTRACT_STATES } from '../../workflows';
import type { StaffPrincipal } from '../auth/principal';
import { ContractsService } from '../contracts/contracts.service';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { ESTATE_STATUSES } from '../estates/estate.entity';
import { PROVIDER_CATEGORIES } from '../providers/provider.entity';
import { FeedbackService } from '../portal/feedback.service';
import { Scorecard, ScorecardService } from '../providers/scorecard.service';
import { PROVIDER_FIGURES_WINDOW_DAYS, ProviderFiguresService } from '../timeline/provider-figures.service';

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
  /** Confirmation times and scorecards count requests sent in this many recent days. */
  providerWindowDays: number;
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
    private readonly contracts: ContractsService,
    private readonly scorecard: ScorecardService,
    private readonly feedback: FeedbackService,
    private readonly figures: ProviderFiguresService,
  ) {}

  async dashboard(principal: StaffPrincipal): Promise<Dashboard> {
    const ownerId = principal.role === 'admin' ? null : principal.userId;
    const [estates, contracts, confirmations, scorecards, satisfaction] = await Promise.all([
      this.db.query(`SELECT status AS label, count(*)::int AS count FROM estates WHERE ($1::uuid IS NULL OR owner_id = $1) GROUP BY status`, [ownerId]),
      this.contracts.countsByState(this.db.manager, ownerId),
      // Business days from the request to the provider's confirmation, by category; a request sent again after a rejection counts on its own.
      this.figures.answerFigures('confirmation', 'category'),
      this.scorecard.scorecards(),
      this.feedback.satisfaction(principal),
    ]);
    return {
      estatesByStage: inOrder(ESTATE_STATUSES, estates),
      contractsByState: inOrder(CONTRACT_STATES, contracts),
      confirmationByCategory: PROVIDER_CATEGORIES.map((category) => {
        const figures = confirmations.find((c) => c.key === category);
        return { category, confirmed: figures?.answered ?? 0, medianBusinessDays: figures?.medianBusinessDays ?? null };
      }).filter((c) => c.confirmed > 0),
      scorecards,
      satisfaction,
      providerWindowDays: PROVIDER_FIGURES_WINDOW_DAYS,
    };
  }
}

/** Every known label in its lifecycle order, with zero where nothing is counted. */
function inOrder(labels: readonly string[], rows: Count[]): Count[] {
  return labels.map((label) => ({ label, count: rows.find((r) => r.label === label)?.count ?? 0 }));
}
