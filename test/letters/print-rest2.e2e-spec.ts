import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { dutch, ownerReads } from './readdress-support';

/**
 * README, printrest2: an address slip corrected back sends nothing twice — a letter made for the slip that lies in a downloaded batch
 * is set apart (the batch asks to be downloaded again), and an e-mail made for a slip of the e-mail address, delivered there or
 * refused there, is not made a third time.
 */
describe('an address slip corrected back, by post or by e-mail, sends nothing twice', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const { lettersOf, timelineOf, batchPdf, nextBatch, correctPost, posted, batches } = ownerReads(() => t, () => anna);
  const sentTo = (to: string) => sink.messages.filter((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === to).length;

  it('sets apart the letter made for a slip that lies in a downloaded batch when the slip is corrected back: no third copy, the batch asks to be downloaded again', async () => {
    const { provider, estate, contract, letter } = await posted('Zeeuwse Energie', 'Lotte');
    t.clock.advanceDays(2);

    // A slip: the letter posted to Postbus 90100 is made again for Postbus 999; the owner downloads the batch that holds it.
    await correctPost(provider.id, 'Postbus 999');
    await t.runDue();
    const batch = await nextBatch();
    expect(await batchPdf(batch.id)).toContain('Postbus 999');
    const remade = (await lettersOf(contract.id)).find((l) => l.id !== letter.id)!;

    // Corrected back before she posted it: Zeeuwse Energie has the first letter at Postbus 90100.
    await correctPost(provider.id, 'Postbus 90100');
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'cancellation failed']);
    const warning =
      'Het adres van Zeeuwse Energie is teruggezet nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de brief aan Zeeuwse Energie gaat niet mee, want het adressenbestand heeft weer het adres waar een eerdere brief met hetzelfde verzoek al heen ging.';
    const refused = await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: batch.sha256 }).expect(409);
    expect(refused.body.detail).toBe(warning);
    const lines = await timelineOf(estate.id);
    expect(lines).toContain(
      `Stroom: het adres van Zeeuwse Energie is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(remade.letterDate)}, die al in een gedownloade printbatch zat maar nog niet op de post was gedaan, gaat niet weg: het adressenbestand heeft weer het adres waar de brief van ${dutch(letter.letterDate)} op ${dutch(letter.deliveredAt.slice(0, 10))} heen ging, dus er is geen nieuwe brief voor gemaakt.`,
    );
    expect(lines).toContain(
      'Brief „Opzegging na overlijden” aan Zeeuwse Energie zat in een printbatch die u downloadde, maar ging niet op de post: daarna is het adres van Zeeuwse Energie in het adressenbestand teruggezet naar het adres waar de eerdere brief al heen ging. De geprinte versie gaat niet weg.',
    );
    // Downloaded again: nothing is left to print, and it says why; no letter to Zeeuwse Energie waits for the next batch.
    const again = await anna.get(`${API}/print-batches/${batch.id}/pdf`).expect(409);
    expect(again.body.detail).toBe('Er is nu niets te printen in deze printbatch: de brief aan Zeeuwse Energie gaat niet mee, want het adressenbestand heeft weer het adres waar een eerdere brief met hetzelfde verzoek al heen ging.');
    expect((await batches()).filter((b) => b.readdressed)).toEqual([]);
    await t.runDue(1);
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'cancellation')).toHaveLength(2);
  });

  /** A request by e-mail to oud@…, delivered; then the directory's e-mail address changed to `slip`. */
  async function emailSlip(name: string, slip: string) {
    const contactPoint = { name: 'Nabestaanden', email: `oud@${name.toLowerCase()}.example` };
    const provider = await createProvider(t.admin, { name, category: 'energy', channel: 'email', requiredDocuments: [], contactPoint });
    const estate = await createEstate(anna, { givenNames: 'Mila' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'GC-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [first] = await lettersOf(contract.id);
    expect(first).toMatchObject({ channel: 'email', deliveryStatus: 'delivered' });
    t.clock.advanceDays(2);
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { ...contactPoint, email: slip } }).expect(200);
    return { provider, estate, contract, first, contactPoint, correctBack: () => t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint }).expect(200) };
  }

  it('sends nothing a third time when the e-mail made for a slip of the e-mail address was delivered there and the slip is corrected back', async () => {
    const { estate, contract, first, contactPoint, correctBack } = await emailSlip('Sliplicht', 'fout@sliplicht.example');
    await t.runDue();
    const [, copy] = await lettersOf(contract.id);
    expect(copy).toMatchObject({ deliveryStatus: 'delivered' });
    expect(sentTo('fout@sliplicht.example')).toBe(1);

    await correctBack();
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation delivered', 'cancellation delivered']);
    expect(sentTo(contactPoint.email)).toBe(1);
    const told = (await timelineOf(estate.id)).filter((line) => line.startsWith('Gas: het e-mailadres van Sliplicht') && line.includes('heeft weer het adres'));
    expect(told).toEqual([
      `Gas: het e-mailadres van Sliplicht is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(copy.letterDate)} werd op ${dutch(copy.deliveredAt.slice(0, 10))} per e-mail bezorgd op het oude e-mailadres; die gaat niet opnieuw: het adressenbestand heeft weer het adres waar de brief van ${dutch(first.letterDate)} op ${dutch(first.deliveredAt.slice(0, 10))} heen ging.`,
    ]);
  });

  it('sends nothing twice when the e-mail made for a slip was refused there and parked, and the slip is corrected back', async () => {
    sink.refused.add('fout@slipgas.example');
    const { estate, contract, first, contactPoint, correctBack } = await emailSlip('Slipgas', 'fout@slipgas.example');
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 144);
      await t.runDue();
    }
    const [, copy] = await lettersOf(contract.id);
    expect(copy).toMatchObject({ deliveryStatus: 'failed' });

    await correctBack();
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation delivered', 'cancellation failed']);
    expect(sentTo(contactPoint.email)).toBe(1);
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps.filter((s: { contractId: string }) => s.contractId === contract.id)).toEqual([]);
    const lines = await timelineOf(estate.id);
    expect(lines).toContain(
      `Gas: het e-mailadres van Slipgas is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(copy.letterDate)}, die nog niet verstuurd was, gaat niet weg: het adressenbestand heeft weer het adres waar de brief van ${dutch(first.letterDate)} op ${dutch(first.deliveredAt.slice(0, 10))} heen ging, dus er is geen nieuwe brief voor gemaakt.`,
    );
    expect(lines).toContain('Brief „Opzegging na overlijden” aan Slipgas gemaakt, maar niet per e-mail verstuurd: het e-mailadres van Slipgas is in het adressenbestand teruggezet naar het adres waar de eerdere brief al heen ging.');
  });
});
