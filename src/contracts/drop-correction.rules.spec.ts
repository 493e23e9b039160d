import type { HistoryEntry } from '../timeline/timeline.service';
import { dropNamed, type DropStep, dropUndoFound, providerWordProblems, recordedDropOf, toldOnDayProblems } from './drop-correction.rules';

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

/** twins70: one rule for the day an undo's word came, whichever step it undoes; both refusals name the day as a reader writes it. */
describe('the day she was told a step was a mistake (toldOnDayProblems)', () => {
  const stop = { recordedOn: '2026-11-20', recorded: "the day the agency's stop was recorded", rule: 'beforeStop' } as const;

  it('refuses a day after today, saying which day today is', () => {
    expect(toldOnDayProblems('2026-12-08', '2026-12-07', stop)).toEqual([{ field: 'toldOn', message: 'must not be after today, 7 December 2026', rule: 'future', limit: '2026-12-07' }]);
  });

  it('refuses a day before the step was recorded, naming that day and the undo\'s own rule', () => {
    expect(toldOnDayProblems('2026-11-19', '2026-12-07', stop)).toEqual([{ field: 'toldOn', message: "must not be before the day the agency's stop was recorded, 20 November 2026", rule: 'beforeStop', limit: '2026-11-20' }]);
  });

  it('takes the day the step was recorded and today', () => {
    expect(toldOnDayProblems('2026-11-20', '2026-12-07', stop)).toEqual([]);
    expect(toldOnDayProblems('2026-12-07', '2026-12-07', stop)).toEqual([]);
  });

  it("says the provider's drop the same way through the owner's undo of it (providerWordProblems)", () => {
    const word = { receivedVia: 'phone', toldOn: '2026-11-19' };
    expect(providerWordProblems('provider', { recordedOn: '2026-11-20' }, word, '2026-12-07')).toEqual([{ field: 'toldOn', message: 'must not be before the day the provider recorded the drop, 20 November 2026', rule: 'beforeDrop', limit: '2026-11-20' }]);
    expect(providerWordProblems('provider', { recordedOn: '2026-11-20' }, word, '2026-12-07', 'claim')[0].message).toBe("must not be before the day the claim's drop was recorded, 20 November 2026");
    expect(providerWordProblems('provider', { recordedOn: '2026-11-20' }, { ...word, toldOn: '2026-12-08' }, '2026-12-07')[0].message).toBe('must not be after today, 7 December 2026');
  });
});

/** datefix: a drop's day is the Dutch day too (it already was, by the Dutch default of the helper it now shares with the agency's stop). */
describe("the day a provider's drop was recorded (recordedDropOf)", () => {
  const droppedAt = (at: string) => ({ ...dropped('F-1'), at });
  it('is the Dutch day in the first hour after midnight, winter and summer', () => {
    expect(recordedDropOf(droppedAt('2026-11-20T23:30:00.000Z'))?.recordedOn).toBe('2026-11-21');
    expect(recordedDropOf(droppedAt('2026-07-20T22:30:00.000Z'))?.recordedOn).toBe('2026-07-21');
  });
});
