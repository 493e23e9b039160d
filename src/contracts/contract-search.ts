import { EntityManager } from 'typeorm';

/** Estates holding a contract at this provider, as a subquery for another module's search (the contracts table stays ours). */
export const estatesAtProviderSql = (param: string) => `SELECT c.estate_id FROM contracts c WHERE c.provider_id = :${param}`;

/** Estates holding a contract with this account number, spaces and case ignored (a handful at most). */
export async function estatesWithAccountNumber(manager: EntityManager, accountNumber: string): Promise<string[]> {
  const rows: { estate_id: string }[] = await manager.query('SELECT DISTINCT estate_id FROM contracts WHERE steward_compact(account_number) = steward_compact($1)', [accountNumber]);
  return rows.map((r) => r.estate_id);
}

/**
 * The contract of this estate already recorded for this provider and account number, compared as the account number
 * search compares (spaces and case ignored; dots and dashes count, as the provider wrote them); a withdrawn one
 * (added in error, or no longer needed) does not count. Null when there is none.
 */
export async function contractWithSameAccount(manager: EntityManager, estateId: string, providerId: string, accountNumber: string): Promise<{ id: string; providerName: string } | null> {
  const [row]: { id: string; provider_name: string }[] = await manager.query(
    `SELECT c.id, p.name AS provider_name FROM contracts c JOIN providers p ON p.id = c.provider_id
     WHERE c.estate_id = $1 AND c.provider_id = $2 AND c.state <> 'withdrawn' AND steward_compact(c.account_number) = steward_compact($3) LIMIT 1`,
    [estateId, providerId, accountNumber],
  );
  return row ? { id: row.id, providerName: row.provider_name } : null;
}
