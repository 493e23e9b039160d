import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { AnyStateMachine, createActor } from 'xstate';
import { EstateEffect, EstateEvent, estateMachine, ESTATE_STATES } from './estate.machine';

const EVENTS: EstateEvent[] = ['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED', 'CLOSE', 'DEADLINE_PASSED'].map((type) => ({ type }) as EstateEvent);
const byState = (s: { value: unknown }) => String(s.value);

describe('estate machine', () => {
  it('reaches every state, and only purged is a dead end', () => {
    const paths = getShortestPaths(estateMachine, { events: EVENTS, serializeState: byState });
    expect(new Set(paths.map((p) => byState(p.state)))).toEqual(new Set(ESTATE_STATES));
    const map = getAdjacencyMap(estateMachine as AnyStateMachine, { events: EVENTS, serializeState: byState });
    // A dead end is a state from which no event leads anywhere else.
    const deadEnds = Object.values(map)
      .filter((n) => Object.values(n.transitions).every((t) => byState((t as { state: { value: unknown } }).state) === byState(n.state)))
      .map((n) => byState(n.state));
    expect(deadEnds).toEqual(['purged']);
  });

  it('sends the final report to the family when the estate closes, and goes back when a contract reopens', () => {
    const actor = createActor(estateMachine);
    const effects: EstateEffect[] = [];
    actor.on('*', (e) => effects.push(e));
    actor.start();
    for (const type of ['CONTRACT_ADDED', 'REQUEST_SENT', 'ALL_CONTRACTS_SETTLED', 'CONTRACT_REOPENED'] as const) actor.send({ type });
    expect(actor.getSnapshot().value).toBe('inProgress');
    for (const type of ['ALL_CONTRACTS_SETTLED', 'CLOSE'] as const) actor.send({ type });
    expect(actor.getSnapshot().value).toBe('closed');
    expect(effects).toContainEqual({ type: 'letter', letterKind: 'final_report' });
    expect(actor.getSnapshot().getMeta()['estate.closed']).toMatchObject({ deadline: { basis: 'retention' } });
  });
});
