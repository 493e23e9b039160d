import type { Contract } from './contract.entity';

/**
 * A contract's provider as the family's timeline and news name it: with the contract beside it when
 * the estate has more than one with that provider ("KPN (Internet)"), so "KPN heeft het verzoek niet
 * geaccepteerd" is never about one of three KPN contracts nobody can tell apart.
 */
export function providerLabel(providerName: string, description: string, contractsWithProvider: number): string {
  return contractsWithProvider > 1 ? `${providerName} (${description})` : providerName;
}

/** `providerLabel` of each of the estate's contracts, by contract id. */
export function providerLabels(contracts: Pick<Contract, 'id' | 'providerId' | 'description' | 'provider'>[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const c of contracts) count.set(c.providerId, (count.get(c.providerId) ?? 0) + 1);
  return new Map(contracts.map((c) => [c.id, providerLabel(c.provider.name, c.description, count.get(c.providerId)!)]));
}
