import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, letterText } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';

type Listed = { id: string; kind: string; channel: string; deliveryStatus: string; letterDate: string; deliveredAt: string };
type Batch = { id: string; sha256: string; letterCount: number; printedAt: string | null; postedAt: string | null; readdressed: { providerName: string; letters: number }[] | null };

/**
 * README, printaddress (audit73 F-G, postfix's Not done): a corrected address or channel reaches every letter that has not left —
 * one in a batch downloaded but not posted (the batch says so, and is downloaded again), one by post already posted (made again
 * for the new address), a waiting letter after a channel change, an e-mail parked after failed attempts — and the owner's history
 * names the administrator who corrected the directory.
 */
describe('a corrected address or channel reaches every letter that has not left', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Session;
  let petra: Session;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
    await t.admin.post(`${API}/users`, { email: 'petra@test.example', name: 'Petra Visser', password: 'admin-pw-petra-1', role: 'admin' }).expect(201);
    petra = await t.login('petra@test.example', 'admin-pw-petra-1');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const timelineOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string; actor: { name: string } }[];
  const page = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const batches = async () => (await anna.get(`${API}/print-batches`).expect(200)).body.items as Batch[];
  const batchPdf = async (id: string) => flat(await pdfText((await anna.get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  const address = (street: string, postalCode: string) => ({ street, postalCode, city: 'Tilburg', country: 'NL' });
  const dutch = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

  async function requested(provider: { id: string }, estateId: string, description = 'Woonhuisverzekering') {
    const made = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description, accountNumber: 'WH-123456', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${made.id}/request`).expect(200);
    return made;
  }

  /** A letter by post to `name` in a batch of the owner's whose PDF she downloaded (beside a letter to another provider). */
  async function downloadedBatch(name: string, givenNames: string) {
    const postBox = { name: 'Afdeling Schade', postalAddress: address('Postbus 90100', '5000 LA') };
    const provider = await createProvider(t.admin, { name, category: 'energy', channel: 'post', requiredDocuments: [], contactPoint: postBox });
    const other = await createProvider(t.admin, { name: `${name} Buren`, category: 'energy', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: address('Postbus 5', '5000 AA') } });
    const estate = await createEstate(anna, { givenNames });
    const contract = await requested(provider, estate.id);
    await requested(other, estate.id, 'Stroom');
    await t.runDue();
    await t.runDue(1);
    const [batch] = await batches();
    expect(batch.letterCount).toBe(2);
    expect(await batchPdf(batch.id)).toContain('Postbus 90100');
    return { provider, postBox, estate, contract, batch };
  }

  it('flags a downloaded batch not yet posted, makes its letter again with the corrected address, and the batch downloaded again carries it', async () => {
    const { provider, postBox, estate, contract, batch } = await downloadedBatch('Interpolis', 'Jan');
    const [first] = await lettersOf(contract.id);
    expect(first.deliveryStatus).toBe('printed');

    await petra.patch(`${API}/providers/${provider.id}`, { contactPoint: { ...postBox, postalAddress: address('Postbus 777', '5000 ZZ') } }).expect(200);
    await t.runDue();

    // The batch says it changed after the download; the old envelope may not be marked posted.
    const [flagged] = (await batches()).filter((b) => b.id === batch.id);
    expect(flagged).toMatchObject({ letterCount: 1, readdressed: [{ providerName: 'Interpolis', letters: 1 }] });
    const refused = await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: flagged.sha256 }).expect(409);
    expect(refused.body.type).toMatch(/print-batch-not-downloaded$/);
    const warning = 'Het adres van Interpolis is gecorrigeerd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de brief aan Interpolis is opnieuw gemaakt met het nieuwe adres.';
    const printPage = await page('/app/print');
    expect(printPage).toContain(warning);
    expect(printPage).not.toContain('Klaar voor de post');
    expect(await page('/app')).toContain(warning);

    // Downloaded again: the letter made again with the new address is in it, the old one is not.
    const again = await batchPdf(batch.id);
    expect(again).toContain('Postbus 777');
    expect(again).not.toContain('Postbus 90100');
    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation printed']);
    expect(await letterText(anna, letters[1].id)).toContain('Postbus 777');
    const [downloaded] = (await batches()).filter((b) => b.id === batch.id);
    expect(downloaded).toMatchObject({ letterCount: 2, readdressed: null });
    expect(await page('/app/print')).not.toContain(warning);
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: downloaded.sha256 }).expect(200);

    // The history says it, signed by the administrator who corrected the directory.
    const told = (await timelineOf(estate.id)).find((e) => e.summary.includes('het adres van Interpolis is gecorrigeerd'));
    expect(told).toMatchObject({
      summary: `Woonhuisverzekering: het adres van Interpolis is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(first.letterDate)} die al in een gedownloade printbatch zat maar nog niet op de post was gedaan, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`,
      actor: { name: 'Petra Visser' },
    });
  });

  it('makes a letter posted to the old address again for the corrected one, and says it went to the old address', async () => {
    const { provider, postBox, estate, contract, batch } = await downloadedBatch('Achmea', 'Piet');
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: batch.sha256 }).expect(200);
    const [posted] = await lettersOf(contract.id);
    expect(posted.deliveryStatus).toBe('posted');

    await petra.patch(`${API}/providers/${provider.id}`, { contactPoint: { ...postBox, postalAddress: address('Postbus 888', '5000 YY') } }).expect(200);
    await t.runDue();

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'cancellation queued_for_print']);
    const remade = await letterText(anna, letters[1].id);
    expect(remade).toContain('Postbus 888');
    expect(remade).not.toContain('Postbus 90100');
    const told = (await timelineOf(estate.id)).find((e) => e.summary.includes('het adres van Achmea is gecorrigeerd'));
    expect(told).toMatchObject({
      summary: `Woonhuisverzekering: het adres van Achmea is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(posted.letterDate)} ging op ${dutch(posted.deliveredAt.slice(0, 10))} op de post naar het oude adres; die brief is opnieuw gemaakt voor het gecorrigeerde adres en gaat mee met de volgende printbatch.`,
      actor: { name: 'Petra Visser' },
    });
  });

  it('makes a letter waiting for the post again as an e-mail when the directory changes the channel alone', async () => {
    const contactPoint = { name: 'Nabestaanden', email: 'nabestaanden@vgz.example', postalAddress: address('Postbus 444', '5000 XX') };
    const vgz = await createProvider(t.admin, { name: 'VGZ', category: 'energy', channel: 'post', requiredDocuments: [], contactPoint });
    const estate = await createEstate(anna, { givenNames: 'Klaas' });
    const contract = await requested(vgz, estate.id, 'Zorgverzekering');
    await t.runDue();
    const [waiting] = await lettersOf(contract.id);
    expect(waiting).toMatchObject({ channel: 'post', deliveryStatus: 'queued_for_print' });

    await petra.patch(`${API}/providers/${vgz.id}`, { channel: 'email' }).expect(200);
    await t.runDue();
    await t.runDue();

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.channel} ${l.deliveryStatus}`)).toEqual(['cancellation post failed', 'cancellation email delivered']);
    expect(sink.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text)).toContain('nabestaanden@vgz.example');
    const told = (await timelineOf(estate.id)).find((e) => e.summary.includes('VGZ ontvangt brieven voortaan per e-mail'));
    expect(told).toMatchObject({
      summary: `Zorgverzekering: VGZ ontvangt brieven voortaan per e-mail (adressenbestand). De brief „Opzegging na overlijden” van ${dutch(waiting.letterDate)} die nog op de post wachtte, is opnieuw gemaakt en gaat per e-mail; de eerdere versie gaat niet weg.`,
      actor: { name: 'Petra Visser' },
    });
  });

  it('sends an e-mail parked after failed attempts to the corrected e-mail address, and it no longer shows as stuck', async () => {
    sink.refusing = true;
    const contactPoint = { name: 'Nabestaanden', email: 'oud@zilveren.example' };
    const zk = await createProvider(t.admin, { name: 'Zilveren Kruis', category: 'energy', channel: 'email', requiredDocuments: [], contactPoint });
    const estate = await createEstate(anna, { givenNames: 'Mila' });
    const contract = await requested(zk, estate.id, 'Zorgverzekering');
    await t.runDue();
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 24);
      await t.runDue();
    }
    const parked = (await anna.get(`${API}/queue`).expect(200)).body.parkedSteps as { contractId: string }[];
    expect(parked.map((p) => p.contractId)).toEqual([contract.id]);
    const [stuck] = await lettersOf(contract.id);
    expect(stuck.deliveryStatus).toBe('failed');

    sink.refusing = false;
    await petra.patch(`${API}/providers/${zk.id}`, { contactPoint: { ...contactPoint, email: 'nieuw@zilveren.example' } }).expect(200);
    await t.runDue();

    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation delivered']);
    expect(await letterText(anna, letters[1].id)).toContain('Verzonden via nieuw@zilveren.example');
    expect(sink.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text)).toContain('nieuw@zilveren.example');
    const told = (await timelineOf(estate.id)).find((e) => e.summary.includes('het e-mailadres van Zilveren Kruis is gecorrigeerd'));
    expect(told).toMatchObject({
      summary: `Zorgverzekering: het e-mailadres van Zilveren Kruis is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(stuck.letterDate)} die nog niet verstuurd was, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`,
      actor: { name: 'Petra Visser' },
    });
  }, 240_000);
});
