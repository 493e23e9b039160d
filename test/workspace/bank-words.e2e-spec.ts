import request from 'supertest';
import { API, createEstate, createProvider } from '../support/fixtures';
import { nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { account } from './support';
import { VirtualClock } from '../../src/clock/clock';

/**
 * bankwords (audit77 TODAY-1, BANK-3): a bank was asked to block the account and give the balance, an insurer by its kind; nothing
 * was ended. Today, the refusal to close an estate and the family's daily email say what the bank did, as the contract page does.
 */
describe('Today and the family say what a bank did, never "Beëindiging"', () => {
  let t: TestApp;
  let sink: SmtpSink;
  // Held here to move the day on without running the work due (as a scheduler that has not come round yet).
  const clock = new VirtualClock(new Date('2026-11-23T09:00:00+01:00'));

  beforeAll(async () => ({ sink } = t = await startTestApp({ mailSink: true, clock })));
  afterAll(() => t?.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const html = (page: string) => nbsp(page.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' '));

  /** A bank's request to `owner`'s new estate; `blocked`: answered at the desk with the block and its balance, not released. */
  async function bankRequest(owner: Session, name: string, blocked: boolean) {
    const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(owner);
    const c = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    if (blocked) {
      const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
      await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'NB-1', done: 'accountBlocked', balance: 1234.56 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    }
    return { id: c.id, estateId: estate.id, providerId: p.id };
  }
  const today = async (owner: Session) => (await owner.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string; statusText: string }[];

  it("Today's row of a block whose release is late says the block and the balance, in Dutch and English, on the API and the page; so does a refused close", async () => {
    const anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    const ben = await account(t, 'Ben Jansen', 'specialist', 'en');
    const north = await bankRequest(anna.api, 'Northbank', true);
    const south = await bankRequest(ben.api, 'Southbank', true);
    await t.runDue(70);

    // On main: "Beëindiging bevestigd door Northbank per 2 november 2026. Het saldo is nog niet vrijgegeven …".
    const row = (await today(anna.api)).find((c) => c.contractId === north.id)!;
    expect(row.reason).toBe('release_overdue');
    expect(nbsp(row.statusText)).toMatch(/^Northbank heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is niet op tijd vrijgegeven naar de boedelrekening: herinnering verstuurd, vrijgave uiterlijk \d+ \w+ \d{4}\./);
    const english = (await today(ben.api)).find((c) => c.contractId === south.id)!;
    expect(nbsp(english.statusText)).toMatch(/^Southbank has blocked the account; balance as of 2 November 2026: €1,234\.56\. The balance was not released to the estate account in time: reminder sent, release due by \d+ \w+ \d{4}\./);

    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
    const page = html((await web.get('/app').expect(200)).text);
    expect(page).toContain('Northbank heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56.');
    expect(page).not.toMatch(/Beëindiging|bevestigd door Northbank/);

    // The refusal to close the estate names the contract as it stands.
    const refused = (await anna.api.post(`${API}/estates/${north.estateId}/close`).expect(409)).body as { detail: string };
    expect(nbsp(refused.detail)).toContain('Northbank heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56.');
    expect(refused.detail).not.toContain('Beëindiging');
  });

  it("Today's row of a bank's or an insurer's request past its term says what was asked", async () => {
    const anna = await account(t, 'Anna Vos', 'specialist', 'nl');
    const quiet = await bankRequest(anna.api, 'Zuidbank', false);
    const insurer = await createProvider(t.admin, { name: 'Levensverzekeraar', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna.api);
    const life = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, action: 'cancel', description: 'Overlijdensrisicoverzekering', accountNumber: 'POL-1', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${life.id}/request`).expect(200);
    await t.runDue();
    // The term passed; the reminder is not sent yet: the row is late with the request's own words, and says the term passed (englow).
    clock.advanceDays(20);
    const rows = await today(anna.api);
    // On main: "Beëindiging gevraagd bij Zuidbank, antwoord aanbieder uiterlijk …".
    expect(nbsp(rows.find((r) => r.contractId === quiet.id)!.statusText)).toMatch(/^Blokkering en saldo gevraagd bij Zuidbank, antwoord aanbieder uiterlijk \d+ \w+ \d{4} \(termijn verstreken\)\./);
    expect(nbsp(rows.find((r) => r.contractId === life.id)!.statusText)).toMatch(/^Uitkering gevraagd bij Levensverzekeraar, antwoord aanbieder uiterlijk /);
    await t.runDue();
  });

  it("the family's email tells no block taken back the same day, nor that the bank handled the request; the card says it is asked", async () => {
    const anna = await account(t, 'Anna Smit', 'specialist', 'nl');
    const p = await createProvider(t.admin, { name: 'Zuidbank Terug', category: 'bank', requiredDocuments: [] });
    const kpn = await createProvider(t.admin, { name: 'KPN Terug', requiredDocuments: [] });
    const estate = await createEstate(anna.api);
    const maria = (await anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir', email: 'maria.terug@family.example' }).expect(201)).body as { accessCode: string };
    const c = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Beleggingsrekening', accountNumber: 'NL12ZUID0123456789' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    expect(nbsp(await nextFamilyDigest(t.admin, sink, 'maria.terug@family.example', 0))).toContain('Zuidbank Terug');

    // The owner records a block by mistake and takes it back the same day; another request goes out that day.
    await anna.api.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ZB-1', done: 'accountBlocked', balance: 4321 }).expect(200);
    await anna.api.post(`${API}/contracts/${c.id}/take-back-confirmation`, { reason: 'Bij het verkeerde contract vastgelegd.' }).expect(200);
    const mobile = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, action: 'cancel', description: 'Mobiel', accountNumber: '06-1' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${mobile.id}/request`).expect(200);
    await t.runDue();
    const mail = nbsp(await nextFamilyDigest(t.admin, sink, 'maria.terug@family.example', 1));
    expect(mail).toContain('KPN Terug');
    // On main: "- Zuidbank Terug: Zuidbank Terug heeft laten weten dat het verzoek is afgehandeld." and that the block was taken back.
    expect(mail).not.toContain('Zuidbank Terug');
    expect(mail).not.toContain('afgehandeld');

    // The card says where it stands: asked, nothing blocked; the timeline keeps both steps, the block told as taken back.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const card = ((await portal.get(`${API}/portal/estate?lang=nl`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === c.id)!;
    expect(card.statusText).toMatch(/^We hebben Zuidbank Terug gevraagd/);
    expect(card.statusText).not.toMatch(/geblokkeerd|afgehandeld/);
    const timeline = ((await portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join('\n');
    expect(timeline).toContain('Het antwoord van Zuidbank Terug dat de rekening is geblokkeerd (saldo per 2 november 2026) is ingetrokken: per vergissing vastgelegd.');
    expect(timeline).not.toContain('het verzoek is afgehandeld');
  });
});
