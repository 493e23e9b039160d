import { billsWithCommittee, type CommitteeCase, type CommitteeDecision, type DecisionCorrected, type FilingChange, type FilingCorrected } from './committee';
import { openDisputesOf } from './disputes';
import type { ContractContext } from './contract.machine';
import { amountOf, type Biller, capitalised, chargeEn, chargeNl, deskBillNounsOf, type Language, listed, longDate, money, theCharges, theInsurersBills } from './wording';

/**
 * committee (v22): the sentences every audience reads of a bill's dispute with the complaints body and of its decision. The body gives
 * no term for its decision (`COMMITTEE_LOOK_AFTER_BUSINESS_DAYS`), so none is promised; nobody reads that the provider withdrew a bill
 * the body dropped or lowered.
 */
const caseOf = (c: ContractContext, filed?: { committeeFiled: CommitteeCase | null; invoiceReference: string | null; billsStillOpen: string[] | null }): (CommitteeCase & { bills: string[] }) | null => {
  if (filed?.committeeFiled) return { ...filed.committeeFiled, bills: filed.invoiceReference ? [filed.invoiceReference] : (filed.billsStillOpen ?? []) };
  const bills = billsWithCommittee(c);
  return bills.length ? { ...bills[0].committee!, bills: bills.map((d) => d.reference) } : null;
};
const billsNl = (refs: string[], invoice = false) => `${invoice ? 'factuur' : 'rekening'}${refs.length > 1 ? 'en' : ''} ${listed(refs, 'nl')}`;
const billsEn = (refs: string[], invoice = false) => `${invoice ? 'invoice' : 'bill'}${refs.length > 1 ? 's' : ''} ${listed(refs, 'en')}`;
/**
 * kifidrest: the term sentence is said of a Geschillencommissie only (`COMMITTEE_LOOK_AFTER_BUSINESS_DAYS` cites its own pages); of Kifid
 * (a bank, a life or property insurer) or the SKGZ we have no source either way, so their readers read none.
 */
const termSaidOf = (body: CommitteeCase['body']): boolean => body.nl.includes('Geschillencommissie');
const termSaidOfCase = (c: ContractContext): boolean => { const k = caseOf(c); return !k || termSaidOf(k.body); };
/** insurerwords: Kifid hears the case (a bank's, a life or property insurer's: `heardByKifid`), named so where a sentence names the body again. */
const bodyIsKifid = (body: CommitteeCase['body'] | undefined): boolean => Boolean(body?.en.endsWith('(Kifid)'));
/** kifidwords: the health insurers' SKGZ (`complaints-bodies`' SKGZ) is named too: it is no „commissie" of the provider's branch. */
const bodyIsSkgz = (body: CommitteeCase['body'] | undefined): boolean => Boolean(body?.en.endsWith('(SKGZ)'));
const bodyAgain: Record<Language, (body: CommitteeCase['body'] | undefined) => string> = {
  nl: (body) => (bodyIsKifid(body) ? 'Kifid' : bodyIsSkgz(body) ? 'de SKGZ' : 'de commissie'),
  en: (body) => (bodyIsKifid(body) ? 'Kifid' : bodyIsSkgz(body) ? 'the SKGZ' : 'the committee'),
};
const caseNumber: Record<Language, (k: CommitteeCase) => string> = {
  nl: (k) => (k.caseNumber ? `, zaaknummer ${k.caseNumber}` : ''),
  en: (k) => (k.caseNumber ? `, case number ${k.caseNumber}` : ''),
};

/**
 * The owner's status, next step and timeline line while the body has the bill; `due`: the day she is reminded to look. `bank`
 * (kifidowner): a bank's are its costs by their kenmerk (the desk's too, kifidrest), and no term is said of Kifid (`termSaidOf`);
 * an insurer's its nota's (insurerwords, `Biller`).
 */
const billsOwner: Record<Language, (refs: string[], bank?: Biller) => string> = {
  nl: (refs, bank) => (bank === 'bank' ? theCharges(refs, 'nl') : bank === 'insurer' ? theInsurersBills(refs, 'nl') : billsNl(refs, true)),
  en: (refs, bank) => (bank === 'bank' ? theCharges(refs, 'en') : bank === 'insurer' ? theInsurersBills(refs, 'en') : billsEn(refs, true)),
};
export const COMMITTEE_OWNER: Record<'status' | 'next' | 'change', Record<Language, (c: ContractContext, p: string, due: string | null, missed?: string | null, bank?: Biller) => string>> = {
  status: {
    nl: (c, _p, _due, _missed, bank) => {
      const k = caseOf(c);
      return k ? `Geschil over ${billsOwner.nl(k.bills, bank)} ligt bij ${k.body.nl} (ingediend op ${longDate(k.filedOn, 'nl')}${caseNumber.nl(k)})${termSaidOf(k.body) ? '; de commissie noemt geen termijn voor haar uitspraak.' : '.'}` : 'Geschil ligt bij de geschillencommissie.';
    },
    en: (c, _p, _due, _missed, bank) => {
      const k = caseOf(c);
      return k ? `Dispute about ${billsOwner.en(k.bills, bank)} is with ${k.body.en} (filed on ${longDate(k.filedOn, 'en')}${caseNumber.en(k)})${termSaidOf(k.body) ? '; the committee gives no term for its decision.' : '.'}` : 'Dispute is with the disputes committee.';
    },
  },
  next: {
    nl: (c, _p, due, missed) =>
      missed
        ? `Kijk nu hoe de zaak bij ${caseOf(c)?.body.nl ?? 'de geschillencommissie'} staat: geen uitspraak vastgelegd tot en met ${missed}. Leg de uitspraak vast zodra die er is.`
        : `Wachten op de uitspraak van ${caseOf(c)?.body.nl ?? 'de geschillencommissie'}: er is nu niets te beslissen.${due ? ` Kijk op ${longDate(due, 'nl')} hoe de zaak staat.` : ''} Leg de uitspraak vast zodra die er is.`,
    en: (c, _p, due, missed) =>
      missed
        ? `Look now how the case with ${caseOf(c)?.body.en ?? 'the disputes committee'} stands: no decision recorded by ${missed}. Record the decision once it comes.`
        : `Waiting for the decision of ${caseOf(c)?.body.en ?? 'the disputes committee'}: nothing to decide now.${due ? ` Look on ${longDate(due, 'en')} how the case stands.` : ''} Record the decision once it comes.`,
  },
  change: {
    nl: (c, _p, _due, _missed, bank) => {
      const k = caseOf(c);
      return k ? `Geschil over ${billsOwner.nl(k.bills, bank)} voorgelegd aan ${k.body.nl} op ${longDate(k.filedOn, 'nl')}${caseNumber.nl(k)}.` : 'Geschil voorgelegd aan de geschillencommissie.';
    },
    en: (c, _p, _due, _missed, bank) => {
      const k = caseOf(c);
      return k ? `Dispute about ${billsOwner.en(k.bills, bank)} filed with ${k.body.en} on ${longDate(k.filedOn, 'en')}${caseNumber.en(k)}.` : 'Dispute filed with the disputes committee.';
    },
  },
};

/**
 * The family's: plainly, no promise of a term; while it runs the disputed amount is not paid, and a collector's letter goes to the contact person.
 * `named`: the heirs read the bill's number. `bank`: a bank's are its costs by their kenmerk (comweb), as the rest of the card calls them.
 */
type Filed = Parameters<typeof caseOf>[1];
export const COMMITTEE_FAMILY: Record<'status' | 'next' | 'change', Record<Language, (c: ContractContext, p: string, named: boolean, filed?: Filed, bank?: boolean) => string>> = {
  change: {
    nl: (c, p, named, filed, bank) => {
      const k = caseOf(c, filed);
      return `Ons bezwaar tegen ${named && k ? (bank ? theCharges(k.bills, 'nl') : billsNl(k.bills)) : bank ? 'de kosten' : 'de rekening'} van ${p} ligt nu bij ${k?.body.nl ?? 'de geschillencommissie'}${k ? ` (ingediend op ${longDate(k.filedOn, 'nl')})` : ''}.`;
    },
    en: (c, p, named, filed, bank) => {
      const k = caseOf(c, filed);
      return `Our objection to ${bank ? `${named && k ? theCharges(k.bills, 'en') : 'the charges'} of ${p}` : `${p}'s ${named && k ? billsEn(k.bills) : 'bill'}`} is now with ${k?.body.en ?? 'the disputes committee'}${k ? ` (filed on ${longDate(k.filedOn, 'en')})` : ''}.`;
    },
  },
  // The Geschillencommissie gives no term for its decision (COMMITTEE_LOOK_AFTER_BUSINESS_DAYS cites it); of any other body (`termSaidOf`)
  // we have no source either way, so its family reads no word on a term.
  status: {
    nl: (c, p, named, _filed, bank) =>
      `${COMMITTEE_FAMILY.change.nl(c, p, named, undefined, bank)}${termSaidOfCase(c) ? ' De commissie noemt geen vaste termijn voor haar uitspraak.' : ''} ${named ? 'Zolang de zaak loopt, betalen we het betwiste bedrag niet; komt er toch een brief van een incassobureau, geef die dan door aan uw contactpersoon.' : 'Komt er een brief van een incassobureau, geef die dan door aan uw contactpersoon.'}`,
    en: (c, p, named, _filed, bank) =>
      `${COMMITTEE_FAMILY.change.en(c, p, named, undefined, bank)}${termSaidOfCase(c) ? ' The committee gives no fixed term for its decision.' : ''} ${named ? "While the case runs we do not pay the disputed amount; should a debt collector's letter come all the same, pass it on to your contact person." : "Should a debt collector's letter come, pass it on to your contact person."}`,
  },
  next: {
    nl: (c) => `We wachten op de uitspraak van ${caseOf(c)?.body.nl ?? 'de geschillencommissie'} en laten u weten wat die beslist.`,
    en: (c) => `We are waiting for the decision of ${caseOf(c)?.body.en ?? 'the disputes committee'} and will let you know what it decides.`,
  },
};

/** The desk's status while the body has the bill; `bank` (kifidrest): a bank's are its costs by their kenmerk, as the owner's read (an insurer's its nota's). */
export const COMMITTEE_DESK: Record<Language, (c: ContractContext, bank?: Biller) => string> = {
  nl: (c, bank) => {
    const k = caseOf(c);
    return k ? `Het geschil over ${billsOwner.nl(k.bills, bank)} ligt bij ${k.body.nl} (ingediend op ${longDate(k.filedOn, 'nl')}${caseNumber.nl(k)}); de contactpersoon legt de uitspraak vast zodra die er is.` : 'Het geschil ligt bij de geschillencommissie.';
  },
  en: (c, bank) => {
    const k = caseOf(c);
    return k ? `The dispute about ${billsOwner.en(k.bills, bank)} is with ${k.body.en} (filed on ${longDate(k.filedOn, 'en')}${caseNumber.en(k)}); the contact person records its decision once it comes.` : 'The dispute is with the disputes committee.';
  },
};

/**
 * The decision, as each audience reads it: `whose` names the bill for the reader (the family: "rekening F-9 van KPN"; the desk: "factuur
 * F-9"; the owner: "factuur F-9 van KPN"), `p` the provider. What the estate pays is the decision's own amount, never a withdrawal.
 */
export const COMMITTEE_DECIDED: Record<Language, (d: CommitteeDecision, bill: string, p: string, priced?: boolean, several?: boolean) => string> = {
  nl: (d, bill, p, priced = true, several = false) => {
    const body = capitalised(d.body.nl);
    const amount = priced ? ` tot ${money(d.amount ?? 0, 'nl')}` : '';
    const on = ` op ${longDate(d.decidedOn, 'nl')}`;
    switch (d.decision) {
      case 'billDropped': return `${body} heeft${on} beslist dat ${bill} niet betaald ${several ? 'hoeven' : 'hoeft'} te worden.`;
      case 'billLowered': return `${body} heeft${on} ${bill} verlaagd${amount}; dat bedrag wordt betaald uit de nalatenschap.`;
      case 'billUpheld': return `${body} heeft${on} beslist dat ${bill} betaald ${several ? 'moeten' : 'moet'} worden; dat gebeurt uit de nalatenschap.`;
      case 'settled': return `Terwijl ${d.body.nl} de zaak behandelde, ${several ? 'zijn' : 'is'} ${bill}${on} geschikt met ${p}: ${d.amount ? `${priced ? money(d.amount, 'nl') : 'een deel'} wordt betaald uit de nalatenschap` : 'er hoeft niets betaald te worden'}.`;
    }
  },
  en: (d, bill, p, priced = true) => {
    const body = capitalised(d.body.en);
    const amount = priced ? ` to ${money(d.amount ?? 0, 'en')}` : '';
    const on = ` on ${longDate(d.decidedOn, 'en')}`;
    switch (d.decision) {
      case 'billDropped': return `${body} decided${on} that ${bill} need not be paid.`;
      case 'billLowered': return `${body} lowered ${bill}${amount}${on}; that amount is paid from the estate.`;
      case 'billUpheld': return `${body} decided${on} that ${bill} is to be paid; it is paid from the estate.`;
      case 'settled': return `While ${d.body.en} handled the case, ${bill} was settled with ${p}${on}: ${d.amount ? `${priced ? money(d.amount, 'en') : 'part of it'} is paid from the estate` : 'nothing is to be paid'}.`;
    }
  },
};

/** The bill a decision settled, by the number its dispute named. */
export const decidedBill = (step: { invoiceReference: string | null; settled: { reference: string }[] }): string => step.settled[0]?.reference ?? step.invoiceReference ?? '';

/**
 * The desk thread's line for the filing (`COMMITTEE_FILED` as recorded): `bills`, the bills it named, if the thread knows them; `bank`
 * (kifidrest): a bank's costs by their kenmerk, and the case with Kifid, no committee.
 */
export const COMMITTEE_FILED_DESK: Record<Language, (a: Record<string, unknown>, bills: string[], bank?: Biller) => string> = {
  nl: (a, bills, bank) => {
    const k = a as unknown as CommitteeCase;
    return `Steward legde het geschil${bills.length ? ` over ${billsOwner.nl(bills, bank)}` : ''} voor aan ${k.body?.nl ?? 'de geschillencommissie'}${k.filedOn ? ` op ${longDate(k.filedOn, 'nl')}` : ''}${k.caseNumber ? caseNumber.nl(k) : ''}; de zaak ligt nu bij ${bodyAgain.nl(k.body)}`;
  },
  en: (a, bills, bank) => {
    const k = a as unknown as CommitteeCase;
    return `Steward filed the dispute${bills.length ? ` about ${billsOwner.en(bills, bank)}` : ''} with ${k.body?.en ?? 'the disputes committee'}${k.filedOn ? ` on ${longDate(k.filedOn, 'en')}` : ''}${k.caseNumber ? caseNumber.en(k) : ''}; the case is now with ${bodyAgain.en(k.body)}`;
  },
};

/** The owner's timeline when the reminder to look passed and no decision was recorded. */
export const COMMITTEE_LOOK: Record<Language, (c: ContractContext) => string> = {
  nl: (c) => `Nog geen uitspraak van ${caseOf(c)?.body.nl ?? 'de geschillencommissie'} vastgelegd: kijk hoe de zaak staat.`,
  en: (c) => `No decision of ${caseOf(c)?.body.en ?? 'the disputes committee'} recorded yet: look how the case stands.`,
};

/**
 * comlater (v23): the body has a bill while the contract is elsewhere (a new bill disputed beside it, a filing beside another open bill):
 * every reader's status says it after the state's own words, so nobody reads that bill as the provider's to answer or hers to decide.
 */
export const committeeBeside = (state: string, c: ContractContext): boolean => state !== 'withCommittee' && billsWithCommittee(c).length > 0;

/**
 * comlater3: the contract as the state's own words read it while the body has a bill beside it (`committeeBeside`): only the bills the
 * provider still answers on, so they are counted and named alone („nog 2 rekeningen … tegen elk bezwaar" counted the body's bill, and a
 * rejection of it read as a bill the provider holds to for her to look at); the body's bill is said apart, after them.
 */
export const besideCommittee = (state: string, c: ContractContext): ContractContext =>
  committeeBeside(state, c) ? { ...c, openDisputes: openDisputesOf(c).filter((d) => !d.committee) } : c;

/**
 * comlater2: a credit note for part of a bill the complaints body has. It is the provider's offer while the case runs, not an answer the
 * owner decides on: the bill stays with the body, for what is left, until she records its decision or a settlement (`settled`). Each
 * reader hears that, and what she can do; a relative outside the estate's debts reads no bill number and no figures (familybill's rule).
 */
type CreditedBill = { reference: string; remaining: number; committee: CommitteeCase };
/** comlater3: a bank books its charge back, it sends no credit note: its part credit reads in its own words (`chargeNl`, `theCharges`). */
// insurerwords: the owner's names an insurer's nota and Kifid (`Biller`, `bodyAgain`); the family's names the body again as Kifid where it is.
export const COMMITTEE_OFFER: Record<'owner' | 'family' | 'familyUnpriced', Record<Language, (p: string, credited: number | null, bill: CreditedBill, bank?: Biller) => string>> = {
  owner: {
    nl: (p, credited, b, bank) =>
      `${bank === 'bank' ? `${p} heeft ${money(credited ?? 0, 'nl')} van de ${chargeNl(b.reference)} teruggeboekt` : `Creditnota${amountOf(credited, 'nl')} ontvangen van ${p} voor ${bank === 'insurer' ? 'nota' : 'factuur'} ${b.reference}`} terwijl ${b.committee.body.nl} die behandelt: een aanbod, nog ${money(b.remaining, 'nl')} betwist. ${bank === 'bank' ? 'De kosten blijven' : bank === 'insurer' ? 'De nota blijft' : 'De rekening blijft'} bij ${bodyAgain.nl(b.committee.body)} tot u de uitspraak of een schikking vastlegt: neem het aanbod aan als schikking, of wacht op de uitspraak.`,
    en: (p, credited, b, bank) =>
      `${bank === 'bank' ? `${p} booked back ${money(credited ?? 0, 'en')} of the ${chargeEn(b.reference)}` : `Credit note${amountOf(credited, 'en')} received from ${p} for ${bank === 'insurer' ? 'bill' : 'invoice'} ${b.reference}`} while ${b.committee.body.en} handles it: an offer, ${money(b.remaining, 'en')} still disputed. ${bank === 'bank' ? 'The charge stays' : 'The bill stays'} with ${bodyAgain.en(b.committee.body)} until you record its decision or a settlement: accept the offer as a settlement, or wait for the decision.`,
  },
  family: {
    nl: (p, credited, b, bank) =>
      `${p} heeft ${money(credited ?? 0, 'nl')} van ${bank === 'bank' ? theCharges([b.reference], 'nl') : `rekening ${b.reference}`} ${bank === 'bank' ? 'teruggeboekt' : 'gecrediteerd'} terwijl ${b.committee.body.nl} de zaak behandelt; de overige ${money(b.remaining, 'nl')} is niet ${bank === 'bank' ? 'teruggeboekt' : 'gecrediteerd'}. ${offerStays.nl(bank, b.committee.body)}`,
    en: (p, credited, b, bank) =>
      `${p} has ${bank === 'bank' ? 'booked back' : 'credited'} ${money(credited ?? 0, 'en')} of ${bank === 'bank' ? theCharges([b.reference], 'en') : `bill ${b.reference}`} while ${b.committee.body.en} handles the case; the other ${money(b.remaining, 'en')} was not ${bank === 'bank' ? 'booked back' : 'credited'}. ${offerStays.en(bank, b.committee.body)}`,
  },
  familyUnpriced: {
    nl: (p, _credited, b, bank) => `${p} heeft een deel van ${bank === 'bank' ? 'de kosten teruggeboekt' : 'de rekening gecrediteerd'} terwijl ${b.committee.body.nl} de zaak behandelt. ${offerStays.nl(bank, b.committee.body)}`,
    en: (p, _credited, b, bank) => `${p} has ${bank === 'bank' ? 'booked part of the charge back' : 'credited part of the bill'} while ${b.committee.body.en} handles the case. ${offerStays.en(bank, b.committee.body)}`,
  },
};
const offerStays: Record<Language, (bank: Biller, body: CommitteeCase['body']) => string> = {
  nl: (bank, body) => `Dat is een aanbod: ${bank === 'bank' ? 'de kosten blijven' : 'de rekening blijft'} bij ${bodyIsKifid(body) || bodyIsSkgz(body) ? `${bodyAgain.nl(body)} tot de uitspraak` : 'de commissie tot haar uitspraak'}, of tot uw contactpersoon het aanbod aanneemt als schikking. We laten u weten hoe het afloopt.`,
  en: (bank, body) => `That is an offer: ${bank === 'bank' ? 'the charge stays' : 'the bill stays'} with ${bodyAgain.en(body)} until its decision, or until your contact person accepts the offer as a settlement. We will let you know how it ends.`,
};

/** comlater2: the part credit a step recorded on a bill the complaints body has, or null (any other step, or a bill not with the body). */
export const creditOnCommitteeBill = (step: { partCredit: { reference: string; remaining: number; committee: CommitteeCase | null } | null }): CreditedBill | null =>
  step.partCredit?.committee ? (step.partCredit as CreditedBill) : null;

/**
 * comlater3 (v25): the provider holds to a bill the complaints body has. Told to the owner (her news and history) as what it is: the body
 * decides the bill, so she has nothing to decide; the bill keeps its place and nothing changes in its term.
 */
export const COMMITTEE_REJECTED: Record<Language, (p: string, bill: { reference: string; committee: CommitteeCase }, reason: string, bank?: Biller) => string> = {
  nl: (p, b, reason, bank) => `${p} houdt vast aan ${bank === 'bank' ? `de ${chargeNl(b.reference)}` : `${bank === 'insurer' ? 'nota' : 'factuur'} ${b.reference}`}${reason}, die bij ${b.committee.body.nl} ${bank === 'bank' ? 'liggen' : 'ligt'}: u hoeft niets te beslissen, ${bodyAgain.nl(b.committee.body)} beslist erover.`,
  en: (p, b, reason, bank) => `${p} holds to ${bank === 'bank' ? `the ${chargeEn(b.reference)}` : `${bank === 'insurer' ? 'bill' : 'invoice'} ${b.reference}`}${reason}, which is with ${b.committee.body.en}: nothing for you to decide, ${bodyAgain.en(b.committee.body)} decides on it.`,
};

const FILING_FIELDS: Record<Language, Record<FilingChange['field'], string>> = {
  nl: { filedOn: 'de dag van indienen', caseNumber: 'zaaknummer' },
  en: { filedOn: 'the day filed', caseNumber: 'case number' },
};
/** A particular as the owner reads it: a day in words, a case number as typed, none recorded as such („geen zaaknummer"). */
const filingPart = (field: FilingChange['field'], value: string | null, lang: Language): string =>
  value === null ? (lang === 'nl' ? `geen ${FILING_FIELDS.nl[field]}` : `no ${FILING_FIELDS.en[field]}`) : `${FILING_FIELDS[lang][field]} ${field === 'filedOn' ? longDate(value, lang) : value}`;

/**
 * comcorr: the owner's history line of the correction, what was and what now is („U legde eerder zaaknummer GC-1 vast; dat is
 * gecorrigeerd naar zaaknummer GC-2."); the desk's thread says the corrected case as Steward recorded it.
 */
export const FILING_CORRECTED: Record<'owner' | 'family' | 'desk', Record<Language, (k: FilingCorrected) => string>> = {
  owner: {
    nl: (k) => `Indiening bij ${k.body.nl} gecorrigeerd. U legde eerder ${listed(k.changes.map((c) => filingPart(c.field, c.from, 'nl')), 'nl')} vast; dat is gecorrigeerd naar ${listed(k.changes.map((c) => filingPart(c.field, c.to, 'nl')), 'nl')}.`,
    en: (k) => `Filing with ${k.body.en} corrected. You recorded ${listed(k.changes.map((c) => filingPart(c.field, c.from, 'en')), 'en')} before; that is corrected to ${listed(k.changes.map((c) => filingPart(c.field, c.to, 'en')), 'en')}.`,
  },
  // The family's card names the day, never the case number: a correction of the number alone reads as the details corrected.
  family: {
    nl: (k) => {
      const day = k.changes.find((c) => c.field === 'filedOn')?.to;
      return day ? `De dag waarop ons bezwaar bij ${k.body.nl} werd ingediend, is gecorrigeerd: ${longDate(day, 'nl')}.` : `De gegevens van ons bezwaar bij ${k.body.nl} zijn gecorrigeerd.`;
    },
    en: (k) => {
      const day = k.changes.find((c) => c.field === 'filedOn')?.to;
      return day ? `The day our objection was filed with ${k.body.en} has been corrected: ${longDate(day, 'en')}.` : `The details of our objection with ${k.body.en} have been corrected.`;
    },
  },
  desk: {
    nl: (k) => `Steward corrigeerde wat het vastlegde van het geschil bij ${k.body.nl}: ${listed(k.changes.map((c) => filingPart(c.field, c.to, 'nl')), 'nl')} (was ${listed(k.changes.map((c) => filingPart(c.field, c.from, 'nl')), 'nl')})`,
    en: (k) => `Steward corrected what it recorded of the dispute with ${k.body.en}: ${listed(k.changes.map((c) => filingPart(c.field, c.to, 'en')), 'en')} (was ${listed(k.changes.map((c) => filingPart(c.field, c.from, 'en')), 'en')})`,
  },
};

/**
 * comcorr2: the decision she recorded, corrected (`DecisionCorrected`), as the owner reads it in her history (what was and what now is)
 * and the family (what now is: priced for a relative who reads the estate's debts, as the decision's own step), in the decision's words.
 * decisionowes: and the provider's desk, in its thread on the day it was corrected (the provider is party to the body's case and acts on
 * what it decided): that Steward corrected what it recorded, what now stands and what the thread read before; `p` addresses the desk.
 * deskevents: the desk names the bill as the decision's own line does (`deskBillNounsOf`: an insurer's „nota").
 */
type DecisionCorrectedSaid = Record<Language, (c: DecisionCorrected, p: string, priced?: boolean) => string>;
export const DECISION_CORRECTED: Record<'owner' | 'family', DecisionCorrectedSaid> & { desk: Record<Language, (c: DecisionCorrected, p: string, biller?: Biller) => string> } = {
  owner: {
    // notawords2: an insurer's bill is its nota, as the owner's line of the decision itself names it (`DISPUTE_RESOLVED`).
    nl: (c, p) => {
      const bill = `${c.biller === 'insurer' ? 'nota' : 'factuur'} ${c.reference}`;
      return `Uitspraak van ${c.to.body.nl} over ${bill} gecorrigeerd. U legde eerder vast: ${COMMITTEE_DECIDED.nl(c.from, `${bill} van ${p}`, p)} Nu vastgelegd: ${COMMITTEE_DECIDED.nl(c.to, `${bill} van ${p}`, p)}`;
    },
    en: (c, p) => `Decision of ${c.to.body.en} about bill ${c.reference} corrected. You recorded before: ${COMMITTEE_DECIDED.en(c.from, `${p}'s bill ${c.reference}`, p)} Now recorded: ${COMMITTEE_DECIDED.en(c.to, `${p}'s bill ${c.reference}`, p)}`,
  },
  family: {
    // An entry without the decision it corrected to (none is written so) says only that it was corrected.
    nl: (c, p, priced = false) =>
      `De uitspraak over ${priced ? `rekening ${c.reference}` : 'de rekening'} van ${p} is gecorrigeerd${c.to?.body ? `: ${COMMITTEE_DECIDED.nl(c.to, priced ? `rekening ${c.reference} van ${p}` : `de rekening van ${p}`, p, priced)}` : '.'}`,
    en: (c, p, priced = false) =>
      `The decision about ${priced ? `${p}'s bill ${c.reference}` : `${p}'s bill`} has been corrected${c.to?.body ? `: ${COMMITTEE_DECIDED.en(c.to, priced ? `${p}'s bill ${c.reference}` : `${p}'s bill`, p, priced)}` : '.'}`,
  },
  desk: {
    nl: (c, p, biller) => {
      const bill = `${deskBillNounsOf(biller).nl.one} ${c.reference}`;
      return `Steward corrigeerde wat het vastlegde van de uitspraak over ${bill}: ${COMMITTEE_DECIDED.nl(c.to, bill, p).replace(/\.$/, '')} (eerder vastgelegd: ${COMMITTEE_DECIDED.nl(c.from, bill, p).replace(/\.$/, '')})`;
    },
    en: (c, p, biller) => {
      const bill = `${deskBillNounsOf(biller).en.one} ${c.reference}`;
      return `Steward corrected what it recorded of the decision about ${bill}: ${COMMITTEE_DECIDED.en(c.to, bill, p).replace(/\.$/, '')} (recorded before: ${COMMITTEE_DECIDED.en(c.from, bill, p).replace(/\.$/, '')})`;
    },
  },
};
