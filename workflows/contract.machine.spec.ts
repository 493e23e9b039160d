import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { AnyStateMachine, createActor } from 'xstate';
import { CONTRACT_STATES, ContractEffect, ContractEvent, contractMachine, contractStateMeta, ContractState } from './contract.machine';

/** One example of every event, with realistic payloads. */
const EVENTS: ContractEvent[] = [
  { type: 'DOCUMENTS_CHANGED', complete: true },
  { type: 'DOCUMENTS_CHANGED', complete: false },
  { type: 'REQUEST' },
  { type: 'ACKNOWLEDGE', reference: 'KPN-1' },
  { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: 12.5 },
  { type: 'REQUEST_INFORMATION', message: 'Please send the certificate of inheritance', documentsNeeded: ['certificate_of_inheritance'] },
  { type: 'INFORMATION_SUPPLIED' },
  { type: 'REJECT', reason: 'Unknown account' },
  { type: 'AMEND' },
  { type: 'WITHDRAW', reason: 'Already ended' },
  { type: 'DEADLINE_PASSED' },
  { type: 'INVOICE_AFTER_END', invoiceDate: '2027-01-05', amount: 49.95, reference: 'F-1' },
  { type: 'COLLECTION_NOTICE', agency: 'Incasso Noord' },
  { type: 'DISPUTE_RESOLVED' },
  { type: 'CLOSE' },
];

function run(events: ContractEvent[], action: 'cancel' | 'transfer' = 'cancel') {
  const actor = createActor(contractMachine, { input: { action } });
  const effects: ContractEffect[] = [];
  actor.on('*', (e) => effects.push(e));
  actor.start();
  for (const event of events) actor.send(event);
  return { actor, snapshot: actor.getSnapshot(), effects };
}

const letters = (effects: ContractEffect[]) => effects.flatMap((e) => (e.type === 'letter' ? [e.letterKind] : []));
const byState = (s: { value: unknown }) => String(s.value);

describe('contract machine', () => {
  for (const action of ['cancel', 'transfer'] as const) {
    it(`reaches every state for a ${action}`, () => {
      const paths = getShortestPaths(contractMachine, { input: { action }, events: EVENTS, serializeState: byState });
      expect(new Set(paths.map((p) => byState(p.state)))).toEqual(new Set(CONTRACT_STATES));
    });
  }

  it('leaves no state a dead end except the final ones', () => {
    const map = getAdjacencyMap(contractMachine as AnyStateMachine, { input: { action: 'cancel' }, events: EVENTS, serializeState: byState });
    const deadEnds = Object.values(map)
      .filter((node) => Object.values(node.transitions).every((t) => byState((t as { state: { value: unknown } }).state) === byState(node.state)))
      .map((node) => byState(node.state));
    expect(deadEnds.sort()).toEqual(['closed', 'withdrawn']);
  });

  it('sends the cancellation letter and tells the family when the request goes out', () => {
    const { snapshot, effects } = run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }]);
    expect(snapshot.value).toBe('requested');
    expect(effects).toEqual([{ type: 'letter', letterKind: 'cancellation' }, { type: 'notify_family', topic: 'requested' }]);
  });

  it('sends the transfer letter for a transfer', () => {
    expect(letters(run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }], 'transfer').effects)).toEqual(['transfer']);
  });

  it('reminds, then escalates, then keeps alerting the owner when the provider stays silent', () => {
    const silent = run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'DEADLINE_PASSED' }, { type: 'DEADLINE_PASSED' }, { type: 'DEADLINE_PASSED' }]);
    expect(silent.snapshot.value).toBe('escalated');
    expect(letters(silent.effects)).toEqual(['cancellation', 'reminder', 'escalation']);
    expect(silent.effects.at(-1)).toEqual({ type: 'notify_owner', topic: 'no_answer_after_escalation' });
    expect(silent.snapshot.context).toMatchObject({ remindersSent: 1, escalations: 2 });
  });

  it('records the provider reference and end date on completion', () => {
    const { snapshot } = run([
      { type: 'DOCUMENTS_CHANGED', complete: true },
      { type: 'REQUEST' },
      { type: 'ACKNOWLEDGE', reference: 'KPN-1' },
      { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'KPN-2', finalInvoiceAmount: 12.5 },
    ]);
    expect(snapshot.value).toBe('confirmed');
    expect(snapshot.context).toMatchObject({ providerReference: 'KPN-2', effectiveDate: '2026-11-30', finalInvoiceAmount: 12.5 });
  });

  it('asks the owner for information and sends it back with a letter', () => {
    const { snapshot, effects } = run([
      { type: 'DOCUMENTS_CHANGED', complete: true },
      { type: 'REQUEST' },
      { type: 'REQUEST_INFORMATION', message: 'Send the will', documentsNeeded: ['will'] },
    ]);
    expect(snapshot.value).toBe('informationRequested');
    expect(snapshot.context.openInformationRequest).toEqual({ message: 'Send the will', documentsNeeded: ['will'] });
    expect(effects.at(-1)).toEqual({ type: 'notify_owner', topic: 'information_requested' });
    const after = run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'REQUEST_INFORMATION', message: 'x', documentsNeeded: [] }, { type: 'INFORMATION_SUPPLIED' }]);
    expect(after.snapshot.value).toBe('requested');
    expect(letters(after.effects)).toEqual(['cancellation', 'information_supplied']);
    expect(after.snapshot.context.openInformationRequest).toBeNull();
  });

  it('disputes invoices after the end date and stops debt collection urgently', () => {
    const confirmed: ContractEvent[] = [{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'R' }];
    const disputed = run([...confirmed, { type: 'INVOICE_AFTER_END', invoiceDate: '2027-01-05', amount: 10, reference: 'F' }]);
    expect(disputed.snapshot.value).toBe('disputed');
    expect(letters(disputed.effects).at(-1)).toBe('dispute');
    const collection = run([...confirmed, { type: 'COLLECTION_NOTICE' }]);
    expect(collection.snapshot.value).toBe('collectionStopRequested');
    expect(collection.effects).toContainEqual({ type: 'letter', letterKind: 'collection_stop', urgent: true });
    const resolved = run([...confirmed, { type: 'COLLECTION_NOTICE' }, { type: 'DISPUTE_RESOLVED' }, { type: 'DEADLINE_PASSED' }]);
    expect(resolved.snapshot.value).toBe('settled');
  });

  it('withdraws with a letter only when the provider already had the request', () => {
    expect(letters(run([{ type: 'WITHDRAW', reason: 'x' }]).effects)).toEqual([]);
    const sent = run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'WITHDRAW', reason: 'x' }]);
    expect(sent.snapshot.value).toBe('withdrawn');
    expect(letters(sent.effects)).toEqual(['cancellation', 'withdrawal']);
  });

  it('refuses events that make no sense in a state', () => {
    const draft = run([]).snapshot;
    expect(draft.can({ type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'R' })).toBe(false);
    expect(draft.can({ type: 'REQUEST' })).toBe(false);
    expect(draft.can({ type: 'DOCUMENTS_CHANGED', complete: false })).toBe(false);
    expect(draft.can({ type: 'DOCUMENTS_CHANGED', complete: true })).toBe(true);
  });

  it('continues from a persisted snapshot exactly where it was', () => {
    const { actor } = run([{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'DEADLINE_PASSED' }]);
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(contractMachine, { snapshot: stored, input: { action: 'cancel' } });
    const effects: ContractEffect[] = [];
    restored.on('*', (e) => effects.push(e));
    restored.start();
    expect(restored.getSnapshot().value).toBe('reminded');
    expect(effects).toEqual([]); // restoring replays nothing
    restored.send({ type: 'DEADLINE_PASSED' });
    expect(restored.getSnapshot().value).toBe('escalated');
    expect(restored.getSnapshot().context.remindersSent).toBe(1);
    expect(letters(effects)).toEqual(['escalation']);
  });

  it('declares a deadline in every state that waits on someone', () => {
    const waiting = CONTRACT_STATES.filter((s: ContractState) => contractStateMeta(s).waitingOn !== 'nobody' && !['draft', 'ready', 'rejected'].includes(s));
    for (const state of waiting) expect({ state, deadline: contractStateMeta(state).deadline }).toEqual({ state, deadline: expect.any(Object) });
    expect(contractStateMeta('confirmed').deadline).toEqual({ basis: 'fixed', businessDays: 40 });
  });
});
