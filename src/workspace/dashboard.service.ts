import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONTRACT_STATES } from '../../workflows';
import type { StaffPrincipal } from '../auth/principal';
import { ContractsService } from '../contracts/contracts.service';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { ESTATE_STATUSES } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { PROVIDER_CATEGORIES } from '../providers/provider.entity';
import { FeedbackService, Satisfaction } from '../portal/feedback.service';
import { Scorecard, ScorecardService } from '../providers/scorecard.service';
import { AnswerFigures, PROVIDER_FIGURES_WINDOW_DAYS, ProviderFiguresService } from '../timeline/provider-figures.service';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { errorKind } from '../runtime/outbox.service';
import { LRUCache } from 'lru-cache';

export interface Count {
  label: string;
  count: number;
}

export interface Dashboard {
  estatesByStage: Count[];
  contractsByState: Count[];
  confirmationByCategory: { category: string; confirmed: number; medianBusinessDays: number | null }[];
  /** The DASHBOARD_PROVIDERS providers with the most requests; every provider's card is on the scorecards page. */
  scorecards: Scorecard[];
  /** How many providers had requests in the window (more than DASHBOARD_PROVIDERS: the page links to all). */
  providersWithRequests: number;
  /** The first DASHBOARD_OWNERS owners' ratings; the rest are on the ratings page. */
  satisfaction: Satisfaction;
  /** Confirmation times and scorecards count requests sent in this many recent days. */
  providerWindowDays: number;
  /** When the provider figures were computed: they are kept up to two minutes, so the page says how old they are. */
  providerFiguresAt: string;
  /** When the estates, contracts and ratings were counted: kept COUNTS_FRESH_SECONDS, so the page says that too. */
  countedAt: string;
}

/**
 * Owners whose family rating the dashboard shows; an administrator of hundreds pages through the
 * rest on the ratings page, so the dashboard stays the same size however many specialists there are.
 */
export const DASHBOARD_OWNERS = 20;

/** Providers whose scorecard the dashboard shows, those with the most requests; the directory grows with every creditor families meet. */
export const DASHBOARD_PROVIDERS = 20;

/** How long a dashboard's provider figures are shown before they are computed again (in the background). */
export const PROVIDER_FIGURES_FRESH_SECONDS = 60;

/** How long one viewer's counts of estates, contracts and family ratings are shown before they are counted again. */
export const COUNTS_FRESH_SECONDS = 10;

interface CountsPart {
  estates: Count[];
  contracts: Count[];
  satisfaction: Satisfaction;
  countedAt: string;
}

interface ProviderPart {
  confirmations: AnswerFigures[];
  scorecards: Scorecard[];
  providersWithRequests: number;
  computedAt: string;
}

/**
 * Numbers for the dashboard. Estates and contracts are the caller's own (admins: all); provider
 * figures (confirmation times, scorecards) span every estate, because they describe the provider.
 * Family satisfaction: a specialist sees their own rating, an administrator the first DASHBOARD_OWNERS
 * specialists' and every one below the alert threshold.
 */
@Injectable()
export class DashboardService implements OnApplicationBootstrap {
  /**
   * The provider figures are everyone's and cost ~0.1–0.3 s even from the roll-up, so they are kept per
   * instance and day: younger than PROVIDER_FIGURES_FRESH_SECONDS they are served as they are; up to
   * twice that old, the last ones are served while new ones are computed (lru-cache's
   * stale-while-revalidate, one computation at a time); older (nobody looked for a while), a new day,
   * or the first dashboard after a start waits for new ones. Counts of estates, contracts and ratings
   * are kept far shorter, per viewer (below).
   */
  private readonly providerFigures: LRUCache<string, ProviderPart>;
  /**
   * The counts of estates and contracts and the family ratings, per viewer: all administrators share
   * one entry (they see everything), each specialist has their own (their estates, their rating), so
   * nobody is ever shown another specialist's numbers. Counting every contract of a year (3.4 million)
   * is an index-only count about eleven times a month's (50–90 ms measured at 300,000; the year's count
   * itself was not timed), so counts are kept like the provider figures,
   * only shorter: younger than COUNTS_FRESH_SECONDS as they are, up to twice that old while one recount
   * runs, older (or none yet) after a recount. Readers never queue behind a count while someone has
   * looked within the last 20 seconds; the page says when they were counted. Bounded: one entry per
   * specialist who looked recently, the least recent dropped first.
   */
  private readonly counts: LRUCache<string, CountsPart, StaffPrincipal>;

  constructor(
    // A report: its own pool and a longer statement timeout, so a heavy dashboard cannot starve the pages.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly scorecard: ScorecardService,
    private readonly feedback: FeedbackService,
    private readonly figures: ProviderFiguresService,
    private readonly config: StewardConfig,
    private readonly http: HttpAdapterHost,
    clock: Clock,
  ) {
    this.providerFigures = new LRUCache<string, ProviderPart>({
      max: 2,
      ttl: PROVIDER_FIGURES_FRESH_SECONDS * 1000,
      allowStale: true,
      noDeleteOnStaleGet: true,
      perf: { now: () => clock.now().getTime() },
      fetchMethod: async () => {
        const [confirmations, scorecards] = await Promise.all([
          // Business days from the request to the provider's confirmation, by category; a request sent again after a rejection counts on its own.
          this.figures.answerFigures('confirmation', 'category'),
          this.scorecard.scorecards(),
        ]);
        const busy = scorecards.filter((s) => s.requests > 0).sort((a, b) => b.requests - a.requests || a.providerName.localeCompare(b.providerName));
        return { confirmations, scorecards: busy.slice(0, DASHBOARD_PROVIDERS), providersWithRequests: busy.length, computedAt: clock.now().toISOString() };
      },
    });
    this.counts = new LRUCache<string, CountsPart, StaffPrincipal>({
      max: 2_000,
      ttl: COUNTS_FRESH_SECONDS * 1000,
      allowStale: true,
      noDeleteOnStaleGet: true,
      perf: { now: () => clock.now().getTime() },
      fetchMethod: async (_viewer, _stale, { context: principal }) => {
        const countedAt = clock.now().toISOString();
        const ownerId = ownerOf(principal);
        const [estates, contracts, satisfaction] = await Promise.all([
          this.estates.countsByStatus(this.db.manager, ownerId),
          this.contracts.countsByState(this.db.manager, ownerId),
          this.feedback.satisfaction(principal, null, DASHBOARD_OWNERS),
        ]);
        return { estates, contracts, satisfaction, countedAt };
      },
    });
  }

  /**
   * Start-up opens the report pool's connections (it keeps them open, see `poolShares`) and computes
   * the provider figures once: the first dashboard after a start finds them, or computes new ones on
   * backends that have read their pages before (a new backend's first read of each page cost a cold
   * dashboard ~0.2 s). A failure only means that dashboard computes them. A worker process or the CLI
   * serves no dashboard: no HTTP adapter, nothing done.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.http.httpAdapter) return;
    await Promise.all(Array.from({ length: this.config.STEWARD_REPORT_POOL_SIZE }, () => this.db.query('SELECT 1')));
    await this.providerFiguresOf(this.figures.window().until).catch((error: unknown) =>
      new Logger('dashboard').warn({ msg: 'provider figures not computed at start-up', error: errorKind(error) }),
    );
  }

  private providerFiguresOf(day: string): Promise<ProviderPart> {
    return this.providerFigures.fetch(day, { allowStale: servesKept(this.providerFigures, day, PROVIDER_FIGURES_FRESH_SECONDS) }) as Promise<ProviderPart>;
  }

  private countsOf(principal: StaffPrincipal): Promise<CountsPart> {
    const viewer = ownerOf(principal) ?? 'every estate';
    return this.counts.fetch(viewer, { context: principal, allowStale: servesKept(this.counts, viewer, COUNTS_FRESH_SECONDS) }) as Promise<CountsPart>;
  }

  /** Each viewer's dashboard as last put together, with the provider figures it holds: the same figures give the same object, which the page draws once. */
  private readonly assembled = new WeakMap<CountsPart, { providers: ProviderPart; dashboard: Dashboard }>();

  async dashboard(principal: StaffPrincipal): Promise<Dashboard> {
    const [counts, providers] = await Promise.all([
      this.countsOf(principal),
      this.providerFiguresOf(this.figures.window().until),
    ]);
    const known = this.assembled.get(counts);
    if (known?.providers === providers) return known.dashboard;
    const dashboard = assemble(counts, providers);
    this.assembled.set(counts, { providers, dashboard });
    return dashboard;
  }
}

/**
 * Whether a kept value may be served: younger than twice `freshSeconds` (a stale one starts one new
 * computation and is served meanwhile). An older one, or none, waits for the new computation.
 */
function servesKept(cache: { getRemainingTTL(key: string): number }, key: string, freshSeconds: number): boolean {
  return cache.getRemainingTTL(key) > -freshSeconds * 1000;
}

/** One viewer's counts with everyone's provider figures, as the page shows them. */
function assemble({ estates, contracts, satisfaction, countedAt }: CountsPart, providers: ProviderPart): Dashboard {
  return {
    estatesByStage: inOrder(ESTATE_STATUSES, estates),
    contractsByState: inOrder(CONTRACT_STATES, contracts),
    confirmationByCategory: PROVIDER_CATEGORIES.map((category) => {
      const figures = providers.confirmations.find((c) => c.key === category);
      return { category, confirmed: figures?.answered ?? 0, medianBusinessDays: figures?.medianBusinessDays ?? null };
    }).filter((c) => c.confirmed > 0),
    scorecards: providers.scorecards,
    providersWithRequests: providers.providersWithRequests,
    satisfaction,
    providerWindowDays: PROVIDER_FIGURES_WINDOW_DAYS,
    providerFiguresAt: providers.computedAt,
    countedAt,
  };
}

/** Whose estates the viewer counts: a specialist their own, an administrator everyone's (null). */
function ownerOf(principal: StaffPrincipal): string | null {
  return principal.role === 'admin' ? null : principal.userId;
}

/** Every known label in its lifecycle order, with zero where nothing is counted. */
function inOrder(labels: readonly string[], rows: Count[]): Count[] {
  return labels.map((label) => ({ label, count: rows.find((r) => r.label === label)?.count ?? 0 }));
}
