import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { deleted } from '../database/deleted';
import type { FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { DEFAULT_PAGE_SIZE, Page, Position } from '../common/paging';
import { NotFoundProblem, ValidationProblem } from '../common/problem';
import { StewardConfig } from '../config/config';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { userLists, UsersService } from '../users/users.service';
import { familyWords, type Lang } from '../words';
import type { FeedbackDto } from './portal.dto';
import { type ContractGroup, ratableContracts } from './progress';

/** Whether a milestone is one this estate can reach at all (its closing, one of its contracts confirmed): another estate's is out of reach. */
export function milestoneOfEstate(milestone: string, contractIds: readonly string[]): boolean {
  if (milestone === 'estate-closed') return true;
  const [kind, contractId] = milestone.split(':');
  return kind === 'contract-confirmed' && contractIds.includes(contractId);
}

/** The rolling window of the owner's family rating, and how many ratings it needs before it may alert. */
export const SATISFACTION_WINDOW_DAYS = 90;
export const SATISFACTION_MIN_RATINGS = 3;


export interface Milestone {
  milestone: string;
  question: string;
}

export interface OwnerSatisfaction {
  ownerId: string;
  ownerName: string;
  average: number | null;
  count: number;
  alert: boolean;
}

/** The family ratings of one page of case owners, and the owners the alert is about. */
export interface Satisfaction extends Page<OwnerSatisfaction> {
  threshold: number;
  windowDays: number;
  belowThreshold: OwnerSatisfaction[];
  /** How many owners are below the threshold, named or not. */
  belowThresholdTotal: number;
}

interface Rating {
  average: number | null;
  count: number;
}

/** An average as the dashboard shows it: two decimals. */
const rounded = (average: string): number => Math.round(Number(average) * 100) / 100;

/** The alert names at most this many owners (the lowest averages); it counts the rest. */
export const BELOW_THRESHOLD_SHOWN = 20;

/** A rolling average below the threshold alerts, but only once enough families have rated (one bad day is not a trend). */
export function satisfactionAlert(average: number | null, count: number, threshold: number): boolean {
  return average !== null && count >= SATISFACTION_MIN_RATINGS && average < threshold;
}

/**
 * One-tap ratings after milestones (a provider confirmed, the file closed) and the owners' rolling
 * averages behind the dashboard alert.
 */
/** Whose ratings a reader sees: an administrator every specialist's, a specialist only their own. */
const onlyRated = (principal: StaffPrincipal) => (principal.role === 'admin' ? undefined : principal.userId);

/** The list of ratings a reader pages through (the specialists it names): a specialist's cursor is not an administrator's (cursorbind). */
export const satisfactionList = (principal: StaffPrincipal) => userLists.specialists({ onlyId: onlyRated(principal) });

@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    // The owners' averages are a report (the dashboard's): its own pool and a longer statement timeout.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly reports: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes the family's ratings and comments; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM feedback WHERE estate_id = $1'], [estateId]);
  }

  /** What this family member rated and wrote, oldest first (their personal-data export). */
  byFamilyMember(manager: EntityManager, familyMemberId: string): Promise<{ score: number; comment: string | null; milestone: string | null; createdAt: Date }[]> {
    return manager.query('SELECT score, comment, milestone, created_at AS "createdAt" FROM feedback WHERE family_member_id = $1 ORDER BY created_at', [familyMemberId]);
  }

  /** This family member's most recent rating, or null: a call-back is offered only after a low one. */
  async latestOf(p: FamilyPrincipal): Promise<{ score: number; comment: string | null } | null> {
    const [row] = await this.db.query('SELECT score, comment FROM feedback WHERE family_member_id = $1 ORDER BY created_at DESC LIMIT 1', [p.familyMemberId]);
    return row ?? null;
  }

  /** The milestones this family member may rate now, newest first, without those already rated. */
  async milestones(p: FamilyPrincipal, contracts: { id: string; providerId: string; provider: string; state: string; group: ContractGroup }[], estateStatus: string, lang: Lang): Promise<Milestone[]> {
    const w = familyWords(lang);
    const offered: Milestone[] = [];
    if (estateStatus === 'closed') {
      offered.push({ milestone: 'estate-closed', question: w.rateEstate });
    }
    for (const c of ratableContracts(contracts).reverse()) {
      offered.push({ milestone: `contract-confirmed:${c.id}`, question: w.rateContract(c.provider) });
    }
    const rated: { milestone: string }[] = await this.db.query('SELECT milestone FROM feedback WHERE family_member_id = $1 AND milestone IS NOT NULL', [p.familyMemberId]);
    const done = new Set(rated.map((r) => r.milestone));
    return offered.filter((m) => !done.has(m.milestone));
  }

  /**
   * Records a rating for the estate's current owner (`ownerId`, read by the caller from the estates
   * module). A milestone must be one the portal offered (it belongs to this estate and was reached);
   * tapping again on the same milestone changes the score.
   */
  async rate(p: FamilyPrincipal, dto: FeedbackDto, offered: Milestone[], ownerId: string, contractIds: readonly string[]): Promise<{ score: number; milestone: string }> {
    // Unnamed: the milestone the overview offers first (its feedbackPrompt), as the one-tap form rates it.
    const milestone = dto.milestone ?? offered[0]?.milestone;
    if (!milestone) throw new ValidationProblem([{ field: 'milestone', message: 'is needed: there is nothing to rate now (every milestone reached is rated)', rule: 'ratedAlready' }]);
    if (!milestoneOfEstate(milestone, contractIds)) throw new NotFoundProblem();
    if (!offered.some((m) => m.milestone === milestone)) {
      const [again] = await this.db.query('SELECT 1 FROM feedback WHERE family_member_id = $1 AND milestone = $2', [p.familyMemberId, milestone]);
      if (!again) throw new ValidationProblem([{ field: 'milestone', message: 'is not a milestone of your estate that can be rated now', rule: 'notRatable' }]);
    }
    await this.db.query(
      `INSERT INTO feedback (estate_id, family_member_id, owner_id, score, comment, milestone, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (family_member_id, milestone) WHERE milestone IS NOT NULL
       DO UPDATE SET score = EXCLUDED.score, comment = coalesce(EXCLUDED.comment, feedback.comment), created_at = EXCLUDED.created_at`,
      [p.estateId, p.familyMemberId, ownerId, dto.score, dto.comment ?? null, milestone, this.clock.now()],
    );
    return { score: dto.score, milestone };
  }

  /**
   * Rolling family rating per case owner, one page in name order: admins see every active
   * specialist, a specialist only themselves. `belowThreshold` names every owner the alert is about
   * (lowest first, at most BELOW_THRESHOLD_SHOWN), whichever page they are on: an administrator of
   * three hundred specialists reads the alert, not the whole list.
   */
  async satisfaction(principal: StaffPrincipal, after: Position | null = null, limit = DEFAULT_PAGE_SIZE): Promise<Satisfaction> {
    const threshold = this.config.STEWARD_SATISFACTION_ALERT_BELOW;
    const since = new Date(this.clock.now().getTime() - SATISFACTION_WINDOW_DAYS * 86_400_000);
    const onlyId = onlyRated(principal);
    const [owners, lowest] = await Promise.all([this.users.specialists({ onlyId, after }, limit), this.ratingsBelow(threshold, since, onlyId ?? null)]);
    const [ratings, names] = await Promise.all([this.ratingsOf(owners.items.map((u) => u.id), since), this.users.activeSpecialistsAmong(lowest.map((r) => r.ownerId))]);
    // A deactivated account's ratings stay in the table but no longer alert anyone.
    const below = lowest.filter((r) => names.has(r.ownerId));
    const rated = (ownerId: string, ownerName: string, { average, count }: Rating): OwnerSatisfaction => ({
      ownerId,
      ownerName,
      average,
      count,
      alert: satisfactionAlert(average, count, threshold),
    });
    return {
      threshold,
      windowDays: SATISFACTION_WINDOW_DAYS,
      belowThreshold: below.slice(0, BELOW_THRESHOLD_SHOWN).map((r) => rated(r.ownerId, names.get(r.ownerId)!, r)),
      belowThresholdTotal: below.length,
      items: owners.items.map((u) => rated(u.id, u.name, ratings.get(u.id) ?? { average: null, count: 0 })),
      nextCursor: owners.nextCursor,
    };
  }

  /** Each owner's average (rounded as shown) and number of ratings since `since`, from feedback_owner_idx. */
  private async ratingsOf(ownerIds: string[], since: Date): Promise<Map<string, Rating>> {
    const rows: { owner_id: string; average: string; count: number }[] = await this.reports.query(
      `SELECT owner_id, avg(score) AS average, count(*)::int AS count FROM feedback WHERE owner_id = ANY($1::uuid[]) AND created_at > $2 GROUP BY owner_id`,
      [ownerIds, since],
    );
    return new Map(rows.map((r) => [r.owner_id, { average: rounded(r.average), count: r.count }]));
  }

  /**
   * Every owner (one, or all: null) whose ratings since `since` make the alert, lowest first: the
   * rule of satisfactionAlert in SQL, on the average rounded as shown, so the alert and the table agree.
   */
  private async ratingsBelow(threshold: number, since: Date, ownerId: string | null): Promise<({ ownerId: string } & Rating)[]> {
    const rows: { owner_id: string; average: string; count: number }[] = await this.reports.query(
      `SELECT owner_id, avg(score) AS average, count(*)::int AS count FROM feedback
        WHERE created_at > $1 AND ($2::uuid IS NULL OR owner_id = $2)
        GROUP BY owner_id HAVING count(*) >= $3 AND round(avg(score), 2) < $4 ORDER BY avg(score), owner_id`,
      [since, ownerId, SATISFACTION_MIN_RATINGS, threshold],
    );
    return rows.map((r) => ({ ownerId: r.owner_id, average: rounded(r.average), count: r.count }));
  }
}
