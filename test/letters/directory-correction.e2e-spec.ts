import { flat, pdfText } from '../../letters/test-support';
import { OutboxService } from '../../src/runtime/outbox.service';
import { API, binary, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

type Listed = { id: string; kind: string; status: string; deliveryStatus: string; letterDate: string };

/** README, postfix (audit72 F1, F2): a corrected directory address reaches every letter still waiting; a correction names only what the letter said. */
describe('a corrected directory address, and corrections of what the letters named', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const timelineOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  const address = (street: string, postalCode: string) => ({ street, postalCode, city: "'s-Hertogenbosch", country: 'NL' });

  async function requested(provider: { id: string }, estateId: string, contract: Record<string, unknown> = {}) {
    const made = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'ES-778899', action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${made.id}/request`).expect(200);
    return made;
  }

  it('prints a letter still waiting for the post with the address the directory was corrected to, opened or not, and tells the owner', async () => {
    const postBox = { name: 'Afdeling Nabestaanden', postalAddress: address('Postbus 1484', '5200 BM') };
    const essent = await createProvider(t.admin, { name: 'Essent', category: 'energy', channel: 'post', requiredDocuments: [], contactPoint: postBox });
    const estate = await createEstate(anna);
    const contract = await requested(essent, estate.id);
    await t.runDue();
    const [waiting] = await lettersOf(contract.id);
    expect(waiting).toMatchObject({ kind: 'cancellation', deliveryStatus: 'queued_for_print' });
    // The owner opens it, as the auditor did: that changes nothing of what is printed.
    expect(await letterText(anna, waiting.id)).toContain('Postbus 1484');

    await t.admin.patch(`${API}/providers/${essent.id}`, { contactPoint: { ...postBox, postalAddress: address('Postbus 9999', '5201 AA') } }).expect(200);
    // The worker makes it again within seconds; the next day's run puts it in the batch.
    await t.runDue();
    await t.runDue(1);

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation printed']);
    // Made again the day of the correction (queuedfix's rule: dated today, its term from today).
    expect(letters[1].letterDate).toBe(waiting.letterDate);
    const remade = await letterText(anna, letters[1].id);
    expect(remade).toContain('Postbus 9999');
    expect(remade).not.toContain('Postbus 1484');
    const [{ id: batchId }] = (await anna.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    const batch = flat(await pdfText((await anna.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(batch).toContain('Postbus 9999');
    expect(batch).not.toContain('Postbus 1484');

    const said = await timelineOf(estate.id);
    expect(said).toContain(`Stroom en gas: het adres van Essent is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(waiting.letterDate)} die nog op de post wachtte, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`);
  });

  it('sends an e-mail not yet on its way to the address the directory was corrected to', async () => {
    const contactPoint = { name: 'Nabestaanden', email: 'overlijden@mailtest.example' };
    const mailtest = await createProvider(t.admin, { name: 'Mailtest', category: 'energy', channel: 'email', requiredDocuments: [], contactPoint });
    const estate = await createEstate(anna, { givenNames: 'Mila' });
    const contract = await requested(mailtest, estate.id);
    // The worker makes the letter and falls behind before its e-mail: it waits to be sent.
    const outbox = t.app.get(OutboxService);
    for (let i = 0; i < 20 && !(await lettersOf(contract.id)).length; i++) await outbox.drain(1);
    const [waiting] = await lettersOf(contract.id);
    expect(waiting).toMatchObject({ status: 'sent', deliveryStatus: 'pending' });

    await t.admin.patch(`${API}/providers/${mailtest.id}`, { contactPoint: { ...contactPoint, email: 'overlijden-nieuw@mailtest.example' } }).expect(200);
    await t.runDue();

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation delivered']);
    const remade = await letterText(anna, letters[1].id);
    expect(remade).toContain('Verzonden via overlijden-nieuw@mailtest.example');
    const said = await timelineOf(estate.id);
    expect(said).toContain(
      `Stroom en gas: het e-mailadres van Mailtest is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(waiting.letterDate)} die nog niet verstuurd was, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`,
    );
    // The first one's own entry: made, never sent (not "nog niet bezorgd", as if it might still arrive).
    expect(said.filter((s) => s.endsWith('aan Mailtest gemaakt, maar niet per e-mail verstuurd: het e-mailadres van Mailtest is gecorrigeerd in het adressenbestand voordat hij wegging. Er is een nieuwe brief voor gemaakt.'))).toHaveLength(1);
  });

  it('keeps an English provider English when only its e-mail address is corrected, and remakes its letter in English (audit77 LANG-1)', async () => {
    const contactPoint = { name: 'Bereavement team', email: 'bereavement@uk-insurer.example' };
    const insurer = await createProvider(t.admin, { name: 'Albion Life', category: 'insurance', channel: 'email', requiredDocuments: [], contactPoint, language: 'en' });
    const estate = await createEstate(anna, { givenNames: 'Edith' });
    const contract = await requested(insurer, estate.id, { description: 'Life policy', accountNumber: 'AL-2231' });
    const outbox = t.app.get(OutboxService);
    for (let i = 0; i < 20 && !(await lettersOf(contract.id)).length; i++) await outbox.drain(1);

    const corrected = await t.admin.patch(`${API}/providers/${insurer.id}`, { contactPoint: { ...contactPoint, email: 'claims@uk-insurer.example' } }).expect(200);
    expect(corrected.body.language).toBe('en');
    await t.runDue();

    const [, remade] = await lettersOf(contract.id);
    const text = await letterText(anna, remade.id);
    expect(text).toContain('claims@uk-insurer.example');
    expect(text).toContain('Dear Sir or Madam,');
  });

  it('corrects the estate account only to the providers whose letter named it', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@cb.example' } });
    const bank = await createProvider(t.admin, { name: 'ING', category: 'bank', channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@ing.example' } });
    const estate = await createEstate(anna, { givenNames: 'Johan' });
    const house = await requested(insurer, estate.id, { description: 'Woonhuisverzekering', accountNumber: 'POL-99001', insuranceKind: 'property' });
    const life = await requested(insurer, estate.id, { description: 'Uitvaartpolis', accountNumber: 'POL-12345', insuranceKind: 'life' });
    const account = await requested(bank, estate.id, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    await t.runDue();
    const [houseRequest] = await lettersOf(house.id);
    expect(await letterText(anna, houseRequest.id)).not.toContain('rekening voor');

    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL02ABNA0123456789', holder: 'Erven J. de Vries' } }).expect(200);
    await t.runDue();

    expect((await lettersOf(house.id)).map((l) => l.kind)).toEqual(['cancellation']);
    const [, lifeCorrection] = await lettersOf(life.id);
    expect(lifeCorrection.kind).toBe('correction');
    expect(await letterText(anna, lifeCorrection.id)).toContain('Mijn verzoek vermeldde als rekening voor een terugbetaling NL91 ABNA 0417 1643 00');
    const [, bankCorrection] = await lettersOf(account.id);
    expect(bankCorrection.kind).toBe('correction');
    expect(await letterText(anna, bankCorrection.id)).toContain('NL02 ABNA 0123 4567 89');
    const told = (await timelineOf(estate.id)).find((s) => s.includes('Er gaat een correctiebrief naar'));
    expect(told).toContain('Centraal Beheer');
    expect(told).toContain('ING');
  });
});

const dutch = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

