import { API, clockTo, createEstate, deskWebOf, providerWithDesk } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, rentkeys2: the handover appointment a housing corporation gives once it confirmed a lease's end is a dated item on the owner's
 * Today until its day has passed, a line in her history, the family's timeline and the desk's thread (given, then changed), and the
 * family's daily e-mail tells Maria the day and what to bring.
 */
describe('a housing corporation gives the appointment to hand the home and its keys over', () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
  });
  afterAll(() => t?.close());

  it('rentkeys3: checks the body first, as every desk answer: a bad one answers 400 naming each field in Dutch, also for a request out of reach', async () => {
    const home = await providerWithDesk(t, { name: 'Ymere Keys', category: 'housing', requiredDocuments: [], slaBusinessDays: 10 });
    const bad = { on: '2027-02-30', time: '', place: 'Keizersgracht 112, Amsterdam', keys: 3 };
    const refused = await home.desk.post(`${API}/provider-desk/requests/00000000-0000-4000-8000-000000000000/handover-appointment`, bad).set('Idempotency-Key', 'rk3-bad').expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([
      { field: 'keys', message: '‘keys’: dit veld hoort niet bij het formulier.' },
      { field: 'on', message: 'Datum van de afspraak: 30 februari 2027 bestaat niet.' },
      { field: 'time', message: 'Tijd of dagdeel: vul dit in.' },
    ]);
    // A sound body for a request out of reach is still 404.
    await home.desk.post(`${API}/provider-desk/requests/00000000-0000-4000-8000-000000000000/handover-appointment`, { on: '2027-01-29', time: '10:00', place: 'Keizersgracht 112' }).set('Idempotency-Key', 'rk3-unknown').expect(404);
  });

  it("puts it on Today by its day, in every history and the desk's thread, and in Maria's e-mail", async () => {
    const home = await providerWithDesk(t, { name: 'Eigen Haard', category: 'housing', requiredDocuments: [], slaBusinessDays: 10 });
    const web = await deskWebOf(t, home.provider.id, { email: 'desk@eigenhaard-keys.example' });
    const estate = await createEstate(anna, { livedWith: 'nobody' });
    const maria = 'maria-keys@family.example';
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: maria, relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const lease = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: home.provider.id, description: 'Huur woning Keizersgracht 112', accountNumber: 'EH-7788', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${lease}/request`).expect(200);
    await t.runDue();
    // The desk's `actions` list the appointment once it may give it: after it confirmed the lease's end, not before.
    const actions = async () => (await home.desk.get(`${API}/provider-desk/requests/${lease}`).expect(200)).body.actions as string[];
    expect(await actions()).not.toContain('handover-appointment');
    await home.desk.post(`${API}/provider-desk/requests/${lease}/complete`, { effectiveDate: '2027-01-31', reference: 'EH-END-1' }).expect(200);
    expect(await actions()).toContain('handover-appointment');
    await t.runDue();
    await nextFamilyDigest(t.admin, sink, maria, familyDigests(sink, maria).length);

    type Queue = { handoverAppointments: { contractId: string; providerName: string; description: string; on: string; statusText: string }[] };
    const queue = async () => (await anna.get(`${API}/queue`).expect(200)).body as Queue;
    const todayPage = async () => (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const history = async () => ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    const familyTimeline = async (s: Session, lang = 'nl') => ((await s.get(`${API}/portal/timeline?limit=100&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    const thread = async () => ((await home.desk.get(`${API}/provider-desk/requests/${lease}`).expect(200)).body.thread as { type: string; by: string; text: string }[]).filter((i) => i.type === 'answer');
    const give = (body: Record<string, unknown>, key: string) => home.desk.post(`${API}/provider-desk/requests/${lease}/handover-appointment`, body).set('Idempotency-Key', key);

    // Before the appointment: nothing on Today of it.
    expect((await queue()).handoverAppointments).toEqual([]);

    const appointment = { on: '2027-01-29', time: '10:00', place: 'Keizersgracht 112, Amsterdam', bring: 'alle sleutels en de pas van de berging', note: 'Meld u bij de voordeur.' };
    await give(appointment, 'keys-1').expect(200);
    // Given again unchanged (another key): no second line anywhere.
    await give(appointment, 'keys-2').expect(200);

    // Anna's Today: a dated item, hers to attend or delegate, in her contract page's words.
    const said = 'Oplevering van de woning bij Eigen Haard: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur. Ga zelf of vraag iemand te gaan.';
    expect((await queue()).handoverAppointments).toEqual([{ estateId: estate.id, estateReference: estate.reference, deceasedName: 'Jan de Vries', contractId: lease, providerName: 'Eigen Haard', description: 'Huur woning Keizersgracht 112', on: '2027-01-29', statusText: said }]);
    const today = await todayPage();
    expect(today).toContain('Oplevering van een woning: gaat u zelf of vraagt u iemand?');
    expect(today).toContain(said);
    expect(today).toContain('29 januari 2027');

    // Her history, the family's timeline and the desk's thread: given once.
    const given = 'Huur woning Keizersgracht 112: Eigen Haard gaf de afspraak voor de oplevering van de woning: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur.';
    expect((await history()).filter((s) => s.includes('afspraak voor de oplevering'))).toEqual([given]);
    const familyGiven = 'Eigen Haard gaf de afspraak voor de oplevering van de woning: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Neem de sleutels mee: alle sleutels en de pas van de berging. Meld u bij de voordeur.';
    expect((await familyTimeline(family)).filter((s) => s.includes('oplevering van de woning'))).toEqual([familyGiven]);
    expect((await familyTimeline(family, 'en')).filter((s) => s.includes('handing over the home'))).toEqual([
      'Eigen Haard gave the appointment for handing over the home: 29 January 2027, 10:00, Keizersgracht 112, Amsterdam. Bring the keys: alle sleutels en de pas van de berging. Meld u bij de voordeur.',
    ]);
    expect((await thread()).filter((i) => i.text.includes('afspraak voor de oplevering'))).toEqual([
      expect.objectContaining({ by: 'provider', text: 'U gaf de afspraak voor de oplevering: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur.' }),
    ]);
    expect((await web.get(`/desk/requests/${lease}`).expect(200)).text).toContain('U gaf de afspraak voor de oplevering: 29 januari 2027, 10:00');

    // Maria's daily e-mail tells her the day and what to bring.
    const digest = (await nextFamilyDigest(t.admin, sink, maria, familyDigests(sink, maria).length)).replace(/\u00a0/g, ' ');
    expect(digest).toContain(familyGiven);

    // The corporation moves it to the afternoon: every reader reads the change, and what it was.
    await give({ ...appointment, time: '13:00–15:00' }, 'keys-3').expect(200);
    // Her history is newest first.
    expect((await history()).filter((s) => s.includes('afspraak voor de oplevering'))).toEqual([
      'Huur woning Keizersgracht 112: Eigen Haard wijzigde de afspraak voor de oplevering van de woning (was 29 januari 2027, 10:00): 29 januari 2027, 13:00–15:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur.',
      given,
    ]);
    expect((await thread()).map((i) => i.text).filter((s) => s.includes('afspraak voor de oplevering'))).toEqual([
      'U gaf de afspraak voor de oplevering: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur.',
      'U wijzigde de afspraak voor de oplevering: 29 januari 2027, 13:00–15:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels en de pas van de berging. Meld u bij de voordeur.',
    ]);
    const changed = 'Eigen Haard wijzigde de afspraak voor de oplevering van de woning (was 29 januari 2027, 10:00): 29 januari 2027, 13:00–15:00, Keizersgracht 112, Amsterdam. Neem de sleutels mee: alle sleutels en de pas van de berging. Meld u bij de voordeur.';
    expect((await familyTimeline(family)).filter((s) => s.includes('oplevering van de woning'))).toContain(changed);
    expect((await nextFamilyDigest(t.admin, sink, maria, familyDigests(sink, maria).length)).replace(/\u00a0/g, ' ')).toContain(changed);
    expect((await queue()).handoverAppointments.map((a) => a.statusText)).toEqual([said.replace('10:00', '13:00–15:00')]);

    // On its day it is still there; the day after, it has passed and leaves Today (the history keeps it).
    await clockTo(t.admin, '2027-01-29');
    expect((await queue()).handoverAppointments.map((a) => a.on)).toEqual(['2027-01-29']);
    await clockTo(t.admin, '2027-01-30');
    expect((await queue()).handoverAppointments).toEqual([]);
    expect(await todayPage()).not.toContain('Oplevering van een woning');
  });

  it('tells two appointments given at the same moment as given, then changed, never both as given (stop72mends)', async () => {
    const home = await providerWithDesk(t, { name: 'De Key', category: 'housing', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna, { livedWith: 'nobody' });
    const lease = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: home.provider.id, description: 'Huur woning Prinsengracht 8', accountNumber: 'DK-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${lease}/request`).expect(200);
    await t.runDue();
    await home.desk.post(`${API}/provider-desk/requests/${lease}/complete`, { effectiveDate: '2027-02-28', reference: 'DK-END-1' }).expect(200);
    const appointment = { on: '2027-03-01', time: '10:00', place: 'Prinsengracht 8, Amsterdam' };
    const answers = await Promise.all(['09:00', '11:00'].map((time, n) => home.desk.post(`${API}/provider-desk/requests/${lease}/handover-appointment`, { ...appointment, time }).set('Idempotency-Key', `race-${n}`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const lines = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).filter((s) => s.includes('afspraak voor de oplevering'));
    expect(lines.filter((s) => s.includes('De Key gaf de afspraak'))).toHaveLength(1);
    expect(lines.filter((s) => s.includes('De Key wijzigde de afspraak'))).toHaveLength(1);
  });
});
