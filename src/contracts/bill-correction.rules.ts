import type { BillChange, DisputedInvoice } from '../../workflows';

/** The figures of a bill a letter prints and a correction changes. */
export type BillFigures = Pick<DisputedInvoice, BillChange['field']>;
const BILL_FIGURES: BillChange['field'][] = ['reference', 'invoiceDate', 'amount', 'periodFrom', 'periodTo'];

/** A bill correction letter about one bill, as archived: whether it went out, what it told and the bill it gave. */
export interface BillCorrectionLetter {
  id: string;
  sent: boolean;
  changes: BillChange[];
  corrected: BillFigures;
}

/** Each figure that differs, from → to. */
export function billFigureChanges(from: BillFigures, to: BillFigures): BillChange[] {
  return BILL_FIGURES.map((field) => ({ field, from: from[field], to: to[field] })).filter((c) => c.from !== c.to);
}

/**
 * The bill as the provider last read it, once its dispute letter went out: the last correction letter of it
 * that went out (`toldIn`, its id), else the dispute letter. A held-back correction was never read, so the
 * dispute letter's figures are then those the first correction letter corrected (each correction since the
 * dispute letter made one); with no correction letter yet, the record as it stands (`recorded`).
 * `letters`: the bill's correction letters, oldest first.
 */
export function billAsLastRead(recorded: BillFigures, letters: BillCorrectionLetter[]): { bill: BillFigures; toldIn: string | null } {
  const sent = letters.filter((l) => l.sent).at(-1);
  if (sent) return { bill: figuresOf(sent.corrected), toldIn: sent.id };
  const first = letters[0];
  if (!first) return { bill: figuresOf(recorded), toldIn: null };
  const before = Object.fromEntries(first.changes.map((c) => [c.field, c.from])) as Partial<BillFigures>;
  return { bill: { ...figuresOf(first.corrected), ...before }, toldIn: null };
}

const figuresOf = (bill: BillFigures): BillFigures => ({ reference: bill.reference, invoiceDate: bill.invoiceDate, amount: bill.amount, periodFrom: bill.periodFrom, periodTo: bill.periodTo });
