import type { LateEnd, LateMatter } from '../../letters';
import { type StoredStep, storedContractStep } from '../timeline/contract-step';

/** The contract steps that bring a late bill or a collection letter, or end one: what `lateMatters` reads after a reopening. */
export const LATE_STEPS = ['INVOICE_AFTER_END', 'COLLECTION_NOTICE', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_RESOLVED', 'BILL_CORRECTED', 'COLLECTION_STOPPED'];

/** A contract's step as the estate's timeline stored it. */
export type EstateStep = StoredStep & { contractId: string };

/** A bill the estate was left owing (BillsService), by its contract and invoice number, with the day it was marked paid. */
export type OwedRecord = { contractId: string; reference: string; paidOn: string | null };

type Open = LateMatter & { contractId: string };

const plus = (a: number, b: number) => Math.round(a * 100 + b * 100) / 100;

/**
 * Each late bill and collection letter recorded in `steps` (a reopened estate's contract steps since the
 * reopening, in order), and how it ended as those steps recorded it: a credit note closing it (what was
 * credited added up, a partial one too), the provider withdrawing it, the owner's word (its outcome: the
 * estate pays it, `paid` once marked so in `owed`, it was paid already, the provider withdrew it, or
 * unsaid), a correction leaving it owed (no day after the end date billed). A collection letter ends with
 * the step that takes its contract out of asking the stop. `labels`: each contract's provider as the family knows it.
 */
export function lateMatters(steps: EstateStep[], labels: Map<string, string>, owed: OwedRecord[]): LateMatter[] {
  const matters: Open[] = [];
  const owedEnd = (contractId: string, reference: string): Pick<LateMatter, 'end' | 'paidOn'> => {
    const paidOn = owed.find((b) => b.contractId === contractId && b.reference === reference)?.paidOn ?? null;
    return { end: paidOn ? 'paid' : 'toPay', paidOn };
  };
  for (const entry of steps) {
    const step = storedContractStep(entry);
    const event = (entry.details.event ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
    const amount = typeof event.amount === 'number' ? event.amount : null;
    const base = { contractId: entry.contractId, provider: labels.get(entry.contractId) ?? '', credited: 0, paidOn: null, end: 'open' as const };
    const open = matters.filter((m) => m.contractId === entry.contractId && m.kind === 'bill' && m.end === 'open');
    // The bill an answer names, else the only one open (as the machine reads it: `answeredBill`).
    const named = step.invoiceReference ? open.filter((b) => b.reference === step.invoiceReference) : open.length === 1 ? open : [];
    const collection = matters.find((m) => m.contractId === entry.contractId && m.kind === 'collection' && m.end === 'open');
    let ended: LateEnd | null = null;
    // The provider's word the case owner recorded, and how it reached her: said of what it ended (README, receivedvia2).
    const told = step.receivedVia ? { via: step.receivedVia } : {};
    switch (entry.event) {
      case 'INVOICE_AFTER_END':
        matters.push({ ...base, kind: 'bill', reference: text(event.reference), agency: null, amount });
        break;
      case 'COLLECTION_NOTICE':
        matters.push({ ...base, kind: 'collection', reference: text(event.reference), agency: text(event.agency), amount });
        break;
      case 'CREDIT_NOTE_SENT':
        for (const b of named) Object.assign(b, { credited: plus(b.credited, step.amount ?? 0), end: step.partCredit ? 'open' : 'credited' }, step.partCredit ? {} : told);
        ended = named.length ? 'settled' : 'credited';
        if (!named.length && collection) collection.credited = plus(collection.credited, step.amount ?? 0);
        break;
      case 'INVOICE_WITHDRAWN':
        for (const b of named) Object.assign(b, { end: 'withdrawn' }, told);
        ended = named.length ? 'settled' : 'withdrawn';
        break;
      case 'DISPUTE_RESOLVED': {
        // The bills the owner's word settled, as recorded with it; an older record: the one it names, else every open bill.
        const references = step.settled.length ? step.settled.map((b) => b.reference) : step.invoiceReference ? [step.invoiceReference] : open.map((b) => b.reference);
        const outcome: LateEnd = step.outcome === 'payFromEstate' ? 'toPay' : step.outcome === 'alreadyPaid' ? 'alreadyPaid' : step.outcome === 'providerWithdrew' ? 'withdrawn' : 'settled';
        const settled = open.filter((b) => b.reference !== null && references.includes(b.reference));
        for (const b of settled) Object.assign(b, outcome === 'toPay' ? owedEnd(b.contractId, b.reference!) : { end: outcome }, told);
        ended = settled.length ? 'settled' : outcome;
        break;
      }
      case 'BILL_CORRECTED': {
        const [b] = named;
        const corrected = step.billCorrected;
        if (!b || !corrected) break;
        for (const change of corrected.changes) {
          if (change.field === 'reference') b.reference = String(change.to);
          if (change.field === 'amount') b.amount = Number(change.to);
        }
        // It bills no day after the end date any more: the estate owes it.
        if (corrected.withdrawn && b.reference) Object.assign(b, owedEnd(b.contractId, b.reference));
        break;
      }
      case 'COLLECTION_STOPPED':
        ended = 'stopped';
        break;
    }
    if (collection && ended && entry.fromState === 'collectionStopRequested' && entry.toState !== 'collectionStopRequested') Object.assign(collection, { end: ended }, ended === 'settled' ? {} : told);
  }
  return matters.map(({ contractId: _, ...m }) => m);
}
