import { leaseEndsByLaw } from './legal';
import { type InsuranceKind, type LivedWith, nobodyContinuesLease, type ProviderCategory } from './model';

/** What decides the end date a request letter asks for (templates nl.ts/en.ts: `cancellationRequest`, the transfer request). */
export interface AskedEndDateFacts {
  action: 'cancel' | 'transfer';
  requestedEndDate: string | null;
  category: ProviderCategory;
  livedWith: LivedWith | null;
  dateOfDeath: string;
  /** An insurer's kind as recorded (`insuranceRequest`): what its letter asks instead of an end; absent or null: not recorded. */
  insuranceKind?: InsuranceKind | null;
}

/**
 * The end (or transfer) date the request letter names, as the templates word it; null when it names
 * none a confirmation can be held to:
 * - a bank is asked to block the account and report the balance, not to end it on a day;
 * - an insurer is asked to pay out, keep or settle the policy (`insuranceRequest`), not to end it on a day;
 * - a lease someone may continue is given no notice (its letter is held, rules.ts): it names no day;
 * - a transfer without a requested date asks "per the date of transfer".
 * - a cancellation without a requested date asks "per the date of death, or otherwise as soon as
 *   possible": the provider's first possible date is what was asked, so no later date is held against it
 *   (else nearly every confirmation would alarm the owner: notice periods run from the letter).
 * A lease nobody continues ends by law (`leaseEndsByLaw`); any other cancellation asks
 * the requested end date.
 */
export function askedEndDate(f: AskedEndDateFacts): string | null {
  if (f.action === 'transfer') return f.requestedEndDate;
  // A bank is asked for the balance, an insurer to claim, keep or settle the policy: neither names a day it ends (templates).
  if (f.category === 'bank' || f.category === 'insurance') return null;
  if (f.category === 'housing') return nobodyContinuesLease(f.livedWith) ? leaseEndsByLaw(f.dateOfDeath) : null;
  return f.requestedEndDate;
}

/**
 * rentlaw (audit104 F2): the day a lease nobody continues ends by law (art. 7:268 lid 6 BW: „Zijn er geen personen die krachtens dit
 * artikel de huur voortzetten, dan eindigt deze aan het eind van de tweede maand na het overlijden", explore.law, BW 7 art. 268;
 * `leaseEndsByLaw`) when the landlord confirmed a later end (`confirmed`): the lease ended on the law's day, whatever day was
 * confirmed, so a bill's days after it are days after the end. Null for any other contract, or a confirmed day not later.
 */
export function leaseEndedByLawBefore(f: AskedEndDateFacts, confirmed: string | null | undefined): string | null {
  if (f.action !== 'cancel' || f.category !== 'housing' || !confirmed) return null;
  const byLaw = askedEndDate(f);
  return byLaw !== null && byLaw < confirmed ? byLaw : null;
}

/** What the day a request's letter names is (`endDateWords`): the end of a lease by law, the day of a transfer, or the day asked. */
export type AskedDayKind = 'endsByLaw' | 'transferOn' | 'asked';

/**
 * The kind of day `endDateWords` names, for a reader who sees only a date (the desk's CSV export, rentrest): a transfer's day
 * is when it moves to the new holder, not an end; a lease nobody continues ends by law (art. 7:268 lid 6 BW), nobody asks it; any
 * other cancellation's typed day is asked. smallmends (audit83 CSV-1): a kind only beside the day `askedEndDate` gives, one rule for
 * both columns. Null where that is none: the letter asks no day (a bank, an insurer, a lease someone may continue), a transfer
 * "per the date of transfer", or a cancellation "per the date of death, or otherwise as soon as possible" — a wish no
 * confirmation is held to, which the words column says in full.
 */
export function askedDayKind(f: AskedEndDateFacts): AskedDayKind | null {
  if (askedEndDate(f) === null) return null;
  if (f.action === 'transfer') return 'transferOn';
  return f.category === 'housing' ? 'endsByLaw' : 'asked';
}
