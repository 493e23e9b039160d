import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The desk lists what is overdue first (`deskOverdue`): the provider owes the answer and was reminded, got a complaint,
 * or let its term pass. The contract workflow writes `desk_overdue` with every transition; existing requests get it from
 * their state and missed term as of today (a request owed by the provider is the one on "Nieuw" or "Wacht op u"). The
 * desk's keyset indexes lead with it, each tab's and the one of every tab together ("Alle", the name search's newest).
 */
export class DeskOverdueFirst1763810400000 implements MigrationInterface {
  name = 'DeskOverdueFirst1763810400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contracts ADD COLUMN desk_overdue boolean NOT NULL DEFAULT false;
      UPDATE contracts c SET desk_overdue = true
        FROM workflow_instances w
       WHERE w.subject_type = 'contract' AND w.subject_id = c.id AND c.desk_tab IN ('new', 'waiting_on_you')
         AND (w.state IN ('reminded', 'escalated', 'disputeEscalated', 'complained') OR w.missed_due_date IS NOT NULL);
      DROP INDEX contracts_desk_tab_idx;
      CREATE INDEX contracts_desk_tab_idx ON contracts (provider_id, desk_tab, desk_overdue DESC, updated_at DESC, id DESC) WHERE desk_tab IS NOT NULL;
      CREATE INDEX contracts_desk_order_idx ON contracts (provider_id, desk_overdue DESC, updated_at DESC, id DESC) WHERE desk_tab IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX contracts_desk_order_idx;
      DROP INDEX contracts_desk_tab_idx;
      CREATE INDEX contracts_desk_tab_idx ON contracts (provider_id, desk_tab, updated_at DESC, id DESC) WHERE desk_tab IS NOT NULL;
      ALTER TABLE contracts DROP COLUMN desk_overdue;
    `);
  }
}
