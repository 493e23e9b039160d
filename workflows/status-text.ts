import { billsWithCommittee } from './committee';
import { besideCommittee, COMMITTEE_DECIDED, COMMITTEE_FAMILY, COMMITTEE_OFFER, committeeBeside, creditOnCommitteeBill, decidedBill, FILING_CORRECTED } from './committee-wording';
import { type ContractContext, type ContractState, onlyToldToFollow, restToFollow } from './contract.machine';
import { allAfterDeath, type DisputedInvoice, type DisputesHeld, type DroppedClaim, endedByLawOf, heldBills, paidOnDroppedBill, type SettledBill, openDisputesOf, stillDisputed, unansweredBills } from './disputes';
import { disputedTotal } from './invoices';
import type { EstateState } from './estate.machine';
import { releaseBesideDispute, replacing, amountOf, noBalance, type AnswerDone, answeredOneOfSeveral, type InsideCover, RECEIVED_VIA_WORDS, type ReceivedVia, billsNamed as namedBills, billsStillOpen, droppedBillsNamed, stillDisputedAfterStop, type CollectionAnswer, capitalised, complaintWithdrawn, confirmationTakenBack, type ContractStep, DISPUTE_STATES, type InsuranceKind, correctedBillFigures, correctedFields, billDisputedWords, enBy, type Language, listed, longDate, money, nlBy, type Phrase, type Phrases, say, sayStep, SOME_PROVIDER, settledBillsNamed, type RequestAsked, type Said, type StatusWords, type StepPhrase, type StepPhrases, CHARGE_NOUNS, chargeEn, chargeNl, paidOfDroppedBill, theCharges, type Biller, billNounsOf, type RepaymentWithdrawn, SURVIVOR_WORDS } from './wording';

// The shared vocabulary is re-exported here, where callers have always found it.
export { type AnswerDone, answerDoneOf, ANSWERS_DONE, SURVIVOR_PENSION, type SurvivorPension, answersFitting, askedInstead, coverContinuesForEstate, type AskedInstead, asksBankAccount, asksPensionStop, type DoneKind, type ContractStep, contractStep, type InsuranceKind, type Language, longDate, type MissedQuestion, missedQuestion, RECEIVED_VIA, RECEIVED_VIA_WORDS, type ReceivedVia, receivedViaOf, releaseLateBeside, type RequestAsked, type StatusWords } from './wording';

/** What the sentence on paying needs: what we asked (end or transfer) and the bills the dispute recorded. */
type DisputeFacts = Pick<ContractContext, 'action'> & Partial<Pick<ContractContext, 'effectiveDate'>> & DisputesHeld & { disputes?: number; /** `StatusWords.untilEndPaid`. */ paid?: string[] };

/**
 * The one bill still disputed is named when the contract had others (one of them settled, perhaps owed and on
 * the bills card): "deze rekening" would leave the family guessing which. A contract with one bill reads as before.
 */
const namesTheBill = (c: Pick<DisputeFacts, 'disputes'>) => (c.disputes ?? 0) > 1;

// rentlaw2: a rent bill disputed from a lease's end by law (`endedByLawOf`, art. 7:268 lid 6 BW) is after that day, not the later confirmed end.
const endDay: Record<Language, (c: DisputeFacts) => string> = {
  nl: (c) => (endedByLawOf(c, openDisputesOf(c)) ? 'de einddatum van rechtswege' : c.action === 'cancel' ? 'de einddatum' : 'de datum van de overzetting'),
  en: (c) => (endedByLawOf(c, openDisputesOf(c)) ? 'the end date by law' : c.action === 'cancel' ? 'the end date' : 'the transfer date'),
};
const whole = (d: DisputedInvoice) => d.disputed.amount >= d.amount;
/**
 * The part the dispute letter accepts, with the recorded date it runs to (audit: "tot en met de einddatum" left the family
 * guessing which day, until a correction named it), as the subject of "is owed".
 */
const owedPart: Record<Language, (c: DisputeFacts) => string> = {
  nl: (c) => `het deel tot en met ${owedUntil(c) ? `${longDate(owedUntil(c)!, 'nl')}, ${endDay.nl(c)},` : endDay.nl(c)}`,
  en: (c) => `the part up to ${owedUntil(c) ? `${longDate(owedUntil(c)!, 'en')}, ${endDay.en(c)},` : endDay.en(c)}`,
};
/** The last day owed of the open bills: a lease's end by law they were disputed from, else the confirmed end. */
const owedUntil = (c: DisputeFacts) => endedByLawOf(c, openDisputesOf(c)) ?? c.effectiveDate;
/** Of the bills disputed in part, those whose accepted part is still owed and those whose part was marked paid (never "owed" once paid). */
function acceptedParts(c: DisputeFacts): { owed: string[]; paid: string[] } {
  const parted = openDisputesOf(c).filter((b) => !whole(b)).map((b) => b.reference);
  return { owed: parted.filter((r) => !c.paid?.includes(r)), paid: parted.filter((r) => c.paid?.includes(r)) };
}
/** What became of the accepted parts of several bills: owed, paid, or each named by its bill (an insurer's its nota, factuurwords: `billNounsOf`). */
const ACCEPTED_PARTS: Record<Language, (c: DisputeFacts, biller: Biller) => string> = {
  nl: (c, biller) => {
    const { owed, paid } = acceptedParts(c);
    const part = capitalised(owedPart.nl(c));
    const bill = (r: string) => `${billNounsOf(biller).nl.one} ${r}`;
    if (!owed.length && !paid.length) return '';
    if (!paid.length) return ` ${part} is wel verschuldigd.`;
    if (!owed.length) return ` ${part} is betaald.`;
    return ` ${part} is betaald van ${listed(paid.map(bill), 'nl')} en wel verschuldigd van ${listed(owed.map(bill), 'nl')}.`;
  },
  en: (c, biller) => {
    const { owed, paid } = acceptedParts(c);
    const part = capitalised(owedPart.en(c));
    const bill = (r: string) => `${billNounsOf(biller).en.one} ${r}`;
    if (!owed.length && !paid.length) return '';
    if (!paid.length) return ` ${part} is owed.`;
    if (!owed.length) return ` ${part} has been paid.`;
    return ` ${part} has been paid of ${listed(paid.map(bill), 'en')} and is owed of ${listed(owed.map(bill), 'en')}.`;
  },
};

/**
 * What the family need not pay while a dispute is open. The dispute letter disputes only the days
 * billed after the end date (or the transfer) and accepts the rest: so only that part, unless it is
 * the whole bill. With several bills open, each is named with its amount, and their total. A v1
 * dispute recorded no amounts: then nothing is said about paying.
 */
const UNPAID_WHILE_DISPUTED: Record<Language, (c: DisputeFacts, named: boolean, biller: Biller) => string | null> = {
  nl: (c, named, biller) => {
    const [d, ...more] = openDisputesOf(c);
    if (!d) return null;
    if (more.length) {
      const bills = openDisputesOf(c).map((b) => (whole(b) ? `${billNounsOf(biller).nl.one} ${b.reference} (${money(b.disputed.amount, 'nl')})` : `het deel van ${billNounsOf(biller).nl.one} ${b.reference} na ${endDay.nl(c)} (${money(b.disputed.amount, 'nl')})`));
      return `Zolang het bezwaar loopt, hoeft u niet te betalen: ${listed(bills, 'nl')}; samen ${money(disputedTotal(openDisputesOf(c)), 'nl')}.${ACCEPTED_PARTS.nl(c, biller)}`;
    }
    if (whole(d)) return `U hoeft ${named ? `rekening ${d.reference}` : 'deze rekening'} niet te betalen zolang het bezwaar loopt.`;
    return `U hoeft het deel${named ? ` van rekening ${d.reference}` : ''} na ${endDay.nl(c)} (${money(d.disputed.amount, 'nl')}) niet te betalen zolang het bezwaar loopt; ${owedPart.nl(c)} is ${c.paid?.includes(d.reference) ? 'betaald' : 'wel verschuldigd'}.`;
  },
  en: (c, named, biller) => {
    const [d, ...more] = openDisputesOf(c);
    if (!d) return null;
    if (more.length) {
      const bills = openDisputesOf(c).map((b) => (whole(b) ? `${billNounsOf(biller).en.one} ${b.reference} (${money(b.disputed.amount, 'en')})` : `the part of ${billNounsOf(biller).en.one} ${b.reference} after ${endDay.en(c)} (${money(b.disputed.amount, 'en')})`));
      return `While the dispute is open, you need not pay ${listed(bills, 'en')}; together ${money(disputedTotal(openDisputesOf(c)), 'en')}.${ACCEPTED_PARTS.en(c, biller)}`;
    }
    if (whole(d)) return `You do not need to pay ${named ? `bill ${d.reference}` : 'this bill'} while the dispute is open.`;
    return `You need not pay the part${named ? ` of bill ${d.reference}` : ''} after ${endDay.en(c)} (${money(d.disputed.amount, 'en')}) while the dispute is open; ${owedPart.en(c)} ${c.paid?.includes(d.reference) ? 'has been paid' : 'is owed'}.`;
  },
};

/**
 * v5: what the provider credited of a bill, and that the rest we objected to was not (never "settled" while something is; not
 * "open", which reads as owed; not "our objection still runs", which reads as waiting on the provider: it answered). Not that it
 * "holds to" the rest: a credit note says nothing of it (audit81 DISP-1).
 */
const creditedPart: Record<Language, (p: string, credited: number, reference: string, remaining: number, bank: boolean) => string> = {
  nl: (p, credited, reference, remaining, bank) => `${p} heeft ${money(credited, 'nl')} van ${bank ? theCharges([reference], 'nl') : `rekening ${reference}`} ${bank ? 'teruggeboekt' : 'gecrediteerd'}; de overige ${money(remaining, 'nl')} waartegen we bezwaar maakten, is niet ${bank ? 'teruggeboekt' : 'gecrediteerd'}.`,
  en: (p, credited, reference, remaining, bank) => `${p} has ${bank ? 'booked back' : 'credited'} ${money(credited, 'en')} of ${bank ? theCharges([reference], 'en') : `bill ${reference}`}; the other ${money(remaining, 'en')} we objected to was not ${bank ? 'booked back' : 'credited'}.`,
};
/** A credit note that closed its bill yet left some of it (the part up to the end date) to pay: the dispute is over, that rest is paid from the estate. */
const creditedLeft: Record<Language, (p: string, step: ContractStep, left: number, bank: boolean) => string> = {
  nl: (p, step, left, bank) => `${p} heeft ${step.amount === null ? 'het betwiste deel' : money(step.amount, 'nl')} ${bank ? 'teruggeboekt' : 'gecrediteerd'}${step.invoiceReference ? ` voor ${bank ? theCharges([step.invoiceReference], 'nl') : `rekening ${step.invoiceReference}`}` : ''}; het bezwaar is afgehandeld. ${money(left, 'nl')} blijft te betalen uit de nalatenschap.`,
  en: (p, step, left, bank) => `${p} has ${bank ? 'booked back' : 'credited'} ${step.amount === null ? 'the disputed part' : money(step.amount, 'en')}${step.invoiceReference ? ` for ${bank ? theCharges([step.invoiceReference], 'en') : `bill ${step.invoiceReference}`}` : ''}; the dispute is settled. ${money(left, 'en')} is still to be paid from the estate.`,
};
/** After what the provider holds to: the owner's move, and what it can be. */
const ownerLooksAtRest: Record<Language, string> = {
  nl: 'Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.',
  en: 'Your contact person decides whether we pay what is still asked or object further, and will let you know.',
};
/** The same for a relative who does not read the estate's debts: whose move it is, not what paying would be. */
const ownerDecidesUnpriced: Record<Language, string> = {
  nl: 'Uw contactpersoon beslist hoe we verdergaan en laat het u weten.',
  en: 'Your contact person decides how we go on and will let you know.',
};

/** v5: the bills the provider answered without settling them: what it credited of each and what is still open, and those it holds to in full. */
const HELD_BY_PROVIDER: Record<Language, (p: string, c: ContractContext, bank: boolean) => string[]> = {
  nl: (p, c, bank) => {
    const rejected = heldBills(c).filter((d) => !d.credited);
    return [
      ...heldBills(c).filter((d) => d.credited).map((d) => creditedPart.nl(p, d.credited!, d.reference, stillDisputed(d), bank)),
      ...(rejected.length ? [`${p} houdt vast aan ${billsListed.nl(rejected, bank)}, waartegen we bezwaar maakten.`] : []),
    ];
  },
  en: (p, c, bank) => {
    const rejected = heldBills(c).filter((d) => !d.credited);
    return [
      ...heldBills(c).filter((d) => d.credited).map((d) => creditedPart.en(p, d.credited!, d.reference, stillDisputed(d), bank)),
      ...(rejected.length ? [`${p} maintains ${billsListed.en(rejected, bank)}, which we objected to.`] : []),
    ];
  },
};

/** The bills held to, the objection to the rest (v4 to v7 waited on the owner with them), and that the owner decides. */
const HELD_AFTER_CREDIT: Record<Language, (p: string, c: ContractContext, bank: boolean) => string> = {
  nl: (p, c, bank) =>
    [...HELD_BY_PROVIDER.nl(p, c, bank), ...(unansweredBills(c).length ? [`Ons bezwaar tegen ${billsListed.nl(unansweredBills(c), bank)} loopt nog.`] : []), ownerLooksAtRest.nl].join(' '),
  en: (p, c, bank) =>
    [...HELD_BY_PROVIDER.en(p, c, bank), ...(unansweredBills(c).length ? [`Our objection to ${billsListed.en(unansweredBills(c), bank)} still stands.`] : []), ownerLooksAtRest.en].join(' '),
};

/** v8: the bills held to and that the owner decides about them (while the provider owes its answer on others). */
const HELD_FOR_OWNER: Record<Language, (p: string, c: ContractContext, bank: boolean) => string> = {
  nl: (p, c, bank) => [...HELD_BY_PROVIDER.nl(p, c, bank), ownerLooksAtRest.nl].join(' '),
  en: (p, c, bank) => [...HELD_BY_PROVIDER.en(p, c, bank), ownerLooksAtRest.en].join(' '),
};
const creditedInPart = (c: ContractContext) => heldBills(c).some((d) => d.credited);

/** Bills by number each ("rekening F-1 en rekening F-2"); a bank's costs as `billsNamed` names them (bankpages). */
const billsListed: Record<Language, (bills: DisputedInvoice[], bank: boolean) => string> = {
  nl: (bills, bank) => (bank ? billsNamed.nl(bills, true) : listed(bills.map((d) => `rekening ${d.reference}`), 'nl')),
  en: (bills, bank) => (bank ? billsNamed.en(bills, true) : listed(bills.map((d) => `bill ${d.reference}`), 'en')),
};

/** How many bills the dispute is about: one ("a bill", "it") or several (named by number). */
const billCount = (c: ContractContext) => openDisputesOf(c).length;
/** comlater2: the open bills the complaints body does not have: those the provider still answers on. */
const billsOutsideCommittee = (c: ContractContext) => openDisputesOf(c).filter((d) => !d.committee).length;
const references = (c: ContractContext, lang: Language) => listed(openDisputesOf(c).map((d) => d.reference), lang);

/**
 * v8: the provider holds to some bills and has not answered others: the contract waits on its answer on
 * those (each reader names them), and the held ones are the owner's. What need not be paid meanwhile is
 * said of the unanswered bills only (the held ones' status text never said it).
 */
const heldBeside = (c: ContractContext) => heldBills(c).length > 0 && unansweredBills(c).length > 0;
/** comlater2: the bills the provider still owes an answer on are named apart from the held ones and from those the complaints body has (never „elke rekening" for them all). */
const answerAwaitedApart = (c: ContractContext) => unansweredBills(c).length > 0 && (heldBills(c).length > 0 || billsWithCommittee(c).length > 0);
/** The bill just disputed is the first the family hears of: no final bill was recorded with the confirmation and no bill was disputed before (`disputes` counts them, this one too). */
export const firstBillHeard = (c: Pick<ContractContext, 'finalInvoiceAmount' | 'disputes'>) => c.finalInvoiceAmount == null && c.disputes <= 1;
const unansweredOnly = (c: ContractContext, paid: string[]): DisputeFacts => ({ action: c.action, effectiveDate: c.effectiveDate, openDisputes: unansweredBills(c), disputes: c.disputes, paid });
/**
 * collrest2: what our collection stop asked, as far as it went: its letter asks to suspend the collection ("opschorten"), and has
 * asked nobody before it went (by post, before its batch was posted: README "Posted"); then the day it went (`stopSentOn`).
 */
const stopAsked: Record<Language, (sentOn: string | null) => string> = {
  nl: (on) => (on ? `Op ${on} hebben we schriftelijk gevraagd de incasso op te schorten` : 'We zetten een brief klaar met het verzoek de incasso op te schorten'),
  en: (on) => (on ? `On ${on} we asked in writing for the collection to be suspended` : 'We are preparing a letter asking for the collection to be suspended'),
};
/** The open bills whose dispute letter went out: only of those is an objection running. */
const objectionsSent = (c: ContractContext, unsent: string[], paid: string[]): DisputeFacts => ({ action: c.action, effectiveDate: c.effectiveDate, openDisputes: openDisputesOf(c).filter((d) => !unsent.includes(d.reference)), disputes: c.disputes, paid });
/** The open bills whose dispute letter is held back for the case owner, as being prepared (family.nl.ts `letterHeldBack`). */
const objectionsPrepared: Record<Language, (c: ContractContext, unsent: string[]) => string> = {
  nl: (c, unsent) => {
    const bills = openDisputesOf(c).filter((d) => unsent.includes(d.reference));
    return bills.length ? ` We bereiden een brief voor waarin we bezwaar maken tegen ${billsNamed.nl(bills)}; uw vaste contactpersoon verstuurt hem zodra alles klopt.` : '';
  },
  en: (c, unsent) => {
    const bills = openDisputesOf(c).filter((d) => unsent.includes(d.reference));
    return bills.length ? ` We are preparing a letter disputing ${billsNamed.en(bills)}; your contact person will send it as soon as everything is in order.` : '';
  },
};
/**
 * The unanswered bills by number ("rekeningen F-1 en F-2"), as `namedBills` words any list of bills; a bank's (`bank`) are its costs
 * by their kenmerken, as every reader names them (`theCharges`: „de kosten met kenmerken SK-1 en SK-2"; bankowner, bankpages,
 * bankentries): a bank charges costs to the account, it sends no bill.
 */
const billsNamed: Record<Language, (bills: DisputedInvoice[], bank?: boolean) => string> = {
  nl: (bills, bank) => (bank ? theCharges(bills.map((d) => d.reference), 'nl') : namedBills(bills.map((d) => d.reference), 'nl', { one: 'rekening', several: 'rekeningen', unknown: 'de rekeningen' }).words),
  en: (bills, bank) => (bank ? theCharges(bills.map((d) => d.reference), 'en') : namedBills(bills.map((d) => d.reference), 'en', { one: 'bill', several: 'bills', unknown: 'the bills' }).words),
};

/**
 * The sentence on paying during a dispute, with a leading space, or nothing when no amounts are recorded.
 * `named`: the bill by its number where no sentence before introduced it (a collection stop), or among others.
 */
export function unpaidWhileDisputed(c: DisputeFacts, lang: Language, biller: Biller, named = namesTheBill(c)): string {
  const sentence = UNPAID_WHILE_DISPUTED[lang](c, named, biller);
  return sentence ? ` ${sentence}` : '';
}

/**
 * A contract with nothing left to do, as the family reads it (settled, or closed with its estate). While the estate still
 * owes a bill of it (`billsOwed`), said after that bill: the rest of it is done, not all of it.
 */
const fullySettled: Record<Language, Phrase> = {
  nl: ({ p, c, billsOwed, holder }) =>
    c.action === 'cancel'
      ? billsOwed ? `Verder is het contract bij ${p} afgehandeld.` : `Het contract bij ${p} is volledig afgehandeld.`
      : `${billsOwed ? `Verder is de overzetting bij ${p}` : `De overzetting bij ${p} is`} afgehandeld; het contract staat op naam van ${holder ?? 'de nieuwe contracthouder'}.`,
  en: ({ p, c, billsOwed, holder }) =>
    c.action === 'cancel'
      ? billsOwed ? `Apart from that, the contract with ${p} is settled.` : `The contract with ${p} is fully settled.`
      : `${billsOwed ? 'Apart from that, the' : 'The'} transfer with ${p} is settled; the contract is in ${holder ? `the name of ${holder}` : "the new holder's name"}.`,
};

/** bankpages (audit79 BD-1): once the debit is marked paid (`paidOn`), that it was paid and when, not that it will be. */
const NO_BALANCE_FAMILY: Record<Language, Record<'overdrawn' | 'empty', (paidOn: string | null) => string>> = {
  nl: {
    overdrawn: (paidOn) => `De rekening stond rood: er komt geen saldo naar de boedelrekening; het tekort ${paidOn ? `is op ${longDate(paidOn, 'nl')} betaald uit de nalatenschap` : 'wordt uit de nalatenschap betaald'}.`,
    empty: () => 'Er stond geen saldo op de rekening.',
  },
  en: {
    overdrawn: (paidOn) => `The account was overdrawn: no balance comes to the estate account; the shortfall ${paidOn ? `was paid from the estate on ${longDate(paidOn, 'en')}` : 'is paid from the estate'}.`,
    empty: () => 'There was no balance on the account.',
  },
};

/**
 * bankanswer: what a bank or insurer did, as its confirmation recorded it (`Said.done`), in the family's words: no amounts (the
 * owner reads those), no end. One that gave only a date says the request was handled, which is all it said.
 */
const DONE_FAMILY: Record<Language, (s: Pick<Said, 'p' | 'done' | 'overdraftPaidOn'>) => string> = {
  nl: ({ p, done, overdraftPaidOn }) => {
    switch (done?.done) {
      case 'accountBlocked':
        return noBalance(done) ? `${p} heeft de rekening geblokkeerd. ${NO_BALANCE_FAMILY.nl[noBalance(done)!](overdraftPaidOn)}` : `${p} heeft de rekening geblokkeerd${done.balance === null ? '' : ' en het saldo doorgegeven'}.${done.balanceReleased ? ' Het saldo is overgemaakt naar de boedelrekening.' : ''}`;
      case 'payoutHandled':
        return `${p} heeft de uitkering in behandeling genomen.`;
      case 'claimFormsSent':
        return `${p} heeft de formulieren voor de uitkering gestuurd.`;
      case 'coverContinues':
        return `${p} laat de verzekering doorlopen voor de nalatenschap.`;
      case 'coverSettled':
        return `${p} heeft de verzekering afgewikkeld.`;
      case 'pensionStopped':
        return `${p} heeft de pensioenbetalingen gestopt; ${SURVIVOR_WORDS.nl(done)}.`;
      default:
        return `${p} heeft laten weten dat het verzoek is afgehandeld.`;
    }
  },
  en: ({ p, done, overdraftPaidOn }) => {
    switch (done?.done) {
      case 'accountBlocked':
        return noBalance(done) ? `${p} has blocked the account. ${NO_BALANCE_FAMILY.en[noBalance(done)!](overdraftPaidOn)}` : `${p} has blocked the account${done.balance === null ? '' : ' and told us the balance'}.${done.balanceReleased ? ' The balance was paid to the estate account.' : ''}`;
      case 'payoutHandled':
        return `${p} has taken up the payout.`;
      case 'claimFormsSent':
        return `${p} has sent the claim forms for the payout.`;
      case 'coverContinues':
        return `${p} keeps the insurance in force for the estate.`;
      case 'coverSettled':
        return `${p} has settled the insurance.`;
      case 'pensionStopped':
        return `${p} has stopped the pension payments; ${SURVIVOR_WORDS.en(done)}.`;
      default:
        return `${p} has let us know the request was handled.`;
    }
  },
};

/**
 * What a bank or insurer did, as the family's card says it while the contract is confirmed (`DONE_FAMILY`): the daily email
 * tells it on a line of its own when the contract moved on the same day (a late bill), never as an end.
 */
export const familyDoneText = (provider: string, done: AnswerDone | null, lang: Language): string => DONE_FAMILY[lang]({ p: provider, done, overdraftPaidOn: null });

/** v17: the release a bank still owes after blocking the account, for the family. */
const RELEASE_AWAITED: Record<Language, string> = {
  nl: 'Het saldo is nog niet overgemaakt naar de boedelrekening; we wachten daarop.',
  en: 'The balance has not yet been paid to the estate account; we are waiting for it.',
};

const RELEASE_NEXT: Record<Language, Phrase> = {
  nl: ({ p }) => `Zodra ${p} het saldo naar de boedelrekening heeft overgemaakt, laten we het u weten; uw contactpersoon houdt het in de gaten.`,
  en: ({ p }) => `Once ${p} has paid the balance to the estate account, we will let you know; your contact person is keeping an eye on it.`,
};

/** Where a contract stands, in words a grieving family understands. */
/**
 * A confirmation; `refund`: with the money a final bill below zero pays back to the estate, as recorded (not to
 * which account nor when: the provider does not say). A final bill to pay is told in the bills to pay instead. Where the
 * caller knows whether it came (`Said.refund`, refundrest) it says that sentence instead, as the settled card does.
 */
const confirmedPhrase = (refund: boolean): Record<Language, Phrase> => {
  const back = (c: ContractContext) => (refund && c.finalInvoiceAmount != null && c.finalInvoiceAmount < 0 ? -c.finalInvoiceAmount : null);
  return {
    nl: (s) => {
      const { p, c } = s;
      const date = c.effectiveDate && longDate(c.effectiveDate, 'nl');
      const refunded = s.refund !== undefined ? (s.refund && ` ${s.refund}`) : back(c) === null ? '' : ` ${p} betaalt ${money(back(c)!, 'nl')} terug.`;
      if (s.asked) return `${DONE_FAMILY.nl(s)}${refunded}`;
      return c.action === 'cancel'
        ? `${p} heeft bevestigd dat het contract ${date ? `eindigt op ${date}` : 'wordt beëindigd'}.${refunded} We letten erop dat er daarna geen rekeningen meer komen.`
        : `${p} heeft bevestigd dat het contract ${date ? `per ${date} ` : ''}op ${s.holder ? `naam van ${s.holder}` : 'de nieuwe naam'} staat.${refunded} We letten erop dat alles klopt.`;
    },
    en: (s) => {
      const { p, c } = s;
      const date = c.effectiveDate && longDate(c.effectiveDate, 'en');
      const refunded = s.refund !== undefined ? (s.refund && ` ${s.refund}`) : back(c) === null ? '' : ` ${p} will pay back ${money(back(c)!, 'en')}.`;
      if (s.asked) return `${DONE_FAMILY.en(s)}${refunded}`;
      return c.action === 'cancel'
        ? `${p} has confirmed that the contract ${date ? `ends on ${date}` : 'will end'}.${refunded} We are making sure no bills arrive after that.`
        : `${p} has confirmed that the contract is in ${s.holder ? `the name of ${s.holder}` : "the new holder's name"}${date ? ` as of ${date}` : ''}.${refunded} We are making sure everything is right.`;
    },
  };
};

/**
 * What we asked, as "gevraagd …": a bank account blocked and its balance told (`Said.bank`, the letters' `bankAsk` in plain
 * words); an insurer to pay out, keep or settle the policy, or to say how it goes on, as its letter asked (letters/templates,
 * `insuranceRequest`), never to end it (README, insuranceclaim); else the contract ended or put in the new name.
 */
const ENDING: Record<Language, { asked: Record<InsuranceKind | 'unknown' | 'pension' | 'end', string>; confirming: Record<InsuranceKind | 'unknown' | 'pension' | 'end', string> }> = {
  nl: {
    asked: { end: 'het contract te beëindigen', pension: 'de pensioenbetalingen te stoppen', life: 'de uitkering uit de verzekering af te handelen', property: 'de verzekering voor de nalatenschap te laten doorlopen', health: 'de verzekering af te wikkelen', unknown: 'te laten weten hoe de verzekering na het overlijden doorloopt of eindigt' },
    // What the insurer has not told yet, after "heeft nog niet laten weten": a payout is taken up, not "confirmed" (bankanswer).
    confirming: { end: 'de beëindiging', pension: 'of de pensioenbetalingen zijn gestopt', life: 'of het de uitkering in behandeling neemt', property: 'of de verzekering voor de nalatenschap doorloopt', health: 'of de verzekering is afgewikkeld', unknown: 'hoe de verzekering doorloopt of eindigt' },
  },
  en: {
    asked: { end: 'end the contract', pension: 'stop the pension payments', life: 'handle the payout under the insurance', property: 'keep the insurance in force for the estate', health: 'settle the insurance', unknown: 'tell us how the insurance continues or ends after the death' },
    confirming: { end: 'the cancellation', pension: 'whether the pension payments have stopped', life: 'whether it takes up the payout', property: 'whether the insurance stays in force for the estate', health: 'whether the insurance is settled', unknown: 'how the insurance continues or ends' },
  },
};
/** What a cancellation asked, as `ENDING` keys it: an insurer's kind, a pension fund's payments stopped (`asksPensionStop`), else the end. */
const endingOf = ({ insurance, asked }: Said) => insurance ?? (asked === 'pension' ? 'pension' : undefined);
const ASKED: Record<Language, (s: Said) => string> = {
  nl: (s) => (s.bank ? 'de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven' : s.c.action === 'cancel' ? ENDING.nl.asked[endingOf(s) ?? 'end'] : 'het contract op een nieuwe naam te zetten'),
  en: (s) => (s.bank ? 'block the account and tell us the balance on the day of death' : s.c.action === 'cancel' ? ENDING.en.asked[endingOf(s) ?? 'end'] : 'transfer the contract to the new holder'),
};
/** What the provider has not yet told us of what we asked (`ASKED`): "… nog niet bevestigd", or of a bank account the block and the balance. */
const NOT_YET: Record<Language, (s: Said, after: string) => string> = {
  nl: (s, after) => {
    const { p, c, bank } = s;
    const ending = endingOf(s);
    return bank
      ? `${p} heeft${after} nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden.`
      : ending && c.action === 'cancel'
        ? `${p} heeft${after} nog niet laten weten ${ENDING.nl.confirming[ending]}.`
        : `${p} heeft${after} ${c.action === 'cancel' ? ENDING.nl.confirming.end : 'de overzetting'} ${after ? '' : 'nog '}niet bevestigd.`;
  },
  en: (s, after) => {
    const { p, c, bank } = s;
    const ending = endingOf(s);
    return bank
      ? `${p} has ${after ? `still not told us,${after},` : 'not yet told us'} whether the account is blocked and what the balance was on the day of death.`
      : ending && c.action === 'cancel'
        ? `${p} has ${after ? `still not told us,${after},` : 'not yet told us'} ${ENDING.en.confirming[ending]}.`
        : `${p} has ${after ? 'still not' : 'not yet'} confirmed ${c.action === 'cancel' ? ENDING.en.confirming.end : 'the transfer'}${after}.`;
  },
};

/**
 * famstatus: a term that passed while its automatic step waits for the working day it goes on (`Said.goesOn`, as the owner reads
 * it): the status line says so, and the daily email with it; the next step then says what follows that step (`AFTER_CHASE`), so
 * the card never says one sentence twice nor a passed day as one still to come. famgap: where nothing automatic follows (after a
 * complaint, a collection stop) that day alerts the owner, who calls (`call`; the missed-term words take over from then on).
 */
type Chase = 'reminder' | 'complaint' | 'call';
/** What the provider did not do by its term: answer, confirm what we asked, or confirm that the collection stopped. */
type Unanswered = 'answer' | 'confirm' | 'stop';
const CHASE_WORDS: Record<Language, Record<Chase, (p: string, unanswered: Unanswered) => string>> = {
  nl: {
    reminder: () => 'sturen we een herinnering',
    complaint: () => 'dienen we een klacht in',
    call: (p, unanswered) => `krijgt uw contactpersoon daarvan bericht en neemt dan persoonlijk contact op met ${p}${unanswered === 'stop' ? ' en het incassobureau' : ''}`,
  },
  en: {
    reminder: () => 'we will send a reminder',
    complaint: () => 'we will file a complaint',
    call: (p, unanswered) => `your contact person is alerted and will then contact ${p}${unanswered === 'stop' ? ' and the collection agency' : ''} personally`,
  },
};
const CHASED: Record<Language, (p: string, due: string | null, goesOn: string, chase: Chase, unanswered?: Unanswered) => string> = {
  nl: (p, due, goesOn, chase, unanswered = 'answer') =>
    `${p} ${unanswered === 'answer' ? 'antwoordde' : 'bevestigde'} niet uiterlijk ${due}${unanswered === 'stop' ? ' dat de incasso is gestopt' : ''}; op ${goesOn} ${CHASE_WORDS.nl[chase](p, unanswered)}.`,
  en: (p, due, goesOn, chase, unanswered = 'answer') =>
    `${p} did not ${unanswered === 'answer' ? 'answer' : 'confirm'} by ${due}${unanswered === 'stop' ? ' that the collection has stopped' : ''}; on ${goesOn} ${CHASE_WORDS.en[chase](p, unanswered)}.`,
};
/** `CHASED` after a sentence of the status line, with its space, while the term passed and its day is to come; else nothing. */
const chasedBeside = (lang: Language, { p, due, goesOn }: Said, chase: Chase, unanswered?: Unanswered) => (goesOn ? ` ${CHASED[lang](p, due, goesOn, chase, unanswered)}` : '');
/** famgap: a status line with, while the term passed and the owner's alert is to come, that day said after it (`chasedBeside`). */
const thenCalled = (phrase: Record<Language, Phrase>, unanswered?: Unanswered): Record<Language, Phrase> => ({
  nl: (s) => `${phrase.nl(s)}${chasedBeside('nl', s, 'call', unanswered)}`,
  en: (s) => `${phrase.en(s)}${chasedBeside('en', s, 'call', unanswered)}`,
});
/**
 * What follows the reminder (a complaint) or the complaint (the owner's call) when that too goes unanswered: the machine's next
 * timeouts. After the owner's call nothing follows by itself: she tells the family how it goes on.
 */
const AFTER_CHASE: Record<Language, (p: string, chase: Chase, confirm?: boolean) => string> = {
  nl: (p, chase, confirm) =>
    chase === 'call'
      ? 'Uw contactpersoon laat u weten hoe het daarna verdergaat.'
      : `${confirm ? 'Bevestigt' : 'Antwoordt'} ${p} ook na de ${chase === 'reminder' ? 'herinnering' : 'klacht'} niet op tijd, dan ${chase === 'reminder' ? 'dienen we een klacht in' : `neemt uw contactpersoon persoonlijk contact op met ${p}`}.`,
  en: (p, chase, confirm) =>
    chase === 'call'
      ? 'Your contact person will let you know how it goes on after that.'
      : `If ${p} does not ${confirm ? 'confirm' : 'answer'} in time after the ${chase} either, ${chase === 'reminder' ? 'we will file a complaint' : `your contact person will contact ${p} personally`}.`,
};

/**
 * famrest2: a dispute's answer awaited, or once its term passed and the complaint waits for its working day (`CHASED`), that.
 * `lead` is what we did ("We hebben bezwaar gemaakt"); the term follows it.
 */
const AWAITED: Record<Language, (s: Said, lead: string) => string> = {
  nl: ({ p, due, goesOn }, lead) => (goesOn ? `${lead}. ${CHASED.nl(p, due, goesOn, 'complaint')}` : `${lead} en verwachten ${nlBy(due, 'binnenkort')} een reactie.`),
  en: ({ p, due, goesOn }, lead) => (goesOn ? `${lead}. ${CHASED.en(p, due, goesOn, 'complaint')}` : `${lead} and expect an answer ${enBy(due, 'soon')}.`),
};

/** Beside a bill held to: the objections to `named` (`several` or one) still awaited, or, their term passed, the complaint's day. */
const OBJECTION_AWAITED: Record<Language, (s: Said, named: string, several: boolean) => string> = {
  nl: ({ p, due, goesOn }, named, several) =>
    goesOn ? `${several ? 'Onze bezwaren' : 'Ons bezwaar'} tegen ${named} ${several ? 'lopen' : 'loopt'} nog: ${CHASED.nl(p, due, goesOn, 'complaint')}` : `Op ${several ? 'onze bezwaren' : 'ons bezwaar'} tegen ${named} verwachten we ${nlBy(due, 'binnenkort')} een reactie van ${p}.`,
  en: ({ p, due, goesOn }, named, several) =>
    goesOn ? `Our ${several ? 'objections' : 'objection'} to ${named} still ${several ? 'stand' : 'stands'}: ${CHASED.en(p, due, goesOn, 'complaint')}` : `We expect an answer from ${p} to our ${several ? 'objections' : 'objection'} to ${named} ${enBy(due, 'soon')}.`,
};

const STATUS: Phrases = {
  draft: {
    nl: ({ p }) => `We bereiden het verzoek aan ${p} voor; er ontbreekt nog een document.`,
    en: ({ p }) => `We are preparing the request to ${p}; a document is still missing.`,
  },
  ready: {
    nl: ({ p }) => `Het verzoek aan ${p} is klaar om te versturen.`,
    en: ({ p }) => `The request to ${p} is ready to be sent.`,
  },
  requested: {
    nl: (s) => `We hebben ${s.p} gevraagd ${ASKED.nl(s)}${s.goesOn ? `. ${CHASED.nl(s.p, s.due, s.goesOn, 'reminder')}` : `; ${s.p} moet ${nlBy(s.due, 'binnenkort')} antwoorden.`}`,
    en: (s) => `We have asked ${s.p} to ${ASKED.en(s)}${s.goesOn ? `. ${CHASED.en(s.p, s.due, s.goesOn, 'reminder')}` : `; ${s.p} should answer ${enBy(s.due, 'soon')}.`}`,
  },
  // Also reached after the provider acknowledged the request: what is missing is its confirmation, not any answer.
  reminded: {
    nl: (s) => `${NOT_YET.nl(s, '')} We hebben een herinnering gestuurd${s.goesOn ? `. ${CHASED.nl(s.p, s.due, s.goesOn, 'complaint')}` : `; ${s.p} moet nu ${nlBy(s.due, 'snel')} antwoorden.`}`,
    en: (s) => `${NOT_YET.en(s, '')} We have sent a reminder${s.goesOn ? `. ${CHASED.en(s.p, s.due, s.goesOn, 'complaint')}` : `; ${s.p} should now answer ${enBy(s.due, 'soon')}.`}`,
  },
  escalated: {
    nl: (s) => `${NOT_YET.nl(s, ' ook na onze herinnering')} We hebben een klacht ingediend${s.goesOn ? `.${chasedBeside('nl', s, 'call', 'confirm')}` : ' en houden de zaak nauw in de gaten.'}`,
    en: (s) => `${NOT_YET.en(s, ' after our reminder')} We have filed a complaint${s.goesOn ? `.${chasedBeside('en', s, 'call', 'confirm')}` : ' and are following it closely.'}`,
  },
  acknowledged: {
    nl: ({ p, due, goesOn }) => `${p} heeft het verzoek ontvangen en behandelt het${goesOn ? `. ${CHASED.nl(p, due, goesOn, 'reminder', 'confirm')}` : `; we verwachten ${nlBy(due, 'binnenkort')} een bevestiging.`}`,
    en: ({ p, due, goesOn }) => `${p} has received the request and is handling it${goesOn ? `. ${CHASED.en(p, due, goesOn, 'reminder', 'confirm')}` : `; we expect a confirmation ${enBy(due, 'soon')}.`}`,
  },
  // v18: no question of the bank's: a document it requires for the release was withdrawn (the family is not told which).
  informationRequested: {
    nl: ({ p, c }) => `${c.openInformationRequest?.release ? `${p} heeft een nieuw document van ons nodig om het saldo vrij te geven.` : `${p} vraagt om aanvullende informatie.`} Wij regelen dat; als we iets van u nodig hebben, nemen we contact met u op.`,
    en: ({ p, c }) => `${c.openInformationRequest?.release ? `${p} needs a new document from us to release the balance.` : `${p} has asked for more information.`} We are taking care of it and will contact you if we need anything from you.`,
  },
  rejected: {
    nl: ({ p }) => `${p} heeft het verzoek niet geaccepteerd. We zoeken uit wat er nodig is en laten u weten hoe we verdergaan.`,
    en: ({ p }) => `${p} did not accept the request. We are finding out what is needed and will let you know how we proceed.`,
  },
  // v9: the owner objected to the rejection in writing. Once its term passed with no letter since (`ownTermSaid`), the
  // missed term is said beside and no answer is promised "soon".
  complained: {
    nl: (s) => `${s.p} heeft het verzoek niet geaccepteerd. Wij vinden dat niet terecht en hebben schriftelijk een klacht ingediend${s.ownTermSaid ? '.' : s.goesOn ? `.${chasedBeside('nl', s, 'call')}` : `; ${s.p} moet ${nlBy(s.due, 'binnenkort')} antwoorden.`}`,
    en: (s) => `${s.p} did not accept the request. We think that is wrong and have filed a written complaint${s.ownTermSaid ? '.' : s.goesOn ? `.${chasedBeside('en', s, 'call')}` : `; ${s.p} should answer ${enBy(s.due, 'soon')}.`}`,
  },
  confirmed: confirmedPhrase(true),
  // v17: the bank blocked the account; its balance is still to be paid to the estate account (no amount: the owner reads it).
  blocked: {
    nl: (s) => `${DONE_FAMILY.nl(s)} ${RELEASE_AWAITED.nl}`,
    en: (s) => `${DONE_FAMILY.en(s)} ${RELEASE_AWAITED.en}`,
  },
  // v19: the bank was reminded in writing; the call is the owner's only after that term too.
  releaseReminded: {
    nl: (s) => `${DONE_FAMILY.nl(s)} Het saldo is nog niet overgemaakt naar de boedelrekening, ook niet binnen de termijn; we hebben ${s.p} een herinnering gestuurd.`,
    en: (s) => `${DONE_FAMILY.en(s)} The balance has not been paid to the estate account, not even within the term; we have sent ${s.p} a reminder.`,
  },
  // releaseremind: the term that passed is said beside it when known (`ownTermSaid`: "… heeft niet binnen de termijn (tot en met …) het saldo overgemaakt").
  releaseOverdue: {
    nl: (s) => (s.ownTermSaid ? DONE_FAMILY.nl(s) : `${DONE_FAMILY.nl(s)} Het saldo is nog niet overgemaakt naar de boedelrekening, ook niet binnen de termijn; uw contactpersoon neemt contact op met ${s.p}.`),
    en: (s) => (s.ownTermSaid ? DONE_FAMILY.en(s) : `${DONE_FAMILY.en(s)} The balance has not been paid to the estate account, not even within the term; your contact person is contacting ${s.p}.`),
  },
  // bankrest: a bank's charge is asked booked back (letterdates' dispute letter), not called a bill after an end the bank never gave;
  // bankpages: beside costs it holds to too, no part of them is said owed up to an end date.
  disputed: {
    nl: (s) => {
      const { p, c, paid, bank, biller } = s;
      return heldBeside(c)
        ? `${HELD_FOR_OWNER.nl(p, c, bank)} ${OBJECTION_AWAITED.nl(s, billsNamed.nl(unansweredBills(c), bank), unansweredBills(c).length > 1)}${bank ? '' : unpaidWhileDisputed(unansweredOnly(c, paid), 'nl', biller)}`
        : bank
          ? `${p} heeft kosten in rekening gebracht${billCount(c) > 1 ? ` (${references(c, 'nl')})` : ''}. ${AWAITED.nl(s, 'We hebben gevraagd die kosten terug te boeken')}`
        : billCount(c) > 1
          ? `${p} heeft na ${endEvent.nl(c, s.insurance)} nog ${billCount(c)} rekeningen gestuurd (${references(c, 'nl')}). ${AWAITED.nl(s, 'We hebben tegen elk bezwaar gemaakt')}${unpaidWhileDisputed({ ...c, paid }, 'nl', biller)}`
          : `${p} heeft na ${endEvent.nl(c, s.insurance)} nog een rekening gestuurd. ${AWAITED.nl(s, 'We hebben bezwaar gemaakt')}${unpaidWhileDisputed({ ...c, paid }, 'nl', biller)}`;
    },
    en: (s) => {
      const { p, c, paid, bank, biller } = s;
      return heldBeside(c)
        ? `${HELD_FOR_OWNER.en(p, c, bank)} ${OBJECTION_AWAITED.en(s, billsNamed.en(unansweredBills(c), bank), unansweredBills(c).length > 1)}${bank ? '' : unpaidWhileDisputed(unansweredOnly(c, paid), 'en', biller)}`
        : bank
          ? `${p} charged costs to the account${billCount(c) > 1 ? ` (${references(c, 'en')})` : ''}. ${AWAITED.en(s, 'We have asked for them to be booked back')}`
        : billCount(c) > 1
          ? `${p} sent ${billCount(c)} bills after ${endEvent.en(c, s.insurance)} (${references(c, 'en')}). ${AWAITED.en(s, 'We have disputed each of them')}${unpaidWhileDisputed({ ...c, paid }, 'en', biller)}`
          : `${p} sent a bill after ${endEvent.en(c, s.insurance)}. ${AWAITED.en(s, 'We have disputed it')}${unpaidWhileDisputed({ ...c, paid }, 'en', biller)}`;
    },
  },
  disputeEscalated: thenCalled({
    nl: ({ p, c, paid, bank, biller }) =>
      heldBeside(c)
        ? `${p} heeft niet gereageerd op ons bezwaar tegen ${billsNamed.nl(unansweredBills(c), bank)}. We hebben een klacht ingediend.${bank ? '' : unpaidWhileDisputed(unansweredOnly(c, paid), 'nl', biller)} ${HELD_FOR_OWNER.nl(p, c, bank)}`
        : bank
          ? `${p} heeft niet gereageerd op ons bezwaar tegen ${namesTheBill(c) || billCount(c) > 1 ? billsNamed.nl(openDisputesOf(c), true) : 'de kosten'}. We hebben een klacht ingediend.`
        : `${p} heeft niet gereageerd op ons bezwaar tegen ${billCount(c) > 1 ? `de rekeningen ${references(c, 'nl')}` : namesTheBill(c) ? `rekening ${references(c, 'nl')}` : 'de rekening'}. We hebben een klacht ingediend.${unpaidWhileDisputed({ ...c, paid }, 'nl', biller)}`,
    en: ({ p, c, paid, bank, biller }) =>
      heldBeside(c)
        ? `${p} did not answer our objection to ${billsNamed.en(unansweredBills(c), bank)}. We have filed a complaint.${bank ? '' : unpaidWhileDisputed(unansweredOnly(c, paid), 'en', biller)} ${HELD_FOR_OWNER.en(p, c, bank)}`
        : bank
          ? `${p} did not answer our objection to ${namesTheBill(c) || billCount(c) > 1 ? billsNamed.en(openDisputesOf(c), true) : 'the charge'}. We have filed a complaint.`
        : `${p} did not answer our objection to ${billCount(c) > 1 ? `the bills ${references(c, 'en')}` : namesTheBill(c) ? `bill ${references(c, 'en')}` : 'the bill'}. We have filed a complaint.${unpaidWhileDisputed({ ...c, paid }, 'en', biller)}`,
  }),
  // v4: with several bills, which one the provider holds to, and that the objection to the others stands.
  disputeRejected: {
    nl: ({ p, c, bank }) =>
      creditedInPart(c) ? HELD_AFTER_CREDIT.nl(p, c, bank)
      : billCount(c) > 1
        ? `${p} houdt vast aan ${billsListed.nl(heldBills(c), bank)}, waartegen we bezwaar maakten.${unansweredBills(c).length ? ` Ons bezwaar tegen ${billsListed.nl(unansweredBills(c), bank)} loopt nog.` : ''} Uw contactpersoon bekijkt wat we nu doen en laat het u weten.`
        : `${p} houdt vast aan ${bank ? 'de kosten' : 'de rekening'} waartegen we bezwaar maakten. Uw contactpersoon bekijkt wat we nu doen en laat het u weten.`,
    en: ({ p, c, bank }) =>
      creditedInPart(c) ? HELD_AFTER_CREDIT.en(p, c, bank)
      : billCount(c) > 1
        ? `${p} maintains ${billsListed.en(heldBills(c), bank)}, which we objected to.${unansweredBills(c).length ? ` Our objection to ${billsListed.en(unansweredBills(c), bank)} still stands.` : ''} Your contact person is looking at what to do next and will let you know.`
        : `${p} maintains the ${bank ? 'charge' : 'bill'} we objected to. Your contact person is looking at what to do next and will let you know.`,
  },
  // v5: the bills disputed meanwhile, as in the dispute states: what need not be paid, or what the provider holds to.
  // A bill whose dispute letter is held back for the owner is told as an objection being prepared, not as one running.
  // With no bill of ours disputed, the money claimed is the owner's to settle: nothing to pay for the family yet, unless
  // the family's list of bills shows one of this contract as owed (`billsOwed`): that one is paid only after talking to the owner.
  // bankrest: a bank charged its costs to the account: none is said unpaid, as in `disputed`.
  // committee (v22): the complaints body has the bill; no term is promised.
  withCommittee: { nl: ({ c, p, bank }) => COMMITTEE_FAMILY.status.nl(c, p, true, undefined, bank), en: ({ c, p, bank }) => COMMITTEE_FAMILY.status.en(c, p, true, undefined, bank) },
  collectionStopRequested: thenCalled({
    nl: ({ p, c, unsent, paid, billsOwed, bank, biller, stopSentOn }) =>
      `Er kwam een brief van een incassobureau over het contract bij ${p}. ${stopAsked.nl(stopSentOn)}${billCount(c) ? `; u hoeft hier zelf niets aan te doen.${heldBills(c).length ? ` ${HELD_AFTER_CREDIT.nl(p, c, bank)}` : bank ? '' : unpaidWhileDisputed(objectionsSent(c, unsent, paid), 'nl', biller, true)}${objectionsPrepared.nl(c, unsent)}` : billsOwed ? `. Uw contactpersoon handelt dit af. Betaal wat bij ${p} nog openstaat pas na overleg met uw contactpersoon.` : '. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.'}`,
    en: ({ p, c, unsent, paid, billsOwed, bank, biller, stopSentOn }) =>
      `A debt-collection letter arrived about the contract with ${p}. ${stopAsked.en(stopSentOn)}${billCount(c) ? `; you do not need to do anything yourself.${heldBills(c).length ? ` ${HELD_AFTER_CREDIT.en(p, c, bank)}` : bank ? '' : unpaidWhileDisputed(objectionsSent(c, unsent, paid), 'en', biller, true)}${objectionsPrepared.en(c, unsent)}` : billsOwed ? `. Your contact person is handling it. Pay what is still open with ${p} only after talking to your contact person.` : '. Your contact person is handling it; there is nothing for you to pay for now.'}`,
  }, 'stop'),
  settled: fullySettled,
  // A closed contract stays closed when its estate is reopened for another: its words say nothing of the file.
  closed: fullySettled,
  withdrawn: {
    nl: ({ p }) => `Het verzoek aan ${p} is ingetrokken.`,
    en: ({ p }) => `The request to ${p} has been withdrawn.`,
  },
  // The owner's note is staff wording; the family reads only what it means for them.
  informedByBrp: {
    nl: ({ p }) => `${p} wist via de gemeente al van het overlijden. We hebben bij ${p} nagevraagd dat alles in orde is; een brief is niet nodig.`,
    en: ({ p }) => `${p} already knew of the death through the municipality. We checked with ${p} that everything is in order; no letter is needed.`,
  },
};

/**
 * Once a contract is done, the family is the one who sees a stray bill first. After a transfer the
 * new holder rightly gets the provider's mail: only what is still addressed to the deceased is stray.
 */
const forwardLateMail: Record<Language, Phrase> = {
  nl: ({ p, c }) =>
    `Er hoeft niets meer te gebeuren. ${c.action === 'cancel' ? `Komt er toch nog post van ${p}` : `Komt er nog post van ${p} gericht aan de overledene`}, stuur die dan naar ons door.`,
  en: ({ p, c }) =>
    `Nothing more needs to happen. ${c.action === 'cancel' ? `Should any mail from ${p} still arrive` : `Should mail from ${p} addressed to the deceased still arrive`}, please forward it to us.`,
};

/** What happens next, and when. */
const NEXT: Phrases = {
  draft: {
    nl: ({ p }) => `Zodra alle documenten er zijn, versturen we het verzoek aan ${p}.`,
    en: ({ p }) => `As soon as all documents are in, we will send the request to ${p}.`,
  },
  ready: {
    nl: ({ p }) => `We versturen het verzoek aan ${p}.`,
    en: ({ p }) => `We will send the request to ${p}.`,
  },
  // famstatus: once the term passed, the status line says the day the reminder or complaint goes (`CHASED`); this, what follows it.
  requested: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'reminder') : `Antwoordt ${p} niet ${nlBy(due, 'op tijd')}, dan sturen we een herinnering.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'reminder') : `If ${p} has not answered ${enBy(due, 'in time')}, we will send a reminder.`),
  },
  reminded: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'complaint') : `Antwoordt ${p} niet ${nlBy(due, 'op tijd')}, dan dienen we een klacht in.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'complaint') : `If ${p} has not answered ${enBy(due, 'in time')}, we will file a complaint.`),
  },
  // The complaint has its own term: the call comes only when that passes unanswered (famgap: once it passed, the status line says the day).
  escalated: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'call') : `Antwoordt ${p} niet ${nlBy(due, 'op tijd')}, dan neemt uw contactpersoon persoonlijk contact op met ${p}.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'call') : `If ${p} has not answered ${enBy(due, 'in time')}, your contact person will contact ${p} personally.`),
  },
  acknowledged: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'reminder', true) : `Bevestigt ${p} niet ${nlBy(due, 'op tijd')}, dan sturen we een herinnering.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'reminder', true) : `If ${p} has not confirmed ${enBy(due, 'in time')}, we will send a reminder.`),
  },
  informationRequested: {
    // v12: after a part answer, what is still to send is the rest; after word that the documents follow, nothing went: the documents are what is to send.
    nl: ({ p, due, c }) =>
      onlyToldToFollow(c.openInformationRequest)
        ? `De gevraagde documenten volgen: we sturen ze ${p} ${nlBy(due, 'zodra we ze hebben')}.`
        : `We sturen ${p} ${restToFollow(c.openInformationRequest) ? 'de rest van ' : ''}de gevraagde informatie ${nlBy(due, 'zo snel mogelijk')}.`,
    en: ({ p, due, c }) =>
      onlyToldToFollow(c.openInformationRequest)
        ? `The documents ${p} asked for follow: we will send them ${enBy(due, 'once we have them')}.`
        : `We will send ${p} ${restToFollow(c.openInformationRequest) ? 'the rest of ' : ''}the information ${enBy(due, 'as soon as possible')}.`,
  },
  rejected: {
    nl: ({ p }) => `We passen het verzoek aan en sturen het opnieuw naar ${p}, of trekken het in als het niet meer nodig is.`,
    en: ({ p }) => `We will correct the request and send it to ${p} again, or withdraw it if it is no longer needed.`,
  },
  complained: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'call') : `Antwoordt ${p} niet ${nlBy(due, 'op tijd')}, dan neemt uw contactpersoon persoonlijk contact op met ${p}.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'call') : `If ${p} has not answered ${enBy(due, 'in time')}, your contact person will contact ${p} personally.`),
  },
  // After a transfer the new holder's bills keep coming; only one in the deceased's name is late.
  confirmed: {
    nl: ({ p, due, c }) =>
      c.action === 'cancel'
        ? `Komt er ${due ? `tot en met ${due}` : 'de komende weken'} geen rekening meer van ${p}, dan is dit contract afgehandeld.`
        : `Komt er ${due ? `tot en met ${due}` : 'de komende weken'} geen rekening meer op naam van de overledene, dan is de overzetting afgehandeld.`,
    en: ({ p, due, c }) =>
      c.action === 'cancel'
        ? `If no further bill from ${p} arrives ${due ? `by ${due}` : 'in the coming weeks'}, this contract is settled.`
        : `If no further bill in the deceased's name arrives ${due ? `by ${due}` : 'in the coming weeks'}, the transfer is settled.`,
  },
  // v8: beside a held bill, the bills named that the provider still has to answer.
  // bankrest: a bank's costs are asked booked back (its dispute letter's ask, `chargeBookedBack`), never corrected as a bill.
  // famrest2: once the term passed, the status line says the day the complaint goes (`AWAITED`); this, what follows it.
  disputed: {
    nl: ({ p, due, c, bank, goesOn }) =>
      goesOn ? AFTER_CHASE.nl(p, 'complaint')
      : bank ? chargeBookedBack.nl(p, due, heldBeside(c) ? billsNamed.nl(unansweredBills(c), true) : 'de kosten')
      : `We verwachten dat ${p} ${answerAwaitedApart(c) ? `${unansweredBills(c).length > 1 ? 'elk van de ' : ''}${billsNamed.nl(unansweredBills(c))}` : billsOutsideCommittee(c) > 1 ? 'elke rekening' : 'de rekening'} ${nlBy(due, 'binnenkort')} corrigeert of intrekt; anders dienen we een klacht in.`,
    en: ({ p, due, c, bank, goesOn }) =>
      goesOn ? AFTER_CHASE.en(p, 'complaint')
      : bank ? chargeBookedBack.en(p, due, heldBeside(c) ? billsNamed.en(unansweredBills(c), true) : unansweredBills(c).length > 1 ? 'the charges' : 'the charge')
      : `We expect ${p} to correct or withdraw ${answerAwaitedApart(c) ? `${unansweredBills(c).length > 1 ? 'each of the ' : ''}${billsNamed.en(unansweredBills(c))}` : billsOutsideCommittee(c) > 1 ? 'each bill' : 'the bill'} ${enBy(due, 'soon')}; otherwise we will file a complaint.`,
  },
  disputeEscalated: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'call') : `Antwoordt ${p} niet ${nlBy(due, 'op tijd')}, dan neemt uw contactpersoon persoonlijk contact op.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'call') : `If ${p} has not answered ${enBy(due, 'in time')}, your contact person will contact them personally.`),
  },
  disputeRejected: {
    nl: ({ due }) => `Uw contactpersoon beslist ${nlBy(due, 'binnenkort')} hoe we verdergaan.`,
    en: ({ due }) => `Your contact person will decide ${enBy(due, 'soon')} how we proceed.`,
  },
  withCommittee: { nl: ({ c }) => COMMITTEE_FAMILY.next.nl(c, '', true), en: ({ c }) => COMMITTEE_FAMILY.next.en(c, '', true) },
  collectionStopRequested: {
    nl: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.nl(p, 'call') : `We controleren ${nlBy(due, 'zo snel mogelijk')} of ${p} de incasso heeft gestopt.`),
    en: ({ p, due, goesOn }) => (goesOn ? AFTER_CHASE.en(p, 'call') : `We will check ${enBy(due, 'as soon as possible')} that ${p} has stopped the collection.`),
  },
  blocked: RELEASE_NEXT,
  releaseReminded: RELEASE_NEXT,
  releaseOverdue: RELEASE_NEXT,
  settled: forwardLateMail,
  closed: forwardLateMail,
  withdrawn: {
    nl: () => 'Er hoeft niets meer te gebeuren.',
    en: () => 'Nothing more needs to happen.',
  },
  informedByBrp: forwardLateMail,
};

/** What a transition did, in the past tense, for the family's timeline ("KPN confirmed the end date."). */
const CHANGE: Phrases = {
  draft: {
    nl: ({ p }) => `Het contract bij ${p} staat op de lijst; er ontbrak nog een document.`,
    en: ({ p }) => `The contract with ${p} was listed; a document was still missing.`,
  },
  ready: {
    nl: ({ p }) => `Het verzoek aan ${p} was compleet en klaar om te versturen.`,
    en: ({ p }) => `The request to ${p} was complete and ready to send.`,
  },
  requested: {
    nl: (s) => `We hebben ${s.p} schriftelijk gevraagd ${ASKED.nl(s)}.`,
    en: (s) => `We asked ${s.p} in writing to ${s.c.action === 'transfer' && !s.bank ? 'transfer the contract' : ASKED.en(s)}.`,
  },
  // Also after the provider acknowledged the request: what it missed is the confirmation, not any answer.
  reminded: {
    nl: ({ p }) => `${p} bevestigde niet op tijd; we hebben een herinnering gestuurd.`,
    en: ({ p }) => `${p} did not confirm in time; we sent a reminder.`,
  },
  escalated: {
    nl: ({ p }) => `${p} bevestigde ook na de herinnering niet; we hebben een klacht ingediend.`,
    en: ({ p }) => `${p} still did not confirm after the reminder; we filed a complaint.`,
  },
  acknowledged: {
    nl: ({ p }) => `${p} heeft bevestigd dat het verzoek is ontvangen.`,
    en: ({ p }) => `${p} confirmed that it received the request.`,
  },
  informationRequested: {
    nl: ({ p }) => `${p} vroeg om aanvullende informatie.`,
    en: ({ p }) => `${p} asked for more information.`,
  },
  rejected: {
    nl: ({ p }) => `${p} heeft het verzoek niet geaccepteerd.`,
    en: ({ p }) => `${p} did not accept the request.`,
  },
  complained: {
    nl: ({ p }) => `We vonden de afwijzing door ${p} niet terecht en hebben schriftelijk een klacht ingediend.`,
    en: ({ p }) => `We thought ${p} was wrong to reject the request and filed a written complaint.`,
  },
  confirmed: {
    nl: (s) => (s.asked ? DONE_FAMILY.nl(s) : `${s.p} heeft bevestigd dat het contract ${s.c.action === 'cancel' ? 'wordt beëindigd' : 'op de nieuwe naam wordt gezet'}.`),
    en: (s) => (s.asked ? DONE_FAMILY.en(s) : `${s.p} confirmed that the contract ${s.c.action === 'cancel' ? 'ends' : 'is transferred'}.`),
  },
  blocked: {
    nl: (s) => `${DONE_FAMILY.nl(s)} Het saldo is nog niet overgemaakt naar de boedelrekening.`,
    en: (s) => `${DONE_FAMILY.en(s)} The balance has not yet been paid to the estate account.`,
  },
  releaseReminded: {
    nl: ({ p }) => `${p} heeft het saldo niet op tijd overgemaakt naar de boedelrekening; we hebben een herinnering gestuurd.`,
    en: ({ p }) => `${p} did not pay the balance to the estate account in time; we sent a reminder.`,
  },
  releaseOverdue: {
    nl: ({ p }) => `${p} heeft het saldo niet op tijd overgemaakt naar de boedelrekening; uw contactpersoon neemt contact op.`,
    en: ({ p }) => `${p} did not pay the balance to the estate account in time; your contact person is contacting them.`,
  },
  // bankdispute: a bank's charge, as the family's card calls it (bankrest).
  disputed: {
    nl: ({ p, c, bank }) => (bank ? `${p} heeft ${firstBillHeard(c) ? '' : 'nog '}kosten in rekening gebracht; we hebben bezwaar gemaakt.` : `Er kwam ${firstBillHeard(c) ? '' : 'nog '}een rekening van ${p}; we hebben bezwaar gemaakt.`),
    en: ({ p, c, bank }) => (bank ? `${p} charged ${firstBillHeard(c) ? '' : 'further '}costs to the account; we disputed them.` : `${firstBillHeard(c) ? 'A' : 'Another'} bill came from ${p}; we disputed it.`),
  },
  disputeEscalated: {
    nl: ({ p, c, bank }) => `${p} reageerde niet op ons bezwaar${answerAwaitedApart(c) ? ` tegen ${billsNamed.nl(unansweredBills(c), bank)}` : ''}; we hebben een klacht ingediend.`,
    en: ({ p, c, bank }) => `${p} did not answer our objection${answerAwaitedApart(c) ? ` to ${billsNamed.en(unansweredBills(c), bank)}` : ''}; we filed a complaint.`,
  },
  disputeRejected: {
    nl: ({ p }) => `${p} wees ons bezwaar tegen de rekening af.`,
    en: ({ p }) => `${p} rejected our objection to the bill.`,
  },
  withCommittee: { nl: ({ c, p, bank }) => COMMITTEE_FAMILY.change.nl(c, p, true, undefined, bank), en: ({ c, p, bank }) => COMMITTEE_FAMILY.change.en(c, p, true, undefined, bank) },
  // audit101rest (F2): what the stop letter asks ("Ik verzoek u de incasso op te schorten"), as her card says it (collrest2).
  collectionStopRequested: {
    nl: ({ p }) => `Er kwam een incassobrief over ${p}; we hebben gevraagd de incasso op te schorten.`,
    en: ({ p }) => `A debt-collection letter came about ${p}; we asked for the collection to be suspended.`,
  },
  settled: {
    nl: ({ p }) => `Het contract bij ${p} is afgehandeld.`,
    en: ({ p }) => `The contract with ${p} was settled.`,
  },
  closed: {
    nl: ({ p }) => `Het dossier van het contract bij ${p} is gesloten.`,
    en: ({ p }) => `The file of the contract with ${p} was closed.`,
  },
  withdrawn: {
    nl: ({ p }) => `We hebben het verzoek aan ${p} ingetrokken.`,
    en: ({ p }) => `We withdrew the request to ${p}.`,
  },
  informedByBrp: {
    nl: ({ p }) => `We hebben bij ${p} nagevraagd: ${p} wist via de gemeente al van het overlijden.`,
    en: ({ p }) => `We checked with ${p}: it already knew of the death through the municipality.`,
  },
};

/** After one of several bills was answered: the objection to each bill still open stands, named. */
/** `bank`: a bank's are its costs by their kenmerk (`CHARGE_NOUNS`, bankforms), as the card lists them. */
const stillStands: Record<Language, (step: ContractStep, bank?: boolean) => string> = {
  nl: (step, bank) => {
    const bills = billsStillOpen(step, 'nl', bank ? { ...CHARGE_NOUNS.nl, unknown: 'de andere kosten' } : { one: 'rekening', several: 'rekeningen', unknown: 'de andere rekeningen' });
    const the = bank && step.billsStillOpen?.length ? 'de ' : '';
    return bills.several ? `onze bezwaren tegen ${the}${bills.words} lopen nog.` : `ons bezwaar tegen ${the}${bills.words} loopt nog.`;
  },
  en: (step, bank) => {
    const bills = billsStillOpen(step, 'en', bank ? { ...CHARGE_NOUNS.en, unknown: 'the other charges' } : { one: 'bill', several: 'bills', unknown: 'the other bills' });
    const the = bank && step.billsStillOpen?.length ? 'the ' : '';
    return bills.several ? `our objections to ${the}${bills.words} still stand.` : `our objection to ${the}${bills.words} still stands.`;
  },
};

/** Bills the provider answered, paid from the estate: those it holds to in full together, then each it credited in part (only the rest is paid). */
function heldOrCredited(settled: SettledBill[], heldTo: (inFull: SettledBill[]) => string, credited: (bill: SettledBill) => string): string {
  const inFull = settled.filter((b) => !b.credited);
  return [...(inFull.length ? [heldTo(inFull)] : []), ...settled.filter((b) => b.credited).map(credited)].join(' ');
}

/**
 * coverrest: a premium disputed as after a kept cover's end that the insurer's corrected cover takes in (coverfix): the premium for the
 * cover the estate keeps, paid from the estate, never a bill after the end; its number and amount only to a reader of the debts (`priced`).
 * The objection lapses, whether its letter went or was set apart before it went.
 */
const coverTookIn: Record<Language, (p: string, step: ContractStep, cover: InsideCover, priced: boolean) => string> = {
  nl: (p, step, cover, priced) => {
    const kept = `${p} laat de verzekering voor de nalatenschap nu doorlopen${cover.until ? ` tot en met ${longDate(cover.until, 'nl')}` : ''}`;
    const bills = settledBillsNamed(step.settled, 'nl', { one: 'rekening', several: 'rekeningen' });
    const said = priced
      ? `${kept}: ${bills.words} ${bills.several ? 'zijn de premies' : 'is de premie'} voor die tijd en ${bills.several ? 'worden' : 'wordt'} uit de nalatenschap betaald. Ons bezwaar ertegen vervalt.`
      : `${kept}; de rekening valt binnen die tijd en ons bezwaar ertegen vervalt.`;
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(priced ? stillStands.nl(step) : stillStandsUnpriced.nl(step, true))}` : said;
  },
  en: (p, step, cover, priced) => {
    const kept = `${p} now keeps the insurance in force for the estate${cover.until ? ` until ${longDate(cover.until, 'en')}` : ''}`;
    const bills = settledBillsNamed(step.settled, 'en', { one: 'bill', several: 'bills' });
    const said = priced
      ? `${kept}: ${bills.words} ${bills.several ? 'are the premiums' : 'is the premium'} for that time and will be paid from the estate. Our objection to ${bills.several ? 'them' : 'it'} lapses.`
      : `${kept}; the bill falls within that time and our objection to it lapses.`;
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(priced ? stillStands.en(step) : stillStandsUnpriced.en(step, true))}` : said;
  },
};

/**
 * What happens with the bills the owner settled, as recorded (`outcome`), and after one of several
 * that the objection to the rest stands; without an outcome or the bills, null (the step's older words).
 */
const SETTLED_WITH_OUTCOME: Record<Language, StepPhrase> = {
  // bankforms: a bank's costs by their kenmerk (`CHARGE_NOUNS`), booked back, never credited; Dutch „kosten" are plural.
  nl: ({ p, bank }, step) => {
    if (step.insideCover) return coverTookIn.nl(p, step, step.insideCover, true);
    const nouns = bank ? CHARGE_NOUNS.nl : { one: 'rekening', several: 'rekeningen' };
    const bills = settledBillsNamed(step.settled, 'nl', nouns);
    const several = bills.several || bank;
    const heldToBills = (inFull: SettledBill[]) => {
      const held = settledBillsNamed(inFull, 'nl', nouns);
      return `${p} houdt vast aan ${bank ? 'de ' : ''}${held.words}. ${bank ? 'Deze kosten worden' : held.several ? 'Deze rekeningen worden' : 'Deze rekening wordt'} betaald uit de nalatenschap.`;
    };
    const creditedBill = (b: SettledBill) =>
      bank ? `${p} heeft ${money(b.credited!, 'nl')} van de ${chargeNl(b.reference)} teruggeboekt; de rest (${money(b.amount, 'nl')}) wordt betaald uit de nalatenschap.`
      : `${p} heeft ${money(b.credited!, 'nl')} van rekening ${b.reference} gecrediteerd; de rest (${money(b.amount, 'nl')}) wordt betaald uit de nalatenschap.`;
    const said = {
      payFromEstate: step.settled.every((b) => b.held) ? heldOrCredited(step.settled, heldToBills, creditedBill) : `${capitalised(bills.words)} van ${p} ${several ? 'worden' : 'wordt'} betaald uit de nalatenschap.`,
      alreadyPaid: `${capitalised(bills.words)} van ${p} ${several ? 'zijn' : 'is'} al betaald; u hoeft er niets meer aan te doen.`,
      providerWithdrew: `${p} heeft ${bank ? 'de ' : ''}${bills.words} alsnog ingetrokken; u hoeft ${several ? 'ze' : 'die'} niet te betalen.`,
    }[step.outcome!];
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(stillStands.nl(step, bank))}` : said;
  },
  en: ({ p, bank }, step) => {
    if (step.insideCover) return coverTookIn.en(p, step, step.insideCover, true);
    const nouns = bank ? CHARGE_NOUNS.en : { one: 'bill', several: 'bills' };
    const the = bank ? 'the ' : '';
    const bills = settledBillsNamed(step.settled, 'en', nouns);
    const heldToBills = (inFull: SettledBill[]) => {
      const held = settledBillsNamed(inFull, 'en', nouns);
      return `${p} maintains ${the}${held.words}. ${held.several ? `These ${bank ? 'charges' : 'bills'}` : `This ${bank ? 'charge' : 'bill'}`} will be paid from the estate.`;
    };
    const creditedBill = (b: SettledBill) =>
      bank ? `${p} has booked back ${money(b.credited!, 'en')} of the ${chargeEn(b.reference)}; the rest (${money(b.amount, 'en')}) will be paid from the estate.`
      : `${p} has credited ${money(b.credited!, 'en')} of bill ${b.reference}; the rest (${money(b.amount, 'en')}) will be paid from the estate.`;
    const said = {
      payFromEstate: step.settled.every((b) => b.held) ? heldOrCredited(step.settled, heldToBills, creditedBill) : `${capitalised(`${the}${bills.words}`)} from ${p} will be paid from the estate.`,
      alreadyPaid: `${capitalised(`${the}${bills.words}`)} from ${p} ${bills.several ? 'have' : 'has'} already been paid; you need not do anything about ${bills.several ? 'them' : 'it'}.`,
      providerWithdrew: `${p} has withdrawn ${the}${bills.words} after all; you need not pay ${bills.several ? 'them' : 'it'}.`,
    }[step.outcome!];
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(stillStands.en(step, bank))}` : said;
  },
};
/** The bill a step recorded an answer about, when it named one: "rekening F-2", else "de rekening". */
const theBill: Record<Language, (step: ContractStep, bank?: boolean) => string> = {
  nl: (step, bank) => (bank ? (step.invoiceReference ? `de ${chargeNl(step.invoiceReference)}` : 'de kosten') : step.invoiceReference ? `rekening ${step.invoiceReference}` : 'de rekening'),
  en: (step, bank) => (bank ? (step.invoiceReference ? `the ${chargeEn(step.invoiceReference)}` : 'the charge') : step.invoiceReference ? `bill ${step.invoiceReference}` : 'the bill'),
};

/** The owner's word as steps recorded before the outcome was asked (or one settling a collection without a bill) tell it. */
const SETTLED_UNSAID: Record<Language, StepPhrase> = {
  nl: ({ p, bank }, step) =>
    answeredOneOfSeveral(step)
      ? `Het bezwaar tegen ${theBill.nl(step, bank)} van ${p} is afgehandeld; ${stillStands.nl(step, bank)}`
      : step.from === 'collectionStopRequested' ? `De incasso over ${p} is afgehandeld.` : `Het bezwaar tegen ${theBill.nl(step, bank)} van ${p} is afgehandeld.`,
  en: ({ p, bank }, step) =>
    bank && step.from !== 'collectionStopRequested' ? `The objection to ${theBill.en(step, true)} from ${p} has been dealt with${answeredOneOfSeveral(step) ? `; ${stillStands.en(step, true)}` : '.'}`
    : answeredOneOfSeveral(step)
      ? `The objection to ${p}'s bill ${step.invoiceReference} has been dealt with; ${stillStands.en(step)}`
      : step.from === 'collectionStopRequested' ? `The debt collection about ${p} has been dealt with.` : `The objection to ${p}'s bill${step.invoiceReference ? ` ${step.invoiceReference}` : ''} has been dealt with.`,
};
const saysOutcome = (step: ContractStep) => step.outcome !== null && step.settled.length > 0;

/** v5: a corrected confirmation as every relative reads it: what changed, the new value first, no sums (a reader of the debts reads `debitCorrected` after it). */
const CONFIRMATION_CORRECTED: Record<Language, StepPhrase> = {
  nl: ({ p, c, asked }, step) => {
    const [one, ...more] = correctedFields(step.corrected, c.action, 'nl', { asked, amounts: false });
    if (step.receivedVia && one) return toldOtherwise.nl(p, step.receivedVia, [one, ...more]) + objectionEnded.nl(step);
    if (!one) return `${p} heeft de bevestiging gecorrigeerd.`;
    if (!more.length) return `${p} heeft ${one.field} gecorrigeerd: ${replacing.nl(one.to, one.from, one.added)}.${objectionEnded.nl(step)}`;
    return `${p} heeft de bevestiging gecorrigeerd: ${listed([one, ...more].map((f) => `${f.field} ${replacing.nl(f.to, f.from, f.added)}`), 'nl')}.${objectionEnded.nl(step)}`;
  },
  en: ({ p, c, asked }, step) => {
    const [one, ...more] = correctedFields(step.corrected, c.action, 'en', { asked, amounts: false });
    if (step.receivedVia && one) return toldOtherwise.en(p, step.receivedVia, [one, ...more]) + objectionEnded.en(step);
    if (!one) return `${p} corrected its confirmation.`;
    if (!more.length) return `${p} corrected ${one.field}: ${replacing.en(one.to, one.from, one.added)}.${objectionEnded.en(step)}`;
    return `${p} corrected its confirmation: ${listed([one, ...more].map((f) => `${f.field} ${replacing.en(f.to, f.from, f.added)}`), 'en')}.${objectionEnded.en(step)}`;
  },
};

/**
 * bankpages: an overdraft's debit a bank corrected (bankdebt), for a reader of the estate's debts: the debit now, and before when the
 * account was overdrawn then too; nothing when the correction left no overdraft (the release is then awaited, as the card says).
 */
const debitCorrected: Record<Language, (step: ContractStep) => string> = {
  nl: (step) => {
    const b = step.corrected?.find((c) => c.field === 'balance');
    if (typeof b?.to !== 'number' || b.to >= 0) return '';
    return ` Het tekort op de rekening is nu ${money(-b.to, 'nl')}${typeof b.from === 'number' && b.from < 0 ? ` (was ${money(-b.from, 'nl')})` : ''}.`;
  },
  en: (step) => {
    const b = step.corrected?.find((c) => c.field === 'balance');
    if (typeof b?.to !== 'number' || b.to >= 0) return '';
    return ` The overdraft on the account is now ${money(-b.to, 'en')}${typeof b.from === 'number' && b.from < 0 ? ` (was ${money(-b.from, 'en')})` : ''}.`;
  },
};

/** Steps the state reached would tell as something else: supplied information is no new request, a dispute's end no new confirmation. */
/** v23 (dropcorr): the drop we wrote of was a mistake; the bill stands again. Its number only to a reader of the debts. */
// ownerdrop: undone on the provider's word (`receivedVia`), it says so; how and when it reached us follows (`PASSED_ON`).
// dropsrest: a bank's are its costs, named as its withdrawal's line names them (`theBill`); without the number „de kosten".
const dropUndone = {
  nl: (p: string, providerSaid: boolean, bill: string, bank?: boolean) =>
    `Eerder schreven we dat ${p} ${bill} had ingetrokken. ${providerSaid ? `${p} liet ons weten dat dat een vergissing was` : 'Dat klopte niet'}: ${p} heeft ${bank ? 'die kosten' : 'die rekening'} niet ingetrokken. ${bank ? 'De kosten staan' : 'De rekening staat'} weer open en we volgen ${bank ? 'ze' : 'die'} zoals daarvoor.`,
  en: (p: string, providerSaid: boolean, bill: string, bank?: boolean) =>
    `We wrote earlier that ${p} had withdrawn ${bill}. ${providerSaid ? `${p} told us that was a mistake` : 'That was wrong'}: ${p} did not withdraw that ${bank ? 'charge' : 'bill'}. The ${bank ? 'charge' : 'bill'} is open again and we follow it as before.`,
};
/**
 * v27 (claimundo): the claim we wrote was dropped whole was not; our stop of the collection stands again. No bill's number: the same for
 * every relative. repayback: the money we asked back of it is asked no more, and what the provider had already paid back is owed to it
 * again (the claim stood, so the estate's payment was owed): only what her receipts recorded.
 */
const claimDropUndone = {
  nl: (p: string, asked?: RepaymentWithdrawn) =>
    `Eerder schreven we dat ${p} de hele vordering had laten vallen. ${p} liet ons weten dat dat een vergissing was: de vordering is niet ingetrokken. Ons verzoek om de incasso op te schorten loopt weer.${
      asked ? ` Ons verzoek om terugbetaling is ingetrokken.${asked.repaid > 0 ? ` ${p} had al ${money(asked.repaid, 'nl')} terugbetaald; dat bedrag is de nalatenschap ${p} weer verschuldigd.` : ''}` : ''
    }`,
  en: (p: string, asked?: RepaymentWithdrawn) =>
    `We wrote earlier that ${p} had dropped the whole claim. ${p} told us that was a mistake: the claim has not been withdrawn. Our request to suspend the collection stands again.${
      asked ? ` Our request for repayment has been withdrawn.${asked.repaid > 0 ? ` ${p} had already paid back ${money(asked.repaid, 'en')}; the estate owes ${p} that amount again.` : ''}` : ''
    }`,
};
const STEPS: StepPhrases = {
  byEvent: {
    // committee (v22): the filing, told from its own step (the bills it named, the body, the day).
    COMMITTEE_FILED: { nl: ({ c, p, bank }, step) => COMMITTEE_FAMILY.change.nl(c, p, true, step, bank), en: ({ c, p, bank }, step) => COMMITTEE_FAMILY.change.en(c, p, true, step, bank) },
    // v26 (comcorr): the filing's day corrected (the case number is no word of the family's); no bill number, so the same for every relative.
    COMMITTEE_FILING_CORRECTED: {
      nl: (_, step) => (step.filingCorrected ? FILING_CORRECTED.family.nl(step.filingCorrected) : 'De gegevens van ons bezwaar bij de geschillencommissie zijn gecorrigeerd.'),
      en: (_, step) => (step.filingCorrected ? FILING_CORRECTED.family.en(step.filingCorrected) : 'The details of our objection with the disputes committee have been corrected.'),
    },
    // v17: the release the block left owed; the amount is the owner's to read.
    BALANCE_RELEASED: {
      nl: ({ p }) => `${p} heeft het saldo overgemaakt naar de boedelrekening.`,
      en: ({ p }) => `${p} has paid the balance to the estate account.`,
    },
    // v14: the owner took back a confirmation she recorded by mistake; the contract's standing says where it is now.
    TAKE_BACK_CONFIRMATION: { nl: ({ p, c }, step) => confirmationTakenBack.nl(p, c.action, step), en: ({ p, c }, step) => confirmationTakenBack.en(p, c.action, step) },
    // v15: told plainly: the number was wrong, the complaint is withdrawn, the provider handles the request again.
    COMPLAINT_WITHDRAWN: { nl: ({ p }, step) => complaintWithdrawn.nl(p, step, true), en: ({ p }, step) => complaintWithdrawn.en(p, step, true) },
    // v20: told plainly: the provider's rejection was a mistake it took back, and it handles the request after all (its note is the owner's to read).
    // famrest2: the rejection is said in it: no e-mail told the family of it (REJECT tells the family nothing; the owner answers it first).
    REJECTION_WITHDRAWN: {
      nl: ({ p }) => `${p} had het verzoek eerst afgewezen, maar heeft die afwijzing ingetrokken en behandelt het verzoek nu toch.`,
      en: ({ p }) => `${p} had first rejected the request, but took that rejection back and is handling the request after all.`,
    },
    // v27 (agencyundo): told plainly: the stop we wrote of was a mistake; our request to suspend the collection stands again.
    AGENCY_STOP_UNDONE: {
      nl: (_, step) => `We meldden eerder dat ${step.agencyStopUndone?.agency ?? 'het incassobureau'} de incasso had gestopt. Dat was een vergissing: de incasso is niet gestopt. Ons verzoek om de incasso op te schorten staat nog; we wachten op het antwoord.`,
      en: (_, step) => `We said earlier that ${step.agencyStopUndone?.agency ?? 'the collection agency'} had stopped the collection. That was a mistake: the collection has not stopped. Our request to suspend it stands; we are waiting for the answer.`,
    },
    // v23 (dropcorr): told plainly: the drop we wrote of was a mistake; the bill stands again (the card says where it is now).
    DROP_UNDONE: { nl: ({ p, bank }, step) => dropUndone.nl(p, step.receivedVia !== null, theBill.nl(step, bank), bank), en: ({ p, bank }, step) => dropUndone.en(p, step.receivedVia !== null, theBill.en(step, bank), bank) },
    CLAIM_DROP_UNDONE: { nl: ({ p }, step) => claimDropUndone.nl(p, step.repaymentWithdrawn), en: ({ p }, step) => claimDropUndone.en(p, step.repaymentWithdrawn) },
    // v16: the family no longer sees the withdrawn document, so the step does not name it.
    ANSWER_WITHDRAWN: {
      nl: ({ p }) => `We hebben een document ingetrokken dat we ${p} hadden gestuurd; we sturen ${p} een nieuw exemplaar zodra we dat hebben.`,
      en: ({ p }) => `We withdrew a document we had sent ${p}; we will send ${p} a new one once we have it.`,
    },
    // v12: a part answer is told as a part: the rest is still to come; one that enclosed nothing only said what follows.
    INFORMATION_SUPPLIED: {
      nl: ({ p }, step) =>
        step.nothingEnclosed
          ? `We hebben ${p} laten weten dat de gevraagde documenten later volgen; we sturen ze zodra we ze hebben.`
          : step.partAnswer
            ? `We hebben ${p} een deel van de gevraagde informatie gestuurd; de rest sturen we zodra we die hebben.`
            : `We hebben ${p} de gevraagde informatie gestuurd.`,
      en: ({ p }, step) =>
        step.nothingEnclosed
          ? `We told ${p} the documents it asked for will follow; we will send them once we have them.`
          : step.partAnswer
            ? `We sent ${p} part of the information it asked for; we will send the rest once we have it.`
            : `We sent ${p} the information it asked for.`,
    },
    // v4: an answer about one of several bills settles that bill only; v5: a credit note short of the disputed amount settles only what it credits.
    // bankdispute: a bank books its charge back (the letter's ask); it sends no credit note.
    CREDIT_NOTE_SENT: {
      nl: ({ p, bank }, step) =>
        bank && !step.partCredit && step.billLeft === null ? `${p} heeft de kosten${amountOf(step.amount, 'nl')} teruggeboekt; ${answeredOneOfSeveral(step) ? stillStands.nl(step, true) : 'het bezwaar is afgehandeld.'}`
        : creditOnCommitteeBill(step) ? COMMITTEE_OFFER.family.nl(p, step.amount, creditOnCommitteeBill(step)!, bank ? 'bank' : undefined)
        : step.partCredit ? `${creditedPart.nl(p, step.amount ?? 0, step.partCredit.reference, step.partCredit.remaining, Boolean(bank))} ${ownerLooksAtRest.nl}`
        : step.billLeft !== null ? `${creditedLeft.nl(p, step, step.billLeft, Boolean(bank))}${answeredOneOfSeveral(step) ? ` ${capitalised(stillStands.nl(step))}` : ''}`
        : answeredOneOfSeveral(step)
          ? `${p} heeft een creditnota${amountOf(step.amount, 'nl')} gestuurd voor rekening ${step.invoiceReference}; ${stillStands.nl(step)}`
          : `${p} heeft een creditnota${amountOf(step.amount, 'nl')} gestuurd${step.invoiceReference ? ` voor rekening ${step.invoiceReference}` : ''}; het bezwaar is afgehandeld.`,
      en: ({ p, bank }, step) =>
        bank && !step.partCredit && step.billLeft === null ? `${p} has booked the charge${amountOf(step.amount, 'en')} back; ${answeredOneOfSeveral(step) ? stillStands.en(step, true) : 'the dispute is settled.'}`
        : creditOnCommitteeBill(step) ? COMMITTEE_OFFER.family.en(p, step.amount, creditOnCommitteeBill(step)!, bank ? 'bank' : undefined)
        : step.partCredit ? `${creditedPart.en(p, step.amount ?? 0, step.partCredit.reference, step.partCredit.remaining, Boolean(bank))} ${ownerLooksAtRest.en}`
        : step.billLeft !== null ? `${creditedLeft.en(p, step, step.billLeft, Boolean(bank))}${answeredOneOfSeveral(step) ? ` ${capitalised(stillStands.en(step))}` : ''}`
        : answeredOneOfSeveral(step)
          ? `${p} sent a credit note${amountOf(step.amount, 'en')} for bill ${step.invoiceReference}; ${stillStands.en(step)}`
          : `${p} sent a credit note${amountOf(step.amount, 'en')}${step.invoiceReference ? ` for bill ${step.invoiceReference}` : ''}; the dispute is settled.`,
    },
    // A bill nobody disputed (a collection of it) is withdrawn, no objection settled.
    INVOICE_WITHDRAWN: {
      nl: ({ p, bank }, step) => (step.undisputedBill ? `${p} heeft ${theBill.nl(step, bank)} ingetrokken.` : `${p} heeft ${theBill.nl(step, bank)} ingetrokken; ${answeredOneOfSeveral(step) ? stillStands.nl(step, bank) : 'het bezwaar is afgehandeld.'}`),
      en: ({ p, bank }, step) => (step.undisputedBill ? `${p} withdrew ${theBill.en(step, bank)}.` : `${p} withdrew ${theBill.en(step, bank)}; ${answeredOneOfSeveral(step) ? stillStands.en(step, bank) : 'the dispute is settled.'}`),
    },
    // v5: the provider's word that the collection stopped; any bill still open stays disputed.
    COLLECTION_STOPPED: {
      nl: ({ p }, step) => `${collectionHalted.nl(p, step.collectionAnswer, true)}${stillDisputedAfterStop(step) ? leftAfterStop.nl(step, true) : '.'}`,
      en: ({ p }, step) => `${collectionHalted.en(p, step.collectionAnswer, true)}${stillDisputedAfterStop(step) ? leftAfterStop.en(step, true) : '.'}`,
    },
    // v5: the provider corrected its confirmation; what it changed, the new value first. v11: a corrected end date that
    // leaves no bill after it ended the objection, and the family is told the bill is now paid (as the owner is). bankpages: a
    // reader of the estate's debts reads an overdraft's corrected debit too (`debitCorrected`).
    COMPLETION_CORRECTED: {
      nl: (s, step) => `${CONFIRMATION_CORRECTED.nl(s, step)}${debitCorrected.nl(step)}`,
      en: (s, step) => `${CONFIRMATION_CORRECTED.en(s, step)}${debitCorrected.en(step)}`,
    },
    // v6: a bill recorded wrongly, corrected; one that bills no day after the end is owed, and we no longer object.
    BILL_CORRECTED: {
      nl: ({ p, biller }, { billCorrected: b }) =>
        `De gegevens van ${b?.bill ? `rekening ${b.bill}` : 'de rekening'} van ${p} zijn gecorrigeerd${b ? correctedBillFigures(b, 'nl', biller).map((f, i) => `${i ? ';' : ':'} ${f.field} is ${f.to} in plaats van ${f.from}`).join('') : ''}.${
          b?.withdrawn ? ' Die rekening gaat alleen over de tijd tot de einddatum en moet dus worden betaald; ons bezwaar ertegen is ingetrokken.' : ''}`,
      en: ({ p, biller }, { billCorrected: b }) =>
        `The details of ${p}'s bill${b?.bill ? ` ${b.bill}` : ''} have been corrected${b ? correctedBillFigures(b, 'en', biller).map((f, i) => `${i ? ';' : ':'} ${f.field} is ${f.to} instead of ${f.from}`).join('') : ''}.${
          b?.withdrawn ? ' That bill covers only the time up to the end date, so it has to be paid; we have withdrawn our objection to it.' : ''}`,
    },
    // A bill disputed: while a collection stop is asked (v5) the stop stays asked; while another bill is held to, no rejection.
    INVOICE_AFTER_END: billDisputedWords(CHANGE, {
      nl: (s) => `${CHANGE.disputed.nl(s)} Ons verzoek de incasso op te schorten loopt nog.`,
      en: (s) => `${CHANGE.disputed.en(s)} Our request to suspend the collection still stands.`,
    }),
    // v5: a rejection while a collection stop is asked keeps the stop.
    DISPUTE_REJECTED: {
      nl: ({ p, bank }, step) => `${p} wees ons bezwaar tegen ${theBill.nl(step, bank)} af${step.to === 'collectionStopRequested' ? '; ons verzoek de incasso op te schorten loopt nog' : ''}.`,
      en: ({ p, bank }, step) => `${p} rejected our objection to ${theBill.en(step, bank)}${step.to === 'collectionStopRequested' ? '; our request to suspend the collection still stands' : ''}.`,
    },
    // committee (v22): the complaints body's decision is told as its own, never as the provider's withdrawal.
    DISPUTE_RESOLVED: {
      nl: (s, step) => (step.committee ? COMMITTEE_DECIDED.nl(step.committee, `${s.bank ? `de ${chargeNl(decidedBill(step))}` : `rekening ${decidedBill(step)}`} van ${s.p}`, s.p, true, s.bank) : saysOutcome(step) ? SETTLED_WITH_OUTCOME.nl(s, step) : SETTLED_UNSAID.nl(s, step)),
      en: (s, step) => (step.committee ? COMMITTEE_DECIDED.en(step.committee, s.bank ? `the ${chargeEn(decidedBill(step))} of ${s.p}` : `${s.p}'s bill ${decidedBill(step)}`, s.p) : saysOutcome(step) ? SETTLED_WITH_OUTCOME.en(s, step) : SETTLED_UNSAID.en(s, step)),
    },
  },
  // Only v1's complaints: the other deadlines that keep the state alert the owner, and the portal does not tell them.
  deadlineKept: {
    disputed: CHANGE.disputeEscalated,
    collectionStopRequested: {
      nl: ({ p }) => `${p} bevestigde niet op tijd dat de incasso is gestopt; we hebben een klacht ingediend.`,
      en: ({ p }) => `${p} did not confirm in time that the collection has stopped; we filed a complaint.`,
    },
  },
};

/*
 * The family's words for a relative who does not read the estate's debts (`StatusWords.readsDebts`): a
 * grandchild or friend following the progress. They read that a bill came, what we did about it and how it
 * ended, never a bill's number, an amount, or what is to be paid: those are the heirs' (README "Bills to pay").
 * Only the sentences that name a bill differ; each replaces the heirs' sentence for its state or step.
 */

/** Bills counted, never numbered: all of them ("de rekening", "de rekeningen") or some of `of` ("een van de rekeningen"). */
/** `bank`: a bank's costs, its charges one by one „kostenposten" (bankowner). */
const billsCounted: Record<Language, (n: number, of: number, bank?: boolean) => string> = {
  nl: (n, of, bank) => (bank ? (n >= of ? 'de kosten' : n > 1 ? `${n} van de kostenposten` : 'een van de kostenposten') : n >= of ? (n > 1 ? 'de rekeningen' : 'de rekening') : n > 1 ? `${n} van de rekeningen` : 'een van de rekeningen'),
  en: (n, of, bank) => {
    const [one, several] = bank ? ['charge', 'charges'] : ['bill', 'bills'];
    return n >= of ? `the ${n > 1 ? several : one}` : n > 1 ? `${n} of the ${several}` : `one of the ${several}`;
  },
};
/** bankrest: the next step of a bank's disputed costs (`charges` as named): booked back, as its dispute letter asks. */
const chargeBookedBack: Record<Language, (p: string, due: string | null, charges: string) => string> = {
  nl: (p, due, charges) => `We verwachten dat ${p} ${charges} ${nlBy(due, 'binnenkort')} terugboekt; anders dienen we een klacht in.`,
  en: (p, due, charges) => `We expect ${p} to book ${charges} back ${enBy(due, 'soon')}; otherwise we will file a complaint.`,
};
/** bankwords3: `bank`, a bank's other costs, never a rekening (Dutch „kosten" are plural however many). */
const otherBills: Record<Language, (n: number, bank?: boolean) => string> = {
  nl: (n, bank) => (bank ? 'de andere kosten' : n > 1 ? 'de andere rekeningen' : 'de andere rekening'),
  en: (n, bank) => (n > 1 ? `the other ${bank ? 'charges' : 'bills'}` : `the other ${bank ? 'charge' : 'bill'}`),
};
/** What the provider did of part of a bill: a bank books its costs back, never credits them (bankowner). */
const creditedVerb: Record<Language, (bank?: boolean) => string> = {
  nl: (bank) => (bank ? 'teruggeboekt' : 'gecrediteerd'),
  en: (bank) => (bank ? 'booked back' : 'credited'),
};

/**
 * What is left of a bill credited in part, for a reader who reads no amounts: still open, as recorded — not that the provider
 * „holds to" it, which a credit note does not say (audit81 DISP-1; the heirs read the amounts, `creditedPart`).
 */
const restOpen: Record<Language, string> = { nl: 'de rest staat nog open.', en: 'the rest is still open.' };
/**
 * What the provider answered without settling: credited in part (the rest open), or held to in full. bankwords3: `bank`, a bank's
 * costs (booked back in part, its charges counted as „kostenposten"), never a rekening.
 */
const HELD_UNPRICED: Record<Language, (p: string, c: ContractContext, bank?: boolean) => string[]> = {
  nl: (p, c, bank) => {
    const credited = heldBills(c).filter((d) => d.credited).length;
    const rejected = heldBills(c).length - credited;
    return [
      ...(credited ? [`${p} heeft ${billsCounted.nl(credited, billCount(c), bank)} voor een deel ${creditedVerb.nl(bank)}; ${restOpen.nl}`] : []),
      ...(rejected ? [`${p} houdt vast aan ${billsCounted.nl(rejected, billCount(c), bank)} waartegen we bezwaar maakten.`] : []),
    ];
  },
  en: (p, c, bank) => {
    const credited = heldBills(c).filter((d) => d.credited).length;
    const rejected = heldBills(c).length - credited;
    return [
      ...(credited ? [`${p} has ${creditedVerb.en(bank)} part of ${billsCounted.en(credited, billCount(c), bank)}; ${restOpen.en}`] : []),
      ...(rejected ? [`${p} maintains ${billsCounted.en(rejected, billCount(c), bank)} we objected to.`] : []),
    ];
  },
};
/** The held bills, the objection to the rest that still stands, and that the owner decides. */
const HELD_AFTER_CREDIT_UNPRICED: Record<Language, (p: string, c: ContractContext, bank?: boolean) => string> = {
  nl: (p, c, bank) => [...HELD_UNPRICED.nl(p, c, bank), ...(unansweredBills(c).length ? [`Ons bezwaar tegen ${otherBills.nl(unansweredBills(c).length, bank)} loopt nog.`] : []), ownerDecidesUnpriced.nl].join(' '),
  en: (p, c, bank) => [...HELD_UNPRICED.en(p, c, bank), ...(unansweredBills(c).length ? [`Our objection to ${otherBills.en(unansweredBills(c).length, bank)} still stands.`] : []), ownerDecidesUnpriced.en].join(' '),
};
const HELD_FOR_OWNER_UNPRICED: Record<Language, (p: string, c: ContractContext, bank?: boolean) => string> = {
  nl: (p, c, bank) => [...HELD_UNPRICED.nl(p, c, bank), ownerDecidesUnpriced.nl].join(' '),
  en: (p, c, bank) => [...HELD_UNPRICED.en(p, c, bank), ownerDecidesUnpriced.en].join(' '),
};
/** The held bills told after the unanswered ones (the complaint): "the other" bills, one way they were answered, else as counted. */
const HELD_AFTER_UNANSWERED: Record<Language, (p: string, c: ContractContext, bank?: boolean) => string> = {
  nl: (p, c, bank) => {
    const held = heldBills(c);
    const credited = held.filter((d) => d.credited).length;
    const said = credited === held.length ? [`${p} heeft ${otherBills.nl(held.length, bank)} voor een deel ${creditedVerb.nl(bank)}; ${restOpen.nl}`] : credited === 0 ? [`Aan ${otherBills.nl(held.length, bank)} houdt ${p} vast.`] : HELD_UNPRICED.nl(p, c, bank);
    return [...said, ownerDecidesUnpriced.nl].join(' ');
  },
  en: (p, c, bank) => {
    const held = heldBills(c);
    const credited = held.filter((d) => d.credited).length;
    const said = credited === held.length ? [`${p} has ${creditedVerb.en(bank)} part of ${otherBills.en(held.length, bank)}; ${restOpen.en}`] : credited === 0 ? [`${p} maintains ${otherBills.en(held.length, bank)}.`] : HELD_UNPRICED.en(p, c, bank);
    return [...said, ownerDecidesUnpriced.en].join(' ');
  },
};
// payoutdate2 (audit105 F1): a payout request's notas disputed from the date of death (`allAfterDeath`, `insurance` 'life') are after it.
const endEvent: Record<Language, (c: DisputeFacts, insurance?: string | null) => string> = {
  nl: (c, insurance) => {
    const law = endedByLawOf(c, openDisputesOf(c));
    return allAfterDeath(insurance, c.effectiveDate, openDisputesOf(c)) ? 'de datum van overlijden' : law ? `de einddatum van rechtswege (${longDate(law, 'nl')})` : c.action === 'cancel' ? 'de einddatum' : 'de overzetting';
  },
  en: (c, insurance) => {
    const law = endedByLawOf(c, openDisputesOf(c));
    return allAfterDeath(insurance, c.effectiveDate, openDisputesOf(c)) ? 'the date of death' : law ? `the end date by law (${longDate(law, 'en')})` : c.action === 'cancel' ? 'the end date' : 'the transfer';
  },
};

const STATUS_UNPRICED: Partial<Phrases> = {
  withCommittee: { nl: ({ c, p, bank }) => COMMITTEE_FAMILY.status.nl(c, p, false, undefined, bank), en: ({ c, p, bank }) => COMMITTEE_FAMILY.status.en(c, p, false, undefined, bank) },
  confirmed: confirmedPhrase(false),
  disputed: {
    nl: (s) =>
      heldBeside(s.c)
        ? `${HELD_FOR_OWNER_UNPRICED.nl(s.p, s.c, s.bank)} ${OBJECTION_AWAITED.nl(s, otherBills.nl(unansweredBills(s.c).length, s.bank), unansweredBills(s.c).length > 1)}`
      : s.bank ? `${s.p} heeft kosten in rekening gebracht. ${AWAITED.nl(s, 'We hebben gevraagd die kosten terug te boeken')}`
      : billCount(s.c) > 1
        ? `${s.p} heeft na ${endEvent.nl(s.c, s.insurance)} nog ${billCount(s.c)} rekeningen gestuurd. ${AWAITED.nl(s, 'We hebben tegen elk bezwaar gemaakt')}`
        : `${s.p} heeft na ${endEvent.nl(s.c, s.insurance)} nog een rekening gestuurd. ${AWAITED.nl(s, 'We hebben bezwaar gemaakt')}`,
    en: (s) =>
      heldBeside(s.c)
        ? `${HELD_FOR_OWNER_UNPRICED.en(s.p, s.c, s.bank)} ${OBJECTION_AWAITED.en(s, otherBills.en(unansweredBills(s.c).length, s.bank), unansweredBills(s.c).length > 1)}`
      : s.bank ? `${s.p} charged costs to the account. ${AWAITED.en(s, 'We have asked for them to be booked back')}`
      : billCount(s.c) > 1
        ? `${s.p} sent ${billCount(s.c)} bills after ${endEvent.en(s.c, s.insurance)}. ${AWAITED.en(s, 'We have disputed each of them')}`
        : `${s.p} sent a bill after ${endEvent.en(s.c, s.insurance)}. ${AWAITED.en(s, 'We have disputed it')}`,
  },
  disputeEscalated: thenCalled({
    nl: ({ p, c, bank }) =>
      heldBeside(c)
        ? `${p} heeft niet gereageerd op ons bezwaar tegen ${billsCounted.nl(unansweredBills(c).length, billCount(c), bank)}. We hebben een klacht ingediend. ${HELD_AFTER_UNANSWERED.nl(p, c, bank)}`
        : `${p} heeft niet gereageerd op ons bezwaar tegen ${billsCounted.nl(billCount(c), billCount(c), bank)}. We hebben een klacht ingediend.`,
    en: ({ p, c, bank }) =>
      heldBeside(c)
        ? `${p} did not answer our objection to ${billsCounted.en(unansweredBills(c).length, billCount(c), bank)}. We have filed a complaint. ${HELD_AFTER_UNANSWERED.en(p, c, bank)}`
        : `${p} did not answer our objection to ${billsCounted.en(billCount(c), billCount(c), bank)}. We have filed a complaint.`,
  }),
  // A v1–v3 dispute recorded no bills: the provider holds to "the bill".
  disputeRejected: {
    nl: ({ p, c, bank }) => (heldBills(c).length ? HELD_AFTER_CREDIT_UNPRICED.nl(p, c, bank) : `${p} houdt vast aan de rekening waartegen we bezwaar maakten. Uw contactpersoon bekijkt wat we nu doen en laat het u weten.`),
    en: ({ p, c, bank }) => (heldBills(c).length ? HELD_AFTER_CREDIT_UNPRICED.en(p, c, bank) : `${p} maintains the bill we objected to. Your contact person is looking at what to do next and will let you know.`),
  },
  collectionStopRequested: thenCalled({
    nl: ({ p, c, stopSentOn, bank }) =>
      `Er kwam een brief van een incassobureau over het contract bij ${p}. ${stopAsked.nl(stopSentOn)}; u hoeft hier zelf niets aan te doen.${heldBills(c).length ? ` ${HELD_AFTER_CREDIT_UNPRICED.nl(p, c, bank)}` : ''}`,
    en: ({ p, c, stopSentOn, bank }) =>
      `A debt-collection letter arrived about the contract with ${p}. ${stopAsked.en(stopSentOn)}; you do not need to do anything yourself.${heldBills(c).length ? ` ${HELD_AFTER_CREDIT_UNPRICED.en(p, c, bank)}` : ''}`,
  }, 'stop'),
};

const NEXT_UNPRICED: Partial<Phrases> = {
  disputed: {
    nl: ({ p, due, c, bank, goesOn }) =>
      goesOn ? AFTER_CHASE.nl(p, 'complaint')
      : bank ? chargeBookedBack.nl(p, due, heldBeside(c) ? otherBills.nl(unansweredBills(c).length, true) : 'de kosten')
      : `We verwachten dat ${p} ${answerAwaitedApart(c) ? otherBills.nl(unansweredBills(c).length) : billsOutsideCommittee(c) > 1 ? 'elke rekening' : 'de rekening'} ${nlBy(due, 'binnenkort')} corrigeert of intrekt; anders dienen we een klacht in.`,
    en: ({ p, due, c, bank, goesOn }) =>
      goesOn ? AFTER_CHASE.en(p, 'complaint')
      : bank ? chargeBookedBack.en(p, due, heldBeside(c) ? otherBills.en(unansweredBills(c).length, true) : unansweredBills(c).length > 1 ? 'the charges' : 'the charge')
      : `We expect ${p} to correct or withdraw ${answerAwaitedApart(c) ? otherBills.en(unansweredBills(c).length) : billsOutsideCommittee(c) > 1 ? 'each bill' : 'the bill'} ${enBy(due, 'soon')}; otherwise we will file a complaint.`,
  },
};

const CHANGE_UNPRICED: Partial<Phrases> = {
  withCommittee: { nl: ({ c, p, bank }) => COMMITTEE_FAMILY.change.nl(c, p, false, undefined, bank), en: ({ c, p, bank }) => COMMITTEE_FAMILY.change.en(c, p, false, undefined, bank) },
  disputeEscalated: {
    nl: ({ p }) => `${p} reageerde niet op ons bezwaar; we hebben een klacht ingediend.`,
    en: ({ p }) => `${p} did not answer our objection; we filed a complaint.`,
  },
};

/** The objection that stands after a step: to the bills still open (`others`: besides the one the step answered); `bank`: its costs. */
const stillStandsUnpriced: Record<Language, (step: ContractStep, others: boolean, bank?: boolean) => string> = {
  nl: (step, others, bank) => {
    const several = (step.billsStillOpen?.length || 2) > 1;
    const bills = others ? otherBills.nl(several ? 2 : 1, bank) : billsCounted.nl(several ? 2 : 1, several ? 2 : 1, bank);
    return several ? `onze bezwaren tegen ${bills} lopen nog.` : `ons bezwaar tegen ${bills} loopt nog.`;
  },
  en: (step, others, bank) => {
    const several = (step.billsStillOpen?.length || 2) > 1;
    const bills = others ? otherBills.en(several ? 2 : 1, bank) : billsCounted.en(several ? 2 : 1, several ? 2 : 1, bank);
    return several ? `our objections to ${bills} still stand.` : `our objection to ${bills} still stands.`;
  },
};
/** v11: an end date corrected while a bill was disputed, after which no bill falls past it: the objection ended, the bill is paid. */
/**
 * A corrected confirmation the case owner recorded: the provider told her otherwise by phone, post or e-mail; it corrected
 * nothing itself (its page reads "(vastgelegd door …)" beside it; README, receivedvia).
 */
type Changed = { field: string; from: string; to: string; added: boolean; removed: boolean };
const toldOtherwise: Record<Language, (p: string, via: ReceivedVia, changed: Changed[]) => string> = {
  // Each change as a clause after "dat": a value first recorded, one taken away, one for another.
  nl: (p, via, changed) =>
    `${p} gaf ${RECEIVED_VIA_WORDS.nl[via]} door dat ${listed(changed.map((f) => (f.removed ? `${f.field} vervalt (was ${f.from})` : f.added ? `${f.field} ${f.to} is` : `${f.field} ${f.to} is in plaats van ${f.from}`)), 'nl')}.`,
  en: (p, via, changed) =>
    `${p} told us ${RECEIVED_VIA_WORDS.en[via]} that ${listed(changed.map((f) => (f.removed ? `${f.field} no longer applies (it was ${f.from})` : f.added ? `${f.field} is ${f.to}` : `${f.field} is ${f.to} instead of ${f.from}`)), 'en')}.`,
};
const objectionEnded: Record<Language, (step: ContractStep) => string> = {
  nl: (step) => (DISPUTE_STATES.includes(step.from) && !step.billsStillOpen?.length ? ' Daardoor valt er geen rekening meer na de einddatum: het bezwaar is ingetrokken en de rekening wordt betaald uit de nalatenschap.' : ''),
  en: (step) => (DISPUTE_STATES.includes(step.from) && !step.billsStillOpen?.length ? ' No bill falls after the end date any more: the objection is withdrawn and the bill is paid from the estate.' : ''),
};
/** A credit note that left its bill partly open: which bill, when others are open beside it. */
const partlyCredited: Record<Language, (p: string, step: ContractStep, bank: boolean) => string> = {
  nl: (p, step, bank) =>
    bank ? `${p} heeft een deel van de kosten teruggeboekt; ${restOpen.nl} ${ownerDecidesUnpriced.nl}`
    : `${p} heeft ${(step.billsStillOpen?.length ?? 1) > 1 ? 'een van de rekeningen' : 'de rekening'} voor een deel gecrediteerd; ${restOpen.nl} ${ownerDecidesUnpriced.nl}`,
  en: (p, step, bank) =>
    bank ? `${p} has booked part of the charge back; ${restOpen.en} ${ownerDecidesUnpriced.en}`
    : `${p} has credited part of ${(step.billsStillOpen?.length ?? 1) > 1 ? 'one of the bills' : 'the bill'}; ${restOpen.en} ${ownerDecidesUnpriced.en}`,
};
/** A corrected confirmation: its final bill's amount is the heirs'; that the final bill was corrected is said. */
const finalBillCorrected: Record<Language, { alone: (p: string, via: ReceivedVia | null) => string; too: string }> = {
  nl: { alone: (p, via) => (via ? `${p} gaf ${RECEIVED_VIA_WORDS.nl[via]} door dat de eindafrekening anders is.` : `${p} heeft de eindafrekening gecorrigeerd.`), too: 'Ook de eindafrekening is gecorrigeerd.' },
  en: { alone: (p, via) => (via ? `${p} told us ${RECEIVED_VIA_WORDS.en[via]} that the final bill is different.` : `${p} corrected the final bill.`), too: 'The final bill was corrected too.' },
};
const completionCorrectedUnpriced = (lang: Language): StepPhrase => (s, step) => {
  const told = CONFIRMATION_CORRECTED[lang];
  const rest = step.corrected.filter((f) => f.field !== 'finalInvoiceAmount');
  if (rest.length === step.corrected.length) return told(s, step);
  return rest.length ? `${told(s, { ...step, corrected: rest })} ${finalBillCorrected[lang].too}` : finalBillCorrected[lang].alone(s.p, step.receivedVia);
};

/** The owner's word on the bills, as recorded (`outcome`): what happens with them, not which nor for how much. */
const SETTLED_UNPRICED: Record<Language, StepPhrase> = {
  nl: ({ p, bank }, step) => {
    if (step.insideCover) return coverTookIn.nl(p, step, step.insideCover, false);
    const several = step.settled.length > 1 || bank;
    const credited = step.settled.filter((b) => b.credited).length;
    const bills = billsCounted.nl(step.settled.length, step.settled.length + (answeredOneOfSeveral(step) ? 1 : 0), bank);
    const said = {
      payFromEstate: !step.settled.every((b) => b.held) ? `${capitalised(bills)} van ${p} ${several ? 'worden' : 'wordt'} betaald uit de nalatenschap.`
        : !credited ? `${p} houdt vast aan ${bills}; die ${several ? 'worden' : 'wordt'} betaald uit de nalatenschap.`
        : credited === step.settled.length ? `${p} heeft ${bills} voor een deel ${creditedVerb.nl(bank)}; de rest wordt betaald uit de nalatenschap.`
        : `${p} heeft ${billsCounted.nl(credited, step.settled.length, bank)} voor een deel ${creditedVerb.nl(bank)} en houdt vast aan ${otherBills.nl(step.settled.length - credited, bank)}; wat daarvan nog openstaat, wordt betaald uit de nalatenschap.`,
      alreadyPaid: `${capitalised(bills)} van ${p} ${several ? 'zijn' : 'is'} al betaald.`,
      providerWithdrew: `${p} heeft ${bills} alsnog ingetrokken.`,
    }[step.outcome!];
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(stillStandsUnpriced.nl(step, true, bank))}` : said;
  },
  en: ({ p, bank }, step) => {
    if (step.insideCover) return coverTookIn.en(p, step, step.insideCover, false);
    const several = step.settled.length > 1;
    const credited = step.settled.filter((b) => b.credited).length;
    const bills = billsCounted.en(step.settled.length, step.settled.length + (answeredOneOfSeveral(step) ? 1 : 0), bank);
    const said = {
      payFromEstate: !step.settled.every((b) => b.held) ? `${capitalised(bills)} from ${p} will be paid from the estate.`
        : !credited ? `${p} maintains ${bills}; ${several ? 'they' : 'it'} will be paid from the estate.`
        : credited === step.settled.length ? `${p} has ${creditedVerb.en(bank)} part of ${bills}; the rest will be paid from the estate.`
        : `${p} has ${creditedVerb.en(bank)} part of ${billsCounted.en(credited, step.settled.length, bank)} and maintains ${otherBills.en(step.settled.length - credited, bank)}; what is still owed of them will be paid from the estate.`,
      alreadyPaid: `${capitalised(bills)} from ${p} ${several ? 'have' : 'has'} already been paid.`,
      providerWithdrew: `${p} has withdrawn ${bills} after all.`,
    }[step.outcome!];
    return answeredOneOfSeveral(step) ? `${said} ${capitalised(stillStandsUnpriced.en(step, true, bank))}` : said;
  },
};
const SETTLED_UNSAID_UNPRICED: Record<Language, StepPhrase> = {
  nl: ({ p, bank }, step) =>
    answeredOneOfSeveral(step)
      ? `Het bezwaar tegen ${billsCounted.nl(1, 2, bank)} van ${p} is afgehandeld; ${stillStandsUnpriced.nl(step, true, bank)}`
      : step.from === 'collectionStopRequested' ? `De incasso over ${p} is afgehandeld.` : `Het bezwaar tegen ${billsCounted.nl(1, 1, bank)} van ${p} is afgehandeld.`,
  en: ({ p, bank }, step) =>
    answeredOneOfSeveral(step)
      ? `The objection to ${bank ? `one of ${p}'s charges` : `one of ${p}'s bills`} has been dealt with; ${stillStandsUnpriced.en(step, true, bank)}`
      : step.from === 'collectionStopRequested' ? `The debt collection about ${p} has been dealt with.` : `The objection to ${p}'s ${bank ? 'charge' : 'bill'} has been dealt with.`,
};

const STEPS_UNPRICED: StepPhrases = {
  byEvent: {
    ...STEPS.byEvent,
    // committee (v22): the filing, told from its own step (the body, the day), without the bill's number (comlater2: it stood before the
    // priced steps' spread, which overrode it, so a relative outside the debts read „rekening F-9").
    COMMITTEE_FILED: { nl: ({ c, p, bank }, step) => COMMITTEE_FAMILY.change.nl(c, p, false, step, bank), en: ({ c, p, bank }, step) => COMMITTEE_FAMILY.change.en(c, p, false, step, bank) },
    // v23 (dropcorr): the same, without the bill's number (familybill's rule).
    DROP_UNDONE: { nl: ({ p, bank }, step) => dropUndone.nl(p, step.receivedVia !== null, bank ? 'de kosten' : 'de rekening', bank), en: ({ p, bank }, step) => dropUndone.en(p, step.receivedVia !== null, bank ? 'the charge' : 'the bill', bank) },
    CREDIT_NOTE_SENT: {
      nl: ({ p, bank }, step) =>
        bank && !step.partCredit && step.billLeft === null ? `${p} heeft de kosten teruggeboekt; ${answeredOneOfSeveral(step) ? stillStandsUnpriced.nl(step, true, bank) : 'het bezwaar is afgehandeld.'}`
        : creditOnCommitteeBill(step) ? COMMITTEE_OFFER.familyUnpriced.nl(p, step.amount, creditOnCommitteeBill(step)!, bank ? 'bank' : undefined)
        : step.partCredit ? partlyCredited.nl(p, step, Boolean(bank))
        : bank ? `${p} heeft het betwiste deel van ${billsCounted.nl(1, answeredOneOfSeveral(step) ? 2 : 1, true)} teruggeboekt; ${answeredOneOfSeveral(step) ? stillStandsUnpriced.nl(step, true, true) : 'het bezwaar is afgehandeld.'} De rest ervan wordt betaald uit de nalatenschap.`
        : step.billLeft !== null ? `${p} heeft het betwiste deel van ${answeredOneOfSeveral(step) ? `een van de rekeningen gecrediteerd; ${stillStandsUnpriced.nl(step, true, bank)}` : 'de rekening gecrediteerd; het bezwaar is afgehandeld.'} De rest van ${answeredOneOfSeveral(step) ? 'die' : 'de'} rekening wordt betaald uit de nalatenschap.`
        : answeredOneOfSeveral(step) ? `${p} heeft een van de rekeningen gecrediteerd; ${stillStandsUnpriced.nl(step, true, bank)}`
        : `${p} heeft de rekening gecrediteerd; het bezwaar is afgehandeld.`,
      en: ({ p, bank }, step) =>
        bank && !step.partCredit && step.billLeft === null ? `${p} has booked the charge back; ${answeredOneOfSeveral(step) ? stillStandsUnpriced.en(step, true, bank) : 'the dispute is settled.'}`
        : creditOnCommitteeBill(step) ? COMMITTEE_OFFER.familyUnpriced.en(p, step.amount, creditOnCommitteeBill(step)!, bank ? 'bank' : undefined)
        : step.partCredit ? partlyCredited.en(p, step, Boolean(bank))
        : bank ? `${p} has booked back the disputed part of ${billsCounted.en(1, answeredOneOfSeveral(step) ? 2 : 1, true)}; ${answeredOneOfSeveral(step) ? stillStandsUnpriced.en(step, true, true) : 'the dispute is settled.'} The rest of it is paid from the estate.`
        : step.billLeft !== null ? `${p} has credited the disputed part of ${answeredOneOfSeveral(step) ? `one of the bills; ${stillStandsUnpriced.en(step, true, bank)}` : 'the bill; the dispute is settled.'} The rest of ${answeredOneOfSeveral(step) ? 'that' : 'the'} bill is paid from the estate.`
        : answeredOneOfSeveral(step) ? `${p} has credited one of the bills; ${stillStandsUnpriced.en(step, true, bank)}`
        : `${p} has credited the bill; the dispute is settled.`,
    },
    INVOICE_WITHDRAWN: {
      nl: ({ p, bank }, step) =>
        step.undisputedBill ? `${p} heeft ${billsCounted.nl(1, 1, bank)} ingetrokken.`
        : answeredOneOfSeveral(step) ? `${p} heeft ${billsCounted.nl(1, 2, bank)} ingetrokken; ${stillStandsUnpriced.nl(step, true, bank)}`
        : `${p} heeft ${billsCounted.nl(1, 1, bank)} ingetrokken; het bezwaar is afgehandeld.`,
      en: ({ p, bank }, step) =>
        step.undisputedBill ? `${p} withdrew ${billsCounted.en(1, 1, bank)}.`
        : answeredOneOfSeveral(step) ? `${p} withdrew ${billsCounted.en(1, 2, bank)}; ${stillStandsUnpriced.en(step, true, bank)}`
        : `${p} withdrew ${billsCounted.en(1, 1, bank)}; the dispute is settled.`,
    },
    COLLECTION_STOPPED: {
      nl: ({ p, bank }, step) => `${collectionHalted.nl(p, step.collectionAnswer, false)}${stillDisputedAfterStop(step) ? leftAfterStop.nl(step, false, bank) : '.'}`,
      en: ({ p, bank }, step) => `${collectionHalted.en(p, step.collectionAnswer, false)}${stillDisputedAfterStop(step) ? leftAfterStop.en(step, false, bank) : '.'}`,
    },
    COMPLETION_CORRECTED: { nl: completionCorrectedUnpriced('nl'), en: completionCorrectedUnpriced('en') },
    // What a bill that covers only the time up to the end date means for paying is the heirs'.
    BILL_CORRECTED: {
      nl: ({ p, bank }, { billCorrected: b }) =>
        bank ? `De gegevens van de kosten van ${p} zijn gecorrigeerd.${b?.withdrawn ? ' Die kosten gaan alleen over de tijd tot de datum die de bank bevestigde; ons bezwaar ertegen is ingetrokken.' : ''}`
        : `De gegevens van de rekening van ${p} zijn gecorrigeerd.${b?.withdrawn ? ' Die rekening gaat alleen over de tijd tot de einddatum; ons bezwaar ertegen is ingetrokken.' : ''}`,
      en: ({ p, bank }, { billCorrected: b }) =>
        bank ? `The details of ${p}'s charge have been corrected.${b?.withdrawn ? ' That charge covers only the time up to the date the bank confirmed; we have withdrawn our objection to it.' : ''}`
        : `The details of ${p}'s bill have been corrected.${b?.withdrawn ? ' That bill covers only the time up to the end date; we have withdrawn our objection to it.' : ''}`,
    },
    DISPUTE_REJECTED: {
      nl: ({ p, bank }, step) => `${p} wees ons bezwaar tegen ${bank ? 'de kosten' : 'de rekening'} af${step.to === 'collectionStopRequested' ? '; ons verzoek de incasso op te schorten loopt nog' : ''}.`,
      en: ({ p, bank }, step) => `${p} rejected our objection to ${bank ? 'the charge' : 'the bill'}${step.to === 'collectionStopRequested' ? '; our request to suspend the collection still stands' : ''}.`,
    },
    DISPUTE_RESOLVED: {
      nl: (s, step) => (step.committee ? COMMITTEE_DECIDED.nl(step.committee, `${s.bank ? 'de kosten' : 'de rekening'} van ${s.p}`, s.p, false, s.bank) : saysOutcome(step) ? SETTLED_UNPRICED.nl(s, step) : SETTLED_UNSAID_UNPRICED.nl(s, step)),
      en: (s, step) => (step.committee ? COMMITTEE_DECIDED.en(step.committee, s.bank ? `the charges of ${s.p}` : `${s.p}'s bill`, s.p, false) : saysOutcome(step) ? SETTLED_UNPRICED.en(s, step) : SETTLED_UNSAID_UNPRICED.en(s, step)),
    },
  },
  deadlineKept: { ...STEPS.deadlineKept, disputed: CHANGE_UNPRICED.disputeEscalated },
};

/** The family's tables, for the completeness test; the portal reads them through the functions below. */
export const FAMILY_WORDING = { status: STATUS, next: NEXT, change: CHANGE, steps: STEPS };
/** The same for a relative who does not read the estate's debts: the heirs' sentences but those naming a bill. */
export const FAMILY_WORDING_WITHOUT_DEBTS = {
  status: { ...STATUS, ...STATUS_UNPRICED } as Phrases,
  next: { ...NEXT, ...NEXT_UNPRICED } as Phrases,
  change: { ...CHANGE, ...CHANGE_UNPRICED } as Phrases,
  steps: STEPS_UNPRICED,
};
/** The reader's tables: the heirs' only for a reader of the estate's debts (`StatusWords.readsDebts`). */
const familyWording = (readsDebts: boolean | undefined) => (readsDebts ? FAMILY_WORDING : FAMILY_WORDING_WITHOUT_DEBTS);

/** Where the contract stands, e.g. "We have asked KPN to end the contract; KPN should answer by 7 December 2026." */
export function contractStatusText(state: ContractState, context: ContractContext, lang: Language, words: StatusWords = {}): string {
  const withBody = committeeBeside(state, context) ? ` ${COMMITTEE_FAMILY.change[lang](context, words.providerName || SOME_PROVIDER[lang], Boolean(words.readsDebts), undefined, Boolean(words.bankAccount))}` : '';
  return `${say(familyWording(words.readsDebts).status, state, besideCommittee(state, context), lang, words)}${withBody}${releaseBesideDispute(state, context) ? ` ${RELEASE_AWAITED[lang]}` : ''}`;
}

/** What happens next and when, e.g. "If KPN has not answered by 7 December 2026, we will send a reminder." */
export function contractNextStep(state: ContractState, context: ContractContext, lang: Language, words: StatusWords = {}): string {
  return say(familyWording(words.readsDebts).next, state, context, lang, words);
}

/**
 * What a step did, for the family's timeline, e.g. "KPN withdrew the bill; the dispute is settled."; no due date, it
 * describes the past. `readsDebts`: as `StatusWords.readsDebts` (absent: not).
 */
export function contractChangeText(step: ContractStep, context: ContractContext, lang: Language, providerName?: string, readsDebts = false, asked: RequestAsked = {}): string {
  const { change, steps } = familyWording(readsDebts);
  const said = sayStep(change, steps, step, context, lang, providerName, asked);
  return step.receivedVia && PASSED_ON_EVENTS.includes(step.event) ? `${said} ${PASSED_ON[lang](step.receivedVia, step.toldOn)}` : said;
}

/** collwho: whose word the collection stop is (the agency's, named, is not the provider's) and what it did: stopped, or suspended. */
/**
 * collclaim: the provider dropped the whole claim it handed to the agency; a reader of the estate's debts (`priced`) reads which bills
 * with it need not be paid, another only that the claim was dropped.
 */
const claimDropped: Record<Language, (p: string, claim: DroppedClaim, priced: boolean, toldOn: string | null) => string> = {
  nl: (p, claim, priced, toldOn) => {
    // dropday (audit89 F2): the whole claim, the final bill included; what was paid of it is said paid (before or after the drop), not waived.
    const paid = priced ? paidOnDroppedBill(claim, toldOn) : null;
    const open = paid ? { ...claim, finalBill: null } : claim;
    const bills = priced ? droppedBillsNamed(open, 'nl', { finalBill: (_ref, amount) => `de eindafrekening van ${amount}`, bill: (ref, amount) => `rekening ${ref} van ${amount}` }) : '';
    const several = open.bills.length + (open.finalBill ? 1 : 0) > 1;
    return `${p} liet de hele vordering vallen${paid ? `, ook de eindafrekening van ${money(paid.whole, 'nl')}, ${paidOfDroppedBill(paid, 'nl')}` : ''}${bills ? `${paid ? '; ' : ': '}${bills} ${several ? 'hoeven' : 'hoeft'} niet meer betaald te worden` : ''}; de incasso is gestopt`;
  },
  en: (p, claim, priced, toldOn) => {
    const paid = priced ? paidOnDroppedBill(claim, toldOn) : null;
    const open = paid ? { ...claim, finalBill: null } : claim;
    const bills = priced ? droppedBillsNamed(open, 'en', { finalBill: (_ref, amount) => `the final bill of ${amount}`, bill: (ref, amount) => `bill ${ref} of ${amount}` }) : '';
    return `${p} dropped the whole claim${paid ? `, the final bill of ${money(paid.whole, 'en')} included, ${paidOfDroppedBill(paid, 'en')}` : ''}${bills ? `${paid ? '; ' : ': '}${bills} no longer ${open.bills.length + (open.finalBill ? 1 : 0) > 1 ? 'have' : 'has'} to be paid` : ''}; the debt collection has stopped`;
  },
};
/**
 * audit101: what is left of the bills once the collection stopped. The objection to a bill the provider has not answered still runs; about
 * a bill it answered without settling it (held to, or credited in part: `billsHeld`) the owner decides, as the card says (`ownerLooksAtRest`),
 * so the history does not say that objection still runs (waiting on the provider). `priced`: the reader reads the estate's debts (names bills).
 */
const leftAfterStop: Record<Language, (step: ContractStep, priced: boolean, bank?: boolean) => string> = {
  nl: (step, priced, bank) => {
    const held = step.billsHeld ?? [];
    if (!held.length) return `; ${priced ? stillStands.nl(step) : stillStandsUnpriced.nl(step, false, bank)}`;
    const others = { ...step, billsStillOpen: (step.billsStillOpen ?? []).filter((r) => !held.includes(r)) };
    const running = others.billsStillOpen.length ? ` ${capitalised(priced ? stillStands.nl(others) : stillStandsUnpriced.nl(others, true, bank))}` : '';
    return `.${running} ${priced ? `Uw contactpersoon beslist of we betalen wat nog gevraagd wordt voor ${namedBills(held, 'nl', { one: 'rekening', several: 'rekeningen', unknown: '' }).words} of verder bezwaar maken, en laat het u weten.` : ownerDecidesUnpriced.nl}`;
  },
  en: (step, priced, bank) => {
    const held = step.billsHeld ?? [];
    if (!held.length) return `; ${priced ? stillStands.en(step) : stillStandsUnpriced.en(step, false, bank)}`;
    const others = { ...step, billsStillOpen: (step.billsStillOpen ?? []).filter((r) => !held.includes(r)) };
    const running = others.billsStillOpen.length ? ` ${capitalised(priced ? stillStands.en(others) : stillStandsUnpriced.en(others, true, bank))}` : '';
    return `.${running} ${priced ? `Your contact person decides whether we pay what is still asked for ${namedBills(held, 'en', { one: 'bill', several: 'bills', unknown: '' }).words} or object further, and will let you know.` : ownerDecidesUnpriced.en}`;
  },
};
const collectionHalted: Record<Language, (p: string, a: CollectionAnswer | null, priced: boolean) => string> = {
  nl: (p, a, priced) => a?.dropped ? claimDropped.nl(p, a.dropped, priced, a.toldOn) : a && a.by === null
    ? `Er is ons laten weten dat de incasso is ${a.suspended ? 'opgeschort' : 'gestopt'}; niet vastgelegd is of ${p} of het incassobureau dat deed`
    : `${a?.agency ? `${a.agency} (incassobureau)` : p} heeft laten weten dat de incasso is ${a?.suspended ? 'opgeschort' : 'gestopt'}`,
  en: (p, a, priced) => a?.dropped ? claimDropped.en(p, a.dropped, priced, a.toldOn) : a && a.by === null
    ? `We were told that the debt collection has ${a.suspended ? 'been suspended' : 'stopped'}; it was not recorded whether ${p} or the collection agency told us`
    : `${a?.agency ? `${a.agency} (the collection agency)` : p} told us that the debt collection has ${a?.suspended ? 'been suspended' : 'stopped'}`,
};

/**
 * deskwords (audit92 F12): a collection an answer to our stop only suspended while the objection runs (as the owner recorded it, or the
 * agency or provider said), said beside where the contract stands until that ends: it can start again. Who said so as recorded (the
 * agency by name; null: not recorded who), and the collection letter's particulars; a reader outside the estate's debts (`priced` false)
 * reads no kenmerk or amount.
 */
export interface SuspendedCollectionFacts {
  answer: Pick<CollectionAnswer, 'by' | 'agency'> & { suspended?: boolean };
  claim: { agency: string | null; reference: string | null; amount: number | null };
}
export function collectionSuspendedText(s: SuspendedCollectionFacts, provider: string, lang: Language, priced: boolean): string {
  const nl = lang === 'nl';
  const { agency, which } = collectionNamed(s, lang, priced);
  // audit95 F5: a collection stopped (`suspended` false), said as recorded: who stopped which collection. Not that nothing is owed to the
  // agency: the bill behind it is still disputed, and no answer records what the agency may still claim.
  if (s.answer.suspended === false) {
    if (nl) return s.answer.by === 'agency' ? `${capitalised(agency)} heeft de incasso${which} gestopt.` : `${s.answer.by === null ? 'Er is ons laten weten' : `${provider} liet weten`} dat de incasso door ${agency}${which} is gestopt.`;
    return s.answer.by === 'agency' ? `${capitalised(agency)} has stopped the debt collection${which}.` : `${s.answer.by === null ? 'We were told' : `${provider} told us`} that the debt collection by ${agency}${which} has stopped.`;
  }
  if (nl) {
    const said = s.answer.by === 'agency' ? `${capitalised(agency)} heeft de incasso${which} opgeschort` : `${s.answer.by === null ? 'Er is ons laten weten' : `${provider} liet weten`} dat de incasso door ${agency}${which} is opgeschort`;
    return `${said} zolang het bezwaar loopt; die kan weer beginnen.`;
  }
  const said = s.answer.by === 'agency' ? `${capitalised(agency)} has suspended the debt collection${which}` : `${s.answer.by === null ? 'We were told' : `${provider} told us`} that the debt collection by ${agency}${which} has been suspended`;
  return `${said} while the objection runs; it can start again.`;
}

/** The collection as `collectionSuspendedText` names it: its agency, and (`priced`) its reference and sum in brackets. */
function collectionNamed(s: SuspendedCollectionFacts, lang: Language, priced: boolean): { agency: string; which: string } {
  const nl = lang === 'nl';
  const agency = s.claim.agency ?? s.answer.agency ?? (nl ? 'het incassobureau' : 'the collection agency');
  const figures = priced ? [s.claim.reference && (nl ? `kenmerk ${s.claim.reference}` : `reference ${s.claim.reference}`), s.claim.amount !== null && money(s.claim.amount, lang)].filter(Boolean).join(', ') : '';
  return { agency, which: figures ? ` (${figures})` : '' };
}

/**
 * digest3: of a collection only suspended, what `collectionSuspendedText` says beyond the step that told the suspension (the daily
 * e-mail's line of the answer, `contractChangeText`): which collection, and that it can start again.
 */
export function collectionMayRestartText(s: SuspendedCollectionFacts, lang: Language, priced: boolean): string {
  const { agency, which } = collectionNamed(s, lang, priced);
  return lang === 'nl' ? `De incasso door ${agency}${which} kan weer beginnen.` : `The debt collection by ${agency}${which} can start again.`;
}

/**
 * The provider's answers to a dispute or a collection stop the case owner recorded (and a bill settled because it withdrew it):
 * the family reads how the word reached us, not as if the provider had told them (README, receivedvia2). Its other recorded
 * answers already read as the provider's own doing; a corrected confirmation says it in its sentence (`toldOtherwise`).
 */
const PASSED_ON_EVENTS = ['CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'DISPUTE_RESOLVED', 'DROP_UNDONE', 'CLAIM_DROP_UNDONE'];
// toldon: the day it was said, when the owner recorded it later: „Dit werd ons op 16 december 2026 telefonisch doorgegeven.".
const PASSED_ON: Record<Language, (via: ReceivedVia, on: string | null) => string> = {
  nl: (via, on) => `Dit werd ons ${on ? `op ${longDate(on, 'nl')} ` : ''}${RECEIVED_VIA_WORDS.nl[via]} doorgegeven.`,
  en: (via, on) => `This was passed on to us ${RECEIVED_VIA_WORDS.en[via]}${on ? ` on ${longDate(on, 'en')}` : ''}.`,
};

const ESTATE: Record<EstateState, Record<Language, string>> = {
  intake: { nl: 'We leggen de eerste gegevens vast.', en: 'We are recording the first details.' },
  inventory: { nl: 'We brengen alle contracten en abonnementen in kaart.', en: 'We are listing all contracts and subscriptions.' },
  inProgress: {
    nl: 'We hebben de organisaties aangeschreven en volgen elk verzoek tot het is afgehandeld.',
    en: 'We have written to the organisations and are following each request until it is settled.',
  },
  settling: { nl: 'Alle contracten zijn afgehandeld; we ronden het dossier af.', en: 'All contracts are settled; we are completing the file.' },
  closed: { nl: 'Alles is afgehandeld. We hebben u het eindverslag gestuurd.', en: 'Everything is settled. We have sent you the final report.' },
  purged: { nl: 'Het dossier is na afloop van de bewaartermijn verwijderd.', en: 'The file was deleted at the end of the retention period.' },
};

export const FAMILY_ESTATE_WORDING = ESTATE;

/** Where the whole estate stands, for the top of the family portal. */
export function estateStatusText(state: EstateState, lang: Language): string {
  return ESTATE[state]?.[lang] ?? { nl: 'We zijn bezig met de afwikkeling.', en: 'We are handling the estate.' }[lang];
}

const REOPENED: Record<Language, string> = {
  nl: 'Uw vaste contactpersoon heeft het dossier weer geopend: er is nog iets af te handelen.',
  en: 'Your contact person has reopened the file: something still needs to be handled.',
};

/**
 * The closing step as every relative reads it: the final report is made after it and addressed to one
 * of them (the representative), so the step claims for nobody that it has arrived, nor that it will be
 * among their letters (one that tells the estate's debts is not a relative's outside them).
 */
const CLOSED_STEP: Record<Language, (left: string | null) => string> = {
  nl: (left) => `${closedFileText('nl', left)} Er volgt een eindverslag.`,
  en: (left) => `${closedFileText('en', left)} A final report follows.`,
};

/** closewords: every contract done but for bills to pay or refunds to come (`left`, the heading's sentence): not "alle contracten zijn afgehandeld". */
const SETTLING_STEP: Record<Language, (left: string) => string> = {
  nl: (left) => `${left} We ronden het dossier af.`,
  en: (left) => `${left} We are completing the file.`,
};

/** The file closed, and all settled or what was not (`left`, a sentence of its own); the daily email says it too (`mail.closedReport`). */
export const closedFileText = (lang: Language, left: string | null) =>
  ({ nl: left ? `Het dossier is afgesloten. ${left}` : 'Het dossier is afgesloten: alles is afgehandeld.', en: left ? `The file is closed. ${left}` : 'The file is closed: everything is settled.' })[lang];

/**
 * Back in progress other than by sending requests (from `settling`, often after a reopen): the state's
 * words ("we have written to the organisations") would claim letters nobody wrote at that step.
 */
const BACK_IN_PROGRESS: Partial<Record<string, Record<Language, string>>> = {
  // A settled or closed contract needs work again (a late bill): what happened to it is its own step.
  CONTRACT_REOPENED: {
    nl: 'Het dossier is weer in behandeling: een contract vraagt opnieuw aandacht.',
    en: 'The file is being handled again: a contract needs attention once more.',
  },
  // A contract found late: added, not yet written to.
  CONTRACT_ADDED: {
    nl: 'Er is nog een contract bijgekomen; het dossier blijft open tot ook dat is afgehandeld.',
    en: 'Another contract has been added; the file stays open until that one is settled too.',
  },
};

/**
 * An estate's step for the family's timeline and news: a reopened file says so (it reaches `settling`,
 * whose words would say everything is settled), closing in words true for every relative, a return to
 * work by what brought it back; any other step, the state it reached. `left`: settling or closing, what was not settled
 * then (refundclose: a refund still to come; refunddesk: a bill to pay; closewords: at settling too), a sentence of its own in place
 * of "alles is afgehandeld".
 */
export function estateStepText(event: string, state: EstateState, lang: Language, left: string | null = null): string {
  if (event === 'REOPEN') return REOPENED[lang];
  const back = state === 'inProgress' ? BACK_IN_PROGRESS[event] : undefined;
  if (back) return back[lang];
  if (state === 'settling' && left) return SETTLING_STEP[lang](left);
  return state === 'closed' ? CLOSED_STEP[lang](left) : estateStatusText(state, lang);
}
