import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { dutch, ownerReads, postBox as address } from './readdress-support';

/**
 * README, printwords (audit76 PA-1, PA-2): after the directory corrects an insurer's postal address, the owner's history says truly
 * what happened to each letter (downloaded, not posted; waiting; posted to the old address) and names it by its title, and a letter
 * made again after one was posted to the old address tells the provider it is the same request.
 */
describe('a corrected address: the history says what happened, the letter sent again says it is one request', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
  });

  const { lettersOf, timelineOf, batches, batchPdf, nextBatch, correctPostBox } = ownerReads(() => t, () => anna);
  const correct = (providerId: string, street: string) => correctPostBox(providerId, 'Afdeling Schade', street);

  /** An insurer's property policy by post: its request is a "Melding van overlijden" that keeps the cover; its batch downloaded. */
  async function downloaded(name: string, givenNames: string) {
    const insurer = await createProvider(t.admin, { name, category: 'insurance', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Afdeling Schade', postalAddress: address('Postbus 90100') } });
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Woonhuisverzekering', accountNumber: 'WH-123456', action: 'cancel', insuranceKind: 'property' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const batch = await nextBatch();
    expect(batch.letterCount).toBe(1);
    expect(await batchPdf(batch.id)).toContain('Melding van overlijden');
    return { insurer, estate, contract, batch };
  }

  it('says a downloaded letter was not posted because the directory corrected the address, and names it by its title', async () => {
    const { insurer, estate, contract, batch } = await downloaded('Interpolis', 'Jan');
    const [first] = await lettersOf(contract.id);
    await correct(insurer.id, 'Postbus 777');
    await t.runDue();

    const history = await timelineOf(estate.id);
    expect(history).toContain('Brief „Melding van overlijden” aan Interpolis zat in een printbatch die u downloadde, maar ging niet op de post: daarna is het adres van Interpolis gecorrigeerd in het adressenbestand. Er is een nieuwe brief voor gemaakt met het nieuwe adres; de geprinte versie gaat niet weg.');
    expect(history).toContain(`Woonhuisverzekering: het adres van Interpolis is gecorrigeerd in het adressenbestand. De brief „Melding van overlijden” van ${dutch(first.letterDate)} die al in een gedownloade printbatch zat maar nog niet op de post was gedaan, is opnieuw gemaakt met het nieuwe adres; de eerdere versie gaat niet weg.`);
    expect(history.join('\n')).not.toMatch(/niet geprint|zie de correctie|De opzegging/);
    // It never went to the old address: the letter made again says nothing of an earlier one.
    const letters = await lettersOf(contract.id);
    expect(await letterText(anna, letters[1].id)).not.toContain('vorige adres');
    // Downloaded again and posted: nothing of this estate waits in a batch for the next case.
    expect(await batchPdf(batch.id)).toContain('Postbus 777');
    const [again] = (await batches()).filter((b) => b.id === batch.id);
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: again.sha256 }).expect(200);
  });

  it('tells the provider a letter made again after one was posted to the old address is the same request, and a second correction names both', async () => {
    const { insurer, estate, contract, batch } = await downloaded('Achmea', 'Piet');
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: batch.sha256 }).expect(200);
    const [posted] = await lettersOf(contract.id);
    t.clock.advanceDays(2);
    await correct(insurer.id, 'Postbus 888');
    await t.runDue();

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'cancellation queued_for_print']);
    const again = await letterText(anna, letters[1].id);
    expect(again).toContain('Postbus 888');
    // A new letter with its own date and term: the earlier one is named as another letter, and this one's term counts (readdresswords).
    expect(again).toContain(`Een brief met hetzelfde verzoek, gedateerd ${dutch(posted.letterDate)}, stuurde ik u naar uw vorige adres; mogelijk ontvangt u die ook. Het gaat om één verzoek: voor uw antwoord geldt de termijn in deze brief.`);
    expect(again).not.toContain('Deze brief, gedateerd');
    expect((await timelineOf(estate.id)).join('\n')).toContain(
      `Woonhuisverzekering: het adres van Achmea is gecorrigeerd in het adressenbestand. De brief „Melding van overlijden” van ${dutch(posted.letterDate)} ging op ${dutch(posted.deliveredAt.slice(0, 10))} op de post naar het oude adres; die brief is opnieuw gemaakt voor het gecorrigeerde adres en gaat mee met de volgende printbatch.`,
    );

    // Posted in turn, then the address corrected again: the third copy names both earlier ones.
    await t.runDue(1);
    const [next] = await batches();
    expect(next.letterCount).toBe(1);
    expect(await batchPdf(next.id)).toContain('Postbus 888');
    await anna.post(`${API}/print-batches/${next.id}/posted`, { sha256: next.sha256 }).expect(200);
    await correct(insurer.id, 'Postbus 999');
    await t.runDue();
    const third = (await lettersOf(contract.id))[2];
    expect(third.deliveryStatus).toBe('queued_for_print');
    expect(await letterText(anna, third.id)).toContain(`Brieven met hetzelfde verzoek, gedateerd ${dutch(posted.letterDate)} en ${dutch(letters[1].letterDate)}, stuurde ik u elk naar een adres dat daarna is gecorrigeerd; mogelijk ontvangt u die ook. Het gaat om één verzoek: voor uw antwoord geldt de termijn in deze brief.`);
  });
});
