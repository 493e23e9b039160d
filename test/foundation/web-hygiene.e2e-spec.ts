import { createHash } from 'node:crypto';
import request from 'supertest';
import { API, binary, createEstate, createProvider, deceased, TINY_PDF } from '../support/fixtures';
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
  const estateCount = async () => (await anna.get(`${API}/estates?limit=200`).expect(200)).body.items.length as number;
  /** Where the submit button of the page's post form ending in `ending` sends it (with the form's one-time key). */
  const action = (html: string, ending: string) => {
    const form = [...html.matchAll(/<form method="post" action="([^"]*)"[\s\S]*?<\/form>/g)].find((m) => m[1].endsWith(ending));
    if (!form) throw new Error(`no form posting to …${ending}`);
    return (/formaction="([^"]*)"/.exec(form[0])?.[1] ?? form[1]).replace(/&amp;/g, '&');
  };
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
        // Scripts only from our own files (the upload progress bar), never inline.
        expect(csp).toContain("script-src 'self';");
        // The one inline stylesheet is allowed by its hash; no inline script, event handler or style attribute exists.
        for (const [, style] of res.text.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
          expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
        }
        expect(res.text.replace(/<script src="\/assets\/upload-progress\.js" defer><\/script>/g, '')).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
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
      // Anna reads Dutch: the refusal says so in her words.
      expect(evil.body).toMatchObject({ type: 'https://steward.example/problems/cross-site', detail: 'Dit formulier is vanaf een andere website verstuurd. Er is niets gewijzigd.' });
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

  describe('double submit', () => {
    it('posting the same intake form twice at once opens one estate; both answers lead to it', async () => {
      const form = action((await page('/app/estates/new')).text, '/app/estates');
      expect(form).toMatch(/\?form=[\w-]{22}$/);
      const before = await estateCount();
      const [a, b] = await Promise.all([post(form, intake), post(form, intake)]);
      expect([a.status, b.status]).toEqual([303, 303]);
      expect(a.headers.location).toMatch(/^\/app\/estates\/[0-9a-f-]{36}\?done=created$/);
      expect(b.headers.location).toBe(a.headers.location);
      expect(await estateCount()).toBe(before + 1);
      // Every render gets fresh keys, so the next intake opens the next estate.
      await post(action((await page('/app/estates/new')).text, '/app/estates'), intake).expect(303);
      expect(await estateCount()).toBe(before + 2);
    });

    it('one family member with one code, however often the form is sent', async () => {
      const estate = await createEstate(anna);
      const estatePage = `/app/estates/${estate.id}`;
      const form = action((await page(estatePage)).text, '/family-members');
      const member = { name: 'Sam Berg', relation: 'son', isHeir: 'true' };
      const answers = await Promise.all([post(form, member).set('Referer', `http://127.0.0.1${estatePage}`), post(form, member).set('Referer', `http://127.0.0.1${estatePage}`)]);
      // The first shows the code (once); the repeat goes back to the estate page the form was on.
      expect(answers.map((r) => r.status).sort()).toEqual([200, 303]);
      expect(answers.find((r) => r.status === 303)!.headers.location).toBe(estatePage);
      expect(answers.find((r) => r.status === 200)!.text).toContain('Sam Berg');
      // One member, so one code (the code lives on the member).
      expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.familyMembers).toHaveLength(1);
    });

    it('one contract, even when the second post comes after the first has finished', async () => {
      const estate = await createEstate(anna);
      const provider = await createProvider(t.admin);
      const form = action((await page(`/app/estates/${estate.id}?q=${encodeURIComponent(provider.name)}`)).text, '/contracts');
      const contract = { providerId: provider.id, description: 'Mobiel abonnement', accountNumber: 'KPN-1', action: 'cancel' };
      const first = await post(form, contract).expect(303);
      const second = await post(form, contract).expect(303);
      expect(second.headers.location).toBe(first.headers.location);
      expect((await anna.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items).toHaveLength(1);
    });

    it('one document from an upload form sent twice (the key travels in the URL, as multipart bodies are read late)', async () => {
      const estate = await createEstate(anna);
      const form = action((await page(`/app/estates/${estate.id}`)).text, '/documents');
      const upload = () => request(server).post(form).set('Cookie', cookie).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(303);
      expect((await upload()).headers.location).toBe((await upload()).headers.location);
      expect((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items).toHaveLength(1);
    });

    it('a refused post frees its key: the corrected form is sent with it', async () => {
      const form = action((await page('/app/estates/new')).text, '/app/estates');
      const before = await estateCount();
      await post(form, { deceased: { ...intake.deceased, surname: '' } }).expect(422);
      await post(form, intake).expect(303);
      expect(await estateCount()).toBe(before + 1);
    });
  });

  describe('downloads', () => {
    /** A readable one-page PDF (so it is accepted as one), and an HTML page with a script as well. */
    const POLYGLOT = Buffer.from(
      '%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const PDF_WITH_JAVASCRIPT = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );

    const expectSafeDownload = (res: request.Response, name: string) => {
      expect(res.headers['content-type']).toMatch(new RegExp(`^${name.endsWith('.zip') ? 'application/zip' : 'application/pdf'}`));
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
      expect(res.headers['content-disposition']).toContain(`filename="${name}"`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    };

    it('a polyglot uploaded as x.html and a PDF with JavaScript are only ever saved, as PDFs, for staff and family', async () => {
      const estate = await createEstate(anna, { givenNames: 'Zoë', surnamePrefix: undefined, surname: 'Berg' });
      const upload = async (content: Buffer, name: string) =>
        (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').field('audience', 'family').attach('file', content, name).expect(201)).body as { id: string };
      const polyglot = await upload(POLYGLOT, 'x.html');
      const scripted = await upload(PDF_WITH_JAVASCRIPT, 'brief.pdf');

      expectSafeDownload(await anna.get(`${API}/documents/${polyglot.id}`).buffer(true).parse(binary).expect(200), 'x.pdf');
      expectSafeDownload(await request(server).get(`/app/documents/${polyglot.id}`).set('Cookie', cookie).buffer(true).parse(binary).expect(200), 'x.pdf');
      expectSafeDownload(await anna.get(`${API}/documents/${scripted.id}`).buffer(true).parse(binary).expect(200), 'brief.pdf');

      const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sam Berg', relation: 'son', isHeir: true, isRepresentative: true }).expect(201)).body;
      const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
      expectSafeDownload(await family.get(`${API}/documents/${polyglot.id}`).buffer(true).parse(binary).expect(200), 'x.pdf');
      const dossier = await family.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200);
      expectSafeDownload(dossier, `Dossier Zoe Berg ${estate.reference}.zip`);
      expect(dossier.headers['content-disposition']).toContain(`filename*=UTF-8''Dossier%20Zo%C3%AB%20Berg%20${estate.reference}.zip`);
      // Inside the zip the polyglot is a PDF too, so unpacking it gives no page to open.
      expect(dossier.body.includes('01 x.pdf')).toBe(true);
      expect(dossier.body.includes('x.html')).toBe(false);
    });
  });
});
