import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, QueryFailedError } from 'typeorm';
import { EstatesService } from '../../src/estates/estates.service';
import { PortalService } from '../../src/portal/portal.service';
import { ENGLISH_ONLY } from '../../src/words';
import { API, createEstate, createProvider, deceased } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * The problems made where nobody knows who reads them — a 404 (absent or not yours, never which), a state that does not
 * take a step, refused fields, and the filter's own 409, 503 and 500 — read in the reader's language, title and detail:
 * a Dutch owner, desk or relative gets Dutch, the tests' administrator (who chose English) English. Types, statuses,
 * fields and data stay as the API documents them.
 */
describe('problems in the reader’s words', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let anna: Specialist;
  const type = (slug: string) => `https://steward.example/problems/${slug}`;
  const shown = (res: request.Response) => ({ status: res.status, type: res.body.type, title: res.body.title, detail: res.body.detail });

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    server = t.app.getHttpServer();
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  it('a 404 says the same for an estate that does not exist and one of another owner, in the reader’s language', async () => {
    const bram = await t.specialist('Bram Smit');
    const hers = await createEstate(bram);
    const absent = shown(await anna.get(`${API}/estates/${randomUUID()}`));
    expect(absent).toEqual({ status: 404, type: type('not-found'), title: 'Niet gevonden', detail: 'Dit kunnen we niet vinden, of het is niet voor u bestemd.' });
    expect(shown(await anna.get(`${API}/estates/${hers.id}`))).toEqual(absent);
    expect(shown(await t.admin.get(`${API}/estates/${randomUUID()}`))).toEqual({
      status: 404, type: type('not-found'), title: 'Not found', detail: 'No such resource, or it is not yours to see.',
    });
  });

  it('refused fields: the fields as the pages name them and that nothing changed; field paths and the API’s messages unchanged', async () => {
    const body = { deceased: deceased({ givenNames: undefined }) };
    const dutch = await anna.post(`${API}/estates`, body).expect(400);
    expect(dutch.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(dutch.body).toMatchObject({ type: type('validation'), title: 'Ongeldig verzoek', detail: 'Vul de voornamen in. Er is niets gewijzigd.', errors: [{ field: 'deceased.givenNames', message: 'is required' }] });
    expect((await t.admin.post(`${API}/estates`, body).expect(400)).body).toMatchObject({
      title: 'Bad request', detail: 'Enter the given names. Nothing was changed.', errors: [{ field: 'deceased.givenNames', message: 'is required' }],
    });
  });

  it('a step the state does not take, from the workflow runtime: the state by its label', async () => {
    const estate = await createEstate(anna);
    const reopen = { reason: 'Een contract gevonden na het afsluiten' };
    expect(shown(await anna.post(`${API}/estates/${estate.id}/reopen`, reopen))).toEqual({
      status: 409, type: type('state-conflict'), title: 'Kan nu niet', detail: 'Dit kan niet nu de nalatenschap op ‘intake’ staat. Er is niets gewijzigd.',
    });
    expect((await t.admin.post(`${API}/estates/${estate.id}/reopen`, reopen).expect(409)).body).toMatchObject({
      state: 'intake', event: 'REOPEN', title: 'Conflict', detail: 'This is not possible while the estate is ‘intake’. Nothing was changed.',
    });
  });

  it('a contract without its workflow: sending its request is a 409 naming the state it is listed in, not a 500, and no stack is logged', async () => {
    const provider = await createProvider(t.admin, { name: 'Vitens', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Water', accountNumber: 'VT-1', action: 'cancel' }).expect(201)).body;
    // The row lost (or never made): moved to a subject that does not exist, so nothing else about the contract changes.
    await t.app.get(DataSource).query('UPDATE workflow_instances SET subject_id = gen_random_uuid() WHERE subject_id = $1', [contract.id]);
    const logged = jest.spyOn(Logger.prototype, 'error');

    const refused = await anna.post(`${API}/contracts/${contract.id}/request`);
    const label = ({ draft: 'concept', ready: 'klaar' } as Record<string, string>)[contract.state];
    expect({ ...shown(refused), state: refused.body.state, event: refused.body.event }).toEqual({
      status: 409, type: type('state-conflict'), title: 'Kan nu niet', state: contract.state, event: 'REQUEST',
      detail: `Voor dit contract loopt geen afhandeling: het staat op ‘${label}’, en zo kan er niets mee. Er is niets gewijzigd.`,
    });
    expect((await t.admin.post(`${API}/contracts/${contract.id}/request`).expect(409)).body.detail).toBe(
      `Nothing is being handled for this contract: it is listed as ‘${contract.state}’, and nothing can be done with it like this. Nothing was changed.`,
    );
    expect(logged).not.toHaveBeenCalled();
    // Nothing was changed: the contract is listed as it was.
    expect((await t.app.get(DataSource).query('SELECT state FROM contracts WHERE id = $1', [contract.id]))[0].state).toBe(contract.state);
    // Viewing it (README englishnf2): the contract as listed, saying nothing is being handled for it, and no step offered.
    const viewed = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: viewed.state, description: viewed.description, statusText: viewed.statusText, nextStep: viewed.nextStep, workflow: viewed.workflow }).toEqual({
      state: contract.state, description: 'Water', statusText: `Voor dit contract loopt geen afhandeling: het staat op ‘${label}’.`, nextStep: 'Hiermee kan nu niets; meld het aan een beheerder.', workflow: null,
    });
    expect((await t.admin.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body.statusText).toBe(`Nothing is being handled for this contract: it is listed as ‘${contract.state}’.`);
    expect((await anna.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items.map((c: { id: string; workflow: unknown }) => [c.id, c.workflow])).toEqual([[contract.id, null]]);
  });

  it('the filter’s own 409 (a race the database settled), 503 and 500: the error pages’ sentences in the reader’s language', async () => {
    const estate = await createEstate(anna);
    const estates = t.app.get(EstatesService);
    const duplicate = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key value'), { code: '23505' }));
    jest.spyOn(estates, 'familyMembers').mockRejectedValueOnce(duplicate);
    expect(shown(await anna.get(`${API}/estates/${estate.id}`))).toEqual({
      status: 409, type: type('conflict'), title: 'Kan nu niet', detail: 'Dit bestaat al: een ander verzoek legde het net vast. Er is niets gewijzigd.',
    });

    jest.spyOn(estates, 'familyMembers').mockRejectedValueOnce(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNREFUSED' }));
    expect(shown(await anna.get(`${API}/estates/${estate.id}`))).toEqual({
      status: 503, type: type('database-unavailable'), title: 'Even niet beschikbaar', detail: 'Steward kan zijn gegevens nu niet bereiken. Probeer het over een paar seconden opnieuw.',
    });

    jest.spyOn(estates, 'familyMembers').mockRejectedValueOnce(new Error('a fault of ours'));
    expect(shown(await anna.get(`${API}/estates/${estate.id}`))).toEqual({
      status: 500, type: 'about:blank', title: 'Er ging iets mis', detail: 'Er ging bij ons iets mis. Er is niets veranderd. Probeer het zo opnieuw.',
    });
    jest.spyOn(estates, 'familyMembers').mockRejectedValueOnce(new Error('a fault of ours'));
    expect(shown(await t.admin.get(`${API}/estates/${estate.id}`))).toEqual({
      status: 500, type: 'about:blank', title: 'Internal server error', detail: 'Something went wrong on our side. Nothing was changed. Try again in a moment.',
    });
  });

  it('a desk reading Dutch: a request not theirs, a refused filter', async () => {
    const provider = await createProvider(t.admin, { name: 'Brabant Water', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@brabant.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(server).post('/desk/login').type('form').send({ email: 'desk@brabant.example', password: 'desk-password-1' }).expect(303);
    const desk = t.as(String(login.headers['set-cookie']).match(/steward_desk=([^;]+)/)![1]);

    expect(shown(await desk.get(`${API}/provider-desk/requests/${randomUUID()}`))).toEqual({
      status: 404, type: type('not-found'), title: 'Niet gevonden', detail: 'Dit kunnen we niet vinden, of het is niet aan uw organisatie gericht.',
    });
    const filter = await desk.get(`${API}/provider-desk/requests?status=bogus`).expect(400);
    expect(filter.body).toMatchObject({ type: type('validation'), title: 'Ongeldig verzoek', errors: [{ field: 'status' }] });
    expect(filter.body.detail).toMatch(/^Status\b.*\. Er is niets gewijzigd\.$/);
    expect(filter.body.detail).not.toMatch(ENGLISH_ONLY);
  });

  it('a body that is not a JSON object (text, a list) is refused in the reader’s words; the field stays `body`', async () => {
    const list = (session: { post: TestApp['anonymous']['post'] }, path: string) => session.post(path).set('Content-Type', 'application/json').send('[1,2]');
    const text = await anna.post(`${API}/estates`).set('Content-Type', 'text/plain').send('{"deceased": {}}').expect(400);
    expect(text.body).toMatchObject({ type: type('validation'), title: 'Ongeldig verzoek', detail: 'Stuur de inhoud als JSON-object of als formulier. Er is niets gewijzigd.', errors: [{ field: 'body', message: 'must be a JSON object or a form' }] });
    expect((await list(anna, `${API}/estates`).expect(400)).body.detail).toBe('Stuur de inhoud als JSON-object of als formulier. Er is niets gewijzigd.');
    expect((await list(t.admin, `${API}/estates`).expect(400)).body.detail).toBe('Send the body as a JSON object or a form. Nothing was changed.');

    const provider = await createProvider(t.admin, { name: 'Dunea', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@dunea.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(server).post('/desk/login').type('form').send({ email: 'desk@dunea.example', password: 'desk-password-1' }).expect(303);
    const desk = t.as(String(login.headers['set-cookie']).match(/steward_desk=([^;]+)/)![1]);
    expect((await list(desk, `${API}/provider-desk/webhooks`).expect(400)).body.detail).toBe('Stuur de inhoud als JSON-object of als formulier. Er is niets gewijzigd.');

    const maria = await relative(t, anna, (await createEstate(anna)).id, 'Maria');
    expect((await list(maria, `${API}/portal/feedback`).expect(400)).body.detail).toBe('Stuur de gegevens als JSON-object of als formulier. Er is niets veranderd.');
  });

  it('a relative reading Dutch: what is not theirs, and a fault of ours', async () => {
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria');
    expect(shown(await maria.get(`${API}/portal/letters/${randomUUID()}/pdf`))).toEqual({
      status: 404, type: type('not-found'), title: 'Niet gevonden', detail: 'Dat kunnen we niet vinden, of het is niet voor u bestemd.',
    });
    jest.spyOn(t.app.get(PortalService), 'overview').mockRejectedValueOnce(new Error('a fault of ours'));
    expect(shown(await maria.get(`${API}/portal/estate`))).toEqual({
      status: 500, type: 'about:blank', title: 'Er ging iets mis', detail: 'Er ging bij ons iets mis. Er is niets veranderd. Probeer het zo opnieuw.',
    });
  });

  it('a relative reading Dutch: a body that is no JSON, and fields the portal shares with the workspace, by their own names', async () => {
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria');
    // Refused before anyone is known: the portal's address makes it a relative's, in Dutch unless it asks for English.
    const broken = (query: string) => maria.post(`${API}/portal/reports${query}`).set('Content-Type', 'application/json').send('{"kind": ');
    expect(shown(await broken(''))).toEqual({ status: 400, type: type('unreadable-body'), title: 'Ongeldig verzoek', detail: 'Wat u stuurde is niet te lezen: het is geen geldige JSON. Er is niets veranderd.' });
    expect((await broken('?lang=en')).body.detail).toBe('What you sent cannot be read: it is not valid JSON. Nothing was changed.');
    expect((await t.anonymous.post(`${API}/portal/access`).send({ code: 'x' })).body.detail).toBe('Schrijf bij de toegangscode minstens 4 tekens. Er is niets veranderd.');
    const rating = await maria.post(`${API}/portal/feedback`).send({ score: 9 });
    expect(rating.body.detail).toMatch(/^Vul bij uw waardering 5 of minder in/);
    expect(rating.body.detail).not.toMatch(ENGLISH_ONLY);
  });
});
