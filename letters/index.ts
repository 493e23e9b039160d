import { composeLetter, letterPlainText } from './compose';
import type { ComposedLetter, LetterInput } from './model';
import { renderLetterPdf, sha256 } from './render';
import { LintViolation, lintLetter } from './rules';

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
  const pdf = await renderLetterPdf(composed, { author: `${input.sender.name}, ${input.sender.organisation}`, letterDate: input.letterDate });
  return { composed, text, violations, pdf, sha256: sha256(pdf) };
}
