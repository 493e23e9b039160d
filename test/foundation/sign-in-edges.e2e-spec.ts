import { sign } from 'jsonwebtoken';
import request from 'supertest';
import { StewardConfig } from '../../src/config/config';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relativeCode } from '../workspace/support';

/**
 * authedge (audit93 F2, F8): the edges of signing in end in a clear, true answer. A token that no longer works says so and what
 * to do (RFC 6750 §3), in the reader's language, alike for one that never was ours; relatives behind one home router do not lock
 * each other out, and the one who mistyped reads until when; an app that sends a code twice is signed in both times.
 */
describe('sign-in edges', () => {
  let t: TestApp;
  let anna: Specialist;
  let addresses = 0;
  /** A client address no other test used, so the counters per address start at zero. */
  const freshAddress = () => `203.0.113.${++addresses}`;
  const from = (address: string, agent = 'Steward-test-phone') => ({
    post: (path: string) => request(t.app.getHttpServer()).post(path).set('X-Forwarded-For', address).set('User-Agent', agent),
    get: (path: string) => request(t.app.getHttpServer()).get(path).set('X-Forwarded-For', address).set('User-Agent', agent),
  });

  // Behind a proxy on loopback, so the spec can speak for several client addresses.
  beforeAll(async () => ({ t, owner: anna } = await startWithOwner({ env: { STEWARD_TRUST_PROXY: 'loopback' } })));
  afterAll(() => t?.close());

  describe('a token that no longer works', () => {
    const bearer = (token: string) => request(t.app.getHttpServer()).get(`${API}/provider-desk/requests`).set('Authorization', `Bearer ${token}`);

    it('answers a revoked desk token 401 invalid_token, in Dutch by default and English when asked, alike for a token never issued', async () => {
      const { provider, desk } = await providerWithDesk(t, { name: 'Ingetrokken BV' }, 'koppeling');
      await desk.get(`${API}/provider-desk/requests`).expect(200);
      const [issued] = (await t.admin.get(`${API}/providers/${provider.id}/tokens`).expect(200)).body;
      await t.admin.delete(`${API}/providers/${provider.id}/tokens/${issued.id}`).expect(204);

      const revoked = await bearer(desk.token).expect(401);
      expect(revoked.headers['content-type']).toContain('application/problem+json');
      expect(revoked.headers['www-authenticate']).toMatch(/^Bearer realm="steward", error="invalid_token", error_description="[^"]+"$/);
      expect(revoked.body).toMatchObject({ status: 401, type: expect.stringContaining('invalid-token') });
      expect(revoked.body.detail).toBe('Dit API-token werkt niet (meer): het is ingetrokken of verlopen. Vraag de beheerder van Steward om een nieuw token.');
      const english = await bearer(desk.token).set('Accept-Language', 'en').expect(401);
      expect(english.body.detail).toBe('This API token no longer works: it was revoked or has expired. Ask the Steward administrator for a new one.');

      // A token of the same form that was never issued answers exactly alike: nothing tells whether a token exists.
      const made = `${desk.token.slice(0, 4)}${'A'.repeat(desk.token.length - 4)}`;
      const unknown = await bearer(made).expect(401);
      expect({ body: unknown.body, header: unknown.headers['www-authenticate'] }).toEqual({ body: revoked.body, header: revoked.headers['www-authenticate'] });

      // No token at all is another matter: a sign-in is asked for, without an error code (RFC 6750 §3.1).
      const none = await request(t.app.getHttpServer()).get(`${API}/provider-desk/requests`).expect(401);
      expect(none.headers['www-authenticate']).toBe('Bearer realm="steward"');
      expect(none.body.detail).toBe('Log eerst in: stuur uw API-token mee als Authorization: Bearer <token>.');
    });

    it("tells a case owner whose session ended, or whose token expired, to sign in again", async () => {
      const bert = await t.specialist('Bert Jansen');
      await bert.get(`${API}/estates`).expect(200);
      await t.admin.post(`${API}/users/${bert.userId}/deactivate`).expect(200);
      const ended = await bert.get(`${API}/estates`).set('Accept-Language', 'en').expect(401);
      expect(ended.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(ended.body.detail).toBe('This token no longer works: your session was ended or has expired. Sign in again for a new token.');

      const expired = sign({ sub: anna.userId, kind: 'staff', v: 0 }, t.app.get(StewardConfig).jwtSecret, { expiresIn: -60 });
      const late = await t.as(expired).get(`${API}/estates`).expect(401);
      expect(late.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(late.body.detail).toBe('Dit token werkt niet (meer): uw sessie is beëindigd of verlopen. Log opnieuw in voor een nieuw token.');
    });
  });

  describe('relatives behind one home router', () => {
    /** "17:45": the first minute on the Dutch clock at or after the instant, as a relative reads a time. */
    const dutchClock = (ms: number) =>
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(new Date(Math.ceil(ms / 60_000) * 60_000));
    /** The times a 15-minute window begun between `start` and `end` may end at, on the Dutch clock. */
    const windowEnds = (start: number, end: number) => [...new Set([dutchClock(start + 900_000), dutchClock(end + 901_000)])];

    it('stops the one who keeps mistyping her code, says until when, and lets the other in', async () => {
      const estate = await createEstate(anna);
      const [maria, jan] = [await relativeCode(anna, estate.id, 'Maria de Vries'), await relativeCode(anna, estate.id, 'Jan de Vries')];
      const home = freshAddress();
      // Maria swaps two characters of her code, and tries it again and again.
      const mistyped = `${maria.slice(1, 2)}${maria.slice(0, 1)}${maria.slice(2)}`;
      const start = t.clock.now().getTime();
      let refused: request.Response | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const answer = await from(home).post(`${API}/portal/access`).send({ code: mistyped });
        if (answer.status === 429) refused = answer;
        else expect(answer.status).toBe(401);
      }
      const end = t.clock.now().getTime();
      expect(refused).toBeDefined();
      expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
      const at = /^Te veel pogingen\. Probeer het om (\d\d:\d\d) opnieuw\.$/.exec(refused!.body.detail)?.[1];
      expect(windowEnds(start, end)).toContain(at);

      // Jan, on the same wifi, types his own code: he gets in. So does Maria, once she types hers right.
      await from(home).post(`${API}/portal/access`).send({ code: jan }).expect(200);
      await from(home).post(`${API}/portal/access`).send({ code: maria }).expect(200);
    });

    it('tells the time on the Dutch login page, keeps the refusal for that code, and stops a guesser at the address', async () => {
      const home = freshAddress();
      const start = t.clock.now().getTime();
      for (let i = 0; i < 5; i++) await from(home).post('/family/login').type('form').send({ code: 'WRNG-CODE-AAAA' }).expect(401);
      const page = await from(home).post('/family/login').type('form').send({ code: 'WRNG-CODE-AAAA' }).expect(429);
      const end = t.clock.now().getTime();
      expect(page.headers['retry-after']).toMatch(/^\d+$/);
      const at = /Te veel pogingen\. Probeer het om (\d\d:\d\d) opnieuw\./.exec(page.text)?.[1];
      expect(windowEnds(start, end)).toContain(at);

      // Someone guessing (a new code each time) meets the address's ceiling: 30 tries in all, then even a right code waits.
      const guesser = freshAddress();
      for (let i = 0; i < 30; i++) await from(guesser).post(`${API}/portal/access`).send({ code: `GUES-SCOD-${String(i).padStart(4, 'A')}` }).expect(401);
      const estate = await createEstate(anna);
      const right = await relativeCode(anna, estate.id, 'Els de Vries');
      await from(guesser).post(`${API}/portal/access`).send({ code: right }).expect(429);
      await from(freshAddress()).post(`${API}/portal/access`).send({ code: right }).expect(200);
    });
  });

  describe('an app that sends the code twice', () => {
    it('signs one sign-in (its Idempotency-Key) in both times; another sign-in, or the same one a day later, stays refused', async () => {
      const estate = await createEstate(anna);
      const code = await relativeCode(anna, estate.id, 'Kees de Vries');
      const phone = freshAddress();
      const tap = (key?: string) => (key ? from(phone).post(`${API}/portal/access`).set('Idempotency-Key', key) : from(phone).post(`${API}/portal/access`)).send({ code });
      const answers = await Promise.all([tap('kees-sign-in-1'), tap('kees-sign-in-1')]);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        const estateSeen = await t.as(answer.body.accessToken).get(`${API}/portal/estate`).expect(200);
        expect(estateSeen.body.familyMember.name).toBe('Kees de Vries');
      }
      // Another sign-in (its own key, or none), even from the same phone, and another address: the code was used.
      for (const other of [tap('kees-sign-in-2'), tap(), from(freshAddress()).post(`${API}/portal/access`).set('Idempotency-Key', 'kees-sign-in-1').send({ code })]) {
        expect((await other.expect(401)).body.type).toContain('access-code-used');
      }
      await t.runDue(1).expect(200);
      expect((await tap('kees-sign-in-1').expect(401)).body.type).toContain('access-code-used');
    });
  });
});
