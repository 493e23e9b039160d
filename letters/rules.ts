import { tableLines } from './compose';
import { letterDate } from './dates';
import { type ComposedLetter, isFamilyLetter, type LetterHistory, type LetterInput, type LetterKind, NAMING_THE_REQUEST, nobodyContinuesLease } from './model';
import { escapeRegExp, familyName, formalName, fullName, surnameAlone } from './names';
import { remembered } from '../workflows/memo';

export interface LintViolation {
  /** Stable id of the rule, e.g. `addressed-to-deceased`. */
  rule: string;
  /** What is wrong, for the case owner. */
  message: string;
  /** Which block: `recipient`, `salutation`, `body[2]`, `enclosures`, … */
  where: string;
}

interface Block {
  where: string;
  text: string;
}

function blocks(letter: ComposedLetter): Block[] {
  return [
    { where: 'sender', text: letter.sender.join('\n') },
    { where: 'recipient', text: letter.recipient.join('\n') },
    { where: 'placeAndDate', text: letter.placeAndDate },
    { where: 'references', text: letter.references.join('\n') },
    { where: 'subject', text: letter.subject },
    { where: 'salutation', text: letter.salutation },
    ...letter.body.map((text, i) => ({ where: `body[${i}]`, text })),
    ...(letter.table ? [{ where: 'table', text: tableLines(letter.table).join('\n') }] : []),
    { where: 'closing', text: letter.closing },
    { where: 'signature', text: letter.signature.join('\n') },
    { where: 'enclosures', text: letter.enclosures.join('\n') },
  ];
}

/** Whole words in any script: JavaScript's \b treats "ó" or "ł" as a word break, which would find "bel" in "Wróbel". */
const words = (pattern: string, flags = 'i') => compiled(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, `${flags}u`);

/**
 * Patterns made from an estate's names, made once per process: V8 compiles a pattern the first time
 * it runs, and compiling a dozen per letter was most of the rules' own time; an estate's letters meet
 * the same names again. Shared safely: used with test, exec, or replace (which starts a global pattern afresh).
 */
const patterns = new Map<string, RegExp>();
const MAX_CACHED_PATTERNS = 10_000;
function compiled(source: string, flags: string): RegExp {
  return remembered(patterns, `${flags}/${source}`, MAX_CACHED_PATTERNS, () => new RegExp(source, flags));
}
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/);

/** Verbs that ask someone to act: a letter may never ask them of the deceased. */
/** The deceased named by role rather than by name. */
const THE_DECEASED = words('de overledene|the deceased');
const ACTION_REQUEST = words('teken|tekenen|onderteken|ondertekenen|bel|bellen|belt|logt? in|in te loggen|inloggen|antwoord|beantwoord|reageer|reageren|kom|betaal|betalen|betaalt|voldoe|voldoen|sign|call|log in|reply|respond|contact us|come|pay');
/** What stands for the deceased once the recorded names are taken out of a sentence. */
const DECEASED = '⟦deceased⟧';
const RECORDED = '⟦recorded⟧';
/** The blocks in which the letter itself speaks: only there can it ask or address anyone. */
const SPOKEN = /^(salutation|body\[\d+\]|closing)$/;
const NEGATION = words("niet|geen|cannot|can't|not|no longer");
const TITLE = '(?:de heer|heer|mevrouw|Mr|Mrs|Ms)\\.?';
const PLACEHOLDER = /\b(undefined|null|NaN)\b|[{}]|\[object Object\]/;
const FURTHER_CORRESPONDENCE = /correspondentie|correspondence/i;
const CANNOT_SIGN = /(kan|kunnen)\b.{0,40}\bniet\b.{0,20}\b(zelf )?(tekenen|ondertekenen)|\bniet meer zelf (kan|kunnen) (tekenen|ondertekenen)|cannot sign|can not sign|can no longer sign|is unable to sign/i;

/**
 * Events a letter to a provider may mention only when the contract's history holds them: a letter
 * under the owner's name must not claim a reminder, a confirmation or a dispute that never happened.
 */
const CLAIMS: { pattern: RegExp; holds: (h: LetterHistory, input: LetterInput) => boolean; message: string }[] = [
  { pattern: words('herinnering|reminder'), holds: (h) => h.sent.some((l) => l.kind === 'reminder' || l.kind === 'release_reminder'), message: 'mentions a reminder, but no reminder was sent' },
  {
    pattern: words('u heeft bevestigd|die u heeft bevestigd|die u bevestigde|in uw bevestiging|you confirmed|that you confirmed|in your confirmation'),
    // The agency confirmed nothing: only the provider can be told "you confirmed" (bankwords3: „die u bevestigde", „in uw bevestiging" alike).
    holds: (h, input) => h.confirmedEndDate !== null && input.collection?.to !== 'agency',
    message: 'says the recipient confirmed, but no confirmation by it is recorded',
  },
  {
    // How an answer reached the case owner (README, receivedvia): only of one she recorded, a confirmation or an answer about a bill a collection stop states.
    pattern: words('(?:telefonisch|per brief|per e-mail) laten weten dat|(?:by phone|by letter|by e-mail) on \\d{1,2} \\p{L}+ \\d{4} that'),
    holds: (h, input) => (h.confirmedEndDate !== null && !!h.confirmedVia) || !!input.collection?.bills?.some((b) => b.toldVia),
    message: 'says how the recipient told us its answer, but no answer the case owner recorded is',
  },
  { pattern: words('bezwaar gemaakt|I disputed'), holds: (h) => h.sent.some((l) => l.kind === 'dispute'), message: 'mentions our dispute, but no dispute letter was sent' },
  {
    pattern: words('nog geen antwoord|not yet received your answer|not yet received an answer'),
    holds: (h) => !h.acknowledgedSinceRequest && h.confirmedEndDate === null,
    message: 'says the provider has not answered, but it acknowledged or confirmed the request',
  },
];
/** Letters that ask the provider to confirm the end or transfer: wrong once it has (machine v1 escalated disputes with them). */
const ASK_FOR_CONFIRMATION: LetterKind[] = ['reminder', 'escalation'];
/** "Op 9 november 2026 heb ik …" / "On 9 November 2026, … I …": a dated claim about one of our letters. */
const DATED_CLAIM = /^(?:Op|On) (\d{1,2} \p{L}+ \d{4})\b/u;
const NO_HISTORY: LetterHistory = { sent: [], confirmedEndDate: null, acknowledgedSinceRequest: false };

/** Masked texts already read, with the sentences in them that ask the deceased to act (almost always none). */
const askingSentences = new Map<string, string[]>();
const MAX_CACHED_TEXTS = 20_000;

/**
 * The sentences of a masked text (the deceased's names and the recorded values taken out) that ask
 * the deceased to act. Depends on the text alone, and letters repeat their paragraphs word for word
 * (the template's sentences, an estate's own in each of its letters): each is read once per process.
 */
function sentencesAskingDeceased(text: string): string[] {
  return remembered(askingSentences, text, MAX_CACHED_TEXTS, () =>
    sentences(text).filter((sentence) => (sentence.includes(DECEASED) || THE_DECEASED.test(sentence)) && ACTION_REQUEST.test(sentence) && !NEGATION.test(sentence)),
  );
}

/**
 * The letter rules ("letters never hurt"), checked on the final text of every block. A letter with
 * any violation is not sent; each violation names the rule and the block it was found in.
 */
export function lintLetter(input: LetterInput, letter: ComposedLetter): LintViolation[] {
  const found: LintViolation[] = [];
  const fail = (rule: string, where: string, message: string) => found.push({ rule, where, message });
  const all = blocks(letter);
  const { deceased } = input;
  const full = fullName(deceased);
  const namesOfDeceased = [full, formalName(deceased, letter.language), `${deceased.givenNames} ${deceased.surname}`].map((n) => n.toLowerCase());
  const toProvider = !isFamilyLetter(letter.kind);

  const titled = words(`${TITLE} (?:${escapeRegExp(surnameAlone(deceased))}|${escapeRegExp(deceased.surname)})`);
  for (const where of ['recipient', 'salutation'] as const) {
    const text = all.find((b) => b.where === where)!.text;
    const hit = namesOfDeceased.find((name) => text.toLowerCase().includes(name)) ?? titled.exec(text)?.[0];
    if (hit) fail('addressed-to-deceased', where, `The letter is addressed to the deceased ("${hit}"). Address it to the provider or to a family member.`);
  }
  const recipientAddress = input.recipient.address;
  if (recipientAddress && recipientAddress.street === deceased.address.street && recipientAddress.postalCode === deceased.address.postalCode && toProvider) {
    fail('addressed-to-deceased', 'recipient', "The letter goes to the deceased's home address instead of the provider's.");
  }

  // Judged on meaning, not on words: recorded values (a contract "onbeperkt bellen", a provider
  // "Call & Text", a deceased called "Call") are taken out before the sentences are read.
  // Values and name patterns are made once per letter, not once per block.
  const recorded = recordedValues(input);
  const names = [...new Set([full, formalName(deceased, letter.language), `${deceased.givenNames} ${deceased.surname}`])].sort((a, b) => b.length - a.length);
  const namePatterns = names.map((name) => compiled(escapeRegExp(name), 'giu'));
  const masked = (text: string) => {
    let out = text;
    for (const value of recorded) out = out.split(value).join(RECORDED);
    for (const pattern of namePatterns) out = out.replace(pattern, DECEASED);
    return out;
  };
  for (const block of all.filter((b) => SPOKEN.test(b.where))) {
    for (const sentence of sentencesAskingDeceased(masked(block.text))) {
      fail('asks-deceased-to-act', block.where, `This sentence asks the deceased to act: "${sentence.trim().split(DECEASED).join(full)}"`);
    }
  }
  const missing = missingData(input);
  // A recorded fact that is missing shows as a gap in the text; the owner is told which field, once.
  for (const block of missing.length ? [] : all) {
    if (PLACEHOLDER.test(block.text)) {
      fail('leftover-placeholder', block.where, `Unfilled text ("${PLACEHOLDER.exec(block.text)![0]}") in the letter.`);
    }
  }

  const body = letter.body.join('\n');
  const deathDate = letterDate(deceased.dateOfDeath, letter.language);
  if (!body.includes(full) || !body.includes(deathDate)) {
    fail('deceased-not-named-in-full', 'body', `The body must name the deceased in full ("${full}") with the date of death (${deathDate}).`);
  }

  const prefix = deceased.surnamePrefix?.trim();
  // A prefix that has no capital ("'t") cannot be written in the wrong case.
  if (prefix && surnameAlone(deceased) !== familyName(deceased)) {
    const wrongAfterGivenNames = words(`${escapeRegExp(deceased.givenNames)} ${escapeRegExp(surnameAlone(deceased))}`, '');
    const wrongAfterTitle = words(`${TITLE} ${escapeRegExp(familyName(deceased))}`, '');
    // Only a prefix recorded in lower case can be mis-capitalised after the given names.
    const recordedLowerCase = prefix === prefix.toLowerCase();
    for (const block of all) {
      if (recordedLowerCase && wrongAfterGivenNames.test(block.text)) {
        fail('surname-prefix-case', block.where, `After given names the prefix is written in lower case: "${full}".`);
      }
      if (wrongAfterTitle.test(block.text)) {
        fail('surname-prefix-case', block.where, `Without given names the prefix takes a capital: "${formalName(deceased, letter.language)}".`);
      }
    }
  }

  if (deceased.gender === 'unknown') {
    for (const block of all) {
      if (titled.test(block.text)) fail('gender-guessed', block.where, 'The gender of the deceased is unknown: use the full name, not "de heer" or "mevrouw".');
    }
  }

  if (deceased.dateOfDeath > input.today) fail('dates-inconsistent', 'body', 'The date of death lies in the future.');
  if (deceased.dateOfDeath < deceased.dateOfBirth) fail('dates-inconsistent', 'body', 'The date of death lies before the date of birth.');
  // A correction letter is exempt from the confirmed end date: it tells the provider a corrected date
  // of death, which is how an end date confirmed from the old one can come to lie before it (README, Corrections).
  const confirmed = letter.kind === 'correction' ? null : input.contract?.effectiveDate;
  for (const [label, date] of [['requested end date', input.contract?.requestedEndDate], ['end date', confirmed]] as const) {
    if (date && date < deceased.dateOfDeath) fail('dates-inconsistent', 'body', `The ${label} (${date}) lies before the date of death (${deceased.dateOfDeath}).`);
  }

  for (const enclosure of input.enclosures) {
    if (!input.travellingDocumentIds.includes(enclosure.documentId)) {
      fail('missing-enclosure', 'enclosures', `"${enclosure.title}" is listed as an enclosure but cannot travel with the letter: it is not an enclosable, readable document of the estate.`);
    }
  }

  if (toProvider) {
    const asks = letter.body.some((p) => FURTHER_CORRESPONDENCE.test(p) && (p.includes(input.sender.email) || p.includes(input.sender.name)));
    if (!asks) fail('correspondence-to-owner', 'body', 'The letter must ask the provider to send all further correspondence to the case owner, not to the deceased.');
  }

  if (toProvider) {
    const history = input.history ?? NO_HISTORY;
    // A dated claim names one of our letters, or the day the provider rejected the request (a request sent again says so).
    // agencyafter: a stop sent again names the earlier stop to the agency it replaces (recorded with it: the agency's letters are not the provider's history).
    const sentOn = new Set([...history.sent, ...(history.rejection ? [history.rejection] : []), ...(input.collection?.replaces ? [input.collection.replaces] : [])].map((l) => letterDate(l.date, letter.language)));
    letter.body.forEach((paragraph, i) => {
      // Names and recorded values are no claims: a deceased "de Herinnering", a provider "Reminder Ltd".
      const spoken = masked(paragraph);
      for (const claim of CLAIMS) {
        if (claim.pattern.test(spoken) && !claim.holds(history, input)) fail('claims-unrecorded-event', `body[${i}]`, `The letter ${claim.message}.`);
      }
      for (const sentence of sentences(paragraph)) {
        const dated = DATED_CLAIM.exec(sentence);
        if (dated && !sentOn.has(dated[1])) fail('claims-unrecorded-event', `body[${i}]`, `The letter refers to a letter of ${dated[1]}, but none went out that day.`);
      }
    });
  }

  if (ASK_FOR_CONFIRMATION.includes(letter.kind) && input.history?.confirmedEndDate) {
    fail('claims-unrecorded-event', 'body', `The letter asks the provider to confirm, but it already confirmed ${input.history.confirmedEndDate}: call the provider instead.`);
  }

  for (const datum of missing) fail('missing-data', datum.field, datum.message);

  if (letter.kind === 'transfer') {
    if (!CANNOT_SIGN.test(body)) fail('transfer-holder-cannot-sign', 'body', 'A transfer letter must state that the account holder has died and cannot sign.');
    if (!input.newHolder?.name || !body.includes(input.newHolder.name)) fail('transfer-new-holder', 'body', 'A transfer letter must name the new holder.');
  }
  return found;
}

/** Recorded words a letter quotes but does not speak: the contract, references, the provider's and agency's names, the provider's own question. */
function recordedValues(input: LetterInput): string[] {
  const values = [
    input.contract?.description,
    input.contract?.accountNumber,
    ...(input.otherRequests ?? []).flatMap((o) => [o.description, o.accountNumber]),
    input.recipient.name,
    input.providerReference,
    input.invoice?.reference,
    input.withdrawnObjection?.reference,
    ...(input.openInvoices ?? []).map((i) => i.reference),
    input.collection?.agency,
    input.collection?.reference,
    input.collection?.dossierNumber,
    ...(input.collection?.replaces?.wrong ?? []).map((w) => w.was),
    input.informationMessage,
    ...(input.corrections ?? []).flatMap((c) => [c.from, c.to]),
    // What earlier letters printed, the provider's own words and the owner's answer to them, which later letters quote.
    input.history?.requested?.description,
    input.history?.requested?.accountNumber,
    ...(input.history?.sent ?? []).flatMap((l) => (l.corrections ?? []).flatMap((c) => [c.from, c.to])),
    input.history?.rejection?.reason,
    input.history?.rejection?.answer,
    // A final report after a reopening quotes the owner's reason and names the late bills and letters.
    input.reopening?.reason,
    ...(input.reopening?.matters ?? []).flatMap((m) => [m.reference, m.agency]),
  ];
  return values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0).sort((a, b) => b.length - a.length);
}

export interface MissingDatum {
  /** The recorded field the letter needs, as the API names it. */
  field: string;
  message: string;
}

/** Facts a letter needs but the estate lacks: the letter is blocked with each field named, never sent with a gap. */
export function missingData(input: LetterInput): MissingDatum[] {
  const missing: MissingDatum[] = [];
  const need = (field: string, message: string) => missing.push({ field, message });
  // v19: the release reminder asks the balance paid to the estate account, as the bank's request did: held as that is without one.
  if (input.kind === 'release_reminder' && !input.estateAccount) need('estate.estateAccount', 'The estate account (IBAN and account holder) is not recorded on the estate: the balance has nowhere to go.');
  // refundletter: the refund reminder asks the money paid to the estate account: held as the release reminder is without one.
  if (input.kind === 'repayment_request' && !input.estateAccount) need('estate.estateAccount', 'The estate account (IBAN and account holder) is not recorded on the estate: the repayment has nowhere to go.');
  if (input.kind === 'refund_reminder' && !input.estateAccount) need('estate.estateAccount', 'The estate account (IBAN and account holder) is not recorded on the estate: the refund has nowhere to go.');
  if (input.kind === 'cancellation') {
    if (!input.estateAccount) need('estate.estateAccount', 'The estate account (IBAN and account holder) is not recorded on the estate: a refund or balance has nowhere to go.');
    if (input.category === 'housing' && !input.livedWith) {
      need('estate.deceasedLivedAlone', 'Record who lived with the deceased in the rented home: it decides how the lease ends.');
    }
    if (input.category === 'housing' && input.livedWith && !nobodyContinuesLease(input.livedWith)) {
      /**
       * When someone lived with the tenant, the lease may run on for them, art. 7:268 BW
       * (https://explore.law/app/library/nl-legislation/bw-7-burgerlijk-wetboek-boek-7/artikel-268-voortzetting-huur-woonruimte-na-overlijden):
       * lid 1 "Bij overlijden van de huurder zet de medehuurder de huur als huurder voort. Hij kan de huur binnen
       * zes maanden na het overlijden bij exploot of aangetekende brief opzeggen …" (a spouse or registered partner
       * is medehuurder, art. 7:266 lid 1 BW); lid 2 "De persoon die niet op grond van lid 1 huurder wordt, doch wel
       * in de woonruimte zijn hoofdverblijf heeft en met de overleden huurder een duurzame gemeenschappelijk
       * huishouding heeft gehad, zet de huur voort gedurende zes maanden na het overlijden van de huurder", and
       * after that "indien de rechter dit heeft bepaald op een daartoe strekkende binnen die termijn ingestelde
       * vordering". A lodger without a joint household continues nothing (`nobodyContinuesLease`).
       * So the heirs' notice (art. 7:229 lid 2 BW) would end a home someone may keep, and the notice of whoever
       * continues is theirs to give: Steward gives none. The letter is held until the owner
       * withdraws it or records that nobody (or only a lodger) lived there (then art. 7:268 lid 6 BW ends it, legal.ts);
       * as drafted it only asks the landlord how the lease runs on.
       */
      need('estate.deceasedLivedWithSomeone', 'Someone lived with the deceased, who may continue the lease: the heirs give no notice. Withdraw the request, or record that nobody (or only a lodger without a joint household) lived there.');
    }
  }
  if (input.kind === 'transfer') {
    const holder = input.newHolder;
    const who = holder?.name ?? 'the new holder';
    if (!holder) need('transferToFamilyMemberId', 'The contract names no family member to take it over.');
    for (const [field, label] of [['address', 'address'], ['dateOfBirth', 'date of birth'], ['email', 'email address'], ['phone', 'phone number'], ['iban', 'IBAN for the direct debit']] as const) {
      if (holder && !holder[field]) need(`familyMember.${field}`, `The ${label} of ${who} is not recorded; the provider needs it to transfer the contract.`);
    }
  }
  if (input.kind === 'correction' && !input.corrections?.length) need('corrections', 'The correction letter names no corrected value.');
  // It opens with the request by the day it reached the provider: a request not with it (an e-mail not delivered) has no such day.
  if (NAMING_THE_REQUEST.includes(input.kind) && input.collection?.to !== 'agency' && !input.previousLetterDate) {
    need('previousLetterDate', 'The request this letter refers to has not reached the provider: it was not delivered.');
  }
  if (input.kind === 'document_erasure' && !input.erasure) need('documentId', 'The deletion request names no document.');
  if (input.kind === 'document_correction' && (!input.correctedDocument || !input.travellingDocumentIds.length)) need('documentId', 'The correction letter names no document it replaces, or carries no corrected version.');
  if (input.kind === 'dispute_withdrawal' && !input.withdrawnObjection) need('invoiceReference', 'The withdrawal of an objection names no invoice.');
  if ((input.kind === 'collection_ended' || input.kind === 'collection_end_undone') && (!input.collectionEnded || input.collection?.to !== 'agency')) need('collectionEnded', 'The letter to the agency says neither what ended the collection nor which stop it follows.');
  // dropmore: the correction names the letter it corrects, by its day.
  if (input.kind === 'collection_end_undone' && !input.history?.sent.some((l) => l.kind === 'collection_ended')) need('history.sent', 'The correction names no earlier letter saying the collection ended.');
  if (input.kind === 'repayment_withdrawn' && !input.repaymentWithdrawn) need('repaymentWithdrawn', 'The withdrawal says neither what was asked back nor when the provider said its drop was a mistake.');
  if (input.kind === 'repayment_withdrawn' && !input.history?.sent.some((l) => l.kind === 'repayment_request')) need('history.sent', 'The withdrawal names no earlier letter asking the money back.');
  if (input.kind === 'contact_change' && !input.previousContact) need('previousContact', 'The letter names no colleague the provider wrote to before.');
  if (input.kind === 'information_supplied' && !input.informationAnswer?.trim() && !input.enclosures.length) {
    need('note', 'The answer to the provider carries neither a written answer nor a document.');
  }
  return missing;
}
