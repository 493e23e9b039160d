import { DECISION_CORRECTED } from '../../workflows/committee-wording';
import type { DecisionCorrected } from '../../workflows/committee';
import type { HandoverAppointment, HandoverAppointmentGiven } from '../contracts/handover-appointment';
import type { FamilyWords } from './index';
import { amountReadings, billsNamed, capitalised, chargeEn, CHARGE_NOUNS, listed, longDate, money, type MissedQuestion, theCharges } from '../../workflows/wording';
import type { Language } from '../../workflows';
import { closedFileText } from '../../workflows/status-text';
import type { FamilyLetterKind } from '../../letters';
import type { AfterEndPartMoved, BillNow, CaseOwnerContact, ChaseAsked } from './family.nl';

/** dropcorr: the bills a drop named (none named: the only one open then). */
const dropped = (bills: unknown) => billsNamed(Array.isArray(bills) ? bills.map(String) : [], 'en', { one: 'bill', several: 'bills', unknown: 'the bill' });

/** dropday: the whole claim withdrawn, the final bill included, and what the estate had paid of that bill (family.nl.ts); audit90 G1: outside the estate's debts only that a part was. */
const paidBeforeEn = (d: Record<string, unknown>, readsDebts: boolean) => {
  const paid = d.paidFinalBill as { amount: number; paidOn: string; afterDrop?: boolean };
  if (!readsDebts) return `, the final bill included, and that ${paid.afterDrop ? 'after that the estate still paid part of it' : 'the estate had already paid part of it'}`;
  const [on, amount] = [longDate(paid.paidOn, 'en'), money(paid.amount, 'en')];
  return `, the final bill included, and that ${paid.afterDrop ? `after that, on ${on}, the estate still paid ${amount} of it` : `the estate had already paid ${amount} of it on ${on}`}`;
};

/** What is not theirs, or not there (a contract, a letter of another estate): told alike, never which. */
/** What the organisation has not yet done of what we asked (`ChaseAsked`), after "has not yet". */
const notYetEn = (asked: ChaseAsked) =>
  asked === 'bank' ? 'told us whether the account is blocked and what the balance was on the day of death' : `confirmed ${asked === 'cancel' ? 'the cancellation' : 'the transfer'}`;
const billsToPayEn = (count: number, total: string | null) => `${count === 1 ? `a bill${total ? ` of ${total}` : ''}` : `bills${total ? ` totalling ${total}` : ''}`} still to be paid from the estate`;
const NOT_FOUND_EN = 'We cannot find that, or it is not meant for you.';
/** askwords: what the estate paid on a dropped claim, asked back: before the provider's word or after it. */
const paidOnDropEn = (amount: string | null, afterDrop: boolean) => {
  const paid = afterDrop ? 'was paid after that' : 'had already been paid';
  return amount ? `the ${amount} that ${paid}` : `what ${paid}`;
};
const TAKEN_AS_EN: Record<string, string> = {
  death_certificate: 'death certificate', certificate_of_inheritance: 'certificate of inheritance', power_of_attorney: 'power of attorney', will: 'will',
  executor_appointment: 'executor appointment', id_document: 'proof of identity', invoice: 'bill', collection_letter: 'letter from a debt collector',
  provider_letter: "company's letter", other: 'document',
};
/**
 * familyupload2: what her file was used for, one sentence for her report list (`reportStanding`), her timeline and her daily email
 * (`family_report.handled` with `document_taken`, `reportDecisionNews`); `kind`: the documents module's kind it was taken as.
 */
const documentTakenEn = (owner: string, kind: string) => `Your document has been used for the file: ${owner} has taken it in as ${kind === 'other' ? 'a document' : `the ${TAKEN_AS_EN[kind] ?? 'document'}`}.`;
/** familyupload3: another relative's file, to a relative who may see it: what it was taken in as, not who sent it. */
const documentTakenForOtherEn = (kind: string) => `A document a family member sent has been taken into the file${kind === 'other' ? '' : ` as the ${TAKEN_AS_EN[kind] ?? 'document'}`}.`;
/** familyupload3: what a file a relative sent is now, after a correction of its kind. */
const takenNowAsEn = (kind: unknown) => (kind === 'other' || !TAKEN_AS_EN[String(kind)] ? 'a document' : `the ${TAKEN_AS_EN[String(kind)]}`);
const KINDS_EN = { invoice_after_end: 'A bill after the end date', collection_letter: 'A letter from a debt collector', letter_to_deceased: 'A letter addressed to the deceased', new_contract: 'A contract nobody knew about', other: 'Something else', callback: 'Call-back request' };
/** relcorr: a report's kind inside a sentence (its timeline lines). */
const kindInEn = (kind: unknown) => (KINDS_EN[kind as keyof typeof KINDS_EN] ?? 'a report').replace(/^./, (c) => c.toLowerCase());
const TOO_MANY_EN = 'Too many attempts. Please try again in a while.';
const reachEn = (c: CaseOwnerContact) => `${c.name}${c.phone || c.email ? ` (${[c.phone && `phone ${c.phone}`, c.email && `email ${c.email}`].filter(Boolean).join(', ')})` : ''}`;
const newLinkFirstEn = (contact: CaseOwnerContact) => `Request a new link below. If that does not work, contact ${reachEn(contact)}.`;

/** What a collection agency claims, as its letter was recorded ("claim by Incassobureau Noord (reference INC-3), €112.40"): it names no bill of ours. */
/** A collection agency's claim by its agency and its reference ("claim by Incassobureau Noord (reference INC-3)"). */
export const claimNamedEn = (agency: string, reference: string) => `claim by ${agency || 'the collection agency'}${reference && reference !== agency ? ` (reference ${reference})` : ''}`;
/**
 * What part of a bill, or which bill, is owed: the part up to the end date of one disputed in part, or a bill for time
 * after the end date that the contact person decided is paid all the same (`afterEnd`: a bill after the end is otherwise disputed).
 */
/** bankdebt: an overdrawn account's debit, per the day of its balance (`overdrawnListed`), named by the bank's reference. */
export const overdraftEn = (reference: string, day: string | null) => `overdraft on the account${day ? ` as of ${day}` : ''} (reference ${reference})`;
/** bankdebts: a bank's costs by their reference (`chargeListed`), as `chargeNl` (workflows/wording.ts). */
export { chargeEn };
const premiumEn = (reference: string) => `premium ${reference} for the insurance that continues for the estate`;
const dueEn = (premium: { due: string | null } | null) => (premium?.due ? `, to be paid by ${premium.due}` : '');
const billPartEn = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd === 'transfer' ? ', the part up to the date of the transfer' : untilEnd ? ', the part up to the end date' : afterEnd ? `, ${afterEnd === true ? '' : `of which ${afterEnd} `}for time after the end date (your contact person decided it is to be paid after all)` : '');
const chargePartEn = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd ? ', the part up to the date the bank confirmed' : afterEnd ? `, ${afterEnd === true ? '' : `of which ${afterEnd} `}for days after the date the bank confirmed (your contact person decided it is to be paid after all)` : '');
const claimEn = (agency: string, reference: string, amount: string) => `${claimNamedEn(agency, reference)}, ${amount}`;
/** repaybill: as `repaidAgainNl` (family.nl.ts). */
export const repaidAgainEn = (amount: string) => `${amount} paid back, owed again (claim withdrawal undone)`;
export const repaidAgainOfEn = (provider: string) => `the amount ${provider} had paid back, owed again (claim withdrawal undone)`;
const NOTARY_FIRST_EN = 'Have the heirs not yet chosen how to accept the estate? Then speak to the notary before paying.';
const KEPT_TRACK_EN = "The family's point of contact and your contact person keep track of it.";

/** The provider did not give, within `term`, the answer a missed term left open (`missedQuestion`). */
/** A letter by email that did not arrive (refused by the provider's mail server, or stuck): it was made and sent (audit 77, MAIL-2). */
const undeliveredEn = (provider: string) => `Our letter to ${provider} could not be delivered by email yet; your contact person is seeing to it that it arrives.`;

const unansweredEn = (p: string, term: string, q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      if (q.asked) return `${p} did not answer our request ${term}.`;
      return `${p} did not confirm ${term} that the contract ${q.action === 'cancel' ? 'ends' : 'is transferred'}.`;
    case 'collectionStop':
      return `${p} did not confirm ${term} that the collection has stopped.`;
    case 'rejectionComplaint':
      return `${p} did not answer our complaint about the rejection ${term}.`;
    case 'release':
      return `${p} did not pay the balance to the estate account ${term}.`;
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'en') : billsNamed(q.bills, 'en', { one: 'bill', several: 'the bills', unknown: 'the bill' }).words;
      return `${p} did not answer our ${q.kind === 'dispute' ? 'objection to' : 'complaint about'} ${bills} ${term}.`;
    }
    default:
      return `${p} did not answer ${term}.`;
  }
};

/** What a correction letter corrects, after its subject in the letter lists (src/letters/letter-about.ts): two of one day read apart. */
const CORRECTS_EN: Record<string, string> = {
  description: 'the description', accountNumber: 'the customer number', requestedEndDate: 'the requested date', effectiveDate: 'the end date', insuranceKind: 'what we ask the insurer',
  deceasedName: "the deceased's name", dateOfBirth: 'the date of birth', dateOfDeath: 'the date of death', deceasedAddress: "the deceased's address", estateAccount: 'the estate account',
  newHolderName: "the new holder's name", newHolderAddress: "the new holder's address", newHolderDateOfBirth: "the new holder's date of birth",
  newHolderEmail: "the new holder's email address", newHolderPhone: "the new holder's phone number", newHolderIban: "the new holder's IBAN",
  reference: 'the invoice number', invoiceDate: 'the invoice date', amount: 'the amount', periodFrom: 'the period billed', periodTo: 'the period billed',
};

/** The portal's words in English, for a family member who chose English; same keys as ./family.nl.ts. */
export const familyEn: FamilyWords = {
  portal: 'Family portal', login: 'Sign in', code: 'Access code', codeHint: 'The code is in the invitation from your contact person, for example K7QM-2XWD-RT9P.',
  open: 'Open the file', continueText: 'Press the button to open the file. The link works once.',
  newLink: 'Request a new link', newLinkText: 'Code or link no longer working? Enter your email address and we will send a new link.', email: 'Email address',
  newLinkSent: 'If we know this address, a new link is on its way.',
  sessionOver: (contact: CaseOwnerContact) => `Your session has expired. ${newLinkFirstEn(contact)}`, formLost: 'What you filled in was not saved.',
  logout: 'Sign out', switchTo: 'Nederlands', switchLang: 'nl',
  overview: 'Overview', timeline: 'Timeline', letters: 'Letters and documents', report: 'Report something', dossier: 'Download the whole file',
  navLetters: 'Letters', navReport: 'Report', menu: 'Menu',
  listRestarted: 'This list starts again from the beginning: the link you used no longer works.',
  groups: { withOwner: 'Your contact person is on it', waitingOnProvider: 'Waiting for the organisation', done: 'Done' },
  progressLine: ({ done, total, waitingOnProvider }: { done: number; total: number; waitingOnProvider: number }) =>
    `${done} of ${total} done${waitingOnProvider ? `, ${waitingOnProvider} waiting for the organisation` : done < total ? ', the rest is with your contact person' : ''}`,
  sorry: 'Thank you for your honest rating. We are sorry it did not go well.', callbackQuestion: 'Would you like your contact person to call you?',
  callbackYes: 'Yes, call me', callbackNo: 'No, thank you', goodThanks: 'Thank you for your rating. We are glad it went well.',
  callbackPlanned: (owner: string) => `${owner}, your contact person, will call you as soon as possible.`,
  chooseKind: 'Next', changeKind: 'Report something else', periodFrom: 'Period on the bill: from (if you know it)', periodTo: 'Period on the bill: up to and including (if you know it)',
  /** Another relative, named so on the timeline: a relative's report and what it started are theirs. */
  /** A provider's answer the case owner recorded (it came by phone, post or email): the provider said it, the owner wrote it down. */
  recordedBy: (name: string) => `recorded by ${name}`,
  aRelative: 'A family member',
  inThisFile: 'in this file',
  of: 'Estate of', died: 'died on', contact: 'Your contact person', phone: 'Phone', emailLabel: 'Email',
  contracts: 'Contracts', none: 'No contracts are listed yet.', asked: 'Asked', lastUpdate: 'Last update',
  updatedOn: (date: string) => `updated ${date}`, expectedOn: (date: string) => `expected ${date}`,
  next: 'What happens next', expected: 'Expected', noLetters: 'No letters have been sent yet.', documents: 'Documents', noDocuments: 'There are no documents.', more: 'Earlier entries', moreLetters: 'Earlier letters', moreDocuments: 'Earlier documents', moreContracts: 'More contracts',
  to: 'to', pdfIn: { nl: '(PDF, in Dutch)', en: '(PDF)' } as Record<Language, string>, reportTitle: 'Report a bill, letter or contract', kind: 'What is it about?', contract: 'Which contract?', unknownContract: 'I do not know / not listed',
  message: 'What happened?', invoiceDate: 'Date on the bill (if you know it)', amount: 'Amount in euros (if you know it)', reference: 'Invoice number or reference (if you know it)',
  agency: 'Name of the collection agency (if you know it)', dossierNumber: "The collection agency's file number (if the letter gives one)", agencyLanguage: 'Which language did the collection agency write in?', agencyLanguages: { nl: 'Nederlands', en: 'English' }, provider: 'Which organisation? (if it is in the list)', account: 'Customer or policy number (if you know it)',
  file: 'Photo or PDF of the letter (optional, at most 10 MB)', send: 'Send report', sent: 'Thank you. Your report has been received.',
  messageOversays: (owner: string, what: string[]) =>
    `Please note: your message seems to contain ${listed(what, 'en')}. Your report is for ${owner} only; Steward does not send your message to companies. If your report does not need ${what.length > 1 ? 'the numbers, it is better not to mention them' : 'the number, it is better not to mention it'}.`,
  oversaid: { bsn: 'a citizen service number (BSN)', iban: 'an account number (IBAN)' },
  rateEstate: 'How satisfied are you with how everything was handled?', rateContract: (provider: string) => `How satisfied are you with how ${provider} was handled?`,
  rateLegend: 'One tap is enough', comment: 'Anything you would like to add? (optional)', thanks: 'Thank you for your rating.',
  scores: ['very dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very satisfied'], yourReports: 'Your reports', moreReports: 'Earlier reports', handled: 'handled', openReport: 'being handled', reply: 'Reply from your contact person:',
  kinds: KINDS_EN,
  uploads: {
    withdraw: 'Withdraw',
    withdrawHint: 'A file or bank statement you sent yourself can be withdrawn while your contact person has not used it yet. It is then erased.',
    withdrawnNotice: 'The file was withdrawn and erased.',
    statementWithdrawnNotice: 'The bank statement was withdrawn; what was read from it has been erased.',
    notWithdrawn: 'Not withdrawn:',
    statementsTitle: 'Bank statements you sent',
    sentOn: (date: string) => `sent on ${date}`,
    used: 'used by your contact person already',
    moreStatements: 'Earlier bank statements',
  },
  reportChange: {
    open: 'Something not right? Correct or withdraw',
    hint: (owner: string) => `You can do this as long as ${owner} has not dealt with the report.`,
    message: 'Your message',
    save: 'Save correction',
    withdraw: 'Withdraw report',
    figuresKept: 'The details you copied from the letter stay as they were. If something in them is wrong, say so in your message or withdraw the report.',
    withdrawHint: 'What you wrote and sent with it is then erased; only the fact that you reported something and withdrew it remains.',
    withdrawn: 'withdrawn by you',
    corrected: (date: string) => `corrected by you on ${date}`,
    correctedNotice: 'Your report has been corrected. Your contact person sees the new details straight away.',
    withdrawnNotice: 'Your report has been withdrawn. Your contact person no longer needs to do anything with it.',
  },
  dossierText: 'One zip file with all letters, provider confirmations, documents and the timeline.', heirs: 'Family', heir: 'heir', representative: 'point of contact',
  dossierParts: {
    timeline: 'Timeline', confirmations: 'Confirmations from providers', none: 'No confirmations have been received yet.', file: 'File', letters: 'letters', documents: 'documents',
    endsOn: 'contract ends on', transferredOn: 'transferred as of', received: 'receipt acknowledged', reference: 'reference', finalInvoice: 'final invoice',
    corrected: 'confirmation corrected', nothing: 'none', laterCorrected: 'corrected later', takenBack: 'taken back later: recorded by mistake', dropUndone: 'undone later: recorded by mistake',
  },
  sessionEnded: (contact: CaseOwnerContact) => `Your access to the family portal has ended or expired. ${newLinkFirstEn(contact)}`,
  tooMany: TOO_MANY_EN,
  notOpened: 'The file was not opened.',
  statementTitle: 'Send a bank statement', statementText: 'Of the deceased’s account: the camt.053 file (XML) or the CSV/TXT export of ING, Rabobank or ABN AMRO. Your contact person looks for the contracts that still run.',
  statementFile: 'Bank statement (XML, CSV or TXT, at most 50 MB)', statementSend: 'Send the bank statement', statementReceived: 'Received, your contact person is looking at it.', statementFix: 'The bank statement could not be read:',
  /** Under a collection letter she reported, once the owner recorded its notice (README, printwords). */
  collectionStanding: (owner: string, asked: string[], notYet: string[], answer: { by: string | null; suspended: boolean; dropped: boolean } | null) => {
    const recorded = `${owner} has recorded the collection letter with the contract`;
    const where = !asked.length
      ? `${recorded}. The letter asking for the collection to be suspended has not been sent yet.`
      : `${recorded} and asked ${listed(asked, 'en')} in writing to suspend the collection${notYet.length ? `; the letter to ${listed(notYet, 'en')} has not been sent yet` : ''}.`;
    if (!answer) return where;
    const halted = answer.suspended ? 'been suspended' : 'stopped';
    if (answer.by && answer.dropped) return `${where} ${answer.by} has let us know that it dropped the claim; the collection has stopped.`;
    return answer.by ? `${where} ${answer.by} has let us know that the collection has ${halted}.` : `${where} We were told that the collection has ${halted}; who told us was not recorded.`;
  },
  billStanding: (owner, provider, now) => {
    const where: Record<BillNow['standing'], string> = {
      unsent: `The letter with our objection to ${provider} has not been sent yet.`,
      open: `Our objection to what was billed after the end date has been sent; we are waiting for ${provider}'s answer.`,
      held: `${provider} maintains the bill; your contact person decides what we do next.`,
      credited: `${provider} has credited the bill; the objection is settled.`,
      withdrawn: `${provider} has withdrawn the bill.`,
      payFromEstate: now.paidOn ? `The bill was paid from the estate on ${longDate(now.paidOn, 'en')}.` : 'The bill is paid from the estate; it is not yet recorded as paid.',
      owed: now.paidOn ? `The bill was paid from the estate on ${longDate(now.paidOn, 'en')}.` : 'The bill covers only the time up to the end date and is paid from the estate; it is not yet recorded as paid.',
      alreadyPaid: 'The bill had already been paid; the objection is settled.',
      beforeEnd: 'The end date was corrected: the bill no longer covers any time after it, so our objection has lapsed.',
      settled: 'The objection is settled.',
    };
    return `${owner} has checked the bill and recorded it with the contract. ${where[now.standing]}`;
  },
  documentTaken: documentTakenEn,
  billDecisions: {
    waiting: (owner: string) => `${owner} is checking this bill and will decide what to do with it.`,
    bill_recorded: (owner: string) => `${owner} has checked the bill and recorded it with the contract.`,
    nothing_to_do: (owner: string) => `${owner} has looked at the bill and dealt with your report.`,
  },
  followUps: {
    contract_added: (owner: string) => `We have added the contract to the list. ${owner} will check the details and send the request.`,
    contract_known: (owner: string) => `We already knew about this contract: it is on the list and ${owner} is handling it. Your report has been kept with it.`,
    queued: (owner: string) => `${owner} will look at your report and contact you if anything is needed from you.`,
    bill_queued: (owner: string) => `Your report has reached ${owner}, who will check the bill and decide what to do with it. You will read it here.`,
    closed: (owner: string) => `The file had already been closed. ${owner} will look at your report and reopen the file if anything still needs doing.`,
  },
  errorPage: {
    title: 'That did not work',
    badAddress: 'The address of this page is not right (any more). Nothing was changed.',
    notFound: 'This page does not exist, or is not meant for you.',
    unavailable: 'The family portal cannot be reached just now. Please try again in a few seconds.',
    broken: 'Something went wrong on our side. Nothing was changed. Please try again shortly.',
    home: 'To your overview',
  },
  errors: {
    common: {
      concurrentChange: 'Someone else changed this at the same moment. Please try again; nothing was changed.',
      noWorkflow: 'Nothing is being handled for this (yet). Nothing was changed.',
      unauthenticated: 'Please sign in first with the access code from your case owner.',
      tokenEnded: 'Your access to the family portal has ended or expired. Sign in again with a new code: request a new link, or ask your case owner for a new one.',
      crossSite: 'This form was sent from another website. Nothing was changed.',
      formInProgress: 'This form is still being sent. Look again in a moment: it is not sent twice.',
      notFound: NOT_FOUND_EN,
      alreadyExists: 'This already exists. Nothing was changed.',
      unhandled: (_state: string) => 'Nothing is being handled for this contract, so this cannot be done now. Nothing was changed.',
      stateConflict: (subject: string, _state: string) => `This cannot be done for ${subject === 'estate' ? 'this estate' : 'this contract'} at the moment. Nothing was changed.`,
      fileRefused: (problem: string, field: string, mb?: string) =>
        `${
          problem === 'tooManyFiles' ? 'You can send one photo or PDF at a time'
          : problem === 'fileFirst' ? `The photo or PDF is larger than ${mb} MB, and it came before the rest of the form, which was therefore not read. Send one of at most ${mb} MB`
          : `What you sent has a file in the field ‘${field}’, which is not part of the form: send the photo or PDF in the field ‘file’`
        }. Nothing was changed.`,
      methodNotAllowed: (method: string, allowed: string) => `This page cannot be used with ${method}, only with ${allowed}. Nothing was changed.`,
      unreadableBody: (problem: string, limit: number) =>
        `${({ tooLarge: `What you sent is too large: at most ${limit} kB`, tooManyFields: `The form has too many fields: at most ${limit}`, tooDeep: `The form is nested too deeply: at most ${limit} levels`, notJson: 'What you sent cannot be read: it is not valid JSON', charset: 'What you sent cannot be read: send it in UTF-8', encoding: 'What you sent cannot be read: it is packed in a way we do not know' } as Record<string, string>)[problem] ?? 'What you sent cannot be read'}. Nothing was changed.`,
    },
    summary: 'Something is not filled in correctly. Would you change this?',
    field: 'this field',
    unknownParameter: (name: string) => `The address holds ‘${name}’, which this page does not know`,
    labels: {
      kind: 'what it is about', contractId: 'the contract', message: 'your message', invoiceDate: 'the date on the bill', periodFrom: 'the start of the period',
      periodTo: 'the end of the period', amount: 'the amount', reference: 'the invoice number or reference', agency: 'the name of the collection agency', dossierNumber: "the collection agency's file number", agencyLanguage: "the language of the collection agency's letter",
      providerId: 'the organisation', accountNumber: 'the customer or policy number', file: 'the photo or PDF', paidOn: 'the date of payment',
      comment: 'your comment', code: 'the access code', email: 'your email address', score: 'your rating', milestone: 'the moment of the rating', lang: 'the language',
      limit: 'the number per page', reported: 'the report', contract: 'the contract', rated: 'the rating', callback: 'the call-back request',
      // The portal's query parameters (an address refused on its error page).
      cursor: 'the page reference', reports: 'the page reference', bills: 'the page reference', paid: 'the page reference', documents: 'the page reference', bill: 'the notice about the bill',
    } as Record<string, string>,
    examples: {} as Record<string, string>,
    rules: {
      required: (label: string) => `Fill in ${label}`,
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `Choose ${label}`,
      maxLength: (label: string, n: string) => `Use at most ${n} characters for ${label}`,
      minLength: (label: string, n: string) => `Write at least ${n} characters for ${label}`,
      // The only address a relative types is her own (a new link): the sentence names what is wrong, not the field again.
      email: (_label: string) => 'Enter a valid email address, like name@example.com',
      choice: (label: string) => `Choose ${label} from the list`,
      whole: (label: string) => `Enter a whole number for ${label}`,
      min: (label: string, n: string) => `Enter ${n} or more for ${label}`,
      max: (label: string, n: string) => `Enter ${n} or less for ${label}`,
      tooMany: (label: string, n: string) => `Choose at most ${n} for ${label}`,
      date: (label: string, typed: string) => (typed ? `${typed} does not exist: enter a real date for ${label}` : `Enter a real date for ${label}`),
      country: (label: string) => `Enter ${label} as a two-letter country code, like NL`,
      iban: (label: string) => `Check ${label}: the account number is not right`,
      euros: (label: string) => `Enter ${label} in figures, for example 80 or 12.50`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'en');
        return `“${typed}” for ${label} can be read two ways. Write ${thousands} ${decimal ? `or ${decimal}` : 'or an amount with at most two decimals'}`;
      },
      positive: (label: string) => `${label} must be more than zero`,
      format: (label: string) => `Check the format of ${label}`,
      blank: (label: string) => `Only spaces were typed for ${label}: write something, or leave it empty`,
      unknown: (label: string) => `This field is not part of the form: ${label}`,
      object: () => 'Send the details as a JSON object or a form',
      future: (label: string) => `${label} is in the future`,
      beforeBirth: (label: string) => `${label} is before the date of birth`,
      beforeDeath: (label: string) => `${label} is before the date of death`,
      beforeStart: (label: string) => `${label} is before its start: check both dates on the bill`,
      beforeContract: (label: string) => `${label} is before the day the contract was recorded`,
      beforePosting: (label: string) => `${label} is before the day the letter was posted`,
      tooLate: (label: string, date: string) => `${label} is too far ahead: ${date} at the latest`,
      check: (label: string) => `Check ${label}`,
    },
    refused: (said: string) => `${said}. Nothing was changed.`,
    notFound: NOT_FOUND_EN,
    statements: {
      notForm: 'Send the statement as a file. Nothing was kept.',
      formUnreadable: (_reason: string) => 'The file did not arrive whole: choose it again and send it once more. Nothing was kept.',
      tooLarge: (mb: string) => `The file is too large: choose a file of at most ${mb} MB. Nothing was kept.`,
      unreadable: (line: string, element: string, _reason: string) =>
        `Line ${line}${element ? ` (<${element}>)` : ''} of the file cannot be read. Send the camt.053 file (XML) or the CSV/TXT export of ING, Rabobank or ABN AMRO. Nothing was kept.`,
      noTransactions: 'There are no payments in this file. Nothing was kept.',
    },
    refusals: {
      codeUsed: () => 'This code has already been used. Request a new link below, or ask your contact person for a new code.',
      codeExpired: () => 'This code has expired. Request a new link below, or ask your contact person for a new code.',
      codeInvalid: () => 'This code is not correct: check it and try again.',
      codeTooOften: (_label?: string, at?: string) => (at ? `Too many attempts. Please try again at ${at}.` : TOO_MANY_EN),
      staleCursor: () => 'This page of the list does not exist (any more). Open the list again from the start',
      tooLarge: (_label: string, mb: string) => `The file is too large: choose a file of at most ${mb} MB`,
      emptyFile: () => 'The file is empty: choose the right file',
      fileType: () => 'We cannot open this file: choose a photo (JPG or PNG) or a PDF of the letter',
      unreadable: () => 'This file is damaged or protected, or has no pages: choose another photo or PDF of the letter',
      pdfReadTooLong: () => 'This PDF file could not be read: it is too large or damaged. Choose a smaller photo or PDF of the letter',
      checksBusy: () => 'It is too busy right now to look at your file: try again in a minute',
      statementLine: (_label: string, line: string) => `Line ${line} of the file cannot be read. Send the camt.053 file (XML) or the CSV/TXT export of ING, Rabobank or ABN AMRO`,
      noTransactions: () => 'There are no payments in this file',
      longBeforePeriod: (label: string, from: string) => `${label} is more than a year before the period on the bill (from ${from}): please check the year`,
      beforeOwed: () => 'The date of payment is before the day the bill came on this list. If it was paid before, please tell your contact person',
      notOwed: () => 'This bill is not on the list of bills paid from the estate',
      stillDisputed: () => 'We are still objecting to this bill: you do not need to pay it now',
      paidAlready: (_label: string, date: string) => (date ? `This bill is marked paid already, on ${date}` : 'This bill is marked paid already'),
      notMarkedPaid: () => 'This bill is not marked paid',
      chooseFileAgain: (_label: string, name: string) => `You had attached ${name || 'a file'}, but a browser cannot keep an attachment when the report comes back: choose the file again below before you send`,
      paidInClosedEstate: () => 'The file is closed and the final report names this payment. If it is not right, please tell your contact person',
      beforeOwedCharge: () => 'The date of payment is before the day this amount came on this list. If it was paid before, please tell your contact person',
      notOwedCharge: () => 'This amount is not on the list of what the estate pays the bank',
      disputedCharge: () => 'We are still objecting to this charge: you do not need to pay it now',
      paidCharge: (_label: string, date: string) => (date ? `This amount is marked paid already, on ${date}` : 'This amount is marked paid already'),
      unpaidCharge: () => 'This amount is not marked paid',
      representativeOnly: () => "Only the family's point of contact can record that a bill is paid",
      ratedAlready: () => 'You have already rated everything we asked you about. Thank you',
      notRatable: () => 'You cannot rate this yet: we will ask you as soon as you can',
      reportHandled: (_label: string, owner: string) => `${owner || 'Your contact person'} has already dealt with this report, so you can no longer change or withdraw it here. If something in it is wrong, please ask ${owner || 'your contact person'}`,
      reportWithdrawn: () => 'You have already withdrawn this report',
      notOfKind: (label: string) => `${label} is not part of this kind of report`,
      unchanged: () => 'Your correction is the same as what you reported: change something first',
      uploadUsed: (_label: string, owner: string) => `${owner || 'Your contact person'} has already used this file, so you can no longer withdraw it here. If it should go, please ask ${owner || 'your contact person'}`,
    },
  },

  billsToPay: 'To be paid from the estate',
  billsToPayText: 'These bills are owed and are paid from the estate. Have the heirs not yet chosen how to accept the estate? Then speak to the notary first: an heir who pays debts of the estate without reservation may thereby accept the estate outright, debts included (Dutch Civil Code, article 4:192(1)). Questions about paying them? Please get in touch with your contact person.',
  billsToPayYouMark: 'Have you paid a bill from the estate’s account? Fill in the date and choose ‘Paid’. The whole family then sees that it is paid.',
  billsToPayOthersMark: "The family's point of contact keeps track here of which bills are paid.",
  amountsToPay: {
    text: 'These amounts are owed and are paid from the estate. Have the heirs not yet chosen how to accept the estate? Then speak to the notary first: an heir who pays debts of the estate without reservation may thereby accept the estate outright, debts included (Dutch Civil Code, article 4:192(1)). Questions about paying them? Please get in touch with your contact person.',
    youMark: 'Have you paid one of these amounts from the estate’s account? Fill in the date and choose ‘Paid’. The whole family then sees that it is paid.',
    othersMark: "The family's point of contact keeps track here of which amounts are paid.",
  },
  billToPay: (provider: string, reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
    `${provider}: ${agency !== null ? claimEn(agency, reference, amount) : finalBill === 'repaidAgain' ? repaidAgainEn(amount) : `${overdrawn !== null ? overdraftEn(reference, overdrawn.on) : finalBill === 'recovery' ? `recovery of pension paid in excess (the fund's reference ${reference})` : finalBill ? `final bill (the provider's reference ${reference})` : premium ? premiumEn(reference) : charge ? chargeEn(reference) : `bill ${reference}`}${(charge ? chargePartEn : billPartEn)(untilEnd, afterEnd)}, ${amount}${dueEn(premium)}`}`,
  moreBillsToPay: 'More bills',
  billOwedHere: (reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
    agency !== null ? `the ${claimEn(agency, reference, amount)}` : finalBill === 'repaidAgain' ? repaidAgainEn(amount) : `${overdrawn !== null ? overdraftEn(reference, overdrawn.on) : finalBill === 'recovery' ? `the recovery of pension paid in excess (the fund's reference ${reference})` : finalBill ? `the final bill (the provider's reference ${reference})` : premium ? premiumEn(reference) : charge ? `the ${chargeEn(reference)}` : `bill ${reference}`}${(charge ? chargePartEn : billPartEn)(untilEnd, afterEnd)}, ${amount}${dueEn(premium)}`,
  stillToPayNext: (bills: string) => `Still to be paid from the estate: ${bills} (see ‘To be paid from the estate’). ${NOTARY_FIRST_EN}`,
  stillToPayNextUnnamed: `A bill of this contract is still to be paid from the estate. ${KEPT_TRACK_EN}`,
  billsWaitFirstNext: NOTARY_FIRST_EN,
  billsWaitFirstNextUnnamed: KEPT_TRACK_EN,
  billsWaitFirst: (provider: string, bills: string, bank = false) => `Still to be paid from the estate for the ${bank ? 'account' : 'contract'} with ${provider}: ${bills}.`,
  afterEndDecided: (references: string[], bank: boolean) => {
    if (bank) {
      const charges = billsNamed(references, 'en', { ...CHARGE_NOUNS.en, unknown: 'the charges' });
      return `The ${charges.words} ${charges.several ? 'are' : 'is'} for days after the date the bank confirmed; your contact person decided ${charges.several ? 'they are' : 'it is'} to be paid after all.`;
    }
    const { words, several } = billsNamed(references, 'en', { one: 'bill', several: 'bills', unknown: 'the bills' });
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${several ? 'are' : 'is'} for time after the end date; your contact person decided ${several ? 'they are' : 'it is'} to be paid after all.`;
  },
  afterEndDecidedUnnamed: (several: boolean, bank: boolean) =>
    bank ? `${several ? 'Those charges are' : 'That charge is'} for days after the date the bank confirmed; your contact person decided ${several ? 'they are' : 'it is'} to be paid after all.` : `${several ? 'Those bills are' : 'That bill is'} for time after the end date; your contact person decided ${several ? 'they are' : 'it is'} to be paid after all.`,
  afterEndPartDecided: (reference: string, part: string, bank: boolean) =>
    bank
      ? `Of the ${chargeEn(reference)}, ${part} is for days after the date the bank confirmed; your contact person decided it is to be paid after all.`
      : `Of bill ${reference}, ${part} is for time after the end date; your contact person decided it is to be paid after all.`,
  afterEndPartMoved: ({ reference, now, whole }: AfterEndPartMoved, bank: boolean): string => {
    const [bill, after, date] = bank ? [`the ${chargeEn(reference)}`, 'days after that date', 'the corrected date the bank confirmed'] : [`bill ${reference}`, 'time after that date', 'the corrected end date'];
    if (now === null) return `With ${date}, none of ${bill} is for ${after} any more.`;
    return whole ? `With ${date}, all of ${bill} is now for ${after}.` : `With ${date}, ${now} of ${bill} is now for ${after}.`;
  },
  afterEndPartMovedUnnamed: (bank: boolean): string =>
    bank ? 'That also changed which part of the charges is for days after that date.' : 'That also changed which part of a bill is for time after that date.',
  afterEndPartDecidedUnnamed: (bank: boolean) =>
    bank ? 'Part of that charge is for days after the date the bank confirmed; your contact person decided it is to be paid after all.' : 'Part of that bill is for time after the end date; your contact person decided it is to be paid after all.',
  refundOpen: (provider: string, amount: string) => `${provider} pays ${amount} back to the estate; it has not been received yet.`,
  refundOpenUnnamed: (provider: string) => `${provider} still pays an amount back to the estate; it has not been received yet.`,
  paidDropAskedOpen: (provider: string, amount: string | null, afterDrop: boolean, left: string | null, partCame: boolean, payBy: string) =>
    `${provider} dropped the claim; we are asking back ${paidOnDropEn(amount, afterDrop)}: we asked ${provider} by letter to pay it back by ${payBy}. ${left ? `${left} of it has not been received yet.` : partCame ? 'Part of it has not been received yet.' : 'It has not been received yet.'}`,
  paidDropAskedBack: (provider: string, amount: string | null, afterDrop: boolean) => `${provider} dropped the claim; we are asking back ${paidOnDropEn(amount, afterDrop)}.`,
  paidDropReportedNews: (provider: string, amount: string | null, paidOn: string) =>
    `${provider} reports having paid back ${amount ? `${amount} of the amount asked back` : 'the amount asked back'} on ${paidOn}. That is ${provider}'s report; it has not yet been recorded as received on the estate account.`,
  paidDropAskedReported: (provider: string, amount: string | null, afterDrop: boolean, paidOn: string) =>
    `${provider} dropped the claim; we are asking back ${paidOnDropEn(amount, afterDrop)}. ${provider} reports having paid it back on ${paidOn}; it has not yet been recorded as received on the estate account.`,
  refundCame: (provider: string, amount: string | null, on: string, part = false) => `${provider} has paid ${amount ?? (part ? 'part of the amount' : 'the amount')} back to the estate (received on ${on}).`,
  refundCameUndone: (provider: string, amount: string | null, on: string, part = false) => `Correction: ${amount ? `the ${amount}` : part ? 'the part of the amount' : 'the amount'} from ${provider} recorded as received on ${on} has not been received after all.`,
  askedBackAwaitedNext: (provider: string, amount: string | null, payBy: string, late: boolean) =>
    `We are waiting for ${amount ? `the ${amount}` : 'the amount'} to reach the estate account. ${late ? `It was due by ${payBy}; we are sending ${provider} a reminder.` : `If it has not come by ${payBy}, we will send ${provider} a reminder.`}`,
  /** audit100 (audit99 F4): back at the request after our answer to the provider's question, the day it reached the provider (`answersSent`). */
  questionAnswered: (provider: string, on: string) => `${provider} asked for more information; we sent our answer on ${on}.`,
  refundAwaitedNext: (amount: string | null) => `We are waiting for ${amount ? `the ${amount}` : 'the amount'} to reach the estate account; after that nothing more needs to happen.`,
  settledButRefund: (provider: string, amount: string | null) => `The contract with ${provider} was settled except a refund${amount ? ` of ${amount}` : ''} to the estate that has not been received yet.`,
  settledButBills: (provider: string, count: number, total: string | null) => `The contract with ${provider} was settled except ${billsToPayEn(count, total)}.`,
  refundReceived: (amount: string | null) => `The refund${amount ? ` of ${amount}` : ''} to the estate has been received.`,
  billsWaitFirstUnnamed: (provider: string, bank = false) => (bank ? `An amount of the account with ${provider} is still to be paid from the estate.` : `A bill of the contract with ${provider} is still to be paid from the estate.`),
  paidOnLabel: 'Date of payment',
  markPaid: 'Paid',
  billsPaid: 'Paid',
  billPaidOn: (date: string) => `paid on ${date}`,
  billPartlyPaid: (rest: string, paid: string, date: string) => `${rest} still to pay; ${paid} paid on ${date}`,
  undoPaid: 'Not paid after all',
  billsPaidClosed: (owner: string) => `The file is closed and the final report names these payments. If anything is not right, please tell ${owner}.`,
  moreBillsPaid: 'More paid bills',
  billPaidNotice: (charge: string | null, overdraft: string | null = null) =>
    charge !== null ? `Saved: the ${chargeEn(charge)} is now marked paid.` : overdraft !== null ? `Saved: the ${overdraftEn(overdraft, null)} is now marked paid.` : 'Saved: the bill is now marked paid.',
  billUnpaidNotice: (charge: string | null, overdraft: string | null = null) =>
    charge !== null ? `The ${chargeEn(charge)} is back among what is still to pay.` : overdraft !== null ? `The ${overdraftEn(overdraft, null)} is back among what is still to pay.` : 'The bill is back among the bills still to pay.',
  premiumOwedEntry: (reference: string, provider: string, amount: string) => `${provider} sent premium ${reference} (${amount}) for the insurance that continues for the estate; it is paid from the estate.`,
  billPaidEntry: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false) =>
    agency !== null
      ? `The ${claimNamedEn(agency, reference)} about the contract with ${provider}, ${amount}, was paid on ${date}.`
      : overdrawn
      ? `The overdraft on the account with ${provider} (reference ${reference}, ${amount}) was paid on ${date}.`
      : bank
      ? `The ${chargeEn(reference)} from ${provider} (${amount}) was paid on ${date}.`
      : finalBill === 'repaidAgain'
      ? `${capitalised(repaidAgainOfEn(provider))}, ${amount}, was paid on ${date}.`
      : `${finalBill === 'recovery' ? `The recovery of pension paid in excess (reference ${reference})` : finalBill ? `The final bill (reference ${reference})` : `Bill ${reference}`} from ${provider} (${amount}) was paid on ${date}.`,
  billPaymentUndoneEntry: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false) =>
    `${agency !== null ? `The ${claimNamedEn(agency, reference)} about the contract with ${provider}` : overdrawn ? `The overdraft on the account with ${provider} (reference ${reference})` : bank ? `The ${chargeEn(reference)} from ${provider}` : finalBill === 'repaidAgain' ? capitalised(repaidAgainOfEn(provider)) : `${finalBill === 'recovery' ? `The recovery of pension paid in excess (reference ${reference})` : finalBill ? `The final bill (reference ${reference})` : `Bill ${reference}`} from ${provider}`} is to pay again: the payment of ${amount} on ${date} was undone.`,
  unhandled: (_state: string) => 'Nothing has been set in motion for this contract yet.',
  unhandledNext: 'If anything is needed from you, your contact person will let you know.',
  leaseEnds: (provider: string, endsOn: string, asked: boolean) =>
    `The lease ends by law on ${endsOn} (art. 7:268 lid 6 BW); the home must then be handed over to ${provider}. ${asked ? `We asked ${provider} to arrange a date for handing it over.` : `We will ask ${provider} to arrange a date for handing it over.`}`,
  handoverGiven: (on: string, time: string, place: string, bring: string | null) => `The home will be handed over on ${on}, ${time}, ${place}; bring the keys${bring ? `: ${bring}` : ''}.`,
  letterHeldBack: (provider: string) => `We are preparing a letter to ${provider}; your contact person will send it as soon as everything is in order.`,
  letterHeldBackNext: 'If anything is needed from you, your contact person will let you know.',
  letterBeingSent: (provider: string) => `Our letter to ${provider} is being sent by email now.`,
  letterBeingSentNext: (provider: string) => `Once it has arrived, we wait for the answer of ${provider}.`,
  letterUndelivered: undeliveredEn,
  letterDeliveredLate: (provider: string, subject: string) => `Our letter to ${provider} (“${subject}”) could not be delivered by email at first; it has now been delivered.`,
  /** deskanswer2: the provider let the term after our correction pass (see nl). */
  correctionLapsedNews: (provider: string, on: string, date: string, keeps: boolean) =>
    keeps
      ? `${provider} did not respond to our correction (letter of ${on}). The date confirmed before, ${date}, therefore stands, as our letter said; you need not do anything.`
      : `${provider} did not respond to our correction of the date of death (letter of ${on}). Your contact person is asking ${provider} about it.`,
  /** corrnews: our correction of a confirmed request went to the provider (see nl). */
  correctionAskedNews: (provider: string, on: string, what: string) =>
    `On ${on} we wrote to ${provider} about the correction of ${what}, and asked ${provider} to confirm it.`,
  /** corrnews: the provider confirmed its date again after that correction (see nl). */
  correctionKeptNews: (provider: string, on: string, date: string, asked: string | null) =>
    asked
      ? `${provider} answered our correction (letter of ${on}): the end date stays ${date}, not the corrected requested date ${asked}.`
      : `${provider} confirmed our correction (letter of ${on}): the end date stays ${date}; you need not do anything.`,
  /** corrcard: the provider answered that correction with a new end date (see nl). */
  correctionNewDateNews: (provider: string, on: string, date: string, notFollowed: string | null, asked: boolean) =>
    notFollowed
      ? `${provider} answered our correction (letter of ${on}): the end date is now ${date}, not the corrected requested date ${notFollowed}.`
      : asked
        ? `${provider} confirmed our correction (letter of ${on}): the end date is now ${date}; you need not do anything.`
        : `${provider} answered our correction (letter of ${on}): the end date is now ${date}.`,
  correctionAwaited: (provider: string, on: string) => `On ${on} we corrected the request to ${provider}; we are waiting for ${provider} to confirm it.`,
  noticeCorrectedNews: (provider: string, claim: { agency: string; reference: string; amount: string | null } | null, again: 'collection_stop' | 'collection_ended') =>
    `We had recorded the debt collector's letter about the contract with ${provider} with a mistake; that has been corrected${claim ? ` (${claimNamedEn(claim.agency, claim.reference)}${claim.amount ? `, ${claim.amount}` : ''})` : ''}. ${again === 'collection_ended' ? 'Our word that the collection has ended' : 'Our request to suspend the collection'} therefore goes to the debt collector again, now with the right details; you do not need to do anything yourself.`,
  lettersReadyForPost: 'Our letters to the organisations are ready for the post. Once they are sent, we follow each request until it is settled.',
  lettersBeingPrepared: 'We are preparing our letters to the organisations. Once they are sent, we follow each request until it is settled.',
  letterAwaitingPost: (provider: string) => `Our letter to ${provider} is waiting to be posted.`,
  letterStillForPost: (provider: string) => `Our letter about this to ${provider} is ready for the post.`,
  chaseAwaitingPost: {
    reminded: (provider: string, asked: ChaseAsked) => `${provider} has not yet ${notYetEn(asked)}. Our reminder to ${provider} is waiting to be posted.`,
    escalated: (provider: string, asked: ChaseAsked) => `After our reminder, ${provider} has still not ${notYetEn(asked)}. Our complaint to ${provider} is waiting to be posted.`,
    complained: (provider: string) => `${provider} did not accept the request. We think that is wrong; our complaint to ${provider} is waiting to be posted.`,
    disputed: (provider: string, _asked: ChaseAsked, first: boolean) => `${first ? 'A' : 'Another'} bill came from ${provider}. Our letter objecting to it is waiting to be posted.`,
    disputeEscalated: (provider: string) => `${provider} did not answer our objection to the bill. Our complaint to ${provider} is waiting to be posted.`,
  },
  letterAwaitingPostNext: (provider: string) => `You will see here once the letter is posted; then we wait for the answer of ${provider}.`,
  letterReadyForPost: 'ready for the post',
  letterAbout: { facts: CORRECTS_EN, text: (facts: string, bill: string | null) => (bill ? `about ${facts} of invoice ${bill}` : `about ${facts}`) },
  letterPostedOn: (date: string) => `posted on ${date}`,
  billDisputeHeldBack: (provider: string, first: boolean) => `${first ? 'A' : 'Another'} bill came from ${provider}. We are preparing a letter disputing it; your contact person will send it as soon as everything is in order.`,
  billDisputeUndelivered: (provider: string, first: boolean) => `${first ? 'A' : 'Another'} bill came from ${provider}; we are disputing it. ${undeliveredEn(provider)}`,
  endDateConfirmed: (provider: string, date: string, action: 'cancel' | 'transfer') =>
    action === 'cancel' ? `${provider} has confirmed that the contract ends on ${date}.` : `${provider} has confirmed that the contract is in the new holder's name as of ${date}.`,
  brpCheckOpen: (provider: string) => `${provider} is normally told of the death by the municipality (through the Personal Records Database). We are checking with ${provider} that it was; if so, no letter is needed.`,
  brpCheckOpenNext: (provider: string) => `If ${provider} did not know yet, we will send a request after all.`,
  brpDetailsComplete: (provider: string) => `The details for ${provider} were complete.`,
  letterNotSent: (provider: string) => `We prepared a letter to ${provider}; it has not been sent yet.`,
  letterReturnedSentAgain: (provider: string) => `We wrote to ${provider} by post; that letter came back undelivered and was sent again.`,
  letterSentLater: (provider: string) => `We prepared a letter to ${provider}; it was sent later, once everything was in order.`,
  letterDeliveredLater: (provider: string) => `We sent a letter to ${provider} by email; it could not be delivered at first and arrived later.`,
  endDate: {
    thanAsked: (asked: string) => `we asked (${asked})`,
    thanByLaw: (date: string) => `the day the lease ends by law (${date})`,
    thanNotice: (date: string) => `the day a notice of one month would normally run out (${date})`,
    confirmedLaterThan: (provider: string, confirmed: string, than: string, action: 'cancel' | 'transfer') =>
      `The ${action === 'cancel' ? 'end date' : 'transfer date'} ${provider} confirmed (${confirmed}) is later than ${than}.`,
    ownerLooksIntoIt: 'Your contact person is looking into it.',
    ownerWillTell: 'Your contact person will let you know what this means.',
  },
  missedTerm: {
    provider: (provider: string, missed: string, question: MissedQuestion | null) => unansweredEn(provider, `within the term (until ${missed})`, question),
    wroteAgain: (provider: string) => `We have written to ${provider} again.`,
    callNext: (provider: string, agency: boolean) => `Your contact person will contact ${provider}${agency ? ' and the collection agency' : ''} personally.`,
    calledNext: (provider: string) => `We are waiting for ${provider}'s answer; your contact person follows it up.`,
    owner: (missed: string) => `This is taking longer than planned: it was due by ${missed}. Your contact person has been reminded of it.`,
    ownerNewDate: (due: string) => `It is now due by ${due}.`,
  },
  everythingSettled: 'Everything is settled.',
  /** Her own report still waits for the owner (README, postfix): said instead of "Everything is settled", before what is said of the final report. */
  ownReportOpen: (date: string, about: string | null, owner: string) => `Your report of ${date}${about ? ` about ${about}` : ''} is with ${owner}, who will let you know what happens.`,
  /** A contract done that her own open report is about (README, postfix): its card says where the report is, not "fully settled". */
  ownReportOnContract: (owner: string) => `Your report about this contract is with ${owner}.`,
  ownReportNext: (owner: string) => `${owner} will let you know what happens.`,
  otherReportOpen: (about: string | null, owner: string) => `A family member's report${about ? ` about ${about}` : ''} is with ${owner}.`,
  otherReportOnContract: (owner: string) => `A family member's report about this contract is with ${owner}.`,
  otherReportNext: (owner: string) => `You will read on the timeline what ${owner} decides.`,
  allButBills: (count: number, total: string | null) =>
    total === null
      ? `Everything is settled except ${billsToPayEn(count, null)}. The family's point of contact and your contact person keep track of it.`
      : `Everything is settled except ${billsToPayEn(count, total)} (see ‘To be paid from the estate’).`,
  allButRefunds: (count: number, total: string | null) =>
    `Everything is settled except ${count === 1 ? `a refund${total ? ` of ${total}` : ''}` : `refunds${total ? ` totalling ${total}` : ''}`} to the estate that ${count === 1 ? 'has' : 'have'} not been received yet.`,
  refundsAlsoLeft: (count: number, total: string | null) =>
    `${count === 1 ? `A refund${total ? ` of ${total}` : ''}` : `Refunds${total ? ` totalling ${total}` : ''}`} to the estate ${count === 1 ? 'has' : 'have'} not been received yet either.`,
  finalReportYours: 'We have sent you the final report.',
  finalReportComing: 'Your contact person will send you the final report.',
  /** A closed estate, read by a relative the final report was not addressed to. */
  finalReportSentTo: (name: string) => `The final report was sent to ${name}; you can also read it here, with the letters.`,
  /** A closed estate whose final report tells the estate's debts, read by a relative who does not read them: it is not with their letters. */
  finalReportSentToOnly: (name: string) => `The final report was sent to ${name}.`,
  /** A closed estate whose final report was written to the family as a whole (no relative was recorded then), or to a relative not known by id (sent before letters kept it). */
  finalReportWithLetters: 'The final report is here, with the letters.',

  callMade: (date, organisation, outcome) => `Your contact person called ${organisation} on ${date}.${outcome ? ` ${outcome}` : ''}`,
  callMadeAbout: (date, outcome) => `Your contact person called about this contract on ${date}.${outcome ? ` ${outcome}` : ''}`,

  events: {
    'estate.opened': () => 'The file was opened.',
    'estate.handed_over': (d: Record<string, unknown>) => `The file was handed over to a colleague: your contact person is now ${String(d.toName)}.`,
    'estate.handover_undone': (d: Record<string, unknown>) => `The handover was undone: your contact person is ${String(d.toName)} again.`,
    'family_member.added': () => 'A family member was added to the file.',
    'family_member.invited': () => 'A family member was invited to this portal.',
    'document.uploaded': () => 'A document was added to the file.',
    'document.kind_corrected': (d: Record<string, unknown>) => `Your document's kind has been corrected: it is now taken in as ${takenNowAsEn(d.to)}.`,
    'document.kind_corrected_for_other': (d: Record<string, unknown>) => `The kind of a document a family member sent has been corrected: it is now taken in as ${takenNowAsEn(d.to)}.`,
    'letter.sent': (d: Record<string, unknown>, readsDebts = false) =>
      d.channel === 'post'
        ? `Letter to ${String(d.recipient)} made ready for the post: ${String(d.subject)}`
        : d.collectionEnded
          ? d.provider
            ? `We let ${String(d.recipient)} know that ${String(d.provider)} ${d.collectionEnded === 'claimDropped' ? `has withdrawn the whole claim${d.paidFinalBill ? paidBeforeEn(d, readsDebts) : ''}` : d.collectionEnded === 'billWithdrawn' ? 'has withdrawn the bill' : d.collectionEnded === 'billsWithdrawn' ? 'has withdrawn the bills' : 'has stopped the debt collection'}.`
            : `We let ${String(d.recipient)} know that ${d.collectionEnded === 'claimDropped' ? `the whole claim has been withdrawn${d.paidFinalBill ? paidBeforeEn(d, readsDebts) : ''}` : d.collectionEnded === 'billWithdrawn' ? 'the bill has been withdrawn' : d.collectionEnded === 'billsWithdrawn' ? 'the bills have been withdrawn' : 'the debt collection has stopped'}.`
          : `Letter sent to ${String(d.recipient)}: ${String(d.subject)}`,
    'letter.posted': (d: Record<string, unknown>) => `Letter to ${String(d.recipient)} posted: ${String(d.subject)}`,
    'letter.returned': (d: Record<string, unknown>) =>
      `Letter to ${String(d.recipient)} came back undelivered: ${String(d.subject)}. ${d.remade === false ? 'No new letter is needed: the contract has moved on since.' : 'We are sending it again.'}`,
    // dropcorr: the day the provider said it dropped a bill, recorded wrongly and corrected.
    // comcorr2: the complaints body's decision, recorded wrongly and corrected: what it now says.
    'contract.committee_decision_corrected': (d: Record<string, unknown>, readsDebts = false) =>
      DECISION_CORRECTED.family.en(d as unknown as DecisionCorrected, String(d.providerName), readsDebts),
    'contract.handover_appointment': (d: Record<string, unknown>) => {
      const { appointment: a = {}, previous } = d as Partial<Omit<HandoverAppointmentGiven, 'appointment'> & { appointment: Partial<HandoverAppointment> }>;
      const was = previous ? ` (was ${longDate(previous.on, 'en')}, ${previous.time})` : '';
      return `${String(d.providerName)} ${previous ? 'changed' : 'gave'} the appointment for handing over the home${was}: ${longDate(String(a.on), 'en')}, ${a.time}, ${a.place}. Bring the keys${a.bring ? `: ${a.bring}` : ''}.${a.note ? ` ${a.note}` : ''}`;
    },
    'contract.drop_day_corrected': (d: Record<string, unknown>) =>
      `${String(d.providerName)} told us on ${longDate(String(d.to), 'en')}, not on ${longDate(String(d.from), 'en')}, that ${dropped(d.bills).words} ${(Array.isArray(d.bills) && d.bills.length > 1) ? 'were' : 'was'} withdrawn; this is now put right.`,
    /** A report that reached nobody, passed on another way: that it was, not how nor the owner's note. */
    'letter.passed_on': (d: Record<string, unknown>) =>
      `The ${d.kind === 'final_report' ? 'final report' : 'progress report'} of ${longDate(String(d.letterDate), 'en')} did not reach ${String(d.recipient)} through the portal; your contact person passed it on another way.`,
    'contract.added': () => 'A contract was added to the list.',
    'family_report.received': () => 'Your report was received.',
    'family_report.handled': (d: Record<string, unknown>) =>
      d.decision === 'document_taken'
        ? documentTakenEn(typeof d.owner === 'string' ? d.owner : 'your contact person', String(d.takenAs ?? 'other'))
        : d.decision === 'collection_recorded'
        ? `Your contact person has recorded the collection letter you reported${String(d.about ?? '')} with the contract and is preparing a letter asking for the collection to be suspended.`
        : `Your contact person has ${d.decision === 'bill_recorded' ? `checked the bill you reported${String(d.about ?? '')} and recorded it with the contract` : d.decision === 'nothing_to_do' ? `looked at the bill you reported${String(d.about ?? '')} and dealt with the report` : `dealt with the report${String(d.about ?? '')}`}${typeof d.reply === 'string' ? ` and writes: "${d.reply}"` : '.'}`,
    'family_report.callback_requested': () => 'You asked your contact person to call you.',
    'family_report.corrected': (d: Record<string, unknown>) => `You corrected your report (${kindInEn(d.kind)}).`,
    'family_report.withdrawn': (d: Record<string, unknown>) => `You withdrew your report (${kindInEn(d.kind)}).`,
    'family_report.corrected_by_other': () => 'A family member corrected a report of their own.',
    'family_report.withdrawn_by_other': () => 'A family member withdrew a report of their own.',
    'family_report.handled_for_other': (d: Record<string, unknown>) =>
      d.decision === 'document_taken' && typeof d.takenAs === 'string'
        ? documentTakenForOtherEn(d.takenAs)
        : d.decision === 'bill_recorded'
        ? `Your contact person has checked a bill a family member reported${String(d.about ?? '')} and recorded it with the contract.`
        : d.decision === 'nothing_to_do'
          ? `Your contact person has looked at a bill a family member reported${String(d.about ?? '')} and dealt with the report.`
        : d.decision === 'collection_recorded'
          ? `Your contact person has recorded a collection letter a family member reported${String(d.about ?? '')} with the contract and is preparing a letter asking for the collection to be suspended.`
          : `Your contact person has dealt with a family member's report${String(d.about ?? '')}.`,
    'family_report.received_from_other': () => 'A family member reported something; your contact person is dealing with it.',
  },

  mail: {
    billDecided: {
      bill_recorded: (owner: string, reply: string | null, about: string) => `Your report of a bill after the end date${about}: ${owner} has checked the bill and recorded it with the contract.${reply ? ` Reply from your contact person: ${reply}` : ''}`,
      nothing_to_do: (owner: string, reply: string, about: string) => `Your report of a bill after the end date${about}: ${owner} has looked at the bill and dealt with your report. Reply from your contact person: ${reply}`,
      collection_recorded: (owner: string, about: string) => `Your report of a collection letter${about}: ${owner} has recorded the collection letter with the contract.`,
    },
    otherBillDecided: {
      bill_recorded: (owner: string, about: string) => `A family member reported a bill after the end date${about}: ${owner} has checked it and recorded it with the contract.`,
      nothing_to_do: (owner: string, about: string) => `A family member reported a bill after the end date${about}: ${owner} has looked at it and dealt with the report.`,
      collection_recorded: (owner: string, about: string) => `A family member reported a collection letter${about}: ${owner} has recorded it with the contract.`,
    },
    reportAbout: (r: { provider: string | null; reportedOn: string | null; reference: string | null; amount: string | null; agency: string | null; dated: string | null }) => {
      const what = [r.reportedOn && `reported on ${r.reportedOn}`, r.agency, r.reference && (r.agency ? `reference ${r.reference}` : `bill number ${r.reference}`), r.amount, r.dated && `dated ${r.dated}`].filter(Boolean);
      return `${r.provider ? ` about ${r.provider}` : ''}${what.length ? ` (${what.join(', ')})` : ''}`;
    },
    greeting: (name: string) => `Dear ${name},`,
    regards: 'Kind regards,',
    contact: (owner: string, phone: string | null, email: string) => `Any questions? Your contact person is ${owner}${phone ? `, phone ${phone}` : ''}, email ${email}.`,
    accessSubject: (deceased: string) => `Your personal access to the file of ${deceased}`,
    accessText: (deceased: string) => `With the link below you can see at any time how the contracts of ${deceased} are being settled.`,
    accessCode: (code: string, loginUrl: string) => `You can also enter the code ${code} at ${loginUrl}.`,
    alsoInThisLanguage: 'This portal is also available in English: choose “English” at the top of the page.',
    accessOnce: (until: string) => `The link works once and is valid up to and including ${until}. After that you can request a new link on the sign-in page.`,
    digestSubject: (deceased: string) => `News about the estate of ${deceased}`,
    digestText: (deceased: string) => `There is news about the estate of ${deceased}:`,
    newDocument: (named: string) => `There is a new document for you in the portal: ${named}`,
    inPortal: (url: string) => `Everything is also in the family portal: ${url}`,
    stillRunning: (count: number, others: boolean) =>
      `There is no news about ${count} ${others ? 'other ' : ''}${count === 1 ? 'contract; it is' : 'contracts; they are'} still in progress.`,
    nothingToDo: 'You do not need to do anything unless we ask you to.',
    /** For a relative who reads the estate's debts while bills are still to be paid from it. */
    billsToPay: 'There are bills to be paid from the estate; you will find them in the family portal under ‘To be paid from the estate’. Otherwise you do not need to do anything unless we ask you to.',
    reportSubject: (kind: FamilyLetterKind, deceased: string) => `${kind === 'final_report' ? 'Final report' : 'Progress report'} on the estate of ${deceased}`,
    reportText: (kind: FamilyLetterKind, deceased: string) =>
      `Your contact person has addressed ${kind === 'final_report' ? 'the final report' : 'a progress report'} on the contracts of ${deceased} to you and placed it in the family portal. You can read and download it with this link:`,
    closedReport: {
      own: (left: string | null) => `${closedFileText('en', left)} The final report is addressed to you; you will find it in the family portal, with the letters.`,
      withLetters: (left: string | null) => `${closedFileText('en', left)} The final report is in the family portal, with the letters.`,
      to: (left: string | null, name: string, withLetters: boolean) => `${closedFileText('en', left)} The final report is addressed to ${name}${withLetters ? '; you can also read it in the family portal, with the letters' : ''}.`,
    },
    reportPrivacy: 'The report is not attached to this email: it concerns the estate, so it stays in the secure portal.',
  },
};
