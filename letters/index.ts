import { composeLetter, letterPlainText } from './compose';
import { accountAsCorrected, type ComposedLetter, type LetterInput, type StatedFacts } from './model';
import { familyName, formalName, fullName, withWordBefore } from './names';
import { renderLetterPdf, sha256 } from './render';
import { LintViolation, lintLetter } from './rules';

export * from './address';
export * from './asked';
export * from './compose';
export * from './dates';
export * from './known';
export * from './model';
export * from './names';
export * from './render';
export * from './rules';
export * from './title';
// A document named mid-sentence as the letters name it: the desk says it alike.
export { billerOfCategory, inSentence, type NumberKind, numberKindOf } from './templates/words';

export interface ProducedLetter {
  composed: ComposedLetter;
  text: string;
  violations: LintViolation[];
  /** Only when no rule is broken: a letter that breaks a rule is never rendered, let alone sent. */
  pdf?: Buffer;
  sha256?: string;
  /** What a contract's letter printed of the facts a later correction names it for (`SentLetter.stated`); null for a report to the family. */
  stated: StatedFacts | null;
}

/**
 * The facts every letter about a contract prints in its subject and opening, as this one does: the record as it stands
 * now, the contract as its subject named it (`named`: as the provider knows it) when it kept that.
 */
export function statedIn(input: LetterInput, named?: ComposedLetter['named']): StatedFacts | null {
  const { contract, deceased } = input;
  if (!contract) return null;
  // remindwithdraw: the release reminder (refundletter: and the refund reminder; paiddrop: the repayment request) also prints the estate account, which a later correction of it names it for.
  const account = (input.kind === 'release_reminder' || input.kind === 'refund_reminder' || input.kind === 'repayment_request') && input.estateAccount ? { estateAccount: accountAsCorrected(input.estateAccount) } : {};
  return { deceasedName: fullName(deceased), dateOfDeath: deceased.dateOfDeath, description: contract.description, accountNumber: contract.accountNumber, ...named, ...account };
}

/**
 * The letter check's verdict on a letter not made yet: the rules it would break, made from this input now (none: it goes).
 * What `produceLetter` finds, without the PDF: a reader may say a letter is held before the outbox made it (README reqterm).
 */
export function letterVerdict(input: LetterInput): LintViolation[] {
  return lintLetter(input, composeLetter(input));
}

export async function produceLetter(input: LetterInput): Promise<ProducedLetter> {
  const composed = composeLetter(input);
  const violations = lintLetter(input, composed);
  const text = letterPlainText(composed);
  const stated = statedIn(input, composed.named);
  if (violations.length) return { composed, text, violations, stated };
  const { sender } = input;
  const pdf = await renderLetterPdf(composed, {
    author: sender.organisation,
    letterDate: input.letterDate,
    organisation: { name: sender.organisation, kvkNumber: sender.kvkNumber, address: { street: sender.street, postalCode: sender.postalCode, city: sender.city } },
    keepTogether: keptTogether(input),
  });
  return { composed, text, violations, pdf, sha256: sha256(pdf), stated };
}

/** Every name the letter may print, and every account number with its label, so no line ends inside one. */
function keptTogether(input: LetterInput): (string | RegExp)[] {
  const { deceased } = input;
  const told = [...(input.corrections ?? []), ...(input.history?.sent ?? []).flatMap((l) => l.corrections ?? [])];
  const accountNumbers = [input.contract?.accountNumber, input.history?.requested?.accountNumber, ...told.filter((c) => c.field === 'accountNumber').flatMap((c) => [c.from, c.to])];
  return [
    fullName(deceased),
    formalName(deceased, input.language),
    // A full name too long to keep on one line breaks only between "Johannes Cornelis Maria" and "van den Berg-van der Heijden".
    deceased.givenNames,
    familyName(deceased),
    input.sender.name,
    input.recipient.name,
    ...(input.newHolder ? [input.newHolder.name] : []),
    ...accountNumbers.filter((n): n is string => !!n).map(withWordBefore),
  ];
}
