/**
 * dropcorr (audit91 F4): the day a provider said it dropped a bill, recorded wrongly by the owner and corrected since. The timeline is
 * written once and never changed, so the drop's step keeps the day first recorded; each reader (her history, the family, the desk's
 * thread) reads the drop with the newest correction's day instead, and the correction's own entry says the day from → to.
 */
export const DROP_DAY_CORRECTED = 'contract.drop_day_corrected';

/** What a correction's entry holds: the drop's entry (`dropId`), the bills it named, the day from → to. */
export interface DropDayCorrection {
  dropId: string;
  bills: string[];
  from: string;
  to: string;
  providerName: string;
  description: string;
}

/** The newest corrected day of each drop, by the drop's entry id, from the corrections in writing order. */
export const correctedDropDays = (corrections: { details: Record<string, unknown> }[]): Map<string, string> =>
  new Map(corrections.map((c) => c.details as unknown as DropDayCorrection).map((c) => [c.dropId, c.to]));

