import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, HOLDER_PARTICULARS } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * rentend: a lease nobody continues ends by law at the end of the second month after the death (art. 7:268 lid 6 BW): every reader
 * reads that day as what was asked, never the owner's typed date; and „woonde alleen" is asked again when a relative lives at the home.
 */
describe('the day a lease truly ends', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const web = (path: string) => anna.get(path).set('Cookie', `steward_app=${anna.token}`);
  const text = (html: string) => flat(html.replace(/<[^>]+>/g, ' '));

  it('shows the owner, the desk and the family the end by law, and tells the owner her own date was not what the letter asked', async () => {
    const ymere = await createProvider(t.admin, { name: 'Ymere', category: 'housing', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${ymere.id}/tokens`, { label: 'Ymere' }).expect(201)).body.token);
    const estate = await createEstate(anna, { livedWith: 'nobody' });
    const { accessCode } = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lotte de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body as { accessCode: string };

    // She types 31 March; the letter will say 31 January 2027 by law: the API's answer to her entry already says so.
    const added = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ymere.id, description: 'Huur woning Keizersgracht 112', accountNumber: 'YM-1', action: 'cancel', requestedEndDate: '2027-03-31' }).expect(201)).body;
    expect(added).toMatchObject({ requestedEndDate: '2027-03-31', askedEndDate: '2027-01-31' });
    expect(added.endDateByLaw).toBe('U vulde 31 maart 2027 in; de huur eindigt van rechtswege op 31 januari 2027 (art. 7:268 lid 6 BW).');
    const english = (await anna.get(`${API}/contracts/${added.id}?lang=en`).expect(200)).body;
    expect(english.endDateByLaw).toBe('You entered 31 March 2027; the lease ends by law on 31 January 2027 (art. 7:268 lid 6 BW).');

    // On the page: the estate's contract list says it as soon as she added it.
    await anna.post(`/app/estates/${estate.id}/contracts`).set('Cookie', `steward_app=${anna.token}`).type('form').send(`providerId=${ymere.id}&description=Huur berging&accountNumber=YM-2&action=cancel&requestedEndDate=2026-12-15&confirmDuplicate=true`).expect(303);
    expect(text((await web(`/app/estates/${estate.id}`).expect(200)).text)).toContain('U vulde 15 december 2026 in; de huur eindigt van rechtswege op 31 januari 2027 (art. 7:268 lid 6 BW).');

    await anna.post(`${API}/contracts/${added.id}/request`).expect(200);
    await t.runDue();
    const page = text((await web(`/app/contracts/${added.id}`).expect(200)).text);
    expect(page).toContain('Gevraagd beëindiging per 31 januari 2027');
    expect(page).not.toContain('beëindiging per 31 maart 2027');
    expect(page).toContain('U vulde 31 maart 2027 in; de huur eindigt van rechtswege op 31 januari 2027 (art. 7:268 lid 6 BW).');
    // Her status, and Today's row of it, say the same sentence.
    expect((await anna.get(`${API}/contracts/${added.id}`).expect(200)).body.statusText).toContain('U vulde 31 maart 2027 in; de huur eindigt van rechtswege op 31 januari 2027');

    // The desk's data does not contradict its own words: the day asked is the law's.
    const listed = ((await desk.get(`${API}/provider-desk/requests?status=all`).expect(200)).body as { id: string; requestedEndDate: string | null; requestedEnd: string }[]).find((r) => r.id === added.id)!;
    expect(listed).toMatchObject({ requestedEndDate: '2027-01-31', requestedEnd: '31 januari 2027: de huur eindigt van rechtswege (artikel 7:268 lid 6 BW)' });

    // The family, who clear and hand over the home, read the day and the handover.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: accessCode }).expect(200)).body.accessToken);
    const card = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; leaseEnd: string | null }[]).find((c) => c.id === added.id)!.leaseEnd;
    expect(await card('nl')).toBe('De huur eindigt van rechtswege op 31 januari 2027 (artikel 7:268 lid 6 BW); dan moet de woning aan Ymere worden opgeleverd. We hebben Ymere gevraagd om een afspraak voor de oplevering.');
    expect(await card('en')).toBe('The lease ends by law on 31 January 2027 (art. 7:268 lid 6 BW); the home must then be handed over to Ymere. We asked Ymere to arrange a date for handing it over.');
    // Once Ymere's term passed, Today lists it (a reminder went): its row says the same sentence.
    await t.runDue(16);
    const today = text((await web('/app').expect(200)).text);
    expect(today).toContain('Ymere Huur woning Keizersgracht 112');
    expect(today).toContain('U vulde 31 maart 2027 in; de huur eindigt van rechtswege op 31 januari 2027 (art. 7:268 lid 6 BW).');
    expect(text((await t.anonymous.get('/family').set('Cookie', `steward_family=${portal.token}`).expect(200)).text)).toContain('De huur eindigt van rechtswege op 31 januari 2027 (artikel 7:268 lid 6 BW); dan moet de woning aan Ymere worden opgeleverd.');
  });

  it('asks the owner to confirm „woonde alleen" when a relative is recorded at the rented home, and says nothing when none is', async () => {
    const estate = await createEstate(anna, { livedWith: 'coTenant' });
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries-Jansen', relation: 'partner', role: 'heir', ...HOLDER_PARTICULARS, address: { street: 'Keizersgracht  112', postalCode: '1015cv', city: 'Amsterdam', country: 'NL' } }).expect(201);

    const asked = await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'nobody' }).expect(409);
    expect(asked.headers['content-type']).toContain('application/problem+json');
    expect(asked.body.detail).toBe('Bij Maria de Vries-Jansen staat hetzelfde adres als bij de overledene (Keizersgracht 112). Een echtgenoot of geregistreerd partner die daar het hoofdverblijf heeft, is medehuurder en zet de huur voort (artikel 7:266 lid 1 en 7:268 lid 1 BW); wie er met de overledene een duurzame gemeenschappelijke huishouding had, zet de huur gedurende zes maanden na het overlijden voort (artikel 7:268 lid 2 BW). Zet toch niemand de huur voort, bevestig dat dan.');
    expect(asked.body.errors).toEqual([{ field: 'livedWith', message: expect.stringContaining('send confirmLivedWith: true') }]);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.livedWith).toBe('coTenant');
    // The older yes/no is asked the same.
    await anna.patch(`${API}/estates/${estate.id}`, { livedAlone: true }).expect(409);

    // The page asks the same, with a box to confirm; confirmed, it is recorded.
    const form = 'deceased[givenNames]=Jan&deceased[surnamePrefix]=de&deceased[surname]=Vries&deceased[gender]=male&deceased[dateOfBirth]=1946-05-14&deceased[dateOfDeath]=2026-11-02&deceased[address][street]=Keizersgracht 112&deceased[address][postalCode]=1015 CV&deceased[address][city]=Amsterdam&deceased[address][country]=NL&livedWith=nobody&estateAccount[iban]=NL91 ABNA 0417 1643 00&estateAccount[holder]=Erven J. de Vries';
    const refused = await anna
      .post(`/app/estates/${estate.id}/edit`)
      .set('Cookie', `steward_app=${anna.token}`)
      .type('form')
      .send(form)
      .expect(409);
    expect(text(refused.text)).toContain('Bij Maria de Vries-Jansen staat hetzelfde adres als bij de overledene (Keizersgracht 112).');
    expect(text(refused.text)).toContain('vink dan ‘Ja, dit klopt: niemand zet de huur voort’ aan');
    expect(refused.text).toContain('name="confirmLivedWith"');
    await anna.post(`/app/estates/${estate.id}/edit`).set('Cookie', `steward_app=${anna.token}`).type('form').send(`${form}&confirmLivedWith=true`).expect(303);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.livedWith).toBe('nobody');

    // Nobody recorded at the address: no question.
    const other = await createEstate(anna, { livedWith: 'coTenant' });
    await anna.post(`${API}/estates/${other.id}/family-members`, { name: 'Piet de Vries', relation: 'zoon', role: 'heir', ...HOLDER_PARTICULARS }).expect(201);
    await anna.patch(`${API}/estates/${other.id}`, { livedWith: 'lodger' }).expect(200);
  });

  it('asks again when a relative is later recorded at the home while „niemand" stands, or the deceased\'s address becomes a relative\'s; a letter that went is then set right (rentrest)', async () => {
    const ymere = await createProvider(t.admin, { name: 'Ymere Zuid', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { livedWith: 'nobody' });
    const lease = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ymere.id, description: 'Huur woning', accountNumber: 'YZ-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${lease.id}/request`).expect(200);
    await t.runDue();
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const members = async () => ((await anna.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items as { id: string; name: string; address: { street: string } | null }[]);

    // Added at the home after the letter said nobody continues the lease: asked, nothing added.
    const maria = { name: 'Maria de Vries-Jansen', relation: 'partner', role: 'heir', ...HOLDER_PARTICULARS, address: home };
    const asked = await anna.post(`${API}/estates/${estate.id}/family-members`, maria).expect(409);
    expect(asked.headers['content-type']).toContain('application/problem+json');
    expect(asked.body.detail).toBe(
      'Bij de overledene staat dat niemand de huur voortzet, maar bij Maria de Vries-Jansen staat hetzelfde adres als bij de overledene (Keizersgracht 112). Een echtgenoot of geregistreerd partner die daar het hoofdverblijf heeft, is medehuurder en zet de huur voort (artikel 7:266 lid 1 en 7:268 lid 1 BW); wie er met de overledene een duurzame gemeenschappelijke huishouding had, zet de huur gedurende zes maanden na het overlijden voort (artikel 7:268 lid 2 BW). Woonde Maria de Vries-Jansen daar, leg dan bij de overledene vast wie er woonde. Zet toch niemand de huur voort, bevestig dat dan.',
    );
    expect(asked.body.errors).toEqual([{ field: 'address.street', message: expect.stringContaining('send confirmLivedWith: true') }]);
    expect(await members()).toEqual([]);

    // Another flat in the same building is another home: no question.
    const piet = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Piet de Vries', relation: 'zoon', role: 'heir', ...HOLDER_PARTICULARS, address: { ...home, street: 'Keizersgracht 112-2' } }).expect(201)).body as { id: string };
    // His address corrected to the home: asked on the API and on the page, nothing changed until confirmed; then another correction asks nothing.
    await anna.patch(`${API}/estates/${estate.id}/family-members/${piet.id}`, { address: home }).expect(409);
    const memberForm = `name=Piet de Vries&relation=zoon&address[street]=Keizersgracht 112&address[postalCode]=1015 CV&address[city]=Amsterdam&address[country]=NL`;
    const refused = await anna.post(`/app/estates/${estate.id}/family-members/${piet.id}/edit`).set('Cookie', `steward_app=${anna.token}`).type('form').send(memberForm).expect(409);
    expect(text(refused.text)).toContain('Woonde Piet de Vries daar, leg dan bij de overledene vast wie er woonde. Zet toch niemand de huur voort, vink dan ‘Ja, dit klopt: niemand zet de huur voort’ aan');
    expect(refused.text).toContain('name="confirmLivedWith"');
    expect((await members()).find((m) => m.id === piet.id)!.address!.street).toBe('Keizersgracht 112-2');
    await anna.post(`/app/estates/${estate.id}/family-members/${piet.id}/edit`).set('Cookie', `steward_app=${anna.token}`).type('form').send(`${memberForm}&confirmLivedWith=true`).expect(303);
    expect((await members()).find((m) => m.id === piet.id)!.address!.street).toBe('Keizersgracht 112');
    await anna.patch(`${API}/estates/${estate.id}/family-members/${piet.id}`, { phone: '+31 6 1111 2222' }).expect(200);

    // Maria did live there: the owner records it, and the lease page tells her the letter must be set right.
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'coTenant' }).expect(200);
    await anna.post(`${API}/estates/${estate.id}/family-members`, maria).expect(201);
    expect((await anna.get(`${API}/contracts/${lease.id}`).expect(200)).body.statusText).toContain('Let op: de brief aan Ymere Zuid zei dat niemand de huur voortzet');

    // The deceased's address corrected to a relative's home while „niemand" stands: asked the same, naming who lived there.
    const other = await createEstate(anna, { livedWith: 'lodger' });
    await anna.post(`${API}/estates/${other.id}/family-members`, { name: 'Lotte de Vries', relation: 'dochter', role: 'heir', ...HOLDER_PARTICULARS }).expect(201);
    // Confirmed on the API, a relative at the home is added.
    await anna.post(`${API}/estates/${other.id}/family-members`, { name: 'Sanne de Vries', relation: 'dochter', role: 'heir', ...HOLDER_PARTICULARS, address: home, confirmLivedWith: true }).expect(201);
    const moved = await anna.patch(`${API}/estates/${other.id}`, { deceased: { address: HOLDER_PARTICULARS.address } }).expect(409);
    expect(moved.body.detail).toContain('Bij Lotte de Vries staat hetzelfde adres als bij de overledene (Lindenlaan 3).');
    expect(moved.body.errors).toEqual([{ field: 'livedWith', message: expect.stringContaining('send confirmLivedWith: true') }]);
    await anna.patch(`${API}/estates/${other.id}`, { deceased: { address: HOLDER_PARTICULARS.address }, confirmLivedWith: true }).expect(200);
  });
});
