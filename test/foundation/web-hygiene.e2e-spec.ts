import { createHash } from 'node:crypto';
import request from 'supertest';
import { API, createEstate, deceased } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** Issue 11, web hygiene: security headers, cross-site posts, double submits, downloads. */
describe('web hygiene', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let anna: Session;
  let cookie: string;

  beforeAll(async () => {
    // Behind a TLS proxy on loopback (as supertest connects), reached at steward.example.
    t = await startTestApp({ env: { STEWARD_TRUST_PROXY: 'loopback', STEWARD_PUBLIC_URL: 'https://steward.example' } });
    server = t.app.getHttpServer();
    const email = 'anna-hygiene@test.example';
    await t.admin.post(`${API}/users`, { email, name: 'Anna de Boer', password: 'hygiene-pw-1', role: 'specialist' }).expect(201);
    anna = await t.login(email, 'hygiene-pw-1');
    const login = await request(server).post('/app/login').type('form').send({ email, password: 'hygiene-pw-1' }).expect(303);
    cookie = login.headers['set-cookie'][0].split(';')[0];
  });
  afterAll(() => t.close());

  const page = (path: string) => request(server).get(path).set('Cookie', cookie).expect(200);
  const post = (path: string, body: object = {}) => request(server).post(path).set('Cookie', cookie).type('form').send(body);
  const estateCount = async () => (await anna.get(`${API}/estates`).expect(200)).body.length as number;
  const intake = { deceased: deceased({ givenNames: 'Maria', surname: 'Berg', surnamePrefix: undefined }) };

  describe('security headers', () => {
    it('every page forbids inline script and framing, does not sniff, keeps its URLs to itself, and names no framework', async () => {
      const estate = await createEstate(anna);
      for (const path of ['/app/login', '/app', `/app/estates/${estate.id}`, '/app/dashboard', '/family/login', '/desk/login']) {
        const res = path.endsWith('/login') ? await request(server).get(path).expect(200) : await page(path);
        const csp = res.headers['content-security-policy'];
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toMatch(/script-src/); // default-src 'none' forbids every script
        // The one inline stylesheet is allowed by its hash; no script, event handler or style attribute exists.
        for (const [, style] of res.text.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
          expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
        }
        expect(res.text).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['referrer-policy']).toBe('same-origin');
        expect(res.headers['x-powered-by']).toBeUndefined();
        expect(res.headers['strict-transport-security']).toBeUndefined(); // plain HTTP
      }
    });

    it('API answers carry them too, and HSTS is sent when the request came over HTTPS through the trusted proxy', async () => {
      const api = await t.anonymous.get(`${API}/estates`).expect(401);
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['x-powered-by']).toBeUndefined();
      const health = await request(server).get('/health').set('X-Forwarded-Proto', 'https').expect(200);
      expect(health.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    });

    it('the Swagger UI gets the allowances it needs, on its own route only', async () => {
      const docs = await request(server).get('/api/docs').expect(200);
      const csp = docs.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      const scripts = [...docs.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(docs.text).not.toMatch(/<script>/); // no inline script: 'self' is enough
      for (const src of scripts) await request(server).get(new URL(src, 'http://x/api/docs').pathname).expect(200);
    });
  });

  describe('cross-site posts', () => {
    it('a form posted from another site with a valid session cookie changes nothing', async () => {
      const before = await estateCount();
      const evil = await post('/app/estates', intake).set('Origin', 'https://evil.example').expect(403);
      expect(evil.text).toContain('another site');
      await post('/app/estates', intake).set('Sec-Fetch-Site', 'cross-site').expect(403);
      await post('/app/estates', intake).set('Origin', 'null').expect(403);
      // Sign-in forms too: no other site may sign a visitor in to an account of its choosing.
      await request(server).post('/desk/login').type('form').set('Origin', 'https://evil.example').send({ email: 'x@y.example', password: 'x' }).expect(403);
      expect(await estateCount()).toBe(before);
    });

    it('our own pages may post: same origin as sent, as the proxy reports it, or as STEWARD_PUBLIC_URL', async () => {
      const before = await estateCount();
      await post('/app/estates', intake).set('Host', 'steward.internal:8080').set('Origin', 'http://steward.internal:8080').set('Sec-Fetch-Site', 'same-origin').expect(303);
      await post('/app/estates', intake).set('Origin', 'https://app.internal').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'app.internal').expect(303);
      await post('/app/estates', intake).set('Origin', 'https://steward.example').expect(303);
      expect(await estateCount()).toBe(before + 3);
    });

    it('bearer-token API calls are not affected', async () => {
      await anna.post(`${API}/estates`, intake).set('Origin', 'https://evil.example').set('Sec-Fetch-Site', 'cross-site').expect(201);
    });
  });
});
