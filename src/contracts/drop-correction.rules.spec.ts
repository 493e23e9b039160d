import type { HistoryEntry } from '../timeline/timeline.service';
import { dropNamed, type DropStep, dropUndoFound } from './drop-correction.rules';

let n = 0;
const step = (event: string, from: string, to: string, details: Record<string, unknown> = {}, actorType: HistoryEntry['actorType'] = 'staff'): DropStep => ({
  id: `e-${++n}`, event, actorType, at: `2026-12-0${1 + (n % 8)}T09:00:00.000Z`, contractId: 'c-1', fromState: from, toState: to, details,
});
const dropped = (bill: string) => step('DISPUTE_RESOLVED', 'disputed', 'confirmed', { event: { outcome: 'providerWithdrew', receivedVia: 'phone', invoiceReference: bill } });
const passed = () => step('DEADLINE_PASSED', 'disputed', 'disputed', { missedDueDate: '2026-12-01' });

describe("a provider's drop the owner recorded (dropcorr)", () => {
  it('reads back until a step before the newest ends the row of terms passed in the state the drop left, so the term it restores is whole', () => {
    expect(dropUndoFound([passed(), passed(), dropped('F-1')])).toBe(false);
    expect(dropUndoFound([step('INVOICE_AFTER_END', 'confirmed', 'disputed'), passed(), dropped('F-1')])).toBe(true);
    expect(dropUndoFound([dropped('F-1')])).toBe(false);
  });

  it('counts an undone drop no more: its undo is the step right after it', () => {
    const first = dropped('F-1');
    expect(dropNamed([first])?.id).toBe(first.id);
    expect(dropNamed([first, step('DROP_UNDONE', 'confirmed', 'disputed', { event: { invoiceReference: 'F-1' } })])).toBeNull();
    // Dropped again after the undo: that drop stands.
    const again = dropped('F-1');
    expect(dropNamed([first, step('DROP_UNDONE', 'confirmed', 'disputed'), again])?.id).toBe(again.id);
    // A drop the provider gave at its own desk is its word, not hers to undo.
    expect(dropNamed([step('INVOICE_WITHDRAWN', 'disputed', 'confirmed', { event: { invoiceReference: 'F-1' } }, 'provider')])).toBeNull();
  });
});
