import type { CorrectedField, Correction } from './model';

/** One correction letter to the provider since the latest request, oldest first: what it corrects, and whether it went out. */
export interface CorrectionSince {
  corrections: Correction[];
  /** It reached the provider (`sentOn`): sent, and by post posted. Held back (blocked, waiting for the post, undelivered): false. */
  told: boolean;
}

/**
 * What the provider knows now of a fact the request printed, and so what a later letter may quote as "your" value.
 * A provider acts on what it read, and only on that: the request as it printed the fact, then each correction letter
 * that reached it, the last one standing. A correction recorded but held back (blocked, waiting for the post, an e-mail
 * that bounced) changed our record, not the provider's: quoting it would name a value the provider never read, and it
 * could not find its file by it (README, Corrections → asprinted). What the request printed is the value before the
 * first correction of the fact since, told or not: each correction knew the value it replaced, and the first replaced
 * the request's. Null: no correction of the fact since the request, so the request printed the record as it stands.
 */
export function knownToProvider(since: CorrectionSince[], field: CorrectedField): { value: string | null; told: boolean } | null {
  const of = since.map((letter) => ({ told: letter.told, correction: letter.corrections.find((c) => c.field === field) })).filter((c) => c.correction !== undefined);
  if (!of.length) return null;
  const lastTold = of.filter((c) => c.told).at(-1);
  return lastTold ? { value: lastTold.correction!.to, told: true } : { value: of[0].correction!.from, told: false };
}

/** A fact as a correction that reached the provider last told it (`knownToProvider`); null when none did: it knows it as its request printed it. */
export function toldValue(since: CorrectionSince[], field: CorrectedField): string | null {
  const known = knownToProvider(since, field);
  return known?.told ? known.value : null;
}
