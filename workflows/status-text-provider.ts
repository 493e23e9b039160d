import type { ContractContext, ContractState } from './contract.machine';
import { type Language, longDate, money } from './wording';

/**
 * Where a request stands, in the words of the provider's own desk: what we asked of them and what
 * they owe. The family's reassurances ("you need not pay this bill") never appear here.
 */
type Phrase = (c: ContractContext, due: string | null) => string;

const nlBy = (due: string | null) => (due ? ` uiterlijk ${due}` : '');
const enBy = (due: string | null) => (due ? ` by ${due}` : '');

function disputeNl(c: ContractContext): string {
  const d = c.openDispute;
  return d
    ? `Bezwaar tegen factuur ${d.reference}: ${money(d.disputed.amount, 'nl')} betreft ${longDate(d.disputed.from, 'nl')} tot en met ${longDate(d.disputed.to, 'nl')}, na de bevestigde einddatum.`
    : 'Bezwaar tegen een factuur na de einddatum.';
}
function disputeEn(c: ContractContext): string {
  const d = c.openDispute;
  return d
    ? `Dispute of invoice ${d.reference}: ${money(d.disputed.amount, 'en')} covers ${longDate(d.disputed.from, 'en')} to ${longDate(d.disputed.to, 'en')}, after the confirmed end date.`
    : 'Dispute of an invoice after the end date.';
}

const PROVIDER: Record<ContractState, Record<Language, Phrase>> = {
  // The desk lists a request only once it was sent; these keep the table complete all the same.
  draft: { nl: () => 'Nog niet verstuurd.', en: () => 'Not sent yet.' },
  ready: { nl: () => 'Nog niet verstuurd.', en: () => 'Not sent yet.' },
  requested: { nl: (c, due) => `Verzoek om ${c.action === 'cancel' ? 'beëindiging' : 'tenaamstelling'} na overlijden; graag uw antwoord${nlBy(due)}.`, en: (c, due) => `Request to ${c.action === 'cancel' ? 'end' : 'transfer'} the contract after a death; please answer${enBy(due)}.` },
  reminded: { nl: (_c, due) => `Herinnering verstuurd; graag uw antwoord${nlBy(due)}.`, en: (_c, due) => `Reminder sent; please answer${enBy(due)}.` },
  escalated: { nl: (_c, due) => `Klacht ingediend: verzoek en herinnering zijn onbeantwoord; graag uw antwoord${nlBy(due)}.`, en: (_c, due) => `Complaint filed: request and reminder are unanswered; please answer${enBy(due)}.` },
  acknowledged: { nl: (_c, due) => `Ontvangst bevestigd; graag de afhandeling bevestigen${nlBy(due)}.`, en: (_c, due) => `Receipt acknowledged; please confirm completion${enBy(due)}.` },
  informationRequested: { nl: () => 'U vroeg om aanvullende informatie; de contactpersoon levert die aan.', en: () => 'You asked for more information; the case owner is supplying it.' },
  rejected: { nl: () => 'U heeft het verzoek afgewezen; de contactpersoon beslist over een aangepast verzoek.', en: () => 'You rejected the request; the case owner decides on an amended request.' },
  confirmed: { nl: (c) => `Afhandeling bevestigd${c.effectiveDate ? ` per ${longDate(c.effectiveDate, 'nl')}` : ''}.`, en: (c) => `Completion confirmed${c.effectiveDate ? ` as of ${longDate(c.effectiveDate, 'en')}` : ''}.` },
  disputed: {
    nl: (c, due) => `${disputeNl(c)} Graag een creditnota of gecorrigeerde eindafrekening, intrekking, of een gemotiveerde afwijzing${nlBy(due)}.`,
    en: (c, due) => `${disputeEn(c)} Please send a credit note or corrected final bill, withdraw it, or reject the dispute with reasons${enBy(due)}.`,
  },
  disputeEscalated: {
    nl: (c, due) => `Klacht: het bezwaar is onbeantwoord gebleven. ${disputeNl(c)} Graag uw antwoord${nlBy(due)}.`,
    en: (c, due) => `Complaint: the dispute went unanswered. ${disputeEn(c)} Please answer${enBy(due)}.`,
  },
  disputeRejected: { nl: () => 'U heeft het bezwaar afgewezen; de contactpersoon neemt contact met u op.', en: () => 'You rejected the dispute; the case owner will contact you.' },
  collectionStopRequested: {
    nl: (_c, due) => `Incasso na overlijden: verzoek de incasso op te schorten en de incassokosten te laten vervallen; graag schriftelijk antwoord${nlBy(due)}.`,
    en: (_c, due) => `Debt collection after a death: please suspend the collection and waive its costs; please answer in writing${enBy(due)}.`,
  },
  settled: { nl: () => 'Afgehandeld.', en: () => 'Settled.' },
  closed: { nl: () => 'Afgehandeld; dossier gesloten.', en: () => 'Settled; file closed.' },
  withdrawn: { nl: () => 'Verzoek ingetrokken; er is niets meer te doen.', en: () => 'Request withdrawn; nothing more to do.' },
};

/** The provider's table, for the completeness test. */
export const PROVIDER_WORDING = { status: PROVIDER };

/** The desk's status line for a request. */
export function providerStatusText(state: ContractState, context: ContractContext, lang: Language, dueDate: string | null): string {
  const phrase = PROVIDER[state]?.[lang];
  return phrase ? phrase(context, dueDate ? longDate(dueDate, lang) : null) : { nl: 'In behandeling.', en: 'In progress.' }[lang];
}
