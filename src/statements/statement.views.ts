import type { StatementFinding, StatementImport } from './statement.entity';

export const INTERVAL_NL: Record<string, string> = { weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'per kwartaal', 'half-yearly': 'halfjaarlijks', yearly: 'jaarlijks', irregular: 'onregelmatig' };

export function importView(i: StatementImport) {
  return {
    id: i.id,
    format: i.format,
    fileName: i.fileName,
    accounts: i.accounts,
    transactionCount: i.transactionCount,
    seriesCount: i.seriesCount,
    periodFrom: i.periodFrom,
    periodTo: i.periodTo,
    uploadedBy: i.uploadedByType,
    createdAt: i.createdAt.toISOString(),
  };
}

export function findingView(f: StatementFinding, knownContractId: string | null) {
  return {
    id: f.id,
    status: 'probable-contract',
    kind: f.kind,
    counterpartyName: f.counterpartyName,
    counterpartyIban: f.counterpartyIban,
    creditorIds: f.creditorIds,
    mandateId: f.mandateId,
    collectedBy: f.umbrella,
    interval: f.interval,
    typicalAmount: f.typicalAmountCents / 100,
    currency: f.currency,
    firstDate: f.firstDate,
    lastDate: f.lastDate,
    occurrences: f.occurrences,
    reversals: f.reversals,
    ranAfterDeath: f.ranAfterDeath,
    provider: f.providerId ? { id: f.providerId, matchedBy: f.matchedBy } : null,
    /** The estate's contract this already is (made from it, or listed before). */
    knownContractId,
    evidence: f.evidence.map((e) => ({ ...e, amount: e.amountCents / 100, amountCents: undefined })),
  };
}
