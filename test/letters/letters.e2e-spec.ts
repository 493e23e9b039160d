import { Client } from 'pg';
import request from 'supertest';
import { pdfText, flat } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, deskOf, postBatch, postEverything, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';


describe('letters produced by the workflow', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let pieter: Session & { userId: string };
  let db: Client;

  beforeAll(async () => {
    ({ db } = t = await startTestApp({ dbClient: true }));
    anna = await t.specialist('Anna de Boer', '+31 20 555 0101');
    pieter = await t.specialist('Pieter Bakker');
  });
  afterAll(() => t?.close());


  async function requested(providerOverrides: Record<string, unknown> = {}, deceasedOverrides: Record<string, unknown> = {}, owner: Session = anna) {
    const provider = await createProvider(t.admin, { requiredDocuments: ['death_certificate'], ...providerOverrides });
    const estate = await createEstate(owner, deceasedOverrides);
    await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement', accountNumber: 'M-778', action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { provider, estate, contract };
  }

  it('sends the request letter, archived with its checksum and readable as a PDF', async () => {
    const { estate, contract, provider } = await requested({}, { givenNames: 'Şükrü', surnamePrefix: undefined, surname: 'Yılmaz', gender: 'unknown' });
    const detail = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(detail.letters).toEqual([expect.objectContaining({ kind: 'cancellation', status: 'sent', violations: [], channel: 'portal', deliveryStatus: 'delivered', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const letterId = detail.letters[0].id;
    const pdf = await anna.get(`${API}/letters/${letterId}/pdf`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(pdf.body));
    expect(text).toContain('Şükrü Yılmaz, geboren op 14 mei 1946, is op 2 november 2026 overleden');
    expect(text).toContain(provider.name);
    expect(text).toContain('Anna de Boer');
    expect(text).toContain('+31 20 555 0101');
    expect(text).toContain('Akte van overlijden');
    expect(text).not.toMatch(/(de heer|mevrouw) (Yılmaz|Şükrü)/); // gender unknown: no guessed title
    const { rows } = await db.query(`SELECT encode(sha256(pdf), 'hex') AS actual, sha256 FROM letters WHERE id = $1`, [letterId]);
    expect(rows[0].actual).toBe(rows[0].sha256);
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items;
    // The checksum stays with the letter and the entry's details, out of the sentence a person reads.
    const sent = timeline.find((e: { event: string }) => e.event === 'letter.sent');
    expect(sent.details.sha256).toBe(rows[0].sha256);
    expect(sent.summary).toMatch(/^Brief „.+” aan .+ verstuurd \(desk van de organisatie\)\.$/);
    expect(sent.summary).not.toContain(rows[0].sha256.slice(0, 12));
    const list = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items;
    expect(list.map((l: { id: string }) => l.id)).toEqual([letterId]);
    await pieter.get(`${API}/letters/${letterId}/pdf`).expect(404);
    await pieter.get(`${API}/estates/${estate.id}/letters`).expect(404);
  });

  it('writes to the provider in English when that is its language', async () => {
    const { contract } = await requested({ language: 'en' });
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0];
    expect(letter.subject).toMatch(/^Cancellation following a death: /);
  });

  it('blocks a letter that breaks a rule, tells the owner why, and sends it once the data is corrected', async () => {
    // A data-entry slip: the provider's address is the deceased's home address.
    const { provider, contract, estate } = await requested({ channel: 'post', contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' } } });
    const blocked = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0];
    expect(blocked).toMatchObject({ status: 'blocked', pdfUrl: null, violations: [expect.objectContaining({ rule: 'addressed-to-deceased', where: 'recipient' })] });
    await anna.get(`${API}/letters/${blocked.id}/pdf`).expect(404);
    const { rows } = await db.query(`SELECT message, created_at FROM notifications WHERE estate_id = $1 AND audience = 'owner' AND topic = 'letter_blocked'`, [estate.id]);
    // In the owner's words (her language, as Today's row says it), not the rules' API English.
    expect(rows[0].message).toBe(`Brief aan ${provider.name} tegengehouden door de briefcontrole; nog niet verstuurd. Waarom: de brief is gericht aan de overledene of aan diens huisadres. Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.`);
    // Dated by the service's clock, as every other notification (the virtual clock's day here, not the database's).
    expect(rows[0].created_at.toISOString().slice(0, 10)).toBe(t.clock.now().toISOString().slice(0, 10));
    // The owner's timeline does not tell the request as sent while its letter is held back.
    const ownerTimeline = async () => ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { event: string; summary: string }[]).filter((e) => e.event === 'REQUEST').map((e) => e.summary);
    expect(await ownerTimeline()).toEqual([`Mobiel abonnement: Brief aan ${provider.name} voorbereid, nog niet verstuurd.`]);
    // Nor does the contract: its status, next step and own history say the letter is held back.
    const held = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ statusText: held.statusText, nextStep: held.nextStep }).toEqual({
      statusText: `Brief aan ${provider.name} tegengehouden door de briefcontrole; nog niet verstuurd.`,
      nextStep: 'Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.',
    });
    expect(held.timeline.map((e: { summary: string }) => e.summary)).toContain(`Mobiel abonnement: Brief aan ${provider.name} voorbereid, nog niet verstuurd.`);

    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } } }).expect(200);
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(409); // a second click before it is done adds nothing
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters;
    expect(letters.map((l: { status: string }) => l.status)).toEqual(['blocked', 'sent']);
    expect(letters[1]).toMatchObject({ channel: 'post', deliveryStatus: 'queued_for_print' });
    // Made now, by post: ready for the post, not yet asked (posted.e2e-spec.ts follows it into the mail).
    expect(await ownerTimeline()).toEqual([`Mobiel abonnement: Brief aan ${provider.name} ligt klaar voor de post.`]);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toBe(`Brief aan ${provider.name} ligt klaar voor de post; nog niet verstuurd.`);
  });

  it('previews the request letter before sending, as text and as PDF', async () => {
    const provider = await createProvider(t.admin, { requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    const preview = (await anna.get(`${API}/contracts/${contract.id}/letter-preview`).expect(200)).body;
    expect(preview).toMatchObject({ kind: 'cancellation', sendable: true, violations: [] });
    expect(preview.text).toContain('Ik regel de afwikkeling van de lopende contracten van de heer De Vries.');
    const pdf = await anna.get(`${API}/contracts/${contract.id}/letter-preview?format=pdf`).buffer(true).parse(binary).expect(200);
    expect(flat(await pdfText(pdf.body))).toContain('Jan de Vries');
    expect((await db.query('SELECT count(*)::int AS n FROM letters WHERE contract_id = $1', [contract.id])).rows[0].n).toBe(0);
    await anna.get(`${API}/contracts/${contract.id}/letter-preview?kind=poem`).expect(400);
  });

  it('sends a reminder that refers to the first letter, and an urgent letter against debt collection', async () => {
    const { contract } = await requested({ slaBusinessDays: 5 });
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R-1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-9', amount: 80 }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters;
    expect(letters.map((l: { kind: string }) => l.kind)).toEqual(['cancellation', 'reminder', 'collection_stop']);
    const reminder = (await db.query('SELECT body_text FROM letters WHERE id = $1', [letters[1].id])).rows[0].body_text;
    expect(reminder).toContain(`Op 23 november 2026 heb ik u`);
    expect(letters[2]).toMatchObject({ urgent: true, subject: expect.stringContaining('Dringend – incasso opschorten') });
    const urgent = (await db.query('SELECT body_text FROM letters WHERE id = $1', [letters[2].id])).rows[0].body_text;
    expect(urgent).toContain('Incasso Noord');
    expect(urgent).not.toContain('vandaag');
    expect(urgent).toContain('Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.');
  });

  it('puts a request on the provider desk and tells its webhook only once its letter went out', async () => {
    const homeAddress = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const provider = await createProvider(t.admin, { requiredDocuments: [], slaBusinessDays: 5, channel: 'post', contactPoint: { name: 'Klantenservice', postalAddress: homeAddress } });
    await t.admin.post(`${API}/providers/${provider.id}/webhooks`, { url: 'https://hooks.krant.example/steward' }).expect(201);
    const desk = await deskOf(t, provider.id, 'Krant integratie');
    const deliveries = async () => (await t.admin.get(`${API}/providers/${provider.id}/webhook-deliveries`).expect(200)).body.items as { eventType: string; requestId: string }[];
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'K-9', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();

    // The letter rules held the request letter back: the provider never had it, so its desk and webhook know nothing.
    const blocked = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0];
    expect(blocked.status).toBe('blocked');
    await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(404);
    expect((await desk.get(`${API}/provider-desk/requests`).expect(200)).body).toEqual([]);
    expect(await deliveries()).toEqual([]);
    // The provider's time does not run for a letter it never got: eight days on (its term is five), no
    // reminder, no due date, and still nothing on its desk.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200);
    const waiting = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(waiting.statusText).not.toMatch(/herinnering/i);
    expect({ state: waiting.state, dueAt: waiting.dueAt, letters: waiting.letters.map((l: { kind: string; status: string }) => `${l.kind} ${l.status}`) }).toEqual({ state: 'requested', dueAt: null, letters: ['cancellation blocked'] });
    await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(404);

    // The owner's fix sends it by post: on the desk as on its way (waiting on Steward, not new: nothing to answer yet), then new once posted, and announced once.
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } } }).expect(200);
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await t.runDue();
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body).toMatchObject({ id: contract.id, tab: 'waiting_on_steward', letterPending: true });
    expect((await desk.get(`${API}/provider-desk/requests`).expect(200)).body).toEqual([]);
    // Its time runs from the letter: none while it waits for the post, then a due date again, five business days from the posting day.
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.dueAt).toBeNull();
    await anna.post(`${API}/print-batches`).expect(200);
    const [{ batch }] = (await db.query("SELECT print_batch_id AS batch FROM letters WHERE contract_id = $1 AND status = 'sent'", [contract.id])).rows;
    await postBatch(anna, batch);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.dueAt).toEqual(expect.any(String));
    expect((await desk.get(`${API}/provider-desk/requests`).expect(200)).body.map((r: { id: string; tab: string }) => `${r.id} ${r.tab}`)).toEqual([`${contract.id} new`]);
    expect(await deliveries()).toEqual([expect.objectContaining({ eventType: 'request.created', requestId: contract.id })]);
  });

  it('produces a held-back letter again only once: not after its copy went out, nor a correction a later correction overtook', async () => {
    // Eva signs in on the workspace too, to see which letters her contract page still offers to produce again.
    const eva = { email: 'eva-retry@test.example', password: 'eva-workspace-pw-1' };
    await t.admin.post(`${API}/users`, { ...eva, name: 'Eva Smit', role: 'specialist', language: 'nl' }).expect(201);
    const owner = await t.login(eva.email, eva.password);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...eva, next: '/app' }).expect(303);
    const homeAddress = { name: 'Klantenservice', postalAddress: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' } };
    const postbus = { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } };
    const { provider, contract } = await requested({ channel: 'post', contactPoint: homeAddress }, {}, owner);
    const letters = async () => (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    const contractPage = async () => (await web.get(`/app/contracts/${contract.id}`).expect(200)).text;
    const [cancellation] = await letters();
    expect(cancellation.status).toBe('blocked');
    expect(await contractPage()).toContain(`/app/letters/${cancellation.id}/retry`);

    // The fix, the copy goes out; producing the original once more would send the provider a second cancellation.
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: postbus }).expect(200);
    await owner.post(`${API}/letters/${cancellation.id}/retry`).expect(202);
    await t.runDue();
    expect((await letters()).map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation blocked', 'cancellation sent']);
    const again = await owner.post(`${API}/letters/${cancellation.id}/retry`).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({ type: expect.stringMatching(/already-sent-again$/), detail: expect.stringContaining('al opnieuw gemaakt en verstuurd') });
    // From a contract page opened before the copy went out, the refusal is said in Eva's Dutch.
    const outdated = await web.post(`/app/letters/${cancellation.id}/retry`).set('Accept', 'text/html').expect(409);
    expect(outdated.text).toContain('Deze brief is niet nog eens gemaakt: hij is al opnieuw gemaakt en verstuurd');
    expect(outdated.text).not.toContain('Deze brief is al opnieuw gemaakt en verstuurd;');
    await t.runDue();
    expect(await letters()).toHaveLength(2);
    let page = await contractPage();
    expect(page).not.toContain(`/app/letters/${cancellation.id}/retry`);
    expect(page).toContain('Al opnieuw gemaakt en verstuurd.');
    // The copy is printed and posted: the provider has the request, so a correction is told in a letter (waiting unprinted, the request would be made again: README, queuedfix).
    await postEverything(owner);

    // A correction held back (the address slip again), then the end date corrected once more and told: the first would now tell an old date.
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: homeAddress }).expect(200);
    await owner.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await t.runDue();
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: postbus }).expect(200);
    await owner.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-18' }).expect(200);
    await t.runDue();
    // The slip is an address correction too: the copy posted today to the right address was made again for the slip's (README,
    // printaddress), and held back by the same rule; the fix back sends no second copy (it was made again once already).
    expect((await letters()).map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation blocked', 'cancellation sent', 'cancellation blocked', 'correction blocked', 'correction sent']);
    const [, , , stale] = await letters();
    const overtaken = await owner.post(`${API}/letters/${stale.id}/retry`).expect(409);
    expect(overtaken.body).toMatchObject({ type: expect.stringMatching(/letter-overtaken$/), detail: expect.stringContaining('verouderde waarde') });
    await t.runDue();
    expect(await letters()).toHaveLength(5);
    page = await contractPage();
    expect(page).not.toContain(`/app/letters/${stale.id}/retry`);
    expect(page).toContain('Ingehaald door een latere correctie van hetzelfde gegeven; deze brief gaat niet meer weg.');
  });

  it('does not produce a held-back request again once the request was asked anew after an amend', async () => {
    const homeAddress = { name: 'Klantenservice', postalAddress: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' } };
    const postbus = { name: 'Klantenservice', postalAddress: { street: 'Postbus 4', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } };
    const { provider, contract } = await requested({ channel: 'post', contactPoint: homeAddress });
    const letters = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    const [first] = await letters();
    expect(first.status).toBe('blocked');
    // The provider heard of the death by phone and refused the number; the owner amends, the address is fixed and the request goes again.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Dit klantnummer is bij ons niet bekend.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: postbus }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    expect((await letters()).map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation blocked', 'cancellation sent']);

    // The first would send the provider the old request a second time.
    const refused = await anna.post(`${API}/letters/${first.id}/retry`).expect(409);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/letter-superseded$/), detail: expect.stringContaining('eerdere ronde') });
    await t.runDue();
    expect(await letters()).toHaveLength(2);
    const queue = (await anna.get(`${API}/queue`).expect(200)).body.blockedLetters as { letterId: string }[];
    expect(queue.map((b) => b.letterId)).not.toContain(first.id);
  });
});
