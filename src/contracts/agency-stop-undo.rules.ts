import { AGENCY_STOPPED_INTO, type RestoredTerm } from '../../workflows';
import { collectionAnswerOf } from '../../workflows/wording';
import { dutchDate } from '../clock/clock';
import type { HistoryEntry } from '../timeline/timeline.service';
import { termOf } from './take-back.rules';

/**
 * agencyundo (v27, audit97's rest): the debt collector's own word that it stopped its collection (`COLLECTION_STOPPED` answered by
 * the agency, not a suspension), recorded by mistake, undone while it is the contract's newest step. Pure: the contracts module reads
 * the contract's latest steps (`dropUndoFound` reads enough) and applies what this decides.
 */
export type AgencyStopUndo = { agency: string; stoppedOn: string | null; recordedOn: string; term: RestoredTerm } | { refused: 'noAgencyStop' | 'movedOn' };

/** An agency's own stop (not suspended, no claim dropped), as the step recorded it, or null. */
const agencyStopOf = (step: HistoryEntry) => {
  if (step.event !== 'COLLECTION_STOPPED' || step.fromState !== 'collectionStopRequested') return null;
  const answer = collectionAnswerOf((step.details.event ?? {}) as Record<string, unknown>);
  return answer.by === 'agency' && answer.agency && !answer.suspended && !answer.dropped ? { agency: answer.agency, stoppedOn: answer.toldOn } : null;
};

/** What the undo of the agency's stop restores (our stop awaited, on the term it had), or why it is refused. `steps`: oldest first. */
export function agencyStopUndoOf(steps: HistoryEntry[]): AgencyStopUndo {
  const newest = steps.at(-1);
  const stop = newest && agencyStopOf(newest);
  if (!newest || !stop || !(AGENCY_STOPPED_INTO as readonly string[]).includes(newest.toState ?? '')) {
    return steps.some((s) => agencyStopOf(s)) ? { refused: 'movedOn' } : { refused: 'noAgencyStop' };
  }
  // datefix: the Dutch day of the entry, as the `toldOn` she types is (its UTC date is the day before in the Dutch night's first hours).
  return { ...stop, recordedOn: dutchDate(new Date(newest.at)), term: termOf(steps.slice(0, -1), 'collectionStopRequested') };
}
