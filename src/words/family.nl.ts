import { DECISION_CORRECTED } from '../../workflows/committee-wording';
import type { DecisionCorrected } from '../../workflows/committee';
import type { HandoverAppointment, HandoverAppointmentGiven } from '../contracts/handover-appointment';
import type { CommonRefusals } from './common-refusals';
import type { Language } from '../../workflows';
import { closedFileText } from '../../workflows/status-text';
import type { BillStanding, FamilyLetterKind } from '../../letters';
import { amountReadings, billsNamed, capitalised, chargeNl, CHARGE_NOUNS, listed, longDate, money, type MissedQuestion, theCharges } from '../../workflows/wording';

/** dropcorr: the bills a drop named (none named: the only one open then). */
const dropped = (bills: unknown) => billsNamed(Array.isArray(bills) ? bills.map(String) : [], 'nl', { one: 'rekening', several: 'rekeningen', unknown: 'de rekening' });

/** The case owner as a relative reaches her: phone and e-mail when known (a cookie kept before they were named only her). */
export interface CaseOwnerContact {
  name: string;
  phone: string | null;
  email: string | null;
}

/** collrest2: where a bill a relative reported stands now: as the record holds it (`BillStanding`), or its objection not yet sent (`unsent`); `paidOn`: the day the estate paid it. */
export interface BillNow {
  standing: BillStanding | 'unsent';
  paidOn: string | null;
}

/** What is not theirs, or not there (a contract, a letter of another estate): told alike, never which. */
/** What a request by post asked (`chaseAwaitingPost`): an end, a transfer, or of a bank account its block and balance (`asksBankAccount`). */
export type ChaseAsked = 'cancel' | 'transfer' | 'bank';

/**
 * bankend: of a bill decided paid from the estate, what a correction of the end date (a bank's confirmed date) made of its part for time
 * after it, in money: `now` null when nothing is after it any more, `whole` when all of it is; `was` what was, null when nothing was said.
 */
export interface AfterEndPartMoved {
  reference: string;
  now: string | null;
  whole: boolean;
  was: string | null;
}
/** What the organisation has not yet done of it, after "heeft"; `yet`: "nog " before "niet bevestigd". */
const notYetNl = (asked: ChaseAsked, yet: string) =>
  asked === 'bank' ? 'nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden' : `${asked === 'cancel' ? 'de beëindiging' : 'de overzetting'} ${yet}niet bevestigd`;
/** closewords, famstatus: bills still to pay from the estate, as the heading (`allButBills`) and a contract's settled step (`settledButBills`) say them; `total` to a reader of the estate's debts only. */
const billsToPayNl = (count: number, total: string | null) =>
  count === 1 ? `een rekening${total ? ` van ${total}` : ''} die nog uit de nalatenschap betaald moet worden` : `rekeningen${total ? ` van samen ${total}` : ''} die nog uit de nalatenschap betaald moeten worden`;
/**
 * dropday (audit89 F2): the whole claim withdrawn, the final bill included, and what the estate had paid of that bill (before or after), as
 * we told the agency; audit90 G1: to a reader outside the estate's debts only that a part was paid, without the sum or its day (as her
 * other lines say none).
 */
const paidBeforeNl = (d: Record<string, unknown>, readsDebts: boolean) => {
  const paid = d.paidFinalBill as { amount: number; paidOn: string; afterDrop?: boolean };
  if (!readsDebts) return `, ook de eindafrekening, en dat daarvan ${paid.afterDrop ? 'daarna nog een deel uit de nalatenschap is betaald' : 'al een deel uit de nalatenschap was betaald'}`;
  const [on, amount] = [longDate(paid.paidOn, 'nl'), money(paid.amount, 'nl')];
  return `, ook de eindafrekening, en dat daarvan ${paid.afterDrop ? `daarna, op ${on}, nog ${amount} uit de nalatenschap is betaald` : `op ${on} al ${amount} uit de nalatenschap was betaald`}`;
};
/** familyupload: what the owner took a relative's file into the estate as, in her words (the documents module's kinds). */
const TAKEN_AS_NL: Record<string, string> = {
  death_certificate: 'overlijdensakte', certificate_of_inheritance: 'verklaring van erfrecht', power_of_attorney: 'volmacht', will: 'testament',
  executor_appointment: 'verklaring van executele', id_document: 'identiteitsbewijs', invoice: 'rekening', collection_letter: 'brief van een incassobureau',
  provider_letter: 'brief van een bedrijf', other: 'document',
};
/**
 * familyupload2: what her file was used for, one sentence for her report list (`reportStanding`), her timeline and her daily email
 * (`family_report.handled` with `document_taken`, `reportDecisionNews`); `kind`: the documents module's kind it was taken as.
 */
const documentTakenNl = (owner: string, kind: string) => `Uw document is gebruikt voor het dossier: ${owner} heeft het opgenomen als ${TAKEN_AS_NL[kind] ?? TAKEN_AS_NL.other}.`;
/**
 * familyupload3: another relative's file, to a relative who may see it (`takenAsFor`): what it was taken in as, not who sent it (a
 * report is the reporter's own, README F8); `kind`: the documents module's kind.
 */
const documentTakenForOtherNl = (kind: string) => `Een document dat een familielid stuurde, is opgenomen in het dossier${kind === 'other' ? '' : ` als ${TAKEN_AS_NL[kind] ?? TAKEN_AS_NL.other}`}.`;
const KINDS_NL = { invoice_after_end: 'Een rekening na de einddatum', collection_letter: 'Een brief van een incassobureau', letter_to_deceased: 'Een brief gericht aan de overledene', new_contract: 'Een contract dat nog niemand kende', other: 'Iets anders', callback: 'Terugbelverzoek' };
/** relcorr: a report's kind inside a sentence (its timeline lines). */
const kindInNl = (kind: unknown) => (KINDS_NL[kind as keyof typeof KINDS_NL] ?? 'een melding').replace(/^./, (c) => c.toLowerCase());
const TOO_MANY_NL = 'Te veel pogingen. Probeer het over een tijdje opnieuw.';
/** Whom to ask, with her phone and e-mail where known (the session's signed cookie keeps them: famgap's Not done, SESS-1). */
const reachNl = (c: CaseOwnerContact) => `${c.name}${c.phone || c.email ? ` (${[c.phone && `telefoon ${c.phone}`, c.email && `e-mail ${c.email}`].filter(Boolean).join(', ')})` : ''}`;
const newLinkFirstNl = (contact: CaseOwnerContact) => `Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met ${reachNl(contact)}.`;
const NOT_FOUND_NL = 'Dat kunnen we niet vinden, of het is niet voor u bestemd.';
/** askwords: what the estate paid on a dropped claim, asked back: before the provider's word („al") or after it („daarna nog"). */
const paidOnDropNl = (amount: string | null, afterDrop: boolean) => {
  const paid = afterDrop ? 'daarna nog betaald is' : 'al betaald was';
  return amount ? `de ${amount} die ${paid}` : `wat ${paid}`;
};

/** What a collection agency claims, as its letter was recorded ("vordering van Incassobureau Noord (kenmerk INC-3), € 112,40"): it names no bill of ours. */
/** A collection agency's claim by its agency and its reference ("vordering van Incassobureau Noord (kenmerk INC-3)"). */
export const claimNamedNl = (agency: string, reference: string) => `vordering van ${agency || 'het incassobureau'}${reference && reference !== agency ? ` (kenmerk ${reference})` : ''}`;
/**
 * What part of a bill, or which bill, is owed: the part up to the end date of one disputed in part, or a bill for time
 * after the end date that the contact person decided is paid all the same (`afterEnd`: a bill after the end is otherwise disputed).
 */
/** coverrest: a premium of the cover the insurer keeps for the estate, with the day it is due when the bill named one. */
/** bankdebt: an overdrawn account's debit, per the day of its balance (`overdrawnListed`), named by the bank's reference. */
export const overdraftNl = (reference: string, day: string | null) => `tekort op de rekening${day ? ` per ${day}` : ''} (kenmerk ${reference})`;
/** bankdebts: a bank's costs by their kenmerk (`chargeListed`), by the one name every reader reads (workflows/wording.ts). */
export { chargeNl };
const premiumNl = (reference: string) => `premie ${reference} voor de verzekering die voor de nalatenschap doorloopt`;
const dueNl = (premium: { due: string | null } | null) => (premium?.due ? `, te betalen uiterlijk ${premium.due}` : '');
const billPartNl = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd === 'transfer' ? ', het deel tot en met de datum van de overzetting' : untilEnd ? ', het deel tot en met de einddatum' : afterEnd ? `, ${afterEnd === true ? '' : `waarvan ${afterEnd} `}voor tijd na de einddatum (uw contactpersoon heeft besloten dat die toch wordt betaald)` : '');
/** bankdebts: the same of a bank's costs, which go over days and are set against the date the bank confirmed (a bank gives no end date). */
const chargePartNl = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd ? ', het deel tot en met de datum die de bank bevestigde' : afterEnd ? `, ${afterEnd === true ? '' : `waarvan ${afterEnd} `}voor dagen na de datum die de bank bevestigde (uw contactpersoon heeft besloten dat ze toch worden betaald)` : '');
const claimNl = (agency: string, reference: string, amount: string) => `${claimNamedNl(agency, reference)}, ${amount}`;
/**
 * repaybill: what the provider paid back of money we asked back, owed to it again once its drop of the claim was undone (`OwedBill.repaidAgain`):
 * no bill of its own, so named by what it is and its amount. `repaidAgainOfNl`: the same once paid, or its payment undone.
 */
export const repaidAgainNl = (amount: string) => `terugbetaald bedrag van ${amount} weer verschuldigd (ingetrokken vordering teruggedraaid)`;
export const repaidAgainOfNl = (provider: string) => `het bedrag dat ${provider} had terugbetaald en dat weer verschuldigd is (ingetrokken vordering teruggedraaid)`;
/** The notary's caution of the card, short, beside a bill still to pay (art. 4:192 lid 1 BW: paying the estate's debts may accept it). */
const NOTARY_FIRST_NL = 'Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt.';
/** Who keeps track of a bill still to pay, to a relative who does not read the estate's debts. */
const KEPT_TRACK_NL = 'Het aanspreekpunt van de familie en uw contactpersoon houden dit bij.';

/** The question a missed term left unanswered (`missedQuestion`), after "heeft niet binnen de termijn (…)": never a bare "geantwoord" beside an answer to something else. */
/** A letter by e-mail that did not arrive (refused by the provider's mail server, or stuck): it was made and sent, so nothing waits to be "in order" (audit 77, MAIL-2). */
const undeliveredNl = (provider: string) => `Onze brief aan ${provider} kon nog niet per e-mail worden bezorgd; uw vaste contactpersoon zorgt ervoor dat hij alsnog aankomt.`;

const unansweredNl = (q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      if (q.asked) return 'geantwoord op ons verzoek';
      return q.action === 'cancel' ? 'bevestigd dat het contract wordt beëindigd' : 'bevestigd dat het contract op de nieuwe naam wordt gezet';
    case 'collectionStop':
      return 'bevestigd dat de incasso is gestopt';
    case 'rejectionComplaint':
      return 'gereageerd op onze klacht over de afwijzing';
    case 'release':
      return 'het saldo overgemaakt naar de boedelrekening';
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'nl') : billsNamed(q.bills, 'nl', { one: 'rekening', several: 'de rekeningen', unknown: 'de rekening' }).words;
      return q.kind === 'dispute' ? `gereageerd op ons bezwaar tegen ${bills}` : `gereageerd op onze klacht over ${bills}`;
    }
    default:
      return 'geantwoord';
  }
};

/** What a correction letter corrects, after its subject in the letter lists (src/letters/letter-about.ts): two of one day read apart. */
const CORRECTS_NL: Record<string, string> = {
  description: 'de omschrijving', accountNumber: 'het klantnummer', requestedEndDate: 'de gewenste datum', effectiveDate: 'de einddatum', insuranceKind: 'wat we de verzekeraar vragen',
  deceasedName: 'de naam van de overledene', dateOfBirth: 'de geboortedatum', dateOfDeath: 'de overlijdensdatum', deceasedAddress: 'het adres van de overledene', estateAccount: 'de boedelrekening',
  newHolderName: 'de naam van de nieuwe contracthouder', newHolderAddress: 'het adres van de nieuwe contracthouder', newHolderDateOfBirth: 'de geboortedatum van de nieuwe contracthouder',
  newHolderEmail: 'het e-mailadres van de nieuwe contracthouder', newHolderPhone: 'het telefoonnummer van de nieuwe contracthouder', newHolderIban: 'het IBAN van de nieuwe contracthouder',
  reference: 'het factuurnummer', invoiceDate: 'de factuurdatum', amount: 'het bedrag', periodFrom: 'de gefactureerde periode', periodTo: 'de gefactureerde periode',
};

/**
 * The portal's words in Dutch: the reference catalogue for the family audience (see ./index.ts).
 * Plain words for a family, formal "u"; the state of each contract is worded in workflows/.
 */
export const familyNl = {
  portal: 'Familieportaal', login: 'Inloggen', code: 'Toegangscode', codeHint: 'De code staat in de uitnodiging van uw vaste contactpersoon, bijvoorbeeld K7QM-2XWD-RT9P.',
  open: 'Open het dossier', continueText: 'Klik op de knop om het dossier te openen. De link werkt één keer.',
  newLink: 'Nieuwe link aanvragen', newLinkText: 'Werkt uw code of link niet meer? Vul uw e-mailadres in, dan sturen we een nieuwe link.', email: 'E-mailadres',
  newLinkSent: 'Als dit adres bij ons bekend is, is er een nieuwe link onderweg.',
  /** A form was sent after the session ended: its fields were not kept. */
  // A session that no longer holds, and whom to ask (`contact`: the case owner's name from a signed cookie, else the organisation's).
  // First what she can do here (the form below), then whom to ask if that fails (SESS-1).
  sessionOver: (contact: CaseOwnerContact) => `Uw sessie is verlopen. ${newLinkFirstNl(contact)}`, formLost: 'Wat u invulde is niet opgeslagen.',
  logout: 'Uitloggen', switchTo: 'English', switchLang: 'en',
  overview: 'Overzicht', timeline: 'Tijdlijn', letters: 'Brieven en documenten', report: 'Iets melden', dossier: 'Download het hele dossier',
  navLetters: 'Brieven', navReport: 'Melden', menu: 'Menu',
  /** A "more" link whose cursor no longer held (webcursor): the list shows its start again. */
  listRestarted: 'Deze lijst begint weer bij het begin: de link die u gebruikte werkt niet meer.',
  groups: { withOwner: 'Uw vaste contactpersoon is aan zet', waitingOnProvider: 'Wacht op de organisatie', done: 'Afgerond' },
  /** The one line a family member reads first; a count of none is left out (the rest then lies with the contact person). */
  progressLine: ({ done, total, waitingOnProvider }: { done: number; total: number; waitingOnProvider: number }) =>
    `${done} van ${total} afgerond${waitingOnProvider ? `, ${waitingOnProvider} ${waitingOnProvider === 1 ? 'wacht' : 'wachten'} op de organisatie` : done < total ? ', de rest ligt bij uw vaste contactpersoon' : ''}`,
  sorry: 'Dank u voor uw eerlijke beoordeling. Het spijt ons dat het niet goed ging.', callbackQuestion: 'Wilt u dat uw vaste contactpersoon u belt?',
  callbackYes: 'Ja, bel mij', callbackNo: 'Nee, dank u', goodThanks: 'Dank u voor uw beoordeling. Fijn dat het goed ging.',
  callbackPlanned: (owner: string) => `${owner}, uw vaste contactpersoon, belt u zo snel mogelijk.`,
  chooseKind: 'Verder', changeKind: 'Iets anders melden', periodFrom: 'Periode op de rekening: van (als u dat weet)', periodTo: 'Periode op de rekening: tot en met (als u dat weet)',
  /** Another relative, named so on the timeline: a relative's report and what it started are theirs. */
  /** A provider's answer the case owner recorded (it came by phone, post or e-mail): the provider said it, the owner wrote it down. */
  recordedBy: (name: string) => `vastgelegd door ${name}`,
  aRelative: 'Een familielid',
  inThisFile: 'in dit dossier',
  of: 'Afwikkeling voor', died: 'overleden op', contact: 'Uw vaste contactpersoon', phone: 'Telefoon', emailLabel: 'E-mail',
  contracts: 'Contracten', none: 'Er staan nog geen contracten op de lijst.', asked: 'Gevraagd', lastUpdate: 'Laatst bijgewerkt',
  updatedOn: (date: string) => `bijgewerkt ${date}`, expectedOn: (date: string) => `verwacht ${date}`,
  next: 'Wat er nu gebeurt', expected: 'Verwacht', noLetters: 'Er zijn nog geen brieven verstuurd.', documents: 'Documenten', noDocuments: 'Er zijn geen documenten.', more: 'Eerdere berichten', moreLetters: 'Eerdere brieven', moreDocuments: 'Eerdere documenten', moreContracts: 'Meer contracten',
  to: 'aan', pdfIn: { nl: '(PDF)', en: '(PDF, in het Engels)' } as Record<Language, string>, reportTitle: 'Meld een rekening, brief of contract', kind: 'Waar gaat het om?', contract: 'Over welk contract?', unknownContract: 'Weet ik niet / staat er niet bij',
  message: 'Wat is er gebeurd?', invoiceDate: 'Datum op de rekening (als u die weet)', amount: 'Bedrag in euro (als u dat weet)', reference: 'Factuurnummer of kenmerk (als u dat weet)',
  agency: 'Naam van het incassobureau (als u die weet)', dossierNumber: 'Dossiernummer van het incassobureau (als de brief dat noemt)', agencyLanguage: 'In welke taal schreef het incassobureau?', agencyLanguages: { nl: 'Nederlands', en: 'English' }, provider: 'Van welke organisatie? (als die in de lijst staat)', account: 'Klant- of polisnummer (als u dat weet)',
  file: 'Foto of PDF van de brief (optioneel, hooguit 10 MB)', send: 'Melding versturen', sent: 'Dank u. Uw melding is ontvangen.',
  // docwarn: their words with an upload are kept; a BSN or an IBAN in them is more than a report needs (AVG art. 5 lid 1 sub c).
  messageOversays: (owner: string, what: string[]) =>
    `Let op: uw bericht lijkt ${listed(what, 'nl')} te bevatten. Uw melding is alleen voor ${owner}; Steward stuurt uw bericht niet naar bedrijven. ${what.length > 1 ? 'Zijn de nummers niet nodig voor uw melding, noem ze' : 'Is het nummer niet nodig voor uw melding, noem het'} dan liever niet.`,
  oversaid: { bsn: 'een burgerservicenummer (BSN)', iban: 'een rekeningnummer (IBAN)' } as Record<'bsn' | 'iban', string>,
  rateEstate: 'Hoe tevreden bent u over de hele afhandeling?', rateContract: (provider: string) => `Hoe tevreden bent u over de afhandeling bij ${provider}?`,
  rateLegend: 'Eén tik is genoeg', comment: 'Wilt u er iets over kwijt? (optioneel)', thanks: 'Dank u voor uw beoordeling.',
  scores: ['zeer ontevreden', 'ontevreden', 'neutraal', 'tevreden', 'zeer tevreden'], yourReports: 'Uw meldingen', moreReports: 'Eerdere meldingen', handled: 'afgehandeld', openReport: 'in behandeling', reply: 'Antwoord van uw vaste contactpersoon:',
  kinds: KINDS_NL,
  /** relcorr (audit91 F5): her own report, while the owner has not handled it: she corrects or withdraws it herself. */
  /** relupload: what she sent herself (a report's photo, a bank statement), while the owner has not used it: she takes it back. */
  uploads: {
    withdraw: 'Intrekken',
    withdrawHint: 'Een bestand of bankafschrift dat u zelf stuurde, kunt u intrekken zolang uw vaste contactpersoon het nog niet gebruikte. Het wordt dan gewist.',
    withdrawnNotice: 'Het bestand is ingetrokken en gewist.',
    statementWithdrawnNotice: 'Het bankafschrift is ingetrokken; wat eruit gelezen was, is gewist.',
    notWithdrawn: 'Niet ingetrokken:',
    statementsTitle: 'Bankafschriften die u stuurde',
    sentOn: (date: string) => `gestuurd op ${date}`,
    used: 'al gebruikt door uw vaste contactpersoon',
    moreStatements: 'Eerdere bankafschriften',
  },
  reportChange: {
    open: 'Klopt er iets niet? Verbeter of trek in',
    hint: (owner: string) => `Dat kan zolang ${owner} de melding nog niet heeft afgehandeld.`,
    message: 'Uw bericht',
    save: 'Verbetering opslaan',
    withdraw: 'Melding intrekken',
    figuresKept: 'De gegevens die u van de brief overnam, blijven staan. Klopt daar iets niet aan, schrijf het dan in uw bericht of trek de melding in.',
    withdrawHint: 'Wat u schreef en meestuurde wordt dan gewist; alleen blijft staan dat u iets meldde en weer introk.',
    withdrawn: 'door u ingetrokken',
    corrected: (date: string) => `door u verbeterd op ${date}`,
    correctedNotice: 'Uw melding is verbeterd. Uw vaste contactpersoon ziet meteen de nieuwe gegevens.',
    withdrawnNotice: 'Uw melding is ingetrokken. Uw vaste contactpersoon hoeft er niets meer mee te doen.',
  },
  dossierText: 'Eén zip-bestand met alle brieven, bevestigingen van aanbieders, documenten en de tijdlijn.', heirs: 'Familie', heir: 'erfgenaam', representative: 'aanspreekpunt',
  /** The dossier zip: its files and folders, and the lines of its confirmations (a correction says what it replaced). */
  dossierParts: {
    timeline: 'Tijdlijn', confirmations: 'Bevestigingen van aanbieders', none: 'Er zijn nog geen bevestigingen ontvangen.', file: 'Dossier', letters: 'brieven', documents: 'documenten',
    endsOn: 'contract eindigt op', transferredOn: 'op nieuwe naam per', received: 'ontvangst bevestigd', reference: 'kenmerk', finalInvoice: 'eindafrekening',
    corrected: 'bevestiging gecorrigeerd', nothing: 'geen', laterCorrected: 'later gecorrigeerd', takenBack: 'later ingetrokken: per vergissing vastgelegd', dropUndone: 'later teruggedraaid: per vergissing vastgelegd',
  },
  sessionEnded: (contact: CaseOwnerContact) => `Uw toegang tot het familieportaal is beëindigd of verlopen. ${newLinkFirstNl(contact)}`,
  tooMany: TOO_MANY_NL,
  /** Above a refused access code (the refusal itself is told at the field, `errors.refusals`). */
  notOpened: 'Het dossier is niet geopend.',
  statementTitle: 'Een bankafschrift sturen', statementText: 'Van de rekening van de overledene: het camt.053-bestand (XML) of de CSV/TXT-export van ING, Rabobank of ABN AMRO. Uw vaste contactpersoon zoekt er de contracten in die nog lopen.',
  statementFile: 'Bankafschrift (XML, CSV of TXT, hooguit 50 MB)', statementSend: 'Bankafschrift sturen', statementReceived: 'Ontvangen, uw vaste contactpersoon bekijkt het.', statementFix: 'Het bankafschrift kon niet worden gelezen:',
  /** A portal page that could not be shown (an address that is not right, a page not theirs, our fault): never the API's English. */
  /** What happens now with a report, by its outcome (`reportFollowUp`). */
  /**
   * Under a bill she reported, what the owner decided (`decision`; `waiting` until then). Recorded, the bill is disputed for the days
   * after the end date (only those are: `invoiceAfterEndProblems`); no word on paying, which the contract's card tells. Handled otherwise, her
 * reply (required) says what she decided and why.
   */
  /**
   * Under a collection letter she reported, once the owner recorded its notice (README printwords, reportlist): where it stands now —
   * whom the stop asked in writing (`asked`: its letter went; by post, once posted), whom not yet (`notYet`), and the answer once
   * recorded, by whom the record names (`answer.by`, collwho: the provider or the agency; null, collrest: recorded before the owner
   * was asked who answered) and what it did (`suspended`, else stopped).
   */
  collectionStanding: (owner: string, asked: string[], notYet: string[], answer: { by: string | null; suspended: boolean; dropped: boolean } | null) => {
    const recorded = `${owner} heeft de incassobrief vastgelegd bij het contract`;
    const where = !asked.length
      ? `${recorded}. De brief met het verzoek de incasso op te schorten is nog niet verstuurd.`
      : `${recorded} en ${listed(asked, 'nl')} schriftelijk gevraagd de incasso op te schorten${notYet.length ? `; de brief aan ${listed(notYet, 'nl')} is nog niet verstuurd` : ''}.`;
    if (!answer) return where;
    const halted = answer.suspended ? 'opgeschort' : 'gestopt';
    // collclaim2: a provider that dropped its claim (collclaim) did more than stop the collection: said so.
    if (answer.by && answer.dropped) return `${where} ${answer.by} heeft laten weten dat het de vordering liet vallen; de incasso is gestopt.`;
    return answer.by ? `${where} ${answer.by} heeft laten weten dat de incasso is ${halted}.` : `${where} Er is ons laten weten dat de incasso is ${halted}; wie dat deed, is niet vastgelegd.`;
  },
  /**
   * collrest2: under a bill she reported that the owner recorded, where it stands now (`BillNow`: the standing the collection stop states
   * of it, `billsOnRecord`): its objection not yet sent, sent and unanswered, held to, or how it ended. What the estate pays is said to a
   * reader of its debts only; another reads that the objection was dealt with.
   */
  billStanding: (owner: string, provider: string, now: BillNow) => {
    const where: Record<BillNow['standing'], string> = {
      unsent: `De brief met ons bezwaar aan ${provider} is nog niet verstuurd.`,
      open: `Ons bezwaar tegen wat er na de einddatum in rekening is gebracht, is verstuurd; we wachten op het antwoord van ${provider}.`,
      held: `${provider} houdt vast aan de rekening; uw contactpersoon beslist wat we nu doen.`,
      credited: `${provider} heeft de rekening gecrediteerd; het bezwaar is afgehandeld.`,
      withdrawn: `${provider} heeft de rekening ingetrokken.`,
      payFromEstate: now.paidOn ? `De rekening is op ${longDate(now.paidOn, 'nl')} betaald uit de nalatenschap.` : 'De rekening wordt betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.',
      owed: now.paidOn ? `De rekening is op ${longDate(now.paidOn, 'nl')} betaald uit de nalatenschap.` : 'De rekening gaat alleen over de tijd tot de einddatum en wordt betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.',
      alreadyPaid: 'De rekening was al betaald; het bezwaar is afgehandeld.',
      beforeEnd: 'De einddatum is gecorrigeerd: de rekening gaat niet meer over de tijd daarna, dus ons bezwaar is vervallen.',
      settled: 'Het bezwaar is afgehandeld.',
    };
    return `${owner} heeft de rekening gecontroleerd en vastgelegd bij het contract. ${where[now.standing]}`;
  },
  /** familyupload (audit103 F3): the file she sent with her report, taken by the owner into the estate as a kind; no more than that is true yet. */
  documentTaken: documentTakenNl,
  billDecisions: {
    waiting: (owner: string) => `${owner} controleert deze rekening en beslist wat ermee moet gebeuren.`,
    bill_recorded: (owner: string) => `${owner} heeft de rekening gecontroleerd en vastgelegd bij het contract.`,
    // Handled without recording it from the report (she may have done so on the contract): her reply, required, says what and why.
    nothing_to_do: (owner: string) => `${owner} heeft de rekening bekeken en uw melding afgehandeld.`,
  },
  followUps: {
    contract_added: (owner: string) => `We hebben het contract op de lijst gezet. ${owner} controleert de gegevens en verstuurt het verzoek.`,
    contract_known: (owner: string) => `Dit contract kenden we al: het staat op de lijst en ${owner} regelt het. Uw melding is erbij bewaard.`,
    queued: (owner: string) => `${owner} bekijkt uw melding en neemt contact met u op als er iets van u nodig is.`,
    /** A bill waits for the owner: nothing goes to the provider before she has checked it. No word on paying: she decides. */
    bill_queued: (owner: string) => `Uw melding is aangekomen bij ${owner}, die de rekening controleert en beslist wat ermee moet gebeuren. U leest het hier.`,
    closed: (owner: string) => `Het dossier was al gesloten. ${owner} bekijkt uw melding en opent het dossier weer als er nog iets moet gebeuren.`,
  },
  errorPage: {
    title: 'Dit lukte niet',
    badAddress: 'Het adres van deze pagina klopt niet (meer). Er is niets veranderd.',
    notFound: 'Deze pagina bestaat niet, of is niet voor u bestemd.',
    unavailable: 'Het familieportaal is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
    broken: 'Er ging bij ons iets mis. Er is niets veranderd. Probeer het zo opnieuw.',
    home: 'Naar uw overzicht',
  },
  /** The report form's errors, in plain words with the field's name (see ErrorWords in src/web/fields.ts). */
  errors: {
    /** Refusals made where the refusing code does not know its reader (the problem filter words them, `ReaderWordedProblem`): those a family can meet. */
    common: {
      concurrentChange: 'Iemand anders wijzigde dit op hetzelfde moment. Probeer het opnieuw; er is niets veranderd.',
      noWorkflow: 'Hiervoor loopt (nog) geen afhandeling. Er is niets veranderd.',
      unauthenticated: 'Log eerst in met de toegangscode van uw vaste contactpersoon.',
      tokenEnded: 'Uw toegang tot het familieportaal is beëindigd of verlopen. Log opnieuw in met een nieuwe code: vraag een nieuwe link aan, of vraag uw vaste contactpersoon om een nieuwe code.',
      crossSite: 'Dit formulier is vanaf een andere website verstuurd. Er is niets veranderd.',
      formInProgress: 'Dit formulier wordt nog verstuurd. Kijk zo opnieuw: het wordt niet twee keer verstuurd.',
      notFound: NOT_FOUND_NL,
      alreadyExists: 'Dit bestaat al. Er is niets veranderd.',
      // A report drives the contract's workflow: a state that does not take it is told without the staff's state names.
      unhandled: (_state: string) => 'Voor dit contract loopt geen afhandeling, dus dit kan nu niet. Er is niets veranderd.',
      stateConflict: (subject: string, _state: string) => `Dit kan op dit moment niet bij ${subject === 'estate' ? 'deze nalatenschap' : 'dit contract'}. Er is niets veranderd.`,
      // Refused before anyone is known: the portal's address makes the reader a relative (`readerOf`).
      fileRefused: (problem: string, field: string, mb?: string) =>
        `${
          problem === 'tooManyFiles' ? 'U kunt één foto of PDF tegelijk sturen'
          : problem === 'fileFirst' ? `De foto of PDF is groter dan ${mb} MB en kwam vóór de rest van het formulier, dat daarom niet is gelezen. Stuur er een van hooguit ${mb} MB`
          : `Wat u stuurde heeft een bestand in het veld ‘${field}’, dat niet bij het formulier hoort: stuur de foto of PDF in het veld ‘file’`
        }. Er is niets veranderd.`,
      methodNotAllowed: (method: string, allowed: string) => `Deze pagina werkt niet met ${method}, alleen met ${allowed}. Er is niets veranderd.`,
      unreadableBody: (problem: string, limit: number) =>
        `${({ tooLarge: `Wat u stuurde is te groot: hooguit ${limit} kB`, tooManyFields: `Het formulier heeft te veel velden: hooguit ${limit}`, tooDeep: `Het formulier is te diep genest: hooguit ${limit} niveaus`, notJson: 'Wat u stuurde is niet te lezen: het is geen geldige JSON', charset: 'Wat u stuurde is niet te lezen: stuur het in UTF-8', encoding: 'Wat u stuurde is niet te lezen: het is ingepakt op een manier die wij niet kennen' } as Record<string, string>)[problem] ?? 'Wat u stuurde is niet te lezen'}. Er is niets veranderd.`,
    } satisfies Partial<CommonRefusals>,
    summary: 'Er is iets niet goed ingevuld. Wilt u dit aanpassen?',
    field: 'dit veld',
    unknownParameter: (name: string) => `Het adres bevat ‘${name}’; dat kent deze pagina niet`,
    labels: {
      kind: 'waar het om gaat', contractId: 'het contract', message: 'uw bericht', invoiceDate: 'de datum op de rekening', periodFrom: 'het begin van de periode',
      periodTo: 'het einde van de periode', amount: 'het bedrag', reference: 'het factuurnummer of kenmerk', agency: 'de naam van het incassobureau', dossierNumber: 'het dossiernummer van het incassobureau', agencyLanguage: 'de taal van de brief van het incassobureau',
      providerId: 'de organisatie', accountNumber: 'het klant- of polisnummer', file: 'de foto of PDF', paidOn: 'de datum van betalen',
      comment: 'uw opmerking', code: 'de toegangscode', email: 'uw e-mailadres', score: 'uw waardering', milestone: 'het moment van de waardering', lang: 'de taal',
      limit: 'het aantal per pagina', reported: 'de melding', contract: 'het contract', rated: 'de waardering', callback: 'het terugbelverzoek',
      // The portal's query parameters (an address refused on its error page).
      cursor: 'de paginaverwijzing', reports: 'de paginaverwijzing', bills: 'de paginaverwijzing', paid: 'de paginaverwijzing', documents: 'de paginaverwijzing', bill: 'de melding over de rekening',
    } as Record<string, string>,
    examples: {} as Record<string, string>,
    rules: {
      required: (label: string) => `Vul ${label} in`,
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `Kies ${label}`,
      maxLength: (label: string, n: string) => `Gebruik voor ${label} hooguit ${n} tekens`,
      minLength: (label: string, n: string) => `Schrijf bij ${label} minstens ${n} tekens`,
      // The only address a relative types is her own (a new link): the sentence names what is wrong, not the field again.
      email: (_label: string) => 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
      choice: (label: string) => `Kies ${label} uit de lijst`,
      whole: (label: string) => `Vul bij ${label} een heel getal in`,
      min: (label: string, n: string) => `Vul bij ${label} ${n} of meer in`,
      max: (label: string, n: string) => `Vul bij ${label} ${n} of minder in`,
      tooMany: (label: string, n: string) => `Kies bij ${label} hooguit ${n}`,
      date: (label: string, typed: string) => (typed ? `${typed} bestaat niet: vul bij ${label} een bestaande datum in` : `Vul bij ${label} een bestaande datum in`),
      country: (label: string) => `Vul bij ${label} een landcode van twee letters in, zoals NL`,
      iban: (label: string) => `Controleer ${label}: het rekeningnummer klopt niet`,
      euros: (label: string) => `Vul ${label} in cijfers in, bijvoorbeeld 80 of 12,50`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'nl');
        return `„${typed}” bij ${label} kan op twee manieren gelezen worden. Schrijf ${thousands} ${decimal ? `of ${decimal}` : 'of een bedrag met hooguit twee cijfers achter de komma'}`;
      },
      positive: (label: string) => `${label} moet meer dan nul zijn`,
      format: (label: string) => `Controleer de schrijfwijze van ${label}`,
      blank: (label: string) => `Bij ${label} staan alleen spaties: schrijf iets, of laat het leeg`,
      unknown: (label: string) => `Dit veld hoort niet bij het formulier: ${label}`,
      object: () => 'Stuur de gegevens als JSON-object of als formulier',
      future: (label: string) => `${label} ligt in de toekomst`,
      beforeBirth: (label: string) => `${label} ligt vóór de geboortedatum`,
      beforeDeath: (label: string) => `${label} ligt vóór de overlijdensdatum`,
      beforeStart: (label: string) => `${label} ligt vóór het begin ervan: controleer beide data op de rekening`,
      beforeContract: (label: string) => `${label} ligt vóór de dag waarop het contract werd vastgelegd`,
      beforePosting: (label: string) => `${label} ligt vóór de dag waarop de brief op de post ging`,
      tooLate: (label: string, date: string) => `${label} ligt te ver weg: uiterlijk ${date}`,
      // A refusal without a rule: its detail is the API's English, which a family should not have to read.
      check: (label: string) => `Controleer ${label}`,
    },
    /** A refusal the family's API answers (its `detail`): the sentences of `refusals` as the pages say them, and that nothing changed. */
    refused: (said: string) => `${said}. Er is niets veranderd.`,
    /** The API's answer for what is not theirs, or not there (a contract, a letter of another estate): never which. */
    notFound: NOT_FOUND_NL,
    /** A refused bank statement (the upload on the report page), as `statements` of the owner's catalogue: the page words the same by code. */
    statements: {
      notForm: 'Stuur het afschrift als bestand mee. Er is niets bewaard.',
      formUnreadable: (_reason: string) => 'Het bestand kwam niet goed aan: kies het opnieuw en verstuur het nog eens. Er is niets bewaard.',
      tooLarge: (mb: string) => `Het bestand is te groot: kies een bestand van hooguit ${mb} MB. Er is niets bewaard.`,
      unreadable: (line: string, element: string, _reason: string) =>
        `Regel ${line}${element ? ` (<${element}>)` : ''} van het bestand is niet te lezen. Stuur het camt.053-bestand (XML) of de CSV/TXT-export van ING, Rabobank of ABN AMRO. Er is niets bewaard.`,
      noTransactions: 'Er staan geen betalingen in dit bestand. Er is niets bewaard.',
    },
    /** What the portal's uploads and forms can meet, by the refusal's code; other refusals read as `check`. */
    refusals: {
      // An access code the login page refused, at its field (and the API's detail).
      codeUsed: () => 'Deze code is al gebruikt. Vraag hieronder een nieuwe link aan, of vraag uw vaste contactpersoon om een nieuwe code.',
      codeExpired: () => 'Deze code is verlopen. Vraag hieronder een nieuwe link aan, of vraag uw vaste contactpersoon om een nieuwe code.',
      codeInvalid: () => 'Deze code klopt niet: kijk hem na en probeer het opnieuw.',
      // authedge: until when, on the clocks in the Netherlands (`retryAt`), where the refusal said it.
      codeTooOften: (_label?: string, at?: string) => (at ? `Te veel pogingen. Probeer het om ${at} opnieuw.` : TOO_MANY_NL),
      staleCursor: () => 'Deze pagina van de lijst bestaat niet (meer). Open de lijst opnieuw vanaf het begin',
      tooLarge: (_label: string, mb: string) => `Het bestand is te groot: kies een bestand van hooguit ${mb} MB`,
      emptyFile: () => 'Het bestand is leeg: kies het goede bestand',
      // A photo or PDF with a report: not one, or one that cannot be opened (the letters' own test).
      fileType: () => 'Dit bestand kunnen we niet openen: kies een foto (JPG of PNG) of een PDF van de brief',
      unreadable: () => 'Dit bestand is beschadigd of beveiligd, of er staat geen pagina in: kies een andere foto of PDF van de brief',
      pdfReadTooLong: () => 'Dit PDF-bestand kon niet gelezen worden: het is te groot of beschadigd. Kies een kleinere foto of PDF van de brief',
      checksBusy: () => 'Het is nu te druk om uw bestand te bekijken: probeer het over een minuut opnieuw',
      statementLine: (_label: string, line: string) => `Regel ${line} van het bestand is niet te lezen. Stuur het camt.053-bestand (XML) of de CSV/TXT-export van ING, Rabobank of ABN AMRO`,
      noTransactions: () => 'Er staan geen betalingen in dit bestand',
      // A bill's date a year or more before the period it bills (the owner's rule, `billFiguresProblems`): a misread year.
      longBeforePeriod: (label: string, from: string) => `${label} ligt meer dan een jaar vóór de periode van de rekening (vanaf ${from}): kijk het jaartal na`,
      // Marking a bill to pay as paid (the card on the overview).
      beforeOwed: () => 'De datum van betalen ligt vóór de dag waarop de rekening op deze lijst kwam. Is hij eerder betaald, laat het dan uw vaste contactpersoon weten',
      notOwed: () => 'Deze rekening staat niet op de lijst van rekeningen die uit de nalatenschap betaald worden',
      stillDisputed: () => 'Tegen deze rekening loopt nog bezwaar: u hoeft hem nu niet te betalen',
      // `date`: the day it was paid, when the refusal knows it (written out).
      paidAlready: (_label: string, date: string) => (date ? `Deze rekening staat al bij betaald, op ${date}` : 'Deze rekening staat al bij betaald'),
      notMarkedPaid: () => 'Deze rekening staat niet bij betaald',
      // famclosed: a closed estate's final report states its payments; only the owner can reopen the file.
      // famclosed: a browser empties a file field when a report comes back with an error (`limit`: the file's name).
      chooseFileAgain: (_label: string, name: string) => `U had ${name || 'een bestand'} bijgevoegd, maar een browser kan een bijlage niet bewaren als de melding terugkomt: kies het bestand hieronder opnieuw voordat u verstuurt`,
      paidInClosedEstate: () => 'Het dossier is afgesloten en het eindverslag noemt deze betaling. Klopt ze niet, laat het dan uw vaste contactpersoon weten',
      // bankdebts: the same of a bank's contract (`chargeNamed`): its costs or an overdraft's debit, said as an amount, never a rekening.
      beforeOwedCharge: () => 'De datum van betalen ligt vóór de dag waarop dit bedrag op deze lijst kwam. Is het eerder betaald, laat het dan uw vaste contactpersoon weten',
      notOwedCharge: () => 'Dit bedrag staat niet op de lijst van wat uit de nalatenschap aan de bank betaald wordt',
      disputedCharge: () => 'Tegen deze kosten loopt nog bezwaar: u hoeft ze nu niet te betalen',
      paidCharge: (_label: string, date: string) => (date ? `Dit bedrag staat al bij betaald, op ${date}` : 'Dit bedrag staat al bij betaald'),
      unpaidCharge: () => 'Dit bedrag staat niet bij betaald',
      representativeOnly: () => 'Alleen het aanspreekpunt van de familie kan vastleggen dat een rekening betaald is',
      ratedAlready: () => 'U heeft alles wat we u vroegen al beoordeeld. Dank u daarvoor',
      notRatable: () => 'Dit kunt u nu nog niet beoordelen: we vragen het u zodra het zover is',
      // relcorr: her report once the owner dealt with it (`limit`: the owner's name): what it says is what the owner acted on.
      reportHandled: (_label: string, owner: string) => `${owner || 'Uw vaste contactpersoon'} heeft deze melding al afgehandeld, dus u kunt hem hier niet meer wijzigen of intrekken. Klopt er iets niet, vraag het dan aan ${owner || 'uw vaste contactpersoon'}`,
      reportWithdrawn: () => 'U heeft deze melding al ingetrokken',
      notOfKind: (label: string) => `${label} hoort niet bij dit soort melding`,
      unchanged: () => 'Uw verbetering is gelijk aan wat u al meldde: verander eerst iets',
      // relupload: her upload once the owner used it (`limit`: the owner's name): only the owner can take it away.
      uploadUsed: (_label: string, owner: string) => `${owner || 'Uw vaste contactpersoon'} heeft dit bestand al gebruikt, dus u kunt het hier niet meer intrekken. Moet het toch weg, vraag het dan aan ${owner || 'uw vaste contactpersoon'}`,
    },
  },

  /**
   * The bills the estate owes (the family holds its money): the case owner decided a bill the provider held to
   * is paid from the estate, or a correction showed it covers only the time up to the end date. The
   * representative records when one is paid; the others read it.
   */
  billsToPay: 'Te betalen uit de nalatenschap',
  // Paying estate debts without reservation is conduct that can accept the estate outright (art. 4:192 lid 1 BW;
  // Parl. Gesch. Boek 4 p. 933-934: "doet blijken dat hij de schulden ... voor zijn rekening neemt"). Steward does not
  // record how the heirs accept, so the card always says it, before the first payment is marked.
  billsToPayText: 'Deze rekeningen zijn verschuldigd en worden betaald uit de nalatenschap. Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris: wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW). Heeft u vragen over het betalen? Neem dan contact op met uw vaste contactpersoon.',
  billsToPayYouMark: 'Heeft u een rekening betaald van de rekening van de nalatenschap? Vul de datum in en kies ‘Betaald’. Dan ziet de hele familie dat hij betaald is.',
  billsToPayOthersMark: 'Het aanspreekpunt van de familie houdt hier bij welke rekeningen betaald zijn.',
  /**
   * bankforms: the same above a list that holds a bank's costs or an overdraft's debit, which are no rekening (a bank charges the
   * account): every line of it is an amount owed. The notary's caution as above (art. 4:192 lid 1 BW).
   */
  amountsToPay: {
    text: 'Deze bedragen zijn verschuldigd en worden betaald uit de nalatenschap. Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris: wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW). Heeft u vragen over het betalen? Neem dan contact op met uw vaste contactpersoon.',
    youMark: 'Heeft u een van deze bedragen betaald van de rekening van de nalatenschap? Vul de datum in en kies ‘Betaald’. Dan ziet de hele familie dat het betaald is.',
    othersMark: 'Het aanspreekpunt van de familie houdt hier bij welke bedragen betaald zijn.',
  },
  // A final bill has no invoice number of its own: it is named by the provider's reference of the confirmation. `untilEnd`: the
  // undisputed part of a bill disputed in part (our dispute letter accepts the days up to the end date), owed while the rest is disputed.
  // `agency`: what a collection agency claims, which the case owner decided is paid from the estate (its letter names no bill of ours).
  // `charge` (bankdebts): a bank's costs (`chargeListed`), named as costs, never a rekening.
  billToPay: (provider: string, reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
    `${provider}: ${agency !== null ? claimNl(agency, reference, amount) : finalBill === 'repaidAgain' ? repaidAgainNl(amount) : `${overdrawn !== null ? overdraftNl(reference, overdrawn.on) : finalBill === 'recovery' ? `terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: ${reference})` : finalBill ? `eindafrekening (kenmerk van de aanbieder: ${reference})` : premium ? premiumNl(reference) : charge ? chargeNl(reference) : `rekening ${reference}`}${(charge ? chargePartNl : billPartNl)(untilEnd, afterEnd)}, ${amount}${dueNl(premium)}`}`,
  moreBillsToPay: 'Meer rekeningen',
  /**
   * The next step of a contract done with the provider while the estate still owes a bill of it: never "er hoeft niets
   * meer te gebeuren". A reader of the debts reads each bill (`billOwedHere`, listed) and the notary's caution of the card
   * (art. 4:192 lid 1 BW); another relative only that a bill is still to pay.
   */
  billOwedHere: (reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
    agency !== null ? `de ${claimNl(agency, reference, amount)}` : finalBill === 'repaidAgain' ? repaidAgainNl(amount) : `${overdrawn !== null ? overdraftNl(reference, overdrawn.on) : finalBill === 'recovery' ? `de terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: ${reference})` : finalBill ? `de eindafrekening (kenmerk van de aanbieder: ${reference})` : premium ? premiumNl(reference) : charge ? chargeNl(reference) : `rekening ${reference}`}${(charge ? chargePartNl : billPartNl)(untilEnd, afterEnd)}, ${amount}${dueNl(premium)}`,
  stillToPayNext: (bills: string) => `Er is nog te betalen uit de nalatenschap: ${bills} (zie ‘Te betalen uit de nalatenschap’). ${NOTARY_FIRST_NL}`,
  stillToPayNextUnnamed: `Er is nog een rekening van dit contract te betalen uit de nalatenschap. ${KEPT_TRACK_NL}`,
  /**
   * The next step beside a status that already says the bill (`billsWaitFirst`): only what it adds, the notary's caution; to
   * a relative who does not read the estate's debts, who keeps track of it.
   */
  billsWaitFirstNext: NOTARY_FIRST_NL,
  billsWaitFirstNextUnnamed: KEPT_TRACK_NL,
  /**
   * The status of a contract done with its organisation while the estate still owes a bill of it: what waits first, the bills
   * (`billOwedHere`, listed), so "afgehandeld" never comes before it; the state's words after say only what else is true.
   * famdigest (audit87 F8): a bank's (`bank`; also while it is to release the balance) is an account, as its card names it.
   */
  billsWaitFirst: (provider: string, bills: string, bank = false) => `Nog te betalen uit de nalatenschap voor ${bank ? 'de rekening' : 'het contract'} bij ${provider}: ${bills}.`,
  /**
   * After the owner's decision to pay bills for time after the end date from the estate (`afterEnd`, as on the card), in the
   * timeline and the daily email: that they are such bills. `afterEndDecidedUnnamed`: to a relative who does not read the
   * estate's debts, no number (the step's words before it name none either).
   */
  afterEndDecided: (references: string[], bank: boolean) => {
    // bankforms: a bank's costs (`CHARGE_NOUNS`), for days after the date it confirmed, as the card lists them (`chargePartNl`).
    if (bank) return `${capitalised(billsNamed(references, 'nl', { ...CHARGE_NOUNS.nl, unknown: 'de kosten' }).words)} gaan over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.`;
    const { words, several } = billsNamed(references, 'nl', { one: 'rekening', several: 'rekeningen', unknown: 'de rekeningen' });
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${several ? 'gaan' : 'gaat'} over de tijd na de einddatum; uw contactpersoon heeft besloten dat ${several ? 'die toch worden' : 'die toch wordt'} betaald.`;
  },
  afterEndDecidedUnnamed: (several: boolean, bank: boolean) =>
    bank ? 'Die kosten gaan over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.' : `${several ? 'Die rekeningen gaan' : 'Die rekening gaat'} over de tijd na de einddatum; uw contactpersoon heeft besloten dat ${several ? 'die toch worden' : 'die toch wordt'} betaald.`,
  /** billsplit (audit87 F1): of a bill disputed in part, the part after the end date (`afterEndPartOf`); unnamed: no number, no amount. */
  afterEndPartDecided: (reference: string, part: string, bank: boolean) =>
    bank
      ? `Van de ${chargeNl(reference)} gaat ${part} over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.`
      : `Van rekening ${reference} gaat ${part} over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.`,
  /** bankend: after a correction of the end date, what is now for time after it of a bill decided paid from the estate (`AfterEndPartMoved`); unnamed: that it changed. */
  afterEndPartMoved: ({ reference, now, whole }: AfterEndPartMoved, bank: boolean): string => {
    const [bill, after, date] = bank ? [`de ${chargeNl(reference)}`, 'dagen na die datum', 'de gecorrigeerde datum die de bank bevestigde'] : [`rekening ${reference}`, 'de tijd na die datum', 'de gecorrigeerde einddatum'];
    if (now === null) return `Door ${date} gaat niets van ${bill} meer over ${after}.`;
    return whole ? `Door ${date} gaat ${bill} nu helemaal over ${after}.` : `Door ${date} gaat van ${bill} nu ${now} over ${after}.`;
  },
  afterEndPartMovedUnnamed: (bank: boolean): string =>
    bank ? 'Daardoor is ook veranderd welk deel van de kosten over dagen na die datum gaat.' : 'Daardoor is ook veranderd welk deel van een rekening over de tijd na die datum gaat.',
  afterEndPartDecidedUnnamed: (bank: boolean): string =>
    bank ? 'Een deel van die kosten gaat over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.' : 'Een deel van die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.',
  /** refund: a refund the provider confirmed that has not all reached the estate account: the card says it, never "volledig afgehandeld". */
  refundOpen: (provider: string, amount: string) => `${provider} betaalt ${amount} terug aan de nalatenschap; dat is nog niet ontvangen.`,
  refundOpenUnnamed: (provider: string) => `${provider} betaalt nog een bedrag terug aan de nalatenschap; dat is nog niet ontvangen.`,
  /** famclosed (audit85 TL-1): once all of it came, the card and the timeline keep it: what came in and when (the sum to a reader of the estate's debts). */
  /**
   * paiddrop: a bill the estate paid on the claim the provider dropped, asked back; the sum to a reader of the estate's debts. askwords:
   * paid after the provider's word (`afterDrop`, dropday's rule) is said so, not „al betaald".
   */
  paidDropAskedBack: (provider: string, amount: string | null, afterDrop: boolean) => `${provider} liet de vordering vallen; ${paidOnDropNl(amount, afterDrop)}, vragen we terug.`,
  /** dropdesk (audit89 F3): the card of a contract while the money asked back has not all come: by when; the sums to a reader of the estate's debts (`left`: once part came). */
  paidDropAskedOpen: (provider: string, amount: string | null, afterDrop: boolean, left: string | null, partCame: boolean, payBy: string) =>
    `${provider} liet de vordering vallen; ${paidOnDropNl(amount, afterDrop)}, vragen we terug: we vroegen ${provider} per brief het uiterlijk ${payBy} terug te betalen. ${left ? `Daarvan is ${left} nog niet ontvangen.` : partCame ? 'Een deel daarvan is nog niet ontvangen.' : 'Dat is nog niet ontvangen.'}`,
  /** askclose: the daily e-mail's line of the provider's report that it paid back money asked back: its word, not money received. */
  paidDropReportedNews: (provider: string, amount: string | null, paidOn: string) =>
    `${provider} meldt dat het ${amount ? `${amount} van het teruggevraagde bedrag` : 'het teruggevraagde bedrag'} op ${paidOn} heeft terugbetaald. Dat is de melding van ${provider}; het is nog niet als ontvangen op de rekening van de nalatenschap vastgelegd.`,
  /** askdesk: the provider reported at its desk it paid the money asked back (`paidOn`: the latest transfer it reported): its word, not money received. */
  paidDropAskedReported: (provider: string, amount: string | null, afterDrop: boolean, paidOn: string) =>
    `${provider} liet de vordering vallen; ${paidOnDropNl(amount, afterDrop)}, vragen we terug. ${provider} meldt dat het op ${paidOn} is terugbetaald; het is nog niet als ontvangen op de rekening van de nalatenschap vastgelegd.`,
  refundCame: (provider: string, amount: string | null, on: string, part = false) => `${provider} heeft ${amount ?? (part ? 'een deel van het bedrag' : 'het bedrag')} terugbetaald aan de nalatenschap (ontvangen op ${on}).`,
  /** famclosed: the owner took back a receipt she recorded by mistake: the timeline says it did not come after all. corrpaid (audit91 F9): „de € 20,00 … die", „het bedrag … dat". */
  refundCameUndone: (provider: string, amount: string | null, on: string, part = false) =>
    `Correctie: ${amount ? `de ${amount} van ${provider} die` : `${part ? 'het deel van het bedrag' : 'het bedrag'} van ${provider} dat`} op ${on} als ontvangen was genoteerd, is toch niet ontvangen.`,
  /** famrest2: the next step beside `refundOpen` of a contract done: something still has to happen, the money arrive (`amount`: only to a reader of the estate's debts). */
  /** askclose: the next step of a contract whose money asked back has not all come: its arrival, and the reminder once the letter's day passed (`late`: passed already). */
  askedBackAwaitedNext: (provider: string, amount: string | null, payBy: string, late: boolean) =>
    `We wachten tot ${amount ? `de ${amount}` : 'het bedrag'} op de rekening van de nalatenschap staat. ${late ? `Dat had uiterlijk ${payBy} moeten zijn; we sturen ${provider} een herinnering.` : `Staat het er na ${payBy} nog niet, dan sturen we ${provider} een herinnering.`}`,
  /** audit100 (audit99 F4): back at the request after our answer to the provider's question, the day it reached the provider (`answersSent`). */
  questionAnswered: (provider: string, on: string) => `${provider} vroeg om aanvullende informatie; wij hebben ons antwoord op ${on} gestuurd.`,
  refundAwaitedNext: (amount: string | null) => `We wachten tot ${amount ? `de ${amount}` : 'het bedrag'} op de rekening van de nalatenschap staat; daarna hoeft er niets meer te gebeuren.`,
  /**
   * closewords: the contract's settled step while its refund had not all come (`ContractStepWording.refundLeft`, kept that day), said
   * as the heading says the estate's (`allButRefunds`); the sum (`amount`) only to a relative who reads the estate's debts.
   */
  settledButRefund: (provider: string, amount: string | null) => `Het contract bij ${provider} is afgehandeld, behalve een terugbetaling${amount ? ` van ${amount}` : ''} aan de nalatenschap die nog niet is ontvangen.`,
  /**
   * famstatus: the contract's settled step while a bill of it was still to pay from the estate (`ContractStepWording.billsLeft`, kept that
   * day), said as the heading says the estate's (`allButBills`); the sum (`total`) only to a relative who reads the estate's debts.
   */
  settledButBills: (provider: string, count: number, total: string | null) => `Het contract bij ${provider} is afgehandeld, behalve ${billsToPayNl(count, total)}.`,
  /** refundrest: the daily email's line once all of a refund was recorded received (after the contract's name); the sum for a reader of the estate's debts. */
  refundReceived: (amount: string | null) => `De terugbetaling${amount ? ` van ${amount}` : ''} aan de nalatenschap is ontvangen.`,
  billsWaitFirstUnnamed: (provider: string, bank = false) => (bank ? `Er is nog een bedrag van de rekening bij ${provider} te betalen uit de nalatenschap.` : `Er is nog een rekening van het contract bij ${provider} te betalen uit de nalatenschap.`),
  paidOnLabel: 'Datum van betalen',
  markPaid: 'Betaald',
  billsPaid: 'Betaald',
  billPaidOn: (date: string) => `betaald op ${date}`,
  // A bill a correction raised after it was paid: still to pay for the rest.
  billPartlyPaid: (rest: string, paid: string, date: string) => `nog ${rest} te betalen; ${paid} betaald op ${date}`,
  undoPaid: 'Toch niet betaald',
  /** famclosed: in place of the undo buttons once the estate is closed (its final report states the payments). */
  billsPaidClosed: (owner: string) => `Het dossier is afgesloten en het eindverslag noemt deze betalingen. Klopt er iets niet, laat het dan ${owner} weten.`,
  moreBillsPaid: 'Meer betaalde rekeningen',
  /** After the representative marked a bill paid, or undid it; `charge`: the kenmerk of a bank's costs, which are no rekening (famcard). */
  // askwords: an overdraft's debit (`overdraft`, its kenmerk) is no rekening either: named as the overdraft it is.
  billPaidNotice: (charge: string | null, overdraft: string | null = null) =>
    charge !== null ? `Opgeslagen: de ${chargeNl(charge)} staan nu bij betaald.` : overdraft !== null ? `Opgeslagen: het ${overdraftNl(overdraft, null)} staat nu bij betaald.` : 'Opgeslagen: de rekening staat nu bij betaald.',
  billUnpaidNotice: (charge: string | null, overdraft: string | null = null) =>
    charge !== null ? `De ${chargeNl(charge)} staan weer bij wat nog betaald moet worden.` : overdraft !== null ? `Het ${overdraftNl(overdraft, null)} staat weer bij wat nog betaald moet worden.` : 'De rekening staat weer bij de rekeningen die nog betaald moeten worden.',
  /** On the timeline: a bill to pay marked paid, and that undone. */
  // `agency`: a collection agency's claim the case owner decided is paid from the estate, named as the claim (as among the bills to pay).
  /** keptcover: a premium of an insurance kept for the estate, recorded as owed by it: no end, no objection. */
  premiumOwedEntry: (reference: string, provider: string, amount: string) => `${provider} stuurde de premie ${reference} (${amount}) voor de verzekering die voor de nalatenschap doorloopt; die wordt uit de nalatenschap betaald.`,
  // `overdrawn` (bankdebt): the debit of an overdrawn account the bank blocked, named by the bank's reference.
  // `bank` (bankentries): a bank's costs, as the family's list of debts names them.
  // `finalBill` 'recovery' (fundwords): a pension fund's recovery of pension paid in excess, as her list of bills names it.
  billPaidEntry: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false) =>
    agency !== null
      ? `De ${claimNamedNl(agency, reference)} over het contract bij ${provider}, ${amount}, is betaald op ${date}.`
      : overdrawn
      ? `Het tekort op de rekening bij ${provider} (kenmerk ${reference}, ${amount}) is betaald op ${date}.`
      : bank
      ? `De ${chargeNl(reference)} van ${provider} (${amount}) zijn betaald op ${date}.`
      : finalBill === 'repaidAgain'
      ? `${capitalised(repaidAgainOfNl(provider))}, ${amount}, is betaald op ${date}.`
      : `${finalBill === 'recovery' ? `De terugvordering van te veel betaald pensioen (kenmerk ${reference})` : finalBill ? `De eindafrekening (kenmerk ${reference})` : `Rekening ${reference}`} van ${provider} (${amount}) is betaald op ${date}.`,
  // `amount`: the payment undone (a bill raised after its payment: only its last top-up).
  billPaymentUndoneEntry: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false) =>
    bank && agency === null && !overdrawn
      ? `De ${chargeNl(reference)} van ${provider} staan weer bij te betalen: de betaling van ${amount} op ${date} is teruggedraaid.`
      : `${agency !== null ? `De ${claimNamedNl(agency, reference)} over het contract bij ${provider}` : overdrawn ? `Het tekort op de rekening bij ${provider} (kenmerk ${reference})` : finalBill === 'repaidAgain' ? capitalised(repaidAgainOfNl(provider)) : `${finalBill === 'recovery' ? `De terugvordering van te veel betaald pensioen (kenmerk ${reference})` : finalBill ? `De eindafrekening (kenmerk ${reference})` : `Rekening ${reference}`} van ${provider}`} staat weer bij te betalen: de betaling van ${amount} op ${date} is teruggedraaid.`,
  /** A contract without its workflow (README englishnf2): nothing is done for it yet, so nothing is said as done. */
  unhandled: (_state: string) => 'Voor dit contract is nog niets in gang gezet.',
  unhandledNext: 'Als er iets van u nodig is, laat uw vaste contactpersoon het u weten.',
  /** A contract whose letter for its present step is held back by the letter rules: the step's own words would say it went out. */
  /**
   * rentend: a lease nobody continues ends by law at the end of the second month after the death (art. 7:268 lid 6 BW); at its end the
   * home is handed back (art. 7:224 lid 1 BW: the tenant puts it at the landlord's disposal); its letter asks the landlord for an appointment to hand it over.
   */
  leaseEnds: (provider: string, endsOn: string, asked: boolean) =>
    `De huur eindigt van rechtswege op ${endsOn} (artikel 7:268 lid 6 BW); dan moet de woning aan ${provider} worden opgeleverd. ${asked ? `We hebben ${provider} gevraagd om een afspraak voor de oplevering.` : `We vragen ${provider} om een afspraak voor de oplevering.`}`,
  /** rentkeys: the handover the corporation appointed; the keys go back then (art. 7:224 lid 1 BW). */
  handoverGiven: (on: string, time: string, place: string, bring: string | null) => `De woning wordt opgeleverd op ${on}, ${time}, ${place}; neem de sleutels mee${bring ? `: ${bring}` : ''}.`,
  letterHeldBack: (provider: string) => `We bereiden een brief aan ${provider} voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.`,
  letterHeldBackNext: 'Als er iets van u nodig is, laat uw vaste contactpersoon het u weten.',
  /** A request by e-mail on its way (less than a quarter of an hour, not failed): the step's own words would say it arrived. */
  letterBeingSent: (provider: string) => `Onze brief aan ${provider} wordt nu per e-mail verstuurd.`,
  letterBeingSentNext: (provider: string) => `Zodra hij is aangekomen, wachten we op het antwoord van ${provider}.`,
  /** A letter for its present step by e-mail that did not arrive (`undelivered`); next: `letterBeingSentNext`. */
  letterUndelivered: undeliveredNl,
  /** In the daily email, once on its own line: such a letter the day it arrived after all (`subject` in the reader's language). */
  letterDeliveredLate: (provider: string, subject: string) => `Onze brief aan ${provider} („${subject}”) kon eerst niet per e-mail worden bezorgd; nu is hij bezorgd.`,
  /**
   * deskanswer2: in the daily email, the provider let the term after our correction of a confirmed request pass: the date it confirmed
   * before stays, as the correction letter said (`keeps`); a bank or health insurer asked anew per the corrected date of death did not
   * answer, and the case owner asks after it (her next step).
   */
  correctionLapsedNews: (provider: string, on: string, date: string, keeps: boolean) =>
    keeps
      ? `${provider} heeft niet gereageerd op onze correctie (brief van ${on}). De eerder bevestigde datum ${date} blijft daarom staan, zoals onze brief zei; u hoeft hier zelf niets aan te doen.`
      : `${provider} heeft niet gereageerd op onze correctie van de overlijdensdatum (brief van ${on}). Uw vaste contactpersoon vraagt ${provider} ernaar.`,
  /**
   * corrnews: in the daily email, our correction of a request the provider confirmed went to it (`what`: the facts corrected, by what
   * they are; the history's own line beside it says from what to what), and it is asked to confirm.
   */
  correctionAskedNews: (provider: string, on: string, what: string) =>
    `We hebben ${provider} op ${on} geschreven over de correctie van ${what}, en ${provider} gevraagd die te bevestigen.`,
  /**
   * corrnews: the provider answered that correction by confirming its date again (`date`); where the correction asked another wished
   * date (`asked`) and the date stayed, it did not follow it.
   */
  correctionKeptNews: (provider: string, on: string, date: string, asked: string | null) =>
    asked
      ? `${provider} heeft geantwoord op onze correctie (brief van ${on}): de einddatum blijft ${date}, niet de gecorrigeerde gewenste datum ${asked}.`
      : `${provider} heeft onze correctie (brief van ${on}) bevestigd: de einddatum blijft ${date}; u hoeft hier zelf niets aan te doen.`,
  /**
   * corrcard: the provider answered that correction with a new end date (`date`): as the correction asked (`asked` and not `notFollowed`),
   * or not the wished date it asked (`notFollowed`), or a correction that asked no date.
   */
  correctionNewDateNews: (provider: string, on: string, date: string, notFollowed: string | null, asked: boolean) =>
    notFollowed
      ? `${provider} heeft geantwoord op onze correctie (brief van ${on}): de einddatum is nu ${date}, niet de gecorrigeerde gewenste datum ${notFollowed}.`
      : asked
        ? `${provider} heeft onze correctie (brief van ${on}) bevestigd: de einddatum is nu ${date}; u hoeft hier zelf niets aan te doen.`
        : `${provider} heeft geantwoord op onze correctie (brief van ${on}): de einddatum is nu ${date}.`,
  /** corrnews: the contract's card while our correction of the confirmed request awaits the provider's answer (`familyCorrectionText`). */
  correctionAwaited: (provider: string, on: string) => `Op ${on} hebben we het verzoek aan ${provider} gecorrigeerd; we wachten op de bevestiging van ${provider}.`,
  /**
   * agencyafter: in the daily email, the agency's letter corrected and our stop sent to it again; the claim as corrected only to
   * a relative who reads the estate's debts (`claim`), none for the others.
   */
  noticeCorrectedNews: (provider: string, claim: { agency: string; reference: string; amount: string | null } | null, again: 'collection_stop' | 'collection_ended') =>
    `We hadden de brief van het incassobureau over het contract bij ${provider} met een fout vastgelegd; dat is verbeterd${claim ? ` (${claimNamedNl(claim.agency, claim.reference)}${claim.amount ? `, ${claim.amount}` : ''})` : ''}. ${again === 'collection_ended' ? 'Ons bericht dat de incasso is beëindigd' : 'Ons verzoek om de incasso op te schorten'} gaat daarom opnieuw naar het incassobureau, nu met de juiste gegevens; u hoeft hier zelf niets aan te doen.`,
  /** The estate's intro while every request the organisations are to answer still waits for the post: not yet "aangeschreven". */
  lettersReadyForPost: 'Onze brieven aan de organisaties liggen klaar voor de post. Zodra ze verstuurd zijn, volgen we elk verzoek tot het is afgehandeld.',
  /** The same while one of those is held back by the letter rules: not ready for the post either. */
  lettersBeingPrepared: 'We bereiden onze brieven aan de organisaties voor. Zodra ze verstuurd zijn, volgen we elk verzoek tot het is afgehandeld.',
  /** A request by post, printed or waiting for the print batch, that has not gone into the mail yet. */
  letterAwaitingPost: (provider: string) => `Onze brief aan ${provider} ligt klaar voor de post.`,
  letterStillForPost: (provider: string) => `Onze brief hierover aan ${provider} ligt klaar voor de post.`,
  /**
   * A reminder or complaint by post not posted yet, in place of its state's words ("we hebben een herinnering gestuurd"); `asked`: an end,
   * a transfer, or of a bank account its block and balance (`asksBankAccount`).
   */
  chaseAwaitingPost: {
    reminded: (provider: string, asked: ChaseAsked) => `${provider} heeft ${notYetNl(asked, 'nog ')}. Onze herinnering aan ${provider} ligt klaar voor de post.`,
    escalated: (provider: string, asked: ChaseAsked) => `${provider} heeft ook na onze herinnering ${notYetNl(asked, '')}. Onze klacht aan ${provider} ligt klaar voor de post.`,
    complained: (provider: string) => `${provider} heeft het verzoek niet geaccepteerd. Wij vinden dat niet terecht; onze klacht aan ${provider} ligt klaar voor de post.`,
    /** `first`: the first bill the family hears of (`firstBillHeard`), „een rekening"; else „nog een". */
    disputed: (provider: string, _asked: ChaseAsked, first: boolean) => `Er kwam ${first ? '' : 'nog '}een rekening van ${provider}. Onze brief met ons bezwaar ertegen ligt klaar voor de post.`,
    disputeEscalated: (provider: string) => `${provider} heeft niet gereageerd op ons bezwaar tegen de rekening. Onze klacht aan ${provider} ligt klaar voor de post.`,
  },
  letterAwaitingPostNext: (provider: string) => `Zodra de brief op de post is gedaan, ziet u dat hier; daarna wachten we op het antwoord van ${provider}.`,
  /** In the list of letters: a letter by post, before and after it went into the mail. */
  letterReadyForPost: 'ligt klaar voor de post',
  letterAbout: { facts: CORRECTS_NL, text: (facts: string, bill: string | null) => (bill ? `over ${facts} van factuur ${bill}` : `over ${facts}`) },
  letterPostedOn: (date: string) => `op de post gedaan op ${date}`,
  /** In the daily email: a bill after the end date whose dispute letter is held back (no amount, no number: for every relative). */
  billDisputeHeldBack: (provider: string, first: boolean) => `Er kwam ${first ? '' : 'nog '}een rekening van ${provider}. We bereiden een brief voor waarin we er bezwaar tegen maken; uw vaste contactpersoon verstuurt hem zodra alles klopt.`,
  /** The same when the dispute went by e-mail and did not arrive: it ends in the card's words, so the email says them once. */
  billDisputeUndelivered: (provider: string, first: boolean) => `Er kwam ${first ? '' : 'nog '}een rekening van ${provider}; we maken er bezwaar tegen. ${undeliveredNl(provider)}`,
  /**
   * In the daily email: the end date a provider confirmed, on a line of its own when the contract moved on the same day (a late
   * bill) and where it stands no longer names it (`date` in its long form; a transfer says the day it is in the new name).
   */
  endDateConfirmed: (provider: string, date: string, action: 'cancel' | 'transfer') =>
    action === 'cancel' ? `${provider} heeft bevestigd dat het contract eindigt op ${date}.` : `${provider} heeft bevestigd dat het contract per ${date} op de nieuwe naam staat.`,
  /** A request to a provider the municipality informs through the BRP, before the owner checked with it: no letter goes out unless it was not informed. */
  brpCheckOpen: (provider: string) => `${provider} krijgt het overlijden normaal gesproken via de gemeente door (de Basisregistratie Personen). We gaan bij ${provider} na of dat is gebeurd; is dat zo, dan is een brief niet nodig.`,
  brpCheckOpenNext: (provider: string) => `Wist ${provider} het nog niet, dan sturen we alsnog een verzoek.`,
  brpDetailsComplete: (provider: string) => `De gegevens voor ${provider} waren compleet.`,
  /** On the timeline, a step whose letter did not go out (held back, or not made yet): not "we sent". */
  letterNotSent: (provider: string) => `We hebben een brief aan ${provider} voorbereid; die is nog niet verstuurd.`,
  /** returnedpost: the step's letter went by post, came back undelivered and was sent again. */
  letterReturnedSentAgain: (provider: string) => `We hebben ${provider} per post geschreven; die brief kwam onbezorgd terug en is opnieuw verstuurd.`,
  /** On the timeline, a step whose letter was held back and went out later, when the owner had fixed it (its own entry is dated then). */
  letterSentLater: (provider: string) => `We hebben een brief aan ${provider} voorbereid; die is later verstuurd, toen alles klopte.`,
  /** The same for a letter by e-mail that did not arrive at first (refused): it was sent, and arrived later (audit 77, MAIL-2). */
  letterDeliveredLater: (provider: string) => `We hebben een brief aan ${provider} per e-mail verstuurd; die kon eerst niet worden bezorgd en is later aangekomen.`,
  /** A confirmed end date later than the request asked, after the state's status; the second sentence while the owner has it on Today. */
  endDate: {
    /** What a later end date is later than: the day we asked, or the end of a lease by law (which after a corrected date of death no letter named). */
    thanAsked: (asked: string) => `we vroegen (${asked})`,
    thanByLaw: (date: string) => `de datum waarop de huur volgens de wet eindigt (${date})`,
    /** rentlaw2: no day asked („zo spoedig mogelijk”): the day a consumer's notice of a month normally runs out (`noticeEndsOn`), as the owner reads it. */
    thanNotice: (date: string) => `de dag waarop een opzegtermijn van een maand normaal gesproken afloopt (${date})`,
    /** Named, not "Dat": the confirmation's own words end on another sentence ("We letten erop …"). A transfer's date is its date of transfer. */
    confirmedLaterThan: (provider: string, confirmed: string, than: string, action: 'cancel' | 'transfer') =>
      `De ${action === 'cancel' ? 'einddatum' : 'datum van overzetting'} die ${provider} bevestigde (${confirmed}) is later dan ${than}.`,
    ownerLooksIntoIt: 'Uw vaste contactpersoon bekijkt dit.',
    ownerWillTell: 'Uw vaste contactpersoon laat u weten wat dit betekent.',
  },
  /**
   * A term that passed while the contract stayed where it is (a fresh one runs to the expected date):
   * the provider did not answer in time, and what we did (wrote again, or the owner calls); or our own
   * term (the owner was reminded), then the new date in the next step's place.
   */
  missedTerm: {
    provider: (provider: string, missed: string, question: MissedQuestion | null) => `${provider} heeft niet binnen de termijn (tot en met ${missed}) ${unansweredNl(question)}.`,
    wroteAgain: (provider: string) => `We hebben ${provider} opnieuw geschreven.`,
    /** `agency`: a collection stop unconfirmed: she calls the collection agency too, as the card said before the day (audit88 F9). */
    callNext: (provider: string, agency: boolean) => `Uw vaste contactpersoon neemt persoonlijk contact op met ${provider}${agency ? ' en het incassobureau' : ''}.`,
    /** After the owner made that call (until the next term passes): the call itself is said as `callMade`, beside the missed term. */
    calledNext: (provider: string) => `We wachten op het antwoord van ${provider}; uw vaste contactpersoon volgt dat op.`,
    owner: (missed: string) => `Dit duurt langer dan gepland: het stond voor uiterlijk ${missed}. Uw vaste contactpersoon heeft er een herinnering over gekregen.`,
    ownerNewDate: (due: string) => `Het staat nu voor uiterlijk ${due}.`,
  },
  /** A closed estate: the first sentence of its status, before what it says of the final report (`estateStatusFor`). */
  everythingSettled: 'Alles is afgehandeld.',
  /** Her own report still waits for the owner (README, postfix): said instead of "Alles is afgehandeld", before what is said of the final report. */
  ownReportOpen: (date: string, about: string | null, owner: string) => `Uw melding van ${date}${about ? ` over ${about}` : ''} ligt bij ${owner}, die u laat weten wat er gebeurt.`,
  /** A contract done that her own open report is about (README, postfix): its card says where the report is, not "volledig afgehandeld". */
  ownReportOnContract: (owner: string) => `Uw melding over dit contract ligt bij ${owner}.`,
  ownReportNext: (owner: string) => `${owner} laat u weten wat er gebeurt.`,
  /**
   * Another relative's report still with the owner (README, familyrest2): the family shares the dossier, so not "Alles is afgehandeld";
   * the report's words and date are the reporter's (README F8), so only that a relative's report is with the owner, and about what contract.
   */
  otherReportOpen: (about: string | null, owner: string) => `Een melding van een familielid${about ? ` over ${about}` : ''} ligt bij ${owner}.`,
  otherReportOnContract: (owner: string) => `Een melding van een familielid over dit contract ligt bij ${owner}.`,
  otherReportNext: (owner: string) => `U leest op de tijdlijn wat ${owner} besluit.`,
  /**
   * Every contract done with the organisation, but bills still to pay from the estate: not "alles is afgehandeld". The total
   * (`total`) for a relative who reads the estate's debts; the others read only that there is one (`count`) or more.
   */
  allButBills: (count: number, total: string | null) =>
    total === null
      ? `Alles is afgehandeld, behalve ${billsToPayNl(count, null)}. Het aanspreekpunt van de familie en uw vaste contactpersoon houden dit bij.`
      : `Alles is afgehandeld, behalve ${billsToPayNl(count, total)} (zie ‘Te betalen uit de nalatenschap’).`,
  /**
   * refundrest: every contract done with the organisation but refunds to the estate not all received: not "alles is afgehandeld".
   * The sum (`total`, what is left) for a relative who reads the estate's debts, as the card says it; `refundsAlsoLeft` after `allButBills`.
   */
  allButRefunds: (count: number, total: string | null) =>
    `Alles is afgehandeld, behalve ${count === 1 ? `een terugbetaling${total ? ` van ${total}` : ''}` : `terugbetalingen${total ? ` van samen ${total}` : ''}`} aan de nalatenschap die nog niet ${count === 1 ? 'is' : 'zijn'} ontvangen.`,
  refundsAlsoLeft: (count: number, total: string | null) =>
    `Ook ${count === 1 ? `een terugbetaling${total ? ` van ${total}` : ''}` : `terugbetalingen${total ? ` van samen ${total}` : ''}`} aan de nalatenschap ${count === 1 ? 'is' : 'zijn'} nog niet ontvangen.`,
  /** The final report went to this relative. */
  finalReportYours: 'We hebben u het eindverslag gestuurd.',
  /** A closed estate whose final report has not gone out yet (not yet made, or held back): not "you have received it". */
  finalReportComing: 'Uw vaste contactpersoon stuurt u het eindverslag.',
  /** A closed estate, read by a relative the final report was not addressed to. */
  finalReportSentTo: (name: string) => `Het eindverslag is naar ${name} gestuurd; u leest het ook hier, bij de brieven.`,
  /** A closed estate whose final report tells the estate's debts, read by a relative who does not read them: it is not with their letters. */
  finalReportSentToOnly: (name: string) => `Het eindverslag is naar ${name} gestuurd.`,
  /** A closed estate whose final report was written to the family as a whole (no relative was recorded then), or to a relative not known by id (sent before letters kept it). */
  finalReportWithLetters: 'Het eindverslag staat hier, bij de brieven.',

  /** A call the owner recorded on a contract (`contract.call_recorded`); what came of it only when she shared it. */
  callMade: (date: string, organisation: string, outcome: string | null) => `Uw vaste contactpersoon heeft op ${date} met ${organisation} gebeld.${outcome ? ` ${outcome}` : ''}`,
  /** The same, after the contract's name in the daily email ("KPN (Internet): …"): the provider is not named twice. */
  callMadeAbout: (date: string, outcome: string | null) => `Uw vaste contactpersoon heeft op ${date} over dit contract gebeld.${outcome ? ` ${outcome}` : ''}`,

  /** Timeline entries of the office's own (not a contract's step), as the family reads them; keyed by the entry's event. */
  events: {
    'estate.opened': () => 'Het dossier is geopend.',
    'estate.handed_over': (d: Record<string, unknown>) => `Het dossier is overgedragen aan een collega: uw vaste contactpersoon is nu ${String(d.toName)}.`,
    'estate.handover_undone': (d: Record<string, unknown>) => `De overdracht is teruggedraaid: uw vaste contactpersoon is weer ${String(d.toName)}.`,
    'family_member.added': () => 'Een familielid is toegevoegd aan het dossier.',
    'family_member.invited': () => 'Een familielid is uitgenodigd voor dit portaal.',
    'document.uploaded': () => 'Er is een document toegevoegd aan het dossier.',
    /** familyupload3: the kind of a file a relative sent, corrected after the owner took it (`uploadCorrectionEvent`): to her, and to whom may see it now. */
    'document.kind_corrected': (d: Record<string, unknown>) => `De soort van uw document is gecorrigeerd: het is nu opgenomen als ${TAKEN_AS_NL[String(d.to)] ?? TAKEN_AS_NL.other}.`,
    'document.kind_corrected_for_other': (d: Record<string, unknown>) => `De soort van een document dat een familielid stuurde, is gecorrigeerd: het is nu opgenomen als ${TAKEN_AS_NL[String(d.to)] ?? TAKEN_AS_NL.other}.`,
    // A letter by post is printed and taken to the post later: it is sent at its 'letter.posted' entry.
    'letter.sent': (d: Record<string, unknown>, readsDebts = false) =>
      d.channel === 'post'
        ? `Brief aan ${String(d.recipient)} klaargezet voor de post: ${String(d.subject)}`
        : // collagency: the agency told that the provider ended the collection, said as what we told it.
          d.collectionEnded
          ? d.provider
            ? `We hebben ${String(d.recipient)} laten weten dat ${String(d.provider)} ${d.collectionEnded === 'claimDropped' ? `de hele vordering heeft ingetrokken${d.paidFinalBill ? paidBeforeNl(d, readsDebts) : ''}` : d.collectionEnded === 'billWithdrawn' ? 'de rekening heeft ingetrokken' : d.collectionEnded === 'billsWithdrawn' ? 'de rekeningen heeft ingetrokken' : 'de incasso heeft gestopt'}.`
            : `We hebben ${String(d.recipient)} laten weten dat ${d.collectionEnded === 'claimDropped' ? `de hele vordering is ingetrokken${d.paidFinalBill ? paidBeforeNl(d, readsDebts) : ''}` : d.collectionEnded === 'billWithdrawn' ? 'de rekening is ingetrokken' : d.collectionEnded === 'billsWithdrawn' ? 'de rekeningen zijn ingetrokken' : 'de incasso is gestopt'}.`
          : `Brief verstuurd aan ${String(d.recipient)}: ${String(d.subject)}`,
    // Dated the day it was posted, as its line (and the day's email) is: the date is not said twice.
    'letter.posted': (d: Record<string, unknown>) => `Brief aan ${String(d.recipient)} op de post gedaan: ${String(d.subject)}`,
    // returnedpost: dated the day it came back; the provider never had it, so we send it again — unless (returnedthread) the contract moved on since.
    'letter.returned': (d: Record<string, unknown>) =>
      `Brief aan ${String(d.recipient)} kwam terug, niet bezorgd: ${String(d.subject)}. ${d.remade === false ? 'Er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.' : 'We sturen hem opnieuw.'}`,
    // dropcorr: the day the provider said it dropped a bill, recorded wrongly and corrected.
    // comcorr2: the complaints body's decision, recorded wrongly and corrected: what it now says.
    'contract.committee_decision_corrected': (d: Record<string, unknown>, readsDebts = false) =>
      DECISION_CORRECTED.family.nl(d as unknown as DecisionCorrected, String(d.providerName), readsDebts),
    // rentkeys2: the corporation gave the handover appointment, or changed it: the day, what to bring, its note for whoever goes.
    'contract.handover_appointment': (d: Record<string, unknown>) => {
      const { appointment: a = {}, previous } = d as Partial<Omit<HandoverAppointmentGiven, 'appointment'> & { appointment: Partial<HandoverAppointment> }>;
      const was = previous ? ` (was ${longDate(previous.on, 'nl')}, ${previous.time})` : '';
      return `${String(d.providerName)} ${previous ? 'wijzigde' : 'gaf'} de afspraak voor de oplevering van de woning${was}: ${longDate(String(a.on), 'nl')}, ${a.time}, ${a.place}. Neem de sleutels mee${a.bring ? `: ${a.bring}` : ''}.${a.note ? ` ${a.note}` : ''}`;
    },
    'contract.drop_day_corrected': (d: Record<string, unknown>) =>
      `${String(d.providerName)} liet ons niet op ${longDate(String(d.from), 'nl')} maar op ${longDate(String(d.to), 'nl')} weten dat ${dropped(d.bills).words} ${(Array.isArray(d.bills) && d.bills.length > 1) ? 'zijn' : 'is'} ingetrokken; dat is nu verbeterd.`,
    /** A report that reached nobody, passed on another way: that it was, not how nor the owner's note. */
    'letter.passed_on': (d: Record<string, unknown>) =>
      `Het ${d.kind === 'final_report' ? 'eindverslag' : 'voortgangsverslag'} van ${longDate(String(d.letterDate), 'nl')} bereikte ${String(d.recipient)} niet via het portaal; uw vaste contactpersoon heeft het op een andere manier doorgegeven.`,
    'contract.added': () => 'Een contract is toegevoegd aan de lijst.',
    'family_report.received': () => 'Uw melding is ontvangen.',
    /** `reply`: the owner's answer, only in the reporter's own timeline. */
    // The reporter reads at least what the others read of the decision (audit75 F-7), which report it was (`about`, README reportlist), and her reply besides.
    // Said when the notice is recorded, before its stop letter went (by post, once its batch is posted): the letter is made ready; its own entries tell the day it went (collrest).
    'family_report.handled': (d: Record<string, unknown>) =>
      d.decision === 'document_taken'
        ? documentTakenNl(typeof d.owner === 'string' ? d.owner : 'uw vaste contactpersoon', String(d.takenAs ?? 'other'))
        : d.decision === 'collection_recorded'
        ? `Uw vaste contactpersoon heeft de incassobrief die u meldde${String(d.about ?? '')}, vastgelegd bij het contract en zet een brief klaar met het verzoek de incasso op te schorten.`
        : `Uw vaste contactpersoon heeft ${d.decision === 'bill_recorded' ? `de rekening die u meldde${String(d.about ?? '')}, gecontroleerd en vastgelegd bij het contract` : d.decision === 'nothing_to_do' ? `de rekening die u meldde${String(d.about ?? '')}, bekeken en de melding afgehandeld` : `de melding${String(d.about ?? '')} afgehandeld`}${typeof d.reply === 'string' ? ` en schrijft u: „${d.reply}”` : '.'}`,
    'family_report.callback_requested': () => 'U heeft gevraagd of uw vaste contactpersoon u belt.',
    // relcorr: which kind of report, never what she wrote (a withdrawn report's words are gone).
    'family_report.corrected': (d: Record<string, unknown>) => `U heeft uw melding verbeterd (${kindInNl(d.kind)}).`,
    'family_report.withdrawn': (d: Record<string, unknown>) => `U heeft uw melding ingetrokken (${kindInNl(d.kind)}).`,
    'family_report.corrected_by_other': () => 'Een familielid heeft een eigen melding verbeterd.',
    'family_report.withdrawn_by_other': () => 'Een familielid heeft een eigen melding ingetrokken.',
    /** Another relative's report, as the rest of the family reads it: that something was reported, not what. */
    'family_report.received_from_other': () => 'Een familielid heeft iets gemeld; uw vaste contactpersoon pakt het op.',
    /**
     * Another relative's report handled (README, familyrest2): what the owner decided on a bill, not the reply she wrote to the reporter.
     * familyupload3: a file taken, what it was taken in as to whom may see it (`takenAs` given); to another the line says nothing of it.
     */
    // `about`: which report, as the daily email names it (`reportAboutText`, README familyline).
    'family_report.handled_for_other': (d: Record<string, unknown>) =>
      d.decision === 'document_taken' && typeof d.takenAs === 'string'
        ? documentTakenForOtherNl(d.takenAs)
        : d.decision === 'bill_recorded'
        ? `Uw vaste contactpersoon heeft een rekening die een familielid meldde${String(d.about ?? '')}, gecontroleerd en vastgelegd bij het contract.`
        : d.decision === 'nothing_to_do'
          ? `Uw vaste contactpersoon heeft een rekening die een familielid meldde${String(d.about ?? '')}, bekeken en de melding afgehandeld.`
        : d.decision === 'collection_recorded'
          ? `Uw vaste contactpersoon heeft een incassobrief die een familielid meldde${String(d.about ?? '')}, vastgelegd bij het contract en zet een brief klaar met het verzoek de incasso op te schorten.`
          : `Uw vaste contactpersoon heeft de melding van een familielid${String(d.about ?? '')} afgehandeld.`,
  } as Record<string, (d: Record<string, unknown>, readsDebts?: boolean) => string>,

  mail: {
    /**
     * The owner's decision on a bill she reported, once (`reportDecisionNews`): recorded, the dispute's own news in the same email
     * tells the objection, so this says the decision alone; otherwise her reply says why.
     */
    billDecided: {
      bill_recorded: (owner: string, reply: string | null, about: string) => `Uw melding van een rekening na de einddatum${about}: ${owner} heeft de rekening gecontroleerd en vastgelegd bij het contract.${reply ? ` Antwoord van uw vaste contactpersoon: ${reply}` : ''}`,
      nothing_to_do: (owner: string, reply: string, about: string) => `Uw melding van een rekening na de einddatum${about}: ${owner} heeft de rekening bekeken en uw melding afgehandeld. Antwoord van uw vaste contactpersoon: ${reply}`,
      // Recorded from the contract's collection notice: the stop it asks is told by that step's own news in the same email.
      collection_recorded: (owner: string, about: string) => `Uw melding van een incassobrief${about}: ${owner} heeft de incassobrief vastgelegd bij het contract.`,
    },
    /** The same decision told to the other relatives (README, familyrest2): as their timeline says it, without the reply written to the reporter. */
    otherBillDecided: {
      bill_recorded: (owner: string, about: string) => `Een familielid meldde een rekening na de einddatum${about}: ${owner} heeft die gecontroleerd en vastgelegd bij het contract.`,
      nothing_to_do: (owner: string, about: string) => `Een familielid meldde een rekening na de einddatum${about}: ${owner} heeft die bekeken en de melding afgehandeld.`,
      collection_recorded: (owner: string, about: string) => `Een familielid meldde een incassobrief${about}: ${owner} heeft die vastgelegd bij het contract.`,
    },
    /**
     * Which report a decision is about, so two are not told alike (README familyopen, audit75 F-7): its provider, then what was
     * reported as far as known — the bill's number and amount or the agency and its reference for a reader of the estate's debts,
     * the bill's date for another; a report that names no contract, by the day it was reported (README familyline). Never the reporter (README F8).
     */
    reportAbout: (r: { provider: string | null; reportedOn: string | null; reference: string | null; amount: string | null; agency: string | null; dated: string | null }) => {
      const what = [r.reportedOn && `gemeld op ${r.reportedOn}`, r.agency, r.reference && (r.agency ? `kenmerk ${r.reference}` : `factuurnummer ${r.reference}`), r.amount, r.dated && `gedateerd ${r.dated}`].filter(Boolean);
      return `${r.provider ? ` over ${r.provider}` : ''}${what.length ? ` (${what.join(', ')})` : ''}`;
    },
    greeting: (name: string) => `Beste ${name},`,
    regards: 'Met vriendelijke groet,',
    contact: (owner: string, phone: string | null, email: string) => `Heeft u vragen? Uw vaste contactpersoon is ${owner}${phone ? `, telefoon ${phone}` : ''}, e-mail ${email}.`,
    accessSubject: (deceased: string) => `Uw persoonlijke toegang tot het dossier van ${deceased}`,
    accessText: (deceased: string) => `Via onderstaande link ziet u op elk moment hoe het staat met de afhandeling van de contracten van ${deceased}.`,
    accessCode: (code: string, loginUrl: string) => `U kunt ook de code ${code} invullen op ${loginUrl}.`,
    /** The last line of an invitation or a new link in the other language (MAIL-1): a relative who reads no Dutch finds the switch. */
    alsoInThisLanguage: 'Dit portaal is er ook in het Nederlands: kies bovenaan de pagina „Nederlands”.',
    accessOnce: (until: string) => `De link werkt één keer en is geldig tot en met ${until}. Daarna kunt u op de inlogpagina een nieuwe link aanvragen.`,
    digestSubject: (deceased: string) => `Nieuws over de afwikkeling voor ${deceased}`,
    digestText: (deceased: string) => `Er is nieuws over de afwikkeling voor ${deceased}:`,
    newDocument: (named: string) => `Er staat een nieuw document voor u in het portaal: ${named}`,
    inPortal: (url: string) => `Alles staat ook in het familieportaal: ${url}`,
    /** The contracts still running that the email tells nothing of (`others`: beside a contract it does tell of). */
    stillRunning: (count: number, others: boolean) =>
      `Over ${count} ${others ? (count === 1 ? 'ander ' : 'andere ') : ''}${count === 1 ? 'contract' : 'contracten'} is er geen nieuws; ${count === 1 ? 'dat loopt' : 'die lopen'} nog.`,
    nothingToDo: 'U hoeft zelf niets te doen, tenzij wij u daarom vragen.',
    /** For a relative who reads the estate's debts while bills are still to be paid from it. */
    billsToPay: 'Er staan rekeningen die uit de nalatenschap betaald moeten worden; u vindt ze in het familieportaal onder ‘Te betalen uit de nalatenschap’. Verder hoeft u zelf niets te doen, tenzij wij u daarom vragen.',
    /** A report to the family, told to the relative it is addressed to: a link to it in the portal, never the report itself. */
    reportSubject: (kind: FamilyLetterKind, deceased: string) => `${kind === 'final_report' ? 'Eindverslag' : 'Voortgangsverslag'} over de afwikkeling voor ${deceased}`,
    reportText: (kind: FamilyLetterKind, deceased: string) =>
      `Uw vaste contactpersoon heeft ${kind === 'final_report' ? 'het eindverslag' : 'een voortgangsverslag'} over de contracten van ${deceased} aan u gericht en in het familieportaal gezet. U leest en downloadt het via deze link:`,
    /** The closing step's news once its final report went out (said when the email is collected): where the report is, for this relative. */
    /** `left`: what was not settled when it closed (refundclose: `allButRefunds`), said instead of "alles is afgehandeld". */
    closedReport: {
      own: (left: string | null) => `${closedFileText('nl', left)} Het eindverslag is aan u gericht; u vindt het in het familieportaal, bij de brieven.`,
      withLetters: (left: string | null) => `${closedFileText('nl', left)} Het eindverslag staat in het familieportaal, bij de brieven.`,
      to: (left: string | null, name: string, withLetters: boolean) => `${closedFileText('nl', left)} Het eindverslag is aan ${name} gericht${withLetters ? '; u leest het ook in het familieportaal, bij de brieven' : ''}.`,
    },
    reportPrivacy: 'Het verslag zit niet als bijlage bij deze e-mail: het gaat over de nalatenschap en blijft daarom in het beveiligde portaal.',
  },
};
