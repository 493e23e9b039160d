import { Client } from 'pg';
import { API, createEstate, createProvider, deceased, deskOf, ESTATE_ACCOUNT, TINY_PDF } from '../support/fixtures';
import { IdempotencyService, requestHash } from '../../src/idempotency/idempotency.service';
import { providerDocument, staffDocument } from '../../src/api-docs';
import { OpenApiDocument, operationsOf } from '../support/openapi-operations';
import { Account, account, closeWorkspace, formErrors, openWorkspace, signIn, Workspace } from './support';

/** The audit's finding: the owners' API made a second estate or contract of a request sent twice. */
describe('a request sent twice to the owners’ API', () => {
  let w: Workspace;
  let joke: Account;
  let kpn: { id: string; name: string };
  let db: Client;
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    kpn = await createProvider(w.t.admin, { name: 'KPN' });
    db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await closeWorkspace(w);
  });

  it('opens one estate for two parallel posts with one Idempotency-Key, both answering the same 201', async () => {
    const body = { deceased: deceased({ surname: 'Tweemaal' }), estateAccount: ESTATE_ACCOUNT };
    const [a, b] = await Promise.all([0, 1].map(() => joke.api.post(`${API}/estates`, body).set('Idempotency-Key', 'open-tweemaal')));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    const later = await joke.api.post(`${API}/estates`, body).set('Idempotency-Key', 'open-tweemaal').expect(201);
    expect(later.body).toEqual(a.body);
    expect(await count(`SELECT count(*)::int AS n FROM estates WHERE deceased_surname = $1`, ['Tweemaal'])).toBe(1);
  });

  it('refuses the same key with another body with 422 naming the header, and opens nothing', async () => {
    await joke.api.post(`${API}/estates`, { deceased: deceased({ surname: 'Eenmaal' }), estateAccount: ESTATE_ACCOUNT }).set('Idempotency-Key', 'open-eenmaal').expect(201);
    const res = await joke.api.post(`${API}/estates`, { deceased: deceased({ surname: 'Andermaal' }), estateAccount: ESTATE_ACCOUNT }).set('Idempotency-Key', 'open-eenmaal').expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/different request/) }]);
    // The detail in the owner's language (Joke reads Dutch); the field's message stays the API's English.
    expect(res.body.detail).toBe('Deze Idempotency-Key is al gebruikt voor een ander verzoek: stuur een nieuwe sleutel. Er is niets gewijzigd.');
    expect(await count(`SELECT count(*)::int AS n FROM estates WHERE deceased_surname = $1`, ['Andermaal'])).toBe(0);
  });

  it('keeps keys apart per staff member: another specialist’s same key opens their own estate', async () => {
    const other = await account(w.t, 'Pieter Bakker', 'specialist', 'nl');
    const body = { deceased: deceased({ surname: 'Gedeeld' }), estateAccount: ESTATE_ACCOUNT };
    const mine = await joke.api.post(`${API}/estates`, body).set('Idempotency-Key', 'shared-key').expect(201);
    const theirs = await other.api.post(`${API}/estates`, body).set('Idempotency-Key', 'shared-key').expect(201);
    expect(theirs.body.owner.name).toBe('Pieter Bakker');
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('replays a family member and an upload sent again with their key', async () => {
    const estate = await createEstate(joke.api);
    const member = { name: 'Sanne Jansen', relation: 'dochter', isHeir: true, isRepresentative: true };
    const first = await joke.api.post(`${API}/estates/${estate.id}/family-members`, member).set('Idempotency-Key', 'sanne').expect(201);
    const again = await joke.api.post(`${API}/estates/${estate.id}/family-members`, member).set('Idempotency-Key', 'sanne').expect(201);
    expect(again.body).toEqual(first.body);
    expect(await count('SELECT count(*)::int AS n FROM family_members WHERE estate_id = $1', [estate.id])).toBe(1);
    const upload = () => joke.api.post(`${API}/estates/${estate.id}/documents`).set('Idempotency-Key', 'akte').field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf');
    const [u1, u2] = await Promise.all([upload(), upload()]);
    expect([u1.status, u2.status]).toEqual([201, 201]);
    expect(u2.body).toEqual(u1.body);
    expect(await count('SELECT count(*)::int AS n FROM documents WHERE estate_id = $1', [estate.id])).toBe(1);
  });

  it('adds one KPN contract for an account number sent three times (two at once), refusing the others with 409 naming accountNumber in Dutch', async () => {
    const estate = await createEstate(joke.api);
    const body = { providerId: kpn.id, description: 'Internet en tv', accountNumber: '9.9999.999', action: 'cancel' };
    const [a, b] = await Promise.all([0, 1].map(() => joke.api.post(`${API}/estates/${estate.id}/contracts`, body)));
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toBe('Dit klantnummer staat al op een contract bij KPN in deze nalatenschap: open dat contract in plaats van er een tweede toe te voegen');
    expect(refused.body.errors).toEqual([{ field: 'accountNumber', message: expect.stringMatching(/already on a contract/) }]);
    // Spaces, dots, dashes and case count for nothing, as in the account number search: the number as typed.
    for (const accountNumber of [' 9.9999.999 ', '99999999', '9-9999-999']) {
      await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...body, accountNumber }).expect(409);
    }
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(1);
  });

  it('refuses a correction to the account number of another contract with this provider, 409 naming accountNumber in Dutch', async () => {
    const estate = await createEstate(joke.api);
    const add = (accountNumber: string) => joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: `Abonnement ${accountNumber}`, accountNumber, action: 'cancel' }).expect(201);
    await add('NL12.3456');
    const second = (await add('NL65.4321')).body;
    const refused = await joke.api.patch(`${API}/contracts/${second.id}`, { accountNumber: 'nl123456' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toBe('Dit klantnummer staat al op een contract bij KPN in deze nalatenschap: open dat contract in plaats van er een tweede toe te voegen');
    expect(refused.body.errors).toEqual([{ field: 'accountNumber', message: expect.stringMatching(/already on a contract/) }]);
    expect((await joke.api.get(`${API}/contracts/${second.id}`).expect(200)).body.accountNumber).toBe('NL65.4321');
    // Its own number written another way is no second contract.
    await joke.api.patch(`${API}/contracts/${second.id}`, { accountNumber: 'NL65-4321' }).expect(200);
  });

  it('runs a keyed call again whose first try crashed before keeping its answer, once the claim is a minute old, and replays it after', async () => {
    const estate = await createEstate(joke.api);
    const path = `${API}/estates/${estate.id}/contracts`;
    const body = { providerId: kpn.id, description: 'Vaste lijn', accountNumber: 'VL-1', action: 'cancel' };
    // The crashed call: its key claimed through the service's own path, its work never done and no answer kept.
    const claimed = new Promise<void>((resolve) => {
      void w.t.app.get(IdempotencyService).runApart({ userId: joke.id }, 'crashed', requestHash('POST', path, body), () => {
        resolve();
        return new Promise(() => {});
      });
    });
    await claimed;
    // Within the minute the first call may still be at work: the retry waits its 10 s and is told so.
    const early = await joke.api.post(path, body).set('Idempotency-Key', 'crashed').expect(409);
    expect(early.body.type).toMatch(/idempotency-key-in-progress$/);
    w.t.clock.resumeAt(new Date(w.t.clock.now().getTime() + 61_000));
    // Two retries at once: one takes the abandoned key over and adds the contract, the other waits and replays it.
    const [a, b] = await Promise.all([0, 1].map(() => joke.api.post(path, body).set('Idempotency-Key', 'crashed')));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    const later = await joke.api.post(path, body).set('Idempotency-Key', 'crashed').expect(201);
    expect(later.body).toEqual(a.body);
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(1);
  }, 60_000);

  /** A first call through the service that claims `key` and works until the test settles it. */
  const slowCall = async (key: string, path: string, body: object) => {
    let settle!: { resolve: (answer: { status: number; body: unknown }) => void; reject: (error: Error) => void };
    let claimed!: () => void;
    const working = new Promise<void>((resolve) => (claimed = resolve));
    const outcome = w.t.app.get(IdempotencyService).runApart({ userId: joke.id }, key, requestHash('POST', path, body), () => {
      claimed();
      return new Promise((resolve, reject) => (settle = { resolve, reject }));
    });
    await working;
    return { settle, outcome: outcome.catch((error: Error) => error) };
  };

  /** A contract added to a new estate under `key` by a slow first call, whose claim is then a minute old. */
  const outlivedClaim = async (key: string, accountNumber: string) => {
    const estate = await createEstate(joke.api);
    const path = `${API}/estates/${estate.id}/contracts`;
    const body = { providerId: kpn.id, description: 'Internet', accountNumber, action: 'cancel' };
    const first = await slowCall(key, path, body);
    w.t.clock.resumeAt(new Date(w.t.clock.now().getTime() + 61_000));
    return { estate, path, body, first };
  };

  it('lets a slow first call that fails after a retry took its key over leave the retry’s key alone: a third call waits for the retry, runs nothing', async () => {
    const { estate, path, body, first } = await outlivedClaim('slow-fails', 'GV-1');
    // The retry takes the abandoned key over and is still at work when the first call fails.
    const retry = await slowCall('slow-fails', path, body);
    first.settle.reject(new Error('the slow first call failed'));
    expect(await first.outcome).toEqual(new Error('the slow first call failed'));
    // The key is still the retry's: a third call waits its 10 s and is told the request is in progress, it adds no contract.
    const third = await joke.api.post(path, body).set('Idempotency-Key', 'slow-fails').expect(409);
    expect(third.body.type).toMatch(/idempotency-key-in-progress$/);
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(0);
    retry.settle.resolve({ status: 201, body: { answeredBy: 'the retry' } });
    expect(await retry.outcome).toEqual({ status: 201, body: { answeredBy: 'the retry' }, replayed: false });
    expect((await joke.api.post(path, body).set('Idempotency-Key', 'slow-fails').expect(201)).body).toEqual({ answeredBy: 'the retry' });
  }, 60_000);

  it('keeps the answer of the retry that took a slow call’s key over, not the slow call’s later one', async () => {
    const { estate, path, body, first } = await outlivedClaim('slow-answers', 'TV-1');
    const retry = await joke.api.post(path, body).set('Idempotency-Key', 'slow-answers').expect(201);
    // The slow call ends after all, with an answer of its own: it does not replace the one the retry kept.
    first.settle.resolve({ status: 201, body: { answeredBy: 'the slow first call' } });
    await first.outcome;
    expect((await joke.api.post(path, body).set('Idempotency-Key', 'slow-answers').expect(201)).body).toEqual(retry.body);
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(1);
  }, 60_000);

  it('adds the account again once the first contract was withdrawn (added in error)', async () => {
    const estate = await createEstate(joke.api);
    const body = { providerId: kpn.id, description: 'Mobiel', accountNumber: 'M-77', action: 'cancel' };
    const first = await joke.api.post(`${API}/estates/${estate.id}/contracts`, body).expect(201);
    await joke.api.post(`${API}/contracts/${first.body.id}/withdraw`, { reason: 'Per ongeluk toegevoegd' }).expect(200);
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, body).expect(201);
  });

  it('says so on the estate page’s form in Dutch, keeping what was typed', async () => {
    const estate = await createEstate(joke.api);
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1.2345.678', action: 'cancel' }).expect(201);
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estate.id}?q=KPN#add-contract`);
    await page.selectOption('#providerId', kpn.id);
    await page.fill('#description', 'Internet thuis');
    await page.fill('#accountNumber', '1.2345.678');
    await page.click('form[action$="/contracts"] button[type=submit]');
    expect(await formErrors(page)).toEqual([expect.stringContaining('Dit klantnummer staat al op een contract bij KPN in deze nalatenschap')]);
    await expect(page.inputValue('#accountNumber')).resolves.toBe('1.2345.678');
    await expect(page.inputValue('#description')).resolves.toBe('Internet thuis');
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(1);
    await page.close();
  });

  /**
   * The owners' API calls that take no key, each with its reason (README, Idempotency): the family's and the sign-in are
   * not a staff member's; a streamed statement is read inside its route, after a key would be claimed; a password in the
   * body or a secret shown once in the answer is not kept in the key store.
   */
  const UNKEYED: Record<string, string> = {
    'POST /api/v1/auth/login': 'no staff member yet',
    'POST /api/v1/estates/{id}/statements': 'streamed: a retry imports again, updating the series it found',
    'POST /api/v1/users': 'a password in the body; a retry is refused 409 for the email taken',
    'POST /api/v1/providers/{id}/desk-users': 'a password in the body; a retry is refused 409 for the email taken',
    'POST /api/v1/providers/{id}/tokens': 'the secret is in this answer only',
    'POST /api/v1/providers/{id}/webhooks': 'the signing secret is in this answer only',
  };

  /** The provider desk's one: registering an endpoint, whose signing secret is shown in that answer only. */
  const UNKEYED_DESK: Record<string, string> = {
    'POST /api/v1/provider-desk/webhooks': 'the signing secret is in this answer only',
  };

  /** A document's calls that create or change something (the family portal's aside) and document no `Idempotency-Key`. */
  const unkeyed = (doc: OpenApiDocument) => {
    const changing = operationsOf(doc).filter((op) => op.method !== 'GET' && !op.path.startsWith('/api/v1/portal/'));
    const keyless = changing.filter((op) => !op.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'));
    return { changing: changing.length, walked: changing.map((op) => `${op.method} ${op.path}`), keyless: keyless.map((op) => `${op.method} ${op.path}`).sort() };
  };

  // Exactly the exceptions: every other call takes the key, and none outlives its route or hides one that takes it.
  it('takes an Idempotency-Key on every call of the owners’ API that creates or changes something, but the few named', () => {
    const calls = unkeyed(staffDocument(w.t.app) as unknown as OpenApiDocument);
    expect(calls.changing).toBeGreaterThan(50);
    // answerundo: taking back a confirmation recorded by mistake is one of them.
    expect(calls.walked).toContain('POST /api/v1/contracts/{id}/take-back-confirmation');
    expect(calls.keyless).toEqual(Object.keys(UNKEYED).sort());
  });

  it('takes an Idempotency-Key on every call of the provider desk API that changes something, but registering a webhook', () => {
    const calls = unkeyed(providerDocument(w.t.app) as unknown as OpenApiDocument);
    expect(calls.changing).toBeGreaterThan(10);
    expect(calls.keyless).toEqual(Object.keys(UNKEYED_DESK).sort());
  });

  /** A contract of a new estate whose provider confirmed the end on 30 November, with December billed after it: €18 disputed. */
  const disputedContract = async (stroom: { id: string }) => {
    const estate = await createEstate(joke.api);
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: stroom.id, description: 'Stroom', accountNumber: `S-${estate.id.slice(0, 8)}`, action: 'cancel' }).expect(201)).body;
    await joke.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'S-R1', effectiveDate: '2026-11-30' }).expect(200);
    await joke.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    return contract.id as string;
  };
  const DECEMBER = { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 18 };
  const entries = (contractId: string) => count('SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1', [contractId]);

  it('counts a credit note sent twice with its key once: the first answer again, €5 credited and €13 still disputed (audit 66)', async () => {
    const stroom = await createProvider(w.t.admin, { name: 'Stroomtest', category: 'energy', requiredDocuments: [] });
    const id = await disputedContract(stroom);
    const credit = () => joke.api.post(`${API}/contracts/${id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 5, note: 'CN-1' }).set('Idempotency-Key', 'a66-cn-1');
    const first = await credit().expect(200);
    const written = await entries(id);
    const again = await credit().expect(200);
    expect(again.body).toEqual(first.body);
    expect(await entries(id)).toBe(written);
    const disputes = (await joke.api.get(`${API}/contracts/${id}`).expect(200)).body.openDisputes;
    expect(disputes).toEqual([expect.objectContaining({ reference: 'F-01', credited: 5, disputed: expect.objectContaining({ amount: 18 }) })]);
    // The key with another credit note: refused, nothing credited.
    const other = await joke.api.post(`${API}/contracts/${id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 6, note: 'CN-2' }).set('Idempotency-Key', 'a66-cn-1').expect(422);
    expect(other.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/different request/) }]);
    expect(await entries(id)).toBe(written);
  });

  it('answers a corrected bill and an answer to the provider’s question sent again with their keys as the first time, not 409', async () => {
    const stroom = await createProvider(w.t.admin, { name: 'Gastest', category: 'energy', requiredDocuments: [] });
    const id = await disputedContract(stroom);
    const correct = () => joke.api.post(`${API}/contracts/${id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-01b' }).set('Idempotency-Key', 'a66-bill');
    const corrected = await correct().expect(200);
    const written = await entries(id);
    // Without its key the same correction now names a bill no longer open.
    await joke.api.post(`${API}/contracts/${id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-01b' }).expect(409);
    const again = await correct().expect(200);
    expect(again.body).toEqual(corrected.body);
    expect(await entries(id)).toBe(written);

    const estate = await createEstate(joke.api);
    const asked = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: stroom.id, description: 'Gas', accountNumber: 'G-1', action: 'cancel' }).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${asked}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${asked}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Wie is de erfgenaam?', documentsNeeded: [] }).expect(200);
    const supply = () => joke.api.post(`${API}/contracts/${asked}/information-supplied`, { note: 'Maria de Vries is de enige erfgenaam.' }).set('Idempotency-Key', 'a66-info');
    const supplied = await supply().expect(200);
    const told = await entries(asked);
    const retried = await supply().expect(200);
    expect(retried.body).toEqual(supplied.body);
    expect(await entries(asked)).toBe(told);
  });

  it('says a desk answer and a batch given again under their key are replays (Idempotent-Replayed), and not their first answer', async () => {
    const mobiel = await createProvider(w.t.admin, { name: 'Herhaalmobiel', category: 'energy', requiredDocuments: [] });
    const ids: string[] = [];
    for (const number of ['H-1', 'H-2']) {
      const estate = await createEstate(joke.api);
      const id = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: mobiel.id, description: 'Mobiel', accountNumber: number, action: 'cancel' }).expect(201)).body.id as string;
      await joke.api.post(`${API}/contracts/${id}/request`).expect(200);
      ids.push(id);
    }
    const desk = await deskOf(w.t, mobiel.id, 'herhaal');
    const acknowledge = () => desk.post(`${API}/provider-desk/requests/${ids[0]}/acknowledge`, { reference: 'H-REF' }).set('Idempotency-Key', 'herhaal-een');
    const first = await acknowledge().expect(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await acknowledge().expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // A batch run for the first time is not a replay, though one of its requests was answered under its own key before.
    const batch = () => desk.post(`${API}/provider-desk/requests/acknowledge`, { requests: ids.map((id) => ({ id })) }).set('Idempotency-Key', 'herhaal-batch');
    const ran = await batch().expect(200);
    expect(ran.headers['idempotent-replayed']).toBeUndefined();
    const replayed = await batch().expect(200);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toEqual(ran.body);
  });

  // Last in this file: it moves Steward's clock a month on.
  it("keeps a key by Steward's clock: replayed within its 30 days, expired after them, on the owners' API and the desk alike", async () => {
    const mobiel = await createProvider(w.t.admin, { name: 'Klokmobiel', category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(joke.api);
    const body = { providerId: mobiel.id, description: 'Mobiel', accountNumber: 'M-30', action: 'cancel' };
    const add = () => joke.api.post(`${API}/estates/${estate.id}/contracts`, body).set('Idempotency-Key', 'dertig-dagen');
    const added = await add().expect(201);
    await joke.api.post(`${API}/contracts/${added.body.id}/request`).expect(200);
    const desk = await deskOf(w.t, mobiel.id, 'klok');
    const acknowledge = () => desk.post(`${API}/provider-desk/requests/${added.body.id}/acknowledge`, { reference: 'KPN-30' }).set('Idempotency-Key', 'dertig-dagen');
    const acknowledged = await acknowledge().expect(200);

    // The virtual clock, not the database's: 29 days on, each key still answers as the first time.
    w.t.clock.advanceDays(29);
    expect((await add().expect(201)).body).toEqual(added.body);
    expect((await acknowledge().expect(200)).body).toEqual(acknowledged.body);

    // 31 days on the keys have expired, though no cleanup came by: each call runs anew and is told what now stands.
    w.t.clock.advanceDays(2);
    const addedAgain = await add().expect(409);
    expect(addedAgain.body.errors).toEqual([expect.objectContaining({ field: 'accountNumber' })]);
    expect((await acknowledge().expect(409)).body.detail).toMatch(/^Dit verzoek is al bevestigd/);
    expect(await count('SELECT count(*)::int AS n FROM contracts WHERE estate_id = $1', [estate.id])).toBe(1);
  });
});
