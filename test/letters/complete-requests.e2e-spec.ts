import { API, createProvider, deceased, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/** Issue 14: requests that hold up — what the estate must record, and what each letter then says. */
describe('complete requests, from the recorded estate to the letter read back', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let pieter: Session & { userId: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { phone: '+31 20 555 0101' } }));
    pieter = await t.specialist('Pieter Jansen');
  });
  afterAll(() => t.close());

  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; status: string; violations: { rule: string; where: string; message: string }[] }[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);

  async function estateWith(body: Record<string, unknown> = {}, deceasedOverrides: Record<string, unknown> = {}) {
    const estate = (await anna.post(`${API}/estates`, { deceased: deceased(deceasedOverrides), ...body }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    return estate as { id: string; estateAccount: unknown };
  }
  async function request(estateId: string, provider: { id: string }, contract: Record<string, unknown> = {}) {
    const created = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement onbeperkt bellen', accountNumber: 'M-778', action: 'cancel', ...contract }).expect(201)).body;
    await anna.post(`${API}/contracts/${created.id}/request`).expect(200);
    await t.runDue();
    return created as { id: string };
  }

  it('records the estate account with a checked IBAN, refuses a wrong one by field, and keeps it from other owners', async () => {
    const estate = await estateWith({ estateAccount: { iban: 'nl91 abna 0417 1643 00', holder: ' Erven J. de Vries ' } });
    expect(estate.estateAccount).toEqual({ iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' });
    const wrong = await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL91ABNA0417164301', holder: 'Erven J. de Vries' } }).expect(400);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['estateAccount.iban']);
    await pieter.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(404);
    const member = await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Pieter Bakker', relation: 'schoonzoon', isHeir: false, isRepresentative: false, iban: 'NL00RABO0123456789', dateOfBirth: '1975-02-30' }).expect(400);
    expect(member.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dateOfBirth', 'iban']);
  });

  it('blocks a cancellation until the estate account is recorded, then asks for the refund to it by name', async () => {
    const provider = await createProvider(t.admin, { category: 'telecom' });
    const estate = await estateWith();
    const contract = await request(estate.id, provider);
    const [blocked] = await letters(contract.id);
    expect(blocked.status).toBe('blocked');
    expect(blocked.violations).toEqual([expect.objectContaining({ rule: 'missing-data', where: 'estate.estateAccount' })]);

    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } }).expect(200);
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items;
    expect(timeline.find((e: { event: string }) => e.event === 'estate.corrected')).toMatchObject({ summary: 'De boedelrekening vastgelegd: NL91 ABNA 0417 1643 00 t.n.v. Erven J. de Vries.', actor: { name: 'Anna de Boer' } });
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await t.runDue();
    const sent = (await letters(contract.id))[1];
    expect(sent.status).toBe('sent');
    const text = await pdfOf(sent.id);
    expect(text).toContain('Een eventueel tegoed kunt u overmaken naar rekening NL91 ABNA 0417 1643 00 t.n.v. Erven J. de Vries.');
    expect(text).toContain('kosteloos en zonder opzegtermijn te beëindigen');
    expect(text).toContain('Wilt u de automatische incasso per de einddatum stoppen');
    expect(text).toContain('Deze brief houdt geen erkenning van aansprakelijkheid of aanvaarding van de nalatenschap in.');
    expect(text).toContain('Verzonden via het aanbiedersloket van Steward');
    expect(text).not.toContain('provider desk');
  });

  it('transfers to a son-in-law only once his particulars are recorded, and asks the provider to send him its own form', async () => {
    const provider = await createProvider(t.admin, { category: 'energy', language: 'en' });
    const estate = await estateWith({ estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } });
    const heir = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Pieter Bakker', email: 'pieter@bakker.example', relation: 'son-in-law', isHeir: false, isRepresentative: false }).expect(201)).body;
    const contract = await request(estate.id, provider, { description: 'Electricity and gas', action: 'transfer', transferToFamilyMemberId: heir.id });
    const [blocked] = await letters(contract.id);
    expect(blocked.violations.filter((v) => v.rule === 'missing-data').map((v) => v.where)).toEqual(['familyMember.address', 'familyMember.dateOfBirth', 'familyMember.phone', 'familyMember.iban']);

    const particulars = { address: { street: 'Lindenlaan 3', postalCode: '3511 AB', city: 'Utrecht' }, dateOfBirth: '1975-02-28', phone: '+31 6 1234 5678', iban: 'NL44 RABO 0123 4567 89' };
    const patched = (await anna.patch(`${API}/estates/${estate.id}/family-members/${heir.id}`, particulars).expect(200)).body;
    expect(patched).toMatchObject({ iban: 'NL44RABO0123456789', dateOfBirth: '1975-02-28' });
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await t.runDue();
    const sent = (await letters(contract.id))[1];
    expect(sent.status).toBe('sent');
    const text = await pdfOf(sent.id);
    for (const line of ['New holder: Pieter Bakker · Date of birth: 28 February 1975', 'Address: Lindenlaan 3, 3511 AB Utrecht', 'Email: pieter@bakker.example · Phone: +31 6 1234 5678', 'IBAN: NL44 RABO 0123 4567 89', 'Please send your own transfer form and, if you collect by direct debit, your mandate form to Pieter Bakker at the address or email address below. Pieter Bakker signs them personally; this letter contains no consent or mandate from the new holder.', 'Yours faithfully,', 'Sent via the Steward provider desk']) {
      expect(text).toContain(line);
    }
    for (const gone of ['signs below', 'authorise you', 'Signature:']) expect(text).not.toContain(gone);
  });

  // Audit 4: a letter e-mailed or posted straight to the provider reaches it unsigned; it states no consent the new holder never gave.
  it.each([
    ['email', { name: 'Team Overlijden', email: 'overlijden@energie.example' }],
    ['post', { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } }],
  ] as const)('a transfer by %s asks the provider to send its own form and mandate to the new holder, with no signature line or debit mandate in her name', async (channel, contactPoint) => {
    const provider = await createProvider(t.admin, { category: 'energy', channel, contactPoint });
    const estate = await estateWith({ estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } });
    const maria = (
      await anna
        .post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries-Jansen', relation: 'partner', isHeir: true, isRepresentative: false, email: 'maria@devries.example', phone: '+31 6 9876 5432', dateOfBirth: '1950-03-14', iban: 'NL44RABO0123456789', address: { street: 'Keizersgracht 112', postalCode: '1015 CW', city: 'Amsterdam' } })
        .expect(201)
    ).body;
    const contract = await request(estate.id, provider, { description: 'Stroom en gas', action: 'transfer', transferToFamilyMemberId: maria.id });
    const [letter] = await letters(contract.id);
    expect(letter).toMatchObject({ status: 'sent', channel });
    const text = await pdfOf(letter.id);
    for (const line of [
      'over te zetten op naam van Maria de Vries-Jansen (partner). Wilt u uw eigen formulier voor de tenaamstelling en, als u per automatische incasso int, uw machtigingsformulier naar Maria de Vries-Jansen sturen op het adres of e-mailadres hieronder? Maria de Vries-Jansen ondertekent die zelf; deze brief bevat geen toestemming of machtiging van de nieuwe contracthouder.',
      'Adres: Keizersgracht 112, 1015 CW Amsterdam',
      'E-mail: maria@devries.example · Telefoon: +31 6 9876 5432',
      'IBAN: NL44 RABO 0123 4567 89',
    ]) {
      expect(text).toContain(line);
    }
    for (const gone of ['hieronder zelf tekent voor akkoord', 'Toestemming van de nieuwe contracthouder', 'machtig u', 'Handtekening:']) expect(text).not.toContain(gone);
  });

  it('ends the lease of a tenant who lived alone by law and asks a bank for the balance, not for an end at the death', async () => {
    const housing = await createProvider(t.admin, { category: 'housing' });
    const bank = await createProvider(t.admin, { category: 'bank' });
    const estate = await estateWith({ estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } }, { dateOfDeath: '2026-06-29', livedAlone: true });
    const lease = await request(estate.id, housing, { description: 'Huur woning Keizersgracht 112', accountNumber: 'H-1' });
    const account = await request(estate.id, bank, { description: 'Betaalrekening', accountNumber: 'NL20INGB0001234567' });
    const leaseText = await pdfOf((await letters(lease.id))[0].id);
    expect(leaseText).toContain('De huurovereenkomst eindigt daarom op 31 augustus 2026 (artikel 7:268 lid 6 BW).');
    const bankText = await pdfOf((await letters(account.id))[0].id);
    expect(bankText).toContain('te blokkeren voor nieuwe afschrijvingen');
    expect(bankText).toContain('het saldo per 29 juni 2026, de datum van overlijden');
    expect(bankText).not.toMatch(/beëindigen per|geen kosten|kosteloos/);
  });

  it("restates a bank's request in its reminder and asks the balance per a corrected date of death; the family reads what was asked (audit71 F-C)", async () => {
    const bank = await createProvider(t.admin, { name: 'ING', category: 'bank', channel: 'email', requiredDocuments: [] });
    const estate = await estateWith({ estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const account = await request(estate.id, bank, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    const family = (await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items.find((c: { id: string }) => c.id === account.id);
    expect(family.whatWeAsked).toBe('Rekening blokkeren en saldo opvragen');
    expect(family.statusText).toMatch(/^We hebben ING gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven; ING moet uiterlijk \d+ \w+ 20\d\d antwoorden\.$/);
    expect((await maria.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text)).toContain('We hebben ING schriftelijk gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven.');

    // ING lets its term pass: the reminder asks what the request asked, not to confirm an end.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 30 }).expect(200);
    const [, reminder] = await letters(account.id);
    const reminded = await pdfOf(reminder.id);
    expect(reminded).toContain('gevraagd rekening NL69INGB0123456789 (Betaalrekening) te blokkeren voor nieuwe afschrijvingen');
    expect(reminded).toMatch(/mij uiterlijk \d+ \w+ 20\d\d schriftelijk te bevestigen dat de rekening is geblokkeerd, en mij het saldo per 2 november 2026, de datum van overlijden, op te geven\./);
    expect(reminded).not.toMatch(/beëindig/);

    // The date of death was wrong: the correction asks the balance per the right one.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue();
    const correction = (await letters(account.id)).at(-1)!;
    const corrected = await pdfOf(correction.id);
    expect(corrected).toContain('de juiste overlijdensdatum is 1 november 2026');
    expect(corrected).toContain('Wilt u dit in uw administratie aanpassen en mij schriftelijk het saldo per 1 november 2026, de juiste datum van overlijden, opgeven?');
    expect(corrected).not.toMatch(/beëindig/);
  });
});
