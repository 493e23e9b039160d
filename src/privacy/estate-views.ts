import { AsyncLocalStorage } from 'node:async_hooks';

/** Writes one access-log entry for an estate the current staff request opened (see AccessLogInterceptor). */
type ViewRecorder = (estateId: string) => Promise<void>;

const recorder = new AsyncLocalStorage<ViewRecorder>();

/**
 * Called by the one staff access rule (EstatesService.requireAccess): whatever route reached the
 * estate — API, workspace page, document, letter — is logged before it answers, without each
 * controller remembering to say so. Outside a logged request it does nothing.
 */
export async function noteEstateViewed(estateId: string): Promise<void> {
  await recorder.getStore()?.(estateId);
}

/** Runs `work` with `record` hearing of every estate it opens. */
export function recordingEstateViews<T>(record: ViewRecorder, work: () => T): T {
  return recorder.run(record, work);
}
