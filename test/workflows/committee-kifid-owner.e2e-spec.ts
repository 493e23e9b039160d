import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { bankCostsDisputed } from '../workspace/support';

/**
 * kifidowner: a bank's costs the bank holds to go to Kifid, not a disputes committee. The owner's API and contract page name Kifid
 * (status, history, Today's row, the forms), call the costs costs („kosten met kenmerk AB-1", never „factuur AB-1"), and say no term
 * of Kifid's: the source we cite gives the term for the Geschillencommissie only.
 */
describe("a bank's costs with Kifid, in the owner's words", () => {
  let t: TestApp;
  let owner: Specialist;
  beforeAll(async () => {
    ({ t, owner } = await startWithOwner());
  });
  afterAll(() => t?.close());

  it("kifidrest: a life insurer's bill with Kifid reads Kifid, on the estate page's list too, and no term sentence", async () => {
    const insurer = await createProvider(t.admin, { name: 'Levensverzekeraar Kifid', category: 'insurance', requiredDocuments: [] });
    const desk = await deskOf(t, insurer.id, 'Levensverzekeraar desk');
    const estate = await createEstate(owner);
    const c = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, action: 'cancel', description: 'Uitvaartpolis', accountNumber: 'POL-9', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${c.id}/request`).expect(200);
    await owner.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'M-1', effectiveDate: '2026-11-02', done: 'payoutHandled' }).expect(200);
    await owner.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'P-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 12 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Premie tot de opzegging' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    const early = await owner.post(`${API}/contracts/${c.id}/committee-decision`, { invoiceReference: 'P-1', decision: 'billUpheld', decidedOn: today }).expect(409);
    expect(early.body.detail).toBe('Deze rekening van Levensverzekeraar Kifid ligt niet bij Kifid: leg eerst vast dat u het geschil daar indiende. Er is niets gewijzigd.');
    await owner.post(`${API}/contracts/${c.id}/committee-filed`, { invoiceReference: 'P-1', filedOn: today }).expect(200);
    const status = (await owner.get(`${API}/contracts/${c.id}`).expect(200)).body.statusText as string;
    expect(status).toBe(`Geschil over nota P-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op ${longDate(today, 'nl')}).`);
    const list = flat((await t.anonymous.get(`/app/estates/${estate.id}`).set('Cookie', `steward_app=${owner.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
    expect(list).toContain('bij Kifid');
    expect(list).not.toMatch(/geschillencommissie|noemt geen termijn/);
  });

  it('files the costs with Kifid and records its decision: Kifid by name, costs as costs, no term', async () => {
    const bank = await bankCostsDisputed(t, 'nl', 'Spaarbank Kifid');
    const owner = bank.owner.api;
    const page = async (path: string) => flat((await t.anonymous.get(path).set('Cookie', `steward_app=${owner.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
    const contract = async () => (await owner.get(`${API}/contracts/${bank.c.id}`).expect(200)).body as { state: string; statusText: string; history: unknown };
    const onToday = async () => ((await owner.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[]).find((c) => c.contractId === bank.c.id);
    const kifid = 'het Klachteninstituut Financiële Dienstverlening (Kifid)';
    await bank.desk.post(`${API}/provider-desk/requests/${bank.c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten tot de blokkade' }).expect(200);
    const today = (await t.runDue()).body.today as string;

    // The form to file names Kifid and the costs.
    const before = await page(`/app/contracts/${bank.c.id}`);
    expect(before).toContain('Geschil over de kosten ingediend bij Kifid');
    expect(before).toContain('Zolang Kifid het heeft, vraagt Steward u niet meer te beslissen over deze kosten');
    expect(before).not.toContain('geschillencommissie');

    // kifidrest: a decision for costs not yet with Kifid is refused naming Kifid and the costs.
    const early = await owner.post(`${API}/contracts/${bank.c.id}/committee-decision`, { invoiceReference: 'AB-1', decision: 'billUpheld', decidedOn: today }).expect(409);
    expect(early.body.detail).toBe('Deze kosten van Spaarbank Kifid liggen niet bij Kifid: leg eerst vast dat u het geschil daar indiende. Er is niets gewijzigd.');

    await owner.post(`${API}/contracts/${bank.c.id}/committee-filed`, { invoiceReference: 'AB-1', filedOn: today, caseNumber: 'K-2027-7' }).expect(200);
    // kifidrest: the estate page's list of contracts says „bij Kifid" as the contract page does; the desk reads the costs with Kifid.
    const estateList = await page(`/app/estates/${bank.estate.id}`);
    expect(estateList).toContain('bij Kifid');
    expect(estateList).not.toContain('geschillencommissie');
    // The dashboard's one bar counts every body's cases: it names Kifid beside the committees.
    expect(await page('/app/dashboard')).toContain('bij een geschillencommissie of Kifid');
    const request = (await bank.desk.get(`${API}/provider-desk/requests/${bank.c.id}`).expect(200)).body as { statusText: string; thread: { text: string }[] };
    expect(request.statusText).toBe(`Het geschil over de kosten met kenmerk AB-1 ligt bij ${kifid} (ingediend op ${longDate(today, 'nl')}, zaaknummer K-2027-7); de contactpersoon legt de uitspraak vast zodra die er is.`);
    expect(request.thread.map((e) => e.text).join(' | ')).toContain(`Steward legde het geschil voor aan ${kifid} op ${longDate(today, 'nl')}, zaaknummer K-2027-7; de zaak ligt nu bij Kifid`);
    expect(JSON.stringify(request)).not.toMatch(/factuur AB-1|de commissie/);
    const filed = await contract();
    expect(filed.state).toBe('withCommittee');
    expect(filed.statusText).toBe(`Geschil over de kosten met kenmerk AB-1 ligt bij ${kifid} (ingediend op ${longDate(today, 'nl')}, zaaknummer K-2027-7).`);
    expect(await onToday()).toMatchObject({ reason: 'charge_with_committee' });
    const waiting = await page(`/app/contracts/${bank.c.id}`);
    expect(waiting).toContain(`Geschil over de kosten met kenmerk AB-1 voorgelegd aan ${kifid} op ${longDate(today, 'nl')}, zaaknummer K-2027-7.`);
    expect(waiting).toContain('Uitspraak van Kifid vastleggen');
    expect(waiting).toContain('Kies wat Kifid besliste');
    expect(waiting).toContain('De kosten moeten betaald worden uit de nalatenschap');
    expect(await page('/app')).toContain('Kosten bij Kifid: wachten op de uitspraak');
    for (const text of [waiting, filed.statusText]) expect(text).not.toMatch(/factuur AB-1|geschillencommissie|noemt geen termijn|de commissie/i);

    await owner.post(`${API}/contracts/${bank.c.id}/committee-decision`, { invoiceReference: 'AB-1', decision: 'billUpheld', decidedOn: today }).expect(200);
    const decided = await page(`/app/contracts/${bank.c.id}`);
    expect(decided).toContain(`Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op ${longDate(today, 'nl')} beslist dat de kosten met kenmerk AB-1 van Spaarbank Kifid betaald moeten worden; dat gebeurt uit de nalatenschap.`);
    expect(decided).not.toMatch(/factuur AB-1|geschillencommissie|noemt geen termijn/i);
    const news = ((await owner.get(`${API}/notifications?limit=100`).expect(200)).body.items as { message: string; contractId: string }[]).filter((n) => n.contractId === bank.c.id);
    expect(news.map((n) => n.message).join('\n')).not.toMatch(/factuur AB-1|geschillencommissie|noemt geen termijn/i);
  });
});
