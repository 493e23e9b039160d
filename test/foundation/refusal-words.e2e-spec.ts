import request from 'supertest';
import { DataSource } from 'typeorm';
import { SystemClock } from '../../src/clock/clock';
import { freePort } from '../../src/database/embedded-postgres';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startTestApp, startWithOwner, TestApp } from '../support/test-app';

/**
 * Refusals made where the refusing code does not know who reads them (the guards and the login throttle before
 * anyone is known, the workflow runtime, a form's key, the webhooks) and the few said where they are refused:
 * each reads in the reader's language, Dutch unless they chose English; its type, status and fields unchanged.
 */
describe('refusals in the reader’s words', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let anna: Specialist;
  const problem = (res: request.Response) => ({ status: res.status, type: res.body.type, detail: res.body.detail });
  const type = (slug: string) => `https://steward.example/problems/${slug}`;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ env: { STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' } }));
    server = t.app.getHttpServer();
  });
  afterAll(() => t?.close());
  const db = () => t.app.get(DataSource);

  it('before anyone is known: Dutch, or English when the address asks ?lang=en as the login pages do or, on the API, its Accept-Language weighs English higher; in the words of the area called', async () => {
    expect(problem(await t.anonymous.get(`${API}/estates`))).toEqual({ status: 401, type: type('unauthenticated'), detail: 'Log eerst in: stuur de kop Authorization: Bearer <token> mee.' });
    expect((await t.anonymous.get(`${API}/estates?lang=en`).expect(401)).body.detail).toBe('Sign in first: send Authorization: Bearer <token>.');
    // On the API the request's Accept-Language decides when nothing else does (its q-values weighed); `?lang=` goes first.
    expect((await t.anonymous.get(`${API}/estates`).set('Accept-Language', 'en').expect(401)).body.detail).toBe('Sign in first: send Authorization: Bearer <token>.');
    const broken = (query: string, accept: string) => anna.post(`${API}/estates${query}`).set('Content-Type', 'application/json').set('Accept-Language', accept).send('{"deceased": ');
    expect(problem(await broken('', 'en'))).toEqual({ status: 400, type: type('unreadable-body'), detail: 'The body is not valid JSON. Nothing was changed.' });
    expect((await broken('', 'en;q=0.1, nl').expect(400)).body.detail).toBe('De inhoud is geen geldige JSON. Er is niets gewijzigd.');
    expect((await broken('?lang=nl', 'en').expect(400)).body.detail).toBe('De inhoud is geen geldige JSON. Er is niets gewijzigd.');
    // Once the token is read, the signed-in person's own language goes before the header (the administrator chose English).
    expect((await t.admin.get(`${API}/estates/00000000-0000-4000-8000-000000000000`).set('Accept-Language', 'nl').expect(404)).body.detail).toBe('No such resource, or it is not yours to see.');
    // The family's API is the portal's: it says where their way in comes from.
    expect((await t.anonymous.get(`${API}/portal/estate`).expect(401)).body.detail).toBe('Log eerst in met de toegangscode van uw vaste contactpersoon.');

    const wrong = await t.anonymous.post(`${API}/auth/login`, { email: 'niemand@test.example', password: 'wrong-password' });
    expect(problem(wrong)).toEqual({ status: 401, type: type('invalid-credentials'), detail: 'Het e-mailadres of het wachtwoord klopt niet.' });
    expect((await t.anonymous.post(`${API}/auth/login?lang=en`, { email: 'niemand@test.example', password: 'wrong-password' }).expect(401)).body.detail).toBe('Email or password is not correct.');

    for (let i = 0; i < 10; i++) await t.anonymous.post(`${API}/auth/login`, { email: 'geraden@test.example', password: `guess-${i}` }).set('X-Forwarded-For', `10.9.0.${i}`).expect(401);
    const throttled = await t.anonymous.post(`${API}/auth/login`, { email: 'geraden@test.example', password: 'guess-10' }).set('X-Forwarded-For', '10.9.1.1');
    expect(problem(throttled)).toEqual({ status: 429, type: type('too-many-attempts'), detail: expect.stringMatching(/^Te veel pogingen\. Probeer het over \d+ minuten? opnieuw\.$/) });
    expect(throttled.headers['retry-after']).toEqual(expect.any(String));

    // A sign-in form sent from another site (a signed-in person's form: test/foundation/web-hygiene.e2e-spec.ts).
    const evil = await request(server).post('/desk/login').set('Origin', 'https://evil.example').type('form').send({});
    expect(problem(evil)).toEqual({ status: 403, type: type('cross-site'), detail: 'Dit formulier is vanaf een andere website verstuurd. Er is niets gewijzigd.' });
    expect((await request(server).post('/desk/login?lang=en').set('Origin', 'https://evil.example').type('form').send({}).expect(403)).body.detail).toBe('This form was sent from another site. Nothing was changed.');
  });

  it('a specialist reading Dutch: another role’s call, a form still being sent', async () => {
    expect(problem(await anna.post(`${API}/users`, { email: 'x@test.example', name: 'X', password: 'long-enough-1', role: 'admin' }))).toEqual({
      status: 403, type: type('forbidden'), detail: 'Uw account mag dit niet doen. Er is niets gewijzigd.',
    });

    const login = await request(server).post('/app/login').type('form').send({ email: (await db().query('SELECT email FROM users WHERE id = $1', [anna.userId]))[0].email, password: 'specialist-pw-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_app=[^;]+/)![0];

    // A form's key whose first post never finished: the repeat waits, then is told it is still being sent.
    const key = 'nogbezigformuliersleut';
    await db().query('INSERT INTO form_submissions (key, created_at) VALUES ($1, $2)', [key, t.clock.now()]);
    const repeat = await request(server).post(`/app/estates?form=${key}`).set('Cookie', cookie).type('form').send({});
    expect(problem(repeat)).toEqual({ status: 409, type: type('form-in-progress'), detail: 'Dit formulier wordt nog verstuurd. Kijk zo opnieuw: het wordt niet twee keer verstuurd.' });
    // A key taken more than a day ago by Steward's clock has expired: the form is handled again (here: its empty fields refused on the page).
    const stale = 'oudformuliersleutelvan2d';
    await db().query('INSERT INTO form_submissions (key, created_at) VALUES ($1, $2)', [stale, new Date(t.clock.now().getTime() - 2 * 86_400_000)]);
    const handled = await request(server).post(`/app/estates?form=${stale}`).set('Cookie', cookie).type('form').send({});
    expect(handled.status).toBe(422);
    expect(handled.text).toContain('Er is iets niet goed ingevuld. Pas dit aan:');
  }, 30_000);

  it('a desk reading Dutch, and its administrator: too many endpoints, a delivery still on its way, an answer that is not one', async () => {
    const provider = await createProvider(t.admin, { name: 'Brabant Water', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@brabant.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(server).post('/desk/login').type('form').send({ email: 'desk@brabant.example', password: 'desk-password-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_desk=[^;]+/)![0];
    const desk = t.as(cookie.split('=')[1]);
    const port = await freePort();
    for (let i = 0; i < 5; i++) await desk.post(`${API}/provider-desk/webhooks`, { url: `https://127.0.0.1:${port}/hook-${i}` }).expect(201);
    expect(problem(await desk.post(`${API}/provider-desk/webhooks`, { url: `https://127.0.0.1:${port}/hook-5` }))).toEqual({
      status: 409, type: type('too-many-endpoints'), detail: 'U heeft al 5 endpoints; verwijder er eerst een. Er is niets gewijzigd.',
    });

    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Water', accountNumber: 'BW-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const [delivery] = (await desk.get(`${API}/provider-desk/webhook-deliveries`).expect(200)).body.items;
    expect(delivery).toMatchObject({ status: 'pending' });
    expect(problem(await desk.post(`${API}/provider-desk/webhook-deliveries/${delivery.id}/replay`))).toEqual({
      status: 409, type: type('already-on-its-way'), detail: 'Deze gebeurtenis is nog onderweg: wij proberen het zelf opnieuw. Er is niets gewijzigd.',
    });
    // The tests' administrator reads English: the same refusal in the workspace's English words.
    expect((await t.admin.post(`${API}/providers/${provider.id}/webhook-deliveries/${delivery.id}/replay`).expect(409)).body.detail).toBe('This event is still on its way: we retry it by ourselves. Nothing was changed.');

    const noAnswer = await request(server).post(`/desk/requests/${contract.id}/pay-now`).set('Cookie', cookie).type('form').send({});
    expect(problem(noAnswer)).toEqual({ status: 404, type: type('not-found'), detail: 'Deze actie bestaat niet.' });
  });

  it('an administrator reading Dutch cannot move a real clock', async () => {
    const real = await startTestApp({ clock: new SystemClock() });
    try {
      await real.admin.post(`${API}/users`, { email: 'beheer@test.example', name: 'Beheer', password: 'long-enough-1', role: 'admin', language: 'nl' }).expect(201);
      const dutch = await real.login('beheer@test.example', 'long-enough-1');
      expect(problem(await dutch.post(`${API}/admin/clock`, { advanceDays: 1 }))).toEqual({
        status: 403, type: type('real-clock'), detail: 'De klok kan alleen worden verzet als Steward draait met STEWARD_CLOCK=virtual. Er is niets gewijzigd.',
      });
    } finally {
      await real.close();
    }
  });
});
