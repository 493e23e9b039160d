import { stringify } from 'csv-stringify';
import contentDisposition from 'content-disposition';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Lang } from '../words';
import { exportColumns, exportRecord } from './desk-export';
import type { ExportRow } from './provider-desk.service';

/** The desk's CSV of a period as an attachment, streamed as its rows are read: the API's export and the desk page's form alike. */
export async function sendExport(res: Response, lang: Lang, period: { from: string; to: string }, rows: AsyncIterable<ExportRow>): Promise<void> {
  // `escape_formulas`: a cell starting with =, +, -, @, tab or CR gets a leading ' so a spreadsheet shows it as text and never runs it
  // (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection): agencies and descriptions come from outside parties.
  const csv = stringify({ header: true, columns: exportColumns(lang), delimiter: ';', bom: true, record_delimiter: 'windows', escape_formulas: true });
  res
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', contentDisposition(`requests-${period.from}-${period.to}.csv`))
    .set('Cache-Control', 'private, no-store');
  await pipeline(Readable.from(records(rows)), csv, res);
}

async function* records(rows: AsyncIterable<ExportRow>) {
  for await (const row of rows) yield exportRecord(row);
}
