import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import {
  COLLECTION_ANSWER_BUSINESS_DAYS,
  AGENCY_STOPPED_INTO,
  CONTRACT_STATES,
  contractMachine,
  contractMachineV1,
  contractMachineV2,
  contractMachineV3,
  contractMachineV4,
  contractMachineV5,
  contractMachineV6,
  contractMachineV7,
  contractMachineV8,
  contractMachineV9,
  contractMachineV10,
  contractMachineV11,
  contractMachineV12,
  contractMachineV13,
  contractMachineV14,
  contractMachineV15,
  contractMachineV16,
  OWNER_ANSWER_BUSINESS_DAYS,
  promisedDateOf,
  COMPLAINT_ANSWER_BUSINESS_DAYS,
  contractStateMeta,
  contractVersionForStep,
  CONTRACT_MACHINE_VERSION,
  deadlineFor,
  QUIET_PERIOD_BUSINESS_DAYS,
  type BeforeConfirmation,
  type ConfirmedFrom,
  type ContractAction,
  type ContractEffect,
  type ContractEvent,
  type ContractState,
  type LetterKind,
} from './contract.machine';
import { TERM_KEEPING_EVENTS } from './deadlines';
import { heldBills, unansweredBills } from './disputes';
import { acceptedEvents, machines } from './index';

/** One example of every event, with realistic payloads; DOCUMENTS_CHANGED has two meanings. */
const EVENTS = {
  DOCUMENTS_COMPLETE: { type: 'DOCUMENTS_CHANGED', complete: true },
  DOCUMENTS_INCOMPLETE: { type: 'DOCUMENTS_CHANGED', complete: false },
  REQUEST: { type: 'REQUEST' },
  ACKNOWLEDGE: { type: 'ACKNOWLEDGE', reference: 'KPN-1' },
  COMPLETE: { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'KPN-2', finalInvoiceAmount: 12.5 },
  REQUEST_INFORMATION: { type: 'REQUEST_INFORMATION', message: 'Please send the certificate of inheritance', documentsNeeded: ['certificate_of_inheritance'] },
  INFORMATION_SUPPLIED: { type: 'INFORMATION_SUPPLIED' },
  REJECT: { type: 'REJECT', reason: 'Unknown account' },
  AMEND: { type: 'AMEND' },
  WITHDRAW: { type: 'WITHDRAW', reason: 'Already ended' },
  // v9: the owner's complaint about a rejection.
  COMPLAIN: { type: 'COMPLAIN', grounds: 'The heirs may end this contract; the certificate of inheritance was enclosed.' },
  // v15: the owner corrected the customer number the provider rejected on while complaining.
  COMPLAINT_WITHDRAWN: { type: 'COMPLAINT_WITHDRAWN', complainedOn: '2026-12-03', changes: [{ field: 'accountNumber', from: '5550', to: '5505' }] },
  // v16: the certificate of inheritance that answered the question was withdrawn.
  ANSWER_WITHDRAWN: { type: 'ANSWER_WITHDRAWN', kinds: ['certificate_of_inheritance'], withdrawnOn: '2027-01-05', message: 'Please send the certificate of inheritance' },
  // v20: the provider takes back its rejection (it found the customer after all).
  REJECTION_WITHDRAWN: { type: 'REJECTION_WITHDRAWN', note: 'Klant alsnog gevonden onder klantnummer 5505', withdrawnOn: '2026-12-05' },
  DEADLINE_PASSED: { type: 'DEADLINE_PASSED' },
  // Bills December in full, after the end date of 30 November.
  INVOICE_AFTER_END: { type: 'INVOICE_AFTER_END', invoiceDate: '2027-01-05', amount: 49.95, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' },
  // The next month's bill: providers that ignore a cancellation bill monthly.
  JANUARY_BILL: { type: 'INVOICE_AFTER_END', invoiceDate: '2027-02-05', amount: 49.95, reference: 'F-2', periodFrom: '2027-01-01', periodTo: '2027-01-31' },
  COLLECTION_NOTICE: { type: 'COLLECTION_NOTICE', agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 80 },
  DISPUTE_RESOLVED: { type: 'DISPUTE_RESOLVED' },
  CREDIT_NOTE_SENT: { type: 'CREDIT_NOTE_SENT', amount: 49.95 },
  // v5: a credit note short of the € 49,95 disputed of F-1.
  PARTIAL_CREDIT: { type: 'CREDIT_NOTE_SENT', amount: 20 },
  INVOICE_WITHDRAWN: { type: 'INVOICE_WITHDRAWN' },
  DISPUTE_REJECTED: { type: 'DISPUTE_REJECTED', reason: 'December was used' },
  COLLECTION_STOPPED: { type: 'COLLECTION_STOPPED', note: 'Incasso Noord heeft het dossier gesloten' },
  // v5: the provider typed 30-11 for 31-12, and the reference and final bill wrongly too.
  COMPLETION_CORRECTED: { type: 'COMPLETION_CORRECTED', effectiveDate: '2026-12-31', reference: 'KPN-3', finalInvoiceAmount: 14.5 },
  // v6: the owner typed F-1's amount wrongly (49.95 for 59.95).
  BILL_CORRECTED: { type: 'BILL_CORRECTED', invoiceReference: 'F-1', invoiceDate: '2027-01-05', amount: 59.95, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' },
  // v6: F-1 bills November after all (the period was typed a month late): nothing after the end date of 30 November.
  BILL_CORRECTED_BEFORE_END: { type: 'BILL_CORRECTED', invoiceReference: 'F-1', invoiceDate: '2026-12-05', amount: 49.95, reference: 'F-1', periodFrom: '2026-11-01', periodTo: '2026-11-30' },
  CLOSE: { type: 'CLOSE' },
  // v17: a bank blocked the account and has not released the balance; later it pays the balance to the estate account.
  BLOCKED: { type: 'COMPLETE', effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', balanceReleased: false },
  BALANCE_RELEASED: { type: 'BALANCE_RELEASED', releasedOn: '2027-01-12', amount: 1234.56 },
  BRP_INFORMED: { type: 'BRP_CHECKED', outcome: 'informed', note: 'gecontroleerd: polis beëindigd per 30-06' },
  BRP_NOT_INFORMED: { type: 'BRP_CHECKED', outcome: 'not_informed', note: 'niet bekend bij de verzekeraar' },
  // v22 (committee): the owner took the dispute to the complaints body.
  COMMITTEE_FILED: { type: 'COMMITTEE_FILED', filedOn: '2027-02-01', caseNumber: 'G-1', body: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' } },
} satisfies Record<string, ContractEvent>;
type EventName = keyof typeof EVENTS;
const ALL_EVENTS: ContractEvent[] = Object.values(EVENTS);

type Snapshot = SnapshotFrom<typeof contractMachine>;
const stateOf = (s: { value: unknown }) => String(s.value);

const letter = (letterKind: LetterKind, urgent?: true): ContractEffect => (urgent ? { type: 'letter', letterKind, urgent } : { type: 'letter', letterKind });
const toAgency: ContractEffect = { type: 'letter', letterKind: 'collection_stop', urgent: true, to: 'agency' };
const family = (topic: string): ContractEffect => ({ type: 'notify_family', topic });
const owner = (topic: string): ContractEffect => ({ type: 'notify_owner', topic });
const letters = (effects: ContractEffect[]) => effects.flatMap((e) => (e.type === 'letter' ? [e.letterKind] : []));

function start(options: { action?: ContractAction; snapshot?: Snapshot } = {}) {
  // When restoring, XState ignores `input`: the action comes back from the stored context.
  const actor = createActor(contractMachine, { snapshot: options.snapshot, input: { action: options.action ?? 'cancel' } });
  const effects: ContractEffect[] = [];
  actor.on('*', (effect) => effects.push(effect));
  actor.start();
  return { actor, effects };
}

function run(events: ContractEvent[], action: ContractAction = 'cancel') {
  const { actor, effects } = start({ action });
  for (const event of events) actor.send(event);
  return { actor, snapshot: actor.getSnapshot(), effects };
}

/** The shortest event sequence to every state, found by @xstate/graph, to set up each case. */
function shortestPaths(action: ContractAction) {
  return getShortestPaths(contractMachine, { input: { action }, events: ALL_EVENTS, serializeState: stateOf });
}
const pathTo = new Map(shortestPaths('cancel').map((p) => [stateOf(p.state) as ContractState, p.steps.map((s) => s.event)]));
const snapshotIn = (state: ContractState): Snapshot => run(pathTo.get(state)!).snapshot;

const PROVIDER_ANSWERS: Array<[EventName, ContractState, ContractEffect[]]> = [
  ['ACKNOWLEDGE', 'acknowledged', [family('acknowledged')]],
  ['COMPLETE', 'confirmed', [family('confirmed')]],
  ['BLOCKED', 'blocked', [family('blocked')]],
  ['REQUEST_INFORMATION', 'informationRequested', [owner('information_requested')]],
  ['REJECT', 'rejected', [owner('rejected')]],
];
const WITHDRAW_SENT: [EventName, ContractState, ContractEffect[]] = ['WITHDRAW', 'withdrawn', [letter('withdrawal'), family('withdrawn')]];
const INVOICE: [EventName, ContractState, ContractEffect[]] = ['INVOICE_AFTER_END', 'disputed', [letter('dispute'), family('invoice_disputed')]];
/** v4: a further bill while one is open (F-1 is open there, so only F-2 is a new bill). */
const FURTHER_INVOICE = (to: ContractState): [EventName, ContractState, ContractEffect[]] => ['JANUARY_BILL', to, [letter('dispute'), family('invoice_disputed')]];
const INVOICES: Array<[EventName, ContractState, ContractEffect[]]> = [INVOICE, FURTHER_INVOICE('disputed')];
const COLLECTION: [EventName, ContractState, ContractEffect[]] = [
  'COLLECTION_NOTICE',
  'collectionStopRequested',
  [letter('collection_stop', true), toAgency, family('collection_stop_requested'), owner('collection_notice')],
];
const RESOLVED: [EventName, ContractState, ContractEffect[]] = ['DISPUTE_RESOLVED', 'confirmed', [family('dispute_resolved')]];
/** v5: a credit note short of the disputed part leaves the rest for the owner to decide. */
const PARTIAL_CREDIT: [EventName, ContractState, ContractEffect[]] = ['PARTIAL_CREDIT', 'disputeRejected', [owner('dispute_partly_credited'), family('dispute_partly_credited')]];
/** v5: the provider's confirmation corrected, only while no bill is open; the contract stays where it is. */
const CORRECTION = (state: ContractState): [EventName, ContractState, ContractEffect[]] => ['COMPLETION_CORRECTED', state, [family('completion_corrected')]];
/** v6: F-1 corrected where it is open: it stays disputed with the corrected figures, or (billing no day after the end) leaves the dispute. */
const BILL_CORRECTIONS = (stays: ContractState, withdrawnTo: ContractState): Array<[EventName, ContractState, ContractEffect[]]> => [
  ['BILL_CORRECTED', stays, [family('bill_corrected')]],
  ['BILL_CORRECTED_BEFORE_END', withdrawnTo, [family('bill_corrected')]],
];
/** v22 (committee): the filing, from the states that offer the complaints body. */
const FILED: [EventName, ContractState, ContractEffect[]] = ['COMMITTEE_FILED', 'withCommittee', [family('committee_filed')]];
const ANSWERS: Array<[EventName, ContractState, ContractEffect[]]> = [
  ['CREDIT_NOTE_SENT', 'confirmed', [family('dispute_resolved')]],
  ['INVOICE_WITHDRAWN', 'confirmed', [family('dispute_resolved')]],
  ['DISPUTE_REJECTED', 'disputeRejected', [owner('dispute_rejected')]],
];

/**
 * The whole lifecycle as a table: from each state, every event it accepts, where it leads and
 * exactly which effects it emits (for a cancellation). Anything not listed must be refused.
 */
/** v3: before anything went out, the owner closes the BRP check: done without a letter, or an ordinary request. */
const BRP_CHECKS = (state: ContractState): Array<[EventName, ContractState, ContractEffect[]]> => [
  ['BRP_INFORMED', 'informedByBrp', [family('informed_by_brp')]],
  ['BRP_NOT_INFORMED', state, []],
];

const ANSWER_REOPENED: [EventName, ContractState, ContractEffect[]] = ['ANSWER_WITHDRAWN', 'informationRequested', [owner('answer_withdrawn')]];

const TRANSITIONS: Record<ContractState, Array<[EventName, ContractState, ContractEffect[]]>> = {
  draft: [
    ['DOCUMENTS_COMPLETE', 'ready', []],
    ['WITHDRAW', 'withdrawn', [family('withdrawn')]],
    ...BRP_CHECKS('draft'),
  ],
  ready: [
    ['DOCUMENTS_INCOMPLETE', 'draft', []],
    ['REQUEST', 'requested', [letter('cancellation'), family('requested')]],
    ['WITHDRAW', 'withdrawn', [family('withdrawn')]],
    ...BRP_CHECKS('ready'),
  ],
  // v16: a withdrawn answer hands the question back to the owner (the deletion request is the documents module's letter).
  requested: [...PROVIDER_ANSWERS, WITHDRAW_SENT, ANSWER_REOPENED, ['DEADLINE_PASSED', 'reminded', [letter('reminder'), family('reminded')]]],
  reminded: [...PROVIDER_ANSWERS, WITHDRAW_SENT, ANSWER_REOPENED, ['DEADLINE_PASSED', 'escalated', [letter('escalation'), family('escalated')]]],
  escalated: [...PROVIDER_ANSWERS, WITHDRAW_SENT, ANSWER_REOPENED, ['DEADLINE_PASSED', 'escalated', [owner('no_answer_after_escalation')]]],
  acknowledged: [...PROVIDER_ANSWERS.filter(([e]) => e !== 'ACKNOWLEDGE'), WITHDRAW_SENT, ANSWER_REOPENED, ['DEADLINE_PASSED', 'reminded', [letter('reminder'), family('reminded')]]],
  informationRequested: [
    ['INFORMATION_SUPPLIED', 'requested', [letter('information_supplied')]],
    ['ANSWER_WITHDRAWN', 'informationRequested', []],
    ...PROVIDER_ANSWERS.filter(([e]) => e === 'COMPLETE' || e === 'BLOCKED' || e === 'REJECT'),
    WITHDRAW_SENT,
    ['DEADLINE_PASSED', 'informationRequested', [owner('information_still_needed')]],
  ],
  rejected: [
    ['AMEND', 'ready', []],
    // v9: a complaint about the rejection.
    ['COMPLAIN', 'complained', [letter('rejection_complaint'), family('complained')]],
    WITHDRAW_SENT,
    ['DEADLINE_PASSED', 'rejected', [owner('rejection_unanswered')]],
    // v20: the provider takes its rejection back; not acknowledged before it (the table's path), the request is requested again.
    ['REJECTION_WITHDRAWN', 'requested', [owner('rejection_withdrawn'), family('rejection_withdrawn')]],
  ],
  // v9: the provider answers the complaint as a request; a term that passes alerts the owner, no letter goes again.
  // v15: the rejected fact corrected withdraws the complaint; the request is handled again (no letter of the machine's: the correction is it).
  complained: [
    ...PROVIDER_ANSWERS.filter(([e]) => e !== 'ACKNOWLEDGE'),
    WITHDRAW_SENT,
    ['COMPLAINT_WITHDRAWN', 'requested', [family('complaint_withdrawn')]],
    ['DEADLINE_PASSED', 'complained', [owner('complaint_unanswered')]],
    // v27: an answer given during the complaint withdrawn (which answer counts is the contracts module's rule).
    ANSWER_REOPENED,
  ],
  confirmed: [...INVOICES, COLLECTION, CORRECTION('confirmed'), ['DEADLINE_PASSED', 'settled', [family('settled')]]],
  // v17: the bank's release is owed; its term passing alerts the owner each time.
  // A correction that keeps the block (here: no word of what was done) keeps the wait.
  // v18: a required document withdrawn while the release waits is the owner's move.
  // v19: its term passing sends the bank a reminder asking the release, with a fresh term; that one passing alerts the owner.
  blocked: [['BALANCE_RELEASED', 'confirmed', [family('balance_released')]], ...INVOICES, COLLECTION, CORRECTION('blocked'), ANSWER_REOPENED, ['DEADLINE_PASSED', 'releaseReminded', [letter('release_reminder'), family('reminded')]]],
  releaseReminded: [['BALANCE_RELEASED', 'confirmed', [family('balance_released')]], ...INVOICES, COLLECTION, CORRECTION('releaseReminded'), ANSWER_REOPENED, ['DEADLINE_PASSED', 'releaseOverdue', [owner('release_overdue'), family('release_overdue')]]],
  releaseOverdue: [['BALANCE_RELEASED', 'confirmed', [family('balance_released')]], ...INVOICES, COLLECTION, CORRECTION('releaseOverdue'), ANSWER_REOPENED, ['DEADLINE_PASSED', 'releaseOverdue', [owner('release_overdue')]]],
  disputed: [FURTHER_INVOICE('disputed'), COLLECTION, RESOLVED, ...ANSWERS, PARTIAL_CREDIT, ...BILL_CORRECTIONS('disputed', 'confirmed'), CORRECTION('confirmed'), ['DEADLINE_PASSED', 'disputeEscalated', [letter('dispute_escalation'), family('dispute_escalated')]]],
  disputeEscalated: [
    FURTHER_INVOICE('disputed'),
    COLLECTION,
    RESOLVED,
    ...ANSWERS,
    PARTIAL_CREDIT,
    ...BILL_CORRECTIONS('disputeEscalated', 'confirmed'),
    CORRECTION('confirmed'),
    ['DEADLINE_PASSED', 'disputeEscalated', [owner('no_answer_after_dispute_escalation')]],
    FILED,
  ],
  // v4: the provider holds to F-1, so the owner's move; it may still answer (or reconsider) a bill. v8: a new bill waits on the provider.
  // v11: reached by a partial credit on F-1, which the corrected end date (31 December) would take back: refused.
  disputeRejected: [FURTHER_INVOICE('disputed'), COLLECTION, RESOLVED, ...ANSWERS, PARTIAL_CREDIT, ...BILL_CORRECTIONS('disputeRejected', 'confirmed'), ['DEADLINE_PASSED', 'disputeRejected', [owner('dispute_rejection_unanswered')]], FILED],
  // v22 (committee): the complaints body has F-1: its decision is the owner's word (RESOLVED); the provider may still answer; only a reminder to look.
  // v23 (comlater): a part credit on F-1 is the provider's offer while the body has it: F-1 stays with the body.
  // v24 (comlater2): the provider holding to F-1 leaves it with the body, and asks nothing of the owner; v25 (comlater3) tells her of it.
  withCommittee: [FURTHER_INVOICE('disputed'), COLLECTION, RESOLVED, ...ANSWERS.filter(([e]) => e !== 'DISPUTE_REJECTED'), ['DISPUTE_REJECTED', 'withCommittee', [owner('committee_bill_rejected')]], ['PARTIAL_CREDIT', 'withCommittee', PARTIAL_CREDIT[2]], ...BILL_CORRECTIONS('withCommittee', 'confirmed'), CORRECTION('confirmed'), FILED, ['DEADLINE_PASSED', 'withCommittee', [owner('committee_look')]]],
  // No bill is open here: the provider withdrawing the bill it collects settles the collection, as in v4; v5 adds the
  // word that it stopped. A credit note or a rejection has no disputed bill to answer (audit44: € 10 closed € 112,40).
  // v5: a bill while the stop is asked is disputed, and the stop stays the contract's concern.
  collectionStopRequested: [
    ['INVOICE_AFTER_END', 'collectionStopRequested', [letter('dispute'), family('invoice_disputed')]],
    ['JANUARY_BILL', 'collectionStopRequested', [letter('dispute'), family('invoice_disputed')]],
    RESOLVED,
    ['INVOICE_WITHDRAWN', 'confirmed', [family('dispute_resolved')]],
    ['COLLECTION_STOPPED', 'confirmed', [family('collection_stopped')]],
    ['DEADLINE_PASSED', 'collectionStopRequested', [owner('collection_not_stopped')]],
  ],
  settled: [...INVOICES, COLLECTION, CORRECTION('settled'), ['CLOSE', 'closed', []]],
  // v7: a late bill or a collector's letter after the estate was reopened, as on a settled contract.
  closed: [...INVOICES, COLLECTION],
  withdrawn: [],
  informedByBrp: [],
};

describe('contract machine: shape', () => {
  for (const action of ['cancel', 'transfer'] as const) {
    it(`reaches every state for a ${action}`, () => {
      expect(new Set(shortestPaths(action).map((p) => stateOf(p.state)))).toEqual(new Set(CONTRACT_STATES));
    });
  }

  // getAdjacencyMap's types do not carry emitted events; the machine itself is unchanged.
  const adjacency = getAdjacencyMap(contractMachine as AnyStateMachine, { input: { action: 'cancel' }, events: ALL_EVENTS, serializeState: stateOf });
  /** state → the states its accepted events lead to */
  const next = new Map<string, Set<string>>();
  for (const { state, nextState } of adjacencyMapToArray(adjacency)) {
    next.set(stateOf(state), (next.get(stateOf(state)) ?? new Set()).add(stateOf(nextState)));
  }

  it('leaves no state a dead end except the final ones', () => {
    const deadEnds = CONTRACT_STATES.filter((s) => [...(next.get(s) ?? [])].every((target) => target === s));
    expect(deadEnds.sort()).toEqual(['informedByBrp', 'withdrawn']);
    expect(CONTRACT_STATES.filter((s) => contractMachine.states[s].type === 'final').sort()).toEqual(['informedByBrp', 'withdrawn']);
  });

  it('can reach an end from every state, so no group of states traps a contract', () => {
    for (const from of CONTRACT_STATES) {
      const seen = new Set<string>([from]);
      for (const state of seen) for (const target of next.get(state) ?? []) seen.add(target);
      expect({ from, canEnd: ['closed', 'withdrawn', 'informedByBrp'].some((end) => seen.has(end)) }).toEqual({ from, canEnd: true });
    }
  });

  it('accepts exactly the events in the table, and refuses all others (the runtime answers 409)', () => {
    for (const state of CONTRACT_STATES) {
      const snapshot = snapshotIn(state);
      const accepted = (Object.keys(EVENTS) as EventName[]).filter((name) => snapshot.can(EVENTS[name]));
      expect({ state, accepted: accepted.sort() }).toEqual({ state, accepted: TRANSITIONS[state].map(([e]) => e).sort() });
    }
  });

  it('has no wildcard or eventless transitions', () => {
    for (const state of CONTRACT_STATES) {
      const node = contractMachine.states[state];
      expect({ state, events: (node.ownEvents as string[]).filter((e) => e === '*' || e === '') }).toEqual({ state, events: [] });
      expect(node.always ?? []).toEqual([]);
    }
  });
});

describe('contract machine: every transition and its effects', () => {
  const cases = CONTRACT_STATES.flatMap((from) => TRANSITIONS[from].map(([event, to, effects]) => ({ from, event, to, effects })));
  it.each(cases)('$from --$event--> $to', ({ from, event, to, effects }) => {
    const { actor, effects: emitted } = start({ snapshot: snapshotIn(from) });
    actor.send(EVENTS[event]);
    expect(stateOf(actor.getSnapshot())).toBe(to);
    expect(emitted).toEqual(effects);
  });
});

describe('contract machine: paths', () => {
  const toRequested: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST];
  const toConfirmed: ContractEvent[] = [...toRequested, EVENTS.COMPLETE];

  it('sends the transfer letter for a transfer', () => {
    expect(run(toRequested, 'transfer').effects).toEqual([letter('transfer'), family('requested')]);
  });

  it('happy path: requested, acknowledged, confirmed, settled after the quiet period, closed', () => {
    const { snapshot, effects } = run([...toRequested, EVENTS.ACKNOWLEDGE, EVENTS.COMPLETE, EVENTS.DEADLINE_PASSED, EVENTS.CLOSE]);
    expect(snapshot.value).toBe('closed');
    // v7: closed rests (nobody owes us anything) but is not final: a late bill may still come.
    expect(snapshot.status).toBe('active');
    expect(effects).toEqual([letter('cancellation'), family('requested'), family('acknowledged'), family('confirmed'), family('settled')]);
    expect(snapshot.context).toMatchObject({ providerReference: 'KPN-2', effectiveDate: '2026-11-30', finalInvoiceAmount: 12.5, remindersSent: 0 });
  });

  it('keeps the acknowledged reference when the answer carries none', () => {
    const { snapshot } = run([...toRequested, EVENTS.ACKNOWLEDGE, { type: 'ACKNOWLEDGE', reference: null }]);
    expect(snapshot.context.providerReference).toBe('KPN-1');
    expect(run([...toRequested, { type: 'ACKNOWLEDGE' }]).snapshot.context.providerReference).toBeNull();
  });

  it('reminds, then escalates, then keeps alerting the owner every period while the provider stays silent', () => {
    const silent = run([...toRequested, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]);
    expect(silent.snapshot.value).toBe('escalated');
    expect(silent.effects).toEqual([
      letter('cancellation'),
      family('requested'),
      letter('reminder'),
      family('reminded'),
      letter('escalation'),
      family('escalated'),
      owner('no_answer_after_escalation'),
      owner('no_answer_after_escalation'),
    ]);
    expect(silent.snapshot.context).toMatchObject({ remindersSent: 1, escalations: 3 });
  });

  it('an acknowledged request that stalls is reminded and escalated too', () => {
    const { snapshot, effects } = run([...toRequested, EVENTS.ACKNOWLEDGE, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.COMPLETE]);
    expect(snapshot.value).toBe('confirmed');
    expect(letters(effects)).toEqual(['cancellation', 'reminder', 'escalation']);
  });

  it('passes the provider question to the owner, reminds the owner, and sends the answer back', () => {
    const asked = run([...toRequested, EVENTS.REQUEST_INFORMATION, EVENTS.DEADLINE_PASSED]);
    expect(asked.snapshot.value).toBe('informationRequested');
    expect(asked.snapshot.context.openInformationRequest).toEqual({ message: EVENTS.REQUEST_INFORMATION.message, documentsNeeded: ['certificate_of_inheritance'] });
    expect(asked.effects.slice(2)).toEqual([owner('information_requested'), owner('information_still_needed')]);

    const answered = run([...toRequested, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED, EVENTS.DEADLINE_PASSED]);
    expect(answered.snapshot.value).toBe('reminded'); // the provider's clock runs again
    expect(letters(answered.effects)).toEqual(['cancellation', 'information_supplied', 'reminder']);
    expect(answered.snapshot.context.openInformationRequest).toBeNull();
  });

  it('closes an open information request when the provider decides anyway', () => {
    const { snapshot } = run([...toRequested, EVENTS.REQUEST_INFORMATION, EVENTS.COMPLETE]);
    expect(snapshot.value).toBe('confirmed');
    expect(snapshot.context.openInformationRequest).toBeNull();
  });

  it('lets the owner amend a rejected request and send it again', () => {
    const { snapshot, effects } = run([...toRequested, EVENTS.REJECT, EVENTS.AMEND, EVENTS.REQUEST]);
    expect(snapshot.value).toBe('requested');
    expect(snapshot.context.lastRejectionReason).toBe('Unknown account');
    expect(letters(effects)).toEqual(['cancellation', 'cancellation']);
  });

  it('disputes each bill for days after the end date, escalates an unanswered dispute once as a dispute, and restarts the quiet period when resolved', () => {
    const { snapshot, effects } = run([...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.JANUARY_BILL, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.DISPUTE_RESOLVED]);
    expect(snapshot.value).toBe('confirmed');
    expect(snapshot.context).toMatchObject({ disputes: 2, escalations: 2, openDisputes: [] });
    expect(letters(effects)).toEqual(['cancellation', 'dispute', 'dispute', 'dispute_escalation']);
    expect(run([...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_RESOLVED, EVENTS.DEADLINE_PASSED]).snapshot.value).toBe('settled');
  });

  it('records the disputed part of a bill, and does not dispute a final bill for the days up to the end date', () => {
    const straddling = { ...EVENTS.INVOICE_AFTER_END, periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 };
    expect(run([...toConfirmed, straddling]).snapshot.context.openDisputes).toEqual([{
      reference: 'F-1', invoiceDate: '2027-01-05', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30,
      disputed: { from: '2026-12-01', to: '2026-12-15', days: 15, amount: 15 },
    }]);
    const finalBill = { ...EVENTS.INVOICE_AFTER_END, invoiceDate: '2026-12-20', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
    expect(snapshotIn('confirmed').can(finalBill)).toBe(false);
    expect(snapshotIn('confirmed').can({ ...EVENTS.INVOICE_AFTER_END, periodFrom: undefined, periodTo: undefined })).toBe(false);
  });

  it('hands a rejected dispute back to the owner with the reason', () => {
    const { snapshot } = run([...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_REJECTED]);
    expect(snapshot.value).toBe('disputeRejected');
    expect(snapshot.context).toMatchObject({ disputeRejectionReason: 'December was used', openDisputes: [expect.objectContaining({ reference: 'F-1', rejectionReason: 'December was used' })] });
    expect(contractStateMeta('disputeRejected').waitingOn).toBe('owner');
  });

  it('stops debt collection with an urgent letter to provider and agency, alerts the owner when unanswered, and settles once resolved', () => {
    const { snapshot, effects } = run([...toConfirmed, EVENTS.COLLECTION_NOTICE, EVENTS.DEADLINE_PASSED, EVENTS.DISPUTE_RESOLVED, EVENTS.DEADLINE_PASSED]);
    expect(snapshot.value).toBe('settled');
    expect(effects).toContainEqual(toAgency);
    expect(effects).toContainEqual(owner('collection_not_stopped'));
    expect(letters(effects)).toEqual(['cancellation', 'collection_stop', 'collection_stop']);
    const unreachable = run([...toConfirmed, { type: 'COLLECTION_NOTICE', agency: 'Incasso Noord' }]);
    expect(unreachable.effects.filter((e) => e.type === 'letter' && e.letterKind === 'collection_stop')).toEqual([letter('collection_stop', true)]);
  });

  it('closes a BRP check as informed: done without a letter, the note kept, the family told', () => {
    const { snapshot, effects } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.BRP_INFORMED]);
    expect(snapshot.value).toBe('informedByBrp');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.brpCheck).toEqual({ outcome: 'informed', note: 'gecontroleerd: polis beëindigd per 30-06' });
    expect(letters(effects)).toEqual([]);
    expect(effects).toEqual([family('informed_by_brp')]);
    expect(contractStateMeta('informedByBrp').waitingOn).toBe('nobody');
  });

  it('turns a BRP check that found nothing into an ordinary request, checked once only', () => {
    const { actor, snapshot } = run([EVENTS.BRP_NOT_INFORMED, EVENTS.DOCUMENTS_COMPLETE]);
    expect(snapshot.value).toBe('ready');
    expect(snapshot.context.brpCheck).toEqual({ outcome: 'not_informed', note: 'niet bekend bij de verzekeraar' });
    // Checked already: neither outcome is accepted again (the runtime answers 409).
    expect(snapshot.can(EVENTS.BRP_INFORMED)).toBe(false);
    expect(snapshot.can(EVENTS.BRP_NOT_INFORMED)).toBe(false);
    const effects: ContractEffect[] = [];
    actor.on('*', (e) => effects.push(e));
    actor.send(EVENTS.REQUEST);
    expect(actor.getSnapshot().value).toBe('requested');
    expect(letters(effects)).toEqual(['cancellation']);
  });

  it('keeps version 2 runnable as it was: it has no BRP check', () => {
    const actor = createActor(contractMachineV2, { input: { action: 'cancel' } }).start();
    actor.send(EVENTS.DOCUMENTS_COMPLETE);
    expect(actor.getSnapshot().can(EVENTS.BRP_INFORMED)).toBe(false);
    expect(Object.keys(contractMachineV2.states)).not.toContain('informedByBrp');
    actor.send(EVENTS.REQUEST);
    expect(actor.getSnapshot().value).toBe('requested');
  });

  it('keeps version 1 runnable as it was: an unanswered dispute there still sends its old escalation', () => {
    const actor = createActor(contractMachineV1, { input: { action: 'cancel' } });
    const emitted: ContractEffect[] = [];
    actor.on('*', (e) => emitted.push(e));
    actor.start();
    for (const e of [...toConfirmed, { type: 'INVOICE_AFTER_END', invoiceDate: '2027-01-05', amount: 5, reference: 'F-1' } as ContractEvent, EVENTS.DEADLINE_PASSED]) actor.send(e);
    expect(actor.getSnapshot().value).toBe('disputed');
    expect(letters(emitted)).toEqual(['cancellation', 'dispute', 'escalation']);
  });

  it('reopens a settled contract when a bill or a collector still turns up', () => {
    const settled = [...toConfirmed, EVENTS.DEADLINE_PASSED];
    expect(run([...settled, EVENTS.INVOICE_AFTER_END]).snapshot.value).toBe('disputed');
    expect(run([...settled, EVENTS.COLLECTION_NOTICE]).snapshot.value).toBe('collectionStopRequested');
  });

  it('sends a withdrawal letter only when the provider already had the request', () => {
    const sent: ContractState[] = ['requested', 'reminded', 'escalated', 'acknowledged', 'informationRequested', 'rejected', 'complained'];
    for (const state of CONTRACT_STATES.filter((s) => snapshotIn(s).can(EVENTS.WITHDRAW))) {
      const { actor, effects } = start({ snapshot: snapshotIn(state) });
      actor.send(EVENTS.WITHDRAW);
      expect(actor.getSnapshot().value).toBe('withdrawn');
      expect({ state, letters: letters(effects) }).toEqual({ state, letters: sent.includes(state) ? ['withdrawal'] : [] });
    }
  });

  it('refuses events that make no sense in a state', () => {
    const draft = run([]).snapshot;
    expect(draft.can(EVENTS.COMPLETE)).toBe(false);
    expect(draft.can(EVENTS.REQUEST)).toBe(false);
    expect(draft.can(EVENTS.DOCUMENTS_INCOMPLETE)).toBe(false); // guarded: already incomplete
    expect(draft.can(EVENTS.DOCUMENTS_COMPLETE)).toBe(true);
    expect(snapshotIn('confirmed').can(EVENTS.WITHDRAW)).toBe(false);
    expect(snapshotIn('closed').can(EVENTS.DEADLINE_PASSED)).toBe(false);
  });

  it('ignores a refused event without changing anything or emitting effects', () => {
    const { actor, effects } = start({ snapshot: snapshotIn('draft') });
    actor.send(EVENTS.COMPLETE);
    expect(actor.getSnapshot().value).toBe('draft');
    expect(actor.getSnapshot().context.effectiveDate).toBeNull();
    expect(effects).toEqual([]);
  });
});

describe('contract machine v4: every disputed bill stays open until it is itself answered', () => {
  const toConfirmed: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE];
  const twoBills: ContractEvent[] = [...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.JANUARY_BILL];
  const references = (s: Snapshot) => (s.context.openDisputes ?? []).map((d) => d.reference);

  it('keeps the first bill open when a second arrives, and a credit note for the first leaves the second disputed', () => {
    const { actor, snapshot, effects } = run([...twoBills, { ...EVENTS.CREDIT_NOTE_SENT, invoiceReference: 'F-1' }]);
    expect(snapshot.value).toBe('disputed');
    expect(references(snapshot)).toEqual(['F-2']);
    expect(letters(effects)).toEqual(['cancellation', 'dispute', 'dispute']);
    actor.send({ ...EVENTS.INVOICE_WITHDRAWN, invoiceReference: 'F-2' });
    expect(actor.getSnapshot().value).toBe('confirmed');
    expect(references(actor.getSnapshot())).toEqual([]);
  });

  it('does not dispute the same bill twice', () => {
    const { snapshot } = run([...toConfirmed, EVENTS.INVOICE_AFTER_END]);
    expect(snapshot.can(EVENTS.INVOICE_AFTER_END)).toBe(false);
    expect(snapshot.can({ ...EVENTS.INVOICE_AFTER_END, amount: 12 })).toBe(false);
    expect(snapshot.can(EVENTS.JANUARY_BILL)).toBe(true);
    expect(run([...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.INVOICE_AFTER_END]).snapshot.context).toMatchObject({ disputes: 1, openDisputes: [expect.objectContaining({ reference: 'F-1' })] });
  });

  it("needs the provider's answer to name the bill while two are open, and refuses a bill that is not open", () => {
    const { snapshot } = run(twoBills);
    for (const answer of [EVENTS.CREDIT_NOTE_SENT, EVENTS.INVOICE_WITHDRAWN, EVENTS.DISPUTE_REJECTED]) {
      expect({ answer: answer.type, accepted: snapshot.can(answer) }).toEqual({ answer: answer.type, accepted: false });
      expect({ answer: answer.type, accepted: snapshot.can({ ...answer, invoiceReference: 'F-9' }) }).toEqual({ answer: answer.type, accepted: false });
      expect({ answer: answer.type, accepted: snapshot.can({ ...answer, invoiceReference: 'F-2' }) }).toEqual({ answer: answer.type, accepted: true });
    }
    // With one bill open the name may be left out, as before.
    expect(run([...toConfirmed, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]).snapshot.value).toBe('confirmed');
  });

  it("closes every open bill on the owner's word without a name, and only the named one with it", () => {
    expect(run([...twoBills, EVENTS.DISPUTE_RESOLVED]).snapshot.context.openDisputes).toEqual([]);
    const one = run([...twoBills, { ...EVENTS.DISPUTE_RESOLVED, invoiceReference: 'F-2' }]).snapshot;
    expect({ state: one.value, open: references(one) }).toEqual({ state: 'disputed', open: ['F-1'] });
  });

  it('escalates once with every open bill unanswered, and stays escalated while one is still open', () => {
    const { actor, effects } = run([...twoBills, EVENTS.DEADLINE_PASSED]);
    expect(actor.getSnapshot().value).toBe('disputeEscalated');
    expect(letters(effects)).toEqual(['cancellation', 'dispute', 'dispute', 'dispute_escalation']);
    actor.send({ ...EVENTS.CREDIT_NOTE_SENT, invoiceReference: 'F-2' });
    expect({ state: actor.getSnapshot().value, open: references(actor.getSnapshot()) }).toEqual({ state: 'disputeEscalated', open: ['F-1'] });
  });

  it('keeps a bill the provider holds to open for the owner, and lets the provider still answer the other', () => {
    const { actor, snapshot, effects } = run([...twoBills, { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-1' }]);
    // v8: the provider still owes its answer on F-2 (v4 to v7 waited on the owner here).
    expect(snapshot.value).toBe('disputed');
    expect(snapshot.context.openDisputes).toEqual([expect.objectContaining({ reference: 'F-1', rejectionReason: 'December was used' }), expect.not.objectContaining({ rejectionReason: expect.anything() })]);
    expect(effects.at(-1)).toEqual(owner('dispute_rejected'));
    // The provider credits January: December is still the owner's to decide.
    actor.send({ ...EVENTS.CREDIT_NOTE_SENT, invoiceReference: 'F-2' });
    expect({ state: actor.getSnapshot().value, open: references(actor.getSnapshot()) }).toEqual({ state: 'disputeRejected', open: ['F-1'] });
    actor.send({ ...EVENTS.DISPUTE_RESOLVED, invoiceReference: 'F-1' });
    expect(actor.getSnapshot().value).toBe('confirmed');
    expect(actor.getSnapshot().context.disputeRejectionReason).toBeNull();
  });

  it('waits on the provider again once the owner settled the bill it held to while another is unanswered', () => {
    const { snapshot } = run([...twoBills, { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-1' }, { ...EVENTS.DISPUTE_RESOLVED, invoiceReference: 'F-1' }]);
    expect({ state: snapshot.value, open: references(snapshot), reason: snapshot.context.disputeRejectionReason }).toEqual({ state: 'disputed', open: ['F-2'], reason: null });
  });

  it('keeps version 3 runnable as it was: it knew one bill, and one answer closed the dispute', () => {
    const actor = createActor(contractMachineV3, { input: { action: 'cancel' } }).start();
    for (const e of [...twoBills, EVENTS.CREDIT_NOTE_SENT]) actor.send(e);
    expect(actor.getSnapshot().value).toBe('confirmed');
    expect(actor.getSnapshot().context).toMatchObject({ openDispute: null, disputes: 2 });
    expect(actor.getSnapshot().context.openDisputes).toBeUndefined();
  });
});

describe('contract machine v5: a partial credit note, and the word that a collection stopped', () => {
  const toConfirmed: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE];
  const oneBill: ContractEvent[] = [...toConfirmed, EVENTS.INVOICE_AFTER_END];
  const twoBills: ContractEvent[] = [...oneBill, EVENTS.JANUARY_BILL];
  const open = (s: Snapshot) => (s.context.openDisputes ?? []).map((d) => ({ reference: d.reference, disputed: d.disputed.amount, credited: d.credited ?? 0 }));

  it('closes only the credited part of a bill: the rest stays open and the owner decides', () => {
    const { snapshot, effects } = run([...oneBill, EVENTS.PARTIAL_CREDIT]);
    expect({ state: snapshot.value, open: open(snapshot) }).toEqual({ state: 'disputeRejected', open: [{ reference: 'F-1', disputed: 49.95, credited: 20 }] });
    expect(contractStateMeta('disputeRejected').waitingOn).toBe('owner');
    expect(effects.slice(-2)).toEqual([owner('dispute_partly_credited'), family('dispute_partly_credited')]);
  });

  it('adds up further credit notes, and closes the bill once they reach what was disputed', () => {
    const { actor } = run([...oneBill, EVENTS.PARTIAL_CREDIT, { type: 'CREDIT_NOTE_SENT', amount: 19.95 }]);
    expect({ state: actor.getSnapshot().value, open: open(actor.getSnapshot()) }).toEqual({ state: 'disputeRejected', open: [{ reference: 'F-1', disputed: 49.95, credited: 39.95 }] });
    // € 10,00 still disputed: a credit note of € 10,00 closes it.
    actor.send({ type: 'CREDIT_NOTE_SENT', amount: 10 });
    expect({ state: actor.getSnapshot().value, open: open(actor.getSnapshot()) }).toEqual({ state: 'confirmed', open: [] });
  });

  it('closes the bill with a credit note of the disputed amount or more, as before', () => {
    for (const amount of [49.95, 60]) expect(run([...oneBill, { type: 'CREDIT_NOTE_SENT', amount }]).snapshot.value).toBe('confirmed');
  });

  it('lets the owner settle the rest, or the provider withdraw the bill', () => {
    for (const answer of [EVENTS.DISPUTE_RESOLVED, EVENTS.INVOICE_WITHDRAWN]) {
      const { snapshot } = run([...oneBill, EVENTS.PARTIAL_CREDIT, answer]);
      expect({ answer: answer.type, state: snapshot.value, open: open(snapshot) }).toEqual({ answer: answer.type, state: 'confirmed', open: [] });
    }
  });

  it('keeps the other bill disputed while the owner decides about the rest of the credited one', () => {
    const { actor, snapshot } = run([...twoBills, { ...EVENTS.PARTIAL_CREDIT, invoiceReference: 'F-2' }]);
    // v8: F-1 is unanswered, so the contract waits on the provider meanwhile.
    expect({ state: snapshot.value, open: open(snapshot) }).toEqual({
      state: 'disputed',
      open: [
        { reference: 'F-1', disputed: 49.95, credited: 0 },
        { reference: 'F-2', disputed: 49.95, credited: 20 },
      ],
    });
    // The owner accepts the rest of F-2: F-1 waits on the provider again.
    actor.send({ ...EVENTS.DISPUTE_RESOLVED, invoiceReference: 'F-2' });
    expect({ state: actor.getSnapshot().value, open: open(actor.getSnapshot()) }).toEqual({ state: 'disputed', open: [{ reference: 'F-1', disputed: 49.95, credited: 0 }] });
  });

  it('takes the word that a collection stopped only while we asked for it to stop, and goes back to what is still disputed', () => {
    expect(run([...oneBill]).snapshot.can(EVENTS.COLLECTION_STOPPED)).toBe(false);
    const none = run([...toConfirmed, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]);
    expect({ state: none.snapshot.value, last: none.effects.at(-1) }).toEqual({ state: 'confirmed', last: family('collection_stopped') });
    const unanswered = run([...oneBill, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]);
    expect({ state: unanswered.snapshot.value, open: open(unanswered.snapshot) }).toEqual({ state: 'disputed', open: [{ reference: 'F-1', disputed: 49.95, credited: 0 }] });
    expect(contractStateMeta('disputed')).toEqual({ deadline: { basis: 'providerSla' }, waitingOn: 'provider' });
    const held = run([...oneBill, EVENTS.PARTIAL_CREDIT, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]);
    expect({ state: held.snapshot.value, open: open(held.snapshot) }).toEqual({ state: 'disputeRejected', open: [{ reference: 'F-1', disputed: 49.95, credited: 20 }] });
  });

  // Until the collection is said to have stopped (or nothing is left to collect), the stop is the contract's concern.
  const collecting = (bills: ContractEvent[]) => run([...bills, EVENTS.COLLECTION_NOTICE]);
  const f1 = { invoiceReference: 'F-1' };

  it('keeps a collection stop asked when the provider holds to one of the bills, alerts the owner, and still alerts when the stop goes unanswered', () => {
    const { actor, effects } = collecting(twoBills);
    actor.send({ ...EVENTS.DISPUTE_REJECTED, ...f1 });
    expect({ state: actor.getSnapshot().value, held: actor.getSnapshot().context.openDisputes?.map((d) => [d.reference, d.rejectionReason ?? null]) }).toEqual({
      state: 'collectionStopRequested',
      held: [['F-1', 'December was used'], ['F-2', null]],
    });
    expect(effects.at(-1)).toEqual(owner('dispute_rejected'));
    actor.send(EVENTS.DEADLINE_PASSED);
    expect({ state: actor.getSnapshot().value, last: effects.at(-1) }).toEqual({ state: 'collectionStopRequested', last: owner('collection_not_stopped') });
    // Once stopped, F-2 waits on the provider again (v8), F-1 stays the owner's to decide.
    actor.send(EVENTS.COLLECTION_STOPPED);
    expect(actor.getSnapshot().value).toBe('disputed');
  });

  it('disputes a new bill while a collection stop is asked, and keeps asking it', () => {
    const { actor, effects } = collecting(toConfirmed);
    actor.send(EVENTS.INVOICE_AFTER_END);
    expect({ state: actor.getSnapshot().value, open: open(actor.getSnapshot()), last: effects.slice(-2) }).toEqual({
      state: 'collectionStopRequested',
      open: [{ reference: 'F-1', disputed: 49.95, credited: 0 }],
      last: [letter('dispute'), family('invoice_disputed')],
    });
    // A new bill while the provider holds to another: disputed too, the stop still asked.
    actor.send(EVENTS.DISPUTE_REJECTED);
    actor.send(EVENTS.JANUARY_BILL);
    expect({ state: actor.getSnapshot().value, open: open(actor.getSnapshot()).map((d) => d.reference) }).toEqual({ state: 'collectionStopRequested', open: ['F-1', 'F-2'] });
    // v8: F-2 is unanswered, so the provider owes that answer first.
    actor.send(EVENTS.COLLECTION_STOPPED);
    expect(actor.getSnapshot().value).toBe('disputed');
  });

  it('keeps the stop asked while any bill is open after an answer or a partial credit, and ends it once none is left to collect', () => {
    for (const answer of [EVENTS.CREDIT_NOTE_SENT, EVENTS.INVOICE_WITHDRAWN, EVENTS.DISPUTE_RESOLVED, EVENTS.PARTIAL_CREDIT]) {
      const { actor } = collecting(twoBills);
      actor.send({ ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-2' });
      actor.send({ ...answer, ...f1 });
      expect({ answer: answer.type, state: actor.getSnapshot().value }).toEqual({ answer: answer.type, state: 'collectionStopRequested' });
    }
    const partly = collecting(oneBill);
    partly.actor.send(EVENTS.PARTIAL_CREDIT);
    expect({ state: partly.actor.getSnapshot().value, open: open(partly.actor.getSnapshot()), last: partly.effects.slice(-2) }).toEqual({
      state: 'collectionStopRequested',
      open: [{ reference: 'F-1', disputed: 49.95, credited: 20 }],
      last: [owner('dispute_partly_credited'), family('dispute_partly_credited')],
    });
    // The owner's word that the matter is settled, or the last bill answered, leaves nothing to collect.
    expect(run([...twoBills, EVENTS.COLLECTION_NOTICE, EVENTS.DISPUTE_RESOLVED]).snapshot.value).toBe('confirmed');
    expect(run([...oneBill, EVENTS.COLLECTION_NOTICE, EVENTS.INVOICE_WITHDRAWN]).snapshot.value).toBe('confirmed');
  });

  it('counts the collection stop from the letter: answers that keep the stop asked do not give the provider a new term', () => {
    expect(deadlineFor('collectionStopRequested')).toEqual({ basis: 'fixed', businessDays: COLLECTION_ANSWER_BUSINESS_DAYS, fromEntry: true });
  });

  it('keeps version 4 runnable as it was: any credit note closed its bill, and no collection stop was said', () => {
    const actor = createActor(contractMachineV4, { input: { action: 'cancel' } }).start();
    for (const e of [...oneBill, EVENTS.PARTIAL_CREDIT]) actor.send(e);
    expect({ state: actor.getSnapshot().value, open: actor.getSnapshot().context.openDisputes }).toEqual({ state: 'confirmed', open: [] });
    actor.send(EVENTS.COLLECTION_NOTICE);
    expect(actor.getSnapshot().can(EVENTS.COLLECTION_STOPPED)).toBe(false);
  });
});

describe('contract machine v5: the provider\'s confirmation corrected', () => {
  const toConfirmed: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE];

  it('records the corrected end date, reference and final bill, and a bill is then held against the corrected date', () => {
    const corrected = run([...toConfirmed, EVENTS.COMPLETION_CORRECTED]);
    expect(corrected.snapshot.context).toMatchObject({ effectiveDate: '2026-12-31', providerReference: 'KPN-3', finalInvoiceAmount: 14.5 });
    // December is now before the end: its bill is payable, not disputed.
    expect(corrected.snapshot.can(EVENTS.INVOICE_AFTER_END)).toBe(false);
    const january = run([...toConfirmed, EVENTS.COMPLETION_CORRECTED, EVENTS.JANUARY_BILL]);
    expect(january.snapshot.context.openDisputes?.map((d) => d.reference)).toEqual(['F-2']);
  });

  it('keeps the final bill unknown when the correction names none', () => {
    const { snapshot } = run([...toConfirmed, { type: 'COMPLETION_CORRECTED', effectiveDate: '2026-12-31', reference: 'KPN-2' }]);
    expect(snapshot.context).toMatchObject({ effectiveDate: '2026-12-31', finalInvoiceAmount: null });
  });

  it('takes no correction while a bill is disputed (up to v10) or a collection is to stop: what is disputed hangs on the end date', () => {
    const v10 = (events: ContractEvent[]) => {
      const actor = createActor(contractMachineV10, { input: { action: 'cancel' } }).start();
      for (const event of [...toConfirmed, ...events]) actor.send(event);
      return actor.getSnapshot().can(EVENTS.COMPLETION_CORRECTED);
    };
    expect(v10([EVENTS.INVOICE_AFTER_END])).toBe(false);
    expect(v10([EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_REJECTED])).toBe(false);
    expect(v10([EVENTS.INVOICE_AFTER_END, EVENTS.INVOICE_WITHDRAWN])).toBe(true);
    expect(run([...toConfirmed, EVENTS.COLLECTION_NOTICE]).snapshot.can(EVENTS.COMPLETION_CORRECTED)).toBe(false);
  });

  it('keeps version 4 as it was: no correction of a confirmation', () => {
    const actor = createActor(contractMachineV4, { input: { action: 'cancel' } }).start();
    for (const event of toConfirmed) actor.send(event);
    expect(actor.getSnapshot().can(EVENTS.COMPLETION_CORRECTED)).toBe(false);
  });
});

describe('contract machine v6: a recorded bill corrected', () => {
  const oneBill: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END];
  const twoBills: ContractEvent[] = [...oneBill, EVENTS.JANUARY_BILL];
  const openOf = (events: ContractEvent[]) => run(events).snapshot.context.openDisputes;

  it('records the corrected figures with the disputed part worked out again, and keeps the state and the family told', () => {
    const { snapshot, effects } = run([...oneBill, EVENTS.BILL_CORRECTED]);
    expect(snapshot.value).toBe('disputed');
    expect(snapshot.context.openDisputes).toEqual([
      { reference: 'F-1', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 59.95, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 59.95 } },
    ]);
    expect(effects.slice(-1)).toEqual([family('bill_corrected')]);
    expect(letters(effects)).toEqual(['cancellation', 'dispute']);
  });

  it('keeps the number the bill was disputed under when its number is corrected, and what the provider answered on it', () => {
    const renumbered = { ...EVENTS.BILL_CORRECTED, amount: 49.95, reference: 'F-10' };
    expect(openOf([...oneBill, renumbered])).toEqual([expect.objectContaining({ reference: 'F-10', recordedAs: 'F-1' })]);
    // Corrected twice: still the number the dispute letter named.
    expect(openOf([...oneBill, renumbered, { ...renumbered, invoiceReference: 'F-10', reference: 'F-11' }])).toEqual([expect.objectContaining({ reference: 'F-11', recordedAs: 'F-1' })]);
    const held = run([...oneBill, EVENTS.PARTIAL_CREDIT, EVENTS.BILL_CORRECTED]);
    expect(held.snapshot.value).toBe('disputeRejected');
    expect(held.snapshot.context.openDisputes).toEqual([expect.objectContaining({ amount: 59.95, credited: 20 })]);
  });

  it('corrects only the bill it names and leaves the other open as it was', () => {
    const { snapshot } = run([...twoBills, { ...EVENTS.BILL_CORRECTED, amount: 10 }]);
    expect(snapshot.context.openDisputes?.map((d) => [d.reference, d.amount])).toEqual([['F-1', 10], ['F-2', 49.95]]);
  });

  it('drops the dispute of a bill that, corrected, bills no day after the end date: the bill is owed', () => {
    const alone = run([...oneBill, EVENTS.BILL_CORRECTED_BEFORE_END]);
    expect({ state: alone.snapshot.value, open: alone.snapshot.context.openDisputes }).toEqual({ state: 'confirmed', open: [] });
    const withOther = run([...twoBills, EVENTS.BILL_CORRECTED_BEFORE_END]);
    expect({ state: withOther.snapshot.value, open: withOther.snapshot.context.openDisputes?.map((d) => d.reference) }).toEqual({ state: 'disputed', open: ['F-2'] });
    // The provider holds to F-2: that stays the owner's to decide.
    const held = run([...twoBills, { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-2' }, EVENTS.BILL_CORRECTED_BEFORE_END]);
    expect(held.snapshot.value).toBe('disputeRejected');
  });

  it('keeps a collection stop asked when a bill is corrected or its dispute dropped: the bill may be owed, the collection is another matter', () => {
    const collecting = [...oneBill, EVENTS.COLLECTION_NOTICE];
    expect(run([...collecting, EVENTS.BILL_CORRECTED]).snapshot.value).toBe('collectionStopRequested');
    const dropped = run([...collecting, EVENTS.BILL_CORRECTED_BEFORE_END]);
    expect({ state: dropped.snapshot.value, open: dropped.snapshot.context.openDisputes }).toEqual({ state: 'collectionStopRequested', open: [] });
  });

  it('refuses a correction of a bill that is not open, one without a name while several are open, and one that takes another open bill\'s number', () => {
    expect(run(oneBill).snapshot.can({ ...EVENTS.BILL_CORRECTED, invoiceReference: 'F-9' })).toBe(false);
    expect(run([...oneBill, EVENTS.INVOICE_WITHDRAWN]).snapshot.can(EVENTS.BILL_CORRECTED)).toBe(false);
    expect(run(twoBills).snapshot.can({ ...EVENTS.BILL_CORRECTED, invoiceReference: undefined })).toBe(false);
    expect(run(oneBill).snapshot.can({ ...EVENTS.BILL_CORRECTED, invoiceReference: undefined })).toBe(true);
    expect(run(twoBills).snapshot.can({ ...EVENTS.BILL_CORRECTED, reference: 'F-2' })).toBe(false);
  });

  it('refuses a corrected bill that disputes no more than the provider already credited on it', () => {
    const credited = run([...oneBill, EVENTS.PARTIAL_CREDIT]).snapshot;
    expect(credited.can({ ...EVENTS.BILL_CORRECTED, amount: 20 })).toBe(false);
    expect(credited.can({ ...EVENTS.BILL_CORRECTED, amount: 20.01 })).toBe(true);
  });

  it('keeps version 5 as it was: no correction of a bill', () => {
    const actor = createActor(contractMachineV5, { input: { action: 'cancel' } }).start();
    for (const event of oneBill) actor.send(event);
    expect(actor.getSnapshot().can(EVENTS.BILL_CORRECTED)).toBe(false);
    expect(machines.contract[5]).toBe(contractMachineV5);
  });
});

describe('contract machine v7: a late bill on a contract closed with its estate', () => {
  const closed: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.DEADLINE_PASSED, EVENTS.CLOSE];

  it('disputes a late bill on a closed contract as on a settled one, and closes with the estate again once settled again', () => {
    const { actor, effects } = run([...closed, EVENTS.INVOICE_AFTER_END]);
    expect(actor.getSnapshot().value).toBe('disputed');
    expect(effects.slice(-2)).toEqual([letter('dispute'), family('invoice_disputed')]);
    expect(actor.getSnapshot().context.openDisputes?.map((d) => [d.reference, d.disputed.amount])).toEqual([['F-1', 49.95]]);
    for (const event of [EVENTS.CREDIT_NOTE_SENT, EVENTS.DEADLINE_PASSED, EVENTS.CLOSE]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('closed');
  });

  it("sends the urgent collection stop for a collector's letter on a closed contract", () => {
    const { snapshot, effects } = run([...closed, EVENTS.COLLECTION_NOTICE]);
    expect(snapshot.value).toBe('collectionStopRequested');
    expect(effects.slice(-4)).toEqual(COLLECTION[2]);
  });

  it('refuses on a closed contract a bill for the days up to the end date, and every other step', () => {
    const snapshot = run(closed).snapshot;
    expect(snapshot.can({ ...EVENTS.INVOICE_AFTER_END, periodFrom: '2026-11-01', periodTo: '2026-11-30' })).toBe(false);
    for (const event of [EVENTS.COMPLETION_CORRECTED, EVENTS.CLOSE, EVENTS.DEADLINE_PASSED, EVENTS.DISPUTE_RESOLVED, EVENTS.WITHDRAW]) expect({ event: event.type, can: snapshot.can(event) }).toEqual({ event: event.type, can: false });
  });

  it('keeps version 6 as it was: its closed is final', () => {
    const actor = createActor(contractMachineV6, { input: { action: 'cancel' } }).start();
    for (const event of closed) actor.send(event);
    expect(actor.getSnapshot().status).toBe('done');
    expect(contractMachineV6.states.closed.type).toBe('final');
    expect(machines.contract[6]).toBe(contractMachineV6);
    expect(machines.contract[7]).toBe(contractMachineV7);
  });

  it('moves a contract of v1 to v7 to the newest version only when it is closed and a late bill or collection notice is recorded', () => {
    expect(CONTRACT_MACHINE_VERSION).toBe(27);
    for (const version of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      expect({ version, bill: contractVersionForStep(version, 'closed', 'INVOICE_AFTER_END'), collection: contractVersionForStep(version, 'closed', 'COLLECTION_NOTICE') }).toEqual({ version, bill: CONTRACT_MACHINE_VERSION, collection: CONTRACT_MACHINE_VERSION });
      expect({ version, other: contractVersionForStep(version, 'closed', 'DISPUTE_RESOLVED') }).toEqual({ version, other: null });
      // `withCommittee` is v22's alone: a new bill there moves v22 to v23 (comlater), a state no v1 to v17 instance is in.
      for (const state of CONTRACT_STATES.filter((s) => s !== 'closed' && s !== 'withCommittee')) expect({ version, state, to: contractVersionForStep(version, state, 'INVOICE_AFTER_END') }).toEqual({ version, state, to: null });
    }
    // Already on the newest: nothing to move.
    expect(contractVersionForStep(CONTRACT_MACHINE_VERSION, 'closed', 'INVOICE_AFTER_END')).toBeNull();
  });

  it("reads the snapshot of a contract closed on any older version: same state, same context, and the late bill disputed", () => {
    for (const [version, machine] of Object.entries(machines.contract).filter(([v]) => Number(v) < 7)) {
      const old = createActor(machine, { input: { action: 'cancel' } }).start();
      for (const event of closed) old.send(event);
      const stored = JSON.parse(JSON.stringify(old.getPersistedSnapshot()));
      expect({ version, status: stored.status }).toEqual({ version, status: 'done' });
      // As the runtime moves it: the state and context kept, read by the newest version (where closed is not final).
      const moved = contractMachine.resolveState({ value: stored.value, context: stored.context });
      expect({ version, value: moved.value, status: moved.status, context: moved.context }).toEqual({ version, value: 'closed', status: 'active', context: stored.context });
      const { actor, effects } = start({ snapshot: JSON.parse(JSON.stringify(contractMachine.getPersistedSnapshot(moved))) });
      actor.send(EVENTS.INVOICE_AFTER_END);
      expect({ version, value: actor.getSnapshot().value, open: actor.getSnapshot().context.openDisputes?.map((d) => d.reference), effects }).toEqual({
        version,
        value: 'disputed',
        open: ['F-1'],
        effects: [letter('dispute'), family('invoice_disputed')],
      });
    }
  });
});

describe('contract machine v8: a bill nobody answered keeps the contract waiting on the provider, whatever the owner decides about another', () => {
  const oneBill: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END];
  const twoBills: ContractEvent[] = [...oneBill, EVENTS.JANUARY_BILL];
  const f1 = { invoiceReference: 'F-1' };
  const f2 = { invoiceReference: 'F-2' };
  /** Which open bills the provider still owes an answer on, and which it holds to (the owner's to decide). */
  const bills = (s: Pick<Snapshot, 'context'>) => ({ unanswered: unansweredBills(s.context).map((d) => d.reference), held: heldBills(s.context).map((d) => d.reference) });

  it('keeps waiting on the provider, with its term, after a partial credit or a rejection of one of two bills, and alerts the owner of the held one', () => {
    for (const [answer, alert] of [[EVENTS.PARTIAL_CREDIT, 'dispute_partly_credited'], [EVENTS.DISPUTE_REJECTED, 'dispute_rejected']] as const) {
      const { snapshot, effects } = run([...twoBills, { ...answer, ...f1 }]);
      expect({ answer: answer.type, state: snapshot.value, ...bills(snapshot) }).toEqual({ answer: answer.type, state: 'disputed', unanswered: ['F-2'], held: ['F-1'] });
      expect(effects).toContainEqual(owner(alert));
    }
    expect(contractStateMeta('disputed')).toEqual({ deadline: { basis: 'providerSla' }, waitingOn: 'provider' });
    // The same while the complaint about both runs: the provider still owes its answer on F-2.
    const escalated = run([...twoBills, EVENTS.DEADLINE_PASSED, { ...EVENTS.DISPUTE_REJECTED, ...f2 }]).snapshot;
    expect({ state: escalated.value, ...bills(escalated) }).toEqual({ state: 'disputeEscalated', unanswered: ['F-1'], held: ['F-2'] });
  });

  it('complains after the term about the unanswered bill only, then alerts the owner as before', () => {
    const { actor, effects } = run([...twoBills, { ...EVENTS.PARTIAL_CREDIT, ...f1 }, EVENTS.DEADLINE_PASSED]);
    expect({ state: actor.getSnapshot().value, ...bills(actor.getSnapshot()) }).toEqual({ state: 'disputeEscalated', unanswered: ['F-2'], held: ['F-1'] });
    expect(letters(effects)).toEqual(['cancellation', 'dispute', 'dispute', 'dispute_escalation']);
    actor.send(EVENTS.DEADLINE_PASSED);
    expect({ state: actor.getSnapshot().value, last: effects.at(-1) }).toEqual({ state: 'disputeEscalated', last: owner('no_answer_after_dispute_escalation') });
  });

  it('waits on the owner once the last unanswered bill is answered and a held one is left', () => {
    const held = [...twoBills, { ...EVENTS.PARTIAL_CREDIT, ...f1 }];
    for (const answer of [{ ...EVENTS.CREDIT_NOTE_SENT, ...f2 }, { ...EVENTS.INVOICE_WITHDRAWN, ...f2 }, { ...EVENTS.DISPUTE_REJECTED, ...f2 }, { ...EVENTS.PARTIAL_CREDIT, ...f2 }]) {
      for (const before of [held, [...held, EVENTS.DEADLINE_PASSED]]) {
        const { snapshot } = run([...before, answer]);
        expect({ answer, state: snapshot.value, unanswered: bills(snapshot).unanswered }).toEqual({ answer, state: 'disputeRejected', unanswered: [] });
      }
    }
    // The owner settles the held bill first: the other still waits on the provider.
    const settled = run([...held, { ...EVENTS.DISPUTE_RESOLVED, ...f1 }]).snapshot;
    expect({ state: settled.value, ...bills(settled) }).toEqual({ state: 'disputed', unanswered: ['F-2'], held: [] });
  });

  it('waits on the provider for a new bill recorded while another is held, and on the owner again once that one is answered', () => {
    const { actor, effects } = run([...oneBill, EVENTS.DISPUTE_REJECTED, EVENTS.JANUARY_BILL]);
    expect({ state: actor.getSnapshot().value, ...bills(actor.getSnapshot()) }).toEqual({ state: 'disputed', unanswered: ['F-2'], held: ['F-1'] });
    expect(effects.slice(-2)).toEqual([letter('dispute'), family('invoice_disputed')]);
    actor.send({ ...EVENTS.CREDIT_NOTE_SENT, ...f2 });
    expect({ state: actor.getSnapshot().value, ...bills(actor.getSnapshot()) }).toEqual({ state: 'disputeRejected', unanswered: [], held: ['F-1'] });
  });

  it('waits on the provider after a stopped collection while a bill is unanswered, also beside a held one', () => {
    const collecting = run([...twoBills, EVENTS.COLLECTION_NOTICE, { ...EVENTS.DISPUTE_REJECTED, ...f1 }, EVENTS.COLLECTION_STOPPED]).snapshot;
    expect({ state: collecting.value, ...bills(collecting) }).toEqual({ state: 'disputed', unanswered: ['F-2'], held: ['F-1'] });
  });

  it('keeps waiting on the provider when a correction drops the held bill while another is unanswered', () => {
    const { snapshot } = run([...twoBills, { ...EVENTS.DISPUTE_REJECTED, ...f1 }, EVENTS.BILL_CORRECTED_BEFORE_END]);
    expect({ state: snapshot.value, ...bills(snapshot) }).toEqual({ state: 'disputed', unanswered: ['F-2'], held: [] });
  });

  it('keeps version 7 as it was: a held bill handed the contract to the owner, though another was unanswered', () => {
    const actor = createActor(contractMachineV7, { input: { action: 'cancel' } }).start();
    for (const event of [...twoBills, { ...EVENTS.PARTIAL_CREDIT, ...f1 }]) actor.send(event);
    expect({ state: actor.getSnapshot().value, ...bills(actor.getSnapshot()) }).toEqual({ state: 'disputeRejected', unanswered: ['F-2'], held: ['F-1'] });
    expect(machines.contract[7]).toBe(contractMachineV7);
    expect(machines.contract[8]).toBe(contractMachineV8);
  });
});

describe('contract machine v9: a complaint about a rejection', () => {
  const rejected: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REJECT];

  it('sends the complaint, waits four weeks on the provider, and takes its answers as to a request', () => {
    const { actor, effects } = run([...rejected, EVENTS.COMPLAIN]);
    expect({ state: actor.getSnapshot().value, escalations: actor.getSnapshot().context.escalations }).toEqual({ state: 'complained', escalations: 1 });
    expect(letters(effects)).toEqual(['cancellation', 'rejection_complaint']);
    expect(contractStateMeta('complained')).toEqual({ deadline: { basis: 'fixed', businessDays: COMPLAINT_ANSWER_BUSINESS_DAYS }, waitingOn: 'provider' });
    expect(COMPLAINT_ANSWER_BUSINESS_DAYS).toBe(20);
    actor.send(EVENTS.COMPLETE);
    expect({ state: actor.getSnapshot().value, effectiveDate: actor.getSnapshot().context.effectiveDate }).toEqual({ state: 'confirmed', effectiveDate: '2026-11-30' });
  });

  it('is back with the owner when the provider rejects again, with its new reason, and may be complained about or amended', () => {
    const { actor, effects } = run([...rejected, EVENTS.COMPLAIN, { type: 'REJECT', reason: 'The contract was a business contract' }]);
    expect({ state: actor.getSnapshot().value, reason: actor.getSnapshot().context.lastRejectionReason, last: effects.at(-1) }).toEqual({
      state: 'rejected',
      reason: 'The contract was a business contract',
      last: owner('rejected'),
    });
    expect(actor.getSnapshot().can(EVENTS.COMPLAIN) && actor.getSnapshot().can(EVENTS.AMEND)).toBe(true);
  });

  it('alerts the owner when the term passes and sends nothing more to the provider', () => {
    const { actor, effects } = run([...rejected, EVENTS.COMPLAIN, EVENTS.DEADLINE_PASSED]);
    expect({ state: actor.getSnapshot().value, letters: letters(effects), last: effects.at(-1) }).toEqual({ state: 'complained', letters: ['cancellation', 'rejection_complaint'], last: owner('complaint_unanswered') });
    actor.send(EVENTS.WITHDRAW);
    expect({ state: actor.getSnapshot().value, last: letters(effects).at(-1) }).toEqual({ state: 'withdrawn', last: 'withdrawal' });
  });

  it('keeps version 8 as it was: a rejection takes no complaint', () => {
    const actor = createActor(contractMachineV8, { input: { action: 'cancel' } }).start();
    for (const event of rejected) actor.send(event);
    expect({ state: actor.getSnapshot().value, complain: actor.getSnapshot().can(EVENTS.COMPLAIN) }).toEqual({ state: 'rejected', complain: false });
    expect(contractMachineV8.states.complained).toBeUndefined();
    expect(machines.contract[8]).toBe(contractMachineV8);
    expect(machines.contract[9]).toBe(contractMachineV9);
  });
});

describe('contract machine v10: the family hears of every missed term its timeline tells', () => {
  const missed = (machine: typeof contractMachine | typeof contractMachineV9, events: ContractEvent[]) => {
    const actor = createActor(machine, { input: { action: 'cancel' } });
    const effects: ContractEffect[] = [];
    actor.on('*', (effect) => effects.push(effect));
    actor.start();
    for (const event of events) actor.send(event);
    return effects.filter((e) => e.type === 'notify_family').map((e) => e.topic);
  };
  const reminder = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.DEADLINE_PASSED];
  const complaint = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED];

  it('tells the reminder and the complaint about a dispute once each; version 9 keeps them from the family', () => {
    expect(missed(contractMachine, reminder)).toEqual(['requested', 'reminded']);
    expect(missed(contractMachine, complaint)).toEqual(['requested', 'confirmed', 'invoice_disputed', 'dispute_escalated']);
    expect(missed(contractMachineV9, reminder)).toEqual(['requested']);
    expect(missed(contractMachineV9, complaint)).toEqual(['requested', 'confirmed', 'invoice_disputed']);
    expect(machines.contract[10]).toBe(contractMachineV10);
  });
});

describe('contract machine v11: the end date corrected while a bill is open', () => {
  const disputed = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.JANUARY_BILL];
  const endDate = (effectiveDate: string): ContractEvent => ({ type: 'COMPLETION_CORRECTED', effectiveDate, reference: 'KPN-3' });

  it('counts each open bill again from the corrected end date: one billing no day after it is owed and leaves the dispute', () => {
    // 30 November was a typo for 15 January: December (F-1) is owed, half of January (F-2) stays disputed.
    const { snapshot, effects } = run([...disputed, endDate('2027-01-15')]);
    expect(stateOf(snapshot)).toBe('disputed');
    expect(snapshot.context.effectiveDate).toBe('2027-01-15');
    expect(snapshot.context.openDisputes?.map((d) => [d.reference, d.disputed.from, d.disputed.days, d.disputed.amount])).toEqual([['F-2', '2027-01-16', 16, 25.78]]);
    expect(effects.at(-1)).toEqual(family('completion_corrected'));
  });

  it('confirms the contract again once no bill runs past the corrected end date, and disputes more of one after an earlier date', () => {
    expect(stateOf(run([...disputed, endDate('2027-01-31')]).snapshot)).toBe('confirmed');
    const earlier = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, { ...EVENTS.INVOICE_AFTER_END, periodFrom: '2026-11-01' }, endDate('2026-10-31')]).snapshot;
    expect(earlier.context.openDisputes?.map((d) => d.disputed.days)).toEqual([61]);
  });

  it('leaves a bill the provider holds to with the owner, and refuses a date that would take back more than the provider credited', () => {
    const held = run([...disputed, { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-2' }, endDate('2027-01-15')]).snapshot;
    expect(stateOf(held)).toBe('disputeRejected');
    const credited = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.PARTIAL_CREDIT];
    expect(run(credited).snapshot.can(endDate('2026-12-15'))).toBe(true);
    expect(run(credited).snapshot.can(endDate('2026-12-25'))).toBe(false);
    expect(machines.contract[11]).toBe(contractMachineV11);
  });
});

describe('contract machine: persistence', () => {
  it('continues from a JSON round-trip exactly where it was, replaying nothing', () => {
    const { actor } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.DEADLINE_PASSED]);
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = start({ snapshot: stored });
    expect(restored.actor.getSnapshot().value).toBe('reminded');
    expect(restored.actor.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(restored.effects).toEqual([]);

    restored.actor.send(EVENTS.DEADLINE_PASSED);
    expect(restored.actor.getSnapshot().value).toBe('escalated');
    expect(restored.actor.getSnapshot().context).toMatchObject({ remindersSent: 1, escalations: 1 });
    expect(restored.effects).toEqual([letter('escalation'), family('escalated')]);
    expect(restored.actor.getSnapshot().getMeta()).toEqual({ 'contract.escalated': contractStateMeta('escalated') });
  });

  it('keeps the contract action across a round-trip', () => {
    const { actor } = run([EVENTS.DOCUMENTS_COMPLETE], 'transfer');
    const restored = start({ snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) });
    restored.actor.send(EVENTS.REQUEST);
    expect(letters(restored.effects)).toEqual(['transfer']);
  });

  it('round-trips every state', () => {
    for (const state of CONTRACT_STATES) {
      const stored = JSON.parse(JSON.stringify(start({ snapshot: snapshotIn(state) }).actor.getPersistedSnapshot()));
      expect(start({ snapshot: stored }).actor.getSnapshot().value).toBe(state);
    }
  });
});

describe('contract machine: deadlines', () => {
  it('declares who it waits on in every state, and a deadline wherever an answer is owed', () => {
    for (const state of CONTRACT_STATES) {
      const meta = contractStateMeta(state);
      expect(['provider', 'owner', 'nobody']).toContain(meta.waitingOn);
      // Draft and ready wait on documents and on the owner's own decision to send: no clock.
      if (meta.waitingOn === 'provider' || (meta.waitingOn === 'owner' && !['draft', 'ready'].includes(state))) {
        expect({ state, deadline: deadlineFor(state) }).toEqual({ state, deadline: expect.objectContaining({ basis: expect.any(String) }) });
      }
    }
  });

  it('has a deadline exactly where DEADLINE_PASSED is handled, so the scheduler never sends an event the state refuses', () => {
    for (const state of CONTRACT_STATES) {
      expect({ state, handles: snapshotIn(state).can(EVENTS.DEADLINE_PASSED) }).toEqual({ state, handles: deadlineFor(state) !== null });
    }
  });

  it('reads the deadlines from the machine definition', () => {
    expect(deadlineFor('requested')).toEqual({ basis: 'providerSla' });
    expect(deadlineFor('confirmed')).toEqual({ basis: 'afterEndDate', businessDays: QUIET_PERIOD_BUSINESS_DAYS });
    expect(deadlineFor('informationRequested')).toEqual({ basis: 'promised', businessDays: 5 });
    expect(deadlineFor('draft')).toBeNull();
    expect(deadlineFor('closed')).toBeNull();
    expect(deadlineFor('requested')).toBe(contractMachine.states.requested.meta?.deadline);
  });

  it('counts the quiet period from the end date in every version, so no instance settles before its contract ends', () => {
    for (const [version, machine] of Object.entries(machines.contract)) {
      expect({ version, deadline: machine.states.confirmed.meta?.deadline }).toEqual({ version, deadline: { basis: 'afterEndDate', businessDays: QUIET_PERIOD_BUSINESS_DAYS } });
    }
  });
});

describe('contract machine v12: a part answer, a document following later', () => {
  const asked: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, { type: 'REQUEST_INFORMATION', message: 'Graag akte en verklaring', documentsNeeded: ['death_certificate', 'certificate_of_inheritance'] }];
  const part: ContractEvent = { type: 'INFORMATION_SUPPLIED', documentIds: ['akte'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }], suppliedOn: '2026-11-23' };

  it('sends the part at once and keeps the question open for what follows, on the owner with her date as term', () => {
    const { snapshot, effects } = run([...asked, part]);
    expect(snapshot.value).toBe('informationRequested');
    expect(letters(effects)).toEqual(['cancellation', 'information_supplied']);
    expect(snapshot.context.openInformationRequest).toEqual({ message: 'Graag akte en verklaring', documentsNeeded: ['certificate_of_inheritance'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }], partSuppliedOn: '2026-11-23', partEnclosed: true });
    expect(run([...asked, { ...part, documentIds: [], followsLater: [{ kind: 'death_certificate', expectedOn: null }, { kind: 'certificate_of_inheritance', expectedOn: null }] }]).snapshot.context.openInformationRequest?.partEnclosed).toBe(false);
    expect(promisedDateOf(snapshot.context.openInformationRequest)).toBe('2027-01-15');
    expect(contractStateMeta('informationRequested')).toEqual({ deadline: { basis: 'promised', businessDays: OWNER_ANSWER_BUSINESS_DAYS }, waitingOn: 'owner' });
  });

  it('sends the rest as any answer: the request is back with the provider, whose term starts now', () => {
    const { snapshot, effects } = run([...asked, part, EVENTS.DEADLINE_PASSED, { type: 'INFORMATION_SUPPLIED', documentIds: ['verklaring'] }]);
    expect(snapshot.value).toBe('requested');
    expect(letters(effects)).toEqual(['cancellation', 'information_supplied', 'information_supplied']);
    expect(effects).toContainEqual(owner('information_still_needed'));
    expect(snapshot.context.openInformationRequest).toBeNull();
  });

  it('names no date when the owner gave none, and the earliest of several', () => {
    expect(promisedDateOf({ message: 'm', documentsNeeded: ['a'], followsLater: [{ kind: 'a', expectedOn: null }] })).toBeNull();
    expect(promisedDateOf({ message: 'm', documentsNeeded: ['a', 'b'], followsLater: [{ kind: 'a', expectedOn: '2027-03-01' }, { kind: 'b', expectedOn: '2027-02-01' }] })).toBe('2027-02-01');
    expect(promisedDateOf(null)).toBeNull();
  });

  it('keeps version 11 as it was: an answer always sends the request back to the provider', () => {
    const actor = createActor(contractMachineV11, { input: { action: 'cancel' } }).start();
    for (const event of [...asked, part]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('requested');
  });
});

describe('contract machine v13: a request is acknowledged once', () => {
  const acknowledged: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.ACKNOWLEDGE];

  it('refuses a second acknowledgement after the reminder and the complaint, and no longer offers it', () => {
    const reminded = run([...acknowledged, EVENTS.DEADLINE_PASSED]).snapshot;
    expect(stateOf(reminded)).toBe('reminded');
    expect(reminded.can(EVENTS.ACKNOWLEDGE)).toBe(false);
    const { actor, snapshot: escalated } = run([...acknowledged, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]);
    expect(stateOf(escalated)).toBe('escalated');
    expect(escalated.can(EVENTS.ACKNOWLEDGE)).toBe(false);
    expect(acceptedEvents(escalated)).toEqual(['ANSWER_WITHDRAWN', 'COMPLETE', 'DEADLINE_PASSED', 'REJECT', 'REQUEST_INFORMATION', 'WITHDRAW']);
    actor.send(EVENTS.ACKNOWLEDGE);
    expect(stateOf(actor.getSnapshot())).toBe('escalated');
    expect(actor.getSnapshot().context).toEqual(escalated.context);
  });

  it('takes an acknowledgement after a reminder that came before any: the first answer', () => {
    const reminded = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.DEADLINE_PASSED]).snapshot;
    expect(acceptedEvents(reminded)).toContain('ACKNOWLEDGE');
    const { snapshot } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.ACKNOWLEDGE]);
    expect(stateOf(snapshot)).toBe('acknowledged');
    expect(acceptedEvents(snapshot)).not.toContain('ACKNOWLEDGE');
  });

  it('refuses it too once the question it asked after acknowledging is answered', () => {
    const answered = run([...acknowledged, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED]).snapshot;
    expect(stateOf(answered)).toBe('requested');
    expect(answered.can(EVENTS.ACKNOWLEDGE)).toBe(false);
  });

  it('takes one for a request sent again after a rejection: a new request', () => {
    const { snapshot } = run([...acknowledged, EVENTS.REJECT, EVENTS.AMEND, EVENTS.REQUEST]);
    expect(stateOf(snapshot)).toBe('requested');
    expect(snapshot.can(EVENTS.ACKNOWLEDGE)).toBe(true);
  });

  it('keeps version 12 as it was for the instances running on it', () => {
    const actor = createActor(contractMachineV12, { input: { action: 'cancel' } }).start();
    for (const event of [...acknowledged, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.ACKNOWLEDGE]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('acknowledged');
    expect(machines.contract[12]).toBe(contractMachineV12);
  });
});

describe('contract machine v14: a confirmation recorded by mistake taken back', () => {
  const acknowledgedThenConfirmed = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.ACKNOWLEDGE, EVENTS.COMPLETE];
  const takeBack = (backTo: ConfirmedFrom, restored: BeforeConfirmation = { providerReference: 'KPN-1', openInformationRequest: null, acknowledged: true }): ContractEvent => ({
    type: 'TAKE_BACK_CONFIRMATION',
    reason: 'per vergissing vastgelegd',
    backTo,
    restored,
  });

  it('goes back to the state before the confirmation with what the provider had said then, and tells the family', () => {
    const { snapshot, effects } = run([...acknowledgedThenConfirmed, takeBack('acknowledged')]);
    expect(stateOf(snapshot)).toBe('acknowledged');
    expect(snapshot.context).toMatchObject({ effectiveDate: null, finalInvoiceAmount: null, providerReference: 'KPN-1', acknowledged: true });
    expect(effects.at(-1)).toEqual({ type: 'notify_family', topic: 'confirmation_taken_back' });
    // The provider acknowledged before: it cannot acknowledge again (v13), and its answer is awaited as before.
    expect(acceptedEvents(snapshot)).toEqual(['ANSWER_WITHDRAWN', 'COMPLETE', 'DEADLINE_PASSED', 'REJECT', 'REQUEST_INFORMATION', 'WITHDRAW']);
  });

  it('gives a question back to the owner when the confirmation overtook it', () => {
    const question = { message: EVENTS.REQUEST_INFORMATION.message, documentsNeeded: EVENTS.REQUEST_INFORMATION.documentsNeeded };
    const { snapshot } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REQUEST_INFORMATION, EVENTS.COMPLETE, takeBack('informationRequested', { providerReference: null, openInformationRequest: question, acknowledged: false })]);
    expect(stateOf(snapshot)).toBe('informationRequested');
    expect(snapshot.context.openInformationRequest).toEqual(question);
  });

  it('is taken only in confirmed', () => {
    const { snapshot: disputed } = run([...acknowledgedThenConfirmed, EVENTS.INVOICE_AFTER_END]);
    expect(disputed.can(takeBack('acknowledged'))).toBe(false);
    const { snapshot: requested } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST]);
    expect(requested.can(takeBack('requested'))).toBe(false);
  });

  it('moves a contract confirmed on an older version to v14 for this step only', () => {
    for (const version of [1, 5, 12, 13]) {
      expect({ version, to: contractVersionForStep(version, 'confirmed', 'TAKE_BACK_CONFIRMATION') }).toEqual({ version, to: CONTRACT_MACHINE_VERSION });
      expect({ version, to: contractVersionForStep(version, 'settled', 'TAKE_BACK_CONFIRMATION') }).toEqual({ version, to: null });
      expect({ version, to: contractVersionForStep(version, 'confirmed', 'INVOICE_AFTER_END') }).toEqual({ version, to: null });
    }
    expect(contractVersionForStep(CONTRACT_MACHINE_VERSION, 'confirmed', 'TAKE_BACK_CONFIRMATION')).toBeNull();
  });

  it('keeps version 13 as it was: its confirmed takes nothing back', () => {
    const actor = createActor(machines.contract[13], { input: { action: 'cancel' } }).start();
    for (const event of acknowledgedThenConfirmed) actor.send(event);
    expect(actor.getSnapshot().can(takeBack('acknowledged'))).toBe(false);
    expect(machines.contract[13]).toBe(contractMachineV13);
  });
});

describe('contract machine v15: correcting the rejected number withdraws the complaint about that rejection', () => {
  const complained: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.ACKNOWLEDGE, EVENTS.REJECT, EVENTS.COMPLAIN];

  it('leaves the complaint for the request handled again: a new request, not acknowledged, on the usual term of the provider, the family told', () => {
    const { snapshot, effects } = run([...complained, EVENTS.COMPLAINT_WITHDRAWN]);
    expect(stateOf(snapshot)).toBe('requested');
    expect(snapshot.context.acknowledged).toBe(false);
    expect(effects.at(-1)).toEqual(family('complaint_withdrawn'));
    // The machine sends no letter of its own: the correction letter says the complaint is withdrawn.
    expect(letters(effects)).toEqual(['cancellation', 'rejection_complaint']);
    expect(contractStateMeta('requested').deadline).toEqual({ basis: 'providerSla' });
    // The provider may acknowledge the corrected request, and the complaint's term no longer runs: no complaints-body alert follows.
    expect(acceptedEvents(snapshot)).toEqual(['ACKNOWLEDGE', 'ANSWER_WITHDRAWN', 'COMPLETE', 'DEADLINE_PASSED', 'REJECT', 'REQUEST_INFORMATION', 'WITHDRAW']);
    const { effects: later } = run([...complained, EVENTS.COMPLAINT_WITHDRAWN, EVENTS.DEADLINE_PASSED]);
    expect(later.at(-2)).toEqual(letter('reminder'));
    expect(later).not.toContainEqual(owner('complaint_unanswered'));
  });

  it('is taken only while complaining', () => {
    const { snapshot: rejected } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REJECT]);
    expect(rejected.can(EVENTS.COMPLAINT_WITHDRAWN)).toBe(false);
    const { snapshot: requested } = run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST]);
    expect(requested.can(EVENTS.COMPLAINT_WITHDRAWN)).toBe(false);
  });

  it('moves a contract complained on v9 to v14 to the newest version for this step only; the others keep their version', () => {
    for (const version of [9, 12, 13, 14]) {
      expect({ version, to: contractVersionForStep(version, 'complained', 'COMPLAINT_WITHDRAWN') }).toEqual({ version, to: CONTRACT_MACHINE_VERSION });
      expect({ version, to: contractVersionForStep(version, 'complained', 'DEADLINE_PASSED') }).toEqual({ version, to: null });
      expect({ version, to: contractVersionForStep(version, 'rejected', 'COMPLAINT_WITHDRAWN') }).toEqual({ version, to: null });
    }
    expect(contractVersionForStep(CONTRACT_MACHINE_VERSION, 'complained', 'COMPLAINT_WITHDRAWN')).toBeNull();
  });

  it('keeps version 14 as it was: its complaint runs on after a correction', () => {
    const actor = createActor(machines.contract[14], { input: { action: 'cancel' } }).start();
    for (const event of complained) actor.send(event);
    expect(actor.getSnapshot().can(EVENTS.COMPLAINT_WITHDRAWN)).toBe(false);
    expect(machines.contract[14]).toBe(contractMachineV14);
    expect(machines.contract[15]).toBe(contractMachineV15);
  });
});

describe('contract machine v16: a document that answered the question is withdrawn', () => {
  const asked: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, { type: 'REQUEST_INFORMATION', message: 'Graag verklaring en volmacht', documentsNeeded: ['certificate_of_inheritance', 'power_of_attorney'] }];
  const answered: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REQUEST_INFORMATION, { type: 'INFORMATION_SUPPLIED', documentIds: ['verklaring'] }];
  const withdrawn: ContractEvent = { type: 'ANSWER_WITHDRAWN', kinds: ['certificate_of_inheritance'], withdrawnOn: '2027-01-05', message: 'Please send the certificate of inheritance', documentId: 'verklaring' };
  const renewed = { kind: 'certificate_of_inheritance', expectedOn: null, withdrawnOn: '2027-01-05' };

  it('hands the answered question back to the owner, a new one following without a date, and chases the provider no more', () => {
    const { snapshot, effects } = run([...answered, EVENTS.DEADLINE_PASSED, withdrawn]);
    expect(stateOf(snapshot)).toBe('informationRequested');
    expect(snapshot.context.openInformationRequest).toEqual({ message: 'Please send the certificate of inheritance', documentsNeeded: ['certificate_of_inheritance'], followsLater: [renewed] });
    expect(effects.at(-1)).toEqual(owner('answer_withdrawn'));
    // Her usual term (no date given), and no reminder or complaint to the provider while the new one is owed.
    expect(promisedDateOf(snapshot.context.openInformationRequest)).toBeNull();
    const { effects: later } = run([...answered, EVENTS.DEADLINE_PASSED, withdrawn, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]);
    expect(letters(later)).toEqual(['cancellation', 'information_supplied', 'reminder']);
    expect(later.slice(-2)).toEqual([owner('information_still_needed'), owner('information_still_needed')]);
  });

  it('adds the kind to what follows when the question is her move already, keeping the date she gave for the rest', () => {
    const part: ContractEvent = { type: 'INFORMATION_SUPPLIED', documentIds: ['verklaring'], followsLater: [{ kind: 'power_of_attorney', expectedOn: '2027-01-20' }], suppliedOn: '2026-12-04' };
    const { snapshot, effects } = run([...asked, part, withdrawn]);
    expect(stateOf(snapshot)).toBe('informationRequested');
    expect(snapshot.context.openInformationRequest).toEqual({
      message: 'Graag verklaring en volmacht',
      documentsNeeded: ['power_of_attorney', 'certificate_of_inheritance'],
      followsLater: [{ kind: 'power_of_attorney', expectedOn: '2027-01-20' }, renewed],
      partSuppliedOn: '2026-12-04',
      partEnclosed: true,
    });
    expect(letters(effects)).toEqual(['cancellation', 'information_supplied']);
  });

  it('keeps why the new one follows when the owner says once more that it follows later, with or without a date', () => {
    for (const expectedOn of ['2027-01-20', null]) {
      const again: ContractEvent = { type: 'INFORMATION_SUPPLIED', documentIds: [], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn }], suppliedOn: '2027-01-06' };
      const { snapshot } = run([...answered, withdrawn, again]);
      expect(stateOf(snapshot)).toBe('informationRequested');
      expect(snapshot.context.openInformationRequest?.followsLater).toEqual([{ kind: 'certificate_of_inheritance', expectedOn, withdrawnOn: '2027-01-05' }]);
      expect(promisedDateOf(snapshot.context.openInformationRequest)).toBe(expectedOn);
    }
  });

  // answerrest: an "overig" document reopens the items of her own words it was sent as, each under her words, the others as they were.
  it('reopens an item of her own words under those words, leaving another such item that still follows as it was', () => {
    const machtiging = { kind: 'other', expectedOn: '2027-01-20', description: 'de machtiging' };
    const part: ContractEvent = { type: 'INFORMATION_SUPPLIED', documentIds: ['verklaring'], followsLater: [machtiging], suppliedOn: '2026-12-04' };
    const form: ContractEvent = { type: 'ANSWER_WITHDRAWN', kinds: ['other'], descriptions: ['het ingevulde claimformulier'], withdrawnOn: '2027-01-05', message: 'Graag verklaring en volmacht', documentId: 'form' };
    const { snapshot } = run([...asked, part, form]);
    expect(snapshot.context.openInformationRequest?.followsLater).toEqual([machtiging, { kind: 'other', expectedOn: null, description: 'het ingevulde claimformulier', withdrawnOn: '2027-01-05' }]);
    const fromProvider = run([...answered, { ...form, message: 'Please send the claim form' }]).snapshot.context.openInformationRequest;
    expect(fromProvider?.followsLater).toEqual([{ kind: 'other', expectedOn: null, description: 'het ingevulde claimformulier', withdrawnOn: '2027-01-05' }]);
  });

  it('sends the new one as any complete answer: the request is back with the provider, on its term', () => {
    const { snapshot, effects } = run([...answered, withdrawn, { type: 'INFORMATION_SUPPLIED', documentIds: ['nieuwe-verklaring'] }]);
    expect(stateOf(snapshot)).toBe('requested');
    expect(snapshot.context.openInformationRequest).toBeNull();
    expect(letters(effects)).toEqual(['cancellation', 'information_supplied', 'information_supplied']);
  });

  it('changes nothing once the provider gave its final word', () => {
    expect(run([...answered, EVENTS.COMPLETE]).snapshot.can(withdrawn)).toBe(false);
    expect(run([...answered, EVENTS.REJECT]).snapshot.can(withdrawn)).toBe(false);
  });

  it('moves a contract of an older version to the newest for this step only, from the provider’s move or the owner’s question', () => {
    for (const version of [1, 11, 12, 13, 14, 15]) {
      for (const state of ['requested', 'acknowledged', 'reminded', 'escalated', 'informationRequested']) {
        expect({ version, state, to: contractVersionForStep(version, state, 'ANSWER_WITHDRAWN') }).toEqual({ version, state, to: CONTRACT_MACHINE_VERSION });
      }
      expect({ version, to: contractVersionForStep(version, 'confirmed', 'ANSWER_WITHDRAWN') }).toEqual({ version, to: null });
      expect({ version, to: contractVersionForStep(version, 'requested', 'DEADLINE_PASSED') }).toEqual({ version, to: null });
    }
    expect(contractVersionForStep(CONTRACT_MACHINE_VERSION, 'requested', 'ANSWER_WITHDRAWN')).toBeNull();
  });

  it('keeps version 15 as it was: a withdrawn answer leaves the request with the provider', () => {
    const actor = createActor(machines.contract[15], { input: { action: 'cancel' } }).start();
    for (const event of answered) actor.send(event);
    expect(actor.getSnapshot().can(withdrawn)).toBe(false);
    // Moved for the step, the same snapshot takes it on v16.
    const moved = createActor(contractMachine, { snapshot: actor.getSnapshot(), input: { action: 'cancel' } }).start();
    moved.send(withdrawn);
    expect(moved.getSnapshot().value).toBe('informationRequested');
    expect(machines.contract[16]).toBe(contractMachineV16);
  });
});

describe('contract machine v17: a bank that blocked the account waits for the release of the balance', () => {
  const blocked: ContractEvent = { type: 'COMPLETE', effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', balanceReleased: false };
  const released: ContractEvent = { type: 'BALANCE_RELEASED', releasedOn: '2027-01-12', amount: 1234.56 };
  const sent = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST];

  it('waits on the bank, with its term, instead of settling; the family is told of the block', () => {
    const { snapshot, effects } = run([...sent, blocked]);
    expect(stateOf(snapshot)).toBe('blocked');
    expect(snapshot.context.effectiveDate).toBe('2026-11-02');
    expect(effects.at(-1)).toEqual(family('blocked'));
    expect(contractStateMeta('blocked')).toEqual({ deadline: { basis: 'providerSla' }, waitingOn: 'provider' });
  });

  it('v19: reminds the bank in writing when its term passes, then alerts the owner each time the reminder’s term passes, the family once each, with no settling', () => {
    const { snapshot, effects } = run([...sent, blocked, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]);
    expect(stateOf(snapshot)).toBe('releaseOverdue');
    expect(letters(effects)).toEqual(['cancellation', 'release_reminder']);
    expect(effects.slice(-5)).toEqual([letter('release_reminder'), family('reminded'), owner('release_overdue'), family('release_overdue'), owner('release_overdue')]);
    expect(snapshot.context.remindersSent).toBe(1);
    expect(snapshot.context.escalations).toBe(2);
    expect(contractStateMeta('releaseReminded')).toEqual({ deadline: { basis: 'providerSla' }, waitingOn: 'provider' });
    for (const wait of [[EVENTS.DEADLINE_PASSED], [EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]]) expect(stateOf(run([...sent, blocked, ...wait, released]).snapshot)).toBe('confirmed');
    // v18 kept it: the passed term alerted the owner, nothing written to the bank.
    const v18 = createActor(machines.contract[18], { input: { action: 'cancel' } }).start();
    const v18Effects: ContractEffect[] = [];
    v18.on('*', (e) => v18Effects.push(e as ContractEffect));
    for (const event of [...sent, blocked, EVENTS.DEADLINE_PASSED]) v18.send(event);
    expect(v18.getSnapshot().value).toBe('releaseOverdue');
    expect(v18Effects.filter((e) => e.type === 'letter').map((e) => (e as { letterKind: string }).letterKind)).toEqual(['cancellation']);
  });

  it('runs the quiet period once the release is recorded, and settles after it', () => {
    const { snapshot, effects } = run([...sent, blocked, released]);
    expect(stateOf(snapshot)).toBe('confirmed');
    expect(effects.at(-1)).toEqual(family('balance_released'));
    expect(stateOf(run([...sent, blocked, released, EVENTS.DEADLINE_PASSED]).snapshot)).toBe('settled');
  });

  it('confirms as before a block with the release, any other answer, and a release after a question or reminder', () => {
    expect(stateOf(run([...sent, { ...blocked, balanceReleased: true }]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, EVENTS.COMPLETE]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, EVENTS.DEADLINE_PASSED, blocked]).snapshot)).toBe('blocked');
    expect(stateOf(run([...sent, EVENTS.REQUEST_INFORMATION, blocked]).snapshot)).toBe('blocked');
    expect(run([...sent, EVENTS.COMPLETE]).snapshot.can(released)).toBe(false);
  });

  it('returns to the wait it came from once a bill disputed meanwhile is answered: the release is still awaited', () => {
    const credited = run([...sent, blocked, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]);
    expect(stateOf(credited.snapshot)).toBe('blocked');
    expect(credited.effects.at(-1)).toEqual(family('dispute_resolved'));
    expect(stateOf(run([...sent, blocked, EVENTS.DEADLINE_PASSED, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, EVENTS.INVOICE_WITHDRAWN]).snapshot)).toBe('releaseReminded');
    expect(stateOf(run([...sent, blocked, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, EVENTS.INVOICE_WITHDRAWN]).snapshot)).toBe('releaseOverdue');
    expect(stateOf(run([...sent, blocked, EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_REJECTED, EVENTS.DISPUTE_RESOLVED]).snapshot)).toBe('blocked');
    expect(stateOf(run([...sent, blocked, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]).snapshot)).toBe('blocked');
    // Released, then a bill: its answer leads to the quiet period as after any confirmation.
    expect(stateOf(run([...sent, blocked, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT, released]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, blocked, released, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]).snapshot)).toBe('confirmed');
  });

  it('takes a corrected block: released after all ends the wait, a mistyped balance or date keeps it', () => {
    const correction = (fields: object): ContractEvent => ({ type: 'COMPLETION_CORRECTED', effectiveDate: '2026-11-02', reference: 'ING-1', ...fields });
    const released = run([...sent, blocked, EVENTS.DEADLINE_PASSED, correction({ done: 'accountBlocked', balanceReleased: true })]);
    expect(stateOf(released.snapshot)).toBe('confirmed');
    expect(released.effects.at(-1)).toEqual(family('completion_corrected'));
    const retyped = run([...sent, blocked, correction({ effectiveDate: '2026-11-03', done: 'accountBlocked', balanceReleased: false })]);
    expect(stateOf(retyped.snapshot)).toBe('blocked');
    expect(retyped.snapshot.context.effectiveDate).toBe('2026-11-03');
    // Confirmed by the correction, a bill's answer leads to the quiet period: no release is awaited any more.
    expect(stateOf(run([...sent, blocked, correction({ done: 'accountBlocked', balanceReleased: true }), EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]).snapshot)).toBe('confirmed');
  });

  it('takes back a block recorded by mistake to the state before it, with no release awaited after', () => {
    const takeBack: ContractEvent = { type: 'TAKE_BACK_CONFIRMATION', reason: 'verkeerde rekening', backTo: 'requested', restored: { providerReference: null, openInformationRequest: null, acknowledged: false } };
    for (const wait of [[blocked], [blocked, EVENTS.DEADLINE_PASSED]]) {
      const { snapshot, effects } = run([...sent, ...wait, takeBack]);
      expect(stateOf(snapshot)).toBe('requested');
      expect(snapshot.context.effectiveDate).toBeNull();
      expect(effects.at(-1)).toEqual(family('confirmation_taken_back'));
    }
    // Confirmed afterwards, a bill's answer leads to the quiet period.
    expect(stateOf(run([...sent, blocked, takeBack, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.CREDIT_NOTE_SENT]).snapshot)).toBe('confirmed');
  });

  it('keeps version 16 as it was: a block without release is confirmed and settles', () => {
    const actor = createActor(machines.contract[16], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, blocked, EVENTS.DEADLINE_PASSED]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('settled');
    expect(machines.contract[CONTRACT_MACHINE_VERSION]).toBe(contractMachine);
  });

  // v18: a document the bank requires, withdrawn while the release waits, is the owner's to send again; v17 kept the bank's term.
  const requiredWithdrawn: ContractEvent = { type: 'ANSWER_WITHDRAWN', message: '', kinds: ['certificate_of_inheritance'], withdrawnOn: '2026-11-20', release: true };
  it("v18: a required document withdrawn while the release waits is the owner's move; her answer puts the release back on the bank", () => {
    for (const wait of [[], [EVENTS.DEADLINE_PASSED]]) {
      const { actor, snapshot, effects } = run([...sent, blocked, ...wait, requiredWithdrawn]);
      expect(stateOf(snapshot)).toBe('informationRequested');
      expect(snapshot.context.openInformationRequest).toMatchObject({ release: true, documentsNeeded: ['certificate_of_inheritance'] });
      expect(effects.at(-1)).toEqual(owner('answer_withdrawn'));
      // Her term passing alerts her; the bank is not reminded.
      const before = effects.length;
      actor.send(EVENTS.DEADLINE_PASSED);
      expect(stateOf(actor.getSnapshot())).toBe('informationRequested');
      expect(effects.slice(before).some((e) => e.type === 'letter')).toBe(false);
      actor.send({ type: 'INFORMATION_SUPPLIED', documentIds: ['new'] });
      expect(stateOf(actor.getSnapshot())).toBe('blocked');
      expect(effects.slice(before).filter((e) => e.type === 'letter')).toEqual([expect.objectContaining({ letterKind: 'information_supplied' })]);
    }
    const v17 = createActor(machines.contract[17], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, blocked]) v17.send(event);
    expect(v17.getSnapshot().can(requiredWithdrawn)).toBe(false);
  });

  // bankrest: a balance of nil or below leaves nothing to release; the release is recorded while a bank charge is disputed.
  it('v18: an overdrawn or empty account is confirmed, not a wait; a correction to such a balance ends the wait', () => {
    for (const balance of [-50, 0]) {
      const { snapshot } = run([...sent, { ...blocked, balance } as ContractEvent]);
      expect(stateOf(snapshot)).toBe('confirmed');
      expect(snapshot.context.releaseAwaited ?? null).toBeNull();
    }
    expect(stateOf(run([...sent, { ...blocked, balance: null } as ContractEvent]).snapshot)).toBe('blocked');
    const corrected = run([...sent, blocked, { type: 'COMPLETION_CORRECTED', effectiveDate: '2026-11-02', reference: 'B-1', balance: -12.5 }]).snapshot;
    expect(stateOf(corrected)).toBe('confirmed');
    expect(corrected.context.releaseAwaited).toBeNull();
    const v17 = createActor(machines.contract[17], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, { ...blocked, balance: -50 } as ContractEvent]) v17.send(event);
    expect(v17.getSnapshot().value).toBe('blocked');
  });

  it('v19: an overdrawn block corrected to a balance to release waits for the release; a released block or any other confirmation corrected stays confirmed', () => {
    const correction = (fields: object): ContractEvent => ({ type: 'COMPLETION_CORRECTED', effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', ...fields });
    const overdrawn = { ...blocked, balance: -50 } as ContractEvent;
    const { snapshot, effects } = run([...sent, overdrawn, correction({ balance: 120, balanceReleased: false })]);
    expect(stateOf(snapshot)).toBe('blocked');
    expect(snapshot.context.releaseAwaited).toBe('blocked');
    expect(effects.at(-1)).toEqual(family('completion_corrected'));
    // Corrected to nil again from the wait: confirmed, and again to a balance: waiting (bankrest's reverse).
    expect(stateOf(run([...sent, overdrawn, correction({ balance: 120 }), correction({ balance: 0 }), correction({ balance: 5 })]).snapshot)).toBe('blocked');
    expect(stateOf(run([...sent, blocked, correction({ balance: -3 }), correction({ balance: 40 })]).snapshot)).toBe('blocked');
    // Released, or corrected as released, or a confirmation that was no block: the correction keeps it confirmed.
    expect(stateOf(run([...sent, blocked, released, correction({ balance: 1300 })]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, overdrawn, correction({ balance: 120, balanceReleased: true })]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, EVENTS.COMPLETE, correction({ balance: 120 })]).snapshot)).toBe('confirmed');
    // v18 kept it confirmed.
    const v18 = createActor(machines.contract[18], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, overdrawn, correction({ balance: 120, balanceReleased: false })]) v18.send(event);
    expect(v18.getSnapshot().value).toBe('confirmed');
  });

  it('v18: the release is recorded while a bank charge is disputed; the dispute then ends in the quiet period', () => {
    const { actor, snapshot, effects } = run([...sent, blocked, EVENTS.INVOICE_AFTER_END]);
    expect(stateOf(snapshot)).toBe('disputed');
    expect(snapshot.can({ type: 'BALANCE_RELEASED', releasedOn: '2026-12-01' })).toBe(true);
    actor.send({ type: 'BALANCE_RELEASED', releasedOn: '2026-12-01' });
    expect(stateOf(actor.getSnapshot())).toBe('disputed');
    expect(actor.getSnapshot().context.releaseAwaited).toBeNull();
    expect(effects.at(-1)).toEqual(family('balance_released'));
    expect(actor.getSnapshot().can({ type: 'BALANCE_RELEASED', releasedOn: '2026-12-01' })).toBe(false);
    actor.send(EVENTS.CREDIT_NOTE_SENT);
    expect(stateOf(actor.getSnapshot())).toBe('confirmed');
    // A dispute with no release awaited takes none.
    expect(run([...sent, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END]).snapshot.can({ type: 'BALANCE_RELEASED', releasedOn: '2026-12-01' })).toBe(false);
  });

  it('v20: a provider takes back its rejection while the owner has not answered it: waiting on it again as before the rejection, on a fresh term, no letter', () => {
    const withdrawn = EVENTS.REJECTION_WITHDRAWN;
    const { snapshot, effects } = run([...sent, EVENTS.REJECT, withdrawn]);
    expect(stateOf(snapshot)).toBe('requested');
    expect(snapshot.context.lastRejectionReason).toBeNull();
    expect(effects.slice(-2)).toEqual([owner('rejection_withdrawn'), family('rejection_withdrawn')]);
    expect(letters(effects)).toEqual(['cancellation']);
    // A fresh term of a first request's length (`providerSla`), as the state's own.
    expect(deadlineFor('requested')).toEqual({ basis: 'providerSla' });
    // Acknowledged before it rejected: acknowledged again, and it cannot acknowledge a second time.
    const acknowledged = run([...sent, EVENTS.ACKNOWLEDGE, EVENTS.REJECT, withdrawn]).snapshot;
    expect(stateOf(acknowledged)).toBe('acknowledged');
    expect(acknowledged.can(EVENTS.ACKNOWLEDGE)).toBe(false);
    // Its answer from there: complete, or its term passing reminds it as a first term.
    expect(stateOf(run([...sent, EVENTS.REJECT, withdrawn, EVENTS.COMPLETE]).snapshot)).toBe('confirmed');
    const reminded = run([...sent, EVENTS.ACKNOWLEDGE, EVENTS.REJECT, withdrawn, EVENTS.DEADLINE_PASSED]);
    expect(stateOf(reminded.snapshot)).toBe('reminded');
    expect(letters(reminded.effects)).toEqual(['cancellation', 'reminder']);
    // Once the owner amended, withdrew or complained, the rejection is hers: no longer taken.
    for (const answered of [EVENTS.AMEND, EVENTS.WITHDRAW, EVENTS.COMPLAIN]) expect(run([...sent, EVENTS.REJECT, answered]).snapshot.can(withdrawn)).toBe(false);
    // v19 keeps its version and has no such step.
    const v19 = createActor(machines.contract[19], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, EVENTS.REJECT]) v19.send(event);
    expect(v19.getSnapshot().can(withdrawn)).toBe(false);
    expect(contractVersionForStep(19, 'rejected', 'REJECTION_WITHDRAWN')).toBeNull();
  });

  it('v21: a collection stopped while our complaint about a bill runs waits on that complaint: no second complaint', () => {
    const complained = [...sent, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED];
    const complaints = (effects: ContractEffect[]) => letters(effects).filter((kind) => kind === 'dispute_escalation').length;
    const stopped = run([...complained, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]);
    expect(stateOf(stopped.snapshot)).toBe('disputeEscalated');
    expect(stopped.effects.at(-1)).toEqual(family('collection_stopped'));
    // Its term passing is the owner's call or the complaints body, as after the complaint: no letter goes again.
    stopped.actor.send(EVENTS.DEADLINE_PASSED);
    expect({ complaints: complaints(stopped.effects), last: stopped.effects.at(-1) }).toEqual({ complaints: 1, last: owner('no_answer_after_dispute_escalation') });
    // A bill recorded after the complaint was not named in it: it waits on the provider's answer, and the complaint after its term names it.
    const later = run([...complained, EVENTS.JANUARY_BILL, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED, EVENTS.DEADLINE_PASSED]);
    expect({ state: stateOf(later.snapshot), complaints: complaints(later.effects) }).toEqual({ state: 'disputeEscalated', complaints: 2 });
    // v20 keeps its version: the stop sent the bill back to `disputed`, and its term sent the same complaint again.
    const v20 = createActor(machines.contract[20], { input: { action: 'cancel' } });
    const v20Effects: ContractEffect[] = [];
    v20.on('*', (effect) => v20Effects.push(effect));
    v20.start();
    for (const event of [...complained, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED, EVENTS.DEADLINE_PASSED]) v20.send(event);
    expect({ state: v20.getSnapshot().value, complaints: complaints(v20Effects) }).toEqual({ state: 'disputeEscalated', complaints: 2 });
  });

  it('v23: a drop recorded by mistake is undone: the bill stands again in the state it had, the family told; v22 keeps the drop', () => {
    const disputed = [...sent, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END];
    const dropped = run([...disputed, { type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew' }]);
    expect(stateOf(dropped.snapshot)).toBe('confirmed');
    const bill = run(disputed).snapshot.context.openDisputes!;
    const undone: ContractEvent = { type: 'DROP_UNDONE', invoiceReference: 'F-1', backTo: 'disputed', restored: { openDisputes: bill, disputeRejectionReason: null } };
    dropped.actor.send(undone);
    const after = dropped.actor.getSnapshot();
    expect({ state: stateOf(after), bills: after.context.openDisputes!.map((d) => d.reference), told: dropped.effects.at(-1) }).toEqual({ state: 'disputed', bills: ['F-1'], told: family('drop_undone') });
    // Back in `disputed` it is followed as before: its term passing sends the complaint.
    dropped.actor.send(EVENTS.DEADLINE_PASSED);
    expect(letters(dropped.effects).at(-1)).toBe('dispute_escalation');
    // Held to by the provider before the drop: back to the owner's decision, with the provider's reason.
    const held = run([...disputed, EVENTS.DISPUTE_REJECTED]);
    const heldBill = held.snapshot.context;
    held.actor.send({ type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew' });
    held.actor.send({ type: 'DROP_UNDONE', backTo: 'disputeRejected', restored: { openDisputes: heldBill.openDisputes!, disputeRejectionReason: heldBill.disputeRejectionReason ?? null } });
    expect({ state: stateOf(held.actor.getSnapshot()), reason: held.actor.getSnapshot().context.disputeRejectionReason }).toEqual({ state: 'disputeRejected', reason: 'December was used' });
    // Not from a state no drop leads to, and v22 keeps its version: the drop stands there.
    expect(run(sent).snapshot.can(undone)).toBe(false);
    const v22 = createActor(machines.contract[22], { input: { action: 'cancel' } }).start();
    for (const event of [...disputed, { type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew' } as ContractEvent]) v22.send(event);
    expect(v22.getSnapshot().can(undone)).toBe(false);
    expect(contractVersionForStep(22, 'confirmed', 'DROP_UNDONE')).toBeNull();
  });

  it('v21: a release recorded by mistake, corrected to not released, waits for the release again: the bank on its term, then reminded, and the release recorded again', () => {
    const notReleased: ContractEvent = { type: 'COMPLETION_CORRECTED', effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', balance: 1200, balanceReleased: false, corrected: [{ field: 'balanceReleased', from: true, to: false }] };
    const { snapshot, effects } = run([...sent, blocked, released, notReleased]);
    expect(stateOf(snapshot)).toBe('blocked');
    expect(snapshot.context.releaseAwaited).toBe('blocked');
    expect(effects.at(-1)).toEqual(family('completion_corrected'));
    expect(deadlineFor('blocked')).toEqual({ basis: 'providerSla' });
    // Its term passing chases the bank; the release is recorded again as any.
    expect(letters(run([...sent, blocked, released, notReleased, EVENTS.DEADLINE_PASSED]).effects).at(-1)).toBe('release_reminder');
    expect(stateOf(run([...sent, blocked, released, notReleased, released]).snapshot)).toBe('confirmed');
    // A correction that keeps the release, or leaves nothing to release, keeps it confirmed.
    expect(stateOf(run([...sent, blocked, released, { ...notReleased, balanceReleased: true }]).snapshot)).toBe('confirmed');
    expect(stateOf(run([...sent, blocked, released, { ...notReleased, balance: 0 }]).snapshot)).toBe('confirmed');
    // v20 keeps its version: it stayed confirmed beside "not released".
    const v20 = createActor(machines.contract[20], { input: { action: 'cancel' } }).start();
    for (const event of [...sent, blocked, released, notReleased]) v20.send(event);
    expect(stateOf(v20.getSnapshot())).toBe('confirmed');
    expect(contractVersionForStep(20, 'confirmed', 'COMPLETION_CORRECTED')).toBeNull();
  });
});

describe('contract machine v23 (comlater): a bill with the complaints body stays with it while the rest of the contract moves on', () => {
  const sent: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE];
  const filed = (invoiceReference: string): ContractEvent => ({ ...EVENTS.COMMITTEE_FILED, invoiceReference });
  const rejected = (invoiceReference: string): ContractEvent => ({ ...EVENTS.DISPUTE_REJECTED, invoiceReference });
  const decided: ContractEvent = {
    type: 'DISPUTE_RESOLVED',
    invoiceReference: 'F-1',
    outcome: null,
    committee: { ...EVENTS.COMMITTEE_FILED, decision: 'billDropped', decidedOn: '2027-03-01', amount: null },
  };
  // F-1 held to by the provider, then taken to the body.
  const withBody = [...sent, EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_REJECTED, filed('F-1')];
  const bills = (s: Pick<Snapshot, 'context'>) => ({
    body: (s.context.openDisputes ?? []).filter((d) => d.committee).map((d) => d.reference),
    unanswered: unansweredBills(s.context).map((d) => d.reference),
    held: heldBills(s.context).map((d) => d.reference),
  });
  const onVersion = (version: number, events: ContractEvent[]) => {
    const actor = createActor(machines.contract[version], { input: { action: 'cancel' } }).start();
    for (const event of events) actor.send(event);
    return stateOf(actor.getSnapshot());
  };

  it('disputes a new bill as usual beside the body’s bill, and waits on the body again once the new bill is answered', () => {
    const { snapshot, effects } = run([...withBody, EVENTS.JANUARY_BILL]);
    expect({ state: stateOf(snapshot), letter: letters(effects).at(-1), ...bills(snapshot) }).toEqual({ state: 'disputed', letter: 'dispute', body: ['F-1'], unanswered: ['F-2'], held: [] });
    const withdrawn = run([...withBody, EVENTS.JANUARY_BILL, { type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-2' }]);
    expect({ state: stateOf(withdrawn.snapshot), ...bills(withdrawn.snapshot) }).toEqual({ state: 'withCommittee', body: ['F-1'], unanswered: [], held: [] });
    // v22 keeps its version: the body's bill became the owner's to decide again.
    expect(onVersion(22, [...withBody, EVENTS.JANUARY_BILL, { type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-2' }])).toBe('disputeRejected');
    expect(contractVersionForStep(22, 'withCommittee', 'INVOICE_AFTER_END')).toBe(CONTRACT_MACHINE_VERSION);
  });

  it('lands the body’s decision on its bill while the new bill still waits on the provider', () => {
    const { snapshot } = run([...withBody, EVENTS.JANUARY_BILL, decided]);
    expect({ state: stateOf(snapshot), ...bills(snapshot) }).toEqual({ state: 'disputed', body: [], unanswered: ['F-2'], held: [] });
  });

  it('hands a new bill the provider holds to to the owner, the body’s bill staying with the body', () => {
    // F-1 went to the body after our complaint went unanswered: it carries no rejection.
    const escalated = [...sent, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, filed('F-1'), EVENTS.JANUARY_BILL, rejected('F-2')];
    const { snapshot } = run(escalated);
    expect({ state: stateOf(snapshot), ...bills(snapshot) }).toEqual({ state: 'disputeRejected', body: ['F-1'], unanswered: [], held: ['F-2'] });
    expect(stateOf(run([...escalated, { type: 'DISPUTE_RESOLVED', invoiceReference: 'F-2', outcome: 'payFromEstate' }]).snapshot)).toBe('withCommittee');
    // v22 keeps its version: it kept waiting on the provider for the body's bill.
    expect(onVersion(22, escalated)).toBe('disputed');
  });

  it('files one bill beside another that keeps its state and its term; the last one answered leaves the contract with the body', () => {
    const both = [...sent, EVENTS.INVOICE_AFTER_END, EVENTS.JANUARY_BILL, rejected('F-1'), rejected('F-2')];
    const { snapshot, effects } = run([...both, filed('F-1')]);
    expect({ state: stateOf(snapshot), family: effects.at(-1), ...bills(snapshot) }).toEqual({ state: 'disputeRejected', family: family('committee_filed'), body: ['F-1'], unanswered: [], held: ['F-2'] });
    expect(TERM_KEEPING_EVENTS).toContain('COMMITTEE_FILED');
    expect(stateOf(run([...both, filed('F-1'), { type: 'DISPUTE_RESOLVED', invoiceReference: 'F-2', outcome: 'payFromEstate' }]).snapshot)).toBe('withCommittee');
    expect(onVersion(22, [...both, filed('F-1')])).toBe('withCommittee');
  });

  it('keeps the body’s bill with the body after a part credit on it (the provider’s offer); on another bill that bill is the owner’s to decide', () => {
    const offer: ContractEvent = { type: 'CREDIT_NOTE_SENT', amount: 20, invoiceReference: 'F-1' };
    const { snapshot } = run([...withBody, offer]);
    expect({ state: stateOf(snapshot), credited: snapshot.context.openDisputes?.[0].credited, ...bills(snapshot) }).toEqual({ state: 'withCommittee', credited: 20, body: ['F-1'], unanswered: [], held: [] });
    expect(onVersion(22, [...withBody, offer])).toBe('disputeRejected');
    const other = run([...withBody, EVENTS.JANUARY_BILL, { type: 'CREDIT_NOTE_SENT', amount: 20, invoiceReference: 'F-2' }]).snapshot;
    expect({ state: stateOf(other), ...bills(other) }).toEqual({ state: 'disputeRejected', body: ['F-1'], unanswered: [], held: ['F-2'] });
  });
});

describe('contract machine v24 (comlater2): the provider’s answers leave the complaints body’s bill with the body', () => {
  const sent: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE];
  const filed = (invoiceReference: string): ContractEvent => ({ ...EVENTS.COMMITTEE_FILED, invoiceReference });
  const rejected = (invoiceReference: string): ContractEvent => ({ ...EVENTS.DISPUTE_REJECTED, invoiceReference });
  // F-1 held to by the provider, then taken to the body; and F-1 taken to the body after our complaint went unanswered.
  const heldThenFiled = [...sent, EVENTS.INVOICE_AFTER_END, EVENTS.DISPUTE_REJECTED, filed('F-1')];
  const complainedThenFiled = [...sent, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, filed('F-1')];
  const onVersion = (version: number, events: ContractEvent[]) => {
    const actor = createActor(machines.contract[version], { input: { action: 'cancel' } }).start();
    for (const event of events) actor.send(event);
    return actor.getSnapshot();
  };

  it('waits on the body again once a collection stop is answered with only the body’s bills open; v23 sent it to her or the provider', () => {
    for (const filedAfter of [heldThenFiled, complainedThenFiled]) {
      const { snapshot, effects } = run([...filedAfter, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]);
      expect({ state: stateOf(snapshot), family: effects.at(-1), body: snapshot.context.openDisputes?.filter((d) => d.committee).map((d) => d.reference) }).toEqual({ state: 'withCommittee', family: family('collection_stopped'), body: ['F-1'] });
    }
    expect(stateOf(onVersion(23, [...heldThenFiled, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]))).toBe('disputeRejected');
    expect(stateOf(onVersion(23, [...complainedThenFiled, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED]))).toBe('disputeEscalated');
    // A bill beside the body's that nobody answered still waits on the provider after the stop.
    const beside = run([...complainedThenFiled, EVENTS.COLLECTION_NOTICE, EVENTS.JANUARY_BILL, EVENTS.COLLECTION_STOPPED]).snapshot;
    expect({ state: stateOf(beside), unanswered: unansweredBills(beside.context).map((d) => d.reference) }).toEqual({ state: 'disputed', unanswered: ['F-2'] });
  });

  it('records the provider holding to the body’s bill where the contract is, asking nothing of her; v23 handed it to her', () => {
    const { snapshot, effects } = run([...complainedThenFiled, rejected('F-1')]);
    // Nothing said after the filing's news to the family: no alert that she decides.
    expect({ state: stateOf(snapshot), reason: snapshot.context.openDisputes?.[0].rejectionReason, held: heldBills(snapshot.context), last: effects.at(-1) }).toEqual({ state: 'withCommittee', reason: EVENTS.DISPUTE_REJECTED.reason, held: [], last: owner('committee_bill_rejected') });
    expect(stateOf(onVersion(23, [...complainedThenFiled, rejected('F-1')]))).toBe('disputeRejected');
    // Beside a new bill still waiting on the provider: the contract keeps waiting on it; a rejection of that bill is hers as always.
    const besideNew = run([...complainedThenFiled, EVENTS.JANUARY_BILL, rejected('F-1')]).snapshot;
    expect({ state: stateOf(besideNew), unanswered: unansweredBills(besideNew.context).map((d) => d.reference) }).toEqual({ state: 'disputed', unanswered: ['F-2'] });
    expect(stateOf(run([...complainedThenFiled, EVENTS.JANUARY_BILL, rejected('F-1'), rejected('F-2')]).snapshot)).toBe('disputeRejected');
  });

  it('moves v22 and v23 to the newest version by these steps only; older versions keep theirs', () => {
    expect({ rejected: contractVersionForStep(23, 'withCommittee', 'DISPUTE_REJECTED'), stopped: contractVersionForStep(22, 'collectionStopRequested', 'COLLECTION_STOPPED') }).toEqual({ rejected: CONTRACT_MACHINE_VERSION, stopped: CONTRACT_MACHINE_VERSION });
    expect({ rejected: contractVersionForStep(21, 'disputed', 'DISPUTE_REJECTED'), stopped: contractVersionForStep(5, 'collectionStopRequested', 'COLLECTION_STOPPED') }).toEqual({ rejected: null, stopped: null });
  });
});

describe('contract machine v25 (comlater3): the owner hears that the provider holds to the complaints body’s bill', () => {
  const filedThenRejected = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, { ...EVENTS.COMMITTEE_FILED, invoiceReference: 'F-1' }];
  const onVersion = (version: number, events: ContractEvent[]) => {
    const actor = createActor(machines.contract[version], { input: { action: 'cancel' } });
    const effects: unknown[] = [];
    actor.on('*', (e) => effects.push(e));
    actor.start();
    for (const event of events) actor.send(event);
    return effects;
  };

  it('alerts her once, where the contract is, beside a new bill too; v24 told nobody; a rejection of the other bill is hers as always', () => {
    const rejected = { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-1' };
    for (const before of [filedThenRejected, [...filedThenRejected, EVENTS.JANUARY_BILL]]) {
      const { snapshot, effects } = run([...before, rejected]);
      expect({ state: stateOf(snapshot), last: effects.at(-1) }).toEqual({ state: stateOf(run(before).snapshot), last: owner('committee_bill_rejected') });
    }
    expect(onVersion(24, [...filedThenRejected, rejected])).toEqual(onVersion(24, filedThenRejected));
    expect(run([...filedThenRejected, EVENTS.JANUARY_BILL, { ...EVENTS.DISPUTE_REJECTED, invoiceReference: 'F-2' }]).effects.at(-1)).toEqual(owner('dispute_rejected'));
    expect(contractVersionForStep(24, 'disputed', 'DISPUTE_REJECTED')).toBe(CONTRACT_MACHINE_VERSION);
  });
});

describe('contract machine v26 (comcorr): the filing with the complaints body is corrected', () => {
  const filed = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.DEADLINE_PASSED, { ...EVENTS.COMMITTEE_FILED, invoiceReference: 'F-1' }];
  const corrected = { type: 'COMMITTEE_FILING_CORRECTED' as const, invoiceReference: 'F-1', filedOn: '2027-01-29', caseNumber: 'GC-2' };

  it('puts the corrected day and case number on the body’s bill, keeping the state and its body; v25 took no correction', () => {
    const before = run(filed).snapshot;
    const { snapshot } = run([...filed, corrected]);
    expect({ state: stateOf(snapshot), committee: snapshot.context.openDisputes?.[0].committee }).toEqual({ state: 'withCommittee', committee: { ...before.context.openDisputes?.[0].committee, filedOn: '2027-01-29', caseNumber: 'GC-2' } });
    expect(Object.keys(machines.contract[25].states.withCommittee.on)).not.toContain('COMMITTEE_FILING_CORRECTED');
    expect(contractVersionForStep(25, 'withCommittee', 'COMMITTEE_FILING_CORRECTED')).toBe(CONTRACT_MACHINE_VERSION);
    expect(contractVersionForStep(21, 'disputeRejected', 'COMMITTEE_FILING_CORRECTED')).toBeNull();
  });

  it('takes no correction of a bill the body does not have, nor outside `withCommittee`', () => {
    const other = run([...filed, { ...corrected, invoiceReference: 'F-9' }]).snapshot;
    expect(other.context.openDisputes?.[0].committee?.caseNumber).toBe(run(filed).snapshot.context.openDisputes?.[0].committee?.caseNumber);
    expect(run(filed.slice(0, -1)).snapshot.can(corrected)).toBe(false);
  });
});

describe('contract machine v26 (complaintinfo): the answer to a question asked during a complaint returns to the complaint', () => {
  const complained: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REJECT, EVENTS.COMPLAIN];
  const askedAndAnswered = [...complained, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED];
  const onVersion = (version: number, events: ContractEvent[]) => {
    const actor = createActor(machines.contract[version], { input: { action: 'cancel' } }).start();
    for (const event of events) actor.send(event);
    return stateOf(actor.getSnapshot());
  };

  it('sends her answer and waits on the complaint again, the rejection quoted, its term that of the complaint; v25 made it an ordinary request', () => {
    const { snapshot, effects } = run(askedAndAnswered);
    expect({ state: stateOf(snapshot), reason: snapshot.context.lastRejectionReason, question: snapshot.context.openInformationRequest, letters: letters(effects) }).toEqual({
      state: 'complained',
      reason: EVENTS.REJECT.reason,
      question: null,
      letters: ['cancellation', 'rejection_complaint', 'information_supplied'],
    });
    // Entered afresh, so the runtime counts the complaint's four weeks from the answer's day.
    expect(deadlineFor('complained')).toEqual({ basis: 'fixed', businessDays: COMPLAINT_ANSWER_BUSINESS_DAYS });
    expect(onVersion(25, askedAndAnswered)).toBe('requested');
  });

  it('makes a missed term the complaint’s next step (her call), not a reminder to the provider', () => {
    const { snapshot, effects } = run([...askedAndAnswered, EVENTS.DEADLINE_PASSED]);
    expect({ state: stateOf(snapshot), last: effects.at(-1), letters: letters(effects).at(-1) }).toEqual({ state: 'complained', last: owner('complaint_unanswered'), letters: 'information_supplied' });
  });

  it('keeps the question open after a part answer, and returns to the complaint with the rest', () => {
    const followsLater = [{ kind: 'certificate_of_inheritance', expectedOn: null }];
    const part = run([...complained, EVENTS.REQUEST_INFORMATION, { type: 'INFORMATION_SUPPLIED', followsLater } as ContractEvent]).snapshot;
    expect(stateOf(part)).toBe('informationRequested');
    expect(stateOf(run([...complained, EVENTS.REQUEST_INFORMATION, { type: 'INFORMATION_SUPPLIED', followsLater } as ContractEvent, EVENTS.INFORMATION_SUPPLIED]).snapshot)).toBe('complained');
  });

  it('returns a question asked elsewhere to the request, however the contract once complained', () => {
    for (const before of [[EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST], [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.DEADLINE_PASSED, EVENTS.DEADLINE_PASSED]]) {
      expect(stateOf(run([...before, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED]).snapshot)).toBe('requested');
    }
    // Asked during the complaint, then rejected, amended and sent again: the new request's question is no complaint's.
    const again = [...complained, EVENTS.REQUEST_INFORMATION, EVENTS.REJECT, EVENTS.AMEND, EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED];
    expect(stateOf(run(again).snapshot)).toBe('requested');
  });

  it('keeps v25’s waiting question on v25: no moving step', () => {
    expect(contractVersionForStep(25, 'informationRequested', 'INFORMATION_SUPPLIED')).toBeNull();
    expect(machines.contract[25] === contractMachine).toBe(false);
  });
});

describe('contract machine v27 (claimundo): a claim dropped whole is undone on the provider\'s word', () => {
  const collecting: ContractEvent[] = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.COLLECTION_NOTICE];
  const claimDropped: ContractEvent[] = [{ type: 'COLLECTION_STOPPED', note: null, claimDropped: { bills: [{ reference: 'F-1', amount: 30 }] } } as ContractEvent, { type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-1', note: null, ofDroppedClaim: true } as ContractEvent];

  it('goes back to our collection stop with the bills as before it, the family told, and is followed as a stop again', () => {
    const before = run(collecting).snapshot;
    const dropped = run([...collecting, ...claimDropped]);
    expect({ state: stateOf(dropped.snapshot), bills: dropped.snapshot.context.openDisputes }).toEqual({ state: 'confirmed', bills: [] });
    dropped.actor.send({ type: 'CLAIM_DROP_UNDONE', restored: { openDisputes: before.context.openDisputes!, disputeRejectionReason: null }, receivedVia: 'phone', toldOn: '2026-12-09' });
    const after = dropped.actor.getSnapshot();
    expect({ state: stateOf(after), bills: after.context.openDisputes!.map((d) => d.reference), told: dropped.effects.at(-1) }).toEqual({ state: 'collectionStopRequested', bills: ['F-1'], told: family('drop_undone') });
    // Waiting on the stop again: the provider's word that the collection stopped is taken as before.
    dropped.actor.send(EVENTS.COLLECTION_STOPPED);
    expect(stateOf(dropped.actor.getSnapshot())).toBe('disputed');
  });

  it('is taken only where a claim\'s drop leads; v26 took none, and v19 to v26 move by it', () => {
    const undone: ContractEvent = { type: 'CLAIM_DROP_UNDONE', restored: { openDisputes: [], disputeRejectionReason: null } };
    expect(run(collecting).snapshot.can(undone)).toBe(false);
    expect(run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST]).snapshot.can(undone)).toBe(false);
    expect(Object.keys(machines.contract[26].states.confirmed.on)).not.toContain('CLAIM_DROP_UNDONE');
    expect(contractVersionForStep(26, 'confirmed', 'CLAIM_DROP_UNDONE')).toBe(27);
    expect(contractVersionForStep(19, 'disputeRejected', 'CLAIM_DROP_UNDONE')).toBe(27);
    expect(contractVersionForStep(18, 'confirmed', 'CLAIM_DROP_UNDONE')).toBeNull();
    expect(contractVersionForStep(26, 'requested', 'CLAIM_DROP_UNDONE')).toBeNull();
  });
});

describe('contract machine v27 (agencyundo): the agency’s own stop undone, and an answer withdrawn during a complaint', () => {
  const undone: ContractEvent = { type: 'AGENCY_STOP_UNDONE', agency: 'Incasso Noord', stoppedOn: '2027-01-12', receivedVia: 'post', toldOn: '2027-01-14' };
  const stopAsked = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.COMPLETE, EVENTS.INVOICE_AFTER_END, EVENTS.COLLECTION_NOTICE];
  const onVersion = (version: number, events: ContractEvent[]) => {
    const actor = createActor(machines.contract[version], { input: { action: 'cancel' } }).start();
    for (const event of events) actor.send(event);
    return actor.getSnapshot();
  };

  it('waits on our stop again, the bills as they stood, and tells the family; v26 kept the stop', () => {
    const before = run(stopAsked).snapshot;
    const stopped = run([...stopAsked, EVENTS.COLLECTION_STOPPED]).snapshot;
    expect(stateOf(stopped)).toBe('disputed');
    const { snapshot, effects } = run([...stopAsked, EVENTS.COLLECTION_STOPPED, undone]);
    expect({ state: stateOf(snapshot), bills: snapshot.context.openDisputes, last: effects.at(-1) }).toEqual({ state: 'collectionStopRequested', bills: before.context.openDisputes, last: family('agency_stop_undone') });
    expect(stateOf(onVersion(26, [...stopAsked, EVENTS.COLLECTION_STOPPED, undone]))).toBe('disputed');
  });

  it('is taken in every state the stop leads to, and nowhere else', () => {
    // Nothing open: the quiet period; the provider's held bill: her decision.
    const quiet = [...stopAsked.slice(0, 3), EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED];
    expect(stateOf(run(quiet).snapshot)).toBe('confirmed');
    expect(stateOf(run([...quiet, undone]).snapshot)).toBe('collectionStopRequested');
    const held = [...stopAsked.slice(0, 4), EVENTS.DISPUTE_REJECTED, EVENTS.COLLECTION_NOTICE, EVENTS.COLLECTION_STOPPED];
    expect(stateOf(run(held).snapshot)).toBe('disputeRejected');
    expect(stateOf(run([...held, undone]).snapshot)).toBe('collectionStopRequested');
    expect(run(stopAsked).snapshot.can(undone)).toBe(false);
    expect(run(stopAsked.slice(0, 3)).snapshot.can(undone)).toBe(true);
    expect(run([EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST]).snapshot.can(undone)).toBe(false);
  });

  it('moves v22 to v26 by the undo from the states the stop leads to; older versions keep theirs', () => {
    expect(AGENCY_STOPPED_INTO.map((state) => contractVersionForStep(22, state, 'AGENCY_STOP_UNDONE'))).toEqual(AGENCY_STOPPED_INTO.map(() => 27));
    expect({ older: contractVersionForStep(21, 'disputed', 'AGENCY_STOP_UNDONE'), elsewhere: contractVersionForStep(26, 'requested', 'AGENCY_STOP_UNDONE') }).toEqual({ older: null, elsewhere: null });
  });

  it('reopens the question answered during the complaint, her new answer returning to the complaint; v26 kept it answered', () => {
    const answeredDuring = [EVENTS.DOCUMENTS_COMPLETE, EVENTS.REQUEST, EVENTS.REJECT, EVENTS.COMPLAIN, EVENTS.REQUEST_INFORMATION, EVENTS.INFORMATION_SUPPLIED];
    const { snapshot, effects } = run([...answeredDuring, EVENTS.ANSWER_WITHDRAWN]);
    expect({ state: stateOf(snapshot), asked: snapshot.context.openInformationRequest?.documentsNeeded, last: effects.at(-1) }).toEqual({ state: 'informationRequested', asked: EVENTS.ANSWER_WITHDRAWN.kinds, last: owner('answer_withdrawn') });
    expect(stateOf(run([...answeredDuring, EVENTS.ANSWER_WITHDRAWN, EVENTS.INFORMATION_SUPPLIED]).snapshot)).toBe('complained');
    expect(stateOf(onVersion(26, [...answeredDuring, EVENTS.ANSWER_WITHDRAWN]))).toBe('complained');
    expect({ v26: contractVersionForStep(26, 'complained', 'ANSWER_WITHDRAWN'), v25: contractVersionForStep(25, 'complained', 'ANSWER_WITHDRAWN') }).toEqual({ v26: 27, v25: null });
  });
});
