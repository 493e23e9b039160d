import { flat, pdfText, readPdf } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

describe('names as recorded and letters that fit the envelope, through the API', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { phone: '+31 20 555 0101' } }));
  });
  afterAll(() => t.close());

  it('records a name written family name first and writes "mevrouw Nguyễn" in the letter, with the postcode line and KvK footer', async () => {
    const estate = await createEstate(anna, { givenNames: 'Thị Minh Khai', surnamePrefix: undefined, surname: 'Nguyễn', nameOrder: 'family_first', gender: 'female' });
    const shown = (await anna.get(`${API}/estates/${estate.id}`).expect(200)).body;
    expect(shown.deceased).toMatchObject({ fullName: 'Nguyễn Thị Minh Khai', nameOrder: 'family_first' });

    const provider = await createProvider(t.admin, {
      channel: 'post',
      requiredDocuments: ['death_certificate'],
      contactPoint: { name: 'Team Nabestaanden', postalAddress: { street: 'Postbus 1001', postalCode: '9700 VB', city: 'Groningen', country: 'NL' } },
    });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement', accountNumber: 'M-778', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const [letter] = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters;
    expect(letter).toMatchObject({ status: 'sent', violations: [] });
    const pdf = (await anna.get(`${API}/letters/${letter.id}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer;
    const text = flat(await pdfText(pdf));
    expect(text).toContain('Nguyễn Thị Minh Khai, geboren op 14 mei 1946');
    expect(text).toContain('Ik regel de afwikkeling van de lopende contracten van mevrouw Nguyễn.');
    expect(text).toContain('9700 VB GRONINGEN');
    const read = await readPdf(pdf);
    for (const page of read.pages) expect(flat(page.items.map((i) => i.str).join(' '))).toContain('KvK 00000000');
    expect(read.marked).toBe(true);
  });

  it('keeps given names first unless told otherwise, and refuses an unknown name order naming the field', async () => {
    const estate = await createEstate(anna);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ fullName: 'Jan de Vries', nameOrder: 'given_first' });
    const refused = await anna.post(`${API}/estates`, { deceased: { ...(await anna.get(`${API}/estates/${estate.id}`)).body.deceased, nameOrder: 'surname-first' } }).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'deceased.nameOrder' })]));

    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Nguyễn Thị Lan', nameOrder: 'family_first', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    expect(member).toMatchObject({ name: 'Nguyễn Thị Lan', nameOrder: 'family_first' });
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lan', nameOrder: 'backwards', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(400);
  });
});
