import { addBusinessDays, DeadlinePolicy } from '../../workflows';
import { addCalendarDays, startOfDutchDay } from '../clock/clock';

export interface Deadline {
  dueDate: string;
  nextDueAt: Date;
}

/**
 * Turns a policy into a due date on the Dutch business-day calendar. The deadline passes when the
 * due date is over, so the scheduler fires at the start of the next day.
 */
export function computeDeadline(policy: DeadlinePolicy, today: string, slaBusinessDays: number, retentionYears: number): Deadline {
  let dueDate: string;
  switch (policy.basis) {
    case 'providerSla':
      dueDate = addBusinessDays(today, slaBusinessDays);
      break;
    case 'fixed':
      dueDate = addBusinessDays(today, policy.businessDays);
      break;
    case 'retention': {
      dueDate = `${Number(today.slice(0, 4)) + retentionYears}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
      break;
    }
  }
  return { dueDate, nextDueAt: startOfDutchDay(addCalendarDays(dueDate, 1)) };
}
