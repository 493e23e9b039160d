import { ownerNl } from './owner.nl';
import type { CommonRefusals } from './common-refusals';
import type { AskedDayKind, ProviderLetterKind } from '../../letters';
import type { DOCUMENT_KINDS } from '../documents/document.entity';
import { EXPORT_MAX_DAYS } from '../provider-desk/export-period';
import { moneyMovedSaid } from '../contracts/paid-correction.rules';
import { amountReadings, type AskedInstead, INSURER_BILL_NOUNS, type SurvivorPension, billsNamed, doneChoices, listed, longDate, type MissedQuestion, theCharges, capitalised, money, nlAgreeing } from '../../workflows/wording';

/** Which of the desk's answers a missed term left open (`missedQuestion`), after "zonder uw". */
const yourAnswerNl = (q: MissedQuestion | null): string => {
  switch (q?.kind) {
    case 'confirmation':
      return q.asked ? 'antwoord op ons verzoek' : `bevestiging van de ${q.action === 'cancel' ? 'beëindiging' : 'overzetting'}`;
    case 'collectionStop':
      return 'bevestiging dat de incasso is gestopt';
    case 'rejectionComplaint':
      return 'gemotiveerde antwoord op onze klacht over uw afwijzing';
    case 'release':
      return 'vrijgave van het saldo';
    case 'dispute':
    case 'disputeComplaint': {
      const bills = q.bank ? theCharges(q.bills, 'nl') : billsNamed(q.bills, 'nl', { one: 'factuur', several: 'facturen', unknown: 'de factuur' }).words;
      return q.kind === 'dispute' ? `antwoord op ons bezwaar tegen ${bills}` : `antwoord op onze klacht over ${bills}`;
    }
    default:
      return 'antwoord';
  }
};

/**
 * The desk's words in Dutch: the reference catalogue for the provider audience (see ./index.ts). The
 * wording of each request's state stays in workflows/status-text-provider.ts (pure, already per language).
 * The case owner has one name wherever the desk reads her role: „de contactpersoon" (en: "the contact person", as the letters say; smallmends).
 */
/** Why the will a provider asked for is not among what Steward sent (src/documents/enclosure-rules.ts, `NEVER_ENCLOSED_KINDS`). */
const WILL_NOT_SENT_NL = 'Een testament stuurt Steward nooit naar een aanbieder; wie de erfgenamen zijn, staat in de verklaring van erfrecht.';

/** What a document is, as a Dutch desk calls it: its pages, and a refused choice of documents (`errors.choices`). */
const DESK_DOCUMENT_KINDS_NL = {
  death_certificate: 'Akte van overlijden', certificate_of_inheritance: 'Verklaring van erfrecht', power_of_attorney: 'Volmacht van de erfgenamen',
  will: 'Testament', executor_appointment: 'Verklaring van executele', id_document: 'Identiteitsbewijs nabestaande', invoice: 'Factuur',
  collection_letter: 'Incassobrief', provider_letter: 'Brief van de aanbieder', other: 'Overig document',
} satisfies Record<(typeof DOCUMENT_KINDS)[number], string>;

/** What a bank or insurer may say it did (`DoneKind`): the desk's choices, and their names in a refusal. */
const DONE_CHOICES_NL = doneChoices('nl');


/**
 * deskrules: why the correction form's amount is fixed, beside it and as the refusal at that field (the 409s `refund-reported`,
 * `claim-dropped`), and why a bill's dispute is not rejected twice (409 `answered-already`): one sentence each, for both places.
 */
const REFUND_FIXED_NL = (reported: string) => `U meldde al ${reported} overgemaakt van deze terugbetaling; dit bedrag kunt u daarom niet meer wijzigen. Klopt het niet, laat het dan de contactpersoon weten.`;
const DROPPED_FIXED_NL = 'U liet de hele vordering vallen, ook deze eindafrekening; dit bedrag kunt u daarom niet meer wijzigen. Klopt dat niet, laat het dan de contactpersoon weten.';
/**
 * corrpaid (audit91 F1): why the final invoice cannot go below what the estate already paid of it, or its refund below what it received:
 * beside the correction form's amount (`difference` null) and as the 409's detail and refusal at that field (the difference named).
 */
const PAID_LOWERED_NL = (paid: string, on: string, difference: string | null) =>
  `De nalatenschap betaalde al ${paid} van deze eindafrekening, op ${on}; ${difference ? `een lager bedrag betekent dat u ${difference} terugbetaalt, en dat` : 'een lager bedrag'} kunt u hier niet vastleggen. Is de eindafrekening lager, maak het verschil dan over naar de rekening van de nalatenschap die in onze brief staat en laat het de contactpersoon per e-mail of brief weten.`;
const RECEIVED_LOWERED_NL = (received: string, on: string, difference: string | null) =>
  `De nalatenschap ontving al ${received} van deze terugbetaling, laatst op ${on}; ${difference ? `met een kleinere terugbetaling zou ${difference} te veel zijn ontvangen, en dat` : 'een kleinere terugbetaling'} kunt u hier niet vastleggen. Klopt de terugbetaling niet, laat het dan de contactpersoon per e-mail of brief weten.`;
/** notawords3: the bill by its noun (`noun`): an invoice's „factuur", an insurer's „nota" (`INSURER_BILL_NOUNS`), in the same sentences. */
const REJECTED_ALREADY_NL = (reference: string, noun = 'factuur') => `U heeft het bezwaar tegen ${noun} ${reference} al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.`;
const CHARGE_REJECTED_ALREADY_NL = (reference: string) => `U heeft het bezwaar tegen de kosten met kenmerk ${reference} al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.`;
/** ownerrules: a corrected date that would take back a credit (409 `state-conflict`), as its detail and at `effectiveDate`. */
const CREDIT_TAKEN_BACK_NL = (reference: string, noun = 'factuur') =>
  `U heeft ${noun} ${reference} al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde ons bezwaar, dat deze correctie terugneemt. De bevestiging kan hier daarom niet worden gecorrigeerd; laat de nieuwe einddatum de contactpersoon per e-mail of brief weten. Er is niets gewijzigd.`;
/** collwithdraw: a withdrawal while no bill is disputed (409 `no-disputed-bill`), the bill by its noun. */
const NOTHING_TO_WITHDRAW_NL = (noun: string) =>
  `Er is geen betwiste ${noun} die u kunt intrekken: Steward vroeg alleen de incasso op te schorten. Is de incasso gestopt, meld dat dan met „Incasso gestopt”. Er is niets gewijzigd.`;
/** An answer naming no open bill, or more credited than is left of it (`openBill`, `aboveBill`), the bill by its nouns. */
const OPEN_BILL_NL = (nouns: { one: string; several: string }) => (label: string, open: string) =>
  open ? `${label}: kies een van de betwiste ${nouns.several} (${open}).` : `${label}: er is geen betwiste ${nouns.one} open.`;
const ABOVE_BILL_NL = (noun: string) => (label: string, left: string) => `${label}: de creditnota is hoger dan wat er van de ${noun} openstaat (€ ${left.replace('.', ',')}).`;
const CHARGE_CREDIT_TAKEN_BACK_NL = (reference: string) =>
  `U heeft van de kosten met kenmerk ${reference} al teruggeboekt wat er met deze datum nog betwist zou zijn, of meer: die terugboeking beantwoordde ons bezwaar, dat deze correctie terugneemt. De bevestiging kan hier daarom niet worden gecorrigeerd; laat de nieuwe datum de contactpersoon per e-mail of brief weten. Er is niets gewijzigd.`;

export const providerNl = {
  shell: {
    desk: 'Nabestaandendesk', webhooks: 'Webhooks', logout: 'Uitloggen', switchTo: 'English',
    /** A paged list's link whose cursor no longer held (webcursor). */
    listRestarted: 'Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.',
  },

  login: {
    title: 'Inloggen', email: 'E-mailadres', password: 'Wachtwoord', wrong: 'E-mailadres of wachtwoord klopt niet.', throttled: 'Te veel pogingen. Probeer het later opnieuw.',
    /** A form was sent after the session ended: its fields were not kept. */
    expired: 'Uw sessie was verlopen; log opnieuw in. Wat u invulde is niet opgeslagen.',
    /** A page was asked with a session that no longer holds (ended, withdrawn or expired); nothing was lost. */
    ended: 'Uw sessie is verlopen of beëindigd; log opnieuw in.',
  },

  list: {
    title: 'Verzoeken', none: 'Er staan hier geen verzoeken.',
    /** A tab with how many requests it holds (`count` is capped, e.g. "99+"). */
    tab: (label: string, count: string) => `${label} (${count})`,
    /** The "Nieuw" tab when empty, while requests wait on the provider under "Wacht op u" (`more`: more than `count`). */
    nothingNew: (count: number, more: boolean) =>
      `Niets nieuws. ${more ? `Meer dan ${count} verzoeken wachten` : count === 1 ? '1 verzoek wacht' : `${count} verzoeken wachten`} op u.`,
    /** A search that found nothing under the open tab (`tab`, its label)… */
    notFoundUnder: (tab: string) => `Niets gevonden onder ‘${tab}’.`,
    /** …but under other tabs: each `part` a `foundUnder`, made a link by the page: "Wel 1 verzoek onder ‘Wacht op Steward’." */
    foundElsewhere: (parts: string[]) => `Wel ${listed(parts, 'nl')}.`,
    foundUnder: (count: number, more: boolean, tab: string) => `${more ? `meer dan ${count} verzoeken` : count === 1 ? '1 verzoek' : `${count} verzoeken`} onder ‘${tab}’`,
    /** A search that found nothing under any tab. */
    nothingFound: (q: string) => `Niets gevonden voor ‘${q}’.`,
    /** The badges of an overdue request (these come first in every list): how it was chased, and the term it let pass. */
    chased: { reminder: 'Herinnerd', complaint: 'Klacht' }, termPassed: (date: string) => `Termijn verstreken op ${date}`,
    /** The badge of an overdue request whose reminder or complaint has not reached the provider yet (held back, or waiting for the post). */
    chaseOnItsWay: { reminder: 'Herinnering onderweg', complaint: 'Klacht onderweg' },
    deceased: 'Overledene', action: 'Gevraagd', status: 'Stand van zaken', nextMove: 'Volgende stap',
    search: 'Zoek op ons kenmerk, klant- of rekeningnummer, naam van de overledene, postcode of geboortedatum', find: 'Zoeken',
  },

  /** deskexport: the desk page's form for the CSV export, its limit said before it is chosen (`EXPORT_MAX_DAYS`). */
  export: {
    title: 'Exporteren voor een spreadsheet',
    text: `Alle verzoeken met activiteit in een periode, als CSV-bestand voor Excel of LibreOffice. Eén export beslaat hooguit ${EXPORT_MAX_DAYS} dagen (een kwartaal), de eerste en de laatste dag meegeteld; exporteer een langere periode in delen.`,
    from: 'Eerste dag', to: 'Laatste dag', button: 'Exporteren',
    refused: 'Niet geëxporteerd. Controleer de periode:',
  },

  request: {
    back: 'Terug naar het overzicht', saved: 'Uw antwoord is verwerkt.', refused: 'Niet verwerkt', deceased: 'Overledene', born: 'geboren op', died: 'overleden op',
    account: 'Klantnummer', action: 'Gevraagd', cancel: 'Beëindigen', transfer: 'Overzetten op naam van', endDate: 'Gewenste einddatum',
    /** A transfer ends nothing: its date as the letter says it ("per 2 november 2026 … over te zetten"; audit80 NRC-2). */
    transferDate: 'Overzetten per',
    /** Where the letter asked the provider to send its own transfer and mandate forms: the new holder's address and e-mail. */
    formsTo: 'Uw formulier voor de tenaamstelling sturen naar',
    owner: 'Contactpersoon', ourReference: 'Ons kenmerk', yourReference: 'Uw kenmerk', thread: 'Verloop', enclosures: 'Bijlagen',
    /** deskthread: a long exchange shows its newest page; the links to the older and back, and their navigation's name. */
    threadPages: { older: 'Oudere berichten', newer: 'Nieuwere berichten', nav: 'Pagina’s van het verloop' },
    dispute: 'Bezwaar tegen factuur', invoice: 'Factuur', invoiceDate: 'factuurdatum', period: 'Gefactureerde periode', until: 'tot en met', amount: 'Bedrag',
    disputedPart: 'Betwist deel (na de bevestigde eind- of overzettingsdatum)', askDispute: 'Creditnota of gecorrigeerde eindafrekening, intrekking of gemotiveerde afwijzing',
    collection: 'Incassobrief', collectionAgency: 'Incassobureau', collectionReference: 'Kenmerk van het incassobureau', collectionAmount: 'Gevorderd bedrag', notRecorded: 'niet vermeld',
    /** What our collection stop asks (letters/templates: "Ik verzoek u de incasso op te schorten …"), and with bills still disputed what their dispute asks. */
    askCollection: (billsOpen: boolean) =>
      `De incasso opschorten, de incassokosten laten vervallen en de nabestaanden niet meer benaderen; bevestig dat de incasso is gestopt${billsOpen ? '. Voor de betwiste facturen: een creditnota of gecorrigeerde eindafrekening, intrekking of gemotiveerde afwijzing' : ''}`,
    /** A collection letter in one cell of the export: "Incasso Noord, kenmerk IN-889, € 75,50". */
    collectionSummary: (agency: string | null, reference: string | null, amount: string | null) =>
      [agency ?? 'Incassobureau', reference && `kenmerk ${reference}`, amount].filter(Boolean).join(', '),
    chooseBill: 'Kies de factuur', youHeldTo: 'U hield vast aan deze factuur', credited: 'U crediteerde', stillDisputed: 'nog betwist',
    /** A term the provider let pass at this stage of the request (`missedDueAt`); a new term a letter gave is in the status, said once. */
    missedTerm: (missed: string, question: MissedQuestion | null) => `De termijn tot en met ${missed} is verstreken zonder uw ${yourAnswerNl(question)}.`,
    /** The information the provider asked for went out (the day of its letter), and the request stands where that left it: the provider's move again. */
    /** The letter about the request's present step has not reached the provider: held back, or waiting for the post (README, Provider desk). */
    letterPending: (by: 'post' | 'email' | null) =>
      `Steward ${by === 'post' ? 'stuurt u een brief over dit verzoek per post' : by === 'email' ? 'stuurt u een brief over dit verzoek per e-mail' : 'bereidt een brief over dit verzoek voor'}. U kunt erop antwoorden zodra u hem heeft ontvangen.`,
    /** refund: the refund the provider confirmed, not (all) received by the estate: not "er is niets meer te doen". */
    /** dropdesk (audit90 G3): the money Steward asked back by letter (a final bill paid before the drop), until the case owner records it received. */
    askedBackOpen: (amount: string, left: string | null, askedOn: string, payBy: string) =>
      `Wacht op u: Steward vroeg u op ${askedOn} per brief de ${amount} terug te betalen die de nalatenschap al van de eindafrekening had betaald, uiterlijk ${payBy}${left ? `; ${left} daarvan is nog niet ontvangen` : ''}. Maak het over naar de rekening van de nalatenschap die in de brief staat; de contactpersoon legt de ontvangst vast.`,
    refundOpen: (amount: string, left: string | null) => `U bevestigde ${amount} terug te betalen aan de nalatenschap; ${left ? `${left} daarvan is` : 'dat is'} nog niet ontvangen. Maak het over naar de rekening van de nalatenschap die in onze brief staat.`,
    /**
     * refunddesk2: after its reports of a transfer (added up, the latest day): what it still has to transfer (`rest`), or, all reported,
     * that the case owner records the receipt. Never an instruction to pay what it reported paid.
     */
    refundReportedNext: (reported: string, on: string, several: boolean, rest: { left: string; amount: string } | null) =>
      `${several ? `U meldde in totaal ${reported} overgemaakt, laatst op ${on}` : `U meldde ${reported} overgemaakt op ${on}`}; ${rest ? `${rest.left} van de ${rest.amount} moet u nog overmaken naar de rekening van de nalatenschap die in onze brief staat.` : 'de contactpersoon legt de ontvangst vast zodra het bedrag binnen is.'}`,
    /** refunddesk2: a correction of the final invoice's amount after it reported a transfer of the refund (409 `refund-reported`). */
    refundAmountReported: (reported: string) =>
      `U meldde al ${reported} overgemaakt van deze terugbetaling; het bedrag van de eindafrekening kunt u daarom niet meer wijzigen. Er is niets gewijzigd. Klopt het bedrag niet, laat het dan de contactpersoon per e-mail of brief weten.`,
    /** collclaim2: a correction of the final invoice's amount after the desk dropped the whole claim with it (409 `claim-dropped`). */
    droppedAmountRefused:
      'U liet de hele vordering vallen, ook deze eindafrekening; het bedrag ervan kunt u daarom niet meer wijzigen. Er is niets gewijzigd. Klopt dat niet, laat het dan de contactpersoon per e-mail of brief weten.',
    /** collclaim2: beside the correction form's amount while the dropped claim holds it (the same rule as `droppedAmountRefused`). */
    droppedAmountFixed: DROPPED_FIXED_NL,
    /** refundtoday: beside the correction form's amount while its reports stand (the same rule as `refundAmountReported`). */
    refundAmountFixed: REFUND_FIXED_NL,
    /** corrpaid (audit91 F1): the 409s `bill-paid-already`, `refund-received-already` (`difference` named), and beside the correction form's amount (null). */
    paidAmountLowered: (paid: string, on: string, difference: string | null) => `${PAID_LOWERED_NL(paid, on, difference)}${difference ? ' Er is niets gewijzigd.' : ''}`,
    receivedAmountLowered: (received: string, on: string, difference: string | null) => `${RECEIVED_LOWERED_NL(received, on, difference)}${difference ? ' Er is niets gewijzigd.' : ''}`,
    /** bankdesk: a bank's release still owed while the case owner decides on its costs: its move (`deskPartyOf`). */
    releaseOwedNext: 'Wacht op u: graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden.',
    letterPendingNext: 'U hoeft nu niets te doen.',
    /** rentkeys: a lease whose end it confirmed is still to be handed over (art. 7:224 lid 1 BW): the appointment is its to give. */
    handoverAsk: 'Geef de afspraak voor de oplevering van de woning en het inleveren van de sleutels: datum, tijd of dagdeel en plaats.',
    handoverGiven: (appointment: string) => `Afspraak voor de oplevering: ${appointment}`,
    handoverBring: 'Meenemen',
    /** rentkeys2: its thread's line of the appointment it gave, or changed by giving it again. */
    handoverThread: (appointment: string, changed: boolean) => `U ${changed ? 'wijzigde' : 'gaf'} de afspraak voor de oplevering: ${appointment}`,
    handoverNotAsked: 'Niet verwerkt. Een afspraak voor de oplevering geeft u bij een huur waarvan u het einde bevestigde. Er is niets gewijzigd.',
    /** stop71mends: the appointment's form on the desk's page, as by its API (`handover-appointment`). */
    handoverForm: { title: 'Afspraak voor de oplevering', on: 'Datum', time: 'Tijd of dagdeel', place: 'Plaats', bring: 'Meenemen (optioneel)', note: 'Toelichting (optioneel)', button: 'Afspraak doorgeven' },
    /** refundclose: the desk reports a refund paid; its word, which the owner holds against the estate account before recording it received. */
    refundPaidTitle: 'Terugbetaling overgemaakt',
    refundPaidText: 'Heeft u (een deel van) de terugbetaling overgemaakt? Meld hier het bedrag en de dag. De vaste contactpersoon van de nalatenschap legt de ontvangst vast zodra het op de rekening van de nalatenschap staat.',
    refundPaidAmount: 'Overgemaakt bedrag (euro)',
    refundPaidOn: 'Datum van de overboeking',
    refundPaidReference: 'Kenmerk of omschrijving van de overboeking (optioneel)',
    refundPaidButton: 'Overboeking melden',
    /** refunddesk: its reports added up, each named when there are several (`each`: „€ 20,00 op 3 januari 2027"). */
    refundReported: (amount: string, on: string, each: { amount: string; on: string }[]) =>
      `${each.length > 1 ? `U meldde in totaal ${amount} overgemaakt (${each.map((e) => `${e.amount} op ${e.on}`).join(', ')}).` : `U meldde ${amount} overgemaakt op ${on}.`} Het telt als ontvangen zodra de vaste contactpersoon het op de rekening van de nalatenschap ziet en vastlegt.`,
    /** refunddesk: one report of a transfer in the desk's Verloop. */
    refundReportedEach: (amount: string, on: string) => `U meldde ${amount} overgemaakt op ${on}.`,
    /** returnedthread: our letter by post came back (`letter.returned`), told on the day it was recorded: where it was sent, why, whether a new one follows. */
    letterReturned: (letterDate: string, address: string | null, reason: string | null, remade: boolean) =>
      `Onze brief van ${letterDate}${address ? `, gestuurd naar ${address},` : ''} kwam onbezorgd bij ons terug${reason ? ` (${reason})` : ''}. ${remade ? 'Wij sturen een nieuwe brief naar het postadres dat in onze lijst van organisaties staat.' : 'Een nieuwe brief is niet nodig: het verzoek is sindsdien verder gegaan.'} Controleer uw postadres bij ons en laat het ons weten als het niet klopt, zodat onze volgende brief u bereikt.`,
    /** Nothing of a refund it confirmed is left to pay (409 `no-refund`). */
    refundNothingToPay: 'Bij dit verzoek staat geen terugbetaling aan de nalatenschap meer open: er is niets te melden. Er is niets gewijzigd.',
    /** An answer to a request whose letter has not reached the provider (409). */
    letterPendingRefused: 'Dit verzoek kunt u nog niet beantwoorden: de brief van Steward is nog niet verstuurd. U kunt antwoorden zodra u hem heeft ontvangen.',
    /** deskundo: the form to undo its own drop: the bills it withdrew, listed (empty: none named). */
    dropUndoneText: (bills: string) => `U meldde dat ${bills ? `factuur ${bills}` : 'de factuur'} is ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de factuur loopt dan weer zoals daarvoor, en de contactpersoon, de familie en een incassobureau dat van de intrekking hoorde, horen dat.`,
    /** deskundo: the desk's undo where no drop of its own stands (none, or one the case owner recorded: hers to correct; 409 `no-recorded-drop`). */
    dropNotYours: (owner: string) => `Bij dit verzoek staat geen intrekking die u zelf meldde en die u kunt terugdraaien. Legde ${owner} een intrekking vast die niet klopt, neem dan contact op met ${owner}. Er is niets gewijzigd.`,
    /** deskundo: the desk's undo of its drop once something was recorded on the request since (409 `drop-followed`). */
    dropFollowed: (owner: string) => `Uw intrekking is niet meer het laatste antwoord bij dit verzoek: er is daarna iets vastgelegd. U kunt haar daarom niet meer terugdraaien; neem contact op met ${owner}. Er is niets gewijzigd.`,
    /** deskundo: a request begun before a drop could be undone (409 `drop-not-undoable`). */
    dropNotUndoable: (owner: string) => `Bij dit verzoek kan een intrekking niet worden teruggedraaid: het verzoek is begonnen voordat dat kon. Neem contact op met ${owner}. Er is niets gewijzigd.`,
    /** collwithdraw: a withdrawal while no bill is disputed, as on a collection stop of a bill nobody disputed (409 `no-disputed-bill`). */
    nothingToWithdraw: NOTHING_TO_WITHDRAW_NL('factuur'),
    /** A second rejection of a bill the provider rejected already (409): the first stands. */
    rejectedAlready: REJECTED_ALREADY_NL,
    /** v11: a corrected end date that would take back the credit note the provider sent on a bill (409, `creditTakenBack`). */
    creditTakenBack: CREDIT_TAKEN_BACK_NL,
    /**
     * v12: a part answer went out; the question stays open for what follows later (README, "infolater"). One that enclosed
     * nothing only told the provider what follows (README, deskstale).
     */
    partlySupplied: (on: string, enclosed: boolean) =>
      enclosed ? `Steward heeft u op ${on} een deel van de gevraagde informatie gestuurd (zie Verloop).` : `Steward heeft u op ${on} laten weten dat de gevraagde documenten later volgen (zie Verloop).`,
    followsLater: (following: string) => `Volgt later: ${following}.`,
    following: (document: string, expected: string | null) => (expected ? `${document} (verwacht uiterlijk ${expected})` : document),
    /** What the owner changed in a request after the provider rejected it (README, deskstale): the new value first. */
    amendedChanges: (changes: string) => `Gewijzigd: ${changes}.`,
    amendedChange: (field: string, to: string, from: string) => `${field} ${to} (was ${from})`,
    amendedFields: { description: 'omschrijving', accountNumber: 'klantnummer', requestedEndDate: 'gewenste einddatum', requestedTransferDate: 'gewenste datum van overzetting' },
    /**
     * deskcorr (audit91 F6): a correction after the provider confirmed, which asks whether its date changes: what it corrected (the new value
     * first, `amendedChange`), and how to answer it: a corrected confirmation, or the same one again when the date stays.
     */
    correctedAfterConfirmation: (on: string, changes: string) => `Steward corrigeerde het verzoek na uw bevestiging (brief van ${on}): ${changes}.`,
    correctionAsk: (date: string) => `Verandert uw datum (${date}) hierdoor, corrigeer dan uw bevestiging. Blijft de datum, bevestig dan dezelfde datum opnieuw met „Bevestiging corrigeren”.`,
    /**
     * deskanswer2: past the correction's term unanswered, where our letter said the date confirmed before stays without an answer
     * (`awaitsDesk`): what holds since the day after the term, and that an answer is welcome but no longer awaited.
     */
    correctionLapsed: (since: string, date: string) => `U antwoordde niet binnen de termijn op deze correctie: sinds ${since} geldt de eerder bevestigde datum ${date}, zoals onze brief zei.`,
    correctionLapsedAsk: (date: string) => `Wij wachten niet meer op uw antwoord. Een antwoord blijft welkom: verandert uw datum (${date}) toch, corrigeer dan uw bevestiging.`,
    /** The corrected facts as the desk names them; a requested end date left open asked for the date of death or as soon as possible. */
    correctedFields: {
      description: 'omschrijving', accountNumber: 'klantnummer', requestedEndDate: 'gewenste einddatum', effectiveDate: 'bevestigde einddatum', insuranceKind: 'soort verzekering',
      deceasedName: 'naam van de overledene', dateOfBirth: 'geboortedatum', dateOfDeath: 'overlijdensdatum', deceasedAddress: 'adres van de overledene', estateAccount: 'rekening van de nalatenschap',
      newHolderName: 'naam van de nieuwe houder', newHolderAddress: 'adres van de nieuwe houder', newHolderDateOfBirth: 'geboortedatum van de nieuwe houder', newHolderEmail: 'e-mailadres van de nieuwe houder',
      newHolderPhone: 'telefoonnummer van de nieuwe houder', newHolderIban: 'rekeningnummer van de nieuwe houder',
    } as Record<string, string>,
    noValue: '(geen)',
    asSoonAsPossible: 'de datum van overlijden of zo spoedig mogelijk',
    /** The date the owner gave passed: Steward chases the documents, by her present term when there is one. */
    laterThanExpected: (documents: string, several: boolean, term: string | null) =>
      `Later dan Steward verwachtte: ${documents}. Steward gaat erachteraan${term ? ` en verwacht ${several ? 'ze' : 'het'} uiterlijk ${term}` : ''}.`,
    /** v16: a document Steward sent in answer was withdrawn; a new one follows (README, answerback); `described`, one of the owner's own words (answerrest). */
    renewed: (document: string, on: string, expected: string | null, described: boolean, documentKind: string) =>
      `${described ? `Wat Steward u stuurde als ${document}, is` : `${capitalised(nlAgreeing(documentKind).the)} ${document} ${nlAgreeing(documentKind).which} Steward u stuurde, is`} op ${on} ingetrokken; er volgt ${described ? 'een nieuw exemplaar' : nlAgreeing(documentKind).aNew}${expected ? ` (verwacht uiterlijk ${expected})` : ''}.`,
    newOnesFollow: 'U hoeft nog niets te doen; Steward stuurt de nieuwe zodra die er is.',
    /** remindrest: the release waits while the owner renews a document the bank needs for it (releasewait): the bank is asked nothing until then. */
    releaseWaits: (documents: string) => `U heeft de rekening geblokkeerd. De vrijgave van het saldo wacht op ${documents} van de nalatenschap; tot die er is, wordt u niets gevraagd.`,
    aNew: (document: string, documentKind: string) => `${nlAgreeing(documentKind).aNew} ${document}`,
    restFollows: (enclosed: boolean) => `U hoeft nog niets te doen; Steward stuurt ${enclosed ? 'de rest zodra die' : 'de documenten zodra ze'} er ${enclosed ? 'is' : 'zijn'}.`,
    /** `willNotSent`: the question asked for the will, which Steward never sends: the sentence does not say all was sent. */
    informationSupplied: (on: string, willNotSent: boolean) =>
      willNotSent
        ? `Steward heeft u op ${on} de gevraagde informatie gestuurd, behalve het testament (zie Verloop). ${WILL_NOT_SENT_NL} U bent weer aan zet.`
        : `Steward heeft u op ${on} de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.`,
    /** A part answer to a question that asked for the will: said after what follows. */
    willNotSent: WILL_NOT_SENT_NL,
    /** `asked`: a bank or insurer asked no end (`askedInstead`): it answers the request (bankwords). */
    informationSuppliedNext: (action: 'cancel' | 'transfer', due: string | null, asked?: AskedInstead) =>
      `Wacht op u: ${asked ? 'beantwoord ons verzoek' : `bevestig de ${action === 'cancel' ? 'beëindiging' : 'overzetting op naam'}`}, of laat weten wat er nog ontbreekt${due ? `, uiterlijk ${due}` : ''}.`,
    /** An answer the case owner recorded that changed one the provider gave in its desk (README, recordedanswer): its badge in the thread, and the notice above it. */
    changedBySteward: 'Gewijzigd door Steward',
    changedByStewardNotice: 'Steward heeft een antwoord van u vastgelegd dat het antwoord wijzigt dat u zelf in de desk gaf (zie Verloop). Klopt het niet, laat het de contactpersoon dan weten.',
    /**
     * rentlaw (audit104 F4): the end date a landlord confirmed lies after the day the lease ends by law (art. 7:268 lid 6 BW: nobody
     * continues it), told beside its answer with what happens next; a bill's days after the law's day are disputed (`byLaw`).
     */
    laterThanLaw: (confirmed: string, byLaw: string, owner: string) =>
      `De einddatum die u bevestigde (${confirmed}) is later dan de datum waarop de huur van rechtswege eindigt: ${byLaw}, omdat niemand de huur voortzet (artikel 7:268 lid 6 BW). Onze contactpersoon ${owner} bekijkt dit; een rekening over de dagen na ${byLaw} betwisten wij.`,
    byLaw: 'Betwist deel (na de einddatum van rechtswege, artikel 7:268 lid 6 BW)',
    /** payoutdate2 (audit105 F1): a payout request's nota disputed from the date of death (`disputedAfterDeath`). */
    afterDeath: 'Betwist deel (na de datum van overlijden)',
    /** balancecorrect: a bank's balance given per another day than the date of death (as corrected): what we asked, and how to give it. */
    balanceAsked: (died: string, given: string) => `Wij vroegen u het saldo per ${died}, de datum van overlijden; u gaf het saldo per ${given}. Geef het saldo per ${died} op met „Bevestiging corrigeren” (ook als het bedrag gelijk is).`,
    erasures: 'Verzoek om een document te verwijderen',
    erasure: (kind: string, uploaded: string, requested: string) => `${kind}, in ons dossier vastgelegd op ${uploaded}: wij vroegen u op ${requested} dit document en alle kopieën te verwijderen.`,
    confirmErasure: 'Verwijdering bevestigen',
    erasureConfirmed: (when: string) => `Verwijdering bevestigd op ${when}.`,
  },

  /** notawords: an insurer bills by its nota (factuurwords, `INSURER_BILL_NOUNS`): in place of the invoice's words on an insurer's request. */
  nota: {
    request: {
      dispute: 'Bezwaar tegen nota', invoice: 'Nota', invoiceDate: 'notadatum', chooseBill: 'Kies de nota', youHeldTo: 'U hield vast aan deze nota',
      // notawords2: the 409 of a second rejection and the undo form of its own drop, of its nota.
      rejectedAlready: (reference: string) => REJECTED_ALREADY_NL(reference, INSURER_BILL_NOUNS.nl.one),
      // notawords3: a withdrawal where none of its nota's is disputed (409 `no-disputed-bill`), and a corrected date taking back its credit note.
      nothingToWithdraw: NOTHING_TO_WITHDRAW_NL(INSURER_BILL_NOUNS.nl.one),
      creditTakenBack: (reference: string) => CREDIT_TAKEN_BACK_NL(reference, INSURER_BILL_NOUNS.nl.one),
      dropUndoneText: (bills: string) => `U meldde dat ${bills ? `nota ${bills}` : 'de nota'} is ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de nota loopt dan weer zoals daarvoor, en de contactpersoon, de familie en een incassobureau dat van de intrekking hoorde, horen dat.`,
    },
    answers: { withdrawn: 'Nota ingetrokken' },
    fields: { invoiceReference: 'Over welke nota' },
  },
  /**
   * fundwords2: a pension fund sends no invoice: what it asks back is its „terugvordering" of pension paid in excess (`FUND_BILL_NOUNS`),
   * which our dispute asks it to lower and send corrected, or to withdraw (letters/templates/nl.ts `recoveryAsked`). In place of the
   * invoice's words on a fund's request page.
   */
  fund: {
    request: {
      dispute: 'Bezwaar tegen terugvordering', invoice: 'Terugvordering', invoiceDate: 'terugvorderingsdatum', period: 'Periode van de terugvordering', disputedPart: 'Betwist deel (na de datum die u bevestigde)',
      askDispute: 'Gecorrigeerde terugvordering, intrekking of gemotiveerde afwijzing', chooseBill: 'Kies de terugvordering', youHeldTo: 'U hield vast aan deze terugvordering', credited: 'U verlaagde de terugvordering met',
      rejectedAlready: (reference: string) => REJECTED_ALREADY_NL(reference, 'terugvordering'),
      creditTakenBack: (reference: string) => CREDIT_TAKEN_BACK_NL(reference, 'terugvordering'),
      dropUndoneText: (bills: string) => `U meldde dat ${bills ? `terugvordering ${bills}` : 'de terugvordering'} is ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de terugvordering loopt dan weer zoals daarvoor, en de contactpersoon, de familie en een incassobureau dat van de intrekking hoorde, horen dat.`,
    },
    answers: { creditNote: 'Gecorrigeerde terugvordering verstuurd', withdrawn: 'Terugvordering ingetrokken' },
    fields: { invoiceReference: 'Over welke terugvordering', amount: 'Verlaagd met (euro)' },
  },
  /**
   * bankdispute, bankowner: a bank charges costs to the account and books them back; it sends no invoice nor credit note.
   * In place of those words on a bank's request (`request`, `answers`, `fields`), as its letter asks (`refundsCharge`).
   */
  charge: {
    request: {
      dispute: 'Bezwaar tegen kosten met kenmerk', invoice: 'Kosten', invoiceDate: 'in rekening gebracht op', period: 'Periode waarover de kosten gaan',
      disputedPart: 'Betwist deel (na de datum die u bevestigde)', askDispute: 'De kosten terugboeken op de rekening, of een gemotiveerde afwijzing',
      chooseBill: 'Kies de kosten', youHeldTo: 'U hield vast aan deze kosten', credited: 'U boekte terug',
      // bankwords2: the 409 of `request.rejectedAlready` about a bank's costs.
      rejectedAlready: CHARGE_REJECTED_ALREADY_NL,
      // bankwords3: `request.creditTakenBack` of a bank's costs: it booked them back, and confirmed a date, no end date.
      creditTakenBack: CHARGE_CREDIT_TAKEN_BACK_NL,
      // insurerwords: the undo form of its own drop of a bank's costs, by their kenmerk.
      dropUndoneText: (bills: string) => `U meldde dat ${bills ? `de kosten met kenmerk ${bills}` : 'de kosten'} zijn ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de kosten loopt dan weer zoals daarvoor, en de contactpersoon, de familie en een incassobureau dat van de intrekking hoorde, horen dat.`,
    },
    answers: { creditNote: 'Kosten teruggeboekt', withdrawn: 'Kosten ingetrokken' },
    fields: { invoiceReference: 'Over welke kosten', amount: 'Teruggeboekt bedrag (euro)' },
  },

  /** The answer forms: their titles, and the labels of their fields (also named in the error summary). */
  answers: {
    acknowledge: 'Ontvangst bevestigen', complete: 'Afhandeling bevestigen', correctCompletion: 'Bevestiging corrigeren', requestInfo: 'Informatie opvragen', reject: 'Afwijzen',
    creditNote: 'Creditnota of gecorrigeerde eindafrekening verstuurd', withdrawn: 'Factuur ingetrokken', rejectDispute: 'Bezwaar afwijzen', collectionStopped: 'Incasso gestopt',
    balanceReleased: 'Saldo overgemaakt naar de boedelrekening',
    // v20: a rejection given by mistake, taken back by the desk itself.
    withdrawRejection: 'Afwijzing intrekken',
    // deskundo: a drop („ingetrokken”) given by mistake, taken back by the desk itself.
    dropUndone: 'Intrekking terugdraaien',
  },

  fields: {
    invoiceReference: 'Over welke factuur', reference: 'Uw kenmerk', effectiveDate: 'Einddatum of datum overzetting', finalInvoiceAmount: 'Eindafrekening (euro, optioneel; een terugbetaling met een minteken)',
    message: 'Wat heeft u nodig?', documentsNeeded: 'Documenten', reason: 'Reden', amount: 'Gecrediteerd bedrag (euro)', note: 'Toelichting (optioneel)',
    // bankanswer: a bank or insurer, asked no end, says what it did.
    done: 'Wat u heeft gedaan', balance: 'Saldo op die datum (euro, optioneel; rood staan met een minteken)', balanceReleased: 'Het saldo is overgemaakt naar de boedelrekening',
    payoutAmount: 'Uitgekeerd bedrag (euro, optioneel)', payoutTo: 'Aan wie (optioneel)', coverUntil: 'De dekking loopt voor de nalatenschap door tot en met (optioneel)',
    // fundanswer: a pension fund's answer.
    survivorPension: 'Volgt er een nabestaandenpensioen?', survivorWritesTo: 'Aan wie schrijft u over het nabestaandenpensioen (optioneel)',
    // bankrelease: the release of a blocked balance.
    releasedOn: 'Datum van de overboeking', releasedAmount: 'Overgemaakt bedrag (euro, optioneel)',
    // collclaim: the whole claim dropped, not only the collection.
    claimDropped: 'Wij laten de hele vordering vallen: alle openstaande facturen van dit contract, ook de eindafrekening, zijn ingetrokken',
  },
  /** bankanswer: the date of a confirmation that asked no end, and what it may say was done (`DoneKind`). */
  answerDate: { bank: 'Datum: saldo per (meestal de datum van overlijden)', health: 'Afgewikkeld per', pension: 'Pensioenbetalingen gestopt per', other: 'Datum van uw antwoord' },
  /** What a request asked instead of an end (`Request.asked`): the desk's "Gevraagd", and the label of the number it names. */
  asked: {
    bank: 'Rekening blokkeren en saldo opgeven', life: 'Uitkering afhandelen', property: 'Verzekering laten doorlopen voor de nalatenschap',
    health: 'Verzekering afwikkelen', unknown: 'Laten weten hoe de verzekering doorloopt of eindigt',
    pension: 'Pensioenbetalingen stoppen per de datum van overlijden',
  } as Record<AskedInstead, string>,
  /** What the day a request names is (`askedDayKind`), the desk export's „Soort datum" (rentrest). */
  dayKinds: { endsByLaw: 'einde van rechtswege', transferOn: 'overzetten per', asked: 'gevraagd' } as Record<AskedDayKind, string>,
  /**
   * fundwords: a pension fund numbers its participant by a „pensioennummer" (HL7 v2 identifier type PEN, Dutch designation
   * „Pensioennummer"; TKP, a Dutch funds' administrator, keys its participants by `pensioenNummer`), never an insurer's „polisnummer".
   */
  numberOf: { bank: 'Rekeningnummer', insurance: 'Polisnummer', fund: 'Pensioennummer' },
  doneChoices: DONE_CHOICES_NL,
  chooseDone: 'Kies wat u heeft gedaan',
  /** fundanswer: a fund's amount is what it asks back of pension paid in excess, never a final invoice. */
  recoveryAmount: 'Terugvordering van te veel betaald pensioen (euro, optioneel)',
  survivorNotStated: 'Niet vermeld',
  survivorChoices: { follows: 'Ja, er volgt een nabestaandenpensioen', none: 'Nee, er volgt geen nabestaandenpensioen' } as Record<SurvivorPension, string>,

  /** Form errors at the top of a desk form and at each field, in plain words with the field's label (see ErrorWords in src/web/fields.ts). */
  errors: {
    /**
     * Refusals made where the code that refuses does not know who reads them (the workflow runtime, a guard,
     * the login throttle, a form's key, the webhooks of a desk and of an administrator): the problem filter
     * words them by code in the reader's audience and language (`ReaderWordedProblem`).
     */
    common: {
      // The sentences the desk shares with the workspace; what differs for a desk is its own.
      ...ownerNl.errors.common,
      noWorkflow: 'Voor dit verzoek loopt geen afhandeling. Er is niets gewijzigd.',
      notFound: 'Dit kunnen we niet vinden, of het is niet aan uw organisatie gericht.',
      unauthenticated: 'Log eerst in: stuur uw API-token mee als Authorization: Bearer <token>.',
      tokenEnded: 'Dit API-token werkt niet (meer): het is ingetrokken of verlopen. Vraag de beheerder van Steward om een nieuw token.',
      tooManyEndpoints: (max: number) => `U heeft al ${max} endpoints; verwijder er eerst een. Er is niets gewijzigd.`,
      // A desk's 'verzoek' is the request it answers: a key belongs to a call.
      keyReused: 'Deze Idempotency-Key is al gebruikt voor een andere aanroep: stuur een nieuwe sleutel. Er is niets gewijzigd.',
      keyInProgress: 'Een aanroep met deze Idempotency-Key is nog bezig of werd afgebroken: kijk over een moment opnieuw, of stuur een nieuwe sleutel als er geen antwoord komt.',
      keyDone: 'De eerste aanroep met deze Idempotency-Key is uitgevoerd, maar het antwoord ging verloren (bijvoorbeeld door een storing). Er is niets opnieuw gedaan: bekijk wat de aanroep veranderde om te zien hoe het ervoor staat.',
      endpointRegisteredAlready: 'U heeft dit adres al als endpoint; het krijgt elke gebeurtenis. Wilt u een nieuw geheim, verwijder het endpoint dan (DELETE /api/v1/provider-desk/webhooks/{endpointId}) en registreer het opnieuw. Er is niets gewijzigd.',
    } satisfies CommonRefusals,
    summary: 'Controleer de volgende velden:',
    /** A refusal of the desk's API (its `detail`): what to check, and that nothing changed, as the workspace says it. */
    refused: ownerNl.errors.details.refused,
    /** A desk answer's address that names no answer (404 `not-found`), e.g. a hand-typed one. */
    noSuchAction: 'Deze actie bestaat niet.',
    field: 'Dit veld',
    /** The names of a choice's values by its field, so a refused choice offers them by name, not by code. */
    choices: { documentsNeeded: DESK_DOCUMENT_KINDS_NL, done: DONE_CHOICES_NL } as Record<string, Record<string, string>>,
    unknownParameter: (name: string) => `Het adres bevat ‘${name}’; dat kent deze pagina niet.`,
    labels: {
      invoiceReference: 'Factuur', reference: 'Uw kenmerk', effectiveDate: 'Einddatum of datum overzetting', finalInvoiceAmount: 'Eindafrekening', message: 'Wat u nodig heeft',
      // bankrest: `amount` is the credit note's and a bank's booking back alike; the API's body is refused before its request is
      // known (the global pipe), so its label names neither. Once the request is known, a bank's reads `charge.amount` (`chargeNamed`).
      documentsNeeded: 'Documenten', reason: 'Reden', amount: 'Bedrag', note: 'Toelichting',
      done: 'Wat u heeft gedaan', balance: 'Saldo', balanceReleased: 'Saldo overgemaakt', payoutAmount: 'Uitgekeerd bedrag', payoutTo: 'Aan wie', coverUntil: 'Dekking loopt door tot en met',
      survivorPension: 'Nabestaandenpensioen', survivorWritesTo: 'Aan wie u schrijft over het nabestaandenpensioen',
      releasedOn: 'Datum van de overboeking', releasedAmount: 'Overgemaakt bedrag',
      claimDropped: 'Hele vordering ingetrokken',
      // rentkeys: the handover appointment of a lease.
      on: 'Datum van de afspraak', time: 'Tijd of dagdeel', place: 'Plaats', bring: 'Meenemen',
      // refundclose: a refund reported paid.
      paidOn: 'Datum van de overboeking',
      // bankpages: a bank's costs and what it booked back (`chargeNamed`), as its forms name them (`charge.fields`).
      'charge.invoiceReference': 'Kosten', 'charge.amount': 'Teruggeboekt bedrag',
      // notawords3: an insurer's nota (`notaNamed`).
      'nota.invoiceReference': 'Nota',
      // The date of a confirmation that asked no end (`FieldError.labelled`), as its form labels it (`answerDate`).
      'answerDate.bank': 'Datum: saldo per', 'answerDate.health': 'Afgewikkeld per', 'answerDate.pension': 'Pensioenbetalingen gestopt per', 'answerDate.other': 'Datum van uw antwoord',
      // The desk's query parameters (an address refused on its error page).
      q: 'Zoekterm', tab: 'Tabblad', cursor: 'Pagina', back: 'Pagina', status: 'Status',
      // The API's own fields, parameters and header.
      url: 'Het webadres', updatedSince: 'Gewijzigd sinds', limit: 'Aantal per pagina', from: 'Eerste dag', to: 'Laatste dag',
      requests: 'De verzoeken', id: 'Verzoek-id', 'Idempotency-Key': 'De Idempotency-Key',
    } as Record<string, string>,
    /**
     * bankwords2: a field of a web form named as that form labels it, over `labels` (the page knows the request, the API's pipe does
     * not): a credit note's amount is the credited one; a bank's booking back reads `charge.amount` (`chargeNamed`).
     */
    formLabels: { 'credit-note': { amount: 'Gecrediteerd bedrag' } } as Partial<Record<string, Record<string, string>>>,
    /** A row of a batch (`requests.2.id`) by its number, counted from 1, and its field's label. */
    rows: { requests: (n: number, label: string) => `Verzoek ${n} van de batch, ${label.toLowerCase()}` } as Record<string, (n: number, label: string) => string>,
    examples: {
      updatedSince: '2026-11-29T08:00:00Z', from: '2026-11-01', to: '2026-11-30', id: '5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10',
      url: 'https://integraties.voorbeeld.nl/steward', requests: '[{"id": "…"}], met 1 tot 100 verzoeken',
    } as Record<string, string>,
    rules: {
      // Every refusal of the desk's is one shape, its field first (audit88 F11: „Vul in: eerste dag." stood beside „Eerste dag: …").
      required: (label: string) => `${label}: vul dit in.`,
      // A choice left empty (a select, radio buttons: `choose`) is chosen, not filled in.
      choose: (label: string) => `${label}: kies er een.`,
      maxLength: (label: string, n: string) => `${label}: hooguit ${n} tekens.`,
      minLength: (label: string, n: string) => `${label}: minstens ${n} tekens.`,
      email: (label: string) => `${label}: vul een e-mailadres in, zoals naam@voorbeeld.nl.`,
      choice: (label: string, options: string) => (options ? `${label}: kies uit ${options}.` : `${label}: kies uit de lijst.`),
      whole: (label: string) => `${label}: vul een heel getal in.`,
      min: (label: string, n: string) => `${label}: vul ${n} of meer in.`,
      max: (label: string, n: string) => `${label}: vul ${n} of minder in.`,
      tooMany: (label: string, n: string) => `${label}: kies er hooguit ${n}.`,
      date: (label: string, typed: string) => (typed ? `${label}: ${typed} bestaat niet.` : `${label}: vul een datum in.`),
      country: (label: string) => `${label}: vul een landcode van twee letters in, zoals NL.`,
      iban: (label: string) => `${label}: controleer het rekeningnummer.`,
      // The API takes a JSON number, the desk's form a comma too: 12.50 is read by both. `max`: the field's bound (audit81 OAS-1:
      // three decimals are refused by this rule too, so it names it, not only the figures).
      euros: (label: string, max: string) => `${label}: vul een bedrag in euro’s in als getal${max ? ` tot en met ${money(Number(max), 'nl')}` : ''}, met hooguit twee cijfers achter de komma, bijvoorbeeld 12.50.`,
      ambiguous: (label: string, limit: string) => {
        const { typed, thousands, decimal } = amountReadings(limit, 'nl');
        return `${label}: ${typed} kan op twee manieren gelezen worden. Schrijf ${thousands} ${decimal ? `of ${decimal}` : 'of een bedrag met hooguit twee cijfers achter de komma'}.`;
      },
      positive: (label: string) => `${label}: moet meer dan nul zijn.`,
      format: (label: string, example: string) => (example ? `${label}: schrijf het zoals ${example}.` : `${label}: deze waarde klopt niet.`),
      unknown: (label: string) => `${label}: dit veld hoort niet bij het formulier.`,
      object: () => 'Stuur de inhoud als JSON-object of als formulier.',
      blank: (label: string) => `${label}: alleen spaties; schrijf iets of laat het veld leeg.`,
      future: (label: string) => `${label}: deze datum ligt in de toekomst.`,
      beforeBirth: (label: string) => `${label}: deze datum ligt vóór de geboortedatum.`,
      beforeDeath: (label: string) => `${label}: deze datum ligt vóór de overlijdensdatum.`,
      beforeStart: (label: string) => `${label}: deze datum ligt vóór het begin van de periode.`,
      beforeContract: (label: string) => `${label}: deze datum ligt vóór de dag waarop het contract werd vastgelegd.`,
      beforePosting: (label: string) => `${label}: deze datum ligt vóór de dag waarop de brief op de post ging.`,
      tooLate: (label: string, date: string) => `${label}: deze datum ligt te ver weg; uiterlijk ${date}.`,
      // A refusal without a rule: its detail is the API's English, so the desk says only that the value is wrong.
      check: (label: string) => `${label}: deze waarde klopt niet.`,
    },
    refusals: {
      // rentkeys: a handover appointment given for a day already past.
      beforeToday: (label: string) => `${label}: deze datum ligt in het verleden.`,
      // bankdebt: a release dated before the day of the balance it releases (`answerDateProblems`); `day` that balance's day.
      // refundclose: a refund reported paid above what is still to come.
      moreThanLeft: (label: string, left: string) => `${label}: dat is meer dan er van de terugbetaling nog niet is ontvangen (€ ${left.replace('.', ',')}).`,
      // refunddesk: with what it reported already, more than it confirmed (`limit`: what it can still report).
      moreThanReported: (label: string, room: string) =>
        `${label}: samen met wat u eerder meldde is dat meer dan de terugbetaling die u bevestigde (nog te melden: € ${room.replace('.', ',')}). Klopte een eerdere melding niet, laat het de contactpersoon dan weten.`,
      beforeBalance: (label: string, day: string) => `${label}: deze datum ligt vóór de datum van het saldo dat u vrijgeeft (${longDate(day, 'nl')}).`,
      // scalebench: an export's period longer than EXPORT_MAX_DAYS (`limit`: the last day it takes).
      periodTooLong: (label: string, last: string) => `${label}: een export beslaat hooguit ${EXPORT_MAX_DAYS} dagen (een kwartaal); kies uiterlijk ${last}, en exporteer de rest apart.`,
      staleCursor: () => 'Deze pagina van de lijst bestaat niet (meer). Open de lijst opnieuw vanaf het begin.',
      openBill: OPEN_BILL_NL({ one: 'factuur', several: 'facturen' }),
      aboveBill: ABOVE_BILL_NL('factuur'),
      // notawords3: the same of an insurer's nota (`notaNamed`).
      openNota: OPEN_BILL_NL(INSURER_BILL_NOUNS.nl),
      aboveNota: ABOVE_BILL_NL(INSURER_BILL_NOUNS.nl.one),
      rejectedNota: (label: string, reference: string) => `${label}: ${REJECTED_ALREADY_NL(reference, INSURER_BILL_NOUNS.nl.one)}`,
      creditTakenBackNota: (label: string, reference: string) => `${label}: ${CREDIT_TAKEN_BACK_NL(reference, INSURER_BILL_NOUNS.nl.one)}`,
      // bankpages: the same of a bank's costs (`chargeNamed`).
      openCharge: (label: string, open: string) => (open ? `${label}: kies een van de betwiste kosten (${open}).` : `${label}: er zijn geen betwiste kosten open.`),
      aboveCharge: (label: string, left: string) => `${label}: dat is meer dan er van de kosten nog openstaat (€ ${left.replace('.', ',')}).`,
      publicHttps: (label: string) => `${label}: vul een openbaar adres in dat met https:// begint, zonder gebruikersnaam, wachtwoord of #-deel.`,
      keyFormat: (label: string) => `${label}: gebruik 1 tot 200 zichtbare ASCII-tekens zonder spaties, bijvoorbeeld een UUID.`,
      inBatchAlready: (label: string) => `${label}: dit verzoek staat al eerder in de batch; noem elk verzoek één keer.`,
      // bankanswer: a field of one answer (`done`) sent with another; `answers` named as the form's choices.
      onlyWith: (label: string, answers: string) => `${label}: hoort alleen bij het antwoord ‘${answers}’.`,
      // balancecorrect: a final bill beside an answer that has none (`takesFinalBill`); `done` the answer it is refused with.
      noFinalBill: (label: string, done: string) =>
        done === 'pensionStopped' ? `${label}: vul hier alleen in wat u als te veel betaald pensioen terugvordert (meer dan € 0). Wat u nog uitbetaalt over de tijd tot het overlijden, betaalt u zoals gewoonlijk.`
        : done === 'accountBlocked' ? `${label}: een bank geeft het saldo op, geen eindafrekening. Vul het saldo in bij Saldo (een rood staande rekening met een minteken); kosten van opheffing gaan af van het saldo dat u vrijgeeft.`
        : done === 'coverContinues' ? `${label}: de verzekering loopt door voor de nalatenschap, er is geen eindafrekening. Stuur de premienota zoals gewoonlijk.`
        : `${label}: een uitkering is geen rekening voor de nalatenschap.${done === 'payoutHandled' ? ' Vul het bedrag in bij Uitgekeerd bedrag.' : ''}`,
      // deskrules: the 409s at the field they refuse (`limit`: the amount reported transferred, the bill's reference).
      refundReported: (label: string, reported: string) => `${label}: ${REFUND_FIXED_NL(money(Number(reported), 'nl'))}`,
      claimDropped: (label: string) => `${label}: ${DROPPED_FIXED_NL}`,
      // corrpaid: `limit` the sum paid or received, its day (written out) and the difference, one a line.
      paidLowered: (label: string, limit: string) => `${label}: ${PAID_LOWERED_NL(...moneyMovedSaid(limit, 'nl'))}`,
      receivedLowered: (label: string, limit: string) => `${label}: ${RECEIVED_LOWERED_NL(...moneyMovedSaid(limit, 'nl'))}`,
      rejectedAlready: (label: string, reference: string) => `${label}: ${REJECTED_ALREADY_NL(reference)}`,
      rejectedCharge: (label: string, reference: string) => `${label}: ${CHARGE_REJECTED_ALREADY_NL(reference)}`,
      // ownerrules: the credit a corrected date would take back, at that date (`limit`: the bill's or the costs' reference).
      creditTakenBack: (label: string, reference: string) => `${label}: ${CREDIT_TAKEN_BACK_NL(reference)}`,
      creditTakenBackCharge: (label: string, reference: string) => `${label}: ${CHARGE_CREDIT_TAKEN_BACK_NL(reference)}`,
      neverAsked: (label: string) => `${label}: Steward stuurt nooit een testament naar een aanbieder. Wie de erfgenamen zijn, staat in de verklaring van erfrecht; vraag die.`,
    },
  },


  /** What a document is, as a Dutch desk calls it. */
  documentKinds: DESK_DOCUMENT_KINDS_NL,

  /** Our letters in a request's thread, by kind: every kind a provider receives, or this does not compile. */
  letters: {
    /** deskcorr: a correction letter with what it corrected (`correctedText`). */
    corrected: (name: string, changes: string) => `${name}: ${changes}`,
    fromSteward: (name: string) => `Brief van Steward: ${name}`,
    /** The request to an insurer, titled as its letter is (`insuranceTitle`). */
    insuranceNotice: 'Melding van overlijden',
    /** The request to a bank, titled as its letter is (`bankTitle`). */
    bankRequest: 'Blokkering rekening en opgave saldo na overlijden',
    /** A request letter after the first: only a rejection sends the request again. */
    sentAgain: (name: string) => `${name}, opnieuw verzonden na uw afwijzing`,
    /** returnedthread: a letter made anew because the one before it came back by post (`ThreadLetter.replacesReturned`). */
    sentAfterReturn: (name: string) => `${name}, opnieuw verzonden: onze vorige brief kwam onbezorgd terug`,
    /** A letter about bills with the bills named (`billNamed`, "factuur F-71 van € 49,95"): two disputes read apart. A collection stop is titled as its
     * letter asks, to suspend (audit102 F3: „Ik verzoek u de incasso op te schorten”, `collection_stop` in letters/templates/nl.ts). */
    aboutBills: {
      dispute: (bills: string) => `Bezwaar tegen ${bills}`, dispute_escalation: (bills: string) => `Klacht over onbeantwoord bezwaar tegen ${bills}`,
      collection_stop: (bills: string) => `Verzoek incasso op te schorten voor ${bills}`, bill_correction: (bills: string) => `Correctie op het bezwaar tegen ${bills}`,
    } satisfies Partial<Record<ProviderLetterKind, (bills: string) => string>>,
    /** A dispute of a kept cover's premium, titled as its letter is (`noEndDisputeTitles.keptCover`, coverrest). */
    premiumDispute: (bills: string) => `Bezwaar tegen premie na het einde van de dekking: ${bills}`,
    /**
     * The titles of a letter about bills none of which is on record, by whose bills they are (`billerOf`): a bank's costs (bankowner, bankletters;
     * named by their kenmerk in `aboutBills` when recorded, `theCharges`), an insurer's nota (notawords, as its letters say: `insurerTitles`); anyone else's `kinds`.
     */
    billerKinds: {
      bank: { dispute: 'Bezwaar tegen kosten', bill_correction: 'Correctie op het bezwaar tegen kosten', dispute_withdrawal: 'Intrekking van het bezwaar tegen kosten' },
      insurer: { dispute: 'Bezwaar tegen nota', bill_correction: 'Correctie op het bezwaar tegen een nota', dispute_withdrawal: 'Intrekking van het bezwaar tegen een nota' },
      // fundanswer: what a pension fund asks back is a recovery of pension paid in excess (`FUND_BILL_NOUNS`), no invoice.
      fund: { dispute: 'Bezwaar tegen terugvordering', bill_correction: 'Correctie op het bezwaar tegen een terugvordering', dispute_withdrawal: 'Intrekking van het bezwaar tegen een terugvordering' },
    } satisfies Record<'bank' | 'insurer' | 'fund', Partial<Record<ProviderLetterKind, string>>>,
    kinds: {
      cancellation: 'Verzoek tot beëindiging', transfer: 'Verzoek tot tenaamstelling', information_supplied: 'Gevraagde informatie', reminder: 'Herinnering',
      escalation: 'Klacht', dispute: 'Bezwaar tegen factuur', dispute_escalation: 'Klacht over onbeantwoord bezwaar', collection_stop: 'Verzoek incasso op te schorten',
      withdrawal: 'Intrekking van het verzoek', rejection_complaint: 'Klacht over uw afwijzing', correction: 'Correctie op het verzoek', bill_correction: 'Correctie op het bezwaar tegen een factuur', document_erasure: 'Verzoek om een document te verwijderen', document_correction: 'Gecorrigeerde versie van een document', contact_change: 'Nieuwe contactpersoon', refund_reminder: 'Herinnering: terugbetaling aan de nalatenschap', repayment_request: 'Verzoek tot terugbetaling: vordering ingetrokken',
      dispute_withdrawal: 'Intrekking van het bezwaar tegen een factuur',
      release_reminder: 'Herinnering: vrijgave van het saldo',
      reminder_withdrawal: 'Intrekking van de herinnering over de vrijgave van het saldo',
      collection_ended: 'Incasso beëindigd: verzoek aan het incassobureau het dossier te sluiten',
      collection_end_undone: 'Correctie: de incasso is niet beëindigd (aan het incassobureau)',
      repayment_withdrawn: 'Intrekking van het verzoek tot terugbetaling: vordering niet ingetrokken',
    } satisfies Record<ProviderLetterKind, string>,
  },

  hooks: {
    title: 'Webhooks', endpoints: 'Uw endpoints', noEndpoints: 'U heeft nog geen endpoint. Registreer er een via de API (POST /api/v1/provider-desk/webhooks).', since: 'sinds',
    deliveries: 'Verzonden gebeurtenissen', noDeliveries: 'Er zijn hier geen gebeurtenissen.', all: 'Alle', parkedOnly: 'Vastgelopen',
    event: 'Gebeurtenis', date: 'Datum', request: 'Verzoek', endpoint: 'Endpoint', status: 'Stand van zaken', attempts: 'Pogingen', lastError: 'Laatste fout', replay: 'Opnieuw versturen', replayed: 'De gebeurtenis wordt opnieuw verstuurd.',
    // A delivery's last error as the desk reads it (`deliveryFailureText`); the API keeps the sender's English in `lastError`.
    failures: {
      status: (status: number) => `Uw endpoint antwoordde met HTTP ${status}.`,
      timeout: (seconds: number) => `Uw endpoint antwoordde niet binnen ${seconds} seconden.`,
      // The rules of an endpoint's address are the same whoever reads them.
      url: ownerNl.admin.deliveryFailures.url,
      internal: 'De naam van uw endpoint wijst naar een intern netwerkadres; Steward verstuurt daar niet naartoe.',
      unreachable: 'Uw endpoint was niet bereikbaar.',
      certificate: 'Het certificaat van uw endpoint werd niet aanvaard.',
      other: 'Het versturen is mislukt; de technische melding staat bij deze gebeurtenis in de API (lastError).',
    },
    states: { pending: 'Onderweg', delivered: 'Afgeleverd', parked: 'Vastgelopen: opnieuw versturen nadat uw endpoint weer werkt' },
    // notawords3: a dispute's event named by whose bill it is (the provider's, `providerBiller`): its `type` stays as sent.
    disputedBy: { bank: 'Bezwaar tegen kosten', insurer: 'Bezwaar tegen nota', fund: 'Bezwaar tegen terugvordering' } satisfies Record<'bank' | 'insurer' | 'fund', string>,
    types: { 'request.created': 'Nieuw verzoek', 'request.information_supplied': 'Informatie aangeleverd', 'request.disputed': 'Bezwaar tegen factuur', 'request.collection_stopped': 'Verzoek incasso op te schorten', 'request.corrected': 'Verzoek gecorrigeerd', 'request.withdrawn': 'Verzoek ingetrokken', 'request.erasure_requested': 'Document verwijderen', 'request.document_corrected': 'Gecorrigeerde versie van een document', 'request.answer_changed': 'Uw antwoord gewijzigd door Steward', 'request.letter_returned': 'Onze brief kwam onbezorgd terug', 'request.decision_corrected': 'Uitspraak gecorrigeerd door Steward', 'request.handover_appointment': 'Afspraak voor de oplevering' },
  },
};
