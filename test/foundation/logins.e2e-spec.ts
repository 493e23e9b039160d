import { sign } from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { StewardConfig } from '../../src/config/config';
import { counterKey } from '../../src/auth/login-limits';
import { API, createProvider } from '../support/fixtures';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/** Guessing, sessions and accounts: the limits on every login, token rules, and deactivation. */
describe('logins', () => {
  let t: TestApp;
  let from: (address: string) => { post: (path: string) => request.Test; get: (path: string) => request.Test };
  let addresses = 0;
  /** A client address no other test has used, so per-address counts start at zero. */
  const freshAddress = () => `198.51.${Math.floor(++addresses / 250)}.${addresses % 250}`;
  const newAccount = async (role: 'specialist' | 'admin' = 'specialist') => {
    const email = `acct-${randomBytes(4).toString('hex')}@test.example`;
    const password = 'account-password-1';
    const res = await t.admin.post(`${API}/users`, { email, name: `Account ${email}`, password, role }).expect(201);
    return { id: res.body.id as string, email, password };
  };
  const adminId = async () => (await t.admin.get(`${API}/users?limit=200`).expect(200)).body.items.find((u: { email: string }) => u.email === ADMIN.email).id as string;
  const apiLogin = (address: string, email: string, password: string) => from(address).post(`${API}/auth/login`).send({ email, password });

  beforeAll(async () => {
    // Behind a proxy on loopback, so each test can speak for as many client addresses as it needs.
    t = await startTestApp({ env: { STEWARD_TRUST_PROXY: 'loopback' } });
    const server = t.app.getHttpServer();
    from = (address) => ({
      post: (path) => request(server).post(path).set('X-Forwarded-For', address),
      get: (path) => request(server).get(path).set('X-Forwarded-For', address),
    });
  });
  afterAll(() => t.close());

  describe('limits that resist guessing', () => {
    it('refuses an account after 10 wrong passwords, from any address and even with the right password, with 429 and Retry-After', async () => {
      const anna = await newAccount();
      for (let i = 0; i < 10; i++) await apiLogin(freshAddress(), anna.email, 'wrong-password').expect(401);
      const refused = await apiLogin(freshAddress(), anna.email.toUpperCase(), anna.password).expect(429);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 429, type: expect.stringContaining('too-many-attempts') });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
      // The web workspace is the same account behind another door: it is refused too.
      const page = await from(freshAddress()).post('/app/login').type('form').send({ email: anna.email, password: anna.password }).expect(429);
      expect(page.headers['retry-after']).toEqual(expect.any(String));
      expect(page.text).toContain('Te veel pogingen');
      // Other accounts are not affected.
      const bert = await newAccount();
      await apiLogin(freshAddress(), bert.email, bert.password).expect(200);
    });

    it('checks exactly 10 of 200 simultaneous wrong passwords for one account; the rest get 429', async () => {
      const target = await newAccount();
      const answers = await Promise.all(Array.from({ length: 200 }, () => apiLogin(freshAddress(), target.email, 'wrong-password')));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(190);
    });

    it('refuses an address after 30 wrong passwords across accounts and doors; a right password gives its attempt back', async () => {
      const address = freshAddress();
      const accounts = await Promise.all([newAccount(), newAccount(), newAccount(), newAccount()]);
      await apiLogin(address, accounts[0].email, accounts[0].password).expect(200);
      for (let i = 0; i < 29; i++) await apiLogin(address, accounts[i % 3].email, 'wrong-password').expect(401);
      // A right password does not count as a failure: the 30th failure is still to come.
      await apiLogin(address, accounts[3].email, accounts[3].password).expect(200);
      await from(address).post('/desk/login').type('form').send({ email: 'nobody@desk.example', password: 'wrong-password' }).expect(401);
      await apiLogin(address, accounts[3].email, accounts[3].password).expect(429);
      // Someone else, elsewhere, signs in as usual.
      await apiLogin(freshAddress(), accounts[3].email, accounts[3].password).expect(200);
    });

    it('limits desk logins per desk account, on the desk page', async () => {
      const provider = await createProvider(t.admin);
      const desk = { email: `desk-${randomBytes(3).toString('hex')}@provider.example`, password: 'desk-password-1' };
      await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { ...desk, name: 'Desk' }).expect(201);
      for (let i = 0; i < 10; i++) await from(freshAddress()).post('/desk/login').type('form').send({ email: desk.email, password: 'wrong-password' }).expect(401);
      const page = await from(freshAddress()).post('/desk/login').type('form').send(desk).expect(429);
      expect(page.headers['retry-after']).toEqual(expect.any(String));
      expect(page.text).toContain('Te veel pogingen');
    });

    it('lets exactly 30 of 200 simultaneous wrong family codes from one address be checked (the address ceiling, authedge)', async () => {
      const address = freshAddress();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => from(address).post(`${API}/portal/access`).send({ code: `WRNG-CODE-${String(i).padStart(4, '0')}` })),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(30);
      expect(statuses.filter((s) => s === 429)).toHaveLength(170);
      const refused = answers.find((r) => r.status === 429)!;
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('keeps /health answering while 50 logins hash their passwords', async () => {
      const db = t.app.get(DataSource);
      // 50 accounts sharing one account's hash: the test is about logging in, not about creating accounts.
      const { id, password } = await newAccount();
      const emails = Array.from({ length: 50 }, (_, i) => `parallel-${i}-${randomBytes(3).toString('hex')}@test.example`);
      for (const email of emails) {
        await db.query(`INSERT INTO users (email, name, role, password_hash) SELECT $1, 'Parallel', 'specialist', password_hash FROM users WHERE id = $2`, [email, id]);
      }
      const server = t.app.getHttpServer();
      await request(server).get('/health').expect(200);

      let running = true;
      const logins = Promise.all(
        emails.map((email, i) => from(`192.0.2.${i + 1}`).post(`${API}/auth/login`).send({ email, password }).expect(200)),
      ).finally(() => (running = false));
      // Sampling starts once every login has been let through the limiter, i.e. is checking its password:
      // the burst of 50 requests arriving at one process is not what this test is about, hashing is.
      // (Before, bcryptjs ran on the event loop in slices of up to 100 ms, and /health waited seconds.)
      const addressKeys = emails.map((_, i) => counterKey('address', `192.0.2.${i + 1}`));
      const counted = async () => (await db.query(`SELECT count(*)::int AS n FROM login_attempts WHERE key = ANY($1)`, [addressKeys]))[0].n;
      while (running && (await counted()) < 50) await new Promise((resolve) => setTimeout(resolve, 10));
      // /health keeps answering while the passwords are checked: hashing runs on the libuv pool, not on
      // the event loop (before, bcryptjs ran there in slices and /health waited seconds). Counted, not
      // timed: this 2-core machine is shared, so milliseconds belong in a bench, not in npm test.
      let answered = 0;
      while (running) {
        await request(server).get('/health').expect(200);
        if (running) answered++;
      }
      await logins;
      // Counters are kept under hashes: the table holds neither the emails nor the addresses.
      expect((await db.query(`SELECT count(*)::int AS n FROM login_attempts WHERE key LIKE '%@%' OR key LIKE '%192.0.2.%'`))[0].n).toBe(0);
      expect(answered).toBeGreaterThan(10);
    }, 180_000);
  });

  describe('access tokens', () => {
    const secret = () => t.app.get(StewardConfig).jwtSecret;

    it('always carry an expiry, and a validly signed token without one is refused', async () => {
      const { accessToken } = (await apiLogin(freshAddress(), ADMIN.email, ADMIN.password).expect(200)).body;
      const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
      expect(claims.exp).toEqual(expect.any(Number));
      const forever = sign({ sub: await adminId(), kind: 'staff' }, secret());
      const res = await t.as(forever).get(`${API}/users`).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('answer 401, not 500, for a subject that is not a UUID, for every kind of caller', async () => {
      for (const kind of ['staff', 'family', 'provider']) {
        const token = sign({ sub: 'not-a-uuid', kind, v: 0 }, secret(), { expiresIn: 600 });
        await t.as(token).get(`${API}/estates`).expect(401);
      }
    });
  });

  describe('a session that ends while a form is open', () => {
    const estate = '/app/estates/00000000-0000-4000-8000-000000000001';
    // The host the app is reached at, so a Referer can be of this site or of another one.
    const post = (path: string, cookie: string, referer?: string) => {
      const req = from(freshAddress()).post(path).set('Host', 'steward.test').set('Cookie', cookie).type('form').send({ name: 'Typed text' });
      return referer ? req.set('Referer', referer) : req;
    };

    it('sends the owner back to the page the form was on after signing in, and says the typed text was not kept', async () => {
      const sent = await post(`${estate}/family-members`, 'steward_app=a-session-that-expired', `http://steward.test${estate}?tab=family`).expect(303);
      expect(sent.headers.location).toBe(`/app/login?next=${encodeURIComponent(`${estate}?tab=family`)}&ended=1&expired=1`);
      const login = await from(freshAddress()).get(sent.headers.location).expect(200);
      expect(login.text).toContain('Uw sessie was verlopen; log opnieuw in. Wat u invulde is niet opgeslagen.');
      // The lost form says more than the ended session: one notice, not both.
      expect(login.text).not.toContain('Uw sessie is verlopen of beëindigd');
      const signedIn = await from(freshAddress()).post('/app/login').type('form').send({ ...ADMIN, next: `${estate}?tab=family` }).expect(303);
      expect(signedIn.headers.location).toBe(`${estate}?tab=family`);
      // Only pages: a link to the login page without a sent form says nothing about a session.
      expect((await from(freshAddress()).get('/app/login?next=/app').expect(200)).text).not.toContain('Uw sessie was verlopen');
    });

    it('returns to the area’s home when the Referer is another site or another area, and follows no other site after login', async () => {
      for (const referer of [`https://evil.example${estate}`, 'http://steward.test/desk', undefined]) {
        const sent = await post(`${estate}/family-members`, 'steward_app=a-session-that-expired', referer).expect(303);
        expect([referer, sent.headers.location]).toEqual([referer, '/app/login?next=%2Fapp&ended=1&expired=1']);
      }
      for (const next of ['https://evil.example/app', '//evil.example/app', '/desk']) {
        const signedIn = await from(freshAddress()).post('/app/login').type('form').send({ ...ADMIN, next }).expect(303);
        expect([next, signedIn.headers.location]).toEqual([next, '/app']);
      }
      // A page asked for is still the page returned to.
      expect((await from(freshAddress()).get(`${estate}?tab=family`).set('Cookie', 'steward_app=a-session-that-expired').expect(303)).headers.location)
        .toBe(`/app/login?next=${encodeURIComponent(`${estate}?tab=family`)}&ended=1`);
    });

    it('says a page asked with an old cookie found the session ended, for the owner and the desk, in Dutch and English', async () => {
      const owner = await from(freshAddress()).get(estate).set('Cookie', 'steward_app=a-session-that-expired').expect(303);
      expect(owner.headers.location).toBe(`/app/login?next=${encodeURIComponent(estate)}&ended=1`);
      const ownerLogin = (await from(freshAddress()).get(owner.headers.location).expect(200)).text;
      expect(ownerLogin).toContain('Uw sessie is verlopen of beëindigd; log opnieuw in.');
      // Nothing was typed, so nothing is said lost.
      expect(ownerLogin).not.toContain('Wat u invulde is niet opgeslagen');
      expect((await from(freshAddress()).get(`${owner.headers.location}&lang=en`).expect(200)).text).toContain('Your session has expired or ended; please sign in again.');
      const desk = await from(freshAddress()).get('/desk').set('Cookie', 'steward_desk=a-session-that-expired').expect(303);
      expect(desk.headers.location).toBe('/desk/login?next=%2Fdesk&ended=1');
      expect((await from(freshAddress()).get(desk.headers.location).expect(200)).text).toContain('Uw sessie is verlopen of beëindigd; log opnieuw in.');
      expect((await from(freshAddress()).get(`${desk.headers.location}&lang=en`).expect(200)).text).toContain('Your session has expired or ended; please sign in again.');
      // Without a cookie (a first visit, a bookmark) the login pages say nothing about a session.
      const fresh = await from(freshAddress()).get('/desk').expect(303);
      expect(fresh.headers.location).toBe('/desk/login?next=%2Fdesk');
      expect((await from(freshAddress()).get(fresh.headers.location).expect(200)).text).not.toContain('Uw sessie');
      expect((await from(freshAddress()).get('/app/login?next=/app').expect(200)).text).not.toContain('Uw sessie');
    });

    it('words the same for a desk user (in English when asked) and for the family', async () => {
      const request = '/desk/requests/00000000-0000-4000-8000-000000000002';
      const desk = await post(`${request}/reject`, 'steward_desk=a-session-that-expired', `http://steward.test${request}`).expect(303);
      expect(desk.headers.location).toBe(`/desk/login?next=${encodeURIComponent(request)}&ended=1&expired=1`);
      expect((await from(freshAddress()).get(`${desk.headers.location}&lang=en`).expect(200)).text).toContain('Your session had expired; please sign in again. What you filled in was not saved.');
      const family = await post('/family/language', 'steward_family=a-session-that-expired').expect(303);
      expect(family.headers.location).toBe('/family/login?next=%2Ffamily&ended=1&expired=1');
      // Nobody signed in on this client before: the organisation is named (README, familyentry).
      expect((await from(freshAddress()).get(family.headers.location).expect(200)).text).toContain('Uw toegang tot het familieportaal is beëindigd of verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Steward Nazorg. Wat u invulde is niet opgeslagen.');
    });
  });

  describe('the login pages’ language switch', () => {
    /** The page the switch on a login page leads to, followed as a browser would (the family's switch remembers the language in a cookie first). */
    const switched = async (login: string) => {
      const href = /<a href="([^"]+)" lang="en">/.exec((await from(freshAddress()).get(login).expect(200)).text)![1].replace(/&amp;/g, '&');
      if (!href.startsWith('/family/language')) return (await from(freshAddress()).get(href).expect(200)).text;
      const remembered = await from(freshAddress()).get(href).expect(303);
      return (await from(freshAddress()).get(remembered.headers.location).set('Cookie', remembered.headers['set-cookie'][0].split(';')[0]).expect(200)).text;
    };

    it('keeps the notice of an ended or expired session, on the owner’s, the desk’s and the family’s login page', async () => {
      expect(await switched('/app/login?next=%2Fapp%2Festates&ended=1')).toContain('Your session has expired or ended; please sign in again.');
      expect(await switched('/app/login?next=%2Fapp&ended=1&expired=1')).toContain('Your session had expired; please sign in again. What you filled in was not saved.');
      expect(await switched('/desk/login?next=%2Fdesk&ended=1')).toContain('Your session has expired or ended; please sign in again.');
      expect(await switched('/desk/login?next=%2Fdesk&expired=1')).toContain('Your session had expired; please sign in again. What you filled in was not saved.');
      expect(await switched('/family/login?ended=1')).toContain('Your access to the family portal has ended or expired. Request a new link below. If that does not work, contact Steward Nazorg.');
      expect(await switched('/family/login?ended=1&expired=1')).toContain('Your access to the family portal has ended or expired. Request a new link below. If that does not work, contact Steward Nazorg. What you filled in was not saved.');
      expect(await switched('/family/login?expired=1')).toContain('Your session has expired. Request a new link below. If that does not work, contact Steward Nazorg. What you filled in was not saved.');
      // Without a notice the switch adds none, and the page it leads to is still the login page.
      const plain = await switched('/family/login');
      expect(plain).toContain('lang="en"');
      expect(plain).not.toMatch(/Your session|has ended or expired/);
      expect(await switched('/app/login?next=%2Fapp')).not.toContain('Your session');
    });
  });

  describe('deactivating accounts', () => {
    it('ends a user’s sessions at once and refuses their logins; reactivating does not bring old sessions back', async () => {
      const anna = await newAccount();
      const api = t.as((await apiLogin(freshAddress(), anna.email, anna.password).expect(200)).body.accessToken);
      const web = await from(freshAddress()).post('/app/login').type('form').send({ email: anna.email, password: anna.password }).expect(303);
      const cookie = web.headers['set-cookie'][0].split(';')[0];
      await api.get(`${API}/estates`).expect(200);

      const specialist = await newAccount();
      const other = t.as((await apiLogin(freshAddress(), specialist.email, specialist.password).expect(200)).body.accessToken);
      await other.post(`${API}/users/${anna.id}/deactivate`).expect(403);

      const res = await t.admin.post(`${API}/users/${anna.id}/deactivate`).expect(200);
      expect(res.body).toMatchObject({ id: anna.id, active: false });
      await api.get(`${API}/estates`).expect(401);
      const page = await request(t.app.getHttpServer()).get('/app').set('Cookie', cookie).expect(303);
      expect(page.headers.location).toMatch(/^\/app\/login/);
      await apiLogin(freshAddress(), anna.email, anna.password).expect(401);

      expect((await t.admin.post(`${API}/users/${anna.id}/activate`).expect(200)).body.active).toBe(true);
      await api.get(`${API}/estates`).expect(401);
      await apiLogin(freshAddress(), anna.email, anna.password).expect(200);
    });

    it('does not let an administrator deactivate their own account, and answers 404 for unknown ids', async () => {
      const res = await t.admin.post(`${API}/users/${await adminId()}/deactivate`).expect(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      await t.admin.post(`${API}/users/00000000-0000-4000-8000-000000000000/deactivate`).expect(404);
    });

    it('ends a desk user’s sessions at once through the API, and the desk login refuses them', async () => {
      const provider = await createProvider(t.admin);
      const desk = { email: `desk-${randomBytes(3).toString('hex')}@provider.example`, password: 'desk-password-1' };
      const created = (await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { ...desk, name: 'Eva' }).expect(201)).body;
      const login = await from(freshAddress()).post('/desk/login').type('form').send(desk).expect(303);
      const cookie = login.headers['set-cookie'][0].split(';')[0];
      await request(t.app.getHttpServer()).get('/desk').set('Cookie', cookie).expect(200);

      const list = (await t.admin.get(`${API}/providers/${provider.id}/desk-users`).expect(200)).body;
      expect(list).toEqual([expect.objectContaining({ id: created.id, email: desk.email, active: true })]);
      const res = await t.admin.post(`${API}/providers/${provider.id}/desk-users/${created.id}/deactivate`).expect(200);
      expect(res.body).toMatchObject({ id: created.id, active: false });
      await request(t.app.getHttpServer()).get('/desk').set('Cookie', cookie).expect(303);
      await from(freshAddress()).post('/desk/login').type('form').send(desk).expect(401);
      // A desk user of another provider is not found under this one.
      const other = await createProvider(t.admin);
      await t.admin.post(`${API}/providers/${other.id}/desk-users/${created.id}/activate`).expect(404);
    });

    it('lets administrators deactivate accounts and desk users from the admin pages', async () => {
      const adminWeb = await from(freshAddress()).post('/app/login').type('form').send({ email: ADMIN.email, password: ADMIN.password }).expect(303);
      const cookie = adminWeb.headers['set-cookie'][0].split(';')[0];
      const web = (method: 'get' | 'post', path: string) => request(t.app.getHttpServer())[method](path).set('Cookie', cookie);

      const anna = await newAccount();
      const api = t.as((await apiLogin(freshAddress(), anna.email, anna.password).expect(200)).body.accessToken);
      const users = await web('get', '/app/admin/users').expect(200);
      expect(users.text).toContain(`action="/app/admin/users/${anna.id}/deactivate"`);
      await web('post', `/app/admin/users/${anna.id}/deactivate`).expect(303);
      await api.get(`${API}/estates`).expect(401);
      expect((await web('get', '/app/admin/users').expect(200)).text).toContain(`action="/app/admin/users/${anna.id}/activate"`);

      const provider = await createProvider(t.admin);
      const desk = { email: `desk-${randomBytes(3).toString('hex')}@provider.example`, password: 'desk-password-1' };
      const created = (await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { ...desk, name: 'Eva' }).expect(201)).body;
      const page = await web('get', `/app/admin/providers/${provider.id}`).expect(200);
      expect(page.text).toContain(desk.email);
      await web('post', `/app/admin/providers/${provider.id}/desk-users/${created.id}/deactivate`).expect(303);
      await from(freshAddress()).post('/desk/login').type('form').send(desk).expect(401);
    });
  });
});
