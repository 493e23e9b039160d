import type { Rejection, RequestedFacts } from '../../letters';
import { dutchDate } from '../clock/clock';

/** One entry of a contract's timeline, as `TimelineService.ofContract` reads it. */
export interface RecordedStep {
  event: string;
  at: string;
  details: Record<string, unknown>;
}

/** The entries that tell what became of a request after it went out: its letter, corrections of the contract, a rejection and the owner's answer to it. */
export const REQUEST_STEPS = ['letter.sent', 'contract.corrected', 'REJECT', 'AMEND'];

const REQUESTED_FIELDS = ['description', 'accountNumber', 'requestedEndDate'] as const;

/**
 * What followed the request letter `requestLetterId` on the timeline: what it printed of the contract,
 * where a correction since changed the record (the first correction of a field after it knew the printed
 * value; null when nothing changed), and the provider's rejection of it with its own reason and the
 * owner's answer to it (the `answer` recorded with the amend that followed it; its case-file `note` stays out).
 */
export function sinceRequest(steps: RecordedStep[], requestLetterId: string | null, now: RequestedFacts): { requested: RequestedFacts | null; rejection: Rejection | null } {
  const start = steps.findIndex((s) => s.event === 'letter.sent' && s.details.letterId === requestLetterId);
  if (start < 0) return { requested: null, rejection: null };
  const requested = { ...now };
  const seen = new Set<string>();
  let rejection: Rejection | null = null;
  for (const step of steps.slice(start + 1)) {
    const { reason, answer } = (step.details.event ?? {}) as { reason?: unknown; answer?: unknown };
    if (step.event === 'REJECT' && typeof reason === 'string') rejection = { date: dutchDate(new Date(step.at)), reason };
    if (step.event === 'AMEND' && rejection && typeof answer === 'string' && answer.trim()) rejection = { ...rejection, answer: answer.trim() };
    if (step.event !== 'contract.corrected' || !Array.isArray(step.details.changes)) continue;
    for (const { field, from } of step.details.changes as { field: string; from: unknown }[]) {
      const known = REQUESTED_FIELDS.find((f) => f === field);
      if (!known || seen.has(known)) continue;
      seen.add(known);
      if (known === 'requestedEndDate') requested.requestedEndDate = typeof from === 'string' ? from : null;
      else requested[known] = String(from);
    }
  }
  const changed = REQUESTED_FIELDS.some((f) => requested[f] !== now[f]);
  return { requested: changed ? requested : null, rejection };
}
