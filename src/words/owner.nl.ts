import { type RemadeFor, remadeNamed } from './remade-for';
import type { NumberKind } from '../../letters';
import type { CommonRefusals } from './common-refusals';
import type { Corrected } from '../common/versions';
import { amountReadings, billsNamed, capitalised, CHARGE_NOUNS, doneChoices, type DoneKind, listed, longDate, type MissedQuestion, money, type SurvivorPension, theCharges, nlAgreeing } from '../../workflows/wording';
import type { PaidOnDropSaid } from './paid-on-drop';
import type { SetApartReason } from '../letters/letter.entity';
import { moneyMovedSaid } from '../contracts/paid-correction.rules';
import { namedOnToday, type Readdressed, type ReaddressNoticeSaid, type Readdressing } from './readdressed';

/** "voordat de brief op de post ging" / "voordat de e-mail wegging": the moment an objection set apart did not reach (README, setapartrest). */
/**
 * Who continues a lease after the tenant's death (art. 7:266 lid 1, 7:268 lid 1 en 2 BW): said wherever „niemand zet de huur voort" is asked again (rentend, rentrest).
 * Lid 2 reads „… zet de huur voort gedurende zes maanden na het overlijden van de huurder" (explore.law, BW 7 art. 268): for six
 * months, not from six months on — every paraphrase of it here says „gedurende zes maanden na het overlijden" (smallmends).
 */
const WHO_CONTINUES_LEASE_NL = 'Een echtgenoot of geregistreerd partner die daar het hoofdverblijf heeft, is medehuurder en zet de huur voort (artikel 7:266 lid 1 en 7:268 lid 1 BW); wie er met de overledene een duurzame gemeenschappelijke huishouding had, zet de huur gedurende zes maanden na het overlijden voort (artikel 7:268 lid 2 BW).';
const sentOff = (several: boolean, byEmail: boolean) => (byEmail ? `voordat de e-mail${several ? 's' : ''} weg${several ? 'gingen' : 'ging'}` : `voordat de brief${several ? 'ven' : ''} op de post ging${several ? 'en' : ''}`);
import { type AfterEndPartMoved, chargeNl, claimNamedNl, familyNl, overdraftNl, repaidAgainNl, repaidAgainOfNl } from './family.nl';

/** Which answer a missed term of the provider's left open (`missedQuestion`), after "zonder antwoord". */
const answerToNl = (q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      return q.asked ? ' op de klacht over het uitblijven van een antwoord' : ` op de klacht over de ${q.action === 'cancel' ? 'beëindiging' : 'overzetting'}`;
    case 'collectionStop':
      return ' op de incassostop';
    case 'rejectionComplaint':
      return ' op de klacht over de afwijzing';
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'nl') : billsNamed(q.bills, 'nl', { one: 'factuur', several: 'facturen', unknown: 'de factuur' }).words;
      return q.kind === 'dispute' ? ` op het bezwaar tegen ${bills}` : ` op de klacht over ${bills}`;
    }
    default:
      return '';
  }
};

/**
 * What a collection agency's letter claims, as recorded ("Incassobureau Noord (kenmerk INC-3) vordert € 112,40"): the letter
 * names no bill of ours, so neither do these words. `amount` null: none recorded.
 */
/**
 * Which part of a bill is owed: the part up to the end date of a bill disputed in part, or a bill for time after the end date
 * that was decided to be paid from the estate all the same (`afterEnd`: the recorded `dispute-resolved` with `payFromEstate`;
 * who decided is not said, as a colleague before a handover may have).
 */
const billPartNl = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd === 'transfer' ? ', deel tot en met de datum van overzetting' : untilEnd ? ', deel tot en met de einddatum' : afterEnd ? `, ${afterEnd === true ? '' : `waarvan ${afterEnd} `}voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt)` : '');
/** bankdebts: the same of a bank's costs (`chargeListed`), set against the date the bank confirmed: a bank gives no end date. */
const chargePartNl = (untilEnd: boolean | 'transfer', afterEnd: boolean | string) => (untilEnd ? ', deel tot en met de bevestigde datum' : afterEnd ? `, ${afterEnd === true ? '' : `waarvan ${afterEnd} `}voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt)` : '');
/** coverrest: a kept cover's premium on the bills to pay, named as such, with the day it is due when the bill named one. */
/** dropsrest, insurerwords: a claim the provider dropped whole cannot be undone: the API's 409 and the contract page say it alike. */
const CLAIM_DROP_NOT_UNDOABLE_NL = (provider: string) =>
  `${provider} liet de hele vordering vallen en de incasso is gestopt. Bij dit contract kan Steward die intrekking niet terugdraaien: het contract is begonnen voordat dat kon, of de intrekking volgde niet op ons verzoek om de incasso op te schorten. Stuurt ${provider} de rekening toch weer, of komt er weer een incassobrief, leg die dan opnieuw vast zoals de eerste keer. Er is niets gewijzigd.`;
const premiumNl = (reference: string) => `premie ${reference} voor de verzekering die voor de nalatenschap doorloopt`;
const dueNl = (premium: { due: string | null } | null) => (premium?.due ? `, uiterlijk te betalen op ${premium.due}` : '');
const claimNl = (agency: string | null, reference: string | null, amount: string | null) =>
  `${agency || 'Het incassobureau'}${reference && reference !== agency ? ` (kenmerk ${reference})` : ''} vordert ${amount ?? 'een bedrag (niet vastgelegd)'}`;

/**
 * After a change of case owner: the providers that will hear who their contact person is now. Not "a letter goes": a letter
 * of the new owner's made before it may tell them already, and then none of its own is made (README, handovertrue).
 */
const newContactTold = (providers: string[], remade: RemadeFor[] = []) =>
  `${providers.length ? `; ${providers.join(', ')} ${providers.length > 1 ? 'worden' : 'wordt'} op de hoogte gebracht van de nieuwe contactpersoon` : ''}${remade.length ? `; ${remade.length > 1 ? 'de brieven' : 'de brief'} aan ${remadeNamed(remade, ownerNl.estate.letterKinds)} die nog niet verstuurd ${remade.length > 1 ? 'waren, worden' : 'was, wordt'} opnieuw gemaakt met de nieuwe contactpersoon` : ''}`;

/** versions: what was corrected since a stale correction was made, as the API's 409 names it: the subject said, and what to read again. */
const correctedNL = (what: Corrected): [string, string] =>
  what === 'estate' ? ['De nalatenschap (de gegevens van de overledene of de boedelrekening) is gecorrigeerd', 'de nalatenschap'] : what === 'family-member' ? ['De gegevens van dit familielid zijn gecorrigeerd', 'het familielid'] : what === 'call' ? ['Dit gesprek is gecorrigeerd', 'het gesprek'] : ['Dit contract is gecorrigeerd', 'het contract'];

/** A contract's state as the workspace labels it (`estate.contractStates`). */
/** How a letter goes by a provider's channel (README, printaddress). */
const BY_CHANNEL_NL = { post: 'per post', email: 'per e-mail', portal: 'via de desk van de organisatie' } as const;

/** A downloaded batch's letters taken out because their provider's address was set back to where an earlier copy went (README, printrest2). */
const restoredOut = (providers: string[], letters: number) =>
  letters === 1
    ? `de brief aan ${listed(providers, 'nl')} gaat niet mee, want het adressenbestand heeft weer het adres waar een eerdere brief met hetzelfde verzoek al heen ging`
    : `de brieven aan ${listed(providers, 'nl')} gaan niet mee, want het adressenbestand heeft weer ${providers.length === 1 ? 'het adres' : 'de adressen'} waar eerdere brieven met hetzelfde verzoek al heen gingen`;

/** ownerdrop, stopclaim: an agency's end letter taken out of a batch (the drop that made it go undone, or a new collection letter of the agency): the agency never gets it. */
const endLetterOut = (agencies: string[], letters: number) =>
  letters === 1 ? `de brief aan ${listed(agencies, 'nl')} dat de incasso is beëindigd gaat niet mee` : `de brieven aan ${listed(agencies, 'nl')} dat de incasso is beëindigd gaan niet mee`;
/** repayback: our request to pay back what was paid on a claim, taken out of a batch, the claim's drop undone: the provider never gets it. */
const repaymentAskedOut = (providers: string[], letters: number) =>
  `${letters === 1 ? 'de brief' : 'de brieven'} aan ${listed(providers, 'nl')} met ons verzoek om terugbetaling ${letters === 1 ? 'gaat' : 'gaan'} niet mee`;
/** agencylate2: letters to an agency taken out of a batch, its particulars corrected: what still matters goes anew (`lettersToSendAgain`). */
const agencyCorrectedOut = (agencies: string[], letters: number) =>
  `${letters === 1 ? `de brief aan ${listed(agencies, 'nl')} gaat` : `de brieven aan ${listed(agencies, 'nl')} gaan`} niet mee, want de gegevens van het incassobureau zijn gecorrigeerd; wat nog nodig is, gaat met de juiste gegevens`;
/** README reminderpost: a bank's reminder taken out of a batch, its block taken back: the bank never gets it. */
const takenBackOut = (providers: string[], letters: number) =>
  letters === 1 ? `de herinnering aan ${listed(providers, 'nl')} gaat niet mee` : `de herinneringen aan ${listed(providers, 'nl')} gaan niet mee`;

const CONTRACT_STATES_NL = {
  draft: 'concept', ready: 'klaar', requested: 'verzocht', reminded: 'herinnerd', escalated: 'opgeschaald', acknowledged: 'ontvangst bevestigd',
  informationRequested: 'informatie gevraagd', rejected: 'afgewezen', complained: 'klacht over afwijzing', confirmed: 'bevestigd', disputed: 'betwist', disputeEscalated: 'bezwaar opgeschaald',
  disputeRejected: 'aanbieder houdt vast aan rekening', collectionStopRequested: 'opschorting incasso gevraagd', withCommittee: 'bij de geschillencommissie', blocked: 'geblokkeerd, saldo nog niet vrijgegeven', releaseReminded: 'saldo niet op tijd vrijgegeven, herinnering verstuurd', releaseOverdue: 'saldo niet op tijd vrijgegeven', settled: 'afgerond', closed: 'gesloten', withdrawn: 'ingetrokken',
} as Record<string, string>;
/** An estate's state as the dashboard names its stages (`dashboard.stages`). */
const ESTATE_STAGES_NL = {
  intake: 'intake',
  inventory: 'inventarisatie',
  inProgress: 'in behandeling',
  settling: 'afwikkeling',
  closed: 'afgesloten',
  purged: 'gewist',
};
/** A workflow's state by its label: a contract's or an estate's; an unknown one as it is. */
export const stateLabelNl = (subject: string, state: string): string => (subject === 'estate' ? (ESTATE_STAGES_NL as Record<string, string>) : CONTRACT_STATES_NL)[state] ?? state;

/**
 * The workspace's words in Dutch: the reference catalogue for the owner audience (see ./index.ts).
 * Sections follow the pages; each page module reads only its own section and `shell`.
 */
const DOCUMENT_KINDS_NL: Record<string, string> = {
  death_certificate: 'overlijdensakte', certificate_of_inheritance: 'verklaring van erfrecht', power_of_attorney: 'volmacht', will: 'testament',
  executor_appointment: 'verklaring van executele', id_document: 'identiteitsbewijs', invoice: 'factuur', collection_letter: 'brief van een incassobureau',
  provider_letter: 'brief van een aanbieder', other: 'overig', bank_statement: 'bankafschrift',
};

/** A provider's answer and its correction (the contract page's forms and the API's `provider-answer/completed`, `/completion_corrected`): each field as the form labels it. */
const ANSWER_LABELS_NL = {
  reference: 'het kenmerk van de aanbieder', done: 'wat de organisatie heeft gedaan', balance: 'het saldo', balanceReleased: 'het saldo overgemaakt naar de boedelrekening',
  payoutAmount: 'het uitgekeerde bedrag', payoutTo: 'aan wie is uitgekeerd', coverUntil: 'de laatste dag van de dekking',
  survivorPension: 'of er een nabestaandenpensioen volgt', survivorWritesTo: 'aan wie het fonds schrijft over het nabestaandenpensioen',
};
/** What a bank or insurer may say it did (`DoneKind`): the form's choices, and their names in a refusal. */
const DONE_CHOICES_NL = doneChoices('nl');
/** bankpages: a bank's costs as its forms label their figures (`contract.charge`), in a refusal. */
/** bankwords3: what a bank's contract leaves owed, as a 409 names it: its costs, or an overdraft's debit (`overdrawnListed`); never a factuur. */
const bankOwedNl = (reference: string, overdraft: boolean) =>
  overdraft ? { named: `Het tekort op de rekening (kenmerk ${reference})`, stands: 'staat', is: 'is', it: 'het' } : { named: capitalised(chargeNl(reference)), stands: 'staan', is: 'zijn', it: 'ze' };

/**
 * bankforms: a bill's fields as the owner's API names them (`Reader.form`, src/common/reader-words.ts): the global pipe refuses a body before
 * its contract is read, so in words true of an invoice and a bank's costs alike, as bankdebts' `figures.*`. Her web form knows the contract
 * and names them as its own (`formLabels`, `chargeFormLabels`).
 */
const UNREAD_BILL_NL = {
  reference: 'het kenmerk of factuurnummer', invoiceReference: 'de factuur of de kosten', invoiceDate: 'de datum van de factuur of de kosten',
  periodFrom: 'de eerste dag waarover gerekend is', periodTo: 'de laatste dag waarover gerekend is', outcome: 'wat er met de factuur of de kosten gebeurt',
};
const CHARGE_FIGURES_NL = { invoiceDate: 'de datum van de kosten', periodFrom: 'de eerste dag waarover de kosten gaan', periodTo: 'de laatste dag waarover de kosten gaan', reference: 'het kenmerk van de kosten', dueOn: 'de uiterste betaaldatum' };

/** dropday: „€ 45,00 van € 60,00 betaald uit de nalatenschap op 8 december 2026, nadat KPN op 7 december 2026 de vordering liet vallen". */
const paidOnDropNl = (d: PaidOnDropSaid) =>
  `${d.whole ? `${d.paid} van ${d.whole}` : d.paid} betaald uit de nalatenschap op ${d.paidOn}, ${d.afterDrop ? 'nadat' : 'voordat'} ${d.provider} op ${d.droppedOn} de vordering liet vallen`;

export const ownerNl = {
  shell: {
    brand: 'Steward · Werkplek',
    navLabel: 'Werkplek',
    today: 'Vandaag',
    estates: 'Nalatenschappen',
    post: 'Post',
    dashboard: 'Dashboard',
    notifications: 'Meldingen',
    /** The header's count of her unread notifications, read out with the link (ownernotif). */
    unread: (n: number) => `${n} ongelezen`,
    accounts: 'Accounts',
    providers: 'Organisaties',
    signOut: 'Uitloggen',
    switchTo: 'English',
  },

  notices: {
    /** A paged list's link whose cursor no longer held (webcursor). */
    listRestarted: 'Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.',
    created: 'De nalatenschap is geopend.',
    allRead: 'Alle meldingen zijn gelezen.',
    contract: 'Het contract staat nu in de inventaris.',
    document: 'Het document is opgeslagen.',
    sent: 'De verzoeken zijn verstuurd.',
    // reqterm: after „Verzoek versturen” when the letter check holds the letter: nothing went, the status box says why.
    sentHeld: 'Het verzoek is niet verstuurd: de briefcontrole houdt de brief tegen. Hieronder staat waarom en wat u kunt doen.',
    handedOver: 'De nalatenschap is overgedragen. Ze staat niet meer op uw lijst; hieronder kunt u de overdracht 24 uur lang terugdraaien.',
    undone: 'De overdracht is teruggedraaid; de nalatenschap ligt weer bij de vorige vaste contactpersoon.',
    closed: 'De nalatenschap is afgesloten; het eindverslag gaat naar de familie.',
    reopened: 'De nalatenschap is heropend; de familie hoort het. Voeg toe wat er gevonden is, leg een late rekening of incassobrief vast op het contract waar die over gaat, of sluit haar weer af.',
    saved: 'Opgeslagen.',
    corrected: 'Gecorrigeerd; de wijziging staat in de tijdlijn.',
    accessEnded: 'Gecorrigeerd. De portaalcode die naar het oude e-mailadres ging werkt niet meer en wie daarmee was ingelogd is uitgelogd. Stuur hieronder een nieuwe toegangscode naar het nieuwe adres.',
    accessWithdrawn: 'De portaaltoegang is ingetrokken: de code werkt niet meer en wie was ingelogd is uitgelogd. Een nieuwe toegangscode geeft de toegang terug.',
    retried: 'De brief wordt opnieuw gemaakt en opnieuw aan de regels getoetst.',
    'step-retried': 'De automatische stap wordt binnen een minuut opnieuw geprobeerd.',
    handled: 'Gemarkeerd als afgehandeld.',
    'bill-recorded': 'De rekening is vastgelegd bij het contract; de familie leest het bij haar melding.',
    'document-taken': 'Het document is opgenomen in het dossier: u kunt het nu meesturen als elk document van de nalatenschap. De familie leest het bij haar melding.',
    'passed-on': 'Vastgelegd: het verslag is doorgegeven.',
    'return-checked': 'Vastgelegd: het adres is gecontroleerd; de teruggekomen brief staat niet meer op Vandaag.',
    printed: 'Elke wachtende brief zit in een printbatch.',
    posted: 'Gemarkeerd als op de post gedaan; de brieven tellen vanaf nu als verstuurd.',
    printBatchChanged: 'Die printbatch bevat nu andere brieven dan de pagina liet zien; er is niets als op de post gedaan gemarkeerd. Kijk hieronder wat erin zit en print wat ontbreekt.',
    printBatchRemerged: 'Die printbatch is opnieuw samengesteld: er is een brief uit gehaald, dus de pdf die de pagina liet zien klopt niet meer. Er is niets als op de post gedaan gemarkeerd; download de pdf opnieuw en print hem voordat u hem op de post doet.',
    printBatchNotDownloaded: 'Die printbatch is nog niet gedownload; er is niets als op de post gedaan gemarkeerd. Download en print hem eerst („Pdf om te printen”), doe hem op de post en markeer hem dan.',
    printBatchSetApart: 'In die printbatch noemde elke brief een termijn die al voorbij was; er is niets te printen. De brieven zijn opnieuw gemaakt met de datum van vandaag en wachten hieronder op de volgende printbatch.',
    statement: 'Het bankafschrift is gelezen. Alleen de terugkerende betalingen zijn bewaard.',
    drafts: 'De conceptcontracten zijn gemaakt; ze staan in de inventaris.',
    seen: 'Gemarkeerd als gezien.',
    replayed: 'De gebeurtenis wordt opnieuw verstuurd, met hetzelfde gebeurtenis-id.',
    removed: 'Het endpoint is verwijderd; er wordt niets meer naartoe gestuurd.',
    progressReport: 'Het voortgangsverslag aan de familie wordt gemaakt; het staat zo bij de brieven.',
    language: 'De werkplek spreekt nu Nederlands.',
    'bill-paid': 'Opgeslagen als betaald; de familie ziet het in het portaal.',
    'bill-unpaid': 'De betaling is teruggedraaid; de factuur staat weer bij te betalen.',
    'call-recorded': 'Het gesprek is vastgelegd; het staat in de geschiedenis.',
    'call-corrected': 'Het gesprek is gecorrigeerd; de vorige tekst staat in de geschiedenis.',
    'call-withdrawn': 'Het gesprek is ingetrokken; de familie ziet het niet meer.',
  },

  today: {
    title: 'Vandaag',
    heading: (date: string) => `Vandaag, ${date}`,
    /** The reply to the relative on a family report marked handled: their portal shows it under the report. */
    reportReply: 'Antwoord aan het familielid (optioneel)',
    estate: 'Nalatenschap',
    action: 'Actie',
    reasons: {
      collection_notice: 'Incasso',
      dispute: 'Factuur na de einddatum',
      charge_dispute: 'Kosten na de bevestigde datum',
      premium_dispute: 'Nota na de datum van overlijden',
      dispute_escalation: 'Bezwaar onbeantwoord, klacht ingediend',
      with_committee: 'Bij de geschillencommissie: wachten op de uitspraak',
      charge_with_committee: 'Kosten bij Kifid: wachten op de uitspraak',
      dispute_rejected: 'Aanbieder houdt vast aan (een deel van) de rekening: uw beslissing',
      escalation: 'Geëscaleerd, geen antwoord',
      release_overdue: 'Rekening geblokkeerd, saldo niet op tijd vrijgegeven',
      complaint: 'Klacht over de afwijzing ingediend',
      reminder: 'Organisatie heeft de termijn gemist',
      due: 'Antwoord verwacht',
      rejected: 'Afgewezen door de organisatie',
      ready: 'Klaar om te versturen',
      brp_check: 'Waarschijnlijk via de BRP op de hoogte: controleren',
    },
    resolutions: {
      send_request: 'Verzoek versturen',
      record_answer: 'Antwoord van de organisatie vastleggen',
      record_release: 'Vrijgave van het saldo vastleggen',
      resolve_dispute: 'Uitkomst vastleggen',
      decide_dispute: 'Over de rekening beslissen',
      amend_or_withdraw: 'Aanpassen of intrekken',
      supply_information: 'Informatie aanleveren',
      retry_letter: 'Brief opnieuw maken',
      handle_report: 'Markeren als afgehandeld',
      retry_step: 'Opnieuw proberen',
      handle_answer_withdrawn: 'Melding afgehandeld',
      mark_readdress_seen: 'Gezien',
      handle_later_end_date: 'Markeren als afgehandeld',
      record_payment: 'Betaling vastleggen',
      post_letter: 'Printbatch op de post doen',
      fix_letter: 'Brief herstellen',
      pass_on_report: 'Markeren als doorgegeven',
      withdraw_request: 'Verzoek intrekken',
      record_call: 'Gesprek vastleggen',
    },
    overdue: 'Te laat',
    dueToday: 'Vandaag uiterlijk',
    yourMove: 'Uw zet',
    /** The badge of a row whose words wait for the provider (a reminder's fresh term, a complaint): not the owner's move. */
    waitingFor: (provider: string) => `Wacht op ${provider}`,
    /** The due column of a late move's row: the owner's own fresh term (after the provider's, no letter gave it one: no date). */
    newTerm: 'uw nieuwe termijn',
    /** The due column of a held bill's decision beside a bill the provider has not answered (no term of the owner's yet). */
    termAfterAnswer: (provider: string) => `Uw termijn begint zodra ${provider} op elke factuur heeft geantwoord`,
    readySince: (date: string) => `klaar sinds ${date}`,
    received: 'Aan u overgedragen',
    receivedHeading: 'Ontvangen',
    receivedText: (from: string, date: string, reason: string) => `Ontvangen van ${from} op ${date}: ${reason}`,
    openEstate: 'Nalatenschap openen',
    sent: 'Door u overgedragen',
    sentHeading: 'Overdracht',
    sentText: (to: string, date: string, until: string) => `Overgedragen aan ${to} op ${date}; terug te draaien tot ${until}`,
    undo: (name: string) => `Terugdraaien: ${name} weer naar mij`,
    parked: 'Vastgelopen automatische stappen',
    step: 'Stap',
    parkedText: (kind: string, error: string) => `Automatische stap vastgelopen: ${kind}. Laatste fout: ${error}.`,
    /** A parked e-mail's provider and the address it went to (the one to correct when it was refused). */
    parkedSentTo: (recipient: string, address: string) => `aan ${recipient} (${address})`,
    attempts: (n: number) => `${n} pogingen`,
    theContract: 'Het contract',
    theDocument: 'Het document',
    contracts: 'Contracten met een termijn of actie',
    organisation: 'Organisatie',
    why: 'Waarom',
    due: 'Uiterlijk',
    noContracts: 'Vandaag vraagt geen enkel contract iets van u.',
    pastLastContract: 'Na de vorige pagina volgt geen contract meer.',
    toFirstPage: 'Naar de eerste pagina',
    drafts: 'Concepten die wachten op een document',
    draft: 'Contract',
    missing: 'Ontbreekt',
    uploadFirst: 'Document toevoegen',
    noDrafts: 'Geen concept wacht op een document.',
    questions: 'Vragen van organisaties',
    askedFor: 'Gevraagd',
    answerBy: 'Antwoord uiterlijk',
    documents: 'Documenten',
    noQuestions: 'Geen organisatie wacht op informatie.',
    laterEndDates: 'Latere einddatum',
    /** deskanswer: corrections after a confirmation awaiting the organisation's answer (shown only when there is one). */
    /** deskanswer2: a correction's term passed unanswered: the day she was told, and (`keeps`) that the provider's desk moved on too. */
    correctionLapsedTold: (on: string, provider: string, keeps: boolean) =>
      `U kreeg hiervan bericht op ${on}.${keeps ? ` Bij ${provider} staat het verzoek sindsdien niet meer als wachtend op hun antwoord; een antwoord blijft welkom.` : ''}`,
    correctionsAwaited: 'Correctie na een bevestiging: antwoord van de organisatie',
    /** Leases whose letter said nobody continues them, someone who may now recorded (shown only when there is one). */
    leasesToldNobody: 'Huur: na de brief vastgelegd dat er iemand woonde',
    /** README printaddr: a directory correction touched letters of hers already gone to the old address (shown only when there is one). */
    readdressNotices: 'Adres gecorrigeerd na verzonden brieven',
    /** deskback: rejections a provider took back, until she opens the news (shown only when there is one). */
    rejectionsTakenBack: 'Afwijzing ingetrokken door de aanbieder',
    /** audit88rest (audit88 F5): its row: the take-back by its day, then where the request stands today, not on that day. */
    rejectionTakenBack: (provider: string, on: string, now: string) => `${provider} trok de afwijzing in op ${on}. Stand nu: ${now}`,
    /** refund: a refund its provider confirmed, past Steward's term (30 days after the confirmation) with something still to come. */
    lateRefunds: 'Terugbetalingen niet ontvangen',
    lateRefund: (provider: string, reference: string | null, left: string, amount: string, expectedBy: string, days: number, reminded: string | null) =>
      `${provider} bevestigde ${amount} terug te betalen aan de nalatenschap${reference ? ` (eindafrekening ${reference})` : ''}; ${left === amount ? 'niet' : `${left} daarvan niet`} ontvangen — te laat sinds ${expectedBy} (${days === 1 ? '1 dag' : `${days} dagen`})${reminded ? `, ook na de herinnering gestuurd op ${reminded}` : ''}.`,
    lateRefundMove: (provider: string) => `Bel ${provider} of stuur een herinnering en vraag het bedrag over te maken naar de rekening van de nalatenschap, of leg de ontvangst vast`,
    /** refundletter: a refund asked for by letter, within the term that letter gave (Steward's own). */
    remindedRefund: (provider: string, reference: string | null, left: string, amount: string, reminded: string, payBy: string) =>
      `${provider} bevestigde ${amount} terug te betalen aan de nalatenschap${reference ? ` (eindafrekening ${reference})` : ''}; ${left === amount ? 'niet' : `${left} daarvan niet`} ontvangen — herinnering gestuurd op ${reminded}; betaling gevraagd uiterlijk ${payBy}.`,
    remindedRefundMove: (provider: string, payBy: string) => `Wacht tot en met ${payBy} op de betaling van ${provider}; leg de ontvangst vast zodra het bedrag op de rekening van de nalatenschap staat`,
    sendRefundReminder: 'Herinnering sturen',
    /** paiddrop: a final bill the estate paid before its provider dropped the claim, until she asks it back (shown only when there is one). */
    paidBillsDropped: 'Betaald op een vervallen vordering',
    paidBillDropped: (d: PaidOnDropSaid) => `Eindafrekening ${d.reference}: ${paidOnDropNl(d)}.`,
    paidBillDroppedMove: (provider: string, amount: string) => `Vraag ${provider} per brief de ${amount} terug te betalen op de rekening van de nalatenschap`,
    /**
     * askback: money asked back by letter (a final bill paid on the dropped claim), past the day the latest letter asked it by; askwords:
     * paid after the provider's word (`afterDrop`, dropday's rule) is said so, not „al betaald".
     */
    lateAskedBack: (provider: string, reference: string, left: string, amount: string, askedOn: string, payBy: string, days: number, reminded: string | null, afterDrop: boolean) =>
      `${provider} liet de vordering vallen; de ${amount} die ${afterDrop ? 'daarna nog betaald is' : 'al betaald was'} op eindafrekening ${reference} is op ${askedOn} per brief teruggevraagd; ${left === amount ? 'niet' : `${left} daarvan niet`} ontvangen — te laat sinds ${payBy} (${days === 1 ? '1 dag' : `${days} dagen`})${reminded ? `, ook na de herinnering gestuurd op ${reminded}` : ''}.`,
    /** refunddesk: the provider reported a refund paid, days ago, and she recorded less received: hers to look for on the estate account. */
    reportedRefunds: 'Terugbetaling gemeld, niet vastgelegd',
    /** rentkeys2: a lease's handover appointment, until its day has passed. */
    handoverAppointments: 'Oplevering van een woning: gaat u zelf of vraagt u iemand?',
    handoverOn: 'Wanneer',
    reportedRefund: (provider: string, reported: string, lastPaidOn: string, received: string | null) =>
      `${provider} meldt ${reported} overgemaakt aan de nalatenschap, laatst op ${lastPaidOn}; ${received ? `als ontvangen vastgelegd is ${received}` : 'er is nog niets van ontvangen vastgelegd'}.`,
    reportedRefundMove: 'Kijk op de rekening van de nalatenschap en leg vast wat er binnenkwam',
    /**
     * What the correction did to her letters gone to the old address of `provider`, counted and (printrest2) named by title and contract,
     * at most `NAMED_ON_TODAY` each, „en N meer” for the rest; a row written before letters were kept names none. The history says why.
     */
    readdressNotice: (provider: string, n: ReaddressNoticeSaid) => {
      const which = n.post && n.email ? 'het adres en het e-mailadres' : n.email ? 'het e-mailadres' : 'het adres';
      const gone = (count: number, one: string, several: string) => `${count === 1 ? 'Eén brief' : `${count} brieven`} die naar het oude adres ${count === 1 ? one : several}`;
      const named = (remade: boolean) => (n.letters ? `: ${namedOnToday(n.letters.filter((l) => l.remade === remade).map((l) => `${l.title ? `„${l.title}”` : 'een brief'} (${l.description})`), (rest) => `${rest} meer`, 'nl')}` : '');
      const parts = [
        ...(n.remade ? [gone(n.remade, 'ging, is', 'gingen, zijn') + ' opnieuw gemaakt voor het gecorrigeerde adres' + named(true)] : []),
        ...(n.notAgain ? [(n.remade ? `${n.notAgain === 1 ? 'één andere gaat' : `${n.notAgain} andere gaan`} niet opnieuw` : gone(n.notAgain, 'ging, gaat', 'gingen, gaan') + ' niet opnieuw') + named(false)] : []),
      ];
      return `${capitalised(which)} van ${provider} ${n.post && n.email ? 'zijn' : 'is'} gecorrigeerd in het adressenbestand. ${parts.join('; ')}. De geschiedenis zegt bij elke brief wat er gebeurde en waarom.`;
    },
    noLaterEndDates: 'Geen organisatie bevestigde een latere einddatum.',
    letters: 'Tegengehouden brieven',
    letter: 'Brief',
    whyBlocked: 'Waarom niet verstuurd',
    family: 'Familie',
    correctFirst: 'Corrigeer eerst de gegevens en maak de brief daarna opnieuw.',
    noLetters: 'Geen brief tegengehouden.',
    reports: 'Meldingen van de familie',
    report: 'Melding',
    toldUs: 'Wat zij meldden',
    reportFrom: (who: string, date: string) => `van ${who}, ${date}`,
    /** relcorr: the relative corrected her report herself before it was handled: what the row shows is her second word. */
    reportCorrectedBy: (who: string, date: string) => `verbeterd door ${who}, ${date}`,
    alreadyDone: (what: string) => `Al gedaan: ${what}.`,
    /** A reported collection letter: what the family filled in (`amount` already as money), not yet recorded nor sent to anyone. */
    reportedCollection: (agency: string | null, reference: string | null, amount: string | null, dossierNumber: string | null) =>
      `${agency || reference || amount || dossierNumber ? `Ingevuld door de familie: ${[agency && `incassobureau ${agency}`, reference && `kenmerk ${reference}`, dossierNumber && `dossiernummer ${dossierNumber}`, amount].filter(Boolean).join(', ')}. ` : ''}Nog niets verstuurd: leg de incassobrief vast bij het contract als die klopt.`,
    /** A reported bill: what the family filled in (`amount` as money, dates as words), not yet recorded nor sent to anyone. */
    reportedBill: (reference: string | null, amount: string | null, invoiceDate: string | null, from: string | null, to: string | null) =>
      `${reference || amount || invoiceDate || from || to ? `Ingevuld door de familie: ${[reference && `factuurnummer ${reference}`, amount, invoiceDate && `gedateerd ${invoiceDate}`, from && to ? `over ${from} tot en met ${to}` : from ? `vanaf ${from}` : to && `tot en met ${to}`].filter(Boolean).join(', ')}. ` : ''}Nog niets verstuurd: leg de rekening vast bij het contract als die klopt.`,
    /** Recording the reported bill from Today: filled in with the family's figures; what she corrects is what the letters say. */
    recordBill: 'Vastleggen als rekening van het contract',
    /** A reported bill that names no contract: which of the estate's contracts it is of. */
    billContract: 'Rekening van welk contract',
    recordBillHint: 'Ingevuld met wat de familie opgaf: verbeter wat niet klopt. De brief aan de aanbieder noemt wat u hier vastlegt.',
    /** Handling a reported bill without recording it: her reply (required) tells the relative why. */
    nothingToDo: 'Of: afhandelen zonder vast te leggen. Wat u besloot en waarom (de familie leest het)',
    whatTheySent: 'Wat zij stuurden',
    /** familyupload: the file that came with a report, taken into the estate as a kind, so it can go to a provider. */
    takeUploadAs: 'Wat zij stuurden opnemen in het dossier als',
    takeUpload: 'Opnemen in het dossier',
    noReports: 'Geen open meldingen van families.',
    /** Reports to a relative whose portal access was withdrawn: they reached nobody, the owner passes them on (`reportsToPassOn`). */
    reportsToPassOn: 'Verslagen die niemand bereikten',
    familyReport: 'Verslag',
    reportFor: (kind: string, name: string, date: string) => `${kind} voor ${name}, ${date}`,
    accessWithdrawnOn: (date: string) => `Niet verstuurd: portaaltoegang ingetrokken op ${date}.`,
    /** There is no re-addressing a report: the next one goes to the representative (else the first heir), so she chooses that relative on the estate. */
    toAnotherRelative: 'Aan een ander familielid met toegang',
    toAnotherRelativeHint: 'Maak op de nalatenschap een familielid met toegang aanspreekpunt en stuur een nieuw voortgangsverslag; dat gaat naar hem of haar.',
    passedOnHow: 'Hoe doorgegeven',
    passedOnWays: { phone: 'telefonisch', in_person: 'persoonlijk', post: 'per post' },
    passedOnNote: 'Notitie (optioneel)',
    noReportsToPassOn: 'Elk verslag aan de familie bereikte wie het kreeg.',
    statements: 'Bankafschriften van families',
    statement: 'Afschrift',
    statementFrom: (who: string) => `Bankafschrift ontvangen van ${who}`,
    seeStatement: 'Bekijken wat erop staat',
    markSeen: 'Markeren als gezien',
    noStatements: 'Geen nieuwe bankafschriften van families.',
    erasures: 'Verwijderverzoeken zonder bevestiging',
    erasure: 'Verwijderverzoek',
    erasureText: (provider: string, kind: string, sentOn: string) => `${provider} heeft de verwijdering van ${kind} (verwijderverzoek van ${sentOn}) nog niet bevestigd. Bel of mail de aanbieder; leg een bevestiging die per e-mail of telefoon kwam hier vast.`,
    recordErasure: 'Bevestiging vastleggen',
    noErasures: 'Geen verwijderverzoek wacht langer dan vier weken op bevestiging.',
    /** Bills the owner's estates owe that nobody recorded paid (`billsToPay`); no due date is recorded, so: owed since. */
    billsToPay: 'Te betalen uit de nalatenschap',
    // bankdebts: the column's heading true of every row: an invoice, a final bill, a bank's costs or an overdraft, a premium, an agency's claim.
    bill: 'Schuld',
    owedSince: 'Verschuldigd',
    // A bill owed since today names its day, with "vandaag" after it: „vandaag" alone read as due today (audit92 F8); not "0 dagen".
    owedSinceText: (day: string, days: number) => `sinds ${day} (${days === 0 ? 'vandaag' : days === 1 ? '1 dag' : `${days} dagen`})`,
    noBillsToPay: 'Geen rekening van uw nalatenschappen staat nog open.',
    unposted: 'Printbatches nog niet op de post',
    batch: 'Printbatch',
    unpostedText: (day: string) => `Printbatch van ${day} nog niet op de post gedaan`,
    /** `downloaded` false: nobody has its PDF yet, so it was only made ready that day. */
    unpostedDetail: (letters: number, day: string, downloaded: boolean) =>
      `${letters === 1 ? '1 brief' : `${letters} brieven`}, ${downloaded ? 'gedownload' : 'klaargezet'} op ${day}. ${downloaded ? '' : 'Download en print de pdf eerst. '}Pas als de batch op de post is gedaan, tellen de brieven als verstuurd.`,
    /** olddebts: a downloaded batch of which a colleague marked letters posted apart (handover4): what is still hers to post. */
    unpostedApartDetail: (toPost: number, letters: number, day: string, apart: number, byNames: string[]) =>
      toPost > 0
        ? `Nog ${toPost === 1 ? '1 brief' : `${toPost} brieven`} om op de post te doen (van de ${letters} in de batch, gedownload op ${day}); ${apart === 1 ? '1 brief is' : `${apart} brieven zijn`} al door ${listed(byNames, 'nl')} op de post gedaan. Pas als de batch op de post is gedaan, ${toPost === 1 ? 'telt die ene brief' : `tellen die ${toPost} brieven`} als verstuurd.`
        : `Geen brief meer om op de post te doen (${letters} in de batch, gedownload op ${day}): ${letters === 1 ? 'die is' : 'ze zijn'} al door ${listed(byNames, 'nl')} op de post gedaan. Markeer de batch als op de post gedaan om hem af te sluiten; dat telt ze niet opnieuw mee.`,
    /**
     * handover3 (audit98 F3): letters of an estate handed over to her in a batch the one before her downloaded and has not marked posted:
     * they stay that one's batch (the envelopes may be printed or posted); only she can say whether they went.
     */
    inOthersBatches: 'Brieven in de printbatch van een collega',
    inOthersBatchPosted: (holder: string) => `Door ${holder} gepost: op de post gedaan`,
    inOthersBatch: (letters: number, holder: string, day: string) =>
      `${letters === 1 ? '1 brief' : `${letters} brieven`} van deze nalatenschap ${letters === 1 ? 'zit' : 'zitten'} in de printbatch van ${holder} van ${day}, gedownload maar nog niet als verstuurd gemarkeerd; vraag ${holder} of ${letters === 1 ? 'hij gepost is' : 'ze gepost zijn'}.`,
    awaitingPost: 'Brieven die klaarliggen voor de post',
    letterOf: (day: string) => `Brief van ${day}. De termijn van de aanbieder loopt pas vanaf de dag dat de brief op de post is gedaan.`,
    toPrint: 'Naar Brieven per post',
    /** batchposted: a letter waiting for the post in a colleague's downloaded batch: the estate page's button marks it posted. */
    toEstatePosted: 'Naar de nalatenschap, om hem daar als op de post gedaan te markeren',
    /**
     * returnedtoday: a letter by post recorded as come back in the last weeks (`LettersService.returnedOnToday`), until the letter made
     * anew went; or none was made (the contract moved on). What to check: the address the directory holds, which the new letter takes.
     */
    returned: 'Brieven die onbezorgd terugkwamen',
    returnedLetter: (recipient: string, letterDate: string, returnedOn: string, reason: string | null, remadeOn: string | null, remade: boolean) =>
      `De brief van ${letterDate} aan ${recipient} kwam op ${returnedOn} onbezorgd terug${reason ? ` (${reason})` : ''}. ${remadeOn ? `De nieuwe brief van ${remadeOn} is nog niet op de post gedaan.` : remade ? 'Er wordt een nieuwe brief gemaakt.' : 'Er is geen nieuwe brief gemaakt: het contract is sindsdien verder gegaan.'}`,
    returnedLetterMove: (recipient: string, remade: boolean) =>
      `Controleer het adres van ${recipient} in de lijst van organisaties en laat een beheerder het zo nodig verbeteren${remade ? ', voordat de nieuwe brief op de post gaat' : ''}.`,
    /** returneddismiss: the row's button: she checked the address, the row leaves Today (`POST /letters/{id}/return-checked`). */
    returnChecked: 'Adres gecontroleerd',
    /** An administrator's: contracts whose owner's move has been late two terms or more in a row (`lateAgain`). */
    lateAgain: 'Herhaald verlopen termijnen (alle specialisten)',
    lateAgainText: (owner: string, count: number, since: string) => `Termijn ${count}× verlopen sinds ${since}; contactpersoon ${owner}.`,
    reportKinds: {
      invoice_after_end: 'factuur na de einddatum',
      collection_letter: 'incassobrief',
      letter_to_deceased: 'brief aan de overledene',
      new_contract: 'nieuw contract',
      other: 'iets anders',
      callback: 'verzoek om teruggebeld te worden',
    },
    intake: {
      title: 'Nieuwe nalatenschap openen',
      deceased: 'De overledene, precies zoals op de akte van overlijden',
      givenNames: 'Voornamen',
      surnamePrefix: 'Tussenvoegsel (als er een is)',
      prefixHint: 'Zoals geregistreerd, bijvoorbeeld "de" of "van der".',
      surname: 'Achternaam',
      gender: 'Geslacht (voor de aanhef in brieven)',
      genders: { male: 'man', female: 'vrouw', unknown: 'onbekend (geen aanhef geraden)' } as Record<string, string>,
      dateOfBirth: 'Geboortedatum',
      dateOfDeath: 'Overlijdensdatum',
      address: 'Laatste adres',
      street: 'Straat en huisnummer',
      postalCode: 'Postcode',
      postalHint: 'Nederlandse postcodes als 1234 AB.',
      city: 'Woonplaats',
      country: 'Land (twee letters)',
      account: 'Boedelrekening (waar terugbetalingen heen gaan)',
      iban: 'IBAN',
      ibanHint: 'De boedelrekening of de rekening die de erfgenamen kozen; gecontroleerd op de controlecijfers. Opzegbrieven wachten hierop.',
      holder: 'Rekeninghouder',
      holderHint: 'Zoals de bank de naam kent, bijvoorbeeld "Erven J. de Vries".',
      owner: 'Vaste contactpersoon',
      submit: 'Nalatenschap openen',
    },
    /** A parked step by its kind (`deadline` or the effect's kind), as what Steward was doing. */
    stepKinds: {
      deadline: 'de termijnbewaking van een contract',
      letter: 'een brief maken',
      deliver_letter: 'een brief per e-mail bezorgen',
      notify_family: 'de familie een bericht sturen',
      notify_owner: 'u een melding sturen',
      portal_link: 'de familie een inloglink mailen',
      family_digest: 'de dagelijkse samenvatting aan de familie',
      family_report_mail: 'de familie een verslag mailen',
      handover_notice: 'het bericht over een overdracht',
      webhook: 'een bericht aan het systeem van de organisatie',
    } as Record<string, string>,
    unknownStep: 'een automatische stap',
    stepErrors: {
      unreachable: 'de server was niet bereikbaar',
      timeout: 'er kwam op tijd geen antwoord',
      refused: 'de ontvanger weigerde het bericht',
      refusedCode: (code: string) => `de ontvanger weigerde het bericht (foutcode ${code})`,
      mailLogin: 'de mailserver weigerde onze aanmelding',
      gone: 'wat de stap nodig had, bestaat niet meer',
      badAddress: 'het adres van de ontvanger is niet toegestaan',
      unknown: 'een onverwachte fout (de beheerder ziet de details in het logboek)',
    },
    /** What Steward did at once with a family's report. */
    reportOutcomes: {
      dispute_started: 'bezwaar gemaakt tegen de rekening',
      collection_stop_requested: 'gevraagd de incasso op te schorten',
      contract_added: 'het contract in de inventaris gezet',
      contract_known: 'het contract stond al in de inventaris: de melding is erbij gezet',
    } as Record<string, string>,
    unknownOutcome: 'een eerste stap gezet (zie de tijdlijn)',
    unknownReport: 'een melding',
    /** Why a letter was held back, by the letter rule (letters/rules.ts); a quoted passage follows when the rule gives one. */
    letterRules: {
      'addressed-to-deceased': 'de brief is gericht aan de overledene of aan diens huisadres',
      'asks-deceased-to-act': 'een zin vraagt de overledene iets te doen',
      'leftover-placeholder': 'er staat onaf ingevulde tekst in de brief',
      'deceased-not-named-in-full': 'de brief noemt de overledene niet voluit met de overlijdensdatum',
      'surname-prefix-case': 'het tussenvoegsel staat met de verkeerde hoofdletter',
      'gender-guessed': 'het geslacht is onbekend, maar de brief schrijft „de heer” of „mevrouw”',
      'dates-inconsistent': 'de datums kloppen niet met elkaar (geboorte, overlijden of einddatum)',
      'missing-enclosure': 'een bijlage kan niet met de brief mee',
      'correspondence-to-owner': 'de brief vraagt niet om verdere post naar u te sturen',
      'claims-unrecorded-event': 'de brief noemt iets wat niet is vastgelegd (een herinnering, bevestiging of bezwaar)',
      'transfer-holder-cannot-sign': 'de brief zegt niet dat de rekeninghouder is overleden en niet meer kan tekenen',
      'transfer-new-holder': 'de brief noemt de nieuwe rekeninghouder niet',
    } as Record<string, string>,
    unknownRule: 'de brief voldoet niet aan de regels voor brieven',
    /** A fact the letter needs and the estate lacks (rule `missing-data`), by the field it names. */
    missingData: {
      'estate.estateAccount': 'geen boedelrekening vastgelegd (IBAN en rekeninghouder)',
      'estate.deceasedLivedAlone': 'niet vastgelegd wie er bij de overledene in de huurwoning woonde (dat bepaalt hoe de huur eindigt)',
      // Art. 7:268 lid 1 en 2 BW (letters/rules.ts; a spouse or registered partner living there is medehuurder, art. 7:266 BW): whoever continues the lease gives their own notice, by bailiff's writ or registered letter.
      'estate.deceasedLivedWithSomeone':
        'iemand woonde bij de overledene die de huur kan voortzetten: een medehuurder (zoals een echtgenoot of geregistreerd partner die er woont) zet haar voort; een andere huisgenoot die er zijn hoofdverblijf heeft en met de overledene een duurzame gemeenschappelijke huishouding had, zet de huur gedurende zes maanden na het overlijden voort, en langer als de rechter dat bepaalt op een vordering binnen die zes maanden (artikel 7:268 lid 1 en 2 BW). De erfgenamen zeggen dan niet op. Zet iemand de huur voort, trek dit verzoek dan in (opzeggen doet die zelf, bij aangetekende brief of exploot; een overzetting naar die persoon vraagt de verhuurder de huur op diens naam te zetten). Zet niemand de huur voort, leg dan bij de overledene vast wie er woonde: „niemand” of „alleen een inwonende zonder gemeenschappelijke huishouding”',
      transferToFamilyMemberId: 'het contract noemt geen familielid dat het overneemt',
      'familyMember.address': 'het adres van de nieuwe rekeninghouder ontbreekt',
      'familyMember.dateOfBirth': 'de geboortedatum van de nieuwe rekeninghouder ontbreekt',
      'familyMember.email': 'het e-mailadres van de nieuwe rekeninghouder ontbreekt',
      'familyMember.phone': 'het telefoonnummer van de nieuwe rekeninghouder ontbreekt',
      'familyMember.iban': 'het IBAN van de nieuwe rekeninghouder ontbreekt',
      corrections: 'de correctiebrief noemt geen gecorrigeerd gegeven',
      note: 'het antwoord aan de organisatie heeft geen tekst en geen document',
      // NAMING_THE_REQUEST (letters/rules.ts): the letter names the request by the day it reached the provider.
      previousLetterDate: 'het verzoek waar deze brief naar verwijst, is niet bij de organisatie bezorgd (de e-mail kwam niet aan), en de brief noemt de dag waarop het aankwam. Kies bij Vandaag Opnieuw proberen voor het verzoek; is het bezorgd, maak deze brief dan opnieuw',
    } as Record<string, string>,
    unknownMissing: 'er ontbreekt een gegeven dat de brief nodig heeft',
  },

  dashboard: {
    title: 'Dashboard',
    allEstates: 'alle nalatenschappen',
    yourEstates: 'uw nalatenschappen',
    byStage: 'Nalatenschappen per fase',
    byState: 'Contracten per stand',
    confirmation: 'Mediane tijd tot bevestiging per soort organisatie',
    confirmationNote: (days: number) => `Werkdagen van ons verzoek tot de bevestiging door de organisatie, alle nalatenschappen, verzoeken verstuurd in de afgelopen ${days} dagen.`,
    confirmationChart: 'Mediaan aantal werkdagen tot bevestiging',
    days: (n: number) => `${n} dagen`,
    category: 'Soort',
    confirmed: 'Bevestigde verzoeken',
    medianDays: 'Mediaan werkdagen',
    noConfirmations: 'Nog geen organisatie heeft een verzoek bevestigd.',
    noRequests: 'In deze periode is nog geen verzoek verstuurd.',
    satisfaction: 'Tevredenheid van families',
    satisfactionNote: (days: number, threshold: string) => `Gemiddelde waardering (1–5) van families over de afgelopen ${days} dagen. Signaal onder ${threshold}, zodra een contactpersoon genoeg waarderingen heeft.`,
    belowThreshold: (threshold: string, names: string) => `Onder de signaalgrens van ${threshold}: ${names}.`,
    belowThresholdMore: (threshold: string, names: string, more: number) => `Onder de signaalgrens van ${threshold}, laagste eerst: ${names} en nog ${more} anderen.`,
    allRatings: 'Waardering van alle contactpersonen',
    ratingsTitle: 'Tevredenheid van families per contactpersoon',
    noRatings: 'geen waarderingen',
    outOfFive: (average: string) => `${average} van 5`,
    caseOwner: 'Vaste contactpersoon',
    average: 'Gemiddelde',
    ratings: 'Waarderingen',
    alert: 'Signaal',
    belowLabel: 'onder de grens',
    noSpecialists: 'Nog geen specialisten.',
    scorecards: 'Scorekaarten per organisatie',
    scorecardsNote: (days: number) => `Verzoeken verstuurd in de afgelopen ${days} dagen, alle nalatenschappen.`,
    busiestProviders: (shown: number, total: number) => `Hier de ${shown} organisaties met de meeste verzoeken, van de ${total} met verzoeken.`,
    allScorecards: 'Scorekaarten van alle organisaties',
    scoreHeadings: ['Organisatie', 'Verzoeken', 'Beantwoord', 'Mediaan antwoord (werkdagen)', 'Binnen de termijn', 'Herinneringen', 'Facturen na de einddatum', 'Brieven aan de overledene'],
    stages: ESTATE_STAGES_NL,
    states: {
      draft: 'concept',
      ready: 'klaar om te versturen',
      requested: 'verzoek verstuurd',
      reminded: 'herinnerd',
      escalated: 'geëscaleerd',
      acknowledged: 'ontvangst bevestigd',
      informationRequested: 'informatie gevraagd',
      rejected: 'afgewezen',
      complained: 'klacht over afwijzing',
      confirmed: 'bevestigd',
      disputed: 'bezwaar gemaakt',
      disputeEscalated: 'klacht ingediend',
      disputeRejected: 'aanbieder houdt vast aan rekening',
      collectionStopRequested: 'opschorting incasso gevraagd',
      // kifidrest: one bar counts every body's cases, a bank's with Kifid too.
      withCommittee: 'bij een geschillencommissie of Kifid',
      blocked: 'geblokkeerd, saldo nog niet vrijgegeven',
      releaseReminded: 'saldo niet op tijd vrijgegeven, herinnering verstuurd',
      releaseOverdue: 'saldo niet op tijd vrijgegeven',
      settled: 'afgewikkeld',
      closed: 'gesloten',
      withdrawn: 'ingetrokken',
      informedByBrp: 'via de BRP op de hoogte',
    },
    categories: {
      telecom: 'telecom',
      energy: 'energie',
      bank: 'bank',
      insurance: 'verzekering',
      pension: 'pensioen',
      housing: 'wonen',
      subscription: 'abonnement',
      government: 'overheid',
      other: 'overig',
    },
    countsAt: (moment: string, seconds: number) => `Aantallen en waarderingen: stand van ${moment}; ze worden opnieuw geteld zodra ze ${seconds} seconden oud zijn.`,
    figuresAt: (moment: string) => `Stand van ${moment}; de cijfers worden hooguit twee minuten bewaard.`,
  },

  estate: {
    listTitle: 'Nalatenschappen',
    /** reqheld: the headline of an estate in progress whose requests did not go yet (`estateHeadline`), instead of „verzoeken verstuurd". */
    requestsHeld: (providers: string) => `Lopend: verzoeken klaar, maar tegengehouden door de briefcontrole: de brief aan ${providers} is nog niet verstuurd. Waarom staat bij het contract en onder Brieven.`,
    requestsNotOut: 'Lopend: verzoeken klaar, maar nog niet verstuurd.',
    requestsSent: 'Lopend: verzoeken verstuurd, contracten in behandeling.',
    letterInColleaguesBatch: (holder: string, day: string) => `De brief zit in de printbatch van ${holder} (gedownload ${day}); vraag ${holder} of hij gepost is.`,
    inColleaguesBatch: (holder: string, day: string) => `in de printbatch van ${holder} (gedownload ${day})`,
    requestHeldBeside: (providers: string) => `De briefcontrole houdt de brief aan ${providers} tegen; waarom staat bij het contract.`,
    // What a correction letter corrects, after its subject in the letters list: the family's words, as both read the same letters.
    letterAbout: familyNl.letterAbout,
    // The bills owed that nobody marked paid yet, near the contracts: a reminder for the family before closing, never a block.
    billsOpen: 'Nog te betalen uit de nalatenschap',
    billsOpenText: 'Deze facturen zijn nog niet als betaald vastgelegd. Herinner de familie eraan voordat u de nalatenschap afsluit; afsluiten kan ook zonder.',
    // A final bill has no invoice number of its own: it is named by the provider's reference of the confirmation.
    /** `agency`: what a collection agency claims, settled as paid from the estate (`reference` is its reference). */
    /** `charge` (bankdebts): a bank's costs (`chargeListed`), never a factuur. */
    billOpen: (provider: string, reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
      `${provider}: ${agency !== null ? claimNl(agency, reference, amount) : finalBill === 'repaidAgain' ? repaidAgainNl(amount) : `${overdrawn !== null ? overdraftNl(reference, overdrawn.on) : finalBill === 'recovery' ? `terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: ${reference})` : finalBill ? `eindafrekening (kenmerk van de aanbieder: ${reference})` : premium ? premiumNl(reference) : charge ? chargeNl(reference) : `factuur ${reference}`}${(charge ? chargePartNl : billPartNl)(untilEnd, afterEnd)}, ${amount}${dueNl(premium)}`}`,
    moreBillsOpen: 'Meer facturen',
    newEstate: 'Nieuwe nalatenschap openen',
    searchLabel: 'Naam van de overledene, kenmerk of rekeningnummer',
    stage: 'Fase',
    everyStage: 'alle fasen',
    search: 'Zoeken',
    deceased: 'Overledene',
    reference: 'Kenmerk',
    caseOwner: 'Vaste contactpersoon',
    died: 'Overleden',
    noMatch: 'Geen nalatenschap past bij deze zoekopdracht.',
    noEstates: 'U heeft nog geen nalatenschappen.',
    facts: (reference: string, owner: string) => `Kenmerk ${reference} · vaste contactpersoon ${owner}`,
    lifeDates: (born: string, died: string) => `Geboren ${born}, overleden ${died}`,
    genderLabel: 'geslacht',
    genders: { male: 'man', female: 'vrouw', unknown: 'onbekend' } as Record<string, string>,
    correct: 'Overledene of boedelrekening corrigeren',
    accessLog: 'Toegangslog',
    notClosed: 'De nalatenschap is niet afgesloten:',
    /** A contract a refused close names (`errors.refusals.contractOpen`): its label, whose move it is, where it stands. */
    openContract: (label: string, waitingOn: string, provider: string, status: string) =>
      `${label}, ${waitingOn === 'owner' ? 'wacht op u' : waitingOn === 'provider' ? `wacht op ${provider}` : 'wacht alleen nog de controle op late rekeningen af'}. ${status}`,
    closeText: 'Elk contract is beëindigd of overgezet. Bij het afsluiten gaat het eindverslag naar de familie.',
    /** refundclose: a refund not all received when she closes: a reminder, not a block (the family reads which is still to come). */
    closeRefundsOpen: 'Nog niet elke terugbetaling aan de nalatenschap is ontvangen (zie ‘Terug te ontvangen’). U kunt toch afsluiten: de familie leest dan welke nog moet komen.',
    close: 'Nalatenschap afsluiten',
    notReopened: 'De nalatenschap is niet heropend:',
    reopenText: 'Afgesloten: er kan niets meer aan gebeuren. Is er na het afsluiten nog een contract opgedoken, heropen dan het dossier. De bewaartermijn vervalt en de familie hoort dat er nog iets wordt afgehandeld. Komt er na het afsluiten nog een rekening of een incassobrief over een gesloten contract, heropen dan het dossier en leg die vast op dat contract: de aanbieder krijgt zoals altijd ons bezwaar of het verzoek de incasso op te schorten.',
    reopenReason: 'Reden (hoogstens 1000 tekens; staat in de tijdlijn)',
    reopen: 'Dossier heropenen',
    noReport: 'Er is geen voortgangsverslag verstuurd:',
    reportText: 'Een brief aan de gemachtigde van de familie met de stand van elk contract.',
    sendReport: 'Voortgangsverslag naar de familie sturen',
    contracts: 'Contracten',
    sendCaption: 'Kies de contracten en verstuur hun verzoeken in één keer.',
    send: 'Versturen',
    provider: 'Aanbieder',
    action: 'Actie',
    state: 'Status',
    due: 'Termijn',
    lastLetter: 'Laatste brief',
    choose: (provider: string, description: string) => `${provider}, ${description} kiezen`,
    uploadFirst: 'Eerst uploaden: ',
    blocked: 'tegengehouden',
    preview: 'Conceptbrief bekijken',
    sendSelected: 'Gekozen verzoeken versturen',
    noContracts: 'Nog geen contracten: voeg hieronder het eerste toe.',
    actions: { cancel: 'Opzeggen', transfer: 'Overzetten' } as Record<string, string>,
    /** What a cancellation asks where it is no end (`requestAsked`): a bank account blocked, an insurer by kind (README, bankbalance, insuranceclaim). */
    asks: { bank: 'Blokkeren en saldo opvragen', life: 'Uitkering aanvragen', property: 'Laten doorlopen', health: 'Afwikkelen', unknown: 'Overlijden melden' } as Record<string, string>,
    addContract: 'Contract toevoegen',
    searchDirectory: 'Zoeken in de lijst van organisaties',
    noProvider: (q: string) => `Geen organisatie past bij “${q}”. Een beheerder kan haar toevoegen.`,
    providerOption: (name: string, days: number) => `${name} (antwoordt binnen ${days} werkdagen)`,
    description: 'Wat het contract is',
    descriptionHint: 'bijv. "Mobiel abonnement 06-12345678"',
    accountNumber: 'Klant-, polis- of rekeningnummer',
    whatHappens: 'Wat moet er gebeuren',
    transferToMember: 'Overzetten op een familielid',
    newHolder: 'Nieuwe houder (alleen bij overzetten)',
    requestedEnd: 'Gewenste einddatum (optioneel; leeg = zo snel mogelijk)',
    insuranceKind: 'Soort verzekering (alleen bij een verzekeraar; niet gekozen: de brief vraagt de verzekeraar wat nodig is)',
    chooseInsuranceKind: 'Kies de soort verzekering',
    insuranceKinds: {
      life: 'Uitvaart-, levens- of overlijdensrisicoverzekering: uitkering aanvragen',
      property: 'Woonhuis, inboedel, auto of aansprakelijkheid: laten doorlopen voor de nalatenschap',
      health: 'Zorgverzekering: afwikkelen per de datum van overlijden',
    },
    addButton: 'Contract toevoegen',
    confirmDuplicate: 'Ja, dit is een tweede contract',
    family: 'Erfgenamen en familie',
    codeNotice: (name: string, until: string) => `Toegangscode voor het familieportaal van ${name}. Deze code wordt maar één keer getoond; geldig tot ${until}.`,
    codeEmailed: (email: string) => `Een link naar het portaal is gemaild naar ${email}.`,
    codeEmailFailed: (email: string, name: string) => `De e-mail naar ${email} kon niet worden verstuurd: geef ${name} deze code zelf.`,
    heir: ', erfgenaam',
    represents: ', gemachtigde van de erfgenamen',
    correctMember: (name: string) => `Gegevens van ${name} corrigeren`,
    exportMember: (name: string) => `Persoonsgegevens van ${name} downloaden (AVG, zip)`,
    newCode: (name: string) => `Nieuwe toegangscode voor ${name}`,
    newCodeMailed: (name: string) => `Nieuwe toegangscode voor ${name} (mailt een link)`,
    accessWithdrawnOn: (date: string) => ` · portaaltoegang ingetrokken op ${date}`,
    withdrawAccess: (name: string) => `Portaaltoegang van ${name} intrekken`,
    withdrawAccessText: (name: string) => `${name} kan dan niet meer in het familieportaal kijken en ook zelf geen nieuwe link aanvragen, tot u een nieuwe toegangscode stuurt. ${name} blijft in het dossier staan, met de brieven en documenten.`,
    withdrawAccessConfirm: 'Ja, toegang intrekken',
    roleOf: (name: string) => `Rol van ${name} in het portaal`,
    saveRole: 'Rol opslaan',
    noMembers: 'Nog geen familieleden vastgelegd.',
    addMember: 'Familielid toevoegen',
    name: 'Naam',
    email: 'E-mail (optioneel)',
    relation: 'Relatie tot de overledene',
    relationHint: 'bijv. partner, dochter',
    role: 'Rol (bepaalt welke documenten het portaal toont)',
    alsoHeir: 'Ook erfgenaam (voor een gemachtigde)',
    memberLanguage: 'Taal van de e-mails en het portaal',
    memberLanguages: { nl: 'Nederlands', en: 'Engels' },
    addMemberButton: 'Toevoegen en toegangscode maken',
    roles: { representative: 'Gemachtigde (ziet wat de erfgenamen zien)', heir: 'Erfgenaam', other: 'Overig (ziet alleen wat voor alle familieleden is)' } as Record<string, string>,
    audiences: { owner: 'Alleen ik (vaste contactpersoon)', representative: 'De gemachtigde', heirs: 'De erfgenamen en de gemachtigde', family: 'Alle familieleden' } as Record<string, string>,
    documents: 'Documenten',
    documentsCaption: 'Wie in de familie elk document ziet; onder “Wijzigen” kiest u een ander publiek, een nieuwe versie of intrekken.',
    audience: 'Wie ziet het',
    document: 'Document',
    added: 'Toegevoegd',
    history: 'Geschiedenis',
    change: 'Wijzigen',
    whoSees: (file: string) => `Wie in de familie ziet ${file}`,
    kindOf: (file: string) => `Wat ${file} is`,
    /** familyupload2: a kind corrected moves who sees it along (`audienceAfterKindCorrection`), told under the form and once done. */
    kindMovesAudience: 'Een andere soort neemt mee wie het ziet, tenzij u dat zelf koos.',
    kindCorrectedSeenBy: (audience: string) => `De soort is gecorrigeerd; de wijziging staat in de tijdlijn. Wie het nu ziet: ${audience}.`,
    describedAs: (file: string) => `Omschrijving van ${file}`,
    // docrest: her words go with the document to each provider; a BSN or an IBAN in them is more than it needs (AVG art. 5 lid 1 sub c).
    descriptionOversays: (file: string, what: string[]) =>
      `Let op: de omschrijving van ${file} lijkt ${listed(what, 'nl')} te bevatten. Brieven en de aanbiedersdesk noemen het document bij deze omschrijving; een aanbieder heeft dat nummer daarvoor niet nodig. Pas de omschrijving aan onder Wijzigen.`,
    oversaid: { bsn: 'een burgerservicenummer (BSN)', iban: 'een rekeningnummer (IBAN)' },
    // docrest: a description change is no correction of the document: no letter goes (README docrest says why).
    describedNoLetter: 'Een aanbieder die het document al kreeg, krijgt over een nieuwe omschrijving geen bericht: het document zelf blijft hetzelfde, en verstuurde brieven houden hun woorden. Is het document zelf fout, vervang het dan: wie het had, krijgt dan de juiste versie.',
    kindDropsDescription: (words: string) => `Kiest u een andere soort dan Overig, dan vervalt de omschrijving „${words}”: brieven noemen het document dan bij die soort.`,
    save: 'Opslaan',
    newVersion: (file: string) => `Nieuwe versie van ${file}`,
    replace: 'Vervangen',
    withdrawReason: (file: string) => `Reden om ${file} in te trekken`,
    withdraw: 'Intrekken',
    withdrawn: (date: string, reason: string) => `ingetrokken op ${date}: ${reason}`,
    replacedBy: (file: string) => `vervangen door ${file}`,
    newerVersion: 'een nieuwere versie',
    noDocuments: 'Nog geen documenten.',
    kind: 'Soort document',
    documentDescription: 'Omschrijving (alleen bij Overig, bijvoorbeeld: uittreksel Kamer van Koophandel)',
    documentDescriptionHint: 'Brieven noemen het document zo: „een document: uittreksel Kamer van Koophandel”. Zonder omschrijving heet het „een document”.',
    defaultAudience: 'De standaard voor deze soort',
    file: 'Bestand (PDF, PNG of JPEG, hoogstens 10 MB)',
    upload: 'Uploaden',
    letters: 'Brieven',
    notSent: 'Niet verstuurd',
    /** Why a report placed in the portal reached nobody (`NotSentBecause`), and what the owner does: hand it on. */
    notSentBecause: { 'portal-access-withdrawn': (name: string) => `${name} heeft geen toegang meer tot het familieportaal en kreeg geen bericht; geef dit verslag zelf door (per post of persoonlijk).` },
    passedOn: 'Doorgegeven',
    /** A report that reached nobody, passed on by the owner another way (`how` already in words). */
    passedOnText: (date: string, by: string, how: string, note: string | null) => `doorgegeven op ${date} door ${by} (${how})${note ? `: ${note}` : ''}`,
    lettersCaption: 'Elke brief van deze nalatenschap, de nieuwste eerst.',
    letter: 'Brief',
    addressee: 'Geadresseerde',
    date: 'Datum',
    enclosures: 'Bijlagen',
    noLetters: 'Nog geen brieven.',
    pdf: 'PDF',
    handover: 'Overdragen aan een andere specialist',
    handedOverBy: (from: string, date: string, reason: string) => `Overgedragen door ${from} op ${date}: ${reason}`,
    undo: (from: string) => `Overdracht terugdraaien: terug naar ${from}`,
    searchSpecialists: 'Specialisten zoeken op naam',
    newOwner: 'Nieuwe vaste contactpersoon',
    moreSpecialists: 'Meer specialisten passen: typ een deel van de naam om ze te vinden.',
    handoverReason: 'Reden (hoogstens 1000 tekens; de familie hoort wie het overneemt)',
    handoverButton: 'Overdragen…',
    noSpecialist: (q: string) => `Geen actieve specialist past bij “${q}”.`,
    noOtherSpecialist: 'Er is geen andere actieve specialist om aan over te dragen.',
    confirmTitle: 'Overdracht bevestigen',
    /** docreplace: a corrected version goes to the providers that had the earlier one only when she confirms it. */
    correctionTitle: 'Correctiebrief sturen',
    correctionHeading: (file: string) => `De gecorrigeerde versie ${file} sturen aan wie de eerdere had?`,
    correctionText: (providers: string[], oldFile: string, kind: string, documentKind: string) =>
      `${listed(providers, 'nl')} ${providers.length > 1 ? 'kregen' : 'kreeg'} de eerdere versie (${oldFile}). ${providers.length > 1 ? 'Elk krijgt' : 'Die krijgt'} een korte brief met de gecorrigeerde versie als bijlage: „Op … stuurde ik u ${nlAgreeing(documentKind).the} ${kind}. Daarin stond een fout; hierbij de gecorrigeerde versie.” Tot die brief gaat, ziet de aanbieder in het loket alleen de versie die hij kreeg.`,
    correctionNone: 'Geen aanbieder kreeg de eerdere versie zonder de gecorrigeerde al te hebben gekregen: er is niets te sturen.',
    correctionSend: 'Correctiebrief sturen',
    correctionLater: 'Niet nu',
    correctionLink: 'Correctiebrief aan wie de eerdere versie kreeg',
    confirmHeading: (estate: string, to: string) => `De nalatenschap van ${estate} overdragen aan ${to}?`,
    reason: (reason: string) => `Reden: ${reason}`,
    confirmText: (to: string) => `${to} wordt de vaste contactpersoon en ziet dat op de lijst Vandaag en per e-mail; de familie hoort dat ${to} nu hun contactpersoon is. De overdracht kan 24 uur lang worden teruggedraaid.`,
    confirm: 'Overdracht bevestigen',
    cancel: 'Annuleren',
    undoTitle: 'Overdracht terugdraaien',
    notUndone: 'De overdracht is niet teruggedraaid.',
    backToToday: 'Terug naar Vandaag',
    timeline: 'Tijdlijn',
    back: (name: string, reference: string) => `Terug naar ${name} (${reference})`,
    contractStates: CONTRACT_STATES_NL,
    /** kifidrest: `withCommittee` where the body is Kifid (`heardByKifid`: a bank, a life or property insurer), on every list of contracts. */
    withKifid: 'bij Kifid',
    documentKinds: DOCUMENT_KINDS_NL,
    letterKinds: {
      cancellation: 'opzegging', transfer: 'overzetting', information_supplied: 'aanvullende informatie', reminder: 'herinnering', escalation: 'klacht',
      dispute: 'bezwaar tegen factuur', dispute_escalation: 'bezwaar opgeschaald', collection_stop: 'verzoek incassostop', withdrawal: 'intrekking', rejection_complaint: 'klacht over afwijzing',
      correction: 'correctie', bill_correction: 'factuurcorrectie', dispute_withdrawal: 'bezwaar ingetrokken', release_reminder: 'herinnering vrijgave saldo', reminder_withdrawal: 'herinnering vrijgave saldo ingetrokken', refund_reminder: 'herinnering terugbetaling', repayment_request: 'verzoek tot terugbetaling (vordering ingetrokken)', collection_ended: 'incasso beëindigd (aan incassobureau)', collection_end_undone: 'correctie: incasso niet beëindigd (aan incassobureau)', repayment_withdrawn: 'verzoek tot terugbetaling ingetrokken (vordering niet ingetrokken)', document_erasure: 'verwijderverzoek', document_correction: 'gecorrigeerd document', contact_change: 'nieuwe contactpersoon', progress_report: 'voortgangsverslag', final_report: 'eindverslag',
    } as Record<string, string>,
    /** bankletters (audit79 LET-1): a bank's letters by what they ask (`letterKindNamed`): its request the block and the balance, no „opzegging"; its dispute the costs, no „factuur". */
    bankLetterKinds: { cancellation: 'blokkering en saldo', dispute: 'bezwaar tegen kosten', bill_correction: 'correctie bezwaar tegen kosten' } as Record<string, string>,
    /** audit105 (F3): an insurer's letters as their titles say (letters/title.ts `insuranceTitle`, notawords): its request the death notified, its bills „nota's". */
    insurerLetterKinds: { cancellation: 'melding van overlijden', dispute: 'bezwaar tegen nota', bill_correction: 'correctie bezwaar tegen nota' } as Record<string, string>,
    /**
     * audit105 (F3): a pension fund's request is titled as an insurer's (`asksPension`): the death notified, its payments asked stopped;
     * stop72mends: its dispute as its letter's title names its bill, a recovery (`fundTitles`).
     */
    fundLetterKinds: { cancellation: 'melding van overlijden', dispute: 'bezwaar tegen terugvordering', bill_correction: 'correctie bezwaar tegen terugvordering' } as Record<string, string>,
    delivery: { not_applicable: 'geen bezorging', pending: 'nog niet bezorgd', delivered: 'bezorgd', failed: 'niet bezorgd', queued_for_print: 'wacht op de printbatch', printed: 'klaar voor de post', posted: 'op de post gedaan' } as Record<string, string>,
    letterStatus: { sent: 'verstuurd', blocked: 'tegengehouden' } as Record<string, string>,
    /** A letter by post once its batch was marked posted: the day it went into the mail. */
    postedOn: (date: string) => `op de post gedaan op ${date}`,
    /** audit101rest: her API's `deliveryText` names whom a posted letter went to, as `deliveryTo` does an e-mail. */
    postedToOn: (to: string, date: string) => `op de post gedaan aan ${to} op ${date}`,
    /** An e-mail delivered on a later day than its date: one a crashed worker had claimed goes again unchanged (`LettersService.deliver`). */
    remadeAs: (date: string) => `niet bezorgd, vervangen door de brief van ${date}`,
    remadeUnsent: (date: string) => `niet verstuurd, vervangen door de brief van ${date}`,
    /**
     * returnedpost: a posted letter that came back; why, as the envelope said; the letter made anew from it, whose term runs now;
     * returnedpages: until that letter is made, that it is being made (`beingMade`), as Today says.
     */
    returned: (date: string, reason: string | null, remadeOn: string | null, beingMade: boolean) =>
      `teruggekomen op ${date} (niet bezorgd)${reason ? `: ${reason}` : ''}${remadeOn ? `; vervangen door de brief van ${remadeOn}, de termijn loopt vanaf die brief` : beingMade ? '. Er wordt een nieuwe brief gemaakt' : ''}`,
    /** returnedpages: she recorded that she checked the address of a letter that came back (`returned.addressCheckedBy`, `addressCheckedAt`). */
    returnChecked: (by: string, date: string) => `Adres gecontroleerd door ${by} op ${date}`,
    deliveredOn: (date: string) => `bezorgd op ${date}`,
    /** digest3: her API's `deliveryText` names who the letter was for (`recipient`: the provider, the agency), where it says whether it arrived. */
    deliveryTo: { pending: (to: string) => `nog niet bezorgd bij ${to}`, delivered: (to: string) => `bezorgd bij ${to}`, failed: (to: string) => `niet bezorgd bij ${to}` } as Record<string, (to: string) => string>,
    deliveredToOn: (to: string, date: string) => `bezorgd bij ${to} op ${date}`,
    /** An e-mail not delivered yet within its quarter of an hour (`beingSent`): what the contract's page says of it too; after it, `delivery.pending`. */
    beingSent: 'wordt verstuurd',
    /** An e-mail the mail server had whole and never answered (`mayHaveArrived`): it goes again unchanged, its Message-ID lets the provider see a second copy for what it is. */
    /**
     * deliverywords: a letter set apart before it went out (`setApartReason`) never left the office: „niet verstuurd" and why, only what the
     * record says (the history's line says it at length: `letterSettledBeforePost` and the rest). deskundo: `dropUndone`.
     */
    setApartBecause: {
      settled: 'niet verstuurd: de factuur is afgehandeld voordat de brief wegging',
      answered: 'niet verstuurd: op de factuur is geantwoord voordat de brief wegging',
      takenBack: 'niet verstuurd: de blokkering is ingetrokken voordat de brief wegging',
      corrected: 'niet verstuurd: een gegeven erin werd gecorrigeerd voordat de brief wegging',
      readdressed: 'niet verstuurd: het adres van de ontvanger werd gecorrigeerd in het adressenbestand voordat de brief wegging',
      rechannelled: 'niet verstuurd: volgens het adressenbestand ontvangt de ontvanger brieven voortaan op een andere manier',
      readdressedAfterDownload: 'niet verstuurd: de brief zat in een gedownloade printbatch, maar ging niet op de post; daarna werd het adres van de ontvanger gecorrigeerd in het adressenbestand',
      restored: 'niet verstuurd: het adres in het adressenbestand is teruggezet naar het adres waar een eerdere brief al heen ging',
      restoredAfterDownload: 'niet verstuurd: de brief zat in een gedownloade printbatch, maar ging niet op de post; daarna is het adres in het adressenbestand teruggezet naar het adres waar een eerdere brief al heen ging',
      collectedAgain: 'niet verstuurd: het incassobureau stuurde een nieuwe incassobrief voordat de brief wegging',
      dropUndone: 'niet verstuurd: de intrekking werd teruggedraaid voordat de brief wegging',
      languageCorrected: 'niet verstuurd: de taal van het incassobureau werd gecorrigeerd voordat de brief wegging; ons verzoek de incasso op te schorten gaat nu in die taal',
      termPassed: 'niet verstuurd: de termijn erin was al voorbij voordat hij geprint werd',
      notRemade: 'niet verstuurd: de termijn erin was al voorbij voordat hij geprint werd, en wat de brief vroeg is sindsdien beantwoord of achterhaald',
    } satisfies Record<SetApartReason, string>,
    /** audit101rest: her API's `deliveryText` (`addressee`) names the recipient in the reasons that say „de ontvanger" or „het incassobureau" (collrest: its letters go to the agency). */
    setApartNamed: {
      readdressed: (to: string) => `niet verstuurd: het adres van ${to} werd gecorrigeerd in het adressenbestand voordat de brief wegging`,
      rechannelled: (to: string) => `niet verstuurd: volgens het adressenbestand ontvangt ${to} brieven voortaan op een andere manier`,
      readdressedAfterDownload: (to: string) => `niet verstuurd: de brief zat in een gedownloade printbatch, maar ging niet op de post; daarna werd het adres van ${to} gecorrigeerd in het adressenbestand`,
      collectedAgain: (to: string) => `niet verstuurd: ${to} stuurde een nieuwe incassobrief voordat de brief wegging`,
    } satisfies Partial<Record<SetApartReason, (to: string) => string>>,
    mayHaveArrived: 'mogelijk bezorgd: de mailserver bevestigde de ontvangst niet; Steward verstuurt dezelfde e-mail opnieuw, met hetzelfde berichtkenmerk',
    /** The notice after "Gekozen verzoeken versturen": per chosen contract what happened to it. */
    sendOutcome: {
      allSent: (n: number) => (n === 1 ? 'Het verzoek is verstuurd.' : `Alle ${n} verzoeken zijn verstuurd.`),
      /** None held, not all with the provider yet (a letter still made, an e-mail not delivered, a letter waiting for the post). */
      underway: (n: number) => (n === 1 ? 'Het verzoek wordt verstuurd.' : `De ${n} verzoeken worden verstuurd; hieronder staat hoe ver elk is.`),
      someHeld: (held: number, total: number) => `${held} van de ${total} verzoeken ${held === 1 ? 'is' : 'zijn'} niet verstuurd. Hieronder staat waarom.`,
      sent: 'Verstuurd',
      beingSent: 'Wordt verstuurd',
      notSent: 'Niet verstuurd',
      viaDesk: (provider: string) => `via het loket van ${provider}`,
      byEmail: (address: string) => `per e-mail aan ${address}`,
      byEmailToProvider: 'per e-mail aan de organisatie',
      byPost: 'per post: klaargezet voor de volgende printbatch',
      printed: 'per post: geprint, klaar voor de post',
      posted: 'per post (op de post gedaan)',
      writing: (how: string) => `de brief wordt nu gemaakt en gaat ${how}`,
      missing: (documents: string, many: boolean) => `${documents} ${many ? 'ontbreken' : 'ontbreekt'}: voeg ${many ? 'ze' : 'het document'} toe bij Documenten`,
      brp: (provider: string) => `${provider} hoort het overlijden via de BRP; er gaat geen brief. Controleer het bij ${provider} (de taak staat op Vandaag)`,
      blocked: (reasons: string) => `de brief is tegengehouden: ${reasons}. Corrigeer dit en maak de brief opnieuw (op Vandaag)`,
      emailFailed: (address: string) => `de e-mail aan ${address} kwam niet aan`,
      inState: (state: string) => `het contract staat op „${state}”`,
      tryAgain: 'het contract werd op hetzelfde moment gewijzigd; probeer het opnieuw',
      chooseFirst: 'Kies eerst een of meer contracten om te versturen.',
      busy: 'Bezig met versturen…',
    },
  },

  contract: {
    // The bills of this contract the estate owes; a payment is recorded here (or by the family's representative in the portal).
    billsOwed: 'Te betalen uit de nalatenschap',
    billsOwedText: 'De nalatenschap is deze facturen verschuldigd. Zet er de betaaldatum bij zodra ze betaald zijn; het aanspreekpunt van de familie kan dat ook in het portaal.',
    /** `untilEnd`: the part up to the end date of a bill disputed in part, owed while the rest is disputed (our dispute letter accepts it). */
    billOwed: (reference: string, amount: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, untilEnd: boolean | 'transfer' = false, agency: string | null = null, afterEnd: boolean | string = false, premium: { due: string | null } | null = null, overdrawn: { on: string | null } | null = null, charge = false) =>
      agency !== null ? claimNl(agency, reference, amount) : finalBill === 'repaidAgain' ? capitalised(repaidAgainNl(amount)) : `${overdrawn !== null ? capitalised(overdraftNl(reference, overdrawn.on)) : finalBill === 'recovery' ? `Terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: ${reference})` : finalBill ? `Eindafrekening (kenmerk van de aanbieder: ${reference})` : premium ? capitalised(premiumNl(reference)) : charge ? capitalised(chargeNl(reference)) : `Factuur ${reference}`}${(charge ? chargePartNl : billPartNl)(untilEnd, afterEnd)}, ${amount}${dueNl(premium)}`,
    owedSince: (date: string) => `verschuldigd sinds ${date}`,
    paidOn: (date: string) => `betaald op ${date}`,
    // A bill a correction raised after it was paid: still to pay for the rest.
    partlyPaid: (rest: string, paid: string, date: string) => `nog ${rest} te betalen; ${paid} betaald op ${date}`,
    paidOnLabel: 'Betaald op',
    markPaid: 'Betaald',
    /** The next step of a contract done with the provider while the estate still owes a bill of it (`billOwed` each, listed): not "nothing more to do". */
    stillToPayNext: (bills: string) => `Nog te betalen uit de nalatenschap: ${bills}. Leg de betaling hieronder vast zodra die gedaan is; pas dan is er niets meer te doen voor dit contract.`,
    undoPaid: 'Betaling terugdraaien',
    /** A payment of a closed estate: its final report names it, so no undo is offered (it would be refused, 409 `estate-closed`): how to get there. */
    /** dropdesk: the undo of a final bill's payment is not offered once the repayment letter named it (`paidAskedBackUndo`). */
    undoPaidAskedBack: (provider: string, on: string) => `de brief van ${on} vraagt ${provider} dit bedrag terug te betalen en noemt deze betaling; klopt ze niet, laat het ${provider} dan weten`,
    undoPaidClosed: 'het eindverslag noemt deze betaling; terugdraaien kan na heropenen van het dossier (bovenaan de pagina van de nalatenschap)',
    // refund: money the provider confirmed it owes the estate (a final bill below nil), followed until it reached the estate account.
    refundsToReceive: 'Terug te ontvangen',
    /** The refund as the contract and estate pages list it: provider, the confirmation's kenmerk, what is still to come and what came. */
    refundToReceive: (provider: string, reference: string | null, left: string, amount: string, received: { amount: string; on: string } | null) =>
      `${provider}, eindafrekening${reference ? ` ${reference}` : ''}, ${received ? `nog ${left} van ${amount} (${received.amount} ontvangen, laatst op ${received.on})` : amount}`,
    refundExpectedBy: (date: string) => `verwacht uiterlijk ${date} (termijn van Steward: 30 dagen na de bevestiging, geen wettelijke termijn)`,
    refundLateSince: (date: string) => `niet ontvangen — te laat sinds ${date}`,
    refundReminded: (on: string, payBy: string) => `niet ontvangen — herinnering gestuurd op ${on}; betaling gevraagd uiterlijk ${payBy} (termijn van Steward: 14 dagen, geen wettelijke termijn)`,
    refundReceivedAll: (amount: string, on: string) => `${amount} ontvangen (laatst op ${on})`,
    /** refundclose: the provider's report at its desk that it paid: its word beside her receipt form, not a receipt. */
    /** refunddesk: its reports added up, each named when there are several (`each`: „€ 20,00 op 3 januari 2027"). */
    /** askclose: with each transfer's reference where the provider gave one, so that she finds it on the estate account. */
    refundPaidReported: (provider: string, amount: string, on: string, each: { amount: string; on: string; reference?: string }[]) =>
      `${provider} meldt ${each.length > 1 ? `in totaal ${amount} overgemaakt (${each.map((e) => `${e.amount} op ${e.on}${e.reference ? `, kenmerk ${e.reference}` : ''}`).join(each.some((e) => e.reference) ? '; ' : ', ')})` : `${amount} overgemaakt op ${on}${each[0]?.reference ? ` met kenmerk ${each[0].reference}` : ''}`}. Dat is de melding van ${provider}, nog geen ontvangst: kijk op de rekening van de nalatenschap en leg hieronder vast wat er binnenkwam.`,
    /** The next step of a contract done with the provider while its refund has not all come: not "nothing more to do". */
    refundNext: (refund: string) => `Terug te ontvangen: ${refund}. Leg de ontvangst hieronder vast zodra het bedrag op de rekening van de nalatenschap staat; pas dan is er niets meer te doen voor dit contract.`,
    /** Beside a bill the estate still owes the same provider: both are shown, never netted silently; a set-off (art. 6:127 BW) is hers to decide. */
    refundBesideBill: 'De nalatenschap moet deze aanbieder ook nog betalen. Beide bedragen staan hier naast elkaar; of u ze met elkaar verrekent (art. 6:127 BW), beslist u zelf.',
    refundReceivedLabel: 'Ontvangen bedrag',
    refundReceivedOnLabel: 'Ontvangen op',
    markRefundReceived: 'Ontvangst vastleggen',
    undoRefundReceived: 'Laatste ontvangst terugdraaien',
    /** askback: money asked back by letter (a final bill paid before the drop), followed as a refund. */
    askedBackToReceive: 'Teruggevraagd',
    askedBackOn: (provider: string, askedOn: string, afterDrop: boolean) => `betaald ${afterDrop ? 'nadat' : 'voordat'} ${provider} de vordering liet vallen; per brief teruggevraagd op ${askedOn}`,
    /**
     * askclose: the status box of a contract done with its provider while the money asked back has not all come (`left`: once part
     * came), and its next step: record the receipt, or the reminder Today offers after the letter's day (`late`: offered already).
     */
    askedBackStatus: (provider: string, amount: string, afterDrop: boolean, reference: string, askedOn: string, left: string | null) =>
      `${provider} liet de vordering vallen; de ${amount} die ${afterDrop ? 'daarna nog' : 'al'} betaald was op eindafrekening ${reference} is op ${askedOn} per brief teruggevraagd. ${left ? `Daarvan is ${left} nog niet ontvangen.` : 'Dat is nog niet ontvangen.'}`,
    askedBackNext: (provider: string, payBy: string, late: boolean) =>
      `Leg de ontvangst vast onder „Teruggevraagd” zodra het bedrag op de rekening van de nalatenschap staat. ${late ? `De termijn liep af op ${payBy}: stuur ${provider} een herinnering (hieronder of op Vandaag).` : `Staat het er na ${payBy} nog niet, dan zet Vandaag de herinnering aan ${provider} voor u klaar.`}`,
    askedBackExpectedBy: (date: string) => `terugbetaling gevraagd uiterlijk ${date} (termijn van Steward: 14 dagen, geen wettelijke termijn)`,
    /** v12: the answer form's "volgt later" (README, "infolater"). */
    followsLater: 'Volgt later',
    followsLaterHint: 'Heeft u een gevraagd document nog niet (de verklaring van erfrecht van de notaris duurt vaak weken)? Stuur wat u heeft en vink aan wat later volgt. De brief zegt dat het later volgt, en de datum als u die invult; de vraag blijft dan op Vandaag staan met die datum als termijn (zonder datum: 5 werkdagen).',
    /** After a kept rejection's note: rejected, the new one goes with the request amended and sent again (README, familyrest2); while the complaint runs, she sends it outside Steward. */
    answerWithdrawnNext: (rejected: boolean): string =>
      rejected
        ? 'Een nieuwe stuurt u mee door het verzoek aan te passen (kies het document) en opnieuw te versturen. Is die niet nodig? Markeer de melding dan als afgehandeld.'
        : 'Heeft u een nieuwe gestuurd, of is die niet nodig? Markeer de melding dan als afgehandeld.',
    followsLaterOf: (document: string) => `${document} volgt later`,
    otherItemsSent: 'Wat u nu meestuurt als document van de soort Overig',
    otherItemsSentHint: 'Er zou meer dan één ding later volgen. Vink aan wat het overige document is dat u nu meestuurt; wat u niet aanvinkt, blijft openstaan en de brief zegt dat het nog volgt.',
    followsLaterOther: 'Iets anders dat later volgt (mag leeg)',
    followsLaterOtherHint: 'Bijvoorbeeld: het ingevulde claimformulier van de verzekeraar. De brief noemt het zoals u het hier schrijft en vraagt de aanbieder pas af te ronden als het er is. Stuur het later mee als document van de soort Overig.',
    expectedOn: 'Verwacht op (mag leeg)',
    enclosedChoices: 'Documenten om mee te sturen',
    noEnclosable: 'Geen documenten van deze nalatenschap kunnen worden meegestuurd (uploads van de familie en het testament nooit).',
    question: 'Wat de aanbieder vraagt',
    documentsAsked: 'Gevraagde documenten',
    present: 'aanwezig, hieronder aan te vinken',
    neverSent: 'gaat nooit mee; uw antwoordbrief zegt dat en waarom',
    missing: 'ontbreekt nog',
    /** README, "An answer encloses what was asked": the service refuses an answer without one (422 `documents-asked`). */
    askedGoWith: 'Het antwoord gaat pas weg met elk gevraagd document erbij (een testament of bankafschrift gaat nooit mee: dat beantwoordt u in woorden).',
    uploadHere: 'Document uploaden',
    uploadHint: 'Het document komt bij de nalatenschap en staat daarna aangevinkt bij “Informatie aanleveren” hieronder.',
    forms: {
      acknowledge: 'Aanbieder heeft de ontvangst bevestigd',
      complete: 'Aanbieder heeft bevestigd',
      'completion-corrected': 'Bevestiging van de aanbieder corrigeren',
      'request-information': 'Aanbieder vraagt om informatie',
      reject: 'Aanbieder heeft het verzoek afgewezen',
      'information-supplied': 'Informatie aanleveren',
      amend: 'Verzoek aangepast, klaar om opnieuw te versturen',
      complain: 'Klacht indienen',
      'dispute-resolved': 'Opgelost: factuur ingetrokken, geaccepteerd of incasso gestopt',
      'credit-note-sent': 'Aanbieder stuurde een creditnota of gecorrigeerde eindafrekening',
      /** bankdispute: the same answer from a bank, which books its charge back. */
      'charge-booked-back': 'Bank heeft de kosten teruggeboekt',
      /** bankforms: the other forms of a bank's disputed costs, in its words (its desk's „Kosten ingetrokken"). */
      'charge-dispute-resolved': 'Opgelost: kosten ingetrokken, geaccepteerd of incasso gestopt',
      'charge-withdrawn': 'De bank heeft de kosten ingetrokken',
      'charge-corrected': 'Kosten corrigeren',
      /** dropmore: the drop's forms for a bank, which drops costs. */
      'charge-drop-undone': 'Kosten per vergissing als ingetrokken vastgelegd: terugdraaien',
      'charge-drop-day-corrected': 'Dag corrigeren waarop de bank de kosten liet vallen',
      'invoice-withdrawn': 'Aanbieder heeft de factuur ingetrokken',
      'dispute-rejected': 'Aanbieder wees ons bezwaar af',
      'invoice-after-end': 'Er kwam een factuur na de einddatum',
      /** bankowner: the same form for a bank, which charges costs to the account. */
      'charge-after-end': 'De bank bracht kosten in rekening na de bevestigde datum',
      'bill-owed': 'Premie vastleggen die de nalatenschap betaalt',
      'bill-corrected': 'Factuur corrigeren',
      'collection-notice': 'Een incassobureau schreef',
      /** v22: the agency's letter recorded with a typo, corrected. */
      'collection-notice-corrected': 'Brief van het incassobureau corrigeren',
      /** committee (v22): she took the bill's dispute to the complaints body; later, what it decided. */
      'committee-filed': 'Geschil ingediend bij de geschillencommissie',
      'committee-decision': 'Uitspraak van de geschillencommissie vastleggen',
      'committee-filing-corrected': 'Indiening bij de geschillencommissie corrigeren',
      /** decisionfix: the decision she recorded, corrected. */
      'committee-decision-corrected': 'Uitspraak van de geschillencommissie corrigeren',
      /** kifidowner: a bank's costs go to Kifid. */
      'charge-committee-filed': 'Geschil over de kosten ingediend bij Kifid',
      'charge-committee-decision': 'Uitspraak van Kifid vastleggen',
      'charge-committee-filing-corrected': 'Indiening bij Kifid corrigeren',
      'charge-committee-decision-corrected': 'Uitspraak van Kifid corrigeren',
      /** kifidwords: a life or property insurer's nota goes to Kifid, no disputes committee. */
      'kifid-committee-filed': 'Geschil over de nota ingediend bij Kifid',
      'kifid-committee-decision': 'Uitspraak van Kifid vastleggen',
      'kifid-committee-filing-corrected': 'Indiening bij Kifid corrigeren',
      'kifid-committee-decision-corrected': 'Uitspraak van Kifid corrigeren',
      /** factuurwords: a health insurer's nota goes to the SKGZ (`complaints-bodies`' SKGZ: its Ombudsman, then its Geschillencommissie Zorgverzekeringen). */
      'skgz-committee-filed': 'Geschil over de nota ingediend bij de SKGZ',
      'skgz-committee-decision': 'Uitspraak van de SKGZ vastleggen',
      'skgz-committee-filing-corrected': 'Indiening bij de SKGZ corrigeren',
      'skgz-committee-decision-corrected': 'Uitspraak van de SKGZ corrigeren',
      /** dropcorr: a provider's drop she recorded by mistake, undone; or its day corrected. */
      'drop-undone': 'Intrekking per vergissing vastgelegd: terugdraaien',
      'drop-day-corrected': 'Dag van de intrekking corrigeren',
      /** agencyundo2: the agency's own stop she recorded by mistake, undone. */
      'agency-stop-undone': 'Melding van het incassobureau per vergissing vastgelegd: terugdraaien',
      'collection-stopped': 'Antwoord op ons verzoek de incasso op te schorten vastleggen',
      'balance-released': 'Bank meldt: saldo overgemaakt naar de boedelrekening',
      withdraw: 'Verzoek intrekken',
      'take-back-confirmation': 'Intrekken: per vergissing vastgelegd',
      /** deskback: the provider took its rejection back by phone, post or e-mail (v20). */
      'rejection-withdrawn': 'Aanbieder trok de afwijzing in',
    } as Record<string, string>,
    providerReference: 'Kenmerk van de aanbieder (optioneel)',
    /** How the owner received the provider's answer she records (README, receivedvia): the desk thread and later letters say it. */
    receivedVia: 'Hoe ontving u dit antwoord?',
    receivedViaIfWithdrawn: 'Liet de aanbieder de rekening vallen? Hoe ontving u dit antwoord?',
    chooseReceivedVia: 'Kies hoe het antwoord binnenkwam',
    receivedVias: { phone: 'telefonisch', post: 'per post', email: 'per e-mail' },
    /** collwho: who answered our collection stop, and what it did (the owner's history and the family read both). */
    collectionAnsweredBy: 'Wie antwoordde?',
    chooseCollectionAnsweredBy: 'Kies wie antwoordde',
    collectionHalt: 'Wat deed die met de incasso?',
    chooseCollectionHalt: 'Kies wat er gebeurde',
    collectionHalts: { stopped: 'Gestopt', suspended: 'Opgeschort zolang het bezwaar loopt' },
    providerReferenceRequired: 'Kenmerk van de aanbieder',
    effectiveDate: 'Einddatum of datum van overzetting',
    /**
     * deskanswer2: a bank's or insurer's answer recorded by the owner (it asked no end): what was done, its facts and its date
     * labelled by what was asked, as the desk asks them (`answersFitting`, provider catalogue `doneChoices`, `answerDate`).
     */
    answerDone: 'Wat heeft de organisatie gedaan?',
    chooseDone: 'Kies wat de organisatie heeft gedaan',
    doneChoices: DONE_CHOICES_NL,
    answerDate: { bank: 'Datum: saldo per (meestal de datum van overlijden)', health: 'Afgewikkeld per', pension: 'Pensioenbetalingen gestopt per', other: 'Datum van het antwoord' },
    balance: 'Saldo op die datum in euro (optioneel; rood staan met een minteken)',
    balanceReleased: 'Het saldo is overgemaakt naar de boedelrekening',
    /** bankrelease: the release of a blocked balance, recorded by the owner. */
    releasedOn: 'Datum van de overboeking',
    releasedAmount: 'Overgemaakt bedrag in euro (optioneel)',
    releasedNote: 'Toelichting van de bank (optioneel)',
    /** deskback: what the provider said as it took its rejection back; the desk reads it, the family does not. */
    rejectionWithdrawnNote: 'Wat zei de aanbieder? (optioneel)',
    payoutAmount: 'Uitgekeerd bedrag in euro (optioneel)',
    payoutTo: 'Aan wie (optioneel)',
    coverUntil: 'De dekking loopt voor de nalatenschap door tot en met (optioneel)',
    finalInvoice: 'Eindafrekening in euro (optioneel; een terugbetaling met een minteken)',
    /** fundanswer: a pension fund's answer as the owner records it, the fields its desk's form has. */
    recoveryAmount: 'Terugvordering van te veel betaald pensioen in euro (optioneel)',
    survivorPension: 'Volgt er een nabestaandenpensioen?',
    survivorNotStated: 'Niet vermeld',
    survivorChoices: { follows: 'Ja, er volgt een nabestaandenpensioen', none: 'Nee, er volgt geen nabestaandenpensioen' } as Record<SurvivorPension, string>,
    survivorWritesTo: 'Aan wie schrijft het fonds daarover (optioneel)',
    providerNeeds: 'Wat de aanbieder nodig heeft',
    reasonGiven: 'Opgegeven reden',
    supplied: 'Wat is aangeleverd (komt in de brief)',
    /** The owner's answer to the provider's rejection: the request sent again and the desk quote it. */
    rejectionAnswer: 'Antwoord op de afwijzing (komt in de brief)',
    /** The documents a rejected request sent again carries, as she chooses them (README, familyrest2). */
    amendDocuments: 'Documenten om met het verzoek mee te sturen, zoals een nieuwe of gecorrigeerde waar de afwijzing over ging',
    /** What the owner changed, for the case file only: the provider reads the answer above, never this. */
    amendNote: 'Wat is gecorrigeerd (alleen voor het dossier)',
    /** v9: the owner's grounds for a complaint about the rejection: the complaint letter and the desk quote them. */
    complaintGrounds: 'Waarom de afwijzing niet klopt (komt in de klachtbrief)',
    /** v14: why the owner takes back a confirmation she recorded (her own record only). */
    takeBackReason: 'Wat ging er mis (alleen voor het dossier)',
    takeBackHint: 'Het contract gaat terug naar waar het vóór deze bevestiging stond, met de termijn van toen. De aanbieder krijgt geen brief; de familie leest dat de bevestiging is ingetrokken.',
    /** remindwithdraw: a block the bank's reminder of the release named: the take-back withdraws that reminder by letter. */
    takeBackReminderHint: (provider: string, date: string, waits: boolean) =>
      `Het contract gaat terug naar waar het vóór deze blokkering stond, met de termijn van toen. ${
        waits
          ? `De herinnering van ${date} aan ${provider} die deze blokkering noemt, is nog niet verstuurd; die gaat niet weg.`
          : `${provider} kreeg op ${date} een herinnering die deze blokkering noemt; ${provider} krijgt een brief die die herinnering intrekt.`
      } De familie leest dat de blokkering is ingetrokken.`,
    /** v14: why the contract page offers no take-back of the confirmation (the API would answer 409). */
    takeBackRefused: {
      providersWord: (provider: string) => `Intrekken kan niet: ${provider} gaf deze bevestiging zelf in het loket. Klopt hij niet, corrigeer hem dan.`,
      told: (letters: string) => `Intrekken kan niet meer: na deze bevestiging is al verstuurd: ${letters}. Klopt hij niet, corrigeer hem dan.`,
      /** audit90 G7b: a letter that went out since, told apart from its twins of a day by the bill it disputes (only a dispute, „bezwaar tegen factuur", names one), else its recipient. */
      letter: (kind: string, bill: string | null, recipient: string | null, date: string) => `${kind}${bill ? ` ${bill}` : recipient ? ` aan ${recipient}` : ''} (${date})`,
      /** askwords: a kind whose label names its recipient („(aan incassobureau)") named beside the recipient itself: one naming, not two. */
      kindsToRecipient: { collection_ended: 'bericht incasso beëindigd', collection_end_undone: 'correctie: incasso niet beëindigd' } as Record<string, string>,
      none: 'Intrekken kan niet: er is geen vastgelegde bevestiging.',
    },
    complaintHint: 'De aanbieder krijgt een klachtbrief met zijn afwijzing en uw bezwaren, en vier weken voor een gemotiveerd antwoord.',
    ownWordsInLetter: (provider: string, language: string) => `De brief aan ${provider} is in het ${language}: uw woorden komen erin zoals u ze typt, onvertaald.`,
    resolved: 'Hoe het is opgelost',
    /** v4: which open bill an answer is about, while several are open. */
    whichBill: 'Over welke factuur',
    chooseBill: 'Kies de factuur',
    allBills: 'Alle betwiste facturen',
    /** What happens with the bills settled: the family is told whether to pay them. */
    outcome: 'Wat er met de rekening gebeurt',
    chooseOutcome: 'Kies wat er met de rekening gebeurt',
    outcomes: { payFromEstate: 'Wordt betaald uit de nalatenschap (de aanbieder houdt eraan vast)', alreadyPaid: 'Is al betaald', providerWithdrew: 'De aanbieder heeft de rekening alsnog laten vallen' },
    credited: 'Bedrag van de creditnota in euro',
    creditNote: 'Nummer of notitie (optioneel)',
    withdrawnHow: 'Hoe de aanbieder dat liet weten (optioneel)',
    /** pickwords: the provider or the agency answered, so the note names neither. */
    collectionToldOn: 'Datum van het antwoord, als dat vóór vandaag was (optioneel; de brief aan het incassobureau noemt die dag)',
    collectionNote: 'Toelichting bij het antwoord (optioneel)',
    /** toldon: the day the provider said it withdrew a bill, when she records it later. */
    withdrawnToldOn: 'Datum waarop de aanbieder dit liet weten, als dat vóór vandaag was (optioneel; uw geschiedenis, de familie en de brief aan het incassobureau noemen die dag)',
    /** collowner: the desk's own choice (`claimDropped`), said of the provider. */
    claimDropped: (provider: string) => `${provider} liet de hele vordering vallen: alle openstaande facturen van dit contract, ook de eindafrekening, zijn ingetrokken`,
    invoiceDate: 'Datum op de factuur',
    periodFrom: 'Eerste gefactureerde dag',
    periodTo: 'Laatste gefactureerde dag',
    amount: 'Bedrag in euro',
    invoiceNumber: 'Factuurnummer',
    dueOnBill: 'Uiterlijk te betalen op (als de factuur het noemt)',
    /** famgap: a relative's report of a bill waiting on the contract, which the bill recorded here may answer (it is then handled with it). */
    answersReport: 'Beantwoordt deze rekening een melding van de familie?',
    reportAnswered: (who: string, date: string, bill: string | null) => `Ja, de melding van ${who} van ${date}${bill ? ` (${bill})` : ''}`,
    noReportAnswered: 'Nee, het is een andere rekening',
    chooseReportAnswered: 'Kies of deze rekening een melding beantwoordt',
    premiumOwedHint: 'De verzekering loopt door voor de nalatenschap: de premie is een schuld van de nalatenschap. Er gaat geen brief uit; de factuur komt bij wat uit de nalatenschap betaald moet worden.',
    committeeFiledHint: 'Leg vast op welke dag u het geschil indiende. Zolang de commissie het heeft, vraagt Steward u niet meer te beslissen over deze rekening; na twaalf weken herinnert Steward u eraan te kijken hoe het ervoor staat.',
    committeeFiledOn: 'Datum van indienen',
    /** comcorr: the correction of the filing; both particulars as they should have been. */
    committeeFilingCorrectedHint: 'Vul de dag van indienen en het zaaknummer in zoals ze hadden moeten zijn; laat het zaaknummer leeg als er geen is. Uw geschiedenis houdt wat u eerder vastlegde. Verandert de dag, dan telt de herinnering van twaalf weken vanaf de nieuwe dag.',
    /** decisionfix: the correction of the decision, naming its bill as its provider bills it („factuur F-9", „de kosten met kenmerk AB-1", „nota P-1"). */
    committeeDecisionCorrectedHint: (bill: string) => `Vul de uitspraak over ${bill} in zoals die had moeten zijn. Uw geschiedenis houdt wat u eerder vastlegde.`,
    /** dropcorr: the drop the forms are about, as she recorded it. */
    dropUndoneHint: (provider: string, bills: string[], day: string) =>
      `U legde vast dat ${provider} ${billsNamed(bills, 'nl', { one: 'rekening', several: 'de rekeningen', unknown: 'de rekening' }).words} introk (gemeld op ${day}). Was dat een vergissing, dan staat de rekening weer open zoals daarvoor: met dezelfde termijn, en Vandaag, de familie en ${provider} lezen dat.`,
    dropDayHint: (provider: string, bills: string[], day: string) =>
      `U legde vast dat ${provider} ${billsNamed(bills, 'nl', { one: 'rekening', several: 'de rekeningen', unknown: 'de rekening' }).words} introk op ${day}. Klopt die dag niet, vul dan de dag in waarop ${provider} het liet weten; de geschiedenis houdt beide dagen.`,
    dropToldOn: 'Dag waarop de aanbieder het liet weten',
    /** ownerdrop: the drop the provider recorded at its own desk, undone on its word that it was a mistake. */
    deskDropUndoneHint: (provider: string, bills: string[], day: string) =>
      `${provider} legde op ${day} zelf vast dat het ${billsNamed(bills, 'nl', { one: 'rekening', several: 'de rekeningen', unknown: 'de rekening' }).words} introk. Liet ${provider} u weten dat dat een vergissing was, leg dan vast hoe en op welke dag; de rekening staat dan weer open zoals daarvoor, en Vandaag, de familie en ${provider} lezen dat het de melding van ${provider} was.`,
    deskDropUndoneToldOn: 'Dag waarop de aanbieder liet weten dat het een vergissing was',
    /** agencyundo2: the agency's own word that it stopped, recorded by mistake (its letter misread, or it wrote again). */
    agencyStopUndoneHint: (agency: string, day: string) =>
      `U legde op ${day} vast dat ${agency} zelf liet weten dat de incasso is gestopt. Was dat een vergissing, leg dan vast hoe en op welke dag u dat hoorde; we wachten dan weer op het stoppen van de incasso, met de termijn van daarvoor, en de familie en de aanbieder lezen dat.`,
    agencyStopUndoneToldOn: 'Dag waarop u hoorde dat de incasso niet is gestopt',
    /** olddebts: while our stop is awaited after that undo, her status and Today's row open with what it means (`agencyStopUndoneStanding`). */
    agencyStopUndoneStands: (agency: string, day: string) =>
      `Op ${day} hoorde u dat ${agency} de incasso niet heeft gestopt (de melding was per vergissing vastgelegd): de incasso loopt weer, en ons verzoek om de incasso op te schorten staat nog.`,
    committeeCaseNumber: 'Zaaknummer van de commissie (als u dat heeft)',
    committeeDecision: 'Uitspraak',
    chooseCommitteeDecision: 'Kies wat de commissie besliste',
    committeeDecisions: { billDropped: 'De rekening hoeft niet betaald te worden', billLowered: 'De rekening is verlaagd (vul het bedrag in)', billUpheld: 'De rekening moet betaald worden uit de nalatenschap', settled: 'Partijen hebben een schikking getroffen (vul in wat betaald wordt, als er iets betaald wordt)' },
    committeeDecidedOn: 'Datum van de uitspraak of schikking',
    committeeAmount: 'Bedrag dat de nalatenschap betaalt, in euro (bij verlaagd of schikking)',
    noticeCorrectedHint: 'Vul de gegevens in zoals ze op de brief van het incassobureau staan. Verandert de naam, het e-mailadres, het adres, het kenmerk of het dossiernummer, dan gaat ons verzoek de incasso op te schorten opnieuw naar het incassobureau; de eerste brief ging dan naar het verkeerde adres of onder de verkeerde gegevens.',
    billCorrectedHint: 'Vul de gegevens in zoals ze op de factuur staan. Is de brief met het bezwaar al verstuurd, dan krijgt de aanbieder een correctie.',
    /**
     * bankpages: a bank charges costs to the account and books them back; it sends no invoice nor credit note (bankowner). In place
     * of those words on the forms of a bank's contract, as the desk's `charge` and the letter (`refundsCharge`) name them.
     */
    charge: {
      whichBill: 'Over welke kosten', chooseBill: 'Kies de kosten', allBills: 'Alle betwiste kosten', credited: 'Teruggeboekt bedrag in euro',
      invoiceDate: 'Datum van de kosten', periodFrom: 'Eerste dag waarover de kosten gaan', periodTo: 'Laatste dag waarover de kosten gaan',
      invoiceNumber: 'Kenmerk van de kosten', dueOnBill: 'Uiterlijk te betalen op (als de bank het noemt)',
      billCorrectedHint: 'Vul de gegevens in zoals de bank ze noemt. Is de brief met het bezwaar al verstuurd, dan krijgt de bank een correctie.',
      // bankforms: what happens with a bank's costs the owner settles, and how it dropped them.
      outcome: 'Wat er met de kosten gebeurt',
      chooseOutcome: 'Kies wat er met de kosten gebeurt',
      outcomes: { payFromEstate: 'Worden betaald uit de nalatenschap (de bank houdt eraan vast)', alreadyPaid: 'Zijn al betaald', providerWithdrew: 'De bank heeft de kosten alsnog laten vallen' },
      receivedViaIfWithdrawn: 'Liet de bank de kosten vallen? Hoe ontving u dit antwoord?',
      withdrawnHow: 'Hoe de bank dat liet weten (optioneel)',
      withdrawnToldOn: 'Datum waarop de bank dit liet weten, als dat vóór vandaag was (optioneel; uw geschiedenis, de familie en de brief aan het incassobureau noemen die dag)',
      // bankrest: what a bank's contract leaves owed is its costs or an overdraft's debit, no invoice: named as amounts.
      billsOwedText: 'De nalatenschap is deze bedragen aan de bank verschuldigd. Zet er de betaaldatum bij zodra ze betaald zijn; het aanspreekpunt van de familie kan dat ook in het portaal.',
      // dropmore: a bank's drop is of its costs, as its other forms say.
      dropUndoneHint: (provider: string, bills: string[], day: string) =>
        `U legde vast dat ${provider} ${theCharges(bills, 'nl')} liet vallen (gemeld op ${day}). Was dat een vergissing, dan zijn de kosten weer betwist zoals daarvoor: met dezelfde termijn, en Vandaag, de familie en ${provider} lezen dat.`,
      dropDayHint: (provider: string, bills: string[], day: string) =>
        `U legde vast dat ${provider} ${theCharges(bills, 'nl')} liet vallen op ${day}. Klopt die dag niet, vul dan de dag in waarop ${provider} het liet weten; de geschiedenis houdt beide dagen.`,
      dropToldOn: 'Dag waarop de bank het liet weten',
      deskDropUndoneHint: (provider: string, bills: string[], day: string) =>
        `${provider} legde op ${day} zelf vast dat het ${theCharges(bills, 'nl')} liet vallen. Liet ${provider} u weten dat dat een vergissing was, leg dan vast hoe en op welke dag; de kosten zijn dan weer betwist zoals daarvoor, en Vandaag, de familie en ${provider} lezen dat het de melding van ${provider} was.`,
      deskDropUndoneToldOn: 'Dag waarop de bank liet weten dat het een vergissing was',
      // kifidowner: a bank's costs go to Kifid, which names no term (we cite none for it).
      committeeFiledHint: 'Leg vast op welke dag u het geschil indiende. Zolang Kifid het heeft, vraagt Steward u niet meer te beslissen over deze kosten; na twaalf weken herinnert Steward u eraan te kijken hoe het ervoor staat.',
      committeeCaseNumber: 'Zaaknummer van Kifid (als u dat heeft)',
      chooseCommitteeDecision: 'Kies wat Kifid besliste',
      committeeDecisions: { billDropped: 'De kosten hoeven niet betaald te worden', billLowered: 'De kosten zijn verlaagd (vul het bedrag in)', billUpheld: 'De kosten moeten betaald worden uit de nalatenschap', settled: 'Partijen hebben een schikking getroffen (vul in wat betaald wordt, als er iets betaald wordt)' },
    },
    /** kifidwords: a life or property insurer's committee forms (`heardByKifid`): its nota goes to Kifid, which names no term (we cite none for it). */
    kifid: {
      committeeFiledHint: 'Leg vast op welke dag u het geschil indiende. Zolang Kifid het heeft, vraagt Steward u niet meer te beslissen over deze nota; na twaalf weken herinnert Steward u eraan te kijken hoe het ervoor staat.',
      committeeCaseNumber: 'Zaaknummer van Kifid (als u dat heeft)',
      chooseCommitteeDecision: 'Kies wat Kifid besliste',
      committeeDecisions: { billDropped: 'De nota hoeft niet betaald te worden', billLowered: 'De nota is verlaagd (vul het bedrag in)', billUpheld: 'De nota moet betaald worden uit de nalatenschap', settled: 'Partijen hebben een schikking getroffen (vul in wat betaald wordt, als er iets betaald wordt)' },
    },
    /** factuurwords: a health insurer's committee forms (`insurersBody`): its nota goes to the SKGZ; Steward's own reminder, no term of the SKGZ's. */
    skgz: {
      committeeFiledHint: 'Leg vast op welke dag u het geschil indiende. Zolang de SKGZ het heeft, vraagt Steward u niet meer te beslissen over deze nota; na twaalf weken herinnert Steward u eraan te kijken hoe het ervoor staat.',
      committeeCaseNumber: 'Dossiernummer van de SKGZ (als u dat heeft)',
      chooseCommitteeDecision: 'Kies wat de SKGZ besliste',
      committeeDecisions: { billDropped: 'De nota hoeft niet betaald te worden', billLowered: 'De nota is verlaagd (vul het bedrag in)', billUpheld: 'De nota moet betaald worden uit de nalatenschap', settled: 'Partijen hebben een schikking getroffen (vul in wat betaald wordt, als er iets betaald wordt)' },
    },
    agency: 'Incassobureau',
    agencyEmail: 'E-mailadres van het bureau (onze brief gaat daar ook heen)',
    agencyAddress: 'Postadres van het bureau (zonder e-mailadres gaat onze brief per post)',
    street: 'Straat en huisnummer, of postbus',
    postalCode: 'Postcode',
    city: 'Plaats',
    theirReference: 'Hun kenmerk',
    theirDossierNumber: 'Hun dossiernummer (als hun brief er een noemt naast het kenmerk; onze brief aan het bureau noemt het)',
    agencyLanguage: 'Taal van hun brief (onze brieven aan het bureau gaan in die taal)',
    /** The languages our letters go in: the agency's letter's choice and the provider's letter in `ownWordsInLetter`. */
    letterLanguages: { nl: 'Nederlands', en: 'Engels' },
    claimed: 'Geëist bedrag in euro',
    reason: 'Reden',
    brpNote: 'Wat u heeft nagegaan (komt in de geschiedenis)',
    /** The optional note when the owner marks a later end date handled (Today and the contract page): kept on the timeline and in the status. */
    laterEndDateNote: 'Wat u deed of besloot (optioneel)',
    /** "Gesprek vastleggen": a call about the contract (no workflow step; the family reads the outcome only when shared). */
    call: {
      title: 'Gesprek vastleggen',
      calledOn: 'Datum van het gesprek',
      party: 'Met',
      agency: (agency: string) => `${agency} (incassobureau van de laatste incassobrief)`,
      person: 'Met wie (optioneel)',
      outcome: 'Uitkomst (één regel)',
      share: 'De familie mag de uitkomst lezen',
      record: 'Gesprek vastleggen',
      /** The calls recorded on the contract, each with its correction and withdrawal (the family reads them as they stand). */
      recorded: 'Vastgelegde gesprekken',
      shared: 'gedeeld met de familie',
      notShared: 'niet gedeeld met de familie',
      withdrawn: 'ingetrokken',
      correct: 'Corrigeren',
      save: 'Correctie opslaan',
      withdraw: 'Intrekken (vastgelegd in fout)',
    },
    brpHint: 'bijv. "polis beëindigd per 30 juni, premie terugbetaald" of "daar niet bekend"',
    brpInformed: 'Nagegaan: op de hoogte, afsluiten',
    brpNotInformed: 'Niet op de hoogte: toch een brief sturen',
    notDone: 'Dit is niet gedaan:',
    next: (step: string) => `Volgende stap: ${step}`,
    /** claimundo: a claim the provider dropped whole, undone on its word that it was a mistake (`RecordedDropOnPage.undo.claim`). */
    claimDropUndoneHint: (provider: string, _bills: string[], day: string) =>
      `${provider} liet op ${day} de hele vordering vallen en de incasso is gestopt. Liet ${provider} u weten dat dat een vergissing was, leg dan vast hoe en op welke dag; ons verzoek om de incasso op te schorten loopt dan weer zoals daarvoor, en de familie en ${provider} lezen dat het de melding van ${provider} was.`,
    /** A closed contract of a closed estate: a late bill is recorded here once the estate is reopened (its forms show then). */
    lateBillAfterReopen: 'Komt er na het afsluiten nog een rekening of een incassobrief over dit contract? Heropen dan eerst het dossier op de pagina van de nalatenschap; daarna legt u die hier vast.',
    facts: 'Status',
    dueOn: (date: string) => `termijn ${date}`,
    /**
     * Not "rekening": on this page that word is a bill; the number as its provider names it (`numberKindOf`, as the letters do), a
     * pension fund's its „pensioennummer" (fundwords; the source in provider.nl.ts `numberOf`).
     */
    account: (number: string, kind: NumberKind) => `${{ policy: 'polisnummer', iban: 'rekeningnummer', customer: 'klantnummer', pension: 'pensioennummer' }[kind]} ${number}`,
    providerRef: (reference: string) => `kenmerk aanbieder ${reference}`,
    /** The contract at a glance, above its status: what was asked, what the provider confirmed, what is still open. */
    summary: {
      asked: 'Gevraagd',
      /** Without a day, as the letter asked it (audit92 F11: `asSoonAsPossible` in letters/templates). */
      askedCancel: (date: string | null, died: string) => (date ? `beëindiging per ${date}` : `beëindiging per ${died} (de datum van overlijden), of anders zo spoedig mogelijk`),
      /** A cancellation that asks no end (`requestAsked`), as its letter asks it: no end date, so none is named. */
      askedBank: (died: string) => `blokkering van de rekening en het saldo per ${died} (de datum van overlijden)`,
      askedInsurance: {
        life: 'afhandeling van de uitkering',
        property: 'doorlopen van de verzekering voor de nalatenschap',
        health: 'afwikkeling per de datum van overlijden',
        unknown: 'melding van het overlijden, met de vraag hoe de verzekering doorloopt of eindigt',
        pension: 'stoppen van de pensioenbetalingen per de datum van overlijden',
      } as Record<string, string>,
      askedTransfer: (holder: string | null, date: string | null) => `overzetting${holder ? ` op naam van ${holder}` : ''}${date ? ` per ${date}` : ''}`,
      sentOn: (date: string) => `verzoek verstuurd op ${date}`,
      postedOn: (date: string) => `verzoek op de post gedaan op ${date}`,
      /** A request not with the provider yet (by post not posted, by e-mail not delivered): its date and where it stands ("klaar voor de post"). */
      waitsForPost: (date: string, where: string) => `brief van ${date}, ${where}`,
      notSent: 'verzoek nog niet verstuurd',
      confirmedBy: (provider: string) => `Bevestigd door ${provider}`,
      /** bankletters: a bank that blocked the account answered what it did, which ends nothing: no „Bevestigd door". */
      answeredBy: (provider: string) => `Antwoord van ${provider}`,
      /** bankletters: where the blocked balance stands, as recorded: released to the estate account, still awaited, or none to release (bankrest). */
      release: { released: 'saldo overgemaakt naar de boedelrekening', awaited: 'saldo nog niet vrijgegeven', nothing: 'niets vrij te geven' },
      notConfirmed: 'nog niet bevestigd',
      endDate: (date: string) => `einddatum ${date}`,
      transferDate: (date: string) => `overgezet per ${date}`,
      /** bankanswer: the date a bank's or insurer's answer gave, which ends nothing. */
      handledAsOf: (date: string) => `afgehandeld per ${date}`,
      /** What a bank or insurer said it did, with the day its answer holds per (`answerDateKind`); never "afgehandeld" of a block. */
      answered: {
        accountBlocked: (date: string) => `rekening geblokkeerd, saldo per ${date}`,
        payoutHandled: (date: string) => `uitkering in behandeling genomen op ${date}`,
        claimFormsSent: (date: string) => `formulieren voor de uitkering gestuurd op ${date}`,
        coverContinues: (date: string) => `verzekering loopt door voor de nalatenschap (antwoord van ${date})`,
        coverSettled: (date: string) => `afgewikkeld per ${date}`,
        pensionStopped: (date: string) => `pensioenbetalingen gestopt per ${date}`,
      } satisfies Record<DoneKind, (date: string) => string>,
      reference: (reference: string) => `kenmerk ${reference}`,
      /** `amount`: as every reader says a final bill ("€ 42,10", or "€ 5,00 terug" for a refund). */
      finalBill: (amount: string) => `eindafrekening ${amount}`,
      /** fundanswer: what a pension fund asks back of pension paid in excess, never an „eindafrekening". */
      recovery: (amount: string) => `terugvordering van te veel betaald pensioen ${amount}`,
      /** collclaim2: a final bill the provider dropped with the whole claim (`dropHolds`): history, not owed. */
      finalBillDropped: (amount: string, provider: string) => `eindafrekening ${amount} — vervallen: ${provider} liet de vordering vallen`,
      open: 'Nog open',
      disputed: (reference: string, amount: string) => `factuur ${reference}: ${amount} betwist`,
      heldBy: (provider: string) => `${provider} houdt vast aan de factuur`,
      toPay: (bill: string) => `${bill}: nog te betalen`,
      partlyPaid: (bill: string, rest: string) => `${bill}: ${rest}`,
      nothingOpen: 'geen betwiste of onbetaalde facturen',
      /** refundtoday: a refund the provider confirmed, not all received; `of`: the confirmed amount, once part of it came. */
      /** collowner: a final bill paid before the provider dropped the claim (collclaim2): what is recorded, and what she may ask; no right is claimed. */
      paidThenDropped: (d: PaidOnDropSaid) =>
        `eindafrekening ${d.reference}: ${paidOnDropNl(d)}; u kunt ${d.provider} vragen de ${d.paid} terug te betalen (of ${d.provider} dat doet, is niet vastgelegd)`,
      /** paiddrop: the same once she asked it back by letter, with Steward's term. */
      askedBackAfterDrop: (d: PaidOnDropSaid, askedOn: string, payBy: string) =>
        `eindafrekening ${d.reference}: ${paidOnDropNl(d)}; op ${askedOn} per brief gevraagd de ${d.paid} uiterlijk ${payBy} terug te betalen (termijn van Steward: 14 dagen, geen wettelijke termijn)`,
      askBack: 'Terugbetaling vragen',
      refundToCome: (left: string, of: string | null) => of ? `terugbetaling: nog ${left} van ${of} te ontvangen op de rekening van de nalatenschap` : `terugbetaling van ${left}: nog te ontvangen op de rekening van de nalatenschap`,
      /** bankwords3: the same of a bank's contract: its costs, or an overdraft's debit owed (`billOwed`), never a factuur. */
      charge: {
        disputed: (reference: string, amount: string) => `${chargeNl(reference)}: ${amount} betwist`,
        heldBy: (provider: string) => `${provider} houdt vast aan de kosten`,
        nothingOpen: 'geen betwiste kosten en niets te betalen',
      },
      /** payoutdate2 (audit105 F6): an insurer's bill is its nota, as its status line names it (`billNounsOf`). */
      nota: {
        disputed: (reference: string, amount: string) => `nota ${reference}: ${amount} betwist`,
        heldBy: (provider: string) => `${provider} houdt vast aan de nota`,
      },
      /** stop72mends: a pension fund's bill is its recovery of pension paid in excess, as its status line names it (`billNounsOf`). */
      fund: {
        disputed: (reference: string, amount: string) => `terugvordering ${reference}: ${amount} betwist`,
        heldBy: (provider: string) => `${provider} houdt vast aan de terugvordering`,
      },
      /** A bank's balance given per another day than the date of death (corrected since): the heirs need it per the death. */
      balanceAtDeath: (died: string, provider: string, given: string) => `saldo per de datum van overlijden (${died}): nog niet opgegeven; ${provider} gaf het saldo per ${given}`,
      /** A collection whose stop is asked, as its letter was recorded (it names no bill of ours). */
      collection: (agency: string | null, reference: string | null, amount: string | null) => `${claimNl(agency, reference, amount)}; incassostop gevraagd`,
      /** agencylang2: the language of the agency's letter as she recorded it, which ours to it take (Dutch when she said none). */
      agencyWrites: (language: string) => `het incassobureau schreef in het ${language}; onze brieven eraan gaan in het ${language}`,
      /** famnews: a collection the answer to our stop only suspended (deskwords, `collectionSuspendedText`): still open, it can start again. */
      collectionSuspended: (agency: string | null, reference: string | null, amount: string | null) => `${claimNl(agency, reference, amount)}; opgeschort zolang het bezwaar loopt, kan weer beginnen`,
    },
    previewLetter: 'Conceptbrief bekijken',
    sendRequest: 'Verzoek versturen',
    undelivered: 'Kon niet worden bezorgd (nieuwe pogingen gestopt):',
    record: 'Vastleggen wat er gebeurde',
    enclosures: 'Bijlagen die de aanbieder kan openen',
    none: 'Geen.',
    letters: 'Brieven',
    /** audit95 F4: a row of „Brieven" names its addressee, as the family's list does: two letters of a day told apart without opening them. */
    letterTo: (kind: string, recipient: string) => `${kind} aan ${recipient}`,
    produceAgain: 'De brief opnieuw maken',
    /** A contract without its workflow (its row lost or never made, README englishnf2): the state it is listed in, and that it takes no step. */
    unhandled: (state: string) => `Voor dit contract loopt geen afhandeling: het staat op ‘${stateLabelNl('contract', state)}’.`,
    unhandledNext: 'Hiermee kan nu niets; meld het aan een beheerder.',
    /** rentkeys: the handover the corporation appointed, which the owner attends or delegates. */
    handoverAppointment: (provider: string, appointment: string) => `Oplevering van de woning bij ${provider}: ${appointment} Ga zelf of vraag iemand te gaan.`,
    handoverBring: 'Meenemen',
    /** A provider informed through the BRP, not checked yet: no letter goes out, so the step is the check (README, deskdate). */
    brpCheckOpen: (provider: string) => `Waarschijnlijk via de BRP op de hoogte: nagaan bij ${provider}.`,
    brpCheckOpenNext: (provider: string, category: string) =>
      `Nagaan bij ${provider} of ${category === 'insurance' ? 'de polis' : category === 'pension' ? 'de uitkering' : category === 'government' ? 'de betaling' : 'het contract'} is gestopt; daarna afsluiten of toch een brief sturen.`,
    /** A lease letter went (it said nobody continues the lease) and now someone is recorded who may continue it (art. 7:268 lid 1 en 2 BW). */
    leaseContinued: (provider: string) => `Let op: de brief aan ${provider} zei dat niemand de huur voortzet, maar nu is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten.`,
    /** A lease the landlord confirmed ending after the letter that said nobody continues it, someone who may now recorded (`leaseContinuedAfterLetter`). */
    leaseContinuedConfirmed: (provider: string) => `Let op: ${provider} bevestigde het einde van de huur na de brief die zei dat niemand de huur voortzet, maar nu is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten. Dat kan het bevestigde einde veranderen.`,
    leaseContinuedConfirmedNext: (provider: string) => `Een medehuurder zet de huur voort, en iemand die er zijn hoofdverblijf had en met de overledene een duurzame gemeenschappelijke huishouding had, gedurende zes maanden na het overlijden (artikel 7:268 lid 1 en 2 BW); het verzoek kan niet meer worden ingetrokken. Bespreek met ${provider} en met wie er woonde of de huur eindigt, en leg het gesprek vast. Klopt het niet, corrigeer dan wie er woonde bij de overledene.`,
    /** leaseclear: a confirmed lease flagged (`leaseContinuedConfirmed`) after the owner recorded a call with the landlord since who lived there changed: the call follows. */
    leaseContinuedTalked: 'Na de brief die zei dat niemand de huur voortzet, is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten.',
    /** leaseclear: the same for a joint household once the six months after the death passed (art. 7:268 lid 2 BW). */
    leaseContinuedLapsed: (provider: string) => `Na de brief die zei dat niemand de huur voortzet, is vastgelegd dat iemand met een duurzame gemeenschappelijke huishouding bij de overledene woonde. De zes maanden na het overlijden zijn voorbij: langer zet die de huur bij ${provider} alleen voort als de rechter dat bepaalt op een vordering binnen die zes maanden (artikel 7:268 lid 2 BW).`,
    leaseContinuedNext: (provider: string) => `Laat ${provider} dat weten: trek het verzoek in (${provider} krijgt dan een brief dat het verzoek is ingetrokken). Wie de huur voortzet, zegt zelf op als die dat wil. Klopt het niet, corrigeer dan wie er woonde bij de overledene.`,
    /** The contract's status while its letter to the provider is held back by the letter rules. */
    /** rentend: the owner's requested end date of a lease nobody continues, where it is not the day the law ends it (art. 7:268 lid 6 BW) and the letter names. */
    leaseEndEntered: (entered: string, endsOn: string) => `U vulde ${entered} in; de huur eindigt van rechtswege op ${endsOn} (art. 7:268 lid 6 BW).`,
    /** reqheld: in place of the provider's answers to a request whose letter has not gone out (`answersTheRequest`); the next step follows. */
    answersAwaitRequest: (provider: string) => `${provider} kan pas op het verzoek antwoorden als de brief verstuurd is; een antwoord van ${provider} legt u hier vast zodra dat zo is.`,
    answeredAnyway: (provider: string) => `Antwoordde ${provider} toch al, bijvoorbeeld telefonisch? Leg het antwoord hier vast.`,
    letterHeldBack: (provider: string) => `Brief aan ${provider} tegengehouden door de briefcontrole; nog niet verstuurd.`,
    letterHeldBackNext: 'Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.',
    letterUndelivered: (provider: string) => `Brief aan ${provider} per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.`,
    letterUndeliveredNext: 'Kijk bij Vandaag waarom de e-mail niet aankwam en kies Opnieuw proberen; is de briefdatum dan voorbij, dan wordt de brief opnieuw gemaakt met de datum van die dag.',
    /** Not delivered, and Steward still tries by itself (nothing parked): no retry to choose yet. */
    letterRetryingNext: 'Steward probeert de e-mail vanzelf opnieuw te versturen. Lukt dat niet, dan staat hij bij Vandaag onder Opnieuw proberen; is de briefdatum dan voorbij, dan wordt de brief opnieuw gemaakt met de datum van die dag.',
    /** An e-mail made less than a quarter of an hour ago (`SENDING_GRACE_MS`) and not failed: on its way, not yet with the provider. */
    letterBeingSent: (provider: string) => `Brief aan ${provider} wordt per e-mail verstuurd; de termijn van de aanbieder loopt vanaf de bezorging.`,
    letterBeingSentNext: 'U hoeft niets te doen. Is de e-mail na een kwartier nog niet bezorgd, dan staat dat hier.',
    /** An e-mail the step wrote and the worker has not made yet: the letter check may still hold it (`beingMade`). */
    letterBeingMade: (provider: string) => `Brief aan ${provider} wordt gemaakt en nagekeken door de briefcontrole; nog niet verstuurd.`,
    letterBeingMadeNext: 'U hoeft nu niets te doen. Houdt de briefcontrole de brief tegen, dan staat hier waarom.',
    heldBackBecause: (reasons: string) => `Waarom: ${reasons}.`,
    /** A request, reminder or complaint by post not posted yet: the provider's term runs from the letter's date all the same (README "Posted"). */
    letterAwaitingPost: (provider: string) => `Brief aan ${provider} ligt klaar voor de post; nog niet verstuurd.`,
    letterAwaitingPostNext: 'Doe de printbatch op de post en markeer hem als op de post gedaan (Brieven per post); de termijn van de aanbieder loopt vanaf de dag dat hij op de post is gedaan.',
    /** estatebutton: the letter waiting for the post is in a colleague's downloaded batch (`inColleaguesBatch`): only she knows whether it went. */
    letterNotMarkedPosted: (provider: string) => `Brief aan ${provider} is nog niet als verstuurd gemarkeerd.`,
    letterInColleaguesBatchNext: (holder: string) => `Is hij gepost, markeer hem dan bij de nalatenschap als op de post gedaan („Door ${holder} gepost: op de post gedaan”); de termijn van de aanbieder loopt vanaf die dag.`,
    /** Why a held-back letter is not offered again (`RetryRefusal`, letters/retry-rule.ts). */
    notAgain: {
      'sent-again': 'Al opnieuw gemaakt en verstuurd.',
      overtaken: 'Ingehaald door een latere correctie van hetzelfde gegeven; deze brief gaat niet meer weg.',
      'request-remade': 'Het verzoek dat deze brief corrigeert, kwam niet aan en is opnieuw gemaakt met de gecorrigeerde gegevens; deze brief gaat niet meer weg.',
      superseded: 'Achterhaald door een latere brief van dezelfde soort (bij een bezwaar: over dezelfde rekening); deze brief gaat niet meer weg.',
      'bill-not-disputed': 'Het bezwaar tegen deze rekening loopt niet meer (gecorrigeerd tot de einddatum, beantwoord of afgehandeld); deze brief gaat niet meer weg.',
      'not-reproducible': 'Te oud om opnieuw te maken; zet de stap opnieuw in vanaf het contract.',
    },
    noLetters: 'Nog geen brieven.',
    history: 'Geschiedenis',
    /** pagehist: the contract's history pages, its newest gebeurtenissen first; the links to the page before and after. */
    historyPages: { older: 'Oudere gebeurtenissen', newer: 'Nieuwere gebeurtenissen', nav: 'Pagina’s van de geschiedenis' },
    previewTitle: 'Conceptbrief',
    backToContract: 'Terug naar het contract',
    wouldBlock: 'Deze brief zou worden tegengehouden',
    needed: 'Nodig voor het verzoek',
    neededText: (provider: string) => `${provider} wil deze documenten bij het verzoek. Zodra ze er zijn, kan het verzoek weg.`,
    uploadHintDraft: 'Het document komt bij de nalatenschap en gaat mee met het verzoek.',
    /** A confirmed end date that is not what the request asked (`endDateNotice`): added to the status and the next step, and the owner's notification. */
    endDate: {
      confirmed: (provider: string, date: string, action: 'cancel' | 'transfer') => `${provider} bevestigde ${date} als ${action === 'cancel' ? 'einddatum' : 'datum van overzetting'}.`,
      /** `confirmed`: the confirmed date, named where the sentence before it ends on another date (a term); null right after it. A transfer's is its date of transfer. */
      laterThanAsked: (asked: string, confirmed: string | null, action: 'cancel' | 'transfer', correctedOn?: string) =>
        `${confirmed ? `De bevestigde ${action === 'cancel' ? 'einddatum' : 'datum van overzetting'} (${confirmed})` : 'Dat'} is later dan ${correctedOn ? `de gewenste einddatum die onze correctie van ${correctedOn} noemde` : 'de datum in ons verzoek'} (${asked}).`,
      /** A lease of a tenant who lived alone: held against its end by law, which after a corrected date of death no letter named. */
      laterThanByLaw: (date: string, confirmed: string | null, action: 'cancel' | 'transfer') => `${confirmed ? `De bevestigde ${action === 'cancel' ? 'einddatum' : 'datum van overzetting'} (${confirmed})` : 'Dat'} is later dan de einddatum van rechtswege bij de vastgelegde overlijdensdatum (${date}).`,
      /**
       * No day asked ("zo spoedig mogelijk"): held against the latest day a consumer's notice of a month would normally run out (`noticeEndsOn`),
       * named by the day it ran from: the day the provider had the request, or the death when none is recorded (`fromDeath`); advice, no claim it is wrong.
       */
      laterThanNotice: (date: string, confirmed: string | null, action: 'cancel' | 'transfer', start: { from: string; fromDeath: boolean; provider: string }) =>
        `${confirmed ? `De bevestigde ${action === 'cancel' ? 'einddatum' : 'datum van overzetting'} (${confirmed})` : 'Dat'} ligt later dan een maand na ${start.fromDeath ? `het overlijden op ${start.from}` : `${start.from}, de dag dat ${start.provider} uw verzoek had`} (een opzegtermijn van een maand loopt normaal gesproken af op ${date}). Mogelijk is het een contract voor bepaalde tijd.`,
      laterThanNoticeNext: (provider: string) => `${provider} vragen waarom de einddatum zo laat is: loopt er nog een contract voor bepaalde tijd? De dagen tot dan kunnen de nalatenschap geld kosten.`,
      laterThanAskedNext: (provider: string) => `${provider} bellen of bezwaar maken tegen de latere datum: de dagen ertussen kunnen de nalatenschap geld kosten.`,
      beforeDeath: (dateOfDeath: string) => `Dat is vóór de gecorrigeerde overlijdensdatum (${dateOfDeath}).`,
      beforeDeathNext: (provider: string) => `${provider} bellen: de correctiebrief noemt de juiste overlijdensdatum; vraag de bevestigde datum daarop aan te passen.`,
      handled: (provider: string, asked: string, note: string | null) => `Latere einddatum van ${provider} (gevraagd was ${asked}) afgehandeld${note ? `: ${note}` : ''}.`,
      handledByLaw: (provider: string, date: string, note: string | null) => `Latere einddatum van ${provider} (einddatum van rechtswege ${date}) afgehandeld${note ? `: ${note}` : ''}.`,
      handledNotice: (provider: string, date: string, note: string | null) => `Latere einddatum van ${provider} (opzegtermijn liep normaal gesproken af op ${date}) afgehandeld${note ? `: ${note}` : ''}.`,
      /** After `laterThanAsked` once the owner marked it handled: what she decided instead of the call. */
      laterThanAskedHandled: (note: string | null) => `Latere einddatum afgehandeld${note ? `: ${note}` : ''}${note && /[.!?]$/.test(note) ? '' : '.'}`,
    },
    /**
     * deskanswer: the provider's answer to a correction after its confirmation (`correctionStanding`), added to the status; `next`
     * where the owner has a step. `on`: the correction letter's day; `confirmed`: the date it confirmed before.
     */
    correctionAnswer: {
      awaited: (provider: string, on: string, until: string, confirmed: string, silenceKeeps: boolean) =>
        silenceKeeps
          ? `Na de correctie van het verzoek (brief van ${on}) wachten we op het antwoord van ${provider}: blijft ${confirmed}, of wordt het een andere datum? Volgens de brief blijft ${confirmed} als ${provider} niet antwoordt; we wachten tot en met ${until}.`
          : `Na de correctie van de overlijdensdatum (brief van ${on}) wachten we op ${provider}: de brief vroeg het opnieuw af te handelen per de juiste datum; we wachten tot en met ${until}.`,
      silent: (provider: string, on: string, until: string, confirmed: string, silenceKeeps: boolean) =>
        silenceKeeps
          ? `${provider} heeft niet gereageerd op de correctie van het verzoek (brief van ${on}; geen antwoord tot en met ${until}): de eerder bevestigde datum ${confirmed} geldt, zoals de brief zei.`
          : `${provider} heeft niet gereageerd op de correctie van de overlijdensdatum (brief van ${on}; geen antwoord tot en met ${until}).`,
      silentNext: (provider: string) => `${provider} bellen: zonder antwoord blijft de afhandeling per de oude overlijdensdatum staan.`,
      kept: (provider: string, on: string, answeredOn: string, date: string) => `${provider} antwoordde op ${answeredOn} op de correctie van het verzoek (brief van ${on}): de datum ${date} blijft.`,
      newDate: (provider: string, on: string, answeredOn: string, date: string) => `${provider} antwoordde op ${answeredOn} op de correctie van het verzoek (brief van ${on}) met een nieuwe datum: ${date}.`,
    },
    /**
     * A term that passed while the contract stayed where it is (`MissedTerm`): the provider's (a new term a letter gave
     * it is in the state's status), or the owner's own beside the new one; renewed and missed again, how often since the first.
     */
    missedTerm: {
      provider: (provider: string, missed: string, question: MissedQuestion | null) => `Termijn van ${provider} tot en met ${missed} verstreken zonder ${question?.kind === 'release' ? 'vrijgave van het saldo' : `antwoord${answerToNl(question)}`}.`,
      owner: (missed: string, due: string | null, count: number) =>
        `${count > 1 ? `Uw termijn is ${count}× verlopen sinds ${missed}` : `Uw termijn tot en met ${missed} is verstreken`}${due ? `; nieuwe termijn tot en met ${due}` : ''}.`,
      /**
       * After the call the provider's missed term asked of the owner (its outcome is in the status): the day the owner's
       * alert comes back if no answer came by then (`alertOn`, told to nobody else), or plainly that none will.
       */
      calledNext: (provider: string, alertOn: string | null) =>
        alertOn
          ? `Antwoord van ${provider} afwachten. Blijft het uit tot en met ${alertOn}, dan staat het weer op Vandaag om ${provider} opnieuw te bellen.`
          : `Antwoord van ${provider} afwachten. Er loopt geen termijn meer: blijft het antwoord uit, bel ${provider} dan opnieuw.`,
    },
  },

  correction: {
    correctTitle: (name: string) => `${name} corrigeren`,
    heading: 'Corrigeren wat is vastgelegd',
    explain: 'Elke wijziging komt in de tijdlijn (wie, wanneer, van wat naar wat). Brieven die vanaf nu worden geschreven gebruiken de gecorrigeerde gegevens; een tegengehouden brief kan daarna opnieuw worden gemaakt.',
    deceased: 'De overledene, precies zoals op de overlijdensakte',
    givenNames: 'Voornamen',
    surnamePrefix: 'Tussenvoegsel (optioneel)',
    surname: 'Achternaam',
    gender: 'Geslacht (voor de aanhef in brieven)',
    genders: { male: 'man', female: 'vrouw', unknown: 'onbekend (er wordt geen aanhef geraden)' } as Record<string, string>,
    dateOfBirth: 'Geboortedatum',
    dateOfDeath: 'Overlijdensdatum',
    street: 'Straat en huisnummer',
    postalCode: 'Postcode',
    city: 'Plaats',
    country: 'Land (twee letters)',
    livedWith: 'Wie woonde er bij de overledene in de huurwoning?',
    // Art. 7:268 BW: a medehuurder continues the lease (lid 1), a lasting joint household for six months and on the court's word longer (lid 2), nobody else (lid 6).
    confirmLivedWith: 'Ja, dit klopt: niemand zet de huur voort',
    livedWithChoices: {
      '': 'niet vastgelegd',
      nobody: 'niemand: de overledene woonde alleen, niemand zet de huur voort',
      coTenant: 'een medehuurder (bijvoorbeeld de echtgenoot of geregistreerd partner): die zet de huur voort',
      household: 'iemand met een duurzame gemeenschappelijke huishouding (bijvoorbeeld een volwassen kind of een vriend): die zet de huur voort',
      lodger: 'alleen een inwonende zonder gemeenschappelijke huishouding (bijvoorbeeld een kamerhuurder): niemand zet de huur voort',
      someone: 'iemand, niet vastgelegd wie',
    } as Record<string, string>,
    account: 'Boedelrekening (waar terugbetalingen heen gaan)',
    iban: 'IBAN',
    ibanHint: 'Gecontroleerd op de controlecijfers.',
    holder: 'Rekeninghouder',
    save: 'Correcties opslaan',
    memberHeading: (name: string) => `Gegevens van ${name} corrigeren`,
    memberExplain: (name: string) => `Elke wijziging komt in de tijdlijn; ${name} ziet in het portaal dat de gegevens zijn gecorrigeerd, andere familieleden niet.`,
    name: 'Naam',
    relation: 'Relatie tot de overledene',
    email: 'E-mail',
    phone: 'Telefoon',
    memberIban: 'IBAN (voor een overgenomen contract)',
    address: 'Adres',
    contractHeading: 'Contract corrigeren',
    requestOut: (provider: string) => `Het verzoek aan ${provider} is al opgesteld: een gecorrigeerde omschrijving, rekeningnummer of einddatum gaat in een correctiebrief naar ${provider}. Een andere aanbieder of nieuwe houder is een nieuw verzoek: trek dit contract in en voeg een nieuw toe.`,
    // v15: said before she submits, as the correction will do it (`withdrawsComplaint`); a complaint letter still waiting for the post
    // (README, complaintrest), or by e-mail whose sending has not started (README, collectionwords), stays home.
    complaintWithdrawnByNumber: (provider: string, on: string | null, waiting: 'post' | 'email' | null) =>
      `De klacht${on ? ` van ${longDate(on, 'nl')}` : ''} over de afwijzing wordt ingetrokken als u het klantnummer corrigeert: ${provider} wees het verzoek af om het klantnummer. ${
        waiting
          ? `${waiting === 'post' ? 'De klachtbrief wacht nog op de post' : 'De klachtbrief is nog niet per e-mail verstuurd'} en gaat dan niet weg; ${provider} krijgt een correctie met het juiste klantnummer en behandelt het verzoek opnieuw.`
          : `${provider} krijgt een correctie met het juiste klantnummer, leest daarin dat de klacht is ingetrokken, en behandelt het verzoek opnieuw.`
      } Corrigeert u iets anders, dan loopt de klacht door.`,
    requestGoesAgain: (provider: string) => `Het verzoek gaat opnieuw naar ${provider}: een gecorrigeerde omschrijving, rekeningnummer of einddatum staat in dat nieuwe verzoek, zonder aparte correctiebrief. Een andere aanbieder of nieuwe houder is een nieuw verzoek: trek dit contract in en voeg een nieuw toe.`,
    /**
     * The letters about the request wait for the post unprinted, or by e-mail their sending has not started (`by`; README queryplans)
     * (`letters`: how many, `kinds` listed): a correction makes them again (`PrintBatchesService.correctionWouldRemake`; README, queuedrest, digestrest).
     */
    requestWaiting: (kinds: string, provider: string, letters: number, by: 'post' | 'email') =>
      `${
        letters > 1
          ? `De brieven aan ${provider} (${kinds}) ${by === 'email' ? 'zijn nog niet per e-mail verstuurd' : 'wachten nog op de post en zijn niet geprint'}: met een gecorrigeerde omschrijving, rekeningnummer of einddatum worden die brieven opnieuw gemaakt en gaan de eerdere versies niet weg`
          : `De brief aan ${provider} (${kinds}) ${by === 'email' ? 'is nog niet per e-mail verstuurd' : 'wacht nog op de post en is niet geprint'}: met een gecorrigeerde omschrijving, rekeningnummer of einddatum wordt die brief opnieuw gemaakt en gaat de eerdere versie niet weg`
      }; er gaat geen aparte correctiebrief. Een andere aanbieder of nieuwe houder is een nieuw verzoek: trek dit contract in en voeg een nieuw toe.`,
    /** Beside the request that went out, letters about it wait for the post unprinted, or for their e-mail (a reminder): they are made again (README, setapartrest). */
    alsoRemade: (kinds: string, provider: string, letters: number, by: 'post' | 'email') =>
      letters > 1
        ? `${by === 'email' ? 'Nog niet per e-mail verstuurd' : 'Nog op de post wachten, niet geprint'}: de brieven aan ${provider} (${kinds}); die worden opnieuw gemaakt met de gecorrigeerde gegevens en de eerdere versies gaan niet weg.`
        : `${by === 'email' ? 'Nog niet per e-mail verstuurd' : 'Nog op de post wacht, niet geprint'}: de brief aan ${provider} (${kinds}); die wordt opnieuw gemaakt met de gecorrigeerde gegevens en de eerdere versie gaat niet weg.`,
    /** Correction letters to the provider waiting unprinted give way to the new one, which says their facts too (`withOvertaken`). */
    correctionGivesWay: (provider: string, count: number) =>
      `${count > 1 ? `De ${count} correctiebrieven` : 'De correctiebrief'} aan ${provider} die nog op de post ${count > 1 ? 'wachten, gaan' : 'wacht, gaat'} niet weg: de nieuwe correctiebrief zegt ook wat daarin stond.`,
    noLetterYet: 'Er is nog geen brief verstuurd: een correctie wijzigt alleen het dossier.',
    /** Instead of the correction form on a finished contract, which refuses a correction (409 `contract-finished`); `state` as the contract's badge says it. */
    /** auditmend: beside what she typed on a form refused as stale, the facts as they are recorded now. */
    recordedNow: 'Nu vastgelegd:',
    notRecorded: '(niet ingevuld)',
    nothingToCorrect: (state: string) => `Er valt niets meer te corrigeren: het contract staat op ‘${state}’. Staat er toch nog iets open, voeg dan een nieuw contract toe.`,
    provider: 'Aanbieder',
    description: 'Wat het contract is',
    accountNumber: 'Klant-, polis- of rekeningnummer',
    requestedEnd: 'Gewenste einddatum (leeg = zoals vastgelegd)',
    /** A transfer's date asked for is a date of transfer, not an end date. */
    requestedTransfer: 'Gewenste datum van overzetting (leeg = zoals vastgelegd)',
    newHolder: 'Nieuwe houder',
    insuranceKind: 'Soort verzekering (bepaalt wat we de verzekeraar vragen)',
    insuranceKindNotRecorded: 'Niet vastgelegd: de brief vraagt de verzekeraar wat nodig is',
  },

  statement: {
    notRead: 'Het bankafschrift is niet gelezen; er is niets bewaard:',
    noDrafts: 'Er zijn geen conceptcontracten gemaakt:',
    heading: 'Bankafschriften',
    formats: 'camt.053 (XML), of de CSV/TXT-export van ING, Rabobank of ABN AMRO; hoogstens 50 MB. Alleen terugkerende betalingen worden bewaard.',
    keep: 'bewaar het bestand als document (alleen u kunt het openen; nooit de familie of een aanbieder)',
    file: 'Bankafschrift',
    read: 'Afschrift inlezen',
    imported: (date: string, family: boolean, file: string, from: string, to: string, count: number) => `Ingelezen op ${date}${family ? ' (gestuurd door de familie)' : ''}: ${file}, ${from} – ${to}, ${count} transacties`,
    seen: 'Markeren als gezien',
    discarded: 'Alle andere transacties zijn na het inlezen weggegooid: Steward bewaart alleen de terugkerende betalingen hieronder en hun bewijsregels.',
    caption: 'Terugkerende betalingen op de afschriften, die na het overlijden doorliepen eerst. Kies wat u wilt opzeggen en maak er in één keer conceptcontracten van.',
    choose: 'Kiezen',
    counterparty: 'Aanbieder of schuldeiser',
    interval: 'Interval',
    typical: 'Gebruikelijk bedrag',
    period: 'Eerste – laatste',
    evidence: 'Bewijs',
    state: 'Status',
    chooseOne: (name: string) => `${name} kiezen`,
    lines: (count: number) => `${count} regels`,
    reversed: 'teruggeboekt ',
    mandate: (id: string) => `machtiging ${id}`,
    via: (umbrella: string) => `via ${umbrella}`,
    ranOn: 'liep door na overlijden',
    known: 'al bekend',
    probable: 'waarschijnlijk contract',
    makeDraft: 'Maak conceptcontract',
    accountNumber: (name: string) => `Klantnummer bij ${name}`,
    accountNumberHint: 'Geen machtiging op het afschrift: neem het klantnummer over van een factuur of brief. Het rekeningnummer van de ontvanger is geen klantnummer.',
    notInDirectory: 'schuldeiser staat niet in de lijst van organisaties',
    makeDrafts: 'Maak conceptcontracten',
    noneFound: 'Er zijn geen terugkerende betalingen gevonden.',
    noneRead: 'Nog geen afschrift ingelezen.',
    unknownHeading: 'Schuldeisers die niet in de lijst van organisaties staan',
    unknownText: (admin: boolean) => `Voeg ze toe aan de lijst om hun betalingen contracten te maken${admin ? '' : ' (een beheerder kan dat)'}.`,
    collectedBy: (umbrella: string) => `geïnd door ${umbrella}`,
    addToDirectory: 'Toevoegen aan de lijst',
  },

  print: {
    title: 'Brieven per post',
    intro: 'Brieven aan organisaties die alleen post aannemen, komen samen in één pdf per dag. Wachtende brieven gaan mee in de batch van morgen, of nu meteen:',
    printNow: 'Alles wat wacht nu printen',
    day: 'Dag',
    letters: 'Brieven',
    file: 'Bestand',
    pdf: 'Pdf om te printen',
    none: 'Nog geen printbatches.',
    state: 'Post',
    markPosted: 'Op de post gedaan',
    readyForPost: 'Klaar voor de post',
    rebuilding: 'De pdf wordt opnieuw samengesteld: er is sinds hij gemaakt is een brief uit gehaald. Download hem zo opnieuw; de oude pdf klopt niet meer.',
    stillMerging: (seconds: number) => `De pdf van deze printbatch wordt nog samengesteld. Probeer het over ${seconds === 1 ? 'een seconde' : `${seconds} seconden`} opnieuw.`,
    posted: (day: string, by: string | null) => `Op de post gedaan op ${day}${by ? ` door ${by}` : ''}`,
    /** batchposted: a letter of her batch a colleague marked posted apart (the estate's owner after a handover, handover4). */
    postedApartBy: (by: string, day: string) => `door ${by} op de post gedaan op ${day}`,
    /** batchposted: her batch's row: how many of its letters a colleague marked posted already; her marking does not count them again. */
    postedApart: (letters: number, by: string[]) =>
      `${letters === 1 ? '1 brief' : `${letters} brieven`} uit deze batch ${letters === 1 ? 'is' : 'zijn'} al door ${listed(by, 'nl')} op de post gedaan; de markering van de batch telt ${letters === 1 ? 'die' : 'ze'} niet opnieuw mee.`,
    postedHint: 'Markeer een batch als op de post gedaan zodra de enveloppen in de brievenbus zijn: pas dan tellen de brieven als verstuurd, voor u en voor de familie.',
    envelopes: 'Welke brieven zitten erin',
    pages: (n: number) => (n === 1 ? '1 pagina' : `${n} pagina’s`),
    moreEnvelopes: (n: number) => `En nog ${n === 1 ? '1 brief' : `${n} brieven`}; de pdf bevat ze allemaal.`,
    waitingTitle: 'Wacht op de volgende printbatch',
    waitingIntro: 'Deze brieven zijn nog niet geprint. Ze gaan mee in de batch van morgen, of in de batch die u nu maakt.',
    waitingNone: 'Er wacht geen brief op de volgende printbatch.',
    letterOf: (day: string) => `brief van ${day}`,
    printedOn: (moment: string) => `Pdf gedownload op ${moment}`,
    /** Also a batch made before downloads were recorded (`printedAt`): it is downloaded once more before it can be marked. */
    notPrinted: 'Pdf nog niet gedownload (of gedownload voordat Steward dat bijhield). Download en print de pdf; daarna kunt u de batch als op de post gedaan markeren.',
    changed: (letters: number) =>
      `Deze printbatch is niet meer wat u noemde: hij bevat nu ${letters === 1 ? '1 brief' : `${letters} brieven`}. Er is niets als op de post gedaan gemarkeerd; download de pdf opnieuw en print wat ontbreekt.`,
    changedField: 'hoort niet bij de printbatch zoals die nu is',
    /** handover4: the estate's new owner marks his letters of a colleague's batch posted; it changed since she downloaded it. */
    othersChanged: (holder: string) => `De printbatch van ${holder} is veranderd sinds ${holder} hem downloadde: er is een brief uit gehaald of opnieuw gemaakt. Er is niets als op de post gedaan gemarkeerd; ${holder} moet hem opnieuw downloaden en printen.`,
    othersCount: (letters: number, holder: string) =>
      `In de printbatch van ${holder} ${letters === 1 ? 'wacht nu 1 brief' : `wachten nu ${letters} brieven`} van deze nalatenschap op de post, niet wat u noemde. Er is niets als op de post gedaan gemarkeerd; bekijk Vandaag opnieuw.`,
    /** deskpage: a downloaded batch merged again after a letter was taken out of it (`merging`: its new PDF is not made yet). */
    remerged: (merging: boolean): string =>
      merging
        ? 'Deze printbatch wordt opnieuw samengesteld: er is een brief uit gehaald, dus de pdf die u noemde klopt niet meer. Er is niets als op de post gedaan gemarkeerd; download de pdf zodra hij klaar is, print hem en markeer hem dan als op de post gedaan.'
        : 'De pdf die u noemde is niet die van deze printbatch zoals hij nu is: de batch is opnieuw samengesteld nadat er een brief uit gehaald werd. Er is niets als op de post gedaan gemarkeerd; download de pdf opnieuw, print hem en markeer hem dan als op de post gedaan.',
    remergedField: 'is niet die van de pdf zoals hij nu is: de printbatch is opnieuw samengesteld',
    unnamed: 'Noem de printbatch die u printte: de sha256 van de pdf (of het aantal brieven) zoals de lijst die toont. Er is niets als op de post gedaan gemarkeerd.',
    unnamedField: 'is nodig: de sha256 van de pdf die u printte (of letterCount)',
    notDownloaded: 'De pdf van deze printbatch is nog niet gedownload. Download en print hem eerst; er is niets als op de post gedaan gemarkeerd.',
    /** README printaddress: a provider's address corrected after the batch was downloaded, before it was posted (`readdressed`); its letters to them were made again. */
    readdressed: (providers: string[], letters: number) =>
      `Het adres van ${listed(providers, 'nl')} is gecorrigeerd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${letters === 1 ? 'de brief' : 'de brieven'} aan ${listed(providers, 'nl')} ${letters === 1 ? 'is' : 'zijn'} opnieuw gemaakt met het nieuwe adres.`,
    /** README docwithdraw: a document withdrawn after the batch was downloaded, before it was posted; the letters enclosing it were made again without it. */
    withdrawnAfterDownload: (kinds: string[], providers: string[], letters: number) =>
      `De ${listed(kinds, 'nl')} in deze batch ${kinds.length === 1 ? 'is' : 'zijn'} ingetrokken nadat u hem downloadde: download hem opnieuw en print hem opnieuw; ${letters === 1 ? 'de brief' : 'de brieven'} aan ${listed(providers, 'nl')} ${letters === 1 ? 'is' : 'zijn'} opnieuw gemaakt zonder dat document.`,
    /** README printrest2: a provider's address corrected back, after the batch was downloaded, to where an earlier copy of its letters went: they were taken out, not made again. */
    restoredAfterDownload: (providers: string[], letters: number) =>
      `Het adres van ${listed(providers, 'nl')} is teruggezet nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${restoredOut(providers, letters)}.`,
    /** Downloaded again with nothing left but letters taken out for an address set back (README, printrest2). */
    restoredEmpty: (providers: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${restoredOut(providers, letters)}.`,
    /** README reminderpost: the block a bank's reminder restated was taken back after the batch was downloaded: the reminder was taken out, not made again. */
    takenBackAfterDownload: (providers: string[], letters: number) =>
      `De blokkering bij ${listed(providers, 'nl')} is ingetrokken nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${takenBackOut(providers, letters)}.`,
    takenBackEmpty: (providers: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${takenBackOut(providers, letters)}, want de blokkering is ingetrokken.`,
    // ownerdrop: an agency's end letter taken out of a downloaded batch, the drop that made it go undone: the agency never gets it.
    dropUndoneAfterDownload: (agencies: string[], letters: number) =>
      `De intrekking van een factuur is teruggedraaid nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${endLetterOut(agencies, letters)}.`,
    dropUndoneEmpty: (agencies: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${endLetterOut(agencies, letters)}, want de intrekking van de factuur is teruggedraaid.`,
    // repayback: our request to pay back what was paid on the claim taken out of a downloaded batch, the claim's drop undone: the provider never gets it.
    repaymentAskedAfterDownload: (providers: string[], letters: number) =>
      `De intrekking van de vordering van ${listed(providers, 'nl')} is teruggedraaid nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${repaymentAskedOut(providers, letters)}.`,
    repaymentAskedEmpty: (providers: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${repaymentAskedOut(providers, letters)}, want de intrekking van de vordering is teruggedraaid.`,
    agencyCorrectedAfterDownload: (agencies: string[], letters: number) =>
      `De gegevens van ${listed(agencies, 'nl')} zijn gecorrigeerd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${agencyCorrectedOut(agencies, letters)}.`,
    agencyCorrectedEmpty: (agencies: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${agencyCorrectedOut(agencies, letters)}.`,
    // stopclaim (collrest): the agency's new collection letter recorded after the download: its end letter stays home, the new stop asks what stands now.
    collectedAgainAfterDownload: (agencies: string[], letters: number) =>
      `Er is een nieuwe incassobrief van ${listed(agencies, 'nl')} vastgelegd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; ${endLetterOut(agencies, letters)}.`,
    collectedAgainEmpty: (agencies: string[], letters: number) => `Er is nu niets te printen in deze printbatch: ${endLetterOut(agencies, letters)}, want ${listed(agencies, 'nl')} stuurde een nieuwe incassobrief.`,
    /**
     * Downloaded again while the letters made again were not made yet, and nothing else left in it: each said as it was made again
     * (README, printrest): `moved`, the providers whose address was corrected; `withdrawn`, those whose letter lost a withdrawn document.
     */
    readdressedEmpty: (moved: string[], withdrawn: { kinds: string[]; providers: string[] } | null) => {
      const parts = [
        ...(moved.length ? [`wat erin zat aan ${listed(moved, 'nl')} is opnieuw gemaakt met het nieuwe adres`] : []),
        ...(withdrawn ? [`wat erin zat aan ${listed(withdrawn.providers, 'nl')} is opnieuw gemaakt zonder de ingetrokken ${listed(withdrawn.kinds, 'nl')}`] : []),
      ];
      return `Er is nu niets te printen in deze printbatch: ${parts.length === 1 ? `${parts[0]} en gaat` : `${parts.join(', en ')}; beide gaan`} mee met de volgende printbatch.`;
    },
    lateIntro: 'De termijn in deze brieven was al voorbij toen ze op de post gingen. Voor elk is een nieuwe brief gemaakt, met de datum van die dag en een nieuwe termijn; die gaat mee in de volgende printbatch:',
    lateLetter: (due: string) => `de brief noemt uiterlijk ${due}`,
    setApartIntro: 'Niet in de pdf: de termijn in deze brieven was al voorbij toen de pdf werd gedownload. Ze zijn opnieuw gemaakt, met de datum van die dag en een nieuwe termijn, en gaan mee in de volgende printbatch:',
    /** `remade` letters made anew; `notRemade` not, as what they asked was answered since (`LettersService.remake`). */
    allSetApart: (remade: number, notRemade: number) =>
      `In deze printbatch noemde elke brief een termijn die al voorbij was; er is niets te printen. ${
        !notRemade
          ? 'De brieven zijn opnieuw gemaakt met de datum van vandaag en wachten op de volgende printbatch.'
          : `${remade ? `${remade === 1 ? 'Eén brief is' : `${remade} brieven zijn`} opnieuw gemaakt met de datum van vandaag en wacht${remade === 1 ? '' : 'en'} op de volgende printbatch. ` : ''}${notRemade === 1 ? (remade ? 'Eén andere brief is' : 'De brief is') : `${remade ? `${notRemade} andere` : 'De'} brieven zijn`} niet opnieuw gemaakt: wat ${notRemade === 1 ? 'die brief' : 'die brieven'} vroeg${notRemade === 1 ? '' : 'en'} is sindsdien beantwoord of achterhaald. De tijdlijn van het dossier zegt waarom; u hoeft niets te doen.`
      }`,
  },

  /** ownernotif: her notifications on a page of their own, newest first. */
  notifications: {
    title: 'Meldingen',
    intro: 'Wat de contracten van uw nalatenschappen meldden, nieuwste eerst. Een melding is gelezen zodra u haar opent.',
    adminIntro: 'De meldingen van alle nalatenschappen, nieuwste eerst. Wat u opent, blijft voor de eigenaar van de nalatenschap ongelezen.',
    none: 'Er zijn geen meldingen.',
    allRead: 'Alles gelezen',
    unread: 'Nieuw',
    unreadByOwner: 'Ongelezen door de eigenaar',
    open: 'Openen',
    toContract: 'Naar het contract',
    toEstate: 'Naar de nalatenschap',
    estateOf: (deceased: string, reference: string) => `Nalatenschap ${deceased} (${reference})`,
  },

  privacy: {
    accessLogTitle: (name: string) => `Inzagelog: ${name}`,
    accessLogHeading: (name: string) => `Inzagelog van de nalatenschap van ${name}`,
    backToEstate: 'Terug naar de nalatenschap',
    accessLogCaption: 'Elke keer dat een medewerker deze nalatenschap, haar documenten of brieven opende, nieuwste eerst',
    when: 'Wanneer',
    who: 'Wie',
    opened: 'Wat er geopend is',
    removedAccount: 'een verwijderd account',
    nobodyOpened: 'Nog geen medewerker heeft deze nalatenschap geopend.',
    erasures: 'Verwijderverzoeken',
    erasureSent: (provider: string, on: string) => `Verwijderverzoek verstuurd aan ${provider} op ${on}`,
    erasureNotSent: (provider: string) => `Verwijderverzoek aan ${provider} nog niet verstuurd: zie de brieven van het contract`,
    erasureConfirmed: (provider: string, on: string) => `${provider} heeft de verwijdering bevestigd op ${on}`,
    historyTitle: (file: string) => `Geschiedenis van ${file}`,
    open: (file: string) => `${file} openen`,
    versions: 'Versies',
    statuses: { current: 'actueel', replaced: 'vervangen', withdrawn: 'ingetrokken' },
    uploadedBy: (who: string, when: string) => `geüpload door ${who} op ${when}`,
    withdrawnBy: (who: string, when: string, reason: string) => `ingetrokken door ${who} op ${when}: ${reason}`,
    viewedBy: (file: string) => `Wie ${file} heeft bekeken`,
    nobodyViewed: 'Nog niemand heeft het bekeken.',
    kinds: { family: 'familie', provider: 'organisatie', staff: 'medewerker', unknown: 'onbekend' } as Record<string, string>,
    someone: (kind: string) => `iemand (${kind})`,
  },

  admin: {
    accounts: 'Accounts',
    accountsHeading: 'Accounts van specialisten en beheerders',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    phone: 'Telefoon',
    status: 'Status',
    roles: { admin: 'beheerder', specialist: 'specialist' },
    activeYou: 'actief (u)',
    active: 'actief',
    inactive: 'niet actief',
    deactivate: (name: string) => `${name} deactiveren`,
    reactivate: (name: string) => `${name} weer activeren`,
    newAccount: 'Nieuw account',
    phoneLabel: 'Direct telefoonnummer (komt in het briefhoofd van brieven)',
    password: 'Eerste wachtwoord (minstens 10 tekens)',
    createAccount: 'Account aanmaken',
    directory: 'Organisaties',
    organisation: 'Organisatie',
    category: 'Soort',
    channel: 'Kanaal',
    sla: 'Termijn (werkdagen)',
    requiredDocuments: 'Vereiste documenten',
    newProvider: 'Nieuwe organisatie',
    addProvider: 'Organisatie toevoegen',
    contactPoint: 'Aanspreekpunt voor verzoeken bij overlijden',
    contactName: 'Naam van het team of de afdeling',
    contactEmail: 'E-mailadres (nodig voor het kanaal e-mail)',
    street: 'Postadres: straat of postbus (nodig voor het kanaal post)',
    postalCode: 'Postcode',
    city: 'Plaats',
    country: 'Land (twee letters, NL als u niets invult)',
    slaLabel: 'Antwoordt binnen (werkdagen, 1–60)',
    documentsLegend: 'Documenten die de organisatie vraagt',
    language: 'Taal van de brieven',
    statementLegend: 'Hoe de organisatie op een bankafschrift staat',
    creditorIds: 'Incassant-ID’s (SEPA)',
    creditorHint: 'Eén per regel, bijvoorbeeld NL82ZZZ270754260000.',
    kvk: 'KvK-nummer (8 cijfers)',
    knownNames: 'Bekende namen',
    knownNamesHint: 'Eén per regel: andere namen waaronder de organisatie incasseert, bijvoorbeeld "Netflix International".',
    save: 'Opslaan',
    channels: { portal: 'portaal', email: 'e-mail', post: 'post' },
    languages: { nl: 'Nederlands', en: 'Engels' },
    backToDirectory: 'Terug naar de organisaties',
    tokens: 'API-tokens voor het aanspreekpunt van de organisatie',
    newToken: (label: string) => `Nieuw token "${label}". Kopieer het nu: het wordt maar één keer getoond.`,
    label: 'Omschrijving',
    created: 'Aangemaakt',
    lastUsed: 'Laatst gebruikt',
    revoked: (date: string) => `ingetrokken ${date}`,
    revoke: (label: string) => `${label} intrekken`,
    noTokens: 'Nog geen tokens.',
    tokenLabel: 'Omschrijving (wie of wat het token gebruikt)',
    createToken: 'Token aanmaken',
    webhooks: 'Webhooks',
    webhooksLink: 'Webhook-endpoints en afleveringen',
    webhooksIntro: ': een endpoint registreren, zien wat niet afgeleverd kon worden, het opnieuw versturen.',
    deskUsers: 'Baliegebruikers (mensen die inloggen op /desk)',
    noDeskUsers: 'Nog geen baliegebruikers.',
    webhooksTitle: (name: string) => `${name}: webhooks`,
    backTo: (name: string) => `Terug naar ${name}`,
    endpoints: 'Endpoints',
    registered: (url: string) => `Endpoint ${url} geregistreerd. Geef het ondertekeningsgeheim nu aan de ontwikkelaar van de organisatie: het wordt maar één keer getoond.`,
    url: 'URL',
    registeredOn: 'Geregistreerd',
    remove: (url: string) => `${url} verwijderen`,
    noEndpoints: 'Geen endpoints: de organisatie hoort alleen via haar balie van nieuwe verzoeken.',
    endpointLabel: 'HTTPS-adres van het endpoint',
    register: 'Endpoint registreren',
    parked: 'Geparkeerde afleveringen',
    parkedIntro: 'Opgegeven na bijna drie dagen mislukken; verstuur ze opnieuw zodra het endpoint werkt.',
    nothingParked: 'Niets geparkeerd.',
    deliveries: 'Alle afleveringen',
    nothingSent: 'Nog niets verstuurd.',
    deliveryHeadings: ['Gebeurtenis', 'Verzoek', 'Aangemaakt', 'Status', 'Pogingen', 'Laatste fout', ''],
    deliveryStatuses: { pending: 'wacht', delivered: 'afgeleverd', parked: 'geparkeerd' },
    deliveryFailures: {
      status: (status: number) => `Het endpoint antwoordde met HTTP ${status}.`,
      timeout: (seconds: number) => `Het endpoint antwoordde niet binnen ${seconds} seconden.`,
      url: 'Steward verstuurt niet naar dit adres: een endpoint moet een openbaar https-adres zijn, zonder gebruikersnaam, wachtwoord of #fragment.',
      internal: 'De naam van het endpoint wijst naar een intern netwerkadres; Steward verstuurt daar niet naartoe.',
      unreachable: 'Het endpoint was niet bereikbaar.',
      certificate: 'Het certificaat van het endpoint werd niet aanvaard.',
      other: 'Het versturen is mislukt; de technische melding staat bij deze levering in de API (lastError).',
    },
    sendAgain: 'Opnieuw versturen',
  },

  login: {
    title: 'Inloggen',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    other: 'English',
    wrong: 'Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is niet actief.',
    tooMany: (minutes: number) => `Te veel pogingen. Probeer het over ${minutes} minuten opnieuw.`,
    /** A form was sent after the session ended: its fields were not kept. */
    expired: 'Uw sessie was verlopen; log opnieuw in. Wat u invulde is niet opgeslagen.',
    /** A page was asked with a session that no longer holds (ended, withdrawn or expired); nothing was lost. */
    ended: 'Uw sessie is verlopen of beëindigd; log opnieuw in.',
  },

  errors: {
    /**
     * Refusals made where the code that refuses does not know who reads them (the workflow runtime, a guard,
     * the login throttle, a form's key, the webhooks of a desk and of an administrator): the problem filter
     * words them by code in the reader's audience and language (`ReaderWordedProblem`).
     */
    common: {
      concurrentChange: 'Iemand anders wijzigde dit op hetzelfde moment. Probeer het opnieuw; er is niets gewijzigd.',
      noWorkflow: 'Hiervoor loopt geen afhandeling. Er is niets gewijzigd.',
      unhandled: (state: string) => `Voor dit contract loopt geen afhandeling: het staat op ‘${stateLabelNl('contract', state)}’, en zo kan er niets mee. Er is niets gewijzigd.`,
      stateConflict: (subject: string, state: string) => `Dit kan niet nu ${subject === 'estate' ? 'de nalatenschap' : 'het contract'} op ‘${stateLabelNl(subject, state)}’ staat. Er is niets gewijzigd.`,
      notFound: 'Dit kunnen we niet vinden, of het is niet voor u bestemd.',
      alreadyExists: 'Dit bestaat al: een ander verzoek legde het net vast. Er is niets gewijzigd.',
      unauthenticated: 'Log eerst in: stuur de kop Authorization: Bearer <token> mee.',
      tokenEnded: 'Dit token werkt niet (meer): uw sessie is beëindigd of verlopen. Log opnieuw in voor een nieuw token.',
      crossSite: 'Dit formulier is vanaf een andere website verstuurd. Er is niets gewijzigd.',
      formInProgress: 'Dit formulier wordt nog verstuurd. Kijk zo opnieuw: het wordt niet twee keer verstuurd.',
      invalidCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
      tooManyAttempts: (minutes: number) => `Te veel pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
      tooManyEndpoints: (max: number) => `Er zijn al ${max} endpoints; verwijder er eerst een. Er is niets gewijzigd.`,
      endpointRegisteredAlready: 'Dit adres is al als endpoint geregistreerd en krijgt elke gebeurtenis. Voor een nieuw geheim: verwijder het endpoint en registreer het opnieuw. Er is niets gewijzigd.',
      alreadyOnItsWay: 'Deze gebeurtenis is nog onderweg: wij proberen het zelf opnieuw. Er is niets gewijzigd.',
      keyReused: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek: stuur een nieuwe sleutel. Er is niets gewijzigd.',
      keyInProgress: 'Een verzoek met deze Idempotency-Key is nog bezig of werd afgebroken: kijk over een moment opnieuw, of stuur een nieuwe sleutel als er geen antwoord komt.',
      keyDone: 'Het eerste verzoek met deze Idempotency-Key is uitgevoerd, maar het antwoord ging verloren (bijvoorbeeld door een storing). Er is niets opnieuw gedaan: bekijk wat het veranderde om te zien hoe het ervoor staat.',
      fileRefused: (problem: string, field: string, mb?: string) =>
        `${
          problem === 'tooManyFiles' ? `Stuur één bestand tegelijk, in het veld ‘${field}’`
          : problem === 'fileFirst' ? `Het bestand in ‘${field}’ is groter dan ${mb} MB en kwam vóór de andere velden van het formulier: die zijn niet gelezen. Stuur een bestand van hooguit ${mb} MB, na de andere velden`
          : `Het veld ‘${field}’ hoort niet bij het formulier: stuur het bestand in het veld ‘file’`
        }. Er is niets gewijzigd.`,
      methodNotAllowed: (method: string, allowed: string) => `Dit adres neemt geen ${method}; het neemt ${allowed}. Er is niets gewijzigd.`,
      unreadableBody: (problem: string, limit: number) =>
        `${({ tooLarge: `De inhoud is groter dan ${limit} kB`, tooManyFields: `Een formulier heeft hooguit ${limit} velden`, tooDeep: `Formuliervelden zijn hooguit ${limit} niveaus diep genest`, notJson: 'De inhoud is geen geldige JSON', charset: 'Stuur de inhoud in UTF-8', encoding: 'Content-Encoding moet gzip, deflate, br of identity zijn' } as Record<string, string>)[problem] ?? 'De inhoud is niet te lezen'}. Er is niets gewijzigd.`,
    } satisfies CommonRefusals,
    summary: 'Er is iets niet goed ingevuld. Pas dit aan:',
    /** The names of a choice's values by its field: a refusal names them, not their codes. */
    choices: { done: DONE_CHOICES_NL } as Record<string, Record<string, string>>,
    rules: {
      // A label that is a clause („hoe u dit antwoord ontving”) follows „Vul in”, as Dutch word order has it (audit88 F11).
      required: (label: string) => (/^(hoe|wie|wat|welke?|of|waar|wanneer|waarom) /.test(label) ? `Vul in ${label}` : `Vul ${label} in`),
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `Kies ${label}`,
      maxLength: (label: string, n: string) => `Gebruik voor ${label} hooguit ${n} tekens`,
      minLength: (label: string, n: string) => `Gebruik voor ${label} minstens ${n} tekens`,
      email: (label: string) => `Vul bij ${label} een e-mailadres in zoals naam@voorbeeld.nl`,
      choice: (label: string) => `Kies ${label} uit de lijst`,
      whole: (label: string) => `Vul bij ${label} een heel getal in`,
      min: (label: string, n: string) => `Vul bij ${label} ${n} of meer in`,
      max: (label: string, n: string) => `Vul bij ${label} ${n} of minder in`,
      tooMany: (label: string, n: string) => `Geef bij ${label} hooguit ${n} regels`,
      date: (label: string, typed: string) => (typed ? `${typed} bestaat niet: vul bij ${label} een bestaande datum in` : `Vul bij ${label} een bestaande datum in`),
      country: (label: string) => `Vul bij ${label} een landcode van twee letters in, zoals NL`,
      iban: (label: string) => `${label} klopt niet: controleer het rekeningnummer`,
      euros: (label: string) => `Vul bij ${label} een bedrag in euro’s in, met hooguit twee cijfers achter de komma`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'nl');
        return `„${typed}” bij ${label} kan op twee manieren gelezen worden. Schrijf ${thousands} ${decimal ? `of ${decimal}` : 'of een bedrag met hooguit twee cijfers achter de komma'}`;
      },
      positive: (label: string) => `${label} moet meer dan nul zijn`,
      format: (label: string, example: string) => (example ? `Schrijf ${label} zoals ${example}` : `Controleer de schrijfwijze van ${label}`),
      unknown: (label: string) => `Dit veld hoort niet bij het formulier: ${label}`,
      // The whole body, not one field (text/plain, a JSON array): it cannot carry fields at all.
      object: () => 'Stuur de inhoud als JSON-object of als formulier',
      blank: (label: string) => `${label} bestaat alleen uit spaties: schrijf iets, of laat het veld leeg`,
      future: (label: string) => `${label} ligt in de toekomst`,
      beforeBirth: (label: string) => `${label} ligt vóór de geboortedatum`,
      beforeDeath: (label: string) => `${label} ligt vóór de overlijdensdatum`,
      beforeStart: (label: string) => `${label} ligt vóór het begin van de periode`,
      beforeContract: (label: string) => `${label} ligt vóór de dag waarop het contract werd vastgelegd`,
      beforePosting: (label: string) => `${label} ligt vóór de dag waarop de brief op de post ging`,
      tooLate: (label: string, date: string) => `${label} ligt te ver weg: uiterlijk ${date}`,
      check: (label: string, detail: string) => `Controleer ${label}: ${detail}`,
    },
    field: 'dit veld',
    unknownParameter: (name: string) => `Het adres bevat ‘${name}’; dat kent deze pagina niet`,
    labels: {
      // kifidwords: before the contract is read the body is not known (a malformed day): no body named.
      filedOn: 'de dag waarop u het geschil indiende',
      caseNumber: 'het zaaknummer',
      decision: 'de uitspraak',
      decidedOn: 'de datum van de uitspraak',
      reply: 'het antwoord aan het familielid',
      how: 'de manier van doorgeven',
      outcome: 'wat er met de rekening gebeurt',
      receivedVia: 'hoe u dit antwoord ontving',
      answeredBy: 'wie antwoordde',
      collection: 'wat er met de incasso gebeurde',
      claimDropped: '„de aanbieder liet de hele vordering vallen”',
      'deceased.givenNames': 'de voornamen',
      'deceased.surnamePrefix': 'het tussenvoegsel',
      'deceased.surname': 'de achternaam',
      'deceased.gender': 'het geslacht',
      'deceased.dateOfBirth': 'de geboortedatum',
      'deceased.dateOfDeath': 'de overlijdensdatum',
      'deceased.address.street': 'de straat en het huisnummer',
      'deceased.address.postalCode': 'de postcode',
      'deceased.address.city': 'de woonplaats',
      'deceased.address.country': 'het land',
      'estateAccount.iban': 'het IBAN',
      'estateAccount.holder': 'de rekeninghouder',
      ownerId: 'de vaste contactpersoon',
      name: 'de naam',
      email: 'het e-mailadres',
      phone: 'het telefoonnummer',
      role: 'de rol',
      password: 'het wachtwoord',
      category: 'de soort',
      channel: 'het kanaal',
      slaBusinessDays: 'de termijn',
      requiredDocuments: 'de vereiste documenten',
      language: 'de taal',
      'contactPoint.name': 'de naam van het team',
      'contactPoint.email': 'het e-mailadres van het team',
      'contactPoint.postalAddress.street': 'het postadres',
      'contactPoint.postalAddress.postalCode': 'de postcode',
      'contactPoint.postalAddress.city': 'de plaats',
      'contactPoint.postalAddress.country': 'het land',
      creditorIds: 'de incassant-ID’s',
      kvkNumber: 'het KvK-nummer',
      knownNames: 'de bekende namen',
      label: 'de omschrijving',
      url: 'het adres van het endpoint',
      requestedEndDate: 'de gewenste einddatum',
      effectiveDate: 'de einddatum of datum van overzetting',
      periodFrom: 'de eerste gefactureerde dag',
      periodTo: 'de laatste gefactureerde dag',
      livedAlone: 'of de overledene alleen woonde',
      contractId: 'het contract',
      answersReport: 'welke melding van de familie deze rekening beantwoordt',
      livedWith: 'wie er bij de overledene woonde',
      relation: 'de relatie',
      dateOfBirth: 'de geboortedatum',
      iban: 'het IBAN',
      'address.street': 'de straat en het huisnummer',
      'address.postalCode': 'de postcode',
      'address.city': 'de woonplaats',
      'address.country': 'het land',
      providerId: 'de organisatie',
      // The query parameters of the workspace's pages (an address refused on its error page).
      q: 'de zoekterm', status: 'de fase', done: 'de melding', cursor: 'de paginaverwijzing', back: 'de paginaverwijzing', waiting: 'de paginaverwijzing',
      waitingBack: 'de paginaverwijzing', findings: 'de paginaverwijzing', findingsBack: 'de paginaverwijzing', parked: 'de paginaverwijzing', parkedBack: 'de paginaverwijzing',
      description: 'de omschrijving',
      accountNumber: 'het klant-, polis- of rekeningnummer',
      confirmDuplicate: 'de bevestiging van een tweede contract',
      confirmLivedWith: 'de bevestiging dat niemand de huur voortzet',
      action: 'wat er moet gebeuren',
      transferToFamilyMemberId: 'de nieuwe houder',
      kind: 'de soort document',
      audience: 'wie het document ziet',
      file: 'het bestand',
      reason: 'de reden',
      toUserId: 'de nieuwe vaste contactpersoon',
      note: 'de toelichting',
      answer: 'het antwoord op de afwijzing',
      grounds: 'de bezwaren tegen de afwijzing',
      reference: 'het kenmerk',
      paidOn: 'de betaaldatum',
      receivedOn: 'de ontvangstdatum',
      returnedOn: 'de dag waarop de brief terugkwam',
      invoiceReference: 'de factuur',
      // bankpages: a bank's costs and what it booked back (`chargeNamed`).
      'charge.invoiceReference': 'de kosten',
      'charge.amount': 'het teruggeboekte bedrag',
      'charge.invoiceDate': CHARGE_FIGURES_NL.invoiceDate,
      'charge.periodFrom': CHARGE_FIGURES_NL.periodFrom,
      'charge.periodTo': CHARGE_FIGURES_NL.periodTo,
      // bankdebts: a bill's dates before its contract is read (`billFiguresUnread`): an invoice's or a bank's costs'.
      'figures.invoiceDate': 'de datum van de factuur of de kosten',
      'figures.periodFrom': 'de eerste dag waarover gerekend is',
      'figures.periodTo': 'de laatste dag waarover gerekend is',
      // insurerwords: a filing day refused once the contract is read, where the body is Kifid (`kifidOf`).
      'kifid.filedOn': 'de dag van indienen bij Kifid',
      // kifidwords: once the contract is read, any other body's filing day names the disputes committee, as before.
      'committee.filedOn': 'de dag van indienen bij de geschillencommissie',
      message: 'wat de aanbieder nodig heeft',
      amount: 'het bedrag',
      invoiceDate: 'de datum op de factuur',
      finalInvoiceAmount: 'het bedrag van de eindafrekening',
      releasedOn: 'de datum van de overboeking',
      toldOn: 'de datum van het antwoord',
      releasedAmount: 'het overgemaakte bedrag',
      // answerdates: a bank's or insurer's date as its form labels it (`answerDateKind`), never as an end.
      'answerDate.bank': 'de datum van het saldo', 'answerDate.health': 'de datum van afwikkeling', 'answerDate.pension': 'de datum waarop de pensioenbetalingen stopten', 'answerDate.other': 'de datum van het antwoord',
      agency: 'het incassobureau',
      agencyEmail: 'het e-mailadres van het incassobureau',
      'agencyAddress.street': 'de straat van het incassobureau',
      'agencyAddress.postalCode': 'de postcode van het incassobureau',
      'agencyAddress.city': 'de plaats van het incassobureau',
      dossierNumber: 'het dossiernummer van het incassobureau',
      agencyLanguage: 'de taal van het incassobureau',
      documentsNeeded: 'de gevraagde documenten',
      documentIds: 'de documenten die meegaan',
      otherAnswers: 'wat u nu meestuurt als overig document',
      'otherAnswers.description': 'wat u nu meestuurt als overig document',
      'otherAnswers.documentId': 'het overige document dat u meestuurt',
      'followsLater.kind': 'het document dat later volgt',
      'followsLater.expectedOn': 'de verwachte datum',
      'followsLater.description': 'wat later volgt',
      documents: 'de documenten',
      'contactPoint.postalAddress': 'het postadres',
      findingIds: 'de gevonden betalingen',
    } as Record<string, string>,
    /** A field a form of the contract page labels as another thing than `labels` names it (by the form's name): its messages say the form's label. */
    formLabels: {
      acknowledge: { reference: 'het kenmerk van de aanbieder' },
      complete: ANSWER_LABELS_NL,
      'completion-corrected': ANSWER_LABELS_NL,
      'credit-note-sent': { amount: 'het bedrag van de creditnota' },
      'invoice-after-end': { reference: 'het factuurnummer' },
      'bill-owed': { reference: 'het factuurnummer', dueOn: 'de uiterste betaaldatum' },
      'bill-corrected': { reference: 'het factuurnummer' },
      'collection-notice': { reference: 'het kenmerk van het incassobureau', amount: 'het geëiste bedrag' },
      'collection-notice-corrected': { reference: 'het kenmerk van het incassobureau', amount: 'het geëiste bedrag' },
      calls: { calledOn: 'de datum van het gesprek', party: 'met wie u belde', person: 'met wie', outcome: 'de uitkomst' },
    } as Record<string, Record<string, string>>,
    /** bankforms: the fields of the owner's API steps about a bill, over `formLabels`: read before the contract is (`UNREAD_BILL_NL`). */
    unreadFormLabels: {
      'invoice-after-end': UNREAD_BILL_NL,
      'bill-corrected': UNREAD_BILL_NL,
      'credit-note-sent': { invoiceReference: UNREAD_BILL_NL.invoiceReference, amount: 'het bedrag van de creditnota of het teruggeboekte bedrag' },
      'invoice-withdrawn': { invoiceReference: UNREAD_BILL_NL.invoiceReference },
      'dispute-resolved': { invoiceReference: UNREAD_BILL_NL.invoiceReference, outcome: UNREAD_BILL_NL.outcome },
      'dispute-rejected': { invoiceReference: UNREAD_BILL_NL.invoiceReference },
    } as Record<string, Record<string, string>>,
    /** bankpages: the fields of a bank's forms about its costs, over `formLabels`, as the forms label them (`contract.charge`). */
    chargeFormLabels: {
      'invoice-after-end': CHARGE_FIGURES_NL,
      'bill-corrected': { ...CHARGE_FIGURES_NL, invoiceReference: 'de kosten' },
      'credit-note-sent': { invoiceReference: 'de kosten', amount: 'het teruggeboekte bedrag' },
      'invoice-withdrawn': { invoiceReference: 'de kosten' },
      'dispute-resolved': { invoiceReference: 'de kosten', outcome: 'wat er met de kosten gebeurt' },
      'dispute-rejected': { invoiceReference: 'de kosten' },
      'committee-filed': { invoiceReference: 'de kosten', filedOn: 'de dag van indienen bij Kifid' },
      'committee-decision': { invoiceReference: 'de kosten' },
    } as Record<string, Record<string, string>>,
    /** bankwords2: the 409s of `details` about a bill, of a bank's costs: costs with a kenmerk, booked back, never a factuur (`chargeNamed`). */
    chargeDetails: {
      billNotOpen: (reference: string | null, open: string, provider: string) =>
        `${reference ? `Kosten met kenmerk ${reference} staan niet open bij dit contract${open ? ` (open: ${open})` : ''}` : 'Bij dit contract staan geen kosten open'}: kosten waarop ${provider} antwoordde of die u afhandelde zijn gesloten en blijven zoals ze zijn vastgelegd. Bracht ${provider} nieuwe kosten in rekening, leg die dan vast als nieuwe kosten na de bevestigde datum. Er is niets gewijzigd.`,
      disputeRejectedAlready: (reference: string, provider: string) => `${provider} heeft het bezwaar tegen de kosten met kenmerk ${reference} al afgewezen; die afwijzing staat al vast en hoeft niet opnieuw. Er is niets gewijzigd.`,
      // bankwords3: the bills' 409s (`billPaidAlready`, `billPaidJustNow`, `billNotPaid`, `billStillDisputed`) and a correction's `creditTakenBack`.
      billPaidAlready: (reference: string, date: string, overdraft: boolean) => {
        const owed = bankOwedNl(reference, overdraft);
        return `${owed.named} ${owed.stands} al als betaald (op ${date}). Om de datum te wijzigen: draai de betaling eerst terug en markeer ${owed.it} dan opnieuw als betaald. Er is niets gewijzigd.`;
      },
      billPaidJustNow: (reference: string, overdraft: boolean) => {
        const owed = bankOwedNl(reference, overdraft);
        return `${owed.named} ${owed.is} zojuist door iemand anders als betaald gemarkeerd. Er is niets gewijzigd.`;
      },
      billNotPaid: (reference: string, overdraft: boolean) => {
        const owed = bankOwedNl(reference, overdraft);
        return `${owed.named} ${owed.stands} niet als betaald: er is niets terug te draaien. Er is niets gewijzigd.`;
      },
      billStillDisputed: (reference: string, provider: string) => `Tegen de kosten met kenmerk ${reference} van ${provider} loopt nog bezwaar: de nalatenschap is ze pas verschuldigd als het bezwaar zo eindigt. Er is niets gewijzigd.`,
      // A bank confirmed a date (of the block, the release), no end date; it booked back, it sent no credit note.
      creditTakenBack: (provider: string, reference: string) =>
        `${provider} heeft van de kosten met kenmerk ${reference} al teruggeboekt wat er met deze datum nog betwist zou zijn, of meer: die terugboeking beantwoordde een bezwaar dat de correctie terugneemt. Spreek eerst met ${provider} af wat er met de terugboeking gebeurt en leg dat vast (of dat het bezwaar is opgelost), en corrigeer daarna de bevestiging. Er is niets gewijzigd.`,
    },
    examples: {
      postalCode: '1016 GV',
      phone: '+31 20 123 4567',
      kvkNumber: '27075426 (8 cijfers)',
      creditorIds: 'NL82ZZZ270754260000',
      dateOfBirth: '1948-03-02',
      dateOfDeath: '2026-11-02',
    } as Record<string, string>,
    // famcard (audit88 F11): a report is named by its id, which no example shows; „Controleer de schrijfwijze van welke melding …" read awkwardly.
    formats: {
      answersReport: 'Geef bij answersReport het id van de melding van de familie, zoals het in de lijst van meldingen staat, of none',
    } as Record<string, string>,
    /** A problem's `title` by its status, for every audience (the problem filter); the API's English is the English catalogue's. */
    titles: {
      400: 'Ongeldig verzoek', 401: 'Eerst inloggen', 403: 'Geen toegang', 404: 'Niet gevonden', 405: 'Methode niet toegestaan', 409: 'Kan nu niet', 412: 'Intussen gewijzigd', 413: 'Te groot',
      415: 'Soort bestand niet ondersteund', 422: 'Niet te verwerken', 429: 'Te veel verzoeken', 500: 'Er ging iets mis', 503: 'Even niet beschikbaar',
    } as Record<number, string>,
    pages: {
      tooLongTitle: 'Dit duurde te lang',
      tooLong: 'Het opvragen duurde te lang en is gestopt, zodat Steward voor iedereen snel blijft. Er is niets veranderd. Probeer het over een halve minuut opnieuw.',
      unavailableTitle: 'Even niet beschikbaar',
      unavailable: 'Steward kan zijn gegevens nu niet bereiken. Probeer het over een paar seconden opnieuw.',
      formLost: 'Wat u invulde is niet opgeslagen.',
      notFoundTitle: 'Niet gevonden',
      notFound: 'Deze pagina bestaat niet, of is niet voor u bestemd.',
      forbiddenTitle: 'Geen toegang',
      forbidden: 'U mag deze pagina niet openen. Vraag een beheerder als u denkt dat dit niet klopt.',
      brokenTitle: 'Er ging iets mis',
      broken: 'Er ging bij ons iets mis. Er is niets veranderd. Probeer het zo opnieuw.',
      refusedTitle: 'Dit kon niet',
      home: 'Naar Vandaag',
    },
    /**
     * The `detail` of a contract API refusal, in the owner's language (README, Dutch first): the documents by the names
     * the workspace gives them, a step by its form's title (`contract.forms`), a state by its label. Pages word the same
     * refusals by their code (`refusals`).
     */
    /**
     * The `detail` of a refused bank statement (API `POST /estates/:id/statements`; the pages word the same refusals by
     * their code): `line` and `element` where the file breaks (`element` '' when the parser names none), `reason` the
     * parser's English (in `errors[0].message` too), `mb` the limit.
     */
    statements: {
      notForm: 'Stuur het afschrift als multipart/form-data (veld "file") of als body met Content-Type application/xml of text/csv. Er is niets bewaard.',
      formUnreadable: (_reason: string) => 'Het formulier kwam niet goed aan: kies het bestand opnieuw en verstuur het nog eens. Er is niets bewaard.',
      tooLarge: (mb: string) => `Het afschrift is te groot: kies een bestand van hooguit ${mb} MB. Er is niets bewaard.`,
      unreadable: (line: string, element: string, _reason: string) =>
        `Dit is geen afschrift dat Steward kan lezen: regel ${line}${element ? ` (element <${element}>)` : ''} is niet te lezen. Kies een camt.053-afschrift of een export van ING, Rabobank of ABN AMRO. Er is niets bewaard.`,
      noTransactions: 'Het afschrift bevat geen transacties. Er is niets bewaard.',
    },
    details: {
      /**
       * rentend: „niemand" (or only a lodger) recorded while a relative's recorded address is the deceased's (`sharesHome`): asked to confirm
       * (409 `family-at-home`), as a wrong answer ends a co-tenant's or housemate's home (art. 7:266 lid 1, 7:268 lid 1 en 2 BW).
       */
      familyAtHome: (name: string, street: string) =>
        `Bij ${name} staat hetzelfde adres als bij de overledene (${street}). ${WHO_CONTINUES_LEASE_NL} Zet toch niemand de huur voort, bevestig dat dan.`,
      /** A contract like one recorded already: same provider, a description alike (`likelyDuplicate`), another account number (409 `possible-duplicate`). */
      /** rentrest: a relative added, or her address corrected, to the deceased's home while „niemand" stands (`memberAtHomeProblem`). */
      memberAtHome: (name: string, street: string) =>
        `Bij de overledene staat dat niemand de huur voortzet, maar bij ${name} staat hetzelfde adres als bij de overledene (${street}). ${WHO_CONTINUES_LEASE_NL} Woonde ${name} daar, leg dan bij de overledene vast wie er woonde. Zet toch niemand de huur voort, bevestig dat dan.`,
      possibleDuplicate: (description: string, provider: string, accountNumber: string) =>
        `Er staat al een contract ${description} bij ${provider} (klantnummer ${accountNumber}) in deze nalatenschap. Is dit een tweede contract? Bevestig dat dan.`,
      /** An answer to the provider's question without a document it asked for (422 `documents-asked`). */
      documentsAsked: (provider: string, documents: string, count: number) =>
        `${provider} vroeg om: ${documents} — voeg ${count === 1 ? 'die' : 'ze'} toe aan het antwoord (upload eerst wat nog niet bij de nalatenschap staat). Er is niets gewijzigd.`,
      documentsMissing: (provider: string, documents: string) => `${provider} wil bij het verzoek: ${documents}. Voeg dat eerst toe aan de nalatenschap; daarna kan het verzoek weg.`,
      /** v22 (audit91 F3): a second collection notice while one is recorded (409 `collection-notice-recorded`, naming `agency`). */
      collectionNoticeRecorded:
        'het incassobureau: er is al een brief van een incassobureau vastgelegd en onze incassostop loopt. Staat er een fout in (naam, e-mailadres, kenmerk of bedrag)? Gebruik dan ‘Brief van het incassobureau corrigeren’ op deze pagina. Er is niets gewijzigd.',
      /** v22: a correction of the collection notice that changes nothing (422 naming `agency`). */
      noticeUnchanged: 'het incassobureau: de correctie is gelijk aan wat al is vastgelegd. Er is niets gewijzigd.',
      filingUnchanged: 'de indiening: de dag en het zaaknummer zijn gelijk aan wat al is vastgelegd. Er is niets gewijzigd.',
      /** agencyundo (409 naming `receivedVia`): no agency's own stop is the contract's newest step, something followed it, or an old contract. */
      noAgencyStop: 'hoe u het hoorde: er staat geen melding van het incassobureau zelf dat het de incasso stopte als laatste stap van dit contract. Alleen zo’n melding kunt u terugdraaien. Er is niets gewijzigd.',
      agencyStopFollowed: 'hoe u het hoorde: na de melding van het incassobureau dat het de incasso stopte is er al iets anders vastgelegd, dus die melding kan niet meer worden teruggedraaid. Er is niets gewijzigd.',
      agencyStopNotUndoable: 'hoe u het hoorde: dit contract is gestart voordat een melding van het incassobureau kon worden teruggedraaid. Er is niets gewijzigd.',
      /** dropcorr (audit91 F4): no drop of this bill she recorded herself (409 `no-recorded-drop`, naming `invoiceReference`). */
      noRecordedDrop: (provider: string) =>
        `het factuurnummer: er staat geen intrekking van deze rekening door ${provider} die u zelf vastlegde (telefonisch, per post of per e-mail). Alleen zo’n intrekking kunt u terugdraaien of van een andere datum voorzien. Er is niets gewijzigd.`,
      /** dropcorr: the drop is no longer the contract's newest step (409 `drop-followed`, naming `invoiceReference`). */
      dropFollowed: (provider: string) =>
        `het factuurnummer: na de intrekking door ${provider} is er op dit contract al iets anders vastgelegd, dus de intrekking kan niet meer worden teruggedraaid. Er is niets gewijzigd.`,
      /** dropsrest, claimundo2: a claim dropped whole that no undo reads back (a contract started before v19, or a stop not taken from our stop request; 409 `claim-drop-not-undoable`, naming `invoiceReference`). */
      claimDropNotUndoable: (provider: string) =>
        `het factuurnummer: ${CLAIM_DROP_NOT_UNDOABLE_NL(provider)}`,
      /** dropcorr: a contract started before machine version 23 (409 `drop-not-undoable`, naming `invoiceReference`). */
      dropNotUndoable: 'het factuurnummer: dit contract is begonnen voordat een intrekking kon worden teruggedraaid; dat kan alleen bij contracten die sindsdien zijn begonnen. Er is niets gewijzigd.',
      /** dropcorr: the day corrected to the day recorded already (422 naming `toldOn`, rule `unchanged`). */
      dropDayUnchanged: (day: string) => `de datum van het antwoord: ${longDate(day, 'nl')} is al vastgelegd. Er is niets gewijzigd.`,
      stepRefused: (step: string | null, state: string) => `${step ? `‘${step}’` : 'Deze stap'} kan niet nu het contract op ‘${state}’ staat. Er is niets gewijzigd.`,
      /** A refusal the pages word by its code (`refusals`), as a detail: the same sentence, and that nothing changed. */
      refused: (refusal: string) => `${refusal}. Er is niets gewijzigd.`,
      estateClosed: 'Deze nalatenschap is afgesloten: heropen haar eerst (met de reden), voeg daarna het werk toe. Er is niets gewijzigd.',
      /** famclosed: the final report of a closed estate states its payments; an undo waits for the file to be reopened. */
      paidInClosedEstate: 'Deze nalatenschap is afgesloten en het eindverslag noemt deze betaling: heropen haar eerst (met de reden) om de betaling terug te draaien. Er is niets gewijzigd.',
      /** `named`: each contract by its label with where it stands (`ownerStatusText`). */
      contractsOpen: (count: number, named: string) =>
        `${count === 1 ? '1 contract is' : `${count} contracten zijn`} nog niet afgerond: ${named}. Rond ${count === 1 ? 'het' : 'ze'} eerst af of trek ${count === 1 ? 'het' : 'ze'} in; dan kan de nalatenschap worden gesloten. Er is niets gewijzigd.`,
      documentReplaced: 'Een nieuwere versie heeft dit document vervangen; wijzig die. Er is niets gewijzigd.',
      documentWithdrawn: 'Dit document is ingetrokken; voeg een nieuw document toe. Er is niets gewijzigd.',
      notACorrection: 'Dit document vervangt geen eerdere versie: er is geen correctiebrief te sturen. Er is niets gewijzigd.',
      nothingToCorrectDocument: 'Geen aanbieder had de eerdere versie zonder de gecorrigeerde al te hebben gekregen: er gaat geen correctiebrief. Er is niets gewijzigd.',
      documentKindFixed: 'Een bankafschrift blijft een bankafschrift: het kwam binnen via de afschriften, en alleen de vaste contactpersoon ziet het. Er is niets gewijzigd.',
      billPaidAlready: (reference: string, date: string) => `Factuur ${reference} staat al als betaald (op ${date}). Om de datum te wijzigen: draai de betaling eerst terug en markeer de factuur dan opnieuw als betaald. Er is niets gewijzigd.`,
      billPaidJustNow: (reference: string) => `Factuur ${reference} is zojuist door iemand anders als betaald gemarkeerd. Er is niets gewijzigd.`,
      billNotPaid: (reference: string) => `Factuur ${reference} staat niet als betaald: er is niets terug te draaien. Er is niets gewijzigd.`,
      refundNotReceived: 'Van deze terugbetaling is niets als ontvangen vastgelegd: er is niets terug te draaien. Er is niets gewijzigd.',
      noRefund: (provider: string) => `${provider} heeft bij dit contract geen terugbetaling aan de nalatenschap bevestigd. Er is niets gewijzigd.`,
      /** paiddrop: asking back a final bill paid before the drop, refused. */
      nothingToAskBack: (provider: string) => `Bij dit contract is geen eindafrekening vastgelegd die uit de nalatenschap betaald was voordat ${provider} de vordering liet vallen. Er is geen brief verstuurd.`,
      askedBackAlready: (provider: string, on: string) => `U heeft ${provider} op ${on} al per brief gevraagd dit bedrag terug te betalen. Er is geen nieuwe brief verstuurd.`,
      /** dropdesk (audit90 G6): the undo of a payment Steward's repayment letter states (`droppedPaymentUndoProblem`). */
      paidAskedBackUndo: (reference: string, provider: string, on: string) => `De betaling van eindafrekening ${reference} kan niet meer worden teruggedraaid: op ${on} is ${provider} per brief gevraagd dit bedrag terug te betalen, en die brief noemt de betaling. Klopt de betaling niet, laat het ${provider} dan weten. Er is niets gewijzigd.`,
      refundNotLate: (provider: string, until: string | null) => (until ? `De terugbetaling van ${provider} is nog niet te laat: de termijn loopt tot en met ${until}. Er is geen herinnering verstuurd.` : `De terugbetaling van ${provider} is helemaal ontvangen. Er is geen herinnering verstuurd.`),
      /** A correction of a bill not open (409 `bill-not-open`): a closed bill stays as recorded; `open` the references still open. */
      billNotOpen: (reference: string | null, open: string, provider: string) =>
        `${reference ? `Factuur ${reference} staat niet open bij dit contract${open ? ` (open: ${open})` : ''}` : 'Bij dit contract staat geen factuur open'}: een factuur die ${provider} beantwoordde of die u afhandelde is gesloten en blijft zoals hij is vastgelegd. Stuurde ${provider} een nieuwe factuur, leg die dan vast als nieuwe factuur na de einddatum. Er is niets gewijzigd.`,
      /** A blocked letter produced again, refused (409; README, Letters → retry): why it is not sent. */
      letterNotBlocked: 'Alleen een tegengehouden brief kan opnieuw worden gemaakt. Er is niets gewijzigd.',
      letterNotReproducible: 'Deze brief is gearchiveerd voordat brieven bewaarden waarvan ze gemaakt zijn: start de stap opnieuw vanaf het contract. Er is niets gewijzigd.',
      letterSentAgain: 'Deze brief is al opnieuw gemaakt en verstuurd; nog een keer zou de aanbieder dezelfde brief twee keer geven. Er is niets gewijzigd.',
      letterOvertaken: 'Een latere correctiebrief aan deze aanbieder noemt dezelfde gegevens opnieuw; deze brief zou een verouderde waarde geven en gaat dus niet weg. Er is niets gewijzigd.',
      letterRequestRemade: 'Het verzoek dat deze correctiebrief corrigeert, kwam niet aan en is opnieuw gemaakt met de gecorrigeerde gegevens; deze brief is niet meer nodig en gaat niet weg. Er is niets gewijzigd.',
      letterSuperseded: 'Voor dit contract is later een brief van dezelfde soort over dezelfde zaak gemaakt; deze zou een eerdere ronde noemen en gaat dus niet weg. Er is niets gewijzigd.',
      letterBillNotDisputed: 'Tegen de factuur van deze bezwaarbrief loopt geen bezwaar meer (gecorrigeerd tot de einddatum, beantwoord of afgehandeld); de brief zou er toch bezwaar tegen maken en gaat dus niet weg. Er is niets gewijzigd.',
      letterRetrying: 'Deze brief wordt al opnieuw gemaakt. Er is niets gewijzigd.',
      /** A new account for an e-mail address that has one (409 `email-taken`). */
      emailTaken: (email: string) => `Er is al een account met e-mailadres ${email}. Er is niets gewijzigd.`,
      ownAccount: 'U kunt uw eigen account niet uitzetten: vraag een andere beheerder. Er is niets gewijzigd.',
      billStillDisputed: (reference: string, provider: string) => `Tegen factuur ${reference} van ${provider} loopt nog bezwaar: de nalatenschap is hem pas verschuldigd als het bezwaar zo eindigt. Er is niets gewijzigd.`,
      /** A second acknowledgement of a request recorded for the provider (409 `acknowledged-already`): the first stands. */
      acknowledgedAlready: (provider: string, date: string) => `${provider} heeft dit verzoek al op ${date} bevestigd; een verzoek wordt één keer bevestigd. Bevestigt ${provider} de afhandeling, leg dat dan vast met ‘Aanbieder heeft bevestigd’. Er is niets gewijzigd.`,
      /** A second rejection of a bill the provider rejected already (409): the first stands. */
      /** v14: a confirmation the provider gave at its own desk is its word (409 `confirmation-providers-word`). */
      confirmationProvidersWord: (provider: string) =>
        `${provider} gaf deze bevestiging zelf in het loket; die kunt u niet intrekken. Klopt hij niet, corrigeer dan de bevestiging of vraag ${provider} om een correctie. Er is niets gewijzigd.`,
      /** v14: a letter went out after the confirmation (409 `confirmation-told`): `letters`, which and when. */
      confirmationTold: (letters: string) =>
        `Na deze bevestiging is al verstuurd: ${letters}. Die kan op de bevestiging hebben voortgebouwd, dus intrekken kan niet meer; corrigeer de bevestiging als die niet klopt. Er is niets gewijzigd.`,
      /** v14: no confirmation is on record to take back (409 `no-confirmation`). */
      noConfirmation: 'Er is geen vastgelegde bevestiging om in te trekken. Er is niets gewijzigd.',
      /** corrmachine: a release recorded while one stands (409 `released-already`, naming `releasedOn`): a mistaken one is corrected away (v21). */
      /** committee: the provider's category has no complaints body we know (409 `no-complaints-body`). */
      noComplaintsBody: (provider: string) => `Voor ${provider} kennen we geen geschillencommissie of klachteninstituut; vastleggen dat u daarheen ging kan daarom niet. Er is niets gewijzigd.`,
      /** committee: a decision for a bill the complaints body does not have (409 `not-with-committee`, naming `invoiceReference`). */
      /** kifidrest: `kifid` where the provider's body is Kifid (`heardByKifid`): a bank's are its costs. */
      notWithCommittee: (provider: string, kifid: 'bank' | 'insurer' | null = null) =>
        `${kifid === 'bank' ? `Deze kosten van ${provider} liggen` : `Deze rekening van ${provider} ligt`} niet bij ${kifid ? 'Kifid' : 'de geschillencommissie'}: leg eerst vast dat u het geschil daar indiende. Er is niets gewijzigd.`,
      /** comcorr2: no decision of the complaints body recorded (for the named bill) to correct (409 `no-committee-decision`). */
      noCommitteeDecision: (provider: string, kifid: 'bank' | 'insurer' | null = null) =>
        `Er is geen uitspraak van ${kifid ? 'Kifid' : 'de geschillencommissie'} over ${kifid === 'bank' ? 'deze kosten' : 'deze rekening'} van ${provider} vastgelegd om te corrigeren. Er is niets gewijzigd.`,
      /** comcorr2: a decision's correction that says what is recorded (422 naming `decision`). */
      decisionUnchanged: 'de uitspraak: de beslissing, de dag en het bedrag zijn gelijk aan wat al is vastgelegd. Er is niets gewijzigd.',
      /** committee: a decision dated before the day the dispute was filed (422 `before-filing`, naming `decidedOn`). */
      decidedBeforeFiling: (filedOn: string) => `De datum van de uitspraak ligt vóór ${longDate(filedOn, 'nl')}, de dag dat u het geschil indiende. Er is niets gewijzigd.`,
      releasedAlready: (provider: string) =>
        `De vrijgave van het saldo door ${provider} is al vastgelegd. Was dat een vergissing, corrigeer dan het antwoord van ${provider} en zet ‘Het saldo is overgemaakt naar de boedelrekening’ uit: dan wachten we weer op de vrijgave en legt u die vast zodra die komt. Er is niets gewijzigd.`,
      /** collwithdraw: a withdrawal recorded while no bill is disputed, as on a collection stop of a bill nobody disputed (409 `no-disputed-bill`). */
      nothingToWithdraw: (provider: string) => `Er is geen betwiste factuur van ${provider} die ingetrokken kan zijn: we vroegen alleen de incasso op te schorten. Leg het antwoord daarop vast met „Antwoord op ons verzoek de incasso op te schorten vastleggen”. Er is niets gewijzigd.`,
      disputeRejectedAlready: (reference: string, provider: string) => `${provider} heeft het bezwaar tegen factuur ${reference} al afgewezen; die afwijzing staat al vast en hoeft niet opnieuw. Er is niets gewijzigd.`,
      /** deskback: a rejection taken back on a request started before v20 (409 `rejection-withdrawn-unsupported`). */
      rejectionWithdrawnBefore: (provider: string) =>
        `Dit verzoek liep al voordat Steward een ingetrokken afwijzing kon vastleggen; voor dit verzoek kan dat niet. Handelt ${provider} het verzoek toch af, pas het dan aan en verstuur het opnieuw. Er is niets gewijzigd.`,
      /** deskback: a rejection she answered already can no longer be taken back (409 `rejection-answered`, `rejectionAnswerOf`). */
      rejectionAnswered: {
        withdrawn: (provider: string) => `U heeft dit verzoek ingetrokken; de afwijzing van ${provider} kan daarna niet meer worden ingetrokken. Er is niets gewijzigd.`,
        complained: (provider: string) => `U heeft een klacht ingediend over de afwijzing; ${provider} kan die afwijzing niet meer intrekken. Handelt ${provider} het verzoek toch af, leg dan de bevestiging vast. Er is niets gewijzigd.`,
        amended: (provider: string) => `U heeft het verzoek na de afwijzing aangepast; de afwijzing van ${provider} kan niet meer worden ingetrokken. Verstuur het aangepaste verzoek, of trek het in. Er is niets gewijzigd.`,
        amendedSent: (provider: string) => `U heeft het verzoek na de afwijzing aangepast en opnieuw verstuurd; de afwijzing van ${provider} kan niet meer worden ingetrokken. Leg het antwoord op het nieuwe verzoek vast. Er is niets gewijzigd.`,
        takenBack: (provider: string) => `${provider} heeft de afwijzing van dit verzoek al ingetrokken; er is geen afwijzing meer om in te trekken. Er is niets gewijzigd.`,
        none: (provider: string) => `${provider} heeft dit verzoek niet afgewezen; er is geen afwijzing om in te trekken. Er is niets gewijzigd.`,
      },
      /** A corrected confirmation while a bill is open (409 `bill-open`): what is disputed hangs on the end date the dispute letter quoted. */
      confirmationHeld: (provider: string) =>
        `Tegen een factuur van ${provider} loopt bezwaar, en wat er betwist is hangt af van de einddatum die onze bezwaarbrief noemde. Leg eerst het antwoord van de aanbieder op het bezwaar vast (of dat het is opgelost) en corrigeer daarna de bevestiging. Er is niets gewijzigd.`,
      /** A correction to another provider or new holder after the request went out (409 `request-out`): that is a new request. */
      requestOut: (provider: string, to: 'provider' | 'holder') =>
        `Het verzoek is al naar ${provider} gegaan voor ${to === 'provider' ? 'deze organisatie' : 'deze nieuwe houder'}. Trek dit contract in (de organisatie hoort het) en voeg een nieuw toe. Er is niets gewijzigd.`,
      /** auditmend, versions: a correction built from a version corrected since (409 `contract-changed`, `estate-changed`, `family-member-changed`, `call-changed`, naming `version`). */
      changedSince: (what: Corrected) =>
        `${correctedNL(what)[0]} nadat deze correctie is opgesteld (\`version\` hoort bij een eerdere stand). Er is niets gewijzigd: lees ${correctedNL(what)[1]} opnieuw en stuur de correctie met de \`version\` van nu.`,
      /** versions: an API client's `If-Match` that does not hold (412, RFC 9110 §13.1.1, naming `If-Match`). */
      preconditionFailed: 'Dit is gecorrigeerd na de stand die `If-Match` noemt. Er is niets gewijzigd: lees het opnieuw en stuur de correctie met de `ETag` van die lezing (of de `version` van nu tussen aanhalingstekens) als `If-Match`.',
      actionFixed: 'Wat er moet gebeuren (opzeggen of overzetten) ligt vast zodra het contract is vastgelegd: trek het in en voeg een nieuw contract toe. Er is niets gewijzigd.',
      informedByBrp: (provider: string) => `${provider} hoort het overlijden via de BRP: er gaat geen brief uit. Controleer het bij ${provider}; de taak staat op Vandaag. Er is niets gewijzigd.`,
      /** keptcover: a premium is recorded as owed only on a cover the insurer keeps for the estate, once it answered. */
      notKeptCover: (provider: string) => `Alleen de premie van een verzekering die ${provider} voor de nalatenschap laat doorlopen, legt u zo vast. Een rekening na de einddatum legt u vast als factuur na de einddatum. Er is niets gewijzigd.`,
      notInformedByBrp: (provider: string) => `${provider} hoort het overlijden niet via de BRP: stuur het verzoek. Er is niets gewijzigd.`,
      noAnswerWithdrawn: 'Bij dit contract wacht geen melding over een ingetrokken document op u (al afgehandeld). Er is niets gewijzigd.',
      readdressSeenAlready: 'Deze melding over een gecorrigeerd adres is al als gezien gemarkeerd. Er is niets gewijzigd.',
      noLaterEndDate: 'Bij dit contract wacht geen latere einddatum op u (al afgehandeld). Er is niets gewijzigd.',
      /** A call said beside a provider's term that passed: it may have taken the owner's alert off, which cannot be given back. */
      /** A staff route of another role (403 `forbidden`): an administrator's page or call. */
      forbidden: 'Uw account mag dit niet doen. Er is niets gewijzigd.',
      /** The clock moved while Steward runs on the real one (403 `real-clock`). */
      realClock: 'De klok kan alleen worden verzet als Steward draait met STEWARD_CLOCK=virtual. Er is niets gewijzigd.',
      /** A family report marked handled twice (409 `already-handled`): a colleague, or another tab, was first. */
      reportHandledAlready: 'Deze melding is al afgehandeld. Er is niets gewijzigd.',
      /** familyupload: a relative's upload taken into the estate once already. */
      reportWithoutUpload: 'Bij deze melding is geen bestand meegestuurd. Er is niets gewijzigd.',
      uploadTaken: 'Dit document van de familie is al opgenomen in het dossier; corrigeer zo nodig de soort bij de documenten. Er is niets gewijzigd.',
      /** A report recorded as a bill that is no bill waiting on her (409 `not-a-waiting-bill`): another kind, handled, or acted on when made. */
      reportNotAWaitingBill: 'Deze melding is geen rekening die op u wacht: een ander soort melding, al afgehandeld, of al in behandeling genomen toen de familie haar deed. Er is niets gewijzigd.',
      /** A parked step retried twice at once (409 `step-retried`): the other retry put it back in line. */
      stepRetried: 'Deze stap wordt al opnieuw geprobeerd of is al gelukt. Er is niets gewijzigd.',
      /** A report marked passed on twice (409 `passed-on-already`). */
      reportPassedOnAlready: 'Dit verslag staat al als doorgegeven. Er is niets gewijzigd.',
      /** A letter that reached its addressee, marked passed on (409 `nothing-to-pass-on`). */
      nothingToPassOn: 'Deze brief heeft zijn geadresseerde bereikt; er is niets door te geven. Er is niets gewijzigd.',
      notPosted: 'Alleen een brief per post die op de post is gedaan kan terugkomen. Er is niets gewijzigd.',
      returnedAlready: 'Deze brief staat al als teruggekomen. Er is niets gewijzigd.',
      /** returneddismiss: the address checked of a letter that did not come back (409 `not-returned`), or checked before (409 `return-checked-already`). */
      notReturned: 'Deze brief staat niet als teruggekomen; er is geen adres te controleren. Er is niets gewijzigd.',
      returnCheckedAlready: 'Het adres van deze teruggekomen brief staat al als gecontroleerd. Er is niets gewijzigd.',
      /** The same while a collection stop is asked (any version): the stop letter named the end date, so its answer comes first. */
      collectionStopHeld: (provider: string) =>
        `We vroegen ${provider} een incasso op te schorten, en die brief noemde de einddatum. Leg eerst het antwoord op dat verzoek vast en corrigeer daarna de bevestiging. Er is niets gewijzigd.`,
      /** refunddesk2: a correction of the refund's amount after the provider reported a transfer of it (409 `refund-reported`). */
      refundAmountReported: (provider: string, reported: string) =>
        `${provider} meldde al ${reported} overgemaakt van deze terugbetaling; het bedrag kan daarom niet meer worden gecorrigeerd. Er is niets gewijzigd. Kijk op de rekening van de nalatenschap en leg vast wat er binnenkwam; klopt de melding niet, neem dan contact op met ${provider}.`,
      /** corrpaid (audit91 F1): a final bill corrected below what the estate already paid of it (409 `bill-paid-already`). */
      paidBillLowered: (provider: string, paid: string, on: string, back: string) =>
        `Van deze eindafrekening is al ${paid} betaald uit de nalatenschap, op ${on}. Met een lager bedrag zou ${provider} ${back} moeten terugbetalen, en dat volgt niemand: het bedrag kan daarom niet lager dan ${paid}. Er is niets gewijzigd. Is de betaling per vergissing vastgelegd, draai die dan eerst terug; is de eindafrekening echt lager, vraag ${provider} dan het verschil terug te betalen.`,
      /** corrpaid (audit91 F1): a refund corrected below what the estate already received of it (409 `refund-received-already`). */
      receivedRefundLowered: (provider: string, received: string, on: string, tooMuch: string) =>
        `Van deze terugbetaling is al ${received} ontvangen, laatst op ${on}. Met een kleinere terugbetaling zou ${tooMuch} te veel ontvangen zijn, en dat volgt niemand: de terugbetaling kan daarom niet kleiner dan ${received}. Er is niets gewijzigd. Is de ontvangst per vergissing vastgelegd, draai die dan eerst terug; vraagt ${provider} echt ${tooMuch} terug, spreek dan met ${provider} af hoe dat teruggaat.`,
      /** v11: a corrected end date that would take back what the provider credited on a bill (`creditTakenBack`). */
      creditTakenBack: (provider: string, reference: string) =>
        `${provider} heeft factuur ${reference} al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde een bezwaar dat de correctie terugneemt. Spreek eerst met ${provider} af wat er met de creditnota gebeurt en leg dat vast (of dat het bezwaar is opgelost), en corrigeer daarna de bevestiging. Er is niets gewijzigd.`,
    },
    /** A service's refusals, by their code (src/common/problem.ts RefusalCode); the detail is the refusal's data. */
    refusals: {
      // ownerdrop: the day the provider said its desk's drop was a mistake, before the desk recorded it (`beforeDrop`); `day` that day.
      beforeDrop: (label: string, day: string) => `${label} ligt vóór ${longDate(day, 'nl')}, de dag waarop de aanbieder de intrekking vastlegde`,
      // ownerdrop: how or when the provider said so, sent with an undo of her own record (`ownDrop`): that was her own mistake.
      ownDrop: (label: string) => `${label} hoort alleen bij het terugdraaien van een intrekking die de aanbieder zelf vastlegde; uw eigen vastlegging draait u terug als vergissing`,
      // dropcorr: the day a drop was said, after the day the owner recorded it (`afterRecorded`); `day` that day.
      afterRecorded: (label: string, day: string) => `${label} ligt na ${longDate(day, 'nl')}, de dag waarop u de intrekking vastlegde`,
      unchanged: (label: string) => `${label} is al zo vastgelegd`,
      // toldon: the day a withdrawal was said, before the date on the bill it withdraws (`answerDateProblems`); `day` that date.
      beforeBill: (label: string, day: string) => `${label} ligt vóór de datum op de factuur (${longDate(day, 'nl')})`,
      // bankdebt: a release dated before the day of the balance it releases (`answerDateProblems`); `day` that balance's day.
      beforeBalance: (label: string, day: string) => `${label} ligt vóór de datum van het saldo dat de bank vrijgeeft (${longDate(day, 'nl')})`,
      staleCursor: () => 'Deze pagina van de lijst bestaat niet (meer). Open de lijst opnieuw vanaf het begin',
      fileType: () => 'Kies een PDF-, PNG- of JPEG-bestand',
      unreadable: () => 'Dit bestand is niet te lezen (beschadigd, beveiligd of zonder pagina’s): het kan met geen brief mee. Kies een leesbaar PDF-, PNG- of JPEG-bestand',
      tooLarge: (_label: string, mb: string) => `Het bestand is te groot: kies een bestand van hooguit ${mb} MB`,
      // uploadcheck: a PDF not read within its time budget (`PrintableChecks`), and too many files being read at once.
      pdfReadTooLong: (_label: string, seconds: string) =>
        `Dit PDF-bestand kon niet gelezen worden binnen ${seconds} seconden (te groot of beschadigd): het kan met geen brief mee. Kies een kleiner of ander PDF-, PNG- of JPEG-bestand`,
      checksBusy: () => 'Er worden nu te veel bestanden tegelijk gecontroleerd: probeer het over een minuut opnieuw',
      emptyFile: () => 'Het bestand is leeg: kies het goede bestand',
      statementLine: (_label: string, line: string) => `Regel ${line} van het bestand is niet te lezen. Kies een camt.053-afschrift of een export van ING, Rabobank of ABN AMRO`,
      noTransactions: () => 'Het afschrift bevat geen transacties',
      documentMissing: (_label: string, kind: string) => `Voeg eerst dit document toe aan de nalatenschap: ${kind}`,
      informedByBrp: () => 'Deze organisatie hoort het overlijden via de BRP: er gaat geen brief uit. Controleer het bij de organisatie; de taak staat op Vandaag',
      notNow: () => 'Dit kan nu niet meer: de stand is intussen veranderd. Er is niets gewijzigd; hieronder ziet u hoe het nu staat',
      notCurrent: () => 'Dit document is vervangen of ingetrokken: wijzig de nieuwste versie',
      afterEnd: (label: string, date: string) => `${label} ligt niet na de einddatum (${date}): een rekening tot en met de einddatum wordt gewoon betaald`,
      coverContinues: (_label: string, until: string) =>
        until
          ? `De verzekering loopt door voor de nalatenschap tot en met ${until}: de premie tot en met die dag is een schuld van de nalatenschap en wordt betaald. Alleen een factuur die geheel na die dag valt, kunt u als factuur na de einddatum vastleggen`
          : 'De verzekering loopt door voor de nalatenschap: de premie is een schuld van de nalatenschap en wordt betaald, er is geen einddatum om bezwaar tegen te maken',
      afterCover: (_label: string, until: string) => `De verzekering loopt voor de nalatenschap door tot en met ${until}; deze factuur is voor de tijd daarna: leg hem vast als factuur na de einddatum`,
      recordedAlready: (_label: string, reference: string) => `Factuur ${reference} is al vastgelegd: dezelfde factuur wordt niet twee keer betaald`,
      beforeInvoice: (_label: string, date: string) => `De uiterste betaaldatum ligt vóór de datum op de factuur (${date})`,
      disputedAlready: (_label: string, reference: string) => `Tegen factuur ${reference} loopt al bezwaar: dezelfde factuur wordt niet twee keer betwist`,
      emptyAnswer: () => 'Schrijf een antwoord of kies een document om mee te sturen',
      notAsked: (_label: string, kind: string) => `Volgt later kan alleen voor een document dat de aanbieder vroeg en dat u nu niet meestuurt (${kind})`,
      describeIt: () => 'Schrijf wat later volgt, zoals de brief het moet noemen (bijvoorbeeld: het ingevulde claimformulier)',
      otherOnly: () => 'Een omschrijving hoort alleen bij iets anders dat later volgt; een gevraagd document noemt de brief zelf',
      describesOther: () => 'Een omschrijving hoort alleen bij een document van de soort Overig: de andere soorten noemt de brief zelf',
      namedTwice: (_label: string, description: string) => `U noemde „${description}” al: noem het één keer`,
      notOpen: (_label: string, description: string) => `„${description}” staat niet open: kies een item dat nog volgt`,
      notEnclosed: () => 'Dat document gaat niet mee als overig document: vink het aan bij de documenten om mee te sturen',
      whichItem: () => 'Er staan meer dingen open die later zouden volgen: vink aan welke u nu meestuurt',
      whichDocument: () => 'U stuurt meer dan één overig document mee terwijl er iets openstaat dat later zou volgen: stuur het document dat dat is in een antwoord apart, zodat de brief het goed noemt',
      past: (_label: string, date: string) => `De verwachte datum (${date}) ligt in het verleden: kies een datum vanaf vandaag, of laat hem leeg`,
      documentsAsked: (_label: string, kind: string) => `De aanbieder vroeg om: ${kind} — kies die om mee te sturen (upload hem eerst als hij er nog niet is)`,
      neverAsked: () => 'Steward stuurt een testament nooit naar een aanbieder; wie de erfgenamen zijn, staat in de verklaring van erfrecht: vink die aan, en noem het testament in wat de aanbieder nodig heeft als hij erom vroeg',
      neverEnclosed: (_label: string, kind: string) => `Een ${DOCUMENT_KINDS_NL[kind] ?? kind} gaat nooit naar een aanbieder: laat het weg en beantwoord een vraag ernaar in de toelichting`,
      otherEstate: () => 'Dit document hoort niet bij deze nalatenschap: kies een document van deze nalatenschap',
      familyUpload: () => 'Dit document heeft de familie geüpload; het is alleen voor u en gaat niet naar een aanbieder',
      withdrawn: () => 'Dit document is ingetrokken en gaat niet meer mee',
      replaced: () => 'Een nieuwere versie heeft dit document vervangen: kies die',
      longBeforePeriod: (label: string, from: string) => `${label} ligt meer dan een jaar vóór de gefactureerde periode (vanaf ${from}): controleer het jaar`,
      // bankdebts: the same before the contract is read (`billFiguresUnread`): true of an invoice and of a bank's costs alike.
      longBeforeFirstDay: (label: string, from: string) => `${label} ligt meer dan een jaar vóór de eerste dag waarover gerekend is (vanaf ${from}): controleer het jaar`,
      aboveBill: (_label: string, left: string) => `De creditnota is hoger dan wat er van de factuur openstaat (€ ${left.replace('.', ',')}): controleer het bedrag`,
      /** The provider and the day (written out) the first acknowledgement was recorded: the error's `acknowledged`. */
      acknowledgedAlready: (_label: string, _detail: string, provider: string, date: string) =>
        `${provider} heeft dit verzoek al op ${date} bevestigd: een verzoek wordt één keer bevestigd. Bevestigt ${provider} de afhandeling, leg dat dan vast met ‘Aanbieder heeft bevestigd’`,
      rejectedAlready: (_label: string, reference: string) => `De aanbieder heeft het bezwaar tegen factuur ${reference} al afgewezen: die afwijzing staat al vast`,
      credited: (_label: string, credited: string) => `De aanbieder heeft al € ${credited.replace('.', ',')} van deze factuur gecrediteerd; na de correctie moet er meer betwist blijven. Heeft de creditnota de factuur afgehandeld, leg dan vast dat het geschil is opgelost`,
      openBill: (_label: string, open: string) => (open ? `Kies over welke betwiste factuur het gaat: ${open}` : 'Er is geen betwiste factuur open'),
      // bankpages: the same of a bank's costs (`chargeNamed`).
      openCharge: (_label: string, open: string) => (open ? `Kies over welke betwiste kosten het gaat: ${open}` : 'Er zijn geen betwiste kosten open'),
      aboveCharge: (_label: string, left: string) => `Het teruggeboekte bedrag is hoger dan wat er van de kosten openstaat (€ ${left.replace('.', ',')}): controleer het bedrag`,
      // bankwords2: `rejectedAlready` and `credited` of a bank's costs (`chargeNamed`).
      rejectedCharge: (_label: string, reference: string) => `De bank heeft het bezwaar tegen de kosten met kenmerk ${reference} al afgewezen: die afwijzing staat al vast`,
      // ownerrules: her correction refused at the field it is about (409 `refund-reported`, `bill-open`); `limit` the amount reported, the reference.
      refundReported: (_label: string, reported: string) =>
        `De aanbieder meldde al ${money(Number(reported), 'nl')} overgemaakt van deze terugbetaling; het bedrag kan daarom niet meer worden gecorrigeerd. Kijk op de rekening van de nalatenschap en leg vast wat er binnenkwam; klopt de melding niet, neem dan contact op met de aanbieder`,
      // corrpaid (audit91 F1): `limit` the sum paid or received, its day and the difference, one a line (the day written out).
      paidLowered: (_label: string, limit: string) => {
        const [paid, on, back] = moneyMovedSaid(limit, 'nl');
        return `Van deze eindafrekening is al ${paid} betaald, op ${on}; een lager bedrag betekent dat ${back} terug moet komen. Is de betaling per vergissing vastgelegd, draai die dan eerst terug; is de eindafrekening echt lager, vraag de aanbieder het verschil terug te betalen`;
      },
      // decisionowes: a decision corrected below what the estate already paid of its bill; `limit` the sum paid, its day and what is owed.
      paidAboveDecision: (_label: string, limit: string) => {
        const [paid, on, owed] = moneyMovedSaid(limit, 'nl');
        return `Van deze rekening is al ${paid} betaald uit de nalatenschap, op ${on}; met deze uitspraak is er ${owed} verschuldigd. Is de betaling per vergissing vastgelegd, draai die dan eerst terug; is de uitspraak echt zo, vraag de aanbieder dan het verschil terug te betalen`;
      },
      receivedLowered: (_label: string, limit: string) => {
        const [received, on, tooMuch] = moneyMovedSaid(limit, 'nl');
        return `Van deze terugbetaling is al ${received} ontvangen, laatst op ${on}; een kleinere terugbetaling betekent dat ${tooMuch} te veel ontvangen is. Is de ontvangst per vergissing vastgelegd, draai die dan eerst terug; anders spreekt u met de aanbieder af hoe het verschil teruggaat`;
      },
      creditTakenBack: (_label: string, reference: string) =>
        `De aanbieder heeft factuur ${reference} al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde een bezwaar dat deze datum terugneemt. Spreek eerst met de aanbieder af wat er met de creditnota gebeurt en leg dat vast, en corrigeer daarna de datum`,
      creditTakenBackCharge: (_label: string, reference: string) =>
        `De bank heeft van de kosten met kenmerk ${reference} al teruggeboekt wat er met deze datum nog betwist zou zijn, of meer: die terugboeking beantwoordde een bezwaar dat deze datum terugneemt. Spreek eerst met de bank af wat er met de terugboeking gebeurt en leg dat vast, en corrigeer daarna de datum`,
      creditedCharge: (_label: string, credited: string) => `De bank heeft al € ${credited.replace('.', ',')} van deze kosten teruggeboekt; na de correctie moet er meer betwist blijven. Hebben de teruggeboekte kosten het geschil beëindigd, leg dan vast dat het geschil is opgelost`,
      // bankwords3: `longBeforePeriod` of a bank's costs, and what its contract leaves owed, its costs or an overdraft's debit: an amount (`chargeNamed`).
      longBeforeCharge: (label: string, from: string) => `${label} ligt meer dan een jaar vóór de eerste dag waarover de kosten gaan (vanaf ${from}): controleer het jaar`,
      disputedCharge: () => 'Tegen deze kosten loopt nog bezwaar: ze zijn (nog) niet verschuldigd',
      disputedAlreadyCharge: (_label: string, reference: string) => `Tegen de kosten met kenmerk ${reference} loopt al bezwaar: dezelfde kosten worden niet twee keer betwist`,
      paidCharge: () => 'Dit bedrag staat al als betaald; draai de betaling eerst terug om de datum te wijzigen',
      unpaidCharge: () => 'Dit bedrag staat niet als betaald: er is niets terug te draaien',
      notOwedCharge: (_label: string, owed: string) => (owed ? `De nalatenschap is de bank dit bedrag niet verschuldigd; wel: ${owed}` : 'De nalatenschap is de bank bij dit contract niets verschuldigd'),
      beforeOwedCharge: (label: string, date: string) => `${label} ligt vóór ${date}, de dag waarop het bedrag verschuldigd werd. Was het toen al betaald, dan hoort het niet bij de betalingen uit de nalatenschap`,
      onlyTransfer: (label: string) => `Kies ${label} alleen bij overzetten op een familielid`,
      /** How a settled dispute's answer came: only the provider's withdrawal is its answer (`DisputeResolvedDto.receivedVia`). */
      onlyWithdrawn: (label: string) => `Kies ${label} alleen bij een intrekking door de aanbieder`,
      /** collowner: only the provider drops its own claim, and then the collection is stopped, not suspended (`RecordedCollectionStoppedDto.claimDropped`). */
      onlyProviderStopped: (label: string) => `Kies ${label} alleen als de aanbieder zelf liet weten dat de incasso gestopt is`,
      // bankanswer: a field of one answer (`done`) sent with another.
      onlyWith: (label: string, answers: string) => `Vul ${label} alleen in bij het antwoord ‘${answers}’`,
      // balancecorrect: a final bill beside an answer that has none (`takesFinalBill`); `done` the answer it is refused with.
      noFinalBill: (label: string, done: string) =>
        done === 'pensionStopped' ? `Vul bij ${label} alleen in wat het pensioenfonds als te veel betaald pensioen terugvordert (meer dan € 0)`
        : done === 'accountBlocked' ? `Een bank geeft het saldo op, geen eindafrekening: vul het saldo in (een rood staande rekening met een minteken) en laat ${label} leeg`
        : done === 'coverContinues' ? `De verzekering loopt door voor de nalatenschap, er is geen eindafrekening: laat ${label} leeg en leg de premie vast als schuld van de nalatenschap`
        : `Een uitkering is geen rekening voor de nalatenschap: laat ${label} leeg${done === 'payoutHandled' ? ' en vul het uitgekeerde bedrag in' : ''}`,
      /** The older `livedAlone` sent beside `livedWith`, saying otherwise (`AgreesWithLivedWith`). */
      livedWithDisagrees: (label: string) => `${label} spreekt tegen wie er bij de overledene woonde: geef alleen aan wie er woonde`,
      alreadyOwner: () => 'Deze specialist is al de vaste contactpersoon: kies een ander',
      taken: (label: string) => `${label} is al in gebruik`,
      unknownCreditor: (_label: string, name: string) => `${name}: deze incassant staat nog niet bij de organisaties; voeg hem eerst toe (een beheerder kan dat)`,
      alreadyContract: (_label: string, name: string) => `${name}: hiervoor bestaat al een contract`,
      accountNumberNeeded: (_label: string, name: string) => `${name}: het afschrift noemt geen machtiging; vul het klantnummer in van een factuur of brief van ${name}`,
      /** `said`: the relative's name and the street of the deceased's address, a line each (`familyAtHome` above). */
      familyAtHome: (_label: string, said: string) => {
        const [name, street] = said.split('\n');
        return `Bij ${name} staat hetzelfde adres als bij de overledene (${street}). ${WHO_CONTINUES_LEASE_NL} Zet toch niemand de huur voort, vink dan ‘Ja, dit klopt: niemand zet de huur voort’ aan`;
      },
      /** `said` as `familyAtHome`'s (`memberAtHome` above). */
      memberAtHome: (_label: string, said: string) => {
        const [name, street] = said.split('\n');
        return `Bij de overledene staat dat niemand de huur voortzet, maar bij ${name} staat hetzelfde adres als bij de overledene (${street}). ${WHO_CONTINUES_LEASE_NL} Woonde ${name} daar, leg dan bij de overledene vast wie er woonde. Zet toch niemand de huur voort, vink dan ‘Ja, dit klopt: niemand zet de huur voort’ aan`;
      },
      /** `said`: the description, provider and account number of the contract recorded already, a line each. */
      possibleDuplicate: (_label: string, said: string) => {
        const [description, provider, accountNumber] = said.split('\n');
        return `Er staat al een contract ${description} bij ${provider} (klantnummer ${accountNumber}) in deze nalatenschap. Is dit een tweede contract? Vink dan ‘Ja, dit is een tweede contract’ aan`;
      },
      sameAccount: (_label: string, provider: string) => `Dit klantnummer staat al op een contract bij ${provider} in deze nalatenschap: open dat contract in plaats van er een tweede toe te voegen`,
      ownerOnly: (_label: string, kind: string) => `Dit document (${kind}) is alleen voor de vaste contactpersoon`,
      fixed: (label: string) => `${label} ligt vast: trek dit contract in en voeg een nieuw toe`,
      requestOut: (label: string) => `${label} kan niet meer veranderen nu het verzoek verstuurd is: trek dit contract in (de organisatie hoort het) en voeg een nieuw toe`,
      changedSince: () => 'Wat dit formulier corrigeert, is gecorrigeerd nadat u het opende (in een ander tabblad of door een collega). Er is niets opgeslagen. Hieronder staat wat u invulde, en wat er nu vastligt: pas aan wat nodig is en sla opnieuw op',
      finished: () => 'Dit contract is afgerond: er valt niets meer te corrigeren. Voeg een nieuw contract toe als er nog iets openstaat',
      publicHttps: (label: string) => `Vul bij ${label} een openbaar adres in dat met https:// begint, zonder gebruikersnaam, wachtwoord of #-deel`,
      alreadyUndone: () => 'Deze overdracht is al teruggedraaid',
      handedOnSince: () => 'De nalatenschap is sindsdien opnieuw overgedragen; alleen de laatste overdracht kan worden teruggedraaid',
      undoWindowPassed: () => 'Een overdracht kan alleen binnen 24 uur worden teruggedraaid. Vraag de nieuwe vaste contactpersoon of een beheerder om de nalatenschap terug te geven',
      previousOwnerInactive: (_label: string, name: string) => `${name} kan niet meer inloggen; draag de nalatenschap over aan een actieve specialist`,
      estateClosed: () => 'De nalatenschap is afgesloten: heropen het dossier (bovenaan deze pagina, met de reden) om er weer aan te werken',
      paidInClosedEstate: () => 'De nalatenschap is afgesloten en het eindverslag noemt deze betaling: heropen het dossier (bovenaan de pagina van de nalatenschap, met de reden) om haar terug te draaien',
      familyReportsOpen: (_label: string, count: string) => `Er ${count === '1' ? 'staat nog 1 melding' : `staan nog ${count} meldingen`} van de familie open (zie Vandaag): handel ${count === '1' ? 'die' : 'ze'} eerst af, dan kan de nalatenschap worden gesloten`,
      contractOpen: (_label: string, contract: string) => `Nog niet afgerond: ${contract}`,
      laterEndDatesOpen: (_label: string, count: string) => `De latere einddatum van ${count === '1' ? '1 contract is' : `${count} contracten is`} nog niet afgehandeld (zie Vandaag): markeer ${count === '1' ? 'die' : 'ze'} eerst als afgehandeld, dan kan de nalatenschap worden gesloten`,
      outcomeNeeded: () => 'Kies wat er met de rekening gebeurt: de aanbieder houdt eraan vast, dus de familie moet weten of ze betaald moet worden',
      letterSentAgain: () => 'Deze brief is niet nog eens gemaakt: hij is al opnieuw gemaakt en verstuurd',
      letterOvertaken: () => 'Deze brief is niet opnieuw gemaakt: een latere correctie van hetzelfde gegeven heeft hem ingehaald',
      letterSuperseded: () => 'Deze brief is niet opnieuw gemaakt: een latere brief van dezelfde soort (bij een bezwaar: over dezelfde rekening) heeft hem vervangen',
      letterNotReproducible: () => 'Deze brief is te oud om opnieuw te maken; zet de stap opnieuw in vanaf het contract',
      letterNotBlocked: () => 'Deze brief is niet tegengehouden: alleen een tegengehouden brief wordt opnieuw gemaakt',
      letterRetrying: () => 'Deze brief wordt al opnieuw gemaakt',
      beforeOwed: (label: string, date: string) => `${label} ligt vóór ${date}, de dag waarop de factuur verschuldigd werd. Was hij toen al betaald, dan hoort hij niet bij de betalingen uit de nalatenschap`,
      notOwed: (_label: string, owed: string) => (owed ? `De nalatenschap is deze factuur niet verschuldigd; wel: ${owed}` : 'De nalatenschap is bij dit contract geen factuur verschuldigd'),
      stillDisputed: () => 'Tegen deze factuur loopt nog bezwaar: hij is (nog) niet verschuldigd',
      paidAlready: () => 'Deze factuur staat al als betaald; draai de betaling eerst terug om de datum te wijzigen',
      moreThanLeft: (label: string, left: string) => `${label} is meer dan nog terug te ontvangen is (€ ${left.replace('.', ',')})`,
      notReceived: () => 'Van deze terugbetaling is niets als ontvangen vastgelegd: er is niets terug te draaien',
      noRefund: () => 'De aanbieder heeft bij dit contract geen terugbetaling bevestigd',
      notAskedBack: () => 'Bij dit contract is geen betaald bedrag per brief teruggevraagd',
      notMarkedPaid: () => 'Deze factuur staat niet als betaald: er is niets terug te draaien',
      // corrpaid (audit91 F9): the label carries its article („de overlijdensdatum"); each contract's date is its limit's, written out.
      endDatesBefore: (label: string, contracts: string) =>
        `Met ${label.startsWith('de ') ? label.replace('de ', 'deze ') : `deze ${label}`} zou om beëindiging vóór het overlijden worden gevraagd bij: ${contracts.replace(/\((\d{4}-\d{2}-\d{2})\)/g, (_all, day: string) => `(${longDate(day, 'nl')})`)}. Corrigeer eerst de gewenste einddatum van die contracten`,
      /** Its limit is provider, contract and date (written out), one a line (`confirmedEndLimit`). */
      confirmedEndBefore: (_label: string, limit: string) => {
        const [provider, contract, date] = limit.split('\n');
        return `${provider} heeft ${date} bevestigd als einddatum van ${contract}; dat is vóór deze overlijdensdatum. Klopt de overlijdensdatum, corrigeer dan eerst de bevestigde einddatum (of vraag ${provider} om een nieuwe)`;
      },
    },
  },

  mail: {
    handoverSubject: (deceased: string, reference: string) => `Aan u overgedragen: de nalatenschap van ${deceased} (${reference})`,
    greeting: (name: string) => `Beste ${name},`,
    handedOver: (from: string, deceased: string, reference: string, date: string) => `${from} heeft de nalatenschap van ${deceased} (${reference}) op ${date} aan u overgedragen.`,
    reason: (reason: string) => `Reden: ${reason}`,
    openIt: (url: string) => `Ze staat bovenaan uw lijst Vandaag tot u haar opent: ${url}`,
  },

  timeline: {
    /** rentkeys2: the corporation gave the handover appointment, or changed it (`was`: the day and time it replaced). */
    handoverAppointmentGiven: (provider: string, appointment: string, was: string | null) =>
      was ? `${provider} wijzigde de afspraak voor de oplevering van de woning (was ${was}): ${appointment}` : `${provider} gaf de afspraak voor de oplevering van de woning: ${appointment}`,
    refundPaidReported: (provider: string, amount: string, on: string, reference?: string) => `${provider} meldt ${amount} van de terugbetaling overgemaakt op ${on}${reference ? ` (kenmerk ${reference})` : ''}`,
    refundReminded: (provider: string, left: string, payBy: string) => `Herinnering over de terugbetaling van ${provider} gestuurd: ${left} gevraagd uiterlijk ${payBy}`,
    /** paiddrop: the letter asking back a final bill paid before the drop. */
    refundAskedBack: (provider: string, amount: string, reference: string, payBy: string) => `${provider} per brief gevraagd ${amount} terug te betalen (eindafrekening ${reference}, betaald voordat ${provider} de vordering liet vallen), uiterlijk ${payBy}`,
    /** refunddesk: the reminder not made, as nothing was left to ask when it was to be made. */
    refundReminderUnsent: (provider: string) => `Herinnering over de terugbetaling van ${provider} niet gestuurd: de terugbetaling is inmiddels helemaal als ontvangen vastgelegd`,
    /** refundtoday: the reminder made asks less than she asked when she pressed: more was recorded received in between. */
    refundReminderRestated: (provider: string, left: string, asked: string) => `Herinnering over de terugbetaling van ${provider} gemaakt: de brief vraagt ${left}, niet de ${asked} van toen u erom vroeg; sindsdien is meer als ontvangen vastgelegd`,
    refundReceived: (provider: string, amount: string, on: string, undone: boolean) => (undone ? `de ontvangst van ${amount} op ${on} van de terugbetaling van ${provider} is teruggedraaid` : `${amount} van de terugbetaling van ${provider} ontvangen op ${on}`),
    /**
     * After the step's words of the decision that the estate pays bills for time after the end date (`afterEnd`, as the bills
     * to pay say it): that they are such bills.
     */
    afterEndDecided: (references: string[], bank: boolean) => {
      // bankforms: a bank's costs (`CHARGE_NOUNS`) go over days set against the date it confirmed, as her list of debts says them.
      if (bank) return `${capitalised(billsNamed(references, 'nl', { ...CHARGE_NOUNS.nl, unknown: 'de kosten' }).words)} zijn voor dagen na de bevestigde datum.`;
      const { words, several } = billsNamed(references, 'nl', { one: 'factuur', several: 'facturen', unknown: 'de facturen' });
      return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${several ? 'zijn' : 'is'} voor tijd na de einddatum.`;
    },
    /** billsplit (audit87 F1): of a bill disputed in part, the part after the end date (`afterEndPartOf`): the rest is for days up to it. */
    afterEndPartDecided: (reference: string, part: string, bank: boolean) =>
      bank ? `Van de ${chargeNl(reference)} is ${part} voor dagen na de bevestigde datum.` : `Van factuur ${reference} is ${part} voor tijd na de einddatum.`,
    /** bankend: at a correction of the end date, what is now for time after it of a bill decided paid from the estate, and what was (`AfterEndPartMoved`). */
    afterEndPartMoved: ({ reference, now, whole, was }: AfterEndPartMoved, bank: boolean): string => {
      const [bill, after, date] = bank ? [`de ${chargeNl(reference)}`, 'dagen na de bevestigde datum', 'de gecorrigeerde bevestigde datum'] : [`factuur ${reference}`, 'tijd na de einddatum', 'de gecorrigeerde einddatum'];
      const said = now === null ? `is van ${bill} niets meer voor ${after}` : whole ? `is ${bill} nu geheel voor ${after}` : `is van ${bill} nu ${now} voor ${after}`;
      return `Door ${date} ${said}${was === null ? '' : ` (was ${was})`}.`;
    },
    handedOver: (to: string, from: string, reason: string, told: string[] = [], remadeFor: RemadeFor[] = []) => `${to} is nu de vaste contactpersoon (neemt over van ${from})${newContactTold(told, remadeFor)}. Reden: ${reason}`,
    /** A withdrawn document was part of our answer to the provider's question; its complaint or rejection stands (`contract.answer_document_withdrawn`). */
    /** deskcorr: the provider confirmed its date again after a correction asked whether it changes (`CORRECTION_ANSWERED`). */
    correctionAnswered: (provider: string, date: string) => `${provider} bevestigde na de correctie van het verzoek opnieuw ${date}: die datum blijft`,
    answerDocumentWithdrawn: (provider: string, kind: string, date: string, complained: boolean, documentKind: string) =>
      `${provider} had ${nlAgreeing(documentKind).the} ${kind} ${nlAgreeing(documentKind).which} op ${date} is ingetrokken als deel van ons antwoord op zijn vraag. ${complained ? 'De klacht loopt door' : 'De afwijzing blijft staan'}; de vraag gaat niet vanzelf weer open. Stuur ${provider} ${nlAgreeing(documentKind).aNew} ${kind} als ${nlAgreeing(documentKind).which} nodig is.`,
    /** answerrest: the owner marked the note of a withdrawn answer handled (`contract.answer_withdrawn_handled`). */
    answerWithdrawnHandled: (provider: string, kind: string) => `Melding afgehandeld: ${provider} had een ingetrokken ${kind} als deel van ons antwoord.`,
    endDateNotTold: (agency: string, date: string) => `Geen brief aan ${agency} over de gecorrigeerde einddatum ${date}: geen van de facturen die de brief om de incasso op te schorten noemde staat nog open, dus de datum verandert niets aan wat ${agency} int.`,
    /** reportmoney (audit95 F1, F2, F8): an agency told its collection ended hears no more of its bills (`contract.ended_agency_not_written`). */
    endedAgencyNotWritten: (agency: string, about: string, saidItself = false) =>
      `Geen brief aan ${agency} over ${about}: ${agency} ${saidItself ? 'liet zelf weten dat de incasso is gestopt' : 'kreeg al bericht dat de incasso is beëindigd'}.`,
    endedAgencyAbout: {
      endDate: (date: string) => `de gecorrigeerde einddatum ${date}`,
      correction: 'de correctie van ons verzoek',
      billCorrection: (reference: string) => `de correctie van factuur ${reference}`,
      objectionDropped: (reference: string) => `het intrekken van ons bezwaar tegen factuur ${reference}`,
    },
    handoverUndone: (back: string, instead: string, told: string[] = [], remadeFor: RemadeFor[] = []) => `Overdracht teruggedraaid: ${back} is weer de vaste contactpersoon (in plaats van ${instead})${newContactTold(told, remadeFor)}.`,
    /** The contact-person letter not made: a letter signed by the new contact person reached the provider first and names her already. */
    contactNamedAlready: (provider: string, date: string, kind: string, contact: string) =>
      `Geen aparte brief over de nieuwe contactpersoon aan ${provider}: de brief van ${longDate(date, 'nl')} (${kind}) noemt ${contact} al als contactpersoon.`,
    letterSent: (title: string, recipient: string, channel: string) => `Brief „${title}” aan ${recipient} verstuurd (${channel}).`,
    /** A letter by post when it was made: it waits for the print batch and the post, it is not sent yet. */
    letterForPost: (title: string, recipient: string) => `Brief „${title}” aan ${recipient} klaargezet voor de post.`,
    letterUndelivered: (title: string, recipient: string) => `Brief „${title}” aan ${recipient} gemaakt, maar per e-mail nog niet bezorgd.`,
    /** An e-mail made less than a quarter of an hour ago and not failed (`SENDING_GRACE_MS`). */
    letterBeingSent: (title: string, recipient: string) => `Brief „${title}” aan ${recipient} gemaakt; wordt per e-mail verstuurd.`,
    /** A letter by post set apart when its batch was downloaded: the term it printed had passed, so it was made anew instead. */
    /** Set apart unprinted after a correction (README, queuedfix, queuedrest): the correction's own entry says what went instead. */
    letterCorrectedBeforePost: (title: string, recipient: string, post: boolean) =>
      `Brief „${title}” aan ${recipient} ${post ? 'klaargezet voor de post, maar niet geprint' : 'gemaakt, maar niet per e-mail verstuurd'}: een gegeven erin werd gecorrigeerd voordat hij wegging (zie de correctie).`,
    /**
     * The directory's address of the provider corrected while a letter to it had not left yet (README, postfix): it was made again.
     * README printaddress: `stage` where it was (waiting; in a batch downloaded, not posted; posted to the old address on `postedOn`),
     * `channel` the channel the directory changed to, if it did.
     */
    /**
     * Set apart and made anew when the directory corrected its provider (README, printwords), as it happened: downloaded (it may be
     * printed) but not posted; waiting, its address or its channel changed. Nothing of the estate was corrected.
     */
    letterReaddressedApart: (title: string, recipient: string, how: Readdressing, post: boolean) => {
      if (how === 'downloaded') return `Brief „${title}” aan ${recipient} zat in een printbatch die u downloadde, maar ging niet op de post: daarna is het adres van ${recipient} gecorrigeerd in het adressenbestand. Er is een nieuwe brief voor gemaakt met het nieuwe adres; de geprinte versie gaat niet weg.`;
      const made = post ? 'klaargezet voor de post, maar niet geprint' : 'gemaakt, maar niet per e-mail verstuurd';
      const where = `het ${post ? 'adres' : 'e-mailadres'} van ${recipient}`;
      const back = 'in het adressenbestand teruggezet naar het adres waar de eerdere brief al heen ging';
      if (how === 'restored') return `Brief „${title}” aan ${recipient} ${made}: ${where} is ${back}.`;
      if (how === 'restoredDownloaded') return `Brief „${title}” aan ${recipient} zat in een printbatch die u downloadde, maar ging niet op de post: daarna is ${where} ${back}. De geprinte versie gaat niet weg.`;
      const why = how === 'channel' ? `volgens het adressenbestand ontvangt ${recipient} brieven voortaan op een andere manier` : `het ${post ? 'adres' : 'e-mailadres'} van ${recipient} is gecorrigeerd in het adressenbestand voordat hij wegging`;
      return `Brief „${title}” aan ${recipient} ${made}: ${why}. Er is een nieuwe brief voor gemaakt.`;
    },
    /** `title`: the letter's title (README, printwords); entries written before it was kept name its `kind`. */
    letterReaddressed: (provider: string, title: string | null, kind: string, date: string, r: Readdressed) => {
      const letter = title ? `brief „${title}”` : kind;
      const waited = r.post ? 'die nog op de post wachtte' : 'die nog niet verstuurd was';
      const where = r.stage === 'downloaded' ? 'die al in een gedownloade printbatch zat maar nog niet op de post was gedaan' : waited;
      const corrected = `het ${r.post ? 'adres' : 'e-mailadres'} van ${provider} is gecorrigeerd in het adressenbestand.`;
      if (r.stage === 'posted') {
        const went = `De ${letter} van ${date} ${r.post ? `ging op ${r.postedOn} op de post naar het oude adres` : `werd op ${r.postedOn} per e-mail bezorgd op het oude e-mailadres`}`;
        // README printrest: one gone that is not made again says why, and where what follows goes.
        if (r.notAgain?.why === 'answered') return `${corrected} ${went}; daarna is op dit contract een antwoord of volgende stap vastgelegd, dus hij gaat niet opnieuw.`;
        if (r.notAgain?.why === 'older')
          return `${corrected} ${went}. Hij gaat niet vanzelf opnieuw: hij ging meer dan ${r.notAgain.days} dagen voor de correctie weg en ${provider} kreeg sindsdien de tijd om te antwoorden; wat Steward hierna over dit verzoek stuurt, gaat naar het nieuwe adres. Twijfelt u of ${provider} hem kreeg, neem dan contact op met ${provider}.`;
        // README printaddr: an earlier letter about the request; the later one is told on its own line.
        // README printrest2: one made for a slip that went there; the provider has the earlier copy at the address the directory has again.
        if (r.notAgain?.why === 'restored') return `${corrected} ${went}; die gaat niet opnieuw: het adressenbestand heeft weer het adres waar de brief van ${r.notAgain.letterDate} op ${r.notAgain.postedOn} heen ging.`;
        if (r.notAgain?.why === 'followed')
          return `${corrected} ${went}. Hij gaat niet opnieuw: op dit verzoek volgde ${r.notAgain.title ? `de brief „${r.notAgain.title}”` : 'een latere brief'} van ${r.notAgain.letterDate}. Twijfelt u of ${provider} hem kreeg, neem dan contact op met ${provider}.`;
        return `${corrected} ${went}; die brief is opnieuw gemaakt voor het gecorrigeerde adres en gaat ${r.channel ? BY_CHANNEL_NL[r.channel] : r.post ? 'mee met de volgende printbatch' : BY_CHANNEL_NL.email}.`;
      }
      // README slipback: one made again for a slip, the slip corrected back before it went; the provider has the earlier copy.
      if (r.notAgain?.why === 'restored')
        return `${corrected} De ${letter} van ${date}, ${where}, gaat niet weg: het adressenbestand heeft weer het adres waar de brief van ${r.notAgain.letterDate} op ${r.notAgain.postedOn} heen ging, dus er is geen nieuwe brief voor gemaakt.`;
      if (r.channel) return `${provider} ontvangt brieven voortaan ${BY_CHANNEL_NL[r.channel]} (adressenbestand). De ${letter} van ${date} ${where}, is opnieuw gemaakt en gaat ${BY_CHANNEL_NL[r.channel]}; de eerdere versie gaat niet weg.`;
      return `${corrected} De ${letter} van ${date} ${where}, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`;
    },
    /** README docwithdraw: a letter not yet left made again without a document the owner withdrew; `kind` the letter's, `documentKind` the document's. */
    letterWithoutWithdrawn: (provider: string, kind: string, documentKind: string, r: { stage: 'waiting' | 'downloaded'; post: boolean }) =>
      `de ${kind} aan ${provider} ${r.stage === 'downloaded' ? 'die al in een gedownloade printbatch zat maar nog niet op de post was gedaan' : r.post ? 'die nog op de post wachtte' : 'die nog niet verstuurd was'}, is opnieuw gemaakt zonder de ingetrokken ${documentKind}; de eerdere versie gaat niet weg.`,
    letterSetApart: (title: string, recipient: string) => `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet geprint: de termijn erin was al voorbij. Er is een nieuwe brief voor gemaakt.`,
    /** An e-mail that did not arrive, made anew: a line of its own, the line of the letter made stays as it was (audit80 SMTP-1). */
    letterReplaced: (title: string, recipient: string, date: string, by: string) =>
      `Brief „${title}” van ${longDate(date, 'nl')} aan ${recipient} is per e-mail niet bezorgd en vervangen door de brief van ${longDate(by, 'nl')}.`,
    /** A letter set apart (its dates passed) whose step was answered since: not made anew (`letter.not_remade` says why). */
    letterSetApartNotRemade: (title: string, recipient: string, post: boolean) =>
      post ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet geprint: de termijn erin was al voorbij.` : `Brief „${title}” aan ${recipient} gemaakt, maar per e-mail niet bezorgd op de datum van de brief.`,
    /** Why it was not made anew, and that nothing is asked of her: what it asked was answered or overtaken on `on`. */
    letterNotRemade: (subject: string, recipient: string, date: string, on: string) =>
      `De brief „${subject}” van ${longDate(date, 'nl')} aan ${recipient} is niet verstuurd en niet opnieuw gemaakt: op ${longDate(on, 'nl')} is op dit contract een antwoord of volgende stap vastgelegd, dus wat de brief vraagt staat niet meer zo. U hoeft niets te doen; is de brief toch nog nodig, neem dan zelf contact op met ${recipient}.`,
    letterPosted: (recipient: string, subject: string, batchOf?: string) => `Brief „${subject}” aan ${recipient} op de post gedaan${batchOf ? ` (uit de printbatch van ${batchOf})` : ''}.`,
    /** An objection by post set apart unprinted: the owner settled its bill first (README, agencytold). */
    letterSettledBeforePost: (title: string, recipient: string, post: boolean) =>
      post ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet verstuurd: de factuur is afgehandeld voordat de brief op de post ging.` : `Brief „${title}” aan ${recipient} gemaakt, maar niet per e-mail verstuurd: de factuur is afgehandeld voordat de e-mail wegging.`,
    /** coverfix: the insurer's later cover end takes in premiums we disputed as after it: owed, the objection withdrawn or not sent. */
    coverShortened: (coverUntil: string, references: string[]) => {
      const premiums = billsNamed(references, 'nl', { one: 'premie', several: 'premies', unknown: 'de premie' });
      return `De dekking loopt nu tot en met ${coverUntil}: ${premiums.words} ${premiums.several ? 'lopen' : 'loopt'} geheel of deels daarna en ${premiums.several ? 'staan' : 'staat'} als schuld van de nalatenschap vastgelegd; of u ${premiums.several ? 'ze' : 'die'} betwist, beslist u.`;
    },
    coverRejudged: (coverUntil: string | null, references: string[], withdrawn: boolean) => {
      const premiums = billsNamed(references, 'nl', { one: 'premie', several: 'premies', unknown: 'de premie' });
      const cover = coverUntil ? `De dekking loopt nu door tot en met ${coverUntil}` : 'De dekking loopt nu door zonder laatste dag';
      const objection = premiums.several ? (withdrawn ? 'de bezwaren zijn ingetrokken' : 'de bezwaren gaan niet uit') : withdrawn ? 'het bezwaar is ingetrokken' : 'het bezwaar gaat niet uit';
      return `${cover}: ${premiums.words} ${premiums.several ? 'vallen daarbinnen en worden' : 'valt daarbinnen en wordt'} uit de nalatenschap betaald; ${objection}.`;
    },
    objectionSetApart: (provider: string, references: string[], byEmail: boolean) => {
      const bills = billsNamed(references, 'nl', { one: 'factuur', several: 'facturen', unknown: 'de factuur' });
      return `de bezwaarbrief${bills.several ? 'ven' : ''} aan ${provider} over ${bills.words} ${bills.several ? 'gaan' : 'gaat'} niet meer weg: de ${bills.several ? 'facturen zijn' : 'factuur is'} afgehandeld ${sentOff(bills.several, byEmail)}.`;
    },
    /** A bank's reminder of the release set apart before the post or the e-mail took it: the block it restated was taken back (README, reminderpost). */
    letterTakenBackBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet verstuurd: de blokkering is ingetrokken voordat de brief op de post ging.`
        : `Brief „${title}” aan ${recipient} gemaakt, maar niet per e-mail verstuurd: de blokkering is ingetrokken voordat de e-mail wegging.`,
    /** collrest: a letter asking an agency to close its file set apart before it went: the agency's new collection letter was recorded first. */
    // deskundo: the end letter of a drop undone before it went: the agency never read it, so no correction follows.
    letterDropUndoneBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet verstuurd: de intrekking van de factuur werd teruggedraaid voordat de brief op de post ging. ${recipient} heeft niets gelezen, dus er gaat ook geen correctie.`
        : `Brief „${title}” aan ${recipient} gemaakt, maar niet per e-mail verstuurd: de intrekking van de factuur werd teruggedraaid voordat de e-mail wegging. ${recipient} heeft niets gelezen, dus er gaat ook geen correctie.`,
    letterCollectedAgainBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet verstuurd: ${recipient} stuurde een nieuwe incassobrief voordat de brief op de post ging.`
        : `Brief „${title}” aan ${recipient} gemaakt, maar niet per e-mail verstuurd: ${recipient} stuurde een nieuwe incassobrief voordat de e-mail wegging.`,
    /** An objection set apart before the post or the e-mail took it: the provider's answer to its bill was recorded first (README, setapartrest). */
    letterAnsweredBeforePost: (title: string, recipient: string, post: boolean) =>
      post
        ? `Brief „${title}” aan ${recipient} klaargezet voor de post, maar niet verstuurd: ${recipient} heeft op de factuur geantwoord voordat de brief op de post ging.`
        : `Brief „${title}” aan ${recipient} gemaakt, maar niet per e-mail verstuurd: ${recipient} heeft op de factuur geantwoord voordat de e-mail wegging.`,
    objectionAnsweredSetApart: (provider: string, references: string[], byEmail: boolean) => {
      const bills = billsNamed(references, 'nl', { one: 'factuur', several: 'facturen', unknown: 'de factuur' });
      return `de bezwaarbrief${bills.several ? 'ven' : ''} aan ${provider} over ${bills.words} ${bills.several ? 'gaan' : 'gaat'} niet meer weg: ${provider} heeft op de ${bills.several ? 'facturen' : 'factuur'} geantwoord ${sentOff(bills.several, byEmail)}.`;
    },
    /** returnedpost: a letter by post recorded as come back (`letter.returned`): who recorded it, the day, why; it is made anew, or (returnedthread) not, its contract having moved on. */
    letterReturned: (subject: string, letterDate: string, recipient: string, returnedOn: string, reason: string | null, by: string, remade: boolean) =>
      `${by} heeft vastgelegd dat de brief „${subject}” van ${longDate(letterDate, 'nl')} aan ${recipient} op ${longDate(returnedOn, 'nl')} terugkwam, niet bezorgd${reason ? ` (${reason})` : ''}; ${remade ? 'de brief wordt opnieuw gemaakt.' : 'er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.'}`,
    /** returneddismiss: the address of a letter that came back checked (`letter.return_checked`): who checked it; the entry's day says when. */
    letterReturnChecked: (letterDate: string, recipient: string, by: string) =>
      `${by} heeft het adres van ${recipient} gecontroleerd na de teruggekomen brief van ${longDate(letterDate, 'nl')}.`,
    /** A report that reached nobody, marked as passed on another way (`letter.passed_on`): who marked it, how, and her note. */
    reportPassedOn: (kind: string, letterDate: string, recipient: string, how: string, note: string | null, by: string) =>
      `${by} heeft het ${kind} van ${longDate(letterDate, 'nl')} voor ${recipient} doorgegeven (${how})${note ? `: ${note}` : '.'}`,
    letterBlocked: (title: string, rules: string) => `Brief „${title}” tegengehouden: ${rules}`,
    letterNotSent: (provider: string) => `Brief aan ${provider} voorbereid, nog niet verstuurd.`,
    /** A step whose letter by post is made and waits for the post: the provider has not been asked, reminded or told yet. */
    letterAwaitingPost: (provider: string) => `Brief aan ${provider} ligt klaar voor de post.`,
    channels: { email: 'e-mail', post: 'post', portal: 'desk van de organisatie', family: 'familieportaal' },
    estateStatus: (status: string) => `Nalatenschap: ${status}`,
    estateReopened: (reason: string) => `Nalatenschap heropend. Reden: ${reason}`,
    // `agency`: a collection agency's claim the estate pays, named as the claim (as among the bills to pay).
    // `overdrawn` (bankdebt): the debit of an overdrawn account the bank blocked, named by the bank's reference.
    // `bank` (bankentries): a bank's costs, named as every list of debts names them, never an invoice.
    // `finalBill` 'recovery' (fundwords): a pension fund's final bill, its recovery of pension paid in excess, named so once paid too.
    billPaid: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false) =>
      agency !== null
        ? `V${claimNamedNl(agency, reference).slice(1)}, ${amount}, betaald uit de nalatenschap op ${date}.`
        : overdrawn
        ? `Tekort op de rekening (kenmerk ${reference}) bij ${provider} (${amount}) betaald uit de nalatenschap op ${date}.`
        : bank
        ? `${capitalised(CHARGE_NOUNS.nl.one)} ${reference} van ${provider} (${amount}) betaald uit de nalatenschap op ${date}.`
        : finalBill === 'repaidAgain'
        ? `${capitalised(repaidAgainOfNl(provider))}, ${amount}, betaald uit de nalatenschap op ${date}.`
        : `${finalBill === 'recovery' ? `Terugvordering van te veel betaald pensioen (kenmerk ${reference})` : finalBill ? `Eindafrekening (kenmerk ${reference})` : `Factuur ${reference}`} van ${provider} (${amount}) betaald uit de nalatenschap op ${date}.`,
    /** keptcover: a kept cover's premium the owner recorded as owed by the estate (`period`: its days written out; `due`: the day it is due, when the bill gives it). */
    premiumOwed: (reference: string, provider: string, amount: string, period: string, due: string | null) =>
      `premie ${reference} van ${provider} (${amount}, ${period}) vastgelegd als schuld van de nalatenschap${due ? `; te betalen uiterlijk ${due}` : ''}.`,
    // `amount`: the payment undone (a bill raised after its payment: only its last top-up).
    billPaymentUndone: (reference: string, provider: string, amount: string, date: string, finalBill: boolean | 'recovery' | 'repaidAgain' = false, agency: string | null = null, overdrawn = false, bank = false, open: string | null = null) => {
      // corrpaid (audit91 F8): `open`, when a correction after the payment changed the bill: what is open now, not the payment's sum.
      const openNow = open ? `; nu staat ${open} open.` : '; dat bedrag staat weer open.';
      return (
        agency !== null
        ? `Betaling van ${amount} op ${date} voor de ${claimNamedNl(agency, reference)} teruggedraaid${openNow}`
        : overdrawn
        ? `Betaling van ${amount} op ${date} voor het tekort op de rekening (kenmerk ${reference}) bij ${provider} teruggedraaid${openNow}`
        : bank
        ? `Betaling van ${amount} op ${date} voor de ${CHARGE_NOUNS.nl.one} ${reference} van ${provider} teruggedraaid${openNow}`
        : finalBill === 'repaidAgain'
        ? `Betaling van ${amount} op ${date} voor ${repaidAgainOfNl(provider)} teruggedraaid${openNow}`
        : finalBill
        ? `Betaling van ${amount} op ${date} voor de ${finalBill === 'recovery' ? 'terugvordering van te veel betaald pensioen' : 'eindafrekening'} (kenmerk ${reference}) van ${provider} teruggedraaid${openNow}`
        : `Betaling van ${amount} op ${date} voor factuur ${reference} van ${provider} teruggedraaid${openNow}`
      );
    },
    // An entry written before it stored its data is said with what it did store; `null` marks what it did not.
    /**
     * agencylate: the debt collector's letter corrected after its stop's state was left: each particular from → to (`changes`, listed),
     * the letters of ours that went to the agency under the wrong particulars (each by kind and day, `agencyLetterOn`, listed; '' for none),
     * agencylate2: those held back before they went (listed; '' for none), and what goes again (saying what it replaces only when one
     * went, `replacing`) or why nothing does.
     */
    noticeCorrectedLate: (about: string, changes: string, wrong: string, held: string, again: 'collection_stop' | 'collection_ended' | null, replacing: boolean, nothing: 'amountOnly' | 'languageOnly' | 'noLetter' | 'unreachable' | 'stopped' | null) =>
      `${about}: brief van het incassobureau gecorrigeerd${changes}.${wrong ? ` Onder de verkeerde gegevens gingen naar het incassobureau: ${wrong}.` : ''}${
        held ? ` Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: ${held}.` : ''} ${
        again === 'collection_stop' ? `Ons verzoek om de incasso op te schorten gaat nu ${replacing ? 'opnieuw ' : ''}naar het incassobureau, met de juiste gegevens${replacing ? '; de brief zegt welke brief hij vervangt' : ''}.`
        : again === 'collection_ended' ? `Ons bericht dat de incasso is beëindigd gaat nu ${replacing ? 'opnieuw ' : ''}naar het incassobureau, met de juiste gegevens${replacing ? '; de brief zegt welke brief hij vervangt' : ''}.`
        : nothing === 'amountOnly' ? 'Het incassobureau krijgt geen nieuwe brief: alleen het bedrag in het dossier is aangepast.'
        : nothing === 'languageOnly' ? 'Het incassobureau krijgt geen nieuwe brief alleen om de taal: ons verzoek om de incasso op te schorten loopt niet meer. Een volgende brief aan het bureau gaat in de nieuwe taal.'
        : nothing === 'unreachable' ? 'Het incassobureau krijgt geen nieuwe brief: er is geen adres of e-mailadres vastgelegd. Bel het incassobureau zelf.'
        : nothing === 'stopped' ? 'Er hoeft niets opnieuw: de incasso is als gestopt vastgelegd.'
        : 'Er hoeft niets opnieuw: er ging geen brief naar het incassobureau.'
      }`,
    /** agencylate2: one letter of ours to the agency in that list: its kind, and the day it went (none while on its way). */
    agencyLetterOn: (kind: string, on: string | null) => (on ? `${kind} van ${longDate(on, 'nl')}` : kind),
    /** dropcorr: the day the provider said it dropped a bill, corrected from → to. */
    dropDayCorrected: (about: string, provider: string, bills: string[], from: string, to: string) =>
      `${about}: de dag waarop ${provider} ${billsNamed(bills, 'nl', { one: 'rekening', several: 'rekeningen', unknown: 'de rekening' }).words} introk, gecorrigeerd van ${longDate(from, 'nl')} naar ${longDate(to, 'nl')}. Een brief die de eerdere dag noemde, blijft zoals hij ging.`,
    estateOpened: (deceased: string | null, owner: string | null) => (deceased && owner ? `Nalatenschap van ${deceased} geopend; vaste contactpersoon ${owner}.` : 'Nalatenschap geopend.'),
    contractAdded: (contract: string | null, action: string | null) => (contract && action ? `${contract} (${action}) toegevoegd aan de inventaris.` : 'Contract toegevoegd aan de inventaris.'),
    document: (file: string | null, kind: string | null) => (file && kind ? `${file} (${kind})` : (kind ?? 'een document')),
    documentAdded: (document: string) => `Document toegevoegd: ${document}.`,
    documentReplaced: (document: string, newFile: string | null) => (newFile ? `Document vervangen: ${document} door een nieuwe versie, ${newFile}.` : `Document vervangen door een nieuwe versie: ${document}.`),
    documentWithdrawn: (document: string) => `Document ingetrokken: ${document}.`,
    /** relupload: a relative took back what she sent before the owner used it; what it held is gone, so it is not named. */
    documentTakenBack: (who: string, kind: string | null) => `${who} heeft een zelf gestuurd bestand ingetrokken (${kind ?? 'document'}); het bestand is gewist.`,
    statementTakenBack: (who: string) => `${who} heeft een zelf gestuurd bankafschrift ingetrokken; wat eruit gelezen was, is gewist.`,
    erasureConfirmed: (provider: string, document: string) => `${provider} heeft bevestigd dat het ingetrokken document ${document} is verwijderd.`,
    documentAudience: (document: string, from: string, to: string) => `Wie ${document} ziet is gewijzigd: was „${from}”, nu „${to}”.`,
    documentKind: (file: string | null, from: string, to: string) => `Soort van ${file ?? 'een document'} gecorrigeerd: was „${from}”, nu „${to}”.`,
    /** familyupload: a relative's upload taken into the estate as a kind. */
    documentTaken: (file: string | null, kind: string) => `Document van de familie opgenomen in het dossier: ${file ?? 'een document'}, als „${kind}”.`,
    // docwords: her words for an "overig" one, and what became of them when its kind was corrected away (they name an "overig" one only).
    documentDescribed: (file: string | null, from: string | null, to: string | null) =>
      to ? `Omschrijving van ${file ?? 'een document'}: „${to}”${from ? ` (was „${from}”)` : ''}.` : `Omschrijving van ${file ?? 'een document'} gewist${from ? ` (was „${from}”)` : ''}.`,
    descriptionDropped: (file: string | null, from: string, kind: string) =>
      `Omschrijving „${from}” van ${file ?? 'een document'} vervallen: een omschrijving hoort alleen bij Overig, en het document is nu „${kind}”; brieven noemen het voortaan zo.`,
    familyReport: (who: string, kind: string, message: string | null, outcome: string | null) => `Melding van ${who} (${kind})${message ? `: „${message}”` : ''}${outcome ? `; ${outcome}` : ''}.`,
    reportOutcomes: { dispute_started: 'direct bezwaar gemaakt', collection_stop_requested: 'opschorting van de incasso gevraagd', contract_added: 'contract toegevoegd', contract_known: 'contract al bekend' } as Record<string, string>,
    callbackKind: 'verzoek om terug te bellen',
    /** relcorr: a relative corrected her own report before it was handled (`changes`: each field, from what to what, joined). */
    familyReportCorrected: (who: string, kind: string, changes: string) => `${who} heeft de eigen melding verbeterd (${kind})${changes ? `: ${changes}` : ''}.`,
    familyReportWithdrawn: (who: string, kind: string) => `${who} heeft de eigen melding ingetrokken (${kind}).`,
    reportWordsErased: 'Later ingetrokken door wie het meldde; wat erin stond, is gewist.',
    /** famnews: the upload entry of a file the relative took back, without its name. */
    uploadNameErased: 'Later ingetrokken door wie het stuurde; de bestandsnaam is gewist.',
    reportFigures: { message: 'bericht', invoiceDate: 'factuurdatum', periodFrom: 'periode vanaf', periodTo: 'periode tot en met', amount: 'bedrag', reference: 'kenmerk', agency: 'incassobureau', dossierNumber: 'dossiernummer', agencyLanguage: 'taal van het incassobureau' } as Record<string, string>,
    figureChanged: (label: string, from: string | null, to: string | null) => `${label} ${from ?? '(leeg)'} → ${to ?? '(leeg)'}`,
    callbackRequested: (who: string, message: string | null) => `${who} vraagt om teruggebeld te worden${message ? `: „${message}”` : ''}.`,
    /** A call the owner recorded on a contract: the day, with whom (organisation, person), and what came of it. */
    callRecorded: (date: string, withWhom: string, outcome: string) => `Gebeld op ${date} met ${withWhom}: ${outcome}`,
    /** A recorded call corrected: the version before (for the owner only) and as it stands now. */
    callCorrected: (before: string, now: string) => `Gesprek gecorrigeerd. Was: ${before}. Nu: ${now}`,
    /** A call recorded in error, withdrawn: what it said, for the owner only. */
    callWithdrawn: (before: string) => `Gesprek ingetrokken (vastgelegd in fout). Was: ${before}`,
    sharedWithFamily: (shared: boolean): string => (shared ? 'gedeeld met de familie' : 'niet gedeeld met de familie'),
    /** A report handled with the owner's reply to the relative. */
    reportReplied: (handled: string, reply: string) => `${handled} Antwoord aan de familie: „${reply}”`,
    reportHandled: (kind: string | null) => (kind ? `Melding afgehandeld (${kind}).` : 'Een melding van de familie is afgehandeld.'),
    /** A reported bill the owner recorded: its number, amount and the contract as she knows it (provider — description). */
    reportBillRecorded: (kind: string | null, reference: string, amount: string, contract: string) => `Melding afgehandeld (${kind ?? 'een rekening'}): vastgelegd als rekening ${reference} van ${contract}, ${amount}.`,
    /** A reported collection letter whose notice the owner recorded (README, printwords): the agency, its reference, the contract as she knows it. */
    reportCollectionRecorded: (kind: string | null, agency: string, reference: string, contract: string) => `Melding afgehandeld (${kind ?? 'een incassobrief'}): de incasso van ${agency} (kenmerk ${reference}) vastgelegd bij ${contract}.`,
    reportNotRecorded: (kind: string | null) => `Melding afgehandeld (${kind ?? 'een rekening'}) zonder de rekening vast te leggen.`,
    memberAdded: (member: string | null) => (member ? `${member} toegevoegd.` : 'Familielid toegevoegd.'),
    memberInvited: (name: string | null, byEmail: boolean) => `${name ?? 'Een familielid'} is uitgenodigd voor het familieportaal${byEmail ? ' per e-mail' : ''}.`,
    accessWithdrawn: (name: string | null) => `Portaaltoegang van ${name ?? 'een familielid'} ingetrokken.`,
    accessEnded: (name: string | null) => `Portaalcode en sessies van ${name ?? 'een familielid'} beëindigd: het e-mailadres is gewijzigd. Een nieuwe uitnodiging kan naar het nieuwe adres.`,
    dataExported: (name: string | null) => `Persoonsgegevens van ${name ?? 'een familielid'} geëxporteerd op verzoek (AVG art. 15/20).`,
    statementRead: (transactions: number | null, kept: number | null) => (transactions === null || kept === null
      ? 'Bankafschrift gelezen; alleen de terugkerende betalingen zijn bewaard.'
      : `Bankafschrift gelezen (${transactions} transacties, ${kept} terugkerende betalingen bewaard; de andere transacties zijn niet opgeslagen).`),
  },
};
