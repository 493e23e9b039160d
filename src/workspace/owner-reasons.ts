import { type Lang, ownerWords } from '../words';

/**
 * Codes the records keep (a parked step's kind and error kind, a family report's outcome, a letter
 * rule) said in the owner's words. An unknown code gets a plain sentence of the catalogue, never the
 * code itself: a Dutch page must not show `deliver_letter` or `EENVELOPE Error`.
 */
const pick = (words: Record<string, string>, code: string | null | undefined, fallback: string) => (code && Object.hasOwn(words, code) ? words[code] : fallback);

export function stepKindText(lang: Lang, kind: string): string {
  const w = ownerWords(lang).today;
  return pick(w.stepKinds, kind, w.unknownStep);
}

/** Error kinds are `errorKind()`'s code, response code and class name (src/runtime/outbox.service.ts), e.g. `ECONNREFUSED Error`, `HTTP_503 DeliveryFailed`. */
export function stepErrorText(lang: Lang, errorKind: string): string {
  const w = ownerWords(lang).today.stepErrors;
  const parts = errorKind.split(' ');
  const has = (pattern: RegExp) => parts.some((part) => pattern.test(part));
  if (has(/^(ECONNREFUSED|ECONNRESET|ECONNECTION|ESOCKET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EDNS)$/)) return w.unreachable;
  if (has(/^(ETIMEDOUT|ETIMEOUT|TimeoutError|AbortError)$/)) return w.timeout;
  if (has(/^EAUTH$/)) return w.mailLogin;
  if (has(/^EURL$/)) return w.badAddress;
  if (has(/^EntityNotFoundError$/)) return w.gone;
  // A web endpoint's HTTP status (HTTP_503) or a mail server's reply code (550).
  const code = parts.map((part) => /^(?:HTTP_)?([45]\d\d)$/.exec(part)?.[1]).find(Boolean);
  if (code) return w.refusedCode(code);
  if (has(/^(EENVELOPE|EMESSAGE)$/)) return w.refused;
  return w.unknown;
}

export function reportKindText(lang: Lang, kind: string): string {
  const w = ownerWords(lang).today;
  return pick(w.reportKinds, kind, w.unknownReport);
}

export function reportOutcomeText(lang: Lang, outcome: string): string {
  const w = ownerWords(lang).today;
  return pick(w.reportOutcomes, outcome, w.unknownOutcome);
}

/**
 * Why the letter rules held a letter back (letters/rules.ts `LintViolation`), by its stable rule code
 * (and, for missing data, the field it names). The rule's own message is English and written for the
 * API; only a passage it quotes from the letter or the records is carried over, so the owner sees which.
 */
export function violationText(lang: Lang, violation: { rule: string; where: string; message: string }): string {
  const w = ownerWords(lang).today;
  if (violation.rule === 'missing-data') return pick(w.missingData, violation.where, w.unknownMissing);
  const quoted = /"([^"]+)"/.exec(violation.message)?.[1];
  const rule = pick(w.letterRules, violation.rule, w.unknownRule);
  return quoted ? `${rule}: ${lang === 'nl' ? `„${quoted}”` : `"${quoted}"`}` : rule;
}

/**
 * A letter the letter rules held back, in the owner's words: Today's row of its contract says this, and the owner's
 * notification says it with `reasons` (each by `violationText`) and the fix, so neither speaks the rules' API English.
 */
export function heldBackText(lang: Lang, recipient: string, reasons: { rule: string; where: string; message: string }[] = []): string {
  const held = heldBackSaid(lang, recipient, reasons);
  return reasons.length ? `${held} ${ownerWords(lang).contract.letterHeldBackNext}` : held;
}

/** The same without the fix: a contract's status box, whose next step says the fix (reqterm). */
export function heldBackSaid(lang: Lang, recipient: string, reasons: { rule: string; where: string; message: string }[] = []): string {
  const w = ownerWords(lang).contract;
  const held = w.letterHeldBack(recipient);
  return reasons.length ? `${held} ${w.heldBackBecause(reasons.map((v) => violationText(lang, v)).join('; '))}` : held;
}
