import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Account, account, requestedContract } from './support';

/**
 * A request is acknowledged once (contract machine v13): an acknowledgement the owner records for the provider when the
 * request was acknowledged already is refused in her words, saying on which day the first came, on the API and on the
 * contract page (which keeps what she typed).
 */
describe('a second acknowledgement recorded by the owner', () => {
  let t: TestApp;
  let kpn: { id: string };
  let anna: Account;
  let emma: Account;

  beforeAll(async () => {
    t = await startTestApp();
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    emma = await account(t, 'Emma Smith', 'specialist', 'en');
  });
  afterAll(async () => {
    await t?.close();
  });

  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const acknowledge = (who: Account, id: string, reference: string) => who.api.post(`${API}/contracts/${id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference });
  const form = (who: Account, id: string, body: Record<string, string>) => who.api.post(`/app/contracts/${id}/acknowledge`).set('Cookie', `steward_app=${who.api.token}`).type('form').send(body);

  it('says in Dutch that KPN acknowledged it already and on which day, after the reminder too; the page keeps the reference typed', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Joop');
    const day = await today();
    await acknowledge(anna, id, 'KPN-1').expect(200);
    // Its term passes: reminded, and still acknowledged once.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect((await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.state).toBe('reminded');

    const refused = await acknowledge(anna, id, 'KPN-2').expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'https://steward.example/problems/acknowledged-already',
      detail: `KPN heeft dit verzoek al op ${longDate(day, 'nl')} bevestigd; een verzoek wordt één keer bevestigd. Bevestigt KPN de afhandeling, leg dat dan vast met ‘Aanbieder heeft bevestigd’. Er is niets gewijzigd.`,
      acknowledgedOn: day,
    });

    const page = await form(anna, id, { receivedVia: 'post', reference: 'KPN-2' }).expect(409);
    expect(flat(page.text)).toContain(`KPN heeft dit verzoek al op ${longDate(day, 'nl')} bevestigd: een verzoek wordt één keer bevestigd.`);
    expect(page.text).toMatch(/value="KPN-2"/);
    expect(page.text).toContain(`<option value="post" selected>`);
    // Nothing was recorded: the provider's reference is the first one, and one acknowledgement stands in the history.
    const contract = (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body as { providerReference: string; timeline: { event: string }[] };
    expect(contract.providerReference).toBe('KPN-1');
    expect(contract.timeline.filter((e) => e.event === 'ACKNOWLEDGE')).toHaveLength(1);
  });

  it('says it in English to an English-speaking owner, on the API and the page', async () => {
    const { id } = await requestedContract(t, emma.api, kpn.id, 'John');
    const day = await today();
    await acknowledge(emma, id, 'KPN-7').expect(200);
    const refused = await acknowledge(emma, id, 'KPN-8').expect(409);
    expect(refused.body.detail).toBe(`KPN already acknowledged this request on ${longDate(day, 'en')}; a request is acknowledged once. When KPN confirms it was done, record that with “Provider confirmed”. Nothing was changed.`);
    const page = await form(emma, id, { receivedVia: 'email', reference: 'KPN-8' }).expect(409);
    expect(flat(page.text)).toContain(`KPN already acknowledged this request on ${longDate(day, 'en')}: a request is acknowledged once.`);
    expect(page.text).toMatch(/value="KPN-8"/);
  });
});
