/**
 * The workspace's words in Dutch: the reference catalogue for the owner audience (see ./index.ts).
 * Sections follow the pages; each page module reads only its own section and `shell`.
 */
export const ownerNl = {
  shell: {
    brand: 'Steward · Werkplek',
    navLabel: 'Werkplek',
    today: 'Vandaag',
    estates: 'Nalatenschappen',
    post: 'Post',
    dashboard: 'Dashboard',
    accounts: 'Accounts',
    providers: 'Organisaties',
    signOut: 'Uitloggen',
    switchTo: 'English',
  },

  notices: {
    created: 'De nalatenschap is geopend.',
    contract: 'Het contract staat nu in de inventaris.',
    document: 'Het document is opgeslagen.',
    sent: 'De verzoeken zijn verstuurd.',
    handedOver: 'De nalatenschap is overgedragen. Ze staat niet meer op uw lijst; hieronder kunt u de overdracht 24 uur lang terugdraaien.',
    undone: 'De overdracht is teruggedraaid; de nalatenschap ligt weer bij de vorige vaste contactpersoon.',
    closed: 'De nalatenschap is afgesloten; het eindverslag gaat naar de familie.',
    saved: 'Opgeslagen.',
    corrected: 'Gecorrigeerd; de wijziging staat in de tijdlijn.',
    retried: 'De brief wordt opnieuw gemaakt en opnieuw aan de regels getoetst.',
    'step-retried': 'De automatische stap wordt binnen een minuut opnieuw geprobeerd.',
    handled: 'Gemarkeerd als afgehandeld.',
    printed: 'Elke wachtende brief zit in een printbatch.',
    statement: 'Het bankafschrift is gelezen. Alleen de terugkerende betalingen zijn bewaard.',
    drafts: 'De conceptcontracten zijn gemaakt; ze staan in de inventaris.',
    seen: 'Gemarkeerd als gezien.',
    replayed: 'De gebeurtenis wordt opnieuw verstuurd, met hetzelfde gebeurtenis-id.',
    removed: 'Het endpoint is verwijderd; er wordt niets meer naartoe gestuurd.',
    progressReport: 'Het voortgangsverslag aan de familie wordt gemaakt; het staat zo bij de brieven.',
    language: 'De werkplek spreekt nu Nederlands.',
  },

  today: {
  },

  dashboard: {
  },

  estate: {
  },

  contract: {
  },

  correction: {
  },

  statement: {
  },

  print: {
  },

  privacy: {
  },

  admin: {
  },

  login: {
  },

  errors: {
  },

  mail: {
    handoverSubject: (deceased: string, reference: string) => `Aan u overgedragen: de nalatenschap van ${deceased} (${reference})`,
    greeting: (name: string) => `Beste ${name},`,
    handedOver: (from: string, deceased: string, reference: string, date: string) => `${from} heeft de nalatenschap van ${deceased} (${reference}) op ${date} aan u overgedragen.`,
    reason: (reason: string) => `Reden: ${reason}`,
    openIt: (url: string) => `Ze staat bovenaan uw lijst Vandaag tot u haar opent: ${url}`,
  },

  timeline: {
    handedOver: (to: string, from: string, reason: string) => `${to} is nu de vaste contactpersoon (neemt over van ${from}). Reden: ${reason}`,
    handoverUndone: (back: string, instead: string) => `Overdracht teruggedraaid: ${back} is weer de vaste contactpersoon (in plaats van ${instead}).`,
    letterSent: (title: string, recipient: string, channel: string) => `Brief „${title}” aan ${recipient} verstuurd (${channel}).`,
    letterBlocked: (title: string, rules: string) => `Brief „${title}” tegengehouden: ${rules}`,
    channels: { email: 'e-mail', post: 'post', portal: 'desk van de organisatie', family: 'familieportaal' },
    estateStatus: (status: string) => `Nalatenschap: ${status}`,
  },
};
