import { askedDayKind, askedEndDate, endDateWords, leaseEndedByLawBefore } from '../../letters';
import { money } from '../../workflows/wording';
import { providerWords } from '../words';
import { askedOf, askedOfRequest, type ExportRow } from './provider-desk.service';

/*
 * The desk's CSV export, without I/O: its columns in the provider's language and one record per
 * request. Written for Excel and LibreOffice with Dutch settings: `;` between fields, a UTF-8 byte
 * order mark, dates as DD-MM-YYYY, CRLF line ends, RFC 4180 quoting and a `'` before a cell that a spreadsheet
 * would run as a formula (csv-stringify does those, its `escape_formulas` in the controller).
 */

const COLUMNS = {
  nl: { ourReference: 'Ons kenmerk', yourReference: 'Uw kenmerk', id: 'Verzoek-id', action: 'Gevraagd', description: 'Omschrijving', accountNumber: 'Klantnummer', deceased: 'Overledene', dateOfBirth: 'Geboortedatum', dateOfDeath: 'Overlijdensdatum', requestedEndDate: 'Gewenste einddatum', effectiveDate: 'Bevestigde einddatum', status: 'Status', lastActivity: 'Laatste activiteit', collection: 'Incasso', askedEndDate: 'Gewenste einddatum (datum)', dayKind: 'Soort datum', leaseEndsByLaw: 'Einddatum van rechtswege' },
  en: { ourReference: 'Our reference', yourReference: 'Your reference', id: 'Request id', action: 'Requested', description: 'Description', accountNumber: 'Account number', deceased: 'Deceased', dateOfBirth: 'Date of birth', dateOfDeath: 'Date of death', requestedEndDate: 'Requested end date', effectiveDate: 'Confirmed end date', status: 'Status', lastActivity: 'Last activity', collection: 'Debt collection', askedEndDate: 'Requested end date (date)', dayKind: 'Kind of date', leaseEndsByLaw: 'End date by law' },
} as const;

const ACTIONS = { nl: { cancel: 'Beëindigen', transfer: 'Overzetten' }, en: { cancel: 'Cancel', transfer: 'Transfer' } } as const;

type Column = keyof (typeof COLUMNS)['nl'];

export function exportColumns(lang: 'nl' | 'en'): { key: Column; header: string }[] {
  return (Object.keys(COLUMNS[lang]) as Column[]).map((key) => ({ key, header: COLUMNS[lang][key] }));
}

/** `2026-11-02` as `02-11-2026`, the way Dutch spreadsheets read a date. */
const day = (isoDate: string | null) => (isoDate ? isoDate.slice(0, 10).split('-').reverse().join('-') : '');

/** An instant as `DD-MM-YYYY HH:MM` in Dutch time. */
function moment(instant: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

export function exportRecord(r: ExportRow): Record<Column, string> {
  const { row } = r;
  const asked = { ...askedOf(row), requestedEndDate: row.requested_end_date };
  // What the request asked instead of an end (a bank, an insurer), as the desk's list says it.
  const instead = askedOfRequest(row);
  return {
    ourReference: row.reference,
    yourReference: r.yourReference ?? '',
    id: row.id,
    action: instead ? providerWords(row.language).asked[instead] : ACTIONS[row.language][row.action],
    description: row.description,
    accountNumber: row.account_number,
    deceased: r.deceased,
    dateOfBirth: day(row.date_of_birth),
    dateOfDeath: day(row.date_of_death),
    // As the desk page and the letter say it (`endDateWords`): a bank's or a lease's end is not the date typed (README, smallwords).
    requestedEndDate: endDateWords(asked, row.language),
    effectiveDate: day(r.effectiveDate),
    status: r.statusText,
    lastActivity: moment(row.activity),
    // Last, so a spreadsheet built on the earlier columns keeps its places.
    collection: r.collection ? providerWords(row.language).request.collectionSummary(r.collection.agency, r.collection.reference, r.collection.amount === null ? null : money(r.collection.amount, row.language)) : '',
    // The day the letter asks, for a spreadsheet to sort on (`askedEndDate`), last for the same reason: empty when it asks none (a bank, a lease kept, "as soon as possible").
    askedEndDate: day(askedEndDate(asked)),
    // rentrest: what the day in „Gewenste einddatum" is, as the column keeps its name (spreadsheets read it by name); last, as above.
    dayKind: ((kind) => (kind ? providerWords(row.language).dayKinds[kind] : ''))(askedDayKind(asked)),
    // rentlaw2: the day a lease nobody continues ended by law when the end confirmed is later (art. 7:268 lid 6 BW), as the request's
    // `leaseEndsByLaw`; empty otherwise. Last, as above.
    leaseEndsByLaw: day(leaseEndedByLawBefore(asked, r.effectiveDate)),
  };
}
