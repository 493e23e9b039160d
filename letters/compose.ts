import { friendlyFormatIBAN } from 'ibantools';
import { addressLine, postalLines } from './address';
import { askedEndDate, type AskedEndDateFacts } from './asked';
import { type ComposedLetter, isFamilyLetter, type LetterInput, type LetterKind, type ReportTable } from './model';
import { formalName, fullName } from './names';
import { en } from './templates/en';
import { nl } from './templates/nl';
import { asksPensionStop } from '../workflows/wording';
import { asksDateAgain, type Facts, NAMED_AS_KNOWN, NAMING_THE_CONTRACT, reportTable, subjectContract, subjectLine, thanksOf, titleOf, type Words } from './templates/words';

const WORDS: Record<LetterInput['language'], Words> = { nl, en };

/**
 * The end date a request asks for, in the words of its letter (`cancellationRequest`, the transfer request): a bank account is
 * blocked and closed once the balance is released, on no day of ours; a lease where the tenant lived alone ends by law on the day
 * `askedEndDate` says (art. 7:268 lid 6 BW), any other lease is not given notice (art. 7:268 BW); an insurer is asked, by its kind,
 * to pay out, keep or settle the policy (`insuranceRequest`), never to end it on a day; otherwise the date asked, or
 * else the date of death "or otherwise as soon as possible". The provider's desk says it in these same words, so the desk never
 * reads differently from the letter.
 */
export function endDateWords(asked: AskedEndDateFacts, language: LetterInput['language']): string {
  const w = WORDS[language];
  if (asked.action === 'cancel' && asked.category === 'bank') return w.accountClosed(w.date(asked.dateOfDeath));
  if (asked.action === 'cancel' && asked.category === 'insurance') return w.insuranceAsked[asked.insuranceKind ?? 'unknown'](w.date(asked.dateOfDeath));
  if (asksPensionStop(asked.category, asked.action)) return w.pensionStopped(w.date(asked.dateOfDeath));
  if (asked.action === 'cancel' && asked.category === 'housing') {
    const byLaw = askedEndDate(asked);
    return byLaw ? w.leaseEndsByLaw(w.date(byLaw)) : w.leaseContinues;
  }
  return asked.requestedEndDate ? w.date(asked.requestedEndDate) : w.asSoonAsPossible(w.date(asked.dateOfDeath));
}

function facts(input: LetterInput, w: Words): Facts {
  const { deceased, contract, sender } = input;
  const dateOfDeath = w.date(deceased.dateOfDeath);
  const recorded: Facts = {
    input,
    deceasedFull: fullName(deceased),
    deceasedFormal: formalName(deceased, input.language),
    dateOfDeath,
    dateOfBirth: w.date(deceased.dateOfBirth),
    deceasedAddress: addressLine(deceased.address),
    // Deliberately not defaulted: a missing value shows up as "undefined" and the linter blocks the letter.
    description: String(contract?.description),
    accountNumber: String(contract?.accountNumber),
    endDate: endDateWords(
      { action: contract?.action ?? 'cancel', requestedEndDate: contract?.requestedEndDate ?? null, category: input.category ?? 'other', livedWith: input.livedWith ?? null, dateOfDeath: deceased.dateOfDeath, insuranceKind: input.insuranceKind },
      input.language,
    ),
    effectiveDate: contract?.effectiveDate ? w.date(contract.effectiveDate) : null,
    dueDate: input.dueDate ? w.date(input.dueDate) : null,
    previousLetterDate: input.previousLetterDate ? w.date(input.previousLetterDate) : null,
    ownerEmail: sender.email,
    estateAccount: input.estateAccount ? `${friendlyFormatIBAN(input.estateAccount.iban)} ${w.inTheNameOf} ${input.estateAccount.holder}` : null,
    // IBANs in groups of four, as printed on a bank card (the library the DTOs validate them with).
    newHolderIban: input.newHolder?.iban ? friendlyFormatIBAN(input.newHolder.iban) : null,
    powerOfAttorneyEnclosed: input.enclosures.some((e) => e.kind === 'power_of_attorney'),
    certificateOfInheritanceEnclosed: input.enclosures.some((e) => e.kind === 'certificate_of_inheritance'),
  };
  // Its opening names the contract as its subject does: as the provider knows it, not as a correction held back has it (`subjectContract`).
  return NAMING_THE_CONTRACT.includes(input.kind) ? { ...recorded, ...subjectContract(input.kind, recorded) } : recorded;
}

/** deskcorr: whether this letter is a correction to the provider that asks whether the date it confirmed changes (`asksDateAgain`). */
export const correctionAsksDateAgain = (input: LetterInput): boolean => input.kind === 'correction' && asksDateAgain(facts(input, WORDS[input.language]));

/** Letters to a provider that ask its answer by their own term (`dueDate`) when they have one; the others at most quote another's. */
const ASKING_BY_TERM: readonly LetterKind[] = ['cancellation', 'transfer', 'information_supplied', 'reminder', 'escalation', 'dispute', 'dispute_escalation', 'collection_stop', 'rejection_complaint', 'release_reminder'];

/**
 * Whether the letter asks the provider to answer by its own term: it has one, its kind asks by it, and it is not an answer still
 * waiting for a document (that one asks to finish only once the document follows, `followsLater`).
 */
export const asksByItsTerm = (input: LetterInput): boolean =>
  Boolean(input.dueDate) && ASKING_BY_TERM.includes(input.kind) && !(input.kind === 'information_supplied' && input.followsLater?.length);

/**
 * Turns the facts of a letter into its final text, block by block, following Dutch business-letter
 * conventions: sender, recipient (window position), place and date, references, subject,
 * salutation, body, closing, signature, enclosures.
 */
export function composeLetter(input: LetterInput): ComposedLetter {
  const w = WORDS[input.language];
  const f = facts(input, w);
  const toFamily = isFamilyLetter(input.kind);
  const { sender, recipient } = input;
  const asked = w.body(input.kind, f);
  // A request made again after it was posted to the provider's previous address says so first: the provider may get both. It is a new
  // letter (its own date, its own term), so it names the earlier copies by their dates and, if it asks an answer by its term, says that
  // one counts (README, printwords, readdresswords; printrest2: from what the letter records, not from its text).
  const body = [...(!toFamily && input.postedBefore?.length ? [w.postedBefore(input.postedBefore.map(w.date), asksByItsTerm(input))] : []), ...asked];
  const about = subjectLine(w, input.kind, f);
  const addressee = {
    name: recipient.name,
    attention: recipient.attention ? `${w.attention} ${recipient.attention}` : null,
    postal: recipient.address ? postalLines(recipient.address) : recipient.viaDesk ? [w.viaDesk] : recipient.viaPortal ? w.viaPortal(recipient.viaPortal.notified) : recipient.deliveredVia ? [`${w.deliveredVia} ${recipient.deliveredVia}`] : [],
  };
  // What travels with the letter is named once, in the enclosure list under the signature (README, Letters → One page).
  if (!toFamily) body.push(w.correspondence(f), thanksOf(w, input.kind, f));
  return {
    kind: input.kind,
    language: input.language,
    title: titleOf(w, input.kind, f),
    sender: [sender.organisation, sender.name, sender.street, `${sender.postalCode} ${sender.city}`, ...(sender.phone ? [sender.phone] : []), sender.email],
    recipient: [addressee.name, ...(addressee.attention ? [addressee.attention] : []), ...addressee.postal],
    addressee,
    placeAndDate: `${sender.city}, ${w.date(input.letterDate)}`,
    // Both references on one line, as in NEN 1026's reference line (README, Letters → One page).
    references: [[...(input.providerReference ? [`${w.yourReference}: ${input.providerReference}`] : []), `${w.ourReference}: ${input.estateReference}`].join(' · ')],
    subject: `${w.subjectLabel}: ${about}`,
    about,
    ...(NAMED_AS_KNOWN.includes(input.kind) && { named: subjectContract(input.kind, f) }),
    salutation: !toFamily ? w.greetingOrganisation : recipient.unnamed ? w.greetingFamily : w.greetingPerson(recipient.name),
    body,
    table: toFamily ? reportTable(input, w) : null,
    tableAfter: w.tableAfter(input.kind, f),
    // Providers are greeted as "Sir or Madam", families by name or as a family.
    closing: w.closing(toFamily),
    // Name and role only: the owner's direct phone and email stand in the letterhead (sender, above).
    signature: [sender.name, `${w.role}, ${sender.organisation}`],
    enclosures: input.enclosures.length ? [`${w.enclosuresLabel}:`, ...input.enclosures.map((e) => `– ${e.title}`)] : [],
  };
}

/** The whole letter as plain text (previews, search, the linter's view of "everything"). */
export function letterPlainText(letter: ComposedLetter): string {
  return [
    ...letter.sender,
    '',
    ...letter.recipient,
    '',
    letter.placeAndDate,
    ...letter.references,
    '',
    letter.subject,
    '',
    letter.salutation,
    '',
    ...letter.body.flatMap((p, i) => [p, '', ...(i === letter.tableAfter && letter.table ? [...tableLines(letter.table), ''] : [])]),
    letter.closing,
    '',
    ...letter.signature,
    ...(letter.enclosures.length ? ['', ...letter.enclosures] : []),
  ].join('\n');
}

/** The table as lines of text: each heading, then its rows with their cells joined by " | ", then its note. */
export const tableLines = (table: ReportTable) => table.groups.flatMap((g) => [g.heading, ...[g.columns, ...g.rows].map((cells) => cells.join(' | ')), ...(g.note ? [g.note] : [])]);
