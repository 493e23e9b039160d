import { sameHome } from '../address';
import { leaseEndedByLawBefore } from '../asked';
import { letterDate } from '../dates';
import { deliberationPeriodEnd, leaseEndsByLaw, withinDeliberationPeriod } from '../legal';
import type { BillCorrectionFacts, BillHead, BillsHeld, CarriedAs, CorrectedField, Correction, Enclosure, EstateBill, FollowingEnclosure, InsuranceKind, LetterInput, LetterKind, ReportTable, RequestedFacts, SentLetter, StandingGroup, StatedFacts, StatedField } from '../model';
import { nobodyContinuesLease, REQUEST_LETTER_KINDS, STANDING_GROUPS, STATED_TO_AGENCY } from '../model';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { knownToProvider, toldValue } from '../known';
import { answerDateKind, askedInstead, type AskedInstead, asksBankAccount, asksPensionStop, type Biller, billNounsOf, capitalised, providerBiller } from '../../workflows/wording';
import { followingKey } from '../../workflows/contract.machine';
import { disputedAfterDeath, premiumStoppedAtDeath } from '../../workflows/disputes';

/** Facts a template sentence may use, already formatted for the letter's language. */
export interface Facts {
  input: LetterInput;
  deceasedFull: string;
  deceasedFormal: string;
  dateOfDeath: string;
  dateOfBirth: string;
  deceasedAddress: string;
  description: string;
  accountNumber: string;
  /** The end (or transfer) date asked for, in words, including "as soon as possible" when none. */
  endDate: string;
  effectiveDate: string | null;
  dueDate: string | null;
  previousLetterDate: string | null;
  ownerEmail: string;
  /** "NL91 ABNA 0417 1643 00 t.n.v. Erven J. de Vries", or null when the estate has no account recorded. */
  estateAccount: string | null;
  /** The new holder's IBAN for the direct debit, printed in groups of four. */
  newHolderIban: string | null;
  /** Whether a power of attorney from the heirs travels with this letter: only then may it say so. */
  powerOfAttorneyEnclosed: boolean;
  /** Whether the verklaring van erfrecht travels with this letter (what a bank asks, legal.ts). */
  certificateOfInheritanceEnclosed: boolean;
}

/** Everything a language says; compose.ts decides the order and the layout. */
export interface Words {
  titles: Record<LetterKind, string>;
  /** The titles that say "my request" or "my dispute", for when a colleague sent it (`referredColleague`): "our". */
  ourTitles: { kinds: Partial<Record<LetterKind, string>>; disputesEscalation: string };
  /** A request to an insurer or a pension fund reports the death: it claims, keeps or settles the policy, or stops the payments; it does not cancel (`titleOf`, `insuranceRequest`, `pensionRequest`). */
  insuranceTitle: string;
  /**
   * factuurwords, notawords: each title that names the provider's bill, as an insurer's reads (its nota, `billNouns`), keyed by the
   * title's place in the catalogue (`INSURER_TITLES`); `titleOf` chooses it, so no title is rewritten and none can miss.
   */
  insurerTitles: Record<InsurerTitle, string>;
  /** fundwords: the same titles as a pension fund's read: its bill is what it asks back, a „terugvordering" (`billNouns`). */
  fundTitles: Record<InsurerTitle, string>;
  /** bankrelease: a request to a bank asks the account blocked and its balance, closing only after the release: no cancellation (`titleOf`, `bankAsk`). */
  bankTitle: string;
  /** A dispute after a transfer is no dispute after an end date (`titleOf`). */
  transferDisputeTitle: string;
  /**
   * Nor is one after a request that asked no end (`asksNoEnd`: a bank, an insurer): it follows the date the provider confirmed,
   * named the date of death when it is that day (`titleOf`); of a kept cover's premium, one after the cover's end (coverrest).
   */
  /** `chargeDeath`, `chargeConfirmed`: a bank's charge (`refundsCharge`), which is no invoice. */
  noEndDisputeTitles: { death: string; confirmed: string; keptCover: string; chargeDeath: string; chargeConfirmed: string };
  /** A correction to an agency corrects our collection stop to it, mine or (a colleague wrote it) ours (`titleOf`). */
  agencyCorrectionTitles: { mine: string; ours: string };
  /** A dropped objection told to an agency: the bill is not its own, so not "your invoice" (`titleOf`). */
  agencyWithdrawalTitles: { mine: string; ours: string };
  /** A complaint about several unanswered disputes (`titleOf`). */
  disputesEscalationTitle: string;
  /** askwords: the repayment request sent again as a reminder (`repaymentRequest.reminder`) is titled a reminder, not the first request (`titleOf`). */
  repaymentReminderTitle: string;
  /** audit91 F10: the agency told of bills withdrawn that are only part of what it claims (`withdrawnPartOfClaim`): not „close your file" (`titleOf`). */
  partWithdrawnTitle: string;
  /** bankletters: a later letter about a bank's disputed charge (`refundsCharge`), which is no invoice: mine, or ours after a colleague's (`titleOf`). */
  chargeTitles: Record<'mine' | 'ours', Record<ChargeTitle, string>>;
  yourReference: string;
  ourReference: string;
  subjectLabel: string;
  enclosuresLabel: string;
  greetingOrganisation: string;
  greetingPerson: (name: string) => string;
  /** For family letters when no family member is recorded by name. */
  greetingFamily: string;
  /** The closing formula; English chooses it by the greeting (a person or family, or "Sir or Madam"). */
  closing: (greetedPersonally: boolean) => string;
  /** The last line of a letter to a provider, fitting what the letter is: a request, a reminder, a complaint, a dispute. */
  thanks: Record<LetterKind, string>;
  /** The thanks of a dispute of a premium after a kept cover's end (`thanksOf`): it awaits a credit note, no final bill. */
  premiumDisputeThanks: string;
  /** The thanks of a dispute of a bank's charge (`thanksOf`): it awaits the charge booked back (`refundsCharge`). */
  chargeDisputeThanks: string;
  /** The thanks of a dispute of a pension fund's recovery (`thanksOf`): it awaits the recovery corrected or withdrawn (`recoversPension`). */
  recoveryDisputeThanks: string;
  /** stop72mends: a dispute of an insurer's nota looks forward to a credit note or a corrected nota, no final bill. */
  notaDisputeThanks: string;
  /** "Verzonden via" the provider desk, in the letter's language. */
  viaDesk: string;
  /** Where a report to the family went: the family portal, and the e-mail address told of it (`Recipient.viaPortal`). */
  viaPortal: (notified: string | null) => string[];
  role: string;
  attention: string;
  deliveredVia: string;
  /** Before an account holder's name: "t.n.v." */
  inTheNameOf: string;
  /** The subject line without its label (`subjectLine`): a report's names the deceased; any other letter's its title and the contract. */
  subjects: { final_report: (deceased: string) => string; progress_report: (deceased: string) => string; contract: (title: string, description: string, accountNumber: string, deceased: string, number: NumberKind) => string };
  /** " (uw dossiernummer D-2026-0077)": the number a collection agency files the claim under, said to the agency after the contract. */
  theirFile: (dossierNumber: string) => string;
  /** The number's label as its provider names it (`numberKindOf`): "polisnummer", "pensioennummer", "rekeningnummer", "klantnummer". */
  numberWords: Record<NumberKind, string>;
  body: (kind: LetterKind, f: Facts) => string[];
  /** Which body paragraph a report's table follows (`ComposedLetter.tableAfter`). */
  tableAfter: (kind: LetterKind, f: Facts) => number;
  /** Where further post goes: the letterhead's address and the owner's email, not the deceased's address. */
  correspondence: (f: Facts) => string;
  /** A request made again after copies went to the provider's previous address (`LetterInput.postedBefore`, their dates written out): other letters with the same request; `termHere`: this letter prints a term, the one that counts. */
  postedBefore: (dates: string[], termHere: boolean) => string;
  asSoonAsPossible: (dateOfDeath: string) => string;
  /** A bank account's end as its letter asks it: blocked, the balance on the date of death, closed once the balance is released. */
  accountClosed: (dateOfDeath: string) => string;
  /** An insurer's "end date", by kind, as its letter asks (`insuranceRequest`): no end, except a health policy settled per the death. */
  insuranceAsked: Record<InsuranceKind | 'unknown', (dateOfDeath: string) => string>;
  /** pensionletter: a pension fund's "end date" as its letter asks (`pensionRequest`): its payments stopped per the date of death. */
  pensionStopped: (dateOfDeath: string) => string;
  /** A lease whose tenant lived alone: the day it ends by law (art. 7:268 lid 6 BW). */
  leaseEndsByLaw: (endsOn: string) => string;
  /** A lease someone may continue: not given notice (art. 7:268 BW). */
  leaseContinues: string;
  date: (iso: string) => string;
  money: (amount: number) => string;
  /** The contracts table of the reports to the family: a heading per group, its columns, what we asked. */
  standings: { headings: Record<StandingGroup, string>; columns: (group: StandingGroup) => string[]; asked: Record<'cancel' | 'transfer' | AskedInstead, string>; termPassed: (date: string) => string; billsOwed: (listed: boolean) => string; reported: string };
  /**
   * The estate's bills in the reports to the family: those still to pay, with what that means (recorded as
   * owed by the estate, not yet as paid) and whom to ask, and those marked paid with the day.
   */
  estateBills: { headings: { open: string; paid: string; received: string }; receivedColumns: string[]; refund: string; askedBack: (reference: string) => string; balanceReleased: string; amountNotGiven: string; columns: (paid: boolean, heads: BillHead[]) => string[]; openNote: (held: BillsHeld, count: number, afterEnd: number) => string; finalBill: (reference: string) => string; recovery: (reference: string) => string; repaidAgain: string; untilEnd: (reference: string) => string; afterEnd: (reference: string) => string; collection: (agency: string, reference: string) => string };
}

/** The last letter of `kind` that went out to the provider, as recorded; null if it never did. */
/**
 * v12, an answer after a part answer: the letter that said documents would follow (null when the history holds none) and,
 * of those documents, what this letter encloses; only an enclosure is said to be sent ("Letters state only what is true").
 */
export function followedUp(f: Facts): { earlier: SentLetter | null; promised: string[]; enclosedNow: string[]; renewed: { kind: string; title: string; described: boolean; withdrawnOn: string; withdrawnBy: string | null; enclosedNow: boolean }[] } | null {
  const all = f.input.followUp ?? [];
  if (!all.length) return null;
  // v16: a document withdrawn since it went is owed anew: no part that was promised (README, answerback).
  const promised = all.filter((d) => !d.withdrawnOn);
  return {
    earlier: lastSentLetter(f, 'information_supplied'),
    promised: promised.map(followingTitle),
    // claimform: what she described goes as a document of its kind (`other`): named as she promised it, not as "document";
    // answerrest: only the items it was sent as, the others following still (in `followsLater`).
    enclosedNow: [
      ...f.input.enclosures.filter((e) => promised.some((d) => d.kind === e.kind && !d.description)).map((e) => inSentence(e.title)),
      ...promised.filter((d) => d.description && enclosedNow(f, d)).map(followingTitle),
    ],
    // answerrest: one that follows once more is said once, in "Volgt later" (`renewedFollowing`), not here as well.
    renewed: all.flatMap((d) =>
      d.withdrawnOn && (enclosedNow(f, d) || !followsAgain(f, d)) ? [{ kind: d.kind, title: followingTitle(d), described: Boolean(d.description), withdrawnOn: d.withdrawnOn, withdrawnBy: d.withdrawnBy ?? null, enclosedNow: enclosedNow(f, d) }] : [],
    ),
  };
}

const followsAgain = (f: Facts, d: FollowingEnclosure) => (f.input.followsLater ?? []).some((o) => followingKey(o) === followingKey(d));
const enclosedNow = (f: Facts, d: FollowingEnclosure) => f.input.enclosures.some((e) => e.kind === d.kind) && !followsAgain(f, d);

/**
 * answerrest: the day the one sent of this document that follows was withdrawn, when it follows in its place (v16), and (olddebts3)
 * the colleague who withdrew it when not this letter's signer; null for one never sent.
 */
export const renewedFollowing = (f: Facts, d: FollowingEnclosure): { on: string; by: string | null } | null => {
  const sent = (f.input.followUp ?? []).find((u) => u.withdrawnOn && followingKey(u) === followingKey(d));
  return sent?.withdrawnOn ? { on: sent.withdrawnOn, by: sent.withdrawnBy ?? null } : null;
};

/**
 * insurerletters: the enclosures an answer's body has not named yet (audit73 F-H): not the documents that follow up what an earlier
 * part answer promised (`followedUp`), nor an "overig" document sent as her words (`answers`). Each is named besides, "Ook
 * bijgevoegd" after those, else "Bijgevoegd", so every document that travels is announced and none is listed only.
 */
export function enclosedBesides(f: Facts): { also: boolean; besides: Enclosure[] } {
  const followUp = f.input.followUp ?? [];
  const named = (e: Enclosure) => Boolean(e.answers?.length) || followUp.some((d) => !d.description && d.kind === e.kind && (!d.withdrawnOn || !followsAgain(f, d)));
  return { also: f.input.enclosures.some(named), besides: f.input.enclosures.filter((e) => !named(e)) };
}

/** A document's title after a colon in running text ("Volgt later: verklaring van erfrecht"). */
export const inSentence = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/** docwords: a document in running text after an article: an "overig" one by her words ("document „uittreksel Kamer van Koophandel”"), another by its kind ("verklaring van erfrecht"). */
export const documentNamed = (title: string, description: string | null | undefined, quote: (words: string) => string): string => (description ? `document ${quote(description)}` : inSentence(title));

/** What follows in running text: the owner's own description as she wrote it (claimform), else the kind's title. */
export const followingTitle = (d: Pick<FollowingEnclosure, 'title' | 'description'>): string => d.description || inSentence(d.title);

export function lastSentLetter(f: Facts, kind: LetterKind): SentLetter | null {
  const sent = (f.input.history?.sent ?? []).filter((l) => l.kind === kind);
  return sent.length ? sent[sent.length - 1] : null;
}

/**
 * The dispute letter that went out about bill `reference` (the latest), or null when none did as far as the
 * history knows (its number corrected since): a complaint about one bill must not date it by another's letter.
 * A letter that recorded no bill counts for any.
 */
export function disputeLetterOf(f: Facts, reference: string | undefined): SentLetter | null {
  return [...(f.input.history?.sent ?? [])].reverse().find((l) => l.kind === 'dispute' && (!l.bill || l.bill === reference)) ?? null;
}

/** The bills a family report lists that the estate still has to pay (`estateBills`, not marked paid). */
export const billsToPay = (f: Facts) => (f.input.estateBills ?? []).filter((b) => !b.paidOn);

/** What a group of the estate's bills holds: a collection agency's claim is no invoice of the provider's, so the words say which. */
export const billsHeld = (group: EstateBill[]): BillsHeld => (group.every((b) => b.collectionAgency !== undefined) ? 'claim' : group.some((b) => b.collectionAgency !== undefined) ? 'both' : 'invoice');
/** fundwords2: what a group's bills are, in a fixed order, for its column's head („Factuur of vordering"): a fund's recovery is no invoice. */
export const billHeads = (group: EstateBill[]): BillHead[] => {
  const headOf = (b: EstateBill): BillHead => (b.collectionAgency !== undefined ? 'claim' : b.recovery ? 'recovery' : b.repaidAgain ? 'repaid' : 'invoice');
  return (['invoice', 'claim', 'recovery', 'repaid'] as const).filter((head) => group.some((b) => headOf(b) === head));
};
/** A column's head of the kinds it holds: „Factuur", „Factuur of vordering", „Factuur, vordering of terugvordering". */
export const headOfKinds = (kinds: string[], or: string) => capitalised(kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} ${or} ${kinds[kinds.length - 1]}` : kinds.join(''));

/** When the last letter of `kind` went out to the provider, as recorded; null if it never did. */
export function lastSent(f: Facts, kind: LetterKind): string | null {
  const last = lastSentLetter(f, kind);
  return last ? letterDate(last.date, f.input.language) : null;
}

/** The latest request (a rejected one may have gone before): the letter that reminders, complaints, corrections and withdrawals refer back to. */
export const requestLetter = (f: Facts): SentLetter | null =>
  [...(f.input.history?.sent ?? [])].reverse().find((l) => REQUEST_LETTER_KINDS.includes(l.kind)) ?? null;

/** The contract as the latest request printed it: a correction since changed the record, not that letter. */
export const asRequested = (f: Facts): RequestedFacts =>
  f.input.history?.requested ?? { description: f.description, accountNumber: f.accountNumber, requestedEndDate: f.input.contract?.requestedEndDate ?? null };

/**
 * An insurer's kind as the latest request asked it (README, insurancerest): the value the first correction of it since that
 * request replaced, whether that correction reached the insurer or not, or the one this letter corrects; else as recorded
 * (a kind corrected before the request went out was printed in it).
 */
export function kindAsRequested(f: Facts): InsuranceKind | null {
  const first = [...(f.input.history?.correctionsSince ?? []).flatMap((l) => l.corrections), ...(f.input.corrections ?? [])].find((c) => c.field === 'insuranceKind');
  if (first) return (first.from as InsuranceKind | null) ?? null;
  // A kind corrected after a rejection went with no letter of its own: the request it replaced asked the kind then (`history.requested`).
  const requested = f.input.history?.requested?.insuranceKind;
  return requested !== undefined ? requested : (f.input.insuranceKind ?? null);
}

/** The letters that chase or amend the latest request, each opening with what it asked (templates/nl.ts): the reminder, the complaints about it, its withdrawal, its correction. */
export const ABOUT_THE_REQUEST: LetterKind[] = ['reminder', 'escalation', 'withdrawal', 'rejection_complaint', 'correction'];

/**
 * Letters after the request that name the contract in their subject and opening (`contractOf`) rather than quote the
 * request: the answer to the provider's questions, the objection to a bill, the complaint about it, its correction and
 * its withdrawal, the collection stop, the deletion request and the new contact person. A clerk finds its file by them
 * as by a reminder, so they name it as the provider knows it (`subjectContract`).
 */
export const NAMING_THE_CONTRACT: LetterKind[] = ['information_supplied', 'dispute', 'dispute_escalation', 'collection_stop', 'bill_correction', 'dispute_withdrawal', 'document_erasure', 'document_correction', 'contact_change', 'release_reminder', 'reminder_withdrawal', 'refund_reminder', 'collection_ended', 'repayment_request', 'collection_end_undone', 'repayment_withdrawn'];

/** The letters that name the contract as the provider knows it now (`subjectContract`), and keep what they named (`ComposedLetter.named`). */
export const NAMED_AS_KNOWN: LetterKind[] = [...ABOUT_THE_REQUEST, ...NAMING_THE_CONTRACT];

/**
 * What the provider calls the number a letter names: an insurer its policy's „polisnummer", a pension fund its participant's
 * „pensioennummer" (fundwords2, as its desk card and the owner's page name it; the source at `numberOf` in src/words/provider.nl.ts),
 * an IBAN is a „rekeningnummer" (audit71 F-A), and so is a bank's number of an account it keeps (insurerletters), any other number
 * the provider's „klantnummer". One rule for the subject and every sentence naming it.
 */
export type NumberKind = 'policy' | 'iban' | 'customer' | 'pension';
export const NUMBER_KINDS: readonly NumberKind[] = ['policy', 'iban', 'customer', 'pension'];
export const numberKindOf = (category: string | null | undefined, accountNumber: string): NumberKind =>
  category === 'insurance' ? 'policy' : category === 'pension' ? 'pension' : category === 'bank' || isValidIBAN(electronicFormatIBAN(accountNumber) ?? '') ? 'iban' : 'customer';
/** A number this letter names with its label, in its words: "polisnummer POL-55443" to an insurer. */
export const numbered = (w: Words, f: Facts, accountNumber: string) => `${w.numberWords[numberKindOf(f.input.category, accountNumber)]} ${accountNumber}`;

/** The contract or account as a letter names it. */
export type Named = Pick<RequestedFacts, 'description' | 'accountNumber'>;

/**
 * The contract a letter's subject line names. One about the request, or one that names the contract after it
 * (`NAMED_AS_KNOWN`), names it as its addressee knows it now (`knownToProvider`): as the request printed it, or as a
 * correction letter that reached it since told it (the provider was asked to update its records: it files the request
 * under that number now), never as a correction held back has it; the opening of one about the request says what the
 * request printed and what was told since. One that follows our collection stop to an agency (`agencyLetter`) names it
 * as that stop printed it or a correction to the agency told it since: the agency may hold an older number than the
 * provider. Any other letter names it as recorded now.
 */
export const subjectContract = (kind: LetterKind, f: Facts): Named =>
  NAMED_AS_KNOWN.includes(kind) ? { description: knownNow(f, 'description'), accountNumber: knownNow(f, 'accountNumber') } : { description: f.description, accountNumber: f.accountNumber };

/**
 * A fact of the contract as the addressee knows it now (`knownToProvider`): told since, else as the letter it had first
 * printed it — the request, or to an agency our collection stop when it kept what it printed (`stated`).
 */
function knownNow(f: Facts, field: 'description' | 'accountNumber'): string {
  const since = f.input.history?.correctionsSince ?? correctionsSinceRequest(f).map((l) => ({ corrections: l.corrections ?? [], told: true }));
  return toldValue(since, field) ?? agencyLetter(f)?.stated?.[field] ?? asRequested(f)[field];
}

/** A letter's subject without its label, in its language's words. */
export function subjectLine(w: Words, kind: LetterKind, f: Facts): string {
  if (kind === 'final_report' || kind === 'progress_report') return w.subjects[kind](f.deceasedFull);
  const { description, accountNumber } = subjectContract(kind, f);
  // To an agency, its own file number too, as its body says it: its clerk files our letter by it (README, collectionwords).
  const c = f.input.collection;
  const theirs = c?.to === 'agency' && c.dossierNumber ? w.theirFile(c.dossierNumber) : '';
  return `${w.subjects.contract(titleOf(w, kind, f), description, accountNumber, f.deceasedFull, numberKindOf(f.input.category, accountNumber))}${theirs}`;
}

const REQUESTED_FIELDS = ['description', 'accountNumber', 'requestedEndDate'] as const satisfies (keyof RequestedFacts & CorrectedField)[];
const isRequested = (field: CorrectedField): field is (typeof REQUESTED_FIELDS)[number] => (REQUESTED_FIELDS as readonly CorrectedField[]).includes(field);

/** What a letter restates when it says what the request asked: the contract by its description and number. */
export const RESTATED: CorrectedField[] = ['description', 'accountNumber'];

type CorrectionLetter = SentLetter & { kind: 'correction' };

/** The correction letters that went out since the latest request, oldest first. */
function correctionsSinceRequest(f: Facts): CorrectionLetter[] {
  const sent = f.input.history?.sent ?? [];
  const request = requestLetter(f);
  return sent.slice(request ? sent.lastIndexOf(request) + 1 : 0).filter((l): l is CorrectionLetter => l.kind === 'correction');
}

/** The correction letter that last told the provider this fact since the latest request, with what it told; null if none did. */
export function lastTold(f: Facts, field: CorrectedField): { letter: CorrectionLetter; correction: Correction } | null {
  for (const letter of correctionsSinceRequest(f).reverse()) {
    const correction = letter.corrections?.find((c) => c.field === field);
    if (correction) return { letter, correction };
  }
  return null;
}

/** Of these facts, the value each correction letter since the request told last, grouped by that letter in the order they went out. */
export function toldSince(f: Facts, fields: CorrectedField[]): { letter: SentLetter; corrections: Correction[] }[] {
  const told = fields.map((field) => lastTold(f, field)).filter((t) => t !== null);
  return correctionsSinceRequest(f)
    .map((letter) => ({ letter, corrections: told.filter((t) => t.letter === letter).map((t) => t.correction) }))
    .filter((t) => t.corrections.length);
}

/**
 * A corrected fact as the provider last read it (`from`): in the last correction letter that told it, else in
 * the request (the contract's own facts as it printed them). Said of that letter, never of the request alone.
 */
export function asLastRead(f: Facts, c: Correction): { correction: Correction; toldIn: CorrectionLetter | null } {
  const told = lastTold(f, c.field);
  if (told) return { correction: { ...c, from: told.correction.to }, toldIn: told.letter };
  const requested = f.input.history?.requested;
  if (requested && isRequested(c.field)) return { correction: { ...c, from: requested[c.field] }, toldIn: null };
  // Not told since the request: the provider knows what the request printed, not what a correction held back replaced (`knownToProvider`).
  const known = knownToProvider(f.input.history?.correctionsSince ?? [], c.field);
  return { correction: known && !known.told ? { ...c, from: known.value } : c, toldIn: null };
}

/**
 * The letters after the request that print the facts a collection stop states (`STATED_TO_AGENCY`: the deceased's
 * name and date of death, the contract's description and number), each in its subject line and its opening: every
 * letter to the provider does (templates/nl.ts). The other facts (the date of birth, the address, the refund account,
 * the end date asked, the new holder) only the request and a correction of them print.
 */
const STATING_KINDS = ['information_supplied', 'reminder', 'escalation', 'dispute', 'dispute_escalation', 'collection_stop', 'withdrawal', 'rejection_complaint', 'correction', 'bill_correction', 'document_erasure', 'document_correction', 'contact_change', 'release_reminder', 'refund_reminder'] as const satisfies LetterKind[];
export type StatingKind = (typeof STATING_KINDS)[number];
const isStating = (l: SentLetter): l is SentLetter & { kind: StatingKind } => (STATING_KINDS as readonly LetterKind[]).includes(l.kind);

const isStated = (field: CorrectedField): field is StatedField => (STATED_TO_AGENCY as readonly CorrectedField[]).includes(field);

/**
 * The later letters to the provider that printed the corrected fact as it last read it (`asLastRead`): those sent after
 * the letter that last told it (the request, or a correction since; one before that correction was corrected by it) that
 * printed that value. One written after the record changed printed the new value (the outbox writes each letter from the
 * record as it then stands), so it is not named; one archived before letters kept what they printed is. A correction of
 * the fact names each (README, Letters → later letters), so none is left standing with the old value. None in an agency's letter.
 */
export function laterStating(f: Facts, c: Correction): (SentLetter & { kind: StatingKind })[] {
  const { field } = c;
  if (f.input.collection?.to === 'agency' || (!isStated(field) && field !== 'estateAccount')) return [];
  const sent = f.input.history?.sent ?? [];
  const told = lastTold(f, field)?.letter ?? requestLetter(f);
  const old = asLastRead(f, c).correction.from;
  const since = sent.slice(told ? sent.indexOf(told) + 1 : 0).filter(isStating);
  // remindwithdraw: of the later letters only the release reminder and (refundletter) the refund reminder print the estate account (one that kept no account printed the one then recorded).
  if (field === 'estateAccount') return since.filter((l) => (l.kind === 'release_reminder' || l.kind === 'refund_reminder') && (l.stated?.estateAccount ?? old) === old);
  return since.filter((l) => !l.stated || l.stated[field as StatedField] === old);
}

/**
 * Letters named in one breath: those a language names alike (`name`: one kind, one signer, one day, the same bill or
 * agency) once, with how many, in the order they went out. Seven corrections of one day are "my corrections of 3
 * December 2026", not the same words seven times.
 */
export function namedAlike<T>(letters: T[], name: (letter: T) => string): { letter: T; count: number }[] {
  const alike = new Map<string, { letter: T; count: number }>();
  for (const letter of letters) {
    const named = alike.get(name(letter));
    if (named) named.count += 1;
    else alike.set(name(letter), { letter, count: 1 });
  }
  return [...alike.values()];
}

/** The bills our objections named, by the number each was disputed under, once each. */
export const disputedBills = (f: Facts) => [...new Set((f.input.history?.sent ?? []).flatMap((l) => (l.kind === 'dispute' && l.bill ? [l.bill] : [])))];

/**
 * A request sent again after a rejection, when the date of death was corrected since a letter to the provider printed another:
 * that letter (a correction since the latest request that told the date, else that request's `stated`) and the date it printed.
 * Null when none is known to have printed another (a request archived before letters kept what they printed says nothing):
 * the letter says the date was wrong only where the provider holds it (audit75 F-8).
 */
export function deathCarriedOtherwise(f: Facts): { letter: SentLetter; date: string } | null {
  const told = lastTold(f, 'dateOfDeath');
  const request = requestLetter(f);
  const carried = told?.correction.to ? { letter: told.letter as SentLetter, date: told.correction.to } : request?.stated ? { letter: request, date: request.stated.dateOfDeath } : null;
  return rejectedBefore(f) && carried && carried.date !== f.input.deceased.dateOfDeath ? carried : null;
}

/** What the request now going again says differently from the one the provider rejected (its own facts; `history.requested`). */
export function changedSinceRequest(f: Facts): Correction[] {
  const was = asRequested(f);
  const now: RequestedFacts = { description: f.description, accountNumber: f.accountNumber, requestedEndDate: f.input.contract?.requestedEndDate ?? null };
  const kind = was.insuranceKind !== undefined && was.insuranceKind !== (f.input.insuranceKind ?? null) ? [{ field: 'insuranceKind' as const, from: was.insuranceKind, to: f.input.insuranceKind ?? null }] : [];
  return [...REQUESTED_FIELDS.filter((field) => was[field] !== now[field]).map((field) => ({ field, from: was[field], to: now[field] })), ...kind];
}

/**
 * The date of death (ISO) as `letter` printed it (null: the latest request), for a letter that quotes what that one
 * asked "per the date of death": the last correction up to it that told the date, else what the request printed
 * (`printedFirst`). Never worked out from the record alone once a correction told the provider another date since
 * (README, Corrections).
 */
export function deathAsReadIn(f: Facts, letter: SentLetter | null): string {
  const since = correctionsSinceRequest(f);
  const upTo = letter ? since.slice(0, since.findIndex((l) => l === letter) + 1) : [];
  const lastUpTo = upTo.map((l) => l.corrections?.find((c) => c.field === 'dateOfDeath') ?? null).filter((c) => c !== null).at(-1);
  return lastUpTo?.to ?? printedFirst(f).dateOfDeath;
}

/**
 * What the letter a correction opens with printed of the facts it states (`STATED_TO_AGENCY`): the latest request, or to
 * an agency our collection stop. The opening quotes that letter as it was ("Op … heb ik u namens de nabestaanden van
 * <the name it printed> gevraagd"), the correction then says what is right. Each fact as the letter kept it (`stated`);
 * for one archived before letters kept that, what the first correction since (or this letter's own) corrected, else
 * the record's: the nearest the record comes to what it printed.
 */
export function printedFirst(f: Facts): StatedFacts {
  const kept = (requestLetter(f) ?? agencyLetter(f))?.stated;
  if (kept) return kept;
  // Held-back corrections count too: the first after the request knew what it printed (`knownToProvider`).
  const letters = f.input.history?.correctionsSince ?? correctionsSinceRequest(f).map((l) => ({ corrections: l.corrections ?? [] }));
  const since = [...letters.map((l) => l.corrections), f.input.corrections ?? []];
  const corrected = (field: StatedField) => since.map((cs) => cs.find((c) => c.field === field)).find((c) => c?.from)?.from;
  const record = recorded(f);
  return Object.fromEntries(STATED_TO_AGENCY.map((field) => [field, corrected(field) ?? record[field]])) as StatedFacts;
}

const recorded = (f: Facts): StatedFacts => ({ deceasedName: f.deceasedFull, dateOfDeath: f.input.deceased.dateOfDeath, description: f.description, accountNumber: f.accountNumber });

/**
 * What a correction's opening quotes of the letter it corrects: each fact this correction puts right as that letter
 * printed it (`printedFirst`: so the reader finds the letter, and the next sentence corrects it), the contract as the
 * addressee knows it (`subjectContract`), the deceased as recorded now — a fact corrected the same day in another
 * letter is that letter's to correct, and the letter rules ask every letter to name the deceased as recorded.
 */
export function quotedInOpening(f: Facts): StatedFacts {
  const printed = printedFirst(f);
  const record = { ...recorded(f), ...subjectContract(f.input.kind, f) };
  const corrects = new Set<string>((f.input.corrections ?? []).map((c) => c.field));
  return Object.fromEntries(STATED_TO_AGENCY.map((field) => [field, corrects.has(field) ? printed[field] : record[field]])) as StatedFacts;
}

/** Whether a correction (to an agency) is of the end date the provider confirmed: what a bill bills after it moves with it. */
export const correctsConfirmedEnd = (f: Facts) => (f.input.corrections ?? []).some((c) => c.field === 'effectiveDate');

/** Whether a correction is of what the end (or transfer) date hangs on: the date asked for, or the date of death. */
/** A correction of what the confirmed date hangs on; the day a kept cover continues to hangs on neither (the insurer's own term). */
export const correctsTheEnd = (f: Facts) => !coverKeptUntil(f) && (f.input.corrections ?? []).some((c) => c.field === 'requestedEndDate' || (c.field === 'dateOfDeath' && confirmedPerDeath(f)));
/**
 * A bank that gave the balance per the date of death as it last read it (`asLastRead`), which this letter corrects: the balance it
 * gave is per the wrong day.
 */
export function balanceGivenPerOldDeath(f: Facts): boolean {
  const death = (f.input.corrections ?? []).find((c) => c.field === 'dateOfDeath');
  const d = f.input.history?.answerDone;
  return Boolean(death && d?.done === 'accountBlocked' && d.balance !== null && asLastRead(f, death).correction.from === (d.balanceOn ?? f.input.history?.confirmedEndDate));
}
/**
 * A health policy settled per the death: a zorgverzekering ends by the insured's death, on the day after it (valkenswaard.nl,
 * "Wanneer eindigt mijn zorgverzekering?", Kluwer; dechristelijkezorgverzekeraar.nl, "Melden overlijden": "De verzekering stopt
 * dan op de dag na het overlijden"), not by anyone's notice. So a corrected date of death moves the settlement: it is asked anew,
 * and silence cannot keep the date the insurer gave. No article is cited (we could not read the Zvw's text). Said by what the answer
 * did (`history.answerDone`), else by what was asked.
 */
export function settledAtDeath(f: Facts): boolean {
  const done = f.input.history?.answerDone?.done;
  return done ? done === 'coverSettled' : askedOfRequest(f) === 'health';
}
/** A bank's balance or an insurer's settlement the provider already gave per the date of death as corrected: the correction moves nothing. */
export const alreadyPerDeath = (f: Facts) => asksNoEnd(f) && (f.input.history?.answerDone?.balanceOn ?? f.input.history?.confirmedEndDate) === f.input.deceased.dateOfDeath;
/** Whether a correction is of the date of death. */
export const correctsDeath = (f: Facts) => (f.input.corrections ?? []).some((c) => c.field === 'dateOfDeath');
/**
 * deskcorr: whether a correction after the provider confirmed asks it something (`correctionAsk`'s two asking turns): whether the
 * date it confirmed changes (a corrected end date, or date of death it hangs on), or a bank's balance or a health policy anew per
 * a corrected date of death. The desk then shows the request waiting on the provider until it answers.
 */
export const asksDateAgain = (f: Facts): boolean => confirmedEnd(f) !== null && !alreadyPerDeath(f) && (correctsTheEnd(f) || ((asksBank(f) || settledAtDeath(f)) && correctsDeath(f)));
/**
 * A life or funeral policy's request asked the premium collection stopped per the date of death (`insuranceRequest`): a corrected
 * date of death moves that day, whatever the insurer did with the payout, which it does not move (audit75 F-2).
 */
export const premiumStopMoves = (f: Facts) => correctsDeath(f) && f.input.category === 'insurance' && kindAsRequested(f) === 'life';
/**
 * Whether the date the provider confirmed hangs on the date of death: an end or transfer asked per it; a bank's balance and a health
 * policy's settlement are per it (`answerDateKind`); an insurer's payout, its claim forms or a cover kept hold the day of the answer,
 * which a corrected date of death does not move. Said by what the answer did (`history.answerDone`), else by what was asked.
 */
export function confirmedPerDeath(f: Facts): boolean {
  const asked = askedOfRequest(f);
  if (asked === undefined) return true;
  const done = f.input.history?.answerDone?.done;
  return done ? done === 'accountBlocked' || done === 'coverSettled' : ['bank', 'health'].includes(answerDateKind(asked));
}

/** A request that goes again after the provider rejected the last one: that one, the provider's answer to it and ours to that. */
export function rejectedBefore(f: Facts): { earlier: SentLetter; reason: string; date: string; answer?: string | null } | null {
  const rejection = f.input.history?.rejection;
  const earlier = requestLetter(f);
  return rejection && earlier ? { earlier, ...rejection } : null;
}

/**
 * The colleague who signed what a letter of `kind` refers back to as "mine", when it was not this
 * letter's signer (the estate was handed over since): the request, or for a complaint about disputes
 * any of the disputes. Such a letter names the colleague or says "our", never "I" or "my".
 */
export function referredColleague(f: Facts, kind: LetterKind): string | null {
  // A complaint and a bill correction refer to the objection (the dispute letters), the others to the request.
  if (kind !== 'dispute_escalation' && kind !== 'bill_correction') return requestLetter(f)?.colleague ?? null;
  return (f.input.history?.sent ?? []).find((l) => l.kind === 'dispute' && l.colleague)?.colleague ?? null;
}

/**
 * The letter that last asked the provider to act: the request itself (the latest, if a rejected one
 * went before) or the information the provider asked for.
 */
export function latestRequest(f: Facts): SentLetter | null {
  const asks = (f.input.history?.sent ?? []).filter((l) => l.kind === 'cancellation' || l.kind === 'transfer' || l.kind === 'information_supplied');
  return asks.length ? asks[asks.length - 1] : null;
}

/** A transfer ends nothing: bills after its date are the new holder's, not the estate's. */
export const transferred = (f: Facts) => f.input.contract?.action === 'transfer';
/**
 * The new holder's name, for the letters that may say it: a collection agency reads only that the estate does not owe what
 * falls after the transfer; whom the provider bills instead is the provider's business, and her name is more personal data
 * than the agency needs (AVG art. 5 lid 1 sub c, minimale gegevensverwerking). The provider's own letters name her.
 */
export const newHolderNamed = (f: Facts): string | null => (f.input.collection?.to === 'agency' ? null : (f.input.newHolder?.name ?? null));
/**
 * The new holder of a transfer who lives at the deceased's address, as recorded (the surviving partner at home): her post is
 * still to go there, so the letter cannot ask "niet meer aan het adres van de overledene" (audit80 NRC-1). Null otherwise, and to
 * an agency, which is not told her name (`newHolderNamed`).
 */
export const holderAtTheDeceased = (f: Facts): string | null => {
  const address = f.input.newHolder?.address;
  return transferred(f) && address && sameHome(address, f.input.deceased.address) ? newHolderNamed(f) : null;
};
/** A bank account to wind up: what every letter about it asks is the block and the balance, not an end (templates `bankAsk`, `asksBankAccount`). */
export const asksBank = (f: Facts) => asksBankAccount(f.input.category, f.input.contract?.action);
/** pensionletter: a pension fund is told of the death and asked to stop its payments, not to end a contract (templates `pensionRequest`). */
export const asksPension = (f: Facts) => asksPensionStop(f.input.category, f.input.contract?.action);
/**
 * A request that asked no end (bankanswer): a bank account's block and balance, an insurer's payout, cover or settlement. The date
 * its answer confirmed is no end date, and later letters do not call it one.
 */
export const asksNoEnd = (f: Facts) => askedOfRequest(f) !== undefined;
/** What the latest request asked where it asked no end (`askedInstead`), with an insurer's kind as it asked it. */
const askedOfRequest = (f: Facts) => askedInstead(transferred(f) ? 'transfer' : 'cancel', { bankAccount: asksBank(f), pensionFund: asksPension(f), insurance: f.input.category === 'insurance' ? (kindAsRequested(f) ?? 'unknown') : undefined });
/** A correction of an insurer's kind: the letter restates the whole request of the new kind, as its first letter asks it. */
export const correctsKind = (f: Facts) => (f.input.corrections ?? []).some((c) => c.field === 'insuranceKind');

/**
 * What a corrected date of death changes in what the reader was told, worded by each language: a lease that ends by law
 * ends on another day (art. 7:268 lid 6 BW), and the three months a collection stop cited (art. 4:185 lid 1 BW) run to
 * another day (`ended`: already past on the letter's date). Said only where a letter said it, of the value last read.
 */
export function deathCorrectionEffects(f: Facts): { lease: { from: string; to: string } | null; stop: { letter: SentLetter; toAgency: boolean; end: string; ended: boolean } | null } {
  const death = (f.input.corrections ?? []).find((c) => c.field === 'dateOfDeath');
  const { correction } = death ? asLastRead(f, death) : { correction: null };
  if (!correction?.from || !correction.to) return { lease: null, stop: null };
  const { from, to } = correction;
  const toAgency = f.input.collection?.to === 'agency';
  const lease = !toAgency && f.input.category === 'housing' && nobodyContinuesLease(f.input.livedWith) && !transferred(f) && leaseEndsByLaw(from) !== leaseEndsByLaw(to) ? { from: leaseEndsByLaw(from), to: leaseEndsByLaw(to) } : null;
  // The agency's own stop (its correction's letter), or the provider's stops that printed the date.
  const stops = toAgency ? [agencyLetter(f)].filter((l) => l !== null) : laterStating(f, correction).filter((l) => l.kind === 'collection_stop');
  const cited = stops.filter((l) => withinDeliberationPeriod(from, l.date)).at(-1);
  const end = deliberationPeriodEnd(to);
  return { lease, stop: cited ? { letter: cited, toAgency, end, ended: f.input.letterDate > end } : null };
}

/**
 * A correction (of the record or of a bill), a dropped objection or (collagency) the word that the collection ended, to a collection agency: our collection stop to it, which the letter
 * follows. The agency's history holds only the letters it had (that stop and our corrections of it); null for any other letter.
 */
export const agencyLetter = (f: Facts): SentLetter | null =>
  (f.input.kind === 'correction' || f.input.kind === 'bill_correction' || f.input.kind === 'dispute_withdrawal' || f.input.kind === 'collection_ended' || f.input.kind === 'collection_end_undone') && f.input.collection?.to === 'agency'
    ? lastSentLetter(f, 'collection_stop')
    : null;

/** dropmore (collection_end_undone): the stop and the word of the end it corrects, by their letters, and what that word said. */
export const endUndoneFacts = (f: Facts) => ({
  c: f.input.collection,
  e: f.input.collectionEnded,
  stop: agencyLetter(f),
  ended: lastSentLetter(f, 'collection_ended'),
  several: (f.input.collectionEnded?.bills?.length ?? 0) > 1,
});

/** repaywithdraw (repayment_withdrawn): our letters that asked the money back and went (the first request, then its reminders), oldest first. */
export const repaymentLetters = (f: Facts): SentLetter[] => (f.input.history?.sent ?? []).filter((l) => l.kind === 'repayment_request');

/**
 * A dispute with a bank is of a charge it booked off the deceased's account after the date of death: the bank is asked to book it
 * back, not for a credit note or a corrected final bill — a blocked account has no final bill (balancecorrect's `takesFinalBill`).
 */
export const refundsCharge = (f: Facts) => f.input.category === 'bank';
/** Whose bills a letter's provider sends, by its category, where its titles and nouns are its own (`insurerTitles`, `fundTitles`); its desk names them alike. */
export const billerOfCategory = (category: string | null | undefined): Biller => {
  // A bank's letters word its charges by their own rule (`refundsCharge`), not by the biller's nouns and titles.
  const biller = providerBiller(category ?? '');
  return biller === 'bank' ? undefined : biller;
};
/**
 * factuurwords: the noun for the provider's bill, one and several, as its desk, the owner and the family read it (`billNounsOf`): an insurer's
 * is its nota (a Dutch insurer bills by „nota" or „premienota"), a pension fund's its „terugvordering" (fundwords), any other's an invoice;
 * a bank's costs are worded apart (`refundsCharge`).
 */
export const billNouns = (f: Facts) => billNounsOf(billerOfCategory(f.input.category))[f.input.language];
/** fundwords2: whether the letter's provider is a pension fund, whose bill is a recovery of pension paid in excess (`FUND_BILL_NOUNS`). */
export const recoversPension = (f: Facts) => billerOfCategory(f.input.category) === 'fund';
/** Whether the letter's provider is an insurer, whose bill is a nota (`INSURER_BILL_NOUNS`), not an invoice with a final bill. */
export const billsByNota = (f: Facts) => billerOfCategory(f.input.category) === 'insurer';
/**
 * fundwords2: the bill's noun as the first part of a compound before „nummer" and „datum" („factuurnummer", „notadatum"). A fund's
 * „terugvordering" takes the linking -s- where it is heard, as „meningsverschil" and „verlovingstijd" do (Spellingbesluit, bijlage 1;
 * Taaladvies Vlaanderen „tussen-s": „toetredingsverdrag"): „terugvorderingsnummer". In English a fund's is a „recovery number".
 */
export const billCompound = (f: Facts) => (!recoversPension(f) ? billNouns(f).one : f.input.language === 'nl' ? 'terugvorderings' : 'recovery');

/** notawords: the titles that name the provider's bill, by their key in the catalogue (letters/title.ts), an insurer's its own (`insurerTitles`). */
export const INSURER_TITLES = [
  'dispute', 'transferDispute', 'noEndDispute.death', 'noEndDispute.confirmed', 'dispute_escalation', 'our.dispute_escalation', 'disputesEscalation',
  'our.disputesEscalation', 'bill_correction', 'our.bill_correction', 'dispute_withdrawal', 'our.dispute_withdrawal', 'agencyWithdrawal.mine', 'agencyWithdrawal.ours',
] as const;
export type InsurerTitle = (typeof INSURER_TITLES)[number];
const insurerTitled = (key: string): key is InsurerTitle => (INSURER_TITLES as readonly string[]).includes(key);

/** The letters about a bank's disputed charge titled by it (`chargeTitles`); `disputesEscalation`: the complaint about several. */
export const CHARGE_TITLES = ['dispute_escalation', 'disputesEscalation', 'bill_correction', 'dispute_withdrawal'] as const;
export type ChargeTitle = (typeof CHARGE_TITLES)[number];
const chargeTitled = (kind: LetterKind): kind is LetterKind & ChargeTitle => (CHARGE_TITLES as readonly string[]).includes(kind);

/**
 * The last line of a letter to a provider: its kind's; a dispute of a premium after a kept cover's end awaits a credit note only
 * (keptcover), one of a bank's charge the charge booked back (`refundsCharge`), one of a fund's recovery that recovery corrected or
 * withdrawn (fundwords2).
 */
export const thanksOf = (w: Words, kind: LetterKind, f: Facts) =>
  kind === 'dispute' && coverKeptUntil(f) ? w.premiumDisputeThanks : kind === 'dispute' && refundsCharge(f) ? w.chargeDisputeThanks : kind === 'dispute' && recoversPension(f) ? w.recoveryDisputeThanks : kind === 'dispute' && billsByNota(f) ? w.notaDisputeThanks : w.thanks[kind];

/**
 * The letter's title in `w`'s language: its kind's, or the one that fits a dispute after a transfer or a correction to an agency; an
 * insurer's bill its nota, a pension fund's its recovery (fundwords).
 */
export function titleOf(w: Words, kind: LetterKind, f: Facts): string {
  const [key, title] = kindTitleOf(w, kind, f);
  const biller = billerOfCategory(f.input.category);
  return insurerTitled(key) && biller === 'insurer' ? w.insurerTitles[key] : insurerTitled(key) && biller === 'fund' ? w.fundTitles[key] : title;
}

/** The title's key in the catalogue (letters/title.ts) and the title. */
function kindTitleOf(w: Words, kind: LetterKind, f: Facts): [string, string] {
  if (kind === 'dispute' && transferred(f)) return ['transferDispute', w.transferDisputeTitle];
  if (kind === 'dispute' && coverKeptUntil(f)) return ['noEndDispute.keptCover', w.noEndDisputeTitles.keptCover];
  if (kind === 'dispute' && asksNoEnd(f)) {
    const t = w.noEndDisputeTitles;
    const atDeath = confirmedDay(f) === f.input.deceased.dateOfDeath || billedAfterDeath(f) !== null;
    if (refundsCharge(f)) return atDeath ? ['noEndDispute.chargeDeath', t.chargeDeath] : ['noEndDispute.chargeConfirmed', t.chargeConfirmed];
    return atDeath ? ['noEndDispute.death', t.death] : ['noEndDispute.confirmed', t.confirmed];
  }
  if (kind === 'cancellation' && (f.input.category === 'insurance' || asksPension(f))) return ['insurance', w.insuranceTitle];
  if (kind === 'cancellation' && asksBank(f)) return ['bank', w.bankTitle];
  if ((kind === 'correction' || kind === 'bill_correction') && f.input.collection?.to === 'agency') return agencyLetter(f)?.colleague ? ['agency.ours', w.agencyCorrectionTitles.ours] : ['agency.mine', w.agencyCorrectionTitles.mine];
  if (kind === 'dispute_withdrawal' && f.input.collection?.to === 'agency') return agencyLetter(f)?.colleague ? ['agencyWithdrawal.ours', w.agencyWithdrawalTitles.ours] : ['agencyWithdrawal.mine', w.agencyWithdrawalTitles.mine];
  const ours = referredColleague(f, kind) !== null;
  if (refundsCharge(f) && chargeTitled(kind)) {
    const key = kind === 'dispute_escalation' && severalOpen(f) ? 'disputesEscalation' : kind;
    return [`charge.${ours ? 'ours' : 'mine'}.${key}`, w.chargeTitles[ours ? 'ours' : 'mine'][key]];
  }
  if (kind === 'dispute_escalation' && severalOpen(f)) return ours ? ['our.disputesEscalation', w.ourTitles.disputesEscalation] : ['disputesEscalation', w.disputesEscalationTitle];
  if (kind === 'repayment_request' && f.input.repaymentRequest?.reminder) return ['repaymentReminder', w.repaymentReminderTitle];
  if (kind === 'collection_ended' && withdrawnPartOfClaim(f) !== null) return ['partWithdrawn', w.partWithdrawnTitle];
  const our = ours ? w.ourTitles.kinds[kind] : undefined;
  return our ? [`our.${kind}`, our] : [kind, w.titles[kind]];
}

/**
 * audit91 F10: what the provider withdrew, in euros, when the agency's claim as recorded from its letter (`collection.amount`) is more:
 * the agency hears only what was withdrawn and is asked to stop collecting that, not to close its file on the whole claim (what the rest
 * of its claim is, no record says). Null when the bills withdrawn cover the claim, or it was not recorded.
 */
export function withdrawnPartOfClaim(f: Facts): number | null {
  const [claim, e] = [f.input.collection?.amount, f.input.collectionEnded];
  if (e?.why !== 'billWithdrawn' || !e.bills?.length || claim === null || claim === undefined) return null;
  const withdrawn = Math.round(e.bills.reduce((sum, b) => sum + b.amount * 100, 0)) / 100;
  return claim > withdrawn + 0.005 ? withdrawn : null;
}

/** A complaint about more than one unanswered bill names each (`openInvoices`). */
export const severalOpen = (f: Facts) => (f.input.openInvoices?.length ?? 0) > 1;

/** Whether the confirmed end (or transfer) date lies after the letter's date: still to come ("wordt beëindigd", "will end"), not done. */
export const endToCome = (f: Facts) => (f.input.history?.confirmedEndDate ?? '') > f.input.letterDate;

/** The confirmed end date in words, only when the provider really confirmed it. */
export const confirmedEnd = (f: Facts) => (confirmedDay(f) ? letterDate(confirmedDay(f)!, f.input.language) : null);
/**
 * The day the provider confirmed, as the letters state it: the last day a kept cover continues (`history.coverUntil`), the only
 * date such an insurer gave that a bill can follow; else the date its confirmation recorded.
 */
const confirmedDay = (f: Facts) => f.input.history?.coverUntil ?? f.input.history?.confirmedEndDate ?? null;
/**
 * rentlaw (audit104 F2): the day a lease nobody continues ended by law (`leaseEndedByLawBefore`, art. 7:268 lid 6 BW) when the bill was
 * disputed from that day, its landlord having confirmed a later end; null otherwise (a bill counted from the confirmed date says that).
 * rentlaw2: `bill`, the letter's invoice or a bill a later letter (a collection stop, a complaint) states again.
 */
export function billedAfterLawEnd(f: Facts, bill: { disputed: { from: string } | null } | null | undefined = f.input.invoice): string | null {
  const { contract, category, livedWith, deceased } = f.input;
  const confirmed = confirmedDay(f);
  if (!bill?.disputed || !contract || !category || !confirmed || bill.disputed.from > confirmed) return null;
  return leaseEndedByLawBefore({ action: contract.action, requestedEndDate: contract.requestedEndDate ?? null, category, livedWith: livedWith ?? null, dateOfDeath: deceased.dateOfDeath }, confirmed);
}
/**
 * payoutdate (audit105 F1): the date of death a payout request (`askedOfRequest` 'life') asked the premium stopped per, when the bill was
 * disputed from that day (`premiumStoppedAtDeath`), or wholly, the insurer having answered on a later day; with the request that asked it.
 * Null otherwise (a nota recorded before payoutdate, disputed from the day after the answer, says the date confirmed).
 */
export function billedAfterDeath(f: Facts): { death: string; askedOn: string | null } | null {
  const { invoice, deceased } = f.input;
  const death = premiumStoppedAtDeath(askedOfRequest(f), deceased.dateOfDeath, confirmedDay(f));
  return death && invoice && disputedAfterDeath(askedOfRequest(f), confirmedDay(f), invoice) ? { death, askedOn: requestLetter(f)?.date ?? null } : null;
}
/** keptcover: the insurer said the cover continues for the estate until a day (`history.coverUntil`): what the letters say it confirmed. */
export const coverKeptUntil = (f: Facts) => Boolean(f.input.history?.coverUntil);

/** v6, a bill correction: its period as our objection had it and as it is, both ends (a change may touch one end only). */
export function correctedPeriod(b: BillCorrectionFacts): { from: [string, string]; to: [string, string] } | null {
  const changed = (field: 'periodFrom' | 'periodTo') => b.changes.find((c) => c.field === field);
  if (!changed('periodFrom') && !changed('periodTo')) return null;
  const was = (field: 'periodFrom' | 'periodTo') => String(changed(field)?.from ?? b.corrected[field]);
  return { from: [was('periodFrom'), was('periodTo')], to: [b.corrected.periodFrom, b.corrected.periodTo] };
}

/** The reports' table: the contracts' groups in a fixed order, then the bills still to pay and those paid; empty groups left out. */
export function reportTable(input: LetterInput, w: Words): ReportTable | null {
  const contracts = input.contractsSummary ?? [];
  if (!contracts.length) return null;
  const bills = input.estateBills ?? [];
  const open = bills.filter((b) => !b.paidOn);
  const paid = bills.filter((b) => b.paidOn);
  const billed = (b: EstateBill) => [b.provider, b.repaidAgain ? w.estateBills.repaidAgain : b.recovery ? w.estateBills.recovery(b.reference) : b.finalBill ? w.estateBills.finalBill(b.reference) : b.untilEnd ? w.estateBills.untilEnd(b.reference) : b.afterEnd ? w.estateBills.afterEnd(b.reference) : b.collectionAgency !== undefined ? w.estateBills.collection(b.collectionAgency, b.reference) : b.reference, w.money(b.amount)];
  return {
    groups: [
      ...STANDING_GROUPS.map((group) => ({
        heading: w.standings.headings[group],
        columns: w.standings.columns(group),
        rows: contracts
          .filter((c) => c.group === group)
          .map((c) => [c.provider, `${w.standings.asked[c.asked ?? c.action]}: ${c.description}`, [c.reported ? w.standings.reported : '', c.billsOwed ? w.standings.billsOwed(bills.length > 0) : '', c.outcome].filter(Boolean).join(' '), c.termPassedOn ? w.standings.termPassed(w.date(c.termPassedOn)) : c.date ? w.date(c.date) : '–']),
      })),
      { heading: w.estateBills.headings.open, columns: w.estateBills.columns(false, billHeads(open)), rows: open.map(billed), note: w.estateBills.openNote(billsHeld(open), open.length, open.filter((b) => b.afterEnd).length) },
      { heading: w.estateBills.headings.paid, columns: w.estateBills.columns(true, billHeads(paid)), rows: paid.map((b) => [...billed(b), w.date(b.paidOn!)]) },
      // famclosed (audit85 REF-2): what came into the estate beside what went out of it.
      { heading: w.estateBills.headings.received, columns: w.estateBills.receivedColumns, rows: (input.refundsReceived ?? []).map((r) => [r.provider, r.balanceReleased ? w.estateBills.balanceReleased : r.askedBackOf ? w.estateBills.askedBack(r.askedBackOf) : w.estateBills.refund, r.amount === null ? w.estateBills.amountNotGiven : w.money(r.amount), w.date(r.receivedOn)]) },
    ].filter((g) => g.rows.length),
  };
}

/**
 * docwithdraw (audit75 F-3): how a deletion request names the letter that carried a document, so that two of one day are told
 * apart: its title as the provider filed it (`open`/`close`: the language's quotes), and the file's name when the provider got it
 * as a file (e-mail, desk; on paper it has none). `as`: the words before the name ("als bestand", "as the file").
 */
export function carriedAs(w: Words, f: Facts, carried: Partial<CarriedAs> | undefined, quote: (title: string) => string, as: string): { title: string; file: string } {
  return {
    title: carried?.letterKind ? ` ${quote(titleOf(w, carried.letterKind, f))}` : '',
    file: carried?.fileName ? `, ${as} ${carried.fileName}` : '',
  };
}
