import type { ContractContext, ContractState } from './contract.machine';
import type { EstateState } from './estate.machine';
import { letterDate as longDate } from '../letters/dates';

export type Language = 'nl' | 'en';

export interface StatusWords {
  providerName: string;
  /** The due date of the current state, `YYYY-MM-DD`, if it has one. */
  dueDate?: string | null;
}

/** Families read the same written-out dates as the letters: "7 december 2026". */
export { letterDate as longDate } from '../letters/dates';

type Phrase = (p: string, due: string, c: ContractContext) => string;

/** Where a contract stands, in words a grieving family understands. */
const STATUS: Record<ContractState, Record<Language, Phrase>> = {
  draft: {
    nl: (p) => `We bereiden het verzoek aan ${p} voor; er ontbreekt nog een document.`,
    en: (p) => `We are preparing the request to ${p}; a document is still missing.`,
  },
  ready: {
    nl: (p) => `Het verzoek aan ${p} is klaar om te versturen.`,
    en: (p) => `The request to ${p} is ready to be sent.`,
  },
  requested: {
    nl: (p, due, c) => `We hebben ${p} gevraagd het contract ${c.action === 'cancel' ? 'te beëindigen' : 'over te zetten'}; ${p} moet uiterlijk ${due} antwoorden.`,
    en: (p, due, c) => `We have asked ${p} to ${c.action === 'cancel' ? 'end' : 'transfer'} the contract; ${p} should answer by ${due}.`,
  },
  reminded: {
    nl: (p, due) => `${p} heeft nog niet geantwoord; we hebben een herinnering gestuurd (antwoord uiterlijk ${due}).`,
    en: (p, due) => `${p} has not answered yet; we have sent a reminder (answer due by ${due}).`,
  },
  escalated: {
    nl: (p) => `${p} reageert niet op tijd; we hebben een klacht ingediend en houden de zaak nauw in de gaten.`,
    en: (p) => `${p} is not answering in time; we have filed a complaint and are following it closely.`,
  },
  acknowledged: {
    nl: (p, due) => `${p} heeft het verzoek ontvangen en behandelt het (uiterlijk ${due}).`,
    en: (p, due) => `${p} has received the request and is handling it (by ${due}).`,
  },
  informationRequested: {
    nl: (p) => `${p} vraagt om aanvullende informatie; wij regelen dat.`,
    en: (p) => `${p} has asked for more information; we are taking care of it.`,
  },
  rejected: {
    nl: (p) => `${p} heeft het verzoek niet geaccepteerd; wij passen het aan en sturen het opnieuw.`,
    en: (p) => `${p} did not accept the request; we are correcting it and will send it again.`,
  },
  confirmed: {
    nl: (p, _d, c) => (c.action === 'cancel' ? `${p} heeft bevestigd dat het contract eindigt${c.effectiveDate ? ` op ${longDate(c.effectiveDate, 'nl')}` : ''}. We letten op of er daarna nog rekeningen komen.` : `${p} heeft de overschrijving bevestigd${c.effectiveDate ? ` per ${longDate(c.effectiveDate, 'nl')}` : ''}. We letten op of alles klopt.`),
    en: (p, _d, c) => (c.action === 'cancel' ? `${p} has confirmed the contract ends${c.effectiveDate ? ` on ${longDate(c.effectiveDate, 'en')}` : ''}. We are watching for any bills after that date.` : `${p} has confirmed the transfer${c.effectiveDate ? ` as of ${longDate(c.effectiveDate, 'en')}` : ''}. We are checking that everything is right.`),
  },
  disputed: {
    nl: (p, due) => `${p} stuurde een rekening na de einddatum; we hebben bezwaar gemaakt (antwoord uiterlijk ${due}). U hoeft niets te betalen.`,
    en: (p, due) => `${p} sent a bill after the end date; we have disputed it (answer due by ${due}). You do not need to pay it.`,
  },
  collectionStopRequested: {
    nl: (p) => `Er kwam een incassobrief voor ${p}; we hebben dezelfde dag gevraagd de incasso te stoppen. U hoeft niets te betalen.`,
    en: (p) => `A debt-collection letter arrived for ${p}; we asked the same day for collection to stop. You do not need to pay it.`,
  },
  settled: {
    nl: (p) => `${p} is volledig afgehandeld.`,
    en: (p) => `${p} is fully settled.`,
  },
  closed: {
    nl: (p) => `${p} is afgesloten.`,
    en: (p) => `${p} is closed.`,
  },
  withdrawn: {
    nl: (p) => `Het verzoek aan ${p} is ingetrokken.`,
    en: (p) => `The request to ${p} has been withdrawn.`,
  },
};

const WHEN_UNKNOWN = { nl: 'binnenkort', en: 'soon' };

export function contractStatusText(state: ContractState, context: ContractContext, lang: Language, words: StatusWords): string {
  const due = words.dueDate ? longDate(words.dueDate, lang) : WHEN_UNKNOWN[lang];
  return (STATUS[state] ?? STATUS.draft)[lang](words.providerName, due, context);
}

/** What happens next, and when. */
const NEXT: Record<ContractState, Record<Language, Phrase>> = {
  draft: { nl: () => 'Zodra de documenten compleet zijn, versturen we het verzoek.', en: () => 'As soon as the documents are complete, we send the request.' },
  ready: { nl: () => 'We versturen het verzoek.', en: () => 'We will send the request.' },
  requested: { nl: (p, due) => `Als ${p} niet uiterlijk ${due} antwoordt, sturen we een herinnering.`, en: (p, due) => `If ${p} has not answered by ${due}, we send a reminder.` },
  reminded: { nl: (p, due) => `Als ${p} niet uiterlijk ${due} antwoordt, dienen we een klacht in.`, en: (p, due) => `If ${p} has not answered by ${due}, we file a complaint.` },
  escalated: { nl: (p) => `Uw contactpersoon belt ${p} persoonlijk.`, en: (p) => `Your case owner will call ${p} personally.` },
  acknowledged: { nl: (p, due) => `We verwachten de bevestiging van ${p} uiterlijk ${due}.`, en: (p, due) => `We expect ${p}'s confirmation by ${due}.` },
  informationRequested: { nl: (_p, due) => `We sturen de gevraagde informatie uiterlijk ${due}.`, en: (_p, due) => `We send the information by ${due}.` },
  rejected: { nl: () => 'We passen het verzoek aan en versturen het opnieuw.', en: () => 'We correct the request and send it again.' },
  confirmed: { nl: (_p, due) => `Komt er tot ${due} geen rekening meer, dan is dit contract afgehandeld.`, en: (_p, due) => `If no further bill arrives by ${due}, this contract is settled.` },
  disputed: { nl: (p, due) => `We verwachten dat ${p} de rekening uiterlijk ${due} intrekt.`, en: (p, due) => `We expect ${p} to withdraw the bill by ${due}.` },
  collectionStopRequested: { nl: (_p, due) => `We controleren uiterlijk ${due} of de incasso is gestopt.`, en: (_p, due) => `We check by ${due} that collection has stopped.` },
  settled: { nl: () => 'Er hoeft niets meer te gebeuren.', en: () => 'Nothing more needs to happen.' },
  closed: { nl: () => 'Er hoeft niets meer te gebeuren.', en: () => 'Nothing more needs to happen.' },
  withdrawn: { nl: () => 'Er hoeft niets meer te gebeuren.', en: () => 'Nothing more needs to happen.' },
};

export function contractNextStep(state: ContractState, context: ContractContext, lang: Language, words: StatusWords): string {
  const due = words.dueDate ? longDate(words.dueDate, lang) : WHEN_UNKNOWN[lang];
  return (NEXT[state] ?? NEXT.draft)[lang](words.providerName, due, context);
}

const ESTATE: Record<EstateState, Record<Language, string>> = {
  intake: { nl: 'We leggen de gegevens vast.', en: 'We are recording the details.' },
  inventory: { nl: 'We brengen alle contracten in kaart.', en: 'We are listing all contracts.' },
  inProgress: { nl: 'De verzoeken aan de organisaties lopen.', en: 'The requests to the organisations are under way.' },
  settling: { nl: 'Bijna alles is afgehandeld; we ronden af.', en: 'Nearly everything is settled; we are wrapping up.' },
  closed: { nl: 'Alles is afgehandeld. U heeft het eindverslag ontvangen.', en: 'Everything is settled. You have received the final report.' },
  purged: { nl: 'Het dossier is na de bewaartermijn verwijderd.', en: 'The file was deleted after the retention period.' },
};

export function estateStatusText(state: EstateState, lang: Language): string {
  return (ESTATE[state] ?? ESTATE.intake)[lang];
}
