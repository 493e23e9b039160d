import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchBrowser } from '../support/browser';
import { API, deceased, ESTATE_ACCOUNT } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account, mainText, missedTermReaders, relative, signIn } from '../workspace/support';

/**
 * reqterm (audit95 F7): the answer to a request promises a term only for a letter that goes. A desk's letter the letter check
 * will hold (no estate account recorded) is answered as held, with why, before the outbox made it: in the API, on the owner's
 * page after „Verzoek versturen", on Today and on the family's card. A letter that goes keeps its term.
 */
describe('the answer to a request whose letter the letter check holds', () => {
  let t: TestApp;
  let readers: Awaited<ReturnType<typeof missedTermReaders>>;

  let browser: Browser | undefined;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    readers = await missedTermReaders(t);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function contractOf(estateAccount: boolean) {
    const { anna, kpn } = readers;
    const estate = (await anna.api.post(`${API}/estates`, { deceased: deceased({ givenNames: estateAccount ? 'Hendrik' : 'Greet' }), ...(estateAccount && { estateAccount: ESTATE_ACCOUNT }) }).expect(201)).body as { id: string };
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel abonnement', accountNumber: 'M-1', action: 'cancel' }).expect(201)).body as { id: string };
    return { estateId: estate.id, contractId: contract.id };
  }

  it('says held and why, with no term, in the API, on the page, on Today and on the family card', async () => {
    const { anna } = readers;
    const { estateId, contractId } = await contractOf(false);
    const family = await relative(t, anna.api, estateId, 'Greet Bakker');

    const answer = (await anna.api.post(`${API}/contracts/${contractId}/request`).expect(200)).body;
    expect(answer).toMatchObject({
      state: 'requested',
      dueAt: null,
      statusText: 'Brief aan KPN tegengehouden door de briefcontrole; nog niet verstuurd. Waarom: geen boedelrekening vastgelegd (IBAN en rekeninghouder).',
      nextStep: 'Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.',
      requestLetter: { standing: 'heldBack', heldBecause: [{ rule: 'missing-data', field: 'estate.estateAccount', reason: 'geen boedelrekening vastgelegd (IBAN en rekeninghouder)' }] },
    });
    expect(answer.statusText).not.toContain('uiterlijk');

    // Today lists no provider's term for it (it is not waiting on KPN).
    const row = ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; dueDate: string | null }[]).find((c) => c.contractId === contractId);
    expect(row?.dueDate ?? null).toBeNull();

    // The family's card names no term either.
    const card = ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === contractId)!;
    expect(`${card.statusText} ${card.nextStep}`).not.toMatch(/uiterlijk|december|januari/);

    // Once the outbox made it, held it stays; its reasons are then its letter's, listed under Brieven.
    await t.runDue();
    const made = (await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body;
    expect(made.letters).toEqual([expect.objectContaining({ status: 'blocked', violations: [expect.objectContaining({ rule: 'missing-data', where: 'estate.estateAccount' })] })]);
    expect({ statusText: made.statusText, dueAt: made.dueAt, requestLetter: made.requestLetter }).toEqual({ statusText: 'Brief aan KPN tegengehouden door de briefcontrole; nog niet verstuurd.', dueAt: null, requestLetter: { standing: 'heldBack', heldBecause: [], inColleaguesBatch: null } });
    const blocked = (await anna.api.get(`${API}/queue`).expect(200)).body.blockedLetters as { contractId: string }[];
    expect(blocked.map((l) => l.contractId)).toContain(contractId);
  });

  it('says on the page after „Verzoek versturen" that the request was not sent, and why', async () => {
    const { ownerWeb } = readers;
    const { contractId } = await contractOf(false);
    const sent = await ownerWeb.post(`/app/contracts/${contractId}/request`).type('form').send({}).expect(303);
    const page = (await ownerWeb.get(sent.headers.location).expect(200)).text;
    // In a warning's colours, not the green of done (stop67mends).
    expect(page).toContain('<p class="warning" role="status" tabindex="-1" autofocus>Het verzoek is niet verstuurd: de briefcontrole houdt de brief tegen. Hieronder staat waarom en wat u kunt doen.</p>');
    expect(page).not.toContain('De verzoeken zijn verstuurd.');
    expect(page).toContain('Waarom: geen boedelrekening vastgelegd (IBAN en rekeninghouder).');
    expect(page).not.toContain('uiterlijk');

    // The estate's „Gekozen verzoeken versturen" says it of each chosen contract, before the outbox made the letter.
    const other = await contractOf(false);
    const many = await ownerWeb.post(`/app/estates/${other.estateId}/requests`).type('form').send({ contractIds: other.contractId }).expect(303);
    const estatePage = (await ownerWeb.get(many.headers.location).expect(200)).text;
    expect(estatePage).toContain('de brief is tegengehouden: geen boedelrekening vastgelegd (IBAN en rekeninghouder)');
  });

  it('keeps the term of a letter that goes', async () => {
    const { anna, ownerWeb } = readers;
    const { contractId } = await contractOf(true);
    const answer = (await anna.api.post(`${API}/contracts/${contractId}/request`).expect(200)).body;
    expect(answer.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answer.statusText).toContain('uiterlijk');
    expect(answer.requestLetter).toBeNull();
    const viaPage = await contractOf(true);
    const sent = await ownerWeb.post(`/app/contracts/${viaPage.contractId}/request`).type('form').send({}).expect(303);
    const page = (await ownerWeb.get(sent.headers.location).expect(200)).text;
    expect(page).toContain('<p class="notice" role="status" tabindex="-1" autofocus>De verzoeken zijn verstuurd.</p>');
    expect(page).toContain('uiterlijk');
  });

  // reqheld: the answers her page offers, by their forms' ids.
  const ANSWER_FORMS = ['answer-acknowledge', 'answer-complete', 'answer-request-information', 'answer-reject'];
  const completed = { effectiveDate: '2026-11-30', reference: 'KPN-1', receivedVia: 'phone' };

  it('offers no provider\'s answer while the request\'s letter is held (one heard by phone folded away), and the estate\'s headline says it is held', async () => {
    const { anna, ownerWeb, desk } = readers;
    const { estateId, contractId } = await contractOf(false);
    await anna.api.post(`${API}/contracts/${contractId}/request`).expect(200);

    // Her page offers none of KPN's answers, and says what to do instead (the status's next step); an answer heard all the same (by
    // phone) is folded away below it, and the API takes it (as the letters spec records).
    const page = (await ownerWeb.get(`/app/contracts/${contractId}`).expect(200)).text;
    const [before, rest] = page.split('<details>');
    const [folded, after] = rest.split('</details>');
    for (const id of ANSWER_FORMS) expect(`${before}${after}`).not.toContain(`id="${id}"`);
    expect(folded).toContain('id="answer-complete"');
    expect(page).toContain('<div class="card" id="answers-await"><p>KPN kan pas op het verzoek antwoorden als de brief verstuurd is; een antwoord van KPN legt u hier vast zodra dat zo is. Volgende stap: Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.</p><details><summary>Antwoordde KPN toch al, bijvoorbeeld telefonisch? Leg het antwoord hier vast.</summary>');
    // Withdrawing stays hers, unfolded.
    expect(after).toContain('action="/app/contracts/' + contractId + '/withdraw"');

    // The estate's headline: not „verzoeken verstuurd".
    const estate = (await ownerWeb.get(`/app/estates/${estateId}`).expect(200)).text;
    expect(estate).toContain('<p class="status">Lopend: verzoeken klaar, maar tegengehouden door de briefcontrole: de brief aan KPN is nog niet verstuurd. Waarom staat bij het contract en onder Brieven.</p>');
    expect(estate).not.toContain('verzoeken verstuurd');
    expect((await anna.api.get(`${API}/estates/${estateId}`).expect(200)).body).toMatchObject({ status: 'inProgress', statusText: 'Lopend: verzoeken klaar, maar tegengehouden door de briefcontrole: de brief aan KPN is nog niet verstuurd. Waarom staat bij het contract en onder Brieven.' });

    // Once made (blocked), the same; KPN's desk, which never had the letter, does not see the request at all (as before).
    await t.runDue();
    expect((await ownerWeb.get(`/app/contracts/${contractId}`).expect(200)).text).toContain('<div class="card" id="answers-await">');
    await desk.post(`${API}/provider-desk/requests/${contractId}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-1' }).set('Idempotency-Key', `${contractId}-held`).expect(404);

    // In Chromium: the contract page without KPN's answers, with what to do; the estate's headline.
    browser ??= await launchBrowser();
    const base = await t.app.getUrl();
    const tab = await signIn(browser, base, anna);
    await tab.goto(`${base}/app/contracts/${contractId}`);
    for (const id of ANSWER_FORMS) expect(await tab.locator(`#${id}`).isVisible()).toBe(false);
    expect(await tab.locator('#answers-await > p').innerText()).toBe('KPN kan pas op het verzoek antwoorden als de brief verstuurd is; een antwoord van KPN legt u hier vast zodra dat zo is. Volgende stap: Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.');
    expect(await tab.locator('#withdraw').isVisible()).toBe(true);
    await tab.goto(`${base}/app/estates/${estateId}`);
    expect(await tab.locator('main .status').first().innerText()).toBe('Lopend: verzoeken klaar, maar tegengehouden door de briefcontrole: de brief aan KPN is nog niet verstuurd. Waarom staat bij het contract en onder Brieven.');
    expect(await mainText(tab)).not.toContain('verzoeken verstuurd');
    await tab.close();
  });

  it('offers and takes the provider\'s answers once the request went, and the headline says the requests were sent', async () => {
    const { anna, ownerWeb } = readers;
    const { estateId, contractId } = await contractOf(true);
    await anna.api.post(`${API}/contracts/${contractId}/request`).expect(200);
    await t.runDue();
    const page = (await ownerWeb.get(`/app/contracts/${contractId}`).expect(200)).text;
    for (const id of ANSWER_FORMS) expect(page).toContain(`id="${id}"`);
    expect(page).not.toContain('id="answers-await"');
    expect((await ownerWeb.get(`/app/estates/${estateId}`).expect(200)).text).toContain('<p class="status">Lopend: verzoeken verstuurd, contracten in behandeling.</p>');
    expect((await anna.api.get(`${API}/estates/${estateId}`).expect(200)).body.statusText).toBe('Lopend: verzoeken verstuurd, contracten in behandeling.');
    const answered = (await anna.api.post(`${API}/contracts/${contractId}/provider-answer/completed`, completed).expect(200)).body;
    expect(answered.state).toBe('confirmed');
  });

  it('says the held request in English to an English owner', async () => {
    const { kpn } = readers;
    const erin = await account(t, 'Erin Walsh', 'specialist', 'en');
    const estate = (await erin.api.post(`${API}/estates`, { deceased: deceased({ givenNames: 'Joan' }) }).expect(201)).body as { id: string };
    const contract = (await erin.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobile', accountNumber: 'M-2', action: 'cancel' }).expect(201)).body as { id: string };
    await erin.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    expect((await erin.api.get(`${API}/estates/${estate.id}`).expect(200)).body.statusText).toBe('In progress: requests ready, but held by the letter check: the letter to KPN has not been sent. Why is under the contract and Letters.');
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: erin.email, password: erin.password, next: '/app' }).expect(303);
    expect((await web.get(`/app/estates/${estate.id}`).expect(200)).text).toContain('<p class="status">In progress: requests ready, but held by the letter check: the letter to KPN has not been sent. Why is under the contract and Letters.</p>');
    expect((await web.get(`/app/contracts/${contract.id}`).expect(200)).text).toContain("KPN can answer the request only once its letter is sent; you record KPN&#39;s answer here once it is. Next: Fix what the letter check reports (see Letters) and produce the letter again.</p><details><summary>Did KPN answer all the same, by phone for instance? Record the answer here.</summary>");
  });
});
