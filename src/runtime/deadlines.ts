import { addBusinessDays, chaseDayAfter, DeadlinePolicy } from '../../workflows';
import { startOfDutchDay } from '../clock/clock';

export interface Deadline {
  dueDate: string;
  nextDueAt: Date;
}

/** What a policy is counted with besides the day it starts: the provider's service level, the operator's retention, the subject's end date. */
export interface DeadlineBasis {
  slaBusinessDays: number;
  retentionYears: number;
  /** `YYYY-MM-DD`, for `afterEndDate`; null when none is recorded. */
  endDate: string | null;
  /** `YYYY-MM-DD`, for `promised`: the date the owner gave; null when none. */
  promisedDate: string | null;
}

/**
 * Turns a policy into a due date on the Dutch business-day calendar, counted from `today` (the day
 * the state is entered). The deadline passes when the due date is over; the scheduler fires at the
 * start of the next business day, so the reminder or complaint it sends is dated on a working day,
 * never on a Saturday, a Sunday or a public holiday (a Friday's due date fires on Monday). Today's
 * queue shows the term as passed from the day after the due date all the same.
 */
export function computeDeadline(policy: DeadlinePolicy, today: string, basis: DeadlineBasis): Deadline {
  let dueDate: string;
  switch (policy.basis) {
    case 'providerSla':
      dueDate = addBusinessDays(today, basis.slaBusinessDays);
      break;
    case 'fixed':
      dueDate = addBusinessDays(today, policy.businessDays);
      break;
    case 'afterEndDate':
      dueDate = addBusinessDays(basis.endDate && basis.endDate > today ? basis.endDate : today, policy.businessDays);
      break;
    case 'promised':
      // A date already passed (its own term just missed) gives a fresh term, as `fixed` does.
      dueDate = basis.promisedDate && basis.promisedDate >= today ? basis.promisedDate : addBusinessDays(today, policy.businessDays);
      break;
    case 'retention': {
      dueDate = `${Number(today.slice(0, 4)) + basis.retentionYears}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
      break;
    }
  }
  return deadlineOn(dueDate);
}

/**
 * A deadline on a due date already set (one a letter printed): it passes, as any, at the start of the next business day.
 * Waiting for a working day is Steward's own courtesy, not the Algemene termijnenwet: that law moves only a term set in a
 * law ("een in een wet gestelde termijn", art. 1 lid 1 Atw), never one a letter of ours sets. The term itself still ends
 * on its due date: readers count it passed from the next day (deskterm), whatever day its reminder goes.
 */
export function deadlineOn(dueDate: string): Deadline {
  return { dueDate, nextDueAt: startOfDutchDay(chaseDayAfter(dueDate)) };
}
