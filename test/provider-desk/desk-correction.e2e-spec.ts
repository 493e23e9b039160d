import { API, createEstate, deskWebOf, providerWithDesk } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * deskcorr (audit91 F6, audit92 F11): a correction after the desk confirmed, whose letter asks whether the date changes, puts the
 * request back before the desk with what changed until the desk confirms again; the owner reads KPN's date against what it answered.
 */
describe('a request corrected after the desk confirmed', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
  });
  afterAll(() => t?.close());

  it('is back under „Wacht op u” with what changed, each correction says what it corrected, and the same date confirmed again ends it', async () => {
    const { provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] });
    const web = await deskWebOf(t, kpn.id, { email: 'desk@kpn-corr.example' });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-55', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const runDue = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-20', reference: 'KPN-7' }).expect(200);
    const request = async () => (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    const open = async () => ((await desk.get(`${API}/provider-desk/requests?status=open`).expect(200)).body as { id: string }[]).map((r) => r.id);
    expect(await request()).toMatchObject({ tab: 'done', open: false, correction: null });

    // The owner: the request asked for the date of death or as soon as possible, as its letter did (audit92 F11).
    const ownerPage = async () => (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(await ownerPage()).toContain('beëindiging per 2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk');

    // She corrects the requested end date to 15 November: the correction letter asks KPN whether its date changes.
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-11-15' }).expect(200);
    await runDue();
    const corrected = await request();
    expect(corrected).toMatchObject({
      tab: 'waiting_on_you',
      open: true,
      correction: { changes: [{ field: 'requestedEndDate', from: null, to: '2026-11-15' }] },
    });
    expect(corrected.statusText).toContain('Steward corrigeerde het verzoek na uw bevestiging');
    expect(corrected.statusText).toContain('gewenste einddatum 15 november 2026 (was de datum van overlijden of zo spoedig mogelijk)');
    expect(corrected.nextMove).toContain('Verandert uw datum (20 november 2026) hierdoor, corrigeer dan uw bevestiging.');
    expect(await open()).toContain(contract.id);
    expect((await desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body).toMatchObject({ waiting_on_you: { count: 1 }, done: { count: 0 } });
    const page = (await web.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(page).toContain('Steward corrigeerde het verzoek na uw bevestiging');
    expect(page).not.toContain('er is niets meer te doen');

    // KPN answered what was asked then (as soon as possible), so the owner is not told 20 November is later than 15 November.
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.endDateNotice).toBeNull();

    // A second correction (the customer number): the history says what each corrected.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KPN-56' }).expect(200);
    await runDue();
    const lines = ((await request()).thread as { type: string; text: string }[]).filter((i) => i.type === 'letter' && i.text.includes('Correctie')).map((i) => i.text);
    expect(lines).toEqual([
      'Brief van Steward: Correctie op het verzoek: gewenste einddatum 15 november 2026 (was de datum van overlijden of zo spoedig mogelijk)',
      'Brief van Steward: Correctie op het verzoek: klantnummer KPN-56 (was KPN-55)',
    ]);
    expect((await request()).correction.changes).toEqual([{ field: 'requestedEndDate', from: null, to: '2026-11-15' }]);

    // KPN confirms the same date again: it stays; the request is done again, and 20 November is now held against 15 November.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'KPN-7' }).expect(200);
    expect(await request()).toMatchObject({ tab: 'done', open: false, correction: null });
    expect(await open()).not.toContain(contract.id);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.endDateNotice).toMatchObject({ kind: 'laterThanAsked', asked: '2026-11-15' });
    const history = JSON.stringify((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body);
    expect(history).toMatch(/KPN bevestigde na de correctie van het verzoek opnieuw 20 november 2026: die datum blijft|KPN confirmed 20 November 2026 again after the correction of the request: that date stays/);
  });

  /**
   * deskanswer: the owner reads the answer awaited on her page and Today, until when; once Ziggo keeps its date, that it did and that
   * 20 November is later than the date her correction named; a new date as such; and past Ziggo's term, that it did not respond and
   * the date confirmed before holds, as the letter said.
   */
  it('tells the owner the answer to her correction is awaited, what Ziggo answered, and past its term that the confirmed date holds', async () => {
    const { provider: ziggo, desk } = await providerWithDesk(t, { name: 'Ziggo', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const confirmed = async (description: string) => {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description, accountNumber: `ZG-${description}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await t.runDue();
      await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-20', reference: 'ZG-7' }).expect(200);
      return contract.id as string;
    };
    const [kept, moved, silent] = [await confirmed('Internet'), await confirmed('Mobiel'), await confirmed('Televisie')];
    const page = async (id: string) => (await anna.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const today = async () => (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    for (const id of [kept, moved, silent]) await anna.patch(`${API}/contracts/${id}`, { requestedEndDate: '2026-11-15' }).expect(200);
    await t.runDue();

    // Awaited: Ziggo's term (10 working days) from the correction letter of 23 November runs to 7 December.
    const awaited = 'Na de correctie van het verzoek (brief van 23 november 2026) wachten we op het antwoord van Ziggo: blijft 20 november 2026, of wordt het een andere datum? Volgens de brief blijft 20 november 2026 als Ziggo niet antwoordt; we wachten tot en met 7 december 2026.';
    expect(await page(kept)).toContain(awaited);
    expect(await today()).toContain('Correctie na een bevestiging: antwoord van de organisatie');
    expect(await today()).toContain(awaited);

    // Ziggo keeps its date: said so, and the later date names the correction, not „ons verzoek” (which asked as soon as possible).
    await desk.post(`${API}/provider-desk/requests/${kept}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'ZG-7' }).expect(200);
    const keptPage = await page(kept);
    expect(keptPage).toContain('Ziggo antwoordde op 23 november 2026 op de correctie van het verzoek (brief van 23 november 2026): de datum 20 november 2026 blijft.');
    expect(keptPage).toContain('is later dan de gewenste einddatum die onze correctie van 23 november 2026 noemde (15 november 2026).');
    expect(keptPage).not.toContain('later dan de datum in ons verzoek');
    expect(await today()).toContain('die onze correctie van 23 november 2026 noemde (15 november 2026)');

    // Ziggo gives a new date.
    await desk.post(`${API}/provider-desk/requests/${moved}/correct-completion`, { effectiveDate: '2026-11-16', reference: 'ZG-7' }).expect(200);
    expect(await page(moved)).toContain('Ziggo antwoordde op 23 november 2026 op de correctie van het verzoek (brief van 23 november 2026) met een nieuwe datum: 16 november 2026.');

    // Ziggo never answers: past 7 December Today says it did not respond and the date confirmed before holds.
    await t.runDue(15);
    const silence = 'Ziggo heeft niet gereageerd op de correctie van het verzoek (brief van 23 november 2026; geen antwoord tot en met 7 december 2026): de eerder bevestigde datum 20 november 2026 geldt, zoals de brief zei.';
    expect(await page(silent)).toContain(silence);
    const late = await today();
    expect(late).toContain(silence);
    expect(late.split(silence)).toHaveLength(2);
    expect(late).not.toContain('Volgens de brief blijft 20 november 2026 als Ziggo niet antwoordt');
  });
});
