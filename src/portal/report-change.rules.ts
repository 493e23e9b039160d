import type { FieldError } from '../common/problem';

/**
 * relcorr (audit91 F5): what a relative may still change of her own report. Only while it waits on the owner and nothing started
 * from it: once the owner handled it (a bill recorded, a reply written) or a contract was drafted from it, what it says is what
 * the owner acted on, and only the owner can put it right (`handled`). A withdrawn report is gone (`withdrawn`).
 */
export type ReportChange = 'changeable' | 'handled' | 'withdrawn';

export function reportChange(r: { status: string; outcome: string | null }): ReportChange {
  if (r.status === 'withdrawn') return 'withdrawn';
  return r.status === 'open' && r.outcome !== 'contract_added' ? 'changeable' : 'handled';
}

/** The figures a relative typed off a paper, per kind of report: a correction gives only these (and her message). */
export const CORRECTABLE_FIGURES = {
  invoice_after_end: ['invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference'],
  collection_letter: ['agency', 'reference', 'dossierNumber', 'amount'],
} as const satisfies Record<string, readonly string[]>;

type Figures = Record<string, string | number | null | undefined>;

/**
 * Her report as corrected: the fields she sent replace those she typed before, the others stay. A figure her kind of report does not
 * hold (an agency on a bill) is refused by name (422), as is a correction that changes nothing.
 */
export function correctedReport(
  kind: string,
  before: { message: string; figures: Figures | null },
  sent: { message?: string } & Figures,
): { message: string; figures: Figures | null; changed: string[] } | { problems: FieldError[] } {
  const allowed: readonly string[] = CORRECTABLE_FIGURES[kind as keyof typeof CORRECTABLE_FIGURES] ?? [];
  const given = Object.keys(sent).filter((f) => f !== 'message' && sent[f] !== undefined);
  const foreign = given.filter((f) => !allowed.includes(f));
  if (foreign.length) return { problems: foreign.map((field) => ({ field, message: 'is not part of this kind of report', rule: 'notOfKind' })) };
  const figures = before.figures === null && !given.length ? null : { ...before.figures, ...Object.fromEntries(given.map((f) => [f, sent[f]])) };
  const message = sent.message ?? before.message;
  const changed = [...(message !== before.message ? ['message'] : []), ...given.filter((f) => (before.figures?.[f] ?? null) !== sent[f])];
  if (!changed.length) return { problems: [{ field: 'message', message: 'the correction changes nothing in the report', rule: 'unchanged' }] };
  return { message, figures, changed };
}
