import { API, confirmedByDesk, createEstate, deskWebOf, providerWithDesk } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, deskanswer2: a correction after the desk confirmed that the provider leaves unanswered past its term (its own service level
 * from the correction letter's day): on the day after, the desk moves the request off „Wacht op u" and says the date confirmed before
 * holds, as our letter said, an answer welcome but no longer awaited (nl and en); the owner gets one notification and Today says she
 * got it; the family's daily email says what holds.
 */
describe('a correction the provider leaves unanswered past its term', () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
  });
  afterAll(() => t?.close());

  it('moves the desk on, tells the owner once and the family what holds', async () => {
    const kpn = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    const vodafone = await providerWithDesk(t, { name: 'Vodafone', requiredDocuments: [], slaBusinessDays: 10, language: 'en' });
    const web = await deskWebOf(t, kpn.provider.id, { email: 'desk@kpn-lapsed.example' });
    const estate = await createEstate(anna);
    const maria = 'maria-lapsed@family.example';
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email: maria, relation: 'dochter', role: 'representative' }).expect(201);
    const [internet, mobile] = [await confirmedByDesk(t, anna, estate.id, kpn, 'Internet'), await confirmedByDesk(t, anna, estate.id, vodafone, 'Mobile')];
    for (const id of [internet, mobile]) await anna.patch(`${API}/contracts/${id}`, { requestedEndDate: '2026-11-15' }).expect(200);
    await t.runDue();

    const request = async (desk: typeof kpn.desk, id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body;
    const counts = async () => (await kpn.desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body;
    const lapsedNotices = async () => ((await anna.get(`${API}/notifications`).expect(200)).body.items as { topic: string; contractId: string; message: string }[]).filter((n) => n.topic === 'correction_lapsed');
    const today = async () => (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;

    // The term (10 working days from the correction letter of 23 November) runs to 7 December: until then the desk owes the answer.
    await t.runDue(13);
    await nextFamilyDigest(t.admin, sink, maria, familyDigests(sink, maria).length);
    expect(await request(kpn.desk, internet)).toMatchObject({ tab: 'waiting_on_you', open: true });
    expect(await counts()).toMatchObject({ waiting_on_you: { count: 1 }, done: { count: 0 } });
    expect(await lapsedNotices()).toEqual([]);

    // 8 December: KPN did not answer. Its desk moves on and says why, in its own words.
    await t.runDue(1);
    const lapsed = await request(kpn.desk, internet);
    expect(lapsed).toMatchObject({ tab: 'done', open: false });
    expect(lapsed.statusText).toContain('U antwoordde niet binnen de termijn op deze correctie: sinds 8 december 2026 geldt de eerder bevestigde datum 20 november 2026, zoals onze brief zei.');
    expect(lapsed.nextMove).toBe('Wij wachten niet meer op uw antwoord. Een antwoord blijft welkom: verandert uw datum (20 november 2026) toch, corrigeer dan uw bevestiging.');
    expect(await counts()).toMatchObject({ waiting_on_you: { count: 0 }, done: { count: 1 } });
    expect(((await kpn.desk.get(`${API}/provider-desk/requests?status=open`).expect(200)).body as { id: string }[]).map((r) => r.id)).not.toContain(internet);
    const page = (await web.get(`/desk/requests/${internet}`).expect(200)).text;
    expect(page).toContain('Wij wachten niet meer op uw antwoord.');
    const english = await request(vodafone.desk, mobile);
    expect(english).toMatchObject({ tab: 'done' });
    expect(english.statusText).toContain('You did not answer this correction within the term: since 8 December 2026 the date confirmed before, 20 November 2026, stands, as our letter said.');
    expect(english.nextMove).toBe('We no longer await your answer. An answer is still welcome: if your date (20 November 2026) does change, please correct your confirmation.');

    // The owner is told once per contract, however often the workers' round runs; Today's row says she was.
    await t.runDue();
    const notices = await lapsedNotices();
    expect(notices.map((n) => n.contractId).sort()).toEqual([internet, mobile].sort());
    expect(notices.find((n) => n.contractId === internet)!.message).toContain(
      'KPN heeft niet gereageerd op de correctie van het verzoek (brief van 23 november 2026; geen antwoord tot en met 7 december 2026): de eerder bevestigde datum 20 november 2026 geldt, zoals de brief zei.',
    );
    expect(await today()).toContain('U kreeg hiervan bericht op 8 december 2026. Bij KPN staat het verzoek sindsdien niet meer als wachtend op hun antwoord; een antwoord blijft welkom.');

    // The family's daily email says what holds now.
    const digest = (await nextFamilyDigest(t.admin, sink, maria, familyDigests(sink, maria).length)).replace(/\u00a0/g, ' ');
    expect(digest).toContain('KPN heeft niet gereageerd op onze correctie (brief van 23 november 2026). De eerder bevestigde datum 20 november 2026 blijft daarom staan, zoals onze brief zei; u hoeft hier zelf niets aan te doen.');

    // An answer is still welcome: KPN confirms the same date after all, and the owner reads that it answered.
    await kpn.desk.post(`${API}/provider-desk/requests/${internet}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'R-7' }).expect(200);
    expect(await request(kpn.desk, internet)).toMatchObject({ tab: 'done', correction: null });
    expect((await anna.get(`/app/contracts/${internet}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text).toContain('KPN antwoordde op 9 december 2026 op de correctie van het verzoek (brief van 23 november 2026): de datum 20 november 2026 blijft.');
  });
});
