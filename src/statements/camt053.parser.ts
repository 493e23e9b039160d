import { SaxesParser } from 'saxes';
import { StringDecoder } from 'node:string_decoder';
import { normaliseId, parseAmountCents, StatementFormatError, StatementTransaction, TransactionKind } from './transaction';

/*
 * ISO 20022 camt.053 (BankToCustomerStatement), as published in the ISO 20022 message definitions
 * (Document/BkToCstmrStmt/Stmt*, each with Acct/Id/IBAN and Ntry*). Elements read per entry:
 *   Amt (@Ccy), CdtDbtInd, RvslInd, BookgDt/Dt|DtTm, BkTxCd/Domn/Fmly/Cd + SubFmlyCd,
 *   NtryDtls/TxDtls: Refs/MndtId, RltdPties/Cdtr|Dbtr (Nm; from 001.08 on under Pty/Nm),
 *   CdtrAcct|DbtrAcct/Id/IBAN, UltmtCdtr/Nm, the SEPA creditor identifier (Cdtr/Id/PrvtId/Othr/Id
 *   or CdtrSchmeId/Id/PrvtId/Othr/Id), RmtInf/Ustrd; AddtlNtryInf when there is no Ustrd.
 * Element names are the same from 001.02 to 001.13, so one reader serves every version; only the
 * namespace is checked. A batch entry with several TxDtls is read as one line with the first
 * transaction's parties: a deceased's private account practically never has batch debits.
 */
const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})$/;

/** ISO bank transaction codes (Domn PMNT): RDDT received direct debit, ICDT/RCDT credit transfers, CCRD cards. */
const FAMILY_KINDS: Record<string, TransactionKind> = { RDDT: 'direct_debit', IDDT: 'direct_debit', ICDT: 'transfer', RCDT: 'transfer', CCRD: 'card', MCRD: 'card' };
/** Sub-families that are returns or reversals of a direct debit (UPDD unpaid, PRDD reimbursed). */
const REVERSAL_SUBFAMILIES = new Set(['UPDD', 'PRDD', 'RRTN', 'ARET']);

interface Entry {
  amount: string;
  currency: string;
  indicator: string;
  reversalIndicator: boolean;
  bookingDate: string;
  family: string;
  subFamily: string;
  mandateId: string;
  creditorName: string;
  debtorName: string;
  creditorIban: string;
  debtorIban: string;
  ultimateName: string;
  creditorId: string;
  remittance: string;
  additional: string;
  line: number;
  txCount: number;
}

const newEntry = (line: number): Entry => ({
  amount: '', currency: '', indicator: '', reversalIndicator: false, bookingDate: '', family: '', subFamily: '', mandateId: '',
  creditorName: '', debtorName: '', creditorIban: '', debtorIban: '', ultimateName: '', creditorId: '', remittance: '', additional: '', line, txCount: 0,
});

/** What a statement element we read does with its text; `tx`: it belongs to a TxDtls. */
interface PathNode {
  children: Map<string, PathNode>;
  read?: (e: Entry, value: string) => void;
  tx: boolean;
}

const node = (tx = false): PathNode => ({ children: new Map(), tx });

/** The paths below an entry we read (see the header comment), each with what its text sets. */
const ENTRY_FIELDS: [string, (e: Entry, value: string) => void][] = [
  ['Amt', (e, v) => (e.amount = v)],
  ['CdtDbtInd', (e, v) => (e.indicator = v)],
  ['RvslInd', (e, v) => (e.reversalIndicator = v === 'true' || v === '1')],
  ['BookgDt/Dt', (e, v) => (e.bookingDate = v.slice(0, 10))],
  ['BookgDt/DtTm', (e, v) => (e.bookingDate = v.slice(0, 10))],
  ['BkTxCd/Domn/Fmly/Cd', (e, v) => (e.family = v)],
  ['BkTxCd/Domn/Fmly/SubFmlyCd', (e, v) => (e.subFamily = v)],
  ['AddtlNtryInf', (e, v) => (e.additional = v)],
  ['NtryDtls/TxDtls/Refs/MndtId', (e, v) => (e.mandateId = v)],
  ...['Cdtr/Nm', 'Cdtr/Pty/Nm'].map((p): [string, (e: Entry, v: string) => void] => [`NtryDtls/TxDtls/RltdPties/${p}`, (e, v) => (e.creditorName = v)]),
  ...['Dbtr/Nm', 'Dbtr/Pty/Nm'].map((p): [string, (e: Entry, v: string) => void] => [`NtryDtls/TxDtls/RltdPties/${p}`, (e, v) => (e.debtorName = v)]),
  ...['UltmtCdtr/Nm', 'UltmtCdtr/Pty/Nm'].map((p): [string, (e: Entry, v: string) => void] => [`NtryDtls/TxDtls/RltdPties/${p}`, (e, v) => (e.ultimateName = v)]),
  ['NtryDtls/TxDtls/RltdPties/CdtrAcct/Id/IBAN', (e, v) => (e.creditorIban = v)],
  ['NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN', (e, v) => (e.debtorIban = v)],
  ...['RltdPties/Cdtr/Id/PrvtId/Othr/Id', 'RltdPties/Cdtr/Pty/Id/PrvtId/Othr/Id', 'RltdPties/Cdtr/Id/OrgId/Othr/Id', 'RltdPties/CdtrSchmeId/Id/PrvtId/Othr/Id', 'CdtrSchmeId/Id/PrvtId/Othr/Id'].map(
    (p): [string, (e: Entry, v: string) => void] => [`NtryDtls/TxDtls/${p}`, (e, v) => (e.creditorId ||= v)],
  ),
  ['NtryDtls/TxDtls/RmtInf/Ustrd', (e, v) => (e.remittance = e.remittance ? `${e.remittance} ${v}` : v)],
];

/**
 * The elements below a Stmt we read, as a tree walked on every tag: no path string is built per
 * element (a camt.053 has ~30 elements per entry, most of them of no interest).
 */
const STMT = node();
const NTRY = node();
STMT.children.set('Ntry', NTRY);
const ACCOUNT_IBAN = node();
const ACCOUNT_OTHER = node();
const ACCT_ID = node();
ACCT_ID.children.set('IBAN', ACCOUNT_IBAN);
ACCT_ID.children.set('Othr', node()).get('Othr')!.children.set('Id', ACCOUNT_OTHER);
STMT.children.set('Acct', node()).get('Acct')!.children.set('Id', ACCT_ID);
for (const [path, read] of ENTRY_FIELDS) {
  let at = NTRY;
  for (const name of path.split('/')) {
    let next = at.children.get(name);
    if (!next) at.children.set(name, (next = node(at.tx || name === 'TxDtls')));
    at = next;
  }
  at.read = read;
}
const TX_DETAILS = NTRY.children.get('NtryDtls')!.children.get('TxDtls')!;
const AMOUNT = NTRY.children.get('Amt')!;

/** Streams a camt.053 file: entries come out while the file is still being read, a batch per chunk read. */
export async function* parseCamt053(input: AsyncIterable<Buffer | string>): AsyncGenerator<StatementTransaction[]> {
  const parser = new SaxesParser({ position: true });
  const decoder = new StringDecoder('utf8');
  let ready: StatementTransaction[] = [];
  // The element we are in, in the tree above (null outside it), and those around it.
  const stack: (PathNode | null)[] = [];
  let at: PathNode | null = null;
  let depth = 0;
  let text = '';
  let account = '';
  let entry: Entry | null = null;
  let rootSeen = false;
  let failure: StatementFormatError | null = null;

  const where = () => `line ${parser.line}`;
  parser.on('error', (error) => {
    failure ??= new StatementFormatError(where(), `not well-formed XML (${error.message.replace(/^.*?:\d+:\d+: /, '')})`);
  });
  parser.on('opentag', (tag) => {
    depth++;
    stack.push(at);
    if (depth > 3) at = at ? (at.children.get(localName(tag.name)) ?? null) : null;
    else if (depth === 3) {
      at = localName(tag.name) === 'Stmt' ? STMT : null;
      account = '';
    } else if (depth === 1) {
      rootSeen = true;
      const prefix = tag.name.includes(':') ? `xmlns:${tag.name.slice(0, tag.name.indexOf(':'))}` : 'xmlns';
      const version = NAMESPACE.exec(String(tag.attributes[prefix] ?? ''));
      if (localName(tag.name) !== 'Document' || !version) failure ??= new StatementFormatError(where(), `<${tag.name}> is not a camt.053 Document (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx)`);
      else if (Number(version[1]) < 2) failure ??= new StatementFormatError(where(), `camt.053.001.${version[1]} is not supported (001.02 and later are)`);
    } else if (localName(tag.name) !== 'BkToCstmrStmt') {
      failure ??= new StatementFormatError(where(), `<${localName(tag.name)}> found where <BkToCstmrStmt> belongs`);
    }
    if (at === NTRY) entry = newEntry(parser.line);
    else if (at === TX_DETAILS) entry!.txCount++;
    else if (at === AMOUNT) entry!.currency = String(tag.attributes.Ccy ?? '');
    text = '';
  });
  parser.on('text', (t) => {
    if (at?.read || at === ACCOUNT_IBAN || at === ACCOUNT_OTHER) text += t;
  });
  parser.on('closetag', () => {
    if (at?.read) {
      // Only the first transaction of a batch entry counts (see the header comment).
      if (!(at.tx && entry!.txCount > 1)) at.read(entry!, text.trim());
    } else if (at === ACCOUNT_IBAN || (at === ACCOUNT_OTHER && !account)) account = text.trim();
    else if (at === NTRY) {
      const done = entry!;
      entry = null;
      const tx = toTransaction(done, account);
      if (typeof tx === 'string') failure ??= new StatementFormatError(`Ntry at line ${done.line}`, tx);
      else ready.push(tx);
    } else if (at === STMT && !account) failure ??= new StatementFormatError(where(), 'a <Stmt> without <Acct><Id><IBAN>');
    at = stack.pop()!;
    depth--;
    text = '';
  });

  const write = (chunk: string) => {
    if (!failure) parser.write(chunk);
    if (failure) throw failure;
  };
  for await (const chunk of input) {
    write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (ready.length) {
      yield ready;
      ready = [];
    }
  }
  write(decoder.end());
  if (!rootSeen) throw new StatementFormatError('line 1', 'the file is empty');
  if (!failure) parser.close();
  if (failure) throw failure;
  if (ready.length) yield ready;
}

/** Banks write camt with or without a namespace prefix (`<Document>` or `<ns2:Document>`). */
const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name);

function toTransaction(e: Entry, account: string): StatementTransaction | string {
  const amountCents = parseAmountCents(e.amount);
  if (amountCents === null || amountCents < 0) return `<Amt> "${e.amount}" is not an amount`;
  if (e.indicator !== 'DBIT' && e.indicator !== 'CRDT') return `<CdtDbtInd> must be DBIT or CRDT, not "${e.indicator}"`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.bookingDate)) return 'no <BookgDt>';
  const direction = e.indicator === 'DBIT' ? 'debit' : 'credit';
  const kind = e.mandateId ? 'direct_debit' : (FAMILY_KINDS[e.family] ?? 'other');
  // An outgoing payment's counterparty is its creditor; an incoming one's (or a returned debit's) the debtor.
  const outgoing = direction === 'debit' || kind === 'direct_debit';
  return {
    account,
    bookingDate: e.bookingDate,
    amountCents,
    currency: e.currency || 'EUR',
    direction,
    // A credit under a mandate is a returned or refunded debit, whatever code the bank gave it.
    reversal: e.reversalIndicator || REVERSAL_SUBFAMILIES.has(e.subFamily) || (direction === 'credit' && kind === 'direct_debit'),
    kind,
    counterpartyName: (outgoing ? e.creditorName : e.debtorName) || null,
    counterpartyIban: (outgoing ? e.creditorIban : e.debtorIban) || null,
    ultimateName: e.ultimateName || null,
    creditorId: normaliseId(e.creditorId),
    mandateId: normaliseId(e.mandateId),
    description: e.remittance || e.additional,
    location: `Ntry at line ${e.line}`,
  };
}
