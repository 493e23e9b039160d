import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import {
  ESTATE_STATES,
  estateDeadlineFor,
  estateMachine,
  estateMachineV1,
  estateStateMeta,
  estateVersionToReopen,
  type EstateEffect,
  type EstateEvent,
  type EstateState,
} from './estate.machine';

const EVENT_TYPES = ['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED', 'PROGRESS_REPORT', 'CLOSE', 'DEADLINE_PASSED', 'REOPEN'] as const;
type EventType = (typeof EVENT_TYPES)[number];
const eventOf = (type: EventType): EstateEvent => (type === 'REOPEN' ? { type, reason: 'Een vergeten abonnement gevonden' } : { type });
const EVENTS: EstateEvent[] = EVENT_TYPES.map(eventOf);
const stateOf = (s: { value: unknown }) => String(s.value);

function start(snapshot?: SnapshotFrom<typeof estateMachine>) {
  const actor = createActor(estateMachine, { snapshot });
  const effects: EstateEffect[] = [];
  actor.on('*', (effect) => effects.push(effect));
  actor.start();
  return { actor, effects };
}
function run(types: EventType[]) {
  const { actor, effects } = start();
  for (const type of types) actor.send(eventOf(type));
  return { actor, snapshot: actor.getSnapshot(), effects };
}

const pathTo = new Map(getShortestPaths(estateMachine, { events: EVENTS, serializeState: stateOf }).map((p) => [stateOf(p.state), p.steps.map((s) => s.event.type)]));
const snapshotIn = (state: EstateState) => run(pathTo.get(state)!).snapshot;

const progressReport: EstateEffect = { type: 'letter', letterKind: 'progress_report' };

/** Every accepted event per state, where it leads and what it emits; anything else is refused. */
const TRANSITIONS: Record<EstateState, Array<[EventType, EstateState, EstateEffect[]]>> = {
  intake: [['CONTRACT_ADDED', 'inventory', []]],
  inventory: [
    ['PROGRESS_REPORT', 'inventory', [progressReport]],
    ['REQUEST_SENT', 'inProgress', []],
    ['ALL_CONTRACTS_SETTLED', 'settling', [{ type: 'notify_family', topic: 'estate_settling' }]],
  ],
  inProgress: [
    ['PROGRESS_REPORT', 'inProgress', [progressReport]],
    ['ALL_CONTRACTS_SETTLED', 'settling', [{ type: 'notify_family', topic: 'estate_settling' }]],
  ],
  settling: [
    ['PROGRESS_REPORT', 'settling', [progressReport]],
    ['CONTRACT_REOPENED', 'inProgress', []],
    ['CONTRACT_ADDED', 'inProgress', []],
    ['CLOSE', 'closed', [{ type: 'letter', letterKind: 'final_report' }, { type: 'notify_family', topic: 'estate_closed' }]],
  ],
  closed: [
    ['DEADLINE_PASSED', 'purged', []],
    ['REOPEN', 'settling', [{ type: 'notify_family', topic: 'estate_reopened' }]],
  ],
  purged: [],
};

describe('estate machine', () => {
  it('reaches every state', () => {
    expect(new Set(pathTo.keys())).toEqual(new Set(ESTATE_STATES));
  });

  it('leaves only purged a dead end, and every state can reach it', () => {
    const adjacency = getAdjacencyMap(estateMachine as AnyStateMachine, { events: EVENTS, serializeState: stateOf });
    const next = new Map<string, Set<string>>();
    for (const { state, nextState } of adjacencyMapToArray(adjacency)) {
      next.set(stateOf(state), (next.get(stateOf(state)) ?? new Set()).add(stateOf(nextState)));
    }
    expect(ESTATE_STATES.filter((s) => [...(next.get(s) ?? [])].every((t) => t === s))).toEqual(['purged']);
    for (const from of ESTATE_STATES) {
      const seen = new Set<string>([from]);
      for (const state of seen) for (const target of next.get(state) ?? []) seen.add(target);
      expect({ from, canPurge: seen.has('purged') }).toEqual({ from, canPurge: true });
    }
  });

  it('accepts exactly the events in the table', () => {
    for (const state of ESTATE_STATES) {
      const accepted = EVENT_TYPES.filter((type) => snapshotIn(state).can(eventOf(type)));
      expect({ state, accepted: [...accepted].sort() }).toEqual({ state, accepted: TRANSITIONS[state].map(([e]) => e).sort() });
    }
  });

  const cases = ESTATE_STATES.flatMap((from) => TRANSITIONS[from].map(([event, to, effects]) => ({ from, event, to, effects })));
  it.each(cases)('$from --$event--> $to', ({ from, event, to, effects }) => {
    const { actor, effects: emitted } = start(snapshotIn(from));
    actor.send(eventOf(event));
    expect(stateOf(actor.getSnapshot())).toBe(to);
    expect(emitted).toEqual(effects);
  });

  it('walks the whole life of an estate, back to work when a contract reopens, and sends the final report once', () => {
    const { snapshot, effects } = run(['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED', 'ALL_CONTRACTS_SETTLED', 'CLOSE', 'DEADLINE_PASSED']);
    expect(snapshot.value).toBe('purged');
    expect(snapshot.status).toBe('done');
    expect(effects.filter((e) => e.type === 'letter')).toEqual([{ type: 'letter', letterKind: 'final_report' }]);
  });

  it('keeps a closed estate for the retention period, declared in meta', () => {
    expect(estateDeadlineFor('closed')).toEqual({ basis: 'retention' });
    expect(snapshotIn('closed').getMeta()['estate.closed']).toEqual(estateStateMeta('closed'));
    // The estate follows its contracts' deadlines; only the retention period is its own.
    expect(ESTATE_STATES.filter((s) => estateDeadlineFor(s) !== null)).toEqual(['closed']);
  });

  it('continues from a JSON round-trip', () => {
    const stored = JSON.parse(JSON.stringify(run(['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED']).actor.getPersistedSnapshot()));
    const { actor, effects } = start(stored);
    expect(actor.getSnapshot().value).toBe('settling');
    actor.send({ type: 'CLOSE' });
    expect(actor.getSnapshot().value).toBe('closed');
    expect(effects).toContainEqual({ type: 'letter', letterKind: 'final_report' });
  });

  it('reopens a closed estate to settling, where the owner adds what was found or closes again with a new final report', () => {
    const { snapshot, effects } = run(['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CLOSE', 'REOPEN', 'CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CLOSE']);
    expect(snapshot.value).toBe('closed');
    expect(effects.filter((e) => e.type === 'letter')).toEqual([{ type: 'letter', letterKind: 'final_report' }, { type: 'letter', letterKind: 'final_report' }]);
    expect(effects).toContainEqual({ type: 'notify_family', topic: 'estate_reopened' });
  });

  it('v1 keeps a closed estate closed; its snapshot restored in v2 keeps its retention term and may reopen', () => {
    const v1 = createActor(estateMachineV1).start();
    for (const type of ['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CLOSE'] as const) v1.send({ type });
    expect(v1.getSnapshot().value).toBe('closed');
    expect(v1.getSnapshot().can({ type: 'REOPEN', reason: 'x' })).toBe(false);
    const moved = createActor(estateMachine, { snapshot: JSON.parse(JSON.stringify(v1.getPersistedSnapshot())) }).start();
    expect(moved.getSnapshot().value).toBe('closed');
    expect(moved.getSnapshot().getMeta()['estate.closed']).toEqual(v1.getSnapshot().getMeta()['estate.closed']);
    expect(moved.getSnapshot().can({ type: 'DEADLINE_PASSED' })).toBe(true);
    expect(moved.getSnapshot().can({ type: 'REOPEN', reason: 'x' })).toBe(true);
  });

  it('moves a v1 instance to v2 only to reopen it from closed', () => {
    expect(estateVersionToReopen(1, 'closed')).toBe(2);
    expect(estateVersionToReopen(2, 'closed')).toBe(2);
    for (const state of ESTATE_STATES.filter((s) => s !== 'closed')) expect({ state, to: estateVersionToReopen(1, state) }).toEqual({ state, to: null });
  });
});
