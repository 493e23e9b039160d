/** Sentence ends as Unicode tells them (UAX #29, ICU's rules, built into Node), in Dutch first: quotes and „…” closing a sentence too. */
const SENTENCES = new Intl.Segmenter('nl', { granularity: 'sentence' });

/**
 * Words the status's sentences shorten with a period and that are then followed by a name or a figure: there the segmenter would
 * end a sentence (it knows no Dutch abbreviations), so a fact goes on. One with a period inside (o.a., t.n.v., J.H., i.e.) or a
 * single letter (an initial) needs no entry.
 */
const ABBREVIATIONS = new Set(['art', 'nr', 'blz', 'ca', 'dhr', 'mevr', 'mr', 'bijv', 'incl', 'excl', 'resp', 'no', 'st']);

/** Whether a piece the segmenter cut ends on an abbreviation or an initial rather than a sentence. */
function endsShortened(piece: string): boolean {
  const last = /(\S+)\.$/u.exec(piece.trimEnd())?.[1];
  return last !== undefined && (last.includes('.') || /^\p{L}$/u.test(last) || ABBREVIATIONS.has(last.toLowerCase()));
}

/**
 * A status's facts: its sentences (familyline). Only how the card lays them out; the words are the status's own, so where a sentence
 * ends is read from the text: the segmenter's ends, joined again after an abbreviation or an initial ("o.a. KPN", "t.n.v. Erven J.H.
 * de Vries", "art. 7:271 BW").
 */
export function factsOf(status: string): string[] {
  const facts: string[] = [];
  let open = '';
  for (const { segment } of SENTENCES.segment(status)) {
    open += segment;
    if (!endsShortened(open)) {
      facts.push(open.trim());
      open = '';
    }
  }
  if (open.trim()) facts.push(open.trim());
  return facts;
}
