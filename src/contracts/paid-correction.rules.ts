import type { FieldError } from '../common/problem';
import type { FinalBillPaid } from '../../workflows';
import { type Language, money } from '../../workflows/wording';

/** What the estate received of a confirmed refund, as the refunds module keeps it: all receipts together and the latest day. */
export interface RefundReceived {
  received: number;
  lastReceivedOn: string | null;
}

/**
 * The money that already moved on a contract's final invoice (corrpaid, audit91 F1): `billPaid`, the estate paid `moved` of the final
 * bill (latest on `on`); `refundReceived`, it received `moved` of the refund (latest on `on`).
 */
export interface MoneyMoved {
  kind: 'billPaid' | 'refundReceived';
  moved: number;
  on: string;
}

/** A correction below the money moved: a bill below it means `difference` is to come back, a smaller refund that `difference` came too much. */
export type MoneyMovedLowered = MoneyMoved & { difference: number };

/** What moved on the final invoice, as the bills module (its payment) and the refunds module (its receipts) recorded it; null: nothing. */
export function moneyMovedOn(billPaid: FinalBillPaid | null, refund: RefundReceived | null | undefined): MoneyMoved | null {
  if (billPaid && billPaid.amount > 0) return { kind: 'billPaid', moved: billPaid.amount, on: billPaid.paidOn };
  if (refund && refund.received > 0 && refund.lastReceivedOn) return { kind: 'refundReceived', moved: refund.received, on: refund.lastReceivedOn };
  return null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * corrpaid (audit91 F1): whether a corrected final invoice (`corrected`: its `finalInvoiceAmount`; left out keeps the one confirmed,
 * null names none) falls below the money the estate already moved on it: a bill under what it paid, a refund under what it received.
 * Refused (409 at `finalInvoiceAmount`), to the desk and to the owner alike: accepted, the contract would read settled while the paid
 * list kept the old sum and nobody was asked for the difference. A payment or receipt recorded by mistake is undone first; a bill
 * that really was lower is the provider's to pay back, the case owner's to follow up. A bill raised above a payment leaves the rest to
 * pay (the bills module tops it up), a refund raised above a receipt the rest to receive: those are followed already.
 */
export function moneyMovedLowered(corrected: unknown, moved: MoneyMoved | null): MoneyMovedLowered | null {
  if (corrected === undefined || !moved) return null;
  const amount = typeof corrected === 'number' ? corrected : 0;
  const difference = cents(moved.kind === 'billPaid' ? moved.moved - amount : moved.moved + amount);
  return difference > 0 ? { ...moved, difference } : null;
}

/** The refusal at `finalInvoiceAmount` (`limit`: the sum moved, its day and the difference, one a line, so the words write the day out). */
export function moneyMovedError(lowered: MoneyMovedLowered, reader: 'owner' | 'provider'): FieldError {
  const { kind, moved, on, difference } = lowered;
  const message =
    kind === 'billPaid'
      ? `cannot be lower than the ${moved.toFixed(2)} the estate already paid of this final bill (on ${on}): ${difference.toFixed(2)} would have to come back; ${reader === 'provider' ? 'pay it back to the estate account and tell the case owner' : 'undo the payment first if it was recorded by mistake'}`
      : `cannot make the refund smaller than the ${moved.toFixed(2)} the estate already received of it (on ${on}): ${difference.toFixed(2)} would have come too much; ${reader === 'provider' ? 'tell the case owner' : 'undo the receipt first if it was recorded by mistake'}`;
  return { field: 'finalInvoiceAmount', message, rule: kind === 'billPaid' ? 'paidLowered' : 'receivedLowered', limit: [moved.toFixed(2), on, difference.toFixed(2)].join('\n') };
}

/** A refusal's `limit` (`moneyMovedError`) as its words name it: the sum moved, its day (written out by then) and the difference, in money. */
export const moneyMovedSaid = (limit: string, lang: Language): [string, string, string] => {
  const [moved, on, difference] = limit.split('\n');
  return [money(Number(moved), lang), on, money(Number(difference), lang)];
};
