import { CLAIM_DROP_EVENTS, DROP_EVENTS, endLetterUndoEvents, endLetterUndone, undoneDropIds } from './taken-back';

// claimundo2: an agency's end letter claimed by a worker as its drop is undone is not made: a bill's drop and a whole claim's alike.
describe('an end letter whose drop was undone', () => {
  it("reads a whole claim's drop by its stop and its undo, a bill's by the bill's steps, and no other end", () => {
    expect(endLetterUndoEvents('claimDropped')).toEqual(CLAIM_DROP_EVENTS);
    expect(endLetterUndoEvents('billWithdrawn')).toEqual(DROP_EVENTS);
    expect(endLetterUndoEvents('stopped')).toEqual([]);
  });

  it("is undone by its own kind of undo only, and stands again once the drop is recorded anew after the undo", () => {
    expect(endLetterUndone('claimDropped', 'CLAIM_DROP_UNDONE')).toBe(true);
    // The claim dropped again after the undo: its newest stop is newer than the undo.
    expect(endLetterUndone('claimDropped', 'COLLECTION_STOPPED')).toBe(false);
    expect(endLetterUndone('claimDropped', 'DROP_UNDONE')).toBe(false);
    expect(endLetterUndone('billWithdrawn', 'DROP_UNDONE')).toBe(true);
    expect(endLetterUndone('billWithdrawn', 'CLAIM_DROP_UNDONE')).toBe(false);
    expect(endLetterUndone('billWithdrawn', 'INVOICE_WITHDRAWN')).toBe(false);
    expect(endLetterUndone('stopped', 'CLAIM_DROP_UNDONE')).toBe(false);
    expect(endLetterUndone('claimDropped', undefined)).toBe(false);
  });
});

describe('the drops a family reads marked undone', () => {
  const step = (id: string, event: string, contractId = 'c1') => ({ id, event, contractId });
  it("marks a whole claim's stop undone by the claim's undo, as a bill's drop by its own, and no other contract's", () => {
    const entries = [step('s0', 'COLLECTION_STOPPED'), step('d1', 'INVOICE_WITHDRAWN', 'c2'), step('s1', 'COLLECTION_STOPPED'), step('w1', 'INVOICE_WITHDRAWN'), step('u1', 'CLAIM_DROP_UNDONE'), step('u2', 'DROP_UNDONE', 'c2')];
    expect([...undoneDropIds(entries)].sort()).toEqual(['d1', 's1']);
  });
  it('leaves a stop no claim undo followed, and one recorded again after the undo', () => {
    const entries = [step('s1', 'COLLECTION_STOPPED'), step('u1', 'CLAIM_DROP_UNDONE'), step('s2', 'COLLECTION_STOPPED'), step('s3', 'COLLECTION_STOPPED', 'c2')];
    expect([...undoneDropIds(entries)]).toEqual(['s1']);
  });
});
