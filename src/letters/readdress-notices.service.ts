import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { ownersEstateIds } from '../estates/estate-rows';
import { EstatesService } from '../estates/estates.service';
import { ownerWords } from '../words';

/** A letter a notice is about (README, printrest2): its contract's description, its title as the letter printed it, and whether it was made again. */
export interface NoticeLetter {
  description: string;
  title: string | null;
  remade: boolean;
}

/**
 * What a directory correction did, for one estate, to its letters that had gone to the provider's old address (README, printaddr):
 * `remade` made again for the corrected address, `notAgain` not sent again (answered since, gone too long ago, or followed by a
 * later letter); `post`/`email` which of the provider's addresses they went to; `letters` each of them (printrest2), null on a row
 * written before they were kept.
 */
export interface ReaddressNotice {
  estateId: string;
  providerName: string;
  post: boolean;
  email: boolean;
  remade: number;
  notAgain: number;
  letters: NoticeLetter[] | null;
}

/** An open notice as Today lists it. */
export interface OpenReaddressNotice extends ReaddressNotice {
  id: string;
  correctedAt: Date;
}

/**
 * The owner's Today row for a directory correction that touched letters already gone (`readdress_notices`, owned here): one per
 * estate and correction, until she marks it seen. The history's lines (`letter.readdressed`) say what happened to each letter and why;
 * the row names the letters (printrest2) and what was done.
 */
@Injectable()
export class ReaddressNoticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
  ) {}

  /** In the correction's transaction: one row for each estate. */
  async record(manager: EntityManager, notices: ReaddressNotice[]): Promise<void> {
    for (const n of notices) {
      await manager.query(`INSERT INTO readdress_notices (estate_id, provider_name, post, email, remade, not_again, letters, corrected_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        n.estateId,
        n.providerName,
        n.post,
        n.email,
        n.remade,
        n.notAgain,
        JSON.stringify(n.letters),
        this.clock.now(),
      ]);
    }
  }

  /** The open notices on the owner's estates (everyone's for the administrator), oldest first, for Today; on `readdress_notices_open_idx`. */
  onToday(ownerId: string | null, limit: number): Promise<OpenReaddressNotice[]> {
    return this.db.query(
      `SELECT n.id, n.estate_id AS "estateId", n.provider_name AS "providerName", n.post, n.email, n.remade, n.not_again AS "notAgain", n.letters, n.corrected_at AS "correctedAt"
         FROM readdress_notices n
        WHERE n.seen_at IS NULL AND ${ownerId ? `n.estate_id = ANY(${ownersEstateIds('$1')})` : '$1::uuid IS NULL'}
        ORDER BY n.corrected_at, n.id LIMIT $2`,
      [ownerId, limit],
    );
  }

  /** The owner (or an administrator) has read it: it leaves Today, keeping who and when. 404 outside her reach; 409 when seen already. */
  async markSeen(principal: StaffPrincipal, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [notice]: { estateId: string; seen: boolean }[] = await manager.query(`SELECT estate_id AS "estateId", seen_at IS NOT NULL AS seen FROM readdress_notices WHERE id = $1 FOR UPDATE`, [id]);
      if (!notice) throw new NotFoundProblem();
      await this.estates.requireAccess(principal, notice.estateId, manager).catch(() => {
        throw new NotFoundProblem();
      });
      if (notice.seen) throw new ProblemException(409, 'nothing-to-handle', ownerWords(principal.lang).errors.details.readdressSeenAlready);
      await manager.query(`UPDATE readdress_notices SET seen_at = $2, seen_by = $3 WHERE id = $1`, [id, this.clock.now(), principal.userId]);
    });
  }
}
