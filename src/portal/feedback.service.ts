import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { deleted } from '../database/deleted';
import type { FamilyPrincipal, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
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

  /** Rolling family rating per case owner: admins see every specialist, a specialist only themselves. */
  async satisfaction(principal: StaffPrincipal): Promise<{ threshold: number; windowDays: number; owners: OwnerSatisfaction[] }> {
    const threshold = this.config.STEWARD_SATISFACTION_ALERT_BELOW;
    const since = new Date(this.clock.now().getTime() - SATISFACTION_WINDOW_DAYS * 86_400_000);
    const rows: { id: string; name: string; average: string | null; count: number }[] = await this.reports.query(
      `SELECT u.id, u.name, avg(f.score) AS average, count(f.id)::int AS count
         FROM users u LEFT JOIN feedback f ON f.owner_id = u.id AND f.created_at > $1
        WHERE u.role = 'specialist' AND u.active AND ($2::uuid IS NULL OR u.id = $2)
        GROUP BY u.id, u.name ORDER BY u.name`,
      [since, principal.role === 'admin' ? null : principal.userId],
    );
    return {
      threshold,
      windowDays: SATISFACTION_WINDOW_DAYS,
      owners: rows.map((r) => {
        const average = r.average === null ? null : Math.round(Number(r.average) * 100) / 100;
        return { ownerId: r.id, ownerName: r.name, average, count: r.count, alert: satisfactionAlert(average, r.count, threshold) };
      }),
    };
  }
}
