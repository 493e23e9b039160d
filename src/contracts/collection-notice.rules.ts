import { AGENCY_FINDS_BY, type NoticeChange, TERM_RESTORING_EVENTS } from '../../workflows';
import { collectionAnswerOf } from '../../workflows/wording';
import type { AgencyLetterKind, AgencyLetterSent, NothingAgain, SentAgainKind } from '../timeline/contract-step';

/** A collection notice's particulars as recorded (its step's event) or as corrected: any of them may be missing. */
export type NoticeParticulars = Partial<Record<NoticeChange['field'], unknown>>;
const NOTICE_FIELDS: NoticeChange['field'][] = ['agency', 'agencyEmail', 'agencyAddress', 'reference', 'dossierNumber', 'amount', 'agencyLanguage'];

/** An empty particular is no particular: a form's empty e-mail and one never recorded are the same. */
const asRecorded = (value: unknown): unknown => (value === undefined || value === '' ? null : value);
/** agencylang3: an address read back from its step (jsonb orders its keys) is the same address as the one the form sends. */
const inKeyOrder = (_key: string, v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(asRecorded(a), inKeyOrder) === JSON.stringify(asRecorded(b), inKeyOrder);
/** agencylang: a notice recorded without the agency's language reads Dutch, so choosing Dutch for it changes nothing. */
const particular = (notice: NoticeParticulars, field: NoticeChange['field']): unknown => (field === 'agencyLanguage' ? (asRecorded(notice[field]) ?? 'nl') : notice[field]);

/** v22: each particular of the notice the correction changes, from → to (null where none is recorded). */
export function noticeChanges(recorded: NoticeParticulars, corrected: NoticeParticulars): NoticeChange[] {
  return NOTICE_FIELDS.filter((field) => !same(particular(recorded, field), particular(corrected, field))).map((field) => ({ field, from: asRecorded(particular(recorded, field)), to: asRecorded(particular(corrected, field)) }));
}

/** agencycorr: whether a correction changes how the agency is reached or finds its file (`AGENCY_FINDS_BY`): only then is anything written again. */
export const findsAgencyAnew = (changes: NoticeChange[]): boolean => changes.some((c) => AGENCY_FINDS_BY.includes(c.field));

/**
 * agencylang2: a correction of the agency's language while our stop is asked (it neither answered nor was the collection recorded as
 * stopped: the stop's state is left then, and the next letter to the agency takes the language): our stop goes again, in the corrected
 * language, saying it replaces the one in the other language, so the agency reads our request in the language it wrote to the family
 * in. Not when the correction also changes how the agency is found (the machine sends the stop again then, in the corrected language),
 * nor when it cannot be reached.
 */
export const stopAgainInLanguage = (changes: NoticeChange[], reachable: boolean): boolean => reachable && !findsAgencyAnew(changes) && changes.some((c) => c.field === 'agencyLanguage');

/**
 * twins70: a contract's entries (in the order written) as they stand: an agency's own stop undone afterwards (`AGENCY_STOP_UNDONE`,
 * v27, recorded as the step right after it, `agencyStopUndoOf`) does not count, nor does the undo itself; the collection runs again.
 * One rule for the stops an agency ended (`stopsEndedByAgency`) and whether the collection stopped since a notice (`stoppedSinceNotice`).
 */
export function withoutUndoneStops<E extends { event: string }>(entries: readonly E[]): E[] {
  const undone = new Set<E>();
  entries.forEach((e, i) => {
    if (e.event !== 'AGENCY_STOP_UNDONE') return;
    const stop = entries.slice(0, i).reverse().find((s) => s.event === 'COLLECTION_STOPPED' && !undone.has(s));
    undone.add(e);
    if (stop) undone.add(stop);
  });
  return entries.filter((e) => !undone.has(e));
}

/**
 * agencyheld: whether the collection was recorded as stopped after the notice `noticeSeq` (its `COLLECTION_STOPPED` steps, by the
 * provider or the agency itself). A suspension is no stop: the provider's word is „opgeschort zolang het bezwaar loopt", so the
 * agency's file stays open (it got no end letter, `collectionEndOf`) and may start again when the objection ends: it still needs our
 * stop, with the bills as they stand now, under the right particulars. Nor is an agency's own stop undone after it (v27,
 * `withoutUndoneStops`): our stop is awaited again, so a later letter to the agency goes as for a running collection.
 */
export const stoppedSinceNotice = (steps: readonly { event: string; seq: string; details: Record<string, unknown> }[], noticeSeq: bigint): boolean =>
  withoutUndoneStops([...steps].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))).some(
    (e) => e.event === 'COLLECTION_STOPPED' && BigInt(e.seq) > noticeSeq && !collectionAnswerOf((e.details.event ?? {}) as Record<string, unknown>).suspended,
  );

/**
 * agencylate: a correction recorded after the stop's state was left (the collection stopped, the bill resolved, the contract closed).
 * agencylate2: every letter of ours to the agency as recorded: `went` (each by kind and day, gone or on its way under the particulars
 * the correction changed) and `held` (set apart before it went, or never made: none goes under the wrong particulars). Which still
 * matters and goes once, to the corrected agency (`again`): the word that the collection ended when one was told (`end`, gone or held:
 * the agency must close its file; it says what it replaces only when one went); else our stop, while the collection was not confirmed
 * stopped (`stoppedSince`, `stoppedSinceNotice`: a suspension is not a stop). The others never go again on their own: after the end the agency hears no more of bills (audit95's
 * `stopsStillCollecting`), and while it collects our stop sent again states the bills and the end date as they stand now, so an
 * end-date or bill correction or our objection's withdrawal is in it. Nothing when only the amount changed (the agency found its file,
 * as agencycorr chose) or the language (agencylang2: our stop is no longer asked; the next letter takes it), no letter of ours was meant for it, or it cannot be reached (`reachable`: no address or e-mail); `nothing` says why.
 */
export function lettersToSendAgain(
  changes: NoticeChange[],
  letters: { went: AgencyLetterSent[]; held: AgencyLetterKind[] },
  facts: { end: { letterId: string; went: boolean } | null; stoppedSince: boolean; reachable: boolean },
): { wrong: AgencyLetterSent[]; held: AgencyLetterKind[]; again: { kind: SentAgainKind; replaces: string | null } | null; nothing: NothingAgain | null } {
  if (!findsAgencyAnew(changes)) return { wrong: [], held: [], again: null, nothing: changes.some((c) => c.field === 'agencyLanguage') ? 'languageOnly' : 'amountOnly' };
  const { went: wrong, held } = letters;
  const none = { wrong, held, again: null };
  if (!wrong.some((l) => l.kind === 'collection_stop') && !held.includes('collection_stop') && !facts.end) return { ...none, nothing: 'noLetter' };
  if (!facts.reachable) return { ...none, nothing: 'unreachable' };
  if (facts.end) return { wrong, held, again: { kind: 'collection_ended', replaces: facts.end.went ? facts.end.letterId : null }, nothing: null };
  if (facts.stoppedSince) return { ...none, nothing: 'stopped' };
  const stop = wrong.filter((l) => l.kind === 'collection_stop').at(-1);
  return { wrong, held, again: { kind: 'collection_stop', replaces: stop?.letterId ?? null }, nothing: null };
}

/** olddebts: the steps that bring a contract to wait on our collection stop: a notice, or an undo or take-back restoring that wait. */
export const INTO_COLLECTION_STOP: readonly string[] = ['COLLECTION_NOTICE', ...TERM_RESTORING_EVENTS];

/**
 * olddebts (agencyundo2's Not done): while our stop is awaited, whether what brought the contract there is the owner's undo of the
 * agency's own stop (`AGENCY_STOP_UNDONE`, its entry as the timeline keeps it): the agency and the day she heard, or null.
 * The collection runs again and our request stands: her status and Today's row say so until the contract moves on.
 */
export function agencyStopUndoneStanding(state: string, latestInto: { event: string; details: Record<string, unknown> } | undefined): { agency: string; toldOn: string } | null {
  const event = (latestInto?.details.event ?? {}) as Record<string, unknown>;
  if (state !== 'collectionStopRequested' || latestInto?.event !== 'AGENCY_STOP_UNDONE' || typeof event.agency !== 'string' || typeof event.toldOn !== 'string') return null;
  return { agency: event.agency, toldOn: event.toldOn };
}
