import type { FieldError, RefusalCode } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import type { Biller } from '../../workflows/wording';

/** A bill's dates as typed; one that did not parse as a date is absent (see `FieldRules` in src/common/validation.ts). */
export interface BillDates {
  invoiceDate?: string;
  periodFrom?: string;
  periodTo?: string;
  /** The day the bill says it is due, when it says one (a premium owed, or a bill after the end: bankdebt). */
  dueOn?: string;
}

/**
 * What makes a bill's figures wrong as typed, whether recorded or corrected, every one at once (the owner fixes
 * them together): a date on the bill after today or long before the period it bills, a period ending before it starts,
 * a due date before the bill's own date.
 * Needs nothing recorded, so it also runs beside a refused form (`FieldRules`); a check whose dates are absent is skipped.
 */
export function billFiguresProblems({ invoiceDate, periodFrom, periodTo, dueOn }: BillDates, today: string): FieldError[] {
  const problems: FieldError[] = [];
  // A bill is recorded from the paper in hand, so a later date is a typing error; the letter would quote it and
  // the bill cannot be recorded again once disputed. Its period may lie ahead: some providers bill in advance,
  // a year at most (a yearly premium), so a date before that is a misread year too. audit102 F6: the API's English says the limit, as
  // the other date refusals do; pages and the desk word the rule in their own language.
  if (invoiceDate !== undefined && invoiceDate > today) problems.push(afterTodayProblem('invoiceDate', today));
  else if (invoiceDate !== undefined && periodFrom !== undefined && invoiceDate < yearBefore(periodFrom)) {
    problems.push({ field: 'invoiceDate', message: `must not be more than a year before the period billed (${periodFrom})`, rule: 'longBeforePeriod', limit: periodFrom });
  }
  if (periodFrom !== undefined && periodTo !== undefined && periodRunsBackwards(periodFrom, periodTo)) problems.push({ field: 'periodTo', message: 'must not be before periodFrom', rule: 'beforeStart' });
  if (dueOn !== undefined && invoiceDate !== undefined && dueOn < invoiceDate) problems.push({ field: 'dueOn', message: `must not be before the date on the bill, ${invoiceDate}`, rule: 'beforeInvoice', limit: invoiceDate });
  return problems;
}

/**
 * bankdebts: the same rules as the owner's API names them beside another refused field (`@CheckedBy`): the global pipe refuses the
 * body before its contract is read, so it cannot know a bank's costs from an invoice. A date long before the first day is said in
 * words true of both (`longBeforeFirstDay`), its dates by the `figures.*` labels (as bankcosts' neutral „Bedrag" of the desk's 400).
 * Once the contract is known the reader names them as its own: a bank's as its costs (`chargeNamed`), an invoice's back (`billNamed`).
 */
export function billFiguresUnread(fields: BillDates, today: string): FieldError[] {
  return billFiguresProblems(fields, today).map((e) => ({
    ...e,
    ...(FIGURE_FIELDS.has(e.field) ? { labelled: `figures.${e.field}` } : {}),
    ...(e.rule === 'longBeforePeriod' ? { rule: 'longBeforeFirstDay', message: `must not be more than a year before the first day charged for (${e.limit})` } : {}),
  }));
}
const FIGURE_FIELDS = new Set(['invoiceDate', 'periodFrom', 'periodTo']);

/** bankdebts: a bill's figures refused before its contract was read (`billFiguresUnread`), named back as an invoice's where the page knows it is one. */
export function billNamed(errors: FieldError[]): FieldError[] {
  return errors.map(({ labelled, ...e }) => ({
    ...e,
    ...(labelled !== undefined && !labelled.startsWith('figures.') ? { labelled } : {}),
    ...(e.rule === 'longBeforeFirstDay' ? { rule: 'longBeforePeriod' as const } : {}),
  }));
}

/** A bill's period whose last day lies before its first: read back to front, whoever typed it (owner, family). */
export const periodRunsBackwards = (periodFrom: string, periodTo: string) => periodTo < periodFrom;

/** The same calendar day a year earlier, as an ISO date to compare with (29 February's stays a string that sorts right). */
const yearBefore = (isoDate: string) => `${Number(isoDate.slice(0, 4)) - 1}${isoDate.slice(4)}`;

/**
 * bankpages, bankwords2, bankwords3: a bill's refusal by the rule a bank's costs are named by (`chargeNamed`); what a bank's contract
 * leaves owed (paid, not paid, owed since, not owed) is its costs or an overdraft's debit, said as an amount.
 */
const CHARGE_RULES: Partial<Record<string, RefusalCode>> = {
  openBill: 'openCharge', aboveBill: 'aboveCharge', rejectedAlready: 'rejectedCharge', credited: 'creditedCharge', longBeforePeriod: 'longBeforeCharge', longBeforeFirstDay: 'longBeforeCharge',
  creditTakenBack: 'creditTakenBackCharge',
  stillDisputed: 'disputedCharge', disputedAlready: 'disputedAlreadyCharge', paidAlready: 'paidCharge', notMarkedPaid: 'unpaidCharge', notOwed: 'notOwedCharge', beforeOwed: 'beforeOwedCharge',
};
/** bankpages, bankwords3: a bank's costs' fields, named by the `charge.*` labels of the reader's catalogue (a label it lacks falls back to the field's). */
const CHARGE_FIELDS = new Set(['invoiceReference', 'invoiceDate', 'periodFrom', 'periodTo']);

/**
 * bankpages: the refusals of an answer about a bank's disputed costs, named as its forms name them: a bank charges costs and books
 * them back, it sends no invoice nor credit note (bankowner). The bill it names (`invoiceReference`) and, in an answer that booked
 * some back (`bookedBack`: a credit note's), its `amount` by the `charge.*` labels of the reader's catalogue; the open-bill rules by
 * the costs' own.
 */
export function chargeNamed(errors: FieldError[], bookedBack: boolean): FieldError[] {
  return renamed(errors, 'charge', (field) => CHARGE_FIELDS.has(field) || (bookedBack && field === 'amount'), CHARGE_RULES);
}

/** notawords3: a refusal about an insurer's bill by the rule its nota is named by (`notaNamed`); it credits by a creditnota, as an invoice is. */
const NOTA_RULES: Partial<Record<string, RefusalCode>> = { openBill: 'openNota', aboveBill: 'aboveNota', rejectedAlready: 'rejectedNota', creditTakenBack: 'creditTakenBackNota' };

/**
 * notawords3: the refusals of an insurer's answer about its disputed bills, named as its forms name them (notawords2: „Over welke nota"):
 * the bill it names (`invoiceReference`) by the `nota.*` label of the reader's catalogue, the open-bill rules by the nota's own.
 */
export const notaNamed = (errors: FieldError[]): FieldError[] => renamed(errors, 'nota', (field) => field === 'invoiceReference', NOTA_RULES);

/** A desk's refusals about its bills as whose bills they are (`Biller`): a bank's costs, an insurer's nota, anyone else's invoice as made. */
export const billerNamed = (errors: FieldError[], biller: Biller, bookedBack: boolean): FieldError[] =>
  biller === 'bank' ? chargeNamed(errors, bookedBack) : biller === 'insurer' ? notaNamed(errors) : errors;

/** Errors labelled by the `${prefix}.*` labels where `relabels` says, and their rules renamed by `rules`. */
function renamed(errors: FieldError[], prefix: string, relabels: (field: string) => boolean, rules: Partial<Record<string, RefusalCode>>): FieldError[] {
  return errors.map((e) => ({
    ...e,
    ...(relabels(e.field) ? { labelled: `${prefix}.${e.field}` } : {}),
    ...(e.rule && rules[e.rule] ? { rule: rules[e.rule] } : {}),
  }));
}
