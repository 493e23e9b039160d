/**
 * A question answered with a document withdrawn since, on a contract the provider went on to reject (`rejected`), or whose
 * rejection we complained about (`complained`): the machine keeps its state. The provider decided with that document in hand,
 * so the rejection and the complaint about it are as true as they were; the owner reads on the contract's history that the
 * provider had the withdrawn document as part of our answer (`contract.answer_document_withdrawn`), to judge what to send.
 */
export const ANSWER_KEPT_FROM = ['complained', 'rejected'] as const;

/** answerrest: the state keeps the note of a withdrawn answer (`ANSWER_KEPT_FROM`); any other leaves it behind. */
export const answerKept = (state: string): boolean => (ANSWER_KEPT_FROM as readonly string[]).includes(state);

/**
 * v27 (agencyundo): a withdrawn document answered a question the provider asked during the complaint the contract waits on
 * (`complained`): its latest answer came after the latest complaint (`COMPLAIN`). That answer went back to the complaint (v26), so
 * the question is open again as from any wait on the provider; an answer from before the complaint is kept (`ANSWER_KEPT_FROM`).
 * `history`: the contract's `COMPLAIN` and `INFORMATION_SUPPLIED` steps, oldest first.
 */
export function answeredDuringComplaint(history: HistoryStep[], documentId: string): boolean {
  const answered = lastIndexOf(history, (s) => documentIdsOf(s).includes(documentId));
  return answered >= 0 && answered > lastIndexOf(history, (s) => s.event === 'COMPLAIN');
}

/** A step of the contract's history as the timeline keeps it: its event's payload under `details.event`. */
export interface HistoryStep {
  event: string;
  details: Record<string, unknown>;
}

const eventOf = (step: HistoryStep) => (step.details.event ?? {}) as Record<string, unknown>;
const lastIndexOf = (steps: HistoryStep[], found: (step: HistoryStep) => boolean) => steps.map(found).lastIndexOf(true);

/**
 * v16: the provider's question a withdrawn document answered, from the contract's history (`REQUEST_INFORMATION` and
 * `INFORMATION_SUPPLIED` steps, oldest first): the latest answer that enclosed it, the question before that answer, and its
 * kind when that question asked for it. A document enclosed though not asked for answered nothing: null, as for none. So is
 * one whose kind another answer to that question also sent (`currentKinds`: the kind of each enclosed document neither withdrawn nor replaced,
 * read by the documents module): the provider holds a valid one, and the question stays answered. A question a withdrawal opened
 * again (`ANSWER_WITHDRAWN`, for its kinds) is the question an answer after it answered (docwithdraw, audit75 F-11: a later
 * question for another kind does not make the corrected verklaring's withdrawal ask nothing).
 */
export function answeredByWithdrawn(
  history: HistoryStep[],
  document: { id: string; kind: string },
  currentKinds: ReadonlyMap<string, string>,
): { message: string; kinds: string[]; descriptions?: string[] } | null {
  const answered = lastIndexOf(history, (s) => documentIdsOf(s).includes(document.id));
  const asked = lastIndexOf(history.slice(0, Math.max(answered, 0)), (s) => s.event === 'REQUEST_INFORMATION' || s.event === 'ANSWER_WITHDRAWN');
  if (answered < 0 || asked < 0) return null;
  const { message, documentsNeeded: needed, kinds } = eventOf(history[asked]);
  const documentsNeeded = history[asked].event === 'ANSWER_WITHDRAWN' ? kinds : needed;
  // answerrest: an "overig" document answered the items of her own words it was sent as; each opens again under those words.
  const descriptions = describedAnsweredBy(history[answered], document.id);
  if (descriptions.length) return { message: String(message ?? ''), kinds: [document.kind], descriptions };
  if (!Array.isArray(documentsNeeded) || !documentsNeeded.includes(document.kind)) return null;
  const another = history.slice(asked).some((s) => documentIdsOf(s).some((id) => id !== document.id && currentKinds.get(id) === document.kind));
  return another ? null : { message: String(message ?? ''), kinds: [document.kind] };
}

/** The documents an answer (`INFORMATION_SUPPLIED`) enclosed; none for any other step. */
export function documentIdsOf(step: HistoryStep): string[] {
  const ids = eventOf(step).documentIds;
  return step.event === 'INFORMATION_SUPPLIED' && Array.isArray(ids) ? ids.map(String) : [];
}

/**
 * answerrest: the items of her own words (`other`, claimform) an answer's document was sent as: as the answer recorded them
 * (`otherAnswers`); an answer recorded before that named none, so its 'other' document answered every such item it followed up.
 */
export function describedAnsweredBy(step: HistoryStep, documentId: string): string[] {
  const { otherAnswers, followUp, followsLater } = eventOf(step) as { otherAnswers?: { description: string; documentId: string }[]; followUp?: FollowingItem[]; followsLater?: FollowingItem[] };
  if (Array.isArray(otherAnswers)) return otherAnswers.filter((a) => a.documentId === documentId).map((a) => a.description);
  const stillFollowing = new Set((followsLater ?? []).map((d) => d.description));
  return (followUp ?? []).flatMap((d) => (d.kind === 'other' && d.description && !stillFollowing.has(d.description) ? [d.description] : []));
}

interface FollowingItem {
  kind: string;
  description?: string;
}
