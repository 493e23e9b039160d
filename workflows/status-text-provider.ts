import { besideCommittee, COMMITTEE_DECIDED, COMMITTEE_DESK, COMMITTEE_FILED_DESK, committeeBeside, FILING_CORRECTED } from './committee-wording';
import { filingCorrectedOf } from './committee';
import { committeeDecisionOf } from './committee';
import type { CompletionChange, ContractContext, ContractState } from './contract.machine';
import { allAfterDeath, BILL_OUTCOMES, type BillOutcome, type DisputedInvoice, endedByLawOf, heldBills, openDisputesOf, paidOnDroppedBill, type SettledBill, stillDisputed, unansweredBills } from './disputes';
import { disputedTotal } from './invoices';
import { type AnswerDone, answerDoneOf, FUND_BILL_NOUNS, type AskedInstead, type Biller, billerOf, billNamed, billNounsOf, deskBillNounsOf, chargeEn, chargeNl, collectionAnswerOf, droppedBillsNamed, correctedValue, doneNamed, enclosedNothing, finalBill, insideCoverOf, type Language, leavesDocumentsToFollow, capitalised, endedSentence, listed, longDate, money, type NamedBill, quoted, RECEIVED_VIA_WORDS, type ReceivedVia, receivedViaOf, releaseBesideDispute, replacing, firstRecorded, paidOfDroppedBill, SURVIVOR_WORDS } from './wording';

/**
 * Where a request stands, in the words of the provider's own desk: what we asked of them and what
 * they owe. The family's reassurances ("you need not pay this bill") never appear here.
 */
/** `done`: what its confirmation said a bank or insurer did (`contracts.answer_done`), when one did. */
type Phrase = (c: ContractContext, due: string | null, asked?: AskedInstead, done?: AnswerDone | null) => string;

/**
 * What a request asked instead of an end, as the desk's first line says it (`askedInstead`; the letters' `insuranceRequest` and the
 * bank's ask): a bank blocks the account and reports the balance, an insurer pays out, keeps or settles the policy.
 */
const ASKED_OF_PROVIDER: Record<AskedInstead, Record<Language, string>> = {
  bank: { nl: 'Verzoek na overlijden: de rekening blokkeren en het saldo per de datum van overlijden opgeven', en: 'Request after a death: block the account and report its balance as of the date of death' },
  life: { nl: 'Melding van overlijden: verzoek de uitkering af te handelen', en: 'Notification of a death: request to handle the payout' },
  property: { nl: 'Melding van overlijden: verzoek de verzekering te laten doorlopen voor de nalatenschap', en: 'Notification of a death: request to continue the insurance for the estate' },
  health: { nl: 'Melding van overlijden: verzoek de verzekering af te wikkelen', en: 'Notification of a death: request to settle the insurance' },
  unknown: { nl: 'Melding van overlijden: verzoek te laten weten hoe de verzekering doorloopt of eindigt', en: 'Notification of a death: request to say how the insurance continues or ends' },
  pension: { nl: 'Melding van overlijden: verzoek de pensioenbetalingen te stoppen', en: 'Notification of a death: request to stop the pension payments' },
};

const nlBy = (due: string | null) => (due ? ` uiterlijk ${due}` : '');
const enBy = (due: string | null) => (due ? ` by ${due}` : '');

/** v5: what the provider credited of a bill's disputed part, said beside it so the parts add up to what is still disputed. */
const creditNl = (d: DisputedInvoice) => (d.credited ? `, waarvan ${money(d.credited, 'nl')} gecrediteerd` : '');
const creditEn = (d: DisputedInvoice) => (d.credited ? `, of which ${money(d.credited, 'en')} credited` : '');
/** kifidwords: an insurer's bill is its nota, as the owner's and the complaints body's lines name it; anyone else's an invoice (`deskBillNounsOf`). */
const nounsOf = (lang: Language, biller: Biller) => deskBillNounsOf(biller)[lang];
/** One bill's disputed part, for a list of several. */
const billNl = (d: DisputedInvoice, noun: string) => `${noun} ${d.reference}, ${longDate(d.disputed.from, 'nl')} tot en met ${longDate(d.disputed.to, 'nl')}, naar rato ${money(d.disputed.amount, 'nl')}${creditNl(d)}`;
const billEn = (d: DisputedInvoice, noun: string) => `${noun} ${d.reference}, ${longDate(d.disputed.from, 'en')} to ${longDate(d.disputed.to, 'en')}, pro rata ${money(d.disputed.amount, 'en')}${creditEn(d)}`;
/** The total is net of credits: "still" says so when a credit is among the parts. */
const anyCredit = (bills: DisputedInvoice[]) => bills.some((d) => d.credited);

/**
 * bankdispute: a bank's charge (the letter's `refundsCharge`) is no invoice after an end date: named as costs, set against the date
 * the bank confirmed (its block's balance date), booked back rather than credited.
 */
const chargeCredited: Record<Language, (d: DisputedInvoice) => string> = {
  nl: (d) => (d.credited ? `, waarvan ${money(d.credited, 'nl')} teruggeboekt` : ''),
  en: (d) => (d.credited ? `, of which ${money(d.credited, 'en')} booked back` : ''),
};
const chargeOf: Record<Language, (d: DisputedInvoice) => string> = {
  nl: (d) => `${chargeNl(d.reference)} (${money(d.amount, 'nl')}): ${d.disputed.amount === d.amount ? 'geheel' : `naar rato ${money(d.disputed.amount, 'nl')}`} na de datum die u bevestigde${chargeCredited.nl(d)}`,
  en: (d) => `${chargeEn(d.reference)} (${money(d.amount, 'en')}): ${d.disputed.amount === d.amount ? 'wholly' : `pro rata ${money(d.disputed.amount, 'en')}`} after the date you confirmed${chargeCredited.en(d)}`,
};
const DISPUTED_CHARGES: Record<Language, (bills: DisputedInvoice[]) => string> = {
  nl: (bills) =>
    bills.length > 1 ? `Bezwaar tegen ${bills.length} keer kosten: ${listed(bills.map(chargeOf.nl), 'nl')}; samen ${anyCredit(bills) ? 'nog ' : ''}${money(disputedTotal(bills), 'nl')}.` : `Bezwaar tegen ${bills[0] ? chargeOf.nl(bills[0]) : 'kosten na de datum die u bevestigde'}.`,
  en: (bills) =>
    bills.length > 1 ? `Dispute of ${bills.length} charges: ${listed(bills.map(chargeOf.en), 'en')}; together ${anyCredit(bills) ? 'still ' : ''}${money(disputedTotal(bills), 'en')}.` : `Dispute of ${bills[0] ? chargeOf.en(bills[0]) : 'a charge after the date you confirmed'}.`,
};
/** What the desk is asked of a disputed charge: booked back, no credit note or final bill (the letter's ask). */
const CHARGE_ASK: Record<Language, (due: string | null) => string> = {
  nl: (due) => `Graag de kosten terugboeken op de rekening, of een gemotiveerde afwijzing${nlBy(due)}.`,
  en: (due) => `Please book the charge back to the account, or reject the dispute with reasons${enBy(due)}.`,
};

/** The bills we dispute (`bills`, by default every open one): one as before, several each named, with their total; a bank's as charges. */
function disputeNl(c: ContractContext, bills: DisputedInvoice[] = openDisputesOf(c), asked?: AskedInstead): string {
  if (asked === 'bank') return DISPUTED_CHARGES.nl(bills);
  const noun = nounsOf('nl', billerOf(asked));
  const [d, ...more] = bills;
  if (!d) return `Bezwaar tegen een ${noun.one} na de einddatum.`;
  const law = endedByLawOf(c, bills);
  // fundwords2: a fund confirmed its payments stopped per a date, no end date (its letter: „na de datum die u bevestigde").
  const after = allAfterDeath(asked, c.effectiveDate, bills) ? `het deel na de datum van overlijden${law ? ` (${longDate(law, 'nl')})` : ''}` : law ? `het deel na de einddatum van rechtswege (${longDate(law, 'nl')})` : billerOf(asked) === 'fund' ? 'het deel na de datum die u bevestigde' : `het deel na de bevestigde ${c.action === 'cancel' ? 'einddatum' : 'datum van overzetting'}`;
  if (more.length) return `Bezwaar tegen ${bills.length} ${noun.several}, telkens ${after}: ${listed(bills.map((b) => billNl(b, noun.one)), 'nl')}; samen ${anyCredit(bills) ? 'nog ' : ''}${money(disputedTotal(bills), 'nl')}.`;
  return `Bezwaar tegen ${noun.one} ${d.reference}: ${after}, ${longDate(d.disputed.from, 'nl')} tot en met ${longDate(d.disputed.to, 'nl')}, naar rato ${money(d.disputed.amount, 'nl')}${creditNl(d)}.`;
}
function disputeEn(c: ContractContext, bills: DisputedInvoice[] = openDisputesOf(c), asked?: AskedInstead): string {
  if (asked === 'bank') return DISPUTED_CHARGES.en(bills);
  const noun = nounsOf('en', billerOf(asked));
  const [d, ...more] = bills;
  if (!d) return `Dispute of ${noun.one === 'invoice' ? 'an' : 'a'} ${noun.one} after the end date.`;
  const law = endedByLawOf(c, bills);
  const after = allAfterDeath(asked, c.effectiveDate, bills) ? `the part after the date of death${law ? ` (${longDate(law, 'en')})` : ''}` : law ? `the part after the end by law (${longDate(law, 'en')})` : billerOf(asked) === 'fund' ? 'the part after the date you confirmed' : `the part after the confirmed ${c.action === 'cancel' ? 'end date' : 'transfer date'}`;
  if (more.length) return `Dispute of ${bills.length} ${noun.several}, each for ${after}: ${listed(bills.map((b) => billEn(b, noun.one)), 'en')}; together ${anyCredit(bills) ? 'still ' : ''}${money(disputedTotal(bills), 'en')}.`;
  return `Dispute of ${noun.one} ${d.reference}: ${after}, ${longDate(d.disputed.from, 'en')} to ${longDate(d.disputed.to, 'en')}, pro rata ${money(d.disputed.amount, 'en')}${creditEn(d)}.`;
}

/**
 * v5: what the provider credited of each bill, with what of its disputed part is still open, and the bills it rejected. A credit
 * short of the disputed part says nothing of the rest (audit81 DISP-1): the provider is not told it holds to it. bankdesk: a bank's are its costs, named by their kenmerk and booked back, as its Verloop, cards and forms say (`asked`).
 */
const HELD: Record<Language, { bill: (reference: string, biller: Biller) => string; credited: (amount: string, bill: string, disputed: string, rest: string, bank: boolean) => string; rejected: (bills: string) => string }> = {
  nl: {
    bill: (reference, biller) => (biller === 'bank' ? `de kosten met kenmerk ${reference}` : `${nounsOf('nl', biller).one} ${reference}`),
    credited: (amount, bill, disputed, rest, bank) => `${amount}${bank ? ' terug' : ''} van ${bill} (van de betwiste ${disputed} staat nog ${rest} open)`,
    rejected: (bills) => `u heeft het bezwaar tegen ${bills} afgewezen`,
  },
  en: {
    bill: (reference, biller) => (biller === 'bank' ? `the charge with reference ${reference}` : `${nounsOf('en', biller).one} ${reference}`),
    credited: (amount, bill, disputed, rest, bank) => `${amount}${bank ? ' back' : ''} of ${bill} (of the disputed ${disputed}, ${rest} is still open)`,
    rejected: (bills) => `you rejected the dispute of ${bills}`,
  },
};
const CREDITED_VERB: Record<Language, (bank: boolean) => string> = { nl: (bank) => (bank ? 'U boekte' : 'U crediteerde'), en: (bank) => (bank ? 'You booked' : 'You credited') };

function heldAfterCredit(c: ContractContext, lang: Language, asked?: AskedInstead): string {
  const bank = asked === 'bank';
  const w = HELD[lang];
  const rejected = heldBills(c).filter((d) => !d.credited).map((d) => w.bill(d.reference, billerOf(asked)));
  const credited = heldBills(c).filter((d) => d.credited).map((d) => w.credited(money(d.credited!, lang), w.bill(d.reference, billerOf(asked)), money(d.disputed.amount, lang), money(stillDisputed(d), lang), bank));
  return `${CREDITED_VERB[lang](bank)} ${listed(credited, lang)}${rejected.length ? `; ${w.rejected(listed(rejected, lang))}` : ''}`;
}

/** The bills it rejected, none credited, as a sentence of their own. */
const heldRejected = (c: ContractContext, lang: Language, asked?: AskedInstead) => capitalised(HELD[lang].rejected(listed(heldBills(c).map((d) => HELD[lang].bill(d.reference, billerOf(asked))), lang)));

/** v5: the bills held to while a collection stop is asked (v8: or while others wait on the provider's answer): the case owner decides about them. */
function heldNote(c: ContractContext, lang: Language, asked?: AskedInstead): string {
  if (!heldBills(c).length) return '';
  const decides = { nl: 'de contactpersoon beslist hoe het verdergaat', en: 'the contact person decides how to proceed' }[lang];
  return ` ${heldBills(c).some((d) => d.credited) ? heldAfterCredit(c, lang, asked) : heldRejected(c, lang, asked)}; ${decides}.`;
}

/**
 * After the provider's rejection the owner amended the request; it goes again only if she sends it (she may withdraw it instead:
 * no promise of when, audit86 WR-1), what changed said beside (`AMENDED_CHANGES`). While a document is missing again (`draft`),
 * also what holds it. The owner is „de contactpersoon", as on every other line to the desk (smallmends).
 */
const AMENDED: Record<'draft' | 'ready', Record<Language, string>> = {
  draft: {
    nl: 'De contactpersoon heeft het verzoek na uw afwijzing aangepast. Het is nog niet opnieuw verstuurd: er ontbreekt nog een document voor het aangepaste verzoek.',
    en: 'The contact person amended the request after your rejection. It has not been sent again: a document for the amended request is still missing.',
  },
  ready: {
    nl: 'De contactpersoon heeft het verzoek na uw afwijzing aangepast; het is nog niet opnieuw verstuurd. Stuurt de contactpersoon het opnieuw, dan ontvangt u het hier.',
    en: 'The contact person amended the request after your rejection; it has not been sent again. If the contact person sends it again, you will receive it here.',
  },
};

const PROVIDER: Record<ContractState, Record<Language, Phrase>> = {
  // The desk lists a request only once it was sent: here it was rejected and amended (documents missing again: `draft`), and the
  // provider has had the first for weeks. A request never sent keeps the table complete.
  draft: { nl: (c) => (c.lastRejectionReason === null ? 'Nog niet verstuurd.' : AMENDED.draft.nl), en: (c) => (c.lastRejectionReason === null ? 'Not sent yet.' : AMENDED.draft.en) },
  ready: { nl: (c) => (c.lastRejectionReason === null ? 'Nog niet verstuurd.' : AMENDED.ready.nl), en: (c) => (c.lastRejectionReason === null ? 'Not sent yet.' : AMENDED.ready.en) },
  requested: {
    nl: (c, due, asked) => `${asked ? ASKED_OF_PROVIDER[asked].nl : `Verzoek om ${c.action === 'cancel' ? 'beëindiging' : 'tenaamstelling'} na overlijden`}; graag uw antwoord${nlBy(due)}.`,
    en: (c, due, asked) => `${asked ? ASKED_OF_PROVIDER[asked].en : `Request to ${c.action === 'cancel' ? 'end' : 'transfer'} the contract after a death`}; please answer${enBy(due)}.`,
  },
  reminded: { nl: (_c, due) => `Herinnering verstuurd; graag uw antwoord${nlBy(due)}.`, en: (_c, due) => `Reminder sent; please answer${enBy(due)}.` },
  // Also after an acknowledgement: what is missing is the confirmation, not any answer.
  escalated: { nl: (_c, due) => `Klacht ingediend: de afhandeling is ook na de herinnering niet bevestigd; graag uw antwoord${nlBy(due)}.`, en: (_c, due) => `Complaint filed: completion is still not confirmed after the reminder; please answer${enBy(due)}.` },
  acknowledged: { nl: (_c, due) => `Ontvangst bevestigd; graag de afhandeling bevestigen${nlBy(due)}.`, en: (_c, due) => `Receipt acknowledged; please confirm completion${enBy(due)}.` },
  informationRequested: { nl: () => 'U vroeg om aanvullende informatie; de contactpersoon levert die aan.', en: () => 'You asked for more information; the contact person is supplying it.' },
  rejected: { nl: () => 'U heeft het verzoek afgewezen; de contactpersoon beslist of het verzoek wordt aangepast of ingetrokken.', en: () => 'You rejected the request; the contact person decides whether to amend or withdraw it.' },
  // v9: the term is the complaint's, four weeks (the letter names the date).
  complained: { nl: (_c, due) => `Klacht ingediend over uw afwijzing van het verzoek; graag uw gemotiveerde antwoord${nlBy(due)}.`, en: (_c, due) => `Complaint filed about your rejection of the request; please send your reasoned answer${enBy(due)}.` },
  // bankdispute: a bank's or insurer's confirmation says what it did (its date is a balance's or a payout's, no completion's).
  confirmed: {
    nl: (c, _due, _asked, done) => (done ? `U heeft bevestigd: ${DONE_BY_YOU.nl(done)}.` : `Afhandeling bevestigd${c.effectiveDate ? ` per ${longDate(c.effectiveDate, 'nl')}` : ''}.`),
    en: (c, _due, _asked, done) => (done ? `You confirmed: ${DONE_BY_YOU.en(done)}.` : `Completion confirmed${c.effectiveDate ? ` as of ${longDate(c.effectiveDate, 'en')}` : ''}.`),
  },
  // v17: the block is recorded; the release of the balance to the estate account (the letter's own ask) is still owed.
  blocked: {
    nl: (_c, due) => `U heeft de rekening geblokkeerd; graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden${nlBy(due)}.`,
    en: (_c, due) => `You blocked the account; please release the balance to the estate account and record the release here${enBy(due)}.`,
  },
  // v19: our reminder asked the release again, with this term.
  releaseReminded: {
    nl: (_c, due) => `U heeft de rekening geblokkeerd; het saldo is binnen de termijn niet vrijgegeven en wij stuurden u een herinnering. Graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden${nlBy(due)}.`,
    en: (_c, due) => `You blocked the account; the balance was not released within the term and we sent you a reminder. Please release the balance to the estate account and record the release here${enBy(due)}.`,
  },
  releaseOverdue: {
    nl: (_c, due) => `U heeft de rekening geblokkeerd; het saldo is binnen de termijn niet vrijgegeven. Graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden${nlBy(due)}.`,
    en: (_c, due) => `You blocked the account; the balance was not released within the term. Please release the balance to the estate account and record the release here${enBy(due)}.`,
  },
  // v8: the provider owes its answer on the bills it has not answered (v4 to v7: every open bill here); those it holds to are the owner's.
  // fundwords2: a fund is asked for its recovery corrected, as our letter asks it (letters/templates `recoveryAsked`), no credit note.
  disputed: {
    nl: (c, due, asked) =>
      asked === 'bank' ? `${disputeNl(c, unansweredBills(c), asked)} ${CHARGE_ASK.nl(due)}${heldNote(c, 'nl', asked)}`
      : `${disputeNl(c, unansweredBills(c), asked)} Graag ${unansweredBills(c).length > 1 ? `per ${nounsOf('nl', billerOf(asked)).one} ` : ''}${billerOf(asked) === 'fund' ? 'een gecorrigeerde terugvordering' : billerOf(asked) === 'insurer' ? 'een creditnota of gecorrigeerde nota' : 'een creditnota of gecorrigeerde eindafrekening'}, intrekking, of een gemotiveerde afwijzing${nlBy(due)}.${heldNote(c, 'nl', asked)}`,
    en: (c, due, asked) =>
      asked === 'bank' ? `${disputeEn(c, unansweredBills(c), asked)} ${CHARGE_ASK.en(due)}${heldNote(c, 'en', asked)}`
      : `${disputeEn(c, unansweredBills(c), asked)} ${unansweredBills(c).length > 1 ? `For each ${nounsOf('en', billerOf(asked)).one}, please` : 'Please'} send ${billerOf(asked) === 'fund' ? 'a corrected recovery' : billerOf(asked) === 'insurer' ? 'a credit note or corrected bill' : 'a credit note or corrected final invoice'}, withdraw it, or reject the dispute with reasons${enBy(due)}.${heldNote(c, 'en', asked)}`,
  },
  disputeEscalated: {
    nl: (c, due, asked) => `Klacht: het bezwaar is onbeantwoord gebleven. ${disputeNl(c, unansweredBills(c), asked)} Graag uw antwoord${nlBy(due)}.${heldNote(c, 'nl', asked)}`,
    en: (c, due, asked) => `Complaint: the dispute went unanswered. ${disputeEn(c, unansweredBills(c), asked)} Please answer${enBy(due)}.${heldNote(c, 'en', asked)}`,
  },
  // The owner may also accept the bill: no promise of a call.
  // v4: the bills it held to are the owner's to decide; any other open bill still awaits its answer.
  // v5: a bill credited in part was not rejected: the desk reads what it credited and what is still disputed.
  disputeRejected: {
    nl: (c, due, asked) =>
      heldBills(c).some((d) => d.credited) || (unansweredBills(c).length && heldBills(c).length)
        ? `${heldNote(c, 'nl', asked).trim()}${unansweredBills(c).length ? ` ${disputeNl(c, unansweredBills(c), asked)} Graag uw antwoord${nlBy(due)}.` : ''}`
        : 'U heeft het bezwaar afgewezen; de contactpersoon beslist hoe het verdergaat.',
    en: (c, due, asked) =>
      heldBills(c).some((d) => d.credited) || (unansweredBills(c).length && heldBills(c).length)
        ? `${heldNote(c, 'en', asked).trim()}${unansweredBills(c).length ? ` ${disputeEn(c, unansweredBills(c), asked)} Please answer${enBy(due)}.` : ''}`
        : 'You rejected the dispute; the contact person decides how to proceed.',
  },
  // v5: every bill still disputed while the stop is asked, and those it holds to.
  // committee (v22): the complaints body has the bill; the contact person records its decision.
  withCommittee: { nl: (c, _due, asked) => COMMITTEE_DESK.nl(c, billerOf(asked)), en: (c, _due, asked) => COMMITTEE_DESK.en(c, billerOf(asked)) },
  collectionStopRequested: {
    nl: (c, due, asked) =>
      `Incasso na overlijden: verzoek de incasso op te schorten en de incassokosten te laten vervallen; graag schriftelijk antwoord${nlBy(due)}.${openDisputesOf(c).length ? ` ${disputeNl(c, openDisputesOf(c), asked)}` : ''}${heldNote(c, 'nl', asked)}`,
    en: (c, due, asked) =>
      `Debt collection after a death: please suspend the collection and waive its costs; please answer in writing${enBy(due)}.${openDisputesOf(c).length ? ` ${disputeEn(c, openDisputesOf(c), asked)}` : ''}${heldNote(c, 'en', asked)}`,
  },
  settled: { nl: () => 'Afgehandeld.', en: () => 'Settled.' },
  closed: { nl: () => 'Afgehandeld; dossier gesloten.', en: () => 'Settled; file closed.' },
  withdrawn: { nl: () => 'Verzoek ingetrokken; er is niets meer te doen.', en: () => 'Request withdrawn; nothing more to do.' },
  informedByBrp: { nl: () => 'Via de BRP al geïnformeerd; er is geen verzoek verstuurd.', en: () => 'Already informed through the BRP; no request was sent.' },
};

/** The provider's table, for the completeness test. */
export const PROVIDER_WORDING = { status: PROVIDER };

/** The desk's status line for a request; `asked`, what it asked instead of an end (`askedInstead`). */
export function providerStatusText(state: ContractState, context: ContractContext, lang: Language, dueDate: string | null, asked?: AskedInstead, done?: AnswerDone | null): string {
  const phrase = PROVIDER[state]?.[lang];
  const said = phrase ? phrase(besideCommittee(state, context), dueDate ? longDate(dueDate, lang) : null, asked, done) : { nl: 'In behandeling.', en: 'In progress.' }[lang];
  const withBody = committeeBeside(state, context) ? `${said} ${COMMITTEE_DESK[lang](context, billerOf(asked))}` : said;
  return releaseBesideDispute(state, context) ? `${withBody} ${RELEASE_BESIDE[lang]}` : withBody;
}

/** bankrest: the release still owed beside a disputed charge (v18 takes it there): the desk's form for it stays offered. */
const RELEASE_BESIDE: Record<Language, string> = {
  nl: 'Het saldo is nog niet vrijgegeven: graag ook het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden.',
  en: 'The balance has not been released yet: please also release the balance to the estate account and record the release here.',
};

// The desk's own sentences, for the provider's audience. Kept here with the status lines so every
// word a provider reads lives in one catalogue.

/** Whose move it is, as the desk sees it: Steward covers the case owner and the family. */
export type DeskParty = 'provider' | 'steward' | 'nobody';
export type DeskTab = 'new' | 'waiting_on_you' | 'waiting_on_steward' | 'done';

export const DESK_TAB_LABELS: Record<DeskTab, Record<Language, string>> = {
  new: { nl: 'Nieuw', en: 'New' },
  waiting_on_you: { nl: 'Wacht op u', en: 'Waiting on you' },
  waiting_on_steward: { nl: 'Wacht op Steward', en: 'Waiting on Steward' },
  done: { nl: 'Afgehandeld', en: 'Done' },
};

/**
 * Who owes the next move and by when. `due` is the provider's answer date, given only when the
 * provider owes it: Steward's own deadlines are never shown as the provider's.
 */
export function providerNextMove(party: DeskParty, due: string | null, lang: Language, mayStillAnswer = false): string {
  if (party === 'provider') {
    const by = due ? { nl: `: antwoord uiterlijk ${longDate(due, 'nl')}`, en: `: answer by ${longDate(due, 'en')}` }[lang] : '';
    return `${{ nl: 'Wacht op u', en: 'Waiting on you' }[lang]}${by}.`;
  }
  // The machine may still take an answer while Steward has the move (a bill credited in part): said, so the answers offered beside it do not contradict it.
  if (party === 'steward' && mayStillAnswer) return { nl: 'Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.', en: 'Waiting on Steward: nothing to do for you now. You can still answer.' }[lang];
  if (party === 'steward') return { nl: 'Wacht op Steward: u hoeft nu niets te doen.', en: 'Waiting on Steward: nothing to do for you now.' }[lang];
  return { nl: 'Afgehandeld: er is niets meer te doen.', en: 'Done: nothing more to do.' }[lang];
}

/** The states in which a bill is disputed (v5 to v10: no correction of the confirmation there). */
const BILL_OPEN_STATES: ContractState[] = ['disputed', 'disputeEscalated', 'disputeRejected'];

/** The case owner as the desk reaches her (the request's `caseOwner`). */
export interface CaseOwnerContact {
  name: string;
  email: string;
  phone: string | null;
}

/**
 * deskterm: whom a desk asks to put right a rejection it gave by mistake. The rejection is the case owner's to answer
 * (amend or withdraw the request); the desk cannot take it back itself, so it is told who she is and how to reach her.
 */
export function rejectedByMistakeText(owner: CaseOwnerContact, lang: Language, takesBack = false): string {
  // withdrawrej (v20): while the owner has not answered the rejection, the desk takes it back itself.
  if (takesBack) {
    return {
      nl: `Was de afwijzing een vergissing? Trek haar dan hier in („Afwijzing intrekken") zolang ${owner.name} (${owner.email}) er nog niet op heeft gereageerd; het verzoek wacht dan weer op uw antwoord.`,
      en: `Was the rejection a mistake? Take it back here ("Take back your rejection") while ${owner.name} (${owner.email}) has not answered it; the request then waits on your answer again.`,
    }[lang];
  }
  const phone = owner.phone ? { nl: ` of ${owner.phone}`, en: ` or ${owner.phone}` }[lang] : '';
  return {
    nl: `Was de afwijzing een vergissing? Laat het ${owner.name} weten: ${owner.email}${phone}.`,
    en: `Was the rejection a mistake? Tell ${owner.name}: ${owner.email}${phone}.`,
  }[lang];
}

/**
 * withdrawrej: what the case owner did with a rejection that can no longer be taken back (v20, `REJECTION_WITHDRAWN` refused at the
 * desk or in her record of it): withdrew the request, complained, or amended it, not sent yet or sent again (`rejectedBefore`, the
 * rejection still on record); `none`: there is no rejection to take back. Null while the request is rejected: it can be, or (v19 and
 * older) its machine never could. Each reader's words say it from here (`rejectionAnsweredText`, the owner's `rejectionAnswered`).
 */
export type RejectionAnswer = 'withdrawn' | 'complained' | 'amended' | 'amendedSent' | 'takenBack' | 'none';
export function rejectionAnswerOf(state: ContractState, rejectedBefore: boolean, takenBack = false): RejectionAnswer | null {
  if (state === 'rejected') return null;
  if (state === 'withdrawn' || state === 'complained') return state;
  // Amended and not sent again (`draft`, `ready`): nothing to answer yet (audit86 WR-1); sent again: the request as it is now.
  // `takenBack`: the latest rejection on record was taken back (it leaves no reason in the context), so a second take-back is told
  // that, not that there never was a rejection (audit88 F6).
  if (!rejectedBefore) return takenBack ? 'takenBack' : 'none';
  return state === 'draft' || state === 'ready' ? 'amended' : 'amendedSent';
}

const REJECTION_ANSWERED: Record<Exclude<RejectionAnswer, 'none' | 'takenBack'>, Record<Language, string>> = {
  withdrawn: { nl: 'De contactpersoon heeft dit verzoek ingetrokken; uw afwijzing kan niet meer worden ingetrokken.', en: 'The contact person withdrew this request; your rejection can no longer be taken back.' },
  complained: { nl: 'De contactpersoon heeft een klacht ingediend over uw afwijzing; die kan niet meer worden ingetrokken. Beantwoord de klacht: u kunt het verzoek alsnog afhandelen.', en: 'The contact person filed a complaint about your rejection; it can no longer be taken back. Answer the complaint: you can still complete the request.' },
  amended: { nl: 'De contactpersoon heeft het verzoek na uw afwijzing aangepast; uw afwijzing kan niet meer worden ingetrokken. Het aangepaste verzoek is nog niet verstuurd; stuurt de contactpersoon het opnieuw, dan ontvangt u het hier.', en: 'The contact person amended the request after your rejection; your rejection can no longer be taken back. The amended request has not been sent yet; if the contact person sends it again, you will receive it here.' },
  amendedSent: { nl: 'De contactpersoon heeft het verzoek na uw afwijzing aangepast en opnieuw verstuurd; uw afwijzing kan niet meer worden ingetrokken. Beantwoord het verzoek zoals het nu is.', en: 'The contact person amended the request after your rejection and sent it again; your rejection can no longer be taken back. Answer the request as it stands now.' },
};

/** withdrawrej: the desk's words for `rejectionAnswerOf`, with whom to ask when it was a mistake (`rejectedByMistakeText`). */
export function rejectionAnsweredText(state: ContractState, rejectedBefore: boolean, owner: CaseOwnerContact, lang: Language, takenBack = false): string | null {
  const answer = rejectionAnswerOf(state, rejectedBefore, takenBack);
  if (answer === null) return null;
  const nothingChanged = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' }[lang];
  if (answer === 'none') return { nl: 'U heeft dit verzoek niet afgewezen; er is geen afwijzing om in te trekken.', en: 'You have not rejected this request; there is no rejection to take back.' }[lang] + nothingChanged;
  if (answer === 'takenBack') return { nl: 'U heeft uw afwijzing van dit verzoek al ingetrokken; er is geen afwijzing meer om in te trekken.', en: 'You have already taken back your rejection of this request; there is no rejection left to take back.' }[lang] + nothingChanged;
  return `${REJECTION_ANSWERED[answer][lang]} ${rejectedByMistakeText(owner, lang)}${nothingChanged}`;
}

/**
 * Why a desk action is no longer possible, in plain words: said for the request as it stands now
 * (who owes the next move), never with a state name; after its own rejection, whom to ask to put a mistake right (`owner`), or (v20,
 * `takesBack`) that it takes the rejection back itself.
 */
export function providerConflictText(attempt: string, party: DeskParty, state: ContractState, lang: Language, owner?: CaseOwnerContact, takesBack = false, biller?: Biller): string {
  const nothingChanged = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' }[lang];
  if (state === 'withdrawn') return { nl: 'Dit verzoek is ingetrokken; er is niets meer te doen.', en: 'This request was withdrawn; there is nothing more to do.' }[lang] + nothingChanged;
  if (state === 'rejected' && owner) {
    const decides = { nl: 'U heeft dit verzoek afgewezen; nu beslist de contactpersoon of het wordt aangepast of ingetrokken.', en: 'You rejected this request; the contact person now decides whether to amend or withdraw it.' }[lang];
    return `${decides} ${rejectedByMistakeText(owner, lang, takesBack)}${nothingChanged}`;
  }
  // v5: what part of a bill is disputed hangs on the end date, so the dispute is answered first. Once the provider
  // answered it and held to the bill, the owner decides: asking it to answer again would not be true.
  // notawords2: an insurer's bill is its nota.
  const nota = biller === 'insurer';
  if (attempt === 'COMPLETION_CORRECTED' && state === 'disputeRejected') {
    return {
      nl: `U heeft op ons bezwaar geantwoord; nu beslist de contactpersoon over de ${nota ? 'nota' : 'factuur'}. Tot dan kan de bevestiging hier niet worden gecorrigeerd: het betwiste deel hangt af van de einddatum. Verandert de einddatum, laat dat de contactpersoon dan per e-mail of brief weten.`,
      en: 'You answered our dispute; the contact person now decides on the bill. Until then the confirmation cannot be corrected here: the disputed part depends on the end date. If the end date changes, tell the contact person by email or letter.',
    }[lang] + nothingChanged;
  }
  // Any version: our stop letter named the end date to the provider and the agency, so the stop is answered first.
  if (attempt === 'COMPLETION_CORRECTED' && state === 'collectionStopRequested') {
    return {
      nl: 'Wij vroegen u een incasso op te schorten, en onze brief daarover noemde de einddatum. Zolang dat verzoek loopt, kan de bevestiging niet worden gecorrigeerd. Beantwoord eerst ons verzoek om de incasso op te schorten; daarna kunt u de bevestiging corrigeren.',
      en: 'We asked you to suspend a collection, and our letter about it quoted the end date. While that request is open, the confirmation cannot be corrected. Answer our request to suspend the collection first; then you can correct the confirmation.',
    }[lang] + nothingChanged;
  }
  if (attempt === 'COMPLETION_CORRECTED' && BILL_OPEN_STATES.includes(state)) {
    return {
      nl: `Zolang wij bezwaar maken tegen een ${nota ? 'nota' : 'factuur'}, kan de bevestiging niet worden gecorrigeerd: het betwiste deel hangt af van de einddatum. Beantwoord eerst het bezwaar; daarna kunt u de bevestiging corrigeren.`,
      en: 'While we dispute one of your bills, the confirmation cannot be corrected: the disputed part depends on the end date. Answer the dispute first; then you can correct the confirmation.',
    }[lang] + nothingChanged;
  }
  if (party === 'nobody') return { nl: 'Dit verzoek is al afgehandeld; er is niets meer te doen.', en: 'This request is already settled; there is nothing more to do.' }[lang] + nothingChanged;
  if (party === 'steward') {
    return { nl: 'Dit verzoek wacht nu op Steward: u hoeft niets te doen tot u van ons hoort.', en: 'This request now waits on Steward: nothing to do until you hear from us.' }[lang] + nothingChanged;
  }
  if (attempt === 'ACKNOWLEDGE') {
    return { nl: 'Dit verzoek is al bevestigd; er is niets meer te bevestigen. Bevestig de afhandeling zodra die rond is.', en: 'This request was already acknowledged. Confirm completion once it is done.' }[lang] + nothingChanged;
  }
  return { nl: 'Dit antwoord past niet meer bij de stand van het verzoek. Bekijk het verzoek opnieuw en kies een van de getoonde antwoorden.', en: 'This answer no longer fits the request as it stands. Look at the request again and choose one of the answers shown.' }[lang] + nothingChanged;
}

type Answer = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const detail = (text: string | null) => (text ? `: ${text}` : '');
/** The owner's answer to a rejection, in the reader's quotation marks; nothing when none was recorded. */
const answered = (a: Answer, lang: Language) => (str(a.answer)?.trim() ? `: ${quoted(String(a.answer), lang)}` : '');
/** " voor factuur F-1 van € 49,95" (`billNamed`), or nothing when the answer is about no bill we know. */
/** A bank's charges booked back, by their reference: "van de kosten RK-12". */
const chargesNamed: Record<Language, (bills: NamedBill[]) => string> = {
  nl: (bills) => (bills.length ? `, van de kosten ${listed(bills.map((b) => b.reference), 'nl')}` : ''),
  en: (bills) => (bills.length ? `, of charge${bills.length > 1 ? 's' : ''} ${listed(bills.map((b) => b.reference), 'en')}` : ''),
};
/** bankrest: a bank's as its costs („voor kosten AB-9 van € 3,95"); factuurrest: an insurer's as its nota (`Biller`). */
const forBill: Record<Language, (bills: NamedBill[], biller: Biller) => string> = {
  nl: (bills, biller) => (bills.length ? ` voor ${billNamed(bills, 'nl', biller)}` : ''),
  en: (bills, biller) => (bills.length ? ` for ${billNamed(bills, 'en', biller)}` : ''),
};

/** v5: a corrected confirmation in the desk's terms of `COMPLETE` (per a date, reference, final invoice), the new value first. */
const CORRECTED: Record<Language, Record<CompletionChange['field'], string> & { insteadOf: string }> = {
  nl: { effectiveDate: 'per', reference: 'uw kenmerk', finalInvoiceAmount: 'eindafrekening', done: 'wat u heeft gedaan:', balance: 'saldo', balanceReleased: 'saldo overgemaakt naar de boedelrekening:', payoutAmount: 'uitgekeerd bedrag', payoutTo: 'uitgekeerd aan', coverUntil: 'dekking tot en met', insteadOf: 'in plaats van' },
  en: { effectiveDate: 'as of', reference: 'your reference', finalInvoiceAmount: 'final invoice', done: 'what you did:', balance: 'balance', balanceReleased: 'balance paid to the estate account:', payoutAmount: 'amount paid out', payoutTo: 'paid to', coverUntil: 'cover until', insteadOf: 'instead of' },
};
/** A sum the correction took away, said as gone („geen eindafrekening meer"), not as a value („eindafrekening geen"; audit81 DOC-2). */
const GONE: Partial<Record<CompletionChange['field'], true>> = { finalInvoiceAmount: true, balance: true, payoutAmount: true };
const NONE_ANY_MORE: Record<Language, (what: string) => string> = { nl: (what) => `geen ${what} meer,`, en: (what) => `no ${what} any more,` };
function correctedText(a: Answer, lang: Language): string {
  const w = CORRECTED[lang];
  const changes = Array.isArray(a.corrected) ? (a.corrected as CompletionChange[]) : [];
  return changes
    .map((c) =>
      (c.to === null || c.to === undefined) && GONE[c.field]
        ? `${NONE_ANY_MORE[lang](w[c.field])} ${w.insteadOf} ${correctedValue(c.field, c.from, lang)}`
        : `${w[c.field]} ${replacing[lang](correctedValue(c.field, c.to, lang), correctedValue(c.field, c.from, lang), firstRecorded(c))}`,
    )
    .join('; ');
}

/**
 * The bills an answer is about: as the thread knows them (`bills`, with their amounts), else as the answer recorded
 * them: the bills the owner's word settled (`settled`), else the one it named.
 */
function billsOf(a: Answer, bills: NamedBill[]): NamedBill[] {
  if (bills.length) return bills;
  if (Array.isArray(a.settled) && a.settled.length) return (a.settled as SettledBill[]).map((b) => ({ reference: b.reference, amount: null }));
  return str(a.invoiceReference) ? [{ reference: String(a.invoiceReference), amount: null }] : [];
}
/**
 * The owner's word that bills are settled, with what happens with them when recorded: the provider learns whether the estate pays.
 * bankrest: of a bank's costs (`bank`) as its withdrawal letter says it: borne by the estate, never "betaald uit" of an invoice.
 */
type BillOutcomeWords = (several: boolean, nouns: { one: string; several: string }) => Record<BillOutcome, string>;
const RESOLVED: Record<Language, { closed: (bills: string) => string; byCover: (bills: string) => string; outcomes: BillOutcomeWords; charges: BillOutcomeWords }> = {
  nl: {
    closed: (bills) => `Steward sloot het bezwaar${bills ? ` tegen ${bills}` : ''} af`,
    // coverrest: ended by the insurer's own corrected cover end (coverfix), not by anyone at Steward.
    byCover: (bills) => `Het bezwaar${bills ? ` tegen ${bills}` : ''} is afgesloten door uw gecorrigeerde bevestiging: de premie valt binnen de dekking en wordt betaald uit de nalatenschap`,
    outcomes: (several, bill) => ({
      payFromEstate: `${several ? `de ${bill.several} worden` : `de ${bill.one} wordt`} betaald uit de nalatenschap`,
      alreadyPaid: `${several ? `de ${bill.several} zijn` : `de ${bill.one} is`} al betaald`,
      providerWithdrew: `u heeft ${several ? `de ${bill.several}` : `de ${bill.one}`} alsnog ingetrokken`,
    }),
    charges: () => ({ payFromEstate: 'de kosten komen ten laste van de nalatenschap', alreadyPaid: 'de kosten zijn al betaald', providerWithdrew: 'u heeft de kosten alsnog ingetrokken' }),
  },
  en: {
    closed: (bills) => `Steward closed the dispute${bills ? ` of ${bills}` : ''}`,
    byCover: (bills) => `The dispute${bills ? ` of ${bills}` : ''} was closed by your corrected confirmation: the premium falls within the cover and is paid from the estate`,
    outcomes: (several, bill) => ({
      payFromEstate: `${several ? `the ${bill.several} are` : `the ${bill.one} is`} paid from the estate`,
      alreadyPaid: `${several ? `the ${bill.several} have` : `the ${bill.one} has`} already been paid`,
      providerWithdrew: `you withdrew ${several ? `the ${bill.several}` : `the ${bill.one}`} after all`,
    }),
    charges: (several) => ({
      payFromEstate: `${several ? 'the charges are' : 'the charge is'} borne by the estate`,
      alreadyPaid: `${several ? 'the charges have' : 'the charge has'} already been paid`,
      providerWithdrew: `you withdrew ${several ? 'the charges' : 'the charge'} after all`,
    }),
  },
};
function resolvedText(a: Answer, bills: NamedBill[], lang: Language, biller: Biller): string {
  const w = RESOLVED[lang];
  const bank = biller === 'bank';
  const named = billNamed(bills, lang, biller);
  if (insideCoverOf(a.insideCover)) return w.byCover(named);
  // committee (v22): the complaints body's decision, told as its own; the provider never reads that it withdrew the bill.
  const decided = committeeDecisionOf(a.committee);
  // decisionowes: as recorded that day; a correction since is a line of its own, on its day (`DECISION_CORRECTED.desk`).
  if (decided) return COMMITTEE_DECIDED[lang](decided, `${nounsOf(lang, biller).one} ${bills[0]?.reference ?? ''}`.trim(), lang === 'nl' ? 'u' : 'you').replace(/\.$/, '');
  const outcome = BILL_OUTCOMES.includes(a.outcome as BillOutcome) && bills.length ? `: ${(bank ? w.charges : w.outcomes)(bills.length > 1, nounsOf(lang, biller))[a.outcome as BillOutcome]}` : '';
  return `${w.closed(named)}${outcome}${a.outcome === 'providerWithdrew' ? toldOnSaid(a, lang) : ''}`;
}
/**
 * askwords: a withdrawal the owner recorded with the day the provider said it (toldon's `toldOn`, when before the day recorded): the
 * thread says that day, as her history, the family and the agency's letter do; the thread's own date is the day it was recorded.
 */
const toldOnSaid = (a: Answer, lang: Language) => (str(a.toldOn) ? (lang === 'nl' ? `, zoals u ons op ${longDate(String(a.toldOn), 'nl')} liet weten` : `, as you told us on ${longDate(String(a.toldOn), 'en')}`) : '');

/** An owner's answer to a question that asked for the will, which is never sent (its event's `notSent`): it is not all that was asked. */
const willNotSent = (a: Answer): boolean => Array.isArray(a.notSent) && a.notSent.includes('will');

/**
 * An answer in the thread. Steward's answers are named, not quoted: the owner's notes are for the
 * case file. The exceptions are the written answers to the provider's question and to its rejection,
 * which the letters quote anyway ("Mijn antwoord: …", "Ons antwoord daarop: …"), so the thread shows
 * what the provider was told.
 */
/** v14: the date of the confirmation taken back, as the thread named it ("per 31 december 2026"). */
/** releasewait: the take-back was of a bank's block awaiting the release (v17), its date the balance's. */
const takenBackBlock = (a: Answer): boolean => (a.takenBack as { block?: unknown } | undefined)?.block === true;
const takenBackOn = (a: Answer, lang: Language) => {
  const date = (a.takenBack as { effectiveDate?: unknown } | undefined)?.effectiveDate;
  return typeof date === 'string' ? ` ${lang === 'nl' ? 'per' : 'as of'} ${longDate(date, lang)}` : '';
};

/** v15: the customer number a withdrawn complaint's correction gave (`changes`), or null. */
const withdrawnNumber = (a: Answer): string | null => {
  const to = Array.isArray(a.changes) ? (a.changes as { field?: unknown; to?: unknown }[]).find((c) => c.field === 'accountNumber')?.to : null;
  return typeof to === 'string' ? to : null;
};

/** bankanswer: what the provider said it did with its confirmation, after its date: "; rekening geblokkeerd, saldo € 1.234,56". */
/** What a bank or insurer did, by its one name (`doneNamed`, as the owner's forms and corrections name it), with its facts. */
const DONE_BY_YOU: Record<Language, (d: AnswerDone) => string> = {
  nl: (d) => {
    const named = doneNamed(d.done, 'nl');
    switch (d.done) {
      case 'accountBlocked': return `${named}${d.balance === null ? '' : `, saldo ${money(d.balance, 'nl')}`}${d.balanceReleased ? ', saldo overgemaakt naar de boedelrekening' : ''}`;
      case 'payoutHandled': return `${named}${d.payoutAmount === null ? '' : `, ${money(d.payoutAmount, 'nl')}`}${d.payoutTo ? ` aan ${d.payoutTo}` : ''}`;
      case 'coverContinues': return `${named}${d.coverUntil ? ` tot en met ${longDate(d.coverUntil, 'nl')}` : ''}`;
      case 'pensionStopped': return `${named}; ${SURVIVOR_WORDS.nl(d)}`;
      default: return named;
    }
  },
  en: (d) => {
    const named = doneNamed(d.done, 'en');
    switch (d.done) {
      case 'accountBlocked': return `${named}${d.balance === null ? '' : `, balance ${money(d.balance, 'en')}`}${d.balanceReleased ? ', balance paid to the estate account' : ''}`;
      case 'payoutHandled': return `${named}${d.payoutAmount === null ? '' : `, ${money(d.payoutAmount, 'en')}`}${d.payoutTo ? ` to ${d.payoutTo}` : ''}`;
      case 'coverContinues': return `${named}${d.coverUntil ? ` until ${longDate(d.coverUntil, 'en')}` : ''}`;
      case 'pensionStopped': return `${named}; ${SURVIVOR_WORDS.en(d)}`;
      default: return named;
    }
  },
};
/** fundanswer: the amount a confirmation carries is a fund's recovery of pension paid in excess (`FUND_BILL_NOUNS`), anyone else's its final invoice. */
const finalBillNoun = (a: Answer, lang: Language) => (answerDoneOf(a)?.done === 'pensionStopped' ? FUND_BILL_NOUNS[lang].one : lang === 'nl' ? 'eindafrekening' : 'final invoice');
const doneByYou = (a: Answer, lang: Language) => {
  const done = answerDoneOf(a);
  return done ? `; ${DONE_BY_YOU[lang](done)}` : '';
};

/** `own`: the desk gave it itself (not recorded by the case owner on its behalf). */
const ANSWERS: Record<string, Record<Language, (a: Answer, bills: NamedBill[], asked: AskedInstead | null, own: boolean) => string>> = {
  // committee (v22): the thread says the case is with the complaints body, from the day the owner filed it.
  COMMITTEE_FILED: {
    nl: (a, bills, asked) => COMMITTEE_FILED_DESK.nl(a, bills.map((b) => b.reference), billerOf(asked)),
    en: (a, bills, asked) => COMMITTEE_FILED_DESK.en(a, bills.map((b) => b.reference), billerOf(asked)),
  },
  // comcorr (v26): the filing as corrected, what it was before.
  COMMITTEE_FILING_CORRECTED: {
    nl: (a) => { const k = filingCorrectedOf(a); return k ? FILING_CORRECTED.desk.nl(k) : 'Steward corrigeerde wat het vastlegde van het geschil bij de geschillencommissie'; },
    en: (a) => { const k = filingCorrectedOf(a); return k ? FILING_CORRECTED.desk.en(k) : 'Steward corrected what it recorded of the dispute with the disputes committee'; },
  },
  ACKNOWLEDGE: { nl: (a) => `U bevestigde de ontvangst${str(a.reference) ? ` (uw kenmerk ${a.reference})` : ''}`, en: (a) => `You acknowledged receipt${str(a.reference) ? ` (your reference ${a.reference})` : ''}` },
  COMPLETE: {
    nl: (a) => `U bevestigde de afhandeling per ${longDate(String(a.effectiveDate), 'nl')}${str(a.reference) ? ` (uw kenmerk ${a.reference})` : ''}${doneByYou(a, 'nl')}${typeof a.finalInvoiceAmount === 'number' ? `; ${finalBillNoun(a, 'nl')} ${finalBill(a.finalInvoiceAmount, 'nl')}` : ''}`,
    en: (a) => `You confirmed completion as of ${longDate(String(a.effectiveDate), 'en')}${str(a.reference) ? ` (your reference ${a.reference})` : ''}${doneByYou(a, 'en')}${typeof a.finalInvoiceAmount === 'number' ? `; ${finalBillNoun(a, 'en')} ${finalBill(a.finalInvoiceAmount, 'en')}` : ''}`,
  },
  // v14: a confirmation the owner recorded on the wrong contract: the provider reads that it no longer stands, not her reason.
  TAKE_BACK_CONFIRMATION: {
    nl: (a) => `Steward trok ${takenBackBlock(a) ? 'de vastgelegde blokkering van de rekening (saldo' : 'de bevestiging'}${takenBackOn(a, 'nl')}${takenBackBlock(a) ? ')' : ''} in: die was per vergissing vastgelegd`,
    en: (a) => `Steward took back ${takenBackBlock(a) ? 'the recorded block of the account (balance' : 'the confirmation'}${takenBackOn(a, 'en')}${takenBackBlock(a) ? ')' : ''}: it was recorded by mistake`,
  },
  COMPLETION_CORRECTED: { nl: (a) => `U corrigeerde de afhandeling${detail(correctedText(a, 'nl'))}`, en: (a) => `You corrected the completion${detail(correctedText(a, 'en'))}` },
  REQUEST_INFORMATION: { nl: (a) => `U vroeg om informatie${detail(str(a.message))}`, en: (a) => `You asked for information${detail(str(a.message))}` },
  REJECT: { nl: (a) => `U wees het verzoek af${detail(str(a.reason))}`, en: (a) => `You rejected the request${detail(str(a.reason))}` },
  // v20: its own rejection taken back, with its note (the request waits on its answer again); a sentence ended with or without
  // a note (audit88 F8: the note's own stop ended only one of them).
  REJECTION_WITHDRAWN: { nl: (a) => endedSentence(`U trok uw afwijzing in${detail(str(a.note))}`), en: (a) => endedSentence(`You took back your rejection${detail(str(a.note))}`) },
  // An answer about bills names them (`billsOf`): the one it answered (v4: named, or the only one open), the collection's.
  // bankdispute: a bank books its charge back (the letter's ask), it sends no credit note.
  CREDIT_NOTE_SENT: {
    nl: (a, b, asked) =>
      asked === 'bank' ? `U boekte ${money(Number(a.amount), 'nl')} terug op de rekening${chargesNamed.nl(billsOf(a, b))}${detail(str(a.note))}`
      : `U stuurde een creditnota van ${money(Number(a.amount), 'nl')}${forBill.nl(billsOf(a, b), billerOf(asked))}${detail(str(a.note))}`,
    en: (a, b, asked) =>
      asked === 'bank' ? `You booked ${money(Number(a.amount), 'en')} back to the account${chargesNamed.en(billsOf(a, b))}${detail(str(a.note))}`
      : `You sent a credit note of ${money(Number(a.amount), 'en')}${forBill.en(billsOf(a, b), billerOf(asked))}${detail(str(a.note))}`,
  },
  INVOICE_WITHDRAWN: {
    nl: (a, b, asked) => `U trok ${billNamed(billsOf(a, b), 'nl', billerOf(asked)) || (asked === 'bank' ? 'de kosten' : `de ${nounsOf('nl', billerOf(asked)).one}`)} in${toldOnSaid(a, 'nl')}${detail(str(a.note))}`,
    en: (a, b, asked) => `You withdrew ${billNamed(billsOf(a, b), 'en', billerOf(asked)) || (asked === 'bank' ? 'the charge' : `the ${nounsOf('en', billerOf(asked)).one}`)}${toldOnSaid(a, 'en')}${detail(str(a.note))}`,
  },
  DISPUTE_REJECTED: {
    nl: (a, b, asked) => `U wees het bezwaar af${forBill.nl(billsOf(a, b), billerOf(asked))}${detail(str(a.reason))}`,
    en: (a, b, asked) => `You rejected the dispute${forBill.en(billsOf(a, b), billerOf(asked))}${detail(str(a.reason))}`,
  },
  // collwho: stopped, or suspended while the objection runs (as recorded).
  // collclaim: the whole claim dropped, with the bills it took (each bill's withdrawal follows in the thread); notawords2: each by its
  // biller's noun, as the owner's line names them (`billNounsOf`: an insurer's nota, a bank's costs).
  COLLECTION_STOPPED: {
    nl: (a, b, asked, own) => {
      const stop = collectionAnswerOf(a);
      if (stop.dropped) {
        // dropdesk (audit90 G3): the whole claim was dropped, the final bill included, as the desk's own form says; what the estate had
        // paid of it is said with it (Steward asks that back), not the unpaid rest as if that were the final bill.
        // dropday: paid after the provider's word (`toldOn`) is said so, not „al betaald".
        const paidBill = paidOnDroppedBill(stop.dropped, stop.toldOn);
        const paid = paidBill ? `, ook de eindafrekening (kenmerk ${paidBill.reference}, ${money(paidBill.whole, 'nl')}), ${paidOfDroppedBill(paidBill, 'nl')}` : '';
        const bills = droppedBillsNamed(paid ? { ...stop.dropped, finalBill: null } : stop.dropped, 'nl', { finalBill: (ref, amount) => `de eindafrekening (kenmerk ${ref}, ${amount})`, bill: (ref, amount) => `${billNounsOf(billerOf(asked)).nl.one} ${ref} (${amount})` });
        if (paid) return `U liet de vordering vallen${paid}${bills ? `; ook ${bills} ingetrokken` : ''}; de incasso is gestopt${detail(str(a.note))}`;
        return `U liet de hele vordering vallen${bills ? `: ${bills} ingetrokken` : ''}; de incasso is gestopt${detail(str(a.note))}`;
      }
      // engdesk (audit97 F3): the desk's own word is told as its answer, as its other answers are („U …"); one the owner recorded
      // (the provider's, the agency's or unattributed) follows who recorded it and stays said of the collection.
      const collection = `de incasso${forBill.nl(b, billerOf(asked))} is ${stop.suspended ? 'opgeschort' : 'gestopt'}`;
      return `${own ? `U liet weten dat ${collection}` : capitalised(collection)}${detail(str(a.note))}`;
    },
    en: (a, b, asked, own) => {
      const stop = collectionAnswerOf(a);
      if (stop.dropped) {
        const paidBill = paidOnDroppedBill(stop.dropped, stop.toldOn);
        const paid = paidBill ? `, the final invoice included (reference ${paidBill.reference}, ${money(paidBill.whole, 'en')}), ${paidOfDroppedBill(paidBill, 'en')}` : '';
        const bills = droppedBillsNamed(paid ? { ...stop.dropped, finalBill: null } : stop.dropped, 'en', { finalBill: (ref, amount) => `the final invoice (reference ${ref}, ${amount})`, bill: (ref, amount) => `${billNounsOf(billerOf(asked)).en.one} ${ref} (${amount})` });
        if (paid) return `You dropped the claim${paid}${bills ? `; ${bills} withdrawn too` : ''}; the debt collection was stopped${detail(str(a.note))}`;
        return `You dropped the whole claim${bills ? `: ${bills} withdrawn` : ''}; the debt collection was stopped${detail(str(a.note))}`;
      }
      const collection = `debt collection${forBill.en(b, billerOf(asked))}`;
      return `${own ? `You told us that the ${collection} has ${stop.suspended ? 'been suspended' : 'stopped'}` : `The ${collection} was ${stop.suspended ? 'suspended' : 'stopped'}`}${detail(str(a.note))}`;
    },
  },
  // v17: the release the block left owed, as the bank recorded it.
  BALANCE_RELEASED: {
    nl: (a) => `U maakte het saldo over naar de boedelrekening${str(a.releasedOn) ? ` op ${longDate(String(a.releasedOn), 'nl')}` : ''}${typeof a.amount === 'number' ? ` (${money(a.amount, 'nl')})` : ''}${detail(str(a.note))}`,
    en: (a) => `You paid the balance to the estate account${str(a.releasedOn) ? ` on ${longDate(String(a.releasedOn), 'en')}` : ''}${typeof a.amount === 'number' ? ` (${money(a.amount, 'en')})` : ''}${detail(str(a.note))}`,
  },
  // v12: a part answer (documents following later) is said to be a part: the rest is still owed to the provider. Our answer is
  // quoted as every reader quotes (rentlaw, audit104 F6).
  // One that enclosed nothing only said what follows.
  INFORMATION_SUPPLIED: {
    nl: (a) => `${leavesDocumentsToFollow(a) && enclosedNothing(a) ? 'Steward liet weten dat de gevraagde documenten later volgen' : `Steward leverde ${leavesDocumentsToFollow(a) ? 'een deel van ' : ''}de gevraagde informatie${willNotSent(a) ? ', behalve het testament: dat stuurt Steward nooit naar een aanbieder' : ''}`}${str(a.note) ? `; antwoord: ${quoted(String(a.note), 'nl')}` : ''}`,
    en: (a) => `${leavesDocumentsToFollow(a) && enclosedNothing(a) ? 'Steward said the documents you asked for follow later' : `Steward supplied ${leavesDocumentsToFollow(a) ? 'part of ' : ''}the information you asked for${willNotSent(a) ? ', except the will: Steward never sends one to a provider' : ''}`}${str(a.note) ? `; answer: ${quoted(String(a.note), 'en')}` : ''}`,
  },
  // An amended request may still be withdrawn before it goes: the new letter shows in the thread when it is sent.
  // The owner's answer to the rejection is quoted at once: it was written for the provider (the new letter quotes it too).
  // deskback: said as the desk meets it: the owner's answer to its rejection, and the request it receives again only once sent.
  AMEND: {
    nl: (a) => `Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd${answered(a, 'nl') && `. Antwoord op uw afwijzing${answered(a, 'nl')}`}`,
    en: (a) => `Steward is amending the request after your rejection; you will receive the amended request here once it is sent again${answered(a, 'en') && `. Answer to your rejection${answered(a, 'en')}`}`,
  },
  WITHDRAW: { nl: () => 'Steward trok het verzoek in', en: () => 'Steward withdrew the request' },
  // v9: the grounds were written for the provider (the complaint letter quotes them).
  COMPLAIN: {
    nl: (a) => `Steward diende een klacht in over uw afwijzing${str(a.grounds)?.trim() ? `: ${quoted(String(a.grounds), 'nl')}` : ''}`,
    en: (a) => `Steward filed a complaint about your rejection${str(a.grounds)?.trim() ? `: ${quoted(String(a.grounds), 'en')}` : ''}`,
  },
  // v16: the document's deletion request, a letter of its own, names it; the question is the provider's again only with the new one.
  // releaseremind: a bank asked nothing: the document withdrawn is one it needs to release the balance (v18, `release`).
  ANSWER_WITHDRAWN: {
    nl: (a) => (a.release === true ? 'Steward trok een document in dat het u stuurde en dat u nodig heeft om het saldo vrij te geven; er volgt een nieuw exemplaar, u hoeft nog niets te doen' : 'Steward trok een document in dat het u op uw vraag stuurde; er volgt een nieuw exemplaar, u hoeft nog niets te doen'),
    en: (a) => (a.release === true ? 'Steward withdrew a document it sent you that you need to release the balance; a new one follows, nothing to do yet' : 'Steward withdrew a document it sent you in answer to your question; a new one follows, nothing to do yet'),
  },
  // v23 (dropcorr): the drop the owner recorded on its behalf was a mistake: the bill it named stands again, our objection with it.
  // deskundo: the desk's own drop, taken back by the desk. ownerdrop: the desk's own drop, taken back by the owner on the provider's
  // word (`receivedVia`, `toldOn`); a bank's are its costs (`asked`), as its withdrawal's line says.
  // v27 (agencyundo): the agency's own word that it stopped, recorded by mistake: our request to suspend the collection stands again.
  AGENCY_STOP_UNDONE: {
    nl: (a) => `Steward draaide terug dat ${typeof a.agency === 'string' ? a.agency : 'het incassobureau'} de incasso had gestopt: dat was per vergissing vastgelegd. Ons verzoek om de incasso op te schorten staat weer`,
    en: (a) => `Steward undid its record that ${typeof a.agency === 'string' ? a.agency : 'the collection agency'} had stopped the collection: it was recorded by mistake. Our request to suspend the collection stands again`,
  },
  DROP_UNDONE: { nl: (a, b, asked) => dropUndoneText(a, billsOf(a, b), 'nl', billerOf(asked)), en: (a, b, asked) => dropUndoneText(a, billsOf(a, b), 'en', billerOf(asked)) },
  // v27 (claimundo): the owner undid the claim's drop on the provider's word (`receivedVia`, `toldOn`); our collection stop stands again.
  CLAIM_DROP_UNDONE: { nl: (a, b, asked) => claimDropUndoneText(a, billsOf(a, b), 'nl', billerOf(asked)), en: (a, b, asked) => claimDropUndoneText(a, billsOf(a, b), 'en', billerOf(asked)) },
  // v15: the owner corrected the number it rejected on: the complaint about that rejection no longer stands.
  COMPLAINT_WITHDRAWN: {
    nl: (a) => `Steward trok de klacht over uw afwijzing in: het klantnummer in het verzoek was onjuist${withdrawnNumber(a) ? `; het juiste klantnummer is ${withdrawnNumber(a)}` : ''}`,
    en: (a) => `Steward withdrew the complaint about your rejection: the customer number in the request was wrong${withdrawnNumber(a) ? `; the right customer number is ${withdrawnNumber(a)}` : ''}`,
  },
  DISPUTE_RESOLVED: { nl: (a, b, asked) => resolvedText(a, billsOf(a, b), 'nl', billerOf(asked)), en: (a, b, asked) => resolvedText(a, billsOf(a, b), 'en', billerOf(asked)) },
};

/** A drop undone, as the desk reads it: by the desk itself (`byDesk`), by the owner on its word (`receivedVia`), or her record's mistake. */
function dropUndoneText(a: Answer, bills: NamedBill[], lang: Language, biller: Biller): string {
  const bank = biller === 'bank';
  const the = { nl: bank ? 'de kosten' : `de ${nounsOf('nl', biller).one}`, en: bank ? 'the charge' : `the ${nounsOf('en', biller).one}` }[lang];
  const bill = billNamed(bills, lang, biller) || the;
  const via = receivedViaOf(a.receivedVia);
  if (lang === 'nl') {
    const stands = `ons bezwaar tegen ${the} loopt weer`;
    if (a.byDesk === true) return `U draaide uw intrekking van ${bill} terug: die gaf u per vergissing; ${stands}`;
    if (via && str(a.toldOn)) return `De contactpersoon heeft vastgelegd dat u op ${longDate(String(a.toldOn), 'nl')} ${RECEIVED_VIA_WORDS.nl[via]} liet weten dat uw intrekking van ${bill} een vergissing was; die is teruggedraaid en ${stands}`;
    return `Steward nam de vastgelegde intrekking van ${bill} terug: die was per vergissing vastgelegd; ${stands}`;
  }
  const stands = `our objection to ${the} stands again`;
  if (a.byDesk === true) return `You undid your withdrawal of ${bill}: you gave it by mistake; ${stands}`;
  if (via && str(a.toldOn)) return `The contact person recorded that you told us ${RECEIVED_VIA_WORDS.en[via]} on ${longDate(String(a.toldOn), 'en')} that your withdrawal of ${bill} was a mistake; it has been undone and ${stands}`;
  return `Steward took back the recorded withdrawal of ${bill}: it was recorded by mistake; ${stands}`;
}

/** claimundo: a claim dropped whole undone by the owner on the provider's word, as the desk reads it; a bank's bills are its costs, an insurer's its nota's. */
function claimDropUndoneText(a: Answer, bills: NamedBill[], lang: Language, biller: Biller): string {
  const bill = billNamed(bills, lang, biller);
  const via = receivedViaOf(a.receivedVia);
  const day = str(a.toldOn) ? longDate(String(a.toldOn), lang) : '';
  if (lang === 'nl') return `De contactpersoon heeft vastgelegd dat u${day ? ` op ${day}` : ''}${via ? ` ${RECEIVED_VIA_WORDS.nl[via]}` : ''} liet weten dat het laten vallen van de hele vordering${bill ? `, ook ${bill},` : ''} een vergissing was; dat is teruggedraaid en ons verzoek om de incasso op te schorten loopt weer`;
  return `The contact person recorded that you told us${via ? ` ${RECEIVED_VIA_WORDS.en[via]}` : ''}${day ? ` on ${day}` : ''} that dropping the whole claim${bill ? `, ${bill} included,` : ''} was a mistake; it has been undone and our request to suspend the collection stands again`;
}

/** Information supplied whose letter has not gone out (not yet produced, or held back by the letter rules). */
export const INFORMATION_BEING_PREPARED: Record<Language, string> = { nl: 'Steward stelt de gevraagde informatie samen', en: 'Steward is preparing the information you asked for' };

/** The answers the desk shows in a thread, by who gave them. */
export const PROVIDER_ANSWER_EVENTS = ['ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN'];
export const STEWARD_ANSWER_EVENTS = ['INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'COMMITTEE_FILING_CORRECTED', 'DROP_UNDONE', 'CLAIM_DROP_UNDONE', 'AGENCY_STOP_UNDONE'];

/**
 * Who recorded an answer the provider gave outside its desk (by phone, post or e-mail): the case owner, on its
 * behalf. `overrides`: it changes the answer the provider gave in its desk itself (`overridesDeskAnswer`).
 */
export interface RecordedAnswer {
  by: string;
  overrides: boolean;
  /** How it reached the case owner; null when recorded before she was asked (README, receivedvia). */
  via: ReceivedVia | null;
}
/** The provider reads what Steward holds on its behalf, who recorded it and how it came, never as if it had answered in its desk. */
const RECORDED: Record<Language, { by: (name: string, via: ReceivedVia | null) => string; byAgency: (name: string, via: ReceivedVia | null, agency: string) => string; byUnrecorded: (name: string, via: ReceivedVia | null) => string; overrides: string }> = {
  nl: {
    by: (name, via) => `Steward (${name}) legde uw antwoord vast${via ? ` dat u ${RECEIVED_VIA_WORDS.nl[via]} gaf` : ', niet in de desk gegeven'}`,
    byAgency: (name, via, agency) => `Steward (${name}) legde vast wat ${agency} (incassobureau)${via ? ` ${RECEIVED_VIA_WORDS.nl[via]}` : ''} liet weten`,
    byUnrecorded: (name, via) => `Steward (${name}) legde vast wat${via ? ` ${RECEIVED_VIA_WORDS.nl[via]}` : ''} werd doorgegeven, zonder vast te leggen of u of het incassobureau het gaf`,
    overrides: 'Dit wijzigt het antwoord dat u zelf in de desk gaf.',
  },
  en: {
    by: (name, via) => (via ? `Steward (${name}) recorded the answer you gave ${RECEIVED_VIA_WORDS.en[via]}` : `Steward (${name}) recorded your answer, not given in the desk`),
    byAgency: (name, via, agency) => `Steward (${name}) recorded what ${agency} (the collection agency) said${via ? ` ${RECEIVED_VIA_WORDS.en[via]}` : ''}`,
    byUnrecorded: (name, via) => `Steward (${name}) recorded what was passed on${via ? ` ${RECEIVED_VIA_WORDS.en[via]}` : ''}, without recording whether you or the collection agency gave it`,
    overrides: 'This changes the answer you gave in the desk yourself.',
  },
};

/**
 * An answer in the thread; `recorded`: given outside the desk and recorded by the case owner; `bills`: the bills it is
 * about as the thread knows them (with their amounts), named by the answers about bills; `asked`: what the request asked instead of an end.
 */
export function providerAnswerText(event: string, answer: Answer, lang: Language, recorded?: RecordedAnswer, bills: NamedBill[] = [], asked: AskedInstead | null = null): string {
  const said = ANSWERS[event][lang](answer, bills, asked, !recorded);
  if (!recorded) return said;
  // collwho: an agency's word on our collection stop is never read as the provider's own answer.
  // collrest: one recorded before the owner was asked who answered names no one.
  const stop = event === 'COLLECTION_STOPPED' ? collectionAnswerOf(answer, true) : null;
  const by = stop?.agency ? RECORDED[lang].byAgency(recorded.by, recorded.via, stop.agency) : stop && stop.by === null ? RECORDED[lang].byUnrecorded(recorded.by, recorded.via) : RECORDED[lang].by(recorded.by, recorded.via);
  return `${by}: ${said}${recorded.overrides ? `. ${RECORDED[lang].overrides}` : ''}`;
}
