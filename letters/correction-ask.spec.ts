import { composeLetter } from './compose';
import type { LetterHistory, LetterInput, SentLetter } from './model';
import { lintLetter } from './rules';
import { INVOICE, letterOfKind } from './test-support';
import { CONTRACT_STATES, type ContractState, type DisputesHeld } from '../workflows';
import { FINISHED_STATES } from '../src/contracts/contract-workflow.service';
import { tellsCorrection } from '../src/contracts/correction.rules';
import { awaitedAnswers } from '../src/letters/request-history';

/**
 * The closing ask of a correction in every state of the current machine where one goes out: it says what the
 * provider still owes an answer to, with the date it is due, and "nothing else to do" only when it owes nothing
 * (audit: a correction during KPN's collection stop said the provider need do nothing while its answer was due).
 */
describe('a correction letter asks what the provider still owes, in every state it can be sent in', () => {
  const request: SentLetter = { kind: 'cancellation', date: '2026-11-09' };
  const objection: SentLetter = { kind: 'dispute', date: '2026-12-10', bill: 'F-01' };
  const secondObjection: SentLetter = { kind: 'dispute', date: '2026-12-14', bill: 'F-02' };
  const complaint: SentLetter = { kind: 'dispute_escalation', date: '2026-12-28' };
  const stop: SentLetter = { kind: 'collection_stop', date: '2026-12-23', collection: { agency: 'Incasso Noord', reference: 'INC-9' } };
  const F01 = { ...INVOICE, reference: 'F-01' };
  const F02 = { ...INVOICE, reference: 'F-02' };

  const pending = 'Wilt u dit in uw administratie aanpassen en de beëindiging met de juiste gegevens afhandelen? Voor het overige blijft mijn verzoek ongewijzigd.';
  const done = 'U heeft bevestigd dat het contract is beëindigd per 30 november 2026; daaraan verandert niets. Wilt u dit in uw administratie aanpassen?';
  const nothingElse = 'Verder hoeft u niets te doen.';

  interface Row {
    sent: SentLetter[];
    held?: DisputesHeld;
    confirmed: boolean;
    /** The due date the standing shows (the provider's or, waiting on the owner, the owner's). */
    due?: string;
    ask: string;
  }
  /** Null: no correction letter goes out in that state (nothing sent yet, the request is to go out again, or the contract is finished). */
  const table: Record<ContractState, Row | null> = {
    draft: null,
    ready: null,
    rejected: null,
    settled: null,
    closed: null,
    withdrawn: null,
    informedByBrp: null,
    requested: { sent: [request], confirmed: false, due: '2026-11-23', ask: pending },
    reminded: { sent: [request, { kind: 'reminder', date: '2026-11-20' }], confirmed: false, due: '2026-12-04', ask: pending },
    escalated: { sent: [request, { kind: 'escalation', date: '2026-12-04' }], confirmed: false, due: '2026-12-18', ask: pending },
    acknowledged: { sent: [request], confirmed: false, due: '2026-11-23', ask: pending },
    informationRequested: { sent: [request], confirmed: false, due: '2026-11-20', ask: pending },
    complained: { sent: [request, { kind: 'rejection_complaint', date: '2026-11-20' }], confirmed: false, due: '2026-12-18', ask: pending },
    confirmed: { sent: [request], confirmed: true, due: '2027-01-26', ask: `${done} ${nothingElse}` },
    disputed: { sent: [request, objection], held: { openDisputes: [F01] }, confirmed: true, due: '2026-12-24', ask: `${done} Mijn bezwaar van 10 december 2026 tegen factuur F-01 blijft staan; ik zie uw antwoord uiterlijk 24 december 2026 tegemoet.` },
    // The provider held to F-01: the owner's to decide, and the due date is the owner's; F-02 nobody answered.
    disputeRejected: {
      sent: [request, objection, secondObjection],
      held: { openDisputes: [{ ...F01, rejectionReason: 'Abonnement liep door' }, F02] },
      confirmed: true,
      due: '2026-12-21',
      ask: `${done} Mijn bezwaar van 14 december 2026 tegen factuur F-02 blijft staan.`,
    },
    disputeEscalated: { sent: [request, objection, complaint], held: { openDisputes: [F01] }, confirmed: true, due: '2027-01-11', ask: `${done} Mijn klacht van 28 december 2026 over mijn onbeantwoorde bezwaar blijft staan; ik zie uw antwoord uiterlijk 11 januari 2027 tegemoet.` },
    collectionStopRequested: { sent: [request, stop], confirmed: true, due: '2027-01-08', ask: `${done} Mijn verzoek van 23 december 2026 om de incasso van Incasso Noord op te schorten blijft staan; ik zie uw antwoord uiterlijk 8 januari 2027 tegemoet.` },
  };

  const correction = (row: Row, state: ContractState, language: 'nl' | 'en', overrides: Partial<LetterInput> = {}): LetterInput => {
    const history: LetterHistory = {
      sent: row.sent,
      confirmedEndDate: row.confirmed ? '2026-11-30' : null,
      acknowledgedSinceRequest: state === 'acknowledged',
      awaiting: awaitedAnswers(state, row.held ?? {}, row.sent, row.due ?? null),
    };
    return letterOfKind('correction', language, { history, dueDate: row.due ?? null, letterDate: '2026-12-30', today: '2026-12-30', ...overrides });
  };
  const bodyOf = (input: LetterInput) => composeLetter(input).body.join('\n');

  it('lists exactly the states a correction goes out in', () => {
    const sendsCorrection = (s: ContractState) => s !== 'draft' && !FINISHED_STATES.includes(s) && tellsCorrection(s, true);
    expect(CONTRACT_STATES.filter((s) => table[s] !== null)).toEqual(CONTRACT_STATES.filter(sendsCorrection));
  });

  it.each(CONTRACT_STATES.filter((s) => table[s]))('%s', (state) => {
    const row = table[state]!;
    const input = correction(row, state, 'nl');
    expect(bodyOf(input)).toContain(row.ask);
    // "Nothing else to do" only where the provider owes nothing.
    expect(bodyOf(input).includes(nothingElse)).toBe(row.ask.endsWith(nothingElse));
    expect(lintLetter(input, composeLetter(input)).map((v) => v.message)).toEqual([]);
  });

  it('says so in English too, and after a correction of what the end date hangs on', () => {
    const row = table.collectionStopRequested!;
    const en = bodyOf(correction(row, 'collectionStopRequested', 'en'));
    expect(en).toContain('You confirmed that the contract ended on 30 November 2026; that stays as it is. Please update your records. My request of 23 December 2026 to suspend the collection by Incasso Noord still stands; I look forward to your answer by 8 January 2027.');
    expect(en).not.toContain('nothing else you need to do');
    const endDate = [{ field: 'requestedEndDate' as const, from: null, to: '2026-12-15' }];
    expect(bodyOf(correction(row, 'collectionStopRequested', 'nl', { corrections: endDate }))).toContain(
      'Hoor ik niets van u, dan blijft de einddatum 30 november 2026. Mijn verzoek van 23 december 2026 om de incasso van Incasso Noord op te schorten blijft staan; ik zie uw antwoord uiterlijk 8 januari 2027 tegemoet.',
    );
    // Two bills nobody answered, one signed by a colleague before a handover.
    const two = { ...table.disputed!, sent: [request, { ...objection, colleague: 'Anna de Boer' }, secondObjection], held: { openDisputes: [F01, F02] } };
    expect(bodyOf(correction(two, 'disputed', 'en'))).toContain(
      "My colleague Anna de Boer's objection of 10 December 2026 to invoice F-01 and my objection of 14 December 2026 to invoice F-02 still stand; I look forward to your answer by 24 December 2026.",
    );
  });
});
