import { API, createEstate, createProvider } from '../support/fixtures';
import { abnAmroChunks, abnAmroCsvChunks, camt053Chunks, CREDITORS, DATE_OF_DEATH, ingChunks, join, scenario } from '../support/statement-fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

describe('statement import (API)', () => {
  let t: TestApp;
  let owner: Session;
  let estateId: string;
  const providers: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.specialist('Eva Statements');
    estateId = (await createEstate(owner, { dateOfDeath: DATE_OF_DEATH })).id;
    providers.kpn = (await createProvider(t.admin, { name: 'KPN Statements', creditorIds: [CREDITORS.kpn.toLowerCase()] })).id;
    providers.vattenfall = (await createProvider(t.admin, { name: 'Vattenfall Statements', category: 'energy', kvkNumber: '33263983' })).id;
    providers.netflix = (await createProvider(t.admin, { name: 'Netflix Statements', category: 'subscription', knownNames: ['Netflix International'] })).id;
    providers.ziggo = (await createProvider(t.admin, { name: 'Ziggo Statements', creditorIds: [CREDITORS.ziggoNew] })).id;
    providers.linie = (await createProvider(t.admin, { name: 'De Linie Statements', category: 'housing', knownNames: ['Woonstichting De Linie'] })).id;
  });
  afterAll(() => t.close());

  const findings = async (estate = estateId) => (await owner.get(`${API}/estates/${estate}/statement-findings?limit=200`).expect(200)).body;

  it('keeps the provider directory fields', async () => {
    const res = await t.admin.get(`${API}/providers/${providers.kpn}`).expect(200);
    expect(res.body).toMatchObject({ creditorIds: [CREDITORS.kpn], kvkNumber: null, knownNames: [] });
    await t.admin.patch(`${API}/providers/${providers.kpn}`, { kvkNumber: '1234' }).expect(400);
  });

  it('refuses a broken file with a 422 naming the line, and keeps nothing', async () => {
    const broken = join(camt053Chunks(scenario())).replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DBIT</Cdt>');
    const res = await owner.post(`${API}/estates/${estateId}/statements`).set('Content-Type', 'application/xml').send(broken).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/^line \d+: not well-formed XML/) });
    const notAStatement = await owner.post(`${API}/estates/${estateId}/statements`).attach('file', Buffer.from('a,b\n1,2\n'), 'statement.csv').expect(422);
    expect(notAStatement.body.errors[0].message).toMatch(/^line 1: not a camt\.053 statement/);
    expect(await findings()).toEqual({ items: [], nextCursor: null, unknownCreditors: [], imports: [] });
  });

  it("tells each refusal in the owner's language, naming the line and the element (Dutch first, English beside it)", async () => {
    const post = (session: Session, estate: string) => session.post(`${API}/estates/${estate}/statements`);
    const broken = join(camt053Chunks(scenario())).replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DBIT</Cdt>');
    const line = (await post(owner, estateId).set('Content-Type', 'application/xml').send(broken).expect(422)).body;
    const at = /^line (\d+):/.exec(line.errors[0].message)![1];
    expect(line.detail).toBe(`Dit is geen afschrift dat Steward kan lezen: regel ${at} is niet te lezen. Kies een camt.053-afschrift of een export van ING, Rabobank of ABN AMRO. Er is niets bewaard.`);
    const amount = join(camt053Chunks(scenario())).replace(/<Amt Ccy="EUR">[\d.]+<\/Amt>/, '<Amt Ccy="EUR">veel</Amt>');
    const entry = (await post(owner, estateId).set('Content-Type', 'application/xml').send(amount).expect(422)).body;
    expect(entry.errors[0].message).toMatch(/^Ntry at line \d+: <Amt> "veel" is not an amount/);
    expect(entry.detail).toMatch(/^Dit is geen afschrift dat Steward kan lezen: regel \d+ \(element <Ntry>\) is niet te lezen\./);
    const empty = (await post(owner, estateId).attach('file', Buffer.from(join(camt053Chunks([]))), 'leeg.xml').expect(422)).body;
    expect(empty).toMatchObject({ detail: 'Het afschrift bevat geen transacties. Er is niets bewaard.', errors: [{ field: 'file', message: 'holds no transactions' }] });
    const unsupported = (await post(owner, estateId).set('Content-Type', 'application/json').send('{}').expect(415)).body;
    expect(unsupported.detail).toMatch(/^Stuur het afschrift als multipart\/form-data/);
    // The English administrator reads the same refusal in English, the parser's reason in it.
    const english = (await post(t.admin, estateId).set('Content-Type', 'application/xml').send(broken).expect(422)).body;
    expect(english.detail).toBe(`This is not a statement Steward can read (${english.errors[0].message}). Nothing was kept.`);
    expect(await findings()).toMatchObject({ items: [], imports: [] });
  });

  it('answers 404 for an estate outside the caller’s reach', async () => {
    const other = await t.specialist('Other Owner');
    await other.post(`${API}/estates/${estateId}/statements`).set('Content-Type', 'application/xml').send(join(camt053Chunks(scenario()))).expect(404);
    await other.get(`${API}/estates/${estateId}/statement-findings`).expect(404);
  });

  it('imports a camt.053 with two accounts (multipart), keeps only the series, and matches providers', async () => {
    const res = await owner.post(`${API}/estates/${estateId}/statements`).attach('file', Buffer.from(join(camt053Chunks(scenario(), '08'))), 'afschrift.xml').expect(201);
    expect(res.body).toMatchObject({ format: 'camt053', fileName: 'afschrift.xml', accounts: ['NL39RABO0300065264', 'NL91ABNA0417164300'], seriesCount: 10, periodFrom: '2025-01-01', periodTo: '2026-05-24' });
    // Groceries (10), pension income (17) and a one-off purchase (1) are read and thrown away.
    expect(res.body.discardedTransactions).toBe(28);
    const body = await findings();
    expect(body.items).toHaveLength(10);
    const by = (name: RegExp) => body.items.find((f: { counterpartyName: string }) => name.test(f.counterpartyName));
    expect(by(/KPN/)).toMatchObject({ provider: { id: providers.kpn, matchedBy: 'creditor-id' }, reversals: 1, mandateId: '1.2345.678', status: 'probable-contract' });
    expect(by(/Vattenfall/)).toMatchObject({ provider: { id: providers.vattenfall, matchedBy: 'kvk' }, ranAfterDeath: true, interval: 'monthly', typicalAmount: 120.5 });
    expect(by(/Vattenfall/).evidence[0]).toMatchObject({ date: expect.any(String), amount: 120.5, mandateId: 'VF-0012345', location: expect.stringMatching(/^Ntry at line \d+$/) });
    expect(by(/Netflix/)).toMatchObject({ provider: { id: providers.netflix, matchedBy: 'name' }, collectedBy: 'Mollie' });
    expect(by(/Ziggo/)).toMatchObject({ provider: { id: providers.ziggo }, creditorIds: [CREDITORS.ziggoOld, CREDITORS.ziggoNew] });
    expect(body.unknownCreditors.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['Sportschool Fit B.V.', 'Fitness Plus lidmaatschap']));
  });

  it('turns chosen findings into draft contracts with the mandate as account number; they show as known', async () => {
    const body = await findings();
    const kpn = body.items.find((f: { counterpartyName: string }) => /KPN/.test(f.counterpartyName));
    const gym = body.items.find((f: { counterpartyName: string }) => /Sportschool/.test(f.counterpartyName));
    const refused = await owner.post(`${API}/estates/${estateId}/statement-findings/contracts`, { findingIds: [kpn.id, gym.id] }).expect(422);
    expect(refused.body.errors[0].message).toMatch(/Sportschool Fit B\.V\.: add the creditor to the provider directory first/);
    const res = await owner.post(`${API}/estates/${estateId}/statement-findings/contracts`, { findingIds: [kpn.id] }).expect(201);
    const contract = (await owner.get(`${API}/contracts/${res.body.contractIds[0]}`).expect(200)).body;
    expect(contract).toMatchObject({ accountNumber: '1.2345.678', state: 'draft' });
    const after = await findings();
    expect(after.items.find((f: { id: string }) => f.id === kpn.id).knownContractId).toBe(contract.id);
    await owner.post(`${API}/estates/${estateId}/statement-findings/contracts`, { findingIds: [kpn.id] }).expect(422);
  });

  it('makes no second contract of a finding the owner already added by hand (its mandate typed without the dash), naming the creditor', async () => {
    await owner.post(`${API}/estates/${estateId}/contracts`, { providerId: providers.vattenfall, description: 'Stroom', accountNumber: 'vf 0012345', action: 'cancel' }).expect(201);
    const vattenfall = (await findings()).items.find((f: { counterpartyName: string }) => /Vattenfall/.test(f.counterpartyName));
    const netflix = (await findings()).items.find((f: { counterpartyName: string }) => /Netflix/.test(f.counterpartyName));
    const contractsBefore = (await owner.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items.length;
    const refused = await owner.post(`${API}/estates/${estateId}/statement-findings/contracts`, { findingIds: [netflix.id, vattenfall.id] }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'findingIds', message: `${vattenfall.counterpartyName}: already a contract` }]);
    // All or none: Netflix, which had no contract, waits for the owner's next choice too.
    expect((await owner.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items).toHaveLength(contractsBefore);
  });

  it('asks the account number of a finding without a mandate (the rent paid by transfer) instead of printing the landlord’s IBAN as one', async () => {
    const rent = (await findings()).items.find((f: { counterpartyName: string }) => /De Linie/.test(f.counterpartyName));
    expect(rent).toMatchObject({ kind: 'transfer', mandateId: null, counterpartyIban: 'NL44RABO0123456789', provider: { id: providers.linie } });
    const contractsBefore = (await owner.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items.length;
    const post = (body: object) => owner.post(`${API}/estates/${estateId}/statement-findings/contracts`, body);
    const missing = (await post({ findingIds: [rent.id] }).expect(422)).body;
    expect(missing.errors).toEqual([{ field: `accountNumbers.${rent.id}`, message: 'Woonstichting De Linie: no mandate on the statement; give the account number at the provider' }]);
    // A blank number is none; one longer than any account number is refused as such; nothing is kept either time.
    expect((await post({ findingIds: [rent.id], accountNumbers: { [rent.id]: '   ' } }).expect(422)).body.errors[0].field).toBe(`accountNumbers.${rent.id}`);
    expect((await post({ findingIds: [rent.id], accountNumbers: { [rent.id]: 'x'.repeat(101) } }).expect(422)).body.errors).toEqual([{ field: `accountNumbers.${rent.id}`, message: 'must be at most 100 characters' }]);
    expect((await owner.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items).toHaveLength(contractsBefore);
    const res = await post({ findingIds: [rent.id], accountNumbers: { [rent.id]: ' HUUR-00123 ' } }).expect(201);
    const contract = (await owner.get(`${API}/contracts/${res.body.contractIds[0]}`).expect(200)).body;
    expect(contract).toMatchObject({ accountNumber: 'HUUR-00123', state: 'draft' });
    expect((await findings()).items.find((f: { id: string }) => f.id === rent.id).knownContractId).toBe(contract.id);
  });

  it('reads the same estate again from an ING CSV (raw body) and updates the series it finds again', async () => {
    const res = await owner.post(`${API}/estates/${estateId}/statements?fileName=ing.csv`).set('Content-Type', 'text/csv').send(join(ingChunks(scenario()))).expect(201);
    expect(res.body).toMatchObject({ format: 'ing', seriesCount: 10 });
    const body = await findings();
    expect(body.items).toHaveLength(10);
    expect(body.imports).toHaveLength(2);
    expect(body.items.find((f: { counterpartyName: string }) => /KPN/.test(f.counterpartyName)).knownContractId).toEqual(expect.any(String));
  });

  it('pages the findings by cursor, those still running after the death first; a foreign cursor is a 400 naming it', async () => {
    const all = (await findings()).items as { id: string; ranAfterDeath: boolean; lastDate: string }[];
    const seen: typeof all = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: typeof all; nextCursor: string | null } = (await owner.get(`${API}/estates/${estateId}/statement-findings?limit=3${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((f) => f.id)).toEqual(all.map((f) => f.id));
    expect(new Set(seen.map((f) => f.id)).size).toBe(10);
    // Still running after the death first, then the newest last payment.
    const order = seen.map((f) => `${f.ranAfterDeath ? 1 : 0}${f.lastDate}`);
    expect(order).toEqual([...order].sort().reverse());
    const bad = await owner.get(`${API}/estates/${estateId}/statement-findings?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors[0]).toMatchObject({ field: 'cursor' });
  });

  it.each([
    ['TXT', 'TXT260630120000.TAB', abnAmroChunks],
    ['CSV', 'transacties.csv', abnAmroCsvChunks],
  ])('reads an ABN AMRO %s file', async (_kind, fileName, writer) => {
    const other = await createEstate(owner, { dateOfDeath: DATE_OF_DEATH });
    const res = await owner.post(`${API}/estates/${other.id}/statements`).attach('file', Buffer.from(join(writer(scenario()))), fileName).expect(201);
    expect(res.body).toMatchObject({ format: 'abnamro', seriesCount: 10 });
    expect((await findings(other.id)).items).toHaveLength(10);
  });
});
