import type { DetectedSeries } from './detection';
import { normaliseId, normaliseName } from './transaction';

/** What the provider directory knows to recognise a creditor. */
export interface DirectoryEntry {
  id: string;
  name: string;
  creditorIds: string[];
  kvkNumber: string | null;
  knownNames: string[];
}

export type MatchedBy = 'creditor-id' | 'kvk' | 'name';

export interface ProviderMatch {
  providerId: string;
  matchedBy: MatchedBy;
}

/**
 * A Dutch SEPA creditor identifier is NL + 2 check digits + a 3-character business code (ZZZ unless
 * the creditor chose one) + the 8-digit KvK number + a 4-digit suffix, so it names the company exactly.
 */
export function kvkFromCreditorId(creditorId: string): string | null {
  return /^NL\d{2}[A-Z0-9]{3}(\d{8})\d{4}$/.exec(creditorId)?.[1] ?? null;
}

/** Lookups built once per import, so matching a series costs a few map reads. */
export class ProviderMatcher {
  private readonly byCreditorId = new Map<string, string>();
  private readonly byKvk = new Map<string, string>();
  private readonly names: { name: string; providerId: string }[] = [];

  constructor(directory: DirectoryEntry[]) {
    for (const p of directory) {
      p.creditorIds.forEach((c) => this.byCreditorId.set(normaliseId(c)!, p.id));
      if (p.kvkNumber) this.byKvk.set(p.kvkNumber, p.id);
      for (const n of [p.name, ...p.knownNames]) {
        const name = normaliseName(n);
        if (name) this.names.push({ name, providerId: p.id });
      }
    }
    // The longest known name wins: "kpn mobiel" before "kpn".
    this.names.sort((a, b) => b.name.length - a.name.length);
  }

  /**
   * Creditor ID first, then the KvK number inside a Dutch creditor ID (both exact), then the name.
   * A PSP's creditor ID is the PSP's, so a series it collected is matched by the company's name only.
   */
  match(series: Pick<DetectedSeries, 'creditorIds' | 'counterpartyName' | 'umbrella'>): ProviderMatch | null {
    if (!series.umbrella) {
      for (const id of series.creditorIds) {
        const providerId = this.byCreditorId.get(id);
        if (providerId) return { providerId, matchedBy: 'creditor-id' };
      }
      for (const id of series.creditorIds) {
        const kvk = kvkFromCreditorId(id);
        const providerId = kvk ? this.byKvk.get(kvk) : undefined;
        if (providerId) return { providerId, matchedBy: 'kvk' };
      }
    }
    const name = normaliseName(series.counterpartyName);
    if (!name) return null;
    const hit = this.names.find((n) => name === n.name || name.startsWith(`${n.name} `));
    return hit ? { providerId: hit.providerId, matchedBy: 'name' } : null;
  }
}

/** The estate's contract this series already is: same mandate as account number first, else same provider. */
export function knownContract<C extends { id: string; providerId: string; accountNumber: string }>(providerId: string | null, mandateId: string | null, contracts: C[]): C | null {
  if (!providerId) return null;
  const same = contracts.filter((c) => c.providerId === providerId);
  return same.find((c) => mandateId !== null && normaliseId(c.accountNumber) === mandateId) ?? same[0] ?? null;
}
