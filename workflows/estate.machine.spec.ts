import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import {
  ESTATE_STATES,
  estateDeadlineFor,
  estateMachine,
  estateStateMeta,
  type EstateEffect,
  type EstateEvent,
  type EstateState,
} from './estate.machine';

const EVENT_TYPES = ['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED', 'PROGRESS_REPORT', 'CLOSE', 'DEADLINE_PASSED'] as const;
const EVENTS: EstateEvent[] = EVENT_TYPES.map((type) => ({ type }));
type EventType = (typeof EVENT_TYPES)[number];
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
  for (const type of types) actor.send({ type });
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
  closed: [['DEADLINE_PASSED', 'purged', []]],
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
      const accepted = EVENT_TYPES.filter((type) => snapshotIn(state).can({ type }));
      expect({ state, accepted: [...accepted].sort() }).toEqual({ state, accepted: TRANSITIONS[state].map(([e]) => e).sort() });
    }
  });

  const cases = ESTATE_STATES.flatMap((from) => TRANSITIONS[from].map(([event, to, effects]) => ({ from, event, to, effects })));
  it.each(cases)('$from --$event--> $to', ({ from, event, to, effects }) => {
    const { actor, effects: emitted } = start(snapshotIn(from));
    actor.send({ type: event });
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
});
