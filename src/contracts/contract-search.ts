import { EntityManager } from 'typeorm';

/** Estates holding a contract at this provider, as a subquery for another module's search (the contracts table stays ours). */
export const estatesAtProviderSql = (param: string) => `SELECT c.estate_id FROM contracts c WHERE c.provider_id = :${param}`;

/** Estates holding a contract with this account number, spaces, dots, dashes and case ignored (a handful at most). */
export async function estatesWithAccountNumber(manager: EntityManager, accountNumber: string): Promise<string[]> {
  const rows: { estate_id: string }[] = await manager.query('SELECT DISTINCT estate_id FROM contracts WHERE steward_compact(account_number) = steward_compact($1)', [accountNumber]);
  return rows.map((r) => r.estate_id);
}
