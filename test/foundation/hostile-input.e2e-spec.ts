import { Logger, LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { API, createEstate, createProvider, deceased, deskOf, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * One test per cause the fuzzing of issue 11 found answering 500: each answers 4xx with a
 * problem naming what was wrong, writes nothing, and logs no stack trace.
 */
describe('hostile input: every client error is a 4xx problem, logged without a stack', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;
  let estateId: string;
  let contractId: string;
  let providerId: string;
  let family: Session;
  const logged: string[] = [];

  const server = () => t.app.getHttpServer();
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
  /** A 4xx problem+json whose errors[] names `field` (when given). */
  const expectProblem = (res: request.Response, status: number, field?: string) => {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status, type: expect.stringMatching(/^application\/problem\+json/) });
    expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
    if (field) expect(res.body.errors).toContainEqual({ field, message: expect.any(String) });
  };
  /** `{"code":[[[…]]]}`: 40,000 levels fit in 80 kB, under the size limit. */
  const deep = (levels: number) => `{"code":${'['.repeat(levels)}${']'.repeat(levels)}}`;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    providerId = (await createProvider(t.admin, { requiredDocuments: [] })).id;
    estateId = (await createEstate(anna)).id;
    contractId = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Mobiel abonnement', accountNumber: '06-1', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const capture: LoggerService = { log: () => {}, warn: () => {}, error: (message: unknown) => logged.push(JSON.stringify(message)) };
    Logger.overrideLogger(capture);
  });
  beforeEach(() => {
    logged.length = 0;
  });
  afterEach(() => {
    // The problem filter logs stacks for 5xx only: a client's mistake is no incident.
    expect(logged).toEqual([]);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  describe('body parsing', () => {
    it('answers 413 to a JSON body over the limit', async () => {
      const res = await request(server()).post(`${API}/auth/login`).set('Content-Type', 'application/json').send(`{"email":"${'a'.repeat(1024 * 1024)}"}`);
      expectProblem(res, 413);
    });

    it('answers 415 to an unknown charset', async () => {
      const res = await request(server()).post(`${API}/auth/login`).set('Content-Type', 'application/json; charset=klingon').send('{}');
      expectProblem(res, 415);
    });

    it('answers 415 to an unknown Content-Encoding and 400 to one that does not decode', async () => {
      expectProblem(await request(server()).post(`${API}/auth/login`).set('Content-Type', 'application/json').set('Content-Encoding', 'x-klingon').send('{}'), 415);
      expectProblem(await request(server()).post(`${API}/auth/login`).set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"not":"gzip"}'), 400);
    });

    it('answers 413 to a form with 1,500 fields', async () => {
      const form = Array.from({ length: 1500 }, (_, i) => `f${i}=x`).join('&');
      const res = await request(server()).post('/app/login').set('Content-Type', 'application/x-www-form-urlencoded').set('Accept', 'application/json').send(form);
      expectProblem(res, 413);
    });

    it('answers 4xx, not 500, to GET /health with a body', async () => {
      expectProblem(await request(server()).get('/health').set('Content-Type', 'application/json').send(`{"a":"${'x'.repeat(1024 * 1024)}"}`), 413);
      expectProblem(await request(server()).get('/health').set('Content-Type', 'application/json; charset=klingon').send('{}'), 415);
    });

    it('refuses JSON nested 40,000 levels deep, signed in or not', async () => {
      expectProblem(await anna.post(`${API}/estates`).set('Content-Type', 'application/json').send(deep(40_000)), 400, 'code.0.0.0.0.0.0.0');
      expectProblem(await request(server()).post(`${API}/portal/access`).set('Content-Type', 'application/json').send(deep(40_000)), 400, 'code.0.0.0.0.0.0.0');
    });

    it('refuses a form nested deeper than any page asks for', async () => {
      const res = await request(server()).post('/app/login').set('Content-Type', 'application/x-www-form-urlencoded').set('Accept', 'application/json').send(`a${'[b]'.repeat(40)}=1`);
      expectProblem(res, 400);
    });
  });

  describe('a body where a DTO is declared', () => {
    it.each([
      ['an empty object', {}, 'deceased'],
      ['an array for the deceased', { deceased: [] }, 'deceased'],
      ['a deceased without address', { deceased: deceased({ address: undefined }) }, 'deceased.address'],
      ['an address that is a string', { deceased: deceased({ address: 'Dam 1' }) }, 'deceased.address'],
    ])('POST /estates refuses %s (400 naming the field) and writes nothing', async (_what, body, field) => {
      const before = await count('estates');
      expectProblem(await anna.post(`${API}/estates`, body), 400, field);
      expect(await count('estates')).toBe(before);
    });

    it('POST /estates refuses an empty body, a JSON array and text/plain', async () => {
      const before = await count('estates');
      expectProblem(await anna.post(`${API}/estates`), 400);
      expectProblem(await anna.post(`${API}/estates`).set('Content-Type', 'application/json').send('[]'), 400);
      expectProblem(await anna.post(`${API}/estates`).set('Content-Type', 'text/plain').send('deceased'), 400);
      expect(await count('estates')).toBe(before);
    });

    it.each([
      ['__proto__', '{"deceased":{"__proto__":{"givenNames":"Jan"}}}', 'deceased.__proto__'],
      ['constructor', '{"deceased":{"constructor":{"name":"x"}}}', 'deceased.constructor'],
      ['top-level __proto__', '{"__proto__":{"deceased":1}}', '__proto__'],
    ])('refuses a %s key, naming it', async (_what, raw, field) => {
      const before = await count('estates');
      expectProblem(await anna.post(`${API}/estates`).set('Content-Type', 'application/json').send(raw), 400, field);
      expect(await count('estates')).toBe(before);
    });

    it.each(['toString', 'hasOwnProperty', '__proto__', 'constructor'])('refuses a field named %s as it refuses foo, naming it in her words (audit93 F6)', async (name) => {
      const before = await count('family_members');
      const raw = `{"name":"Kees de Vries","relation":"zoon","isHeir":true,"isRepresentative":false,${JSON.stringify(name)}:1}`;
      const res = await anna.post(`${API}/estates/${estateId}/family-members`).set('Content-Type', 'application/json').send(raw);
      expectProblem(res, 400, name);
      expect(res.body.detail).not.toMatch(/native code|\[object Object\]/);
      expect(await count('family_members')).toBe(before);
    });

    it('refuses a constructor object in a recorded provider answer', async () => {
      expectProblem(await anna.post(`${API}/contracts/${contractId}/provider-answer/acknowledged`, { receivedVia: 'phone', constructor: { name: 'x' } }), 400, 'constructor');
      expectProblem(await anna.post(`${API}/contracts/${contractId}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Geen klant', constructor: { prototype: {} } }), 400, 'constructor');
    });
  });

  describe('uploads (audit93 F4)', () => {
    it('refuses a second file, or a file in a field the form does not have, naming the field in the reader\'s words', async () => {
      const before = await count('documents');
      const two = await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'a.pdf').attach('file', TINY_PDF, 'b.pdf');
      expectProblem(two, 400, 'file');
      expect(two.body).toMatchObject({ type: 'https://steward.example/problems/too-many-files', detail: 'Stuur één bestand tegelijk, in het veld ‘file’. Er is niets gewijzigd.' });
      const elsewhere = await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('doc', TINY_PDF, 'a.pdf');
      expectProblem(elsewhere, 400, 'doc');
      expect(elsewhere.body).toMatchObject({ type: 'https://steward.example/problems/unexpected-file', detail: 'Het veld ‘doc’ hoort niet bij het formulier: stuur het bestand in het veld ‘file’. Er is niets gewijzigd.' });
      // A relative's report with two photos: in the family's words.
      const report = await family.post(`${API}/portal/reports`).field('kind', 'invoice_after_end').field('message', 'Twee foto\'s.').attach('file', TINY_PDF, 'a.pdf').attach('file', TINY_PDF, 'b.pdf');
      expectProblem(report, 400, 'file');
      expect(report.body.detail).toBe('U kunt één foto of PDF tegelijk sturen. Er is niets veranderd.');
      expect(await count('documents')).toBe(before);
    });
  });

  describe('text', () => {
    it('refuses a NUL character in a text field, naming it, and writes nothing', async () => {
      const before = await count('estates');
      expectProblem(await anna.post(`${API}/estates`, { deceased: deceased({ givenNames: 'Jan\u0000Hendrik' }) }), 400, 'deceased.givenNames');
      expectProblem(await anna.post(`${API}/estates`, { deceased: deceased({ address: { street: 'Dam\u00001', postalCode: '1012 JS', city: 'Amsterdam' } }) }), 400, 'deceased.address.street');
      expect(await count('estates')).toBe(before);
    });

    it('refuses a NUL character in a query parameter', async () => {
      expectProblem(await anna.get(`${API}/providers?q=KP%00N`), 400, 'q');
      expectProblem(await anna.get(`${API}/contracts/${contractId}?lang=e%00n`), 400, 'lang');
    });

    it('refuses a lone surrogate in an email', async () => {
      expectProblem(await request(server()).post(`${API}/portal/access/new-link`).send('{"email":"maria\\ud800@family.example"}').set('Content-Type', 'application/json'), 400, 'email');
      expectProblem(await request(server()).post(`${API}/auth/login`).send('{"email":"anna\\udc00@test.example","password":"x"}').set('Content-Type', 'application/json'), 400, 'email');
      const before = await count('family_members');
      const res = await anna.post(`${API}/estates/${estateId}/family-members`).set('Content-Type', 'application/json').send('{"name":"Piet","relation":"zoon","email":"piet\\ud83d@family.example","isHeir":true,"isRepresentative":false}');
      expectProblem(res, 400, 'email');
      expect(await count('family_members')).toBe(before);
    });
  });

  describe('numbers and nulls', () => {
    it.each([
      ['collection-notice', { agency: 'Incasso Noord', amount: 5e-324 }, 'amount'],
      ['provider-answer/completed', { receivedVia: 'phone', effectiveDate: '2026-12-01', reference: 'K-1', finalInvoiceAmount: 5e-324 }, 'finalInvoiceAmount'],
      ['collection-notice', { agency: 'Incasso Noord', amount: 1e300 }, 'amount'],
    ])('refuses an amount that is no amount of money on %s (%j)', async (path, body, field) => {
      const before = await count('outbox');
      expectProblem(await anna.post(`${API}/contracts/${contractId}/${path}`, body), 400, field);
      expect(await count('outbox')).toBe(before);
    });

    it('refuses a family report with an amount of 5e-324', async () => {
      expectProblem(await family.post(`${API}/portal/reports`, { kind: 'other', message: 'Een rekening', amount: 5e-324 }), 400, 'amount');
    });

    it('refuses null where a field is not nullable (PATCH /providers/:id)', async () => {
      expectProblem(await t.admin.patch(`${API}/providers/${providerId}`, { slaBusinessDays: null }), 400, 'slaBusinessDays');
      expectProblem(await t.admin.patch(`${API}/providers/${providerId}`, { name: null, contactPoint: null }), 400, 'name');
      const provider = (await t.admin.get(`${API}/providers/${providerId}`).expect(200)).body;
      expect(provider.slaBusinessDays).toBe(10);
    });
  });

  describe('query parameters', () => {
    it('refuses a repeated single query parameter, naming it', async () => {
      expectProblem(await anna.get(`${API}/providers?q=KPN&q=Ziggo`), 400, 'q');
      expectProblem(await anna.get(`${API}/providers?category=telecom&category=energy`), 400, 'category');
      expectProblem(await anna.get(`${API}/estates?status=intake&status=closed`), 400, 'status');
    });
  });

  describe('dates, bodies and methods (errs, audit93 F8)', () => {
    it('refuses a day that does not exist in an export period (2026-02-30), naming the parameter, not a shifted day', async () => {
      const desk = await deskOf(t, providerId);
      expectProblem(await desk.get(`${API}/provider-desk/requests/export?from=2026-02-30&to=2026-03-05`), 400, 'from');
      expectProblem(await desk.get(`${API}/provider-desk/requests/export?from=2026-02-01&to=2026-02-29`), 400, 'to');
    });

    it.each(['null', '42', '"Jan"', 'true'])('refuses a JSON body of %s where an object is expected: 400 naming the body, nothing written', async (raw) => {
      const before = await count('estates');
      const res = await anna.post(`${API}/estates`).set('Content-Type', 'application/json').send(raw);
      expectProblem(res, 400, 'body');
      expect(await count('estates')).toBe(before);
    });

    it("refuses a desk's JSON null in the desk's words", async () => {
      const desk = await deskOf(t, providerId);
      const res = await desk.post(`${API}/provider-desk/requests/${contractId}/acknowledge`).set('Content-Type', 'application/json').send('null');
      expectProblem(res, 400, 'body');
    });

    it('answers a method an address does not take 405 with Allow; an address naming a resource stays 404, its own or not', async () => {
      const estates = await anna.delete(`${API}/estates`);
      expectProblem(estates, 405);
      expect(estates.body.type).toBe('https://steward.example/problems/method-not-allowed');
      expect(estates.headers.allow.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
      expect(estates.body.detail).toContain('DELETE');
      const health = await request(server()).put('/health');
      expectProblem(health, 405);
      expect(health.headers.allow.split(', ').sort()).toEqual(['GET', 'HEAD']);
      // A contract's address answers the same 404 for hers and for one that does not exist: the method says nothing of it.
      const own = await anna.delete(`${API}/contracts/${contractId}`);
      const none = await anna.delete(`${API}/contracts/00000000-0000-4000-8000-000000000000`);
      expect([own.status, none.status, own.body.type, own.headers.allow]).toEqual([404, 404, none.body.type, undefined]);
      // An address no route has is 404 as before.
      expectProblem(await anna.delete(`${API}/no-such-place`), 404);
    });

    it('answers OPTIONS 204 with Allow at any API address, the same for a resource of hers and one that does not exist; CORS stays closed', async () => {
      const estates = await request(server()).options(`${API}/estates`).set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
      expect([estates.status, estates.headers.allow.split(', ').sort(), estates.text]).toEqual([204, ['GET', 'HEAD', 'OPTIONS', 'POST'], '']);
      expect(Object.keys(estates.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      const options = (path: string) => request(server()).options(path).set('Authorization', `Bearer ${anna.token}`);
      const own = await options(`${API}/contracts/${contractId}`);
      const none = await options(`${API}/contracts/00000000-0000-4000-8000-000000000000`);
      expect([own.status, own.headers.allow.split(', ').sort()]).toEqual([204, ['GET', 'HEAD', 'OPTIONS', 'PATCH']]);
      expect(none.headers.allow).toBe(own.headers.allow);
      expectProblem(await options(`${API}/no-such-place`), 404);
    });
  });

  describe('web pages', () => {
    it.each(['/app/login', '/desk/login', '/family/login'])('%s answers 400 to a post without a body or with text/plain', async (path) => {
      const empty = await request(server()).post(path);
      expect(empty.status).toBe(400);
      const text = await request(server()).post(path).set('Content-Type', 'text/plain').set('Accept', 'text/html').send('email=a@b.nl');
      expect(text.status).toBe(400);
      expect(text.headers['content-type']).toMatch(/^text\/html/);
    });

    it('answers a nested form field (message[a]=b) with 4xx and a page naming the field', async () => {
      const cookie = `steward_family=${family.token}`;
      const form = await request(server()).post('/family/report').set('Cookie', cookie).set('Accept', 'text/html').type('form').send('kind=other&message[a]=b');
      expect(form.status).toBe(422);
      expect(form.text).toContain('message');
      // The report form is multipart: its parser builds groups without a prototype.
      const multipart = await request(server()).post('/family/report').set('Cookie', cookie).set('Accept', 'text/html').field('kind', 'other').field('message[a]', 'b');
      expect(multipart.status).toBe(422);
      expect(multipart.text).toContain('message');
      const staff = `steward_app=${anna.token}`;
      const intake = await request(server()).post('/app/estates').set('Cookie', staff).set('Accept', 'text/html').type('form').send('deceased[givenNames][a]=b&deceased[surname]=Vries');
      expect(intake.status).toBeGreaterThanOrEqual(400);
      expect(intake.status).toBeLessThan(500);
    });

    it('answers 404 to a desk form action named like an object property', async () => {
      const email = 'desk@provider.example';
      await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name: 'Desk', password: 'desk-password-1' }).expect(201);
      const login = await request(server()).post('/desk/login').type('form').send({ email, password: 'desk-password-1' }).expect(303);
      const cookie = login.headers['set-cookie'] as unknown as string[];
      for (const action of ['constructor', '__proto__', 'toString']) {
        await request(server()).post(`/desk/requests/${contractId}/${action}`).set('Cookie', cookie).type('form').send('reason=Geen klant').expect(404);
      }
    });

    describe('a bad query parameter: a 4xx page in Dutch naming the parameter, never the API English nor a 200 that ignores it', () => {
      /** The page's text without its markup, as a person reads it. */
      const shown = (res: request.Response) => (/<main[\s\S]*<\/main>/.exec(res.text)?.[0] ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      const expectRefusedPage = (res: request.Response, ...words: string[]) => {
        expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 400, type: expect.stringMatching(/^text\/html/) });
        expect(res.text).toContain('<html lang="nl"');
        for (const word of words) expect(shown(res)).toContain(word);
        // class-validator's and the pipe's English never reach a person.
        expect(shown(res)).not.toMatch(/must be|should not exist|is not a cursor|is not a known field|not contain a NUL/);
      };
      const page = (path: string, cookie: string) => request(server()).get(path).set('Cookie', cookie).set('Accept', 'text/html');
      /** A cursor that is none of the list's starts the list again (webcursor): the same page without it, other parameters kept. */
      const expectRestarted = (res: request.Response, location: string) => expect({ status: res.status, location: res.headers.location }).toEqual({ status: 303, location });
      let desk: string;
      const tampered = Buffer.from('["x"]').toString('base64url');

      beforeAll(async () => {
        const email = 'desk-query@provider.example';
        await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name: 'Desk', password: 'desk-password-1' }).expect(201);
        const login = await request(server()).post('/desk/login').type('form').send({ email, password: 'desk-password-1' }).expect(303);
        desk = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      });

      it('on the provider desk: a search of one character, an unknown tab (listing the tabs) and a tampered cursor', async () => {
        expectRefusedPage(await page('/desk?q=%25', desk), 'Zoekterm: minstens 2 tekens.');
        expectRefusedPage(await page('/desk?tab=bogus', desk), 'Tabblad', 'nieuw', 'wacht-op-u', 'wacht-op-steward', 'afgehandeld');
        expectRestarted(await page(`/desk?tab=nieuw&cursor=${tampered}`, desk), '/desk?tab=nieuw&restarted=1');
        expectRefusedPage(await page('/desk?q=Jan%00', desk), 'Zoekterm: deze waarde klopt niet.');
        // The API has no tabs (its filter is `status`): an unknown parameter is a 400 naming it.
        const api = await deskOf(t, providerId, 'Desk API');
        expectProblem(await api.get(`${API}/provider-desk/requests?tab=bogus`), 400, 'tab');
      });

      it('on the workspace: estates list, Today, print list and dashboard', async () => {
        const staff = `steward_app=${anna.token}`;
        expectRefusedPage(await page('/app/estates?q=x', staff), 'de zoekterm', '2');
        expectRefusedPage(await page('/app/estates?status=bogus', staff), 'de fase');
        expectRestarted(await page(`/app/estates?cursor=${tampered}`, staff), '/app/estates?restarted=1');
        expectRestarted(await page(`/app?cursor=${tampered}`, staff), '/app?restarted=1');
        expectRestarted(await page(`/app/print?limit=5&waiting=${tampered}`, staff), '/app/print?limit=5&restarted=1');
        expectRefusedPage(await page('/app/dashboard?cursor=x', staff), 'Het adres bevat ‘cursor’; dat kent deze pagina niet');
      });

      it('in the family portal: a tampered cursor and an unknown parameter', async () => {
        const cookie = `steward_family=${family.token}`;
        expectRestarted(await page(`/family/timeline?cursor=${tampered}`, cookie), '/family/timeline?restarted=1');
        expectRefusedPage(await page('/family?bill=bogus', cookie), 'Kies de melding over de rekening uit de lijst. Het adres van deze pagina klopt niet (meer). Er is niets veranderd.');
        expectRefusedPage(await page('/family?bogus=1', cookie), 'Het adres bevat ‘bogus’; dat kent deze pagina niet.');
      });
    });

    it('answers a NUL character in a form field with 4xx', async () => {
      const staff = `steward_app=${anna.token}`;
      const before = await count('estates');
      const res = await request(server()).post('/app/estates').set('Cookie', staff).set('Accept', 'text/html').type('form').send('deceased[givenNames]=Jan%00&deceased[surname]=Vries');
      expect(res.status).toBe(400);
      expect(await count('estates')).toBe(before);
    });
  });
});
