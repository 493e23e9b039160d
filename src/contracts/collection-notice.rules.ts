import type { NoticeChange } from '../../workflows';

/** A collection notice's particulars as recorded (its step's event) or as corrected: any of them may be missing. */
export type NoticeParticulars = Partial<Record<NoticeChange['field'], unknown>>;
const NOTICE_FIELDS: NoticeChange['field'][] = ['agency', 'agencyEmail', 'agencyAddress', 'reference', 'dossierNumber', 'amount'];

/** An empty particular is no particular: a form's empty e-mail and one never recorded are the same. */
const asRecorded = (value: unknown): unknown => (value === undefined || value === '' ? null : value);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(asRecorded(a)) === JSON.stringify(asRecorded(b));

/** v22: each particular of the notice the correction changes, from → to (null where none is recorded). */
export function noticeChanges(recorded: NoticeParticulars, corrected: NoticeParticulars): NoticeChange[] {
  return NOTICE_FIELDS.filter((field) => !same(recorded[field], corrected[field])).map((field) => ({ field, from: asRecorded(recorded[field]), to: asRecorded(corrected[field]) }));
}
