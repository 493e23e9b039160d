import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

/**
 * namesearch: the desk's name index carries the request's tab (`desk_tab`, btree_gin beside the name's trigrams), so a rare name
 * searched on a tab reads that tab's matches, not every match in the provider's desk, which the tab then filtered (`nameHits`:
 * 96 rows for „lucja de muller" on „Nieuw", where the provider's 570 were read; README namesearch). One index as before, one more
 * key a row (+4 % on the plan spec's data), so a write inserts into as many GIN indexes as before; a partial index per tab read the
 * same rows but would keep the whole-desk index beside it for „Alle" (two GIN insertions a write).
 *
 * Built CONCURRENTLY under a name of its own, outside a transaction, then the old one dropped CONCURRENTLY and the new one renamed
 * (batchfill): `contracts` takes writes throughout, where a plain build held them ~4 s a month of data. A crash before the rename
 * is resumed by running again (an invalid build dropped first); once renamed, a run again finds the tab in the index and stops.
 */
export class DeskNameByTab1764003300000 implements MigrationInterface {
  name = 'DeskNameByTab1764003300000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [byTab] = await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'contracts_desk_name_idx' AND indexdef LIKE '%desk_tab%'`);
    if (byTab) return;
    await replaceIndexConcurrently(q, 'contracts_desk_name_idx', 'contracts_desk_name_by_tab_idx', 'ON contracts USING gin (provider_id, desk_tab, deceased_search_name gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_desk_name_idx`);
    await q.query(`CREATE INDEX contracts_desk_name_idx ON contracts USING gin (provider_id, deceased_search_name gin_trgm_ops)`);
  }
}
