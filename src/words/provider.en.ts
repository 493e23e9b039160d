import { ownerEn } from './owner.en';
import type { AskedDayKind } from '../../letters';
import type { ProviderWords } from './index';
import { EXPORT_MAX_DAYS } from '../provider-desk/export-period';
import { moneyMovedSaid } from '../contracts/paid-correction.rules';
import { amountReadings, type AskedInstead, billsNamed, INSURER_BILL_NOUNS, listed, longDate, type MissedQuestion, type SurvivorPension, theCharges, money } from '../../workflows/wording';

/** Which of the desk's answers a missed term left open (`missedQuestion`), after "without your". */
const yourAnswerEn = (q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      return q.asked ? 'answer to our request' : `confirmation of the ${q.action === 'cancel' ? 'cancellation' : 'transfer'}`;
    case 'collectionStop':
      return 'confirmation that the collection has stopped';
    case 'rejectionComplaint':
      return 'reasoned answer to our complaint about your rejection';
    case 'release':
      return 'release of the balance';
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'en') : billsNamed(q.bills, 'en', { one: 'invoice', several: 'invoices', unknown: 'the invoice' }).words;
      return `answer to our ${q.kind === 'dispute' ? 'objection to' : 'complaint about'} ${bills}`;
    }
    default:
      return 'answer';
  }
};

/** The desk's words in English, for a desk user or organisation that chose English; same keys as ./provider.nl.ts. */
/** Why the will a provider asked for is not among what Steward sent (src/documents/enclosure-rules.ts, `NEVER_ENCLOSED_KINDS`). */
const WILL_NOT_SENT_EN = 'Steward never sends a will to a provider; the certificate of inheritance states who the heirs are.';

/** What a document is, as an English desk calls it: its pages, and a refused choice of documents (`errors.choices`). */
const DESK_DOCUMENT_KINDS_EN = {
  death_certificate: 'Death certificate', certificate_of_inheritance: 'Certificate of inheritance', power_of_attorney: 'Power of attorney from the heirs',
  will: 'Will', executor_appointment: 'Certificate of executorship', id_document: 'Identity document of the next of kin', invoice: 'Invoice',
  collection_letter: 'Debt-collection letter', provider_letter: "Provider's letter", other: 'Other document',
};

const DONE_CHOICES_EN: Record<string, string> = { accountBlocked: 'Account blocked', payoutHandled: 'Payout taken up', claimFormsSent: 'Claim forms sent', coverContinues: 'Insurance continues for the estate', coverSettled: 'Insurance settled', pensionStopped: 'Pension payments stopped' };


/** deskrules: one sentence each for the correction form's fixed amount and its 409s, and a dispute not rejected twice (see provider.nl.ts). */
const REFUND_FIXED_EN = (reported: string) => `You already reported ${reported} transferred of this refund, so this amount can no longer be changed. If it is wrong, tell the contact person.`;
const PAID_LOWERED_EN = (paid: string, on: string, difference: string | null) =>
  `The estate already paid ${paid} of this final invoice, on ${on}; ${difference ? `a lower amount means you pay back ${difference}, which` : 'a lower amount'} cannot be recorded here. If the final invoice is lower, transfer the difference to the estate account named in our letter and tell the contact person by email or letter.`;
const RECEIVED_LOWERED_EN = (received: string, on: string, difference: string | null) =>
  `The estate already received ${received} of this refund, the latest on ${on}; ${difference ? `with a smaller refund ${difference} would have come too much, which` : 'a smaller refund'} cannot be recorded here. If the refund is wrong, tell the contact person by email or letter.`;
const DROPPED_FIXED_EN = 'You dropped the whole claim, this final invoice included, so this amount can no longer be changed. If that is wrong, tell the contact person.';
const REJECTED_ALREADY_EN = (reference: string, noun = 'invoice') => `You already rejected the dispute about ${noun} ${reference} (see Exchange); that answer stands and need not be given again.`;
const CHARGE_REJECTED_ALREADY_EN = (reference: string) => `You already rejected the dispute about the charge with reference ${reference} (see Exchange); that answer stands and need not be given again.`;
const CREDIT_TAKEN_BACK_EN = (reference: string, noun = 'invoice') =>
  `You already credited ${noun} ${reference}, by at least what would still be disputed with this end date: that credit note answered our dispute, which this correction takes back. So the confirmation cannot be corrected here; tell the contact person the new end date by email or letter. Nothing was changed.`;
const NOTHING_TO_WITHDRAW_EN = (noun: string) =>
  `No disputed ${noun} is open for you to withdraw: Steward only asked for the collection to be suspended. Once it has stopped, report that with "Collection stopped". Nothing was changed.`;
const OPEN_BILL_EN = (nouns: { one: string; several: string }) => (label: string, open: string) =>
  open ? `${label}: choose one of the disputed ${nouns.several} (${open}).` : `${label}: no disputed ${nouns.one} is open.`;
const ABOVE_BILL_EN = (noun: string) => (label: string, left: string) => `${label}: the credit note is more than what is left of the ${noun} (€${left}).`;
const CHARGE_CREDIT_TAKEN_BACK_EN = (reference: string) =>
  `You already booked back at least what this date would leave disputed of the charge with reference ${reference}: booking it back answered our dispute, which this correction takes back. The confirmation therefore cannot be corrected here; let the contact person know the new date by email or letter. Nothing was changed.`;

export const providerEn: ProviderWords = {
  shell: {
    desk: 'Bereavement desk', webhooks: 'Webhooks', logout: 'Sign out', switchTo: 'Nederlands',
    listRestarted: 'This list started again at its first page; the link you used had expired.',
  },

  login: {
    title: 'Sign in', email: 'Email', password: 'Password', wrong: 'Email or password is not correct.', throttled: 'Too many attempts. Try again later.',
    expired: 'Your session had expired; please sign in again. What you filled in was not saved.',
    ended: 'Your session has expired or ended; please sign in again.',
  },

  list: {
    title: 'Requests', none: 'No requests here.',
    tab: (label: string, count: string) => `${label} (${count})`,
    nothingNew: (count: number, more: boolean) =>
      `Nothing new. ${more ? `More than ${count} requests are` : count === 1 ? '1 request is' : `${count} requests are`} waiting for you.`,
    notFoundUnder: (tab: string) => `Nothing found under ‘${tab}’.`,
    foundElsewhere: (parts: string[]) => `Found: ${listed(parts, 'en')}.`,
    foundUnder: (count: number, more: boolean, tab: string) => `${more ? `more than ${count} requests` : count === 1 ? '1 request' : `${count} requests`} under ‘${tab}’`,
    nothingFound: (q: string) => `Nothing found for ‘${q}’.`,
    chased: { reminder: 'Reminded', complaint: 'Complaint' }, termPassed: (date: string) => `Term passed on ${date}`,
    chaseOnItsWay: { reminder: 'Reminder on its way', complaint: 'Complaint on its way' },
    deceased: 'Deceased', action: 'Requested', status: 'Where it stands', nextMove: 'Next step',
    search: 'Search by our reference, customer or account number, name of the deceased, postcode or date of birth', find: 'Search',
  },

  export: {
    title: 'Export for a spreadsheet',
    text: `Every request with activity in a period, as a CSV file for Excel or LibreOffice. One export covers at most ${EXPORT_MAX_DAYS} days (a quarter), the first and the last day counted; export a longer period in parts.`,
    from: 'First day', to: 'Last day', button: 'Export',
    refused: 'Nothing exported. Check the period:',
  },

  request: {
    back: 'Back to the list', saved: 'Your answer has been recorded.', refused: 'Not recorded', deceased: 'Deceased', born: 'born on', died: 'died on',
    account: 'Account number', action: 'Requested', cancel: 'End the contract', transfer: 'Transfer to', endDate: 'Requested end date',
    transferDate: 'Transfer as of',
    formsTo: 'Send your transfer form to',
    owner: 'Contact person', ourReference: 'Our reference', yourReference: 'Your reference', thread: 'Exchange', enclosures: 'Enclosures',
    threadPages: { older: 'Older messages', newer: 'Newer messages', nav: 'Pages of the exchange' },
    dispute: 'Dispute of invoice', invoice: 'Invoice', invoiceDate: 'invoice date', period: 'Period billed', until: 'to', amount: 'Amount',
    disputedPart: 'Disputed part (after the confirmed end or transfer date)', askDispute: 'Credit note or corrected final invoice, withdrawal, or a reasoned rejection',
    collection: 'Collection letter', collectionAgency: 'Collection agency', collectionReference: "Agency's reference", collectionAmount: 'Amount claimed', notRecorded: 'not stated',
    askCollection: (billsOpen: boolean) =>
      `Suspend the collection, waive the collection costs and do not contact the family about it again; confirm that the collection has stopped${billsOpen ? '. For the disputed invoices: a credit note or corrected final invoice, withdrawal, or a reasoned rejection' : ''}`,
    collectionSummary: (agency: string | null, reference: string | null, amount: string | null) =>
      [agency ?? 'Collection agency', reference && `reference ${reference}`, amount].filter(Boolean).join(', '),
    chooseBill: 'Choose the invoice', youHeldTo: 'You held to this invoice', credited: 'You credited', stillDisputed: 'still disputed',
    /** A term the provider let pass at this stage of the request (`missedDueAt`); a new term a letter gave is in the status, said once. */
    missedTerm: (missed: string, question: MissedQuestion | null) => `The term until ${missed} passed without your ${yourAnswerEn(question)}.`,
    /** The letter about the request's present step has not reached the provider: held back, or waiting for the post (README, Provider desk). */
    letterPending: (by: 'post' | 'email' | null) =>
      `Steward ${by === 'post' ? 'is sending you a letter about this request by post' : by === 'email' ? 'is sending you a letter about this request by email' : 'is preparing a letter about this request'}. You can answer it once you have received it.`,
    handoverAsk: 'Give the appointment for handing over the home and its keys: date, time or part of day, and place.',
    handoverGiven: (appointment: string) => `Handover appointment: ${appointment}`,
    handoverBring: 'Bring',
    handoverThread: (appointment: string, changed: boolean) => `You ${changed ? 'changed' : 'gave'} the handover appointment: ${appointment}`,
    handoverNotAsked: 'Not processed. A handover appointment is given for a lease whose end you confirmed. Nothing was changed.',
    handoverForm: { title: 'Handover appointment', on: 'Date', time: 'Time or part of day', place: 'Place', bring: 'Bring (optional)', note: 'Note (optional)', button: 'Give the appointment' },
    refundPaidTitle: 'Refund transferred',
    refundPaidText: 'Have you transferred (part of) the refund? Report the amount and the day here. The contact person records it received once it is on the estate account.',
    refundPaidAmount: 'Amount transferred (euro)',
    refundPaidOn: 'Date of the transfer',
    refundPaidReference: 'Reference or description of the transfer (optional)',
    refundPaidButton: 'Report the transfer',
    refundReported: (amount: string, on: string, each: { amount: string; on: string }[]) =>
      `${each.length > 1 ? `You reported ${amount} transferred in total (${each.map((e) => `${e.amount} on ${e.on}`).join(', ')}).` : `You reported ${amount} transferred on ${on}.`} It counts as received once the contact person sees it on the estate account and records it.`,
    refundReportedEach: (amount: string, on: string) => `You reported ${amount} transferred on ${on}.`,
    letterReturned: (letterDate: string, address: string | null, reason: string | null, remade: boolean) =>
      `Our letter of ${letterDate}${address ? `, sent to ${address},` : ''} came back to us undelivered${reason ? ` (${reason})` : ''}. ${remade ? 'We are sending a new letter to the postal address in our directory of organisations.' : 'No new letter is needed: the request has moved on since.'} Please check your postal address with us and tell us if it is wrong, so that our next letter reaches you.`,
    refundNothingToPay: 'No refund to the estate is open on this request: there is nothing to report. Nothing was changed.',
    askedBackOpen: (amount: string, left: string | null, askedOn: string, payBy: string) =>
      `Waiting on you: Steward asked you by letter on ${askedOn} to pay back the ${amount} the estate had already paid of the final invoice, by ${payBy}${left ? `; ${left} of it has not been received yet` : ''}. Please transfer it to the estate account named in the letter; the contact person records it once received.`,
    refundOpen: (amount: string, left: string | null) => `You confirmed ${amount} to be paid back to the estate; ${left ? `${left} of it has` : 'it has'} not been received yet. Please transfer it to the estate account named in our letter.`,
    refundReportedNext: (reported: string, on: string, several: boolean, rest: { left: string; amount: string } | null) =>
      `${several ? `You reported ${reported} transferred in total, the latest on ${on}` : `You reported ${reported} transferred on ${on}`}; ${rest ? `${rest.left} of the ${rest.amount} is still yours to transfer to the estate account named in our letter.` : 'the contact person records the receipt once the amount has come in.'}`,
    refundAmountReported: (reported: string) =>
      `You already reported ${reported} transferred of this refund, so the amount of the final invoice can no longer be changed. Nothing was changed. If the amount is wrong, tell the contact person by email or letter.`,
    droppedAmountRefused:
      'You dropped the whole claim, this final invoice included, so its amount can no longer be changed. Nothing was changed. If that is wrong, tell the contact person by email or letter.',
    droppedAmountFixed: DROPPED_FIXED_EN,
    refundAmountFixed: REFUND_FIXED_EN,
    paidAmountLowered: (paid: string, on: string, difference: string | null) => `${PAID_LOWERED_EN(paid, on, difference)}${difference ? ' Nothing was changed.' : ''}`,
    receivedAmountLowered: (received: string, on: string, difference: string | null) => `${RECEIVED_LOWERED_EN(received, on, difference)}${difference ? ' Nothing was changed.' : ''}`,
    releaseOwedNext: 'Waiting on you: please release the balance to the estate account and record the release here.',
    letterPendingNext: 'You need not do anything now.',
    /** An answer to a request whose letter has not reached the provider (409). */
    letterPendingRefused: "You cannot answer this request yet: Steward's letter has not been sent. You can answer once you have received it.",
    /** deskundo: the form to undo its own drop: the bills it withdrew, listed (empty: none named). */
    dropUndoneText: (bills: string) => `You reported that ${bills ? `invoice ${bills}` : 'the invoice'} is withdrawn. If that was a mistake, undo it: our objection to the invoice then stands again as before, and the contact person, the family and a collection agency that heard of the withdrawal are told.`,
    /** deskundo: the desk's undo where no drop of its own stands (none, or one the case owner recorded: hers to correct; 409 `no-recorded-drop`). */
    dropNotYours: (owner: string) => `This request holds no withdrawal you reported yourself that you can undo. If ${owner} recorded a withdrawal that is wrong, contact ${owner}. Nothing was changed.`,
    /** deskundo: the desk's undo of its drop once something was recorded on the request since (409 `drop-followed`). */
    dropFollowed: (owner: string) => `Your withdrawal is no longer the latest answer on this request: something was recorded after it. So you can no longer undo it; contact ${owner}. Nothing was changed.`,
    /** deskundo: a request begun before a drop could be undone (409 `drop-not-undoable`). */
    dropNotUndoable: (owner: string) => `A withdrawal cannot be undone on this request: it began before that was possible. Contact ${owner}. Nothing was changed.`,
    /** collwithdraw: a withdrawal while no bill is disputed, as on a collection stop of a bill nobody disputed (409 `no-disputed-bill`). */
    nothingToWithdraw: NOTHING_TO_WITHDRAW_EN('invoice'),
    /** A second rejection of a bill the provider rejected already (409): the first stands. */
    rejectedAlready: REJECTED_ALREADY_EN,
    /** v11: a corrected end date that would take back the credit note the provider sent on a bill (409, `creditTakenBack`). */
    creditTakenBack: CREDIT_TAKEN_BACK_EN,
    /**
     * v12: a part answer went out; the question stays open for what follows later (README, "infolater"). One that enclosed
     * nothing only told the provider what follows (README, deskstale).
     */
    partlySupplied: (on: string, enclosed: boolean) =>
      enclosed ? `Steward sent you part of the information you asked for on ${on} (see Exchange).` : `Steward told you on ${on} that the documents you asked for follow later (see Exchange).`,
    followsLater: (following: string) => `To follow later: ${following}.`,
    following: (document: string, expected: string | null) => (expected ? `${document} (expected by ${expected})` : document),
    /** What the owner changed in a request after the provider rejected it (README, deskstale): the new value first. */
    amendedChanges: (changes: string) => `Changed: ${changes}.`,
    amendedChange: (field: string, to: string, from: string) => `${field} ${to} (was ${from})`,
    amendedFields: { description: 'description', accountNumber: 'account number', requestedEndDate: 'requested end date', requestedTransferDate: 'requested transfer date' },
    /** deskcorr (audit91 F6): a correction after the provider confirmed, which asks whether its date changes (nl). */
    correctedAfterConfirmation: (on: string, changes: string) => `Steward corrected the request after your confirmation (letter of ${on}): ${changes}.`,
    correctionAsk: (date: string) => `If your date (${date}) changes as a result, please correct your confirmation. If the date stays, confirm the same date again with “Correct your confirmation”.`,
    /** deskanswer2: past the correction's term unanswered where our letter said the date stays (`awaitsDesk`). */
    correctionLapsed: (since: string, date: string) => `You did not answer this correction within the term: since ${since} the date confirmed before, ${date}, stands, as our letter said.`,
    correctionLapsedAsk: (date: string) => `We no longer await your answer. An answer is still welcome: if your date (${date}) does change, please correct your confirmation.`,
    correctedFields: {
      description: 'description', accountNumber: 'account number', requestedEndDate: 'requested end date', effectiveDate: 'confirmed end date', insuranceKind: 'kind of insurance',
      deceasedName: "the deceased's name", dateOfBirth: 'date of birth', dateOfDeath: 'date of death', deceasedAddress: "the deceased's address", estateAccount: 'estate account',
      newHolderName: "the new holder's name", newHolderAddress: "the new holder's address", newHolderDateOfBirth: "the new holder's date of birth", newHolderEmail: "the new holder's email address",
      newHolderPhone: "the new holder's phone number", newHolderIban: "the new holder's account number",
    } as Record<string, string>,
    noValue: '(none)',
    asSoonAsPossible: 'the date of death or as soon as possible',
    /** The date the owner gave passed: Steward chases the documents, by her present term when there is one. */
    laterThanExpected: (documents: string, several: boolean, term: string | null) =>
      `Later than Steward expected: ${documents}. Steward is chasing ${several ? 'them' : 'it'}${term ? ` and expects ${several ? 'them' : 'it'} by ${term}` : ''}.`,
    /** v16: a document Steward sent in answer was withdrawn; a new one follows (README, answerback); `described`, one of the owner's own words (answerrest). */
    renewed: (document: string, on: string, expected: string | null, described: boolean, _documentKind: string) =>
      `${described ? `What Steward sent you as ${document}` : `The ${document} Steward sent you`} was withdrawn on ${on}; a new ${described ? 'copy' : 'one'} follows${expected ? ` (expected by ${expected})` : ''}.`,
    newOnesFollow: 'Nothing to do yet; Steward sends the new one once it is there.',
    /** remindrest: the release waits while the owner renews a document the bank needs for it (releasewait): the bank is asked nothing until then. */
    releaseWaits: (documents: string) => `You blocked the account. The release of the balance waits for ${documents} from the estate; nothing is asked of you until then.`,
    aNew: (document: string, _documentKind: string) => `a new ${document}`,
    restFollows: (enclosed: boolean) => `Nothing to do yet; Steward sends ${enclosed ? 'the rest once it is' : 'them once they are'} there.`,
    /** `willNotSent`: the question asked for the will, which Steward never sends: the sentence does not say all was sent. */
    informationSupplied: (on: string, willNotSent: boolean) =>
      willNotSent
        ? `Steward sent you the information you asked for on ${on}, except the will (see Exchange). ${WILL_NOT_SENT_EN} It is your move again.`
        : `Steward sent you the information you asked for on ${on} (see Exchange); it is your move again.`,
    willNotSent: WILL_NOT_SENT_EN,
    informationSuppliedNext: (action: 'cancel' | 'transfer', due: string | null, asked?: AskedInstead) =>
      `Waiting on you: ${asked ? 'answer our request' : `confirm the ${action === 'cancel' ? 'cancellation' : 'transfer'}`}, or tell us what is still missing${due ? `, by ${due}` : ''}.`,
    /** An answer the case owner recorded that changed one the provider gave in its desk (README, recordedanswer): its badge in the thread, and the notice above it. */
    changedBySteward: 'Changed by Steward',
    changedByStewardNotice: 'Steward recorded an answer of yours that changes the answer you gave in the desk yourself (see Exchange). If it is not right, tell the contact.',
    laterThanLaw: (confirmed: string, byLaw: string, owner: string) =>
      `The end date you confirmed (${confirmed}) is later than the day the lease ends by law: ${byLaw}, as nobody continues it (Article 7:268(6) of the Dutch Civil Code). Our contact ${owner} is looking into this; we dispute a bill for the days after ${byLaw}.`,
    byLaw: 'Disputed part (after the end date by law, Article 7:268(6) of the Dutch Civil Code)',
    /** payoutdate2 (audit105 F1): a payout request's nota disputed from the date of death (`disputedAfterDeath`). */
    afterDeath: 'Disputed part (after the date of death)',
    balanceAsked: (died: string, given: string) => `We asked you for the balance as of ${died}, the date of death; you gave the balance as of ${given}. Give the balance as of ${died} with “Correct your confirmation” (also when the amount is the same).`,
    erasures: 'Request to delete a document',
    erasure: (kind: string, uploaded: string, requested: string) => `${kind}, recorded in our file on ${uploaded}: on ${requested} we asked you to delete this document and every copy of it.`,
    confirmErasure: 'Confirm deletion',
    erasureConfirmed: (when: string) => `Deletion confirmed on ${when}.`,
  },

  nota: {
    request: {
      dispute: 'Dispute of bill', invoice: 'Bill', invoiceDate: 'bill date', chooseBill: 'Choose the bill', youHeldTo: 'You held to this bill',
      // notawords2: the 409 of a second rejection and the undo form of its own drop, of its bill.
      rejectedAlready: (reference: string) => REJECTED_ALREADY_EN(reference, INSURER_BILL_NOUNS.en.one),
      nothingToWithdraw: NOTHING_TO_WITHDRAW_EN(INSURER_BILL_NOUNS.en.one),
      creditTakenBack: (reference: string) => CREDIT_TAKEN_BACK_EN(reference, INSURER_BILL_NOUNS.en.one),
      dropUndoneText: (bills: string) => `You reported that ${bills ? `bill ${bills}` : 'the bill'} is withdrawn. If that was a mistake, undo it: our objection to the bill then stands again as before, and the contact person, the family and a collection agency that heard of the withdrawal are told.`,
    },
    answers: { withdrawn: 'Bill withdrawn' },
    fields: { invoiceReference: 'Which bill' },
  },
  fund: {
    request: {
      dispute: 'Dispute of recovery', invoice: 'Recovery', invoiceDate: 'recovery date', period: 'Period of the recovery', disputedPart: 'Disputed part (after the date you confirmed)',
      askDispute: 'Corrected recovery, withdrawal, or a reasoned rejection', chooseBill: 'Choose the recovery', youHeldTo: 'You held to this recovery', credited: 'You reduced the recovery by',
      rejectedAlready: (reference: string) => REJECTED_ALREADY_EN(reference, 'recovery'),
      creditTakenBack: (reference: string) => CREDIT_TAKEN_BACK_EN(reference, 'recovery'),
      dropUndoneText: (bills: string) => `You reported that ${bills ? `recovery ${bills}` : 'the recovery'} is withdrawn. If that was a mistake, undo it: our objection to the recovery then stands again as before, and the contact person, the family and a collection agency that heard of the withdrawal are told.`,
    },
    answers: { creditNote: 'Corrected recovery sent', withdrawn: 'Recovery withdrawn' },
    fields: { invoiceReference: 'Which recovery', amount: 'Reduced by (euro)' },
  },
  charge: {
    request: {
      dispute: 'Dispute of charge with reference', invoice: 'Charge', invoiceDate: 'charged on', period: 'Period the charge is for',
      disputedPart: 'Disputed part (after the date you confirmed)', askDispute: 'Book the charge back to the account, or a reasoned rejection',
      chooseBill: 'Choose the charge', youHeldTo: 'You held to this charge', credited: 'You booked back',
      rejectedAlready: CHARGE_REJECTED_ALREADY_EN,
      creditTakenBack: CHARGE_CREDIT_TAKEN_BACK_EN,
      dropUndoneText: (bills: string) => `You reported that ${bills ? `the charge with reference ${bills}` : 'the charge'} is withdrawn. If that was a mistake, undo it: our objection to the charge then stands again as before, and the contact person, the family and a collection agency that heard of the withdrawal are told.`,
    },
    answers: { creditNote: 'Charge booked back', withdrawn: 'Charge withdrawn' },
    fields: { invoiceReference: 'Which charge', amount: 'Amount booked back (euro)' },
  },

  answers: {
    acknowledge: 'Acknowledge receipt', complete: 'Confirm completion', correctCompletion: 'Correct your confirmation', requestInfo: 'Request information', reject: 'Reject',
    creditNote: 'Credit note or corrected final invoice sent', withdrawn: 'Invoice withdrawn', rejectDispute: 'Reject the dispute', collectionStopped: 'Collection stopped',
    balanceReleased: 'Balance paid to the estate account',
    // v20: a rejection given by mistake, taken back by the desk itself.
    withdrawRejection: 'Take back your rejection',
    // deskundo: a drop ("withdrawn") given by mistake, taken back by the desk itself.
    dropUndone: 'Undo your withdrawal',
  },

  fields: {
    invoiceReference: 'Which invoice', reference: 'Your reference', effectiveDate: 'End date or transfer date', finalInvoiceAmount: 'Final invoice (euro, optional; a refund with a minus sign)',
    message: 'What do you need?', documentsNeeded: 'Documents', reason: 'Reason', amount: 'Amount credited (euro)', note: 'Note (optional)',
    done: 'What you did', balance: 'Balance on that date (euro, optional; overdrawn with a minus sign)', balanceReleased: 'The balance was paid to the estate account',
    payoutAmount: 'Amount paid out (euro, optional)', payoutTo: 'To whom (optional)', coverUntil: 'The cover continues for the estate until (optional)',
    survivorPension: 'Does a survivor’s pension (nabestaandenpensioen) follow?', survivorWritesTo: 'To whom you write about the survivor’s pension (optional)',
    releasedOn: 'Date of the transfer', releasedAmount: 'Amount transferred (euro, optional)',
    claimDropped: 'We drop the whole claim: every open invoice of this contract, the final invoice included, is withdrawn',
  },
  answerDate: { bank: 'Date: balance as of (usually the date of death)', health: 'Settled as of', pension: 'Pension payments stopped as of', other: 'Date of your answer' },
  asked: {
    bank: 'Block the account and report its balance', life: 'Handle the payout', property: 'Continue the insurance for the estate',
    health: 'Settle the insurance', unknown: 'Say how the insurance continues or ends',
    pension: 'Stop the pension payments as of the date of death',
  } as Record<AskedInstead, string>,
  /** What the day a request names is (`askedDayKind`), the desk export's „Soort datum" (rentrest). */
  dayKinds: { endsByLaw: 'end by law', transferOn: 'transfer as of', asked: 'requested' } as Record<AskedDayKind, string>,
  numberOf: { bank: 'Account number', insurance: 'Policy number', fund: 'Pension number' },
  doneChoices: DONE_CHOICES_EN,
  chooseDone: 'Choose what you did',
  recoveryAmount: 'Recovery of pension paid in excess (euro, optional)',
  survivorNotStated: 'Not stated',
  survivorChoices: { follows: 'Yes, a survivor’s pension follows', none: 'No, no survivor’s pension follows' } as Record<SurvivorPension, string>,

  errors: {
    common: {
      ...ownerEn.errors.common,
      noWorkflow: 'Nothing is being handled for this request. Nothing was changed.',
      notFound: 'No such resource, or it is not addressed to your organisation.',
      unauthenticated: 'Sign in first: send your API token as Authorization: Bearer <token>.',
      tokenEnded: 'This API token no longer works: it was revoked or has expired. Ask the Steward administrator for a new one.',
      keyReused: 'This Idempotency-Key was already used for a different call: send a new key. Nothing was changed.',
      keyDone: 'The first call with this Idempotency-Key was done, but its answer was lost (in a failure, for instance). Nothing was done a second time: look up what it changed to see where it stands.',
      endpointRegisteredAlready: 'You have this address as an endpoint already; it receives every event. For a new secret, remove the endpoint (DELETE /api/v1/provider-desk/webhooks/{endpointId}) and register it again. Nothing was changed.',
    },
    summary: 'Please check these fields:',
    refused: ownerEn.errors.details.refused,
    noSuchAction: 'There is no such action.',
    field: 'This field',
    /** The names of a choice's values by its field, so a refused choice offers them by name, not by code. */
    choices: { documentsNeeded: DESK_DOCUMENT_KINDS_EN, done: DONE_CHOICES_EN } as Record<string, Record<string, string>>,
    unknownParameter: (name: string) => `The address holds ‘${name}’, which this page does not know.`,
    labels: {
      invoiceReference: 'Invoice', reference: 'Your reference', effectiveDate: 'End date or transfer date', finalInvoiceAmount: 'Final invoice', message: 'What you need',
      // bankrest: `amount` is the credit note's and a bank's booking back alike; the API's body is refused before its request is
      // known (the global pipe), so its label names neither. Once the request is known, a bank's reads `charge.amount` (`chargeNamed`).
      documentsNeeded: 'Documents', reason: 'Reason', amount: 'Amount', note: 'Note',
      done: 'What you did', balance: 'Balance', balanceReleased: 'Balance paid', payoutAmount: 'Amount paid out', payoutTo: 'To whom', coverUntil: 'Cover continues until',
      survivorPension: 'Survivor’s pension', survivorWritesTo: 'To whom you write about the survivor’s pension',
      releasedOn: 'Date of the transfer', releasedAmount: 'Amount transferred',
      claimDropped: 'Whole claim withdrawn',
      on: 'Date of the appointment', time: 'Time or part of day', place: 'Place', bring: 'Bring',
      paidOn: 'Date of the transfer',
      'charge.invoiceReference': 'Charge', 'charge.amount': 'Amount booked back',
      'nota.invoiceReference': 'Bill',
      'answerDate.bank': 'Date: balance as of', 'answerDate.health': 'Settled as of', 'answerDate.pension': 'Pension payments stopped as of', 'answerDate.other': 'Date of your answer',
      // The desk's query parameters (an address refused on its error page).
      q: 'Search', tab: 'Tab', cursor: 'Page', back: 'Page', status: 'Status',
      url: 'The web address', updatedSince: 'Updated since', limit: 'Requests per page', from: 'First day', to: 'Last day',
      requests: 'The requests', id: 'Request id', 'Idempotency-Key': 'The Idempotency-Key',
    } as Record<string, string>,
    formLabels: { 'credit-note': { amount: 'Amount credited' } } as Partial<Record<string, Record<string, string>>>,
    rows: { requests: (n: number, label: string) => `Request ${n} of the batch, ${label.toLowerCase()}` } as Record<string, (n: number, label: string) => string>,
    examples: {
      updatedSince: '2026-11-29T08:00:00Z', from: '2026-11-01', to: '2026-11-30', id: '5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10',
      url: 'https://integrations.example.com/steward', requests: '[{"id": "…"}], with 1 to 100 requests',
    } as Record<string, string>,
    rules: {
      required: (label: string) => `${label}: fill this in.`,
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `${label}: choose one.`,
      maxLength: (label: string, n: string) => `${label}: at most ${n} characters.`,
      minLength: (label: string, n: string) => `${label}: at least ${n} characters.`,
      email: (label: string) => `${label}: enter an email address, like name@example.com.`,
      choice: (label: string, options: string) => (options ? `${label}: choose from ${options}.` : `${label}: choose from the list.`),
      whole: (label: string) => `${label}: enter a whole number.`,
      min: (label: string, n: string) => `${label}: enter ${n} or more.`,
      max: (label: string, n: string) => `${label}: enter ${n} or less.`,
      tooMany: (label: string, n: string) => `${label}: choose at most ${n}.`,
      date: (label: string, typed: string) => (typed ? `${label}: ${typed} does not exist.` : `${label}: enter a date.`),
      country: (label: string) => `${label}: enter a two-letter country code, like NL.`,
      iban: (label: string) => `${label}: check the account number.`,
      euros: (label: string, max: string) => `${label}: enter an amount in euros as a number${max ? ` up to ${money(Number(max), 'en')}` : ''}, with at most two decimals, for example 12.50.`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'en');
        return `${label}: ${typed} can be read two ways. Write ${thousands} ${decimal ? `or ${decimal}` : 'or an amount with at most two decimals'}.`;
      },
      positive: (label: string) => `${label}: must be more than zero.`,
      format: (label: string, example: string) => (example ? `${label}: write it like ${example}.` : `${label}: this value is not valid.`),
      unknown: (label: string) => `${label}: this field is not part of the form.`,
      object: () => 'Send the body as a JSON object or a form.',
      blank: (label: string) => `${label}: only spaces; write something or leave it empty.`,
      future: (label: string) => `${label}: this date is in the future.`,
      beforeBirth: (label: string) => `${label}: this date is before the date of birth.`,
      beforeDeath: (label: string) => `${label}: this date is before the date of death.`,
      beforeStart: (label: string) => `${label}: this date is before the start of the period.`,
      beforeContract: (label: string) => `${label}: this date is before the day the contract was recorded.`,
      beforePosting: (label: string) => `${label}: this date is before the day the letter was posted.`,
      tooLate: (label: string, date: string) => `${label}: this date is too far ahead; ${date} at the latest.`,
      check: (label: string) => `${label}: this value is not valid.`,
    },
    refusals: {
      beforeToday: (label: string) => `${label}: this date is in the past.`,
      // bankdebt: a release dated before the day of the balance it releases (`answerDateProblems`); `day` that balance's day.
      moreThanLeft: (label: string, left: string) => `${label}: that is more than is still to be received of the refund (€${left}).`,
      moreThanReported: (label: string, room: string) => `${label}: together with what you reported before, that is more than the refund you confirmed (still to report: €${room}). If an earlier report was wrong, please tell the contact person.`,
      beforeBalance: (label: string, day: string) => `${label}: this date is before the date of the balance you release (${longDate(day, 'en')}).`,
      periodTooLong: (label: string, last: string) => `${label}: one export covers at most ${EXPORT_MAX_DAYS} days (a quarter); choose ${last} at the latest, and export the rest separately.`,
      staleCursor: () => 'This page of the list does not exist (any more). Open the list again from the start.',
      openBill: OPEN_BILL_EN({ one: 'invoice', several: 'invoices' }),
      aboveBill: ABOVE_BILL_EN('invoice'),
      openNota: OPEN_BILL_EN(INSURER_BILL_NOUNS.en),
      aboveNota: ABOVE_BILL_EN(INSURER_BILL_NOUNS.en.one),
      rejectedNota: (label: string, reference: string) => `${label}: ${REJECTED_ALREADY_EN(reference, INSURER_BILL_NOUNS.en.one)}`,
      creditTakenBackNota: (label: string, reference: string) => `${label}: ${CREDIT_TAKEN_BACK_EN(reference, INSURER_BILL_NOUNS.en.one)}`,
      openCharge: (label: string, open: string) => (open ? `${label}: choose one of the disputed charges (${open}).` : `${label}: no disputed charge is open.`),
      aboveCharge: (label: string, left: string) => `${label}: that is more than what is left of the charge (€${left}).`,
      publicHttps: (label: string) => `${label}: enter a public address starting with https://, without user name, password or #-part.`,
      keyFormat: (label: string) => `${label}: use 1 to 200 visible ASCII characters without spaces, for example a UUID.`,
      inBatchAlready: (label: string) => `${label}: this request is already earlier in the batch; name each request once.`,
      onlyWith: (label: string, answers: string) => `${label}: belongs only with the answer ‘${answers}’.`,
      noFinalBill: (label: string, done: string) =>
        done === 'pensionStopped' ? `${label}: fill in only the pension paid in excess that you ask back (more than €0). What you still pay for the time up to the death, you pay as usual.`
        : done === 'accountBlocked' ? `${label}: a bank gives the balance, not a final invoice. Fill in the balance under Balance (an overdrawn account with a minus sign); closing costs come off the balance you release.`
        : done === 'coverContinues' ? `${label}: the insurance continues for the estate, there is no final invoice. Send the premium invoice as usual.`
        : `${label}: a payout is not a bill to the estate.${done === 'payoutHandled' ? ' Fill in the amount under Amount paid out.' : ''}`,
      // deskrules: the 409s at the field they refuse (`limit`: the amount reported transferred, the bill's reference).
      refundReported: (label: string, reported: string) => `${label}: ${REFUND_FIXED_EN(money(Number(reported), 'en'))}`,
      claimDropped: (label: string) => `${label}: ${DROPPED_FIXED_EN}`,
      paidLowered: (label: string, limit: string) => `${label}: ${PAID_LOWERED_EN(...moneyMovedSaid(limit, 'en'))}`,
      receivedLowered: (label: string, limit: string) => `${label}: ${RECEIVED_LOWERED_EN(...moneyMovedSaid(limit, 'en'))}`,
      rejectedAlready: (label: string, reference: string) => `${label}: ${REJECTED_ALREADY_EN(reference)}`,
      rejectedCharge: (label: string, reference: string) => `${label}: ${CHARGE_REJECTED_ALREADY_EN(reference)}`,
      creditTakenBack: (label: string, reference: string) => `${label}: ${CREDIT_TAKEN_BACK_EN(reference)}`,
      creditTakenBackCharge: (label: string, reference: string) => `${label}: ${CHARGE_CREDIT_TAKEN_BACK_EN(reference)}`,
      neverAsked: (label: string) => `${label}: Steward never sends a will to a provider. The certificate of inheritance (verklaring van erfrecht) names the heirs; ask for that.`,
    },
  },


  documentKinds: DESK_DOCUMENT_KINDS_EN,

  letters: {
    /** deskcorr: a correction letter with what it corrected (`correctedText`). */
    corrected: (name: string, changes: string) => `${name}: ${changes}`,
    fromSteward: (name: string) => `Letter from Steward: ${name}`,
    insuranceNotice: 'Notification of a death',
    bankRequest: 'Account block and balance statement after a death',
    sentAgain: (name: string) => `${name}, sent again after your rejection`,
    sentAfterReturn: (name: string) => `${name}, sent again: our previous letter came back undelivered`,
    aboutBills: {
      dispute: (bills: string) => `Dispute of ${bills}`, dispute_escalation: (bills: string) => `Complaint: dispute of ${bills} unanswered`,
      collection_stop: (bills: string) => `Request to suspend debt collection for ${bills}`, bill_correction: (bills: string) => `Correction to the objection to ${bills}`,
    },
    premiumDispute: (bills: string) => `Dispute of a premium after the end of the cover: ${bills}`,
    billerKinds: {
      bank: { dispute: 'Dispute of a charge', bill_correction: 'Correction to the objection to a charge', dispute_withdrawal: 'Objection to a charge withdrawn' },
      insurer: { dispute: 'Dispute of a bill', bill_correction: 'Correction to the objection to a bill', dispute_withdrawal: 'Objection to a bill withdrawn' },
      fund: { dispute: 'Dispute of a recovery', bill_correction: 'Correction to the objection to a recovery', dispute_withdrawal: 'Objection to a recovery withdrawn' },
    },
    kinds: {
      cancellation: 'Request to end the contract', transfer: 'Request to transfer the contract', information_supplied: 'Information you asked for', reminder: 'Reminder',
      escalation: 'Complaint', dispute: 'Dispute of invoice', dispute_escalation: 'Complaint: dispute unanswered', collection_stop: 'Request to suspend debt collection',
      withdrawal: 'Request withdrawn', rejection_complaint: 'Complaint about your rejection', correction: 'Correction to the request', bill_correction: 'Correction to the objection to an invoice', document_erasure: 'Request to delete a document', document_correction: 'Corrected version of a document', contact_change: 'New contact person', refund_reminder: 'Reminder: refund to the estate', repayment_request: 'Request for repayment: claim withdrawn',
      dispute_withdrawal: 'Objection to an invoice withdrawn',
      release_reminder: 'Reminder: release of the balance',
      reminder_withdrawal: 'Reminder about the release of the balance withdrawn',
      collection_ended: 'Collection ended: the collection agency asked to close its file',
      collection_end_undone: 'Correction: the collection has not ended (to the collection agency)',
      repayment_withdrawn: 'Request for repayment withdrawn: claim not withdrawn',
    },
  },

  hooks: {
    title: 'Webhooks', endpoints: 'Your endpoints', noEndpoints: 'You have no endpoint yet. Register one through the API (POST /api/v1/provider-desk/webhooks).', since: 'since',
    deliveries: 'Events sent', noDeliveries: 'No events here.', all: 'All', parkedOnly: 'Parked',
    event: 'Event', date: 'Date', request: 'Request', endpoint: 'Endpoint', status: 'Status', attempts: 'Attempts', lastError: 'Last error', replay: 'Send again', replayed: 'The event is being sent again.',
    failures: {
      status: (status: number) => `Your endpoint answered HTTP ${status}.`,
      timeout: (seconds: number) => `Your endpoint did not answer within ${seconds} seconds.`,
      // The rules of an endpoint's address are the same whoever reads them.
      url: ownerEn.admin.deliveryFailures.url,
      internal: 'Your endpoint’s name points to an internal network address; Steward does not send there.',
      unreachable: 'Your endpoint could not be reached.',
      certificate: 'Your endpoint’s certificate was not accepted.',
      other: 'Sending failed; the technical message is with this event in the API (lastError).',
    },
    states: { pending: 'On its way', delivered: 'Delivered', parked: 'Parked: send it again once your endpoint works' },
    disputedBy: { bank: 'Charge disputed', insurer: 'Bill disputed', fund: 'Recovery disputed' },
    types: { 'request.created': 'New request', 'request.information_supplied': 'Information supplied', 'request.disputed': 'Invoice disputed', 'request.collection_stopped': 'Suspend debt collection', 'request.corrected': 'Request corrected', 'request.withdrawn': 'Request withdrawn', 'request.erasure_requested': 'Delete a document', 'request.document_corrected': 'Corrected version of a document', 'request.answer_changed': 'Your answer changed by Steward', 'request.letter_returned': 'Our letter came back undelivered', 'request.decision_corrected': 'Decision corrected by Steward', 'request.handover_appointment': 'Handover appointment' },
  },
};
