import { type ContractContext, type ContractState, contractStep, machines } from './index';
import { OWNER_ESTATE_WORDING, OWNER_WORDING, ownerChangeText, ownerNextStep, ownerStatusText } from './status-text-owner';
import { FAMILY_ESTATE_WORDING, FAMILY_WORDING, contractChangeText, contractNextStep, contractStatusText } from './status-text';
import { PROVIDER_WORDING, providerAnswerText, providerStatusText } from './status-text-provider';
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
/** v4: December's bill and January's, both wholly after the end date; in `oneHeld` the provider holds to December. */
const DECEMBER = confirmed.openDispute!;
const JANUARY = { reference: 'F-2', invoiceDate: '2027-02-10', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 20, disputed: { from: '2027-01-01', to: '2027-01-31', days: 31, amount: 20 } };
const twoBills: ContractContext = { ...confirmed, disputes: 2, openDispute: undefined, openDisputes: [DECEMBER, JANUARY] };
const oneHeld: ContractContext = { ...twoBills, openDisputes: [{ ...DECEMBER, rejectionReason: 'opzegtermijn van een maand' }, JANUARY] };
const CONTEXTS: ContractContext[] = [
  confirmed,
  { ...confirmed, action: 'transfer', effectiveDate: null, openDispute: null, openInformationRequest: null, lastRejectionReason: null },
  twoBills,
  oneHeld,
];
/** The heirs' words: they read the estate's debts (owner and provider ignore it). */
const words = { providerName: 'KPN', dueDate: '2027-02-12', readsDebts: true };
/** A step into `to` by `event` from `from`; `effects`: the types of what it emitted. */
const step = (event: string, from: string | null, to: string, recorded: { amount?: number; invoiceReference?: string; corrected?: object[] } = {}, effects: string[] = [], after: ContractContext | null = null) =>
  contractStep({ type: event, ...recorded }, from, to, effects, after);
/** Every step the owner's step table words itself: each event it knows (into `confirmed`), and each deadline that keeps a state (with and without a letter). */
const OWNER_STEPS = [
  ...Object.keys(OWNER_WORDING.steps.byEvent).map((event) => step(event, 'disputed', 'confirmed', { amount: 14.52 })),
  ...Object.keys(OWNER_WORDING.steps.byEvent).map((event) => step(event, 'disputed', 'disputed', { amount: 14.52, invoiceReference: 'F-1' })),
  ...Object.keys(OWNER_WORDING.steps.deadlineKept).flatMap((state) => [step('DEADLINE_PASSED', state, state), step('DEADLINE_PASSED', state, state, {}, ['letter'])]),
];
/** The states a DEADLINE_PASSED keeps (a transition without a target) in any runnable contract machine version. */
const DEADLINE_KEEPS = [
  ...new Set(
    Object.values(machines.contract).flatMap((m) =>
      Object.entries(m.states as Record<string, { transitions: Map<string, { target?: unknown }[]> }>)
        .filter(([, node]) => node.transitions.get('DEADLINE_PASSED')?.some((t) => !t.target))
        .map(([state]) => state),
    ),
  ),
];

/** The family's reassurances and its "we"/"you" voice: never for the owner or the provider. */
const FAMILY_VOICE = /hoeft deze rekening|do not need to pay|\bu hoeft\b|you do not need|uw contactpersoon|your contact person|we letten|we are making sure/i;

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
          const steps = [step('SOME_EVENT', null, state), ...OWNER_STEPS.filter((s) => s.to === state)].map((s) => ownerChangeText(s, c, lang, 'KPN'));
          const staff = [ownerStatusText(state, c, lang, words), ownerNextStep(state, c, lang, words), ...steps, providerStatusText(state, c, lang, words.dueDate)];
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

  it("quotes the provider's question in the owner's status, its own full stop inside the quote", () => {
    const asked = { ...confirmed, openInformationRequest: { message: 'Stuur een volmacht van de gemachtigde.', documentsNeeded: [] } };
    expect(ownerStatusText('informationRequested', asked, 'nl', words)).toBe('KPN vraagt aanvullende informatie („Stuur een volmacht van de gemachtigde.”); aanleveren uiterlijk 12 februari 2027.');
  });

  it('never tells the owner "no late bills" of a contract settled after late bills were disputed', () => {
    const quiet = { ...confirmed, disputes: 0, openDispute: null };
    expect(ownerStatusText('settled', quiet, 'nl', words)).toBe('Afgehandeld bij KPN: geen late facturen in de wachttijd.');
    expect(ownerStatusText('settled', { ...quiet, disputes: 1 }, 'nl', words)).toBe('Afgehandeld bij KPN: de late factuur is afgehandeld en in de wachttijd kwam er geen nieuwe.');
    expect(ownerStatusText('settled', { ...quiet, disputes: 2 }, 'en', words)).toBe('Settled with KPN: the late bills were dealt with and no new one came during the quiet period.');
  });

  it('names the bill in a collection stop, where no sentence before introduced "deze rekening"', () => {
    const heir = { ...words, readsDebts: true };
    const oneBill: ContractContext = { ...confirmed, openDispute: undefined, openDisputes: [DECEMBER] };
    expect(contractStatusText('collectionStopRequested', oneBill, 'nl', heir)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. U hoeft rekening F-1 niet te betalen zolang het bezwaar loopt.',
    );
    expect(contractStatusText('collectionStopRequested', oneBill, 'en', heir)).toContain('You do not need to pay bill F-1 while the dispute is open.');
    // Beside the bill it introduces, the dispute's own words keep "deze rekening".
    expect(contractStatusText('disputed', oneBill, 'nl', heir)).toContain('U hoeft deze rekening niet te betalen');
  });

  it('says no objection is running while its letter is held back for the case owner, in a collection stop', () => {
    const heir = { ...words, readsDebts: true, objectionsUnsent: ['F-1'] };
    const oneBill: ContractContext = { ...confirmed, openDispute: undefined, openDisputes: [DECEMBER] };
    expect(contractStatusText('collectionStopRequested', oneBill, 'nl', heir)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. We bereiden een brief voor waarin we bezwaar maken tegen rekening F-1; uw vaste contactpersoon verstuurt hem zodra alles klopt.',
    );
    expect(contractStatusText('collectionStopRequested', oneBill, 'en', heir)).toBe(
      'A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended; you do not need to do anything yourself. We are preparing a letter disputing bill F-1; your contact person will send it as soon as everything is in order.',
    );
    expect(contractStatusText('collectionStopRequested', oneBill, 'nl', heir)).not.toContain('zolang het bezwaar loopt');
  });

  it("states a dispute as the owner's fact: amount, invoice and the provider's term", () => {
    expect(ownerStatusText('disputed', confirmed, 'nl', words)).toBe('Geschil loopt: €\u00a015,00 betwist (factuur F-1), antwoord aanbieder uiterlijk 12 februari 2027.');
    expect(ownerStatusText('disputed', confirmed, 'en', words)).toBe("Dispute open: €15.00 disputed (invoice F-1), provider's answer due by 12 February 2027.");
    expect(ownerStatusText('disputeRejected', confirmed, 'nl', words)).toContain('(reden: opzegtermijn van een maand)');
    expect(ownerStatusText('requested', confirmed, 'nl', { providerName: 'KPN' })).toBe('Beëindiging gevraagd bij KPN, antwoord aanbieder zonder termijn.');
  });

  it("tells the provider's desk what a request to a bank or an insurer asked, not an end", () => {
    expect(providerStatusText('requested', confirmed, 'nl', '2026-12-18', 'life')).toBe('Melding van overlijden: verzoek de uitkering af te handelen; graag uw antwoord uiterlijk 18 december 2026.');
    expect(providerStatusText('requested', confirmed, 'nl', null, 'bank')).toBe('Verzoek na overlijden: de rekening blokkeren en het saldo per de datum van overlijden opgeven; graag uw antwoord.');
    expect(providerStatusText('requested', confirmed, 'en', null, 'property')).toBe('Notification of a death: request to continue the insurance for the estate; please answer.');
    expect(providerStatusText('requested', confirmed, 'nl', null)).toBe('Verzoek om beëindiging na overlijden; graag uw antwoord.');
  });

  // bankdispute: a bank's charge is booked back, never credited; a bank's or insurer's confirmation says what it did, not a completion date.
  it("tells a bank's desk its disputed charge as costs to book back, and a confirmation as what was done, in English too", () => {
    expect(providerStatusText('disputed', confirmed, 'en', '12 February 2027', 'bank')).toMatch(/^Dispute of charge with reference F-1 \(€[\d.]+\): (wholly|pro rata €[\d.]+) after the date you confirmed\. Please book the charge back to the account, or reject the dispute with reasons by 12 February 2027\.$/);
    expect(providerStatusText('disputed', confirmed, 'nl', null, 'bank')).not.toMatch(/factuur|einddatum|creditnota|eindafrekening/);
    const done = { balance: null, balanceReleased: false, payoutAmount: null, payoutTo: null, coverUntil: null };
    expect(providerStatusText('confirmed', confirmed, 'en', null, 'bank', { ...done, done: 'accountBlocked', balance: 1234.56, balanceReleased: true })).toBe('You confirmed: account blocked, balance €1,234.56, balance paid to the estate account.');
    expect(providerStatusText('confirmed', confirmed, 'nl', null, 'health', { ...done, done: 'coverSettled' })).toBe('U heeft bevestigd: verzekering afgewikkeld.');
    expect(providerStatusText('confirmed', confirmed, 'nl', null)).toMatch(/^Afhandeling bevestigd/);
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
    expect(providerStatusText('disputeRejected', confirmed, 'en', null)).toBe('You rejected the dispute; the contact person decides how to proceed.');
    expect(providerStatusText('rejected', confirmed, 'nl', null)).toBe('U heeft het verzoek afgewezen; de contactpersoon beslist of het verzoek wordt aangepast of ingetrokken.');
  });

  it("names no per-contract close as a settled contract's next step: there is none; it closes with the estate's file", () => {
    expect(ownerNextStep('settled', confirmed, 'nl', words)).toBe('Niets meer te doen voor dit contract; het wordt afgesloten als u de nalatenschap afsluit, zodra alle contracten zijn afgehandeld.');
    expect(ownerNextStep('settled', confirmed, 'en', words)).toBe('Nothing more to do for this contract; it is closed when you close the estate, once every contract is handled.');
  });

  it('names the complaint beside amend and withdraw after a rejection where the contract takes one, and not once a complaint names its body (audit102 F5)', () => {
    const offered = { ...words, complaintOffered: true };
    expect(ownerNextStep('rejected', confirmed, 'nl', offered)).toBe('Verzoek aanpassen of intrekken, of een klacht indienen over de afwijzing, uiterlijk 12 februari 2027.');
    expect(ownerNextStep('rejected', confirmed, 'en', offered)).toBe('Amend or withdraw the request, or complain about the rejection, by 12 February 2027.');
    expect(ownerNextStep('rejected', confirmed, 'en', { ...offered, dueDate: null })).toBe('Amend or withdraw the request, or complain about the rejection, as soon as possible.');
    // Her own term passed: the complaint is part of the move due now.
    expect(ownerNextStep('rejected', confirmed, 'nl', { ...offered, missedDueDate: '2027-03-31', dueDate: '2027-04-14', today: '2027-04-01' })).toBe(
      'Verzoek nu aanpassen of intrekken, of een klacht indienen over de afwijzing: uw termijn liep tot en met 31 maart 2027.',
    );
    // A contract that takes no complaint (started before v9): amend or withdraw only, as before.
    expect(ownerNextStep('rejected', confirmed, 'en', words)).toBe('Amend or withdraw the request by 12 February 2027.');
    // Rejected again after our complaint: the complaints body is the next step beside, not a second complaint.
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    expect(ownerNextStep('rejected', confirmed, 'en', { ...offered, complaintsBody: kifid, complaintsBodyOpens: '2027-03-05', today: '2027-02-01' })).toBe(
      'Amend or withdraw the request by 12 February 2027. From 5 March 2027 you can go to the Klachteninstituut Financiële Dienstverlening (Kifid).',
    );
  });

  it('names the complaint in her status and late alert after a rejection too, as her next step does (refusalwords)', () => {
    const offered = { ...words, complaintOffered: true };
    const rejection = { ...confirmed, lastRejectionReason: 'Klantnummer onbekend' };
    expect(ownerStatusText('rejected', rejection, 'nl', offered)).toBe('Verzoek afgewezen door KPN (reden: Klantnummer onbekend); aanpassen of intrekken, of een klacht indienen over de afwijzing, uiterlijk 12 februari 2027.');
    expect(ownerStatusText('rejected', rejection, 'en', offered)).toBe('Request rejected by KPN (reason: Klantnummer onbekend); amend or withdraw, or complain about the rejection, by 12 February 2027.');
    const kept = (lang: 'nl' | 'en') => ownerChangeText(step('DEADLINE_PASSED', 'rejected', 'rejected', {}, ['notify_owner']), confirmed, lang, 'KPN', { complaintOffered: true });
    expect([kept('nl'), kept('en')]).toEqual([
      'Afwijzing door KPN nog niet opgevolgd: aanpassen of intrekken, of een klacht indienen over de afwijzing.',
      'Rejection by KPN not yet followed up: amend or withdraw, or complain about the rejection.',
    ]);
    // A contract that takes no complaint (started before v9): amend or withdraw only, as before.
    expect(ownerStatusText('rejected', rejection, 'en', words)).toBe('Request rejected by KPN (reason: Klantnummer onbekend); amend or withdraw by 12 February 2027.');
  });

  it("names the provider's own complaints body after a complaint only from the day it takes the case, with its condition; only the call when it has none", () => {
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    // Our complaint went out on 8 January 2027: Kifid takes the case 8 weeks later.
    const complained = { ...words, complaintsBody: kifid, complaintsBodyOpens: '2027-03-05' };
    for (const state of ['disputeEscalated', 'escalated'] as const) {
      expect(ownerNextStep(state, confirmed, 'nl', { ...complained, today: '2027-02-01' })).toBe(
        'Geen antwoord uiterlijk 12 februari 2027: KPN bellen. Vanaf 5 maart 2027 kunt u naar het Klachteninstituut Financiële Dienstverlening (Kifid).',
      );
      expect(ownerNextStep(state, confirmed, 'en', { ...complained, today: '2027-03-04' })).toBe(
        'No answer by 12 February 2027: call KPN. From 5 March 2027 you can go to the Klachteninstituut Financiële Dienstverlening (Kifid).',
      );
      // From that day on, the body is the next step beside the call.
      expect(ownerNextStep(state, confirmed, 'nl', { ...complained, today: '2027-03-05' })).toBe(
        'Geen antwoord uiterlijk 12 februari 2027: KPN bellen of naar het Klachteninstituut Financiële Dienstverlening (Kifid).',
      );
      expect(ownerNextStep(state, confirmed, 'en', { ...complained, today: '2027-04-01' })).toBe(
        'No answer by 12 February 2027: call KPN or go to the Klachteninstituut Financiële Dienstverlening (Kifid).',
      );
      // A Geschillencommissie only if the provider is affiliated, as the complaint letter says.
      const telecom = { ...words, complaintsBody: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' }, complaintsBodyIfAffiliated: true, complaintsBodyOpens: '2027-02-05' };
      expect(ownerNextStep(state, confirmed, 'nl', { ...telecom, today: '2027-01-20' })).toBe(
        'Geen antwoord uiterlijk 12 februari 2027: KPN bellen. Vanaf 5 februari 2027 kunt u naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten).',
      );
      expect(ownerNextStep(state, confirmed, 'en', { ...telecom, today: '2027-02-05' })).toBe(
        'No answer by 12 February 2027: call KPN or go to the Geschillencommissie Telecommunicatie (if KPN is affiliated with it).',
      );
      // No body, or no complaint on record to count from: only the call.
      for (const none of [{}, { complaintsBody: { nl: null, en: null } }, { complaintsBody: kifid }]) {
        expect(ownerNextStep(state, confirmed, 'nl', { ...words, today: '2027-06-01', ...none })).toBe('Geen antwoord uiterlijk 12 februari 2027: KPN bellen.');
        expect(ownerNextStep(state, confirmed, 'en', { ...words, today: '2027-06-01', ...none })).toBe('No answer by 12 February 2027: call KPN.');
      }
    }
    // A bill the provider holds to: what Steward records, and where objecting further happens (no step of ours).
    expect(ownerNextStep('disputeRejected', confirmed, 'nl', { ...words, complaintsBody: kifid })).toBe(
      'Beslissen uiterlijk 12 februari 2027: betalen en het geschil afsluiten, of KPN bellen of naar het Klachteninstituut Financiële Dienstverlening (Kifid); leg de uitkomst vast.',
    );
  });

  it('tells the owner every deadline that passed without moving the contract, in any runnable version', () => {
    expect(DEADLINE_KEEPS.length).toBeGreaterThan(0);
    expect(DEADLINE_KEEPS.filter((state) => LANGUAGES.some((lang) => typeof OWNER_WORDING.steps.deadlineKept[state as ContractState]?.[lang] !== 'function'))).toEqual([]);
  });

  it('tells the owner a deadline that kept the state as what it asks now, not as the state\'s event again', () => {
    const kept = (state: string, lang: 'nl' | 'en', effects: string[] = ['notify_owner']) => ownerChangeText(step('DEADLINE_PASSED', state, state, {}, effects), confirmed, lang, 'KPN');
    expect([kept('escalated', 'nl'), kept('escalated', 'en')]).toEqual(['Geen antwoord van KPN na de klacht: bellen.', 'No answer from KPN after the complaint: call them.']);
    expect([kept('informationRequested', 'nl'), kept('informationRequested', 'en')]).toEqual([
      'Termijn om KPN de gevraagde informatie te sturen is verstreken.',
      'The term to send KPN the information has passed.',
    ]);
    expect([kept('rejected', 'nl'), kept('rejected', 'en')]).toEqual(['Afwijzing door KPN nog niet opgevolgd: aanpassen of intrekken.', 'Rejection by KPN not yet followed up: amend or withdraw.']);
    expect([kept('disputeEscalated', 'nl'), kept('disputeEscalated', 'en')]).toEqual([
      'Geen antwoord van KPN op de klacht over het geschil: bellen.',
      'No answer from KPN to the complaint about the dispute: call them.',
    ]);
    expect([kept('disputeRejected', 'nl'), kept('disputeRejected', 'en')]).toEqual(['Nog geen beslissing over het afgewezen geschil met KPN.', 'No decision yet on the dispute KPN rejected.']);
    // partterm (audit92 F4): a bill credited in part was not rejected: the owner reads what the provider credited of what.
    const partly = (lang: 'nl' | 'en') =>
      ownerChangeText(step('DEADLINE_PASSED', 'disputeRejected', 'disputeRejected'), { ...twoBills, openDisputes: [{ ...DECEMBER, credited: 5 }, { ...JANUARY, rejectionReason: 'gebruikt' }] }, lang, 'KPN');
    expect([partly('nl'), partly('en')]).toEqual([
      'Nog geen beslissing over factuur F-1 (KPN crediteerde €\u00a05,00 van €\u00a015,00) en factuur F-2 (afgewezen door KPN).',
      'No decision yet on invoice F-1 (KPN credited €5.00 of €15.00) and invoice F-2 (rejected by KPN).',
    ]);
    // v2 sends no letter after a collection stop; v1 sent a complaint, as it did for an unanswered dispute.
    expect([kept('collectionStopRequested', 'nl'), kept('collectionStopRequested', 'en')]).toEqual([
      'Geen schriftelijk antwoord van KPN op de incassostop: KPN en het incassobureau bellen.',
      'No written answer from KPN to the collection stop: call KPN and the agency.',
    ]);
    const letterAndAlert = ['letter', 'notify_owner'];
    expect([kept('collectionStopRequested', 'nl', letterAndAlert), kept('collectionStopRequested', 'en', letterAndAlert)]).toEqual([
      'Klacht gestuurd aan KPN: incasso niet gestopt.',
      'Complaint sent to KPN: collection not stopped.',
    ]);
    expect([kept('disputed', 'nl', ['letter']), kept('disputed', 'en', ['letter'])]).toEqual(['Klacht gestuurd aan KPN: geschil onbeantwoord.', 'Complaint sent to KPN: dispute unanswered.']);
    // A deadline that moves the contract is told by where it went.
    expect(ownerChangeText(step('DEADLINE_PASSED', 'reminded', 'escalated'), confirmed, 'nl', 'KPN')).toBe('KPN bevestigde ook na de herinnering niet; klacht ingediend.');
  });

  it("tells the owner her amend after a rejection with the answer the provider gets and her case-file note", () => {
    const amend = (recorded: object) => contractStep({ type: 'AMEND', ...recorded }, 'rejected', 'ready', [], null);
    expect(ownerChangeText(amend({ answer: 'Het is een particulier contract', note: 'Gebeld met de dochter' }), confirmed, 'nl', 'KPN')).toBe(
      'Verzoek aan KPN aangepast na de afwijzing; antwoord in de brief: „Het is een particulier contract”; notitie: Gebeld met de dochter.',
    );
    expect(ownerChangeText(amend({ answer: 'It is a private contract.' }), confirmed, 'en', 'KPN')).toBe('Request to KPN amended after the rejection; answer in the letter: “It is a private contract.”');
    expect(ownerChangeText(amend({}), confirmed, 'nl', 'KPN')).toBe('Verzoek aan KPN aangepast na de afwijzing.');
  });

  it('tells the owner when the collection agency got no stop letter of ours, for want of an address', () => {
    const notice = (agency: object) => contractStep({ type: 'COLLECTION_NOTICE', reference: 'INC-1', amount: 60, ...agency }, 'confirmed', 'collectionStopRequested', ['letter'], null);
    expect(ownerChangeText(notice({ agency: 'GGN Incasso' }), confirmed, 'nl', 'KPN')).toBe(
      'Opschorting incasso gevraagd bij KPN. GGN Incasso kreeg geen brief: er is geen adres of e-mailadres van het incassobureau vastgelegd. Bel GGN Incasso zelf om de incasso te laten stoppen.',
    );
    expect(ownerChangeText(notice({ agency: 'GGN Incasso' }), confirmed, 'en', 'KPN')).toBe(
      'Collection suspension requested from KPN. GGN Incasso got no letter: no address or email of the agency is recorded. Call GGN Incasso yourself to have the collection stopped.',
    );
    // Reached by email or post, or no agency named (the provider collects itself): nothing more to say.
    expect(ownerChangeText(notice({ agency: 'GGN Incasso', agencyEmail: 'a@ggn.example' }), confirmed, 'nl', 'KPN')).toBe('Opschorting incasso gevraagd bij KPN.');
    expect(ownerChangeText(notice({}), confirmed, 'nl', 'KPN')).toBe('Opschorting incasso gevraagd bij KPN.');
  });

  it("tells the owner supplied information and a dispute's end as what happened, not as a new request or confirmation", () => {
    const say = (s: ReturnType<typeof step>) => [ownerChangeText(s, confirmed, 'nl', 'KPN'), ownerChangeText(s, confirmed, 'en', 'KPN')];
    expect(say(step('INFORMATION_SUPPLIED', 'informationRequested', 'requested'))).toEqual(['Gevraagde informatie aangeleverd aan KPN.', 'Information supplied to KPN.']);
    expect(say(step('CREDIT_NOTE_SENT', 'disputed', 'confirmed', { amount: 14.52 }))).toEqual([
      'Creditnota van €\u00a014,52 ontvangen van KPN; geschil gesloten.',
      'Credit note of €14.52 received from KPN; dispute closed.',
    ]);
    expect(say(step('CREDIT_NOTE_SENT', 'disputed', 'confirmed'))).toEqual(['Creditnota ontvangen van KPN; geschil gesloten.', 'Credit note received from KPN; dispute closed.']);
    expect(say(step('INVOICE_WITHDRAWN', 'disputeEscalated', 'confirmed'))).toEqual(['Factuur ingetrokken door KPN; geschil gesloten.', 'KPN withdrew the invoice; dispute closed.']);
    expect(say(step('DISPUTE_RESOLVED', 'disputeRejected', 'confirmed'))).toEqual(['Geschil met KPN afgesloten (door u vastgelegd).', 'Dispute with KPN closed (recorded by you).']);
    expect(say(step('DISPUTE_RESOLVED', 'collectionStopRequested', 'confirmed'))).toEqual(['Incasso met KPN afgesloten (door u vastgelegd).', 'Collection with KPN closed (recorded by you).']);
    const settled = (outcome: string) => contractStep({ type: 'DISPUTE_RESOLVED', outcome, settled: [{ reference: 'F-01', amount: 24.98, held: true }] }, 'disputeRejected', 'confirmed');
    expect(say(settled('payFromEstate'))).toEqual([
      'Geschil met KPN afgesloten (door u vastgelegd): factuur F-01 (€\u00a024,98) wordt betaald uit de nalatenschap.',
      'Dispute with KPN closed (recorded by you): invoice F-01 (€24.98) is paid from the estate.',
    ]);
    expect(say(settled('alreadyPaid'))[0]).toBe('Geschil met KPN afgesloten (door u vastgelegd): factuur F-01 (€\u00a024,98) is al betaald.');
    expect(say(settled('providerWithdrew'))[1]).toBe('Dispute with KPN closed (recorded by you): invoice F-01 (€24.98) withdrawn by KPN after all.');
    expect(say(step('COMPLETE', 'acknowledged', 'confirmed'))).toEqual(['Beëindiging bevestigd door KPN per 30 november 2026.', 'Cancellation confirmed by KPN as of 30 November 2026.']);
  });

  it('tells the owner a reminder and a complaint as a missing confirmation: the provider may have acknowledged', () => {
    const say = (s: ReturnType<typeof step>) => [ownerChangeText(s, confirmed, 'nl', 'KPN'), ownerChangeText(s, confirmed, 'en', 'KPN')];
    expect(say(step('DEADLINE_PASSED', 'acknowledged', 'reminded'))).toEqual(['KPN bevestigde niet op tijd; herinnering verstuurd.', 'KPN did not confirm in time; reminder sent.']);
    expect(say(step('DEADLINE_PASSED', 'reminded', 'escalated'))).toEqual(['KPN bevestigde ook na de herinnering niet; klacht ingediend.', 'KPN still did not confirm after the reminder; complaint filed.']);
    expect(ownerStatusText('escalated', confirmed, 'nl', words)).toBe('Klacht ingediend bij KPN: ook na de herinnering niet bevestigd, antwoord aanbieder uiterlijk 12 februari 2027.');
    expect(ownerStatusText('escalated', confirmed, 'en', words)).not.toMatch(/unanswered/);
  });

  it('names every open bill to each reader, with amounts and the total, in Dutch and English (v4)', () => {
    expect(contractStatusText('disputed', twoBills, 'nl', words)).toBe(
      'KPN heeft na de einddatum nog 2 rekeningen gestuurd (F-1 en F-2). We hebben tegen elk bezwaar gemaakt en verwachten uiterlijk 12 februari 2027 een reactie. Zolang het bezwaar loopt, hoeft u niet te betalen: factuur F-1 (€\u00a015,00) en factuur F-2 (€\u00a020,00); samen €\u00a035,00.',
    );
    expect(contractStatusText('disputed', twoBills, 'en', words)).toBe(
      'KPN sent 2 bills after the end date (F-1 and F-2). We have disputed each of them and expect an answer by 12 February 2027. While the dispute is open, you need not pay invoice F-1 (€15.00) and invoice F-2 (€20.00); together €35.00.',
    );
    const straddling = { ...twoBills, openDisputes: [DECEMBER, { ...JANUARY, periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30, disputed: { from: '2026-12-01', to: '2026-12-15', days: 15, amount: 15 } }] };
    expect(contractStatusText('disputeEscalated', straddling, 'en', words)).toBe(
      'KPN did not answer our objection to the bills F-1 and F-2. We have filed a complaint. While the dispute is open, you need not pay invoice F-1 (€15.00) and the part of invoice F-2 after the end date (€15.00); together €30.00. The part up to 30 November 2026, the end date, is owed.',
    );
    expect(contractStatusText('disputeRejected', oneHeld, 'nl', words)).toBe(
      'KPN houdt vast aan rekening F-1, waartegen we bezwaar maakten. Ons bezwaar tegen rekening F-2 loopt nog. Uw contactpersoon bekijkt wat we nu doen en laat het u weten.',
    );
    expect(ownerStatusText('disputed', twoBills, 'nl', words)).toBe('Geschil loopt: €\u00a035,00 betwist op 2 facturen: F-1 (€\u00a015,00) en F-2 (€\u00a020,00), antwoord aanbieder uiterlijk 12 februari 2027.');
    expect(ownerStatusText('disputeRejected', oneHeld, 'en', words)).toBe(
      'Dispute rejected by KPN: €35.00 disputed on 2 invoices: F-1 (€15.00, rejected: opzegtermijn van een maand) and F-2 (€20.00); decision needed by 12 February 2027.',
    );
    expect(providerStatusText('disputed', twoBills, 'en', '2027-02-12')).toBe(
      'Dispute of 2 invoices, each for the part after the confirmed end date: invoice F-1, 1 December 2026 to 31 December 2026, pro rata €15.00 and invoice F-2, 1 January 2027 to 31 January 2027, pro rata €20.00; together €35.00. For each invoice, please send a credit note or corrected final invoice, withdraw it, or reject the dispute with reasons by 12 February 2027.',
    );
    expect(providerStatusText('disputeRejected', oneHeld, 'nl', null)).toBe(
      'U heeft het bezwaar tegen factuur F-1 afgewezen; de contactpersoon beslist hoe het verdergaat. Bezwaar tegen factuur F-2: het deel na de bevestigde einddatum, 1 januari 2027 tot en met 31 januari 2027, naar rato €\u00a020,00. Graag uw antwoord.',
    );
  });

  // audit101rest F2: the stop letter asks to suspend the collection („op te schorten"): her history says that, not „direct te stoppen".
  it('tells the family our collection stop asked to suspend the collection, as its letter asks', () => {
    const notice = step('COLLECTION_NOTICE', 'disputed', 'collectionStopRequested', { amount: 8 }, [], twoBills);
    expect(contractChangeText(notice, twoBills, 'nl', 'KPN', true)).toBe('Er kwam een incassobrief over KPN; we hebben gevraagd de incasso op te schorten.');
    expect(contractChangeText(notice, twoBills, 'en', 'KPN', true)).toBe('A debt-collection letter came about KPN; we asked for the collection to be suspended.');
  });

  it('tells an answer to one of several bills as that bill settled and names the bills still disputed (v4)', () => {
    const januaryLeft = { ...twoBills, openDisputes: [JANUARY] };
    const credit = step('CREDIT_NOTE_SENT', 'disputed', 'disputed', { amount: 15, invoiceReference: 'F-1' }, [], januaryLeft);
    expect(ownerChangeText(credit, januaryLeft, 'en', 'KPN')).toBe('Credit note of €15.00 received from KPN for invoice F-1; invoice F-2 stays disputed.');
    expect(contractChangeText(credit, januaryLeft, 'nl', 'KPN', true)).toBe('KPN heeft een creditnota van €\u00a015,00 gestuurd voor rekening F-1; ons bezwaar tegen rekening F-2 loopt nog.');
    // Of three bills, one answered: the two left are named, in the plural.
    const february = { ...JANUARY, reference: 'F-3' };
    const twoLeft = { ...twoBills, openDisputes: [JANUARY, february] };
    const withdrawn = step('INVOICE_WITHDRAWN', 'disputed', 'disputed', { invoiceReference: 'F-1' }, [], twoLeft);
    expect(contractChangeText(withdrawn, twoLeft, 'nl', 'KPN', true)).toBe('KPN heeft rekening F-1 ingetrokken; onze bezwaren tegen rekeningen F-2 en F-3 lopen nog.');
    expect(contractChangeText(withdrawn, twoLeft, 'en', 'KPN', true)).toBe('KPN withdrew bill F-1; our objections to bills F-2 and F-3 still stand.');
    expect(ownerChangeText(withdrawn, twoLeft, 'nl', 'KPN')).toBe('Factuur F-1 ingetrokken door KPN; facturen F-2 en F-3 blijven betwist.');
    // The last one closes the dispute, named when the answer named it.
    expect(contractChangeText(step('INVOICE_WITHDRAWN', 'disputed', 'confirmed', { invoiceReference: 'F-2' }), twoBills, 'en', 'KPN', true)).toBe('KPN withdrew bill F-2; the dispute is settled.');
    expect(contractChangeText(step('INVOICE_WITHDRAWN', 'disputed', 'confirmed'), twoBills, 'en', 'KPN', true)).toBe('KPN withdrew the bill; the dispute is settled.');
  });

  it('tells a credit note short of the disputed amount as that much credited and the rest still open, to every reader (v5)', () => {
    // F-01 bills December wholly after the end date: € 24,98 disputed, € 10,00 credited.
    const bill = { reference: 'F-01', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 24.98 } };
    const partly: ContractContext = { ...confirmed, openDispute: undefined, disputeRejectionReason: null, openDisputes: [{ ...bill, credited: 10 }] };
    const credit = step('CREDIT_NOTE_SENT', 'disputed', 'disputeRejected', { amount: 10 }, [], partly);
    expect(contractChangeText(credit, partly, 'nl', 'KPN', true)).toBe('KPN heeft €\u00a010,00 van rekening F-01 gecrediteerd; de overige €\u00a014,98 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.');
    expect(contractChangeText(credit, partly, 'en', 'KPN', true)).toBe('KPN has credited €10.00 of bill F-01; the other €14.98 we objected to was not credited. Your contact person decides whether we pay what is still asked or object further, and will let you know.');
    expect(contractStatusText('disputeRejected', partly, 'nl', words)).toBe('KPN heeft €\u00a010,00 van rekening F-01 gecrediteerd; de overige €\u00a014,98 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.');
    expect(ownerChangeText(credit, partly, 'nl', 'KPN')).toBe('Creditnota van €\u00a010,00 ontvangen van KPN voor factuur F-01; de overige betwiste €\u00a014,98 is niet gecrediteerd; beslissing nodig (de rest betalen of verder bezwaar maken).');
    expect(ownerStatusText('disputeRejected', partly, 'nl', words)).toBe(
      'Deels gecrediteerd door KPN, de rest staat nog open: €\u00a014,98 betwist (factuur F-01, €\u00a010,00 gecrediteerd van €\u00a024,98); beslissing nodig uiterlijk 12 februari 2027.',
    );
    expect(ownerStatusText('disputeRejected', partly, 'en', words)).toBe('Credited in part by KPN, the rest still open: €14.98 disputed (invoice F-01, €10.00 credited of €24.98); decision needed by 12 February 2027.');
    expect(providerStatusText('disputeRejected', partly, 'nl', null)).toBe('U crediteerde €\u00a010,00 van factuur F-01 (van de betwiste €\u00a024,98 staat nog €\u00a014,98 open); de contactpersoon beslist hoe het verdergaat.');
    expect(providerStatusText('disputeRejected', partly, 'en', null)).toBe('You credited €10.00 of invoice F-01 (of the disputed €24.98, €14.98 is still open); the contact person decides how to proceed.');
    // Next to a bill nobody answered yet: that objection stands, and the totals count only what is still disputed.
    const withJanuary: ContractContext = { ...partly, openDisputes: [...partly.openDisputes!, JANUARY] };
    expect(contractStatusText('disputeRejected', withJanuary, 'en', words)).toBe(
      'KPN has credited €10.00 of bill F-01; the other €14.98 we objected to was not credited. Our objection to bill F-2 still stands. Your contact person decides whether we pay what is still asked or object further, and will let you know.',
    );
    expect(ownerStatusText('disputeRejected', withJanuary, 'en', words)).toBe(
      'Credited in part by KPN, the rest still open: €34.98 disputed on 2 invoices: F-01 (€14.98, €10.00 credited of €24.98) and F-2 (€20.00); decision needed by 12 February 2027.',
    );
    for (const lang of LANGUAGES) {
      for (const text of [contractChangeText(credit, partly, lang, 'KPN', true), contractStatusText('disputeRejected', partly, lang, words), ownerChangeText(credit, partly, lang, 'KPN')]) {
        expect(text).not.toMatch(/afgehandeld|settled|afgewezen|rejected/);
      }
    }
  });

  it("tells the provider's word that the collection stopped, and the bills it leaves disputed (v5)", () => {
    const stopped = step('COLLECTION_STOPPED', 'collectionStopRequested', 'confirmed', {}, [], { ...confirmed, openDispute: undefined, openDisputes: [] });
    expect(contractChangeText(stopped, confirmed, 'nl', 'KPN', true)).toBe('KPN heeft laten weten dat de incasso is gestopt.');
    expect(ownerChangeText(stopped, confirmed, 'en', 'KPN')).toBe('Collection stopped, says KPN.');
    const stillBilled = step('COLLECTION_STOPPED', 'collectionStopRequested', 'disputed', {}, [], twoBills);
    expect(contractChangeText(stillBilled, twoBills, 'en', 'KPN', true)).toBe('KPN told us that the debt collection has stopped; our objections to bills F-1 and F-2 still stand.');
    expect(ownerChangeText(stillBilled, twoBills, 'nl', 'KPN')).toBe('Incasso gestopt volgens KPN. Facturen F-1 en F-2 blijven betwist.');
    // audit101: a bill the provider held to (or credited in part) waits on the owner, not on the provider: its objection is not said to run.
    const held = step('COLLECTION_STOPPED', 'collectionStopRequested', 'disputeRejected', {}, [], oneHeld);
    expect(contractChangeText(held, oneHeld, 'nl', 'KPN', true)).toBe('KPN heeft laten weten dat de incasso is gestopt. Ons bezwaar tegen rekening F-2 loopt nog. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt voor rekening F-1 of verder bezwaar maken, en laat het u weten.');
    expect(contractChangeText(held, oneHeld, 'en', 'KPN', false)).toBe('KPN told us that the debt collection has stopped. Our objection to the other bill still stands. Your contact person decides how we go on and will let you know.');
    const allHeld = { ...oneHeld, openDisputes: [{ ...DECEMBER, credited: 5 }] };
    expect(contractChangeText(step('COLLECTION_STOPPED', 'collectionStopRequested', 'disputeRejected', {}, [], allHeld), allHeld, 'en', 'KPN', true)).toBe('KPN told us that the debt collection has stopped. Your contact person decides whether we pay what is still asked for bill F-1 or object further, and will let you know.');
  });

  it("tells a corrected confirmation from → to, in each reader's words (v5)", () => {
    const date = { field: 'effectiveDate', from: '2027-03-01', to: '2027-04-01' } as const;
    const corrected = (changes: object[]) => step('COMPLETION_CORRECTED', 'confirmed', 'confirmed', { corrected: changes }, [], confirmed);
    expect(contractChangeText(corrected([date]), confirmed, 'nl', 'KPN', true)).toBe('KPN heeft de einddatum gecorrigeerd: 1 april 2027 in plaats van 1 maart 2027.');
    expect(contractChangeText(corrected([date]), { ...confirmed, action: 'transfer' }, 'en', 'KPN', true)).toBe('KPN corrected the transfer date: 1 April 2027 instead of 1 March 2027.');
    const all = corrected([date, { field: 'reference', from: 'KPN-1', to: 'KPN-2' }, { field: 'finalInvoiceAmount', from: null, to: 14.5 }]);
    expect(contractChangeText(all, confirmed, 'nl', 'KPN', true).replace(/\u00a0/g, ' ')).toBe('KPN heeft de bevestiging gecorrigeerd: de einddatum 1 april 2027 in plaats van 1 maart 2027, het kenmerk KPN-2 in plaats van KPN-1 en de eindafrekening € 14,50 (eerder was er geen).');
    expect(ownerChangeText(corrected([date]), confirmed, 'nl', 'KPN')).toBe('Bevestiging van KPN gecorrigeerd: de einddatum van 1 maart 2027 naar 1 april 2027.');
    // v11: corrected while bills were open: the owner reads which still run past the end date, or that none does.
    const whileDisputed = (after: ContractContext) => step('COMPLETION_CORRECTED', 'disputed', after.openDisputes?.length ? 'disputed' : 'confirmed', { corrected: [date] }, [], after);
    expect(ownerChangeText(whileDisputed({ ...twoBills, openDisputes: [JANUARY] }), twoBills, 'nl', 'KPN')).toBe(
      `Bevestiging van KPN gecorrigeerd: de einddatum van 1 maart 2027 naar 1 april 2027. Nog na de einddatum: factuur ${JANUARY.reference} blijft betwist.`,
    );
    expect(ownerChangeText(whileDisputed({ ...twoBills, openDisputes: [] }), confirmed, 'en', 'KPN')).toBe(
      'Confirmation by KPN corrected: the end date from 1 March 2027 to 1 April 2027. No invoice falls after the end date any more: objection withdrawn, the invoice is paid.',
    );
    expect(ownerChangeText(all, confirmed, 'en', 'KPN')).toBe('Confirmation by KPN corrected: the end date from 1 March 2027 to 1 April 2027; the reference from KPN-1 to KPN-2; the final bill recorded (€14.50).');
    expect(providerAnswerText('COMPLETION_CORRECTED', { corrected: [date] }, 'nl')).toBe('U corrigeerde de afhandeling: per 1 april 2027 in plaats van 1 maart 2027');
    // audit81 DOC-2: a final bill taken away is said as gone, not as the value „geen".
    const noFinalBill = { corrected: [{ field: 'finalInvoiceAmount', from: -12.5, to: null }] };
    expect(providerAnswerText('COMPLETION_CORRECTED', noFinalBill, 'nl')).toBe('U corrigeerde de afhandeling: geen eindafrekening meer, in plaats van €\u00a012,50 terug');
    expect(providerAnswerText('COMPLETION_CORRECTED', noFinalBill, 'en')).toBe('You corrected the completion: no final invoice any more, instead of a €12.50 refund');
    // apidoc2: a final bill recorded where there was none is said as new, not „in plaats van geen".
    const firstFinalBill = { corrected: [{ field: 'finalInvoiceAmount', from: null, to: 12.5 }] };
    expect(providerAnswerText('COMPLETION_CORRECTED', firstFinalBill, 'nl')).toBe('U corrigeerde de afhandeling: eindafrekening €\u00a012,50 (eerder was er geen)');
    expect(providerAnswerText('COMPLETION_CORRECTED', firstFinalBill, 'en')).toBe('You corrected the completion: final invoice €12.50 (there was none before)');
    expect(contractChangeText(corrected([{ field: 'finalInvoiceAmount', from: null, to: 12.5 }]), confirmed, 'en', 'KPN', true)).toBe('KPN corrected the final bill: €12.50 (there was none before).');
  });

  it("tells the provider a part answer as a part: documents still follow, so it is not told it has all it asked for (v12)", () => {
    const part = { note: 'De akte is bijgevoegd.', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null }] };
    expect(providerAnswerText('INFORMATION_SUPPLIED', part, 'nl')).toBe('Steward leverde een deel van de gevraagde informatie; antwoord: „De akte is bijgevoegd.”');
    expect(providerAnswerText('INFORMATION_SUPPLIED', part, 'en')).toBe('Steward supplied part of the information you asked for; answer: “De akte is bijgevoegd.”');
    expect(providerAnswerText('INFORMATION_SUPPLIED', { note: 'Alles.', followsLater: [] }, 'nl')).toBe('Steward leverde de gevraagde informatie; antwoord: „Alles.”');
    // Nothing enclosed: only word of what follows went, not a part of the information.
    const wordOnly = { note: null, documentIds: [], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-12' }] };
    expect(providerAnswerText('INFORMATION_SUPPLIED', wordOnly, 'nl')).toBe('Steward liet weten dat de gevraagde documenten later volgen');
    expect(providerAnswerText('INFORMATION_SUPPLIED', wordOnly, 'en')).toBe('Steward said the documents you asked for follow later');
  });

  it('tells the desk a rejected request the owner amended has not gone again, without promising that it will, not that it was never sent', () => {
    const amended = { ...confirmed, lastRejectionReason: 'Klantnummer onbekend' };
    expect(providerStatusText('ready', amended, 'nl', null)).toBe('De contactpersoon heeft het verzoek na uw afwijzing aangepast; het is nog niet opnieuw verstuurd. Stuurt de contactpersoon het opnieuw, dan ontvangt u het hier.');
    // A document missing again: also what holds it.
    expect(providerStatusText('draft', amended, 'nl', null)).toBe('De contactpersoon heeft het verzoek na uw afwijzing aangepast. Het is nog niet opnieuw verstuurd: er ontbreekt nog een document voor het aangepaste verzoek.');
    expect(providerStatusText('draft', amended, 'en', null)).toBe('The contact person amended the request after your rejection. It has not been sent again: a document for the amended request is still missing.');
    expect(providerStatusText('ready', { ...confirmed, lastRejectionReason: null }, 'nl', null)).toBe('Nog niet verstuurd.');
  });

  it('tells the owner and the family a part answer as a part: what went when, what follows, and only then her term (v12)', () => {
    const asked = { message: 'Stuur de akte en de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'], partSuppliedOn: '2026-11-23' };
    const dated: ContractContext = { ...confirmed, openInformationRequest: { ...asked, followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }] } };
    const undated: ContractContext = { ...confirmed, openInformationRequest: { ...asked, followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null }] } };
    const kinds = { documentKinds: { nl: { certificate_of_inheritance: 'verklaring van erfrecht' }, en: { certificate_of_inheritance: 'certificate of inheritance' } } };
    // Her date is her term: said once, with the document.
    expect(ownerStatusText('informationRequested', dated, 'nl', { providerName: 'KPN', dueDate: '2027-01-15', ...kinds })).toBe(
      'KPN vroeg aanvullende informatie („Stuur de akte en de verklaring van erfrecht.”); op 23 november 2026 is een deel gestuurd. Volgt later: verklaring van erfrecht (verwacht uiterlijk 15 januari 2027).',
    );
    // No date given: her usual term is said.
    expect(ownerStatusText('informationRequested', undated, 'en', { providerName: 'KPN', dueDate: '2026-11-30', ...kinds })).toBe(
      'KPN asked for more information (“Stuur de akte en de verklaring van erfrecht.”); part of it was sent on 23 November 2026. To follow later: certificate of inheritance; supply it by 30 November 2026.',
    );
    // audit75 F-10: the day its letter went, as the letters name it, not the day of her answer; nothing said to have gone before it did.
    expect(ownerStatusText('informationRequested', dated, 'nl', { providerName: 'KPN', dueDate: '2027-01-15', partSentOn: '2026-11-24', ...kinds })).toContain('; op 24 november 2026 is een deel gestuurd.');
    expect(ownerStatusText('informationRequested', dated, 'en', { providerName: 'KPN', dueDate: '2027-01-15', partSentOn: '2026-11-24', ...kinds })).toContain('; part of it was sent on 24 November 2026.');
    expect(ownerStatusText('informationRequested', dated, 'nl', { providerName: 'KPN', dueDate: '2027-01-15', partSentOn: null, ...kinds })).toBe(
      'KPN vroeg aanvullende informatie („Stuur de akte en de verklaring van erfrecht.”); een deel staat klaar om te versturen. Volgt later: verklaring van erfrecht (verwacht uiterlijk 15 januari 2027).',
    );
    expect(ownerStatusText('informationRequested', dated, 'en', { providerName: 'KPN', dueDate: '2027-01-15', partSentOn: null, ...kinds })).toContain('; part of it is ready to be sent.');
    expect(ownerNextStep('informationRequested', dated, 'nl', { providerName: 'KPN', dueDate: '2027-01-15' })).toBe('De rest van de gevraagde informatie aanleveren uiterlijk 15 januari 2027.');
    expect(ownerNextStep('informationRequested', undated, 'en', { providerName: 'KPN', dueDate: '2026-11-30' })).toBe('Supply the rest of the information by 30 November 2026.');
    const part = step('INFORMATION_SUPPLIED', 'informationRequested', 'informationRequested');
    const partStep = contractStep({ type: 'INFORMATION_SUPPLIED', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null }] }, 'informationRequested', 'informationRequested');
    expect(ownerChangeText(partStep, dated, 'nl', 'KPN')).toBe('Deel van de gevraagde informatie aangeleverd aan KPN.');
    expect(ownerChangeText(part, dated, 'en', 'KPN')).toBe('Information supplied to KPN.');
    // The family is not told the information was all sent.
    expect(contractChangeText(partStep, dated, 'nl', 'KPN')).toBe('We hebben KPN een deel van de gevraagde informatie gestuurd; de rest sturen we zodra we die hebben.');
    expect(contractChangeText(partStep, dated, 'en', 'KPN')).toBe('We sent KPN part of the information it asked for; we will send the rest once we have it.');
    expect(contractNextStep('informationRequested', dated, 'nl', { providerName: 'KPN', dueDate: '2027-01-15' })).toBe('We sturen KPN de rest van de gevraagde informatie uiterlijk 15 januari 2027.');
    expect(contractNextStep('informationRequested', dated, 'en', { providerName: 'KPN', dueDate: '2027-01-15' })).toBe('We will send KPN the rest of the information by 15 January 2027.');
  });

  it('tells an answer that enclosed nothing as word that the documents follow, not as a part sent, to the owner and the family', () => {
    const asked = { message: 'Stuur de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'], partSuppliedOn: '2026-11-23', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-12' }] };
    const told: ContractContext = { ...confirmed, openInformationRequest: { ...asked, partEnclosed: false } };
    const kinds = { documentKinds: { nl: { certificate_of_inheritance: 'verklaring van erfrecht' }, en: { certificate_of_inheritance: 'certificate of inheritance' } } };
    expect(ownerStatusText('informationRequested', told, 'nl', { providerName: 'KPN', dueDate: '2027-01-12', ...kinds })).toBe(
      'KPN vroeg aanvullende informatie („Stuur de verklaring van erfrecht.”); op 23 november 2026 is gemeld dat de documenten later volgen. Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027).',
    );
    expect(ownerStatusText('informationRequested', told, 'en', { providerName: 'KPN', dueDate: '2027-01-12', ...kinds })).toBe(
      'KPN asked for more information (“Stuur de verklaring van erfrecht.”); word went on 23 November 2026 that the documents follow later. To follow later: certificate of inheritance (expected by 12 January 2027).',
    );
    // One that enclosed a document is still a part.
    expect(ownerStatusText('informationRequested', { ...told, openInformationRequest: { ...asked, partEnclosed: true } }, 'nl', { providerName: 'KPN', dueDate: '2027-01-12', ...kinds })).toContain('op 23 november 2026 is een deel gestuurd.');
    const nothing = contractStep({ type: 'INFORMATION_SUPPLIED', documentIds: [], followsLater: asked.followsLater }, 'informationRequested', 'informationRequested');
    expect(ownerChangeText(nothing, told, 'nl', 'KPN')).toBe('KPN laten weten dat de gevraagde documenten later volgen.');
    expect(ownerChangeText(nothing, told, 'en', 'KPN')).toBe('Told KPN the documents asked for follow later.');
    expect(contractChangeText(nothing, told, 'nl', 'KPN')).toBe('We hebben KPN laten weten dat de gevraagde documenten later volgen; we sturen ze zodra we ze hebben.');
    expect(contractChangeText(nothing, told, 'en', 'KPN')).toBe('We told KPN the documents it asked for will follow; we will send them once we have them.');
    // Nothing went yet, so there is no 'rest': the documents follow, by the date given.
    expect(contractNextStep('informationRequested', told, 'nl', { providerName: 'KPN', dueDate: '2027-01-12' })).toBe('De gevraagde documenten volgen: we sturen ze KPN uiterlijk 12 januari 2027.');
    expect(contractNextStep('informationRequested', told, 'en', { providerName: 'KPN', dueDate: '2027-01-12' })).toBe('The documents KPN asked for follow: we will send them by 12 January 2027.');
    expect(contractNextStep('informationRequested', told, 'nl', { providerName: 'KPN', dueDate: null })).toBe('De gevraagde documenten volgen: we sturen ze KPN zodra we ze hebben.');
    expect(ownerNextStep('informationRequested', told, 'nl', { providerName: 'KPN', dueDate: '2027-01-12' })).toBe('De gevraagde documenten aanleveren uiterlijk 12 januari 2027.');
    expect(ownerNextStep('informationRequested', told, 'en', { providerName: 'KPN', dueDate: '2027-01-12' })).toBe('Supply the documents asked for by 12 January 2027.');
    const enclosed = contractStep({ type: 'INFORMATION_SUPPLIED', documentIds: ['d-1'], followsLater: asked.followsLater }, 'informationRequested', 'informationRequested');
    // willasked: the will asked for is never sent; the owner's record says so and why, the family's words stay as they are.
    const willKept = contractStep({ type: 'INFORMATION_SUPPLIED', documentIds: ['d-1'], notSent: ['will'] }, 'informationRequested', 'requested');
    expect(ownerChangeText(willKept, confirmed, 'nl', 'KPN')).toBe(
      'Gevraagde informatie aangeleverd aan KPN. Het testament is niet meegestuurd: dat gaat nooit naar een aanbieder, die alleen hoeft te weten wie de erfgenamen zijn (art. 5 lid 1 onder c AVG).',
    );
    expect(ownerChangeText(willKept, confirmed, 'en', 'KPN')).toBe('Information supplied to KPN. The will was not sent: it never goes to a provider, which only needs to know who the heirs are (Article 5(1)(c) GDPR).');
    expect(contractChangeText(willKept, confirmed, 'nl', 'KPN')).toBe('We hebben KPN de gevraagde informatie gestuurd.');
    expect(contractChangeText(enclosed, told, 'nl', 'KPN')).toBe('We hebben KPN een deel van de gevraagde informatie gestuurd; de rest sturen we zodra we die hebben.');
  });

  it('tells a final bill that is a refund (recorded negative) as money coming back, never as "€ -5,00", to every reader', () => {
    const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(nbsp(providerAnswerText('COMPLETE', { effectiveDate: '2026-11-30', reference: 'KPN-9', finalInvoiceAmount: -5 }, 'nl'))).toBe('U bevestigde de afhandeling per 30 november 2026 (uw kenmerk KPN-9); eindafrekening € 5,00 terug');
    expect(providerAnswerText('COMPLETE', { effectiveDate: '2026-11-30', reference: 'KPN-9', finalInvoiceAmount: -5 }, 'en')).toBe('You confirmed completion as of 30 November 2026 (your reference KPN-9); final invoice a €5.00 refund');
    const refund = step('COMPLETION_CORRECTED', 'confirmed', 'confirmed', { corrected: [{ field: 'finalInvoiceAmount', from: 7.5, to: -5 }] }, [], confirmed);
    expect(nbsp(contractChangeText(refund, confirmed, 'nl', 'KPN', true))).toBe('KPN heeft de eindafrekening gecorrigeerd: € 5,00 terug in plaats van € 7,50.');
    expect(ownerChangeText(refund, confirmed, 'en', 'KPN')).toBe('Confirmation by KPN corrected: the final bill from €7.50 to a €5.00 refund.');
    // A final bill the correction records for the first time, or takes away: never "from none" / "to none".
    const first = (to: number | null, from: number | null = null) => step('COMPLETION_CORRECTED', 'confirmed', 'confirmed', { corrected: [{ field: 'finalInvoiceAmount', from, to }] }, [], confirmed);
    expect(nbsp(ownerChangeText(first(-5), confirmed, 'nl', 'KPN'))).toBe('Bevestiging van KPN gecorrigeerd: de eindafrekening vastgelegd (€ 5,00 terug).');
    expect(ownerChangeText(first(-5), confirmed, 'en', 'KPN')).toBe('Confirmation by KPN corrected: the final bill recorded (a €5.00 refund).');
    expect(nbsp(ownerChangeText(first(12.5), confirmed, 'nl', 'KPN'))).toBe('Bevestiging van KPN gecorrigeerd: de eindafrekening vastgelegd (€ 12,50).');
    expect(ownerChangeText(first(12.5), confirmed, 'en', 'KPN')).toBe('Confirmation by KPN corrected: the final bill recorded (€12.50).');
    expect(nbsp(ownerChangeText(first(null, 7.5), confirmed, 'nl', 'KPN'))).toBe('Bevestiging van KPN gecorrigeerd: de eindafrekening geschrapt (was € 7,50).');
    expect(ownerChangeText(first(null, 7.5), confirmed, 'en', 'KPN')).toBe('Confirmation by KPN corrected: the final bill removed (was €7.50).');
  });

  it("tells the desk how the owner settled disputed bills, as recorded: the bills settled and what happens with them", () => {
    const held = (reference: string) => ({ reference, amount: 15, held: true });
    expect(providerAnswerText('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [held('F-1')], invoiceReference: null }, 'nl')).toBe('Steward sloot het bezwaar tegen factuur F-1 af: de factuur wordt betaald uit de nalatenschap');
    expect(providerAnswerText('DISPUTE_RESOLVED', { outcome: 'alreadyPaid', settled: [held('F-1'), held('F-2')] }, 'nl')).toBe('Steward sloot het bezwaar tegen facturen F-1 en F-2 af: de facturen zijn al betaald');
    expect(providerAnswerText('DISPUTE_RESOLVED', { outcome: 'providerWithdrew', settled: [held('F-1')] }, 'en')).toBe('Steward closed the dispute of invoice F-1: you withdrew the invoice after all');
    // A step recorded before the outcome was asked says only what it recorded.
    expect(providerAnswerText('DISPUTE_RESOLVED', { invoiceReference: 'F-2' }, 'nl')).toBe('Steward sloot het bezwaar tegen factuur F-2 af');
    expect(providerAnswerText('DISPUTE_RESOLVED', {}, 'en')).toBe('Steward closed the dispute');
    // bankrest: a bank's costs, as its withdrawal letter says them (on main „… tegen factuur AB-9 …: de factuur wordt betaald …").
    const bank = (outcome: string, lang: 'nl' | 'en', settled = [held('AB-9')]) => providerAnswerText('DISPUTE_RESOLVED', { outcome, settled }, lang, undefined, [], 'bank');
    expect(bank('payFromEstate', 'nl')).toBe('Steward sloot het bezwaar tegen kosten met kenmerk AB-9 af: de kosten komen ten laste van de nalatenschap');
    expect(bank('alreadyPaid', 'nl', [held('AB-9'), held('AB-10')])).toBe('Steward sloot het bezwaar tegen kosten met kenmerken AB-9 en AB-10 af: de kosten zijn al betaald');
    expect(bank('payFromEstate', 'en')).toBe('Steward closed the dispute of charge with reference AB-9: the charge is borne by the estate');
    expect(bank('providerWithdrew', 'en', [held('AB-9'), held('AB-10')])).toBe('Steward closed the dispute of charges with references AB-9 and AB-10: you withdrew the charges after all');
  });

  // askwords: the owner recorded the withdrawal days after the provider said it (toldon's `toldOn`): the desk's thread says that day.
  it('tells the desk the day it said it withdrew a bill, where the owner recorded that day', () => {
    const held = (reference: string) => ({ reference, amount: 15, held: true });
    const by = { by: 'Anna de Vries', overrides: false, via: 'phone' as const };
    expect(providerAnswerText('INVOICE_WITHDRAWN', { invoiceReference: 'F-12', toldOn: '2026-11-29' }, 'nl', by)).toBe('Steward (Anna de Vries) legde uw antwoord vast dat u telefonisch gaf: U trok factuur F-12 in, zoals u ons op 29 november 2026 liet weten');
    expect(providerAnswerText('INVOICE_WITHDRAWN', { invoiceReference: 'F-12', toldOn: '2026-11-29', note: 'Coulance' }, 'en')).toBe('You withdrew invoice F-12, as you told us on 29 November 2026: Coulance');
    expect(providerAnswerText('DISPUTE_RESOLVED', { outcome: 'providerWithdrew', settled: [held('F-1')], toldOn: '2026-11-29' }, 'nl')).toBe('Steward sloot het bezwaar tegen factuur F-1 af: u heeft de factuur alsnog ingetrokken, zoals u ons op 29 november 2026 liet weten');
    expect(providerAnswerText('DISPUTE_RESOLVED', { outcome: 'providerWithdrew', settled: [held('F-1')], toldOn: '2026-11-29' }, 'en')).toBe('Steward closed the dispute of invoice F-1: you withdrew the invoice after all, as you told us on 29 November 2026');
    // Without the day (recorded the day it was said, or before toldon) it reads as it did.
    expect(providerAnswerText('INVOICE_WITHDRAWN', { invoiceReference: 'F-12' }, 'nl')).toBe('U trok factuur F-12 in');
  });

  // ownerdrop (deskundo's Not done): a bank's drop undone names its costs, not an invoice (on main „… intrekking van factuur AB-9 …").
  it("names a bank's costs in the undo of its drop, by its desk, by the owner on its word, or of her record", () => {
    const charge = [{ reference: 'AB-9', amount: 3.95 }];
    const undone = (answer: Record<string, unknown>, lang: 'nl' | 'en') => providerAnswerText('DROP_UNDONE', answer, lang, undefined, charge, 'bank').replace(/\u00a0/g, ' ');
    expect(undone({ byDesk: true }, 'nl')).toBe('U draaide uw intrekking van kosten met kenmerk AB-9 van € 3,95 terug: die gaf u per vergissing; ons bezwaar tegen de kosten loopt weer');
    expect(undone({ receivedVia: 'post', toldOn: '2026-12-09' }, 'nl')).toBe('De contactpersoon heeft vastgelegd dat u op 9 december 2026 per brief liet weten dat uw intrekking van kosten met kenmerk AB-9 van € 3,95 een vergissing was; die is teruggedraaid en ons bezwaar tegen de kosten loopt weer');
    expect(undone({}, 'nl')).toBe('Steward nam de vastgelegde intrekking van kosten met kenmerk AB-9 van € 3,95 terug: die was per vergissing vastgelegd; ons bezwaar tegen de kosten loopt weer');
    expect(undone({ receivedVia: 'email', toldOn: '2026-12-09' }, 'en')).toBe('The contact person recorded that you told us by email on 9 December 2026 that your withdrawal of charge with reference AB-9 of €3.95 was a mistake; it has been undone and our objection to the charge stands again');
    // A provider's invoice reads as it did.
    expect(providerAnswerText('DROP_UNDONE', { byDesk: true }, 'nl', undefined, [{ reference: 'F-12', amount: null }])).toBe('U draaide uw intrekking van factuur F-12 terug: die gaf u per vergissing; ons bezwaar tegen de factuur loopt weer');
  });

  it("names a bank's costs in its own answers about them: held to, withdrawn, its collection stopped (bankrest)", () => {
    const charge = [{ reference: 'AB-9', amount: 3.95 }];
    const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
    // On main „U wees het bezwaar af voor factuur AB-9 van € 3,95", „U trok factuur AB-9 van € 3,95 in".
    expect(nbsp(providerAnswerText('DISPUTE_REJECTED', { reason: 'Kwartaalkosten' }, 'nl', undefined, charge, 'bank'))).toBe('U wees het bezwaar af voor kosten met kenmerk AB-9 van € 3,95: Kwartaalkosten');
    expect(nbsp(providerAnswerText('INVOICE_WITHDRAWN', {}, 'nl', undefined, charge, 'bank'))).toBe('U trok kosten met kenmerk AB-9 van € 3,95 in');
    expect(nbsp(providerAnswerText('INVOICE_WITHDRAWN', {}, 'nl', undefined, [], 'bank'))).toBe('U trok de kosten in');
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', {}, 'nl', undefined, charge, 'bank'))).toBe('U liet weten dat de incasso voor kosten met kenmerk AB-9 van € 3,95 is gestopt');
    expect(providerAnswerText('DISPUTE_REJECTED', {}, 'en', undefined, charge, 'bank')).toBe('You rejected the dispute for charge with reference AB-9 of €3.95');
    expect(providerAnswerText('INVOICE_WITHDRAWN', {}, 'en', undefined, charge, 'bank')).toBe('You withdrew charge with reference AB-9 of €3.95');
    expect(providerAnswerText('COLLECTION_STOPPED', {}, 'en', undefined, charge, 'bank')).toBe('You told us that the debt collection for charge with reference AB-9 of €3.95 has stopped');
  });

  // engdesk (audit97 F3): the desk's own word on a collection is its answer („You told us …", as „You confirmed …"); on main „The debt
  // collection … was stopped" and „De incasso … is gestopt", as if someone else had said it. One the owner recorded keeps who recorded it.
  it.each([
    ['nl', {}, 'U liet weten dat de incasso voor factuur F-1 van € 27,50 is gestopt: Teruggeroepen.'],
    ['nl', { collection: 'suspended' }, 'U liet weten dat de incasso voor factuur F-1 van € 27,50 is opgeschort: Teruggeroepen.'],
    ['en', {}, 'You told us that the debt collection for invoice F-1 of €27.50 has stopped: Teruggeroepen.'],
    ['en', { collection: 'suspended' }, 'You told us that the debt collection for invoice F-1 of €27.50 has been suspended: Teruggeroepen.'],
  ] as const)('tells a %s desk its own word on a collection as its answer (%j)', (lang, answer, line) => {
    expect(providerAnswerText('COLLECTION_STOPPED', { ...answer, note: 'Teruggeroepen.' }, lang, undefined, [{ reference: 'F-1', amount: 27.5 }]).replace(/\u00a0/g, ' ')).toBe(line);
    const recorded = providerAnswerText('COLLECTION_STOPPED', { ...answer, answeredBy: 'provider', receivedVia: 'phone' }, lang, { by: 'Anna de Boer', overrides: false, via: 'phone' }, [{ reference: 'F-1', amount: 27.5 }]);
    expect(recorded).not.toMatch(/U liet weten|You told us/);
  });

  it('names the one bill still disputed to the family when the contract had others (one settled as owed is on the card), never "deze rekening"', () => {
    const lastLeft: ContractContext = { ...twoBills, openDisputes: [JANUARY] };
    const escalated = contractStatusText('disputeEscalated', lastLeft, 'nl', words);
    expect(escalated).toContain('ons bezwaar tegen rekening F-2');
    expect(escalated).toContain('U hoeft rekening F-2 niet te betalen zolang het bezwaar loopt.');
    expect(escalated).not.toContain('deze rekening');
    expect(contractStatusText('disputeEscalated', lastLeft, 'en', words)).toContain('You do not need to pay bill F-2 while the dispute is open.');
    // A contract with only ever one bill reads as before.
    expect(contractStatusText('disputeEscalated', { ...lastLeft, disputes: 1 }, 'nl', words)).toContain('U hoeft deze rekening niet te betalen zolang het bezwaar loopt.');
  });

  it('names the open bills to every reader while a collection stop is asked, and tells a bill answered meanwhile without forgetting the stop (v5)', () => {
    expect(ownerStatusText('collectionStopRequested', oneHeld, 'nl', words)).toBe(
      'Opschorting incasso gevraagd bij KPN, schriftelijk antwoord uiterlijk 12 februari 2027; €\u00a035,00 betwist op 2 facturen: F-1 (€\u00a015,00, afgewezen: opzegtermijn van een maand) en F-2 (€\u00a020,00).',
    );
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'en', words)).toMatch(/^No answer by 12 February 2027: call KPN and the collection agency\. You decide about invoice F-1 \(rejected\): pay and close the dispute, or call KPN; record the outcome\./);
    expect(ownerNextStep('collectionStopRequested', twoBills, 'nl', words)).toBe('Geen antwoord uiterlijk 12 februari 2027: KPN en het incassobureau bellen.');
    expect(contractStatusText('collectionStopRequested', twoBills, 'en', words)).toBe(
      'A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended; you do not need to do anything yourself. While the dispute is open, you need not pay invoice F-1 (€15.00) and invoice F-2 (€20.00); together €35.00.',
    );
    expect(contractStatusText('collectionStopRequested', oneHeld, 'nl', words)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. KPN houdt vast aan rekening F-1, waartegen we bezwaar maakten. Ons bezwaar tegen rekening F-2 loopt nog. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.',
    );
    expect(providerStatusText('collectionStopRequested', oneHeld, 'en', '2027-02-12')).toBe(
      'Debt collection after a death: please suspend the collection and waive its costs; please answer in writing by 12 February 2027. Dispute of 2 invoices, each for the part after the confirmed end date: invoice F-1, 1 December 2026 to 31 December 2026, pro rata €15.00 and invoice F-2, 1 January 2027 to 31 January 2027, pro rata €20.00; together €35.00. You rejected the dispute of invoice F-1; the contact person decides how to proceed.',
    );
    // Without a bill (a collection of something never disputed) nothing is said about bills.
    const noBill: ContractContext = { ...confirmed, openDispute: undefined, openDisputes: [] };
    expect(ownerStatusText('collectionStopRequested', noBill, 'en', words)).toBe('Collection suspension requested from KPN, written answer due by 12 February 2027.');
    // Nor is "nothing to do" said over money claimed: the owner handles it, nothing to pay yet.
    expect(contractStatusText('collectionStopRequested', noBill, 'en', words)).toBe(
      'A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.',
    );
    expect(contractStatusText('collectionStopRequested', noBill, 'nl', words)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.',
    );
    // collrest2: once its letter went, the day it did; never "direct gevraagd" before it went (for every reader of the family).
    const went = { ...words, collectionStopSentOn: '2026-12-03' };
    expect(contractStatusText('collectionStopRequested', noBill, 'nl', went)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. Op 3 december 2026 hebben we schriftelijk gevraagd de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.',
    );
    expect(contractStatusText('collectionStopRequested', noBill, 'en', went)).toBe(
      'A debt-collection letter arrived about the contract with KPN. On 3 December 2026 we asked in writing for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.',
    );
    expect(contractStatusText('collectionStopRequested', noBill, 'nl', { ...went, readsDebts: false })).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. Op 3 december 2026 hebben we schriftelijk gevraagd de incasso op te schorten; u hoeft hier zelf niets aan te doen.',
    );
    // Steps that keep the stop asked say so; the same event elsewhere reads as before.
    const held = step('DISPUTE_REJECTED', 'collectionStopRequested', 'collectionStopRequested', { invoiceReference: 'F-1' }, ['notify_owner'], oneHeld);
    expect(contractChangeText(held, oneHeld, 'en', 'KPN', true)).toBe('KPN rejected our objection to bill F-1; our request to suspend the collection still stands.');
    expect(ownerChangeText(held, oneHeld, 'nl', 'KPN')).toBe('Geschil over factuur F-1 afgewezen door KPN (reden: opzegtermijn van een maand); incassostop loopt nog.');
    const billed = step('INVOICE_AFTER_END', 'collectionStopRequested', 'collectionStopRequested', {}, ['letter', 'notify_family'], confirmed);
    // partterm (audit92 F6): the first bill on record, with no final bill recorded, is "een rekening", not "nog een".
    expect(contractChangeText(billed, confirmed, 'nl', 'KPN', true)).toBe('Er kwam een rekening van KPN; we hebben bezwaar gemaakt. Ons verzoek de incasso op te schorten loopt nog.');
    expect(contractChangeText(step('INVOICE_AFTER_END', 'confirmed', 'disputed'), confirmed, 'en', 'KPN', true)).toBe('A bill came from KPN; we disputed it.');
    const afterFinalBill = { ...confirmed, finalInvoiceAmount: 42 };
    expect(contractChangeText(step('INVOICE_AFTER_END', 'confirmed', 'disputed', {}, [], afterFinalBill), afterFinalBill, 'en', 'KPN', true)).toBe('Another bill came from KPN; we disputed it.');
    expect(ownerChangeText(billed, confirmed, 'en', 'KPN')).toBe('Dispute with KPN: €15.00 disputed (invoice F-1); collection stop still asked.');
    expect(contractChangeText(step('DISPUTE_REJECTED', 'disputed', 'disputeRejected'), confirmed, 'en', 'KPN', true)).toBe('KPN rejected our objection to the bill.');
    expect(ownerChangeText(step('INVOICE_AFTER_END', 'confirmed', 'disputed'), confirmed, 'nl', 'KPN')).toBe('Geschil met KPN: €\u00a015,00 betwist (factuur F-1).');
    // A new bill while another is held to leaves the contract with the owner, but nobody rejected anything (audit).
    const billedWhileHeld = step('INVOICE_AFTER_END', 'disputeRejected', 'disputeRejected', { invoiceReference: 'F-2' }, ['letter', 'notify_family'], oneHeld);
    expect(contractChangeText(billedWhileHeld, oneHeld, 'nl', 'KPN', true)).toBe('Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.');
    expect(ownerChangeText(billedWhileHeld, oneHeld, 'en', 'KPN')).toMatch(/^Dispute with KPN: /);
  });

  it('tells the owner, after a term passed and left the move with the owner, the call or step due now and the term missed, not the new term as a wait', () => {
    const missed = { ...words, dueDate: '2027-04-15', missedDueDate: '2027-03-31' };
    expect(ownerNextStep('collectionStopRequested', twoBills, 'nl', missed)).toBe('KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met 31 maart 2027.');
    expect(ownerNextStep('collectionStopRequested', twoBills, 'en', missed)).toBe('Call KPN and the collection agency now: no written answer by 31 March 2027.');
    expect(ownerNextStep('escalated', confirmed, 'nl', missed)).toBe('KPN nu bellen: geen antwoord tot en met 31 maart 2027.');
    expect(ownerNextStep('disputeEscalated', confirmed, 'en', { ...missed, complaintsBody: { en: 'the Geschillencommissie Energie' }, complaintsBodyIfAffiliated: true, complaintsBodyOpens: '2027-03-05', today: '2027-04-01' })).toBe(
      'Call KPN now or go to the Geschillencommissie Energie (if KPN is affiliated with it): no answer by 31 March 2027.',
    );
    expect(ownerNextStep('escalated', confirmed, 'nl', { ...missed, complaintsBody: { nl: 'de Geschillencommissie Energie' }, complaintsBodyIfAffiliated: true, complaintsBodyOpens: '2027-04-02', today: '2027-04-01' })).toBe(
      'KPN nu bellen: geen antwoord tot en met 31 maart 2027. Vanaf 2 april 2027 kunt u naar de Geschillencommissie Energie (als KPN daarbij is aangesloten).',
    );
    // The owner's own term: the step is late, not due by the fresh date.
    expect(ownerNextStep('disputeRejected', confirmed, 'nl', missed)).toBe('Nu beslissen (uw termijn liep tot en met 31 maart 2027): betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast.');
    expect(ownerNextStep('informationRequested', confirmed, 'en', missed)).toBe('Supply the information now: your term ran until 31 March 2027.');
    expect(ownerNextStep('rejected', confirmed, 'nl', missed)).toBe('Verzoek nu aanpassen of intrekken: uw termijn liep tot en met 31 maart 2027.');
    // Beside a status that says the owner's missed term and the new one (the contract page), each date once (audit): no due clause, no missed date in the move.
    const said = { ...missed, ownTermSaid: true };
    expect(ownerStatusText('disputeRejected', confirmed, 'nl', said)).toBe('Geschil afgewezen door KPN (reden: opzegtermijn van een maand): €\u00a015,00 betwist (factuur F-1).');
    expect(ownerNextStep('disputeRejected', confirmed, 'nl', said)).toBe('Nu beslissen: betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast.');
    expect(ownerNextStep('informationRequested', confirmed, 'en', said)).toBe('Supply the information now.');
    // Renewed and missed again: how often since the first, in the move Today shows.
    expect(ownerNextStep('disputeRejected', confirmed, 'nl', { ...missed, missedTerms: 3 })).toBe('Nu beslissen (termijn 3× verlopen sinds 31 maart 2027): betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast.');
    expect(ownerNextStep('rejected', confirmed, 'en', { ...missed, missedTerms: 2 })).toBe('Amend or withdraw the request now: term passed 2 times since 31 March 2027.');
    // The provider's term passed with no letter since: its status names no term of the provider's (no letter gave one).
    expect(ownerStatusText('escalated', confirmed, 'nl', said)).toBe('Klacht ingediend bij KPN: ook na de herinnering niet bevestigd.');
    expect(ownerStatusText('collectionStopRequested', twoBills, 'en', said)).not.toMatch(/due|15 April/);
    expect(ownerStatusText('rejected', confirmed, 'nl', said)).toBe('Verzoek afgewezen door KPN (reden: akte ontbreekt).');
    // The provider's own full stop is not kept inside the brackets (audit87 F9: „(reden: Kosten zijn terecht.).").
    expect(ownerStatusText('rejected', { ...confirmed, lastRejectionReason: 'Akte ontbreekt.' }, 'nl', said)).toBe('Verzoek afgewezen door KPN (reden: Akte ontbreekt).');
    expect(ownerNextStep('rejected', confirmed, 'nl', said)).toBe('Verzoek nu aanpassen of intrekken.');
    // Every state a missed term keeps; only v1 keeps `disputed`, and it writes again (no move for the owner, so no `missedDueDate`).
    for (const state of DEADLINE_KEEPS.filter((s) => s !== 'disputed') as ContractState[]) {
      for (const lang of LANGUAGES) expect(ownerNextStep(state, confirmed, lang, missed)).toMatch(/31 (maart|March) 2027/);
    }
  });

  it('tells the owner no term runs for a decision about a held bill while a collection stop is asked, and when a new one starts', () => {
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'nl', words)).toBe(
      'Geen antwoord uiterlijk 12 februari 2027: KPN en het incassobureau bellen. Over factuur F-1 (afgewezen) beslist u: betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast. Zolang de incassostop loopt, staat daarvoor geen termijn; die begint opnieuw (5 werkdagen) als KPN de incasso heeft gestopt.',
    );
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'en', words)).toBe(
      'No answer by 12 February 2027: call KPN and the collection agency. You decide about invoice F-1 (rejected): pay and close the dispute, or call KPN; record the outcome. While the collection stop is asked, no term runs for it; a new one (5 business days) starts once KPN has stopped the collection.',
    );
    // The same advice as for a rejected dispute, word for word, the complaints body too.
    const telecom = { ...words, complaintsBody: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' } };
    const advice = ownerNextStep('disputeRejected', oneHeld, 'nl', telecom).split(': ').slice(1).join(': ');
    expect(advice).toBe('betalen en het geschil afsluiten, of KPN bellen of naar de Geschillencommissie Telecommunicatie; leg de uitkomst vast.');
    // The membership condition stays wherever a Geschillencommissie is named, as in the letters.
    expect(ownerNextStep('disputeRejected', oneHeld, 'nl', { ...telecom, complaintsBodyIfAffiliated: true })).toContain('of KPN bellen of naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten); leg de uitkomst vast.');
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'nl', telecom)).toContain(`Over factuur F-1 (afgewezen) beslist u: ${advice}`);
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'en', telecom)).toContain('pay and close the dispute, or call KPN or go to the Geschillencommissie Telecommunicatie; record the outcome.');
  });

  it('adds up the disputed sums as they are listed: what a credit took off a bill is said beside it, and the total is what is still disputed (v5)', () => {
    // F-1: € 10,00 disputed, € 5,00 credited; F-2: € 32,00 disputed, rejected.
    const f1 = { reference: 'F-1', invoiceDate: '2027-01-10', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 10 }, credited: 5 };
    const f2 = { ...JANUARY, amount: 32, disputed: { ...JANUARY.disputed, amount: 32 }, rejectionReason: 'gebruikt' };
    const held: ContractContext = { ...confirmed, openDispute: undefined, disputes: 2, openDisputes: [f1, f2] };
    expect(providerStatusText('collectionStopRequested', held, 'nl', '2027-02-12')).toContain(
      'factuur F-1, 1 december 2026 tot en met 31 december 2026, naar rato €\u00a010,00, waarvan €\u00a05,00 gecrediteerd en factuur F-2, 1 januari 2027 tot en met 31 januari 2027, naar rato €\u00a032,00; samen nog €\u00a037,00.',
    );
    expect(providerStatusText('collectionStopRequested', held, 'en', '2027-02-12')).toContain('pro rata €10.00, of which €5.00 credited and invoice F-2, 1 January 2027 to 31 January 2027, pro rata €32.00; together still €37.00.');
    expect(providerStatusText('collectionStopRequested', { ...held, openDisputes: [f1] }, 'nl', null)).toContain('naar rato €\u00a010,00, waarvan €\u00a05,00 gecrediteerd.');
    // The owner's parts are what is still disputed of each, and add up to the total.
    expect(ownerStatusText('collectionStopRequested', held, 'nl', words)).toContain('€\u00a037,00 betwist op 2 facturen: F-1 (€\u00a05,00, €\u00a05,00 gecrediteerd van €\u00a010,00) en F-2 (€\u00a032,00, afgewezen: gebruikt)');
    // Without a credit the sum reads as before.
    expect(providerStatusText('disputed', twoBills, 'nl', null)).toContain('; samen €\u00a035,00.');
  });

  it('names the bill an answer recorded, also when it was the last one open', () => {
    const rejectedOne = step('DISPUTE_REJECTED', 'disputed', 'disputeRejected', { invoiceReference: 'F-2' }, ['notify_owner'], oneHeld);
    expect(contractChangeText(rejectedOne, oneHeld, 'nl', 'KPN', true)).toBe('KPN wees ons bezwaar tegen rekening F-2 af.');
    expect(contractChangeText(rejectedOne, oneHeld, 'en', 'KPN', true)).toBe('KPN rejected our objection to bill F-2.');
    expect(ownerChangeText(rejectedOne, confirmed, 'nl', 'KPN')).toBe('Geschil over factuur F-2 afgewezen door KPN (reden: opzegtermijn van een maand).');
    expect(ownerChangeText(rejectedOne, confirmed, 'en', 'KPN')).toBe('Dispute over invoice F-2 rejected by KPN (reason: opzegtermijn van een maand).');
    const closedLast = step('DISPUTE_RESOLVED', 'disputeRejected', 'confirmed', { invoiceReference: 'F-2' });
    expect(ownerChangeText(closedLast, confirmed, 'nl', 'KPN')).toBe('Geschil over factuur F-2 met KPN afgesloten (door u vastgelegd).');
    expect(ownerChangeText(closedLast, confirmed, 'en', 'KPN')).toBe('Dispute over invoice F-2 with KPN closed (recorded by you).');
    expect(contractChangeText(closedLast, confirmed, 'nl', 'KPN', true)).toBe('Het bezwaar tegen rekening F-2 van KPN is afgehandeld.');
    const withdrawnLast = step('INVOICE_WITHDRAWN', 'disputed', 'confirmed', { invoiceReference: 'F-2' });
    expect(ownerChangeText(withdrawnLast, confirmed, 'nl', 'KPN')).toBe('Factuur F-2 ingetrokken door KPN; geschil gesloten.');
    expect(contractChangeText(withdrawnLast, confirmed, 'en', 'KPN', true)).toBe('KPN withdrew bill F-2; the dispute is settled.');
    const creditedLast = step('CREDIT_NOTE_SENT', 'disputed', 'confirmed', { amount: 20, invoiceReference: 'F-2' });
    expect(ownerChangeText(creditedLast, confirmed, 'en', 'KPN')).toBe('Credit note of €20.00 received from KPN for invoice F-2; dispute closed.');
    expect(contractChangeText(creditedLast, confirmed, 'nl', 'KPN', true)).toBe('KPN heeft een creditnota van €\u00a020,00 gestuurd voor rekening F-2; het bezwaar is afgehandeld.');
  });

  // v8: the provider still owes its answer on F-2 while it holds to F-1 (rejected, or credited in part): every reader hears both.
  it('tells every reader, while one bill is held and another unanswered, that the provider owes its answer on the one by its term and the owner decides about the other (v8)', () => {
    const partly: ContractContext = { ...twoBills, disputeRejectionReason: null, openDisputes: [{ ...DECEMBER, credited: 5 }, JANUARY] };
    expect(ownerStatusText('disputed', oneHeld, 'nl', words)).toBe(
      'Geschil loopt: €\u00a035,00 betwist op 2 facturen: F-1 (€\u00a015,00, afgewezen: opzegtermijn van een maand) en F-2 (€\u00a020,00), antwoord aanbieder op factuur F-2 uiterlijk 12 februari 2027; beslissing nodig over factuur F-1.',
    );
    expect(ownerStatusText('disputed', partly, 'en', words)).toBe(
      "Dispute open: €30.00 disputed on 2 invoices: F-1 (€10.00, €5.00 credited of €15.00) and F-2 (€20.00), provider's answer on invoice F-2 due by 12 February 2027; decision needed on invoice F-1.",
    );
    expect(ownerStatusText('disputeEscalated', oneHeld, 'nl', words)).toBe(
      'Factuur F-2 onbeantwoord, klacht ingediend bij KPN: €\u00a035,00 betwist op 2 facturen: F-1 (€\u00a015,00, afgewezen: opzegtermijn van een maand) en F-2 (€\u00a020,00), antwoord aanbieder op factuur F-2 uiterlijk 12 februari 2027; beslissing nodig over factuur F-1.',
    );
    expect(ownerNextStep('disputed', partly, 'nl', words)).toBe(
      'Geen antwoord op factuur F-2 uiterlijk 12 februari 2027: de klacht daarover gaat automatisch. Over factuur F-1 (deels gecrediteerd) beslist u: betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast. Uw termijn daarvoor (5 werkdagen) begint zodra KPN factuur F-2 heeft beantwoord.',
    );
    expect(ownerNextStep('disputed', oneHeld, 'en', words)).toBe(
      'No answer on invoice F-2 by 12 February 2027: the complaint about it goes out automatically. You decide about invoice F-1 (rejected): pay and close the dispute, or call KPN; record the outcome. Your term for it (5 business days) starts once KPN has answered invoice F-2.',
    );
    expect(ownerNextStep('disputeEscalated', oneHeld, 'nl', words)).toBe(
      'Geen antwoord op factuur F-2 uiterlijk 12 februari 2027: KPN bellen. Over factuur F-1 (afgewezen) beslist u: betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast. Uw termijn daarvoor (5 werkdagen) begint zodra KPN factuur F-2 heeft beantwoord.',
    );
    // partterm (audit92 F3): once her call is late, the decision is said without a term still to start ("Te laat" beside it on Today).
    expect(ownerNextStep('disputeEscalated', partly, 'en', { ...words, missedDueDate: '2027-02-12' })).toBe(
      'Call KPN now: no answer by 12 February 2027. You decide about invoice F-1 (credited in part): pay and close the dispute, or call KPN; record the outcome.',
    );
    expect(ownerChangeText(step('DEADLINE_PASSED', 'disputed', 'disputeEscalated', {}, ['letter'], oneHeld), oneHeld, 'nl', 'KPN')).toBe('Klacht ingediend bij KPN over de onbeantwoorde factuur F-2.');
    // deskanswer (partterm's Not done 3): beside a held bill while the collection stop is asked, the same once her call is late.
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'nl', words)).toContain('die begint opnieuw (5 werkdagen) als KPN de incasso heeft gestopt.');
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'nl', { ...words, missedDueDate: '2027-02-12' })).toBe(
      'KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met 12 februari 2027. Over factuur F-1 (afgewezen) beslist u: betalen en het geschil afsluiten, of KPN bellen; leg de uitkomst vast.',
    );
    expect(ownerNextStep('collectionStopRequested', oneHeld, 'en', { ...words, missedDueDate: '2027-02-12' })).not.toContain('starts once');

    // The desk: what it owes (F-2, by the term) first, then the bill the case owner decides about.
    expect(providerStatusText('disputed', oneHeld, 'nl', '2027-02-12')).toBe(
      'Bezwaar tegen factuur F-2: het deel na de bevestigde einddatum, 1 januari 2027 tot en met 31 januari 2027, naar rato €\u00a020,00. Graag een creditnota of gecorrigeerde eindafrekening, intrekking, of een gemotiveerde afwijzing uiterlijk 12 februari 2027. U heeft het bezwaar tegen factuur F-1 afgewezen; de contactpersoon beslist hoe het verdergaat.',
    );
    expect(providerStatusText('disputeEscalated', partly, 'en', '2027-02-12')).toBe(
      'Complaint: the dispute went unanswered. Dispute of invoice F-2: the part after the confirmed end date, 1 January 2027 to 31 January 2027, pro rata €20.00. Please answer by 12 February 2027. You credited €5.00 of invoice F-1 (of the disputed €15.00, €10.00 is still open); the contact person decides how to proceed.',
    );

    // The family: what the provider did with the one, that the case owner looks at it, and the objection to the other with its term.
    expect(contractStatusText('disputed', partly, 'nl', words)).toBe(
      'KPN heeft €\u00a05,00 van rekening F-1 gecrediteerd; de overige €\u00a010,00 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten. Op ons bezwaar tegen rekening F-2 verwachten we uiterlijk 12 februari 2027 een reactie van KPN. U hoeft rekening F-2 niet te betalen zolang het bezwaar loopt.',
    );
    expect(contractStatusText('disputed', oneHeld, 'en', words)).toBe(
      'KPN maintains bill F-1, which we objected to. Your contact person decides whether we pay what is still asked or object further, and will let you know. We expect an answer from KPN to our objection to bill F-2 by 12 February 2027. You do not need to pay bill F-2 while the dispute is open.',
    );
    expect(contractStatusText('disputeEscalated', oneHeld, 'nl', words)).toBe(
      'KPN heeft niet gereageerd op ons bezwaar tegen rekening F-2. We hebben een klacht ingediend. U hoeft rekening F-2 niet te betalen zolang het bezwaar loopt. KPN houdt vast aan rekening F-1, waartegen we bezwaar maakten. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.',
    );
    expect(contractNextStep('disputed', oneHeld, 'nl', words)).toBe('We verwachten dat KPN rekening F-2 uiterlijk 12 februari 2027 corrigeert of intrekt; anders dienen we een klacht in.');
    expect(contractChangeText(step('DEADLINE_PASSED', 'disputed', 'disputeEscalated', {}, ['letter'], oneHeld), oneHeld, 'en', 'KPN', true)).toBe('KPN did not answer our objection to bill F-2; we filed a complaint.');
  });

  it('keeps the family sentence in the family table', () => {
    expect(contractStatusText('disputed', confirmed, 'nl', words)).toContain('U hoeft deze rekening niet te betalen');
  });
});

describe("the desk's line for a claim dropped after the estate paid its final bill (dropday, dropdesk)", () => {
  const dropped = (toldOn?: string) => ({ answeredBy: 'provider', collection: 'stopped', claimDropped: { finalBill: null, bills: [], paidFinalBill: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-12-08' } }, ...(toldOn && { toldOn }) });
  const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

  it('says the bill was already paid when the estate paid before the provider said it dropped the claim', () => {
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped(), 'nl'))).toBe('U liet de vordering vallen, ook de eindafrekening (kenmerk KPN-P-1, € 45,00), die al betaald was op 8 december 2026; de incasso is gestopt');
  });

  it('says it was paid after that when the estate paid after the day the provider said it (its told day)', () => {
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped('2026-12-07'), 'nl'))).toBe('U liet de vordering vallen, ook de eindafrekening (kenmerk KPN-P-1, € 45,00), die daarna nog betaald is, op 8 december 2026; de incasso is gestopt');
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped('2026-12-07'), 'en'))).toBe('You dropped the claim, the final invoice included (reference KPN-P-1, €45.00), which was paid after that, on 8 December 2026; the debt collection was stopped');
  });
});
