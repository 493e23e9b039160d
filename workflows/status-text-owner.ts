import { besideCommittee, COMMITTEE_DECIDED, COMMITTEE_LOOK, COMMITTEE_OFFER, COMMITTEE_OWNER, COMMITTEE_REJECTED, committeeBeside, creditOnCommitteeBill, decidedBill, FILING_CORRECTED } from './committee-wording';
import { AGENCY_FINDS_BY, type BrpCheck, type ContractContext, type NoticeChange, type ContractState, answeredInPart, onlyToldToFollow, followingName, OWNER_ANSWER_BUSINESS_DAYS, promisedDateOf, renewedDocuments, restToFollow } from './contract.machine';
import { type DisputedInvoice, type DroppedClaim, heldBills, paidOnDroppedBill, openDisputesOf, stillDisputed, unansweredBills } from './disputes';
import { disputedTotal } from './invoices';
import type { EstateState } from './estate.machine';
import { amountOf, answeredOneOfSeveral, billNounsOf, droppedBillsNamed, stillDisputedAfterStop, type InsideCover, billsStillOpen, capitalised, complaintWithdrawn, confirmationTakenBack, type ContractStep, DISPUTE_STATES, correctedBillFigures, correctedFields, billDisputedWords, enBy, endedSentence, type Language, listed, longDate, money, nlBy, type Phrase, quoted, quotedAtEnd, type Phrases, RECEIVED_VIA_WORDS, type AnswerDone, type CollectionAnswer, type ReceivedVia, type RequestAsked, type Said, say, sayStep, settledBillsNamed, type StatusWords, type StepPhrases, nlAgreeing, releaseBesideDispute, releaseLateBeside, chargeEn, chargeNl, paidOfDroppedBill, theCharges, type Biller, billerOfWords, INSURER_BILL_NOUNS, type RepaymentWithdrawn, SURVIVOR_WORDS } from './wording';

/**
 * Where a contract stands, in the case owner's working language: facts, amounts, references and
 * terms, and whose move it is. The family's reassurances stay in `status-text.ts`, the provider's
 * requests in `status-text-provider.ts`.
 */

/** The term of the current state: "uiterlijk 12 februari 2027", or that none is set. */
/** A term whose last day is behind us (`Said.passed`) says so: „uiterlijk 18 december" on the Saturday after read as still to come (audit92 F9). */
const nlDue = (due: string | null, passed = false) => `${nlBy(due, 'zonder termijn')}${due && passed ? ' (termijn verstreken)' : ''}`;
const enDue = (due: string | null, passed = false) => `${enBy(due, 'with no term set')}${due && passed ? ' (term passed)' : ''}`;

const asked: Record<Language, (c: ContractContext) => string> = {
  nl: (c) => (c.action === 'cancel' ? 'Beëindiging' : 'Overzetting'),
  en: (c) => (c.action === 'cancel' ? 'Cancellation' : 'Transfer'),
};
/**
 * What a request asked (`Said.asked`): of a bank account its block and balance, of an insurer what its letter asked by kind
 * (`Said.insurance`, letters/templates `insuranceRequest`), else the end or transfer. What its confirmation says: `confirmedWhat`.
 */
const INSURANCE_ASKED: Record<Language, Record<Exclude<Said['asked'], 'bank' | undefined>, string>> = {
  nl: { life: 'Uitkering', property: 'Doorlopen van de verzekering', health: 'Afwikkeling', unknown: 'Afwikkeling', pension: 'Stoppen van de pensioenbetalingen' },
  en: { life: 'Payout', property: 'Continuation of the insurance', health: 'Settlement', unknown: 'Settlement', pension: 'Pension payments stopped' },
};
const requestedWhat: Record<Language, (s: Said) => string> = {
  nl: (s) => (s.asked === 'bank' ? 'Blokkering en saldo' : s.asked ? INSURANCE_ASKED.nl[s.asked] : asked.nl(s.c)),
  en: (s) => (s.asked === 'bank' ? 'Block and balance' : s.asked ? INSURANCE_ASKED.en[s.asked] : asked.en(s.c)),
};
/** The provider's reason in brackets; its own closing full stop dropped, as the sentence ends after the bracket („(reden: Kosten zijn terecht)." not „…terecht.).", audit87 F9). */
const inBrackets = (r: string) => r.trim().replace(/\.+$/, '');
const reason: Record<Language, (r: string | null | undefined) => string> = {
  nl: (r) => (r ? ` (reden: ${inBrackets(r)})` : ''),
  en: (r) => (r ? ` (reason: ${inBrackets(r)})` : ''),
};
/** v5: what the provider credited of a bill, out of the part we disputed. */
const creditOf: Record<Language, (d: DisputedInvoice, bank?: boolean) => string> = {
  nl: (d, bank) => (d.credited ? `, ${money(d.credited, 'nl')} ${bank ? 'teruggeboekt' : 'gecrediteerd'} van ${money(d.disputed.amount, 'nl')}` : ''),
  en: (d, bank) => (d.credited ? `, ${money(d.credited, 'en')} ${bank ? 'booked back' : 'credited'} of ${money(d.disputed.amount, 'en')}` : ''),
};
/** One open bill in a list: its number and the amount still disputed, what was credited (v5), whether the provider holds to it (v4). */
const billItem: Record<Language, (d: DisputedInvoice, bank?: boolean) => string> = {
  nl: (d, bank) => `${d.reference} (${money(stillDisputed(d), 'nl')}${creditOf.nl(d, bank)}${d.rejectionReason ? `, afgewezen: ${d.rejectionReason}` : ''})`,
  en: (d, bank) => `${d.reference} (${money(stillDisputed(d), 'en')}${creditOf.en(d, bank)}${d.rejectionReason ? `, rejected: ${d.rejectionReason}` : ''})`,
};
/** With several bills open, each says whether the provider rejected it (`billItem`); with one, the sentence says it once. */
const singleReason = (c: ContractContext) => (openDisputesOf(c).length > 1 ? null : c.disputeRejectionReason);
/**
 * The disputed part and its invoice, or every open bill with their total (v4); a v1 dispute recorded neither.
 * `biller`: a bank's charge is costs, no invoice (bankowner, as its letter calls it: `refundsCharge`); an insurer's bill its nota (insurerwords).
 */
const disputedBill: Record<Language, (c: ContractContext, biller: Biller) => string> = {
  nl: (c, biller) => {
    const [d, ...more] = openDisputesOf(c);
    const bank = biller === 'bank';
    const noun = biller === 'insurer' ? INSURER_BILL_NOUNS.nl : { one: 'factuur', several: 'facturen' };
    if (!d) return bank ? 'kosten na de bevestigde datum betwist' : `${noun.one} na de einddatum betwist`;
    if (!more.length) return `${money(stillDisputed(d), 'nl')} betwist (${bank ? chargeNl(d.reference) : `${noun.one} ${d.reference}`}${creditOf.nl(d, bank)})`;
    return `${money(disputedTotal(openDisputesOf(c)), 'nl')} betwist op ${more.length + 1} ${bank ? 'kostenposten' : noun.several}: ${listed(openDisputesOf(c).map((d) => billItem.nl(d, bank)), 'nl')}`;
  },
  en: (c, biller) => {
    const [d, ...more] = openDisputesOf(c);
    const bank = biller === 'bank';
    const noun = biller === 'insurer' ? INSURER_BILL_NOUNS.en : { one: 'invoice', several: 'invoices' };
    if (!d) return bank ? 'charge after the confirmed date disputed' : `${noun.one} after the end date disputed`;
    if (!more.length) return `${money(stillDisputed(d), 'en')} disputed (${bank ? chargeEn(d.reference) : `${noun.one} ${d.reference}`}${creditOf.en(d, bank)})`;
    return `${money(disputedTotal(openDisputesOf(c)), 'en')} disputed on ${more.length + 1} ${bank ? 'charges' : noun.several}: ${listed(openDisputesOf(c).map((d) => billItem.en(d, bank)), 'en')}`;
  },
};
/** The owner's own note from checking with a provider informed through the BRP. */
const checkNote: Record<Language, (check: BrpCheck | null | undefined) => string> = {
  nl: (check) => (check ? ` (notitie: ${check.note})` : ''),
  en: (check) => (check ? ` (note: ${check.note})` : ''),
};
/** Bills named by number: "factuur F-2", "facturen F-2 en F-3"; an insurer's its nota's (kifidwords: `billNounsOf`). */
const invoicesNamed: Record<Language, (bills: DisputedInvoice[], biller?: Biller) => string> = {
  nl: (bills, biller) => `${billNounsOf(biller === 'insurer' ? biller : undefined).nl[bills.length > 1 ? 'several' : 'one']} ${listed(bills.map((d) => d.reference), 'nl')}`,
  en: (bills, biller) => `${billNounsOf(biller === 'insurer' ? biller : undefined).en[bills.length > 1 ? 'several' : 'one']} ${listed(bills.map((d) => d.reference), 'en')}`,
};
/**
 * v8: while the provider holds to some bills and has not answered others, the contract waits on the
 * provider: its term is for the unanswered bills (" op factuur F-2"), the held ones are the owner's to
 * decide ("; beslissing nodig over factuur F-1"). Nothing when no bill is held (every bill waits on the provider).
 */
const heldBeside = (c: ContractContext) => heldBills(c).length > 0 && unansweredBills(c).length > 0;
const answerOn: Record<Language, (c: ContractContext, biller?: Biller) => string> = {
  nl: (c, biller) => (heldBeside(c) ? ` op ${invoicesNamed.nl(unansweredBills(c), biller)}` : ''),
  en: (c, biller) => (heldBeside(c) ? ` on ${invoicesNamed.en(unansweredBills(c), biller)}` : ''),
};
const decisionOn: Record<Language, (c: ContractContext, biller?: Biller) => string> = {
  nl: (c, biller) => (heldBeside(c) ? `; beslissing nodig over ${invoicesNamed.nl(heldBills(c), biller)}` : ''),
  en: (c, biller) => (heldBeside(c) ? `; decision needed on ${invoicesNamed.en(heldBills(c), biller)}` : ''),
};
const effective: Record<Language, (c: ContractContext) => string> = {
  nl: (c) => (c.effectiveDate ? ` per ${longDate(c.effectiveDate, 'nl')}` : ''),
  en: (c) => (c.effectiveDate ? ` as of ${longDate(c.effectiveDate, 'en')}` : ''),
};

/**
 * bankrest: a block whose balance is nil or below leaves nothing to release (machine v18, `balanceToRelease`); an overdrawn account's
 * debit is a debt of the estate to the bank (art. 4:7 lid 1 sub c BW: the deceased's debts are debts of the estate).
 */
const nothingToRelease: Record<Language, (p: string, d: AnswerDone, paidOn: string | null) => string> = {
  nl: (p, d, paidOn) =>
    d.balance === null || d.balance > 0 ? '' : d.balance < 0 ? `; de rekening stond rood: dat bedrag ${paidOn ? `was een schuld van de nalatenschap aan ${p} en is op ${longDate(paidOn, 'nl')} betaald` : `is een schuld van de nalatenschap aan ${p}`}, er is niets vrij te geven` : '; er is niets vrij te geven',
  en: (p, d, paidOn) =>
    d.balance === null || d.balance > 0 ? '' : d.balance < 0 ? `; the account was overdrawn: that amount ${paidOn ? `was a debt of the estate to ${p} and was paid on ${longDate(paidOn, 'en')}` : `is a debt of the estate to ${p}`}, there is nothing to release` : '; there is nothing to release',
};

/**
 * bankanswer: a confirmation as what the provider did. A bank's or insurer's (`Said.done`): the account blocked with its balance
 * per the confirmation's date, the payout taken up, the cover kept or settled; one that gave only a date, to a request that asked
 * no end, its "afhandeling" (completion) per that date; any other, the end or transfer confirmed.
 */
const DONE: Record<Language, (p: string, d: AnswerDone, date: string | null, overdraftPaidOn: string | null) => string> = {
  nl: (p, d, date, overdraftPaidOn) => {
    switch (d.done) {
      case 'accountBlocked':
        // balancecorrect: the balance per its own day (`balanceOn`) when a correction moved only the date.
        return `${p} heeft de rekening geblokkeerd; ${d.balance === null ? 'saldo niet doorgegeven' : `saldo${d.balanceOn ? ` per ${longDate(d.balanceOn, 'nl')}` : date ? ` per ${date}` : ''}: ${money(d.balance, 'nl')}`}${d.balanceReleased ? '; het saldo is overgemaakt naar de boedelrekening' : nothingToRelease.nl(p, d, overdraftPaidOn)}`;
      case 'payoutHandled': {
        const paid = [d.payoutAmount === null ? null : money(d.payoutAmount, 'nl'), d.payoutTo && `aan ${d.payoutTo}`].filter(Boolean).join(' ');
        return `${p} heeft de uitkering in behandeling genomen${paid ? ` (${paid})` : ''}`;
      }
      case 'claimFormsSent':
        return `${p} heeft de formulieren voor de uitkering gestuurd`;
      case 'coverContinues':
        return `${p} laat de verzekering doorlopen voor de nalatenschap${d.coverUntil ? ` tot en met ${longDate(d.coverUntil, 'nl')}` : ' (geen einddatum doorgegeven)'}`;
      case 'coverSettled':
        return `${p} heeft de verzekering afgewikkeld${date ? ` per ${date}` : ''}`;
      case 'pensionStopped':
        return `${p} heeft de pensioenbetalingen gestopt${date ? ` per ${date}` : ''}; ${SURVIVOR_WORDS.nl(d)}`;
    }
  },
  en: (p, d, date, overdraftPaidOn) => {
    switch (d.done) {
      case 'accountBlocked':
        return `${p} has blocked the account; ${d.balance === null ? 'balance not given' : `balance${d.balanceOn ? ` as of ${longDate(d.balanceOn, 'en')}` : date ? ` as of ${date}` : ''}: ${money(d.balance, 'en')}`}${d.balanceReleased ? '; the balance was paid to the estate account' : nothingToRelease.en(p, d, overdraftPaidOn)}`;
      case 'payoutHandled': {
        const paid = [d.payoutAmount === null ? null : money(d.payoutAmount, 'en'), d.payoutTo && `to ${d.payoutTo}`].filter(Boolean).join(' ');
        return `${p} has taken up the payout${paid ? ` (${paid})` : ''}`;
      }
      case 'claimFormsSent':
        return `${p} has sent the claim forms for the payout`;
      case 'coverContinues':
        return `${p} keeps the insurance in force for the estate${d.coverUntil ? ` until ${longDate(d.coverUntil, 'en')}` : ' (no end date given)'}`;
      case 'coverSettled':
        return `${p} has settled the insurance${date ? ` as of ${date}` : ''}`;
      case 'pensionStopped':
        return `${p} has stopped the pension payments${date ? ` as of ${date}` : ''}; ${SURVIVOR_WORDS.en(d)}`;
    }
  },
};
const confirmedWhat: Record<Language, Phrase> = {
  nl: ({ p, c, done, asked: instead, overdraftPaidOn }) => {
    if (done) return DONE.nl(p, done, c.effectiveDate && longDate(c.effectiveDate, 'nl'), overdraftPaidOn);
    return `${instead ? 'Afhandeling' : asked.nl(c)} bevestigd door ${p}${effective.nl(c)}`;
  },
  en: ({ p, c, done, asked: instead, overdraftPaidOn }) => {
    if (done) return DONE.en(p, done, c.effectiveDate && longDate(c.effectiveDate, 'en'), overdraftPaidOn);
    return `${instead ? 'Completion' : asked.en(c)} confirmed by ${p}${effective.en(c)}`;
  },
};

/**
 * v12: the question after a part answer: that a part went and on which day, and what follows, by when where she gave a
 * date. Her term is said only where no document's date says it already (none given, or the one given passed).
 */
const termUnsaid = (s: Said, lang: Language) => {
  const promised = promisedDateOf(s.c.openInformationRequest);
  return !s.ownTermSaid && s.due !== null && (!promised || s.due !== longDate(promised, lang));
};
/** v16: a new document owed in place of one sent and withdrawn, said for each (`renewedDocuments`), with the date she gave when she gave one. */
const renewedSaid: Record<Language, (s: Said) => string> = {
  // answerrest: one of her own words ("het ingevulde claimformulier") is named as she wrote it, with no article of ours.
  nl: (s) =>
    renewedDocuments(s.c.openInformationRequest)
      .map((d) => ` Er volgt ${d.description ? `een nieuw exemplaar van ${d.description}` : `${nlAgreeing(d.kind).aNew} ${s.document(d.kind)}`}${d.expectedOn ? ` (verwacht uiterlijk ${longDate(d.expectedOn, 'nl')})` : ''}: ${d.description ? 'het' : nlAgreeing(d.kind).the} gestuurde is op ${longDate(d.withdrawnOn!, 'nl')} ingetrokken.`)
      .join(''),
  en: (s) =>
    renewedDocuments(s.c.openInformationRequest)
      .map((d) => ` A new ${d.description ? `copy of ${d.description}` : s.document(d.kind)} follows${d.expectedOn ? ` (expected by ${longDate(d.expectedOn, 'en')})` : ''}: the one sent was withdrawn on ${longDate(d.withdrawnOn!, 'en')}.`)
      .join(''),
};
/**
 * v18: a document the bank requires, withdrawn while its release waited: no question of the bank's, but what it needs the new one
 * for (each renewed document, with the day the one sent was withdrawn).
 */
const releaseNeeds: Record<Language, Phrase> = {
  nl: (s) =>
    renewedDocuments(s.c.openInformationRequest)
      .map((d) => `${s.p} kan het saldo pas vrijgeven met een ${s.document(d.kind)}: stuur een nieuwe. De gestuurde is op ${longDate(d.withdrawnOn!, 'nl')} ingetrokken.`)
      .join(' ') + (termUnsaid(s, 'nl') ? ` Aanleveren ${nlDue(s.due, s.passed)}.` : ''),
  en: (s) =>
    renewedDocuments(s.c.openInformationRequest)
      .map((d) => `${s.p} can release the balance only with a ${s.document(d.kind)}: send a new one. The one sent was withdrawn on ${longDate(d.withdrawnOn!, 'en')}.`)
      .join(' ') + (termUnsaid(s, 'en') ? ` Supply it ${enDue(s.due, s.passed)}.` : ''),
};
const partAnswered: Record<Language, Phrase> = {
  nl: (s) => {
    const { message, followsLater = [], partEnclosed } = s.c.openInformationRequest!;
    const following = followsLater.filter((d) => !d.withdrawnOn).map((d) => `${followingName(d, s.document)}${d.expectedOn ? ` (verwacht uiterlijk ${longDate(d.expectedOn, 'nl')})` : ''}`);
    const on = s.partSentOn ? `op ${longDate(s.partSentOn, 'nl')} ` : '';
    const term = termUnsaid(s, 'nl') ? ` Aanleveren ${nlDue(s.due, s.passed)}.` : '';
    // v16: only a withdrawn document's renewal follows: no part of this answer is outstanding.
    if (!following.length) return `${s.p} vroeg aanvullende informatie („${message}”).${renewedSaid.nl(s)}${term}`;
    // An answer that enclosed nothing only said what follows (`partEnclosed` false; unknown before it was recorded: a part).
    // Its letter not gone yet (by post not posted, an e-mail not delivered): nothing is said to have gone.
    const said = s.partSentOn === null ? `${partEnclosed === false ? 'het bericht dat de documenten later volgen' : 'een deel'} staat klaar om te versturen` : partEnclosed === false ? `${on}is gemeld dat de documenten later volgen` : `${on}is een deel gestuurd`;
    const part = `${s.p} vroeg aanvullende informatie („${message}”); ${said}. Volgt later: ${listed(following, 'nl')}`;
    return renewedDocuments(s.c.openInformationRequest).length ? `${part}.${renewedSaid.nl(s)}${term}` : `${part}${term ? `; aanleveren ${nlDue(s.due, s.passed)}` : ''}.`;
  },
  en: (s) => {
    const { message, followsLater = [], partEnclosed } = s.c.openInformationRequest!;
    const following = followsLater.filter((d) => !d.withdrawnOn).map((d) => `${followingName(d, s.document)}${d.expectedOn ? ` (expected by ${longDate(d.expectedOn, 'en')})` : ''}`);
    const on = s.partSentOn ? ` on ${longDate(s.partSentOn, 'en')}` : '';
    const term = termUnsaid(s, 'en') ? ` Supply it ${enDue(s.due, s.passed)}.` : '';
    if (!following.length) return `${s.p} asked for more information (“${message}”).${renewedSaid.en(s)}${term}`;
    const said = s.partSentOn === null ? `${partEnclosed === false ? 'word that the documents follow later' : 'part of it'} is ready to be sent` : partEnclosed === false ? `word went${on} that the documents follow later` : `part of it was sent${on}`;
    const part = `${s.p} asked for more information (“${message}”); ${said}. To follow later: ${listed(following, 'en')}`;
    return renewedDocuments(s.c.openInformationRequest).length ? `${part}.${renewedSaid.en(s)}${term}` : `${part}${term ? `; supply it ${enDue(s.due, s.passed)}` : ''}.`;
  },
};

/**
 * audit102 F5: the complaint beside amend and withdraw, in her status, next step and late alert alike (refusalwords), while the contract takes one (`Said.complaintOffered`) and none is on record to name a
 * body after.
 */
const orComplain: Record<Language, (s: Said) => string> = {
  nl: ({ complaintOffered, complained }) => (complaintOffered && !complained ? ', of een klacht indienen over de afwijzing' : ''),
  en: ({ complaintOffered, complained }) => (complaintOffered && !complained ? ', or complain about the rejection' : ''),
};
/** `orComplain` before the term it shares with amend and withdraw: „…, or complain about the rejection, by …". */
const orComplainBy = (lang: Language, s: Said): string => (orComplain[lang](s) ? `${orComplain[lang](s)},` : '');

const STATUS: Phrases = {
  draft: { nl: ({ p }) => `Concept: verzoek aan ${p} wacht op ontbrekende documenten.`, en: ({ p }) => `Draft: the request to ${p} waits for missing documents.` },
  ready: { nl: ({ p }) => `Klaar: verzoek aan ${p} kan worden verstuurd.`, en: ({ p }) => `Ready: the request to ${p} can be sent.` },
  requested: {
    nl: (s) => `${requestedWhat.nl(s)} gevraagd bij ${s.p}, antwoord aanbieder ${nlDue(s.due, s.passed)}.`,
    en: (s) => `${requestedWhat.en(s)} requested from ${s.p}, provider's answer due ${enDue(s.due, s.passed)}.`,
  },
  reminded: {
    nl: ({ p, due, passed }) => `Herinnering verstuurd aan ${p}, antwoord aanbieder ${nlDue(due, passed)}.`,
    en: ({ p, due, passed }) => `Reminder sent to ${p}, provider's answer due ${enDue(due, passed)}.`,
  },
  // Also after an acknowledged request: what the reminder did not bring is the confirmation, not any answer.
  // Once its term passed with no letter since (`ownTermSaid`), the complaint has no term of the provider's left to name.
  escalated: {
    nl: ({ p, due, ownTermSaid, passed }) => `Klacht ingediend bij ${p}: ook na de herinnering niet bevestigd${ownTermSaid ? '' : `, antwoord aanbieder ${nlDue(due, passed)}`}.`,
    en: ({ p, due, ownTermSaid, passed }) => `Complaint filed with ${p}: still not confirmed after the reminder${ownTermSaid ? '' : `, provider's answer due ${enDue(due, passed)}`}.`,
  },
  acknowledged: {
    nl: ({ p, due, c, passed }) => `Ontvangst bevestigd door ${p}${c.providerReference ? ` (referentie ${c.providerReference})` : ''}, afhandeling ${nlDue(due, passed)}.`,
    en: ({ p, due, c, passed }) => `Receipt acknowledged by ${p}${c.providerReference ? ` (reference ${c.providerReference})` : ''}, completion due ${enDue(due, passed)}.`,
  },
  // The provider's own words are quoted: they end in their own full stop, which our sentence then goes on from.
  informationRequested: {
    nl: (s) => (s.c.openInformationRequest?.release ? releaseNeeds.nl(s) : answeredInPart(s.c.openInformationRequest) ? partAnswered.nl(s) : `${s.p} vraagt aanvullende informatie${s.c.openInformationRequest ? ` („${s.c.openInformationRequest.message}”)` : ''}${s.ownTermSaid ? '' : `; aanleveren ${nlDue(s.due, s.passed)}`}.`),
    en: (s) => (s.c.openInformationRequest?.release ? releaseNeeds.en(s) : answeredInPart(s.c.openInformationRequest) ? partAnswered.en(s) : `${s.p} asks for more information${s.c.openInformationRequest ? ` (“${s.c.openInformationRequest.message}”)` : ''}${s.ownTermSaid ? '' : `; supply it ${enDue(s.due, s.passed)}`}.`),
  },
  rejected: {
    nl: (s) => `Verzoek afgewezen door ${s.p}${reason.nl(s.c.lastRejectionReason)}${s.ownTermSaid ? '' : `; aanpassen of intrekken${orComplainBy('nl', s)} ${nlDue(s.due, s.passed)}`}.`,
    en: (s) => `Request rejected by ${s.p}${reason.en(s.c.lastRejectionReason)}${s.ownTermSaid ? '' : `; amend or withdraw${orComplainBy('en', s)} ${enDue(s.due, s.passed)}`}.`,
  },
  // v9: the owner's complaint about the rejection; once its term passed with no letter since (`ownTermSaid`), no term of the provider's is left to name (as `escalated`).
  complained: {
    nl: ({ p, due, c, ownTermSaid, passed }) => `Klacht ingediend bij ${p} over de afwijzing${reason.nl(c.lastRejectionReason)}${ownTermSaid ? '' : `, antwoord aanbieder ${nlDue(due, passed)}`}.`,
    en: ({ p, due, c, ownTermSaid, passed }) => `Complaint filed with ${p} about the rejection${reason.en(c.lastRejectionReason)}${ownTermSaid ? '' : `, provider's answer due ${enDue(due, passed)}`}.`,
  },
  // pensionletter: a pension fund sends no invoices; what may still come in the quiet period is its claim for pension paid in excess (BRP_CHECK).
  confirmed: {
    nl: (s) => `${confirmedWhat.nl(s)}; controle op ${s.asked === 'pension' ? 'een terugvordering van te veel betaald pensioen' : 'late facturen'} ${s.due ? `tot en met ${s.due}` : 'loopt'}.`,
    en: (s) => `${confirmedWhat.en(s)}; watching for ${s.asked === 'pension' ? 'a recovery of pension paid in excess' : 'late bills'} ${s.due ? `until ${s.due}` : 'for now'}.`,
  },
  // v17: the block recorded; the release to the estate account is what the bank still owes, on its term.
  blocked: {
    nl: (s) => `${confirmedWhat.nl(s)}. Het saldo is nog niet vrijgegeven naar de boedelrekening${s.ownTermSaid ? '' : `, vrijgave ${nlDue(s.due, s.passed)}`}.`,
    en: (s) => `${confirmedWhat.en(s)}. The balance has not yet been released to the estate account${s.ownTermSaid ? '' : `, release due ${enDue(s.due, s.passed)}`}.`,
  },
  // v19: the term passed and the bank was reminded in writing: its fresh term is the one the reminder named.
  releaseReminded: {
    nl: (s) => `${confirmedWhat.nl(s)}. Het saldo is niet op tijd vrijgegeven naar de boedelrekening: herinnering verstuurd, vrijgave ${nlDue(s.due, s.passed)}.`,
    en: (s) => `${confirmedWhat.en(s)}. The balance was not released to the estate account in time: reminder sent, release due ${enDue(s.due, s.passed)}.`,
  },
  // releaseremind: the term that passed is said beside it when known (`ownTermSaid`, the missed term's own sentence names its day).
  releaseOverdue: {
    nl: (s) => `${confirmedWhat.nl(s)}. Het saldo is nog niet vrijgegeven naar de boedelrekening${s.ownTermSaid ? '' : ': termijn verstreken'}.`,
    en: (s) => `${confirmedWhat.en(s)}. The balance has not yet been released to the estate account${s.ownTermSaid ? '' : ': the term has passed'}.`,
  },
  disputed: {
    nl: ({ biller, due, c, passed }) => `Geschil loopt: ${disputedBill.nl(c, biller)}, antwoord aanbieder${answerOn.nl(c, biller)} ${nlDue(due, passed)}${decisionOn.nl(c, biller)}.`,
    en: ({ biller, due, c, passed }) => `Dispute open: ${disputedBill.en(c, biller)}, provider's answer${answerOn.en(c, biller)} due ${enDue(due, passed)}${decisionOn.en(c, biller)}.`,
  },
  // v8: beside a held bill, the complaint was about the unanswered ones only.
  disputeEscalated: {
    nl: ({ biller, p, due, c, ownTermSaid, passed }) =>
      `${heldBeside(c) ? `${capitalised(invoicesNamed.nl(unansweredBills(c), biller))} onbeantwoord` : 'Geschil onbeantwoord'}, klacht ingediend bij ${p}: ${disputedBill.nl(c, biller)}${ownTermSaid ? '' : `, antwoord aanbieder${answerOn.nl(c, biller)} ${nlDue(due, passed)}`}${decisionOn.nl(c, biller)}.`,
    en: ({ biller, p, due, c, ownTermSaid, passed }) =>
      `${heldBeside(c) ? `${capitalised(invoicesNamed.en(unansweredBills(c), biller))} unanswered` : 'Dispute unanswered'}, complaint filed with ${p}: ${disputedBill.en(c, biller)}${ownTermSaid ? '' : `, provider's answer${answerOn.en(c, biller)} due ${enDue(due, passed)}`}${decisionOn.en(c, biller)}.`,
  },
  // v5: a provider that credited part of every bill it answered did not reject the dispute, nor said it holds to the rest (audit81 DISP-1): what is still open is said, with its amounts.
  disputeRejected: {
    nl: ({ bank, biller, p, due, c, ownTermSaid, passed }) => `${onlyCredited(c) ? `Deels ${bank ? 'teruggeboekt' : 'gecrediteerd'} door ${p}, de rest staat nog open` : `Geschil afgewezen door ${p}${reason.nl(singleReason(c))}`}: ${disputedBill.nl(c, biller)}${ownTermSaid ? '' : `; beslissing nodig ${nlDue(due, passed)}`}.`,
    en: ({ bank, biller, p, due, c, ownTermSaid, passed }) => `${onlyCredited(c) ? `${bank ? 'Booked back' : 'Credited'} in part by ${p}, the rest still open` : `Dispute rejected by ${p}${reason.en(singleReason(c))}`}: ${disputedBill.en(c, biller)}${ownTermSaid ? '' : `; decision needed ${enDue(due, passed)}`}.`,
  },
  // v5: the bills disputed meanwhile stay named while the stop is asked.
  // committee (v22): the complaints body has the bill; it gives no term, so none is said.
  withCommittee: { nl: ({ c, p, due, biller }) => COMMITTEE_OWNER.status.nl(c, p, due, null, biller), en: ({ c, p, due, biller }) => COMMITTEE_OWNER.status.en(c, p, due, null, biller) },
  collectionStopRequested: {
    nl: ({ biller, p, due, c, ownTermSaid, passed }) => `Opschorting incasso gevraagd bij ${p}${ownTermSaid ? '' : `, schriftelijk antwoord ${nlDue(due, passed)}`}${openDisputesOf(c).length ? `; ${disputedBill.nl(c, biller)}` : ''}.`,
    en: ({ biller, p, due, c, ownTermSaid, passed }) => `Collection suspension requested from ${p}${ownTermSaid ? '' : `, written answer due ${enDue(due, passed)}`}${openDisputesOf(c).length ? `; ${disputedBill.en(c, biller)}` : ''}.`,
  },
  // A contract settles only after a quiet period without an open bill: after disputed bills it was quiet since.
  settled: {
    nl: ({ p, c, asked: instead }) => `Afgehandeld bij ${p}: ${!c.disputes ? `geen ${instead === 'pension' ? 'terugvordering' : 'late facturen'} in de wachttijd` : `${c.disputes > 1 ? 'de late facturen zijn' : 'de late factuur is'} afgehandeld en in de wachttijd kwam er geen nieuwe`}.`,
    en: ({ p, c, asked: instead }) => `Settled with ${p}: ${!c.disputes ? `no ${instead === 'pension' ? 'recovery' : 'late bills'} during the quiet period` : `the late ${c.disputes > 1 ? 'bills were' : 'bill was'} dealt with and no new one came during the quiet period`}.`,
  },
  closed: { nl: ({ p }) => `Gesloten: contract bij ${p} afgehandeld.`, en: ({ p }) => `Closed: contract with ${p} settled.` },
  withdrawn: { nl: ({ p }) => `Verzoek aan ${p} ingetrokken.`, en: ({ p }) => `Request to ${p} withdrawn.` },
  informedByBrp: {
    nl: ({ p, c }) => `Afgerond zonder brief: ${p} was al geïnformeerd via de BRP${checkNote.nl(c.brpCheck)}.`,
    en: ({ p, c }) => `Done without a letter: ${p} was already informed through the BRP${checkNote.en(c.brpCheck)}.`,
  },
};

/** While the bank's term for the release runs (`blocked`, v19 `releaseReminded`): the release is recorded when it comes, the call only after the term. */
const RELEASE_AWAITED_NEXT: Record<Language, Phrase> = {
  nl: ({ p, due }) => `Vrijgave vastleggen zodra ${p} het saldo heeft overgemaakt; niet vrijgegeven ${nlBy(due, 'op tijd')}: ${p} bellen.`,
  en: ({ p, due }) => `Record the release once ${p} has paid the balance; not released ${enBy(due, 'in time')}: call ${p}.`,
};

const nothingLeft: Record<Language, Phrase> = { nl: () => 'Niets meer te doen.', en: () => 'Nothing more to do.' };
/** The owner's own term that passed, beside the step now due; renewed and missed again, how often since the first. */
const ownTermRan: Record<Language, (missed: string, count: number) => string> = {
  nl: (missed, count) => (count > 1 ? `termijn ${count}× verlopen sinds ${missed}` : `uw termijn liep tot en met ${missed}`),
  en: (missed, count) => (count > 1 ? `term passed ${count} times since ${missed}` : `your term ran until ${missed}`),
};
/** The move due now after the owner's own term ran: with that term, or alone where the status beside says it (`ownTermSaid`). */
const nowWithTerm: Record<Language, (s: Said, move: string, parenthesised?: boolean) => string> = {
  nl: ({ missed, missedCount, ownTermSaid }, move, parenthesised) =>
    ownTermSaid || !missed ? move : parenthesised ? `${move} (${ownTermRan.nl(missed, missedCount)})` : `${move}: ${ownTermRan.nl(missed, missedCount)}`,
  en: ({ missed, missedCount, ownTermSaid }, move, parenthesised) =>
    ownTermSaid || !missed ? move : parenthesised ? `${move} (${ownTermRan.en(missed, missedCount)})` : `${move}: ${ownTermRan.en(missed, missedCount)}`,
};

/**
 * After our complaint the provider's complaints body takes the case only after its waiting time
 * (`complaintsBodyOpensOn` in src/providers/complaints-bodies.ts): until then the call, and from which day
 * the body may be approached; from that day the body beside the call.
 */
const orBody: Record<Language, (complained: Said['complained']) => string> = {
  nl: (complained) => (complained && !complained.from ? ` of naar ${complained.body}` : ''),
  en: (complained) => (complained && !complained.from ? ` or go to ${complained.body}` : ''),
};
const bodyFrom: Record<Language, (complained: Said['complained']) => string> = {
  nl: (complained) => (complained?.from ? ` Vanaf ${complained.from} kunt u naar ${complained.body}.` : ''),
  en: (complained) => (complained?.from ? ` From ${complained.from} you can go to ${complained.body}.` : ''),
};
/** v9: a rejection that answered our complaint: the complaints body, from the day it takes the case. */
const afterComplaint: Record<Language, (complained: Said['complained']) => string> = {
  nl: (complained) => (complained ? ` ${complained.from ? `Vanaf ${complained.from} kunt u` : 'U kunt ook'} naar ${complained.body}.` : ''),
  en: (complained) => (complained ? ` ${complained.from ? `From ${complained.from} you can` : 'You can also'} go to ${complained.body}.` : ''),
};

/** deskterm: the working day a reminder or complaint goes after a term that passed on a Friday or before a holiday (`Said.goesOn`). */
const nlOn = (goesOn: string | null) => (goesOn ? `op ${goesOn} ` : '');
const enOn = (goesOn: string | null) => (goesOn ? ` on ${goesOn}` : '');

/**
 * What happens next: what Steward does by itself, or what the owner must do. After a term passed that
 * left the move with the owner (`missed`), that move is due now: the fresh term is the provider's next
 * one (the status says it), never a date the call may wait for.
 */
const NEXT: Phrases = {
  draft: { nl: ({ p }) => `Ontbrekende documenten toevoegen, dan het verzoek aan ${p} versturen.`, en: ({ p }) => `Add the missing documents, then send the request to ${p}.` },
  ready: { nl: ({ p }) => `Verzoek aan ${p} versturen.`, en: ({ p }) => `Send the request to ${p}.` },
  requested: { nl: ({ due, goesOn }) => `Geen antwoord ${nlBy(due, 'op tijd')}: herinnering gaat ${nlOn(goesOn)}automatisch.`, en: ({ due, goesOn }) => `No answer ${enBy(due, 'in time')}: a reminder goes out automatically${enOn(goesOn)}.` },
  reminded: { nl: ({ due, goesOn }) => `Geen antwoord ${nlBy(due, 'op tijd')}: klacht gaat ${nlOn(goesOn)}automatisch.`, en: ({ due, goesOn }) => `No answer ${enBy(due, 'in time')}: a complaint goes out automatically${enOn(goesOn)}.` },
  escalated: {
    nl: ({ p, due, complained, missed }) =>
      `${missed ? `${p} nu bellen${orBody.nl(complained)}: geen antwoord tot en met ${missed}.` : `Geen antwoord ${nlBy(due, 'op tijd')}: ${p} bellen${orBody.nl(complained)}.`}${bodyFrom.nl(complained)}`,
    en: ({ p, due, complained, missed }) =>
      `${missed ? `Call ${p} now${orBody.en(complained)}: no answer by ${missed}.` : `No answer ${enBy(due, 'in time')}: call ${p}${orBody.en(complained)}.`}${bodyFrom.en(complained)}`,
  },
  acknowledged: { nl: ({ due, goesOn }) => `Geen bevestiging ${nlBy(due, 'op tijd')}: herinnering gaat ${nlOn(goesOn)}automatisch.`, en: ({ due, goesOn }) => `No confirmation ${enBy(due, 'in time')}: a reminder goes out automatically${enOn(goesOn)}.` },
  // v12: after a part answer, what is left to supply is the rest; after word that the documents follow, the documents.
  informationRequested: {
    nl: (s) => {
      const what = onlyToldToFollow(s.c.openInformationRequest) ? 'De gevraagde documenten' : restToFollow(s.c.openInformationRequest) ? 'De rest van de gevraagde informatie' : 'Gevraagde informatie';
      return s.missed ? `${nowWithTerm.nl(s, `${what} nu aanleveren`)}.` : `${what} aanleveren ${nlBy(s.due, 'zo snel mogelijk')}.`;
    },
    en: (s) => {
      const what = onlyToldToFollow(s.c.openInformationRequest) ? 'the documents asked for' : restToFollow(s.c.openInformationRequest) ? 'the rest of the information' : 'the information';
      return s.missed ? `${nowWithTerm.en(s, `Supply ${what} now`)}.` : `Supply ${what} ${enBy(s.due, 'as soon as possible')}.`;
    },
  },
  // v9: rejected again after our complaint, the complaints body is named from the day it takes the case; before a complaint, the
  // complaint itself where the contract takes it (audit102 F5: it is what a complaints body such as Kifid asks first).
  rejected: {
    nl: (s) => `${s.missed ? `${nowWithTerm.nl(s, `Verzoek nu aanpassen of intrekken${orComplain.nl(s)}`)}.` : `Verzoek aanpassen of intrekken${orComplainBy('nl', s)} ${nlBy(s.due, 'zo snel mogelijk')}.`}${afterComplaint.nl(s.complained)}`,
    en: (s) => `${s.missed ? `${nowWithTerm.en(s, `Amend or withdraw the request now${orComplain.en(s)}`)}.` : `Amend or withdraw the request${orComplainBy('en', s)} ${enBy(s.due, 'as soon as possible')}.`}${afterComplaint.en(s.complained)}`,
  },
  complained: {
    nl: ({ p, due, complained, missed }) =>
      `${missed ? `${p} nu bellen${orBody.nl(complained)}: geen antwoord op de klacht tot en met ${missed}.` : `Geen antwoord op de klacht ${nlBy(due, 'op tijd')}: ${p} bellen${orBody.nl(complained)}.`}${bodyFrom.nl(complained)}`,
    en: ({ p, due, complained, missed }) =>
      `${missed ? `Call ${p} now${orBody.en(complained)}: no answer to the complaint by ${missed}.` : `No answer to the complaint ${enBy(due, 'in time')}: call ${p}${orBody.en(complained)}.`}${bodyFrom.en(complained)}`,
  },
  confirmed: {
    nl: ({ due, asked: instead }) => `Geen ${instead === 'pension' ? 'terugvordering' : 'late factuur'} ${due ? `tot en met ${due}` : 'in de wachttijd'}: afgehandeld.`,
    en: ({ due, asked: instead }) => `No ${instead === 'pension' ? 'recovery' : 'late bill'} ${due ? `by ${due}` : 'during the quiet period'}: settled.`,
  },
  blocked: RELEASE_AWAITED_NEXT,
  // v19: after the reminder as before it: the bank's term runs; only when it passes is the call hers.
  releaseReminded: RELEASE_AWAITED_NEXT,
  // v17: its term passed: calling is her move, the release is recorded when it comes.
  releaseOverdue: {
    nl: ({ p, missed }) => `${p} ${missed ? 'nu ' : ''}bellen over de vrijgave van het saldo${missed ? `: niet vrijgegeven tot en met ${missed}` : ''}; de vrijgave vastleggen zodra ${p} het saldo heeft overgemaakt.`,
    en: ({ p, missed }) => `Call ${p} ${missed ? 'now ' : ''}about releasing the balance${missed ? `: not released by ${missed}` : ''}; record the release once ${p} has paid it.`,
  },
  // v8: beside a held bill, the provider's term and the complaint are about the unanswered bills; the owner decides about the held one meanwhile.
  disputed: {
    nl: ({ p, due, c, body, goesOn }) =>
      heldBeside(c)
        ? `Geen antwoord${answerOn.nl(c)} ${nlBy(due, 'op tijd')}: de klacht daarover gaat ${nlOn(goesOn)}automatisch.${decideWhileWaiting.nl(p, c, body)}`
        : `Geen antwoord ${nlBy(due, 'op tijd')}: klacht over het geschil gaat ${nlOn(goesOn)}automatisch.`,
    en: ({ p, due, c, body, goesOn }) =>
      heldBeside(c)
        ? `No answer${answerOn.en(c)} ${enBy(due, 'in time')}: the complaint about it goes out automatically${enOn(goesOn)}.${decideWhileWaiting.en(p, c, body)}`
        : `No answer ${enBy(due, 'in time')}: a complaint about the dispute goes out automatically${enOn(goesOn)}.`,
  },
  // The provider's own complaints body where it has one (Kifid is no geschillencommissie), from the day it takes the case; else only the call.
  // partterm (audit92 F3): once her call is late (`missed`), the held bill's decision is said without a term still to start: "Te laat" beside it would contradict it.
  disputeEscalated: {
    nl: ({ p, due, c, body, complained, missed }) =>
      `${missed ? `${p} nu bellen${orBody.nl(complained)}: geen antwoord tot en met ${missed}.` : `Geen antwoord${answerOn.nl(c)} ${nlBy(due, 'op tijd')}: ${p} bellen${orBody.nl(complained)}.`}${bodyFrom.nl(complained)}${heldBeside(c) ? (missed ? ` ${decideHeld.nl(p, c, body)}` : decideWhileWaiting.nl(p, c, body)) : ''}`,
    en: ({ p, due, c, body, complained, missed }) =>
      `${missed ? `Call ${p} now${orBody.en(complained)}: no answer by ${missed}.` : `No answer${answerOn.en(c)} ${enBy(due, 'in time')}: call ${p}${orBody.en(complained)}.`}${bodyFrom.en(complained)}${heldBeside(c) ? (missed ? ` ${decideHeld.en(p, c, body)}` : decideWhileWaiting.en(p, c, body)) : ''}`,
  },
  disputeRejected: {
    nl: (s) => `${s.missed ? nowWithTerm.nl(s, 'Nu beslissen', true) : `Beslissen ${nlBy(s.due, 'zo snel mogelijk')}`}: ${payOrObject.nl(s.p, s.body)}`,
    en: (s) => `${s.missed ? nowWithTerm.en(s, 'Decide now', true) : `Decide ${enBy(s.due, 'as soon as possible')}`}: ${payOrObject.en(s.p, s.body)}`,
  },
  // v5: a bill the provider holds to while the stop is asked is the owner's to decide already; the
  // state's term is the stop's, so the decision has none until the stop is answered (then a fresh one).
  // deskanswer (partterm's Not done 3): once her call is late, that term still to start is not said beside „Te laat", as disputeEscalated.
  withCommittee: { nl: ({ c, p, due, missed }) => COMMITTEE_OWNER.next.nl(c, p, due, missed), en: ({ c, p, due, missed }) => COMMITTEE_OWNER.next.en(c, p, due, missed) },
  collectionStopRequested: {
    nl: ({ p, due, c, body, missed }) =>
      `${missed ? `${p} en het incassobureau nu bellen: geen schriftelijk antwoord tot en met ${missed}.` : `Geen antwoord ${nlBy(due, 'op tijd')}: ${p} en het incassobureau bellen.`}${
        heldBills(c).length
          ? ` ${decideHeld.nl(p, c, body)}${missed ? '' : ` Zolang de incassostop loopt, staat daarvoor geen termijn; die begint opnieuw (${OWNER_ANSWER_BUSINESS_DAYS} werkdagen) als ${p} de incasso heeft gestopt.`}`
          : ''
      }`,
    en: ({ p, due, c, body, missed }) =>
      `${missed ? `Call ${p} and the collection agency now: no written answer by ${missed}.` : `No answer ${enBy(due, 'in time')}: call ${p} and the collection agency.`}${
        heldBills(c).length
          ? ` ${decideHeld.en(p, c, body)}${missed ? '' : ` While the collection stop is asked, no term runs for it; a new one (${OWNER_ANSWER_BUSINESS_DAYS} business days) starts once ${p} has stopped the collection.`}`
          : ''
      }`,
  },
  // No contract is closed on its own: closing the estate (*Nalatenschap afsluiten*) closes every settled one.
  settled: { nl: () => 'Niets meer te doen voor dit contract; het wordt afgesloten als u de nalatenschap afsluit, zodra alle contracten zijn afgehandeld.', en: () => 'Nothing more to do for this contract; it is closed when you close the estate, once every contract is handled.' },
  closed: nothingLeft,
  withdrawn: nothingLeft,
  informedByBrp: nothingLeft,
};

/** A bill the provider holds to, and how: "factuur F-1 (afgewezen)". */
const heldItem: Record<Language, (d: DisputedInvoice) => string> = {
  nl: (d) => `factuur ${d.reference} (${d.credited ? 'deels gecrediteerd' : 'afgewezen'})`,
  en: (d) => `invoice ${d.reference} (${d.credited ? 'credited in part' : 'rejected'})`,
};
/** A bill the provider holds to, with what it credited (a bank: booked back) of the disputed part or that it rejected it: "factuur F-1 (KPN crediteerde € 30,00 van € 62,00)". */
const heldHow: Record<Language, (p: string, d: DisputedInvoice, bank?: boolean, biller?: Biller) => string> = {
  nl: (p, d, bank, biller) => `${bank ? chargeNl(d.reference) : `${billNounsOf(biller).nl.one} ${d.reference}`} (${d.credited ? `${p} ${bank ? 'boekte' : 'crediteerde'} ${money(d.credited, 'nl')} van ${money(d.disputed.amount, 'nl')}${bank ? ' terug' : ''}` : `afgewezen door ${p}`})`,
  en: (p, d, bank, biller) => `${bank ? chargeEn(d.reference) : `${billNounsOf(biller).en.one} ${d.reference}`} (${d.credited ? `${p} ${bank ? 'booked back' : 'credited'} ${money(d.credited, 'en')} of ${money(d.disputed.amount, 'en')}` : `rejected by ${p}`})`,
};
/**
 * The owner's choice about a bill the provider holds to, in one wording wherever it is said (the contract,
 * Today): Steward records the outcome; objecting further is a call or the provider's complaints body
 * (`complaints-bodies.ts`, where its category has one), not a step of ours.
 */
const payOrObject: Record<Language, (p: string, body: string | null) => string> = {
  nl: (p, body) => `betalen en het geschil afsluiten, of ${p} bellen${body ? ` of naar ${body}` : ''}; leg de uitkomst vast.`,
  en: (p, body) => `pay and close the dispute, or call ${p}${body ? ` or go to ${body}` : ''}; record the outcome.`,
};
/** The owner's decision about the bills the provider holds to, while the state's term is someone else's. */
const decideHeld: Record<Language, (p: string, c: ContractContext, body: string | null) => string> = {
  nl: (p, c, body) => `Over ${listed(heldBills(c).map(heldItem.nl), 'nl')} beslist u: ${payOrObject.nl(p, body)}`,
  en: (p, c, body) => `You decide about ${listed(heldBills(c).map(heldItem.en), 'en')}: ${payOrObject.en(p, body)}`,
};
/** v8: that decision while the provider owes its answer on other bills; the owner's own term starts once it answered them (`disputeRejected`). */
const decideWhileWaiting: Record<Language, (p: string, c: ContractContext, body: string | null) => string> = {
  nl: (p, c, body) => ` ${decideHeld.nl(p, c, body)} Uw termijn daarvoor (${OWNER_ANSWER_BUSINESS_DAYS} werkdagen) begint zodra ${p} ${invoicesNamed.nl(unansweredBills(c))} heeft beantwoord.`,
  en: (p, c, body) => ` ${decideHeld.en(p, c, body)} Your term for it (${OWNER_ANSWER_BUSINESS_DAYS} business days) starts once ${p} has answered ${invoicesNamed.en(unansweredBills(c))}.`,
};

/** v5: every bill the provider holds to was credited in part, none rejected. */
function onlyCredited(c: ContractContext): boolean {
  const held = heldBills(c);
  return held.length > 0 && held.every((d) => d.credited && !d.rejectionReason);
}

/** The owner's check with a provider informed through the BRP, as the staff timeline records it (with the owner's note). */
const brpChecked: Record<Language, (p: string, check: BrpCheck | null | undefined) => string> = {
  nl: (p, check) =>
    check?.outcome === 'not_informed'
      ? `Gecontroleerd bij ${p}: niet geïnformeerd via de BRP (${check.note}); het verzoek gaat als brief.`
      : `Gecontroleerd bij ${p}: al geïnformeerd via de BRP${check ? ` (${check.note})` : ''}; geen brief nodig.`,
  en: (p, check) =>
    check?.outcome === 'not_informed'
      ? `Checked with ${p}: not informed through the BRP (${check.note}); the request goes out as a letter.`
      : `Checked with ${p}: already informed through the BRP${check ? ` (${check.note})` : ''}; no letter needed.`,
};

/** What a transition did, in the past tense, for the staff timeline; no due date, it describes the past. */
/** v22: a notice's particular as the owner reads it: an address on one line, an amount in euros, nothing recorded as such. */
const NOTICE_FIELDS: Record<Language, Record<NoticeChange['field'], string> & { none: string }> = {
  nl: { agency: 'naam', agencyEmail: 'e-mailadres', agencyAddress: 'adres', reference: 'kenmerk', dossierNumber: 'dossiernummer', amount: 'geëist bedrag', agencyLanguage: 'taal', none: '(niets)' },
  en: { agency: 'name', agencyEmail: 'email address', agencyAddress: 'address', reference: 'reference', dossierNumber: 'file number', amount: 'amount claimed', agencyLanguage: 'language', none: '(nothing)' },
};
/** agencylang: the agency's language by name. */
const NOTICE_LANGUAGES: Record<Language, Record<Language, string>> = { nl: { nl: 'Nederlands', en: 'Engels' }, en: { nl: 'Dutch', en: 'English' } };
const noticeValue = (value: unknown, lang: Language, field?: NoticeChange['field']): string => {
  if (typeof value === 'number') return money(value, lang);
  if (field === 'agencyLanguage' && (value === 'nl' || value === 'en')) return NOTICE_LANGUAGES[lang][value];
  if (value && typeof value === 'object') {
    const a = value as { street?: string; postalCode?: string; city?: string };
    return `${a.street ?? ''}, ${a.postalCode ?? ''} ${a.city ?? ''}`.trim();
  }
  return typeof value === 'string' && value ? value : NOTICE_FIELDS[lang].none;
};
/** Where our stop to the agency was addressed, from the changes: the e-mail first (it goes there when recorded), else the address. */
const addressedBefore = (changes: NoticeChange[], lang: Language): string | null => {
  const moved = changes.find((c) => c.field === 'agencyEmail' && c.from) ?? changes.find((c) => c.field === 'agencyAddress' && c.from);
  return moved ? noticeValue(moved.from, lang) : null;
};
/** v22: a collection notice's corrected particulars, each from → to, after a colon (agencylate: also a correction made after the stop's state). */
export const noticeChangesListed = (changes: NoticeChange[], lang: Language): string =>
  changes.map((c, i) => lang === 'nl' ? `${i ? ';' : ':'} ${NOTICE_FIELDS.nl[c.field]} van ${noticeValue(c.from, 'nl', c.field)} naar ${noticeValue(c.to, 'nl', c.field)}` : `${i ? ';' : ':'} ${NOTICE_FIELDS.en[c.field]} from ${noticeValue(c.from, 'en', c.field)} to ${noticeValue(c.to, 'en', c.field)}`).join('');
/** agencylang2: the language change of a correction that changes nothing the agency is found by (our stop goes again for it alone). */
const inLanguageAlone = (changes: NoticeChange[]): NoticeChange | undefined => (changes.some((c) => AGENCY_FINDS_BY.includes(c.field)) ? undefined : changes.find((c) => c.field === 'agencyLanguage'));
/** v22: the correction of a collection notice on the owner's timeline: each particular from → to, then what it means for our stop to the agency. */
const noticeCorrected: Record<Language, (step: ContractStep) => string> = {
  nl: (step) => {
    const changes = step.noticeCorrected?.changes ?? [];
    const listedChanges = noticeChangesListed(changes, 'nl');
    const before = addressedBefore(changes, 'nl');
    const language = inLanguageAlone(changes);
    const again = step.noticeCorrected?.stopAgain && language ? ` De incassostop gaat nu opnieuw naar het incassobureau, in het ${noticeValue(language.to, 'nl', 'agencyLanguage')}, de taal van hun brief.`
      : step.noticeCorrected?.stopAgain
      ? ` ${before ? `Onze eerdere incassostop aan het incassobureau was gericht aan ${before}; ` : ''}${before ? 'de' : 'De'} incassostop gaat nu opnieuw naar het incassobureau, met de juiste gegevens.`
      : changes.some((c) => c.field !== 'amount') ? ' Het incassobureau krijgt geen nieuwe brief: er is geen adres of e-mailadres vastgelegd. Bel het incassobureau zelf.' : ' Het incassobureau krijgt geen nieuwe brief: alleen het bedrag in het dossier is aangepast.';
    return `Brief van het incassobureau gecorrigeerd${listedChanges}.${again}`;
  },
  en: (step) => {
    const changes = step.noticeCorrected?.changes ?? [];
    const listedChanges = noticeChangesListed(changes, 'en');
    const before = addressedBefore(changes, 'en');
    const language = inLanguageAlone(changes);
    const again = step.noticeCorrected?.stopAgain && language ? ` The stop now goes to the agency again, in ${noticeValue(language.to, 'en', 'agencyLanguage')}, the language of their letter.`
      : step.noticeCorrected?.stopAgain
      ? ` ${before ? `Our earlier collection stop to the agency was addressed to ${before}; ` : ''}${before ? 'the' : 'The'} stop now goes to the agency again, with the right details.`
      : changes.some((c) => c.field !== 'amount') ? ' The agency gets no new letter: no address or email is recorded. Call the agency yourself.' : ' The agency gets no new letter: only the amount on file was changed.';
    return `Collection agency's letter corrected${listedChanges}.${again}`;
  },
};

const CHANGE: Phrases = {
  draft: { nl: ({ p }) => `Contract bij ${p} opgenomen; document ontbreekt.`, en: ({ p }) => `Contract with ${p} listed; a document is missing.` },
  ready: { nl: ({ p }) => `Verzoek aan ${p} compleet.`, en: ({ p }) => `Request to ${p} complete.` },
  requested: { nl: (s) => `${requestedWhat.nl(s)} gevraagd bij ${s.p}.`, en: (s) => `${requestedWhat.en(s)} requested from ${s.p}.` },
  // Also after an acknowledged request: what is missing is the confirmation, not any answer.
  reminded: { nl: ({ p }) => `${p} bevestigde niet op tijd; herinnering verstuurd.`, en: ({ p }) => `${p} did not confirm in time; reminder sent.` },
  escalated: { nl: ({ p }) => `${p} bevestigde ook na de herinnering niet; klacht ingediend.`, en: ({ p }) => `${p} still did not confirm after the reminder; complaint filed.` },
  acknowledged: { nl: ({ p }) => `Ontvangst bevestigd door ${p}.`, en: ({ p }) => `Receipt acknowledged by ${p}.` },
  informationRequested: { nl: ({ p }) => `${p} vroeg aanvullende informatie.`, en: ({ p }) => `${p} asked for more information.` },
  rejected: { nl: ({ p, c }) => `Verzoek afgewezen door ${p}${reason.nl(c.lastRejectionReason)}.`, en: ({ p, c }) => `Request rejected by ${p}${reason.en(c.lastRejectionReason)}.` },
  complained: { nl: ({ p }) => `Klacht ingediend bij ${p} over de afwijzing.`, en: ({ p }) => `Complaint filed with ${p} about the rejection.` },
  confirmed: { nl: (s) => `${confirmedWhat.nl(s)}.`, en: (s) => `${confirmedWhat.en(s)}.` },
  blocked: { nl: (s) => `${confirmedWhat.nl(s)}; saldo nog niet vrijgegeven.`, en: (s) => `${confirmedWhat.en(s)}; balance not yet released.` },
  releaseReminded: { nl: ({ p }) => `${p} gaf het saldo niet op tijd vrij; herinnering verstuurd.`, en: ({ p }) => `${p} did not release the balance in time; reminder sent.` },
  releaseOverdue: { nl: ({ p }) => `${p} gaf het saldo niet op tijd vrij.`, en: ({ p }) => `${p} did not release the balance in time.` },
  disputed: { nl: ({ bank, biller, p, c }) => `Geschil met ${p}: ${disputedBill.nl(c, biller)}.`, en: ({ biller, p, c }) => `Dispute with ${p}: ${disputedBill.en(c, biller)}.` },
  // v8: beside a held bill the complaint is about the unanswered ones.
  disputeEscalated: {
    nl: ({ p, c }) => `Klacht ingediend bij ${p} over ${heldBeside(c) ? `de onbeantwoorde ${invoicesNamed.nl(unansweredBills(c))}` : 'het onbeantwoorde geschil'}.`,
    en: ({ p, c }) => `Complaint filed with ${p} about ${heldBeside(c) ? `the unanswered ${invoicesNamed.en(unansweredBills(c))}` : 'the unanswered dispute'}.`,
  },
  disputeRejected: {
    nl: ({ p, c }) => `Geschil afgewezen door ${p}${reason.nl(c.disputeRejectionReason)}.`,
    en: ({ p, c }) => `Dispute rejected by ${p}${reason.en(c.disputeRejectionReason)}.`,
  },
  withCommittee: { nl: ({ c, p, due, biller }) => COMMITTEE_OWNER.change.nl(c, p, due, null, biller), en: ({ c, p, due, biller }) => COMMITTEE_OWNER.change.en(c, p, due, null, biller) },
  collectionStopRequested: { nl: ({ p }) => `Opschorting incasso gevraagd bij ${p}.`, en: ({ p }) => `Collection suspension requested from ${p}.` },
  settled: { nl: ({ p }) => `Contract bij ${p} afgehandeld.`, en: ({ p }) => `Contract with ${p} settled.` },
  closed: { nl: ({ p }) => `Dossier van het contract bij ${p} gesloten.`, en: ({ p }) => `File of the contract with ${p} closed.` },
  withdrawn: { nl: ({ p }) => `Verzoek aan ${p} ingetrokken.`, en: ({ p }) => `Request to ${p} withdrawn.` },
  informedByBrp: { nl: ({ p, c }) => brpChecked.nl(p, c.brpCheck), en: ({ p, c }) => brpChecked.en(p, c.brpCheck) },
};

/**
 * v11: an end date corrected while a bill was open: the bills that still run past it, or that none does any more. bankwords3: a bank's
 * are its costs, set against the date it confirmed (it gives no end date; bankdebts); factuurrest: an insurer's its nota's (`Biller`).
 */
const endDateOnBills: Record<Language, (step: ContractStep, biller: Biller) => string> = {
  nl: (step, biller) =>
    !DISPUTE_STATES.includes(step.from) ? ''
    : step.billsStillOpen?.length ? ` Nog na de ${biller === 'bank' ? 'bevestigde datum' : 'einddatum'}: ${stayDisputed.nl(step, biller)}`
    : biller === 'bank' ? ' Geen kosten vallen nog na de bevestigde datum: bezwaar ingetrokken, de kosten worden betaald.'
    : ` Geen ${billNounsOf(biller).nl.one} valt nog na de einddatum: bezwaar ingetrokken, de ${billNounsOf(biller).nl.one} wordt betaald.`,
  en: (step, biller) =>
    !DISPUTE_STATES.includes(step.from) ? ''
    : step.billsStillOpen?.length ? ` Still after the ${biller === 'bank' ? 'confirmed date' : 'end date'}: ${stayDisputed.en(step, biller)}`
    : biller === 'bank' ? ' No charge falls after the confirmed date any more: objection withdrawn, the charge is paid.'
    : ` No ${billNounsOf(biller).en.one} falls after the end date any more: objection withdrawn, the ${billNounsOf(biller).en.one} is paid.`,
};

/** After one of several invoices was answered: each invoice still open, named. */
/** A credit note that closed its bill yet left some of it to pay (the part up to the end date): it goes on the bills to pay. */
const leftToPay: Record<Language, (step: ContractStep, biller: Biller) => string> = {
  nl: (step, biller) => (step.billLeft === null ? '' : ` ${money(step.billLeft, 'nl')} ${biller === 'bank' ? 'van die kosten' : `van die ${billNounsOf(biller).nl.one}`} blijft te betalen uit de nalatenschap.`),
  en: (step, biller) => (step.billLeft === null ? '' : ` ${money(step.billLeft, 'en')} of that ${biller === 'bank' ? 'charge' : billNounsOf(biller).en.one} is still to be paid from the estate.`),
};
/** collclaim: the provider dropped the whole claim, and with it these bills (the withdrawals that record each follow); an insurer's its nota's (factuurrest), a bank's its costs by their kenmerk (notawords). */
const claimDropped: Record<Language, (p: string, claim: DroppedClaim, toldOn: string | null, biller: Biller) => string> = {
  nl: (p, claim, toldOn, biller) => {
    // dropday (audit89 F2): the whole claim, the final bill included, and what the estate had paid of it (before or after the drop).
    const paid = paidOnDroppedBill(claim, toldOn);
    const bills = droppedBillsNamed(paid ? { ...claim, finalBill: null } : claim, 'nl', { finalBill: (ref, amount) => `eindafrekening ${ref} (${amount})`, bill: (ref, amount) => `${billNounsOf(biller).nl.one} ${ref} (${amount})` });
    if (!paid) return `${p} liet de hele vordering vallen${bills ? `: ${bills} ingetrokken` : ''}; incasso gestopt.`;
    // collclaim2: whether the provider pays back what was paid is not recorded, so she is asked to find out.
    return `${p} liet de hele vordering vallen, ook eindafrekening ${paid.reference} (${money(paid.whole, 'nl')}), ${paidOfDroppedBill(paid, 'nl')}${bills ? `; ${bills} ingetrokken` : ''}; of ${p} het betaalde terugbetaalt, is niet vastgelegd: vraag het ${p}; incasso gestopt.`;
  },
  en: (p, claim, toldOn, biller) => {
    const paid = paidOnDroppedBill(claim, toldOn);
    const bills = droppedBillsNamed(paid ? { ...claim, finalBill: null } : claim, 'en', { finalBill: (ref, amount) => `final bill ${ref} (${amount})`, bill: (ref, amount) => `${billNounsOf(biller).en.one} ${ref} (${amount})` });
    if (!paid) return `${p} dropped the whole claim${bills ? `: ${bills} withdrawn` : ''}; collection stopped.`;
    return `${p} dropped the whole claim, final bill ${paid.reference} (${money(paid.whole, 'en')}) included, ${paidOfDroppedBill(paid, 'en')}${bills ? `; ${bills} withdrawn` : ''}; whether ${p} pays back what was paid is not recorded: ask ${p}; collection stopped.`;
  },
};
/**
 * collwho: whose word the collection stop is, and what it did. An agency's stop does not bind the provider (it may hand the
 * claim to another agency), so the owner reads that no word of the provider's is recorded: the step answers our stop once.
 */
const collectionHalted: Record<Language, (p: string, a: CollectionAnswer | null, biller: Biller) => string> = {
  nl: (p, a, biller) => a?.dropped ? claimDropped.nl(p, a.dropped, a.toldOn, biller) : `Incasso ${a?.suspended ? 'opgeschort' : 'gestopt'}${a && a.by === null ? `; niet vastgelegd is of ${p} of het incassobureau dit liet weten` : ` volgens ${a?.agency ? `${a.agency} (incassobureau); van ${p} is geen bevestiging vastgelegd` : p}`}.`,
  en: (p, a, biller) => a?.dropped ? claimDropped.en(p, a.dropped, a.toldOn, biller) : `Collection ${a?.suspended ? 'suspended' : 'stopped'}${a && a.by === null ? `; it was not recorded whether ${p} or the collection agency said so` : `, says ${a?.agency ? `${a.agency} (the collection agency); no confirmation from ${p} is recorded` : p}`}.`,
};
/** A bank's are its costs by their kenmerk (`CHARGE_NOUNS`, bankforms), Dutch „kosten" plural however many; an insurer's its nota's (factuurwords). */
const stayDisputed: Record<Language, (step: ContractStep, biller: Biller) => string> = {
  nl: (step, biller) => {
    const bank = biller === 'bank';
    const nouns = billNounsOf(biller).nl;
    const bills = billsStillOpen(step, 'nl', { ...nouns, unknown: bank ? 'de overige kosten' : `overige ${nouns.several}` });
    return `${bills.words} ${bills.several || bank ? 'blijven' : 'blijft'} betwist.`;
  },
  en: (step, biller) => {
    const bank = biller === 'bank';
    const nouns = billNounsOf(biller).en;
    const bills = billsStillOpen(step, 'en', { ...nouns, unknown: `the other ${bank ? 'charges' : nouns.several}` });
    return `${bank && step.billsStillOpen?.length ? 'the ' : ''}${bills.words} ${bills.several ? 'stay' : 'stays'} disputed.`;
  },
};

/**
 * coverrest: a dispute ended because the insurer corrected the kept cover's last day to one that takes the premium in (coverfix): closed by
 * that corrected confirmation, not by the owner nor by anyone at Steward.
 */
const coverTookIn: Record<Language, (p: string, step: ContractStep, cover: InsideCover) => string> = {
  nl: (p, step, cover) => {
    const bills = settledBillsNamed(step.settled, 'nl', { one: 'premie', several: 'premies' });
    return `Geschil met ${p} afgesloten door de gecorrigeerde bevestiging van ${p}: de dekking loopt door${cover.until ? ` tot en met ${longDate(cover.until, 'nl')}` : ''}; ${bills.words} ${bills.several ? 'vallen' : 'valt'} daarbinnen en ${bills.several ? 'worden' : 'wordt'} betaald uit de nalatenschap.`;
  },
  en: (p, step, cover) => {
    const bills = settledBillsNamed(step.settled, 'en', { one: 'premium', several: 'premiums' });
    return `Dispute with ${p} closed by ${p}'s corrected confirmation: the cover continues${cover.until ? ` until ${longDate(cover.until, 'en')}` : ''}; ${bills.words} ${bills.several ? 'fall' : 'falls'} within it and ${bills.several ? 'are' : 'is'} paid from the estate.`;
  },
};

/** What the owner recorded happens with the bills settled (": factuur F-01 (€ 24,98) wordt betaald uit de nalatenschap"), or nothing when not recorded. */
const settledOutcome: Record<Language, (p: string, step: ContractStep, biller: Biller) => string> = {
  nl: (p, step, biller) => {
    if (!step.outcome || !step.settled.length) return '';
    const bills = settledBillsNamed(step.settled, 'nl', billNounsOf(biller).nl);
    const several = bills.several || biller === 'bank';
    const said = { payFromEstate: `${several ? 'worden' : 'wordt'} betaald uit de nalatenschap`, alreadyPaid: `${several ? 'zijn' : 'is'} al betaald`, providerWithdrew: `alsnog ingetrokken door ${p}` };
    return `: ${bills.words} ${said[step.outcome]}`;
  },
  en: (p, step, biller) => {
    if (!step.outcome || !step.settled.length) return '';
    const bills = settledBillsNamed(step.settled, 'en', billNounsOf(biller).en);
    const said = { payFromEstate: `${bills.several ? 'are' : 'is'} paid from the estate`, alreadyPaid: `${bills.several ? 'have' : 'has'} already been paid`, providerWithdrew: `withdrawn by ${p} after all` };
    return `: ${biller === 'bank' ? 'the ' : ''}${bills.words} ${said[step.outcome]}`;
  },
};

/**
 * repayback: the money she asked back of a claim whose drop is undone is asked no more; what the provider had paid back of it by then
 * (her recorded receipts) the estate owes it again: the claim stood, so the estate's payment was owed.
 */
const repaymentLapsed: Record<Language, (p: string, asked: RepaymentWithdrawn | undefined) => string> = {
  nl: (p, asked) =>
    asked ? ` Ons verzoek om terugbetaling van ${money(asked.amount, 'nl')} vervalt.${asked.repaid > 0 ? ` ${p} had al ${money(asked.repaid, 'nl')} terugbetaald; dat bedrag is de nalatenschap ${p} weer verschuldigd.` : ''}` : '',
  en: (p, asked) =>
    asked ? ` Our request for repayment of ${money(asked.amount, 'en')} lapses.${asked.repaid > 0 ? ` ${p} had already paid back ${money(asked.repaid, 'en')}; the estate owes ${p} that amount again.` : ''}` : '',
};

/**
 * dropsrest: the bill a drop undone named, and that it stands again; a bank's are its costs by their kenmerk, as its withdrawal's line says (kifidowner);
 * factuurrest: an insurer's its nota (`billNounsOf`).
 */
const undoneBill: Record<Language, (step: ContractStep, biller: Biller) => { bill: string; open: string }> = {
  nl: (step, biller) => {
    const [bank, one] = [biller === 'bank', billNounsOf(biller).nl.one];
    return {
      bill: step.invoiceReference ? (bank ? theCharges([step.invoiceReference], 'nl') : `${one} ${step.invoiceReference}`) : bank ? 'de kosten' : `de ${one}`,
      open: `${bank ? 'De kosten staan weer open en worden gevolgd' : `De ${one} staat weer open en wordt gevolgd`} zoals voor de intrekking.`,
    };
  },
  en: (step, biller) => {
    const [bank, one] = [biller === 'bank', billNounsOf(biller).en.one];
    return {
      bill: step.invoiceReference ? (bank ? theCharges([step.invoiceReference], 'en') : `${one} ${step.invoiceReference}`) : bank ? 'the charge' : `the ${one}`,
      open: `The ${bank ? 'charge' : one} is open again and followed as before the drop.`,
    };
  },
};

/** The bill a step recorded an answer about, when it named one: " over factuur F-2"; a bank's costs by their kenmerk (bankforms). */
const overBill: Record<Language, (step: ContractStep, bank?: boolean, biller?: Biller) => string> = {
  nl: (step, bank, biller) => (!step.invoiceReference ? '' : bank ? ` over ${chargeNl(step.invoiceReference)}` : ` over ${billNounsOf(biller).nl.one} ${step.invoiceReference}`),
  en: (step, bank, biller) => (!step.invoiceReference ? '' : bank ? ` over the ${chargeEn(step.invoiceReference)}` : ` over ${billNounsOf(biller).en.one} ${step.invoiceReference}`),
};

/** Steps the state reached would tell as something else (supplied information, a dispute's end, a deadline that changed nothing). */
const STEPS: StepPhrases = {
  byEvent: {
    // v17: the release the block left owed, with the amount and day as recorded.
    BALANCE_RELEASED: {
      nl: ({ p }, step) => `Saldo vrijgegeven door ${p}: overgemaakt naar de boedelrekening${step.amount === null ? '' : ` (${money(step.amount, 'nl')})`}${step.releasedOn ? ` op ${longDate(step.releasedOn, 'nl')}` : ''}.`,
      en: ({ p }, step) => `Balance released by ${p}: paid to the estate account${step.amount === null ? '' : ` (${money(step.amount, 'en')})`}${step.releasedOn ? ` on ${longDate(step.releasedOn, 'en')}` : ''}.`,
    },
    // v14: her reason is for her own record.
    TAKE_BACK_CONFIRMATION: {
      nl: ({ p, c }, step) => `${confirmationTakenBack.nl(p, c.action, step)}${step.takenBack?.reason ? ` Reden: ${endedSentence(step.takenBack.reason)}` : ''}`,
      en: ({ p, c }, step) => `${confirmationTakenBack.en(p, c.action, step)}${step.takenBack?.reason ? ` Reason: ${endedSentence(step.takenBack.reason)}` : ''}`,
    },
    // willasked: a will asked for is never sent, and the owner's record says so and why (the letter cites the rule in full).
    INFORMATION_SUPPLIED: {
      nl: ({ p }, step) =>
        `${step.nothingEnclosed ? `${p} laten weten dat de gevraagde documenten later volgen.` : `${step.partAnswer ? 'Deel van de gevraagde' : 'Gevraagde'} informatie aangeleverd aan ${p}.`}${step.willNotSent ? ' Het testament is niet meegestuurd: dat gaat nooit naar een aanbieder, die alleen hoeft te weten wie de erfgenamen zijn (art. 5 lid 1 onder c AVG).' : ''}`,
      en: ({ p }, step) =>
        `${step.nothingEnclosed ? `Told ${p} the documents asked for follow later.` : `${step.partAnswer ? 'Part of the information' : 'Information'} supplied to ${p}.`}${step.willNotSent ? ' The will was not sent: it never goes to a provider, which only needs to know who the heirs are (Article 5(1)(c) GDPR).' : ''}`,
    },
    // The owner's own history keeps what she answered the provider and her note (the provider reads only the answer).
    AMEND: {
      nl: ({ p, document }, { amended }) =>
        `Verzoek aan ${p} aangepast na de afwijzing${amended?.documents.length ? `; mee te sturen: ${listed(amended.documents.map((d) => `${document(d.kind)} (${d.fileName})`), 'nl')}` : ''}${amended?.answer ? `; antwoord in de brief: ${amended.note ? quoted(amended.answer, 'nl') : quotedAtEnd(amended.answer, 'nl')}` : ''}${amended?.note ? `; notitie: ${endedSentence(amended.note)}` : amended?.answer ? '' : '.'}`,
      en: ({ p, document }, { amended }) =>
        `Request to ${p} amended after the rejection${amended?.documents.length ? `; to go with it: ${listed(amended.documents.map((d) => `${document(d.kind)} (${d.fileName})`), 'en')}` : ''}${amended?.answer ? `; answer in the letter: ${amended.note ? quoted(amended.answer, 'en') : quotedAtEnd(amended.answer, 'en')}` : ''}${amended?.note ? `; note: ${endedSentence(amended.note)}` : amended?.answer ? '' : '.'}`,
    },
    // v16: the document's own withdrawal and the deletion request are on the timeline beside this entry.
    ANSWER_WITHDRAWN: {
      nl: (s, { answerWithdrawn: w }) => `De vraag van ${s.p} staat weer open: ${w ? `${nlAgreeing(w.kinds[0]).the} gestuurde ${listed(w.kinds.map(s.document), 'nl')} ${w.kinds.length > 1 ? 'zijn' : 'is'} op ${longDate(w.on, 'nl')} ingetrokken; ${w.kinds.length > 1 ? 'er volgen nieuwe' : `er volgt ${nlAgreeing(w.kinds[0]).aNew}`}.` : 'een gestuurd document is ingetrokken; er volgt een nieuw.'}`,
      en: (s, { answerWithdrawn: w }) => `${s.p}'s question is open again: ${w ? `the ${listed(w.kinds.map(s.document), 'en')} sent was withdrawn on ${longDate(w.on, 'en')}; a new one follows.` : 'a document sent was withdrawn; a new one follows.'}`,
    },
    // v15: the correction that withdrew it is on the timeline beside this entry.
    COMPLAINT_WITHDRAWN: { nl: ({ p }, step) => complaintWithdrawn.nl(p, step), en: ({ p }, step) => complaintWithdrawn.en(p, step) },
    // v20: the provider's own rejection taken back, on the day and with the note it gave; the request waits on it again.
    REJECTION_WITHDRAWN: {
      nl: ({ p }, { rejectionWithdrawn: w }) => `${p} trok de afwijzing in${w?.on ? ` op ${longDate(w.on, 'nl')}` : ''}${w?.note ? `: ${quotedAtEnd(w.note, 'nl')}` : '.'} ${p} behandelt het verzoek alsnog; aanpassen is niet nodig.`,
      en: ({ p }, { rejectionWithdrawn: w }) => `${p} took back its rejection${w?.on ? ` on ${longDate(w.on, 'en')}` : ''}${w?.note ? `: ${quotedAtEnd(w.note, 'en')}` : '.'} ${p} is handling the request after all; no amendment needed.`,
    },
    // v9: the grounds as the complaint letter quotes them.
    COMPLAIN: {
      nl: ({ p }, { complaintGrounds }) => `Klacht ingediend bij ${p} over de afwijzing${complaintGrounds ? `; uw bezwaren in de brief: ${quotedAtEnd(complaintGrounds, 'nl')}` : '.'}`,
      en: ({ p }, { complaintGrounds }) => `Complaint filed with ${p} about the rejection${complaintGrounds ? `; your grounds in the letter: ${quotedAtEnd(complaintGrounds, 'en')}` : '.'}`,
    },
    // The agency keeps collecting until someone reaches it: the owner is told when our stop letter could not.
    COLLECTION_NOTICE: {
      nl: (s, step) =>
        `${CHANGE.collectionStopRequested.nl(s)}${step.agencyUnreached ? ` ${step.agencyUnreached} kreeg geen brief: er is geen adres of e-mailadres van het incassobureau vastgelegd. Bel ${step.agencyUnreached} zelf om de incasso te laten stoppen.` : ''}`,
      en: (s, step) =>
        `${CHANGE.collectionStopRequested.en(s)}${step.agencyUnreached ? ` ${step.agencyUnreached} got no letter: no address or email of the agency is recorded. Call ${step.agencyUnreached} yourself to have the collection stopped.` : ''}`,
    },
    // v23 (dropcorr): her record of the provider's drop taken back; the bill stands again as before it.
    // deskundo: the desk took back its own drop: it gave it by mistake. ownerdrop: she undid the desk's drop on the provider's word
    // (`receivedVia`, which her history says after the line, with the day it was said).
    DROP_UNDONE: {
      nl: ({ p, bank, biller }, step) => {
        const { bill, open } = undoneBill.nl(step, biller);
        return step.dropUndoneByDesk
          ? `Intrekking teruggedraaid door ${p}: ${p} meldde per vergissing dat ${bill} ${bank ? 'waren' : 'was'} ingetrokken. ${open}`
          : step.receivedVia
            ? `Intrekking teruggedraaid op het woord van ${p}: ${p} liet weten dat het ${bill} per vergissing als ingetrokken had vastgelegd. ${open}`
            : `Intrekking teruggedraaid: ${p} heeft ${bill} niet ingetrokken (per vergissing vastgelegd). ${open}`;
      },
      en: ({ p, biller }, step) => {
        const { bill, open } = undoneBill.en(step, biller);
        return step.dropUndoneByDesk
          ? `Drop undone by ${p}: ${p} reported by mistake that ${bill} was withdrawn. ${open}`
          : step.receivedVia
            ? `Drop undone on ${p}'s word: ${p} said it recorded ${bill} as withdrawn by mistake. ${open}`
            : `Drop undone: ${p} did not withdraw ${bill} (recorded by mistake). ${open}`;
      },
    },
    // v27 (claimundo): a claim dropped whole undone on the provider's word (how and when follow); our collection stop stands again.
    CLAIM_DROP_UNDONE: {
      nl: ({ p, biller }, step) =>
        `Intrekking van de hele vordering teruggedraaid op het woord van ${p}: ${p} liet weten dat het per vergissing had vastgelegd dat het de hele vordering liet vallen${step.invoiceReference ? `, ook ${undoneBill.nl(step, biller).bill}` : ''}. Ons verzoek om de incasso op te schorten loopt weer, zoals voor de intrekking.${repaymentLapsed.nl(p, step.repaymentWithdrawn)}`,
      en: ({ p, biller }, step) =>
        `Drop of the whole claim undone on ${p}'s word: ${p} said it recorded by mistake that it dropped the whole claim${step.invoiceReference ? `, ${undoneBill.en(step, biller).bill} included` : ''}. Our request to suspend the collection stands again, as before the drop.${repaymentLapsed.en(p, step.repaymentWithdrawn)}`,
    },
    // v27 (agencyundo): the agency's own word that it stopped, recorded by mistake, undone (how she learned it follows the line).
    AGENCY_STOP_UNDONE: {
      nl: (_, step) => `Melding van ${step.agencyStopUndone?.agency ?? 'het incassobureau'} teruggedraaid: de incasso is niet gestopt (per vergissing vastgelegd). We wachten weer tot de incasso stopt.`,
      en: (_, step) => `Word of ${step.agencyStopUndone?.agency ?? 'the collection agency'} undone: the collection has not stopped (recorded by mistake). We are waiting again for the collection to stop.`,
    },
    // v26 (comcorr): what she recorded of the filing, and what it is corrected to.
    COMMITTEE_FILING_CORRECTED: {
      nl: (_, step) => (step.filingCorrected ? FILING_CORRECTED.owner.nl(step.filingCorrected) : 'Indiening bij de geschillencommissie gecorrigeerd.'),
      en: (_, step) => (step.filingCorrected ? FILING_CORRECTED.owner.en(step.filingCorrected) : 'Filing with the disputes committee corrected.'),
    },
    // v22: the agency's letter as corrected, old → new; where our stop went before and that it goes again (or why it cannot).
    COLLECTION_NOTICE_CORRECTED: {
      nl: (_, step) => noticeCorrected.nl(step),
      en: (_, step) => noticeCorrected.en(step),
    },
    // v4: an answer about one of several bills closes that bill only; the others stay disputed.
    // v5: a credit note short of what is disputed of its bill leaves the rest for the owner to decide (not that the provider holds to it: audit81 DISP-1).
    // bankdispute: a bank books its charge back; it sends no credit note.
    CREDIT_NOTE_SENT: {
      nl: ({ p, asked, biller }, step) =>
        creditOnCommitteeBill(step) ? COMMITTEE_OFFER.owner.nl(p, step.amount, creditOnCommitteeBill(step)!, biller)
        : asked === 'bank' && step.partCredit ? `${p} heeft ${money(step.amount ?? 0, 'nl')} van de ${chargeNl(step.partCredit.reference)} teruggeboekt; de overige betwiste ${money(step.partCredit.remaining, 'nl')} is niet teruggeboekt; beslissing nodig (de rest betalen of verder bezwaar maken).`
        : asked === 'bank' ? `${p} heeft de ${step.invoiceReference ? chargeNl(step.invoiceReference) : 'kosten'} teruggeboekt${step.amount === null ? '' : ` (${money(step.amount, 'nl')})`}; ${answeredOneOfSeveral(step) ? stayDisputed.nl(step, 'bank') : 'geschil gesloten.'}${leftToPay.nl(step, 'bank')}`
        : step.partCredit ? `Creditnota${amountOf(step.amount, 'nl')} ontvangen van ${p} voor ${billNounsOf(biller).nl.one} ${step.partCredit.reference}; de overige betwiste ${money(step.partCredit.remaining, 'nl')} is niet gecrediteerd; beslissing nodig (de rest betalen of verder bezwaar maken).`
        : answeredOneOfSeveral(step)
          ? `Creditnota${amountOf(step.amount, 'nl')} ontvangen van ${p} voor ${billNounsOf(biller).nl.one} ${step.invoiceReference}; ${stayDisputed.nl(step, biller)}${leftToPay.nl(step, biller)}`
          : `Creditnota${amountOf(step.amount, 'nl')} ontvangen van ${p}${step.invoiceReference ? ` voor ${billNounsOf(biller).nl.one} ${step.invoiceReference}` : ''}; geschil gesloten.${leftToPay.nl(step, biller)}`,
      en: ({ p, asked, biller }, step) =>
        creditOnCommitteeBill(step) ? COMMITTEE_OFFER.owner.en(p, step.amount, creditOnCommitteeBill(step)!, biller)
        : asked === 'bank' && step.partCredit ? `${p} booked back ${money(step.amount ?? 0, 'en')} of the ${chargeEn(step.partCredit.reference)}; the other ${money(step.partCredit.remaining, 'en')} disputed was not booked back; decision needed (pay the rest or object further).`
        : asked === 'bank' ? `${p} booked the ${step.invoiceReference ? chargeEn(step.invoiceReference) : 'charge'} back${step.amount === null ? '' : ` (${money(step.amount, 'en')})`}; ${answeredOneOfSeveral(step) ? stayDisputed.en(step, 'bank') : 'dispute closed.'}${leftToPay.en(step, 'bank')}`
        : step.partCredit ? `Credit note${amountOf(step.amount, 'en')} received from ${p} for ${billNounsOf(biller).en.one} ${step.partCredit.reference}; the other ${money(step.partCredit.remaining, 'en')} disputed was not credited; decision needed (pay the rest or object further).`
        : answeredOneOfSeveral(step)
          ? `Credit note${amountOf(step.amount, 'en')} received from ${p} for ${billNounsOf(biller).en.one} ${step.invoiceReference}; ${stayDisputed.en(step, biller)}${leftToPay.en(step, biller)}`
          : `Credit note${amountOf(step.amount, 'en')} received from ${p}${step.invoiceReference ? ` for ${billNounsOf(biller).en.one} ${step.invoiceReference}` : ''}; dispute closed.${leftToPay.en(step, biller)}`,
    },
    // bankforms: a bank's costs by their kenmerk; „ingetrokken" as its desk's form says it („Kosten ingetrokken").
    INVOICE_WITHDRAWN: {
      nl: ({ p, bank, biller }, step) => `${bank ? capitalised(step.invoiceReference ? chargeNl(step.invoiceReference) : 'de kosten') : `${capitalised(billNounsOf(biller).nl.one)}${step.invoiceReference ? ` ${step.invoiceReference}` : ''}`} ingetrokken door ${p}; ${step.undisputedBill ? 'er liep geen bezwaar tegen.' : answeredOneOfSeveral(step) ? stayDisputed.nl(step, biller) : 'geschil gesloten.'}`,
      en: ({ p, bank, biller }, step) => `${p} withdrew ${step.invoiceReference ? (bank ? `the ${chargeEn(step.invoiceReference)}` : `${billNounsOf(biller).en.one} ${step.invoiceReference}`) : bank ? 'the charge' : `the ${billNounsOf(biller).en.one}`}; ${step.undisputedBill ? 'it was not disputed.' : answeredOneOfSeveral(step) ? stayDisputed.en(step, biller) : 'dispute closed.'}`,
    },
    COLLECTION_STOPPED: {
      nl: ({ p, biller }, step) => `${collectionHalted.nl(p, step.collectionAnswer, biller)}${stillDisputedAfterStop(step) ? ` ${capitalised(stayDisputed.nl(step, biller))}` : ''}`,
      en: ({ p, biller }, step) => `${collectionHalted.en(p, step.collectionAnswer, biller)}${stillDisputedAfterStop(step) ? ` ${capitalised(stayDisputed.en(step, biller))}` : ''}`,
    },
    // v5: what the provider's corrected confirmation changed, from → to; a final bill recorded first, or taken away, as such (never "from none").
    COMPLETION_CORRECTED: {
      nl: ({ p, c, asked, biller }, step) =>
        `Bevestiging van ${p} gecorrigeerd${correctedFields(step.corrected, c.action, 'nl', { asked })
          .map((f, i) => `${i ? ';' : ':'} ${f.field} ${f.added ? `vastgelegd (${f.to})` : f.removed ? `geschrapt (was ${f.from})` : `van ${f.from} naar ${f.to}`}`)
          .join('')}.${endDateOnBills.nl(step, biller)}`,
      en: ({ p, c, asked, biller }, step) =>
        `Confirmation by ${p} corrected${correctedFields(step.corrected, c.action, 'en', { asked })
          .map((f, i) => `${i ? ';' : ':'} ${f.field} ${f.added ? `recorded (${f.to})` : f.removed ? `removed (was ${f.from})` : `from ${f.from} to ${f.to}`}`)
          .join('')}.${endDateOnBills.en(step, biller)}`,
    },
    // v6: what the owner's correction of a bill changed, from → to; a bill no longer after the end date leaves the dispute.
    // bankwords3: a bank's are its costs by their kenmerk (`chargeNl`), set against the date it confirmed.
    BILL_CORRECTED: {
      nl: ({ p, bank, biller }, { billCorrected: b }) =>
        `${bank ? capitalised(b?.bill ? chargeNl(b.bill) : 'kosten') : `${capitalised(billNounsOf(biller).nl.one)}${b?.bill ? ` ${b.bill}` : ''}`} van ${p} gecorrigeerd${b ? correctedBillFigures(b, 'nl', biller).map((f, i) => `${i ? ';' : ':'} ${f.field} van ${f.from} naar ${f.to}`).join('') : ''}.${
          !b?.withdrawn ? '' : bank ? ' Vallen niet meer na de bevestigde datum: bezwaar ingetrokken, de kosten worden betaald.' : ` Valt niet meer na de einddatum: bezwaar ingetrokken, de ${billNounsOf(biller).nl.one} wordt betaald.`
        }`,
      en: ({ p, bank, biller }, { billCorrected: b }) =>
        `${bank ? capitalised(b?.bill ? `the ${chargeEn(b.bill)}` : 'the charge') : `${capitalised(billNounsOf(biller).en.one)}${b?.bill ? ` ${b.bill}` : ''}`} from ${p} corrected${b ? correctedBillFigures(b, 'en', biller).map((f, i) => `${i ? ';' : ':'} ${f.field} from ${f.from} to ${f.to}`).join('') : ''}.${
          !b?.withdrawn ? '' : bank ? ' No longer after the confirmed date: objection withdrawn, the charge is paid.' : ` No longer after the end date: objection withdrawn, the ${billNounsOf(biller).en.one} is paid.`
        }`,
    },
    // A bill disputed: while a collection stop is asked (v5) the stop stays asked; while another bill is held to, no rejection.
    INVOICE_AFTER_END: billDisputedWords(CHANGE, {
      nl: ({ biller, p, c }) => `Geschil met ${p}: ${disputedBill.nl(c, biller)}; incassostop loopt nog.`,
      en: ({ biller, p, c }) => `Dispute with ${p}: ${disputedBill.en(c, biller)}; collection stop still asked.`,
    }),
    // v5: a rejection while a collection stop is asked keeps the stop.
    DISPUTE_REJECTED: {
      nl: ({ p, c, bank, biller }, step) =>
        step.rejectedAtCommittee ? COMMITTEE_REJECTED.nl(p, step.rejectedAtCommittee, reason.nl(c.disputeRejectionReason), biller)
        : `Geschil${overBill.nl(step, bank, biller)} afgewezen door ${p}${reason.nl(c.disputeRejectionReason)}${step.to === 'collectionStopRequested' ? '; incassostop loopt nog' : ''}.`,
      en: ({ p, c, bank, biller }, step) =>
        step.rejectedAtCommittee ? COMMITTEE_REJECTED.en(p, step.rejectedAtCommittee, reason.en(c.disputeRejectionReason), biller)
        : `Dispute${overBill.en(step, bank, biller)} rejected by ${p}${reason.en(c.disputeRejectionReason)}${step.to === 'collectionStopRequested' ? '; collection stop still asked' : ''}.`,
    },
    DISPUTE_RESOLVED: {
      nl: ({ p, bank, biller }, step) =>
        step.committee ? COMMITTEE_DECIDED.nl(step.committee, `${bank ? `de ${chargeNl(decidedBill(step))}` : `${biller === 'insurer' ? 'nota' : 'factuur'} ${decidedBill(step)}`} van ${p}`, p, true, bank)
        : step.insideCover ? `${coverTookIn.nl(p, step, step.insideCover)}${answeredOneOfSeveral(step) ? ` ${capitalised(stayDisputed.nl(step, biller))}` : ''}`
        : answeredOneOfSeveral(step)
          ? `Geschil${overBill.nl(step, bank, biller)} met ${p} afgesloten (door u vastgelegd)${settledOutcome.nl(p, step, biller)}; ${stayDisputed.nl(step, biller)}`
          : `${step.from === 'collectionStopRequested' ? 'Incasso' : 'Geschil'}${settledOutcome.nl(p, step, biller) ? '' : overBill.nl(step, bank, biller)} met ${p} afgesloten (door u vastgelegd)${settledOutcome.nl(p, step, biller)}.`,
      en: ({ p, bank, biller }, step) =>
        step.committee ? COMMITTEE_DECIDED.en(step.committee, bank ? `the ${chargeEn(decidedBill(step))} of ${p}` : `${p}'s ${biller === 'insurer' ? 'bill' : 'invoice'} ${decidedBill(step)}`, p)
        : step.insideCover ? `${coverTookIn.en(p, step, step.insideCover)}${answeredOneOfSeveral(step) ? ` ${capitalised(stayDisputed.en(step, biller))}` : ''}`
        : answeredOneOfSeveral(step)
          ? `Dispute${overBill.en(step, bank, biller)} with ${p} closed (recorded by you)${settledOutcome.en(p, step, biller)}; ${stayDisputed.en(step, biller)}`
          : `${step.from === 'collectionStopRequested' ? 'Collection' : 'Dispute'}${settledOutcome.en(p, step, biller) ? '' : overBill.en(step, bank, biller)} with ${p} closed (recorded by you)${settledOutcome.en(p, step, biller)}.`,
    },
  },
  // What the passed deadline asks of the owner now; only v1 keeps `disputed`, with its complaint letter.
  deadlineKept: {
    // committee (v22): the reminder to look how the case with the complaints body stands.
    withCommittee: { nl: ({ c }) => COMMITTEE_LOOK.nl(c), en: ({ c }) => COMMITTEE_LOOK.en(c) },
    releaseOverdue: { nl: ({ p }) => `Saldo nog niet vrijgegeven door ${p}: bellen.`, en: ({ p }) => `Balance not yet released by ${p}: call them.` },
    escalated: { nl: ({ p }) => `Geen antwoord van ${p} na de klacht: bellen.`, en: ({ p }) => `No answer from ${p} after the complaint: call them.` },
    informationRequested: {
      nl: ({ p }) => `Termijn om ${p} de gevraagde informatie te sturen is verstreken.`,
      en: ({ p }) => `The term to send ${p} the information has passed.`,
    },
    rejected: { nl: (s) => `Afwijzing door ${s.p} nog niet opgevolgd: aanpassen of intrekken${orComplain.nl(s)}.`, en: (s) => `Rejection by ${s.p} not yet followed up: amend or withdraw${orComplain.en(s)}.` },
    complained: { nl: ({ p }) => `Geen antwoord van ${p} op de klacht over de afwijzing: bellen.`, en: ({ p }) => `No answer from ${p} to the complaint about the rejection: call them.` },
    disputed: { nl: ({ p }) => `Klacht gestuurd aan ${p}: geschil onbeantwoord.`, en: ({ p }) => `Complaint sent to ${p}: dispute unanswered.` },
    disputeEscalated: {
      nl: ({ p }) => `Geen antwoord van ${p} op de klacht over het geschil: bellen.`,
      en: ({ p }) => `No answer from ${p} to the complaint about the dispute: call them.`,
    },
    // v5: a bill credited in part was not rejected: each held bill says how the provider held to it, with the amounts.
    disputeRejected: {
      nl: ({ bank, biller, p, c }) => (heldBills(c).length ? `Nog geen beslissing over ${listed(heldBills(c).map((d) => heldHow.nl(p, d, bank, biller)), 'nl')}.` : `Nog geen beslissing over het afgewezen geschil met ${p}.`),
      en: ({ bank, biller, p, c }) => (heldBills(c).length ? `No decision yet on ${listed(heldBills(c).map((d) => heldHow.en(p, d, bank, biller)), 'en')}.` : `No decision yet on the dispute ${p} rejected.`),
    },
    // v1 sent a complaint letter; v2 sends none and leaves the call to the owner.
    collectionStopRequested: {
      nl: ({ p }, { sentLetter }) =>
        sentLetter ? `Klacht gestuurd aan ${p}: incasso niet gestopt.` : `Geen schriftelijk antwoord van ${p} op de incassostop: ${p} en het incassobureau bellen.`,
      en: ({ p }, { sentLetter }) =>
        sentLetter ? `Complaint sent to ${p}: collection not stopped.` : `No written answer from ${p} to the collection stop: call ${p} and the agency.`,
    },
  },
};

/** The owner's tables, for the completeness test. */
export const OWNER_WORDING = { status: STATUS, next: NEXT, change: CHANGE, steps: STEPS };

/** Where the contract stands for the owner, e.g. "Geschil loopt: € 15,00 betwist (factuur F-1), antwoord aanbieder uiterlijk 12 februari 2027." */
export function ownerStatusText(state: ContractState, context: ContractContext, lang: Language, words: StatusWords = {}): string {
  const withBody = committeeBeside(state, context) ? ` ${COMMITTEE_OWNER.status[lang](context, '', null, null, billerOfWords(words))}` : '';
  return `${say(STATUS, state, besideCommittee(state, context), lang, words)}${withBody}${releaseBesideDispute(state, context) ? RELEASE_BESIDE[lang] : ''}`;
}

/** bankrest: a bank's charge disputed while its release waits (v17 `releaseAwaited`): the release is still the bank's to do. */
const RELEASE_BESIDE: Record<Language, string> = {
  nl: ' Het saldo is nog niet vrijgegeven naar de boedelrekening.',
  en: ' The balance has not yet been released to the estate account.',
};

/** What happens next, and who does it. */
export function ownerNextStep(state: ContractState, context: ContractContext, lang: Language, words: StatusWords = {}): string {
  // releasedispute: the release late beside the dispute (`releaseLateBeside`), her call about it not yet made (`releaseCallDue`): that call first, the dispute's own step after.
  const lateRelease = releaseLateBeside(state, context) && words.missedDueDate && words.releaseCallDue ? `${say(NEXT, 'releaseOverdue', context, lang, words)} ` : '';
  return `${lateRelease}${say(NEXT, state, context, lang, words)}`;
}

/** What the owner's BRP check recorded, for the staff timeline: whichever the outcome, with the note. */
export function ownerBrpCheckedText(check: BrpCheck, lang: Language, providerName: string): string {
  return brpChecked[lang](providerName, check);
}

/**
 * How a provider's answer the owner recorded reached her, after what it did (README, receivedvia): "Telefonisch ontvangen.", and on
 * which day when she recorded it later (toldon): "Telefonisch ontvangen op 16 december 2026.".
 */
const RECEIVED: Record<Language, (via: ReceivedVia, on: string | null) => string> = {
  nl: (via, on) => `${capitalised(RECEIVED_VIA_WORDS.nl[via])} ontvangen${on ? ` op ${longDate(on, 'nl')}` : ''}.`,
  en: (via, on) => `Received ${RECEIVED_VIA_WORDS.en[via]}${on ? ` on ${longDate(on, 'en')}` : ''}.`,
};

/**
 * What a step did, for the staff timeline, e.g. "Factuur ingetrokken door KPN; geschil gesloten.", and how an answer she recorded came.
 * `asked`: what the request asked as the step was taken (an insurer's kind, a bank account's block and balance): "Uitkering gevraagd bij …";
 * its `documentKinds`, the owner's names of document kinds, for a step that names one (v16, `ANSWER_WITHDRAWN`).
 */
export function ownerChangeText(step: ContractStep, context: ContractContext, lang: Language, providerName?: string, asked: RequestAsked & Pick<StatusWords, 'documentKinds' | 'complaintOffered'> = {}): string {
  const said = sayStep(CHANGE, STEPS, step, context, lang, providerName, asked);
  return step.receivedVia ? `${said} ${RECEIVED[lang](step.receivedVia, step.toldOn)}` : said;
}

export const OWNER_ESTATE_WORDING: Record<EstateState, Record<Language, string>> = {
  intake: { nl: 'Intake: gegevens van de overledene vastleggen.', en: 'Intake: recording the details of the deceased.' },
  inventory: { nl: 'Inventarisatie: contracten in kaart brengen.', en: 'Inventory: listing the contracts.' },
  // reqheld: the stage of every estate in progress (the list, its filter, the history), true also while no request went yet; the
  // estate's own headline says whether they went (`estateHeadline`).
  inProgress: { nl: 'Lopend: contracten in behandeling.', en: 'In progress: contracts being handled.' },
  settling: { nl: 'Alle contracten afgehandeld: eindverslag en sluiting.', en: 'All contracts settled: final report and closing.' },
  closed: { nl: 'Gesloten; bewaartermijn loopt.', en: 'Closed; retention period running.' },
  purged: { nl: 'Verwijderd na de bewaartermijn.', en: 'Purged after the retention period.' },
};

/** Where the whole estate stands, for the workspace. */
export function ownerEstateStatusText(state: EstateState, lang: Language): string {
  return OWNER_ESTATE_WORDING[state]?.[lang] ?? { nl: 'In behandeling.', en: 'In progress.' }[lang];
}

/**
 * A contract at a provider that learns of the death from the BRP: no letter, a check for the owner.
 * What the sources say the provider does by itself, and so what to verify:
 * - SVB: "Overlijdt iemand met een AOW? Dan stoppen de AOW en inkomensondersteuning AOW op de dag na
 *   het overlijden"; an overpayment is deducted from the holiday allowance, and the family may have
 *   to repay the rest; nobody need inform the SVB when someone dies in the Netherlands
 *   (https://www.svb.nl/nl/aow/er-is-iemand-overleden, https://svb.nl/en/aow-pension/if-an-aow-pensioner-dies).
 * - Health insurers: "de gemeente [geeft] het overlijden aan ons door", the policy stops the day after
 *   the death, except for a death abroad (https://www.czdirect.nl/zorgverzekering/overlijden/polis-en-gegevens-wijzigen);
 *   premium paid in advance is refunded (https://www.dechristelijkezorgverzekeraar.nl/service-en-contact/veranderen/melden-overlijden).
 * - Pension funds: authorised for systematic provision from the BRP (autorisatiebesluiten under art.
 *   3.3 Wet BRP, e.g. Staatscourant 2016, 7405).
 * - Belastingdienst: we found no page of its own; plusonline.nl: within four weeks it writes to the
 *   deceased's address asking for a contact person, then the income tax return follows.
 * A death abroad is not passed on this way, so the check comes first, never an assumption.
 */
const BRP_CHECK: Record<Language, Record<'insurance' | 'pension' | 'government' | 'other', string>> = {
  nl: {
    insurance: 'polis gestopt per de dag na het overlijden, laatste premie-incasso, terugbetaling van vooruitbetaalde premie',
    pension: 'uitkering gestopt, laatste betaling, terugvordering van te veel betaald pensioen, eventueel nabestaandenpensioen',
    government: 'laatste betaling of aanslag, verrekening of terugvordering van te veel betaald, brief voor een contactpersoon, aangifte inkomstenbelasting',
    other: 'laatste betaling of incasso, terugbetaling of terugvordering van te veel betaald',
  },
  en: {
    insurance: 'policy stopped as of the day after the death, last premium collection, refund of premium paid in advance',
    pension: 'benefit stopped, last payment, recovery of pension paid in excess, any survivor’s pension',
    government: 'last payment or assessment, set-off or recovery of any over-payment, letter asking for a contact person, income tax return',
    other: 'last payment or direct debit, refund or recovery of any over-payment',
  },
};

/** The owner's task for a provider informed through the BRP, naming what to verify. */
export function brpCheckText(providerName: string, category: string, lang: Language): string {
  const verify = BRP_CHECK[lang][category === 'insurance' || category === 'pension' || category === 'government' ? category : 'other'];
  return lang === 'nl'
    ? `Waarschijnlijk al geïnformeerd via de BRP — controleren bij ${providerName}: ${verify}.`
    : `Probably informed through the BRP already — check with ${providerName}: ${verify}.`;
}
