import Papa from 'papaparse';
import { StringDecoder } from 'node:string_decoder';
import { normaliseId, parseAmountCents, StatementFormatError, StatementTransaction, TransactionKind } from './transaction';

/** One bank's export: how to split it and how a row becomes a transaction (or the reason it cannot). */
export interface CsvLayout {
  bank: 'ing' | 'rabobank' | 'abnamro';
  delimiter: string;
  /** Files with a header row have their columns looked up by name. */
  header: string[] | null;
  quote: string | false;
  /**
   * The file's row reader, made once per file: `column` gives a header name's position (-1 when the
   * header lacks it). It runs for every line, so it looks nothing up by name and keeps what repeats.
   */
  reader(column: (name: string) => number): (cells: string[], location: string) => StatementTransaction;
}

/**
 * ING "Af- en bijschrijvingen" CSV (mijn.ing.nl download, documented in ING's "CSV-bestand" help):
 * "Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"
 * (newer files add "Saldo na mutatie";"Tag"; older ones use commas). Datum is YYYYMMDD, Bedrag
 * unsigned with a decimal comma, "Af Bij" the direction. A direct debit's creditor ID and mandate
 * are only in Mededelingen: "Naam: … Omschrijving: … IBAN: … Kenmerk: … Machtiging ID: … Incassant ID: …".
 * Codes: IC incasso, BA betaalautomaat, GT/OV transfers, GM cash.
 */
const ING: Omit<CsvLayout, 'delimiter'> = {
  bank: 'ing',
  header: ['Datum', 'Naam / Omschrijving', 'Rekening', 'Tegenrekening', 'Code', 'Af Bij', 'Bedrag (EUR)', 'Mutatiesoort', 'Mededelingen'],
  quote: '"',
  reader(column) {
    const [date, name, account, counterAccount, code, afBij, amountColumn, notesColumn] = ['Datum', 'Naam / Omschrijving', 'Rekening', 'Tegenrekening', 'Code', 'Af Bij', 'Bedrag (EUR)', 'Mededelingen'].map(column);
    const notes = new LabelledText(ING_LABELS);
    const dates = compactDates();
    return (cells, location) => {
      const text = cell(cells, notesColumn);
      notes.read(text);
      const type = cell(cells, code).toUpperCase();
      const direction = direct(cell(cells, afBij), ING_DIRECTIONS, location);
      // IDs are one word; after them ING writes unlabelled text ("… Incassant ID: NL…0000 Doorlopende incasso …").
      const mandateId = normaliseId(firstWord(notes.value(MACHTIGING_ID)));
      const kind: TransactionKind = mandateId || type === 'IC' ? 'direct_debit' : type === 'BA' ? 'card' : type === 'GT' || type === 'OV' ? 'transfer' : 'other';
      return {
        account: cell(cells, account),
        bookingDate: dates(cell(cells, date), location),
        amountCents: amount(cell(cells, amountColumn), location),
        currency: 'EUR',
        direction,
        reversal: direction === 'credit' && kind === 'direct_debit',
        kind,
        counterpartyName: cell(cells, name) || null,
        counterpartyIban: cell(cells, counterAccount) || null,
        ultimateName: null,
        creditorId: normaliseId(firstWord(notes.value(INCASSANT_ID))),
        mandateId,
        description: notes.value(OMSCHRIJVING) ?? text,
        location,
      };
    };
  },
};
const ING_LABELS = ['Naam', 'Omschrijving', 'IBAN', 'Kenmerk', 'Machtiging ID', 'Incassant ID', 'Valutadatum', 'Pasvolgnr', 'Transactie', 'Term'];
const [OMSCHRIJVING, MACHTIGING_ID, INCASSANT_ID] = ['Omschrijving', 'Machtiging ID', 'Incassant ID'].map((l) => ING_LABELS.indexOf(l));
const ING_DIRECTIONS = { af: 'debit', bij: 'credit' } as const;

/**
 * Rabobank "CSV (kommagescheiden)" export, as in Rabobank's published "Formaatbeschrijving CSV":
 * "IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN",
 * "Naam tegenpartij","Naam uiteindelijke partij","Naam initiërende partij","BIC tegenpartij","Code",
 * "Batch ID","Transactiereferentie","Machtigingskenmerk","Incassant ID","Betalingskenmerk",
 * "Omschrijving-1","Omschrijving-2","Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers".
 * Datum is YYYY-MM-DD, Bedrag signed ("-12,50"). Codes: ei euro-incasso, ba/bc card, bg/tb/cb/sb transfers.
 */
const RABOBANK: CsvLayout = {
  bank: 'rabobank',
  delimiter: ',',
  header: ['IBAN/BBAN', 'Munt', 'BIC', 'Volgnr', 'Datum', 'Rentedatum', 'Bedrag', 'Saldo na trn', 'Tegenrekening IBAN/BBAN', 'Naam tegenpartij'],
  quote: '"',
  reader(column) {
    const [account, currency, date, amountColumn, counterAccount, name, ultimate, code, mandate, creditor, description1, description2, description3, returned] = [
      'IBAN/BBAN', 'Munt', 'Datum', 'Bedrag', 'Tegenrekening IBAN/BBAN', 'Naam tegenpartij', 'Naam uiteindelijke partij', 'Code',
      'Machtigingskenmerk', 'Incassant ID', 'Omschrijving-1', 'Omschrijving-2', 'Omschrijving-3', 'Reden retour',
    ].map(column);
    const dates = isoDates();
    return (cells, location) => {
      const signed = amount(cell(cells, amountColumn), location, true);
      const type = cell(cells, code).toLowerCase();
      const creditorId = normaliseId(cell(cells, creditor));
      const direction = signed < 0 ? 'debit' : 'credit';
      const kind: TransactionKind = creditorId || type === 'ei' ? 'direct_debit' : type === 'ba' || type === 'bc' ? 'card' : RABOBANK_TRANSFERS.has(type) ? 'transfer' : 'other';
      return {
        account: cell(cells, account),
        bookingDate: dates(cell(cells, date), location),
        amountCents: Math.abs(signed),
        currency: cell(cells, currency) || 'EUR',
        direction,
        reversal: Boolean(cell(cells, returned)) || (direction === 'credit' && kind === 'direct_debit'),
        kind,
        counterpartyName: cell(cells, name) || null,
        counterpartyIban: cell(cells, counterAccount) || null,
        ultimateName: cell(cells, ultimate) || null,
        creditorId,
        mandateId: normaliseId(cell(cells, mandate)),
        description: words(cell(cells, description1), cell(cells, description2), cell(cells, description3)),
        location,
      };
    };
  },
};
const RABOBANK_TRANSFERS = new Set(['bg', 'tb', 'cb', 'sb', 'eb', 'ov']);

/** The non-empty ones of three texts, joined by a space. */
function words(a: string, b: string, c: string): string {
  const ab = a && b ? `${a} ${b}` : a || b;
  return ab && c ? `${ab} ${c}` : ab || c;
}

/**
 * ABN AMRO "TXT" download (TXTyymmddhhmmss.TAB): tab-separated, no header, eight columns:
 * Rekeningnummer, Muntsoort, Transactiedatum (YYYYMMDD), Beginsaldo, Eindsaldo, Rentedatum,
 * Transactiebedrag (signed, decimal comma), Omschrijving. SEPA lines carry their fields in the
 * description, tagged ("/TRTP/SEPA Incasso algemeen doorlopend/CSID/…/NAME/…/MARF/…/REMI/…/IBAN/…")
 * or, in older files, labelled ("SEPA Incasso algemeen doorlopend Incassant: … Naam: … Machtiging: …").
 * Card payments start with "BEA", cash withdrawals with "GEA".
 */
const ABN_AMRO: CsvLayout = {
  bank: 'abnamro',
  delimiter: '\t',
  header: null,
  quote: false,
  reader() {
    const line = abnAmroLines();
    return (cells, location) => {
      if (cells.length < 8) throw new StatementFormatError(location, `expected 8 tab-separated columns, found ${cells.length}`);
      return line(cells[0], cells[1], cells[2], cells[6], cells.length > 8 ? cells.slice(7).join(' ') : cells[7], location);
    };
  },
};

/**
 * ABN AMRO's CSV download (Internet Bankieren, "CSV"): semicolon-separated with a header,
 * "Rekeningnummer;Muntsoort;Transactiedatum;Rentedatum;Beginsaldo;Eindsaldo;Transactiebedrag;Omschrijving",
 * fields quoted only when needed, CRLF, often with a BOM. The same eight fields as the TXT export
 * (in another order: Rentedatum comes before the balances), the same YYYYMMDD dates, signed amounts
 * with a decimal comma and the same tagged or labelled descriptions.
 */
const ABN_AMRO_CSV: CsvLayout = {
  bank: 'abnamro',
  delimiter: ';',
  header: ['Rekeningnummer', 'Muntsoort', 'Transactiedatum', 'Transactiebedrag', 'Omschrijving'],
  quote: '"',
  reader(column) {
    const [account, currency, date, amountColumn, description] = ['Rekeningnummer', 'Muntsoort', 'Transactiedatum', 'Transactiebedrag', 'Omschrijving'].map(column);
    const line = abnAmroLines();
    return (cells, location) => line(cell(cells, account), cell(cells, currency), cell(cells, date), cell(cells, amountColumn), cell(cells, description), location);
  },
};

/** One ABN AMRO line, whichever export it came from: the SEPA fields are in the description. */
function abnAmroLines() {
  const tagged = new LabelledText(ABN_TAGS, '/');
  const labelled = new LabelledText(ABN_LABELS);
  const dates = compactDates();
  return (account: string, currency: string, date: string, amountText: string, description: string, location: string): StatementTransaction => {
    const signed = amount(amountText, location, true);
    const direction = signed < 0 ? 'debit' : 'credit';
    const text = description.trim();
    // The tagged fields and the labelled ones, at the same places in each list.
    const isTagged = text.startsWith('/');
    const fields = isTagged ? tagged.read(text) : labelled.read(text);
    const type = (isTagged ? fields.value(ABN_TYPE) : undefined) ?? text.slice(0, 40);
    const mandateId = normaliseId(fields.value(ABN_MANDATE));
    const creditorId = normaliseId(fields.value(ABN_CREDITOR));
    const card = /^BEA\b/.test(text);
    const kind: TransactionKind = mandateId || creditorId || /Incasso/i.test(type) ? 'direct_debit' : card ? 'card' : /Overboeking|Periodieke/i.test(type) ? 'transfer' : 'other';
    return {
      account,
      bookingDate: dates(date, location),
      amountCents: Math.abs(signed),
      currency: currency || 'EUR',
      direction,
      reversal: /terugboeking|storno|retour/i.test(type) || (direction === 'credit' && kind === 'direct_debit'),
      kind,
      counterpartyName: fields.value(ABN_NAME) ?? (card ? cardMerchant(text) : null),
      counterpartyIban: fields.value(ABN_IBAN) ?? null,
      ultimateName: null,
      creditorId,
      mandateId,
      description: fields.value(ABN_DESCRIPTION) ?? text,
      location,
    };
  };
}
/** Tagged ("/TRTP/SEPA Incasso/CSID/NL…/NAME/…", each value running to the next tag) and labelled: the fields read first, in one order (the type only tagged). */
const ABN_TAGS = ['MARF', 'CSID', 'NAME', 'IBAN', 'REMI', 'TRTP', 'BIC', 'EREF', 'ORDP', 'SWOC', 'ISDT', 'RTRN'];
const ABN_LABELS = ['Machtiging', 'Incassant', 'Naam', 'IBAN', 'Omschrijving', 'BIC', 'Kenmerk'];
const [ABN_MANDATE, ABN_CREDITOR, ABN_NAME, ABN_IBAN, ABN_DESCRIPTION, ABN_TYPE] = [0, 1, 2, 3, 4, 5];

/** Which bank layout the first line is, or null: recognised by its content, never by the file name. */
export function csvLayoutFor(firstLine: string): CsvLayout | null {
  const line = firstLine.replace(/^\uFEFF/, '');
  const ing = /^"?Datum"?([;,])"?Naam \/ Omschrijving"?/.exec(line);
  if (ing) return { ...ING, delimiter: ing[1] };
  if (/^"?IBAN\/BBAN"?,"?Munt"?,"?BIC"?,"?Volgnr"?/.test(line)) return RABOBANK;
  if (/^"?Rekeningnummer"?;"?Muntsoort"?;"?Transactiedatum"?;/.test(line)) return ABN_AMRO_CSV;
  if (/^[A-Z0-9]{6,34}\t[A-Z]{3}\t\d{8}\t-?[\d.,]+\t-?[\d.,]+\t\d{8}\t-?[\d.,]+\t/.test(line)) return ABN_AMRO;
  return null;
}

/**
 * No bank row is near this long: a quoted field that runs on past it lacks its closing quote, and
 * reading on would carry (and re-scan, on every chunk) the rest of the file as one unfinished row.
 */
const MAX_ROW_CHARS = 1_000_000;

/**
 * Streams a bank CSV export whose layout was recognised from its first line, with papaparse: a batch
 * of transactions per piece of text read (bare, it read these files 1.5–4.7× faster than csv-parse; see
 * README). `newline` is the first line's ending, given because papaparse would guess it from its
 * first chunk, which need not hold a whole line. Line numbers are counted here: a record takes one line plus one for
 * each line break inside its quoted fields, and empty lines come through as a record of one empty
 * field (so they are counted, then skipped).
 *
 * papaparse's own core, `Papa.Parser`, is given each piece of text after the unfinished row of the
 * one before, exactly as its stream reader does (`parse(text, 0, ignoreLastRow)`, the last piece
 * with its last row), without that reader's stream, events and per-chunk bookkeeping around it
 * (measured: about a tenth of the reader's own time). The file is read no faster than its rows are used.
 */
export async function* parseBankCsv(layout: CsvLayout, input: AsyncIterable<Buffer | string>, newline: '\n' | '\r' | '\r\n'): AsyncGenerator<StatementTransaction[]> {
  // Without a quote character every `"` is text: papaparse's fast mode is exactly that.
  const config: Papa.ParseConfig = { delimiter: layout.delimiter, newline, ...(layout.quote ? { quoteChar: layout.quote } : { fastMode: true }) };
  const pieces = decoded(input);
  // Files without a header are read by position; the others once their header is read.
  let row = layout.header ? null : layout.reader(() => -1);
  let line = 0;
  // The unfinished last row of what was read so far, read again with the next piece.
  let rest = '';
  try {
    for (let done = false; !done; ) {
      const next = await pieces.next();
      done = next.done === true;
      const text = done ? rest : rest + next.value;
      const results = new Papa.Parser(config).parse(text, 0, !done) as Papa.ParseResult<string[]>;
      rest = text.substring(results.meta.cursor);
      // An error about the unfinished last row is papaparse's, not the file's: the row is read again with the next piece.
      const rows = results.data;
      const error = results.errors.find((e) => e.row !== undefined && e.row < rows.length);
      const out: StatementTransaction[] = [];
      for (let i = 0; i < rows.length; i++) {
        const record = rows[i];
        const location = `line ${++line}`;
        if (error?.row === i) throw new StatementFormatError(location, `not valid CSV (${error.message})`);
        for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
        if (record.length === 1 && !record[0]) continue;
        if (row) out.push(row(record, location));
        else {
          const index = headerIndex(layout.header!, record, location);
          row = layout.reader((name) => index.get(name) ?? -1);
        }
      }
      if (rest.length > MAX_ROW_CHARS) throw new StatementFormatError(`line ${line + 1}`, 'not valid CSV (a quoted field does not end: its closing quote is missing)');
      if (out.length) yield out;
    }
  } finally {
    // The upload's stream is closed also when a row is refused or the caller stops reading.
    await pieces.return(undefined);
  }
}

/** The file as text, without a byte order mark. */
async function* decoded(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function headerIndex(required: string[], header: string[], location: string): Map<string, number> {
  const index = new Map(header.map((name, i) => [name.replace(/^\uFEFF/, '').trim(), i]));
  const missing = required.filter((name) => !index.has(name));
  if (missing.length) throw new StatementFormatError(location, `the header lacks ${missing.map((m) => `"${m}"`).join(', ')}`);
  return index;
}

/** A cell by its position (-1: a column the header lacks), trimmed. */
const cell = (cells: string[], at: number): string => (at < 0 ? '' : (cells[at] ?? '').trim());

/** \s in a pattern, and what `trim` removes: the ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The Dutch banks' labelled free text: "Naam: X Omschrijving: Y IBAN: Z" (labels), or ABN AMRO's
 * "/TRTP/X/CSID/Y" (tags, `separator` "/"). Reads what the patterns /(?:^|\s)(Naam|…):\s*\/g and
 * /\/(TRTP|…)\//g found with `exec`, each value running to the next label and trimmed, the first of
 * a repeated label counting; but it looks only at the colons (slashes) and keeps positions, not
 * match arrays and an object per line (the regular expression was a fifth of the ING import's
 * allocations). A label needs white space before it that the previous label's `:\s*` did not take.
 */
class LabelledText {
  private text = '';
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Each label's last character, compared before the whole label. */
  private readonly lastChars: number[];

  constructor(
    private readonly labels: string[],
    private readonly separator: ':' | '/' = ':',
  ) {
    this.starts = new Int32Array(labels.length);
    this.ends = new Int32Array(labels.length);
    this.lastChars = labels.map((label) => label.charCodeAt(label.length - 1));
  }

  read(text: string): this {
    this.text = text;
    this.starts.fill(-1);
    const tags = this.separator === '/';
    let taken = 0;
    let open = -1;
    let from = 0;
    for (let at = text.indexOf(this.separator); at !== -1; ) {
      let label = -1;
      let start = at;
      let end = at + 1;
      for (let i = 0; i < this.labels.length; i++) {
        const name = this.labels[i];
        if (tags) {
          if (text.charCodeAt(at + 1 + name.length) === 47 && text.startsWith(name, at + 1)) {
            label = i;
            end = at + name.length + 2;
            break;
          }
          continue;
        }
        const begins = at - name.length;
        if (begins < 0 || text.charCodeAt(at - 1) !== this.lastChars[i] || !text.startsWith(name, begins)) continue;
        const matchStart = begins === 0 ? (taken === 0 ? 0 : -1) : begins - 1 >= taken && isSpace(text.charCodeAt(begins - 1)) ? begins - 1 : -1;
        // Of two labels ending at this colon ("ID", "Machtiging ID") the pattern finds the one that starts first.
        if (matchStart !== -1 && (label === -1 || matchStart < start)) {
          label = i;
          start = matchStart;
        }
      }
      if (label === -1) {
        at = text.indexOf(this.separator, at + 1);
        continue;
      }
      if (!tags) while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      this.close(open, from, start);
      open = label;
      from = taken = end;
      at = text.indexOf(this.separator, end);
    }
    this.close(open, from, text.length);
    return this;
  }

  /** The value of the label at `index` in the list, or undefined when the text has no such label. */
  value(index: number): string | undefined {
    const start = this.starts[index];
    return start === -1 ? undefined : this.text.slice(start, this.ends[index]);
  }

  private close(label: number, from: number, to: number): void {
    if (label === -1 || this.starts[label] !== -1) return;
    while (from < to && isSpace(this.text.charCodeAt(from))) from++;
    while (to > from && isSpace(this.text.charCodeAt(to - 1))) to--;
    this.starts[label] = from;
    this.ends[label] = to;
  }
}

/** "BEA, Betaalpas  Albert Heijn 1234,PAS123 …" or "BEA   NR:…   30.12.21/09.15 Hema EV123,PAS123" → the shop. */
function cardMerchant(text: string): string | null {
  const m = /^BEA,?\s+(?:(?:Betaalpas|Apple Pay|Google Pay)\s+|NR:\S+\s+\S+\s+)(.*?),PAS/.exec(text);
  return m ? m[1].trim() : null;
}

/** The text up to its first white space (IDs are one word). */
function firstWord(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return text.slice(0, i);
  return text;
}

function amount(text: string, location: string, signed = false): number {
  const cents = parseAmountCents(text);
  if (cents === null || (!signed && cents < 0)) throw new StatementFormatError(location, `"${text}" is not an amount`);
  return cents;
}

function direct(text: string, values: { af: 'debit'; bij: 'credit' }, location: string): 'debit' | 'credit' {
  // As the banks write them, without a lower-case copy per line.
  const d = text === 'Af' ? values.af : text === 'Bij' ? values.bij : (values as Record<string, 'debit' | 'credit' | undefined>)[text.toLowerCase()];
  if (!d) throw new StatementFormatError(location, `"${text}" is neither ${Object.keys(values).join(' nor ')}`);
  return d;
}

/**
 * YYYYMMDD → YYYY-MM-DD, for one file: a statement has many lines on one date, so the last date
 * read is kept (one string, no slices per line).
 */
function compactDates(): (text: string, location: string) => string {
  let last = '';
  let iso = '';
  return (text, location) => {
    if (text === last) return iso;
    if (!/^\d{8}$/.test(text)) throw new StatementFormatError(location, `"${text}" is not a date (YYYYMMDD)`);
    last = text;
    return (iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
  };
}

/** YYYY-MM-DD as it is, checked; of many lines on one date the first one's string is kept. */
function isoDates(): (text: string, location: string) => string {
  let last = '';
  return (text, location) => {
    if (text === last) return last;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new StatementFormatError(location, `"${text}" is not a date (YYYY-MM-DD)`);
    return (last = text);
  };
}
