import { addressLine } from '../address';
import { daysInclusive, euros, letterDate } from '../dates';
import { leaseEndsByLaw, NVB_PARTNER_BALANCE_LIMIT, withinDeliberationPeriod } from '../legal';
import { type DroppedClaim, leftToCredit, paidAfterDrop, paidOnDroppedBill } from '../../workflows/disputes';
import { claimAboveBilled, disputedTotal, undisputedPart } from '../../workflows/invoices';
import { capitalised, listed, quotedAtEnd, RECEIVED_VIA_WORDS } from '../../workflows/wording';
import { type BillFigureChange, type BillOnRecord, type Collection, CORRECTED_DATES, type CorrectedField, type Correction, ERASURE_TERM, type EstateBill, type InsuranceKind, type Invoice, type Language, type LateEnd, type LateMatter, nobodyContinuesLease, type AskedBackToCome, type RefundToCome, type Reopening, type SentLetter, type StopReplaced, type ToldVia, type Enclosure } from '../model';
import { agencyLetter, billedAfterDeath, billedAfterLawEnd, endUndoneFacts, repaymentLetters, holderAtTheDeceased, newHolderNamed, asksBank, asksNoEnd, asksPension, asLastRead, deathAsReadIn, deathCorrectionEffects, asRequested, billsHeld, billsToPay, changedSinceRequest, confirmedEnd, correctedPeriod, correctsConfirmedEnd, correctsTheEnd, disputedBills, disputeLetterOf, endToCome, type Facts, enclosedBesides, followedUp, followingTitle, inSentence, renewedFollowing, lastSent, lastSentLetter, laterStating, kindAsRequested, latestRequest, type Named, namedAlike, numbered, type NumberKind, numberKindOf, quotedInOpening, referredColleague, rejectedBefore, requestLetter, RESTATED, severalOpen, withdrawnPartOfClaim, type StatingKind, subjectContract, toldSince, transferred, type Words, alreadyPerDeath, balanceGivenPerOldDeath, correctsDeath, premiumStopMoves, correctsKind, coverKeptUntil, deathCarriedOtherwise, refundsCharge, headOfKinds, billNouns, billCompound, recoversPension, billsByNota, settledAtDeath, carriedAs, documentNamed } from './words';

const act = (f: Facts) => (transferred(f) ? 'transfer' : 'end');
/** What the request asked the provider to do, as a noun (nl.ts). */
const actNoun = (f: Facts) => (transferred(f) ? 'the transfer' : f.input.category === 'insurance' ? INSURANCE_NOUNS[f.input.insuranceKind ?? 'unknown'] : asksPension(f) ? 'that the pension payments have stopped' : 'the cancellation');
const INSURANCE_NOUNS: Record<InsuranceKind | 'unknown', string> = { life: 'the payout', property: 'the continuation', health: 'the settlement', unknown: 'the settlement' };
/** What we ask a bank, in the first letter and restated in every later one (nl.ts): the block and the balance on the date of death as quoted. */
const bankAsk = (account: Named, died: string) =>
  `block account ${account.accountNumber} (${account.description}) for new debits, so that no direct debits or other payments are taken from it, and let me know in writing the balance on ${died}, the date of death`;
/** "confirm … " of what was asked: the end or transfer, or what a bank owes to `bankAsk` (the block confirmed, the balance given). */
const toConfirm = (f: Facts, when: string, how = ' in writing') =>
  asksBank(f) ? `confirm to me${how}${when} that the account is blocked, and let me know the balance on ${f.dateOfDeath}, the date of death` : `confirm ${actNoun(f)}${how}${when}`;
/** An insurer numbers its policies, a pension fund its participants (`numberKindOf`); English says "account number" of an IBAN and of a customer's number alike. */
const NUMBER_WORDS: Record<NumberKind, string> = { policy: 'policy number', iban: 'account number', customer: 'account number', pension: 'pension number' };
const contractOf = (f: Facts) => `the contract ${f.description} with ${numbered(en, f, f.accountNumber)}`;
const death = (f: Facts) => `${f.deceasedFull}, born on ${f.dateOfBirth}, died on ${f.dateOfDeath}. The last home address was ${f.deceasedAddress}.`;
/** Named only when the provider's category has one; never a vague "the ombudsman for your sector". */
const complaintsBody = (f: Facts) => {
  const body = f.input.complaintsBody;
  return body ? ` If I receive no adequate answer, I will take the matter to ${body.name}${body.ifAffiliated ? ', if you are affiliated with it' : ''}.` : '';
};
const due = (f: Facts) => (f.dueDate ? `, by ${f.dueDate} at the latest` : '');
/** refundrest: each refund still to come, as recorded, with the day expected as Steward's own term (nl.ts `refundsToCome`). */
const refundsToCome = (letterDate: string, refunds: RefundToCome[] = [], askedBack: AskedBackToCome[] = []): string[] =>
  refunds.length || askedBack.length
    ? [
        [
          ...refunds.map((r) => `Not yet received: ${r.provider} pays ${r.amount === null ? 'an amount' : en.money(r.amount)} back to the estate${r.reference ? ` (final bill ${r.reference})` : ''}. I expect the amount in the estate account by ${en.date(r.expectedBy)}; that term is my own, not a legal one.`),
          ...askedBack.map((a) => `Not yet received: ${a.provider} dropped the claim, final bill ${a.reference} included, on which ${a.amount === null ? 'an amount' : en.money(a.amount)} had been paid from the estate. I asked ${a.provider} by letter on ${en.date(a.askedOn)} to pay that back${a.remindedOn ? `, and again with a reminder on ${en.date(a.remindedOn)}` : ''}, by ${en.date(a.payBy)}; that term is my own, not a legal one.${a.payBy < letterDate ? ' That term has passed.' : ''}${a.partCame ? (a.left === null ? ' Part of it has not been received yet.' : ` ${en.money(a.left)} of it has not been received yet.`) : ''}`),
          'In the family portal you will see when it has been received.',
        ].join(' '),
      ]
    : [];
/** The progress report's word on paying: of the bills, the claim(s) of a collection agency, or both, as the table above lists them. */
const toPay = (open: EstateBill[]) => {
  if (!open.length) return 'You do not need to do anything yourself; I am keeping an eye on everything.';
  const held = billsHeld(open);
  const one = open.length === 1;
  const what = { invoice: one ? 'the bill' : 'the bills', claim: one ? 'the claim' : 'the claims', both: 'the bills and claims' }[held];
  return `For the contracts you do not need to do anything yourself; I am keeping an eye on everything. Only ${what} above under ‘${en.estateBills.headings.open}’ ${one ? 'is' : 'are'} still to be paid.`;
};
/** Whom the owner acts for: the power of attorney only when it travels with the letter, else what is recorded. */
const authority = (f: Facts) =>
  f.powerOfAttorneyEnclosed
    ? 'I act on behalf of the heirs; their power of attorney is enclosed.'
    : f.input.representative
      ? `I act on the instructions of the family, represented by ${f.input.representative}.`
      : 'I act on the instructions of the family.';
const noAcceptance = 'This letter does not acknowledge any liability, nor does it accept the estate.';
const refund = (f: Facts) => `Any credit can be refunded to account ${f.estateAccount}.`;

/** What a cancellation asks, by the provider's category (legal footing in legal.ts). */
function cancellationRequest(f: Facts): string[] {
  switch (f.input.category) {
    case 'bank':
      // NVB: a bank blocks the account and reports the balance; it does not end an account per the date of death.
      return [
        `Please ${bankAsk(f, f.dateOfDeath)}${due(f)}.`,
        f.certificateOfInheritanceEnclosed
          ? `Please tell me whether you need anything besides the enclosures to release the balance and close the account. The balance can then go to the estate account ${f.estateAccount}.`
          : `No certificate of inheritance (verklaring van erfrecht) is enclosed. Under the Dutch banks' arrangements (NVB) it is in principle not needed when there is a surviving spouse or registered partner, there is no will and the balance is not above ${en.money(NVB_PARTNER_BALANCE_LIMIT)}, subject to your bank's further conditions. Please tell me which documents you need in this case to release the balance and close the account. The balance can then go to the estate account ${f.estateAccount}.`,
      ];
    case 'housing': {
      const { deceased } = f.input;
      if (nobodyContinuesLease(f.input.livedWith)) {
        const who = f.input.livedWith === 'lodger' ? `The person who lodged with ${f.deceasedFull} was not a co-tenant and did not share a lasting joint household with the deceased` : `${f.deceasedFull} lived alone`;
        return [
          `${who}; nobody continues the lease. The lease therefore ends on ${en.date(leaseEndsByLaw(deceased.dateOfDeath))} (Article 7:268(6) of the Dutch Civil Code).`,
          `Please confirm this end date to me in writing${due(f)} and arrange a date with me for handing over the home. Please stop the direct debit as of the end date and send the final bill to me. ${refund(f)}`,
        ];
      }
      // Held by the rules while anyone may continue the lease (nl.ts).
      return [
        `Whoever lived in the home with ${f.deceasedFull} may continue the lease (Article 7:268 of the Dutch Civil Code); I therefore do not give notice to end ${contractOf(f)}.`,
        `Please let me know how the lease continues after the death${due(f)}. ${refund(f)}`,
      ];
    }
    case 'insurance':
      return insuranceRequest(f);
    case 'pension':
      return pensionRequest(f);
    default:
      return [
        `Please end ${contractOf(f)} as of ${f.endDate}, free of charge and without a notice period.${
          f.input.category === 'telecom' ? ' Please also waive any early termination fee and the remaining instalments of a minimum term.' : ''
        }${f.input.category === 'energy' ? ' Please base the final bill on the meter readings on the end date, and let me know how you would like to receive them if you do not have them yet.' : ''}`,
        `Please stop the direct debit as of the end date, charge nothing after it and send the final bill to me. ${refund(f)} Please confirm the end date to me in writing${due(f)}.`,
      ];
  }
}

/** The new holder's particulars, for the provider's own transfer form; no consent or mandate to sign (nl.ts says why). */
function newHolderBlock(f: Facts): string {
  const h = f.input.newHolder;
  const a = h?.address;
  // Two particulars a line, as on a form (README, Letters → One page).
  return [
    `New holder: ${h?.name} · Date of birth: ${h?.dateOfBirth ? en.date(h.dateOfBirth) : undefined}`,
    `Address: ${a ? addressLine(a) : undefined}`,
    `Email: ${h?.email} · Phone: ${h?.phone}`,
    `IBAN: ${f.newHolderIban}`,
  ].join('\n');
}

/** What became of our latest request, as recorded (nl.ts says why). */
function unanswered(f: Facts): string {
  if (f.input.history?.acknowledgedSinceRequest) return `You acknowledged receipt of ${theRequest(f)}, but I have not yet received confirmation of ${asksBank(f) ? 'the block or the balance' : actNoun(f)}.`;
  const last = latestRequest(f);
  return last?.kind === 'information_supplied'
    ? `On ${en.date(last.date)} ${byWhom(last.colleague)} sent you the further information you asked for. I have not yet received an answer to it.`
    : 'I have not yet received your answer.';
}

/** What the provider confirmed (nl.ts); "will" while that date is still to come. */
const settledAs = (f: Facts, date: string) => {
  const to = newHolderNamed(f) ? ` to ${newHolderNamed(f)}` : '';
  if (asksNoEnd(f)) return `${endToCome(f) ? 'will be' : 'was'} handled as of ${date}`;
  if (endToCome(f)) return transferred(f) ? `will be transferred${to} on ${date}` : `will end on ${date}`;
  return transferred(f) ? `was transferred${to} on ${date}` : `ended on ${date}`;
};
// bankwords3: the agency confirmed nothing; it reads the date as the provider's ("the date ING confirmed", nl.ts).
const endWord = (f: Facts) => (transferred(f) ? 'the transfer date' : asksNoEnd(f) ? `the date ${confirmedBy(f)} confirmed` : 'the end date');
const confirmedBy = (f: Facts) => (f.input.collection?.to === 'agency' ? f.input.collection.provider : 'you');
/** "the end date of 31 December 2026 that you confirmed", or of a request that asked no end "2 November 2026, the date you confirmed". */
const confirmedDate = (f: Facts) => (asksNoEnd(f) ? `${confirmedEnd(f)}, ${endWord(f)}` : `${endWord(f)} of ${confirmedEnd(f)} that you confirmed`);
/** rentlaw2: the end a bill stated again was disputed from: a lease's end by law with its day (art. 7:268 lid 6 BW), else the end date (nl.ts). */
const endDisputedFrom = (f: Facts, bill: { disputed: { from: string } | null } | null | undefined, confirmed = false) => {
  const lawEnd = billedAfterLawEnd(f, bill);
  return lawEnd ? `the end date by law (${en.date(lawEnd)})` : confirmed ? confirmedDate(f) : endWord(f);
};
/** "You told me by phone on 3 December 2026 that" (nl.ts). */
const toldThat = (told: ToldVia) => `You told ${told.colleague ? `my colleague ${told.colleague}` : 'me'} ${RECEIVED_VIA_WORDS.en[told.via]} on ${en.date(told.on)} that`;
/** Why the disputed part is not the estate's to pay; to a collection agency without whom to bill (nl.ts). */
const notOwed = (f: Facts, it = 'it') =>
  !transferred(f) ? `${it} is not owed` : f.input.collection?.to === 'agency' ? `${it} is not owed by the estate` : `${it} is not owed by the estate and should be billed to ${newHolderNamed(f) ?? 'the new holder'}`;

/** The part we dispute, as it was worked out (nl.ts says how). */
function disputedSentence(f: Facts): string {
  const i = f.input.invoice;
  if (!i) return '';
  // payoutdate: a premium counted from the death our payout request asked it stopped per (nl.ts says why only so far).
  const death = billedAfterDeath(f) !== null;
  const end = billedAfterLawEnd(f) ? 'the end date by law' : death ? 'the date of death' : endWord(f);
  const owed = death ? 'insofar as the policy conditions set no premium after the death, it is not owed' : notOwed(f);
  if (i.disputed.from === i.periodFrom) return `That period lies wholly after ${end}. I dispute the whole ${billNouns(f).one}; ${owed}.`;
  const share = `${daysInclusive(i.disputed.from, i.disputed.to)} of ${daysInclusive(i.periodFrom, i.periodTo)}`;
  return `Pro rata to the days billed (${share}), ${en.money(i.disputed.amount)} of it falls in ${en.date(i.disputed.from)} to ${en.date(i.disputed.to)} inclusive, after ${end}. I dispute that part; ${owed}. I do not dispute the part up to and including ${end}.`;
}

/** releasedispute: beside a bank's disputed charge, that its release is still not recorded though its term passed (the term as recorded; no law). */
const releaseLate = (f: Facts): string[] =>
  f.input.history?.releaseTermPassed ? [`You have not yet transferred the balance to the estate account, although the term for that ended on ${en.date(f.input.history.releaseTermPassed)}.`] : [];

/** bankwords2: the days of a bank's charge after the confirmed date of all it covers ("28 of 30"), as its dispute counted them (nl.ts). */
const chargeShare = (c: Pick<Invoice, 'periodFrom' | 'periodTo'>, d: { from: string; to: string }) => `${daysInclusive(d.from, d.to)} of ${daysInclusive(c.periodFrom, c.periodTo)}`;

/** A bank's charge, no invoice with a period of use, asked back and never declared not owed (nl.ts says how and why). */
function chargeDisputed(f: Facts, i: Invoice | null | undefined = f.input.invoice): string {
  if (!i) return '';
  const charged = `You charged costs of ${en.money(i.amount)} to the account on ${en.date(i.invoiceDate)} (reference ${i.reference}).`;
  if (i.disputed.from === i.periodFrom) return `${charged} They concern the time after ${endWord(f)}.`;
  return `${charged} Pro rata to the days they cover (${chargeShare(i, i.disputed)}), ${en.money(i.disputed.amount)} of it falls after ${endWord(f)}. I do not dispute the part up to and including ${endWord(f)}.`;
}

/** The charge a complaint about an unanswered dispute names (`chargeDisputed`): "I disputed €3.69 of the costs of €3.95 you charged …". */
const chargeEscalated = (f: Facts, i: Invoice, by: string | null | undefined) => {
  const part = i.disputed.amount === i.amount ? '' : `${en.money(i.disputed.amount)} of `;
  const costs = `${part}the costs of ${en.money(i.amount)} you charged on ${en.date(i.invoiceDate)} for ${contractOf(f)} (reference ${i.reference})`;
  return by ? `${by} disputed ${costs}, after ${confirmedDate(f)}.` : `${costs} ${part ? 'was' : 'were'} disputed, after ${confirmedDate(f)}.`;
};

/** What a dispute asks for the part disputed; of a premium after a kept cover's end a credit note for the premium only (nl.ts). */
const creditAsked = (f: Facts) => (coverKeptUntil(f) ? 'a credit note for the premium' : `a credit note or a corrected ${billsByNota(f) ? 'bill' : 'final bill'}`);
/** fundwords2: a pension fund's recovery is asked lowered by the part disputed and sent corrected, or withdrawn (nl.ts says why). */
const recoveryAsked = (by: string, several: boolean) =>
  `reduce ${several ? 'the recoveries' : 'the recovery'} by ${by} and send me ${several ? 'the corrected recoveries' : 'a corrected recovery'}, or withdraw ${several ? 'them' : 'it'}`;

/** The number the agency files the claim under (as recorded from its letter), beside the provider's: its clerk finds the file by either. */
const theirDossier = (c: Collection | null | undefined) => (c?.dossierNumber ? en.theirFile(c.dossierNumber) : '');
/** "debt-collection letter with reference INC-9 for €80.00"; to the provider with the agency's file number too (nl.ts). */
const collectionLetter = (c: Collection | null | undefined, agencysFile = false) =>
  `debt-collection letter${c?.reference ? ` with reference ${c.reference}` : ''}${agencysFile && c?.dossierNumber ? `${c.reference ? ' and' : ' with'} file number ${c.dossierNumber}` : ''}${c?.amount ? ` for ${en.money(c.amount)}` : ''}`;

/** The collection letter as recorded (nl.ts says why the agency's own letter reads differently). */
/** agencyafter: how our earlier stop was wrongly addressed, by each particular the owner corrected since, as it stood then. */
const WRONG_EN: Record<StopReplaced['wrong'][number]['field'], string> = {
  agency: 'under a wrong name',
  agencyEmail: 'to a wrong email address',
  agencyAddress: 'to a wrong postal address',
  reference: 'with a wrong reference',
  dossierNumber: 'with a wrong file number',
};
/** agencylang2: the language our earlier stop was in, when the agency's language was corrected since. */
const LANGUAGE_EN: Record<Language, string> = { nl: 'Dutch', en: 'English' };
/** agencyafter: our stop sent again after a correction of the agency's particulars says, first, which earlier letter it replaces and what was wrong in it. */
const stopReplaced = (r: StopReplaced | null | undefined): string[] =>
  r ? [`On ${en.date(r.date)} ${byWhom(r.colleague)} sent you a letter${r.inLanguage ? ` in ${LANGUAGE_EN[r.inLanguage]}` : ''} with the same request${r.wrong.length ? `, but ${listed(r.wrong.map((w) => `${WRONG_EN[w.field]} (${w.was})`), 'en')}` : ''}. This letter replaces that one${r.inLanguage ? '; it is in the language of your letter' : ''}.`] : [];

function collectionOpening(f: Facts): string {
  const c = f.input.collection;
  const end = confirmedEnd(f);
  const letter = `a ${collectionLetter(c, c?.to !== 'agency')}`;
  if (c?.to === 'agency') {
    return `You sent ${letter} about ${contractOf(f)}${theirDossier(c)} at ${c.provider}, held by ${f.deceasedFull}, who died on ${f.dateOfDeath}.${end ? ` ${answeredThat(f, 'this contract', end, c.provider)}.` : ''}`;
  }
  return `${c?.agency ? `${c.agency} sent ${letter}` : `A${letter.slice(1)} was sent`} about ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}.${end ? ` ${answeredThat(f, 'this contract', end)}.` : ''}`;
}

/** A bill disputed on this contract, as the record holds it (nl.ts). */
function billOnRecord(f: Facts, b: BillOnRecord): string {
  const c = f.input.collection;
  const provider = c?.to === 'agency' ? c.provider : null;
  const who = provider ?? 'You';
  const d = b.disputed;
  // bankletters: a bank's charge (`refundsCharge`) is refunded, never credited, and asked back, never declared not owed (nl.ts).
  const bank = refundsCharge(f);
  const it = bank ? { named: 'charge', credited: 'refunded' } : { named: billNouns(f).one, credited: 'credited' };
  // rentlaw2: a rent bill disputed from the lease's end by law names that day, as its dispute letter did (nl.ts).
  const end = endDisputedFrom(f, b);
  const said = [
    `On ${en.date(b.disputedIn.date)} ${byWhom(b.disputedIn.colleague)} disputed ${provider ? `${provider}'s ${it.named}` : `your ${it.named}`} ${b.reference} dated ${en.date(b.invoiceDate)}, for ${en.money(b.amount)}.`,
    !d
      ? `With the correct details that ${bank ? 'charge concerns' : `${it.named} covers`} only the time up to and including ${end}; the dispute of it was therefore withdrawn.`
      : d.from === b.periodFrom
        ? bank
          ? `That charge concerns the time after ${end}.`
          : `The whole ${it.named} covers the period after ${end}; ${notOwed(f)}.`
        : `${bank ? `Pro rata to the days it covers (${chargeShare(b, d)}), ${en.money(d.amount)} of it falls after ${end}` : `Of that, ${en.money(d.amount)} falls in ${en.date(d.from)} to ${en.date(d.to)} inclusive, after ${end}; ${notOwed(f, 'that part')}`}. The part up to and including ${end}, ${en.money(undisputedPart({ amount: b.amount, disputed: d }))}, was not disputed.`,
  ];
  // An answer the case owner recorded says how it reached her, to the provider only (nl.ts).
  const told = provider ? undefined : b.toldVia;
  const credit = !b.credited ? null : told && b.standing === 'credited' ? `${toldThat(told)} you ${it.credited} ${en.money(b.credited)} of that ${it.named}` : `${who} ${it.credited} ${en.money(b.credited)} of that ${it.named}`;
  const ofBill = (amount: number, rest: string) => (amount === b.amount ? `The ${it.named} ${rest}.` : `${en.money(amount)} of the ${it.named} ${rest}.`);
  if (b.standing === 'open') said.push('That dispute is still open.');
  else if (b.standing === 'held' && d) said.push(credit ? `${credit}; the dispute of the remaining ${en.money(disputedTotal([{ disputed: d, credited: b.credited }]))} is still open.` : told ? `${toldThat(told)} you hold to the ${it.named}; the dispute is still open.` : `${who} let me know that ${provider ? 'it holds' : 'you hold'} to the ${it.named}; the dispute is still open.`);
  else if (credit) said.push(`${credit}.`);
  if (b.standing === 'withdrawn') said.push(told ? `${toldThat(told)} you withdrew the ${it.named}.` : `${who} withdrew the ${it.named}.`);
  if (b.standing === 'alreadyPaid') said.push(ofBill(leftToCredit(b), 'has already been paid'));
  if (b.standing === 'payFromEstate' || b.standing === 'owed') {
    const owed = b.owed ?? { amount: leftToCredit(b), paidOn: null };
    said.push(ofBill(owed.amount, owed.paidOn ? `was paid from the estate on ${en.date(owed.paidOn)}` : 'is paid from the estate'));
  }
  return said.join(' ');
}

/** The final bill the provider confirmed, owed and not objected to, said apart from the bills the stop objects to (nl.ts). */
function finalBillNotDisputed(f: Facts): string[] {
  const c = f.input.collection;
  const b = c?.finalBill;
  if (!b) return [];
  const whose = c.to === 'agency' ? `${c.provider}'s final bill` : 'your final bill';
  return [`I do not dispute ${whose} of ${en.money(b.amount)} (reference ${b.reference}).${b.paidOn ? ` It was paid from the estate on ${en.date(b.paidOn)}.` : ''}`];
}

/** A claim above the bills on record is asked about, not judged; with a final bill not disputed on record, the sum with it too (nl.ts). */
function claimAboveBills(f: Facts): string[] {
  const c = f.input.collection;
  const bills = c?.bills ?? [];
  const claim = claimAboveBilled(c?.amount, bills, c?.finalBill);
  if (!c?.amount || !claim) return [];
  const named = refundsCharge(f) ? { one: 'charge', several: 'charges' } : billNouns(f);
  const these = bills.length > 1 ? `these ${named.several}` : `this ${named.one}`;
  const aboveBills = `which is more than the amount of ${bills.length > 1 ? `${these} together` : these} (${en.money(claim.billed)})`;
  const above =
    claim.withFinalBill === null
      ? aboveBills
      : c.amount > claim.withFinalBill
        ? `which is more than the amount of ${these} and the final bill together (${en.money(claim.withFinalBill)})`
        : `${aboveBills}; with the final bill it is ${en.money(claim.withFinalBill)}`;
  const which = claim.withFinalBill === null ? '' : `which ${billNouns(f).several} you are collecting and `;
  return [
    c.to === 'agency'
      ? `Your debt-collection letter claims ${en.money(c.amount)}, ${above}. Please let me know ${which}how that amount is made up (principal, credit notes set off, costs and interest).`
      : `The debt-collection letter claims ${en.money(c.amount)}, ${above}. Please let me know what amount you passed on for collection, and for what.`,
  ];
}

/** Who did what an earlier letter did: I, or the colleague who signed it before the estate was handed over (nl.ts). */
/** Where premium paid for the time after the death can go: the estate's account. */
const premiumRefund = (f: Facts) => `Premium refunded can go to account ${f.estateAccount}.`;

/** pensionletter: what a pension fund is asked (nl.ts `pensionRequest`, with the sources): its payments stopped, what is paid or asked back, a survivor's pension. */
function pensionRequest(f: Facts): string[] {
  return [
    `I am notifying you of the death and ask you to stop the payments under ${contractOf(f)} as of the date of death, as your pension rules provide.`,
    `Please send me a statement of what you still pay for the time up to the death, or ask back as paid in excess${due(f)}. Please also tell me whether a survivor’s pension (nabestaandenpensioen) follows and to whom you will write about it.`,
  ];
}

/** What a request to an insurer asks, by the kind of insurance recorded; never an end per the date of death (nl.ts, with the sources). */
function insuranceRequest(f: Facts): string[] {
  switch (f.input.insuranceKind) {
    case 'life':
      return [
        `I am notifying you of the death and ask you to handle the payout under ${contractOf(f)}. Please send me your claim forms or tell me which documents you need${due(f)}. The payout is for the beneficiaries named in the policy or, if there is none, for the estate; please tell me to whom you will pay it.`,
        `Please also stop collecting premium as of ${f.dateOfDeath} and refund premium paid for the time after the death, if the policy provides for that. ${premiumRefund(f)}`,
      ];
    case 'property':
      return [
        `I do not cancel ${contractOf(f)} as of the date of death: the estate may still need the cover until what is insured has been cleared, sold or divided.`,
        `Please keep the insurance in force and tell me how it continues after the death${due(f)}. Please send further premium notices to me. As soon as the insurance is no longer needed, I will let you know.`,
      ];
    case 'health':
      return [`Please settle the insurance as of the date of death, stop collecting premium, refund premium paid for the time after the death and send me the final statement${due(f)}. ${premiumRefund(f)}`];
    default:
      return [
        `I do not hereby cancel the insurance. Please tell me what you need from me and how ${contractOf(f)} continues or ends after the death${due(f)}. If the insurance pays out on death, please send me your claim forms.`,
        premiumRefund(f),
      ];
  }
}

const byWhom = (colleague: string | null | undefined) => (colleague ? `my colleague ${colleague}` : 'I');
/** The request as the one who signed it may call it; after a handover it is ours, not mine. */
const theRequest = (f: Facts) => (requestLetter(f)?.colleague ? 'our request' : 'my request');
/** The request a later letter refers back to, by whoever signed it; a correction quotes the deceased as it printed them (nl.ts). */
const asked = (f: Facts, what: string, deceased = { name: f.deceasedFull, died: f.dateOfDeath, named: asRequested(f) as Named }) =>
  `On ${f.previousLetterDate}, on behalf of the family of ${deceased.name}, who died on ${deceased.died}, ${byWhom(requestLetter(f)?.colleague)} asked you to ${askedOf(f, what, deceased)}.`;
/** What the request asked, as it asked it (nl.ts): a lease's end date confirmed, a bank's `bankAsk`, an insurance claimed, kept or settled, else the end or transfer. */
const askedOf = (f: Facts, what: string, quoted: { died: string; named: Named }) =>
  asksBank(f) ? bankAsk(quoted.named, quoted.died) : transferred(f) ? `${act(f)} ${what}` : f.input.category === 'housing' ? `confirm the end date of ${what}` : f.input.category === 'insurance' ? INSURANCE_ASKED[kindAsRequested(f) ?? 'unknown'](what) : asksPension(f) ? `stop the payments under ${what} as of the date of death` : `${act(f)} ${what}`;
const INSURANCE_ASKED: Record<InsuranceKind | 'unknown', (what: string) => string> = {
  life: (what) => `handle the payout under ${what}`,
  property: (what) => `keep ${what} in force for the estate`,
  health: (what) => `settle ${what} as of the date of death`,
  unknown: (what) => `tell me how ${what} continues or ends after the death`,
};
/** The deceased and the account as a correction's opening quotes them (nl.ts). */
const quotedAs = (f: Facts) => ({ name: quotedInOpening(f).deceasedName, died: en.date(quotedInOpening(f).dateOfDeath), named: quotedInOpening(f) });
/** The contract as the request named it, not as corrected since. */
const requestedContract = (f: Facts) => `the contract ${asRequested(f).description} with ${numbered(en, f, asRequested(f).accountNumber)}`;
/** " On 3 December 2026 I told you that the correct account number is KPN-2223." (nl.ts) */
const toldSentences = (f: Facts) =>
  toldSince(f, RESTATED)
    .map(({ letter, corrections }) => ` On ${en.date(letter.date)} ${byWhom(letter.colleague)} told you that ${corrections.map((c) => `${correct(correctedWords(f, c.field))} is ${c.to}`).join(' and ')}.`)
    .join('') +
  toldSince(f, ['insuranceKind'])
    .flatMap(({ letter, corrections }) => corrections.map((c) => ` On ${en.date(letter.date)} ${byWhom(letter.colleague)} asked you instead to ${insuranceAskedOf(c.to)}.`))
    .join('');
/** What a request to an insurer of this kind asks, of "the contract" (nl.ts). */
const insuranceAskedOf = (kind: string | null) => INSURANCE_ASKED[(kind as InsuranceKind | null) ?? 'unknown']('the contract');
/** What the request asked, as it asked it, and what was corrected since (nl.ts). */
const firstLetter = (f: Facts) => asked(f, requestedContract(f)) + toldSentences(f);

/** A request sent again after the provider rejected the last one (nl.ts). */
function askedAgain(f: Facts): string[] {
  const before = rejectedBefore(f);
  if (!before) return [];
  return [
    [
      `On ${en.date(before.earlier.date)} ${byWhom(before.earlier.colleague)} asked you to ${asksBank(f) || f.input.category === 'insurance' ? askedOf(f, requestedContract(f), { died: f.dateOfDeath, named: asRequested(f) as Named }) : `${act(f)} ${requestedContract(f)}`}. On ${en.date(before.date)} you let me know that you could not process that request (reason: “${before.reason}”).${before.answer ? ` Our answer to that: ${quotedAtEnd(before.answer, 'en')}` : ''} I am hereby making the request again.${amendedEn(f)}`,
      ...changedSinceRequest(f).map((c) => correctionSentence(f, c, 'The earlier request')),
      ...deathWrongBefore(f),
    ].join('\n'),
  ];
}

/** A request sent again after the date of death was corrected since a letter printed another (nl.ts). */
const deathWrongBefore = (f: Facts) => {
  const carried = deathCarriedOtherwise(f);
  if (!carried) return [];
  return [`The date of death in ${carried.letter.colleague ? `the earlier letter of my colleague ${carried.letter.colleague}` : 'my earlier letter'} was wrong; the correct date is ${f.dateOfDeath}.`];
};

const CORRECTED: Record<CorrectedField, string> = {
  description: 'description of the contract',
  accountNumber: 'account number',
  requestedEndDate: 'requested end date',
  effectiveDate: 'end date',
  insuranceKind: 'kind of insurance',
  deceasedName: 'name of the deceased',
  dateOfBirth: "deceased's date of birth",
  dateOfDeath: 'date of death',
  deceasedAddress: "deceased's address",
  estateAccount: 'account for any refund',
  newHolderName: "new holder's name",
  newHolderAddress: "new holder's address",
  newHolderDateOfBirth: "new holder's date of birth",
  newHolderEmail: "new holder's email address",
  newHolderPhone: "new holder's phone number",
  newHolderIban: "new holder's IBAN",
};
const correctedValue = (c: Correction, value: string) => (CORRECTED_DATES.includes(c.field) ? en.date(value) : value);

/** "the correct account number", "the new holder's correct IBAN". */
const correct = (what: string) => what.replace(/^(.*'s )?/, 'the $1correct ');

/** The fact in this contract's words: a transfer has a transfer date, not an end date. */
const correctedWords = (f: Facts, field: CorrectedField) =>
  field === 'effectiveDate' && asksNoEnd(f) ? (f.input.collection?.to === 'agency' ? `date in the confirmation of ${f.input.collection.provider}` : 'date in your confirmation')
  : field === 'accountNumber' ? NUMBER_WORDS[numberKindOf(f.input.category, f.accountNumber)] : !transferred(f) ? CORRECTED[field] : field === 'requestedEndDate' ? 'requested transfer date' : field === 'effectiveDate' ? 'transfer date' : CORRECTED[field];

/** "My request gave the account number as 1234; the correct account number is 1243." Only recorded values, old and new, said of the letter that printed the old one; a request without a date quoted as it asked (nl.ts). */
function correctionSentence(f: Facts, c: Correction, printedIn: string, readIn: SentLetter | null = null): string {
  const what = correctedWords(f, c.field);
  const asap = c.from === null && c.field === 'requestedEndDate';
  if (c.field === 'insuranceKind') return `${printedIn} asked you to ${insuranceAskedOf(c.from)}; instead, I now ask you to ${insuranceAskedOf(c.to)}.`;
  const before = asap
    ? `${printedIn} asked you to ${act(f)} the contract as of ${en.asSoonAsPossible(en.date(deathAsReadIn(f, readIn)))}`
    : c.from === null
      ? `${printedIn} gave no ${what}`
      : `${printedIn} gave the ${what} as ${correctedValue(c, c.from)}`;
  const now =
    c.to !== null
      ? `${asap ? `the ${what}` : c.from === null ? 'it' : correct(what)} is ${correctedValue(c, c.to)}`
      : c.field === 'requestedEndDate'
        ? `please now ${act(f)} the contract as of ${en.asSoonAsPossible(f.dateOfDeath)}`
        : 'please disregard it';
  return `${before}; ${now}.`;
}

/** The letter that first printed a corrected fact: our request, or to an agency our collection stop to it (nl.ts). */
function firstPrintedIn(f: Facts): string {
  const ours = agencyLetter(f);
  if (!ours) return capitalised(theRequest(f));
  return ours.colleague ? `The letter my colleague ${ours.colleague} sent` : 'My letter';
}

/** A correction of the fact as the recipient last read it (nl.ts). */
function correctionLine(f: Facts, corrected: Correction): string {
  const { correction, toldIn } = asLastRead(f, corrected);
  const readIn = (told: SentLetter) => (told.colleague ? `The correction my colleague ${told.colleague} sent on ${en.date(told.date)}` : `My correction of ${en.date(told.date)}`);
  // Those of one day alike once; the correction last read, when alone, worded as a bill correction names it too (`billCorrectionLines`).
  const named = namedAlike([...(toldIn ? [toldIn] : []), ...laterStating(f, corrected)], (l) => laterLetter(f, l)).map(({ letter, count }) => (letter === toldIn && count === 1 ? readIn(letter) : laterLetter(f, letter, count)));
  return correctionSentence(f, correction, capitalised(listed(toldIn ? named : [firstPrintedIn(f), ...named], 'en')), toldIn);
}

/** Each later letter that can print a corrected fact (`laterStating`): its noun and what follows its date; a bill by its provider's noun (nl.ts). */
const LATER_LETTERS: Record<StatingKind, (l: SentLetter, bill: string) => [string, string]> = {
  information_supplied: () => ['letter', ' with the information you asked for'],
  reminder: () => ['reminder', ''],
  escalation: () => ['complaint', ''],
  dispute: (l, bill) => ['objection', l.bill ? ` to ${bill} ${l.bill}` : ''],
  dispute_escalation: () => ['complaint', ' about my unanswered objection'],
  collection_stop: (l) => ['letter', ` about the collection letter${l.collection?.agency ? ` from ${l.collection.agency}` : ''}`],
  withdrawal: () => ['letter', ' withdrawing the request'],
  rejection_complaint: () => ['complaint', ' about your rejection of the request'],
  correction: () => ['correction', ''],
  bill_correction: (_, bill) => ['correction', ` of my objection to ${/^[aeiou]/.test(bill) ? 'an' : 'a'} ${bill}`],
  document_erasure: () => ['letter', ' about a withdrawn document'],
  document_correction: () => ['letter', ' with a corrected document'],
  contact_change: () => ['letter', ' about the new contact person'],
  release_reminder: () => ['reminder', ' about the release of the balance'],
  refund_reminder: () => ['reminder', ' about the refund to the estate'],
};

/** "my objection of 10 December 2026 to invoice F-01", "my letter of 15 December 2026 about the collection letter from Incasso Noord"; `count` of them alike, "my corrections of 3 December 2026" (nl.ts). */
function laterLetter(f: Facts, l: SentLetter & { kind: StatingKind }, count = 1): string {
  const [noun, after] = LATER_LETTERS[l.kind](l, billNouns(f).one);
  const nouns = count > 1 ? `${noun}s` : noun;
  return `${l.colleague ? `my colleague ${l.colleague}'s ${nouns}` : `my ${nouns}`} of ${en.date(l.date)}${after}`;
}

/** v15: our complaint about the rejection withdrawn, the number it rejected on being wrong (nl.ts). */
function complaintWithdrawal(f: Facts): string[] {
  const complaint = f.input.withdrawnComplaint;
  if (!complaint) return [];
  return [
    `I hereby withdraw ${complaint.colleague ? `the complaint of my colleague ${complaint.colleague}` : 'my complaint'} of ${en.date(complaint.date)} about your rejection of ${theRequest(f)}: that rejection was right, as the ${correctedWords(f, 'accountNumber')} in ${theRequest(f)} was wrong. You need not answer the complaint any more.`,
  ];
}

/** What a corrected date of death changes in what the reader was told (`deathCorrectionEffects`), in one paragraph. */
function correctionEffects(f: Facts): string[] {
  const { lease, stop } = deathCorrectionEffects(f);
  const effects = [
    ...(lease ? [`The lease therefore ends by law on ${en.date(lease.to)} instead of ${en.date(lease.from)} (Article 7:268(6) of the Dutch Civil Code).`] : []),
    ...(stop
      ? [
          `${stop.letter.colleague ? `My colleague ${stop.letter.colleague}'s letter` : 'My letter'}${stop.toAgency ? '' : ' about the collection'} referred to the three months after the death during which no recourse can be taken against the assets of the estate (Article 4:185(1) of the Dutch Civil Code); ${stop.ended ? 'they therefore ran' : 'they now run'} until ${en.date(stop.end)}.`,
        ]
      : []),
  ];
  return effects.length ? [effects.join(' ')] : [];
}

/** A bank asked the balance on the date of death: a corrected date asks it anew on the right one (nl.ts); any other detail, the block and balance with it. */
/** What the provider confirmed, in every letter that restates it: what a bank or insurer said it did, or the date it gave; to an agency of the `provider` (nl.ts). */
function answeredThat(f: Facts, contract: string, end: string, provider?: string): string {
  const d = f.input.history?.answerDone;
  const told = provider ? null : f.input.history?.confirmedVia;
  const said = provider ? `${provider} has confirmed that` : told ? toldThat(told) : 'You confirmed that';
  if (!d) return `${said} ${contract} ${settledAs(f, end)}`;
  const [it, has] = provider ? ['it', 'has'] : ['you', 'have'];
  const did = {
    accountBlocked: `the account is blocked${d.balance === null ? '' : ` and that its balance on ${d.balanceOn ? en.date(d.balanceOn) : end} was ${en.money(d.balance)}`}`,
    payoutHandled: `${it} ${has} taken up the payout`,
    claimFormsSent: `${it} ${has} sent the forms for the payout`,
    coverContinues: `the insurance continues for the estate${d.coverUntil ? ` until ${en.date(d.coverUntil)} inclusive` : ''}`,
    coverSettled: `the contract ${endToCome(f) ? 'will be' : 'was'} settled as of ${end}`,
    pensionStopped: `the pension payments stopped as of ${end}`,
  }[d.done];
  return `${said} ${did}`;
}

const bankCorrected = (f: Facts) =>
  (f.input.corrections ?? []).some((c) => c.field === 'dateOfDeath')
    ? `let me know in writing the balance on ${f.dateOfDeath}, the correct date of death`
    : 'handle the block of the account and the balance with the correct details';

/** What a correction asks; once the provider confirmed, only its records change (nl.ts). */
function correctionAsk(f: Facts): string {
  const end = confirmedEnd(f);
  const handled = correctsKind(f) ? '' : ` and ${asksBank(f) ? bankCorrected(f) : `handle ${actNoun(f)} with the correct details`}`;
  if (!end) return `Please update your records${handled}. ${capitalised(theRequest(f))} is otherwise unchanged.`;
  const confirmed = answeredThat(f, 'the contract', end);
  const bills = disputedBills(f);
  const billed = bills.length ? ` The part of ${bills.length > 1 ? `${billNouns(f).several} ${listed(bills, 'en')}` : `${billNouns(f).one} ${bills[0]}`} after ${endWord(f)} then changes with it.` : '';
  // A bank's balance is per the date of death, a health policy ends at it: a corrected one asks either anew; silence keeps nothing (nl.ts).
  if ((asksBank(f) || settledAtDeath(f)) && correctsDeath(f) && !alreadyPerDeath(f))
    return `${confirmed}.${balanceGivenPerOldDeath(f) ? ' That is the balance on the date of death I gave you before.' : ''} Please update your records and ${asksBank(f) ? bankCorrected(f) : `settle the insurance as of ${f.dateOfDeath}, the correct date of death`}.${billed}${stillAwaited(f, ' ')}`;
  return correctsTheEnd(f) && !alreadyPerDeath(f)
    ? `${confirmed}. Please update your records. If ${endWord(f)} changes as a result, please let me know the new date${newDateAt(f)}${billed} If I do not hear from you, ${endWord(f)} stays ${end}.${stillAwaited(f, ' ')}`
    : premiumStopMoves(f)
      ? `${confirmed}; that stays as it is. My request also asked you to stop collecting the premium as of the date of death and to refund premium paid for the time after it, if the policy so provides. Please update your records and do so as of ${f.dateOfDeath}, the correct date of death.${stillAwaited(f, ' ')}`
      : `${confirmed}; that stays as it is. ${stillAwaited(f, 'Please update your records. ') || 'Please update your records; there is nothing else you need to do.'}`;
}

/** What the provider still owes an answer to stands, with the date it is due; empty when nothing is owed (nl.ts). */
function stillAwaited(f: Facts, before: string): string {
  const awaiting = f.input.history?.awaiting;
  if (!awaiting?.letters.length) return '';
  const letters = awaiting.letters.map((l) => (l.kind === 'collection_stop' ? stopRequest(l) : laterLetter(f, l as SentLetter & { kind: StatingKind })));
  return `${before}${capitalised(listed(letters, 'en'))} still ${letters.length > 1 ? 'stand' : 'stands'}${awaiting.due ? `; I look forward to your answer by ${en.date(awaiting.due)}` : ''}.`;
}

/** "my request of 23 December 2026 to suspend the collection by Incasso Noord" (nl.ts). */
const stopRequest = (l: SentLetter) =>
  `${l.colleague ? `my colleague ${l.colleague}'s request` : 'my request'} of ${en.date(l.date)} to suspend the collection${l.collection?.agency ? ` by ${l.collection.agency}` : ''}`;

/** Where the provider tells a new end date while the desk cannot take it (nl.ts). */
function newDateAt(f: Facts): string {
  const held = f.input.recipient.viaDesk ? f.input.history?.confirmationHeld : null;
  if (!held) return '.';
  const { bills, collectionStop } = held;
  const open = [
    ...(bills.length ? [`the objection to ${bills.length > 1 ? `${billNouns(f).several} ${listed(bills, 'en')}` : `${billNouns(f).one} ${bills[0]}`}`] : []),
    ...(collectionStop ? ['the request to suspend the collection'] : []),
  ];
  return ` by email or letter: while ${listed(open, 'en')} ${open.length > 1 ? 'are' : 'is'} open, the confirmation cannot be corrected at the provider desk.`;
}

/** A correction to a collection agency of what our collection stop told it (nl.ts). */
function agencyCorrection(f: Facts): string[] {
  const corrections = f.input.corrections ?? [];
  return [
    `${agencyOpening(f)} I am writing to correct ${corrections.length > 1 ? 'some details' : 'a detail'} in that letter.`,
    corrections.map((correction) => correctionLine(f, correction)).join('\n'),
    ...correctionEffects(f),
    ...billsMoved(f),
    ...referenceMoved(f),
    agencyAsk(f),
  ];
}

/** What a corrected end date did to each bill our stop named that was open (nl.ts). */
function billsMoved(f: Facts): string[] {
  const c = f.input.collection;
  const bills = correctsConfirmedEnd(f) ? (c?.bills ?? []) : [];
  if (!bills.length) return [];
  const ours = agencyLetter(f)?.colleague ? `my colleague ${agencyLetter(f)?.colleague}'s letter` : 'my letter';
  // bankwords2: a bank's charge covers days and is refunded, asked back and never declared not owed (nl.ts).
  const bank = refundsCharge(f);
  const now = (b: BillOnRecord) => {
    const d = b.disputed;
    const part = !d
      ? `it now ${bank ? 'concerns' : 'covers'} only the time up to and including ${endWord(f)}; the dispute of it is therefore withdrawn.`
      : d.from === b.periodFrom
        ? bank ? `it now concerns wholly the time after ${endWord(f)}.` : `it now covers wholly the period after ${endWord(f)}; ${notOwed(f)}.`
        : `${bank ? `pro rata to the days it covers (${chargeShare(b, d)}), ${en.money(d.amount)} of it now falls after ${endWord(f)}` : `of that, ${en.money(d.amount)} now falls in ${en.date(d.from)} to ${en.date(d.to)} inclusive, after ${endWord(f)}; ${notOwed(f, 'that part')}`}. The part up to and including ${endWord(f)}, ${en.money(undisputedPart({ amount: b.amount, disputed: d }))}, is not disputed.`;
    return `${bank ? 'Charge' : capitalised(billNouns(f).one)} ${b.reference} dated ${en.date(b.invoiceDate)}, ${en.money(b.amount)}: ${part}${d && b.credited ? ` ${c?.provider} has already ${bank ? 'refunded' : 'credited'} ${en.money(b.credited)} of it.` : ''}`;
  };
  const named = bank ? (bills.length > 1 ? 'charges' : 'charge') : billNouns(f)[bills.length > 1 ? 'several' : 'one'];
  return [[`The part after ${endWord(f)} of ${c?.provider}'s ${named} named in ${ours} changes with it:`, ...bills.map(now)].join('\n')];
}

/** Our collection stop to the agency and the collection letter it answered (nl.ts). */
function agencyOpening(f: Facts): string {
  const ours = agencyLetter(f);
  const c = f.input.collection;
  const quoted = quotedInOpening(f);
  // bankwords3: "in response to", as „naar aanleiding van" (nl.ts); "in reply to" beside the deceased's name read as asking him to reply.
  return `On ${ours && en.date(ours.date)} ${byWhom(ours?.colleague)} wrote to you in response to your ${collectionLetter(c)} about the contract ${quoted.description} with ${numbered(en, f, quoted.accountNumber)}${theirDossier(c)} at ${c?.provider}, held by ${quoted.deceasedName}, who died on ${en.date(quoted.dateOfDeath)}.`;
}
/** collwho: the provider's reference corrected with the end date, which our stop quoted (nl.ts). */
const referenceMoved = (f: Facts): string[] => (f.input.referenceCorrected ? [`${f.input.collection?.provider}'s reference has also changed: ${f.input.referenceCorrected.to} instead of ${f.input.referenceCorrected.from}.`] : []);
const agencyAsk = (f: Facts) => `Please update your records. ${agencyLetter(f)?.colleague ? "My colleague's letter" : 'My letter'} is otherwise unchanged.`;

/** collagency: the provider ended the collection our stop asked the agency to halt (nl.ts; an agency's letter is Dutch, this is the same letter in English). */
function agencyCollectionEnded(f: Facts): string[] {
  const c = f.input.collection;
  const e = f.input.collectionEnded;
  // audit91 F10: bills withdrawn that are only part of the agency's claim (nl.ts).
  const part = withdrawnPartOfClaim(f);
  const what = e?.rest ? restWithdrawn(e.rest, e.toldOn, billNouns(f).one) : e?.why === 'claimDropped' ? 'the whole claim has been withdrawn' : e?.why === 'billWithdrawn' ? withdrawnBills(e, billNouns(f)) : 'the collection has stopped';
  return [
    // agencylate: sent again after a correction of the agency's particulars, it names first the earlier one it replaces.
    ...stopReplaced(c?.replaces),
    agencyOpening(f),
    `${c?.provider} let us know on ${e ? en.date(e.toldOn) : ''} that ${what}.${e?.rest?.paidFinalBill ? ` ${finalBillPaid(e.rest, e.toldOn)}` : ''}`,
    part === null
      ? 'I therefore ask you to close your file and to send no further letters about this claim to the estate or the family.'
      : `I ask you to take ${e!.bills!.length > 1 ? `those ${billNouns(f).several} (together ${en.money(part)})` : `that ${billNouns(f).one}`} out of your claim, no longer to collect ${e!.bills!.length > 1 ? 'them' : 'it'} and to send no further letters about ${e!.bills!.length > 1 ? 'them' : 'it'} to the estate or the family.`,
  ];
}

/** dropmore: the drop our `collection_ended` letter told the agency of was recorded by mistake and undone (nl.ts). */
function agencyCollectionEndUndone(f: Facts): string[] {
  const { c, e, stop, ended, several } = endUndoneFacts(f);
  // claimundo: the provider's own word that dropping the whole claim was a mistake (nl.ts).
  const claim = e?.why === 'claimDropped';
  return [
    agencyOpening(f),
    `On ${ended ? en.date(ended.date) : ''} ${byWhom(ended?.colleague)} then wrote to you that ${c?.provider} had let us know on ${e ? en.date(e.toldOn) : ''} that ${claim ? 'the whole claim had been withdrawn' : e ? withdrawnBills(e, billNouns(f)) : ''}.`,
    claim
      ? `${c?.provider} has since let us know that this was a mistake: the claim has not been withdrawn.`
      : `We recorded that by mistake: ${c?.provider} has not withdrawn ${several ? `those ${billNouns(f).several}` : `that ${billNouns(f).one}`}, and the objection to ${several ? 'them' : 'it'} still stands.`,
    `The request in that letter of ${ended ? en.date(ended.date) : ''} therefore lapses. The request in ${stop?.colleague ? "my colleague's letter" : 'my letter'} of ${stop ? en.date(stop.date) : ''} stands.`,
  ];
}

/** collrest: the bills the provider withdrew, each by its number and amount (nl.ts); a letter from before collrest names one by its number. */
function withdrawnBills(e: NonNullable<Facts['input']['collectionEnded']>, bill: ReturnType<typeof billNouns>): string {
  if (!e.bills?.length) return `${bill.one} ${e.reference} has been withdrawn`;
  const named = e.bills.map((b) => `${b.reference} (${en.money(b.amount)})`);
  return named.length === 1 ? `${bill.one} ${named[0]} has been withdrawn` : `${bill.several} ${listed(named, 'en')} have been withdrawn`;
}

/** dropday: the whole claim was withdrawn, the final bill included, named bill by bill (nl.ts). */
function restWithdrawn(rest: DroppedClaim, toldOn: string, bill: string): string {
  const paid = paidOnDroppedBill(rest, toldOn)!;
  const named = [`final bill ${paid.reference} (${en.money(paid.whole)})`, ...rest.bills.map((b) => `${bill} ${b.reference} (${en.money(b.amount)})`)];
  return `the whole claim has been withdrawn, including ${listed(named, 'en')}`;
}
/** dropday: what the estate paid of that final bill and on which day (nl.ts). */
function finalBillPaid(rest: DroppedClaim, toldOn: string): string {
  const p = paidOnDroppedBill(rest, toldOn)!;
  const [on, part] = [en.date(p.paidOn), p.paid < p.whole ? `${en.money(p.paid)} of it` : 'it'];
  return p.afterDrop ? `After that, on ${on}, the estate still paid ${part}.` : `The estate had already paid ${part} on ${on}.`;
}

/** A dropped objection told to an agency whose collection stop named the bill (nl.ts). */
function agencyWithdrawal(f: Facts): string[] {
  const o = f.input.withdrawnObjection;
  const c = f.input.collection;
  const bill = billNouns(f).one;
  return [
    // olddebts: made again after a handover, the stop was a colleague's letter (nl.ts).
    `${agencyOpening(f)} In it ${agencyLetter(f)?.colleague ? 'my colleague referred to our' : 'I referred to my'} objection to the ${bill} of ${c?.provider} numbered ${o?.reference}.`,
    `I hereby withdraw that objection: the ${bill} ${o?.outcome === 'alreadyPaid' ? 'has been paid already' : 'will be paid from the estate'}.`,
    `${o?.outcome === 'alreadyPaid' ? '' : `If you claim an amount for this ${bill}, please let me know the amount and the account it can be paid to. `}${agencyAsk(f)}`,
  ];
}

/** A corrected bill that our collection stop to the agency named (nl.ts). */
function agencyBillCorrection(f: Facts): string[] {
  const b = f.input.billCorrection;
  const c = f.input.collection;
  const lines = billCorrectionLines(f);
  const now = b?.corrected;
  return [
    `${agencyOpening(f)} I am writing to correct ${lines.length > 1 ? 'some details' : 'a detail'} in that letter about ${c?.provider}'s ${billNouns(f).one} ${b?.named.reference}.`,
    lines.join('\n'),
    now?.disputed
      ? `With the correct details, that ${billNouns(f).one} covers ${en.date(now.periodFrom)} to ${en.date(now.periodTo)} and comes to ${en.money(now.amount)}. ${disputedSentence(f)}${now.credited ? ` ${c?.provider} has already credited ${en.money(now.credited)} of it.` : ''}`
      : `With the correct details, that ${billNouns(f).one} covers only the time up to and including ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}; the objection to it is therefore withdrawn.`,
    agencyAsk(f),
  ];
}

/** The objection as the one who signed the dispute letter may call it (nl.ts says why). */
const theObjection = (f: Facts) => (referredColleague(f, 'bill_correction') ? 'our objection' : 'my objection');

/** "My objection stated the amount as €24.98; the correct amount is €42.98." Only recorded values, old and new; the period as one line. */
function billCorrectionLines(f: Facts): string[] {
  const b = f.input.billCorrection;
  if (!b) return [];
  const readIn = !b.toldIn ? (agencyLetter(f) ? firstPrintedIn(f) : capitalised(theObjection(f))) : b.toldIn.colleague ? `The correction my colleague ${b.toldIn.colleague} sent on ${en.date(b.toldIn.date)}` : `My correction of ${en.date(b.toldIn.date)}`;
  const said = (what: string, from: string, to: string) => `${readIn} stated the ${what} as ${from}; the correct ${what} is ${to}.`;
  const one: Partial<Record<BillFigureChange['field'], (c: BillFigureChange) => string>> = {
    // bankletters: a bank's charge has a reference and the day it was charged, no invoice (`refundsCharge`); notawords: an insurer's its bill number.
    reference: (c) => said(refundsCharge(f) ? 'reference' : `${billCompound(f)} number`, String(c.from), String(c.to)),
    invoiceDate: (c) => said(refundsCharge(f) ? 'date of the charge' : `${billCompound(f)} date`, en.date(String(c.from)), en.date(String(c.to))),
    amount: (c) => said('amount', en.money(Number(c.from)), en.money(Number(c.to))),
  };
  const period = correctedPeriod(b);
  const span = ([from, to]: [string, string]) => `${en.date(from)} to ${en.date(to)} inclusive`;
  // bankrest: a bank's charge bills no period of use; it covers days, as its dispute counts them (`chargeDisputed`).
  const spanSaid = (p: NonNullable<typeof period>) => (refundsCharge(f) ? `${readIn} stated that the charge covers ${span(p.from)}; it covers ${span(p.to)}.` : said('period', span(p.from), span(p.to)));
  return [...b.changes.flatMap((c) => one[c.field]?.(c) ?? []), ...(period ? [spanSaid(period)] : [])];
}

/** How a late bill or collection letter ended, said after its name (nl.ts says why). */
const LATE_ENDS: Record<LateEnd, (m: LateMatter) => string> = {
  credited: (m) => `${m.provider} credited ${en.money(m.credited)}.`,
  withdrawn: (m) => (m.kind === 'bill' ? `${m.provider} withdrew the bill.` : 'the claim was withdrawn.'),
  paid: (m) => `paid from the estate on ${en.date(m.paidOn!)}.`,
  toPay: () => 'to be paid from the estate; it has not been recorded as paid yet.',
  alreadyPaid: () => 'it had already been paid.',
  settled: (m) => (m.kind === 'bill' ? 'the objection has been settled.' : 'the matter has been settled.'),
  stopped: () => 'the collection has been stopped.',
  open: (m) => (m.kind === 'bill' ? 'our objection is still open.' : 'our request to suspend the collection is still open.'),
};

/** "Bill F-2 from KPN (€31.00): KPN credited €31.00." */
function lateMatterLine(m: LateMatter): string {
  const about = [m.reference && `reference ${m.reference}`, m.amount !== null && en.money(m.amount)].filter(Boolean).join(', ');
  const what = m.kind === 'bill'
    ? `Bill ${m.reference} from ${m.provider}${m.amount !== null ? ` (${en.money(m.amount)})` : ''}`
    : `Collection letter from ${m.agency ?? 'a collection agency'}${about ? ` (${about})` : ''} about ${m.provider}`;
  const credit = m.credited && m.end !== 'credited' ? `${m.provider} credited ${en.money(m.credited)}; ` : '';
  // The provider's word the case owner recorded says how it reached us, as the portal does (README, receivedvia2).
  return `${what}: ${credit}${LATE_ENDS[m.end](m)}${m.via ? ` This was passed on to us ${RECEIVED_VIA_WORDS.en[m.via]}.` : ''}`;
}

/** A final report after a reopening, up to its table (nl.ts says why). */
function reopenedIntro(f: Facts, r: Reopening): string[] {
  const about = `the handling of the contracts of ${f.deceasedFull}, who died on ${f.dateOfDeath}`;
  const before = !r.earlierReport
    ? `${capitalised(about)}, had been completed.`
    : r.earlierReport.fromMeToYou
      ? `On ${en.date(r.earlierReport.date)} I sent you the final report on ${about}.`
      : `On ${en.date(r.earlierReport.date)} the final report on ${about}, was sent.`;
  return [
    `${before} On ${en.date(r.on)} ${byWhom(r.colleague)} reopened the file${r.reason ? `, for this reason: “${r.reason}”` : ''}.`,
    ...(r.added.length ? [`${r.added.length === 1 ? 'One more contract was' : 'More contracts were'} added: ${listed(r.added, 'en')}.`] : []),
    ...(r.matters.length ? [`After the reopening, the following came in, and this is how it ended:\n${r.matters.map(lateMatterLine).join('\n')}`] : []),
    'With this letter I complete the handling once more. Below you can see where each contract stands now.',
  ];
}

export const en: Words = {
  insuranceTitle: 'Notification of a death',
  insurerTitles: {
    dispute: 'Dispute of a bill after the end date',
    transferDispute: 'Dispute of a bill after the transfer',
    'noEndDispute.death': 'Dispute of a bill after the date of death',
    'noEndDispute.confirmed': 'Dispute of a bill after the date you confirmed',
    dispute_escalation: 'Complaint about the lack of an answer to my dispute of your bill',
    'our.dispute_escalation': 'Complaint about the lack of an answer to our dispute of your bill',
    disputesEscalation: 'Complaint about the lack of an answer to my dispute of your bills',
    'our.disputesEscalation': 'Complaint about the lack of an answer to our dispute of your bills',
    bill_correction: 'Correction to my objection to your bill',
    'our.bill_correction': 'Correction to our objection to your bill',
    dispute_withdrawal: 'Withdrawal of my objection to your bill',
    'our.dispute_withdrawal': 'Withdrawal of our objection to your bill',
    'agencyWithdrawal.mine': 'Withdrawal of my objection to a bill',
    'agencyWithdrawal.ours': 'Withdrawal of our objection to a bill',
  },
  fundTitles: {
    dispute: 'Dispute of a recovery after the end date',
    transferDispute: 'Dispute of a recovery after the transfer',
    'noEndDispute.death': 'Dispute of a recovery after the date of death',
    'noEndDispute.confirmed': 'Dispute of a recovery after the date you confirmed',
    dispute_escalation: 'Complaint about the lack of an answer to my dispute of your recovery',
    'our.dispute_escalation': 'Complaint about the lack of an answer to our dispute of your recovery',
    disputesEscalation: 'Complaint about the lack of an answer to my dispute of your recoveries',
    'our.disputesEscalation': 'Complaint about the lack of an answer to our dispute of your recoveries',
    bill_correction: 'Correction to my objection to your recovery',
    'our.bill_correction': 'Correction to our objection to your recovery',
    dispute_withdrawal: 'Withdrawal of my objection to your recovery',
    'our.dispute_withdrawal': 'Withdrawal of our objection to your recovery',
    'agencyWithdrawal.mine': 'Withdrawal of my objection to a recovery',
    'agencyWithdrawal.ours': 'Withdrawal of our objection to a recovery',
  },
  bankTitle: 'Account block and balance statement after a death',
  titles: {
    cancellation: 'Cancellation following a death',
    transfer: 'Request to transfer a contract following a death',
    information_supplied: 'Further information',
    reminder: 'Reminder',
    escalation: 'Complaint about the lack of an answer to my request',
    dispute: 'Dispute of an invoice after the end date',
    dispute_escalation: 'Complaint about the lack of an answer to my dispute of your invoice',
    collection_stop: 'Urgent – suspend debt collection',
    withdrawal: 'Withdrawal of my request',
    rejection_complaint: 'Complaint about the rejection of my request',
    correction: 'Correction to my request',
    bill_correction: 'Correction to my objection to your invoice',
    document_erasure: 'Request to delete a document',
    document_correction: 'Corrected version of a document',
    contact_change: 'New contact person',
    progress_report: 'Progress report',
    final_report: 'Final report',
    dispute_withdrawal: 'Withdrawal of my objection to your invoice',
    release_reminder: 'Reminder: release of the balance',
    reminder_withdrawal: 'Withdrawal of my reminder about the release of the balance',
    refund_reminder: 'Reminder: refund to the estate',
    repayment_request: 'Request for repayment: claim withdrawn',
    collection_ended: 'Collection ended: please close your file',
    collection_end_undone: 'Correction: the collection has not ended',
    repayment_withdrawn: 'Withdrawal of the request for repayment',
  },
  ourTitles: {
    kinds: {
      dispute_withdrawal: 'Withdrawal of our objection to your invoice',
      escalation: 'Complaint about the lack of an answer to our request',
      dispute_escalation: 'Complaint about the lack of an answer to our dispute of your invoice',
      withdrawal: 'Withdrawal of our request',
      rejection_complaint: 'Complaint about the rejection of our request',
      correction: 'Correction to our request',
      bill_correction: 'Correction to our objection to your invoice',
    },
    disputesEscalation: 'Complaint about the lack of an answer to our dispute of your invoices',
  },
  transferDisputeTitle: 'Dispute of an invoice after the transfer',
  noEndDisputeTitles: { death: 'Dispute of an invoice after the date of death', confirmed: 'Dispute of an invoice after the date you confirmed', keptCover: 'Dispute of a premium after the end of the cover', chargeDeath: 'Dispute of a charge after the date of death', chargeConfirmed: 'Dispute of a charge after the date you confirmed' },
  agencyCorrectionTitles: { mine: 'Correction to my letter about your debt collection', ours: 'Correction to our letter about your debt collection' },
  agencyWithdrawalTitles: { mine: 'Withdrawal of my objection to an invoice', ours: 'Withdrawal of our objection to an invoice' },
  disputesEscalationTitle: 'Complaint about the lack of an answer to my dispute of your invoices',
  repaymentReminderTitle: 'Reminder: repayment after the withdrawn claim',
  partWithdrawnTitle: 'Withdrawn by the provider: please stop collecting it',
  chargeTitles: {
    mine: {
      dispute_escalation: 'Complaint about the lack of an answer to my dispute of a charge',
      disputesEscalation: 'Complaint about the lack of an answer to my dispute of charges',
      bill_correction: 'Correction to my objection to a charge',
      dispute_withdrawal: 'Withdrawal of my objection to a charge',
    },
    ours: {
      dispute_escalation: 'Complaint about the lack of an answer to our dispute of a charge',
      disputesEscalation: 'Complaint about the lack of an answer to our dispute of charges',
      bill_correction: 'Correction to our objection to a charge',
      dispute_withdrawal: 'Withdrawal of our objection to a charge',
    },
  },
  yourReference: 'Your reference',
  ourReference: 'Our reference',
  subjectLabel: 'Subject',
  enclosuresLabel: 'Enclosures',
  greetingOrganisation: 'Dear Sir or Madam,',
  greetingPerson: (name) => `Dear ${name},`,
  greetingFamily: 'Dear family,',
  // British convention: "Yours faithfully" after "Dear Sir or Madam", "Yours sincerely" after a name.
  closing: (greetedPersonally) => (greetedPersonally ? 'Yours sincerely,' : 'Yours faithfully,'),
  premiumDisputeThanks: 'I look forward to your credit note.',
  chargeDisputeThanks: 'I look forward to the refund.',
  recoveryDisputeThanks: 'I look forward to your corrected recovery or its withdrawal.',
  notaDisputeThanks: 'I look forward to your credit note or corrected bill.',
  thanks: {
    cancellation: 'Thank you in advance for your help.',
    transfer: 'Thank you in advance for your help.',
    information_supplied: 'Thank you in advance for your help.',
    reminder: 'I look forward to your reply.',
    escalation: 'I look forward to your answer within the period stated.',
    dispute: 'I look forward to your credit note or corrected final bill.',
    dispute_escalation: 'I look forward to your answer within the period stated.',
    collection_stop: 'I look forward to your confirmation within the period stated.',
    withdrawal: 'Thank you for the work you have already done on it.',
    rejection_complaint: 'I look forward to your reasoned answer within the period stated.',
    correction: 'My apologies for the inconvenience, and thank you in advance for your help.',
    bill_correction: 'My apologies for the inconvenience, and thank you in advance for your help.',
    document_erasure: 'Thank you for your cooperation.',
    document_correction: 'My apologies for the inconvenience.',
    contact_change: 'Thank you for your cooperation.',
    progress_report: '',
    final_report: '',
    dispute_withdrawal: 'Thank you for the work you have already done on it.',
    release_reminder: 'I look forward to your confirmation of the transfer.',
    reminder_withdrawal: 'My apologies for the inconvenience.',
    refund_reminder: 'I look forward to the refund.',
    repayment_request: 'I look forward to the repayment.',
    collection_ended: 'Thank you for your cooperation.',
    collection_end_undone: 'My apologies for the confusion.',
    repayment_withdrawn: 'My apologies for the confusion.',
  },
  viaDesk: 'Sent via the Steward provider desk',
  viaPortal: (notified) => ['Placed in the family portal', ...(notified ? [`Notice by email to ${notified}`] : [])],
  role: 'Bereavement specialist',
  attention: 'For the attention of',
  inTheNameOf: 'in the name of',
  deliveredVia: 'Sent via',
  numberWords: NUMBER_WORDS,
  subjects: {
    final_report: (deceased) => `Final report on the contracts of ${deceased}`,
    progress_report: (deceased) => `Progress on the contracts of ${deceased}`,
    contract: (title, description, accountNumber, deceased, number) => `${title}: ${description}, ${NUMBER_WORDS[number]} ${accountNumber}, of ${deceased}`,
  },
  theirFile: (dossierNumber) => ` (your file number ${dossierNumber})`,
  body: (kind, f) => {
    switch (kind) {
      case 'cancellation':
        return [...askedAgain(f), death(f), `I am arranging the contracts of ${f.deceasedFormal} that were still running. ${authority(f)}`, ...cancellationRequest(f), noAcceptance];
      case 'transfer':
        return [
          ...askedAgain(f),
          death(f),
          `${authority(f)} As ${f.deceasedFormal} can no longer sign for this, please transfer ${contractOf(f)} as of ${f.endDate} to ${f.input.newHolder?.name} (${f.input.newHolder?.relation}). Please send your own transfer form and, if you collect by direct debit, your mandate form to ${f.input.newHolder?.name} at the address or email address below. ${f.input.newHolder?.name} signs them personally; this letter contains no consent or mandate from the new holder. Please send the final bill up to that date to me and confirm the transfer to me in writing${due(f)}.`,
          newHolderBlock(f),
          noAcceptance,
        ];
      case 'information_supplied': {
        const following = f.input.followsLater ?? [];
        const followUp = followedUp(f);
        const { also, besides } = enclosedBesides(f);
        const one = following.length === 1;
        return [
          f.input.informationForRelease
            ? `You blocked ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}. For the release of the balance I send you what you need for it.`
            : `You asked for further information about ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}${f.input.informationMessage ? `: ${quotedAtEnd(f.input.informationMessage, 'en')}` : '.'}`,
          ...(followUp
            ? [
                ...(followUp.promised.length
                  ? [`${followUp.earlier ? `On ${en.date(followUp.earlier.date)} ${byWhom(followUp.earlier.colleague)} sent you part of it` : 'You had part of it before'}; to follow later: ${listed(followUp.promised, 'en')}.${followUp.enclosedNow.length ? ` Enclosed now: ${listed(followUp.enclosedNow, 'en')}.` : ''}`]
                  : []),
                // v16: as nl.ts.
                // olddebts3: withdrawn by a colleague (a handover since): sent by us, withdrawn by her, never "I".
                ...followUp.renewed.map((d) => `${d.withdrawnBy ? `My colleague ${d.withdrawnBy} withdrew` : 'I withdrew'} ${d.described ? `what ${d.withdrawnBy ? 'we' : 'I'} sent you earlier as ${d.title}` : `the ${d.title} ${d.withdrawnBy ? 'we' : 'I'} sent you earlier`} on ${en.date(d.withdrawnOn)}. ${d.enclosedNow ? `Enclosed now: ${renewedEn(d)}.` : `${capitalised(renewedEn(d))} will follow.`}`),
              ]
            : []),
          // insurerletters: as nl.ts.
          ...(besides.length ? [`${also ? 'Also enclosed' : 'Enclosed'}: ${listed(besides.map((e) => (e.renews ? `a new ${inSentence(e.title)}` : inSentence(e.title))), 'en')}.`] : []),
          ...(f.input.informationAnswer ? [`My answer: ${quotedAtEnd(f.input.informationAnswer, 'en')}`] : []),
          // Data minimisation (Article 5(1)(c) GDPR): the will names more than who the heirs are, which is all a provider needs.
          ...(f.input.willNotSent
            ? ['You asked for the will; I do not send it, because it sets out the whole distribution of the estate, while the certificate of inheritance states who the heirs are, and I share no more personal data than that requires (Article 5(1)(c) GDPR).']
            : []),
          following.length
            ? `To follow later: ${listed(following.map((d) => { const withdrawn = renewedFollowing(f, d); const expected = d.expectedOn ? ` (expected by ${en.date(d.expectedOn)})` : ''; return withdrawn ? `${renewedEn({ title: followingTitle(d), described: Boolean(d.description) })}${expected}, ${withdrawn.by ? `replacing the one we sent earlier, which my colleague ${withdrawn.by} withdrew on ${en.date(withdrawn.on)}` : `replacing the one I sent earlier and withdrew on ${en.date(withdrawn.on)}`}` : `${followingTitle(d)}${expected}`; }), 'en')}. I will send ${one ? 'it' : 'them'} as soon as I have ${one ? 'it' : 'them'}; I will then ask you to ${asksBank(f) ? toConfirm(f, '') : `complete ${actNoun(f)}`}.`
            : f.input.informationForRelease
              ? `Please now release the balance to the estate account and confirm the release to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`
              : `Please now ${asksBank(f) ? toConfirm(f, f.dueDate ? ` by ${f.dueDate}` : '') : `complete ${actNoun(f)} and confirm it to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}`}.`,
        ];
      }
      case 'reminder':
        return [
          firstLetter(f),
          `${unanswered(f)} It matters to the family that this is settled soon.`,
          `Please ${toConfirm(f, f.dueDate ? ` by ${f.dueDate}` : ' as soon as possible')}.`,
        ];
      // v19: the bank blocked the account and let its term for the release pass (nl.ts).
      case 'release_reminder':
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}. ${answeredThat(f, contractOf(f), confirmedEnd(f) ?? f.dateOfDeath)}.`,
          'I have not yet heard from you that the balance has been paid to the estate account. It matters to the family that this is settled soon.',
          `Please transfer the balance to the estate account ${f.estateAccount} and confirm the transfer to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}. If you need anything further from me for this, please let me know.`,
        ];
      // refundletter: only what is recorded, and Steward's own term (nl.ts).
      // paiddrop: the payment asked back (art. 6:203 BW, undue payment; nl.ts), only the facts recorded.
      case 'repayment_request': {
        const r = f.input.repaymentRequest!;
        const again = r.reminder;
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}. You let ${r.toldColleague ? `my colleague ${r.toldColleague}` : 'me'} know on ${en.date(r.droppedOn)} that you have withdrawn the whole claim on ${contractOf(f)}, your final bill with reference ${r.reference}${r.whole ? ` of ${en.money(r.whole)}` : ''} included.`,
          paidAfterDrop(r.paidOn, r.droppedOn)
            ? `After that, the estate still paid ${en.money(r.amount)} on that final bill on ${en.date(r.paidOn)}.`
            : `Before that, the estate had already paid ${en.money(r.amount)} on that final bill on ${en.date(r.paidOn)}.`,
          ...(again
            ? [`On ${en.date(again.askedOn)} ${byWhom(repaymentLetters(f)[0]?.colleague)} asked you to pay this amount back. ${again.received > 0 ? `Of this I have so far received ${en.money(again.received)} in the estate account${again.lastReceivedOn ? `, most recently on ${en.date(again.lastReceivedOn)}` : ''}; ${en.money(again.left)} has not been received yet.` : 'I have not yet received it in the estate account.'}`]
            : []),
          `Please pay ${again ? `the ${again.received > 0 ? 'remaining amount' : 'amount paid'} of ${en.money(again.left)}` : `the amount paid of ${en.money(r.amount)}`} back by ${en.date(r.payBy)} to the estate account ${f.estateAccount}, quoting ${r.reference}. If you have already paid it back, please let me know on which day and to which account.`,
        ];
      }
      case 'refund_reminder': {
        const r = f.input.refundReminder!;
        const told = f.input.history?.confirmedVia;
        const bill = `a final bill${r.reference ? ` with reference ${r.reference}` : ''}`;
        return [
          told
            ? `${f.deceasedFull} died on ${f.dateOfDeath}. ${toldThat(told)} you had drawn up ${bill} for ${contractOf(f)}, in which you pay ${en.money(r.amount)} back to the estate.`
            : `${f.deceasedFull} died on ${f.dateOfDeath}. You confirmed on ${en.date(r.confirmedOn)} for ${contractOf(f)} ${bill}, in which you pay ${en.money(r.amount)} back to the estate.`,
          r.received > 0
            ? `Of this I have so far received ${en.money(r.received)} in the estate account${r.lastReceivedOn ? `, most recently on ${en.date(r.lastReceivedOn)}` : ''}; ${en.money(r.left)} has not been received yet.`
            : 'I have not yet received that amount in the estate account.',
          `Please transfer ${r.received > 0 ? 'the remaining amount of' : 'the amount of'} ${en.money(r.left)} by ${en.date(r.payBy)} to the estate account ${f.estateAccount}${r.reference ? `, quoting ${r.reference}` : ''}. If you have already transferred it, please let me know on which day and to which account.`,
        ];
      }
      // remindwithdraw: the block the bank's reminder named was taken back (nl.ts).
      case 'reminder_withdrawal': {
        const reminded = lastSentLetter(f, 'release_reminder');
        return [
          `I withdraw ${reminded?.colleague ? `the reminder of my colleague ${reminded.colleague}` : 'my reminder'} of ${reminded ? letterDate(reminded.date, 'en') : ''} about the release of the balance of ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}: it said that you had confirmed that the account is blocked, but that was recorded by mistake.`,
          'You need not respond to that reminder. My request about this account stands.',
        ];
      }
      case 'escalation': {
        const reminded = lastSentLetter(f, 'reminder');
        const reminder = reminded && (reminded.colleague ? `the reminder my colleague ${reminded.colleague} sent on ${en.date(reminded.date)}` : `my reminder of ${en.date(reminded.date)}`);
        return [
          firstLetter(f),
          `${unanswered(f)}${reminded ? ` Nor have I received an answer to ${reminder}.` : ''} I am therefore filing a complaint.`,
          `Please handle this with priority and ${toConfirm(f, f.dueDate ? ` by ${f.dueDate}` : '', '')}.${complaintsBody(f)}`,
        ];
      }
      case 'dispute': {
        const i = f.input.invoice;
        const end = confirmedEnd(f);
        const lawEnd = billedAfterLawEnd(f);
        const death = billedAfterDeath(f);
        const stopAsked = death && ` ${death.askedOn ? `Our request of ${en.date(death.askedOn)}` : 'Our request'} asked you to stop collecting the premium as of ${en.date(death.death)}, the date of death.`;
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}.${end ? ` ${answeredThat(f, contractOf(f), end)}.` : ''}${lawEnd ? ` However, the lease ends by law on ${en.date(lawEnd)}, as nobody continues it (Article 7:268(6) of the Dutch Civil Code).` : ''}${stopAsked || ''}`,
          refundsCharge(f)
            ? chargeDisputed(f)
            : `Your ${billNouns(f).one} ${i?.reference} dated ${i && en.date(i.invoiceDate)} covers ${i && en.date(i.periodFrom)} to ${i && en.date(i.periodTo)} inclusive and amounts to ${i && en.money(i.amount)}. ${disputedSentence(f)}`,
          ...releaseLate(f),
          refundsCharge(f)
            ? `Please refund the charge of ${i && en.money(i.disputed.amount)} to the account and let me know in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`
            : `Please ${recoversPension(f) ? recoveryAsked(en.money(i?.disputed.amount ?? 0), false) : `send ${creditAsked(f)} ${coverKeptUntil(f) ? 'of' : 'for'} ${i && en.money(i.disputed.amount)}, or withdraw the ${billNouns(f).one}`}, and let me know in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`,
        ];
      }
      case 'dispute_escalation': {
        const i = f.input.invoice;
        const open = f.input.openInvoices ?? [];
        if (severalOpen(f)) {
          return [
            // A colleague wrote some of them: said of us, which is true of each.
            `On behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, ${referredColleague(f, kind) ? 'we' : 'I'} disputed ${open.length} ${refundsCharge(f) ? 'charges you made' : `of your ${billNouns(f).several}`} for ${contractOf(f)}, each for the days after ${open.every((b) => billedAfterLawEnd(f, b)) ? endDisputedFrom(f, open[0], true) : confirmedDate(f)}; ${referredColleague(f, kind) ? 'our' : 'my'} last letter of dispute is dated ${lastSent(f, 'dispute')}. These are:`,
            open
              .map((b) =>
                refundsCharge(f)
                  ? `Charge of ${en.date(b.invoiceDate)} (reference ${b.reference}): ${en.money(b.disputed.amount)} for ${en.date(b.disputed.from)} to ${en.date(b.disputed.to)} inclusive.`
                  : `${capitalised(billNouns(f).one)} ${b.reference} dated ${en.date(b.invoiceDate)}: ${en.money(b.disputed.amount)} for ${en.date(b.disputed.from)} to ${en.date(b.disputed.to)} inclusive.`,
              )
              .join('\n'),
            'I have not received an answer to any of these disputes. I am therefore filing a complaint.',
            ...releaseLate(f),
            refundsCharge(f)
              ? `Please refund these charges, together ${en.money(disputedTotal(open))}, to the account${f.dueDate ? ` by ${f.dueDate}` : ''}.${complaintsBody(f)}`
              : `Please ${recoversPension(f) ? recoveryAsked(`these amounts, together ${en.money(disputedTotal(open))},`, true) : `send ${creditAsked(f)} for each of these amounts, together ${en.money(disputedTotal(open))}, or withdraw the ${billNouns(f).several}`}${f.dueDate ? `, by ${f.dueDate}` : ''}.${complaintsBody(f)}`,
          ];
        }
        const disputed = disputeLetterOf(f, i?.reference);
        return [
          `${disputed ? 'On ' + letterDate(disputed.date, 'en') + ', on' : 'On'} behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, ${
            refundsCharge(f) && i
              ? chargeEscalated(f, i, disputed && byWhom(disputed.colleague))
              : `${disputed ? `${byWhom(disputed.colleague)} disputed your ${billNouns(f).one} ${i?.reference}` : `your ${billNouns(f).one} ${i?.reference} was disputed`} for ${contractOf(f)}: ${i && en.money(i.disputed.amount)} for ${i && en.date(i.disputed.from)} to ${i && en.date(i.disputed.to)}, after ${endDisputedFrom(f, i, true)}.`
          }`,
          'I have not received an answer to that dispute. I am therefore filing a complaint.',
          ...releaseLate(f),
          refundsCharge(f)
            ? `Please refund that charge to the account${f.dueDate ? ` by ${f.dueDate}` : ''}.${complaintsBody(f)}`
            : `Please ${recoversPension(f) ? recoveryAsked('that amount', false) : `send ${creditAsked(f)} for that amount, or withdraw the ${billNouns(f).one}`}${f.dueDate ? `, by ${f.dueDate}` : ''}.${complaintsBody(f)}`,
        ];
      }
      case 'collection_stop': {
        const c = f.input.collection;
        return [
          ...stopReplaced(c?.replaces),
          collectionOpening(f),
          ...(c?.bills ?? []).map((b) => billOnRecord(f, b)),
          ...finalBillNotDisputed(f),
          ...claimAboveBills(f),
          ...(withinDeliberationPeriod(f.input.deceased.dateOfDeath, f.input.letterDate)
            ? ['During three months after the death, no recourse can be taken against assets of an estate that has not been accepted unconditionally by all heirs, unless the creditor could also have done so had the deceased been declared bankrupt (Article 4:185(1) of the Dutch Civil Code).']
            : []),
          // "Demand" (aanmaning), not "reminder": the letter rules read "reminder" as a claim that we sent one.
          'Where the debtor is a consumer, extrajudicial collection costs become owed only if, after default, a demand to pay within fourteen days, counted from the day after it was received and stating the consequences of not paying including the amount of those costs, went unheeded (Article 6:96(6) of the Dutch Civil Code). If no such demand was sent, or its term has not run out, no collection costs are owed. If one was sent, please send me a copy.',
          `Please suspend the collection, waive the collection costs and do not contact the family about it again. Please confirm this to me in writing${f.dueDate ? ` by ${f.dueDate}` : ' within fourteen days'}.${c?.copyTo ? ` I am writing to ${c.copyTo} about this at the same time.` : ''}`,
          'This letter does not acknowledge the claim, nor does it accept the estate.',
        ];
      }
      case 'collection_ended':
        return agencyCollectionEnded(f);
      case 'collection_end_undone':
        return agencyCollectionEndUndone(f);
      // repaywithdraw: the request lapses, the claim's drop undone (nl.ts).
      case 'repayment_withdrawn': {
        const r = f.input.repaymentWithdrawn!;
        const [first, ...reminders] = repaymentLetters(f);
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}. On ${first ? letterDate(first.date, 'en') : ''} ${byWhom(first?.colleague)} asked you to pay back ${en.money(r.amount)} the estate had paid on your final bill with reference ${r.reference}, as you had withdrawn the whole claim on ${contractOf(f)}${reminders.length ? `, and reminded you of it on ${listed(reminders.map((l) => letterDate(l.date, 'en')), 'en')}` : ''}.`,
          `You let ${r.toldColleague ? `my colleague ${r.toldColleague}` : 'me'} know on ${en.date(r.toldOn)} that this was a mistake: the claim has not been withdrawn. That request therefore lapses: you need not pay the amount back.`,
          // repayback: what her receipts recorded back is owed to the provider again (the claim stood); only then is more asked after.
          ...(r.repaid
            ? [`You have already paid back ${en.money(r.repaid.amount)} (received on the estate's account, last on ${en.date(r.repaid.lastOn)}). The estate owes you that amount again.`, ...(r.repaid.amount < r.amount ? ['If you have paid back more, please let me know which amount and on which day.'] : [])]
            : ['If you have already paid anything back, please let me know which amount and on which day.']),
        ];
      }
      case 'dispute_withdrawal': {
        if (f.input.collection?.to === 'agency') return agencyWithdrawal(f);
        // Sent only once the dispute letter of this bill went out (ContractsService.tellObjectionsDropped): it names that letter.
        const o = f.input.withdrawnObjection;
        const disputed = disputeLetterOf(f, o?.reference);
        return [
          `On ${disputed ? letterDate(disputed.date, 'en') : ''}, on behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, ${byWhom(disputed?.colleague)} disputed ${refundsCharge(f) ? `the charge with reference ${o?.reference} you made` : `your ${billNouns(f).one} ${o?.reference}`} for ${contractOf(f)}.`,
          refundsCharge(f)
            ? // bankletters: costs the bank booked off the account, no longer asked back, borne by the estate or paid already, as the owner recorded.
              `I hereby withdraw that objection: ${o?.outcome === 'alreadyPaid' ? 'the charge has been paid already' : 'the charge is borne by the estate'}. You need not refund the charge nor answer the objection any more.`
            : // coverrest: withdrawn because the insurer's own later cover end takes the premium in (coverfix): the letter says so, in the insurer's recorded words.
              `${o?.insideCover ? `You confirmed that the insurance continues for the estate${o.insideCover.until ? ` until ${en.date(o.insideCover.until)} inclusive` : ''}; the premium falls within it. ` : ''}I hereby withdraw that objection: ${o?.outcome === 'alreadyPaid' ? `the ${billNouns(f).one} has been paid already` : o?.credit ? `the ${billNouns(f).one} will be paid from the estate less your credit, that is ${en.money(leftToCredit(o.credit))} (${en.money(o.credit.amount)} invoiced less ${en.money(o.credit.credited)} credited)` : `the ${billNouns(f).one} will be paid from the estate`}. You need not answer the objection any more.`,
        ];
      }
      case 'withdrawal': {
        // Other requests to this provider stand: a clerk must not read this letter as withdrawing them all.
        const others = (f.input.otherRequests ?? []).map((o) => `${o.description} (${numbered(en, f, o.accountNumber)})`);
        // This one as the provider knows it, as the subject names it: a correction held back changed our record, not its file.
        const known = subjectContract('withdrawal', f);
        if (!others.length) return [firstLetter(f), 'I hereby withdraw this request. You do not need to do anything further.'];
        return [
          firstLetter(f),
          `I hereby withdraw only this request, for ${known.description} (${numbered(en, f, known.accountNumber)}); you need do nothing further with it. ${others.length > 1 ? `My requests for ${listed(others, 'en')} still stand.` : `My request for ${others[0]} still stands.`}`,
        ];
      }
      case 'rejection_complaint': {
        const before = rejectedBefore(f);
        return [
          firstLetter(f),
          `${before ? `On ${en.date(before.date)} you let me know that you could not process that request (reason: “${before.reason}”). ` : ''}I do not agree with that rejection, and I hereby file a complaint.`,
          ...(f.input.complaintGrounds ? [`My grounds: ${quotedAtEnd(f.input.complaintGrounds, 'en')}`] : []),
          `Please reconsider your rejection and send me a reasoned answer${f.dueDate ? ` by ${f.dueDate}` : ''}.${complaintsBody(f)}`,
        ];
      }
      case 'correction':
        if (f.input.collection?.to === 'agency') return agencyCorrection(f);
        return [
          `${asked(f, `the contract ${asRequested(f).description}`, quotedAs(f))} I am writing to correct ${(f.input.corrections ?? []).length > 1 ? 'some details' : 'a detail'} in that request${(f.input.corrections ?? []).some((c) => laterStating(f, c).length) ? ' and in later letters' : ''}.`,
          // One correction per line: a provider updates them one by one.
          (f.input.corrections ?? []).map((c) => correctionLine(f, c)).join('\n'),
          // A claims clerk acts on the request as a whole: the new kind's, in the words its first letter uses.
          ...(correctsKind(f) ? insuranceRequest(f) : []),
          ...correctionEffects(f),
          ...complaintWithdrawal(f),
          correctionAsk(f),
        ];
      case 'bill_correction': {
        if (f.input.collection?.to === 'agency') return agencyBillCorrection(f);
        const b = f.input.billCorrection;
        const lines = billCorrectionLines(f);
        const c = b?.corrected;
        return [
          `I am writing to correct ${lines.length > 1 ? 'some details' : 'a detail'} of ${theObjection(f)} to ${refundsCharge(f) ? `the charge with reference ${b?.named.reference}` : `${billNouns(f).one} ${b?.named.reference}`} of ${b && en.date(b.named.invoiceDate)} for ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}.`,
          lines.join('\n'),
          // bankletters: a bank's charge as corrected, as its dispute said it (`chargeDisputed`), refunded in part or not at all.
          refundsCharge(f) && c
            ? c.disputed
              ? `With the correct details: ${chargeDisputed(f, { ...c, disputed: c.disputed })}${c.credited ? ` You have already refunded ${en.money(c.credited)} of it; ${theObjection(f)} still stands for ${en.money(disputedTotal([{ disputed: c.disputed, credited: c.credited }]))}.` : ''} Otherwise ${theObjection(f)} stands unchanged.`
              : `With the correct details this charge concerns only the time up to and including ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}. I therefore withdraw ${theObjection(f)} to this charge; you need not do anything further with it.`
          : c?.disputed
            ? `With the correct details your ${billNouns(f).one} ${c.reference} covers ${en.date(c.periodFrom)} to ${en.date(c.periodTo)} inclusive and amounts to ${en.money(c.amount)}. ${disputedSentence(f)}${c.credited ? ` You have already credited ${en.money(c.credited)} of it; ${theObjection(f)} still stands for ${en.money(disputedTotal([{ disputed: c.disputed, credited: c.credited }]))}.` : ''} Otherwise ${theObjection(f)} stands unchanged.`
            : `With the correct details this ${billNouns(f).one} covers only the time up to and including ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}. I therefore withdraw ${theObjection(f)} to this ${billNouns(f).one}; you need not do anything further with it.`,
        ];
      }
      case 'document_erasure': {
        // docwithdraw: as nl.ts.
        const [carrier, standing] = [f.input.erasure?.carriedBy, f.input.erasure?.stands ?? undefined].map((c) => carriedAs(en, f, c, (t) => `"${t}"`, 'as the file'));
        const quoted = (words: string) => `"${words}"`;
        return [
          // insurerletters: as nl.ts.
          `Regarding ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}, you received this document from ${f.input.erasure?.sentBy ? `my colleague ${f.input.erasure.sentBy}` : 'me'}: ${f.input.erasure?.description || f.input.erasure?.title}, ${f.input.erasure?.sentWith ? `with the letter${carrier.title} of ${en.date(f.input.erasure.sentWith)}${carrier.file} (recorded in our file on ${en.date(f.input.erasure.recordedOn)})` : `recorded in our file on ${f.input.erasure && en.date(f.input.erasure.recordedOn)}`}.`,
          // v16: only when the question it answered is open again for it (nl.ts).
          `${f.input.erasure?.withdrawnBy ? `My colleague ${f.input.erasure.withdrawnBy} has` : 'I have'} withdrawn this document; it is no longer part of ${theRequest(f)}.${f.input.erasure?.newOneFollows ? ` A new ${documentNamed(f.input.erasure.title, f.input.erasure.description, quoted)} will follow.` : ''}${
            f.input.erasure?.stands ? ` The ${documentNamed(f.input.erasure.title, f.input.erasure.stands.description, quoted)} ${f.input.erasure.stands.colleague ? `my colleague ${f.input.erasure.stands.colleague}` : 'I'} sent you on ${en.date(f.input.erasure.stands.on)}${standing.title ? ` with the letter${standing.title}` : ''}${standing.file}${standing.file ? ',' : ''} remains valid.` : ''
          }`,
          `Would you please delete the document, with every copy of it you hold (including in email and in your customer file), and confirm to me within ${ERASURE_TERM.en} that it has been deleted?${f.input.recipient.viaDesk ? ' You can also do so with one click on the provider desk.' : ''}`,
        ];
      }
      case 'document_correction': {
        // docreplace (audit75 F-9): as nl.ts: which document it had, and the corrected one enclosed.
        const d = f.input.correctedDocument!;
        const named = d.described ? inSentence(d.title) : `the ${inSentence(d.title)}`;
        const what = d.withdrawnOn ? `${d.withdrawnBy ? `My colleague ${d.withdrawnBy}` : 'I'} withdrew it on ${en.date(d.withdrawnOn)}; enclosed is the correct version.` : 'It contained an error; enclosed is the corrected version.';
        return [
          `Regarding ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}: on ${en.date(d.sentOn)} ${d.sentBy ? `my colleague ${d.sentBy}` : 'I'} sent you ${named}. ${what}`,
          d.withdrawnOn ? 'Would you please use this version?' : 'Would you please use the corrected version instead of the earlier one?',
        ];
      }
      case 'contact_change':
        // Told once, to a provider whose latest letter a colleague signed (nl.ts); the closing asks for the post.
        return [
          `About ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}, you have so far been in contact with my colleague ${f.input.previousContact}.`,
          'I have taken over the settlement from my colleague and am your contact person from now on; nothing else changes.',
        ];
      case 'progress_report':
        return [
          `I would like to let you know where the handling of the contracts of ${f.deceasedFull}, who died on ${f.dateOfDeath}, stands.`,
          ...refundsToCome(f.input.letterDate, f.input.refundsToCome, f.input.askedBackToCome),
          `In the family portal you can always see, per contract, what happens next and when. ${toPay(billsToPay(f))}`,
          'Should a bill or a letter addressed to your loved one arrive, please send it on to me or report it in the portal. If you have any questions, do call or email me.',
        ];
      case 'final_report':
        return [
          ...(f.input.reopening
            ? reopenedIntro(f, f.input.reopening)
            : [`With this letter I complete the handling of the contracts of ${f.deceasedFull}, who died on ${f.dateOfDeath}. Below you can read what happened to each contract.`]),
          ...refundsToCome(f.input.letterDate, f.input.refundsToCome, f.input.askedBackToCome),
          'Should a bill or a letter addressed to your loved one still arrive, please send it on to me. I will take care of it for you.',
          'Once again, please accept my sincere sympathy.',
        ];
    }
  },
  tableAfter: (kind, f) => (kind === 'final_report' && f.input.reopening ? reopenedIntro(f, f.input.reopening).length - 1 : 0),
  postedBefore: (dates, termHere) =>
    `${
      dates.length === 1
        ? `A letter with the same request, dated ${dates[0]}, went to your previous address; you may receive that one too`
        : `Letters with the same request, dated ${listed(dates, 'en')}, each went to an address that was corrected afterwards; you may receive those too`
    }. It is one request${termHere ? ': the term in this letter applies to your answer' : ''}.`,
  correspondence: (f) => {
    const holder = holderAtTheDeceased(f);
    return holder
      ? `Please address all further correspondence about the settlement to me, by post at the address at the top of this letter or by email to ${f.ownerEmail}. Post for ${holder} as the new holder may be sent in the name of ${holder} to the address of the deceased: it is also the address of ${holder}.`
      : `Please address all further correspondence to me, by post at the address at the top of this letter or by email to ${f.ownerEmail}, and no longer to the address of the deceased.`;
  },
  asSoonAsPossible: (dateOfDeath) => `${dateOfDeath} (the date of death), or otherwise as soon as possible`,
  accountClosed: (dateOfDeath) => `closing once the balance is released; until then blocked for new debits, with the balance as of ${dateOfDeath} (the date of death)`,
  pensionStopped: (dateOfDeath) => `payments stopped as of ${dateOfDeath} (the date of death)`,
  leaseEndsByLaw: (endsOn) => `${endsOn}: the lease ends by law (Article 7:268(6) of the Dutch Civil Code)`,
  insuranceAsked: {
    life: () => 'none: the payout is asked for, not an end of the insurance',
    property: () => 'none: the insurance is not cancelled and continues for the estate',
    health: (dateOfDeath) => `settled as of ${dateOfDeath} (the date of death)`,
    unknown: () => 'none: this request does not cancel the insurance',
  },
  leaseContinues: 'none: the lease is not ended, as whoever lived in the home may continue it (Article 7:268 of the Dutch Civil Code)',
  date: (iso) => letterDate(iso, 'en'),
  money: (amount) => euros(amount, 'en'),
  standings: {
    headings: { done: 'Done', provider: 'Waiting on the organisation', owner: 'Waiting on us' },
    columns: (group) => ['Organisation', 'What we asked', 'Where it stands', group === 'done' ? 'As of' : 'Due by'],
    asked: { cancel: 'Cancel', transfer: 'Transfer', bank: 'Block the account and ask the balance', life: 'Claim the payout', property: 'Keep the insurance in force', health: 'Settle the insurance', unknown: 'Report the death', pension: 'Stop the pension payments' },
    termPassed: (date) => `term until ${date} passed`,
    billsOwed: (listed) => (listed ? `Still to be paid: see ‘${en.estateBills.headings.open}’ below.` : 'A bill of this contract is still to be paid from the estate.'),
    // A relative's report about it that waits on me (README familyopen): why a finished contract is not under "done".
    reported: 'A report from the family about this contract is still with me.',
  },
  estateBills: {
    headings: { open: 'Still to be paid from the estate', paid: 'Paid from the estate', received: 'Received by the estate' },
    receivedColumns: ['Organisation', 'What', 'Amount', 'Received on'],
    refund: 'Refund',
    askedBack: (reference) => `Asked back (final bill ${reference})`,
    balanceReleased: 'Balance paid to the estate account',
    amountNotGiven: 'amount not given',
    columns: (paid, heads) => ['Organisation', headOfKinds(heads.map((h) => ({ invoice: 'invoice', claim: 'claim', recovery: 'recovery', repaid: 'amount paid back' })[h]), 'or'), 'Amount', ...(paid ? ['Paid on'] : [])],
    // Art. 4:192(1) BW, as in the Dutch note: paying the estate's debts without reservation can count as accepting it outright.
    openNote: (held, count, afterEnd) =>
      `According to the file, ${count === 1 ? `this ${held === 'claim' ? 'claim' : 'bill'} is paid from the estate; it has not been recorded as paid yet` : `these ${{ invoice: 'bills', claim: 'claims', both: 'bills and claims' }[held]} are paid from the estate; they have not been recorded as paid yet`}.${afterEnd ? ` ${afterEnd === 1 ? 'The bill for time after the end date is listed because it was decided that it is' : 'The bills for time after the end date are listed because it was decided that they are'} to be paid from the estate after all.` : ''} Have the heirs not yet chosen how to accept the estate? Then speak to the notary before paying: an heir who pays debts of the estate without reservation may thereby accept the estate outright (Dutch Civil Code, article 4:192(1)). If you have any questions about paying ${count === 1 ? 'it' : 'them'}, please contact me.`,
    finalBill: (reference) => `Final bill (reference ${reference})`,
    recovery: (reference) => `Recovery of pension paid in excess (reference ${reference})`,
    repaidAgain: 'Amount paid back, owed again (claim withdrawal undone)',
    untilEnd: (reference) => `${reference}, the part up to the end date`,
    afterEnd: (reference) => `${reference}, for time after the end date`,
    collection: (agency, reference) => `Claim by ${agency || 'the collection agency'}${reference && reference !== agency ? ` (reference ${reference})` : ''}`,
  },
};

/** As nl.ts: "a new certificate of inheritance", or of her own words "a new copy of the completed claim form" (answerrest). */
/** amenddoc: what the request sent again encloses that she chose with her amend and the provider did not have (nl.ts, `amendedNl`). */
const amendedEn = (f: Facts) => {
  const now = f.input.enclosures.filter((e) => e.amended);
  const named = (e: Enclosure) => {
    const was = e.amended?.replaces;
    return was ? `a new ${inSentence(e.title)}, replacing the one ${was.colleague ? `my colleague ${was.colleague}` : 'I'} sent you on ${en.date(was.on)}` : inSentence(e.title);
  };
  return now.length ? ` Now enclosed: ${listed(now.map(named), 'en')}.` : '';
};
const renewedEn = (d: { title: string; described: boolean }) => (d.described ? `a new copy of ${d.title}` : `a new ${d.title}`);
