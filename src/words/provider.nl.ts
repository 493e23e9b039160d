import type { DOCUMENT_KINDS } from '../documents/document.entity';

/**
 * The desk's words in Dutch: the reference catalogue for the provider audience (see ./index.ts). The
 * wording of each request's state stays in workflows/status-text-provider.ts (pure, already per language).
 */
export const providerNl = {
  shell: {
    desk: 'Nabestaandendesk', webhooks: 'Webhooks', logout: 'Uitloggen', switchTo: 'English',
  },

  login: {
    title: 'Inloggen', email: 'E-mailadres', password: 'Wachtwoord', wrong: 'E-mailadres of wachtwoord klopt niet.', throttled: 'Te veel pogingen. Probeer het later opnieuw.',
  },

  list: {
    title: 'Verzoeken', none: 'Er staan hier geen verzoeken.', deceased: 'Overledene', action: 'Gevraagd', status: 'Stand van zaken', nextMove: 'Volgende stap',
    search: 'Zoek op klant- of rekeningnummer, naam van de overledene, postcode of geboortedatum', find: 'Zoeken',
  },

  request: {
    back: 'Terug naar het overzicht', saved: 'Uw antwoord is verwerkt.', refused: 'Niet verwerkt', deceased: 'Overledene', born: 'geboren op', died: 'overleden op',
    account: 'Klantnummer', action: 'Gevraagd', cancel: 'Beëindigen', transfer: 'Overzetten op naam van', endDate: 'Gewenste einddatum', asap: 'zo snel mogelijk',
    owner: 'Contactpersoon (uitvaart- en nazorgspecialist)', ourReference: 'Ons kenmerk', yourReference: 'Uw kenmerk', thread: 'Verloop', enclosures: 'Bijlagen',
    dispute: 'Bezwaar tegen factuur', invoice: 'Factuur', invoiceDate: 'factuurdatum', period: 'Gefactureerde periode', until: 'tot en met', amount: 'Bedrag',
    disputedPart: 'Betwist deel (na de einddatum)', askDispute: 'Creditnota of gecorrigeerde eindafrekening, intrekking of gemotiveerde afwijzing',
  },

  /** The answer forms: their titles, and the labels of their fields (also named in the error summary). */
  answers: {
    acknowledge: 'Ontvangst bevestigen', complete: 'Afhandeling bevestigen', requestInfo: 'Informatie opvragen', reject: 'Afwijzen',
    creditNote: 'Creditnota of gecorrigeerde eindafrekening verstuurd', withdrawn: 'Factuur ingetrokken', rejectDispute: 'Bezwaar afwijzen',
  },

  fields: {
    reference: 'Uw kenmerk', effectiveDate: 'Einddatum of datum overzetting', finalInvoiceAmount: 'Eindafrekening (euro, optioneel)',
    message: 'Wat heeft u nodig?', documentsNeeded: 'Documenten', reason: 'Reden', amount: 'Gecrediteerd bedrag (euro)', note: 'Toelichting (optioneel)',
  },

  /** The error summary at the top of a desk form: what is wrong with a field, in plain words. */
  errors: {
    intro: 'Controleer de volgende velden:',
    required: (label: string) => `Vul in: ${label.toLowerCase()}.`,
    invalid: (label: string) => `${label}: deze waarde klopt niet.`,
    tooLong: (label: string, max: string) => `${label}: hooguit ${max} tekens.`,
    tooShort: (label: string, min: string) => `${label}: minstens ${min} tekens.`,
    beforeDeath: (label: string) => `${label}: deze datum ligt vóór de overlijdensdatum.`,
    date: (label: string) => `${label}: vul een datum in.`,
    amount: (label: string) => `${label}: vul een bedrag in, bijvoorbeeld 12,50.`,
  },

  /** What a document is, as a Dutch desk calls it. */
  documentKinds: {
    death_certificate: 'Akte van overlijden', certificate_of_inheritance: 'Verklaring van erfrecht', power_of_attorney: 'Volmacht van de erfgenamen',
    will: 'Testament', executor_appointment: 'Verklaring van executele', id_document: 'Identiteitsbewijs nabestaande', invoice: 'Factuur',
    collection_letter: 'Incassobrief', provider_letter: 'Brief van de aanbieder', other: 'Overig document',
  } satisfies Record<(typeof DOCUMENT_KINDS)[number], string>,

  hooks: {
    title: 'Webhooks', endpoints: 'Uw endpoints', noEndpoints: 'U heeft nog geen endpoint. Registreer er een via de API (POST /api/v1/provider-desk/webhooks).', since: 'sinds',
    deliveries: 'Verzonden gebeurtenissen', noDeliveries: 'Er zijn hier geen gebeurtenissen.', all: 'Alle', parkedOnly: 'Vastgelopen',
    event: 'Gebeurtenis', date: 'Datum', request: 'Verzoek', status: 'Stand van zaken', attempts: 'Pogingen', lastError: 'Laatste fout', replay: 'Opnieuw versturen', replayed: 'De gebeurtenis wordt opnieuw verstuurd.',
    states: { pending: 'Onderweg', delivered: 'Afgeleverd', parked: 'Vastgelopen: opnieuw versturen nadat uw endpoint weer werkt' },
    types: { 'request.created': 'Nieuw verzoek', 'request.information_supplied': 'Informatie aangeleverd', 'request.disputed': 'Bezwaar tegen factuur', 'request.collection_stopped': 'Verzoek incasso te stoppen' },
  },
};
