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
  name: string;
  /** A few each: scanned, as a string compared with === needs no hash (a Map.get of each tag's new name string was half of this reader's time). */
  children: PathNode[];
  parent: PathNode | null;
  read?: (e: Entry, value: string) => void;
  /** Its text is wanted (a field, or the account's IBAN or other ID). */
  text: boolean;
  tx: boolean;
}

const node = (name: string, parent: PathNode | null): PathNode => ({ name, children: [], parent, text: false, tx: !!parent && (parent.tx || name === 'TxDtls') });
const find = (parent: PathNode, name: string): PathNode | undefined => {
  for (const next of parent.children) if (next.name === name) return next;
  return undefined;
};
const child = (parent: PathNode, name: string): PathNode => {
  let next = find(parent, name);
  if (!next) parent.children.push((next = node(name, parent)));
  return next;
};

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
 * The elements we read, as a tree walked on every tag (Document/BkToCstmrStmt/Stmt/…): no path
 * string is built per element, and an element of no interest is skipped with all it holds by
 * counting its depth (a camt.053 has ~30 elements per entry, most of them of no interest).
 */
const DOCUMENT = node('Document', null);
const STMT = child(child(DOCUMENT, 'BkToCstmrStmt'), 'Stmt');
const NTRY = child(STMT, 'Ntry');
const ACCT_ID = child(child(STMT, 'Acct'), 'Id');
const ACCOUNT_IBAN = child(ACCT_ID, 'IBAN');
const ACCOUNT_OTHER = child(child(ACCT_ID, 'Othr'), 'Id');
ACCOUNT_IBAN.text = ACCOUNT_OTHER.text = true;
for (const [path, read] of ENTRY_FIELDS) {
  let at = NTRY;
  for (const name of path.split('/')) at = child(at, name);
  at.read = read;
  at.text = true;
}
const TX_DETAILS = child(child(NTRY, 'NtryDtls'), 'TxDtls');
const AMOUNT = child(NTRY, 'Amt');

/** Streams a camt.053 file: entries come out while the file is still being read, a batch per chunk read. */
export async function* parseCamt053(input: AsyncIterable<Buffer | string>): AsyncGenerator<StatementTransaction[]> {
  const parser = new SaxesParser({ position: true });
  const decoder = new StringDecoder('utf8');
  let ready: StatementTransaction[] = [];
  // The element we are in, in the tree above (null before the root), or below it: `skip` elements
  // deep in one we do not read.
  let at: PathNode | null = null;
  let skip = 0;
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
    text = '';
    if (skip) {
      skip++;
      return;
    }
    // Banks write camt with or without a namespace prefix (`<Document>` or `<ns2:Document>`).
    const colon = tag.name.indexOf(':');
    const name = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    if (at === null) {
      rootSeen = true;
      const version = NAMESPACE.exec(String(tag.attributes[colon < 0 ? 'xmlns' : `xmlns:${tag.name.slice(0, colon)}`] ?? ''));
      if (name !== 'Document' || !version) failure ??= new StatementFormatError(where(), `<${tag.name}> is not a camt.053 Document (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx)`, tag.name);
      else if (Number(version[1]) < 2) failure ??= new StatementFormatError(where(), `camt.053.001.${version[1]} is not supported (001.02 and later are)`, name);
      if (failure) skip = 1;
      else at = DOCUMENT;
      return;
    }
    const next = find(at, name);
    if (!next) {
      if (at === DOCUMENT) failure ??= new StatementFormatError(where(), `<${name}> found where <BkToCstmrStmt> belongs`, name);
      skip = 1;
      return;
    }
    at = next;
    if (next === NTRY) entry = newEntry(parser.line);
    else if (next === TX_DETAILS) entry!.txCount++;
    else if (next === AMOUNT) entry!.currency = String(tag.attributes.Ccy ?? '');
    else if (next === STMT) account = '';
  });
  parser.on('text', (t) => {
    if (skip === 0 && at?.text) text += t;
  });
  parser.on('closetag', () => {
    if (skip) skip--;
    else if (at) {
      if (at.read) {
        // Only the first transaction of a batch entry counts (see the header comment).
        if (!(at.tx && entry!.txCount > 1)) at.read(entry!, text.trim());
      } else if (at === ACCOUNT_IBAN || (at === ACCOUNT_OTHER && !account)) account = text.trim();
      else if (at === NTRY) {
        const done = entry!;
        entry = null;
        const tx = toTransaction(done, account);
        if (typeof tx === 'string') failure ??= new StatementFormatError(`Ntry at line ${done.line}`, tx, 'Ntry');
        else ready.push(tx);
      } else if (at === STMT && !account) failure ??= new StatementFormatError(where(), 'a <Stmt> without <Acct><Id><IBAN>', 'Stmt');
      at = at.parent;
    }
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
