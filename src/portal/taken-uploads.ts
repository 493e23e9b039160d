/**
 * familyupload3: the kind a relative reads a file by that another relative (or she) sent with a report and the owner took into the
 * estate (`family_report.handled` with `document_taken`): what it was taken in as (`takenAs`, familyupload2), or on an entry written
 * before that, the kind it has now (`kindSeen`). `kindSeen` null: this reader may not see the document (`canSee`), and reads a line
 * that says nothing of it. Not a taken file: null.
 */
export function takenAsFor(details: Record<string, unknown>, kindSeen: string | null): string | null {
  if (details.decision !== 'document_taken' || kindSeen === null) return null;
  return typeof details.takenAs === 'string' ? details.takenAs : kindSeen;
}

/**
 * familyupload3: a correction of the kind of a file a relative sent and the owner took (`sentBy` on `document.corrected`), as this
 * reader is told it: as hers, or as another relative's. Any other kind corrected is no news for the family (null). Whether the reader
 * may see the document at all is the caller's to ask (`canSee`): one the correction took out of her reach is not told its new kind.
 */
export function uploadCorrectionEvent(details: Record<string, unknown>, readerId: string): string | null {
  if (typeof details.sentBy !== 'string') return null;
  return details.sentBy === readerId ? 'document.kind_corrected' : 'document.kind_corrected_for_other';
}
