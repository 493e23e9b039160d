import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * pensionletter (audit103 F2): a pension fund not informed through the BRP is told of the death and asked to stop its payments, to
 * state what it still pays or asks back and whether a nabestaandenpensioen follows; never to end a contract. Its desk, the relative's
 * card and the owner read the same. On main the letter read „Opzegging na overlijden … zonder opzegtermijn … automatische incasso", the
 * desk „Verzoek om beëindiging na overlijden", the card „gevraagd het contract te beëindigen".
 */
describe('a request to a pension fund', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  it('the letter, the desk, the relative’s card and the owner say the death is reported and the payments stopped; no end, incasso or costs', async () => {
    const fund = await createProvider(t.admin, { name: 'Pensioenfonds Noord', category: 'pension', informedByBrp: false, requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: fund.id, description: 'Ouderdomspensioen', accountNumber: 'PN-4411', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();

    // The letter, read back by pdf.js.
    const [sent] = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; status: string }[];
    expect(sent.status).toBe('sent');
    const text = await letterText(anna, sent.id);
    expect(text).toContain('Betreft: Melding van overlijden: Ouderdomspensioen');
    expect(text).toContain('verzoek u de betalingen uit het contract Ouderdomspensioen met pensioennummer PN-4411 te stoppen per de datum van overlijden, zoals uw pensioenreglement dat bepaalt.');
    expect(text).toContain('of er een nabestaandenpensioen volgt en aan wie u daarover schrijft?');
    expect(text).not.toMatch(/Opzegging|opzegtermijn|incasso|kosten|beëindig/);

    // The owner's status names what was asked.
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toMatch(/^Stoppen van de pensioenbetalingen gevraagd bij Pensioenfonds Noord/);

    // The fund's desk: its title and what was asked, by the API and on its page.
    const desk = t.as((await t.admin.post(`${API}/providers/${fund.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const view = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { statusText: string; asked: string; requestedEnd: string };
    expect(view.asked).toBe('pension');
    expect(view.statusText).toMatch(/^Melding van overlijden: verzoek de pensioenbetalingen te stoppen; graag uw antwoord uiterlijk /);
    expect(view.requestedEnd).toMatch(/^betalingen stoppen per \d+ \w+ \d{4} \(de datum van overlijden\)$/);
    await t.admin.post(`${API}/providers/${fund.id}/desk-users`, { email: 'desk@noord.pension', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@noord.pension', password: 'desk-password-1', next: '/desk' }).expect(303);
    const page = flat((await web.get(`/desk/requests/${contract.id}`).expect(200)).text);
    expect(page).toContain('Gevraagd: Pensioenbetalingen stoppen per de datum van overlijden;');
    expect(page).toContain('Brief van Steward: Melding van overlijden');
    expect(page).not.toMatch(/Verzoek om beëindiging|Gevraagd: Beëindigen/);

    // Maria's card.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const card = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; whatWeAsked: string }[]).find((c) => c.id === contract.id)!;
    const nl = await card('nl');
    expect(nl.statusText).toMatch(/^We hebben Pensioenfonds Noord gevraagd de pensioenbetalingen te stoppen; /);
    expect(nl.whatWeAsked).toBe('Pensioenbetalingen stoppen');
    const en = await card('en');
    expect(en.statusText).toMatch(/^We have asked Pensioenfonds Noord to stop the pension payments; /);
    expect(en.whatWeAsked).toBe('Stop the pension payments');

    // The fund confirms: the owner watches for a recovery of pension paid in excess, not for late bills; Maria reads it done, no end.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'PN-1' }).set('Idempotency-Key', `${contract.id}-done`).expect(200);
    const status = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText as string;
    expect(status).toMatch(/^Afhandeling bevestigd door Pensioenfonds Noord per 30 november 2026; controle op een terugvordering van te veel betaald pensioen tot en met /);
    expect(status).not.toContain('late facturen');
    expect((await card('nl')).statusText).toMatch(/^Pensioenfonds Noord heeft laten weten dat het verzoek is afgehandeld\./);
    expect((await card('nl')).statusText).not.toMatch(/beëindig|eindigt|rekeningen/);
  });
});
