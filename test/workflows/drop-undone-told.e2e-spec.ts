import { API, createEstate, letterText } from '../support/fixtures';
import { nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, relative } from '../workspace/support';

type Letter = { id: string; kind: string; recipient: string; channel: string; status: string; letterDate: string };

/**
 * dropmore: a drop of a bill recorded by mistake and undone is put right with whoever it told. The agency our stop went to read that
 * the collection ended: it reads that this was recorded by mistake and the bill is disputed again. Nothing went: nothing goes.
 */
describe('an undone drop put right with whoever it told', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let sink: SmtpSink;

  beforeAll(async () => {
    const started = await startTestApp({ mailSink: true });
    [t, sink] = [started, started.sink];
    ({ anna, kpn } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A contract ended on 30 November whose bill F-12 is disputed; with `agency`, collected by Intrum, our stop to it sent by e-mail. */
  async function disputed(givenNames: string, agency: boolean) {
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    if (agency) await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-2', amount: 30 }).expect(200);
    await t.runDue();
    return { id: contract.id, estateId: estate.id, family };
  }
  const lettersOf = async (contractId: string, kind: string) => ((await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[]).filter((l) => l.kind === kind);
  const nlDate = (d: string) => new Date(`${d.slice(0, 10)}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  it('tells the agency that heard the collection ended that the drop was recorded by mistake, once; a new drop tells it again', async () => {
    const c = await disputed('Truus', true);
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    const [ended] = await lettersOf(c.id, 'collection_ended');
    expect(ended).toMatchObject({ recipient: 'Intrum', status: 'sent' });

    await anna.api.post(`${API}/contracts/${c.id}/drop-undone`, { invoiceReference: 'F-12' }).expect(200);
    await t.runDue();
    const corrections = await lettersOf(c.id, 'collection_end_undone');
    expect(corrections.map((l) => ({ recipient: l.recipient, channel: l.channel, status: l.status }))).toEqual([{ recipient: 'Intrum', channel: 'email', status: 'sent' }]);
    const text = await letterText(anna.api, corrections[0].id);
    expect(text).toContain('Correctie: de incasso is niet beëindigd');
    expect(text).toContain(`Op ${nlDate(ended.letterDate)} heb ik u daarna geschreven dat KPN ons op ${nlDate(ended.letterDate)} had laten weten dat factuur F-12 (€ 30,00) is ingetrokken.`);
    expect(text).toContain('Dat is bij ons per vergissing zo vastgelegd: KPN heeft die factuur niet ingetrokken, en het bezwaar ertegen loopt nog.');
    expect(text).toContain(`Het verzoek in die brief van ${nlDate(ended.letterDate)} vervalt daarom.`);
    // Her history names the correction that went, to whom.
    const history = ((await anna.api.get(`${API}/estates/${c.estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).join(' | ');
    expect(history).toMatch(/Correctie: de incasso is niet beëindigd.*Intrum/);

    // KPN drops the bill after all: the agency hears it again (the end it was told is taken back), and only once.
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'post' }).expect(200);
    await t.runDue();
    expect((await lettersOf(c.id, 'collection_ended')).length).toBe(2);
    expect((await lettersOf(c.id, 'collection_end_undone')).length).toBe(1);
  });

  it("lists the drop's day corrected in the family's daily e-mail, as her timeline says it", async () => {
    const c = await disputed('Dientje', false);
    await anna.api.post(`${API}/estates/${c.estateId}/family-members`, { name: 'Mies Jansen', email: 'mies.dag@family.example', relation: 'child', isHeir: true, isRepresentative: false }).expect(201);
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await anna.api.post(`${API}/contracts/${c.id}/drop-day-corrected`, { toldOn: yesterday }).expect(200);
    const line = `KPN liet ons niet op ${nlDate(today)} maar op ${nlDate(yesterday)} weten dat`;
    expect(((await c.family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join(' | ')).toContain(line);
    expect((await nextFamilyDigest(t.admin, sink, 'mies.dag@family.example', 0)).replace(/\u00a0/g, ' ')).toContain(line);
  });

  it('sends nothing when the drop made no letter go', async () => {
    const c = await disputed('Gerrit', false);
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    const before = ((await anna.api.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as Letter[]).length;
    await anna.api.post(`${API}/contracts/${c.id}/drop-undone`, {}).expect(200);
    await t.runDue();
    expect(((await anna.api.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as Letter[]).length).toBe(before);
    // The family's timeline marks the undone drop's own line, and no other.
    const lines = ((await c.family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(lines.filter((l) => l.endsWith('Later teruggedraaid: per vergissing vastgelegd.'))).toHaveLength(1);
  });
});
