import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** insuranceclaim (audit71 F-A): an insurance is not ended per the date of death; the request and its reminder ask what its kind needs. */
describe('a contract with an insurer', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; status: string; kind: string }[];

  it('a funeral policy: the letter claims the payout for whom the policy names and stops the premium; its reminder says that again', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const added = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'POL-55443', action: 'cancel', insuranceKind: 'life' }).expect(201);
    expect(added.body.insuranceKind).toBe('life');
    const contract = added.body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();

    // The owner reads what was asked too, in her status, the contract's summary and the estate's table: the payout, not an end.
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toMatch(/^Uitkering gevraagd bij Centraal Beheer, antwoord aanbieder uiterlijk /);
    const page = async (path: string) => flat((await t.anonymous.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
    const contractPage = await page(`/app/contracts/${contract.id}`);
    expect(contractPage).toContain('Gevraagd afhandeling van de uitkering');
    expect(contractPage).toContain('Uitkering aanvragen');
    // Above the forms: the summary, the status and its facts (the history keeps its stored step words; README, bankbalance).
    expect(contractPage.slice(0, contractPage.indexOf('Gesprek vastleggen'))).not.toMatch(/beëindiging|opzeggen/i);
    expect(await page(`/app/estates/${estate.id}`)).toContain('Uitkering aanvragen');

    const [sent] = await letters(contract.id);
    expect(sent.status).toBe('sent');
    const text = await letterText(anna, sent.id);
    expect(text).toContain('Betreft: Melding van overlijden: Uitvaartverzekering, polisnummer POL-55443');
    expect(text).toContain('verzoek u de uitkering uit het contract Uitvaartverzekering met polisnummer POL-55443 af te handelen');
    expect(text).toContain('De uitkering is voor de begunstigde(n) die in de polis staan, of als er geen begunstigde is voor de nalatenschap');
    expect(text).not.toMatch(/zonder opzegtermijn|eventueel tegoed|Opzegging/);
    // Maria's card says what was asked: the payout, not an end.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const shown = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    expect(await shown('nl')).toMatch(/^We hebben Centraal Beheer gevraagd de uitkering uit de verzekering af te handelen; Centraal Beheer moet uiterlijk .* antwoorden\.$/);
    expect(await shown('en')).toMatch(/^We have asked Centraal Beheer to handle the payout under the insurance; /);
    const asked = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; whatWeAsked: string }[]).find((c) => c.id === contract.id)!.whatWeAsked;
    expect(await asked('nl')).toBe('Uitkering aanvragen');
    expect(await asked('en')).toBe('Claim the payout');
    const timeline = async (lang: string) => (await portal.get(`${API}/portal/timeline?lang=${lang}`).expect(200)).body.items.map((e: { text: string }) => e.text) as string[];
    expect(await timeline('nl')).toContain('We hebben Centraal Beheer schriftelijk gevraagd de uitkering uit de verzekering af te handelen.');
    expect(await timeline('en')).toContain('We asked Centraal Beheer in writing to handle the payout under the insurance.');

    for (let i = 0; i < 4 && !(await letters(contract.id)).some((l) => l.kind === 'reminder'); i++) await t.admin.post(`${API}/admin/clock`, { advanceDays: 15 }).expect(200);
    const reminder = (await letters(contract.id)).find((l) => l.kind === 'reminder')!;
    const reminded = await letterText(anna, reminder.id);
    expect(reminded).toContain('gevraagd de uitkering uit het contract Uitvaartverzekering met polisnummer POL-55443 af te handelen.');
    expect(reminded).not.toContain('beëindig');
    expect(await shown('nl')).toContain('Centraal Beheer heeft nog niet laten weten of het de uitkering in behandeling neemt. We hebben een herinnering gestuurd');
    expect(await shown('nl')).not.toContain('beëindig');
  });

  it('a home insurance is kept for the estate; a kind not chosen asks the insurer; a kind is refused for a provider that is no insurer, naming the field', async () => {
    const insurer = await createProvider(t.admin, { name: 'Interpolis', category: 'insurance', requiredDocuments: [] });
    const kpn = await createProvider(t.admin, { name: 'KPN Mobiel', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const home = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Woonhuisverzekering', accountNumber: 'WH-1', action: 'cancel', insuranceKind: 'property' }).expect(201)).body as { id: string };
    const other = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Verzekering', accountNumber: 'V-2', action: 'cancel' }).expect(201)).body as { id: string; insuranceKind: string | null };
    expect(other.insuranceKind).toBeNull();
    for (const c of [home, other]) await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const homeText = await letterText(anna, (await letters(home.id))[0].id);
    expect(homeText).toContain('Ik zeg het contract Woonhuisverzekering met polisnummer WH-1 niet op per de datum van overlijden');
    expect(homeText).toContain('Wilt u de verzekering laten doorlopen');
    const otherText = await letterText(anna, (await letters(other.id))[0].id);
    expect(otherText).toContain('Wilt u mij laten weten wat u van mij nodig heeft en hoe het contract Verzekering met polisnummer V-2 na het overlijden doorloopt of eindigt');
    for (const text of [homeText, otherText]) expect(text).not.toMatch(/zonder opzegtermijn|te beëindigen per/);

    const refused = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: '06-1', action: 'cancel', insuranceKind: 'life' }).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'insuranceKind' })]);
    const unknown = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Reisverzekering', accountNumber: 'R-3', action: 'cancel', insuranceKind: 'travel' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'insuranceKind' })]);
  });

  it('the owner’s form offers the kind, its empty choice saying “Kies …”', async () => {
    const estate = await createEstate(anna);
    await createProvider(t.admin, { name: 'Achmea Uitvaart', category: 'insurance', requiredDocuments: [] });
    const page = (await anna.get(`/app/estates/${estate.id}?q=Achmea`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain('<option value="">Kies de soort verzekering</option>');
    expect(page).toContain('Uitvaart-, levens- of overlijdensrisicoverzekering: uitkering aanvragen');
  });
});
