/**
 * Which estates hold a contract with this account number or at this provider, as a subquery for
 * other modules' searches (the contracts table stays ours). Parameters are named for TypeORM.
 */
export function estatesWithContractSql(by: { accountNumber?: string; providerId?: string }, prefix: string): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (by.accountNumber !== undefined) {
    conditions.push(`steward_compact(c.account_number) = steward_compact(:${prefix}Account)`);
    params[`${prefix}Account`] = by.accountNumber;
  }
  if (by.providerId !== undefined) {
    conditions.push(`c.provider_id = :${prefix}Provider`);
    params[`${prefix}Provider`] = by.providerId;
  }
  return { sql: `SELECT c.estate_id FROM contracts c WHERE ${conditions.join(' AND ') || 'true'}`, params };
}
