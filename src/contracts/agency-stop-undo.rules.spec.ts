import type { HistoryEntry } from '../timeline/timeline.service';
import { agencyStopUndoOf } from './agency-stop-undo.rules';

/** Incasso Noord's own word that it stopped, recorded at `at`: the newest step, back in the bill's dispute. */
const agencyStopped = (at: string): HistoryEntry => ({
  event: 'COLLECTION_STOPPED', actorType: 'staff', at, contractId: 'c-1', fromState: 'collectionStopRequested', toState: 'disputed',
  details: { event: { answeredBy: 'agency', agencyName: 'Incasso Noord', collection: 'stopped', receivedVia: 'email' } },
});
const stopAsked: HistoryEntry = { event: 'COLLECTION_NOTICE', actorType: 'staff', at: '2026-11-10T09:00:00.000Z', contractId: 'c-1', fromState: 'disputed', toState: 'collectionStopRequested', details: {} };
const recordedOn = (at: string) => {
  const undo = agencyStopUndoOf([stopAsked, agencyStopped(at)]);
  return 'refused' in undo ? undo.refused : undo.recordedOn;
};

/** datefix: the day the agency's stop was recorded is the Dutch day, the day she types her `toldOn` in (beforeStop compares the two). */
describe("the day an agency's own stop was recorded (agencyStopUndoOf)", () => {
  it('is the Dutch day late in a winter evening in UTC: 23:30 UTC is 00:30 the next day in Amsterdam', () => {
    expect(recordedOn('2026-11-20T23:30:00.000Z')).toBe('2026-11-21');
    expect(recordedOn('2026-11-20T22:59:59.999Z')).toBe('2026-11-20');
  });

  it('is the Dutch day late in a summer evening in UTC: 22:30 UTC is 00:30 the next day in Amsterdam', () => {
    expect(recordedOn('2026-07-20T22:30:00.000Z')).toBe('2026-07-21');
    expect(recordedOn('2026-07-20T21:59:59.999Z')).toBe('2026-07-20');
  });
});
