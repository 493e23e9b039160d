import type { FieldError } from '../common/problem';

/**
 * rentkeys (audit104 F3): at the end of the lease the tenant puts the dwelling back at the landlord's disposal (art. 7:224 lid 1 BW;
 * kasdiran.com „Oplevering bij aanvang en einde huur"): our lease letter asks the corporation for an appointment to hand it over. The
 * appointment the corporation gives, once it confirmed the end: a day, a time or part of the day, the place, what to bring, a note.
 */
export interface HandoverAppointment {
  on: string;
  time: string;
  place: string;
  bring?: string;
  note?: string;
}

const LONGEST: Record<keyof HandoverAppointment, number> = { on: 10, time: 40, place: 200, bring: 200, note: 500 };

const realDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * The appointment as given, or each field it refuses (422 naming the field, its rule worded by the reader's catalogue as every other
 * refusal): a real day not before today, a time or part of day and a place; what to bring and a note are optional. Text is trimmed;
 * an empty optional field is left out.
 */
export function handoverAppointmentOf(body: unknown, today: string): { appointment: HandoverAppointment | null; errors: FieldError[] } {
  const given = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (field: keyof HandoverAppointment) => (typeof given[field] === 'string' ? (given[field] as string).trim() : '');
  const errors: FieldError[] = [];
  const on = text('on');
  if (!realDay(on)) errors.push({ field: 'on', message: 'must be a real date (YYYY-MM-DD)', rule: 'date', limit: on });
  else if (on < today) errors.push({ field: 'on', message: `must not be before today, ${today}`, rule: 'beforeToday', limit: today });
  if (!text('time')) errors.push({ field: 'time', message: 'is required', rule: 'required' });
  if (!text('place')) errors.push({ field: 'place', message: 'is required', rule: 'required' });
  for (const field of ['time', 'place', 'bring', 'note'] as const) if (text(field).length > LONGEST[field]) errors.push({ field, message: `must be at most ${LONGEST[field]} characters`, rule: 'maxLength', limit: String(LONGEST[field]) });
  if (errors.length) return { appointment: null, errors };
  const optional = (field: 'bring' | 'note') => (text(field) ? { [field]: text(field) } : {});
  return { appointment: { on, time: text('time'), place: text('place'), ...optional('bring'), ...optional('note') }, errors };
}

/** Whether a contract's provider may give the handover appointment: a lease it ended (housing, cancel) whose end it confirmed. */
export const takesHandoverAppointment = (category: string, action: string, effectiveDate: string | null): boolean => category === 'housing' && action === 'cancel' && effectiveDate !== null;

/** The appointment in one line: „29 januari 2027, 10:00, Keizersgracht 112. Meenemen: …. <note>" (`bringWord` from the reader's catalogue). */
export const appointmentSaid = (a: HandoverAppointment, day: string, bringWord: string): string =>
  [`${day}, ${a.time}, ${a.place}.`, a.bring && `${bringWord}: ${a.bring}.`, a.note].filter(Boolean).join(' ');

/**
 * rentkeys2: the timeline event of an appointment the corporation gave, or changed by giving it again: the owner's history, the
 * family's (and its daily e-mail) and the desk's thread say it, each in its reader's words. An appointment given again unchanged writes none.
 */
export const HANDOVER_APPOINTMENT_GIVEN = 'contract.handover_appointment';

/** What its entry holds: the appointment as given, and the one it replaced (null the first time). */
export interface HandoverAppointmentGiven {
  providerName: string;
  description: string;
  appointment: HandoverAppointment;
  previous: HandoverAppointment | null;
}

/** Whether two appointments say the same (an optional field left out equals one never given). */
export const sameAppointment = (a: HandoverAppointment | null, b: HandoverAppointment): boolean =>
  a !== null && (['on', 'time', 'place', 'bring', 'note'] as const).every((field) => (a[field] ?? '') === (b[field] ?? ''));
