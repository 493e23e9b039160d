import { type Language, longDate, money } from '../../workflows/wording';

/**
 * dropday: a final bill the estate paid on a claim its provider dropped, written out for the owner's words (Today, the notification,
 * the contract page): what was paid, and of how much when a part (`whole` null: all of it; audit90 G4), on which day, and whether
 * before or after the day the provider said it dropped the claim (audit89 F1: the day it said so, not the day it was recorded).
 */
export interface PaidOnDropSaid {
  provider: string;
  reference: string;
  paid: string;
  whole: string | null;
  paidOn: string;
  droppedOn: string;
  afterDrop: boolean;
}

export const paidOnDropSaid = (provider: string, b: { reference: string; amount: number; whole: number; paidOn: string; droppedOn: string; afterDrop: boolean }, lang: Language): PaidOnDropSaid => ({
  provider,
  reference: b.reference,
  paid: money(b.amount, lang),
  whole: b.amount < b.whole ? money(b.whole, lang) : null,
  paidOn: longDate(b.paidOn, lang),
  droppedOn: longDate(b.droppedOn, lang),
  afterDrop: b.afterDrop,
});
