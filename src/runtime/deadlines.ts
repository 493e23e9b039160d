import { addBusinessDays, DeadlinePolicy } from '../../workflows';
import { addCalendarDays, startOfDutchDay } from '../clock/clock';

export interface Deadline {
  dueDate: string;
  nextDueAt: Date;
}

/** Estates are kept this long after closing, then purged (Dutch fiscal retention is 7 years). */
export const RETENTION_YEARS = 7;

/**
 * Turns a policy into a due date on the Dutch business-day calendar. The deadline passes when the
 * due date is over, so the scheduler fires at the start of the next day.
 */
export function computeDeadline(policy: DeadlinePolicy, today: string, slaBusinessDays: number): Deadline {
  let dueDate: string;
  switch (policy.basis) {
    case 'providerSla':
      dueDate = addBusinessDays(today, slaBusinessDays);
      break;
    case 'fixed':
      dueDate = addBusinessDays(today, policy.businessDays);
      break;
    case 'retention': {
      const years = policy.years ?? RETENTION_YEARS;
      dueDate = `${Number(today.slice(0, 4)) + years}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
      break;
    }
  }
  return { dueDate, nextDueAt: startOfDutchDay(addCalendarDays(dueDate, 1)) };
}
