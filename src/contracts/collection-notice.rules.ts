import { AGENCY_FINDS_BY, type NoticeChange } from '../../workflows';
import type { AgencyLetterSent, NothingAgain } from '../timeline/contract-step';

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

/**
 * agencylate: a correction recorded after the stop's state was left (the collection stopped, the bill resolved, the contract closed).
 * The letters that went to the agency under particulars it changed (`wrong`: each stop to the agency named as recorded, and the end
 * it was told after it), and which of them still matters and goes again to the corrected agency (`again`): the word that the
 * collection ended, when one went (the agency must close its file); else our stop, while the collection was not confirmed stopped
 * (`stoppedSince`). Nothing goes when the correction changes only the amount (the agency found its file, as agencycorr chose) or the
 * agency cannot be reached (`reachable`: no address or e-mail); `nothing` says why.
 */
export function lettersToSendAgain(
  changes: NoticeChange[],
  stops: { id: string; agency: string; went: boolean; ended: { id: string; went: boolean } | null }[],
  recordedAgency: unknown,
  facts: { stoppedSince: boolean; reachable: boolean },
): { wrong: AgencyLetterSent[]; again: AgencyLetterSent | null; nothing: NothingAgain | null } {
  if (!changes.some((c) => AGENCY_FINDS_BY.includes(c.field))) return { wrong: [], again: null, nothing: 'amountOnly' };
  const ours = stops.filter((s) => s.went && s.agency === recordedAgency);
  const wrong = ours.flatMap((s): AgencyLetterSent[] => [{ kind: 'collection_stop', letterId: s.id }, ...(s.ended?.went ? [{ kind: 'collection_ended' as const, letterId: s.ended.id }] : [])]);
  const newest = ours.at(-1);
  if (!newest) return { wrong, again: null, nothing: 'noLetter' };
  if (!facts.reachable) return { wrong, again: null, nothing: 'unreachable' };
  if (newest.ended?.went) return { wrong, again: { kind: 'collection_ended', letterId: newest.ended.id }, nothing: null };
  return facts.stoppedSince ? { wrong, again: null, nothing: 'stopped' } : { wrong, again: { kind: 'collection_stop', letterId: newest.id }, nothing: null };
}
