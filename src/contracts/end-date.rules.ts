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
 * the end of a lease by law (`askedEndDate`'s lease branch: the tenant lived alone), which follows the recorded
 * date of death. After a correction of the date of death, or of whether the deceased lived alone, no letter
 * named that day: the correction letter asks whether the end date changes. So a later end date is said
 * against the law then, never as "the date in our request".
 */
export type AskedBasis = 'request' | 'law';

/** The basis of a contract's day asked, when it has one (`askedEndDate`: only a cancelled lease is asked its end by law). */
export const askedBasis = (action: AskedEndDateFacts['action'], category: AskedEndDateFacts['category']): AskedBasis => (action === 'cancel' && category === 'housing' ? 'law' : 'request');

/** What a confirmed end date is held against: the date of death and the day the request asked for (none: `askedEndDate`), and where that day comes from. */
export interface EndDateFacts {
  dateOfDeath: string;
  asked: string | null;
  basis: AskedBasis;
}

/** The facts of a contract (its action and requested date), its provider's category and the deceased. */
export function endDateFactsOf(contract: Pick<AskedEndDateFacts, 'action' | 'requestedEndDate'>, category: AskedEndDateFacts['category'], deceased: { dateOfDeath: string; livedAlone: boolean | null }): EndDateFacts {
  const { dateOfDeath, livedAlone } = deceased;
  return {
    dateOfDeath,
    asked: askedEndDate({ action: contract.action, requestedEndDate: contract.requestedEndDate, category, livedAlone, dateOfDeath }),
    basis: askedBasis(contract.action, category),
  };
}

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
 * did not do what was asked: the estate may pay for the days in between), or one before the date of
 * death, which only a later correction of the date of death can bring about (the provider confirmed
 * what our letter asked from the old date).
 */
export type EndDateNotice = LaterThanAsked | { kind: 'beforeDeath'; dateOfDeath: string };

/** A confirmed end date later than the day asked (`asked`), with where that day comes from. */
export type LaterThanAsked = { kind: 'laterThanAsked'; asked: string; basis: AskedBasis };

/** The staff timeline's entry of the owner's word that a later end date is dealt with (its `details.note`: what she decided). */
export const LATER_END_DATE_HANDLED = 'contract.later_end_date_handled';

export function endDateNotice(effectiveDate: string | null, { dateOfDeath, asked, basis }: EndDateFacts): EndDateNotice | null {
  if (!effectiveDate) return null;
  if (effectiveDate < dateOfDeath) return { kind: 'beforeDeath', dateOfDeath };
  return asked !== null && effectiveDate > asked ? { kind: 'laterThanAsked', asked, basis } : null;
}
