import { askedEndDate, type AskedEndDateFacts } from '../../letters';
import { addCalendarMonths } from '../../letters/legal';
import type { FieldError } from '../common/problem';
import { beforeDeathProblem } from '../estates/estate.rules';

/**
 * How far after what the request asked (or, when it named no day, after the death) a provider's
 * confirmed end date may lie. A plain plausibility bound, not a legal rule: since the Wet van Dam
 * (1 December 2011) a consumer subscription has a notice of at most one or three months depending on
 * its kind (justitia.nl, "Opzegging abonnement of lidmaatschap",
 * https://www.justitia.nl/opzegging-abonnementen-lidmaatschappen), but a subscription for a fixed term
 * binds until that term ends ("dan moet u zich daaraan houden", wetswinkelwestland.nl,
 * https://wetswinkelwestland.nl/2017/10/15/stappenplan-abonnement-opzeggen/), and no source we found
 * says a death cuts a fixed term short. So a date a month or a year on is not refused: the owner is
 * told (`endDateNotice`). Five years is past any consumer contract term we know of and catches a typed 2099.
 */
export const EFFECTIVE_DATE_BOUND_YEARS = 5;

/**
 * Where the day asked comes from: the requested end date, which our request (or a correction of it) named, or
 * the end of a lease by law (`askedEndDate`'s lease branch: nobody continues it), which follows the recorded
 * date of death. After a correction of the date of death, or of who lived with the deceased, no letter
 * named that day: the correction letter asks whether the end date changes. So a later end date is said
 * against the law then, never as "the date in our request".
 */
export type AskedBasis = 'request' | 'law' | 'notice';

/**
 * The categories whose contracts are consumer subscriptions ("het geregeld afleveren van zaken, elektriciteit daaronder
 * begrepen, of het geregeld doen van verrichtingen"): once past a first fixed term, or entered for an indefinite term,
 * the consumer may end them at any time with a notice of at most one month (BW 6:236 sub j, Wet van Dam, from
 * 1 December 2011: richardhak.nl/rechten/opzegtermijn-consumenten-na-stilzwijgende-verlenging-inwerkingtreding-wet-van-dam;
 * telecom since 1 July 2009 by Telecommunicatiewet art. 7.2a: acm.nl, "Toelichting gewijzigd artikel 7.2a Telecommunicatiewet").
 * Not insurance or an association's membership, which the Wet van Dam leaves out (deraadgevers.nl/blog/consumentenrecht/een-contract-opzeggen),
 * nor a lease (its own law), a bank account (blocked, not ended), a pension or a government body.
 */
const MONTHS_NOTICE_CATEGORIES: readonly AskedEndDateFacts['category'][] = ['telecom', 'energy', 'subscription'];
/** The longest notice BW 6:236 sub j lets such a subscription ask of a consumer. */
export const CONSUMER_NOTICE_MONTHS = 1;

/**
 * The basis of a contract's day asked (`askedEndDate`: only a cancelled lease is asked its end by law); a cancelled
 * subscription that named no day (`MONTHS_NOTICE_CATEGORIES`) is held against the end of a consumer's notice instead.
 */
export const askedBasis = (action: AskedEndDateFacts['action'], category: AskedEndDateFacts['category'], requestedEndDate: string | null): AskedBasis =>
  action !== 'cancel' ? 'request' : category === 'housing' ? 'law' : requestedEndDate === null && MONTHS_NOTICE_CATEGORIES.includes(category) ? 'notice' : 'request';

/**
 * What a confirmed end date is held against: the date of death and the day the request asked for (none: `askedEndDate`), and where that day comes from;
 * for basis `notice`, `noticeFrom`: the day a consumer's notice runs from (`noticeStart`), else null.
 */
export interface EndDateFacts {
  dateOfDeath: string;
  asked: string | null;
  basis: AskedBasis;
  noticeFrom: NoticeStart | null;
}

/** The day a consumer's notice runs from, and whether it is the date of death because no day the provider had the request is recorded. */
export interface NoticeStart {
  from: string;
  fromDeath: boolean;
}

/** The provider's steps that show it had the request: it acknowledged it, or asked for information about it. */
export const REQUEST_ANSWERS = ['ACKNOWLEDGE', 'REQUEST_INFORMATION'];

/**
 * The day the provider is known to have had the request (`contracts.request_known_on`, kept at its confirmation): the
 * earliest of the day its letter went out (`letterSentOn`) and the days the provider acknowledged it or asked for
 * information (`steps`, the contract's `REQUEST` and `REQUEST_ANSWERS` entries in order, each by its day; only those
 * since the latest request count: a request sent again after a rejection is the one a confirmation answers). Null
 * when none is recorded. A notice is a declaration that takes effect once it reaches the provider (art. 3:37 lid 3
 * BW: "Een tot een bepaalde persoon gerichte verklaring moet, om haar werking te hebben, die persoon hebben
 * bereikt"), so its month runs from the day the provider had it, not from a day the estate chose.
 */
export function requestKnownOn(letterSentOn: string | null, steps: { event: string; on: string }[]): string | null {
  const since = steps.slice(steps.map((s) => s.event).lastIndexOf('REQUEST') + 1);
  const days = [letterSentOn, ...since.filter((s) => REQUEST_ANSWERS.includes(s.event)).map((s) => s.on)].filter((d): d is string => d !== null);
  return days.length ? days.reduce((a, b) => (b < a ? b : a)) : null;
}

/**
 * Where a consumer's notice runs from: the day the provider is known to have had the request (`requestKnownOn`), or, when
 * none is recorded, the date of death: the earliest day the provider can have had it (no request is made before), so a
 * date that may lie past the notice is always told, as advice (the family may have phoned the provider; no later day is known).
 */
export const noticeStart = (knownOn: string | null, dateOfDeath: string): NoticeStart => ({ from: knownOn ?? dateOfDeath, fromDeath: knownOn === null });

/** The latest day a consumer's notice given by our request runs out: a month (`CONSUMER_NOTICE_MONTHS`) after it started (`noticeStart`). */
export const noticeEndsOn = ({ from }: NoticeStart): string => addCalendarMonths(from, CONSUMER_NOTICE_MONTHS);

/**
 * deskcorr (audit91 F6): the request as the provider's confirmation answered it. A correction of the requested end date after the
 * confirmation asks the provider whether its date changes (`correctionAwaited`); until it answers, the date it confirmed answered
 * what was asked before (the date of death or as soon as possible, say), so it is held against that, not against a day no letter it
 * answered named. Once it answers (confirms again, or that its date stays), against the corrected day, as asked since that letter.
 */
export function answeredRequest<C extends { requestedEndDate: string | null; correctionAwaited?: { changes: { field: string; from: string | null }[] } | null }>(contract: C): C {
  const before = contract.correctionAwaited?.changes.find((c) => c.field === 'requestedEndDate');
  return before ? { ...contract, requestedEndDate: before.from } : contract;
}

/** The facts of a contract (its action and requested date), its provider's category, the deceased and the day the provider is known to have had its request (none: null). */
export function endDateFactsOf(
  contract: Pick<AskedEndDateFacts, 'action' | 'requestedEndDate'>,
  category: AskedEndDateFacts['category'],
  deceased: { dateOfDeath: string; livedWith: AskedEndDateFacts['livedWith'] },
  knownOn: string | null = null,
): EndDateFacts {
  const { dateOfDeath, livedWith } = deceased;
  const basis = askedBasis(contract.action, category, contract.requestedEndDate);
  return {
    dateOfDeath,
    asked: askedEndDate({ action: contract.action, requestedEndDate: contract.requestedEndDate, category, livedWith, dateOfDeath }),
    basis,
    noticeFrom: basis === 'notice' ? noticeStart(knownOn, dateOfDeath) : null,
  };
}

/**
 * A lease nobody continues ends by law at the end of the second month after the death (art. 7:268 lid 6 BW, `leaseEndsByLaw`): the
 * day its letter names, so the day every reader reads as asked (`endsOn`); `entered`: the owner's own requested end date where it is
 * another day, which no letter asked (the heirs give no notice then, README leasestays). Null for any other contract.
 */
export function leaseEndByLaw(facts: Pick<EndDateFacts, 'asked' | 'basis'>, requestedEndDate: string | null): { endsOn: string; entered: string | null } | null {
  if (facts.basis !== 'law' || facts.asked === null) return null;
  return { endsOn: facts.asked, entered: requestedEndDate !== null && requestedEndDate !== facts.asked ? requestedEndDate : null };
}

/** The day a confirmed end date is held against: the day asked, or the end of a consumer's notice; null when none. */
export const heldAgainst = ({ asked, noticeFrom }: Pick<EndDateFacts, 'asked' | 'noticeFrom'>): string | null => asked ?? (noticeFrom && noticeEndsOn(noticeFrom));

/** The latest end date a provider's confirmation may record. */
export function latestPlausibleEndDate({ dateOfDeath, asked }: Pick<EndDateFacts, 'dateOfDeath' | 'asked'>): string {
  return addCalendarMonths(asked ?? dateOfDeath, EFFECTIVE_DATE_BOUND_YEARS * 12);
}

/** A confirmed end date may not lie before the death, nor more than the plausibility bound after what was asked. */
export function effectiveDateProblem(effectiveDate: string, facts: Pick<EndDateFacts, 'dateOfDeath' | 'asked'>): FieldError | null {
  const early = beforeDeathProblem('effectiveDate', effectiveDate, facts.dateOfDeath);
  if (early) return early;
  const latest = latestPlausibleEndDate(facts);
  return effectiveDate > latest
    ? { field: 'effectiveDate', message: `must not be after ${latest}, ${EFFECTIVE_DATE_BOUND_YEARS} years after the end date asked for (or the date of death)`, rule: 'tooLate', limit: latest }
    : null;
}

/**
 * What the owner must hear of a recorded end date: one later than the request asked (the provider
 * did not do what was asked: the estate may pay for the days in between), one later than a consumer's
 * notice would normally run out when the request named no day (possibly a contract for a fixed term:
 * advice to ask why, no claim that it is wrong), or one before the date of death, which only a later
 * correction of the date of death can bring about (the provider confirmed what our letter asked from the old date).
 */
export type EndDateNotice = LaterThanAsked | { kind: 'beforeDeath'; dateOfDeath: string };

/**
 * A confirmed end date later than the day it is held against (`asked`), with where that day comes from: `laterThanAsked`,
 * the day the request asked or a lease's end by law; `laterThanNotice` (basis `notice`), the end of a consumer's notice (`noticeEndsOn`).
 */
export type LaterThanAsked =
  | { kind: 'laterThanAsked'; asked: string; basis: Exclude<AskedBasis, 'notice'>; correctedOn?: string }
  | ({ kind: 'laterThanNotice'; asked: string; basis: 'notice' } & NoticeStart);

/**
 * deskanswer: the day of the correction letter that gave the requested end date the provider answered (`correctedOn`), so a later
 * date names that day rather than „our request" (which asked another day, or none). Only once the provider answered the correction
 * (until then the date is held against what it answered before: `answeredRequest`).
 */
export function correctedAskOn(contract: { correctionAwaited?: unknown; correctionAnswered?: { on: string; changes: { field: string }[] } | null }): string | null {
  const answered = contract.correctionAnswered;
  return !contract.correctionAwaited && answered?.changes.some((c) => c.field === 'requestedEndDate') ? answered.on : null;
}

/** A later date held against a requested end date a correction gave (`correctedAskOn`) says so; any other notice as it is. */
export const askedAsCorrected = <N extends EndDateNotice | null>(notice: N, correctedOn: string | null): N =>
  notice?.kind === 'laterThanAsked' && notice.basis === 'request' && correctedOn ? { ...notice, correctedOn } : notice;

/** The later end date held against `asked` on this basis (Today's rows keep the day and derive the basis), a notice's with the day it ran from (`start`, always known for basis `notice`). */
export const laterEndDate = (asked: string, basis: AskedBasis, start: NoticeStart | null): LaterThanAsked =>
  basis === 'notice' ? { kind: 'laterThanNotice', asked, basis, ...start! } : { kind: 'laterThanAsked', asked, basis };

/** Whether a notice is a later end date, which waits on the owner's Today until she marks it handled. */
export const isLaterEndDate = (notice: EndDateNotice | null | undefined): notice is LaterThanAsked => notice?.kind === 'laterThanAsked' || notice?.kind === 'laterThanNotice';

/** The staff timeline's entry of the owner's word that a later end date is dealt with (its `details.note`: what she decided). */
export const LATER_END_DATE_HANDLED = 'contract.later_end_date_handled';

export function endDateNotice(effectiveDate: string | null, facts: EndDateFacts): EndDateNotice | null {
  const { dateOfDeath, basis, noticeFrom } = facts;
  if (!effectiveDate) return null;
  if (effectiveDate < dateOfDeath) return { kind: 'beforeDeath', dateOfDeath };
  // No day asked: "as soon as possible" is the provider's first possible date, held only against the longest notice it may normally ask.
  const against = heldAgainst(facts);
  return against !== null && effectiveDate > against ? laterEndDate(against, basis, noticeFrom) : null;
}
