import type { Correction } from '../../letters';
import { factsVersion } from '../common/versions';
import type { ContractState, RequestAsked } from '../../workflows';
import { addBusinessDays } from '../../workflows/business-days';
import type { Contract, CorrectionAnswered, CorrectionAwaited } from './contract.entity';

/** The facts of a contract a correction replaces (`UpdateContractDto`). */
export type CorrectableFacts = Pick<Contract, 'providerId' | 'description' | 'accountNumber' | 'action' | 'transferToFamilyMemberId' | 'requestedEndDate' | 'insuranceKind'>;

/**
 * auditmend (audit93 F1): the version of a contract's correctable facts that a correction form or an API client started from
 * (`version`). A correction from another version is refused, so a form left open in another tab never puts back what was corrected
 * since. Only these facts count: a letter or an answer in between leaves the form as true as it was.
 */
export function correctionVersion(c: CorrectableFacts): string {
  return factsVersion([c.providerId, c.description, c.accountNumber, c.action, c.transferToFamilyMemberId, c.requestedEndDate, c.insuranceKind]);
}

/** The states in which the request is to go out again: rejected and not yet amended, or amended and ready. */
const REQUEST_GOES_AGAIN: readonly ContractState[] = ['rejected', 'ready'];

/**
 * Whether a correction of a contract's facts goes to its provider in a letter of its own: once a
 * letter reached the provider (`hadLetter`), except while the request is to go out again. That
 * request is composed from the record as it then stands, so it carries the correction; a correction
 * of a request the provider refused, followed by the request itself, would be two letters for one fact.
 */
export function tellsCorrection(state: ContractState, hadLetter: boolean): boolean {
  return hadLetter && !REQUEST_GOES_AGAIN.includes(state);
}

/**
 * Whether a contract's request named the estate account, as the request letters word it (letters/templates): a cancellation
 * says where a refund or balance can go (`refund`, a bank's balance, an insurer's `premiumRefund`), except a property insurer's,
 * which asks to keep the cover and names no account; a transfer names none.
 */
export function requestNamesAccount(action: 'cancel' | 'transfer', asked: RequestAsked): boolean {
  return action === 'cancel' && asked.insurance !== 'property';
}

/**
 * The corrections of the estate's facts a contract's provider is told (README, postfix): a correction letter corrects only what
 * its request said, so the estate account only where the request named it (`requestNamesAccount`). None left: no letter.
 */
export function correctionsTold<C extends { field: string }>(corrections: readonly C[], namesAccount: boolean): C[] {
  return corrections.filter((c) => c.field !== 'estateAccount' || namesAccount);
}

/** The states a provider corrects its end date in with bills still open (v11): only there the date moves a bill. */
const BILLS_OPEN: readonly ContractState[] = ['disputed', 'disputeEscalated', 'disputeRejected'];

/**
 * Whether a corrected end date goes to the agencies our collection stops went to, by the state the contract was in when
 * the provider corrected it: only with bills still open, whose disputed part the date counts again and whose collection
 * hangs on it. Corrected in `confirmed` or `settled`, every bill is answered (credited, withdrawn, paid, or owed whole
 * and paid from the estate, where the agency still collects it: agencyheld) and nothing the agency collects moves with
 * the date, so it gets no letter, as a settled contract's agency hears no corrected fact (README, Corrections).
 */
export const agencyHearsEndDate = (before: ContractState): boolean => BILLS_OPEN.includes(before);

/**
 * Whether an agency hears a corrected end date (its contract's bills open, `agencyHearsEndDate`): only when a bill its
 * collection stop named is one the date moved (`billsMoved`: open when the date was corrected), as that correction says
 * what the date did to each. The rule is per stop, not per contract: a stop that named only bills ended since (credited,
 * withdrawn, paid) would get a letter listing none; the owner reads why it got none (`END_DATE_NOT_TOLD`; README, callsagency).
 */
export const stopHearsEndDate = (billsMoved: readonly string[]): boolean => billsMoved.length > 0;

/** The staff timeline's event of an agency not told a corrected end date (`stopHearsEndDate`): `details` hold the agency, the date and the contract's description. */
export const END_DATE_NOT_TOLD = 'contract.end_date_not_told';

/**
 * The facts a correction letter states when it overtakes correction letters of the same request still waiting for the post (README,
 * setapartrest): the correction made now, then each fact only a waiting letter corrected, the latest such change of it. Those letters
 * do not go (`WaitingLetters.setApartOvertaken`), so the one that goes tells the provider the whole change from what it knows.
 */
export function withOvertaken<C extends { field: string }>(changes: readonly C[], overtaken: readonly C[]): C[] {
  const carried = new Map<string, C>();
  for (const change of overtaken) if (!changes.some((c) => c.field === change.field)) carried.set(change.field, change);
  return [...changes, ...carried.values()];
}

/**
 * deskcorr: the correction the desk is asked to answer after one more letter asked it (`correctionAwaited`): each fact from what
 * the confirmation answered (the earliest `from` since) to the latest value; a fact corrected back to what was answered drops out,
 * and none left awaits nothing. `on`: the day of the latest letter.
 */
export function awaitedAfter(before: CorrectionAwaited | null, changes: readonly Correction[], on: string): CorrectionAwaited | null {
  const merged = new Map((before?.changes ?? []).map((c) => [c.field, c]));
  for (const c of changes) merged.set(c.field, { field: c.field, from: merged.has(c.field) ? merged.get(c.field)!.from : c.from, to: c.to });
  const left = [...merged.values()].filter((c) => c.from !== c.to);
  return left.length ? { changes: left, on } : null;
}

/**
 * deskanswer: where the provider's answer to a correction after its confirmation stands, for the owner. Awaited `until` the provider's
 * own service level counted from the correction letter's day (the term it has for the request itself: a careful owner gives it no less,
 * and no more before she hears silence). Past it, `silent`: the letter said the date stays without an answer (`silenceKeeps`), unless
 * it asked a bank's balance or a health policy anew per a corrected date of death, which silence keeps nothing of (`asksAnew`). Once
 * answered, what: the date kept or a new one, and the wished date the correction asked (`asked`). Null when nothing was asked, or the answer
 * gave no date (taken back, or ended).
 */
export type CorrectionStanding = CorrectionAwaiting | { kind: 'kept' | 'newDate'; on: string; answeredOn: string; effectiveDate: string; asked: string | null };
/** A correction's answer not given yet: within its term, or past it (`silent`). */
export type CorrectionAwaiting = { kind: 'awaited' | 'silent'; on: string; until: string; silenceKeeps: boolean };

/** Where an answer still awaited stands today (`correctionStanding`). */
export function awaitingStanding(awaited: CorrectionAwaited, facts: { slaBusinessDays: number; asksAnew: boolean; today: string }): CorrectionAwaiting {
  const until = addBusinessDays(awaited.on, facts.slaBusinessDays);
  return { kind: facts.today > until ? 'silent' : 'awaited', on: awaited.on, until, silenceKeeps: !facts.asksAnew };
}

/**
 * corrcard: our correction of a confirmed request still waits for the provider's answer today, within its term (`awaitingStanding`):
 * the family's card and the portal's counts group it with what still runs; answered, or past the term (what holds is said), it is done again.
 */
export const answerAwaitedToday = (awaited: CorrectionAwaited | null, slaBusinessDays: number, today: string): boolean =>
  !!awaited && awaitingStanding(awaited, { slaBusinessDays, asksAnew: false, today }).kind === 'awaited';

/** corrcard: of these contracts (with their providers' terms), those whose provider's answer to our correction is awaited today. */
export const answerAwaitedOf = (contracts: readonly { id: string; correctionAwaited: CorrectionAwaited | null; provider: { slaBusinessDays: number } }[], today: string): Set<string> =>
  new Set(contracts.filter((c) => answerAwaitedToday(c.correctionAwaited, c.provider.slaBusinessDays, today)).map((c) => c.id));

/**
 * deskanswer2: a correction's term passed today without an answer (`awaitingStanding` silent): it lapses, once, recorded on the
 * awaited correction; null while awaited (or lapsed already). `keeps` as the standing's `silenceKeeps`.
 */
export function correctionLapsed(awaited: CorrectionAwaited, facts: { slaBusinessDays: number; asksAnew: boolean; today: string }): CorrectionAwaited['lapsed'] | null {
  if (awaited.lapsed) return null;
  const standing = awaitingStanding(awaited, facts);
  return standing.kind === 'silent' ? { on: facts.today, keeps: standing.silenceKeeps } : null;
}

/**
 * deskanswer2: whether the desk still owes the answer to a correction (`DeskWait.correctionAwaited`): awaited, and not lapsed where the
 * letter said the earlier date stays (an answer is still welcome, no longer awaited); asked anew (a bank's balance), silence keeps nothing.
 */
export const awaitsDesk = (awaited: CorrectionAwaited | null | undefined): boolean => !!awaited && !awaited.lapsed?.keeps;

export function correctionStanding(
  awaited: CorrectionAwaited | null,
  answered: CorrectionAnswered | null,
  facts: { slaBusinessDays: number; asksAnew: boolean; today: string },
): CorrectionStanding | null {
  if (awaited) return awaitingStanding(awaited, facts);
  if (!answered?.effectiveDate) return null;
  return { kind: answered.kept ? 'kept' : 'newDate', on: answered.on, answeredOn: answered.answeredOn, effectiveDate: answered.effectiveDate, asked: wishedDateAsked(answered.changes) };
}

/** corrcard: the wished end date a correction asked, if it corrected that: the family reads whether the answer followed it. */
export const wishedDateAsked = (changes: CorrectionAwaited['changes']): string | null => changes.find((c) => c.field === 'requestedEndDate')?.to ?? null;

/**
 * corrcard: the provider's answer to our correction that a step gave, where the step is a corrected confirmation of the end date to the
 * date that answer recorded (`correction_answered`), told as that answer (the e-mail, the family's history); null for any other step (no
 * correction awaited, or the date since corrected again). famdigest2: `others`, what else the step corrected (its reference, the final
 * bill), which the answer's words do not say: told after them in the step's own words.
 */
export function answerOfStep<C extends { field: string; to: unknown }>(step: { event: string; corrected: readonly C[] }, answered: CorrectionAnswered | null): { kind: 'newDate'; on: string; effectiveDate: string; asked: string | null; others: C[] } | null {
  const date = step.event === 'COMPLETION_CORRECTED' ? step.corrected.find((c) => c.field === 'effectiveDate') : undefined;
  if (!date || !answered || answered.kept || !answered.effectiveDate || answered.effectiveDate !== date.to) return null;
  return { kind: 'newDate', on: answered.on, effectiveDate: answered.effectiveDate, asked: wishedDateAsked(answered.changes), others: step.corrected.filter((c) => c !== date) };
}

/**
 * Whether a correction asks the provider anew rather than whether its date changes: only the date of death was corrected, and the
 * provider is a bank (its balance per that day) or a health insurer (its policy ends by it), as the letter's `settledAtDeath` says.
 */
export const asksAnew = (awaited: CorrectionAwaited, category: string, insuranceKind: string | null): boolean =>
  awaited.changes.every((c) => c.field === 'dateOfDeath') && (category === 'bank' || (category === 'insurance' && insuranceKind === 'health'));
