import { type CommitteeCase, type CommitteeDecision, committeeCaseOf, committeeDecisionOf, type FilingCorrected, filingCorrectedOf } from './committee';
import { agencyReachable, type BillChange, type NoticeChange, type CollectionAgency, type CompletionChange, type ContractAction, type ContractContext, type ContractEvent, type ContractState, type FollowingDocument } from './contract.machine';
import { answeredBill, BILL_OUTCOMES, type BillOutcome, type DisputesHeld, type DroppedClaim, droppedClaimIn, openDisputesOf, type PaidOnDroppedBill, type SettledBill, heldBills, stillDisputed, unansweredBills } from './disputes';
import { remembered } from './memo';
import { chaseDayAfter } from './business-days';

/**
 * What the three audience tables (family `status-text.ts`, owner `status-text-owner.ts`, provider
 * `status-text-provider.ts`) share: languages, dates and amounts as the letters write them, and
 * how a phrase is filled in. The sentences themselves live only in the tables.
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** How the case owner received a provider's answer she records on its behalf (README, receivedvia). */
export const RECEIVED_VIA = ['phone', 'post', 'email'] as const;
export type ReceivedVia = (typeof RECEIVED_VIA)[number];
/** The way an answer came in, as its event recorded it; null for one given in the desk, or recorded before the way was asked. */
/** The way it came as a sentence says it: "KPN gaf telefonisch door", "the answer you gave by letter". */
export const RECEIVED_VIA_WORDS: Record<Language, Record<ReceivedVia, string>> = {
  nl: { phone: 'telefonisch', post: 'per brief', email: 'per e-mail' },
  en: { phone: 'by phone', post: 'by letter', email: 'by email' },
};
export const receivedViaOf = (value: unknown): ReceivedVia | null => (RECEIVED_VIA.includes(value as ReceivedVia) ? (value as ReceivedVia) : null);

/**
 * What an insurance is, as the case owner recorded it: decides what its request asks (letters/templates, `insuranceRequest`)
 * and what the family reads of it. `life` (uitvaart-, levens-, overlijdensrisicoverzekering): the death is the insured event,
 * the payout is claimed; `property` (woonhuis, inboedel, auto, aansprakelijkheid): the estate may still need the cover;
 * `health` (zorgverzekering): settled. Not recorded: the insurer is asked what it needs and how the policy continues or ends.
 */
export type InsuranceKind = 'life' | 'property' | 'health';
export const INSURANCE_KINDS: InsuranceKind[] = ['life', 'property', 'health'];

export interface StatusWords {
  /** The provider as the reader knows it ("KPN"). */
  providerName?: string;
  /** A contract with an insurer: what its request asked by the kind recorded ('unknown' when none was); absent: not an insurer's. */
  insurance?: InsuranceKind | 'unknown';
  /**
   * The bills (by reference) whose dispute letter has not gone out: held back by the letter rules for the case
   * owner. No objection to them is running yet, so nothing is said to hold "while the objection is open".
   */
  objectionsUnsent?: string[];
  /**
   * The bills disputed in part (by reference) whose part up to the end date, which the dispute letter accepts, was
   * marked paid: the family is told it was paid, not that it is owed.
   */
  untilEndPaid?: string[];
  /**
   * A question answered in part: the day the letter with that answer reached the provider (`YYYY-MM-DD`, as later letters name
   * it: `sentOn`); null while it has not (by post not yet posted, an e-mail not delivered). Absent: not read, and the day of her
   * answer (`partSuppliedOn`) is said.
   */
  partSentOn?: string | null;
  /** The due date of the current state, `YYYY-MM-DD`, if it has one. */
  dueDate?: string | null;
  /** The provider's independent complaints body with its article, per language ("de Geschillencommissie Energie"), where it has one. */
  complaintsBody?: Partial<Record<Language, string | null>>;
  /** Whether that body takes a case only if the provider is affiliated with it: then it is named on that condition, as the letters do. */
  complaintsBodyIfAffiliated?: boolean;
  /**
   * After our complaint, the first day that body takes the case (`complaintsBodyOpensOn`, `YYYY-MM-DD`). Absent: no
   * complaint on record to count from, so the owner's next step after a complaint names no body.
   */
  complaintsBodyOpens?: string | null;
  /**
   * audit102 F5: the contract takes the owner's complaint about a rejection now (its `COMPLAIN`, v9 on: the page offers the form), so
   * her next step names it beside amend and withdraw. Absent: not said (a contract started before v9 takes none).
   */
  complaintOffered?: boolean;
  /** Today, `YYYY-MM-DD`, for what depends on it (`complaintsBodyOpens`); absent, that day is taken as still ahead. */
  today?: string;
  /**
   * The first of the terms of the current state that passed one after another, `YYYY-MM-DD`, when they passed
   * without moving the contract and without a letter going again: the move is the owner's since then (a call,
   * or the owner's own late step), whatever fresh term the runtime counted.
   */
  missedDueDate?: string | null;
  /** releasedispute: beside a dispute, `missedDueDate` is the bank's release's passed term, her call about it not yet made (remindwithdraw). */
  releaseCallDue?: boolean;
  /** How many terms passed one after another since `missedDueDate` (absent: one). */
  missedTerms?: number;
  /**
   * The owner's own missed term is said beside, with the new one (the contract's status): the state's status
   * leaves out its due date and the move due now its missed date, so each date is said once. So is the
   * provider's term missed with no letter since: the state's status then names no term of the provider's. Today's row,
   * which shows no status, leaves it unset: its move names the missed term, its due date the new one.
   */
  ownTermSaid?: boolean;
  /**
   * Whether the reader reads the estate's debts (the heirs and their representative: `readsEstateDebts` in
   * src/documents/document-audience.ts): each bill's number and amounts, and what is to be paid. Another
   * relative reads that a bill came and how its dispute ended, in words written for them. Absent: not (the
   * safe side). Only the family's tables ask it; the owner and the provider read the debts.
   */
  readsDebts?: boolean;
  /**
   * The family's words of a contract done with its organisation while the estate still owes a bill of it: the caller says
   * that bill first (the contract waits on us), so a settled contract's words say only that the rest of it is done. Also
   * of a collection stop while the family's list of bills shows one of the contract as owed: not "nothing to pay".
   */
  billsOwed?: boolean;
  /**
   * bankpages (audit79 BD-1): the day an overdrawn account's debit (bankdebt) was marked paid in full (`YYYY-MM-DD`), read by the
   * caller from the bills; absent while any of it is still to pay. The block's words then say it was paid, not that it will be.
   */
  overdraftPaidOn?: string;
  /** The reader's names of document kinds, per language, as written mid-sentence ("verklaring van erfrecht"); absent: the kind's code in words. */
  documentKinds?: Partial<Record<Language, Record<string, string>>>;
  /**
   * refundrest: the family's sentence of a refund the provider confirmed as the caller knows it stands (src/words `refundOpen`, per
   * language), said in place of the confirmation's own „… betaalt € 15,50 terug."; '' once all of it came. Absent: that sentence.
   */
  refundTold?: Partial<Record<Language, string>>;
  /** famclosed (audit85 WORDS-1): a transfer's new holder by name, as the family's card names them ("Overzetten op naam van …"); absent: not known to the caller. */
  newHolder?: string | null;
  /**
   * collrest2: of a collection stop, the day its letter first went (`YYYY-MM-DD`: by post once posted, as later letters name it),
   * null while none has (being prepared, or waiting for the post); absent, taken as not gone: nothing is said asked before it was.
   */
  collectionStopSentOn?: string | null;
  /** A bank account we asked blocked with its balance per the date of death, not ended (`asksBankAccount`). */
  bankAccount?: boolean;
  /** pensionletter: a pension fund told of the death and asked to stop its payments, not to end a contract (`asksPensionStop`). */
  pensionFund?: boolean;
  /** What the bank or insurer said it did in its confirmation (`AnswerDone`, kept on the contract); null: none recorded, or a confirmation that said only a date. */
  answerDone?: AnswerDone | null;
}

/**
 * bankanswer: what a bank or an insurer did, as its confirmation says it: a request that asked no end (a bank account's block and
 * balance, an insurer's payout, cover or settlement) is answered with what was done, not an end date. Recorded in the
 * `COMPLETE` event's data (the machine reads none of it: no version of its own) and kept on the contract for every reader's words.
 */
export const ANSWERS_DONE = ['accountBlocked', 'payoutHandled', 'claimFormsSent', 'coverContinues', 'coverSettled', 'pensionStopped'] as const;
export type DoneKind = (typeof ANSWERS_DONE)[number];
export interface AnswerDone {
  done: DoneKind;
  /** accountBlocked: the balance per the confirmation's date (euros); null when the bank did not give it. */
  balance: number | null;
  /**
   * accountBlocked (balancecorrect): the day the balance holds per, when a correction moved the answer's date without giving the
   * balance again; absent, the confirmation's date. A balance is true per the day it was given, not per a date corrected later.
   */
  balanceOn?: string;
  /** accountBlocked: the balance was paid to the estate account. */
  balanceReleased: boolean;
  /** payoutHandled: the amount paid out (euros) and to whom, each null when not given. */
  payoutAmount: number | null;
  payoutTo: string | null;
  /** coverContinues: the last day the cover continues for the estate (`YYYY-MM-DD`); null when not given. */
  coverUntil: string | null;
  /**
   * fundanswer: pensionStopped: whether a nabestaandenpensioen (survivor's pension) follows, as the fund said; absent: not stated.
   * A fact for the family, not a contract of ours: the fund writes to the partner or children itself.
   */
  survivorPension?: SurvivorPension;
  /** fundanswer: pensionStopped with a survivor's pension that follows: to whom the fund writes about it, when it said. */
  survivorWritesTo?: string;
}
export const SURVIVOR_PENSION = ['follows', 'none'] as const;
export type SurvivorPension = (typeof SURVIVOR_PENSION)[number];
/**
 * fundanswer: what a pension fund said of a nabestaandenpensioen, mid-sentence, for every reader; not stated is said so, never guessed.
 * The fund decides and writes to the survivor itself (bpfhibin.nl, spw.nl: letters/templates/nl.ts `pensionRequest`).
 */
export const SURVIVOR_WORDS: Record<Language, (d: Pick<AnswerDone, 'survivorPension' | 'survivorWritesTo'>) => string> = {
  nl: (d) => (d.survivorPension === 'follows' ? `er volgt een nabestaandenpensioen${d.survivorWritesTo ? `; het fonds schrijft daarover aan ${d.survivorWritesTo}` : ''}` : d.survivorPension === 'none' ? 'er volgt geen nabestaandenpensioen' : 'het fonds heeft niet gezegd of er een nabestaandenpensioen volgt'),
  en: (d) => (d.survivorPension === 'follows' ? `a survivor’s pension (nabestaandenpensioen) follows${d.survivorWritesTo ? `; the fund writes to ${d.survivorWritesTo} about it` : ''}` : d.survivorPension === 'none' ? 'no survivor’s pension follows' : 'the fund did not say whether a survivor’s pension follows'),
};

/** Which answers fit what the request asked (`askedInstead`): a bank account's block, a life policy's payout or its forms, a property's cover, a health policy's settlement, a pension fund's payments stopped; any insurer's when its kind was not recorded; none for an end or a transfer. */
export function answersFitting(action: string, asked: RequestAsked): readonly DoneKind[] {
  switch (askedInstead(action, asked)) {
    case 'bank': return ['accountBlocked'];
    case 'life': return ['payoutHandled', 'claimFormsSent'];
    case 'property': return ['coverContinues'];
    case 'health': return ['coverSettled'];
    case 'pension': return ['pensionStopped'];
    case 'unknown': return ['payoutHandled', 'claimFormsSent', 'coverContinues', 'coverSettled'];
    default: return [];
  }
}

/**
 * balancecorrect: whether an answer may carry a final bill (`finalInvoiceAmount`, a debt or refund of the estate): only a health
 * insurer's settlement (its last premium or refund), a pension fund's recovery of pension paid in excess (fundanswer), an end or a transfer. A bank's balance is the estate's money, an overdrawn account
 * a negative balance, never a bill (its closing costs come off the balance it releases); a payout, or its forms, is money owed to the
 * heirs; a cover kept runs on and its premium is recorded as owed (keptcover). A date-only answer to a bank is a bank's answer.
 */
export function takesFinalBill(action: string, asked: RequestAsked, done: DoneKind | null): boolean {
  return done === null ? askedInstead(action, asked) !== 'bank' : done === 'coverSettled' || done === 'pensionStopped';
}

/**
 * deskanswer2: whether the insurer keeps the cover for the estate: asked so (a property policy, `askedInstead`) or answered so
 * (`coverContinues`). Its confirmed date then ends nothing, and a premium bill after it is owed by the estate, never disputed.
 */
export const coverContinuesForEstate = (action: string, asked: RequestAsked): boolean => askedInstead(action, asked) === 'property' || asked.answerDone?.done === 'coverContinues';

/**
 * coverwatch (audit77 KC-A): the day the watch for late bills (`afterEndDate`) counts from: the confirmed date, or the last day of
 * a cover the insurer keeps for the estate when that is later. Until then its premiums are owed, not late, and a premium after the
 * cover's end can only come after it. A cover kept with no last day given counts from the confirmed date, as before.
 */
export const watchedFrom = (effectiveDate: string | null, answer: AnswerDone | null): string | null =>
  answer?.done === 'coverContinues' && answer.coverUntil !== null && (effectiveDate === null || answer.coverUntil > effectiveDate) ? answer.coverUntil : effectiveDate;

const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const textOrNull = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** What was done, read from a recorded event's data (or a stored row); null when it records none. */
export function answerDoneOf(data: { done?: unknown; balance?: unknown; balanceOn?: unknown; balanceReleased?: unknown; payoutAmount?: unknown; payoutTo?: unknown; coverUntil?: unknown; survivorPension?: unknown; survivorWritesTo?: unknown } | null | undefined): AnswerDone | null {
  if (!data || !ANSWERS_DONE.includes(data.done as DoneKind)) return null;
  const balanceOn = textOrNull(data.balanceOn);
  const survivorPension = SURVIVOR_PENSION.find((v) => v === data.survivorPension);
  const survivorWritesTo = survivorPension === 'follows' ? textOrNull(data.survivorWritesTo) : null;
  return {
    done: data.done as DoneKind,
    balance: numberOrNull(data.balance),
    ...(balanceOn && { balanceOn }),
    balanceReleased: data.balanceReleased === true,
    payoutAmount: numberOrNull(data.payoutAmount),
    payoutTo: textOrNull(data.payoutTo),
    coverUntil: textOrNull(data.coverUntil),
    ...(survivorPension && { survivorPension }),
    ...(survivorWritesTo && { survivorWritesTo }),
  };
}

/**
 * What we ask a bank of the deceased's account: to block it and report the balance per the date of death, never to end it
 * (NVB, letters/legal.ts). One rule for the letters (`bankAsk` in letters/templates) and the words of every reader.
 */
export const asksBankAccount = (category: string | null | undefined, action: string | null | undefined) => category === 'bank' && action === 'cancel';
/**
 * pensionletter (audit103 F2): a pension fund pays out, so it is told of the death and asked to stop its payments per the date of death,
 * never to end a contract (letters/templates `pensionRequest`, where the sources are cited). One rule for the letter and every reader.
 */
export const asksPensionStop = (category: string | null | undefined, action: string | null | undefined) => category === 'pension' && action === 'cancel';

/** What a request asked of the provider beyond ending or transferring (an insurer's kind, a bank account's block and balance): one value for every reader's words. */
export type RequestAsked = Pick<StatusWords, 'insurance' | 'bankAccount' | 'pensionFund' | 'answerDone'>;
/**
 * bankrest: a block with nothing to release (machine v18 `balanceToRelease`): an overdrawn account, whose debit is a debt of the estate
 * (art. 4:7 lid 1 sub c BW), or an empty one. No amount, as the family's card says none; null when there is a balance to release.
 */
export const noBalance = (d: AnswerDone): 'overdrawn' | 'empty' | null => (d.balanceReleased || d.balance === null || d.balance > 0 ? null : d.balance < 0 ? 'overdrawn' : 'empty');
/** What a cancellation asked where it asks no end (`RequestAsked`): the bank account blocked, the insurer by kind, a pension fund's payments stopped; absent: the end or transfer itself. */
export type AskedInstead = 'bank' | 'pension' | InsuranceKind | 'unknown';
export const askedInstead = (action: string, asked: RequestAsked): AskedInstead | undefined => (action !== 'cancel' ? undefined : asked.bankAccount ? 'bank' : asked.pensionFund ? 'pension' : asked.insurance);
/** What the date of such an answer holds per (`askedInstead`): a bank's balance, a health policy settled, a fund's payments stopped (fundanswer), else the day of the answer; the desk's and the owner's forms label it so. */
export const answerDateKind = (asked: AskedInstead | null | undefined): 'bank' | 'health' | 'pension' | 'other' => (asked === 'bank' || asked === 'health' || asked === 'pension' ? asked : 'other');

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Dates already written out, per language: a page writes the same few days many times, each an Intl call. Bounded. */
const LONG_DATES: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };

/**
 * Written out as in the letters: "7 december 2026" / "7 December 2026". A day its month lacks (2026-02-30, typed in a
 * refused form) is written as typed, "30 februari 2026", where Date would roll it over into March.
 */
export function longDate(isoDate: string, lang: Language): string {
  return remembered(LONG_DATES[lang], isoDate, 8192, () => {
    const day = new Date(`${isoDate}T12:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === isoDate) return DATE_FORMATS[lang].format(day);
    const first = new Date(`${isoDate.slice(0, 8)}01T12:00:00Z`);
    if (Number.isNaN(first.getTime())) return isoDate;
    return DATE_FORMATS[lang].formatToParts(first).map((part) => (part.type === 'day' ? String(Number(isoDate.slice(8))) : part.value)).join('');
  });
}

const MONEY: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** "€ 15,00" / "€15.00". */
export function money(amount: number, lang: Language): string {
  return MONEY[lang].format(amount);
}

/** An amount as a person types it in a form, written as `money` writes it without the euro sign: "1.250,00" / "1,250.00". */
export const typedMoney = (amount: number, lang: Language) =>
  MONEY[lang].formatToParts(amount).filter((part) => part.type !== 'currency' && part.type !== 'literal').map((part) => part.value).join('');

/**
 * An amount of two readings as a page names it, from its refusal's `limit` ("1.250 1250 1.25": as typed, read as thousands, read
 * with the decimal mark when that is an amount): the readings written in the reader's way, "1,250.00" and "1.25" (null: none).
 */
export function amountReadings(limit: string, lang: Language): { typed: string; thousands: string; decimal: string | null } {
  const [typed, thousands, decimal] = limit.split(' ');
  return { typed, thousands: typedMoney(Number(thousands), lang), decimal: decimal === undefined ? null : typedMoney(Number(decimal), lang) };
}

/**
 * A final bill as every reader says it: "€ 7,50", or for a refund to the estate (recorded as a
 * negative amount, see CompleteDto) "€ 5,00 terug" / "a €5.00 refund", never "€ -5,00".
 */
export function finalBill(amount: number, lang: Language): string {
  if (amount >= 0) return money(amount, lang);
  return lang === 'nl' ? `${money(-amount, 'nl')} terug` : `a ${money(-amount, 'en')} refund`;
}

const LISTS: Record<Language, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};

/** "F-1, F-2 en F-3" / "F-1, F-2 and F-3": each item as the reader's sentence wants it. */
export const listed = (items: string[], lang: Language) => LISTS[lang].format(items);

/** An asked kind by its name; one she said follows in her own words (claimform, `other`) by those words. */
export function askedKindNamed(kind: string, following: readonly FollowingDocument[] | undefined, named: (kind: string) => string, lang: Language): string {
  const described = (following ?? []).filter((d) => d.kind === kind && d.description);
  return described.length ? listed(described.map((d) => d.description!), lang) : named(kind);
}

/** " van € 14,52" / " of €14.52", or nothing when no amount was recorded. */
export const amountOf = (amount: number | null, lang: Language) => (amount === null ? '' : ` ${lang === 'nl' ? 'van' : 'of'} ${money(amount, lang)}`);

/** A bill as the desk's thread names it: its number and the amount billed, when recorded. */
export interface NamedBill {
  reference: string;
  amount: number | null;
  /** audit101rest (F5): of a bill the provider credited in part, what is still disputed: a collection stop is about that, not the whole bill. */
  stillDisputed?: number;
}
const STILL_DISPUTED: Record<Language, (amount: string) => string> = { nl: (amount) => ` (nog ${amount} betwist)`, en: (amount) => ` (${amount} still disputed)` };
const BILL_NOUN: Record<Language, { one: string; several: string }> = { nl: { one: 'factuur', several: 'facturen' }, en: { one: 'invoice', several: 'invoices' } };
/**
 * "factuur F-71 van € 49,95" / "invoice F-71 of €49.95", several listed under one noun ("facturen F-1 van € 10,00 en
 * F-2 van € 20,00"); nothing for none. Every letter and answer about bills in a desk thread names them so: two read apart.
 * A bank's (`bank`) are its costs by their kenmerk (ownerrules): "kosten met kenmerk AB-9 van € 3,95" (a bank charges costs, it sends no invoice).
 */
export function billNamed(bills: readonly NamedBill[], lang: Language, bank: boolean | Biller = false): string {
  if (!bills.length) return '';
  const noun = billNounsOf(bank === true ? 'bank' : bank || undefined)[lang];
  const rest = (b: NamedBill) => (b.stillDisputed === undefined ? '' : STILL_DISPUTED[lang](money(b.stillDisputed, lang)));
  return `${bills.length > 1 ? noun.several : noun.one} ${listed(bills.map((b) => `${b.reference}${amountOf(b.amount, lang)}${rest(b)}`), lang)}`;
}

/** "uiterlijk 7 december 2026", or words that still read well when there is no date. */
export const nlBy = (due: string | null, otherwise: string) => (due ? `uiterlijk ${due}` : otherwise);
export const enBy = (due: string | null, otherwise: string) => (due ? `by ${due}` : otherwise);

/** What a phrase gets: provider name, written-out due date (null when unknown), the context, the complaints body (null when none or unknown), the written-out term missed (`StatusWords.missedDueDate`). */
export interface Said {
  p: string;
  due: string | null;
  c: ContractContext;
  body: string | null;
  /**
   * After our complaint: the body (`body`) and, while that day is still ahead, the written-out first day it takes the
   * case (null: it does now); null when the provider has none or no complaint is on record to count from.
   */
  complained: { body: string; from: string | null } | null;
  /** `StatusWords.complaintOffered`. */
  complaintOffered: boolean;
  /**
   * deskterm: the term passed (`due` before `StatusWords.today`) and the automatic step waits for the working day it goes on, the
   * first after the term (src/runtime/deadlines.ts, `deadlineOn`), written out; null otherwise (no term, not passed, or that day gone).
   */
  goesOn: string | null;
  /**
   * englow (audit92 F9): the term's last day (`due`) is behind us (`StatusWords.today` after it) while its step, a letter or the owner's
   * alert, waits for the working day it goes on (`deadlineOn`): a term ending on a Friday reads as passed on Saturday, not as to come.
   */
  passed: boolean;
  missed: string | null;
  /** `StatusWords.missedTerms`: 1 when unknown. */
  missedCount: number;
  /** `StatusWords.ownTermSaid`. */
  ownTermSaid: boolean;
  /** `StatusWords.objectionsUnsent`: the bills whose dispute letter has not gone out. */
  unsent: string[];
  /** `StatusWords.untilEndPaid`: the bills whose part up to the end date was paid. */
  paid: string[];
  /** The day a part answer went, by `StatusWords.partSentOn` (else the day of her answer); null: it has not gone yet; undefined: not known. */
  partSentOn: string | null | undefined;
  /** A document kind as the reader names it mid-sentence (`StatusWords.documentKinds`). */
  document: (kind: string) => string;
  /** `StatusWords.billsOwed`. */
  billsOwed: boolean;
  /** `StatusWords.collectionStopSentOn`, written out; null while the stop letter has not gone. */
  stopSentOn: string | null;
  /** `StatusWords.insurance`: null when not an insurer's contract. */
  insurance: InsuranceKind | 'unknown' | null;
  /** `StatusWords.bankAccount`. */
  bank: boolean;
  /** insurerwords: whose bills these are (`billerOfWords`): a bank's costs, an insurer's nota's, or invoices. */
  biller: Biller;
  /** `StatusWords.answerDone`. */
  done: AnswerDone | null;
  /** `StatusWords.overdraftPaidOn`: null while the overdraft is not paid in full (or there is none). */
  overdraftPaidOn: string | null;
  /** `StatusWords.refundTold` in this language; undefined: not told by the caller. */
  refund: string | undefined;
  /** What a cancellation asked instead of an end (`askedInstead` of the action, `insurance` and `bank`): its confirmed date is never said as an end. */
  asked: AskedInstead | undefined;
  /** `StatusWords.newHolder`: null when not known. */
  holder: string | null;
}
export type Phrase = (s: Said) => string;
/** One audience's sentences: every state, every language. */
export type Phrases = Record<ContractState, Record<Language, Phrase>>;

/** Used when the caller has no provider name at hand. */
export const SOME_PROVIDER: Record<Language, string> = { nl: 'de organisatie', en: 'the organisation' };
/** For a state a table does not know (a newer machine version): something true rather than a crash. */
const IN_HAND: Record<Language, Phrase> = {
  nl: ({ p }) => `We zijn bezig met het contract bij ${p}.`,
  en: ({ p }) => `We are handling the contract with ${p}.`,
};

/** `Said.goesOn`: the working day after a passed term, while it is today or still ahead. */
function goesOn({ dueDate, today }: StatusWords, lang: Language): string | null {
  if (!dueDate || !today || today <= dueDate) return null;
  const day = chaseDayAfter(dueDate);
  return today <= day ? longDate(day, lang) : null;
}

/** Fills in `phrases[state][lang]`. */
export function say(phrases: Phrases, state: ContractState, context: ContractContext, lang: Language, words: StatusWords): string {
  return fill(phrases[state]?.[lang] ?? IN_HAND[lang], context, lang, words);
}

/** The body's name, on the condition of the provider's affiliation where it has one (as the letters name it). */
const AFFILIATED: Record<Language, (body: string, p: string) => string> = {
  nl: (body, p) => `${body} (als ${p} daarbij is aangesloten)`,
  en: (body, p) => `${body} (if ${p} is affiliated with it)`,
};

function fill(phrase: Phrase, context: ContractContext, lang: Language, words: StatusWords): string {
  const p = words.providerName || SOME_PROVIDER[lang];
  const name = words.complaintsBody?.[lang];
  const body = name ? (words.complaintsBodyIfAffiliated ? AFFILIATED[lang](name, p) : name) : null;
  const opens = words.complaintsBodyOpens;
  const text = phrase({
    p,
    due: words.dueDate ? longDate(words.dueDate, lang) : null,
    c: context,
    body,
    complained: body && opens ? { body, from: words.today && words.today >= opens ? null : longDate(opens, lang) } : null,
    complaintOffered: Boolean(words.complaintOffered),
    goesOn: goesOn(words, lang),
    passed: Boolean(words.dueDate && words.today && words.today > words.dueDate),
    missed: words.missedDueDate ? longDate(words.missedDueDate, lang) : null,
    missedCount: words.missedTerms ?? 1,
    ownTermSaid: Boolean(words.ownTermSaid),
    unsent: words.objectionsUnsent ?? [],
    paid: words.untilEndPaid ?? [],
    partSentOn: words.partSentOn !== undefined ? words.partSentOn : context.openInformationRequest?.partSuppliedOn,
    document: (kind) => words.documentKinds?.[lang]?.[kind] ?? kind.replace(/_/g, ' '),
    billsOwed: Boolean(words.billsOwed),
    stopSentOn: words.collectionStopSentOn ? longDate(words.collectionStopSentOn, lang) : null,
    insurance: words.insurance ?? null,
    bank: Boolean(words.bankAccount),
    biller: billerOfWords(words),
    done: words.answerDone ?? null,
    overdraftPaidOn: words.overdraftPaidOn ?? null,
    refund: words.refundTold?.[lang],
    asked: askedInstead(context.action, words),
    holder: words.newHolder ?? null,
  });
  // Only the fallback name needs a capital at the start of a sentence; real names stay as written ("bol.com").
  return words.providerName ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One step of a contract's history as a timeline tells it. The state reached alone does not say what
 * happened: `confirmed` is also where a dispute ends, `requested` where supplied information goes.
 */
export interface ContractStep {
  event: string;
  /**
   * v14: the confirmation the owner took back, as it stood (its date; null when it had none), and her reason (null when not recorded);
   * `block` (releasewait): it was a bank's block awaiting the release, its date the balance's.
   */
  takenBack: { effectiveDate: string | null; reason: string | null; block: boolean } | null;
  /** v15: the complaint about the rejection withdrawn: the day it was filed and the customer number as corrected (null when not recorded). */
  complaintWithdrawn: { on: string | null; number: string | null } | null;
  /** v16: the kinds of the withdrawn document that answered the question, and the day it was withdrawn (null for any other step). */
  answerWithdrawn: { kinds: string[]; on: string } | null;
  /** v20: the provider took back its rejection: the day and its note (each null when not recorded; null for any other step). */
  rejectionWithdrawn: { on: string | null; note: string | null } | null;
  /** deskundo: a drop undone by the desk that gave it, not by the owner's record (`DROP_UNDONE` with `byDesk`). */
  dropUndoneByDesk?: true;
  /** agencyundo (v27): the agency whose own word that it stopped its collection was undone (`AGENCY_STOP_UNDONE`). */
  agencyStopUndone?: { agency: string };
  /**
   * repayback (v27 `CLAIM_DROP_UNDONE`): the money we had asked back on the claim, a request that now lapses (`repaymentWithdrawn`, added
   * by the contracts service): what was asked, and what the provider had paid back of it by then (`repaid`, recorded receipts).
   */
  repaymentWithdrawn?: RepaymentWithdrawn;
  /**
   * audit101: after the provider's word that the collection stopped, the open bills it had answered without settling them (held to, or
   * credited in part): no objection to them waits on the provider, the owner decides (missing: no such bill, or an entry written before).
   */
  billsHeld?: string[];
  /** The state it left; null when not recorded. */
  from: string | null;
  to: ContractState;
  /** The credit note's amount, when the event recorded one. */
  amount: number | null;
  /** Whether the step sent the provider a letter (v1's deadlines that keep a dispute or collection state do, v2's do not). */
  sentLetter: boolean;
  /** v4: the disputed bill an answer named, when it named one. */
  invoiceReference: string | null;
  /** v4: the invoice numbers of the bills still open after the step, when the step recorded where it left the contract. */
  billsStillOpen: string[] | null;
  /** v5: a credit note that left its bill open: the bill and what is still disputed of it after the step; `committee`: the complaints body has that bill (comlater2: the credit is the provider's offer while it runs). */
  partCredit: { reference: string; remaining: number; committee: CommitteeCase | null } | null;
  /** A credit note that closed its bill and left some of it to pay (`billLeft`, added by the services): that amount; null otherwise. */
  billLeft: number | null;
  /** v5: what a corrected confirmation changed, from → to (empty for any other step). */
  corrected: CompletionChange[];
  /** The owner's word that bills are settled: what happens with them, when it said so. */
  outcome: BillOutcome | null;
  /** The bills the owner's word settled, as they stood (`settled`, added to the event by the contracts service); empty when not recorded. */
  settled: SettledBill[];
  /** v6: a corrected bill: its number as the reader knew it, what changed, and whether its dispute was dropped (it bills no day after the end). */
  billCorrected: { bill: string | null; changes: BillChange[]; period: { from: [string, string]; to: [string, string] } | null; withdrawn: boolean } | null;
  /** A collection notice's agency that our stop letter could not reach (no email or address recorded): its name, else null. */
  agencyUnreached: string | null;
  /** v22: what the owner's correction of a collection notice changed, from → to, and whether our stop went to the agency again (null for any other step). */
  noticeCorrected: { changes: NoticeChange[]; stopAgain: boolean } | null;
  /** An amend after a rejection: the owner's answer for the provider, her case-file note (each null when none), and the documents she chose to send with it (amenddoc). */
  amended: { answer: string | null; note: string | null; documents: AmendedDocument[] } | null;
  /** v9: a complaint about a rejection: the owner's grounds, as recorded (null for any other step). */
  complaintGrounds: string | null;
  /** v12: supplied information that left asked documents to follow (`followsLater`): a part, not all that was asked. */
  partAnswer: boolean;
  /** A part answer that enclosed no document (`documentIds` empty): it only said what follows. False when not recorded. */
  nothingEnclosed: boolean;
  /** A withdrawn bill while no bill of ours was disputed (`billDisputed: false`, which the services added until collwithdraw refused such a withdrawal): no objection was settled. False when not recorded. */
  undisputedBill: boolean;
  /** A provider's answer the case owner recorded: how it reached her (`receivedViaOf`); null when given in the desk. */
  receivedVia: ReceivedVia | null;
  /** collrest, toldon: the day that answer was said, when she recorded it on a later day (the event's `toldOn`); null when not given. */
  toldOn: string | null;
  /** willasked: an answer to a question that asked for the will, which is never sent (the event's `notSent`). False when not recorded. */
  willNotSent: boolean;
  /** bankanswer: a confirmation's word of what the bank or insurer did (`AnswerDone`); null for any other step, or one that said only a date. */
  done: AnswerDone | null;
  /** v17: the day the bank released the balance it had blocked (`BALANCE_RELEASED`); null for any other step. */
  releasedOn: string | null;
  /** collwho: who answered our collection stop and what it did (`collectionAnswerOf`); null for any other step. */
  collectionAnswer: CollectionAnswer | null;
  /** coverfix: the owner's word that a premium is paid from the estate because the insurer's corrected cover takes it in (`InsideCover`); null otherwise. */
  insideCover: InsideCover | null;
  /** committee (v22): the complaints body's decision the owner's word recorded (`DISPUTE_RESOLVED`'s `committee`), or null. */
  committee: CommitteeDecision | null;
  /** committee (v22): the case the owner filed with the complaints body (`COMMITTEE_FILED`), or null. */
  committeeFiled: CommitteeCase | null;
  /** comcorr (v26): the filing's day or case number corrected (`COMMITTEE_FILING_CORRECTED`), from → to, or null. */
  filingCorrected: FilingCorrected | null;
  /** comlater3 (v24): the provider holding to a bill the complaints body has (`DISPUTE_REJECTED` naming it): the bill and its case; null otherwise. */
  rejectedAtCommittee: { reference: string; committee: CommitteeCase } | null;
}

/** repayback: the money asked back when a claim's drop was undone, and what of it the provider had paid back by then. */
export interface RepaymentWithdrawn {
  amount: number;
  repaid: number;
  /** The day of the latest receipt; null: nothing came back. */
  repaidOn: string | null;
  /**
   * repaybill: the reference of the bill `repaid` is to pay again from the estate (`repaidAgainBill`); null when nothing came back, or
   * on an undo recorded before it was kept (its money is then said owed, never listed to pay).
   */
  owedAs: string | null;
}

/** repayback: the undo's `repaymentWithdrawn` as its event stored it, or null (an undo of a claim never asked back, or recorded before it was kept). */
export const repaymentWithdrawnOf = (value: unknown): RepaymentWithdrawn | null => {
  const r = value as { amount?: unknown; repaid?: unknown; repaidOn?: unknown; owedAs?: unknown } | null | undefined;
  return r && typeof r.amount === 'number' && typeof r.repaid === 'number' ? { amount: r.amount, repaid: r.repaid, repaidOn: typeof r.repaidOn === 'string' ? r.repaidOn : null, owedAs: typeof r.owedAs === 'string' ? r.owedAs : null } : null;
};

/**
 * repaybill: what an undo of a claim's drop finds paid back and owed to the provider again, and the bill to pay it by. Her receipts of
 * money asked back on a contract add up over every drop of it, so an undo owes only what came back since the earlier undos counted theirs
 * (`earlier`: their `repaymentWithdrawn`): a drop undone, dropped again and undone again owes what came back after the first undo, never
 * the first receipts twice. The bill is named by the final bill asked back, numbered from the second such bill on, so each has its own
 * payment (`bill_payments` is unique per contract and reference). No law is read here: the claim stood, so what came back of the
 * estate's payment on it is owed again (repayback).
 */
export function repaidAgainBill(asked: { amount: number; received: number; reference: string; lastReceivedOn: string | null }, earlier: RepaymentWithdrawn[]): RepaymentWithdrawn {
  const counted = earlier.reduce((sum, r) => sum + r.repaid, 0);
  const repaid = Math.max(0, Math.round((asked.received - counted) * 100) / 100);
  const bills = earlier.filter((r) => r.owedAs !== null).length;
  return { amount: asked.amount, repaid, repaidOn: repaid > 0 ? asked.lastReceivedOn : null, owedAs: repaid > 0 ? `${asked.reference}-terugbetaald${bills ? `-${bills + 1}` : ''}` : null };
}

/**
 * coverfix: a kept cover's last day corrected to a later one (`until`; null: none given) took in a premium disputed as after the
 * earlier day: its dispute ended with the owner's word that the estate pays it (the event's `insideCover`, added by the contracts service).
 */
export interface InsideCover {
  until: string | null;
}
export const insideCoverOf = (v: unknown): InsideCover | null => {
  const until = v && typeof v === 'object' ? (v as { until?: unknown }).until : undefined;
  return typeof until === 'string' || until === null ? { until } : null;
};

/** An owner's answer that leaves asked documents to follow (v12 `followsLater`): a part answer. */
export const leavesDocumentsToFollow = (answer: { followsLater?: unknown }): boolean => Array.isArray(answer.followsLater) && answer.followsLater.length > 0;

/**
 * collwho: an answer to our collection stop: the agency (by its name on the newest collection notice) or the provider, and
 * whether it stopped the collection or suspended it while the objection runs. As the owner recorded it (`answeredBy`,
 * `agencyName`, `collection`); given in the provider's desk it is the provider's stop. collrest: one the owner recorded before
 * she was asked who answered (a way it reached her, no `answeredBy`) names no one (`by` null): the record cannot say, so no reader guesses.
 */
export interface CollectionAnswer {
  by: 'provider' | 'agency' | null;
  agency: string | null;
  suspended: boolean;
  /** collclaim: the provider dropped the whole claim it handed to the agency, and these bills with it; null: only the collection stopped. */
  dropped: DroppedClaim | null;
  /** dropday: the day the provider said so, when the owner recorded it later (`toldOn`); null: the day it was recorded. */
  toldOn: string | null;
}
export const collectionAnswerOf = (
  event: { answeredBy?: unknown; agencyName?: unknown; collection?: unknown; receivedVia?: unknown; claimDropped?: unknown; toldOn?: unknown },
  /** Recorded by the owner: known from its author where the reader has it (the desk thread), else from the way it reached her. */
  byOwner = receivedViaOf(event.receivedVia) !== null,
): CollectionAnswer => {
  const agency = event.answeredBy === 'agency' && typeof event.agencyName === 'string' ? event.agencyName : null;
  const unrecorded = event.answeredBy === undefined && byOwner;
  return { by: agency ? 'agency' : unrecorded ? null : 'provider', agency, suspended: event.collection === 'suspended', dropped: droppedClaimIn(event), toldOn: typeof event.toldOn === 'string' ? event.toldOn : null };
};

/** Whether a collection stop left bills disputed: not when the provider dropped the whole claim (each bill's withdrawal follows it). */
export const stillDisputedAfterStop = (step: Pick<ContractStep, 'billsStillOpen' | 'collectionAnswer'>): boolean => !!step.billsStillOpen?.length && !step.collectionAnswer?.dropped;

/**
 * collclaim: the bills a dropped claim took with it, listed as the reader names them: the final bill by `finalBill` (its kenmerk
 * given), each other by `bill` (its number given), each with its amount; empty when the record held none.
 */
export function droppedBillsNamed(claim: DroppedClaim, lang: Language, name: { finalBill: (reference: string, amount: string) => string; bill: (reference: string, amount: string) => string }): string {
  const final = claim.finalBill ? [name.finalBill(claim.finalBill.reference, money(claim.finalBill.amount, lang))] : [];
  return listed([...final, ...claim.bills.map((b) => name.bill(b.reference, money(b.amount, lang)))], lang);
}

/**
 * dropday (audit89 F2): the provider dropped the whole claim, the final bill included; what the estate had paid of that bill is said
 * after the bill's name (its whole amount): all of it or a part, before the provider's word or after it (paid on a claim already dropped).
 */
export const paidOfDroppedBill = (b: PaidOnDroppedBill, lang: Language): string => {
  const [paid, on] = [money(b.paid, lang), longDate(b.paidOn, lang)];
  const part = b.paid < b.whole;
  if (lang === 'nl') return b.afterDrop ? (part ? `waarvan daarna nog ${paid} betaald is, op ${on}` : `die daarna nog betaald is, op ${on}`) : part ? `waarvan ${paid} al betaald was op ${on}` : `die al betaald was op ${on}`;
  return b.afterDrop ? (part ? `of which ${paid} was paid after that, on ${on}` : `which was paid after that, on ${on}`) : part ? `of which ${paid} had already been paid on ${on}` : `which had already been paid on ${on}`;
};

/** An answer recorded enclosing no document (`documentIds`, recorded with every answer; absent, it is not known). */
export const enclosedNothing = (answer: { documentIds?: unknown }): boolean => Array.isArray(answer.documentIds) && answer.documentIds.length === 0;

/**
 * The step a transition made, from what it recorded: the event with its data, the states, the types of
 * its effects, and the read model it left (its open bills).
 */
export function contractStep(
  event: { type: string; amount?: unknown; invoiceReference?: unknown; corrected?: unknown; outcome?: unknown; settled?: unknown; reference?: unknown; periodFrom?: unknown; periodTo?: unknown; answer?: unknown; note?: unknown; grounds?: unknown; billDisputed?: unknown; billLeft?: unknown; followsLater?: unknown; documentIds?: unknown; documents?: unknown; receivedVia?: unknown; toldOn?: unknown; notSent?: unknown; takenBack?: unknown; reason?: unknown; complainedOn?: unknown; changes?: unknown; kinds?: unknown; withdrawnOn?: unknown; done?: unknown; releasedOn?: unknown; insideCover?: unknown; committee?: unknown; answeredBy?: unknown; agencyName?: unknown; collection?: unknown; byDesk?: unknown; inAgencyLanguage?: unknown; repaymentWithdrawn?: unknown } & CollectionAgency,
  from: string | null,
  to: string,
  effectTypes: readonly unknown[] = [],
  after: DisputesHeld | null = null,
): ContractStep {
  const repaymentWithdrawn = event.type === 'CLAIM_DROP_UNDONE' ? repaymentWithdrawnOf(event.repaymentWithdrawn) : null;
  return {
    event: event.type, from, to: to as ContractState, takenBack: event.type === 'TAKE_BACK_CONFIRMATION' ? takenBackOf(event) : null,
    complaintWithdrawn: event.type === 'COMPLAINT_WITHDRAWN' ? complaintWithdrawnOf(event) : null,
    answerWithdrawn: event.type === 'ANSWER_WITHDRAWN' && Array.isArray(event.kinds) && typeof event.withdrawnOn === 'string' ? { kinds: event.kinds.map(String), on: event.withdrawnOn } : null,
    rejectionWithdrawn: event.type === 'REJECTION_WITHDRAWN' ? { on: typeof event.withdrawnOn === 'string' ? event.withdrawnOn : null, note: wordsOrNull(event.note) } : null,
    ...(event.type === 'DROP_UNDONE' && event.byDesk === true && { dropUndoneByDesk: true }),
    ...(event.type === 'AGENCY_STOP_UNDONE' && typeof event.agency === 'string' && { agencyStopUndone: { agency: event.agency } }),
    ...(repaymentWithdrawn && { repaymentWithdrawn }),
    // v22: a corrected notice's letter is to the agency alone (`noticeCorrected`), no letter to the provider.
    amount: typeof event.amount === 'number' ? event.amount : null, sentLetter: effectTypes.includes('letter') && event.type !== 'COLLECTION_NOTICE_CORRECTED',
    invoiceReference: typeof event.invoiceReference === 'string' && event.invoiceReference ? event.invoiceReference : null,
    billsStillOpen: after && openDisputesOf(after).map((d) => d.reference),
    partCredit: event.type === 'CREDIT_NOTE_SENT' ? creditedBillLeftOpen(after, event) : null,
    billLeft: event.type === 'CREDIT_NOTE_SENT' ? leftToPay(event.billLeft) : null,
    corrected: event.type === 'COMPLETION_CORRECTED' && Array.isArray(event.corrected) ? (event.corrected as CompletionChange[]) : [],
    outcome: event.type === 'DISPUTE_RESOLVED' && BILL_OUTCOMES.includes(event.outcome as BillOutcome) ? (event.outcome as BillOutcome) : null,
    settled: event.type === 'DISPUTE_RESOLVED' && Array.isArray(event.settled) ? (event.settled as SettledBill[]) : [],
    billCorrected: event.type === 'BILL_CORRECTED' ? correctedBill(event, after) : null,
    agencyUnreached: event.type === 'COLLECTION_NOTICE' && event.agency && !agencyReachable(event) ? event.agency : null,
    noticeCorrected: event.type === 'COLLECTION_NOTICE_CORRECTED' && Array.isArray(event.corrected) ? { changes: event.corrected as NoticeChange[], stopAgain: effectTypes.includes('letter') || event.inAgencyLanguage === true } : null,
    amended: event.type === 'AMEND' ? { answer: wordsOrNull(event.answer), note: wordsOrNull(event.note), documents: amendedDocumentsOf(event.documents) } : null,
    complaintGrounds: event.type === 'COMPLAIN' ? wordsOrNull(event.grounds) : null,
    undisputedBill: event.type === 'INVOICE_WITHDRAWN' && event.billDisputed === false,
    partAnswer: event.type === 'INFORMATION_SUPPLIED' && leavesDocumentsToFollow(event),
    nothingEnclosed: event.type === 'INFORMATION_SUPPLIED' && leavesDocumentsToFollow(event) && enclosedNothing(event),
    receivedVia: receivedViaOf(event.receivedVia),
    toldOn: receivedViaOf(event.receivedVia) && typeof event.toldOn === 'string' ? event.toldOn : null,
    willNotSent: event.type === 'INFORMATION_SUPPLIED' && Array.isArray(event.notSent) && event.notSent.includes('will'),
    done: event.type === 'COMPLETE' ? answerDoneOf(event) : null,
    releasedOn: event.type === 'BALANCE_RELEASED' && typeof event.releasedOn === 'string' ? event.releasedOn : null,
    collectionAnswer: event.type === 'COLLECTION_STOPPED' ? collectionAnswerOf(event) : null,
    ...(event.type === 'COLLECTION_STOPPED' && after && heldBills(after).length > 0 && { billsHeld: heldBills(after).map((d) => d.reference) }),
    insideCover: event.type === 'DISPUTE_RESOLVED' ? insideCoverOf(event.insideCover) : null,
    committee: event.type === 'DISPUTE_RESOLVED' ? committeeDecisionOf(event.committee) : null,
    committeeFiled: event.type === 'COMMITTEE_FILED' ? committeeCaseOf(event) : null,
    filingCorrected: event.type === 'COMMITTEE_FILING_CORRECTED' ? filingCorrectedOf(event as { body?: unknown; corrected?: unknown }) : null,
    // Only where the step kept the state (v24 on): v23 sent such a rejection to `disputeRejected` and asked her to decide, as its line said then.
    rejectedAtCommittee: event.type === 'DISPUTE_REJECTED' && from === to ? rejectedAtCommitteeOf(after, event) : null,
  };
}

/** v15: the complaint a correction withdrew, from its event (`complainedOn`, the corrected customer number in `changes`). */
function complaintWithdrawnOf(event: { complainedOn?: unknown; changes?: unknown }): ContractStep['complaintWithdrawn'] {
  const number = Array.isArray(event.changes) ? (event.changes as { field?: unknown; to?: unknown }[]).find((c) => c.field === 'accountNumber')?.to : null;
  return { on: typeof event.complainedOn === 'string' ? event.complainedOn : null, number: typeof number === 'string' ? number : null };
}

/** v15: the complaint about the rejection withdrawn because the customer number was corrected, for the owner (with the day it was filed) and the family. */
export const complaintWithdrawn: Record<Language, (p: string, step: ContractStep, forFamily?: boolean) => string> = {
  nl: (p, { complaintWithdrawn: w }, forFamily) =>
    forFamily
      ? `We hebben onze klacht over de afwijzing door ${p} ingetrokken: het klantnummer in ons verzoek was niet juist. Het juiste klantnummer is doorgegeven en ${p} behandelt het verzoek opnieuw.`
      : `De klacht${w?.on ? ` van ${longDate(w.on, 'nl')}` : ''} over de afwijzing door ${p} is ingetrokken: het klantnummer is gecorrigeerd${w?.number ? ` naar ${w.number}` : ''}. ${p} behandelt het verzoek opnieuw.`,
  en: (p, { complaintWithdrawn: w }, forFamily) =>
    forFamily
      ? `We withdrew our complaint about ${p}'s rejection: the customer number in our request was wrong. The right number has been passed on and ${p} is handling the request again.`
      : `The complaint${w?.on ? ` of ${longDate(w.on, 'en')}` : ''} about ${p}'s rejection has been withdrawn: the customer number was corrected${w?.number ? ` to ${w.number}` : ''}. ${p} is handling the request again.`,
};

/** v14: the confirmation a step took back, from its event (`takenBack`, `reason`). */
function takenBackOf(event: { takenBack?: unknown; reason?: unknown }): ContractStep['takenBack'] {
  const { effectiveDate: date, block } = (event.takenBack ?? {}) as { effectiveDate?: unknown; block?: unknown };
  return { effectiveDate: typeof date === 'string' ? date : null, reason: wordsOrNull(event.reason), block: block === true };
}

/**
 * v14: the confirmation taken back, named by its date ("de bevestiging van KPN (einddatum 31 december 2026)"): a transfer's is the
 * date of transfer; a bank's block (v17, releasewait) is named as the block, by its balance's date. Every reader reads the same words,
 * the owner with her reason after them.
 */
export const confirmationTakenBack: Record<Language, (provider: string, action: string, step: ContractStep) => string> = {
  nl: (p, action, { takenBack }) =>
    takenBack?.block ? `Het antwoord van ${p} dat de rekening is geblokkeerd${takenBack.effectiveDate ? ` (saldo per ${longDate(takenBack.effectiveDate, 'nl')})` : ''} is ingetrokken: per vergissing vastgelegd.` :
    `De bevestiging van ${p}${takenBack?.effectiveDate ? ` (${action === 'transfer' ? 'datum van overzetting' : 'einddatum'} ${longDate(takenBack.effectiveDate, 'nl')})` : ''} is ingetrokken: per vergissing vastgelegd.`,
  en: (p, action, { takenBack }) =>
    takenBack?.block ? `The answer from ${p} that the account was blocked${takenBack.effectiveDate ? ` (balance as of ${longDate(takenBack.effectiveDate, 'en')})` : ''} has been taken back: recorded by mistake.` :
    `The confirmation from ${p}${takenBack?.effectiveDate ? ` (${action === 'transfer' ? 'transfer date' : 'end date'} ${longDate(takenBack.effectiveDate, 'en')})` : ''} has been taken back: recorded by mistake.`,
};

const wordsOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * A document the owner chose to send with the amend of a rejected request (README amenddoc), as the amend's event records it
 * (the documents module adds it; the machine keeps none): the request sent again carries it in place of the earlier one of its kind.
 */
export interface AmendedDocument {
  id: string;
  kind: string;
  fileName: string;
}

/** The documents an amend's event recorded; an amend recorded before it did, or anything else, chose none. */
export function amendedDocumentsOf(value: unknown): AmendedDocument[] {
  if (!Array.isArray(value)) return [];
  return value.filter((d): d is AmendedDocument => typeof d?.id === 'string' && typeof d.kind === 'string' && typeof d.fileName === 'string');
}

/** v6: the bill a correction changed, named as it was before; dropped when it is no longer open after the step. */
function correctedBill(event: { reference?: unknown; corrected?: unknown; periodFrom?: unknown; periodTo?: unknown }, after: DisputesHeld | null): ContractStep['billCorrected'] {
  const changes = Array.isArray(event.corrected) ? (event.corrected as BillChange[]) : [];
  const reference = typeof event.reference === 'string' ? event.reference : null;
  const bill = String(changes.find((c) => c.field === 'reference')?.from ?? reference ?? '') || null;
  // The period is one figure: an end the correction left is the same before and after.
  const now: [string, string] = [String(event.periodFrom), String(event.periodTo)];
  const was = (field: 'periodFrom' | 'periodTo', i: 0 | 1) => String(changes.find((c) => c.field === field)?.from ?? now[i]);
  const period = changes.some((c) => c.field === 'periodFrom' || c.field === 'periodTo') ? { from: [was('periodFrom', 0), was('periodTo', 1)] as [string, string], to: now } : null;
  return { bill, changes: changes.filter((c) => c.field !== 'periodFrom' && c.field !== 'periodTo'), period, withdrawn: after !== null && !openDisputesOf(after).some((d) => d.reference === reference) };
}

const BILL_FIGURE: Record<Language, Record<Exclude<BillChange['field'], 'periodFrom' | 'periodTo'> | 'period', string>> = {
  nl: { reference: 'het factuurnummer', invoiceDate: 'de factuurdatum', amount: 'het bedrag', period: 'de periode' },
  en: { reference: 'the invoice number', invoiceDate: 'the invoice date', amount: 'the amount', period: 'the period' },
};
/** bankwords3: a bank's costs have a kenmerk and a date, no invoice (as her form names them: `chargeFormLabels`). */
const CHARGE_FIGURE: typeof BILL_FIGURE = {
  nl: { reference: 'het kenmerk', invoiceDate: 'de datum van de kosten', amount: 'het bedrag', period: 'de periode' },
  en: { reference: 'the reference', invoiceDate: 'the date of the charge', amount: 'the amount', period: 'the period' },
};
/** notawords: an insurer's nota has its number and its date (`INSURER_BILL_NOUNS`). */
const NOTA_FIGURE: typeof BILL_FIGURE = {
  nl: { reference: 'het notanummer', invoiceDate: 'de notadatum', amount: 'het bedrag', period: 'de periode' },
  en: { reference: 'the bill number', invoiceDate: 'the bill date', amount: 'the amount', period: 'the period' },
};
/** fundwords2: a fund's recovery has its terugvorderingsnummer and terugvorderingsdatum, with the linking -s- (letters/templates `billCompound`). */
const RECOVERY_FIGURE: typeof BILL_FIGURE = {
  nl: { reference: 'het terugvorderingsnummer', invoiceDate: 'de terugvorderingsdatum', amount: 'het bedrag', period: 'de periode' },
  en: { reference: 'the recovery number', invoiceDate: 'the recovery date', amount: 'the amount', period: 'the period' },
};

/**
 * v6: each figure a bill correction changed, named and written as the letters write them ("het bedrag",
 * "€ 24,98", "€ 42,98"); the period as one figure with both its ends. Each audience's table makes its sentence of them.
 */
/** A bill's period written out: "1 december 2026 tot en met 31 december 2026". */
export const periodSpan = (from: string, to: string, lang: Language) => `${longDate(from, lang)} ${lang === 'nl' ? 'tot en met' : 'to'} ${longDate(to, lang)}`;

export function correctedBillFigures({ changes, period }: NonNullable<ContractStep['billCorrected']>, lang: Language, biller: Biller): { field: string; from: string; to: string }[] {
  const figure = (biller === 'bank' ? CHARGE_FIGURE : biller === 'insurer' ? NOTA_FIGURE : biller === 'fund' ? RECOVERY_FIGURE : BILL_FIGURE)[lang];
  const value = (c: BillChange, v: string | number) => (c.field === 'amount' ? money(Number(v), lang) : c.field === 'reference' ? String(v) : longDate(String(v), lang));
  const span = ([from, to]: [string, string]) => periodSpan(from, to, lang);
  return [
    ...changes.map((c) => ({ field: figure[c.field as keyof (typeof BILL_FIGURE)['nl']], from: value(c, c.from), to: value(c, c.to) })),
    ...(period ? [{ field: figure.period, from: span(period.from), to: span(period.to) }] : []),
  ];
}

const CORRECTED_FIELD: Record<Language, Record<CompletionChange['field'] | 'transferDate' | 'answerDate', string>> = {
  nl: {
    effectiveDate: 'de einddatum', transferDate: 'de datum van de overzetting', answerDate: 'de datum', reference: 'het kenmerk', finalInvoiceAmount: 'de eindafrekening',
    done: 'wat er is gedaan', balance: 'het saldo', balanceReleased: 'het saldo overgemaakt naar de boedelrekening', payoutAmount: 'het uitgekeerde bedrag', payoutTo: 'aan wie is uitgekeerd', coverUntil: 'de laatste dag van de dekking',
  },
  en: {
    effectiveDate: 'the end date', transferDate: 'the transfer date', answerDate: 'the date', reference: 'the reference', finalInvoiceAmount: 'the final bill',
    done: 'what was done', balance: 'the balance', balanceReleased: 'the balance paid to the estate account', payoutAmount: 'the amount paid out', payoutTo: 'who was paid', coverUntil: 'the last day of the cover',
  },
};
/**
 * What a bank or insurer did, named mid-sentence (keptcover: a corrected answer says what it was and what it is). The one source
 * of these names: the catalogues' choices are them with a capital (`doneChoices`).
 */
const DONE_NAMED: Record<Language, Record<DoneKind, string>> = {
  nl: { accountBlocked: 'rekening geblokkeerd', payoutHandled: 'uitkering in behandeling genomen', claimFormsSent: 'formulieren voor de uitkering gestuurd', coverContinues: 'verzekering loopt door voor de nalatenschap', coverSettled: 'verzekering afgewikkeld', pensionStopped: 'pensioenbetalingen gestopt' },
  en: { accountBlocked: 'account blocked', payoutHandled: 'payout taken up', claimFormsSent: 'claim forms sent', coverContinues: 'cover continues for the estate', coverSettled: 'policy settled', pensionStopped: 'pension payments stopped' },
};
/** What a bank or insurer did, named mid-sentence ("rekening geblokkeerd"). */
export const doneNamed = (kind: DoneKind, lang: Language): string => DONE_NAMED[lang][kind];
/** What a bank or insurer did as a choice on a form, each starting with a capital ("Rekening geblokkeerd"). */
export const doneChoices = (lang: Language): Record<DoneKind, string> =>
  Object.fromEntries(Object.entries(DONE_NAMED[lang]).map(([kind, name]) => [kind, capitalised(name)])) as Record<DoneKind, string>;
const YES_NO: Record<Language, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };
/** The facts of an answer that are sums of money or a person paid: not the family's to read on every card (bankanswer). */
const AMOUNT_FIELDS: readonly CompletionChange['field'][] = ['balance', 'balanceReleased', 'payoutAmount', 'payoutTo'];
const NOTHING: Record<Language, string> = { nl: 'geen', en: 'none' };

/** A value a correction recorded where there was none (a final bill's amount, a reference), not a yes or no. */
export const firstRecorded = (c: CompletionChange): boolean => c.from === null && c.field !== 'balanceReleased';
/**
 * A corrected value and the one it replaced, the new one first: „€ 12,50 in plaats van € 10,00", and for a value recorded where
 * there was none „€ 12,50 (eerder was er geen)" — not „in plaats van geen", which reads as if „geen" were a value (apidoc2).
 */
export const replacing: Record<Language, (to: string, from: string, added: boolean) => string> = {
  nl: (to, from, added) => (added ? `${to} (eerder was er geen)` : `${to} in plaats van ${from}`),
  en: (to, from, added) => (added ? `${to} (there was none before)` : `${to} instead of ${from}`),
};

/** A corrected field's value as every reader writes it: a date, a sum, what was done by name, "ja"/"nee"; none recorded "geen". */
export function correctedValue(field: CompletionChange['field'], v: CompletionChange['from'] | undefined, lang: Language): string {
  if (field === 'balanceReleased') return YES_NO[lang][v ? 0 : 1];
  if (v === null || v === undefined || typeof v === 'boolean') return NOTHING[lang];
  if (field === 'effectiveDate' || field === 'coverUntil') return longDate(String(v), lang);
  if (field === 'finalInvoiceAmount') return finalBill(Number(v), lang);
  if (field === 'balance' || field === 'payoutAmount') return money(Number(v), lang);
  return field === 'done' ? (DONE_NAMED[lang][v as DoneKind] ?? String(v)) : String(v);
}

/**
 * v5: each field a corrected confirmation changed, named for a cancellation or a transfer, with its
 * values as the letters write them ("de einddatum", "1 april 2027", "1 maart 2027"); a value not
 * recorded (no final bill) is "geen" / "none", and `added` / `removed` say the field had none before or
 * has none after, for a reader whose sentence should not say "from none". Each audience's table makes its sentence of them.
 * keptcover: what a bank or insurer did and its facts too; the date of a request that asked no end (`asked`) is "de datum", not an
 * end; `amounts` false (the family) leaves out the sums and the person paid, as its card does.
 */
export function correctedFields(corrected: CompletionChange[], action: ContractAction, lang: Language, { asked, amounts = true }: { asked?: AskedInstead; amounts?: boolean } = {}): { field: string; from: string; to: string; added: boolean; removed: boolean }[] {
  const value = (change: CompletionChange, v: CompletionChange['from']) => correctedValue(change.field, v, lang);
  const dateNamed = action === 'transfer' ? 'transferDate' : asked ? 'answerDate' : 'effectiveDate';
  return corrected.filter((c) => amounts || !AMOUNT_FIELDS.includes(c.field)).map((c) => ({
    field: CORRECTED_FIELD[lang][c.field === 'effectiveDate' ? dateNamed : c.field],
    from: value(c, c.from),
    to: value(c, c.to),
    added: firstRecorded(c),
    removed: c.to === null && c.field !== 'balanceReleased',
  }));
}

const leftToPay = (billLeft: unknown): number | null => {
  const amount = (billLeft as { amount?: unknown } | null | undefined)?.amount;
  return typeof amount === 'number' && amount > 0 ? amount : null;
};

/** The bill a credit note answered, if it is still open after it with a credit recorded (v5: the note fell short). */
function creditedBillLeftOpen(after: DisputesHeld | null, event: { invoiceReference?: unknown }): ContractStep['partCredit'] {
  const bill = after && answeredBill(openDisputesOf(after), { type: 'CREDIT_NOTE_SENT', invoiceReference: typeof event.invoiceReference === 'string' ? event.invoiceReference : null });
  return bill?.credited ? { reference: bill.reference, remaining: stillDisputed(bill), committee: bill.committee ?? null } : null;
}

/** comlater3: the bill a rejection named, if the complaints body has it (it stays open after the step, with its case). */
function rejectedAtCommitteeOf(after: DisputesHeld | null, event: { invoiceReference?: unknown }): ContractStep['rejectedAtCommittee'] {
  const bill = after && typeof event.invoiceReference === 'string' ? openDisputesOf(after).find((d) => d.reference === event.invoiceReference) : null;
  return bill?.committee ? { reference: bill.reference, committee: bill.committee } : null;
}

/**
 * v4: an answer about one bill that left others open (the contract stays in a dispute state): the
 * reader hears which bill was answered and that the objection to the rest stands.
 */
export const answeredOneOfSeveral = (step: ContractStep) => step.invoiceReference !== null && (step.billsStillOpen ? step.billsStillOpen.length > 0 : step.to !== 'confirmed');

/**
 * The bills still open after `step`, named with the noun for one and for several ("rekening F-2",
 * "rekeningen F-2 en F-3"); `unknown` when the step did not record them.
 */
export function billsStillOpen(step: ContractStep, lang: Language, nouns: BillNouns): { words: string; several: boolean } {
  return billsNamed(step.billsStillOpen ?? [], lang, nouns);
}

type BillNouns = { one: string; several: string; unknown: string };
/**
 * bankdebts, bankforms: a bank's costs by their kenmerk, one name for every reader and every list: a bank charges costs to the
 * account, it sends no invoice (bankowner). Dutch „kosten" is plural whether one charge or several is named.
 */
export const CHARGE_NOUNS: Record<Language, { one: string; several: string }> = {
  nl: { one: 'kosten met kenmerk', several: 'kosten met kenmerken' },
  en: { one: 'charge with reference', several: 'charges with references' },
};
export const chargeNl = (reference: string) => `${CHARGE_NOUNS.nl.one} ${reference}`;
export const chargeEn = (reference: string) => `${CHARGE_NOUNS.en.one} ${reference}`;
/**
 * insurerwords: whose bills a sentence names: a bank's are its costs by their kenmerk (`theCharges`), an insurer's its nota's (a Dutch
 * insurer bills by „premienota" or „nota", whichever it is for: the premium or a settlement), anyone else's invoices.
 */
export type Biller = 'bank' | 'insurer' | 'fund' | undefined;
export const billerOf = (asked: AskedInstead | null | undefined): Biller => (asked === 'bank' ? 'bank' : asked === 'pension' ? 'fund' : asked ? 'insurer' : undefined);
/** notawords3: whose bills a provider sends, by its category (its desk's webhooks page names a dispute so): a bank's costs, an insurer's nota, a fund's recovery. */
export const providerBiller = (category: string): Biller => (category === 'bank' ? 'bank' : category === 'insurance' ? 'insurer' : category === 'pension' ? 'fund' : undefined);
export const billerOfWords = (words: Pick<StatusWords, 'bankAccount' | 'insurance' | 'pensionFund'>): Biller => (words.bankAccount ? 'bank' : words.pensionFund ? 'fund' : words.insurance ? 'insurer' : undefined);
export const INSURER_BILL_NOUNS: Record<Language, { one: string; several: string }> = { nl: { one: 'nota', several: 'nota’s' }, en: { one: 'bill', several: 'bills' } };
/**
 * fundanswer: a pension fund sends no invoice: what it asks back is pension paid in excess after the death, a „terugvordering"
 * (abp.nl „Te veel pensioen ontvangen"; the fund's claim on the estate is one of undue payment, art. 6:203 BW).
 */
export const FUND_BILL_NOUNS: Record<Language, { one: string; several: string }> = {
  nl: { one: 'terugvordering', several: 'terugvorderingen' },
  en: { one: 'recovery of pension paid in excess', several: 'recoveries of pension paid in excess' },
};
/** kifidwords: the noun for one bill and for several, by whose bills they are (a bank's costs, an insurer's nota's, a fund's recoveries, invoices). */
export const billNounsOf = (biller: Biller): Record<Language, { one: string; several: string }> => (biller === 'bank' ? CHARGE_NOUNS : biller === 'insurer' ? INSURER_BILL_NOUNS : biller === 'fund' ? FUND_BILL_NOUNS : BILL_NOUN);
/** kifidwords: the noun the desk's lines of a decision name one bill by: an insurer's its nota (`INSURER_BILL_NOUNS`), anyone else's (a bank's too) an invoice. */
export const deskBillNounsOf = (biller: Biller): Record<Language, { one: string; several: string }> => billNounsOf(biller === 'bank' ? undefined : biller);
/** An insurer's bills by their numbers, mid-sentence as an invoice's („nota P-1", „nota's P-1 en P-2"); none recorded: „de nota", „the bill". */
export const theInsurersBills = (references: string[], lang: Language): string =>
  references.length ? billsNamed(references, lang, { ...INSURER_BILL_NOUNS[lang], unknown: '' }).words : lang === 'nl' ? 'de nota' : 'the bill';
/** bankwords3: a bank's costs by their kenmerken with the article, mid-sentence ("de kosten met kenmerk AB-1"); none recorded: "de kosten", "the charges". */
export const theCharges = (references: string[], lang: Language): string =>
  `${lang === 'nl' ? 'de' : 'the'} ${billsNamed(references, lang, { ...CHARGE_NOUNS[lang], unknown: lang === 'nl' ? 'kosten' : 'charges' }).words}`;
/** Bills by their numbers with the noun for one and for several ("rekening F-2", "rekeningen F-2 en F-3"); `unknown` for none recorded. */
export function billsNamed(references: string[], lang: Language, nouns: BillNouns): { words: string; several: boolean } {
  if (references.length === 0) return { words: nouns.unknown, several: true };
  return { words: `${references.length === 1 ? nouns.one : nouns.several} ${listed(references, lang)}`, several: references.length > 1 };
}

/** The bills the owner's word settled, each with what is still billed of it ("rekening F-01 (€ 24,98)", "rekeningen F-01 (€ 24,98) en F-12 (€ 31,00)"). */
export function settledBillsNamed(bills: SettledBill[], lang: Language, nouns: { one: string; several: string }): { words: string; several: boolean } {
  const named = bills.map((b) => `${b.reference} (${money(b.amount, lang)})`);
  return { words: `${bills.length > 1 ? nouns.several : nouns.one} ${listed(named, lang)}`, several: bills.length > 1 };
}

/** v11: the states an end date can be corrected in while a bill is open: a correction from one may take bills out of the dispute. */
export const DISPUTE_STATES: readonly (string | null)[] = ['disputed', 'disputeEscalated', 'disputeRejected'];

/**
 * bankrest: a bill's dispute or a collection stop while a bank's release waits (v17 `releaseAwaited`, recordable there since v18):
 * each reader's status says the release beside it, as the wait returns when the dispute ends.
 */
export const releaseBesideDispute = (state: string, c: Pick<ContractContext, 'releaseAwaited'>): boolean =>
  Boolean(c.releaseAwaited) && (DISPUTE_STATES.includes(state) || state === 'collectionStopRequested');

/**
 * releasedispute: beside the dispute the release is overdue (`releaseOverdue` awaited): the term the bank let pass is kept as the
 * contract's missed term (`lateReleaseKept`), the owner's call late since then, while the dispute's own term is its letter's.
 */
export const releaseLateBeside = (state: string, c: Pick<ContractContext, 'releaseAwaited'>): boolean => releaseBesideDispute(state, c) && c.releaseAwaited === 'releaseOverdue';

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const QUOTES: Record<Language, [string, string]> = { nl: ['„', '”'], en: ['“', '”'] };

/** Someone's own words, trimmed, in the language's quotation marks. */
export function quoted(words: string, lang: Language): string {
  const [open, close] = QUOTES[lang];
  return `${open}${words.trim()}${close}`;
}

/**
 * Someone's own words in a sentence that ends on them: the language's quotation marks, and the sentence's
 * full stop only when the words did not end a sentence themselves ("…: „Wie zijn de erfgenamen?”", never
 * `"…?".`); a stop that is not the speaker's goes outside the quote.
 */
export function quotedAtEnd(words: string, lang: Language): string {
  return `${quoted(words, lang)}${stopUnlessEnded(words)}`;
}

/** Words that end a sentence of ours: its full stop, unless they end on their own. */
export const endedSentence = (words: string): string => `${words.trim()}${stopUnlessEnded(words)}`;
const stopUnlessEnded = (words: string) => (/[.!?…]$/.test(words.trim()) ? '' : '.');

/**
 * What a provider's term, missed while the state stayed, left unanswered: each reader names it, so "did
 * not answer" never sits beside an answer the provider did give (a credit while the collection stop
 * waits on its word). `bills`: the bills whose objection is unanswered. Null: a state no such term keeps.
 */
export type MissedQuestion = { kind: 'confirmation'; action: ContractAction; asked?: AskedInstead } | { kind: 'collectionStop' } | { kind: 'rejectionComplaint' } | { kind: 'dispute' | 'disputeComplaint'; bills: string[]; bank?: boolean } | { kind: 'release' };
export function missedQuestion(state: ContractState, c: Pick<ContractContext, 'action'> & Partial<Pick<ContractContext, 'releaseAwaited'>> & DisputesHeld, asked?: AskedInstead): MissedQuestion | null {
  const bills = () => unansweredBills(c).map((d) => d.reference);
  // releasedispute: a bill disputed while the release is overdue keeps the release's passed term (`lateReleaseKept`): that is what it left undone.
  if (releaseLateBeside(state, c)) return { kind: 'release' };
  switch (state) {
    // A bank or insurer was asked no end (`askedInstead`): its missing answer is to what was asked, never a "beëindiging" (bankwords).
    case 'escalated': return { kind: 'confirmation', action: c.action, ...(asked && { asked }) };
    case 'collectionStopRequested': return { kind: 'collectionStop' };
    case 'complained': return { kind: 'rejectionComplaint' };
    // famrest2: a bank's are its costs (`chargeNl`/`chargeEn`), never a bill.
    case 'disputed': return { kind: 'dispute', bills: bills(), ...(asked === 'bank' && { bank: true }) };
    case 'disputeEscalated': return { kind: 'disputeComplaint', bills: bills(), ...(asked === 'bank' && { bank: true }) };
    // releaseremind: what a bank's passed term left undone is the release of the balance, not an answer.
    case 'releaseOverdue': return { kind: 'release' };
    default: return null;
  }
}

export type StepPhrase = (s: Said, step: ContractStep) => string;
/** An audience's sentences for steps its change table, worded by the state reached, would tell as something else. */
export interface StepPhrases {
  /** Told by the event, whatever state it reached. */
  byEvent: Partial<Record<ContractEvent['type'], Record<Language, StepPhrase>>>;
  /** A deadline that passed and kept the state (an alert, or v1's complaint letter): told by that state. */
  deadlineKept: Partial<Record<ContractState, Record<Language, StepPhrase>>>;
}

/**
 * A bill after the end date, disputed: while a collection stop is asked (v5), in `own` words, which say the
 * stop still stands; otherwise the change table's `disputed` sentence, also where the step kept the contract
 * with the owner because another bill is held to (the state reached there would tell a rejection nobody made).
 */
export function billDisputedWords(change: Phrases, own: Record<Language, StepPhrase>): Record<Language, StepPhrase> {
  const told = (lang: Language): StepPhrase => (s, step) => (step.to === 'collectionStopRequested' ? own[lang](s, step) : (change.disputed?.[lang] ?? IN_HAND[lang])(s));
  return { nl: told('nl'), en: told('en') };
}

/** What a step did, in the past tense: its own sentence where it has one, else the change table's for the state reached. */
export function sayStep(change: Phrases, steps: StepPhrases, step: ContractStep, context: ContractContext, lang: Language, providerName?: string, asked: RequestAsked & Pick<StatusWords, 'documentKinds' | 'complaintOffered'> = {}): string {
  const kept = step.event === 'DEADLINE_PASSED' && step.from === step.to;
  const own = (kept ? steps.deadlineKept[step.to] : steps.byEvent[step.event as ContractEvent['type']])?.[lang];
  // A confirmation says what it recorded; a later step reads what the contract keeps.
  const answerDone = step.event === 'COMPLETE' ? step.done : (asked.answerDone ?? null);
  return fill(own ? (s) => own(s, step) : (change[step.to]?.[lang] ?? IN_HAND[lang]), context, lang, { providerName, ...asked, answerDone });
}

/**
 * Dutch: the article of every document kind's name, in one place (de/het), so each sentence agrees with it: "een nieuwe
 * verklaring van erfrecht" but "een nieuw identiteitsbewijs"; "de eerdere die" but "het eerdere dat". The names are those
 * of the catalogues and letters (overlijdensakte / akte van overlijden, identiteitsbewijs (nabestaande), document for overig).
 */
export const NL_ARTICLES: Readonly<Record<string, 'de' | 'het'>> = {
  death_certificate: 'de', // de (overlijdens)akte
  certificate_of_inheritance: 'de', // de verklaring van erfrecht
  power_of_attorney: 'de', // de volmacht
  will: 'het', // het testament
  executor_appointment: 'de', // de verklaring van executele
  id_document: 'het', // het identiteitsbewijs
  invoice: 'de', // de factuur
  collection_letter: 'de', // de (incasso)brief
  provider_letter: 'de', // de brief
  other: 'het', // het document
  bank_statement: 'het', // het bankafschrift
};
/** The Dutch words that agree with a document kind's name: "de"/"het", "die"/"dat", "een nieuwe"/"een nieuw". */
export function nlAgreeing(kind: string | null | undefined): { the: 'de' | 'het'; which: 'die' | 'dat'; aNew: 'een nieuwe' | 'een nieuw' } {
  const het = NL_ARTICLES[kind ?? ''] === 'het';
  return het ? { the: 'het', which: 'dat', aNew: 'een nieuw' } : { the: 'de', which: 'die', aNew: 'een nieuwe' };
}
