import { type RemadeFor, remadeNamed } from './remade-for';
import type { OwnerWords } from './index';
import type { Corrected } from '../common/versions';
import { amountReadings, billsNamed, capitalised, CHARGE_NOUNS, doneChoices, listed, longDate, type MissedQuestion, money, type SurvivorPension, theCharges } from '../../workflows/wording';
import type { PaidOnDropSaid } from './paid-on-drop';
import { moneyMovedSaid } from '../contracts/paid-correction.rules';
import { namedOnToday, type Readdressed, type ReaddressNoticeSaid, type Readdressing } from './readdressed';

/** versions: what was corrected since a stale correction was made, as the API's 409 names it: the subject said, and what to read again. */
const correctedEN = (what: Corrected): [string, string] =>
  what === 'estate' ? ["The estate (the deceased's details or the estate account) was corrected", 'the estate'] : what === 'family-member' ? ["This family member's details were corrected", 'the family member'] : what === 'call' ? ['This call was corrected', 'the call'] : ['This contract was corrected', 'the contract'];

/** "before the letter was posted" / "before the email went": the moment an objection set apart did not reach (README, setapartrest). */
/** How a letter goes by a provider's channel (README, printaddress). */
const BY_CHANNEL_EN = { post: 'by post', email: 'by email', portal: "through the organisation's desk" } as const;

/** A downloaded batch's letters taken out because their provider's address was set back to where an earlier copy went (README, printrest2). */
const restoredOut = (providers: string[], letters: number) =>
  `the ${letters === 1 ? 'letter' : 'letters'} to ${listed(providers, 'en')} ${letters === 1 ? 'does' : 'do'} not go, as the directory has the ${providers.length === 1 ? 'address' : 'addresses'} again that ${letters === 1 ? 'an earlier letter' : 'earlier letters'} with the same request already went to`;

/** ownerdrop, stopclaim: an agency's end letter taken out of a batch (the drop that made it go undone, or a new collection letter of the agency): the agency never gets it. */
const endLetterOut = (agencies: string[], letters: number) =>
  `the ${letters === 1 ? 'letter' : 'letters'} to ${listed(agencies, 'en')} saying the collection ended ${letters === 1 ? 'does' : 'do'} not go`;
/** repayback: our request to pay back what was paid on a claim, taken out of a batch, the claim's drop undone: the provider never gets it. */
const repaymentAskedOut = (providers: string[], letters: number) =>
  `the ${letters === 1 ? 'letter' : 'letters'} to ${listed(providers, 'en')} asking for repayment ${letters === 1 ? 'does' : 'do'} not go`;
/** agencylate2: letters to an agency taken out of a batch, its particulars corrected: what still matters goes anew. */
const agencyCorrectedOut = (agencies: string[], letters: number) =>
  `the ${letters === 1 ? 'letter' : 'letters'} to ${listed(agencies, 'en')} ${letters === 1 ? 'does' : 'do'} not go, as the collection agency's particulars were corrected; what is still needed goes with the right ones`;
const takenBackOut = (providers: string[], letters: number) =>
  `the ${letters === 1 ? 'reminder' : 'reminders'} to ${listed(providers, 'en')} ${letters === 1 ? 'does' : 'do'} not go`;

/** Who continues a lease after the tenant's death (art. 7:266 lid 1, 7:268 lid 1 and 2 BW), as `WHO_CONTINUES_LEASE_NL`. */
const WHO_CONTINUES_LEASE_EN = 'A spouse or registered partner whose main residence it is, is a co-tenant and continues the lease (art. 7:266 lid 1 and 7:268 lid 1 BW); someone who had a lasting joint household with the deceased there continues it for six months after the death (art. 7:268 lid 2 BW).';
/** dropsrest, insurerwords: a claim the provider dropped whole cannot be undone: the API's 409 and the contract page say it alike. */
const CLAIM_DROP_NOT_UNDOABLE_EN = (provider: string) =>
  `${provider} dropped the whole claim and the collection stopped. On this contract Steward cannot undo that drop: the contract started before that was possible, or the drop did not follow our request to suspend the collection. If ${provider} sends the bill again, or a collection letter comes again, record it again as you did the first time. Nothing was changed.`;
const sentOffEn = (several: boolean, byEmail: boolean) => (byEmail ? `before the email${several ? 's' : ''} went` : `before the letter${several ? 's were' : ' was'} posted`);
import { chargeEn, claimNamedEn, familyEn, overdraftEn, repaidAgainEn, repaidAgainOfEn } from './family.en';
import type { AfterEndPartMoved } from './family.nl';

/** What a collection agency's letter claims, as recorded ("Incassobureau Noord (reference INC-3) claims €112.40"); `amount` null: none recorded. */
const billPartEn = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd === 'transfer' ? ', the part up to the transfer date' : untilEnd ? ', the part up to the end date' : afterEnd ? `, ${afterEnd === true ? '' : `of which ${afterEnd} `}for time after the end date (it was decided that the estate pays it)` : '');
const chargePartEn = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd ? ', the part up to the confirmed date' : afterEnd ? `, ${afterEnd === true ? '' : `of which ${afterEnd} `}for days after the confirmed date (it was decided that the estate pays it)` : '');
const premiumEn = (reference: string) => `premium ${reference} for the insurance that continues for the estate`;
const dueEn = (premium: { due: string | null } | null) => (premium?.due ? `, due by ${premium.due}` : '');
const claimEn = (agency: string | null, reference: string | null, amount: string | null) =>
  `${agency || 'The collection agency'}${reference && reference !== agency ? ` (reference ${reference})` : ''} claims ${amount ?? 'an amount (not recorded)'}`;

/** Which answer a missed term of the provider's left open (`missedQuestion`), after "without an answer". */
const answerToEn = (q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      return q.asked ? ' to the complaint about the missing answer' : ` to the complaint about the ${q.action === 'cancel' ? 'cancellation' : 'transfer'}`;
    case 'collectionStop':
      return ' to the collection stop';
    case 'rejectionComplaint':
      return ' to the complaint about the rejection';
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'en') : billsNamed(q.bills, 'en', { one: 'invoice', several: 'invoices', unknown: 'the invoice' }).words;
      return q.kind === 'dispute' ? ` to the objection to ${bills}` : ` to the complaint about ${bills}`;
    }
    default:
      return '';
  }
};

/** After a change of case owner: the providers that will hear who their contact person is now (see owner.nl.ts). */
const newContactTold = (providers: string[], remade: RemadeFor[] = []) =>
  `${providers.length ? `; ${providers.join(', ')} will be told who the new contact person is` : ''}${remade.length ? `; ${remade.length > 1 ? 'the letters' : 'the letter'} to ${remadeNamed(remade, ownerEn.estate.letterKinds)} that had not gone out yet ${remade.length > 1 ? 'are' : 'is'} made again naming the new contact person` : ''}`;

/** A contract's state as the workspace labels it (`estate.contractStates`). */
const CONTRACT_STATES_EN: Record<string, string> = {
  draft: 'draft', ready: 'ready', requested: 'requested', reminded: 'reminded', escalated: 'escalated', acknowledged: 'acknowledged',
  informationRequested: 'information requested', rejected: 'rejected', complained: 'complaint about rejection', confirmed: 'confirmed', disputed: 'disputed', disputeEscalated: 'dispute escalated',
  disputeRejected: 'provider holds to the bill', collectionStopRequested: 'collection suspension requested', withCommittee: 'with the disputes committee', blocked: 'blocked, balance not yet released', releaseReminded: 'balance not released in time, reminder sent', releaseOverdue: 'balance not released in time', settled: 'settled', closed: 'closed', withdrawn: 'withdrawn',
};
/** An estate's state as the dashboard names its stages (`dashboard.stages`). */
const ESTATE_STAGES_EN: OwnerWords['dashboard']['stages'] = {
  intake: 'intake',
  inventory: 'inventory',
  inProgress: 'in progress',
  settling: 'settling',
  closed: 'closed',
  purged: 'purged',
};
/** A workflow's state by its label: a contract's or an estate's; an unknown one as it is. */
export const stateLabelEn = (subject: string, state: string): string => (subject === 'estate' ? (ESTATE_STAGES_EN as Record<string, string>) : CONTRACT_STATES_EN)[state] ?? state;

/** The workspace's words in English, for a specialist who chose English; same keys as ./owner.nl.ts. */
const DOCUMENT_KINDS_EN: Record<string, string> = {
  death_certificate: 'death certificate', certificate_of_inheritance: 'certificate of inheritance', power_of_attorney: 'power of attorney', will: 'will',
  executor_appointment: 'executor appointment', id_document: 'id document', invoice: 'invoice', collection_letter: 'collection letter',
  provider_letter: 'provider letter', other: 'other', bank_statement: 'bank statement',
};

/** A provider's answer and its correction (the contract page's forms and the API's `provider-answer/completed`, `/completion_corrected`): each field as the form labels it. */
/** bankpages: a bank's costs as its forms label their figures (`contract.charge`), in a refusal. */
/** bankwords3: what a bank's contract leaves owed, as a 409 names it: its costs, or an overdraft's debit (`overdrawnListed`); never an invoice. */
const bankOwedEn = (reference: string, overdraft: boolean) => (overdraft ? `The overdraft on the account (reference ${reference})` : `The ${chargeEn(reference)}`);

/** bankforms: a bill's fields as the owner's API names them before its contract is read (owner.nl.ts `UNREAD_BILL_NL`). */
const UNREAD_BILL_EN = {
  reference: 'the reference or invoice number', invoiceReference: 'the invoice or charge', invoiceDate: 'the date of the invoice or charge',
  periodFrom: 'the first day charged for', periodTo: 'the last day charged for', outcome: 'what happens with the invoice or charge',
};
const CHARGE_FIGURES_EN = { invoiceDate: 'the date of the charge', periodFrom: 'the first day the charge covers', periodTo: 'the last day the charge covers', reference: 'the reference of the charge', dueOn: 'the due date' };
const ANSWER_LABELS_EN = {
  reference: "the provider's reference", done: 'what the organisation did', balance: 'the balance', balanceReleased: 'the balance paid to the estate account',
  payoutAmount: 'the amount paid out', payoutTo: 'to whom it was paid', coverUntil: 'the last day of the cover',
  survivorPension: 'whether a survivor’s pension follows', survivorWritesTo: 'to whom the fund writes about the survivor’s pension',
};
const DONE_CHOICES_EN = doneChoices('en');

/** dropday: "€45.00 of €60.00 paid from the estate on 8 December 2026, after KPN dropped the claim on 7 December 2026" (nl.ts). */
const paidOnDropEn = (d: PaidOnDropSaid) =>
  `${d.whole ? `${d.paid} of ${d.whole}` : d.paid} paid from the estate on ${d.paidOn}, ${d.afterDrop ? 'after' : 'before'} ${d.provider} dropped the claim on ${d.droppedOn}`;

export const ownerEn: OwnerWords = {
  shell: {
    brand: 'Steward · Workspace',
    navLabel: 'Workspace',
    today: 'Today',
    estates: 'Estates',
    post: 'Post',
    dashboard: 'Dashboard',
    notifications: 'Notifications',
    unread: (n: number) => `${n} unread`,
    accounts: 'Accounts',
    providers: 'Providers',
    signOut: 'Sign out',
    switchTo: 'Nederlands',
  },

  notices: {
    listRestarted: 'This list started again at its first page; the link you used had expired.',
    created: 'The estate was opened.',
    allRead: 'All notifications are read.',
    contract: 'The contract was added to the inventory.',
    document: 'The document was uploaded.',
    sent: 'The requests were sent.',
    sentHeld: 'The request was not sent: the letter check holds the letter back. Below it says why and what you can do.',
    handedOver: 'The estate was handed over. It is no longer on your list; you can undo the handover below for 24 hours.',
    undone: 'The handover was undone; the estate is back with its previous case owner.',
    closed: 'The estate was closed; the final report goes to the family.',
    reopened: 'The estate was reopened; the family is told. Add what was found, record a late bill or collection letter on the contract it is about, or close it again.',
    saved: 'Saved.',
    corrected: 'Corrected; the change is on the timeline.',
    accessEnded: 'Corrected. The portal code sent to the old email address no longer works and whoever was signed in with it is signed out. Send a new access code to the new address below.',
    accessWithdrawn: 'Portal access withdrawn: the code no longer works and whoever was signed in is signed out. A new access code gives the access back.',
    retried: 'The letter will be produced again and checked against the rules.',
    'step-retried': 'The automatic step will be tried again within a minute.',
    handled: 'Marked as handled.',
    'passed-on': 'Recorded: the report was passed on.',
    'return-checked': 'Recorded: the address was checked; the returned letter is no longer on Today.',
    printed: 'Every waiting letter is in a print batch.',
    posted: 'Marked as posted; the letters count as sent from now on.',
    printBatchChanged: 'That print batch now holds other letters than the page showed; nothing was marked as posted. See below what is in it and print what is missing.',
    printBatchRemerged: 'That print batch was put together again: a letter was taken out of it, so the PDF the page showed is no longer right. Nothing was marked as posted; download the PDF again and print it before you put it in the mail.',
    printBatchNotDownloaded: 'That print batch has not been downloaded yet; nothing was marked as posted. Download and print it first ("PDF to print"), put it in the mail, then mark it.',
    printBatchSetApart: 'Every letter in that print batch named a term that had already passed; there is nothing to print. The letters were made anew, dated today, and wait below for the next print batch.',
    statement: 'The bank statement was read. Only its recurring payments were kept.',
    drafts: 'The draft contracts were made; they are in the inventory.',
    seen: 'Marked as seen.',
    replayed: 'The event is being sent again, with the same event id.',
    removed: 'The endpoint was removed; nothing more is sent to it.',
    progressReport: 'The progress report is being written to the family; it appears under the letters in a moment.',
    language: 'The workspace now speaks English.',
    'bill-paid': 'Saved as paid; the family sees it in the portal.',
    'bill-recorded': 'The bill is recorded on the contract; the family reads it under their report.',
    'document-taken': "The document is taken into the file: you can now enclose it as any of the estate's documents. The family reads it under their report.",
    'bill-unpaid': 'The payment was undone; the invoice is to pay again.',
    'call-recorded': 'The call is recorded; it is in the history.',
    'call-corrected': 'The call is corrected; the previous text is in the history.',
    'call-withdrawn': 'The call is withdrawn; the family no longer sees it.',
  },

  today: {
    title: 'Today',
    heading: (date: string) => `Today, ${date}`,
    reportReply: 'Reply to the relative (optional)',
    estate: 'Estate',
    action: 'Action',
    reasons: {
      collection_notice: 'Debt collection',
      dispute: 'Invoice after end date',
      charge_dispute: 'Charge after the confirmed date',
      premium_dispute: 'Bill after the date of death',
      dispute_escalation: 'Dispute unanswered, complaint filed',
      with_committee: 'With the disputes committee: awaiting its decision',
      charge_with_committee: 'Charge with Kifid: awaiting its decision',
      dispute_rejected: 'Provider holds to (part of) the bill: your decision',
      escalation: 'Escalated, no answer',
      release_overdue: 'Account blocked, balance not released in time',
      complaint: 'Complaint about the rejection filed',
      reminder: 'Provider missed its deadline',
      due: 'Answer due',
      rejected: 'Rejected by provider',
      ready: 'Ready to send',
      brp_check: 'Probably informed through the BRP: check',
    },
    resolutions: {
      send_request: 'Send request',
      record_answer: "Record the provider's answer",
      record_release: 'Record the release of the balance',
      resolve_dispute: 'Record the outcome',
      decide_dispute: 'Decide on the bill',
      amend_or_withdraw: 'Amend or withdraw',
      supply_information: 'Supply the information',
      retry_letter: 'Produce the letter again',
      handle_report: 'Mark as handled',
      retry_step: 'Try again',
      handle_answer_withdrawn: 'Note handled',
      mark_readdress_seen: 'Seen',
      handle_later_end_date: 'Mark as handled',
      record_payment: 'Record the payment',
      post_letter: 'Post the print batch',
      fix_letter: 'Fix the letter',
      pass_on_report: 'Mark as passed on',
      withdraw_request: 'Withdraw the request',
      record_call: 'Record the call',
    },
    overdue: 'Overdue',
    dueToday: 'Due today',
    yourMove: 'Your move',
    /** The badge of a row whose words wait for the provider (a reminder's fresh term, a complaint): not the owner's move. */
    waitingFor: (provider: string) => `Waiting for ${provider}`,
    /** The due column of a late move's row: the owner's own fresh term (after the provider's, no letter gave it one: no date). */
    newTerm: 'your new term',
    /** The due column of a held bill's decision beside a bill the provider has not answered (no term of the owner's yet). */
    termAfterAnswer: (provider: string) => `Your term starts once ${provider} has answered on every bill`,
    readySince: (date: string) => `ready since ${date}`,
    received: 'Estates handed over to you',
    receivedHeading: 'Received',
    receivedText: (from: string, date: string, reason: string) => `Received from ${from} on ${date}: ${reason}`,
    openEstate: 'Open the estate',
    sent: 'Handed over by you',
    sentHeading: 'Handover',
    sentText: (to: string, date: string, until: string) => `Handed over to ${to} on ${date}; can be undone until ${until}`,
    undo: (name: string) => `Undo: give ${name} back to me`,
    parked: 'Stuck automatic steps',
    step: 'Step',
    parkedText: (kind: string, error: string) => `Automatic step stuck: ${kind}. Last error: ${error}.`,
    parkedSentTo: (recipient: string, address: string) => `to ${recipient} (${address})`,
    attempts: (n: number) => `${n} attempts`,
    theContract: 'The contract',
    theDocument: 'The document',
    contracts: 'Contracts due or overdue',
    organisation: 'Provider',
    why: 'Why',
    due: 'Due',
    noContracts: 'No contract needs you today.',
    pastLastContract: 'No more contracts follow the previous page.',
    toFirstPage: 'To the first page',
    drafts: 'Drafts waiting for a document',
    draft: 'Contract',
    missing: 'Missing',
    uploadFirst: 'Add the document',
    noDrafts: 'No draft is waiting for a document.',
    questions: 'Provider information requests',
    askedFor: 'Asked for',
    answerBy: 'Answer by',
    documents: 'Documents',
    noQuestions: 'No provider is waiting for information.',
    laterEndDates: 'Later end date',
    /** deskanswer2: a correction's term passed unanswered: the day she was told, and (`keeps`) that the provider's desk moved on too. */
    correctionLapsedTold: (on: string, provider: string, keeps: boolean) =>
      `You were notified of this on ${on}.${keeps ? ` At ${provider} the request has since no longer been listed as awaiting their answer; an answer is still welcome.` : ''}`,
    correctionsAwaited: "Correction after a confirmation: the organisation's answer",
    leasesToldNobody: 'Lease: someone who lived there recorded after the letter',
    /** README printaddr: a directory correction touched letters of hers already gone to the old address (shown only when there is one). */
    readdressNotices: 'Address corrected after letters went',
    rejectionsTakenBack: 'Rejection taken back by the provider',
    rejectionTakenBack: (provider, on, now) => `${provider} took back its rejection on ${on}. Now: ${now}`,
    lateRefunds: 'Refunds not received',
    lateRefund: (provider, reference, left, amount, expectedBy, days, reminded) =>
      `${provider} confirmed ${amount} to be paid back to the estate${reference ? ` (final bill ${reference})` : ''}; ${left === amount ? 'not' : `${left} of it not`} received — late since ${expectedBy} (${days === 1 ? '1 day' : `${days} days`})${reminded ? `, also after the reminder sent on ${reminded}` : ''}.`,
    lateRefundMove: (provider) => `Call ${provider} or send a reminder and ask them to transfer the amount to the estate account, or record its receipt`,
    remindedRefund: (provider, reference, left, amount, reminded, payBy) =>
      `${provider} confirmed ${amount} to be paid back to the estate${reference ? ` (final bill ${reference})` : ''}; ${left === amount ? 'not' : `${left} of it not`} received — reminder sent on ${reminded}; payment asked by ${payBy}.`,
    remindedRefundMove: (provider, payBy) => `Wait until ${payBy} inclusive for ${provider}'s payment; record its receipt once the amount is in the estate account`,
    sendRefundReminder: 'Send reminder',
    paidBillsDropped: 'Paid on a dropped claim',
    paidBillDropped: (d) => `Final bill ${d.reference}: ${paidOnDropEn(d)}.`,
    paidBillDroppedMove: (provider, amount) => `Ask ${provider} by letter to pay the ${amount} back to the estate account`,
    lateAskedBack: (provider, reference, left, amount, askedOn, payBy, days, reminded, afterDrop) =>
      `${provider} dropped the claim; the ${amount} ${afterDrop ? 'paid after that' : 'already paid'} on final bill ${reference} was asked back by letter on ${askedOn}; ${left === amount ? 'not' : `${left} of it not`} received — late since ${payBy} (${days === 1 ? '1 day' : `${days} days`})${reminded ? `, also after the reminder sent on ${reminded}` : ''}.`,
    reportedRefunds: 'Refund reported, not recorded',
    handoverAppointments: 'Handover of a home: will you go yourself or ask someone?',
    handoverOn: 'When',
    reportedRefund: (provider, reported, lastPaidOn, received) =>
      `${provider} reports ${reported} transferred to the estate, last on ${lastPaidOn}; ${received ? `recorded received: ${received}` : 'nothing of it is recorded received yet'}.`,
    reportedRefundMove: 'Check the estate account and record what came in',
    /** What the correction did to her letters gone to the old address of `provider`, counted; the history says each. */
    readdressNotice: (provider: string, n: ReaddressNoticeSaid) => {
      const which = n.post && n.email ? 'the address and the email address' : n.email ? 'the email address' : 'the address';
      const gone = (count: number, one: string, several: string) => `${count === 1 ? 'One letter' : `${count} letters`} that went to the old address ${count === 1 ? one : several}`;
      const named = (remade: boolean) => (n.letters ? `: ${namedOnToday(n.letters.filter((l) => l.remade === remade).map((l) => `${l.title ? `"${l.title}"` : 'a letter'} (${l.description})`), (rest) => `${rest} more`, 'en')}` : '');
      const parts = [
        ...(n.remade ? [gone(n.remade, 'was', 'were') + ' made again for the corrected address' + named(true)] : []),
        ...(n.notAgain ? [(n.remade ? `${n.notAgain === 1 ? 'one other does' : `${n.notAgain} others do`} not go again` : gone(n.notAgain, 'does', 'do') + ' not go again') + named(false)] : []),
      ];
      return `${capitalised(which)} of ${provider} ${n.post && n.email ? 'were' : 'was'} corrected in the directory. ${parts.join('; ')}. The history says for each letter what happened and why.`;
    },
    noLaterEndDates: 'No organisation confirmed a later end date.',
    letters: 'Blocked letters',
    letter: 'Letter',
    whyBlocked: 'Why it was not sent',
    family: 'Family',
    correctFirst: 'Correct the data first, then produce the letter again.',
    noLetters: 'No letter is blocked.',
    reports: 'Family reports',
    report: 'Report',
    toldUs: 'What they told us',
    reportFrom: (who: string, date: string) => `from ${who}, ${date}`,
    reportCorrectedBy: (who: string, date: string) => `corrected by ${who}, ${date}`,
    alreadyDone: (what: string) => `Already done: ${what}.`,
    reportedCollection: (agency, reference, amount, dossierNumber) =>
      `${agency || reference || amount || dossierNumber ? `Filled in by the family: ${[agency && `agency ${agency}`, reference && `reference ${reference}`, dossierNumber && `file number ${dossierNumber}`, amount].filter(Boolean).join(', ')}. ` : ''}Nothing sent yet: record the collection letter on the contract if it is right.`,
    reportedBill: (reference, amount, invoiceDate, from, to) =>
      `${reference || amount || invoiceDate || from || to ? `Filled in by the family: ${[reference && `invoice number ${reference}`, amount, invoiceDate && `dated ${invoiceDate}`, from && to ? `for ${from} up to and including ${to}` : from ? `from ${from}` : to && `up to and including ${to}`].filter(Boolean).join(', ')}. ` : ''}Nothing sent yet: record the bill on the contract if it is right.`,
    recordBill: "Record as the contract's bill",
    billContract: 'Bill of which contract',
    recordBillHint: 'Filled in with what the family gave: correct what is wrong. The letter to the provider says what you record here.',
    nothingToDo: 'Or: handle it without recording it. What you decided and why (the family reads it)',
    whatTheySent: 'What they sent',
    takeUploadAs: 'Take what they sent into the file as',
    takeUpload: 'Take into the file',
    noReports: 'No open reports from families.',
    reportsToPassOn: 'Reports that reached nobody',
    familyReport: 'Report',
    reportFor: (kind, name, date) => `${kind} for ${name}, ${date}`,
    accessWithdrawnOn: (date) => `Not sent: portal access withdrawn on ${date}.`,
    toAnotherRelative: 'To another relative with access',
    toAnotherRelativeHint: 'On the estate, make a relative with access the contact person and send a new progress report; it goes to them.',
    passedOnHow: 'How it was passed on',
    passedOnWays: { phone: 'by phone', in_person: 'in person', post: 'by post' },
    passedOnNote: 'Note (optional)',
    noReportsToPassOn: 'Every report to the family reached its addressee.',
    statements: 'Bank statements from families',
    statement: 'Statement',
    statementFrom: (who: string) => `Bank statement received from ${who}`,
    seeStatement: 'See what it shows',
    markSeen: 'Mark as seen',
    noStatements: 'No new bank statements from families.',
    erasures: 'Deletion requests without confirmation',
    erasure: 'Deletion request',
    erasureText: (provider: string, kind: string, sentOn: string) => `${provider} has not confirmed the deletion of the ${kind} (deletion request of ${sentOn}). Call or email the provider; record a confirmation that came by email or phone here.`,
    recordErasure: 'Record confirmation',
    noErasures: 'No deletion request has waited more than four weeks for its confirmation.',
    /** Bills the owner's estates owe that nobody recorded paid (`billsToPay`); no due date is recorded, so: owed since. */
    billsToPay: 'To pay from the estate',
    bill: 'Debt',
    owedSince: 'Owed',
    owedSinceText: (day: string, days: number) => `since ${day} (${days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`})`,
    noBillsToPay: 'No bill of your estates is left to pay.',
    unposted: 'Print batches not posted yet',
    batch: 'Print batch',
    unpostedText: (day: string) => `Print batch of ${day} not posted yet`,
    unpostedDetail: (letters: number, day: string, downloaded: boolean) =>
      `${letters === 1 ? '1 letter' : `${letters} letters`}, ${downloaded ? 'downloaded' : 'made ready'} on ${day}. ${downloaded ? '' : 'Download and print the PDF first. '}Its letters count as sent only once the batch is marked posted.`,
    /** olddebts: a downloaded batch of which a colleague marked letters posted apart (handover4): what is still hers to post. */
    unpostedApartDetail: (toPost: number, letters: number, day: string, apart: number, byNames: string[]) =>
      toPost > 0
        ? `${toPost === 1 ? '1 letter' : `${toPost} letters`} still to post (of ${letters} in the batch, downloaded on ${day}); ${apart === 1 ? '1 letter was' : `${apart} letters were`} already marked posted by ${listed(byNames, 'en')}. ${toPost === 1 ? 'That one letter counts' : `Those ${toPost} letters count`} as sent only once the batch is marked posted.`
        : `No letter left to post (${letters} in the batch, downloaded on ${day}): ${letters === 1 ? 'it was' : 'they were'} already marked posted by ${listed(byNames, 'en')}. Mark the batch posted to close it; that does not count them again.`,
    inOthersBatches: "Letters in a colleague's print batch",
    inOthersBatchPosted: (holder: string) => `Posted by ${holder}: mark as posted`,
    inOthersBatch: (letters: number, holder: string, day: string) =>
      `${letters === 1 ? '1 letter' : `${letters} letters`} of this estate ${letters === 1 ? 'is' : 'are'} in ${holder}'s print batch of ${day}, downloaded but not marked posted yet; ask ${holder} whether ${letters === 1 ? 'it was' : 'they were'} posted.`,
    awaitingPost: 'Letters waiting to be posted',
    letterOf: (day: string) => `Letter of ${day}. The provider's term runs only from the day the letter is posted.`,
    toPrint: 'To Letters by post',
    /** batchposted: a letter waiting for the post in a colleague's downloaded batch: the estate page's button marks it posted. */
    toEstatePosted: 'To the estate, to mark it posted there',
    /** returnedtoday: a letter by post come back in the last weeks, until the letter made anew went (or none was made). */
    returned: 'Letters that came back undelivered',
    returnedLetter: (recipient: string, letterDate: string, returnedOn: string, reason: string | null, remadeOn: string | null, remade: boolean) =>
      `The letter of ${letterDate} to ${recipient} came back undelivered on ${returnedOn}${reason ? ` (${reason})` : ''}. ${remadeOn ? `The new letter of ${remadeOn} has not been posted yet.` : remade ? 'A new letter is being made.' : 'No new letter was made: the contract has moved on since.'}`,
    returnedLetterMove: (recipient: string, remade: boolean) =>
      `Check the address of ${recipient} in the provider directory and have an administrator correct it if needed${remade ? ', before the new letter goes to the post' : ''}.`,
    returnChecked: 'Address checked',
    /** An administrator's: contracts whose owner's move has been late two terms or more in a row (`lateAgain`). */
    lateAgain: 'Terms passed again and again (all specialists)',
    lateAgainText: (owner: string, count: number, since: string) => `Term passed ${count} times since ${since}; case owner ${owner}.`,
    reportKinds: {
      invoice_after_end: 'invoice after end',
      collection_letter: 'collection letter',
      letter_to_deceased: 'letter to deceased',
      new_contract: 'new contract',
      other: 'other',
      callback: 'request to be called back',
    },
    intake: {
      title: 'Open a new estate',
      deceased: 'The deceased, exactly as on the death certificate',
      givenNames: 'Given names',
      surnamePrefix: 'Surname prefix (optional)',
      prefixHint: 'Written as recorded, e.g. "de" or "van der".',
      surname: 'Surname',
      gender: 'Gender (for the form of address in letters)',
      genders: { male: 'male', female: 'female', unknown: 'unknown (no form of address is guessed)' } as Record<string, string>,
      dateOfBirth: 'Date of birth',
      dateOfDeath: 'Date of death',
      address: 'Last address',
      street: 'Street and number',
      postalCode: 'Postal code',
      postalHint: 'Dutch postal codes as 1234 AB.',
      city: 'City',
      country: 'Country (two letters)',
      account: 'Estate account (where refunds go)',
      iban: 'IBAN',
      ibanHint: 'The boedelrekening or the account the heirs chose; checked on its check digits. Cancellation letters wait for it.',
      holder: 'Account holder',
      holderHint: 'As the bank knows it, e.g. "Erven J. de Vries".',
      owner: 'Case owner',
      submit: 'Open the estate',
    },
    stepKinds: {
      deadline: "watching a contract's deadline",
      letter: 'writing a letter',
      deliver_letter: 'emailing a letter',
      notify_family: 'sending the family a message',
      notify_owner: 'sending you an alert',
      portal_link: 'emailing the family a sign-in link',
      family_digest: "the family's daily summary",
      family_report_mail: 'emailing the family a report',
      handover_notice: 'the message about a handover',
      webhook: "a message to the provider's system",
    },
    unknownStep: 'an automatic step',
    stepErrors: {
      unreachable: 'the server could not be reached',
      timeout: 'no answer came in time',
      refused: 'the receiver refused the message',
      refusedCode: (code: string) => `the receiver refused the message (error code ${code})`,
      mailLogin: 'the mail server refused our sign-in',
      gone: 'what the step needed no longer exists',
      badAddress: "the receiver's address is not allowed",
      unknown: 'an unexpected error (the administrator finds the details in the log)',
    },
    reportOutcomes: {
      dispute_started: 'disputed the bill',
      collection_stop_requested: 'asked for the collection to be suspended',
      contract_added: 'added the contract to the inventory',
      contract_known: 'the contract was on the inventory already: the report is kept with it',
    },
    unknownOutcome: 'took a first step (see the timeline)',
    unknownReport: 'a report',
    letterRules: {
      'addressed-to-deceased': "the letter is addressed to the deceased or to the deceased's home address",
      'asks-deceased-to-act': 'a sentence asks the deceased to act',
      'leftover-placeholder': 'the letter holds unfilled text',
      'deceased-not-named-in-full': 'the letter does not name the deceased in full with the date of death',
      'surname-prefix-case': 'the surname prefix has the wrong capital',
      'gender-guessed': 'the gender is unknown, but the letter writes "de heer" or "mevrouw"',
      'dates-inconsistent': 'the dates do not agree (birth, death or end date)',
      'missing-enclosure': 'an enclosure cannot travel with the letter',
      'correspondence-to-owner': 'the letter does not ask for further post to go to you',
      'claims-unrecorded-event': 'the letter mentions something that is not recorded (a reminder, confirmation or dispute)',
      'transfer-holder-cannot-sign': 'the letter does not say that the account holder has died and cannot sign',
      'transfer-new-holder': 'the letter does not name the new holder',
    },
    unknownRule: 'the letter breaks one of the letter rules',
    missingData: {
      'estate.estateAccount': 'no estate account recorded (IBAN and account holder)',
      'estate.deceasedLivedAlone': 'not recorded who lived with the deceased in the rented home (it decides how the lease ends)',
      'estate.deceasedLivedWithSomeone':
        'someone lived with the deceased who may continue the lease: a co-tenant (such as a spouse or registered partner living there) continues it; another housemate whose main residence it is and who shared a lasting joint household with the deceased continues it for six months after the death, and longer if the court so decides on a claim made within those six months (Article 7:268(1) and (2) of the Dutch Civil Code). The heirs then give no notice. If someone continues the lease, withdraw this request (they give notice themselves, by registered letter or bailiff\'s writ; a transfer to them asks the landlord to put it in their name). If nobody continues it, record on the deceased who lived there: “nobody” or “only a lodger without a joint household”',
      transferToFamilyMemberId: 'the contract names no family member to take it over',
      'familyMember.address': 'the address of the new holder is missing',
      'familyMember.dateOfBirth': 'the date of birth of the new holder is missing',
      'familyMember.email': 'the email address of the new holder is missing',
      'familyMember.phone': 'the phone number of the new holder is missing',
      'familyMember.iban': 'the IBAN of the new holder is missing',
      corrections: 'the correction letter names no corrected value',
      note: 'the answer to the provider has neither text nor a document',
      previousLetterDate: 'the request this letter refers to has not been delivered to the provider (the email did not arrive), and the letter names the day it arrived. On Today, choose Try again for the request; once it is delivered, make this letter again',
    },
    unknownMissing: 'a fact the letter needs is missing',
  },

  dashboard: {
    title: 'Dashboard',
    allEstates: 'all estates',
    yourEstates: 'your estates',
    byStage: 'Estates by stage',
    byState: 'Contracts by state',
    confirmation: 'Median time to confirmation by provider category',
    confirmationNote: (days: number) => `Business days from our request to the provider's confirmation, all estates, requests sent in the last ${days} days.`,
    confirmationChart: 'Median business days to confirmation',
    days: (n: number) => `${n} days`,
    category: 'Category',
    confirmed: 'Confirmed requests',
    medianDays: 'Median business days',
    noConfirmations: 'No provider has confirmed a request yet.',
    noRequests: 'No request was sent in this period yet.',
    satisfaction: 'Family satisfaction',
    satisfactionNote: (days: number, threshold: string) => `Average rating (1–5) from families over the last ${days} days. Alert below ${threshold}, once an owner has enough ratings.`,
    belowThreshold: (threshold: string, names: string) => `Below the alert threshold of ${threshold}: ${names}.`,
    belowThresholdMore: (threshold: string, names: string, more: number) => `Below the alert threshold of ${threshold}, lowest first: ${names} and ${more} more.`,
    allRatings: "Every case owner's rating",
    ratingsTitle: 'Family satisfaction per case owner',
    noRatings: 'no ratings',
    outOfFive: (average: string) => `${average} of 5`,
    caseOwner: 'Case owner',
    average: 'Average',
    ratings: 'Ratings',
    alert: 'Alert',
    belowLabel: 'below threshold',
    noSpecialists: 'No specialists yet.',
    scorecards: 'Provider scorecards',
    scorecardsNote: (days: number) => `Requests sent in the last ${days} days, all estates.`,
    busiestProviders: (shown: number, total: number) => `Here the ${shown} providers with the most requests, of the ${total} with requests.`,
    allScorecards: "Every provider's scorecard",
    scoreHeadings: ['Provider', 'Requests', 'Answered', 'Median answer (business days)', 'Within SLA', 'Reminders', 'Invoices after end date', 'Letters to the deceased'],
    stages: ESTATE_STAGES_EN,
    states: {
      draft: 'draft',
      ready: 'ready',
      requested: 'requested',
      reminded: 'reminded',
      escalated: 'escalated',
      acknowledged: 'acknowledged',
      informationRequested: 'information requested',
      rejected: 'rejected',
      complained: 'complaint about rejection',
      confirmed: 'confirmed',
      disputed: 'disputed',
      disputeEscalated: 'dispute escalated',
      disputeRejected: 'provider holds to the bill',
      collectionStopRequested: 'collection suspension requested',
      // kifidrest: one bar counts every body's cases, a bank's with Kifid too.
      withCommittee: 'with a disputes committee or Kifid',
      blocked: 'blocked, balance not yet released',
      releaseReminded: 'balance not released in time, reminder sent',
      releaseOverdue: 'balance not released in time',
      settled: 'settled',
      closed: 'closed',
      withdrawn: 'withdrawn',
      informedByBrp: 'informed by brp',
    },
    categories: {
      telecom: 'telecom',
      energy: 'energy',
      bank: 'bank',
      insurance: 'insurance',
      pension: 'pension',
      housing: 'housing',
      subscription: 'subscription',
      government: 'government',
      other: 'other',
    },
    countsAt: (moment: string, seconds: number) => `Counts and ratings as of ${moment}; they are counted again once they are ${seconds} seconds old.`,
    figuresAt: (moment: string) => `As of ${moment}; the figures are kept for at most two minutes.`,
  },

  estate: {
    listTitle: 'Estates',
    requestsHeld: (providers: string) => `In progress: requests ready, but held by the letter check: the letter to ${providers} has not been sent. Why is under the contract and Letters.`,
    requestsNotOut: 'In progress: requests ready, but not sent yet.',
    requestsSent: 'In progress: requests sent, contracts being handled.',
    letterInColleaguesBatch: (holder: string, day: string) => `The letter is in ${holder}'s print batch (downloaded ${day}); ask ${holder} whether it was posted.`,
    inColleaguesBatch: (holder: string, day: string) => `in ${holder}'s print batch (downloaded ${day})`,
    requestHeldBeside: (providers: string) => `The letter check holds the letter to ${providers}; why is under the contract.`,
    // What a correction letter corrects, after its subject in the letters list: the family's words, as both read the same letters.
    letterAbout: familyEn.letterAbout,
    billsOpen: 'Still to pay from the estate',
    billsOpenText: 'These invoices are not recorded as paid yet. Remind the family before you close the estate; closing is possible without.',
    billOpen: (provider, reference, amount, finalBill = false, untilEnd: boolean | 'transfer' = false, agency = null, afterEnd: boolean | string = false, premium = null, overdrawn = null, charge = false) =>
      `${provider}: ${agency !== null ? claimEn(agency, reference, amount) : finalBill === 'repaidAgain' ? repaidAgainEn(amount) : `${overdrawn !== null ? overdraftEn(reference, overdrawn.on) : finalBill === 'recovery' ? `recovery of pension paid in excess (the fund's reference ${reference})` : finalBill ? `final bill (the provider's reference ${reference})` : premium ? premiumEn(reference) : charge ? chargeEn(reference) : `invoice ${reference}`}${(charge ? chargePartEn : billPartEn)(untilEnd, afterEnd)}, ${amount}${dueEn(premium)}`}`,
    moreBillsOpen: 'More invoices',
    newEstate: 'Open a new estate',
    searchLabel: 'Name of the deceased, reference or account number',
    stage: 'Stage',
    everyStage: 'every stage',
    search: 'Search',
    deceased: 'Deceased',
    reference: 'Reference',
    caseOwner: 'Case owner',
    died: 'Died',
    noMatch: 'No estate matches this search.',
    noEstates: 'You have no estates yet.',
    facts: (reference, owner) => `Reference ${reference} · case owner ${owner}`,
    lifeDates: (born, died) => `Born ${born}, died ${died}`,
    genderLabel: 'gender',
    genders: { male: 'male', female: 'female', unknown: 'unknown' },
    correct: 'Correct the deceased or the estate account',
    accessLog: 'Access log',
    notClosed: 'The estate was not closed:',
    openContract: (label, waitingOn, provider, status) =>
      `${label}, ${waitingOn === 'owner' ? 'waiting for you' : waitingOn === 'provider' ? `waiting for ${provider}` : 'only waiting out the check for late bills'}. ${status}`,
    closeText: 'Every contract is ended or transferred. Closing sends the final report to the family.',
    closeRefundsOpen: 'Not every refund to the estate has been received yet (see ‘To be received’). You can close all the same: the family then reads which is still to come.',
    close: 'Close the estate',
    notReopened: 'The estate was not reopened:',
    reopenText: "Closed: nothing more can be done on it. If a contract turned up after closing, reopen the file. The retention period ends and the family is told something is still being handled. If a bill or a debt collector's letter about a closed contract comes after closing, reopen the file and record it on that contract: the provider gets our objection or the request to suspend the collection as usual.",
    reopenReason: 'Reason (at most 1000 characters; it is on the timeline)',
    reopen: 'Reopen the file',
    noReport: 'No progress report was sent:',
    reportText: "A letter to the family's representative with where every contract stands.",
    sendReport: 'Send a progress report to the family',
    contracts: 'Contracts',
    sendCaption: 'Select the contracts to send and send their requests in one go.',
    send: 'Send',
    provider: 'Provider',
    action: 'Action',
    state: 'State',
    due: 'Due',
    lastLetter: 'Last letter',
    choose: (provider, description) => `Select ${provider}, ${description}`,
    uploadFirst: 'Upload first: ',
    blocked: 'blocked',
    preview: 'Preview letter',
    sendSelected: 'Send the selected requests',
    noContracts: 'No contracts yet: add the first one below.',
    actions: { cancel: 'cancel', transfer: 'transfer' },
    asks: { bank: 'block and ask the balance', life: 'claim the payout', property: 'keep in force', health: 'settle', unknown: 'report the death' },
    addContract: 'Add a contract',
    searchDirectory: 'Search the provider directory',
    noProvider: (q) => `No provider matches “${q}”. An administrator can add it to the directory.`,
    providerOption: (name, days) => `${name} (answers within ${days} business days)`,
    description: 'What the contract is',
    descriptionHint: 'e.g. "Mobile subscription 06-12345678"',
    accountNumber: 'Customer, policy or account number',
    whatHappens: 'What should happen',
    transferToMember: 'Transfer to a family member',
    newHolder: 'New holder (transfers only)',
    requestedEnd: 'Requested end date (optional, empty = as soon as possible)',
    insuranceKind: 'Kind of insurance (insurers only; not chosen: the letter asks the insurer what it needs)',
    chooseInsuranceKind: 'Choose the kind of insurance',
    insuranceKinds: {
      life: 'Funeral, life or term life insurance: claim the payout',
      property: 'Home, contents, car or liability: keep in force for the estate',
      health: 'Health insurance: settle as of the date of death',
    },
    addButton: 'Add the contract',
    confirmDuplicate: 'Yes, this is a second contract',
    family: 'Heirs and family',
    codeNotice: (name, until) => `Portal access code for ${name}. This code is shown only once; valid until ${until}.`,
    codeEmailed: (email) => `A link to the portal was emailed to ${email}.`,
    codeEmailFailed: (email, name) => `The email to ${email} could not be sent: please give ${name} this code yourself.`,
    heir: ', heir',
    represents: ', represents the heirs',
    correctMember: (name) => `Correct ${name}'s particulars`,
    exportMember: (name) => `Export ${name}'s personal data (AVG, zip)`,
    newCode: (name) => `New access code for ${name}`,
    newCodeMailed: (name) => `New access code for ${name} (emails a link)`,
    accessWithdrawnOn: (date) => ` · portal access withdrawn on ${date}`,
    withdrawAccess: (name) => `Withdraw ${name}'s portal access`,
    withdrawAccessText: (name) => `${name} can then no longer look in the family portal, nor ask for a new link, until you send a new access code. ${name} stays on the file, with the letters and documents.`,
    withdrawAccessConfirm: 'Yes, withdraw access',
    roleOf: (name) => `Role of ${name} in the portal`,
    saveRole: 'Save role',
    noMembers: 'No family members recorded yet.',
    addMember: 'Add a family member',
    name: 'Name',
    email: 'Email (optional)',
    relation: 'Relation to the deceased',
    relationHint: 'e.g. partner, daughter',
    role: 'Role (decides which documents the portal shows them)',
    alsoHeir: 'Also an heir (for a representative)',
    memberLanguage: 'Language of the emails and the portal',
    memberLanguages: { nl: 'Dutch', en: 'English' },
    addMemberButton: 'Add and create an access code',
    roles: { representative: 'Representative (sees what the heirs see)', heir: 'Heir', other: 'Other (sees only what is for all family members)' },
    audiences: { owner: 'Only me (case owner)', representative: 'The representative', heirs: 'The heirs and the representative', family: 'All family members' },
    documents: 'Documents',
    documentsCaption: 'Who in the family sees each document; under “Change” you choose another audience, upload a new version or withdraw it.',
    audience: 'Who sees it',
    document: 'Document',
    added: 'Added',
    history: 'History',
    change: 'Change',
    whoSees: (file) => `Who in the family sees ${file}`,
    kindOf: (file) => `What ${file} is`,
    kindMovesAudience: 'Another kind takes who sees it along, unless you chose that yourself.',
    kindCorrectedSeenBy: (audience) => `The kind has been corrected; the change is in the timeline. Who sees it now: ${audience}.`,
    describedAs: (file) => `Description of ${file}`,
    descriptionOversays: (file, what) =>
      `Note: the description of ${file} seems to hold ${listed(what, 'en')}. Letters and the provider desk name the document by this description; a provider does not need that number for it. Change the description under Change.`,
    oversaid: { bsn: 'a citizen service number (BSN)', iban: 'an account number (IBAN)' },
    describedNoLetter: 'A provider that already received the document is not told of a new description: the document itself stays the same, and letters sent keep their words. If the document itself is wrong, replace it: whoever had it then gets the correct version.',
    kindDropsDescription: (words) => `If you choose a kind other than Other, the description "${words}" is dropped: letters then name the document by that kind.`,
    save: 'Save',
    newVersion: (file) => `New version of ${file}`,
    replace: 'Replace',
    withdrawReason: (file) => `Reason to withdraw ${file}`,
    withdraw: 'Withdraw',
    withdrawn: (date, reason) => `withdrawn ${date}: ${reason}`,
    replacedBy: (file) => `replaced by ${file}`,
    newerVersion: 'a newer version',
    noDocuments: 'No documents yet.',
    kind: 'Kind of document',
    documentDescription: 'Description (Other only, for example: extract from the Chamber of Commerce)',
    documentDescriptionHint: 'Letters name the document so: "a document: extract from the Chamber of Commerce". Without a description it is "a document".',
    defaultAudience: 'The default for its kind',
    file: 'File (PDF, PNG or JPEG, at most 10 MB)',
    upload: 'Upload',
    letters: 'Letters',
    notSent: 'Not sent',
    notSentBecause: { 'portal-access-withdrawn': (name) => `${name} no longer has access to the family portal and was not notified; pass this report on yourself (by post or in person).` },
    passedOn: 'Passed on',
    passedOnText: (date, by, how, note) => `passed on by ${by} on ${date} (${how})${note ? `: ${note}` : ''}`,
    lettersCaption: 'Every letter of this estate, newest first.',
    letter: 'Letter',
    addressee: 'Addressee',
    date: 'Date',
    enclosures: 'Enclosures',
    noLetters: 'No letters yet.',
    pdf: 'PDF',
    handover: 'Hand over to another specialist',
    handedOverBy: (from, date, reason) => `Handed over by ${from} on ${date}: ${reason}`,
    undo: (from) => `Undo the handover: back to ${from}`,
    searchSpecialists: 'Search specialists by name',
    newOwner: 'New case owner',
    moreSpecialists: 'More specialists match: type part of the name to find them.',
    handoverReason: 'Reason (at most 1000 characters; the family is told who takes over)',
    handoverButton: 'Hand over…',
    noSpecialist: (q) => `No active specialist matches “${q}”.`,
    noOtherSpecialist: 'There is no other active specialist to hand over to.',
    confirmTitle: 'Confirm the handover',
    correctionTitle: 'Send a correction letter',
    correctionHeading: (file: string) => `Send the corrected version ${file} to those who had the earlier one?`,
    correctionText: (providers: string[], oldFile: string, kind: string, _documentKind: string) =>
      `${listed(providers, 'en')} received the earlier version (${oldFile}). ${providers.length > 1 ? 'Each gets' : 'It gets'} a short letter with the corrected version enclosed: “On … I sent you the ${kind}. It contained an error; enclosed is the corrected version.” Until that letter goes, the provider's desk shows only the version it received.`,
    correctionNone: 'No provider received the earlier version without having been sent the corrected one: there is nothing to send.',
    correctionSend: 'Send the correction letter',
    correctionLater: 'Not now',
    correctionLink: 'Correction letter to those who had the earlier version',
    confirmHeading: (estate, to) => `Hand over the estate of ${estate} to ${to}?`,
    reason: (reason) => `Reason: ${reason}`,
    confirmText: (to) => `${to} becomes the case owner and is told on their Today list and by email; the family is told that ${to} is their contact person now. The handover can be undone for 24 hours.`,
    confirm: 'Confirm the handover',
    cancel: 'Cancel',
    undoTitle: 'Undo the handover',
    notUndone: 'The handover was not undone.',
    backToToday: 'Back to Today',
    timeline: 'Timeline',
    back: (name, reference) => `Back to ${name} (${reference})`,
    contractStates: CONTRACT_STATES_EN,
    /** kifidrest: `withCommittee` where the body is Kifid (`heardByKifid`: a bank, a life or property insurer), on every list of contracts. */
    withKifid: 'with Kifid',
    documentKinds: DOCUMENT_KINDS_EN,
    letterKinds: {
      cancellation: 'cancellation', transfer: 'transfer', information_supplied: 'information supplied', reminder: 'reminder', escalation: 'escalation',
      dispute: 'dispute', dispute_escalation: 'dispute escalation', collection_stop: 'collection stop', withdrawal: 'withdrawal', rejection_complaint: 'complaint about rejection',
      correction: 'correction', bill_correction: 'invoice correction', dispute_withdrawal: 'objection withdrawn', release_reminder: 'reminder of the release', reminder_withdrawal: 'reminder of the release withdrawn', refund_reminder: 'reminder of the refund', repayment_request: 'request for repayment (claim withdrawn)', collection_ended: 'collection ended (to the agency)', collection_end_undone: 'correction: collection not ended (to the agency)', repayment_withdrawn: 'request for repayment withdrawn (claim not withdrawn)', document_erasure: 'deletion request', document_correction: 'corrected document', contact_change: 'new contact person', progress_report: 'progress report', final_report: 'final report',
    },
    bankLetterKinds: { cancellation: 'block and balance', dispute: 'dispute of a charge', bill_correction: 'charge correction' },
    insurerLetterKinds: { cancellation: 'notification of a death', dispute: 'dispute', bill_correction: 'bill correction' },
    fundLetterKinds: { cancellation: 'notification of a death', dispute: 'dispute', bill_correction: 'bill correction' },
    delivery: { not_applicable: 'not applicable', pending: 'not delivered yet', delivered: 'delivered', failed: 'failed', queued_for_print: 'waiting for the print batch', printed: 'ready for the post', posted: 'posted' },
    letterStatus: { sent: 'sent', blocked: 'blocked' },
    postedOn: (date: string) => `posted on ${date}`,
    remadeAs: (date: string) => `not delivered, replaced by the letter of ${date}`,
    remadeUnsent: (date: string) => `not sent, replaced by the letter of ${date}`,
    returned: (date, reason, remadeOn, beingMade) =>
      `returned on ${date} (not delivered)${reason ? `: ${reason}` : ''}${remadeOn ? `; replaced by the letter of ${remadeOn}, the term runs from that letter` : beingMade ? '. A new letter is being made' : ''}`,
    returnChecked: (by, date) => `Address checked by ${by} on ${date}`,
    deliveredOn: (date: string) => `delivered on ${date}`,
    deliveryTo: { pending: (to) => `not delivered to ${to} yet`, delivered: (to) => `delivered to ${to}`, failed: (to) => `not delivered to ${to}` },
    deliveredToOn: (to, date) => `delivered to ${to} on ${date}`,
    postedToOn: (to, date) => `posted to ${to} on ${date}`,
    beingSent: 'being sent',
    setApartBecause: {
      settled: 'not sent: the invoice was settled before the letter went',
      answered: 'not sent: the invoice was answered before the letter went',
      takenBack: 'not sent: the block was taken back before the letter went',
      corrected: 'not sent: a fact in it was corrected before the letter went',
      readdressed: "not sent: the recipient's address was corrected in the directory before the letter went",
      rechannelled: 'not sent: the directory says the recipient now receives letters another way',
      readdressedAfterDownload: "not sent: the letter was in a downloaded print batch but was not posted; then the recipient's address was corrected in the directory",
      restored: 'not sent: the directory was set back to the address an earlier letter already went to',
      restoredAfterDownload: 'not sent: the letter was in a downloaded print batch but was not posted; then the directory was set back to the address an earlier letter already went to',
      collectedAgain: 'not sent: the collection agency sent a new collection letter before the letter went',
      dropUndone: 'not sent: the withdrawal was undone before the letter went',
      languageCorrected: "not sent: the collection agency's language was corrected before the letter went; our request to suspend the collection goes in that language instead",
      termPassed: 'not sent: the term it named had passed before it was printed',
      notRemade: 'not sent: the term it named had passed before it was printed, and what the letter asked has been answered or overtaken since',
    },
    setApartNamed: {
      readdressed: (to) => `not sent: the address of ${to} was corrected in the directory before the letter went`,
      rechannelled: (to) => `not sent: the directory says ${to} now receives letters another way`,
      readdressedAfterDownload: (to) => `not sent: the letter was in a downloaded print batch but was not posted; then the address of ${to} was corrected in the directory`,
      collectedAgain: (to) => `not sent: ${to} sent a new collection letter before the letter went`,
    },
    mayHaveArrived: 'may have arrived: the mail server did not confirm receipt; Steward sends the same email again, with the same message ID',
    sendOutcome: {
      allSent: (n: number) => (n === 1 ? 'The request was sent.' : `All ${n} requests were sent.`),
      underway: (n: number) => (n === 1 ? 'The request is being sent.' : `The ${n} requests are being sent; below is how far each has got.`),
      someHeld: (held: number, total: number) => `${held} of the ${total} requests ${held === 1 ? 'was' : 'were'} not sent. See why below.`,
      sent: 'Sent',
      beingSent: 'Being sent',
      notSent: 'Not sent',
      viaDesk: (provider: string) => `through the desk of ${provider}`,
      byEmail: (address: string) => `by email to ${address}`,
      byEmailToProvider: 'by email to the provider',
      byPost: 'by post: set out for the next print batch',
      printed: 'by post: printed, ready for the post',
      posted: 'by post (posted)',
      writing: (how: string) => `the letter is being written and goes ${how}`,
      missing: (documents: string, many: boolean) => `${documents} ${many ? 'are' : 'is'} missing: upload ${many ? 'them' : 'it'} under Documents`,
      brp: (provider: string) => `${provider} learns of the death from the BRP; no letter goes out. Check with ${provider} (the task is on Today)`,
      blocked: (reasons: string) => `the letter was held back: ${reasons}. Correct this and produce the letter again (on Today)`,
      emailFailed: (address: string) => `the email to ${address} did not arrive`,
      inState: (state: string) => `the contract is "${state}"`,
      tryAgain: 'the contract was changed at the same moment; try again',
      chooseFirst: 'Select one or more contracts to send first.',
      busy: 'Sending…',
    },
  },

  contract: {
    billsOwed: 'To be paid from the estate',
    billsOwedText: "The estate owes these invoices. Add the day paid once they are paid; the family's point of contact can do so in the portal too.",
    billOwed: (reference, amount, finalBill = false, untilEnd: boolean | 'transfer' = false, agency = null, afterEnd: boolean | string = false, premium = null, overdrawn = null, charge = false) =>
      agency !== null ? claimEn(agency, reference, amount) : finalBill === 'repaidAgain' ? capitalised(repaidAgainEn(amount)) : `${overdrawn !== null ? capitalised(overdraftEn(reference, overdrawn.on)) : finalBill === 'recovery' ? `Recovery of pension paid in excess (the fund's reference ${reference})` : finalBill ? `Final bill (the provider's reference ${reference})` : premium ? capitalised(premiumEn(reference)) : charge ? capitalised(chargeEn(reference)) : `Invoice ${reference}`}${(charge ? chargePartEn : billPartEn)(untilEnd, afterEnd)}, ${amount}${dueEn(premium)}`,
    owedSince: (date) => `owed since ${date}`,
    paidOn: (date) => `paid on ${date}`,
    partlyPaid: (rest, paid, date) => `${rest} still to pay; ${paid} paid on ${date}`,
    paidOnLabel: 'Paid on',
    markPaid: 'Paid',
    stillToPayNext: (bills) => `Still to be paid from the estate: ${bills}. Record the payment below once it is made; only then is there nothing more to do for this contract.`,
    undoPaid: 'Undo the payment',
    /** dropdesk: the undo of a final bill's payment is not offered once the repayment letter named it (`paidAskedBackUndo`). */
    undoPaidAskedBack: (provider: string, on: string) => `the letter of ${on} asks ${provider} to pay this amount back and names this payment; if it is wrong, let ${provider} know`,
    undoPaidClosed: 'the final report names this payment; it can be undone once the file is reopened (at the top of the estate page)',
    refundsToReceive: 'To be received',
    refundToReceive: (provider, reference, left, amount, received) => `${provider}, final bill${reference ? ` ${reference}` : ''}, ${received ? `${left} still to come of ${amount} (${received.amount} received, last on ${received.on})` : amount}`,
    refundExpectedBy: (date) => `expected by ${date} (Steward's term: 30 days after the confirmation, not a legal term)`,
    refundLateSince: (date) => `not received — late since ${date}`,
    refundReminded: (on, payBy) => `not received — reminder sent on ${on}; payment asked by ${payBy} (Steward's term: 14 days, not a legal term)`,
    refundReceivedAll: (amount, on) => `${amount} received (last on ${on})`,
    refundPaidReported: (provider, amount, on, each) =>
      `${provider} reports ${each.length > 1 ? `${amount} transferred in total (${each.map((e) => `${e.amount} on ${e.on}${e.reference ? `, reference ${e.reference}` : ''}`).join(each.some((e) => e.reference) ? '; ' : ', ')})` : `${amount} transferred on ${on}${each[0]?.reference ? ` with reference ${each[0].reference}` : ''}`}. That is ${provider}'s report, not a receipt yet: check the estate account and record below what came in.`,
    refundNext: (refund) => `To be received: ${refund}. Record its receipt below once the amount is on the estate account; only then is there nothing more to do for this contract.`,
    refundBesideBill: 'The estate also still owes this provider a bill. Both amounts are shown side by side; whether you set one off against the other (art. 6:127 of the Dutch Civil Code) is your decision.',
    refundReceivedLabel: 'Amount received',
    refundReceivedOnLabel: 'Received on',
    markRefundReceived: 'Record receipt',
    undoRefundReceived: 'Undo the latest receipt',
    askedBackToReceive: 'Asked back',
    askedBackOn: (provider, askedOn, afterDrop) => `paid ${afterDrop ? 'after' : 'before'} ${provider} dropped the claim; asked back by letter on ${askedOn}`,
    askedBackStatus: (provider, amount, afterDrop, reference, askedOn, left) =>
      `${provider} dropped the claim; the ${amount} ${afterDrop ? 'paid after that' : 'already paid'} on final bill ${reference} was asked back by letter on ${askedOn}. ${left ? `${left} of it has not been received yet.` : 'It has not been received yet.'}`,
    askedBackNext: (provider, payBy, late) =>
      `Record its receipt under “Asked back” once the amount is on the estate account. ${late ? `The term ended on ${payBy}: send ${provider} a reminder (below or on Today).` : `If it has not come by ${payBy}, Today sets out the reminder to ${provider} for you.`}`,
    askedBackExpectedBy: (date) => `repayment asked by ${date} (Steward's term: 14 days, not a legal term)`,
    /** v12: the answer form's "follows later" (README, "infolater"). */
    followsLater: 'Follows later',
    followsLaterHint: 'Do you not have an asked document yet (the notary\'s certificate of inheritance often takes weeks)? Send what you have and tick what follows later. The letter says it follows later, and by when if you fill in a date; the question then stays on Today with that date as its term (without a date: 5 business days).',
    answerWithdrawnNext: (rejected: boolean) =>
      rejected ? 'Send a new one with the request: amend it (choose the document) and send it again. None needed? Then mark the note handled.' : 'Sent a new one, or none is needed? Then mark the note handled.',
    followsLaterOf: (document: string) => `${document} follows later`,
    otherItemsSent: 'What you send now as a document of the kind Other',
    otherItemsSentHint: 'More than one thing was to follow. Tick what the other document you send now is; what you do not tick stays open and the letter says it still follows.',
    followsLaterOther: 'Something else that follows later (may be empty)',
    followsLaterOtherHint: "For example: the insurer's completed claim form. The letter names it as you write it here and asks the provider to finish only once it is there. Send it later as a document of the kind Other.",
    expectedOn: 'Expected on (may be empty)',
    enclosedChoices: 'Documents to send with it',
    noEnclosable: "No documents of this estate can be sent (the family's uploads and the will never are).",
    question: 'What the provider asks',
    documentsAsked: 'Documents asked for',
    present: 'present, tick it below',
    neverSent: 'never goes; your answer letter says so and why',
    missing: 'still missing',
    /** README, "An answer encloses what was asked": the service refuses an answer without one (422 `documents-asked`). */
    askedGoWith: 'The answer goes only with every document asked for (a will or bank statement never goes: answer that in words).',
    uploadHere: 'Upload a document',
    uploadHint: 'The document is added to the estate and is then ticked under “The information was supplied” below.',
    forms: {
      acknowledge: 'Provider acknowledged receipt',
      complete: 'Provider confirmed',
      'completion-corrected': "Correct the provider's confirmation",
      'request-information': 'Provider asked for information',
      reject: 'Provider rejected the request',
      'information-supplied': 'The information was supplied',
      amend: 'Request amended, ready to send again',
      complain: 'File a complaint',
      'dispute-resolved': 'Resolved: bill withdrawn, accepted or collection stopped',
      'credit-note-sent': 'Provider sent a credit note or corrected final bill',
      'charge-booked-back': 'The bank booked the charge back',
      'charge-dispute-resolved': 'Resolved: charge withdrawn, accepted or collection stopped',
      'charge-withdrawn': 'The bank withdrew the charge',
      'charge-corrected': 'Correct the charge',
      'charge-drop-undone': 'Charge recorded as dropped by mistake: undo',
      'charge-drop-day-corrected': 'Correct the day the bank dropped the charge',
      'invoice-withdrawn': 'Provider withdrew the bill',
      'dispute-rejected': 'Provider rejected our objection',
      'invoice-after-end': 'A bill dated after the end date came',
      'charge-after-end': 'The bank charged costs after the confirmed date',
      'bill-owed': 'Record a premium the estate pays',
      'bill-corrected': 'Correct the invoice',
      'collection-notice': 'A debt collector wrote',
      /** v22: the agency's letter recorded with a typo, corrected. */
      'collection-notice-corrected': "Correct the debt collector's letter",
      /** committee (v22): she took the bill's dispute to the complaints body; later, what it decided. */
      'committee-filed': 'Dispute filed with the disputes committee',
      'committee-decision': "Record the disputes committee's decision",
      'committee-filing-corrected': 'Correct the filing with the disputes committee',
      /** decisionfix: the decision she recorded, corrected. */
      'committee-decision-corrected': "Correct the disputes committee's decision",
      /** kifidowner: a bank's charges go to Kifid. */
      'charge-committee-filed': 'Dispute about the charge filed with Kifid',
      'charge-committee-decision': "Record Kifid's decision",
      'charge-committee-filing-corrected': 'Correct the filing with Kifid',
      'charge-committee-decision-corrected': "Correct Kifid's decision",
      /** kifidwords: a life or property insurer's bill goes to Kifid, no disputes committee. */
      'kifid-committee-filed': 'Dispute about the bill filed with Kifid',
      'kifid-committee-decision': "Record Kifid's decision",
      'kifid-committee-filing-corrected': 'Correct the filing with Kifid',
      'kifid-committee-decision-corrected': "Correct Kifid's decision",
      /** factuurwords: a health insurer's bill goes to the SKGZ (`complaints-bodies`' SKGZ: its Ombudsman, then its Geschillencommissie Zorgverzekeringen). */
      'skgz-committee-filed': 'Dispute about the bill filed with the SKGZ',
      'skgz-committee-decision': "Record the SKGZ's decision",
      'skgz-committee-filing-corrected': 'Correct the filing with the SKGZ',
      'skgz-committee-decision-corrected': "Correct the SKGZ's decision",
      /** dropcorr: a provider's drop she recorded by mistake, undone; or its day corrected. */
      'drop-undone': 'Drop recorded by mistake: undo',
      'drop-day-corrected': 'Correct the day of the drop',
      /** agencyundo2: the agency's own stop she recorded by mistake, undone. */
      'agency-stop-undone': "Collection agency's word recorded by mistake: undo",
      'collection-stopped': 'Record the answer to our request to suspend the collection',
      'balance-released': 'Bank says: balance paid to the estate account',
      withdraw: 'Withdraw the request',
      'take-back-confirmation': 'Take back: recorded by mistake',
      'rejection-withdrawn': 'Provider took back its rejection',
    },
    providerReference: "Provider's reference (optional)",
    /** How the owner received the provider's answer she records (README, receivedvia): the desk thread and later letters say it. */
    receivedVia: 'How did you receive this answer?',
    receivedViaIfWithdrawn: 'Did the provider drop the bill? How did you receive this answer?',
    chooseReceivedVia: 'Choose how the answer came in',
    receivedVias: { phone: 'by phone', post: 'by post', email: 'by email' },
    collectionAnsweredBy: 'Who answered?',
    chooseCollectionAnsweredBy: 'Choose who answered',
    collectionHalt: 'What did they do with the collection?',
    chooseCollectionHalt: 'Choose what happened',
    collectionHalts: { stopped: 'Stopped', suspended: 'Suspended while the objection runs' },
    providerReferenceRequired: "Provider's reference",
    effectiveDate: 'End date or transfer date',
    /** deskanswer2: a bank's or insurer's answer recorded by the owner: what was done, as the desk asks it. */
    answerDone: 'What did the organisation do?',
    chooseDone: 'Choose what the organisation did',
    doneChoices: DONE_CHOICES_EN,
    answerDate: { bank: 'Date: balance as of (usually the date of death)', health: 'Settled as of', pension: 'Pension payments stopped as of', other: 'Date of the answer' },
    balance: 'Balance on that date in euros (optional; overdrawn with a minus sign)',
    balanceReleased: 'The balance was paid to the estate account',
    releasedOn: 'Date of the transfer',
    releasedAmount: 'Amount transferred in euro (optional)',
    releasedNote: "The bank's note (optional)",
    rejectionWithdrawnNote: 'What did the provider say? (optional)',
    payoutAmount: 'Amount paid out in euros (optional)',
    payoutTo: 'To whom (optional)',
    coverUntil: 'The cover continues for the estate up to and including (optional)',
    finalInvoice: 'Final invoice in euros (optional; a refund with a minus sign)',
    recoveryAmount: 'Recovery of pension paid in excess in euros (optional)',
    survivorPension: 'Does a survivor’s pension (nabestaandenpensioen) follow?',
    survivorNotStated: 'Not stated',
    survivorChoices: { follows: 'Yes, a survivor’s pension follows', none: 'No, no survivor’s pension follows' } as Record<SurvivorPension, string>,
    survivorWritesTo: 'To whom does the fund write about it (optional)',
    providerNeeds: 'What the provider needs',
    reasonGiven: 'Reason given',
    supplied: 'What was supplied (goes into the letter)',
    rejectionAnswer: 'Answer to the rejection (goes into the letter)',
    amendDocuments: 'Documents to send with the request, such as a new or corrected one the rejection was about',
    amendNote: 'What was corrected (for the case file only)',
    complaintGrounds: 'Why the rejection is wrong (goes into the complaint letter)',
    /** v14: why the owner takes back a confirmation she recorded (her own record only). */
    takeBackReason: 'What went wrong (for the case file only)',
    takeBackHint: 'The contract goes back to where it stood before this confirmation, with the term it had then. The provider gets no letter; the family reads that the confirmation was taken back.',
    /** remindwithdraw: a block the bank's reminder of the release named: the take-back withdraws that reminder by letter. */
    takeBackReminderHint: (provider: string, date: string, waits: boolean) =>
      `The contract goes back to where it stood before this block, with the term it had then. ${
        waits
          ? `The reminder of ${date} to ${provider} that names this block has not been sent yet; it does not go.`
          : `${provider} was sent a reminder on ${date} that names this block; ${provider} gets a letter withdrawing that reminder.`
      } The family reads that the block was taken back.`,
    /** v14: why the contract page offers no take-back of the confirmation (the API would answer 409). */
    takeBackRefused: {
      providersWord: (provider: string) => `It cannot be taken back: ${provider} gave this confirmation itself at its desk. If it is wrong, correct it.`,
      told: (letters: string) => `It can no longer be taken back: since this confirmation, this went out: ${letters}. If it is wrong, correct it.`,
      /** audit90 G7b: a letter that went out since, told apart from its twins of a day by the bill it disputes, else its recipient. */
      letter: (kind: string, bill: string | null, recipient: string | null, date: string) => `${kind}${bill ? ` about invoice ${bill}` : recipient ? ` to ${recipient}` : ''} (${date})`,
      kindsToRecipient: { collection_ended: 'collection-ended notice', collection_end_undone: 'correction: collection not ended' } as Record<string, string>,
      none: 'It cannot be taken back: there is no recorded confirmation.',
    },
    complaintHint: 'The provider gets a complaint letter with its rejection and your grounds, and four weeks for a reasoned answer.',
    /** audit102 F4: the letter goes in the provider's language, which is not hers; what she types is quoted in it, not translated. */
    ownWordsInLetter: (provider: string, language: string) => `The letter to ${provider} is in ${language}: your words go into it as you type them, untranslated.`,
    resolved: 'How it was resolved',
    whichBill: 'Which invoice',
    chooseBill: 'Choose the invoice',
    allBills: 'All disputed invoices',
    /** What happens with the bills settled: the family is told whether to pay them. */
    outcome: 'What happens with the bill',
    chooseOutcome: 'Choose what happens with the bill',
    outcomes: { payFromEstate: 'Paid from the estate (the provider holds to it)', alreadyPaid: 'Already paid', providerWithdrew: 'The provider dropped the bill after all' },
    credited: 'Amount credited in euros',
    creditNote: 'Its number or a note (optional)',
    withdrawnHow: 'How the provider said so (optional)',
    collectionToldOn: 'Date of the answer, when before today (optional; the letter to the collection agency names that day)',
    collectionNote: 'Note on the answer (optional)',
    withdrawnToldOn: 'Date the provider said so, when before today (optional; your history, the family and the letter to the collection agency name that day)',
    claimDropped: (provider: string) => `${provider} dropped the whole claim: every open invoice of this contract, the final bill included, is withdrawn`,
    invoiceDate: 'Date on the bill',
    periodFrom: 'First day billed',
    periodTo: 'Last day billed',
    amount: 'Amount in euros',
    invoiceNumber: 'Invoice number',
    dueOnBill: 'Due by (when the bill says)',
    answersReport: "Does this bill answer a report from the family?",
    reportAnswered: (who, date, bill) => `Yes, ${who}'s report of ${date}${bill ? ` (${bill})` : ''}`,
    noReportAnswered: 'No, it is another bill',
    chooseReportAnswered: 'Choose whether this bill answers a report',
    premiumOwedHint: 'The insurance continues for the estate: its premium is a debt of the estate. No letter goes out; the bill joins what is to be paid from the estate.',
    committeeFiledHint: 'Record the day you filed the dispute. While the committee has it, Steward no longer asks you to decide on this bill; after twelve weeks Steward reminds you to check how it stands.',
    committeeFiledOn: 'Day filed',
    /** comcorr: the correction of the filing; both particulars as they should have been. */
    committeeFilingCorrectedHint: 'Fill in the day filed and the case number as they should have been; leave the case number empty if there is none. Your history keeps what you recorded before. If the day changes, the twelve-week reminder counts from the new day.',
    /** decisionfix: the correction of the decision, naming its bill as its provider bills it ("invoice F-9", "the charge with reference AB-1", "bill P-1"). */
    committeeDecisionCorrectedHint: (bill: string) => `Fill in the decision about ${bill} as it should have been. Your history keeps what you recorded before.`,
    /** dropcorr: the drop the forms are about, as she recorded it. */
    dropUndoneHint: (provider: string, bills: string[], day: string) =>
      `You recorded that ${provider} withdrew ${billsNamed(bills, 'en', { one: 'bill', several: 'bills', unknown: 'the bill' }).words} (said on ${day}). If that was a mistake, the bill is open again as before: on the same term, and Today, the family and ${provider} read so.`,
    dropDayHint: (provider: string, bills: string[], day: string) =>
      `You recorded that ${provider} withdrew ${billsNamed(bills, 'en', { one: 'bill', several: 'bills', unknown: 'the bill' }).words} on ${day}. If that day is wrong, enter the day ${provider} told you; the history keeps both days.`,
    dropToldOn: 'Day the provider told you',
    /** ownerdrop: the drop the provider recorded at its own desk, undone on its word that it was a mistake. */
    deskDropUndoneHint: (provider: string, bills: string[], day: string) =>
      `${provider} recorded itself on ${day} that it withdrew ${billsNamed(bills, 'en', { one: 'bill', several: 'bills', unknown: 'the bill' }).words}. If ${provider} told you that was a mistake, record how and on which day; the bill is then open again as before, and Today, the family and ${provider} read that it was ${provider}'s word.`,
    deskDropUndoneToldOn: 'Day the provider told you it was a mistake',
    /** agencyundo2: the agency's own word that it stopped, recorded by mistake (its letter misread, or it wrote again). */
    agencyStopUndoneHint: (agency: string, day: string) =>
      `On ${day} you recorded that ${agency} said itself the collection has stopped. If that was a mistake, record how and on which day you learned it; we then wait again for the collection to stop, on the term it had before, and the family and the provider read so.`,
    agencyStopUndoneToldOn: 'Day you learned the collection has not stopped',
    /** olddebts: while our stop is awaited after that undo, her status and Today's row open with what it means (`agencyStopUndoneStanding`). */
    agencyStopUndoneStands: (agency: string, day: string) =>
      `On ${day} you heard that ${agency} has not stopped the collection (its word was recorded by mistake): the collection is running again, and our request to suspend it stands.`,
    committeeCaseNumber: "The committee's case number (if you have one)",
    committeeDecision: 'Decision',
    chooseCommitteeDecision: 'Choose what the committee decided',
    committeeDecisions: { billDropped: 'The bill need not be paid', billLowered: 'The bill was lowered (fill in the amount)', billUpheld: 'The bill is to be paid from the estate', settled: 'The parties settled (fill in what is paid, if anything)' },
    committeeDecidedOn: 'Day of the decision or settlement',
    committeeAmount: 'Amount the estate pays, in euros (when lowered or settled)',
    noticeCorrectedHint: "Fill in the details as they stand on the debt collector's letter. If the name, email, address, reference or file number changes, our request to suspend the collection goes to the agency again; the first letter then went to the wrong address or under the wrong details.",
    billCorrectedHint: 'Fill in the figures as they stand on the invoice. If the letter with the objection went out, the provider gets a correction.',
    /** bankpages: a bank's costs, in place of the invoice's words on the forms of a bank's contract (owner.nl.ts). */
    charge: {
      whichBill: 'Which charge', chooseBill: 'Choose the charge', allBills: 'All disputed charges', credited: 'Amount booked back in euros',
      invoiceDate: 'Date of the charge', periodFrom: 'First day the charge covers', periodTo: 'Last day the charge covers',
      invoiceNumber: 'Reference of the charge', dueOnBill: 'Due by (when the bank says)',
      billCorrectedHint: 'Fill in the figures as the bank gives them. If the letter with the objection went out, the bank gets a correction.',
      outcome: 'What happens with the charge',
      chooseOutcome: 'Choose what happens with the charge',
      outcomes: { payFromEstate: 'Paid from the estate (the bank holds to it)', alreadyPaid: 'Already paid', providerWithdrew: 'The bank dropped the charge after all' },
      receivedViaIfWithdrawn: 'Did the bank drop the charge? How did you receive this answer?',
      withdrawnHow: 'How the bank said so (optional)',
      withdrawnToldOn: 'Date the bank said so, when before today (optional; your history, the family and the letter to the collection agency name that day)',
      billsOwedText: "The estate owes the bank these amounts. Add the day paid once they are paid; the family's point of contact can do so in the portal too.",
      dropUndoneHint: (provider: string, bills: string[], day: string) =>
        `You recorded that ${provider} dropped ${theCharges(bills, 'en')} (said on ${day}). If that was a mistake, the charges are disputed again as before: on the same term, and Today, the family and ${provider} read so.`,
      dropDayHint: (provider: string, bills: string[], day: string) =>
        `You recorded that ${provider} dropped ${theCharges(bills, 'en')} on ${day}. If that day is wrong, enter the day ${provider} told you; the history keeps both days.`,
      dropToldOn: 'Day the bank told you',
      deskDropUndoneHint: (provider: string, bills: string[], day: string) =>
        `${provider} recorded itself on ${day} that it dropped ${theCharges(bills, 'en')}. If ${provider} told you that was a mistake, record how and on which day; the charges are then disputed again as before, and Today, the family and ${provider} read that it was ${provider}'s word.`,
      deskDropUndoneToldOn: 'Day the bank told you it was a mistake',
      // kifidowner: a bank's charges go to Kifid, which names no term (we cite none for it).
      committeeFiledHint: 'Record the day you filed the dispute. While Kifid has it, Steward no longer asks you to decide on this charge; after twelve weeks Steward reminds you to check how it stands.',
      committeeCaseNumber: "Kifid's case number (if you have one)",
      chooseCommitteeDecision: 'Choose what Kifid decided',
      committeeDecisions: { billDropped: 'The charge need not be paid', billLowered: 'The charge was lowered (fill in the amount)', billUpheld: 'The charge is to be paid from the estate', settled: 'The parties settled (fill in what is paid, if anything)' },
    },
    /** kifidwords: a life or property insurer's committee forms (`heardByKifid`): its bill goes to Kifid, which names no term (we cite none for it). */
    kifid: {
      committeeFiledHint: 'Record the day you filed the dispute. While Kifid has it, Steward no longer asks you to decide on this bill; after twelve weeks Steward reminds you to check how it stands.',
      committeeCaseNumber: "Kifid's case number (if you have one)",
      chooseCommitteeDecision: 'Choose what Kifid decided',
      committeeDecisions: { billDropped: 'The bill need not be paid', billLowered: 'The bill was lowered (fill in the amount)', billUpheld: 'The bill is to be paid from the estate', settled: 'The parties settled (fill in what is paid, if anything)' },
    },
    /** factuurwords: a health insurer's committee forms (`insurersBody`): its bill goes to the SKGZ; Steward's own reminder, no term of the SKGZ's. */
    skgz: {
      committeeFiledHint: 'Record the day you filed the dispute. While the SKGZ has it, Steward no longer asks you to decide on this bill; after twelve weeks Steward reminds you to check how it stands.',
      committeeCaseNumber: "The SKGZ's file number (if you have one)",
      chooseCommitteeDecision: 'Choose what the SKGZ decided',
      committeeDecisions: { billDropped: 'The bill need not be paid', billLowered: 'The bill was lowered (fill in the amount)', billUpheld: 'The bill is to be paid from the estate', settled: 'The parties settled (fill in what is paid, if anything)' },
    },
    agency: 'Collection agency',
    agencyEmail: "Agency's email (our letter goes there too)",
    agencyAddress: "Agency's postal address (without an email, our letter is posted there)",
    street: 'Street and number, or PO box',
    postalCode: 'Postal code',
    city: 'City',
    theirReference: 'Their reference',
    theirDossierNumber: 'Their file number (if their letter gives one besides the reference; our letter to the agency names it)',
    agencyLanguage: 'Language of their letter (our letters to the agency go in it)',
    /** The languages our letters go in: the agency's letter's choice and the provider's letter in `ownWordsInLetter`. */
    letterLanguages: { nl: 'Dutch', en: 'English' },
    claimed: 'Amount claimed in euros',
    reason: 'Reason',
    brpNote: 'What you verified (on the history)',
    laterEndDateNote: 'What you did or decided (optional)',
    call: {
      title: 'Record a call',
      calledOn: 'Date of the call',
      party: 'With',
      agency: (agency: string) => `${agency} (collection agency of the latest collection letter)`,
      person: 'Whom you spoke to (optional)',
      outcome: 'Outcome (one line)',
      share: 'The family may read the outcome',
      record: 'Record the call',
      recorded: 'Recorded calls',
      shared: 'shared with the family',
      notShared: 'not shared with the family',
      withdrawn: 'withdrawn',
      correct: 'Correct',
      save: 'Save the correction',
      withdraw: 'Withdraw (recorded in error)',
    },
    brpHint: 'e.g. "policy ended per 30 June, premium refunded" or "not known there"',
    brpInformed: 'Checked: informed, close',
    brpNotInformed: 'Not informed: send a letter instead',
    notDone: 'This was not done:',
    next: (step) => `Next: ${step}`,
    /** claimundo: a claim the provider dropped whole, undone on its word that it was a mistake (`RecordedDropOnPage.undo.claim`). */
    claimDropUndoneHint: (provider: string, _bills: string[], day: string) =>
      `${provider} dropped the whole claim on ${day} and the collection stopped. If ${provider} told you that was a mistake, record how and on which day; our request to suspend the collection then stands again as before, and the family and ${provider} read that it was ${provider}'s word.`,
    lateBillAfterReopen: "Did a bill or a debt collector's letter about this contract come after closing? Reopen the file first on the estate's page; then record it here.",
    facts: 'State',
    dueOn: (date) => `due ${date}`,
    account: (number, kind) => `${kind === 'policy' ? 'policy number' : kind === 'pension' ? 'pension number' : 'account number'} ${number}`,
    providerRef: (reference) => `provider reference ${reference}`,
    summary: {
      asked: 'Asked',
      askedCancel: (date, died) => (date ? `cancellation as of ${date}` : `cancellation as of ${died} (the date of death), or otherwise as soon as possible`),
      askedBank: (died) => `the account blocked and its balance as of ${died} (the date of death)`,
      askedInsurance: {
        life: 'handling of the payout',
        property: 'the insurance kept in force for the estate',
        health: 'settlement as of the date of death',
        unknown: 'the death reported, asking how the insurance continues or ends',
        pension: 'the pension payments stopped as of the date of death',
      },
      askedTransfer: (holder, date) => `transfer${holder ? ` to ${holder}` : ''}${date ? ` as of ${date}` : ''}`,
      sentOn: (date) => `request sent on ${date}`,
      postedOn: (date) => `request posted on ${date}`,
      waitsForPost: (date, where) => `letter of ${date}, ${where}`,
      notSent: 'request not sent yet',
      confirmedBy: (provider) => `Confirmed by ${provider}`,
      answeredBy: (provider) => `Answer from ${provider}`,
      release: { released: 'balance paid to the estate account', awaited: 'balance not released yet', nothing: 'nothing to release' },
      notConfirmed: 'not confirmed yet',
      endDate: (date) => `end date ${date}`,
      transferDate: (date) => `transferred as of ${date}`,
      handledAsOf: (date) => `handled as of ${date}`,
      answered: {
        accountBlocked: (date) => `account blocked, balance as of ${date}`,
        payoutHandled: (date) => `payout taken up on ${date}`,
        claimFormsSent: (date) => `claim forms sent on ${date}`,
        coverContinues: (date) => `cover continues for the estate (answer of ${date})`,
        coverSettled: (date) => `settled as of ${date}`,
        pensionStopped: (date) => `pension payments stopped as of ${date}`,
      },
      reference: (reference) => `reference ${reference}`,
      finalBill: (amount) => `final bill: ${amount}`,
      recovery: (amount) => `recovery of pension paid in excess: ${amount}`,
      finalBillDropped: (amount, provider) => `final bill: ${amount} — void: ${provider} dropped the claim`,
      open: 'Still open',
      disputed: (reference, amount) => `invoice ${reference}: ${amount} disputed`,
      heldBy: (provider) => `${provider} holds to the bill`,
      toPay: (bill) => `${bill}: still to pay`,
      partlyPaid: (bill, rest) => `${bill}: ${rest}`,
      nothingOpen: 'no disputed or unpaid bills',
      paidThenDropped: (d) => `final bill ${d.reference}: ${paidOnDropEn(d)}; you may ask ${d.provider} to pay the ${d.paid} back (whether ${d.provider} does is not recorded)`,
      askedBackAfterDrop: (d, askedOn, payBy) =>
        `final bill ${d.reference}: ${paidOnDropEn(d)}; asked by letter on ${askedOn} to pay the ${d.paid} back by ${payBy} (Steward's term: 14 days, not a legal term)`,
      askBack: 'Ask for repayment',
      refundToCome: (left, of) => of ? `refund: ${left} of ${of} still to be received in the estate account` : `refund of ${left}: still to be received in the estate account`,
      charge: {
        disputed: (reference, amount) => `${chargeEn(reference)}: ${amount} disputed`,
        heldBy: (provider) => `${provider} holds to the charge`,
        nothingOpen: 'no disputed charge and nothing to pay',
      },
      nota: {
        disputed: (reference, amount) => `bill ${reference}: ${amount} disputed`,
        heldBy: (provider) => `${provider} holds to the bill`,
      },
      fund: {
        disputed: (reference, amount) => `recovery ${reference}: ${amount} disputed`,
        heldBy: (provider) => `${provider} holds to the recovery`,
      },
      balanceAtDeath: (died: string, provider: string, given: string) => `balance on the date of death (${died}): not given yet; ${provider} gave the balance on ${given}`,
      collection: (agency, reference, amount) => `${claimEn(agency, reference, amount)}; collection stop asked`,
      agencyWrites: (language) => `the agency wrote in ${language}; our letters to it go in ${language}`,
      collectionSuspended: (agency, reference, amount) => `${claimEn(agency, reference, amount)}; suspended while the objection runs, can start again`,
    },
    previewLetter: 'Preview the request letter',
    sendRequest: 'Send request',
    undelivered: 'Could not be delivered (retries stopped):',
    record: 'Record what happened',
    enclosures: 'Enclosures the provider can open',
    none: 'None.',
    letters: 'Letters',
    /** audit95 F4: a row of "Letters" names its addressee, as the family's list does: two letters of a day told apart without opening them. */
    letterTo: (kind: string, recipient: string) => `${kind} to ${recipient}`,
    produceAgain: 'Produce the letter again',
    unhandled: (state: string) => `Nothing is being handled for this contract: it is listed as ‘${stateLabelEn('contract', state)}’.`,
    unhandledNext: 'Nothing can be done with it now; tell an administrator.',
    handoverAppointment: (provider: string, appointment: string) => `Handover of the home to ${provider}: ${appointment} Go yourself or ask someone to go.`,
    handoverBring: 'Bring',
    brpCheckOpen: (provider: string) => `Probably informed through the BRP: check with ${provider}.`,
    brpCheckOpenNext: (provider: string, category: string) =>
      `Check with ${provider} whether ${category === 'insurance' ? 'the policy' : category === 'pension' ? 'the benefit' : category === 'government' ? 'the payment' : 'the contract'} has stopped; then close it or send a letter after all.`,
    leaseContinued: (provider: string) => `Note: the letter to ${provider} said nobody continues the lease, but it is now recorded that someone lived with the deceased who may continue it.`,
    leaseContinuedConfirmed: (provider: string) => `Note: ${provider} confirmed the end of the lease after the letter that said nobody continues it, but it is now recorded that someone lived with the deceased who may continue it. That may change the end confirmed.`,
    leaseContinuedConfirmedNext: (provider: string) => `A co-tenant continues the lease, and so, for six months after the death, does someone whose main residence it was and who had a lasting joint household with the deceased (article 7:268(1) and (2) of the Dutch Civil Code); the request can no longer be withdrawn. Discuss with ${provider} and with whoever lived there whether the lease ends, and record the conversation. If this is wrong, correct who lived with the deceased.`,
    /** leaseclear: a confirmed lease flagged (`leaseContinuedConfirmed`) after the owner recorded a call with the landlord since who lived there changed: the call follows. */
    leaseContinuedTalked: 'After the letter that said nobody continues the lease, someone who lived with the deceased and may continue it was recorded.',
    /** leaseclear: the same for a joint household once the six months after the death passed (art. 7:268 lid 2 BW). */
    leaseContinuedLapsed: (provider: string) => `After the letter that said nobody continues the lease, a member of a lasting joint household was recorded as living with the deceased. The six months after the death have passed: beyond them they continue the lease with ${provider} only if a court so decides on a claim filed within those six months (article 7:268(2) of the Dutch Civil Code).`,
    leaseContinuedNext: (provider: string) => `Let ${provider} know: withdraw the request (${provider} then receives a letter that the request is withdrawn). Whoever continues the lease gives notice themselves if they wish. If this is wrong, correct who lived with the deceased.`,
    leaseEndEntered: (entered: string, endsOn: string) => `You entered ${entered}; the lease ends by law on ${endsOn} (art. 7:268 lid 6 BW).`,
    answersAwaitRequest: (provider: string) => `${provider} can answer the request only once its letter is sent; you record ${provider}'s answer here once it is.`,
    answeredAnyway: (provider: string) => `Did ${provider} answer all the same, by phone for instance? Record the answer here.`,
    letterHeldBack: (provider: string) => `Letter to ${provider} held back by the letter check; not sent yet.`,
    letterHeldBackNext: 'Fix what the letter check reports (see Letters) and produce the letter again.',
    heldBackBecause: (reasons: string) => `Why: ${reasons}.`,
    letterAwaitingPost: (provider: string) => `Letter to ${provider} ready for the post; not sent yet.`,
    letterUndelivered: (provider: string) => `Letter to ${provider} by email not delivered yet; the provider's term does not run yet.`,
    letterUndeliveredNext: "See on Today why the email did not arrive and choose Try again; if the letter's date has passed by then, the letter is made anew, dated that day.",
    letterRetryingNext: "Steward tries to send the email again by itself. If that fails, it shows on Today under Try again; if the letter's date has passed by then, the letter is made anew, dated that day.",
    letterBeingSent: (provider: string) => `Letter to ${provider} is being sent by email; the provider's term runs from its delivery.`,
    letterBeingSentNext: 'Nothing to do. If the email is not delivered after a quarter of an hour, it shows here.',
    letterBeingMade: (provider: string) => `Letter to ${provider} is being made and checked by the letter check; not sent yet.`,
    letterBeingMadeNext: 'Nothing to do now. If the letter check holds the letter back, it says why here.',
    letterAwaitingPostNext: "Post the print batch and mark it posted (Letters by post); the provider's term runs from the day it is posted.",
    /** estatebutton: the letter waiting for the post is in a colleague's downloaded batch (`inColleaguesBatch`): only she knows whether it went. */
    letterNotMarkedPosted: (provider: string) => `The letter to ${provider} is not marked posted yet.`,
    letterInColleaguesBatchNext: (holder: string) => `Once it was posted, mark it posted on the estate (“Posted by ${holder}: mark as posted”); the provider's term runs from that day.`,
    notAgain: {
      'sent-again': 'Already produced again and sent.',
      overtaken: 'Overtaken by a later correction of the same detail; this letter is no longer sent.',
      'request-remade': 'The request this letter corrects did not arrive and was made again with the corrected details; this letter is no longer sent.',
      superseded: 'Superseded by a later letter of the same kind (for a dispute: about the same bill); this letter is no longer sent.',
      'bill-not-disputed': 'This bill is no longer disputed (corrected to the days up to the end date, answered or settled); this letter is no longer sent.',
      'not-reproducible': 'Too old to produce again; start the step again from the contract.',
    },
    noLetters: 'No letters yet.',
    history: 'History',
    /** pagehist: the contract's history pages, its newest events first; the links to the page before and after. */
    historyPages: { older: 'Older events', newer: 'Newer events', nav: 'Pages of the history' },
    previewTitle: 'Letter preview',
    backToContract: 'Back to the contract',
    wouldBlock: 'This letter would be blocked',
    needed: 'Needed for the request',
    neededText: (provider: string) => `${provider} wants these documents with the request. Once they are here, the request can go.`,
    uploadHintDraft: 'The document is added to the estate and goes with the request.',
    /** A confirmed end date that is not what the request asked (`endDateNotice`): added to the status and the next step, and the owner's notification. */
    endDate: {
      confirmed: (provider: string, date: string, action: 'cancel' | 'transfer') => `${provider} confirmed ${date} as the ${action === 'cancel' ? 'end' : 'transfer'} date.`,
      laterThanAsked: (asked: string, confirmed: string | null, action: 'cancel' | 'transfer', correctedOn?: string) =>
        `${confirmed ? `The confirmed ${action === 'cancel' ? 'end date' : 'transfer date'} (${confirmed})` : 'That'} is later than ${correctedOn ? `the requested end date our correction of ${correctedOn} gave` : 'the date in our request'} (${asked}).`,
      laterThanByLaw: (date: string, confirmed: string | null, action: 'cancel' | 'transfer') => `${confirmed ? `The confirmed ${action === 'cancel' ? 'end date' : 'transfer date'} (${confirmed})` : 'That'} is later than the end by law for the recorded date of death (${date}).`,
      laterThanNotice: (date: string, confirmed: string | null, action: 'cancel' | 'transfer', start: { from: string; fromDeath: boolean; provider: string }) =>
        `${confirmed ? `The confirmed ${action === 'cancel' ? 'end date' : 'transfer date'} (${confirmed})` : 'That'} is later than a month after ${start.fromDeath ? `the death on ${start.from}` : `${start.from}, the day ${start.provider} had your request`} (a notice of one month would normally run out on ${date}). It may be a contract for a fixed term.`,
      laterThanNoticeNext: (provider: string) => `Ask ${provider} why the end date is so late: is a fixed term still running? The days until then may cost the estate money.`,
      laterThanAskedNext: (provider: string) => `Call ${provider} or object to the later date: the days in between may cost the estate money.`,
      beforeDeath: (dateOfDeath: string) => `That is before the corrected date of death (${dateOfDeath}).`,
      beforeDeathNext: (provider: string) => `Call ${provider}: the correction letter gives the right date of death; ask it to adjust the confirmed date to it.`,
      handled: (provider: string, asked: string, note: string | null) => `Later end date from ${provider} (${asked} was asked) handled${note ? `: ${note}` : ''}.`,
      handledByLaw: (provider: string, date: string, note: string | null) => `Later end date from ${provider} (end by law ${date}) handled${note ? `: ${note}` : ''}.`,
      handledNotice: (provider: string, date: string, note: string | null) => `Later end date from ${provider} (a notice would normally have run out on ${date}) handled${note ? `: ${note}` : ''}.`,
      laterThanAskedHandled: (note: string | null) => `Later end date handled${note ? `: ${note}` : ''}${note && /[.!?]$/.test(note) ? '' : '.'}`,
    },
    correctionAnswer: {
      awaited: (provider: string, on: string, until: string, confirmed: string, silenceKeeps: boolean) =>
        silenceKeeps
          ? `After the correction of the request (letter of ${on}) we await ${provider}'s answer: does ${confirmed} stay, or does the date change? The letter says ${confirmed} stays if ${provider} does not answer; we wait until ${until} inclusive.`
          : `After the correction of the date of death (letter of ${on}) we await ${provider}: the letter asked it to settle anew as of the right date; we wait until ${until} inclusive.`,
      silent: (provider: string, on: string, until: string, confirmed: string, silenceKeeps: boolean) =>
        silenceKeeps
          ? `${provider} did not respond to the correction of the request (letter of ${on}; no answer by ${until}): the date confirmed before, ${confirmed}, stands, as the letter said.`
          : `${provider} did not respond to the correction of the date of death (letter of ${on}; no answer by ${until}).`,
      silentNext: (provider: string) => `Call ${provider}: without an answer it stays settled as of the old date of death.`,
      kept: (provider: string, on: string, answeredOn: string, date: string) => `${provider} answered the correction of the request (letter of ${on}) on ${answeredOn}: the date ${date} stays.`,
      newDate: (provider: string, on: string, answeredOn: string, date: string) => `${provider} answered the correction of the request (letter of ${on}) on ${answeredOn} with a new date: ${date}.`,
    },
    /**
     * A term that passed while the contract stayed where it is (`MissedTerm`): the provider's (a new term a letter gave
     * it is in the state's status), or the owner's own beside the new one; renewed and missed again, how often since the first.
     */
    missedTerm: {
      provider: (provider: string, missed: string, question: MissedQuestion | null) => `${provider}'s term until ${missed} passed without ${question?.kind === 'release' ? 'the balance being released' : `an answer${answerToEn(question)}`}.`,
      owner: (missed: string, due: string | null, count: number) =>
        `${count > 1 ? `Your term has passed ${count} times since ${missed}` : `Your term until ${missed} has passed`}${due ? `; new term until ${due}` : ''}.`,
      calledNext: (provider: string, alertOn: string | null) =>
        alertOn
          ? `Await ${provider}'s answer. If none comes by ${alertOn}, it is back on Today to call ${provider} again.`
          : `Await ${provider}'s answer. No term runs any more: if the answer does not come, call ${provider} again.`,
    },
  },

  correction: {
    correctTitle: (name) => `Correct ${name}`,
    heading: 'Correct what was recorded',
    explain: 'Each change is on the timeline (who, when, from what to what). Letters written from now on use the corrected data; a blocked letter can then be produced again.',
    deceased: 'The deceased, exactly as on the death certificate',
    givenNames: 'Given names',
    surnamePrefix: 'Surname prefix (optional)',
    surname: 'Surname',
    gender: 'Gender (for the form of address in letters)',
    genders: { male: 'male', female: 'female', unknown: 'unknown (no form of address is guessed)' },
    dateOfBirth: 'Date of birth',
    dateOfDeath: 'Date of death',
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country (two letters)',
    livedWith: 'In a rented home, who lived with the deceased?',
    confirmLivedWith: 'Yes, that is right: nobody continues the lease',
    livedWithChoices: {
      '': 'not recorded',
      nobody: 'nobody: the deceased lived alone, nobody continues the lease',
      coTenant: 'a co-tenant (for example the spouse or registered partner): they continue the lease',
      household: 'someone who shared a lasting joint household (for example an adult child or a friend): they continue the lease',
      lodger: 'only a lodger without a joint household: nobody continues the lease',
      someone: 'someone, not recorded who',
    },
    account: 'Estate account (where refunds go)',
    iban: 'IBAN',
    ibanHint: 'Checked on its check digits.',
    holder: 'Account holder',
    save: 'Save the corrections',
    memberHeading: (name) => `Correct the particulars of ${name}`,
    memberExplain: (name) => `Each change is on the timeline; ${name} sees in the portal that their details were corrected, other relatives do not.`,
    name: 'Name',
    relation: 'Relation to the deceased',
    email: 'Email',
    phone: 'Phone',
    memberIban: 'IBAN (for a contract taken over)',
    address: 'Address',
    contractHeading: 'Correct the contract',
    requestOut: (provider) => `The request to ${provider} has already been written: a corrected description, account number or end date is sent to ${provider} in a correction letter. Another provider or new holder is a new request: withdraw this contract and add a new one.`,
    complaintWithdrawnByNumber: (provider, on, waiting) =>
      `The complaint${on ? ` of ${longDate(on, 'en')}` : ''} about the rejection is withdrawn if you correct the account number: ${provider} rejected the request over the customer number. ${
        waiting
          ? `${waiting === 'post' ? 'The complaint letter is still waiting for the post' : 'The complaint letter has not been sent by email yet'} and then does not go out; ${provider} gets a correction with the right number and handles the request again.`
          : `${provider} gets a correction with the right number, reads in it that the complaint is withdrawn, and handles the request again.`
      } If you correct anything else, the complaint stays.`,
    requestGoesAgain: (provider) => `The request goes to ${provider} again: a corrected description, account number or end date is in that new request, without a correction letter of its own. Another provider or new holder is a new request: withdraw this contract and add a new one.`,
    requestWaiting: (kinds, provider, letters, by) =>
      `${
        letters > 1
          ? `The letters to ${provider} (${kinds}) ${by === 'email' ? 'have not been sent by email yet' : 'are still waiting for the post and have not been printed'}: with a corrected description, account number or end date those letters are made again and the earlier versions do not go out`
          : `The letter to ${provider} (${kinds}) ${by === 'email' ? 'has not been sent by email yet' : 'is still waiting for the post and has not been printed'}: with a corrected description, account number or end date that letter is made again and the earlier version does not go out`
      }; no separate correction letter is sent. Another provider or new holder is a new request: withdraw this contract and add a new one.`,
    alsoRemade: (kinds, provider, letters, by) =>
      letters > 1
        ? `${by === 'email' ? 'Not sent by email yet' : 'Still waiting for the post, not printed'}: the letters to ${provider} (${kinds}); they are made again with the corrected details and the earlier versions do not go out.`
        : `${by === 'email' ? 'Not sent by email yet' : 'Still waiting for the post, not printed'}: the letter to ${provider} (${kinds}); it is made again with the corrected details and the earlier version does not go out.`,
    correctionGivesWay: (provider, count) =>
      `${count > 1 ? `The ${count} correction letters` : 'The correction letter'} to ${provider} still waiting for the post ${count > 1 ? 'do' : 'does'} not go out: the new correction letter also says what ${count > 1 ? 'they' : 'it'} said.`,
    noLetterYet: 'No letter went out yet: a correction changes the record only.',
    /** Instead of the correction form on a finished contract, which refuses a correction (409 `contract-finished`); `state` as the contract's badge says it. */
    recordedNow: 'Recorded now:',
    notRecorded: '(not filled in)',
    nothingToCorrect: (state: string) => `There is nothing left to correct: the contract is ‘${state}’. If something is still open, add a new contract.`,
    provider: 'Provider',
    description: 'What the contract is',
    accountNumber: 'Customer, policy or account number',
    requestedEnd: 'Requested end date (empty = as recorded)',
    requestedTransfer: 'Requested transfer date (empty = as recorded)',
    newHolder: 'New holder',
    insuranceKind: 'Kind of insurance (decides what we ask the insurer)',
    insuranceKindNotRecorded: 'Not recorded: the letter asks the insurer what it needs',
  },

  statement: {
    notRead: 'The bank statement was not read; nothing was kept:',
    noDrafts: 'No draft contracts were made:',
    heading: 'Bank statements',
    formats: 'camt.053 (XML), or the CSV/TXT export of ING, Rabobank or ABN AMRO; at most 50 MB. Only recurring payments are kept.',
    keep: 'keep the file as a document (only you can open it; never the family or a provider)',
    file: 'Bank statement',
    read: 'Read the statement',
    imported: (date, family, file, from, to, count) => `Read ${date}${family ? ' (sent by the family)' : ''}: ${file}, ${from} – ${to}, ${count} transactions`,
    seen: 'Mark as seen',
    discarded: 'All other transactions were discarded after the import: Steward keeps only the recurring payments below and their evidence lines.',
    caption: 'Recurring payments found on the statements, those still running after the death first. Select the ones to cancel and make draft contracts of them in one go.',
    choose: 'Select',
    counterparty: 'Provider or creditor',
    interval: 'Interval',
    typical: 'Typical amount',
    period: 'First – last',
    evidence: 'Evidence',
    state: 'Status',
    chooseOne: (name) => `Select ${name}`,
    lines: (count) => `${count} lines`,
    reversed: 'reversed ',
    mandate: (id) => `mandate ${id}`,
    via: (umbrella) => `via ${umbrella}`,
    ranOn: 'ran on after the death',
    known: 'already known',
    probable: 'probable contract',
    makeDraft: 'Make a draft contract',
    accountNumber: (name) => `Account number at ${name}`,
    accountNumberHint: 'No mandate on the statement: copy the account number from a bill or letter. The payee’s bank account is not an account number.',
    notInDirectory: 'creditor not in the directory',
    makeDrafts: 'Make draft contracts',
    noneFound: 'No recurring payments were found.',
    noneRead: 'No statement read yet.',
    unknownHeading: 'Creditors not in the provider directory',
    unknownText: (admin) => `Add them to the directory to turn their payments into contracts${admin ? '' : ' (an administrator can)'}.`,
    collectedBy: (umbrella) => `collected by ${umbrella}`,
    addToDirectory: 'Add to the directory',
  },

  print: {
    title: 'Letters by post',
    intro: "Letters to providers that only take post are gathered into one PDF a day. Waiting letters go into tomorrow's batch, or now:",
    printNow: 'Print everything waiting now',
    day: 'Day',
    letters: 'Letters',
    file: 'File',
    pdf: 'PDF to print',
    none: 'No print batches yet.',
    state: 'Post',
    markPosted: 'Mark as posted',
    readyForPost: 'Ready for the post',
    rebuilding: 'The PDF is being put together again: a letter was taken out of it since it was made. Download it again shortly; the old PDF is no longer right.',
    stillMerging: (seconds: number) => `This print batch's PDF is still being put together. Try again in ${seconds === 1 ? 'a second' : `${seconds} seconds`}.`,
    posted: (day: string, by: string | null) => `Posted on ${day}${by ? ` by ${by}` : ''}`,
    /** batchposted: a letter of her batch a colleague marked posted apart (the estate's owner after a handover, handover4). */
    postedApartBy: (by: string, day: string) => `marked posted by ${by} on ${day}`,
    /** batchposted: her batch's row: how many of its letters a colleague marked posted already; her marking does not count them again. */
    postedApart: (letters: number, by: string[]) =>
      `${letters === 1 ? '1 letter' : `${letters} letters`} of this batch ${letters === 1 ? 'was' : 'were'} already marked posted by ${listed(by, 'en')}; marking the batch does not count ${letters === 1 ? 'it' : 'them'} again.`,
    postedHint: 'Mark a batch as posted once its envelopes are in the mail: only then do its letters count as sent, for you and for the family.',
    envelopes: "What's in it",
    pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
    moreEnvelopes: (n: number) => `And ${n === 1 ? '1 more letter' : `${n} more letters`}; the PDF holds them all.`,
    waitingTitle: 'Waiting for the next print batch',
    waitingIntro: "These letters are not printed yet. They go into tomorrow's batch, or the one you make now.",
    waitingNone: 'No letter is waiting for the next print batch.',
    letterOf: (day: string) => `letter of ${day}`,
    printedOn: (moment: string) => `PDF downloaded on ${moment}`,
    notPrinted: 'PDF not downloaded yet (or downloaded before Steward kept track). Download and print the PDF; then you can mark the batch posted.',
    changed: (letters: number) =>
      `This print batch is no longer the one you named: it now holds ${letters === 1 ? '1 letter' : `${letters} letters`}. Nothing was marked as posted; download the PDF again and print what is missing.`,
    changedField: 'does not match the print batch as it is now',
    /** handover4: the estate's new owner marks his letters of a colleague's batch posted; it changed since she downloaded it. */
    othersChanged: (holder: string) => `${holder}'s print batch changed after ${holder} downloaded it: a letter was taken out or made again. Nothing was marked posted; ${holder} must download and print it again.`,
    othersCount: (letters: number, holder: string) =>
      `${holder}'s print batch now holds ${letters === 1 ? '1 letter' : `${letters} letters`} of this estate waiting for the post, not what you named. Nothing was marked posted; look at Today again.`,
    remerged: (merging: boolean): string =>
      merging
        ? 'This print batch is being put together again: a letter was taken out of it, so the PDF you named is no longer right. Nothing was marked as posted; download the PDF once it is ready, print it and then mark it posted.'
        : 'The PDF you named is not that of this print batch as it is now: the batch was put together again after a letter was taken out of it. Nothing was marked as posted; download the PDF again, print it and then mark it posted.',
    remergedField: 'is not that of the PDF as it is now: the print batch was put together again',
    unnamed: "Name the print batch you printed: its PDF's sha256 (or its number of letters) as the list shows it. Nothing was marked as posted.",
    unnamedField: 'is required: the sha256 of the PDF you printed (or letterCount)',
    notDownloaded: 'The PDF of this print batch has not been downloaded yet. Download and print it first; nothing was marked as posted.',
    readdressed: (providers: string[], letters: number) =>
      `The address of ${listed(providers, 'en')} was corrected after you downloaded this batch: download it again and print it again; the ${letters === 1 ? 'letter' : 'letters'} to ${listed(providers, 'en')} ${letters === 1 ? 'was' : 'were'} made again with the new address.`,
    /** README printrest2: a provider's address set back, after the batch was downloaded, to where an earlier copy of its letters went: they were taken out, not made again. */
    restoredAfterDownload: (providers: string[], letters: number) =>
      `The address of ${listed(providers, 'en')} was set back after you downloaded this batch: download it again and print it again; ${restoredOut(providers, letters)}.`,
    /** Downloaded again with nothing left but letters taken out for an address set back (README, printrest2). */
    restoredEmpty: (providers: string[], letters: number) => `There is nothing to print in this batch now: ${restoredOut(providers, letters)}.`,
    takenBackAfterDownload: (providers: string[], letters: number) =>
      `The block at ${listed(providers, 'en')} was taken back after you downloaded this batch: download it again and print it again; ${takenBackOut(providers, letters)}.`,
    takenBackEmpty: (providers: string[], letters: number) => `There is nothing to print in this batch now: ${takenBackOut(providers, letters)}, as the block was taken back.`,
    // ownerdrop: an agency's end letter taken out of a downloaded batch, the drop that made it go undone: the agency never gets it.
    dropUndoneAfterDownload: (agencies: string[], letters: number) =>
      `A bill's withdrawal was undone after you downloaded this batch: download it again and print it again; ${endLetterOut(agencies, letters)}.`,
    dropUndoneEmpty: (agencies: string[], letters: number) => `There is nothing to print in this batch now: ${endLetterOut(agencies, letters)}, as the bill's withdrawal was undone.`,
    // repayback: our request to pay back what was paid on the claim taken out of a downloaded batch, the claim's drop undone: the provider never gets it.
    repaymentAskedAfterDownload: (providers: string[], letters: number) =>
      `The withdrawal of ${listed(providers, 'en')}'s claim was undone after you downloaded this batch: download it again and print it again; ${repaymentAskedOut(providers, letters)}.`,
    repaymentAskedEmpty: (providers: string[], letters: number) => `There is nothing to print in this batch now: ${repaymentAskedOut(providers, letters)}, as the withdrawal of the claim was undone.`,
    agencyCorrectedAfterDownload: (agencies: string[], letters: number) =>
      `The particulars of ${listed(agencies, 'en')} were corrected after you downloaded this batch: download it again and print it again; ${agencyCorrectedOut(agencies, letters)}.`,
    agencyCorrectedEmpty: (agencies: string[], letters: number) => `There is nothing to print in this batch now: ${agencyCorrectedOut(agencies, letters)}.`,
    // stopclaim (collrest): the agency's new collection letter recorded after the download: its end letter stays home, the new stop asks what stands now.
    collectedAgainAfterDownload: (agencies: string[], letters: number) =>
      `A new collection letter from ${listed(agencies, 'en')} was recorded after you downloaded this batch: download it again and print it again; ${endLetterOut(agencies, letters)}.`,
    collectedAgainEmpty: (agencies: string[], letters: number) => `There is nothing to print in this batch now: ${endLetterOut(agencies, letters)}, as ${listed(agencies, 'en')} sent a new collection letter.`,
    /** README docwithdraw: a document withdrawn after the batch was downloaded, before it was posted; the letters enclosing it were made again without it. */
    withdrawnAfterDownload: (kinds: string[], providers: string[], letters: number) =>
      `The ${listed(kinds, 'en')} in this batch ${kinds.length === 1 ? 'was' : 'were'} withdrawn after you downloaded it: download it again and print it again; the ${letters === 1 ? 'letter' : 'letters'} to ${listed(providers, 'en')} ${letters === 1 ? 'was' : 'were'} made again without that document.`,
    readdressedEmpty: (moved: string[], withdrawn: { kinds: string[]; providers: string[] } | null) => {
      const parts = [
        ...(moved.length ? [`what it held for ${listed(moved, 'en')} was made again with the new address`] : []),
        ...(withdrawn ? [`what it held for ${listed(withdrawn.providers, 'en')} was made again without the withdrawn ${listed(withdrawn.kinds, 'en')}`] : []),
      ];
      return `There is nothing to print in this batch now: ${parts.length === 1 ? `${parts[0]} and goes` : `${parts.join(', and ')}; both go`} with the next print batch.`;
    },
    lateIntro: 'The deadline in these letters had passed when they were posted. A new letter was made for each, dated that day with a new deadline; it goes with the next print batch:',
    lateLetter: (due: string) => `the letter says by ${due}`,
    setApartIntro: 'Not in the PDF: the deadline in these letters had passed when the PDF was downloaded. They were made anew, dated that day with a new deadline, and go with the next print batch:',
    allSetApart: (remade: number, notRemade: number) =>
      `Every letter in this print batch named a deadline that had already passed; there is nothing to print. ${
        !notRemade
          ? 'The letters were made anew, dated today, and wait for the next print batch.'
          : `${remade ? `${remade === 1 ? 'One letter was' : `${remade} letters were`} made anew, dated today, and wait${remade === 1 ? 's' : ''} for the next print batch. ` : ''}${notRemade === 1 ? (remade ? 'One other letter was' : 'The letter was') : `${remade ? `${notRemade} other` : 'The'} letters were`} not made anew: what ${notRemade === 1 ? 'it' : 'they'} asked was answered or overtaken since. The estate's timeline says why; nothing to do.`
      }`,
  },

  notifications: {
    title: 'Notifications',
    intro: "What the contracts of your estates reported, newest first. A notification is read once you open it.",
    adminIntro: "The notifications of every estate, newest first. What you open stays unread for the estate's owner.",
    none: 'There are no notifications.',
    allRead: 'All read',
    unread: 'New',
    unreadByOwner: 'Unread by the owner',
    open: 'Open',
    toContract: 'To the contract',
    toEstate: 'To the estate',
    estateOf: (deceased: string, reference: string) => `Estate of ${deceased} (${reference})`,
  },

  privacy: {
    accessLogTitle: (name: string) => `Access log: ${name}`,
    accessLogHeading: (name: string) => `Access log of the estate of ${name}`,
    backToEstate: 'Back to the estate',
    accessLogCaption: 'Every staff view of this estate, its documents and letters, newest first',
    when: 'When',
    who: 'Who',
    opened: 'What was opened',
    removedAccount: 'a removed account',
    nobodyOpened: 'Nobody on the staff has opened this estate yet.',
    erasures: 'Deletion requests',
    erasureSent: (provider: string, on: string) => `Deletion request sent to ${provider} on ${on}`,
    erasureNotSent: (provider: string) => `Deletion request to ${provider} not sent yet: see the contract's letters`,
    erasureConfirmed: (provider: string, on: string) => `${provider} confirmed the deletion on ${on}`,
    historyTitle: (file: string) => `History of ${file}`,
    open: (file: string) => `Open ${file}`,
    versions: 'Versions',
    statuses: { current: 'current', replaced: 'replaced', withdrawn: 'withdrawn' },
    uploadedBy: (who: string, when: string) => `uploaded by ${who} on ${when}`,
    withdrawnBy: (who: string, when: string, reason: string) => `withdrawn by ${who} on ${when}: ${reason}`,
    viewedBy: (file: string) => `Who viewed ${file}`,
    nobodyViewed: 'Nobody has viewed it yet.',
    kinds: { family: 'family', provider: 'provider', staff: 'staff', unknown: 'unknown' } as Record<string, string>,
    someone: (kind: string) => `someone (${kind})`,
  },

  admin: {
    accounts: 'Accounts',
    accountsHeading: 'Specialist and administrator accounts',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    phone: 'Phone',
    status: 'Status',
    roles: { admin: 'admin', specialist: 'specialist' },
    activeYou: 'active (you)',
    active: 'active',
    inactive: 'inactive',
    deactivate: (name: string) => `Deactivate ${name}`,
    reactivate: (name: string) => `Reactivate ${name}`,
    newAccount: 'New account',
    phoneLabel: 'Direct phone (printed in the letterhead of letters)',
    password: 'First password (at least 10 characters)',
    createAccount: 'Create the account',
    directory: 'Provider directory',
    organisation: 'Provider',
    category: 'Category',
    channel: 'Channel',
    sla: 'SLA (business days)',
    requiredDocuments: 'Required documents',
    newProvider: 'New provider',
    addProvider: 'Add the provider',
    contactPoint: 'Contact point for bereavement requests',
    contactName: 'Name of the team or desk',
    contactEmail: 'Email (needed for the email channel)',
    street: 'Postal address: street or PO box (needed for the post channel)',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country (two letters, NL when empty)',
    slaLabel: 'Answers within (business days, 1–60)',
    documentsLegend: 'Documents the provider requires',
    language: 'Language of letters',
    statementLegend: 'How the provider shows on a bank statement',
    creditorIds: 'SEPA creditor IDs (incassant-ID)',
    creditorHint: 'One per line, e.g. NL82ZZZ270754260000.',
    kvk: 'KvK number (8 digits)',
    knownNames: 'Known names',
    knownNamesHint: 'One per line: other names the provider collects under, e.g. "Netflix International".',
    save: 'Save',
    channels: { portal: 'portal', email: 'email', post: 'post' },
    languages: { nl: 'nl', en: 'en' },
    backToDirectory: 'Back to the directory',
    tokens: "API tokens for the provider's contact point",
    newToken: (label: string) => `New token "${label}". Copy it now: it is shown only this once.`,
    label: 'Label',
    created: 'Created',
    lastUsed: 'Last used',
    revoked: (date: string) => `revoked ${date}`,
    revoke: (label: string) => `Revoke ${label}`,
    noTokens: 'No tokens yet.',
    tokenLabel: 'Label (who or what uses the token)',
    createToken: 'Create a token',
    webhooks: 'Webhooks',
    webhooksLink: 'Webhook endpoints and deliveries',
    webhooksIntro: ': register an endpoint, see what could not be delivered, send it again.',
    deskUsers: 'Desk users (people who sign in at /desk)',
    noDeskUsers: 'No desk users yet.',
    webhooksTitle: (name: string) => `${name}: webhooks`,
    backTo: (name: string) => `Back to ${name}`,
    endpoints: 'Endpoints',
    registered: (url: string) => `Endpoint ${url} registered. Give its signing secret to the provider's developer now: it is shown only this once.`,
    url: 'URL',
    registeredOn: 'Registered',
    remove: (url: string) => `Remove ${url}`,
    noEndpoints: 'No endpoints: the provider learns of new requests only from its desk.',
    endpointLabel: 'HTTPS address of the endpoint',
    register: 'Register the endpoint',
    parked: 'Parked deliveries',
    parkedIntro: 'Given up after almost three days of failures; send them again once the endpoint works.',
    nothingParked: 'Nothing parked.',
    deliveries: 'All deliveries',
    nothingSent: 'Nothing sent yet.',
    deliveryHeadings: ['Event', 'Request', 'Created', 'Status', 'Attempts', 'Last error', ''],
    deliveryStatuses: { pending: 'pending', delivered: 'delivered', parked: 'parked' },
    deliveryFailures: {
      status: (status: number) => `The endpoint answered HTTP ${status}.`,
      timeout: (seconds: number) => `The endpoint did not answer within ${seconds} seconds.`,
      url: 'Steward does not send to this address: an endpoint must be a public https address, without a user name, password or #fragment.',
      internal: 'The endpoint’s name points to an internal network address; Steward does not send there.',
      unreachable: 'The endpoint could not be reached.',
      certificate: 'The endpoint’s certificate was not accepted.',
      other: 'Sending failed; the technical message is with this delivery in the API (lastError).',
    },
    sendAgain: 'Send again',
  },

  login: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    other: 'Nederlands',
    wrong: 'This email and password do not match, or the account is not active.',
    tooMany: (minutes: number) => `Too many attempts. Try again in ${minutes} minutes.`,
    expired: 'Your session had expired; please sign in again. What you filled in was not saved.',
    ended: 'Your session has expired or ended; please sign in again.',
  },

  errors: {
    common: {
      concurrentChange: 'Someone changed this at the same moment. Try again; nothing was changed.',
      noWorkflow: 'Nothing is being handled for this. Nothing was changed.',
      unhandled: (state: string) => `Nothing is being handled for this contract: it is listed as ‘${stateLabelEn('contract', state)}’, and nothing can be done with it like this. Nothing was changed.`,
      stateConflict: (subject: string, state: string) => `This is not possible while the ${subject === 'estate' ? 'estate' : 'contract'} is ‘${stateLabelEn(subject, state)}’. Nothing was changed.`,
      notFound: 'No such resource, or it is not yours to see.',
      alreadyExists: 'This already exists: another request recorded it just now. Nothing was changed.',
      unauthenticated: 'Sign in first: send Authorization: Bearer <token>.',
      tokenEnded: 'This token no longer works: your session was ended or has expired. Sign in again for a new token.',
      crossSite: 'This form was sent from another site. Nothing was changed.',
      formInProgress: 'This form is still being sent. Look again in a moment: it is not sent twice.',
      invalidCredentials: 'Email or password is not correct.',
      tooManyAttempts: (minutes: number) => `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      tooManyEndpoints: (max: number) => `You have ${max} endpoints already; remove one first. Nothing was changed.`,
      endpointRegisteredAlready: 'This address is registered already as an endpoint and receives every event. For a new secret, remove the endpoint and register it again. Nothing was changed.',
      alreadyOnItsWay: 'This event is still on its way: we retry it by ourselves. Nothing was changed.',
      keyReused: 'This Idempotency-Key was already used for a different request: send a new key. Nothing was changed.',
      keyInProgress: 'A call with this Idempotency-Key is still at work, or was cut off: look again in a moment, or send a new key if it never answers.',
      keyDone: 'The first request with this Idempotency-Key was done, but its answer was lost (in a failure, for instance). Nothing was done a second time: look up what it changed to see where it stands.',
      fileRefused: (problem: string, field: string, mb?: string) =>
        `${
          problem === 'tooManyFiles' ? `Send one file at a time, in the field ‘${field}’`
          : problem === 'fileFirst' ? `The file in ‘${field}’ is larger than ${mb} MB, and it came before the form's other fields: those were not read. Send a file of at most ${mb} MB, after the other fields`
          : `The field ‘${field}’ is not part of the form: send the file in the field ‘file’`
        }. Nothing was changed.`,
      methodNotAllowed: (method: string, allowed: string) => `This address does not take ${method}; it takes ${allowed}. Nothing was changed.`,
      unreadableBody: (problem: string, limit: number) =>
        `${({ tooLarge: `The body is larger than ${limit} kB`, tooManyFields: `A form may have at most ${limit} fields`, tooDeep: `Form fields may be nested at most ${limit} levels deep`, notJson: 'The body is not valid JSON', charset: 'Send the body in UTF-8', encoding: 'Content-Encoding must be gzip, deflate, br or identity' } as Record<string, string>)[problem] ?? 'The body could not be read'}. Nothing was changed.`,
    },
    summary: 'Something is not filled in correctly. Please change this:',
    choices: { done: DONE_CHOICES_EN } as Record<string, Record<string, string>>,
    rules: {
      required: (label: string) => `Enter ${label}`,
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `Choose ${label}`,
      maxLength: (label: string, n: string) => `Use at most ${n} characters for ${label}`,
      minLength: (label: string, n: string) => `Use at least ${n} characters for ${label}`,
      email: (label: string) => `Enter ${label} as an email address like name@example.com`,
      choice: (label: string) => `Choose ${label} from the list`,
      whole: (label: string) => `Enter a whole number for ${label}`,
      min: (label: string, n: string) => `Enter ${n} or more for ${label}`,
      max: (label: string, n: string) => `Enter ${n} or less for ${label}`,
      tooMany: (label: string, n: string) => `Give at most ${n} lines for ${label}`,
      date: (label: string, typed: string) => (typed ? `${typed} does not exist: enter a real date for ${label}` : `Enter a real date for ${label}`),
      country: (label: string) => `Enter ${label} as a two-letter country code, like NL`,
      iban: (label: string) => `${label} is not right: check the account number`,
      euros: (label: string) => `Enter ${label} as an amount in euros, with at most two decimals`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'en');
        return `“${typed}” for ${label} can be read two ways. Write ${thousands} ${decimal ? `or ${decimal}` : 'or an amount with at most two decimals'}`;
      },
      positive: (label: string) => `${label} must be more than zero`,
      format: (label: string, example: string) => (example ? `Write ${label} like ${example}` : `Check the format of ${label}`),
      unknown: (label: string) => `This field is not part of the form: ${label}`,
      object: () => 'Send the body as a JSON object or a form',
      blank: (label: string) => `${label} holds only spaces: write something, or leave it empty`,
      future: (label: string) => `${label} is in the future`,
      beforeBirth: (label: string) => `${label} is before the date of birth`,
      beforeDeath: (label: string) => `${label} is before the date of death`,
      beforeStart: (label: string) => `${label} is before the start of the period`,
      beforeContract: (label: string) => `${label} is before the day the contract was recorded`,
      beforePosting: (label: string) => `${label} is before the day the letter was posted`,
      tooLate: (label: string, date: string) => `${label} is too far ahead: ${date} at the latest`,
      check: (label: string, detail: string) => `Check ${label}: ${detail}`,
    },
    field: 'this field',
    unknownParameter: (name: string) => `The address holds ‘${name}’, which this page does not know`,
    labels: {
      // kifidwords: before the contract is read the body is not known (a malformed day): no body named.
      filedOn: 'the day you filed the dispute',
      caseNumber: 'the case number',
      decision: 'the decision',
      decidedOn: 'the day of the decision',
      reply: 'the reply to the relative',
      how: 'the way it was passed on',
      outcome: 'what happens with the bill',
      receivedVia: 'how you received this answer',
      answeredBy: 'who answered',
      collection: 'what happened to the collection',
      claimDropped: '“the provider dropped the whole claim”',
      'deceased.givenNames': 'the given names',
      'deceased.surnamePrefix': 'the surname prefix',
      'deceased.surname': 'the surname',
      'deceased.gender': 'the gender',
      'deceased.dateOfBirth': 'the date of birth',
      'deceased.dateOfDeath': 'the date of death',
      'deceased.address.street': 'the street and number',
      'deceased.address.postalCode': 'the postal code',
      'deceased.address.city': 'the city',
      'deceased.address.country': 'the country',
      'estateAccount.iban': 'the IBAN',
      'estateAccount.holder': 'the account holder',
      ownerId: 'the case owner',
      name: 'the name',
      email: 'the email address',
      phone: 'the phone number',
      role: 'the role',
      password: 'the password',
      category: 'the category',
      channel: 'the channel',
      slaBusinessDays: 'the SLA',
      requiredDocuments: 'the required documents',
      language: 'the language',
      'contactPoint.name': 'the name of the team',
      'contactPoint.email': "the team's email address",
      'contactPoint.postalAddress.street': 'the postal address',
      'contactPoint.postalAddress.postalCode': 'the postal code',
      'contactPoint.postalAddress.city': 'the city',
      'contactPoint.postalAddress.country': 'the country',
      creditorIds: 'the creditor IDs',
      kvkNumber: 'the KvK number',
      knownNames: 'the known names',
      label: 'the label',
      url: "the endpoint's address",
      requestedEndDate: 'the requested end date',
      effectiveDate: 'the end date or transfer date',
      periodFrom: 'the first day billed',
      periodTo: 'the last day billed',
      livedAlone: 'whether the deceased lived alone',
      contractId: 'the contract',
      answersReport: 'which report from the family this bill answers',
      livedWith: 'who lived with the deceased',
      relation: 'the relation',
      dateOfBirth: 'the date of birth',
      iban: 'the IBAN',
      'address.street': 'the street and number',
      'address.postalCode': 'the postal code',
      'address.city': 'the city',
      'address.country': 'the country',
      providerId: 'the organisation',
      // The query parameters of the workspace's pages (an address refused on its error page).
      q: 'the search', status: 'the stage', done: 'the notice', cursor: 'the page reference', back: 'the page reference', waiting: 'the page reference',
      waitingBack: 'the page reference', findings: 'the page reference', findingsBack: 'the page reference', parked: 'the page reference', parkedBack: 'the page reference',
      description: 'the description',
      accountNumber: 'the customer, policy or account number',
      confirmDuplicate: 'the confirmation of a second contract',
      confirmLivedWith: 'the confirmation that nobody continues the lease',
      action: 'what should happen',
      transferToFamilyMemberId: 'the new holder',
      kind: 'the kind of document',
      audience: 'who sees the document',
      file: 'the file',
      reason: 'the reason',
      toUserId: 'the new case owner',
      note: 'the note',
      answer: 'the answer to the rejection',
      grounds: 'the grounds against the rejection',
      reference: 'the reference',
      paidOn: 'the day paid',
      receivedOn: 'the day received',
      returnedOn: 'the day the letter came back',
      invoiceReference: 'the invoice',
      'charge.invoiceReference': 'the charge',
      'charge.amount': 'the amount booked back',
      'charge.invoiceDate': CHARGE_FIGURES_EN.invoiceDate,
      'charge.periodFrom': CHARGE_FIGURES_EN.periodFrom,
      'charge.periodTo': CHARGE_FIGURES_EN.periodTo,
      'figures.invoiceDate': 'the date of the invoice or charge',
      'figures.periodFrom': 'the first day charged for',
      'figures.periodTo': 'the last day charged for',
      // insurerwords: a filing day refused once the contract is read, where the body is Kifid (`kifidOf`).
      'kifid.filedOn': 'the day you filed with Kifid',
      // kifidwords: once the contract is read, any other body's filing day names the disputes committee, as before.
      'committee.filedOn': 'the day you filed with the disputes committee',
      message: 'what the provider needs',
      amount: 'the amount',
      invoiceDate: 'the date on the bill',
      finalInvoiceAmount: 'the final invoice amount',
      releasedOn: 'the date of the transfer',
      toldOn: 'the date of the answer',
      releasedAmount: 'the amount transferred',
      // answerdates: a bank's or insurer's date as its form labels it (`answerDateKind`), never as an end.
      'answerDate.bank': 'the date of the balance', 'answerDate.health': 'the settlement date', 'answerDate.pension': 'the date the pension payments stopped', 'answerDate.other': 'the date of the answer',
      agency: 'the collection agency',
      agencyEmail: "the collection agency's email address",
      'agencyAddress.street': "the collection agency's street",
      'agencyAddress.postalCode': "the collection agency's postcode",
      'agencyAddress.city': "the collection agency's town",
      dossierNumber: "the collection agency's file number",
      agencyLanguage: "the collection agency's language",
      documentsNeeded: 'the documents asked for',
      documentIds: 'the documents sent along',
      otherAnswers: 'what you send now as an other document',
      'otherAnswers.description': 'what you send now as an other document',
      'otherAnswers.documentId': 'the other document you send',
      'followsLater.kind': 'the document that follows later',
      'followsLater.expectedOn': 'the expected date',
      'followsLater.description': 'what follows later',
      documents: 'the documents',
      'contactPoint.postalAddress': 'the postal address',
      findingIds: 'the payments found',
    } as Record<string, string>,
    /** A field a form of the contract page labels as another thing than `labels` names it (by the form's name): its messages say the form's label. */
    formLabels: {
      acknowledge: { reference: "the provider's reference" },
      complete: ANSWER_LABELS_EN,
      'completion-corrected': ANSWER_LABELS_EN,
      'credit-note-sent': { amount: 'the amount credited' },
      'invoice-after-end': { reference: 'the invoice number' },
      'bill-owed': { reference: 'the invoice number', dueOn: 'the due date' },
      'bill-corrected': { reference: 'the invoice number' },
      'collection-notice': { reference: "the collection agency's reference", amount: 'the amount claimed' },
      'collection-notice-corrected': { reference: "the collection agency's reference", amount: 'the amount claimed' },
      calls: { calledOn: 'The date of the call', party: 'Whom you called', person: 'Whom you spoke to', outcome: 'The outcome' },
    } as Record<string, Record<string, string>>,
    unreadFormLabels: {
      'invoice-after-end': UNREAD_BILL_EN,
      'bill-corrected': UNREAD_BILL_EN,
      'credit-note-sent': { invoiceReference: UNREAD_BILL_EN.invoiceReference, amount: 'the amount of the credit note or booked back' },
      'invoice-withdrawn': { invoiceReference: UNREAD_BILL_EN.invoiceReference },
      'dispute-resolved': { invoiceReference: UNREAD_BILL_EN.invoiceReference, outcome: UNREAD_BILL_EN.outcome },
      'dispute-rejected': { invoiceReference: UNREAD_BILL_EN.invoiceReference },
    } as Record<string, Record<string, string>>,
    chargeFormLabels: {
      'invoice-after-end': CHARGE_FIGURES_EN,
      'bill-corrected': { ...CHARGE_FIGURES_EN, invoiceReference: 'the charge' },
      'credit-note-sent': { invoiceReference: 'the charge', amount: 'the amount booked back' },
      'invoice-withdrawn': { invoiceReference: 'the charge' },
      'dispute-resolved': { invoiceReference: 'the charge', outcome: 'what happens with the charge' },
      'dispute-rejected': { invoiceReference: 'the charge' },
      'committee-filed': { invoiceReference: 'the charge', filedOn: 'the day you filed with Kifid' },
      'committee-decision': { invoiceReference: 'the charge' },
    } as Record<string, Record<string, string>>,
    chargeDetails: {
      billNotOpen: (reference: string | null, open: string, provider: string) =>
        `${reference ? `The charge with reference ${reference} is not open on this contract${open ? ` (open: ${open})` : ''}` : 'No charge is open on this contract'}: a charge ${provider} answered or you settled is closed and stays as it was recorded. If ${provider} charged new costs, record them as a new charge after the confirmed date. Nothing was changed.`,
      disputeRejectedAlready: (reference: string, provider: string) => `${provider} already rejected the dispute about the charge with reference ${reference}; that rejection is on record and need not be recorded again. Nothing was changed.`,
      billPaidAlready: (reference: string, date: string, overdraft: boolean) => `${bankOwedEn(reference, overdraft)} is marked paid already (on ${date}). To change the day, undo the payment first, then mark it paid again. Nothing was changed.`,
      billPaidJustNow: (reference: string, overdraft: boolean) => `${bankOwedEn(reference, overdraft)} was just marked paid by someone else. Nothing was changed.`,
      billNotPaid: (reference: string, overdraft: boolean) => `${bankOwedEn(reference, overdraft)} is not marked paid: there is nothing to undo. Nothing was changed.`,
      billStillDisputed: (reference: string, provider: string) => `The charge with reference ${reference} of ${provider} is still disputed: it is not owed unless the dispute ends so. Nothing was changed.`,
      creditTakenBack: (provider: string, reference: string) =>
        `${provider} already booked back at least what this date would leave disputed of the charge with reference ${reference}: booking it back answered a dispute the correction takes back. Agree with ${provider} what happens with the amount booked back and record it (or that the dispute is settled) first, then correct the confirmation. Nothing was changed.`,
    },
    examples: {
      postalCode: '1016 GV',
      phone: '+31 20 123 4567',
      kvkNumber: '27075426 (8 digits)',
      creditorIds: 'NL82ZZZ270754260000',
      dateOfBirth: '1948-03-02',
      dateOfDeath: '2026-11-02',
    } as Record<string, string>,
    // famcard (audit88 F11): a report is named by its id, which no example shows; „Controleer de schrijfwijze van welke melding …" read awkwardly.
    formats: {
      answersReport: 'Give answersReport the id of the family’s report as it stands in the list of reports, or none',
    } as Record<string, string>,
    titles: {
      400: 'Bad request', 401: 'Authentication required', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Conflict', 412: 'Precondition failed', 413: 'Payload too large',
      415: 'Unsupported media type', 422: 'Unprocessable content', 429: 'Too many requests', 500: 'Internal server error', 503: 'Service unavailable',
    },
    pages: {
      tooLongTitle: 'This took too long',
      tooLong: 'This took too long and was stopped, so Steward stays quick for everyone. Nothing was changed. Try again in half a minute.',
      unavailableTitle: 'Not available for a moment',
      unavailable: 'Steward cannot reach its data right now. Try again in a few seconds.',
      formLost: 'What you filled in was not saved.',
      notFoundTitle: 'Not found',
      notFound: 'This page does not exist, or it is not yours to see.',
      forbiddenTitle: 'No access',
      forbidden: 'You may not open this page. Ask an administrator if you think this is wrong.',
      brokenTitle: 'Something went wrong',
      broken: 'Something went wrong on our side. Nothing was changed. Try again in a moment.',
      refusedTitle: 'This could not be done',
      home: 'Go to Today',
    },
    statements: {
      notForm: 'Send the statement as multipart/form-data (field "file") or as the body with Content-Type application/xml or text/csv. Nothing was kept.',
      formUnreadable: (reason: string) => `The form could not be read (${reason}): choose the file again and send it once more. Nothing was kept.`,
      tooLarge: (mb: string) => `The statement is too large: choose a file of at most ${mb} MB. Nothing was kept.`,
      unreadable: (_line: string, _element: string, reason: string) => `This is not a statement Steward can read (${reason}). Nothing was kept.`,
      noTransactions: 'The statement holds no transactions. Nothing was kept.',
    },
    details: {
      familyAtHome: (name: string, street: string) =>
        `${name} is recorded at the deceased's address (${street}). ${WHO_CONTINUES_LEASE_EN} If nobody continues the lease all the same, confirm it.`,
      /** A contract like one recorded already: same provider, a description alike (`likelyDuplicate`), another account number (409 `possible-duplicate`). */
      memberAtHome: (name: string, street: string) =>
        `The deceased's record says nobody continues the lease, but ${name} is recorded at the deceased's address (${street}). ${WHO_CONTINUES_LEASE_EN} If ${name} lived there, record who lived with the deceased. If nobody continues the lease all the same, confirm it.`,
      possibleDuplicate: (description: string, provider: string, accountNumber: string) =>
        `There is already a contract ${description} with ${provider} (account number ${accountNumber}) in this estate. Is this a second contract? Then confirm it.`,
      /** An answer to the provider's question without a document it asked for (422 `documents-asked`). */
      documentsAsked: (provider: string, documents: string, count: number) =>
        `${provider} asked for: ${documents} — add ${count === 1 ? 'it' : 'them'} to the answer (upload first what is not with the estate yet). Nothing was changed.`,
      documentsMissing: (provider: string, documents: string) => `${provider} needs with the request: ${documents}. Add it to the estate first; then the request can go.`,
      /** v22 (audit91 F3): a second collection notice while one is recorded (409 `collection-notice-recorded`, naming `agency`). */
      collectionNoticeRecorded:
        "the collection agency: a debt collector's letter is already recorded and our request to suspend the collection stands. Is something in it wrong (name, email, reference or amount)? Use “Correct the debt collector's letter” on this page. Nothing was changed.",
      /** v22: a correction of the collection notice that changes nothing (422 naming `agency`). */
      noticeUnchanged: 'the collection agency: the correction is the same as what is recorded. Nothing was changed.',
      filingUnchanged: 'the filing: the day and case number are the same as what is recorded. Nothing was changed.',
      /** agencyundo (409 naming `receivedVia`): no agency's own stop is the contract's newest step, something followed it, or an old contract. */
      noAgencyStop: 'how you heard it: the contract\'s newest step is no word of the collection agency itself that it stopped the collection. Only such a word can be undone. Nothing was changed.',
      agencyStopFollowed: 'how you heard it: something else was recorded after the agency\'s word that it stopped the collection, so that word can no longer be undone. Nothing was changed.',
      agencyStopNotUndoable: 'how you heard it: this contract started before an agency\'s word could be undone. Nothing was changed.',
      /** dropcorr (audit91 F4): no drop of this bill she recorded herself (409 `no-recorded-drop`, naming `invoiceReference`). */
      noRecordedDrop: (provider: string) =>
        `the invoice number: no drop of this bill by ${provider} is recorded by you (by phone, post or email). Only such a drop can be undone or given another day. Nothing was changed.`,
      /** dropcorr: the drop is no longer the contract's newest step (409 `drop-followed`, naming `invoiceReference`). */
      dropFollowed: (provider: string) =>
        `the invoice number: something else was recorded on this contract after ${provider}'s drop, so the drop can no longer be undone. Nothing was changed.`,
      /** dropsrest, claimundo2: a claim dropped whole that no undo reads back (a contract started before v19, or a stop not taken from our stop request; 409 `claim-drop-not-undoable`, naming `invoiceReference`). */
      claimDropNotUndoable: (provider: string) =>
        `the invoice number: ${CLAIM_DROP_NOT_UNDOABLE_EN(provider)}`,
      /** dropcorr: a contract started before machine version 23 (409 `drop-not-undoable`, naming `invoiceReference`). */
      dropNotUndoable: 'the invoice number: this contract started before a drop could be undone; that is possible only on contracts started since. Nothing was changed.',
      /** dropcorr: the day corrected to the day recorded already (422 naming `toldOn`, rule `unchanged`). */
      dropDayUnchanged: (day: string) => `the date of the answer: ${longDate(day, 'en')} is recorded already. Nothing was changed.`,
      stepRefused: (step: string | null, state: string) => `${step ? `“${step}”` : 'This step'} is not possible while the contract is ‘${state}’. Nothing was changed.`,
      refused: (refusal: string) => `${refusal}. Nothing was changed.`,
      estateClosed: 'This estate is closed: reopen it first (with the reason), then add the work. Nothing was changed.',
      paidInClosedEstate: 'This estate is closed and its final report names this payment: reopen it first (with the reason) to undo the payment. Nothing was changed.',
      contractsOpen: (count: number, named: string) =>
        `${count === 1 ? '1 contract is' : `${count} contracts are`} not settled yet: ${named}. Settle or withdraw ${count === 1 ? 'it' : 'them'} first; then the estate can close. Nothing was changed.`,
      documentReplaced: 'A newer version replaced this document; change that one instead. Nothing was changed.',
      documentWithdrawn: 'This document was withdrawn; upload a new one instead. Nothing was changed.',
      notACorrection: 'This document replaces no earlier version: there is no correction letter to send. Nothing was changed.',
      nothingToCorrectDocument: 'No provider had the earlier version without having been sent the corrected one: no correction letter goes. Nothing was changed.',
      documentKindFixed: 'A bank statement stays a bank statement: it came in through the statements, and only the case owner sees it. Nothing was changed.',
      billPaidAlready: (reference: string, date: string) => `Bill ${reference} is marked paid already (on ${date}). To change the day, undo the payment first, then mark it paid again. Nothing was changed.`,
      billPaidJustNow: (reference: string) => `Bill ${reference} was just marked paid by someone else. Nothing was changed.`,
      billNotPaid: (reference: string) => `Bill ${reference} is not marked paid: there is nothing to undo. Nothing was changed.`,
      refundNotReceived: 'Nothing of this refund is recorded received: there is nothing to undo. Nothing was changed.',
      noRefund: (provider: string) => `${provider} confirmed no refund to the estate on this contract. Nothing was changed.`,
      nothingToAskBack: (provider: string) => `No final bill paid from the estate before ${provider} dropped the claim is recorded on this contract. No letter was sent.`,
      askedBackAlready: (provider: string, on: string) => `You already asked ${provider} by letter on ${on} to pay this amount back. No new letter was sent.`,
      paidAskedBackUndo: (reference: string, provider: string, on: string) => `The payment of final bill ${reference} can no longer be undone: ${provider} was asked by letter on ${on} to pay this amount back, and that letter states the payment. If the payment is wrong, tell ${provider}. Nothing was changed.`,
      refundNotLate: (provider: string, until: string | null) => (until ? `The refund of ${provider} is not late yet: its term runs until ${until} inclusive. No reminder was sent.` : `All of the refund of ${provider} has been received. No reminder was sent.`),
      billNotOpen: (reference: string | null, open: string, provider: string) =>
        `${reference ? `Bill ${reference} is not open on this contract${open ? ` (open: ${open})` : ''}` : 'No bill is open on this contract'}: a bill ${provider} answered or you settled is closed and stays as it was recorded. If ${provider} sent another bill, record it as a new bill after the end date. Nothing was changed.`,
      letterNotBlocked: 'Only a blocked letter can be produced again. Nothing was changed.',
      letterNotReproducible: 'This letter was archived before letters kept what they were produced from; start the step again from the contract. Nothing was changed.',
      letterSentAgain: 'This letter was already produced again and went out; producing it once more would send the provider the same letter twice. Nothing was changed.',
      letterOvertaken: 'A later correction letter to this provider tells the same details anew; this one would give the provider an outdated value, so it is not sent. Nothing was changed.',
      letterRequestRemade: 'The request this correction letter corrects did not arrive and was made again with the corrected details; this letter is no longer needed and is not sent. Nothing was changed.',
      letterSuperseded: 'A later letter of the same kind about the same matter was made for this contract; this one would tell the provider an earlier round, so it is not sent. Nothing was changed.',
      letterBillNotDisputed: 'The bill this dispute letter objects to is no longer disputed (corrected to the days up to the end date, answered or settled); this letter would object to it all the same, so it is not sent. Nothing was changed.',
      letterRetrying: 'This letter is already being produced again. Nothing was changed.',
      emailTaken: (email: string) => `A user with email address ${email} already exists. Nothing was changed.`,
      ownAccount: 'You cannot deactivate your own account: ask another administrator. Nothing was changed.',
      billStillDisputed: (reference: string, provider: string) => `Bill ${reference} of ${provider} is still disputed: it is not owed unless the dispute ends so. Nothing was changed.`,
      /** A second acknowledgement of a request recorded for the provider (409 `acknowledged-already`): the first stands. */
      acknowledgedAlready: (provider: string, date: string) => `${provider} already acknowledged this request on ${date}; a request is acknowledged once. When ${provider} confirms it was done, record that with “Provider confirmed”. Nothing was changed.`,
      /** A second rejection of a bill the provider rejected already (409): the first stands. */
      /** v14: a confirmation the provider gave at its own desk is its word (409 `confirmation-providers-word`). */
      confirmationProvidersWord: (provider: string) =>
        `${provider} gave this confirmation itself at its desk; you cannot take it back. If it is wrong, correct the confirmation or ask ${provider} to correct it. Nothing was changed.`,
      /** v14: a letter went out after the confirmation (409 `confirmation-told`): `letters`, which and when. */
      confirmationTold: (letters: string) =>
        `Since this confirmation, this went out: ${letters}. It may have built on the confirmation, so it can no longer be taken back; correct the confirmation if it is wrong. Nothing was changed.`,
      /** v14: no confirmation is on record to take back (409 `no-confirmation`). */
      noConfirmation: 'There is no recorded confirmation to take back. Nothing was changed.',
      /** corrmachine: a release recorded while one stands (409 `released-already`, naming `releasedOn`): a mistaken one is corrected away (v21). */
      /** committee: the provider's category has no complaints body we know (409 `no-complaints-body`). */
      noComplaintsBody: (provider: string) => `We know no disputes committee or complaints institute for ${provider}, so going there cannot be recorded. Nothing was changed.`,
      /** committee: a decision for a bill the complaints body does not have (409 `not-with-committee`, naming `invoiceReference`). */
      /** kifidrest: `kifid` where the provider's body is Kifid (`heardByKifid`): a bank's is its charge. */
      notWithCommittee: (provider: string, kifid: 'bank' | 'insurer' | null = null) =>
        `${kifid === 'bank' ? `This charge of ${provider} is` : `This bill of ${provider} is`} not with ${kifid ? 'Kifid' : 'the disputes committee'}: record first that you filed the dispute there. Nothing was changed.`,
      /** comcorr2: no decision of the complaints body recorded (for the named bill) to correct (409 `no-committee-decision`). */
      noCommitteeDecision: (provider: string, kifid: 'bank' | 'insurer' | null = null) =>
        `No decision of ${kifid ? 'Kifid' : 'the disputes committee'} about ${kifid === 'bank' ? 'this charge' : 'this bill'} of ${provider} is recorded to correct. Nothing was changed.`,
      decisionUnchanged: 'the decision: what was decided, its day and amount are the same as what is recorded. Nothing was changed.',
      /** committee: a decision dated before the day the dispute was filed (422 `before-filing`, naming `decidedOn`). */
      decidedBeforeFiling: (filedOn: string) => `The day of the decision is before ${longDate(filedOn, 'en')}, the day you filed the dispute. Nothing was changed.`,
      releasedAlready: (provider: string) =>
        `The release of the balance by ${provider} is recorded already. If that was a mistake, correct ${provider}'s answer and untick ‘The balance was paid to the estate account’: the release is then awaited again, and you record it once it comes. Nothing was changed.`,
      /** collwithdraw: a withdrawal recorded while no bill is disputed, as on a collection stop of a bill nobody disputed (409 `no-disputed-bill`). */
      nothingToWithdraw: (provider: string) => `No bill of ${provider} is disputed, so none can have been withdrawn: we only asked for the collection to be suspended. Record the answer to that with “Record the answer to our request to suspend the collection”. Nothing was changed.`,
      disputeRejectedAlready: (reference: string, provider: string) => `${provider} already rejected the dispute about invoice ${reference}; that rejection is on record and need not be recorded again. Nothing was changed.`,
      rejectionWithdrawnBefore: (provider: string) =>
        `This request was already running before Steward could record a rejection taken back; for this request it cannot. If ${provider} is handling the request after all, amend it and send it again. Nothing was changed.`,
      rejectionAnswered: {
        withdrawn: (provider: string) => `You withdrew this request; ${provider}'s rejection can no longer be taken back after that. Nothing was changed.`,
        complained: (provider: string) => `You filed a complaint about the rejection; ${provider} can no longer take that rejection back. If ${provider} is handling the request after all, record its confirmation. Nothing was changed.`,
        amended: (provider: string) => `You amended the request after the rejection; ${provider}'s rejection can no longer be taken back. Send the amended request, or withdraw it. Nothing was changed.`,
        amendedSent: (provider: string) => `You amended the request after the rejection and sent it again; ${provider}'s rejection can no longer be taken back. Record the answer to the new request. Nothing was changed.`,
        takenBack: (provider: string) => `${provider} has already taken back its rejection of this request; there is no rejection left to take back. Nothing was changed.`,
        none: (provider: string) => `${provider} has not rejected this request; there is no rejection to take back. Nothing was changed.`,
      },
      confirmationHeld: (provider: string) =>
        `A bill of ${provider} is disputed, and what is disputed of it hangs on the end date our dispute letter quoted. Record the provider's answer to the dispute (or settle it) first, then correct the confirmation. Nothing was changed.`,
      requestOut: (provider: string, to: 'provider' | 'holder') =>
        `The request already went to ${provider} for this ${to === 'provider' ? 'provider' : 'new holder'}. Withdraw this contract (the provider is told) and add a new one. Nothing was changed.`,
      changedSince: (what: Corrected) =>
        `${correctedEN(what)[0]} after this correction was made (\`version\` belongs to an earlier state). Nothing was changed: read ${correctedEN(what)[1]} again and send the correction with the current \`version\`.`,
      preconditionFailed: 'This was corrected after the state `If-Match` names. Nothing was changed: read it again and send the correction with the `ETag` of that read (or the current `version` in quotes) as `If-Match`.',
      actionFixed: 'What should happen (cancel or transfer) is fixed once the contract is recorded: withdraw it and add a new contract. Nothing was changed.',
      informedByBrp: (provider: string) => `${provider} learns of the death from the BRP: no letter goes out. Check with ${provider}; the task is on Today. Nothing was changed.`,
      notKeptCover: (provider: string) => `Only the premium of an insurance ${provider} keeps in force for the estate is recorded this way. Record a bill after the end date as such. Nothing was changed.`,
      notInformedByBrp: (provider: string) => `${provider} does not learn of the death from the BRP: send it the request. Nothing was changed.`,
      noAnswerWithdrawn: 'No note about a withdrawn document waits on you for this contract (handled already). Nothing was changed.',
      readdressSeenAlready: 'This note about a corrected address was marked seen already. Nothing was changed.',
      noLaterEndDate: 'No later end date waits on you for this contract (handled already). Nothing was changed.',
      forbidden: 'Your account may not do this. Nothing was changed.',
      realClock: 'The clock can only be moved when Steward runs with STEWARD_CLOCK=virtual. Nothing was changed.',
      reportHandledAlready: 'This report has already been handled. Nothing was changed.',
      reportWithoutUpload: 'No file came with this report. Nothing was changed.',
      uploadTaken: "This family member's document has already been taken into the file; correct its kind with the documents if need be. Nothing was changed.",
      reportNotAWaitingBill: 'This report is no bill waiting on you: another kind of report, handled already, or acted on when the family made it. Nothing was changed.',
      stepRetried: 'This step is already being retried, or it succeeded. Nothing was changed.',
      reportPassedOnAlready: 'This report is already marked as passed on. Nothing was changed.',
      nothingToPassOn: 'This letter reached its addressee; there is nothing to pass on. Nothing was changed.',
      notPosted: 'Only a letter by post that was posted can come back. Nothing was changed.',
      returnedAlready: 'This letter is already recorded as returned. Nothing was changed.',
      notReturned: 'This letter is not recorded as returned; there is no address to check. Nothing was changed.',
      returnCheckedAlready: 'The address of this returned letter is already recorded as checked. Nothing was changed.',
      collectionStopHeld: (provider: string) =>
        `We asked ${provider} to suspend a collection, and that letter quoted the end date. Record the answer to that request first, then correct the confirmation. Nothing was changed.`,
      refundAmountReported: (provider: string, reported: string) =>
        `${provider} already reported ${reported} transferred of this refund, so its amount can no longer be corrected. Nothing was changed. Look at the estate account and record what came in; if the report is wrong, contact ${provider}.`,
      paidBillLowered: (provider: string, paid: string, on: string, back: string) =>
        `The estate already paid ${paid} of this final bill, on ${on}. A lower amount would mean ${provider} has to pay back ${back}, and nobody would follow that up, so the amount cannot go below ${paid}. Nothing was changed. If the payment was recorded by mistake, undo it first; if the final bill really is lower, ask ${provider} to pay back the difference.`,
      receivedRefundLowered: (provider: string, received: string, on: string, tooMuch: string) =>
        `The estate already received ${received} of this refund, the latest on ${on}. A smaller refund would mean ${tooMuch} came too much, and nobody would follow that up, so the refund cannot go below ${received}. Nothing was changed. If the receipt was recorded by mistake, undo it first; if ${provider} really asks ${tooMuch} back, agree with ${provider} how it goes back.`,
      creditTakenBack: (provider: string, reference: string) =>
        `${provider} already credited invoice ${reference}, by at least what would still be disputed with this end date: that credit note answered a dispute the correction takes back. Agree with ${provider} what happens with the credit note and record it (or that the dispute is settled) first, then correct the confirmation. Nothing was changed.`,
    },
    refusals: {
      // ownerdrop: the day the provider said its desk's drop was a mistake, before the desk recorded it (`beforeDrop`); `day` that day.
      beforeDrop: (label: string, day: string) => `${label} is before ${longDate(day, 'en')}, the day the provider recorded the drop`,
      // ownerdrop: how or when the provider said so, sent with an undo of her own record (`ownDrop`): that was her own mistake.
      ownDrop: (label: string) => `${label} belongs only to undoing a drop the provider recorded itself; your own record is undone as your mistake`,
      // dropcorr: the day a drop was said, after the day the owner recorded it (`afterRecorded`); `day` that day.
      afterRecorded: (label: string, day: string) => `${label} is after ${longDate(day, 'en')}, the day you recorded the drop`,
      unchanged: (label: string) => `${label} is recorded like that already`,
      // toldon: the day a withdrawal was said, before the date on the bill it withdraws (`answerDateProblems`); `day` that date.
      beforeBill: (label: string, day: string) => `${label} is before the date on the bill (${longDate(day, 'en')})`,
      // bankdebt: a release dated before the day of the balance it releases (`answerDateProblems`); `day` that balance's day.
      beforeBalance: (label: string, day: string) => `${label} is before the date of the balance the bank releases (${longDate(day, 'en')})`,
      staleCursor: () => 'This page of the list does not exist (any more). Open the list again from the start',
      fileType: () => 'Choose a PDF, PNG or JPEG file',
      unreadable: () => 'This file cannot be read (damaged, protected or without pages): no letter could carry it. Choose a readable PDF, PNG or JPEG file',
      tooLarge: (_label: string, mb: string) => `The file is too large: choose one of at most ${mb} MB`,
      pdfReadTooLong: (_label: string, seconds: string) =>
        `This PDF file could not be read within ${seconds} seconds (too large or damaged): no letter could carry it. Choose a smaller or another PDF, PNG or JPEG file`,
      checksBusy: () => 'Too many files are being checked at once: try again in a minute',
      emptyFile: () => 'The file is empty: choose the right file',
      statementLine: (_label: string, line: string) => `Line ${line} of the file cannot be read. Choose a camt.053 statement or an export from ING, Rabobank or ABN AMRO`,
      noTransactions: () => 'The statement holds no transactions',
      documentMissing: (_label: string, kind: string) => `First add this document to the estate: ${kind}`,
      informedByBrp: () => 'This provider learns of the death from the BRP: no letter goes out. Check with the provider; the task is on Today',
      notNow: () => 'This is no longer possible: things have moved on. Nothing was changed; below is where it stands now',
      notCurrent: () => 'This document was replaced or withdrawn: change the newest version',
      afterEnd: (label: string, date: string) => `${label} is not after the end date (${date}): a bill for the days up to the end date is payable`,
      coverContinues: (_label: string, until: string) =>
        until
          ? `The insurance continues for the estate until ${until}: the premium up to that day is a debt of the estate and is paid. Only a bill wholly for time after that day can be recorded as a bill after the end date`
          : 'The insurance continues for the estate: the premium is a debt of the estate and is paid; there is no end date to dispute it against',
      afterCover: (_label: string, until: string) => `The insurance continues for the estate until ${until}; this bill is for the time after it: record it as a bill after the end date`,
      recordedAlready: (_label: string, reference: string) => `Invoice ${reference} is recorded already: the same bill is not paid twice`,
      beforeInvoice: (_label: string, date: string) => `The due date is before the date on the bill (${date})`,
      disputedAlready: (_label: string, reference: string) => `Invoice ${reference} is disputed already: the same bill is not disputed twice`,
      emptyAnswer: () => 'Write an answer or choose a document to send with it',
      notAsked: (_label: string, kind: string) => `Follows later is only for a document the provider asked for that you do not send now (${kind})`,
      describeIt: () => 'Write what follows later, as the letter should name it (for example: the completed claim form)',
      otherOnly: () => 'A description is only for something else that follows later; the letter names an asked document itself',
      describesOther: () => 'A description is only for a document of the kind Other: the letter names the other kinds itself',
      namedTwice: (_label: string, description: string) => `You named “${description}” already: name it once`,
      notOpen: (_label: string, description: string) => `“${description}” is not open: choose an item that still follows`,
      notEnclosed: () => 'That document does not go along as an "other" document: tick it among the documents to send',
      whichItem: () => 'More than one thing was still to follow: tick which of them you send now',
      whichDocument: () => 'You are sending more than one other document while something is still to follow: send the one that is it in an answer of its own, so the letter names it right',
      past: (_label: string, date: string) => `The expected date (${date}) is in the past: choose today or later, or leave it empty`,
      documentsAsked: (_label: string, kind: string) => `The provider asked for: ${kind} — choose it to send along (upload it first if it is not there yet)`,
      neverAsked: () => 'Steward never sends a will to a provider; the certificate of inheritance names the heirs: tick that, and mention the will in what the provider needs if it asked for one',
      neverEnclosed: (_label: string, kind: string) => `A ${DOCUMENT_KINDS_EN[kind] ?? kind} never goes to a provider: leave it out and answer a question about it in the note`,
      otherEstate: () => 'This document is not of this estate: choose a document of this estate',
      familyUpload: () => 'The family uploaded this document; it is for you only and does not go to a provider',
      withdrawn: () => 'This document was withdrawn and no longer goes along',
      replaced: () => 'A newer version replaced this document: choose that one',
      longBeforePeriod: (label: string, from: string) => `${label} is more than a year before the period billed (from ${from}): check the year`,
      longBeforeFirstDay: (label: string, from: string) => `${label} is more than a year before the first day charged for (from ${from}): check the year`,
      aboveBill: (_label: string, left: string) => `The credit note is more than what is left of the invoice (€${left}): check the amount`,
      /** The provider and the day (written out) the first acknowledgement was recorded: the error's `acknowledged`. */
      acknowledgedAlready: (_label: string, _detail: string, provider: string, date: string) =>
        `${provider} already acknowledged this request on ${date}: a request is acknowledged once. When ${provider} confirms it was done, record that with “Provider confirmed”`,
      rejectedAlready: (_label: string, reference: string) => `The provider already rejected the dispute about invoice ${reference}: that rejection is on record`,
      credited: (_label: string, credited: string) => `The provider has credited €${credited} of this invoice already; after the correction more than that must stay disputed. If the credit note settled the invoice, record the dispute resolved instead`,
      openBill: (_label: string, open: string) => (open ? `Choose which disputed invoice this is about: ${open}` : 'No disputed invoice is open'),
      openCharge: (_label: string, open: string) => (open ? `Choose which disputed charge this is about: ${open}` : 'No disputed charge is open'),
      aboveCharge: (_label: string, left: string) => `The amount booked back is more than what is left of the charge (€${left}): check the amount`,
      rejectedCharge: (_label: string, reference: string) => `The bank already rejected the dispute about the charge with reference ${reference}: that rejection is on record`,
      refundReported: (_label: string, reported: string) =>
        `The provider already reported ${money(Number(reported), 'en')} of this refund transferred, so its amount can no longer be corrected. Check the estate account and record what came in; if the report is wrong, contact the provider`,
      paidLowered: (_label: string, limit: string) => {
        const [paid, on, back] = moneyMovedSaid(limit, 'en');
        return `The estate already paid ${paid} of this final bill, on ${on}; a lower amount means ${back} has to come back. If the payment was recorded by mistake, undo it first; if the final bill really is lower, ask the provider to pay back the difference`;
      },
      paidAboveDecision: (_label: string, limit: string) => {
        const [paid, on, owed] = moneyMovedSaid(limit, 'en');
        return `The estate already paid ${paid} of this bill, on ${on}; by this decision ${owed} is owed. If the payment was recorded by mistake, undo it first; if the decision really is so, ask the provider to pay back the difference`;
      },
      receivedLowered: (_label: string, limit: string) => {
        const [received, on, tooMuch] = moneyMovedSaid(limit, 'en');
        return `The estate already received ${received} of this refund, the latest on ${on}; a smaller refund means ${tooMuch} came too much. If the receipt was recorded by mistake, undo it first; otherwise agree with the provider how the difference goes back`;
      },
      creditTakenBack: (_label: string, reference: string) =>
        `The provider already credited invoice ${reference} by at least what would still be disputed with this end date: that credit note answered a dispute this date takes back. First agree with the provider what happens to the credit note and record it, then correct the date`,
      creditTakenBackCharge: (_label: string, reference: string) =>
        `The bank already booked back at least what this date would leave disputed of the charge with reference ${reference}: booking it back answered a dispute this date takes back. First agree with the bank what happens to the amount booked back and record it, then correct the date`,
      creditedCharge: (_label: string, credited: string) => `The bank has booked back €${credited} of this charge already; after the correction more than that must stay disputed. If booking it back ended the dispute, record the dispute resolved instead`,
      longBeforeCharge: (label: string, from: string) => `${label} is more than a year before the first day the charge covers (from ${from}): check the year`,
      disputedCharge: () => 'This charge is still disputed: it is not owed (yet)',
      disputedAlreadyCharge: (_label: string, reference: string) => `The charge with reference ${reference} is disputed already: the same charge is not disputed twice`,
      paidCharge: () => 'This amount is marked paid already; undo the payment first to change the day',
      unpaidCharge: () => 'This amount is not marked paid: there is nothing to undo',
      notOwedCharge: (_label: string, owed: string) => (owed ? `The estate does not owe the bank this amount; it does owe: ${owed}` : 'The estate owes the bank nothing on this contract'),
      beforeOwedCharge: (label: string, date: string) => `${label} is before ${date}, the day the amount became owed. If it was paid by then, it is not a payment from the estate`,
      onlyTransfer: (label: string) => `Choose ${label} only for a transfer to a family member`,
      /** How a settled dispute's answer came: only the provider's withdrawal is its answer (`DisputeResolvedDto.receivedVia`). */
      onlyWithdrawn: (label: string) => `Choose ${label} only when the provider withdrew the bill`,
      onlyProviderStopped: (label: string) => `Choose ${label} only when the provider itself said the collection has stopped`,
      onlyWith: (label: string, answers: string) => `Fill in ${label} only with the answer ‘${answers}’`,
      noFinalBill: (label: string, done: string) =>
        done === 'pensionStopped' ? `Fill in ${label} only with the pension paid in excess the fund asks back (more than €0)`
        : done === 'accountBlocked' ? `A bank gives the balance, not a final invoice: fill in the balance (an overdrawn account with a minus sign) and leave ${label} empty`
        : done === 'coverContinues' ? `The insurance continues for the estate, there is no final invoice: leave ${label} empty and record the premium as owed by the estate`
        : `A payout is not a bill to the estate: leave ${label} empty${done === 'payoutHandled' ? ' and fill in the amount paid out' : ''}`,
      livedWithDisagrees: (label: string) => `${label} contradicts who lived with the deceased: say only who lived there`,
      alreadyOwner: () => 'This specialist already owns this estate: choose another',
      taken: (label: string) => `${label} is already in use`,
      unknownCreditor: (_label: string, name: string) => `${name}: this creditor is not among the organisations yet; add it first (an administrator can)`,
      alreadyContract: (_label: string, name: string) => `${name}: there is already a contract for it`,
      accountNumberNeeded: (_label: string, name: string) => `${name}: the statement names no mandate; fill in the account number from a bill or letter of ${name}`,
      familyAtHome: (_label: string, said: string) => {
        const [name, street] = said.split('\n');
        return `${name} is recorded at the deceased's address (${street}). ${WHO_CONTINUES_LEASE_EN} If nobody continues the lease all the same, tick ‘Yes, that is right: nobody continues the lease’`;
      },
      memberAtHome: (_label: string, said: string) => {
        const [name, street] = said.split('\n');
        return `The deceased's record says nobody continues the lease, but ${name} is recorded at the deceased's address (${street}). ${WHO_CONTINUES_LEASE_EN} If ${name} lived there, record who lived with the deceased. If nobody continues the lease all the same, tick ‘Yes, that is right: nobody continues the lease’`;
      },
      /** `said`: the description, provider and account number of the contract recorded already, a line each. */
      possibleDuplicate: (_label: string, said: string) => {
        const [description, provider, accountNumber] = said.split('\n');
        return `There is already a contract ${description} with ${provider} (account number ${accountNumber}) in this estate. Is this a second contract? Then tick ‘Yes, this is a second contract’`;
      },
      sameAccount: (_label: string, provider: string) => `This account number is already on a contract with ${provider} in this estate: open that contract instead of adding a second`,
      ownerOnly: (_label: string, kind: string) => `This document (${kind}) is for the case owner only`,
      fixed: (label: string) => `${label} is fixed: withdraw this contract and add a new one`,
      requestOut: (label: string) => `${label} cannot change now the request went out: withdraw this contract (the provider is told) and add a new one`,
      changedSince: () => 'What this form corrects was corrected after you opened it (in another tab or by a colleague). Nothing was saved. Below is what you entered, and what is recorded now: change what is needed and save again',
      finished: () => 'This contract is finished: there is nothing left to correct. Add a new contract if something is still open',
      publicHttps: (label: string) => `Enter ${label} as a public address starting with https://, without user name, password or #-part`,
      alreadyUndone: () => 'This handover was already undone',
      handedOnSince: () => 'The estate was handed over again since; only the latest handover can be undone',
      undoWindowPassed: () => 'A handover can be undone for 24 hours only. Ask the new case owner or an administrator to hand the estate back',
      previousOwnerInactive: (_label: string, name: string) => `${name} can no longer sign in; hand the estate over to an active specialist instead`,
      estateClosed: () => 'The estate is closed: reopen the file (at the top of this page, with the reason) to work on it again',
      paidInClosedEstate: () => 'The estate is closed and its final report names this payment: reopen the file (at the top of the estate page, with the reason) to undo it',
      familyReportsOpen: (_label: string, count: string) => `${count === '1' ? '1 report from the family is' : `${count} reports from the family are`} still open (see Today): handle ${count === '1' ? 'it' : 'them'} first, then the estate can be closed`,
      contractOpen: (_label: string, contract: string) => `Not settled yet: ${contract}`,
      laterEndDatesOpen: (_label: string, count: string) => `The later end date of ${count === '1' ? '1 contract is' : `${count} contracts is`} not yet handled (see Today): mark ${count === '1' ? 'it' : 'them'} handled first, then the estate can be closed`,
      outcomeNeeded: () => 'Choose what happens with the bill: the provider holds to it, so the family must know whether it is to be paid',
      letterSentAgain: () => 'This letter was not made once more: it was already produced again and sent',
      letterOvertaken: () => 'This letter was not produced again: a later correction of the same detail overtook it',
      letterSuperseded: () => 'This letter was not produced again: a later letter of the same kind (for a dispute: about the same bill) replaced it',
      letterNotReproducible: () => 'This letter is too old to produce again; start the step again from the contract',
      letterNotBlocked: () => 'This letter was not held back: only a held-back letter is produced again',
      letterRetrying: () => 'This letter is already being produced again',
      beforeOwed: (label: string, date: string) => `${label} is before ${date}, the day the invoice became owed. If it was paid by then, it is not a payment from the estate`,
      notOwed: (_label: string, owed: string) => (owed ? `The estate does not owe this invoice; it does owe: ${owed}` : 'The estate owes no invoice on this contract'),
      stillDisputed: () => 'This invoice is still disputed: it is not owed (yet)',
      paidAlready: () => 'This invoice is marked paid already; undo the payment first to change the day',
      moreThanLeft: (label: string, left: string) => `${label} is more than is still to be received (€${left})`,
      notReceived: () => 'Nothing of this refund is recorded received: there is nothing to undo',
      noRefund: () => 'The provider confirmed no refund on this contract',
      notAskedBack: () => 'No money paid is asked back by letter on this contract',
      notMarkedPaid: () => 'This invoice is not marked paid: there is nothing to undo',
      endDatesBefore: (label: string, contracts: string) =>
        `With ${label.startsWith('the ') ? label.replace('the ', 'this ') : `this ${label}`} we would ask to end contracts before the death: ${contracts.replace(/\((\d{4}-\d{2}-\d{2})\)/g, (_all, day: string) => `(${longDate(day, 'en')})`)}. Correct their requested end date first`,
      /** Its limit is provider, contract and date (written out), one a line (`confirmedEndLimit`). */
      confirmedEndBefore: (_label: string, limit: string) => {
        const [provider, contract, date] = limit.split('\n');
        return `${provider} confirmed ${date} as the end date of ${contract}, before this date of death. If the date of death is right, correct the confirmed end date first (or ask ${provider} for a new one)`;
      },
    },
  },

  mail: {
    handoverSubject: (deceased: string, reference: string) => `Handed over to you: the estate of ${deceased} (${reference})`,
    greeting: (name: string) => `Dear ${name},`,
    handedOver: (from: string, deceased: string, reference: string, date: string) => `${from} handed the estate of ${deceased} (${reference}) over to you on ${date}.`,
    reason: (reason: string) => `Reason: ${reason}`,
    openIt: (url: string) => `It stays at the top of your Today list until you open it: ${url}`,
  },

  timeline: {
    handoverAppointmentGiven: (provider, appointment, was) =>
      was ? `${provider} changed the appointment for handing over the home (was ${was}): ${appointment}` : `${provider} gave the appointment for handing over the home: ${appointment}`,
    refundPaidReported: (provider, amount, on, reference) => `${provider} reports ${amount} of the refund transferred on ${on}${reference ? ` (reference ${reference})` : ''}`,
    refundReminded: (provider, left, payBy) => `Reminder about the refund of ${provider} sent: ${left} asked by ${payBy}`,
    refundAskedBack: (provider, amount, reference, payBy) => `${provider} asked by letter to pay back ${amount} (final bill ${reference}, paid before ${provider} dropped the claim) by ${payBy}`,
    refundReminderUnsent: (provider) => `Reminder about the refund of ${provider} not sent: all of the refund has been recorded received meanwhile`,
    refundReminderRestated: (provider, left, asked) => `Reminder about the refund of ${provider} made: the letter asks ${left}, not the ${asked} of when you asked for it; more has been recorded received since`,
    refundReceived: (provider, amount, on, undone) => (undone ? `the receipt of ${amount} on ${on} of the refund of ${provider} was undone` : `${amount} of the refund of ${provider} received on ${on}`),
    afterEndDecided: (references: string[], bank: boolean) => {
      if (bank) {
        const { words, several } = billsNamed(references, 'en', { ...CHARGE_NOUNS.en, unknown: 'the charges' });
        return `The ${words} ${several ? 'are' : 'is'} for days after the confirmed date.`;
      }
      const { words, several } = billsNamed(references, 'en', { one: 'invoice', several: 'invoices', unknown: 'the invoices' });
      return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${several ? 'are' : 'is'} for time after the end date.`;
    },
    afterEndPartDecided: (reference: string, part: string, bank: boolean) =>
      bank ? `Of the ${chargeEn(reference)}, ${part} is for days after the confirmed date.` : `Of invoice ${reference}, ${part} is for time after the end date.`,
    afterEndPartMoved: ({ reference, now, whole, was }: AfterEndPartMoved, bank: boolean): string => {
      const [bill, after, date] = bank ? [`the ${chargeEn(reference)}`, 'days after the confirmed date', 'the corrected confirmed date'] : [`invoice ${reference}`, 'time after the end date', 'the corrected end date'];
      const said = now === null ? `none of ${bill} is for ${after} any more` : whole ? `all of ${bill} is now for ${after}` : `${now} of ${bill} is now for ${after}`;
      return `With ${date}, ${said}${was === null ? '' : ` (was ${was})`}.`;
    },
    handedOver: (to: string, from: string, reason: string, told: string[] = [], remadeFor: RemadeFor[] = []) => `${to} is now the case owner (taking over from ${from})${newContactTold(told, remadeFor)}. Reason: ${reason}`,
    /** A withdrawn document was part of our answer to the provider's question; its complaint or rejection stands (`contract.answer_document_withdrawn`). */
    /** deskcorr: the provider confirmed its date again after a correction asked whether it changes (`CORRECTION_ANSWERED`). */
    correctionAnswered: (provider: string, date: string) => `${provider} confirmed ${date} again after the correction of the request: that date stays`,
    answerDocumentWithdrawn: (provider: string, kind: string, date: string, complained: boolean, _documentKind: string) =>
      `${provider} had the ${kind} withdrawn on ${date} as part of our answer to its question. ${complained ? 'The complaint goes on' : 'The rejection stands'}; the question does not open again by itself. Send ${provider} a new ${kind} if it needs one.`,
    /** answerrest: the owner marked the note of a withdrawn answer handled (`contract.answer_withdrawn_handled`). */
    answerWithdrawnHandled: (provider: string, kind: string) => `Note handled: ${provider} had a withdrawn ${kind} as part of our answer.`,
    endDateNotTold: (agency: string, date: string) => `No letter to ${agency} about the corrected end date ${date}: none of the invoices the letter asking it to suspend the collection named is still open, so the date changes nothing ${agency} collects.`,
    /** reportmoney (audit95 F1, F2, F8): an agency told its collection ended hears no more of its bills (`contract.ended_agency_not_written`). */
    endedAgencyNotWritten: (agency: string, about: string, saidItself = false) =>
      `No letter to ${agency} about ${about}: ${agency} ${saidItself ? 'told us itself that the collection has stopped' : 'was already told that the collection ended'}.`,
    endedAgencyAbout: {
      endDate: (date: string) => `the corrected end date ${date}`,
      correction: 'the correction of our request',
      billCorrection: (reference: string) => `the correction of invoice ${reference}`,
      objectionDropped: (reference: string) => `our objection to invoice ${reference} being withdrawn`,
    },
    handoverUndone: (back: string, instead: string, told: string[] = [], remadeFor: RemadeFor[] = []) => `Handover undone: ${back} is the case owner again (instead of ${instead})${newContactTold(told, remadeFor)}.`,
    contactNamedAlready: (provider: string, date: string, kind: string, contact: string) =>
      `No separate letter about the new contact person to ${provider}: the letter of ${longDate(date, 'en')} (${kind}) already names ${contact} as the contact person.`,
    letterSent: (title: string, recipient: string, channel: string) => `Letter "${title}" sent to ${recipient} (${channel}).`,
    letterForPost: (title: string, recipient: string) => `Letter "${title}" to ${recipient} made ready for the post.`,
    letterUndelivered: (title: string, recipient: string) => `Letter "${title}" to ${recipient} made, but not delivered by email yet.`,
    letterBeingSent: (title: string, recipient: string) => `Letter "${title}" to ${recipient} made; being sent by email.`,
    letterCorrectedBeforePost: (title: string, recipient: string, post: boolean) =>
      `Letter "${title}" to ${recipient} ${post ? 'made for the post, but not printed' : 'made, but not sent by email'}: a fact in it was corrected before it went out (see the correction).`,
    /** The directory's address of the provider corrected while a letter to it had not left yet (README, postfix, printaddress): it was made again. */
    /** Set apart and made anew when the directory corrected its provider (README, printwords), as it happened. */
    letterReaddressedApart: (title: string, recipient: string, how: Readdressing, post: boolean) => {
      if (how === 'downloaded') return `Letter "${title}" to ${recipient} was in a print batch you downloaded, but was not posted: then the address of ${recipient} was corrected in the directory. A new letter was made with the new address; the printed version does not go out.`;
      const made = post ? 'made for the post, but not printed' : 'made, but not sent by email';
      const back = `the ${post ? 'address' : 'email address'} of ${recipient} was set back in the directory to the address the earlier letter already went to`;
      if (how === 'restored') return `Letter "${title}" to ${recipient} ${made}: ${back}.`;
      if (how === 'restoredDownloaded') return `Letter "${title}" to ${recipient} was in a print batch you downloaded, but was not posted: then ${back}. The printed version does not go out.`;
      const why = how === 'channel' ? `the directory says ${recipient} now receives letters another way` : `the ${post ? 'address' : 'email address'} of ${recipient} was corrected in the directory before it went out`;
      return `Letter "${title}" to ${recipient} ${made}: ${why}. A new letter was made.`;
    },
    letterReaddressed: (provider: string, title: string | null, kind: string, date: string, r: Readdressed) => {
      const letter = title ? `letter "${title}"` : kind;
      const waited = r.post ? 'still waiting for the post' : 'not sent yet';
      const where = r.stage === 'downloaded' ? 'already in a downloaded print batch but not posted yet' : waited;
      const corrected = `the ${r.post ? 'address' : 'email address'} of ${provider} was corrected in the directory.`;
      if (r.stage === 'posted') {
        const went = `The ${letter} of ${date} ${r.post ? `was posted to the old address on ${r.postedOn}` : `was delivered by email to the old email address on ${r.postedOn}`}`;
        if (r.notAgain?.why === 'answered') return `${corrected} ${went}; an answer or a next step was recorded on this contract since, so it does not go again.`;
        if (r.notAgain?.why === 'older')
          return `${corrected} ${went}. It does not go again by itself: it went more than ${r.notAgain.days} days before the correction and ${provider} has had time to answer since; what Steward sends about this request from now on goes to the new address. If you doubt ${provider} received it, contact ${provider}.`;
        // README printaddr: an earlier letter about the request; the later one is told on its own line.
        // README printrest2: one made for a slip that went there; the provider has the earlier copy at the address the directory has again.
        if (r.notAgain?.why === 'restored') return `${corrected} ${went}; it does not go again: the directory has the address again that the letter of ${r.notAgain.letterDate} went to on ${r.notAgain.postedOn}.`;
        if (r.notAgain?.why === 'followed')
          return `${corrected} ${went}. It does not go again: ${r.notAgain.title ? `the letter "${r.notAgain.title}"` : 'a later letter'} of ${r.notAgain.letterDate} followed it about this request. If you doubt ${provider} received it, contact ${provider}.`;
        return `${corrected} ${went}; it was made again for the corrected address and goes ${r.channel ? BY_CHANNEL_EN[r.channel] : r.post ? 'with the next print batch' : BY_CHANNEL_EN.email}.`;
      }
      if (r.notAgain?.why === 'restored')
        return `${corrected} The ${letter} of ${date}, ${where}, does not go out: the directory has the address again that the letter of ${r.notAgain.letterDate} went to on ${r.notAgain.postedOn}, so no new letter was made.`;
      if (r.channel) return `${provider} now receives letters ${BY_CHANNEL_EN[r.channel]} (directory). The ${letter} of ${date} ${where} was made again and goes ${BY_CHANNEL_EN[r.channel]}; the earlier version does not go out.`;
      return `${corrected} The ${letter} of ${date} ${where} was made again with the new address; the earlier version does not go out.`;
    },
    /** README docwithdraw: a letter not yet left made again without a document the owner withdrew; `kind` the letter's, `documentKind` the document's. */
    letterWithoutWithdrawn: (provider: string, kind: string, documentKind: string, r: { stage: 'waiting' | 'downloaded'; post: boolean }) =>
      `the ${kind} to ${provider} ${r.stage === 'downloaded' ? 'already in a downloaded print batch but not posted yet' : r.post ? 'still waiting for the post' : 'not sent yet'} was made again without the withdrawn ${documentKind}; the earlier version does not go out.`,
    letterSetApart: (title: string, recipient: string) => `Letter "${title}" to ${recipient} made for the post, but not printed: the term it named had passed. A new letter was made instead.`,
    letterReplaced: (title: string, recipient: string, date: string, by: string) =>
      `Letter "${title}" of ${longDate(date, 'en')} to ${recipient} was not delivered by email and was replaced by the letter of ${longDate(by, 'en')}.`,
    letterSetApartNotRemade: (title: string, recipient: string, post: boolean) =>
      post ? `Letter "${title}" to ${recipient} made for the post, but not printed: the term it named had passed.` : `Letter "${title}" to ${recipient} made, but not delivered by email on the letter's date.`,
    letterNotRemade: (subject: string, recipient: string, date: string, on: string) =>
      `The letter "${subject}" of ${longDate(date, 'en')} to ${recipient} was not sent and not made again: on ${longDate(on, 'en')} an answer or a next step was recorded on this contract, so what the letter asks no longer stands. Nothing to do; if the letter is still needed, contact ${recipient} yourself.`,
    letterPosted: (recipient: string, subject: string, batchOf?: string) => `Letter "${subject}" to ${recipient} posted${batchOf ? ` (from ${batchOf}'s print batch)` : ''}.`,
    letterSettledBeforePost: (title: string, recipient: string, post: boolean) =>
      post ? `Letter "${title}" to ${recipient} made for the post, but not sent: the invoice was settled before the letter was posted.` : `Letter "${title}" to ${recipient} made, but not sent by email: the invoice was settled before the email went.`,
    coverShortened: (coverUntil: string, references: string[]) => {
      const premiums = billsNamed(references, 'en', { one: 'premium', several: 'premiums', unknown: 'the premium' });
      return `The cover now runs until ${coverUntil}: ${premiums.words} ${premiums.several ? 'run' : 'runs'} wholly or partly after it and ${premiums.several ? 'are' : 'is'} recorded as a debt of the estate; whether to dispute ${premiums.several ? 'them' : 'it'} is your decision.`;
    },
    coverRejudged: (coverUntil: string | null, references: string[], withdrawn: boolean) => {
      const premiums = billsNamed(references, 'en', { one: 'premium', several: 'premiums', unknown: 'the premium' });
      const cover = coverUntil ? `The cover now continues until ${coverUntil}` : 'The cover now continues with no last day';
      const objection = premiums.several ? (withdrawn ? 'the objections have been withdrawn' : 'the objections are not sent') : withdrawn ? 'the objection has been withdrawn' : 'the objection is not sent';
      return `${cover}: ${premiums.words} ${premiums.several ? 'fall within it and are' : 'falls within it and is'} paid from the estate; ${objection}.`;
    },
    objectionSetApart: (provider: string, references: string[], byEmail: boolean) => {
      const bills = billsNamed(references, 'en', { one: 'invoice', several: 'invoices', unknown: 'the invoice' });
      return `the objection${bills.several ? 's' : ''} to ${provider} about ${bills.words} ${bills.several ? 'do' : 'does'} not go out: the ${bills.several ? 'invoices were' : 'invoice was'} settled ${sentOffEn(bills.several, byEmail)}.`;
    },
    letterTakenBackBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Letter "${title}" to ${recipient} made for the post, but not sent: the block was taken back before the letter was posted.`
        : `Letter "${title}" to ${recipient} made, but not sent by email: the block was taken back before the email went.`,
    // deskundo: the end letter of a drop undone before it went: the agency never read it, so no correction follows.
    letterDropUndoneBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Letter "${title}" to ${recipient} made for the post, but not sent: the invoice's withdrawal was undone before the letter was posted. ${recipient} read nothing, so no correction goes either.`
        : `Letter "${title}" to ${recipient} made, but not sent by email: the invoice's withdrawal was undone before the email went. ${recipient} read nothing, so no correction goes either.`,
    letterCollectedAgainBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Letter "${title}" to ${recipient} made for the post, but not sent: ${recipient} sent a new collection letter before the letter was posted.`
        : `Letter "${title}" to ${recipient} made, but not sent by email: ${recipient} sent a new collection letter before the email went.`,
    letterAnsweredBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Letter "${title}" to ${recipient} made for the post, but not sent: ${recipient} answered about the invoice before the letter was posted.`
        : `Letter "${title}" to ${recipient} made, but not sent by email: ${recipient} answered about the invoice before the email went.`,
    objectionAnsweredSetApart: (provider: string, references: string[], byEmail: boolean) => {
      const bills = billsNamed(references, 'en', { one: 'invoice', several: 'invoices', unknown: 'the invoice' });
      return `the objection${bills.several ? 's' : ''} to ${provider} about ${bills.words} ${bills.several ? 'do' : 'does'} not go out: ${provider} answered about the ${bills.several ? 'invoices' : 'invoice'} ${sentOffEn(bills.several, byEmail)}.`;
    },
    letterReturned: (subject: string, letterDate: string, recipient: string, returnedOn: string, reason: string | null, by: string, remade: boolean) =>
      `${by} recorded that the letter "${subject}" of ${longDate(letterDate, 'en')} to ${recipient} came back on ${longDate(returnedOn, 'en')}, not delivered${reason ? ` (${reason})` : ''}; ${remade ? 'the letter is made anew.' : 'no new letter is needed: the contract has moved on since.'}`,
    letterReturnChecked: (letterDate: string, recipient: string, by: string) =>
      `${by} checked the address of ${recipient} after the returned letter of ${longDate(letterDate, 'en')}.`,
    /** A report that reached nobody, marked as passed on another way (`letter.passed_on`): who marked it, how, and her note. */
    reportPassedOn: (kind: string, letterDate: string, recipient: string, how: string, note: string | null, by: string) =>
      `${by} passed on the ${kind} of ${longDate(letterDate, 'en')} for ${recipient} (${how})${note ? `: ${note}` : '.'}`,
    letterBlocked: (title: string, rules: string) => `Letter "${title}" blocked: ${rules}`,
    letterNotSent: (provider: string) => `Letter to ${provider} prepared, not sent yet.`,
    letterAwaitingPost: (provider: string) => `Letter to ${provider} ready for the post.`,
    channels: { email: 'email', post: 'post', portal: "provider's desk", family: 'family portal' },
    estateStatus: (status: string) => `Estate: ${status}`,
    estateReopened: (reason: string) => `Estate reopened. Reason: ${reason}`,
    premiumOwed: (reference, provider, amount, period, due) => `premium ${reference} from ${provider} (${amount}, ${period}) recorded as a debt of the estate${due ? `; due by ${due}` : ''}.`,
    billPaid: (reference, provider, amount, date, finalBill = false, agency = null, overdrawn = false, bank = false) =>
      agency !== null
        ? `C${claimNamedEn(agency, reference).slice(1)}, ${amount}, paid from the estate on ${date}.`
        : overdrawn
        ? `Overdraft on the account (reference ${reference}) with ${provider} (${amount}) paid from the estate on ${date}.`
        : bank
        ? `${capitalised(CHARGE_NOUNS.en.one)} ${reference} from ${provider} (${amount}) paid from the estate on ${date}.`
        : finalBill === 'repaidAgain'
        ? `${capitalised(repaidAgainOfEn(provider))}, ${amount}, paid from the estate on ${date}.`
        : `${finalBill === 'recovery' ? `Recovery of pension paid in excess (reference ${reference})` : finalBill ? `Final bill (reference ${reference})` : `Invoice ${reference}`} from ${provider} (${amount}) paid from the estate on ${date}.`,
    billPaymentUndone: (reference, provider, amount, date, finalBill = false, agency = null, overdrawn = false, bank = false, open = null) => {
      const openNow = open ? `; ${open} is open now.` : '; that amount is open again.';
      return (
        agency !== null
        ? `Payment of ${amount} on ${date} for the ${claimNamedEn(agency, reference)} undone${openNow}`
        : overdrawn
        ? `Payment of ${amount} on ${date} for the overdraft on the account (reference ${reference}) with ${provider} undone${openNow}`
        : bank
        ? `Payment of ${amount} on ${date} for the ${CHARGE_NOUNS.en.one} ${reference} from ${provider} undone${openNow}`
        : finalBill === 'repaidAgain'
        ? `Payment of ${amount} on ${date} for ${repaidAgainOfEn(provider)} undone${openNow}`
        : finalBill
        ? `Payment of ${amount} on ${date} for the ${finalBill === 'recovery' ? 'recovery of pension paid in excess' : 'final bill'} (reference ${reference}) from ${provider} undone${openNow}`
        : `Payment of ${amount} on ${date} for invoice ${reference} from ${provider} undone${openNow}`
      );
    },
    noticeCorrectedLate: (about, changes, wrong, held, again, replacing, nothing) =>
      `${about}: collection agency's letter corrected${changes}.${wrong ? ` Under the wrong details these went to the agency: ${wrong}.` : ''}${
        held ? ` Held back before they went, so not sent under the wrong details: ${held}.` : ''} ${
        again === 'collection_stop' ? `Our request to suspend the collection now goes to the agency${replacing ? ' again' : ''}, with the right details${replacing ? '; the letter says which letter it replaces' : ''}.`
        : again === 'collection_ended' ? `Our word that the collection ended now goes to the agency${replacing ? ' again' : ''}, with the right details${replacing ? '; the letter says which letter it replaces' : ''}.`
        : nothing === 'amountOnly' ? 'The agency gets no new letter: only the amount on file was changed.'
        : nothing === 'languageOnly' ? 'The agency gets no new letter for the language alone: our request to suspend the collection is no longer open. A next letter to the agency goes in the new language.'
        : nothing === 'unreachable' ? 'The agency gets no new letter: no address or email is recorded. Call the agency yourself.'
        : nothing === 'stopped' ? 'Nothing needs to go again: the collection is recorded as stopped.'
        : 'Nothing needs to go again: no letter went to the agency.'
      }`,
    agencyLetterOn: (kind, on) => (on ? `${kind} of ${longDate(on, 'en')}` : kind),
    dropDayCorrected: (about, provider, bills, from, to) =>
      `${about}: the day ${provider} dropped ${billsNamed(bills, 'en', { one: 'bill', several: 'bills', unknown: 'the bill' }).words} corrected from ${longDate(from, 'en')} to ${longDate(to, 'en')}. A letter that named the earlier day stays as it went.`,
    estateOpened: (deceased, owner) => (deceased && owner ? `Estate of ${deceased} opened; case owner ${owner}.` : 'Estate opened.'),
    contractAdded: (contract, action) => (contract && action ? `${contract} (${action}) added to the inventory.` : 'Contract added to the inventory.'),
    document: (file, kind) => (file && kind ? `${file} (${kind})` : (kind ?? 'a document')),
    documentAdded: (document) => `Document added: ${document}.`,
    documentReplaced: (document, newFile) => (newFile ? `Document replaced: ${document} by a new version, ${newFile}.` : `Document replaced by a new version: ${document}.`),
    documentWithdrawn: (document) => `Document withdrawn: ${document}.`,
    documentTakenBack: (who, kind) => `${who} withdrew a file they had sent (${kind ?? 'document'}); the file has been erased.`,
    statementTakenBack: (who) => `${who} withdrew a bank statement they had sent; what was read from it has been erased.`,
    erasureConfirmed: (provider, document) => `${provider} confirmed it deleted the withdrawn document ${document}.`,
    documentAudience: (document, from, to) => `Who sees ${document} changed: was "${from}", now "${to}".`,
    documentKind: (file, from, to) => `Kind of ${file ?? 'a document'} corrected: was "${from}", now "${to}".`,
    documentTaken: (file, kind) => `Family member's document taken into the file: ${file ?? 'a document'}, as "${kind}".`,
    documentDescribed: (file, from, to) =>
      to ? `Description of ${file ?? 'a document'}: "${to}"${from ? ` (was "${from}")` : ''}.` : `Description of ${file ?? 'a document'} cleared${from ? ` (was "${from}")` : ''}.`,
    descriptionDropped: (file, from, kind) => `Description "${from}" of ${file ?? 'a document'} dropped: a description belongs to Other only, and the document is now "${kind}"; letters name it so from now on.`,
    familyReport: (who, kind, message, outcome) => `Report from ${who} (${kind})${message ? `: "${message}"` : ''}${outcome ? `; ${outcome}` : ''}.`,
    reportOutcomes: { dispute_started: 'disputed straight away', collection_stop_requested: 'collection suspension requested', contract_added: 'contract added', contract_known: 'contract known already' },
    callbackKind: 'call-back request',
    familyReportCorrected: (who, kind, changes) => `${who} corrected their own report (${kind})${changes ? `: ${changes}` : ''}.`,
    familyReportWithdrawn: (who, kind) => `${who} withdrew their own report (${kind}).`,
    reportWordsErased: 'Later withdrawn by the relative who made it; what it said has been erased.',
    uploadNameErased: 'Later taken back by the relative who sent it; its file name has been erased.',
    reportFigures: { message: 'message', invoiceDate: 'invoice date', periodFrom: 'period from', periodTo: 'period to', amount: 'amount', reference: 'reference', agency: 'collection agency', dossierNumber: 'file number', agencyLanguage: "collection agency's language" },
    figureChanged: (label, from, to) => `${label} ${from ?? '(empty)'} → ${to ?? '(empty)'}`,
    callbackRequested: (who, message) => `${who} asked to be called back${message ? `: "${message}"` : ''}.`,
    callRecorded: (date, withWhom, outcome) => `Called ${withWhom} on ${date}: ${outcome}`,
    callCorrected: (before, now) => `Call corrected. Was: ${before}. Now: ${now}`,
    callWithdrawn: (before) => `Call withdrawn (recorded in error). Was: ${before}`,
    sharedWithFamily: (shared) => (shared ? 'shared with the family' : 'not shared with the family'),
    reportReplied: (handled, reply) => `${handled} Reply to the family: "${reply}"`,
    reportHandled: (kind) => (kind ? `The report (${kind}) was handled.` : 'A report from the family was handled.'),
    reportBillRecorded: (kind, reference, amount, contract) => `The report (${kind ?? 'a bill'}) was handled: recorded as bill ${reference} of ${contract}, ${amount}.`,
    reportCollectionRecorded: (kind, agency, reference, contract) => `The report (${kind ?? 'a collection letter'}) was handled: the collection of ${agency} (reference ${reference}) recorded on ${contract}.`,
    reportNotRecorded: (kind) => `The report (${kind ?? 'a bill'}) was handled without recording the bill.`,
    memberAdded: (member) => (member ? `${member} added.` : 'Family member added.'),
    memberInvited: (name, byEmail) => `${name ?? 'A family member'} was invited to the family portal${byEmail ? ' by email' : ''}.`,
    accessWithdrawn: (name) => `${name ?? 'A family member'}'s portal access was withdrawn.`,
    accessEnded: (name) => `${name ?? 'A family member'}'s portal code and sessions were ended: the email address changed. A new invitation can be sent to the new address.`,
    dataExported: (name) => `Personal data of ${name ?? 'a family member'} exported on request (AVG art. 15/20).`,
    statementRead: (transactions, kept) => (transactions === null || kept === null
      ? 'Bank statement read; only the recurring payments were kept.'
      : `Bank statement read (${transactions} transactions, ${kept} recurring payments kept; the other transactions were not stored).`),
  },
};
