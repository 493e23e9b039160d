import { LETTER_KINDS, type LetterKind, type Language, type StatedFacts } from './model';
import { en } from './templates/en';
import { nl } from './templates/nl';
import { ABOUT_THE_REQUEST, CHARGE_TITLES, INSURER_TITLES, type InsurerTitle, NUMBER_KINDS, numberKindOf, type Words } from './templates/words';

const WORDS: Record<Language, Words> = { nl, en };

/** Every title a subject may open with, keyed by its place in the catalogue, so one language's title finds the other's. */
function titles(w: Words): [string, string][] {
  return [
    ...Object.entries(w.titles).map(([kind, title]): [string, string] => [kind, title]),
    ...Object.entries(w.ourTitles.kinds).map(([kind, title]): [string, string] => [`our.${kind}`, title]),
    ['our.disputesEscalation', w.ourTitles.disputesEscalation],
    ['transferDispute', w.transferDisputeTitle],
    ['noEndDispute.death', w.noEndDisputeTitles.death],
    ['noEndDispute.confirmed', w.noEndDisputeTitles.confirmed],
    ['noEndDispute.keptCover', w.noEndDisputeTitles.keptCover],
    ['noEndDispute.chargeDeath', w.noEndDisputeTitles.chargeDeath],
    ['noEndDispute.chargeConfirmed', w.noEndDisputeTitles.chargeConfirmed],
    ['insurance', w.insuranceTitle],
    ['bank', w.bankTitle],
    ['agency.mine', w.agencyCorrectionTitles.mine],
    ['agency.ours', w.agencyCorrectionTitles.ours],
    ['agencyWithdrawal.mine', w.agencyWithdrawalTitles.mine],
    ['agencyWithdrawal.ours', w.agencyWithdrawalTitles.ours],
    ['disputesEscalation', w.disputesEscalationTitle],
    ['repaymentReminder', w.repaymentReminderTitle],
    ['partWithdrawn', w.partWithdrawnTitle],
    ...(['mine', 'ours'] as const).flatMap((who) => CHARGE_TITLES.map((key): [string, string] => [`charge.${who}.${key}`, w.chargeTitles[who][key]])),
    ...INSURER_TITLES.map((key): [string, string] => [`insurer.${key}`, w.insurerTitles[key]]),
    ...INSURER_TITLES.map((key): [string, string] => [`fund.${key}`, w.fundTitles[key]]),
  ];
}

const MARK = /\u0000/g;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts a frame was filled with, read back from its text (`frame` called with markers shows where each part goes); null if it is not this frame's. */
function partsOf(text: string, frame: (...parts: string[]) => string, count: number): string[] | null {
  const pattern = escaped(frame(...Array.from({ length: count }, () => '\u0000'))).replace(MARK, '(.+)');
  return new RegExp(`^${pattern}$`, 's').exec(text)?.slice(1) ?? null;
}

/** A subject to a collection agency that ends with its file number (`theirFile`): the subject before it, and the number; else as it is. */
function apartFromTheirFile(subject: string, w: Words): [string, string | null] {
  const parts = partsOf(subject, (before, file) => `${before}${w.theirFile(file)}`, 2);
  return parts ? [parts[0], parts[1]] : [subject, null];
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
    // An agency's file number after the contract is said again after it.
    const [framed, file] = apartFromTheirFile(subject, said);
    const theirs = file ? sayAgain.theirFile(file) : '';
    const other = new Map(titles(sayAgain));
    // The longest title first: a title may open another, and a description may hold a colon.
    for (const [key, title] of titles(said).sort(([, a], [, b]) => b.length - a.length)) {
      for (const number of NUMBER_KINDS) {
        const parts = partsOf(framed, (...p) => said.subjects.contract(title, p[0], p[1], p[2], number), 3);
        // English says "account number" of an IBAN and a customer's number alike: the number itself tells them apart.
        const byNumber = numberKindOf(null, parts?.[1] ?? '');
        if (parts) return `${sayAgain.subjects.contract(other.get(key) ?? title, parts[0], parts[1], parts[2], said.numberWords[byNumber] === said.numberWords[number] ? byNumber : number)}${theirs}`;
      }
    }
  }
  return subject;
}

/**
 * A letter's title (`titleOf`, as a timeline entry recorded it) in the reader's language (`to`), by its place in the catalogue,
 * whichever language the letter was written in; a title the catalogue does not know (an older wording) stays as it is.
 */
export function titleIn(title: string, to: Language): string {
  const key = Object.values(WORDS).flatMap(titles).find(([, said]) => said === title)?.[0];
  return (key && new Map(titles(WORDS[to])).get(key)) || title;
}

/** What a letter's subject named (`subjectLine`): the deceased, and for a contract's letter the contract as it printed it. */
export type PrintedAbout = Pick<StatedFacts, 'deceasedName'> & Partial<Pick<StatedFacts, 'description' | 'accountNumber'>>;

/**
 * What a letter of a contract named in its subject, from what it and the request stated when written (`SentLetter.stated`,
 * kept with the letter): the deceased as it printed the name, the contract as it kept what its subject named (`named`, a
 * letter of `NAMED_AS_KNOWN`: as the provider knew it), else for a letter about the request (`ABOUT_THE_REQUEST`) as the
 * request printed it (kept before `named` was), for any other as it stood. Null when the letter kept none (written before they were kept).
 */
function printedAbout(kind: string, own: StatedFacts | null, request: StatedFacts | null | undefined, named: TitledLetter['named']): PrintedAbout | null {
  const contract = named ?? (ABOUT_THE_REQUEST.includes(kind as LetterKind) ? request : own);
  return own && contract ? { deceasedName: own.deceasedName, description: contract.description, accountNumber: contract.accountNumber } : null;
}

/** A sent letter as its title needs it: `stated`, what it kept of the facts it printed (`LetterEffect.stated`). */
export interface TitledLetter {
  id: string;
  contractId: string | null;
  kind: string;
  language: Language;
  subject: string;
  stated: StatedFacts | null;
  /** A letter of `NAMED_AS_KNOWN`: the contract its subject named (`ComposedLetter.named`); absent for one written before it was kept. */
  named?: Pick<StatedFacts, 'description' | 'accountNumber'> | null;
}

/**
 * The titles of an estate's sent letters (oldest first, so each letter about the request finds the request before it) in the
 * reader's language, by id (`letterTitle`); `'own'`: each in the language it was written in (a downloaded file's name).
 * A report keeps no facts: it names the deceased as the estate records them (`deceasedName`).
 */
export function letterTitles(letters: TitledLetter[], deceasedName: string, to: Language | 'own'): Map<string, string> {
  const request = new Map<string, StatedFacts | null>();
  const titled = new Map<string, string>();
  for (const letter of letters) {
    titled.set(letter.id, letterTitle(letter, letter.contractId ? printedAbout(letter.kind, letter.stated, request.get(letter.contractId), letter.named) : { deceasedName }, to === 'own' ? letter.language : to));
    if (letter.contractId && (letter.kind === 'cancellation' || letter.kind === 'transfer')) request.set(letter.contractId, letter.stated);
  }
  return titled;
}

/** A bank's charge's titles of a kind (`chargeTitles`), mine and ours. */
const charged = (key: (typeof CHARGE_TITLES)[number]) => [`charge.mine.${key}`, `charge.ours.${key}`];

/** notawords: an insurer's titles of these (`insurerTitles`), each its nota; fundwords: a pension fund's (`fundTitles`), each its recovery. */
const insured = (...keys: InsurerTitle[]) => keys.flatMap((key) => [`insurer.${key}`, `fund.${key}`]);

/** The titles a letter of this kind may open with (`titleOf`): its own, "ours" for a colleague's, and the variants some kinds have. */
const VARIANTS: Partial<Record<LetterKind, string[]>> = {
  cancellation: ['insurance', 'bank'],
  dispute: ['transferDispute', 'noEndDispute.death', 'noEndDispute.confirmed', 'noEndDispute.keptCover', 'noEndDispute.chargeDeath', 'noEndDispute.chargeConfirmed', ...insured('dispute', 'transferDispute', 'noEndDispute.death', 'noEndDispute.confirmed')],
  dispute_escalation: ['disputesEscalation', 'our.disputesEscalation', ...charged('dispute_escalation'), ...charged('disputesEscalation'), ...insured('dispute_escalation', 'our.dispute_escalation', 'disputesEscalation', 'our.disputesEscalation')],
  correction: ['agency.mine', 'agency.ours'],
  bill_correction: ['agency.mine', 'agency.ours', ...charged('bill_correction'), ...insured('bill_correction', 'our.bill_correction')],
  dispute_withdrawal: ['agencyWithdrawal.mine', 'agencyWithdrawal.ours', ...charged('dispute_withdrawal'), ...insured('dispute_withdrawal', 'our.dispute_withdrawal', 'agencyWithdrawal.mine', 'agencyWithdrawal.ours')],
  repayment_request: ['repaymentReminder'],
};

/**
 * The title a letter's subject opens with (`titleOf`: "Melding van overlijden" for an insurer's request, a bank's own), in the
 * reader's words (`to`): the variant its subject opens with where its kind has several, else its kind's own; null for a kind this
 * catalogue does not know. A history line names the letter by it, as the owner reads it above the letter (README, printwords).
 */
export function openingTitle(letter: { kind: string; subject: string; language: Language }, to: Language): string | null {
  const kind = letter.kind as LetterKind;
  const keys = [kind, `our.${kind}`, ...(VARIANTS[kind] ?? [])];
  const opened = titles(WORDS[letter.language])
    .filter(([key, title]) => keys.includes(key) && letter.subject.startsWith(title))
    .sort(([, a], [, b]) => b.length - a.length)[0];
  return new Map(titles(WORDS[to])).get(opened?.[0] ?? kind) ?? null;
}

/**
 * A letter's title for its reader (`to`), from its kind and what it named (`printed`), whatever wording its subject was
 * archived in: its kind's title in the reader's words, the variant its subject opens with where a kind has several (a
 * colleague's letter, a transfer's dispute), else the kind's own; the deceased, description and number as printed. A kind
 * this catalogue does not know, or a letter that kept nothing of what it named, falls back to its subject (`subjectIn`).
 */
export function letterTitle(letter: { kind: string; subject: string; language: Language }, printed: PrintedAbout | null, to: Language): string {
  const kind = letter.kind as LetterKind;
  const sayAgain = WORDS[to];
  if (!LETTER_KINDS.includes(kind) || !printed) return subjectIn(letter.subject, to);
  if (kind === 'final_report' || kind === 'progress_report') return sayAgain.subjects[kind](printed.deceasedName);
  if (printed.description === undefined || printed.accountNumber === undefined) return subjectIn(letter.subject, to);
  const title = openingTitle(letter, to)!;
  // The number's label as the letter printed it: a subject names an insurer's polisnummer, where the number alone cannot tell
  // (before an agency's file number, which the title leaves out: it is the agency's, not the contract's).
  const { description, accountNumber, deceasedName } = printed;
  const [framed] = apartFromTheirFile(letter.subject, WORDS[letter.language]);
  const printedAs = NUMBER_KINDS.filter((n) => framed.endsWith(WORDS[letter.language].subjects.contract('', description, accountNumber, deceasedName, n)));
  const byNumber = numberKindOf(null, accountNumber);
  const number = printedAs.includes(byNumber) || !printedAs.length ? byNumber : printedAs[0];
  return sayAgain.subjects.contract(title, description, accountNumber, deceasedName, number);
}
