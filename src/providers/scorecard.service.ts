import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { startOfDutchDay } from '../clock/clock';
import { ProviderFiguresService } from '../timeline/provider-figures.service';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { DEFAULT_PAGE_SIZE, Page, Position } from '../common/paging';
import { ProvidersService } from './providers.service';
import { contractRows } from '../contracts/contract-rows';
import { familyReportRows } from '../portal/family-report-rows';

type ProviderRow = { id: string; name: string; sla_business_days: number };

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

/**
 * How each provider treats bereaved families, across all estates, over the recent window of
 * `ProviderFiguresService.window`: how fast it answers (in business days, from our request to its
 * first answer), how often it needs reminding, and how often it keeps billing after the end date or
 * writes to the deceased. Every figure is aggregated in SQL.
 */
@Injectable()
export class ScorecardService {
  // A report over every estate: its own pool and a longer statement timeout.
  constructor(
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly db: DataSource,
    private readonly figures: ProviderFiguresService,
    private readonly providers: ProvidersService,
  ) {}

  /** Every provider's card in name order, or one provider's (the dashboard's table, a desk's own card). */
  scorecards(providerId: string | null = null): Promise<Scorecard[]> {
    const providers: Promise<ProviderRow[]> = this.db.query(`SELECT id, name, sla_business_days FROM providers WHERE ($1::uuid IS NULL OR id = $1) ORDER BY name`, [providerId]);
    return this.cardsOf(providers, providerId);
  }

  /** A page of the cards in the directory's name order (`after` is a decoded PROVIDERS_CURSOR): the API's list. */
  async page(after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<Scorecard>> {
    const providers = this.providers.page({ after }, limit);
    const cards = await this.cardsOf(providers.then((page) => page.items.map((p) => ({ id: p.id, name: p.name, sla_business_days: p.slaBusinessDays }))), null);
    return { items: cards, nextCursor: (await providers).nextCursor };
  }

  /** The figures of these providers (all of them counted when `providerId` is null: they come from the roll-up). */
  private async cardsOf(providersRead: Promise<ProviderRow[]>, providerId: string | null): Promise<Scorecard[]> {
    const [providers, answers, events, reports] = await Promise.all([
      providersRead,
      this.figures.answerFigures('first_answer', 'provider', providerId),
      this.figures.eventCounts(providerId),
      this.db.query(
        `SELECT c.provider_id, count(*)::int AS reports FROM ${familyReportRows} fr JOIN ${contractRows} c ON c.id = fr.contract_id
          WHERE fr.kind = 'letter_to_deceased' AND fr.created_at >= $1 AND ($2::uuid IS NULL OR c.provider_id = $2) GROUP BY c.provider_id`,
        [startOfDutchDay(this.figures.window().since), providerId],
      ) as Promise<{ provider_id: string; reports: number }[]>,
    ]);
    return providers.map((p) => {
      const answered = answers.find((a) => a.key === p.id);
      const counted = events.find((e) => e.providerId === p.id);
      return {
        providerId: p.id,
        providerName: p.name,
        slaBusinessDays: p.sla_business_days,
        requests: counted?.requests ?? 0,
        answered: answered?.answered ?? 0,
        medianResponseBusinessDays: answered?.medianBusinessDays ?? null,
        withinSlaPercent: answered?.answered ? Math.round((100 * answered.answeredWithinSla) / answered.answered) : null,
        remindersNeeded: counted?.reminders ?? 0,
        invoicesAfterEndDate: counted?.invoicesAfterEnd ?? 0,
        lettersToDeceasedReported: reports.find((r) => r.provider_id === p.id)?.reports ?? 0,
      };
    });
  }
}
