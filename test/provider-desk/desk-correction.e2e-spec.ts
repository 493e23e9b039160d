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
});
