import { API, deceased, ESTATE_ACCOUNT } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { missedTermReaders, relative } from '../workspace/support';

/**
 * reqterm (audit95 F7): the answer to a request promises a term only for a letter that goes. A desk's letter the letter check
 * will hold (no estate account recorded) is answered as held, with why, before the outbox made it: in the API, on the owner's
 * page after „Verzoek versturen", on Today and on the family's card. A letter that goes keeps its term.
 */
describe('the answer to a request whose letter the letter check holds', () => {
  let t: TestApp;
  let readers: Awaited<ReturnType<typeof missedTermReaders>>;

  beforeAll(async () => {
    t = await startTestApp();
    readers = await missedTermReaders(t);
  });
  afterAll(() => t?.close());

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
    expect({ statusText: made.statusText, dueAt: made.dueAt, requestLetter: made.requestLetter }).toEqual({ statusText: 'Brief aan KPN tegengehouden door de briefcontrole; nog niet verstuurd.', dueAt: null, requestLetter: { standing: 'heldBack', heldBecause: [] } });
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
});
