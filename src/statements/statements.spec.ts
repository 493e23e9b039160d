import { Readable } from 'node:stream';
import { abnAmroChunks, abnAmroCsvChunks, bulkAccounts, camt053Chunks, CREDITORS, DATE_OF_DEATH, FixtureLine, ingChunks, join, rabobankChunks, scenario } from '../../test/support/statement-fixtures';
import { DetectedSeries, intervalOf, SeriesDetector } from './detection';
import { kvkFromCreditorId, knownContract, ProviderMatcher } from './matching';
import { openStatement } from './statement-parser';
import { StatementFormatError, StatementTransaction } from './transaction';
import { umbrellaMerchant } from './umbrella-creditors';

/** Feeds the file in small chunks, so elements and lines are split across chunk borders. */
const stream = (text: string, size = 97) => Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => Buffer.from(text.slice(i * size, (i + 1) * size))));

async function read(text: string, chunkSize?: number) {
  const { format, transactions } = await openStatement(stream(text, chunkSize));
  const all: StatementTransaction[] = [];
  for await (const batch of transactions) all.push(...batch);
  return { format, all };
}

async function failure(text: string, chunkSize?: number): Promise<StatementFormatError> {
  try {
    await read(text, chunkSize);
  } catch (error) {
    if (error instanceof StatementFormatError) return error;
    throw error;
  }
  throw new Error('no error');
}

async function detect(text: string): Promise<DetectedSeries[]> {
  const detector = new SeriesDetector();
  const { transactions } = await openStatement(stream(text));
  for await (const batch of transactions) batch.forEach((tx) => detector.add(tx));
  return detector.series(DATE_OF_DEATH);
}

const lineCount = scenario().reduce((n, a) => n + a.lines.length, 0);
const FORMATS: [string, string, string][] = [
  ['camt053', 'camt.053.001.02', join(camt053Chunks(scenario(), '02'))],
  ['camt053', 'camt.053.001.08', join(camt053Chunks(scenario(), '08'))],
  ['ing', 'ING CSV', join(ingChunks(scenario()))],
  ['rabobank', 'Rabobank CSV', join(rabobankChunks(scenario()))],
  ['abnamro', 'ABN AMRO TXT', join(abnAmroChunks(scenario()))],
  ['abnamro', 'ABN AMRO CSV', join(abnAmroCsvChunks(scenario()))],
];

describe('statement parsers', () => {
  it.each(FORMATS)('recognise %s (%s) by its content and read every line of both accounts', async (format, _label, text) => {
    const { format: found, all } = await read(text);
    expect(found).toBe(format);
    expect(all).toHaveLength(lineCount);
    expect(new Set(all.map((t) => t.account))).toEqual(new Set(['NL91ABNA0417164300', 'NL39RABO0300065264']));
    const kpn = all.find((t) => t.mandateId === '1.2345.678' && t.direction === 'debit')!;
    expect(kpn).toMatchObject({ kind: 'direct_debit', amountCents: 4500, creditorId: CREDITORS.kpn, reversal: false, bookingDate: '2025-01-24' });
    expect(all.find((t) => t.reversal)).toMatchObject({ mandateId: '1.2345.678', direction: 'credit', amountCents: 4500 });
  });

  it('reads CRLF and CR line endings, also when a chunk ends between the CR and the LF', async () => {
    const ing = join(ingChunks(scenario()));
    const crlf = ing.replace(/\n/g, '\r\n');
    const { all } = await read(crlf, ing.indexOf('\n') + 1);
    expect(all).toHaveLength(lineCount);
    expect(all[0].description).not.toMatch(/\r/);
    expect((await read(ing.replace(/\n/g, '\r'))).all).toHaveLength(lineCount);
  });

  it('reads a namespace prefix and every version from 001.02 to 001.08', async () => {
    for (const v of ['02', '03', '04', '05', '06', '07', '08']) {
      const { all } = await read(join(camt053Chunks(scenario(), v)));
      expect(all).toHaveLength(lineCount);
    }
    const prefixed = join(camt053Chunks(scenario())).replace(/<(\/?)([A-Za-z])/g, '<$1c:$2').replace('xmlns=', 'xmlns:c=').replace('<c:?xml', '<?xml');
    expect((await read(prefixed)).all).toHaveLength(lineCount);
  });

  it('names the line of broken XML, and of XML that is no camt.053', async () => {
    const broken = join(camt053Chunks(scenario())).replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DBIT</CdtDbtIn>');
    expect((await failure(broken)).message).toMatch(/^line \d+: not well-formed XML/);
    expect((await failure('<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><x/></Document>')).message).toMatch(/^line 2: <Document> is not a camt\.053 Document/);
    const truncated = join(camt053Chunks(scenario())).slice(0, 5000);
    expect((await failure(truncated)).message).toMatch(/^line \d+: not well-formed XML/);
    const badAmount = join(camt053Chunks(scenario())).replace('<Amt Ccy="EUR">120.50</Amt>', '<Amt Ccy="EUR">twelve</Amt>');
    expect((await failure(badAmount)).message).toMatch(/^Ntry at line \d+: <Amt> "twelve" is not an amount/);
  });

  it('names the line of a broken CSV row, and refuses a file that is no statement', async () => {
    const ing = join(ingChunks(scenario())).split('\n');
    ing[5] = ing[5].replace(/"\d{8}"/, '"5 mei"');
    expect((await failure(ing.join('\n'))).message).toBe('line 6: "5 mei" is not a date (YYYYMMDD)');
    const rabo = join(rabobankChunks(scenario())).split('\n');
    rabo[3] = rabo[3].replace('"EUR"', '"EUR');
    expect((await failure(rabo.join('\n'))).message).toMatch(/^line 4: not valid CSV/);
    // A quoted description may break over lines: the line named is still the file's line.
    const abn = join(abnAmroCsvChunks(scenario())).split('\r\n');
    abn[2] = abn[2].replace(/;([^;]*)$/, ';"$1\r\nvervolg"');
    abn[4] = abn[4].replace(/;\d{8};/, ';2025-01-05;');
    expect((await failure(abn.join('\r\n'))).message).toBe('line 6: "2025-01-05" is not a date (YYYYMMDD)');
    // A quote that never closes: at the end of the file, and in a long file (read no further than 1 MB on).
    const open = join(abnAmroCsvChunks(scenario())).split('\r\n');
    open[2] = open[2].replace(/;([^;]*)$/, ';"$1');
    expect((await failure(open.join('\r\n'))).message).toMatch(/^line 3: not valid CSV \(Quoted field unterminated\)/);
    const long = join(abnAmroCsvChunks(bulkAccounts(20_000))).split('\r\n');
    long[2] = long[2].replace(/;([^;]*)$/, ';"$1');
    expect((await failure(long.join('\r\n'), 64 * 1024)).message).toBe('line 3: not valid CSV (a quoted field does not end: its closing quote is missing)');
    expect((await failure('naam,bedrag\nx,1\n')).message).toMatch(/^line 1: not a camt\.053 statement nor an ING, Rabobank or ABN AMRO export/);
    expect((await failure('')).message).toBe('line 1: the file is empty');
  });
});

describe('series detection', () => {
  it.each(FORMATS)('finds the same contracts in %s (%s)', async (_format, _label, text) => {
    const series = await detect(text);
    const by = (name: RegExp) => series.find((s) => name.test(s.counterpartyName ?? ''));
    expect(by(/Vattenfall/)).toMatchObject({ kind: 'direct_debit', interval: 'monthly', typicalAmountCents: 12050, firstDate: '2025-01-02', lastDate: '2026-05-02', occurrences: 17, ranAfterDeath: true, mandateId: 'VF-0012345' });
    // The reversed debit is evidence, not a payment.
    expect(by(/KPN/)).toMatchObject({ occurrences: 17, reversals: 1, interval: 'monthly' });
    expect(by(/KPN/)!.evidence.some((e) => e.reversal)).toBe(true);
    // One contract under two creditor IDs.
    expect(series.filter((s) => /Ziggo/.test(s.counterpartyName ?? ''))).toHaveLength(1);
    expect(by(/Ziggo/)).toMatchObject({ creditorIds: [CREDITORS.ziggoOld, CREDITORS.ziggoNew].sort(), occurrences: 17, interval: 'monthly' });
    expect(by(/Centraal Beheer/)).toMatchObject({ interval: 'yearly', occurrences: 2, typicalAmountCents: 61200, lastDate: '2026-01-15', ranAfterDeath: false });
    expect(by(/Nationale/)).toMatchObject({ interval: 'quarterly', ranAfterDeath: true });
    // The PSP collects for two companies: two series, named after the companies, without the PSP's creditor ID.
    expect(by(/Netflix/)).toMatchObject({ umbrella: 'Mollie', creditorIds: [], interval: 'monthly', occurrences: 17 });
    expect(by(/Fitness Plus/)).toMatchObject({ umbrella: 'Mollie', occurrences: 6, ranAfterDeath: false });
    expect(by(/De Linie/)).toMatchObject({ kind: 'transfer', interval: 'monthly', lastDate: '2026-02-01', ranAfterDeath: false });
    expect(by(/Spotify/)).toMatchObject({ kind: 'card', interval: 'monthly', ranAfterDeath: true });
    // Groceries, income and a one-off purchase are no contracts.
    expect(by(/Albert Heijn|Sociale|bol/)).toBeUndefined();
    expect(series).toHaveLength(10);
  });

  it('shows the 24 newest payments as evidence whether the export lists the oldest or the newest first', async () => {
    const lines = Array.from({ length: 60 }, (_, i): FixtureLine => ({
      date: new Date(Date.UTC(2021, i, 3)).toISOString().slice(0, 10), amount: 20 + i, direction: 'debit', kind: 'dd',
      name: 'Vattenfall Klantenservice N.V.', creditorId: CREDITORS.vattenfall, mandateId: 'VF-1', iban: 'NL20INGB0001234567', description: `Termijn ${i + 1}`,
    }));
    const evidence = async (order: FixtureLine[]) => (await detect(join(ingChunks([{ iban: 'NL91ABNA0417164300', lines: order }]))))[0].evidence.map((e) => `${e.date} ${e.description}`);
    const oldestFirst = await evidence(lines);
    expect(oldestFirst).toHaveLength(24);
    expect(oldestFirst[0]).toBe('2024-01-03 Termijn 37');
    expect(oldestFirst[23]).toBe('2025-12-03 Termijn 60');
    expect(await evidence([...lines].reverse())).toEqual(oldestFirst);
  });

  it('classifies intervals by the median gap when most gaps agree', () => {
    const days = (gaps: number[]) => gaps.reduce((d, g) => [...d, d[d.length - 1] + g], [0]);
    expect(intervalOf(days([31, 28, 31, 30, 61, 30]))).toBe('monthly');
    expect(intervalOf(days([91, 92, 90]))).toBe('quarterly');
    expect(intervalOf(days([365]))).toBe('yearly');
    expect(intervalOf(days([3, 40, 9, 100]))).toBe('irregular');
  });

  it('reads the company behind a PSP from the ultimate creditor or the description', () => {
    expect(umbrellaMerchant('Netflix International B.V.', 'whatever 123')).toBe('Netflix International B.V.');
    expect(umbrellaMerchant(null, 'M1234 0020 Netflix International B.V. 55 abonnement')).toBe('Netflix International B.V.');
  });
});

describe('provider matching', () => {
  const matcher = new ProviderMatcher([
    { id: 'kpn', name: 'KPN', creditorIds: [CREDITORS.kpn], kvkNumber: null, knownNames: [] },
    { id: 'vattenfall', name: 'Vattenfall', creditorIds: [], kvkNumber: '33263983', knownNames: [] },
    { id: 'netflix', name: 'Netflix', creditorIds: [], kvkNumber: null, knownNames: ['Netflix International'] },
    { id: 'mollie-lookalike', name: 'Stichting Mollie Payments', creditorIds: [CREDITORS.mollie], kvkNumber: null, knownNames: [] },
  ]);

  it('matches by creditor ID, by the KvK number inside a Dutch creditor ID, then by name', () => {
    expect(kvkFromCreditorId(CREDITORS.vattenfall)).toBe('33263983');
    expect(kvkFromCreditorId('DE98ZZZ09999999999')).toBeNull();
    expect(matcher.match({ creditorIds: [CREDITORS.kpn], counterpartyName: 'Something else', umbrella: null })).toEqual({ providerId: 'kpn', matchedBy: 'creditor-id' });
    expect(matcher.match({ creditorIds: [CREDITORS.vattenfall], counterpartyName: 'Vattenfall Klantenservice N.V.', umbrella: null })).toEqual({ providerId: 'vattenfall', matchedBy: 'kvk' });
    expect(matcher.match({ creditorIds: [], counterpartyName: 'NETFLIX INTERNATIONAL B.V.', umbrella: 'Mollie' })).toEqual({ providerId: 'netflix', matchedBy: 'name' });
    expect(matcher.match({ creditorIds: [CREDITORS.unknownGym], counterpartyName: 'Sportschool Fit B.V.', umbrella: null })).toBeNull();
  });

  it('never matches a PSP-collected series by the PSP creditor ID', () => {
    expect(matcher.match({ creditorIds: [CREDITORS.mollie], counterpartyName: 'Fitness Plus', umbrella: 'Mollie' })).toBeNull();
  });

  it('finds the contract a series already is: same mandate first, else same provider', () => {
    const contracts = [
      { id: 'a', providerId: 'kpn', accountNumber: 'other' },
      { id: 'b', providerId: 'kpn', accountNumber: '1.2345.678' },
    ];
    expect(knownContract('kpn', '1.2345.678', contracts)?.id).toBe('b');
    expect(knownContract('kpn', 'X', contracts)?.id).toBe('a');
    expect(knownContract('vattenfall', 'X', contracts)).toBeNull();
  });
});
