import { composeLetter, letterPlainText } from './compose';
import type { ComposedLetter, LetterInput } from './model';
import { formalName, fullName } from './names';
import { renderLetterPdf, sha256 } from './render';
import { LintViolation, lintLetter } from './rules';

export * from './address';
export * from './compose';
export * from './dates';
export * from './model';
export * from './names';
export * from './render';
export * from './rules';

export interface ProducedLetter {
  composed: ComposedLetter;
  text: string;
  violations: LintViolation[];
  /** Only when no rule is broken: a letter that breaks a rule is never rendered, let alone sent. */
  pdf?: Buffer;
  sha256?: string;
}

export async function produceLetter(input: LetterInput): Promise<ProducedLetter> {
  const composed = composeLetter(input);
  const violations = lintLetter(input, composed);
  const text = letterPlainText(composed);
  if (violations.length) return { composed, text, violations };
  const { sender } = input;
  const pdf = await renderLetterPdf(composed, {
    author: sender.organisation,
    letterDate: input.letterDate,
    organisation: { name: sender.organisation, kvkNumber: sender.kvkNumber, address: { street: sender.street, postalCode: sender.postalCode, city: sender.city } },
    keepTogether: namesIn(input),
  });
  return { composed, text, violations, pdf, sha256: sha256(pdf) };
}

/** Every name the letter may print, so no line ends inside one. */
function namesIn(input: LetterInput): string[] {
  const { deceased } = input;
  return [fullName(deceased), formalName(deceased, input.language), input.sender.name, input.recipient.name, ...(input.newHolder ? [input.newHolder.name] : [])];
}
