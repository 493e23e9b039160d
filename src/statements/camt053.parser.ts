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

/** Streams a camt.053 file: entries come out while the file is still being read. */
export async function* parseCamt053(input: AsyncIterable<Buffer | string>): AsyncGenerator<StatementTransaction> {
  const parser = new SaxesParser({ position: true });
  const decoder = new StringDecoder('utf8');
  const ready: StatementTransaction[] = [];
  // Path below the current Stmt (e.g. "Ntry/NtryDtls/TxDtls/Refs/MndtId"); a stack of prefixes keeps it cheap.
  const stack: string[] = [];
  let depth = 0;
  let path = '';
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
    const name = localName(tag.name);
    depth++;
    if (depth === 1) {
      rootSeen = true;
      const prefix = tag.name.includes(':') ? `xmlns:${tag.name.slice(0, tag.name.indexOf(':'))}` : 'xmlns';
      const version = NAMESPACE.exec(String(tag.attributes[prefix] ?? ''));
      if (name !== 'Document' || !version) failure ??= new StatementFormatError(where(), `<${tag.name}> is not a camt.053 Document (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx)`);
      else if (Number(version[1]) < 2) failure ??= new StatementFormatError(where(), `camt.053.001.${version[1]} is not supported (001.02 and later are)`);
    } else if (depth === 2 && name !== 'BkToCstmrStmt') {
      failure ??= new StatementFormatError(where(), `<${name}> found where <BkToCstmrStmt> belongs`);
    }
    stack.push(path);
    path = depth === 3 ? '' : path ? `${path}/${name}` : name;
    if (depth === 3 && name === 'Stmt') account = '';
    if (depth === 4 && name === 'Ntry') entry = newEntry(parser.line);
    if (entry && path === 'Ntry/NtryDtls/TxDtls') entry.txCount++;
    if (entry && name === 'Amt' && path === 'Ntry/Amt') entry.currency = String(tag.attributes.Ccy ?? '');
    text = '';
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    if (entry) readEntryField(entry, path, text.trim());
    else if (path === 'Acct/Id/IBAN' || (path === 'Acct/Id/Othr/Id' && !account)) account = text.trim();
    if (entry && path === 'Ntry') {
      const done = entry;
      entry = null;
      const tx = toTransaction(done, account);
      if (typeof tx === 'string') failure ??= new StatementFormatError(`Ntry at line ${done.line}`, tx);
      else ready.push(tx);
    }
    if (depth === 3 && localName(tag.name) === 'Stmt' && !account) failure ??= new StatementFormatError(where(), 'a <Stmt> without <Acct><Id><IBAN>');
    path = stack.pop()!;
    depth--;
    text = '';
  });

  const write = (chunk: string) => {
    if (!failure) parser.write(chunk);
    if (failure) throw failure;
  };
  for await (const chunk of input) {
    write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    yield* ready;
    ready.length = 0;
  }
  write(decoder.end());
  if (!rootSeen) throw new StatementFormatError('line 1', 'the file is empty');
  if (!failure) parser.close();
  if (failure) throw failure;
  yield* ready;
}

/** Banks write camt with or without a namespace prefix (`<Document>` or `<ns2:Document>`). */
const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name);

function readEntryField(e: Entry, path: string, value: string): void {
  // Only the first transaction of a batch entry counts (see the header comment).
  if (e.txCount > 1 && path.startsWith('Ntry/NtryDtls/TxDtls/')) return;
  switch (path) {
    case 'Ntry/Amt': e.amount = value; return;
    case 'Ntry/CdtDbtInd': e.indicator = value; return;
    case 'Ntry/RvslInd': e.reversalIndicator = value === 'true' || value === '1'; return;
    case 'Ntry/BookgDt/Dt': case 'Ntry/BookgDt/DtTm': e.bookingDate = value.slice(0, 10); return;
    case 'Ntry/BkTxCd/Domn/Fmly/Cd': e.family = value; return;
    case 'Ntry/BkTxCd/Domn/Fmly/SubFmlyCd': e.subFamily = value; return;
    case 'Ntry/AddtlNtryInf': e.additional = value; return;
    case 'Ntry/NtryDtls/TxDtls/Refs/MndtId': e.mandateId = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/Cdtr/Nm': case 'Ntry/NtryDtls/TxDtls/RltdPties/Cdtr/Pty/Nm': e.creditorName = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/Dbtr/Nm': case 'Ntry/NtryDtls/TxDtls/RltdPties/Dbtr/Pty/Nm': e.debtorName = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/UltmtCdtr/Nm': case 'Ntry/NtryDtls/TxDtls/RltdPties/UltmtCdtr/Pty/Nm': e.ultimateName = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/CdtrAcct/Id/IBAN': e.creditorIban = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN': e.debtorIban = value; return;
    case 'Ntry/NtryDtls/TxDtls/RltdPties/Cdtr/Id/PrvtId/Othr/Id':
    case 'Ntry/NtryDtls/TxDtls/RltdPties/Cdtr/Pty/Id/PrvtId/Othr/Id':
    case 'Ntry/NtryDtls/TxDtls/RltdPties/Cdtr/Id/OrgId/Othr/Id':
    case 'Ntry/NtryDtls/TxDtls/RltdPties/CdtrSchmeId/Id/PrvtId/Othr/Id':
    case 'Ntry/NtryDtls/TxDtls/CdtrSchmeId/Id/PrvtId/Othr/Id':
      e.creditorId ||= value;
      return;
    case 'Ntry/NtryDtls/TxDtls/RmtInf/Ustrd': e.remittance = e.remittance ? `${e.remittance} ${value}` : value; return;
  }
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
