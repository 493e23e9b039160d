import { MigrationInterface, QueryRunner } from 'typeorm';
import type { ContractAction } from '../src/contracts/contract.entity';
import { askedBasis, endDateFactsOf, endDateNotice, isLaterEndDate } from '../src/contracts/end-date.rules';
import type { ProviderCategory } from '../src/providers/provider.entity';
import type { LivedWith } from '../letters';

/**
 * A consumer's notice held against the day the provider had the request (`request_known_on`, migration
 * RequestKnownOn1763811000000), for contracts confirmed before that column: the contract page read the backfilled day, but
 * Today's line kept the day it was held against then (`later_end_date_asked`: a month after a letter that went out after
 * the confirmation, or after the death). Each such notice is held again by the rule the confirmation applies
 * (`endDateNotice`), as the page reads it: an open one gets its new day, or goes when the end date lies within the notice;
 * a confirmed contract whose end date now lies past it, and which the owner never marked handled, gets it on Today, as its
 * page already shows it open. A notice she marked handled stays handled. Other bases (a day asked, a lease) are unchanged.
 */
export class NoticesFromRequestKnownOn1763811450000 implements MigrationInterface {
  name = 'NoticesFromRequestKnownOn1763811450000';

  async up(q: QueryRunner): Promise<void> {
    const rows: {
      id: string; action: ContractAction; category: ProviderCategory; requestedEndDate: string | null; knownOn: string | null; asked: string | null;
      dateOfDeath: string; livedWith: LivedWith | null; effectiveDate: string; handled: boolean;
    }[] = await q.query(`
      SELECT c.id, c.action, p.category, to_char(c.requested_end_date, 'YYYY-MM-DD') AS "requestedEndDate", to_char(c.request_known_on, 'YYYY-MM-DD') AS "knownOn",
             to_char(c.later_end_date_asked, 'YYYY-MM-DD') AS asked, to_char(e.deceased_date_of_death, 'YYYY-MM-DD') AS "dateOfDeath", CASE e.deceased_lived_alone WHEN true THEN 'nobody' WHEN false THEN 'someone' END AS "livedWith",
             to_char(cp.effective_date, 'YYYY-MM-DD') AS "effectiveDate",
             EXISTS (SELECT 1 FROM timeline_entries t WHERE t.contract_id = c.id AND t.event = 'contract.later_end_date_handled') AS handled
        FROM contracts c JOIN providers p ON p.id = c.provider_id JOIN estates e ON e.id = c.estate_id
        JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = c.id JOIN contract_projections cp ON cp.instance_id = w.id
       WHERE cp.effective_date IS NOT NULL AND (c.later_end_date_asked IS NOT NULL OR c.state = 'confirmed')`);
    for (const r of rows) {
      if (askedBasis(r.action, r.category, r.requestedEndDate) !== 'notice') continue;
      const notice = endDateNotice(r.effectiveDate, endDateFactsOf({ action: r.action, requestedEndDate: r.requestedEndDate }, r.category, r, r.knownOn));
      const asked = isLaterEndDate(notice) ? notice.asked : null;
      // Not open before: only a notice now past that nobody marked handled is opened.
      if (asked === r.asked || (r.asked === null && r.handled)) continue;
      await q.query(`UPDATE contracts SET later_end_date_asked = $2 WHERE id = $1`, [r.id, asked]);
    }
  }

  /** Nothing to undo: the days held against before cannot be told from the new ones, and RequestKnownOn's down drops the column they came from. */
  async down(): Promise<void> {}
}
