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

/**
 * relupload: whether a relative may still take back the photo or PDF she sent with her report. A relative's upload never goes to a
 * provider (`mayEnclose`), so it is „used" once the owner dealt with it, as the record shows: the report it came with handled (or a
 * contract drafted from it), or the owner made the file hers — replaced or withdrawn it, filed it as another kind than the report
 * filed it (`filedAs`), or shared it with the family (an audience beyond the owner's). Then only the owner can take it away.
 */
export function photoChange(
  report: { status: string; outcome: string | null },
  document: { kind: string; audience: string; supersededById: string | null; withdrawnAt: Date | null },
  filedAs: string,
): 'changeable' | 'used' {
  const ownersNow = document.withdrawnAt !== null || document.supersededById !== null || document.kind !== filedAs || document.audience !== 'owner';
  return reportChange(report) === 'changeable' && !ownersNow ? 'changeable' : 'used';
}

/** The figures a relative typed off a paper, per kind of report: a correction gives only these (and her message). */
export const CORRECTABLE_FIGURES = {
  invoice_after_end: ['invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference'],
  collection_letter: ['agency', 'reference', 'dossierNumber', 'amount', 'agencyLanguage'],
} as const satisfies Record<string, readonly string[]>;

type Figures = Record<string, string | number | null | undefined>;

/** agencylang3: a figure read as this when she never gave it: an agency's letter is Dutch unless said otherwise (as the owner's notice). */
const ABSENT_READS: Figures = { agencyLanguage: 'nl' };
const asTyped = (figures: Figures | null, f: string) => figures?.[f] ?? ABSENT_READS[f] ?? null;

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
  const changed = [...(message !== before.message ? ['message'] : []), ...given.filter((f) => asTyped(before.figures, f) !== sent[f])];
  if (!changed.length) return { problems: [{ field: 'message', message: 'the correction changes nothing in the report', rule: 'unchanged' }] };
  return { message, figures, changed };
}

/**
 * relcorr/relupload: a relative outside the estate's debts (`readsEstateDebts`) reads no figure of a bill or a collection, her own
 * report's neither (familybill): her list and the answers to her report and its correction carry none (`figuresHidden`).
 */
export function withinDebtsReach<R extends { kind: string; bill: unknown; collection: unknown }>(report: R, readsDebts: boolean): R & { figuresHidden: boolean } {
  return !readsDebts && report.kind in CORRECTABLE_FIGURES ? { ...report, bill: null, collection: null, figuresHidden: true } : { ...report, figuresHidden: false };
}
