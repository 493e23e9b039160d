import { leftToCredit } from '../../workflows';
import type { FieldError } from '../common/problem';
import { type StoredStep, storedContractStep } from '../timeline/contract-step';

/** A bill the estate owes, as a step left it: its invoice number and what is still billed of it. */
export interface OwedFigures {
  reference: string;
  amount: number;
}

/**
 * The bills a step left owed by the estate: those the owner's word settled as paid from it (`payFromEstate`,
 * each as it stood: its amount less any credit), or the bill a correction took out of the dispute (it bills
 * no day after the end date any more), its corrected amount less what the provider credited on it before.
 */
export function owedBillsOf(entry: StoredStep): OwedFigures[] {
  const step = storedContractStep(entry);
  if (step.outcome === 'payFromEstate') return step.settled.map((b) => ({ reference: b.reference, amount: b.amount }));
  if (!step.billCorrected?.withdrawn) return [];
  const { reference, amount, credited } = (entry.details.event ?? {}) as { reference?: unknown; amount?: unknown; credited?: unknown };
  if (typeof reference !== 'string' || typeof amount !== 'number') return [];
  return [{ reference, amount: leftToCredit({ amount, credited: typeof credited === 'number' ? credited : undefined }) }];
}

/**
 * Why a payment date cannot be recorded (the message for the field `paidOn`), or null: not after today (the
 * Dutch day), nor before the day the bill became owed (`owedOn`): a bill paid before the owner decided is
 * one the owner records as already paid, not one to pay from the estate.
 */
export function paidOnProblem(paidOn: string, today: string, owedOn: string): FieldError | null {
  if (paidOn > today) return { field: 'paidOn', message: 'must not be in the future', rule: 'future' };
  if (paidOn < owedOn) {
    return { field: 'paidOn', message: `must not be before ${owedOn}, the day the bill became owed by the estate; a bill paid before then is one your case owner records as already paid`, rule: 'beforeOwed', limit: owedOn };
  }
  return null;
}
