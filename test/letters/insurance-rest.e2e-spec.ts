import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * insurancerest (debts of stop 50): the owner's history says what a request to an insurer or a bank asked, and an insurer's
 * kind is corrected on the recorded contract: told in a correction letter once the request went, made again while it waits for the post.
 */
describe('the rest of an insurer’s and a bank’s request', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  type Listed = { id: string; kind: string; status: string; deliveryStatus: string };
  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const history = async (estateId: string, reader: Session = anna) => ((await reader.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  const added = async (estateId: string, body: Record<string, unknown>) => (await anna.post(`${API}/estates/${estateId}/contracts`, { action: 'cancel', ...body }).expect(201)).body as { id: string };
  const requested = async (estateId: string, body: Record<string, unknown>) => {
    const contract = await added(estateId, body);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract;
  };

  it('the owner’s history names what was asked of an insurer and a bank, not an end', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: [] });
    const bank = await createProvider(t.admin, { name: 'ING', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await requested(estate.id, { providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'POL-55443', insuranceKind: 'life' });
    await requested(estate.id, { providerId: bank.id, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    await t.runDue();

    const said = await history(estate.id);
    expect(said).toContain('Uitvaartverzekering: Uitkering gevraagd bij Centraal Beheer.');
    expect(said).toContain('Betaalrekening: Blokkering en saldo gevraagd bij ING.');
    expect(said).toContain('Centraal Beheer: Uitvaartverzekering (uitkering aanvragen) toegevoegd aan de inventaris.');
    expect(said).toContain('ING: Betaalrekening (blokkeren en saldo opvragen) toegevoegd aan de inventaris.');
    expect(said.join('\n')).not.toMatch(/Beëindiging gevraagd|opzeggen/);
    // The stored sentence (the API's record, and what a reader without a language reads) says it too.
    expect(await history(estate.id, t.admin)).toEqual(expect.arrayContaining(['Uitvaartverzekering: Payout requested from Centraal Beheer.', 'Betaalrekening: Block and balance requested from ING.']));
  });

  it('a kind corrected after the request went: a correction letter says what is asked instead, the history keeps what was asked then', async () => {
    const insurer = await createProvider(t.admin, { name: 'Interpolis', category: 'insurance', requiredDocuments: [] });
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const contract = await requested(estate.id, { providerId: insurer.id, description: 'Inboedelverzekering', accountNumber: 'IB-204', insuranceKind: 'life' });
    const internet = await added(estate.id, { providerId: kpn.id, description: 'Internet', accountNumber: '1234' });
    await t.runDue();

    // Refused, naming the field, and nothing written: an unknown kind, a kind for a provider that is no insurer.
    expect((await anna.patch(`${API}/contracts/${contract.id}`, { insuranceKind: 'car' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'insuranceKind' })]);
    expect((await anna.patch(`${API}/contracts/${internet.id}`, { insuranceKind: 'life' }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'insuranceKind' })]);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.insuranceKind).toBe('life');

    expect((await anna.patch(`${API}/contracts/${contract.id}`, { insuranceKind: 'property' }).expect(200)).body.insuranceKind).toBe('property');
    await t.runDue();
    const [request, correction] = await letters(contract.id);
    expect([request.kind, correction?.kind, correction?.status]).toEqual(['cancellation', 'correction', 'sent']);
    const text = await letterText(anna, correction.id);
    expect(text).toContain('Betreft: Correctie op mijn verzoek: Inboedelverzekering, polisnummer IB-204');
    expect(text).toContain('gevraagd de uitkering uit het contract Inboedelverzekering af te handelen. Hierbij corrigeer ik een gegeven uit dat verzoek.');
    expect(text).toContain('Mijn verzoek vroeg u de uitkering uit het contract af te handelen; in plaats daarvan vraag ik u het contract voor de nalatenschap te laten doorlopen.');

    const said = await history(estate.id);
    expect(said).toContain('Interpolis, Inboedelverzekering: wat we de verzekeraar vragen gewijzigd van de uitkering aanvragen naar de verzekering laten doorlopen.');
    // The request step says what that request asked, not what the record asks now.
    expect(said).toContain('Inboedelverzekering: Uitkering gevraagd bij Interpolis.');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toMatch(/^Doorlopen van de verzekering gevraagd bij Interpolis/);

    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const family = ((await portal.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain('Wat we de verzekeraar vragen bij Interpolis is gecorrigeerd van de uitkering aanvragen naar de verzekering laten doorlopen.');
    expect(family).toContain('We hebben Interpolis schriftelijk gevraagd de uitkering uit de verzekering af te handelen.');
  });

  it('a kind corrected while the request waits for the post: that letter is made again with what is asked now, and no correction letter goes', async () => {
    const insurer = await createProvider(t.admin, {
      name: 'Achmea',
      category: 'insurance',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: 'Apeldoorn', country: 'NL' } },
    });
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, { providerId: insurer.id, description: 'Woonhuisverzekering', accountNumber: 'WH-77', insuranceKind: 'life' });
    await t.runDue(1);
    const [old] = await letters(contract.id);
    // The contract page's correction form, every field sent back as a form does.
    const correctOnForm = (insuranceKind: string) =>
      anna
        .post(`/app/contracts/${contract.id}/correct`)
        .set('Cookie', `steward_app=${anna.token}`)
        .type('form')
        .send({ providerId: insurer.id, description: 'Woonhuisverzekering', accountNumber: 'WH-77', requestedEndDate: '', insuranceKind })
        .expect(303);
    expect(old).toMatchObject({ kind: 'cancellation', deliveryStatus: 'queued_for_print' });

    // The contract page offers the kind, as recorded, with "not recorded" a choice of its own.
    const page = flat((await t.anonymous.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(page).toMatch(/<select id="correct-insuranceKind" name="insuranceKind">.*<option value="">Niet vastgelegd: de brief vraagt de verzekeraar wat nodig is<\/option>.*<option value="life" selected>/);
    await correctOnForm('property');
    await t.runDue();
    const listed = await letters(contract.id);
    expect(listed.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation queued_for_print']);
    const remade = await letterText(anna, listed[1].id);
    expect(remade).toContain('Ik zeg het contract Woonhuisverzekering met polisnummer WH-77 niet op per de datum van overlijden');
    expect(remade).not.toContain('uitkering');

    // Emptied on the form: not recorded, which asks the insurer what it needs.
    await correctOnForm('');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.insuranceKind).toBeNull();
  });
});
