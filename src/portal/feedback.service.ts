import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { deleted } from '../database/deleted';
import type { FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { DEFAULT_PAGE_SIZE, Page, pageOf, Position } from '../common/paging';
import { ValidationProblem } from '../common/problem';
import { StewardConfig } from '../config/config';
import { REPORTS_DATA_SOURCE } from '../database/database';
import { familyWords, type Lang } from '../words';
import type { FeedbackDto } from './portal.dto';

/** The rolling window of the owner's family rating, and how many ratings it needs before it may alert. */
export const SATISFACTION_WINDOW_DAYS = 90;
export const SATISFACTION_MIN_RATINGS = 3;

/** Contract states worth asking about: the provider confirmed, or it is all done. */
const MILESTONE_STATES = ['confirmed', 'settled', 'closed'];

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

/**
 * The active specialists (`u`, $2: only this one, or NULL) with the average and count of their
 * ratings since $1 (`f`), each read from feedback_owner_idx; the page takes them in the name index's order.
 */
const OWNERS_RATED = `users u CROSS JOIN LATERAL (SELECT avg(score) AS average, count(*)::int AS count FROM feedback WHERE owner_id = u.id AND created_at > $1) f
         WHERE u.role = 'specialist' AND u.active AND ($2::uuid IS NULL OR u.id = $2)`;

/** The family ratings of one page of case owners, and the owners the alert is about. */
export interface Satisfaction extends Page<OwnerSatisfaction> {
  threshold: number;
  windowDays: number;
  belowThreshold: OwnerSatisfaction[];
  /** How many owners are below the threshold, named or not. */
  belowThresholdTotal: number;
}

/** The alert names at most this many owners (the lowest averages); it counts the rest. */
export const BELOW_THRESHOLD_SHOWN = 20;

/** The ratings list is ordered by the owner's name. */
export const SATISFACTION_CURSOR = ['name', 'uuid'] as const;

/** A rolling average below the threshold alerts, but only once enough families have rated (one bad day is not a trend). */
export function satisfactionAlert(average: number | null, count: number, threshold: number): boolean {
  return average !== null && count >= SATISFACTION_MIN_RATINGS && average < threshold;
}

/**
 * One-tap ratings after milestones (a provider confirmed, the file closed) and the owners' rolling
 * averages behind the dashboard alert.
 */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    // The owners' averages are a report (the dashboard's): its own pool and a longer statement timeout.
    @InjectDataSource(REPORTS_DATA_SOURCE) private readonly reports: DataSource,
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
  async milestones(p: FamilyPrincipal, contracts: { id: string; provider: string; state: string }[], estateStatus: string, lang: Lang): Promise<Milestone[]> {
    const w = familyWords(lang);
    const offered: Milestone[] = [];
    if (estateStatus === 'closed') {
      offered.push({ milestone: 'estate-closed', question: w.rateEstate });
    }
    for (const c of [...contracts].reverse()) {
      if (!MILESTONE_STATES.includes(c.state)) continue;
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
  async rate(p: FamilyPrincipal, dto: FeedbackDto, offered: Milestone[], ownerId: string): Promise<{ score: number; milestone: string }> {
    if (!offered.some((m) => m.milestone === dto.milestone)) {
      const [again] = await this.db.query('SELECT 1 FROM feedback WHERE family_member_id = $1 AND milestone = $2', [p.familyMemberId, dto.milestone]);
      if (!again) throw new ValidationProblem([{ field: 'milestone', message: 'is not a milestone of your estate that can be rated now' }]);
    }
    await this.db.query(
      `INSERT INTO feedback (estate_id, family_member_id, owner_id, score, comment, milestone, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (family_member_id, milestone) WHERE milestone IS NOT NULL
       DO UPDATE SET score = EXCLUDED.score, comment = coalesce(EXCLUDED.comment, feedback.comment), created_at = EXCLUDED.created_at`,
      [p.estateId, p.familyMemberId, ownerId, dto.score, dto.comment ?? null, dto.milestone, this.clock.now()],
    );
    return { score: dto.score, milestone: dto.milestone };
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
    const ownerId = principal.role === 'admin' ? null : principal.userId;
    type Row = { id: string; name: string; average: string | null; count: number };
    const [rows, below]: [Row[], (Row & { total: number })[]] = await Promise.all([
      this.reports.query(
        `SELECT u.id, u.name, f.average, f.count FROM ${OWNERS_RATED}
           AND ($3::text IS NULL OR (u.name, u.id) > ($3, $4::uuid))
          ORDER BY u.name, u.id LIMIT $5`,
        [since, ownerId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      ),
      // Rounded as shown, in SQL as in satisfactionAlert, so the alert and the table always agree.
      this.reports.query(
        `SELECT u.id, u.name, f.average, f.count, count(*) OVER ()::int AS total FROM ${OWNERS_RATED}
           AND f.count >= $3 AND round(f.average, 2) < $4
          ORDER BY f.average, u.name, u.id LIMIT $5`,
        [since, ownerId, SATISFACTION_MIN_RATINGS, threshold, BELOW_THRESHOLD_SHOWN],
      ),
    ]);
    const owner = (r: Row): OwnerSatisfaction => {
      const average = r.average === null ? null : Math.round(Number(r.average) * 100) / 100;
      return { ownerId: r.id, ownerName: r.name, average, count: r.count, alert: satisfactionAlert(average, r.count, threshold) };
    };
    return {
      threshold,
      windowDays: SATISFACTION_WINDOW_DAYS,
      belowThreshold: below.map(owner),
      belowThresholdTotal: below[0]?.total ?? 0,
      ...pageOf(rows, limit, (r) => [r.name, r.id], owner),
    };
  }
}
