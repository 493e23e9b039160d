import { listed, type Language } from '../../workflows/wording';
import { type BillCorrectionFacts, type BillFigureChange, CORRECTED_FIELDS, type CorrectedField, type Correction } from '../../letters';

/** The workflow event a letter was produced from, as its effect recorded it. */
export type LetterEvent = { type: string; [key: string]: unknown };

/**
 * What a letter is about beyond its subject, for the lists where two letters of one day can carry the
 * same subject (two corrections of one request): the recorded facts a correction letter corrects, or
 * the figures of the bill a bill correction corrects. Taken from the event the letter was made from,
 * never from its text.
 */
export type LetterAbout =
  | { corrects: 'record'; fields: CorrectedField[] }
  | { corrects: 'bill'; reference: string | null; figures: BillFigureChange['field'][] };

/** The corrected values the correction event recorded; only the facts a request letter carries. */
export function correctionsOf(event: LetterEvent): Correction[] {
  if (event.type !== 'CORRECTION' || !Array.isArray(event.changes)) return [];
  return (event.changes as { field: CorrectedField; from: unknown; to: unknown }[])
    .filter((c) => CORRECTED_FIELDS.includes(c.field))
    .map((c) => ({ field: c.field, from: c.from === null ? null : String(c.from), to: c.to === null ? null : String(c.to) }));
}

/** Null for a letter whose subject says it all (every kind but the two corrections), or an event that names nothing. */
export function letterAbout(kind: string, event: LetterEvent | null): LetterAbout | null {
  if (!event) return null;
  if (kind === 'correction') {
    const fields = [...new Set(correctionsOf(event).map((c) => c.field))];
    return fields.length ? { corrects: 'record', fields } : null;
  }
  if (kind === 'bill_correction' && event.type === 'BILL_CORRECTION') {
    const { named, changes } = event as unknown as BillCorrectionFacts;
    const figures = [...new Set((changes ?? []).map((c) => c.field))];
    return named?.reference && figures.length ? { corrects: 'bill', reference: named.reference, figures } : null;
  }
  return null;
}

/** As a relative outside the estate's debts may read it (`readsEstateDebts`): what a bill correction corrects, not which bill. */
export const withinReach = (about: LetterAbout | null, readsDebts: boolean): LetterAbout | null =>
  about?.corrects === 'bill' && !readsDebts ? { ...about, reference: null } : about;

/** A catalogue's words for it (`letterAbout` in src/words): each fact by name, and the phrase around them. */
export interface LetterAboutWords {
  facts: Record<string, string>;
  text: (facts: string, bill: string | null) => string;
}

/** What the letter corrects in the reader's words, each fact named once (a bill's period is one fact). */
export function aboutText(a: LetterAbout, words: LetterAboutWords, lang: Language): string {
  const keys: string[] = a.corrects === 'record' ? a.fields : a.figures;
  return words.text(listed([...new Set(keys.map((k) => words.facts[k] ?? k))], lang), a.corrects === 'bill' ? a.reference : null);
}
