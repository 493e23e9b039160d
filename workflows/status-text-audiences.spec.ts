import { type ContractContext, type ContractState, machines } from './index';
import { OWNER_ESTATE_WORDING, OWNER_WORDING, ownerChangeText, ownerNextStep, ownerStatusText } from './status-text-owner';
import { FAMILY_ESTATE_WORDING, FAMILY_WORDING, contractNextStep, contractStatusText } from './status-text';
import { PROVIDER_WORDING, providerStatusText } from './status-text-provider';
import { LANGUAGES } from './wording';

/** Every state an instance can be in today: the union over every runnable version. */
const statesOf = (versions: Record<number, { states: object }>) => [...new Set(Object.values(versions).flatMap((m) => Object.keys(m.states)))];
const CONTRACT_STATES_EVER = statesOf(machines.contract) as ContractState[];
const ESTATE_STATES_EVER = statesOf(machines.estate);

/** Looked up by name, as a table missing a state must fail here rather than fall back at run time. */
type Table = Partial<Record<string, Record<string, unknown>>>;
const TABLES: Record<string, Table> = {
  'family status': FAMILY_WORDING.status,
  'family next step': FAMILY_WORDING.next,
  'family change': FAMILY_WORDING.change,
  'owner status': OWNER_WORDING.status,
  'owner next step': OWNER_WORDING.next,
  'owner change': OWNER_WORDING.change,
  'provider status': PROVIDER_WORDING.status,
};
const ESTATE_TABLES: Record<string, Table> = { family: FAMILY_ESTATE_WORDING, owner: OWNER_ESTATE_WORDING };

const confirmed: ContractContext = {
  action: 'cancel',
  providerReference: 'KPN-1',
  effectiveDate: '2026-11-30',
  finalInvoiceAmount: null,
  remindersSent: 0,
  escalations: 0,
  disputes: 1,
  lastRejectionReason: 'akte ontbreekt',
  openInformationRequest: { message: 'Stuur het testament', documentsNeeded: ['will'] },
  openDispute: { reference: 'F-1', invoiceDate: '2027-01-10', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 15, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 15 } },
  disputeRejectionReason: 'opzegtermijn van een maand',
};
const CONTEXTS: ContractContext[] = [confirmed, { ...confirmed, action: 'transfer', effectiveDate: null, openDispute: null, openInformationRequest: null, lastRejectionReason: null }];
const words = { providerName: 'KPN', dueDate: '2027-02-12' };

/** The family's reassurances and its "we"/"you" voice: never for the owner or the provider. */
const FAMILY_VOICE = /hoeft deze rekening|do not need to pay|\bu hoeft\b|you do not need|uw contactpersoon|your case owner|we letten|we are making sure/i;

describe('one wording table per audience', () => {
  it.each(Object.keys(TABLES))('%s has a sentence for every state of every runnable contract machine, in Dutch and English', (name) => {
    const missing = CONTRACT_STATES_EVER.flatMap((state) => LANGUAGES.filter((lang) => typeof TABLES[name][state]?.[lang] !== 'function').map((lang) => `${state}/${lang}`));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(ESTATE_TABLES))('%s estate wording covers every state of every runnable estate machine, in Dutch and English', (name) => {
    const missing = ESTATE_STATES_EVER.flatMap((state) => LANGUAGES.filter((lang) => typeof ESTATE_TABLES[name][state]?.[lang] !== 'string').map((lang) => `${state}/${lang}`));
    expect(missing).toEqual([]);
  });

  it('never gives the owner or the provider a family sentence', () => {
    for (const state of CONTRACT_STATES_EVER) {
      for (const lang of LANGUAGES) {
        for (const c of CONTEXTS) {
          const family = [contractStatusText(state, c, lang, words), contractNextStep(state, c, lang, words)];
          const staff = [ownerStatusText(state, c, lang, words), ownerNextStep(state, c, lang, words), ownerChangeText(state, c, lang, 'KPN'), providerStatusText(state, c, lang, words.dueDate)];
          for (const text of staff) {
            expect(text).not.toMatch(FAMILY_VOICE);
            expect(text).not.toMatch(/undefined|null|NaN|\$\{|  /);
            expect(text).toMatch(/^[A-Z].*\.$/);
            for (const sentence of family) expect(text).not.toBe(sentence);
          }
        }
      }
    }
    for (const lang of LANGUAGES) for (const text of Object.values(OWNER_ESTATE_WORDING).map((w) => w[lang])) expect(text).not.toMatch(FAMILY_VOICE);
  });

  it('writes the owner Dutch first, English second, and says them apart', () => {
    for (const state of CONTRACT_STATES_EVER) {
      expect(ownerStatusText(state, confirmed, 'nl', words)).not.toBe(ownerStatusText(state, confirmed, 'en', words));
      expect(ownerStatusText(state, confirmed, 'nl', words)).not.toMatch(/\b(the|by|due|provider|answer)\b/i);
    }
  });

  it("states a dispute as the owner's fact: amount, invoice and the provider's term", () => {
    expect(ownerStatusText('disputed', confirmed, 'nl', words)).toBe('Geschil loopt: €\u00a015,00 betwist (factuur F-1), antwoord aanbieder uiterlijk 12 februari 2027.');
    expect(ownerStatusText('disputed', confirmed, 'en', words)).toBe("Dispute open: €15.00 disputed (invoice F-1), provider's answer due by 12 February 2027.");
    expect(ownerStatusText('disputeRejected', confirmed, 'nl', words)).toContain('(reden: opzegtermijn van een maand)');
    expect(ownerStatusText('requested', confirmed, 'nl', { providerName: 'KPN' })).toBe('Beëindiging gevraagd bij KPN, antwoord aanbieder zonder termijn.');
  });

  it("tells the provider's desk the disputed part as our pro rata sum, and a complaint as a missing confirmation (it may have acknowledged)", () => {
    expect(providerStatusText('disputed', confirmed, 'nl', '2027-02-12')).toMatch(
      /^Bezwaar tegen factuur F-1: het deel na de bevestigde einddatum, 1 december 2026 tot en met 31 december 2026, naar rato €\u00a015,00\./,
    );
    expect(providerStatusText('disputed', confirmed, 'en', null)).toMatch(/^Dispute of invoice F-1: the part after the confirmed end date, 1 December 2026 to 31 December 2026, pro rata €15\.00\./);
    expect(providerStatusText('escalated', confirmed, 'nl', null)).toBe('Klacht ingediend: de afhandeling is ook na de herinnering niet bevestigd; graag uw antwoord.');
    expect(providerStatusText('escalated', confirmed, 'en', null)).not.toMatch(/unanswered/);
    // A transfer has no end date; the owner may accept a rejected dispute, and amend or withdraw a rejected request.
    expect(providerStatusText('disputed', { ...confirmed, action: 'transfer' }, 'nl', null)).toContain('het deel na de bevestigde datum van overzetting');
    expect(providerStatusText('disputeRejected', confirmed, 'en', null)).toBe('You rejected the dispute; the case owner decides how to proceed.');
    expect(providerStatusText('rejected', confirmed, 'nl', null)).toBe('U heeft het verzoek afgewezen; de contactpersoon beslist of het verzoek wordt aangepast of ingetrokken.');
  });

  it("names the provider's own complaints body in the owner's next step of an unanswered dispute, or only the call when it has none", () => {
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    expect(ownerNextStep('disputeEscalated', confirmed, 'nl', { ...words, complaintsBody: kifid })).toBe(
      'Geen antwoord uiterlijk 12 februari 2027: KPN bellen of naar het Klachteninstituut Financiële Dienstverlening (Kifid).',
    );
    expect(ownerNextStep('disputeEscalated', confirmed, 'en', { ...words, complaintsBody: kifid })).toBe(
      'No answer by 12 February 2027: call KPN or go to the Klachteninstituut Financiële Dienstverlening (Kifid).',
    );
    for (const none of [{}, { complaintsBody: { nl: null, en: null } }]) {
      expect(ownerNextStep('disputeEscalated', confirmed, 'nl', { ...words, ...none })).toBe('Geen antwoord uiterlijk 12 februari 2027: KPN bellen.');
      expect(ownerNextStep('disputeEscalated', confirmed, 'en', { ...words, ...none })).toBe('No answer by 12 February 2027: call KPN.');
    }
  });

  it('keeps the family sentence in the family table', () => {
    expect(contractStatusText('disputed', confirmed, 'nl', words)).toContain('U hoeft deze rekening niet te betalen');
  });
});
