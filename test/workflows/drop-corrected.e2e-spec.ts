import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { account } from '../workspace/support';

/**
 * dropcorr (audit91 F4): a provider's drop of a bill the owner recorded by mistake is undone (the bill stands again as before), and
 * one recorded with the wrong day gets the right day: her history says old → new and the desk reads the corrected day.
 */
describe("a provider's drop of a bill recorded by mistake", () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ provider, desk } = await providerWithDesk(t, { name: 'Delta', requiredDocuments: [] }));
  });
  afterAll(() => t.close());

  /** A contract Delta confirmed in its desk, with a bill after the end date disputed by letter. */
  async function disputed(surname: string, owner: Session = anna) {
    const estate = await createEstate(owner, { surname });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: `D-${surname}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'D-77' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-12-10', amount: 60 }).expect(200);
    return contract.id;
  }
  const summaries = async (id: string) => ((await anna.get(`${API}/contracts/${id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => e.summary).join(' | ');

  it('undoes the drop: the bill is disputed again on its term, the history and the desk say so; a refusal names invoiceReference', async () => {
    const id = await disputed('Terug');
    const before = (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; dueAt: string | null };
    const none = await anna.post(`${API}/contracts/${id}/drop-undone`, {}).expect(409);
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['invoiceReference']);
    expect(none.body.detail).toContain('er staat geen intrekking van deze rekening door Delta die u zelf vastlegde');

    await anna.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    expect((await anna.get(`${API}/contracts/${id}`).expect(200)).body.state).toBe('confirmed');
    const wrongBill = await anna.post(`${API}/contracts/${id}/drop-undone?lang=en`, { invoiceReference: 'F-99' }).expect(409);
    expect(wrongBill.body.errors.map((e: { field: string }) => e.field)).toEqual(['invoiceReference']);

    const undone = (await anna.post(`${API}/contracts/${id}/drop-undone`, { invoiceReference: 'F-01' }).expect(200)).body as { state: string; dueAt: string | null; openDisputes: { reference: string }[] };
    expect({ state: undone.state, dueAt: undone.dueAt, bills: undone.openDisputes.map((d) => d.reference) }).toEqual({ state: before.state, dueAt: before.dueAt, bills: ['F-01'] });
    expect(await summaries(id)).toContain('Intrekking teruggedraaid: Delta heeft factuur F-01 niet ingetrokken (per vergissing vastgelegd).');
    const thread = ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.thread as { text: string }[]).map((e) => e.text).join(' | ');
    expect(thread).toContain('Steward nam de vastgelegde intrekking van factuur F-01');
    // Undone once: nothing left to undo.
    expect((await anna.post(`${API}/contracts/${id}/drop-undone`, {}).expect(409)).body.errors[0].field).toBe('invoiceReference');
  });

  it('corrects the day of the drop: history old → new, the drop and the desk read the new day; refusals name toldOn', async () => {
    const id = await disputed('Dag');
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    const day = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const nl = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 3 }).expect(200);
    await anna.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone', toldOn: day(1) }).expect(200);
    const same = await anna.post(`${API}/contracts/${id}/drop-day-corrected`, { toldOn: day(1) }).expect(422);
    expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['toldOn']);
    // Two days on, a day after the one she recorded the drop on (day 3) cannot be when Delta said it.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 2 }).expect(200);
    const later = await anna.post(`${API}/contracts/${id}/drop-day-corrected`, { toldOn: day(4) }).expect(422);
    expect(later.body.errors.map((e: { field: string }) => e.field)).toEqual(['toldOn']);
    expect(later.body.detail).toContain('de dag waarop u de intrekking vastlegde');

    await anna.post(`${API}/contracts/${id}/drop-day-corrected`, { invoiceReference: 'F-01', toldOn: day(2) }).expect(200);
    const history = await summaries(id);
    expect(history).toContain(`de dag waarop Delta rekening F-01 introk, gecorrigeerd van ${nl(day(1))} naar ${nl(day(2))}`);
    expect(history).toContain(`Telefonisch ontvangen op ${nl(day(2))}.`);
    expect(history).not.toContain(`Telefonisch ontvangen op ${nl(day(1))}.`);
    const thread = ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.thread as { text: string }[]).map((e) => e.text).join(' | ');
    expect(thread).toContain(`zoals u ons op ${nl(day(2))} liet weten`);
  });

  it('offers both on the contract page only where a drop she recorded stands: its day corrected, then undone (stop63mends)', async () => {
    const jet = await account(t, 'Jet Intrekking', 'specialist', 'nl');
    const id = await disputed('Pagina', jet.api);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: jet.email, password: jet.password, next: '/app' }).expect(303);
    const page = async () => flat((await web.get(`/app/contracts/${id}`).expect(200)).text);
    expect(await page()).not.toMatch(/Intrekking per vergissing vastgelegd|Dag van de intrekking corrigeren/);

    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const nl = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    await jet.api.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const dropped = await page();
    expect(dropped).toContain(`U legde vast dat Delta rekening F-01 introk op ${nl(today)}. Klopt die dag niet, vul dan de dag in waarop Delta het liet weten`);
    expect(dropped).toContain('Intrekking per vergissing vastgelegd: terugdraaien</h3>');

    // A day after the one she recorded it on comes back in the form, naming the field; the right day is taken.
    const refused = flat((await web.post(`/app/contracts/${id}/drop-day-corrected`).type('form').send({ toldOn: '2999-01-01' }).expect(422)).text);
    expect(refused).toContain('ligt in de toekomst');
    await web.post(`/app/contracts/${id}/drop-day-corrected`).type('form').send({ toldOn: yesterday }).expect(303);
    expect(await page()).toContain(`U legde vast dat Delta rekening F-01 introk (gemeld op ${nl(yesterday)}).`);

    await web.post(`/app/contracts/${id}/drop-undone`).type('form').send({}).expect(303);
    const undone = (await jet.api.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; openDisputes: { reference: string }[] };
    expect({ state: undone.state, bills: undone.openDisputes.map((d) => d.reference) }).toEqual({ state: 'disputed', bills: ['F-01'] });
    // An undone drop stands no more: neither form is offered, and its day is not corrected by the API either.
    expect(await page()).not.toMatch(/Intrekking per vergissing vastgelegd|Dag van de intrekking corrigeren/);
    expect((await jet.api.post(`${API}/contracts/${id}/drop-day-corrected`, { toldOn: today }).expect(409)).body.errors[0].field).toBe('invoiceReference');
  });
});
