import { longDate, money } from '../../workflows/wording';
import { familyWords, type Lang } from '../words';

/** What a handled report's entry recorded of what was reported: the bill she recorded or the one the family typed, or the collection. */
type ReportedFigures = { reference?: unknown; amount?: unknown; invoiceDate?: unknown; agency?: unknown };
const textOf = (value: unknown) => (typeof value === 'string' && value ? value : null);

/**
 * Which report a handled report's entry is about, as the daily email and the portal's timeline both name it, so two reports are not
 * told alike (README familyopen, familyline; audit75 F-7): the contract (`provider`, as the reader's list names it), else the day it
 * was reported (`reportedOn`, kept with entries since familyline); then the figures recorded, else those the family typed — a number,
 * amount or agency only for a reader of the estate's debts (`readsDebts`), the bill's date for another. Never the reporter (README F8).
 */
export function reportAboutText(details: Record<string, unknown>, reader: { provider: string | null; readsDebts: boolean }, lang: Lang): string {
  const figures = (details.bill ?? details.reported ?? details.collection ?? {}) as ReportedFigures;
  const { readsDebts } = reader;
  const invoiceDate = textOf(figures.invoiceDate);
  const reportedOn = textOf(details.reportedOn);
  return familyWords(lang).mail.reportAbout({
    provider: reader.provider,
    reportedOn: !reader.provider && reportedOn ? longDate(reportedOn, lang) : null,
    reference: readsDebts ? textOf(figures.reference) : null,
    amount: readsDebts && typeof figures.amount === 'number' ? money(figures.amount, lang) : null,
    agency: readsDebts ? textOf(figures.agency) : null,
    dated: !readsDebts && invoiceDate ? longDate(invoiceDate, lang) : null,
  });
}
