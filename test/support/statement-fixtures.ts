/**
 * Statement fixtures written from the published layouts (ISO 20022 camt.053 message definitions,
 * ING / Rabobank CSV and ABN AMRO TXT and CSV export descriptions; see src/statements/*.parser.ts). All
 * names of people and accounts are made up; company names are real, their identifiers fictional.
 */
export interface FixtureLine {
  date: string;
  /** Euros, positive. */
  amount: number;
  direction: 'debit' | 'credit';
  reversal?: boolean;
  kind: 'dd' | 'transfer' | 'card' | 'other';
  name: string;
  iban?: string;
  creditorId?: string;
  mandateId?: string;
  ultimate?: string;
  description: string;
}

export interface FixtureAccount {
  iban: string;
  lines: FixtureLine[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const comma = (n: number) => n.toFixed(2).replace('.', ',');

/** camt.053 in any version from 001.02; from 001.08 on parties sit under <Pty>. */
export function* camt053Chunks(accounts: Iterable<FixtureAccount>, version = '02'): Generator<string> {
  const pty = Number(version) >= 8;
  const party = (tag: string, inner: string) => (pty ? `<${tag}><Pty>${inner}</Pty></${tag}>` : `<${tag}>${inner}</${tag}>`);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<BkToCstmrStmt>\n<GrpHdr><MsgId>FIXTURE-1</MsgId><CreDtTm>2026-06-30T18:00:00</CreDtTm></GrpHdr>\n`;
  let n = 0;
  for (const account of accounts) {
    yield `<Stmt><Id>STMT-${++n}</Id><CreDtTm>2026-06-30T18:00:00</CreDtTm><Acct><Id><IBAN>${account.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>\n`;
    for (const l of account.lines) {
      const family = l.kind === 'dd' ? 'RDDT' : l.kind === 'card' ? 'CCRD' : l.kind === 'transfer' ? (l.direction === 'debit' ? 'ICDT' : 'RCDT') : 'MCOP';
      const sub = l.kind === 'dd' ? (l.reversal ? 'UPDD' : 'ESDD') : l.kind === 'card' ? 'POSD' : 'ESCT';
      const creditor = l.direction === 'debit' || l.kind === 'dd';
      const cdtrId = l.creditorId ? `<Id><PrvtId><Othr><Id>${l.creditorId}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id>` : '';
      const parties = creditor
        ? `${party('Cdtr', `<Nm>${esc(l.name)}</Nm>${cdtrId}`)}${l.iban ? `<CdtrAcct><Id><IBAN>${l.iban}</IBAN></Id></CdtrAcct>` : ''}${l.ultimate ? party('UltmtCdtr', `<Nm>${esc(l.ultimate)}</Nm>`) : ''}`
        : `${party('Dbtr', `<Nm>${esc(l.name)}</Nm>`)}${l.iban ? `<DbtrAcct><Id><IBAN>${l.iban}</IBAN></Id></DbtrAcct>` : ''}`;
      yield `<Ntry><Amt Ccy="EUR">${l.amount.toFixed(2)}</Amt><CdtDbtInd>${l.direction === 'debit' ? 'DBIT' : 'CRDT'}</CdtDbtInd>${l.reversal ? '<RvslInd>true</RvslInd>' : ''}<Sts>BOOK</Sts><BookgDt><Dt>${l.date}</Dt></BookgDt><ValDt><Dt>${l.date}</Dt></ValDt><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${family}</Cd><SubFmlyCd>${sub}</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E-${n}</EndToEndId>${l.mandateId ? `<MndtId>${esc(l.mandateId)}</MndtId>` : ''}</Refs><RltdPties>${parties}</RltdPties><RmtInf><Ustrd>${esc(l.description)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n`;
    }
    yield `</Stmt>\n`;
  }
  yield `</BkToCstmrStmt>\n</Document>\n`;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** ING "Af- en bijschrijvingen", semicolon-separated, with balance and tag columns. */
export function* ingChunks(accounts: Iterable<FixtureAccount>): Generator<string> {
  yield '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"\n';
  for (const a of accounts) {
    for (const l of a.lines) {
      const code = l.kind === 'dd' ? 'IC' : l.kind === 'card' ? 'BA' : l.kind === 'transfer' ? 'OV' : 'DV';
      const notes = l.kind === 'dd'
        ? `Naam: ${l.name} Omschrijving: ${l.description} IBAN: ${l.iban ?? ''} Kenmerk: 0001${l.mandateId ? ` Machtiging ID: ${l.mandateId}` : ''}${l.creditorId ? ` Incassant ID: ${l.creditorId}` : ''} Doorlopende incasso Valutadatum: ${l.date.split('-').reverse().join('-')}`
        : `Naam: ${l.name} Omschrijving: ${l.description}`;
      yield [l.date.replace(/-/g, ''), l.name, a.iban, l.iban ?? '', code, l.direction === 'debit' ? 'Af' : 'Bij', comma(l.amount), l.kind === 'dd' ? 'Incasso' : 'Overschrijving', notes, '1000,00', ''].map(q).join(';') + '\n';
    }
  }
}

/** Rabobank "CSV (kommagescheiden)", all 26 columns. */
export function* rabobankChunks(accounts: Iterable<FixtureAccount>): Generator<string> {
  yield '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij","Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie","Machtigingskenmerk","Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2","Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"\n';
  let seq = 0;
  for (const a of accounts) {
    for (const l of a.lines) {
      const code = l.kind === 'dd' ? 'ei' : l.kind === 'card' ? 'bc' : l.kind === 'transfer' ? 'tb' : 'db';
      const signed = `${l.direction === 'debit' ? '-' : '+'}${comma(l.amount)}`;
      yield [a.iban, 'EUR', 'RABONL2U', String(++seq).padStart(18, '0'), l.date, l.date, signed, '+1000,00', l.iban ?? '', l.name, l.ultimate ?? '', '', '', code, '', '', l.mandateId ?? '', l.creditorId ?? '', '', l.description, '', '', l.reversal ? 'MD06 Terugboeking' : '', '', '', ''].map(q).join(',') + '\n';
    }
  }
}

/** ABN AMRO's description field, the same in the TXT and the CSV export: SEPA fields tagged, card payments "BEA, …". */
function abnAmroDescription(l: FixtureLine): string {
  return l.kind === 'card'
    ? `BEA, Betaalpas  ${l.name},PAS123 NR:AB12CD, ${l.date.slice(8, 10)}.${l.date.slice(5, 7)}.${l.date.slice(2, 4)}/12:00 AMSTERDAM`
    : l.kind === 'dd'
      ? `/TRTP/SEPA Incasso algemeen doorlopend${l.reversal ? ' terugboeking' : ''}/CSID/${l.creditorId ?? ''}/NAME/${l.name}/MARF/${l.mandateId ?? ''}/REMI/${l.description}/IBAN/${l.iban ?? ''}/BIC/ABNANL2A/EREF/E2E`
      : l.kind === 'transfer'
        ? `/TRTP/SEPA Overboeking/IBAN/${l.iban ?? ''}/BIC/ABNANL2A/NAME/${l.name}/REMI/${l.description}/EREF/NOTPROVIDED`
        : l.description;
}

const abnAmroAmount = (l: FixtureLine) => `${l.direction === 'debit' ? '-' : ''}${comma(l.amount)}`;

/** ABN AMRO TXT: tab-separated, no header; SEPA fields tagged in the description. */
export function* abnAmroChunks(accounts: Iterable<FixtureAccount>): Generator<string> {
  for (const a of accounts) {
    for (const l of a.lines) {
      const d = l.date.replace(/-/g, '');
      yield [a.iban, 'EUR', d, '1000,00', '1000,00', d, abnAmroAmount(l), abnAmroDescription(l)].join('\t') + '\n';
    }
  }
}

/**
 * ABN AMRO CSV: BOM, a header, semicolons, CRLF, fields quoted only when they hold a `;`, a quote or
 * a line break; Rentedatum before the balances (unlike the TXT).
 */
export function* abnAmroCsvChunks(accounts: Iterable<FixtureAccount>): Generator<string> {
  const field = (s: string) => (/[;"\r\n]/.test(s) ? q(s) : s);
  yield '\uFEFFRekeningnummer;Muntsoort;Transactiedatum;Rentedatum;Beginsaldo;Eindsaldo;Transactiebedrag;Omschrijving\r\n';
  for (const a of accounts) {
    for (const l of a.lines) {
      const d = l.date.replace(/-/g, '');
      yield [a.iban, 'EUR', d, d, '1000,00', '1000,00', abnAmroAmount(l), abnAmroDescription(l)].map(field).join(';') + '\r\n';
    }
  }
}

export const join = (chunks: Iterable<string>) => [...chunks].join('');

export const DATE_OF_DEATH = '2026-03-10';
export const CREDITORS = {
  vattenfall: 'NL21ZZZ332639830000', // KvK 33263983 inside: matched by KvK
  kpn: 'NL82ZZZ270754260000',
  ziggoOld: 'NL45ZZZ111111110000',
  ziggoNew: 'NL67ZZZ222222220000',
  centraalBeheer: 'NL13ZZZ080537990000',
  mollie: 'NL08ZZZ502057730000',
  unknownGym: 'NL98ZZZ123456780000',
  nn: 'NL11ZZZ270232050000',
};

function monthly(from: string, count: number, day: number, make: (date: string, i: number) => FixtureLine): FixtureLine[] {
  const [y, m] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const month = m - 1 + i;
    const date = `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return make(date, i);
  });
}

/**
 * The hard cases in one estate: a reversed debit, a mandate that moved to a new creditor ID, a
 * yearly premium, a PSP collecting for two companies, a second account, and noise that is no contract.
 */
export function scenario(): FixtureAccount[] {
  const main: FixtureLine[] = [
    ...monthly('2025-01', 17, 2, (date) => ({ date, amount: 120.5, direction: 'debit', kind: 'dd', name: 'Vattenfall Klantenservice N.V.', iban: 'NL20INGB0001234567', creditorId: CREDITORS.vattenfall, mandateId: 'VF-0012345', description: `Termijnbedrag energie ${date.slice(0, 7)}` })),
    ...monthly('2025-01', 17, 24, (date) => ({ date, amount: 45, direction: 'debit', kind: 'dd', name: 'KPN B.V.', iban: 'NL55ABNA0555555555', creditorId: CREDITORS.kpn, mandateId: '1.2345.678', description: `KPN factuur ${date.slice(0, 7)}` })),
    { date: '2025-09-26', amount: 45, direction: 'credit', reversal: true, kind: 'dd', name: 'KPN B.V.', iban: 'NL55ABNA0555555555', creditorId: CREDITORS.kpn, mandateId: '1.2345.678', description: 'Terugboeking KPN factuur 2025-09' },
    ...monthly('2025-01', 8, 15, (date) => ({ date, amount: 56.5, direction: 'debit', kind: 'dd', name: 'Ziggo Services B.V.', creditorId: CREDITORS.ziggoOld, mandateId: 'ZG-778899', description: 'Ziggo abonnement' })),
    ...monthly('2025-09', 9, 15, (date) => ({ date, amount: 58, direction: 'debit', kind: 'dd', name: 'Ziggo Services B.V.', creditorId: CREDITORS.ziggoNew, mandateId: 'ZG-778899', description: 'Ziggo abonnement' })),
    { date: '2025-01-15', amount: 612, direction: 'debit', kind: 'dd', name: 'Centraal Beheer', creditorId: CREDITORS.centraalBeheer, mandateId: 'CB-55-998877', description: 'Jaarpremie woonverzekering 2025' },
    { date: '2026-01-15', amount: 640, direction: 'debit', kind: 'dd', name: 'Centraal Beheer', creditorId: CREDITORS.centraalBeheer, mandateId: 'CB-55-998877', description: 'Jaarpremie woonverzekering 2026' },
    ...monthly('2025-01', 17, 5, (date, i) => ({ date, amount: 13.99, direction: 'debit', kind: 'dd', name: 'Stichting Mollie Payments', creditorId: CREDITORS.mollie, mandateId: `MDT-NF-${i}`, description: `M${1000 + i} 0020 Netflix International B.V. abonnement` })),
    ...monthly('2025-03', 6, 8, (date, i) => ({ date, amount: 29.95, direction: 'debit', kind: 'dd', name: 'Stichting Mollie Payments', creditorId: CREDITORS.mollie, mandateId: `MDT-FP-${i}`, description: `M${2000 + i} Fitness Plus lidmaatschap` })),
    ...monthly('2025-01', 17, 20, (date) => ({ date, amount: 34.5, direction: 'debit', kind: 'dd', name: 'Sportschool Fit B.V.', creditorId: CREDITORS.unknownGym, mandateId: 'FIT-4411', description: 'Contributie' })),
    ...monthly('2025-01', 14, 1, (date) => ({ date, amount: 850, direction: 'debit', kind: 'transfer', name: 'Woonstichting De Linie', iban: 'NL44RABO0123456789', description: 'Huur Dorpsstraat 1' })),
    ...monthly('2025-01', 17, 11, (date) => ({ date, amount: 10.99, direction: 'debit', kind: 'card', name: 'Spotify', description: 'Spotify P0123' })),
    ...[3, 5, 12, 14, 23, 29, 41, 44, 58, 67].map((d): FixtureLine => ({ date: new Date(Date.UTC(2025, 0, d)).toISOString().slice(0, 10), amount: 20 + d, direction: 'debit', kind: 'card', name: `Albert Heijn ${1000 + d}`, description: 'Boodschappen' })),
    ...monthly('2025-01', 17, 23, (date) => ({ date, amount: 1450.12, direction: 'credit', kind: 'transfer', name: 'Sociale Verzekeringsbank', iban: 'NL86INGB0002445588', description: 'AOW' })),
    { date: '2025-06-03', amount: 89, direction: 'debit', kind: 'dd', name: 'bol.com', creditorId: 'NL31ZZZ301946360000', mandateId: 'BOL-1', description: 'Eenmalige bestelling' },
  ];
  const savings: FixtureLine[] = ['2025-01-28', '2025-04-28', '2025-07-28', '2025-10-28', '2026-01-28', '2026-04-28'].map((date) => ({ date, amount: 210, direction: 'debit', kind: 'dd', name: 'Nationale-Nederlanden', creditorId: CREDITORS.nn, mandateId: 'NN-7766', description: 'Kwartaalpremie overlijdensrisicoverzekering' }));
  main.sort((a, b) => a.date.localeCompare(b.date));
  return [
    { iban: 'NL91ABNA0417164300', lines: main },
    { iban: 'NL39RABO0300065264', lines: savings },
  ];
}

/**
 * `count` made-up lines for the benchmark, on two accounts, generated lazily: 60 % direct debits of
 * a few hundred monthly contracts, the rest card payments and transfers.
 */
export function* bulkAccounts(count: number): Generator<FixtureAccount> {
  const half = Math.ceil(count / 2);
  for (const [a, iban] of ['NL91ABNA0417164300', 'NL39RABO0300065264'].entries()) {
    yield { iban, lines: bulkLines(a === 0 ? half : count - half, a) };
  }
}

function* bulkLinesGenerator(count: number, seed: number): Generator<FixtureLine> {
  let state = seed + 1;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const day = Date.UTC(2016, 0, 1) + Math.floor((i / count) * 3650) * 86_400_000;
    const date = new Date(day).toISOString().slice(0, 10);
    const r = random();
    const n = Math.floor(random() * 400);
    yield r < 0.6
      ? { date, amount: 10 + n, direction: 'debit', kind: 'dd', name: `Leverancier ${String.fromCharCode(65 + (n % 26))}${n} B.V.`, creditorId: `NL${String(n % 90 + 10)}ZZZ${String(10_000_000 + n)}0000`, mandateId: `M-${n}-${seed}`, iban: 'NL20INGB0001234567', description: `Termijn ${date.slice(0, 7)} klantnummer ${n}` }
      : r < 0.9
        ? { date, amount: 1 + (n % 80), direction: 'debit', kind: 'card', name: `Winkel ${n} Amsterdam`, description: 'Betaalautomaat' }
        : { date, amount: 100 + n, direction: r < 0.95 ? 'debit' : 'credit', kind: 'transfer', name: `Ontvanger ${n}`, iban: `NL44RABO0${String(100_000_000 + n)}`, description: `Overboeking ${i}` };
  }
}

/** An array-like view the writers iterate once, without holding every line. */
function bulkLines(count: number, seed: number): FixtureLine[] {
  return { [Symbol.iterator]: () => bulkLinesGenerator(count, seed) } as unknown as FixtureLine[];
}
