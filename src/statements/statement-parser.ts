import { parseBankCsv, csvLayoutFor } from './bank-csv.parser';
import { parseCamt053 } from './camt053.parser';
import { StatementFormatError, StatementTransaction } from './transaction';

export type StatementFormat = 'camt053' | 'ing' | 'rabobank' | 'abnamro';

/** How far we look for the first line before deciding the file is no statement. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads any supported statement: the format is decided by the first bytes (XML, or a bank's CSV
 * header or line layout), never by the file name or the client's content type. Transactions come in
 * batches (what one read of the file held): one `await` per transaction (microtasks, the stream's async
 * iterator) was ~5 % of the import's profile.
 */
export async function openStatement(input: AsyncIterable<Buffer>): Promise<{ format: StatementFormat; transactions: AsyncGenerator<StatementTransaction[]> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let text = '';
  // A whole line ending: a chunk may end between the \r and the \n of a CRLF.
  while (size < SNIFF_BYTES && !/\n|\r[\s\S]/.test(text)) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
    text = Buffer.concat(head).toString('utf8', 0, Math.min(size, SNIFF_BYTES));
  }
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start) throw new StatementFormatError('line 1', 'the file is empty');
  if (start.startsWith('<')) return { format: 'camt053', transactions: parseCamt053(rest) };
  const layout = csvLayoutFor(start.split(/\r?\n/, 1)[0]);
  if (layout) return { format: layout.bank, transactions: parseBankCsv(layout, rest, lineEnding(start)) };
  throw new StatementFormatError('line 1', 'not a camt.053 statement nor an ING, Rabobank or ABN AMRO export (its first line matches none of their headers)');
}

/** The first line's ending: papaparse reads the file with it, as csv-parse found it by itself. */
function lineEnding(text: string): '\n' | '\r' | '\r\n' {
  const ending = /\r\n|\r|\n/.exec(text)?.[0];
  return ending === '\r\n' || ending === '\r' ? ending : '\n';
}
