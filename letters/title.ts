import type { Language } from './model';
import { en } from './templates/en';
import { nl } from './templates/nl';
import type { Words } from './templates/words';

const WORDS: Record<Language, Words> = { nl, en };

/** Every title a subject may open with, keyed by its place in the catalogue, so one language's title finds the other's. */
function titles(w: Words): [string, string][] {
  return [
    ...Object.entries(w.titles).map(([kind, title]): [string, string] => [kind, title]),
    ...Object.entries(w.ourTitles.kinds).map(([kind, title]): [string, string] => [`our.${kind}`, title]),
    ['our.disputesEscalation', w.ourTitles.disputesEscalation],
    ['transferDispute', w.transferDisputeTitle],
    ['agency.mine', w.agencyCorrectionTitles.mine],
    ['agency.ours', w.agencyCorrectionTitles.ours],
    ['disputesEscalation', w.disputesEscalationTitle],
  ];
}

const MARK = /\u0000/g;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts a frame was filled with, read back from its text (`frame` called with markers shows where each part goes); null if it is not this frame's. */
function partsOf(text: string, frame: (...parts: string[]) => string, count: number): string[] | null {
  const pattern = escaped(frame(...Array.from({ length: count }, () => '\u0000'))).replace(MARK, '(.+)');
  return new RegExp(`^${pattern}$`, 's').exec(text)?.slice(1) ?? null;
}

/**
 * A letter's subject (`subjectLine`, as archived) in the reader's language (`to`), whichever language the letter was
 * written in: the title and the frame around the contract are said again, the recorded parts (its description and
 * number, the deceased's name) stay as the letter printed them. A subject in the reader's language, or in no frame
 * known (an older wording), stays as it is.
 */
export function subjectIn(subject: string, to: Language): string {
  const sayAgain = WORDS[to];
  for (const said of Object.values(WORDS).filter((w) => w !== sayAgain)) {
    for (const report of ['final_report', 'progress_report'] as const) {
      const parts = partsOf(subject, said.subjects[report], 1);
      if (parts) return sayAgain.subjects[report](parts[0]);
    }
    const other = new Map(titles(sayAgain));
    // The longest title first: a title may open another, and a description may hold a colon.
    for (const [key, title] of titles(said).sort(([, a], [, b]) => b.length - a.length)) {
      const parts = partsOf(subject, (...p) => said.subjects.contract(title, p[0], p[1], p[2]), 3);
      if (parts) return sayAgain.subjects.contract(other.get(key) ?? title, parts[0], parts[1], parts[2]);
    }
  }
  return subject;
}
