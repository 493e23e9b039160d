import PDFDocument from 'pdfkit';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import request from 'supertest';
import { ADMIN, Session, startTestApp, TestApp } from '../support/test-app';
import { dutch, ownerReads, postBox as address } from './readdress-support';

/**
 * README, printrest: a corrected address is told truly for every letter that went to the old one — one answered since or gone more
 * than 14 days before is not sent again and the history says why; an e-mail delivered to the old e-mail address in the last 14 days
 * is made again for the new one, saying it is one request; and a download that finds nothing else to print says what was made again.
 */
describe('a corrected address: every letter that went to the old one is told, an e-mail too', () => {
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

  const { lettersOf, timelineOf, batchPdf, nextBatch, correctPost, posted } = ownerReads(() => t, () => anna);
  /** Today's rows about a directory correction on this estate (README, printaddr). */
  const readdressedToday = async (estateId: string) =>
    ((await anna.get(`${API}/queue`).expect(200)).body.readdressNotices as { noticeId: string; estateId: string; providerName: string; statusText: string; resolution: string }[]).filter((n) => n.estateId === estateId);

  it('says a document withdrawn, not a new address, when a download finds nothing else to print', async () => {
    const enexis = await createProvider(t.admin, {
      name: 'Enexis',
      category: 'energy',
      channel: 'post',
      requiredDocuments: ['death_certificate'],
      contactPoint: { name: 'Klantenservice', postalAddress: address('Postbus 2') },
    });
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.text('AKTE onleesbaar');
    doc.end();
    const akte = ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', await done, 'akte.pdf').expect(201)).body as { id: string }).id;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: enexis.id, description: 'Netbeheer', accountNumber: 'EN-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const batch = await nextBatch();
    expect(batch.letterCount).toBe(1);
    await batchPdf(batch.id);

    await anna.post(`${API}/documents/${akte}/withdraw`, { reason: 'Onleesbaar afschrift.' }).expect(200);
    // Downloaded again before the letter is made again: nothing is left to print.
    const refused = await anna.get(`${API}/print-batches/${batch.id}/pdf`).expect(409);
    expect(refused.body.detail).toBe('Er is nu niets te printen in deze printbatch: wat erin zat aan Enexis is opnieuw gemaakt zonder de ingetrokken overlijdensakte en gaat mee met de volgende printbatch.');
  });

  it('tells a letter posted to the old address and answered since: it is not sent again', async () => {
    const { provider, estate, contract, letter } = await posted('Eneco', 'Jan');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'EN-77' }).expect(200);
    t.clock.advanceDays(2);
    await correctPost(provider.id, 'Postbus 777');
    await t.runDue();

    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'cancellation')).toHaveLength(1);
    expect(await timelineOf(estate.id)).toContain(
      `Stroom: het adres van Eneco is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(letter.letterDate)} ging op ${dutch(letter.deliveredAt.slice(0, 10))} op de post naar het oude adres; daarna is op dit contract een antwoord of volgende stap vastgelegd, dus hij gaat niet opnieuw.`,
    );
  });

  it('tells a letter posted to the old address more than 14 days ago, still unanswered: not sent again, and why', async () => {
    const { provider, estate, contract, letter } = await posted('Vattenfall', 'Piet');
    // Only the clock moves: the provider's term has not run out yet (its reminder would be the letter to tell).
    t.clock.advanceDays(15);
    await correctPost(provider.id, 'Postbus 888');
    await t.runDue();

    const cancellations = (await lettersOf(contract.id)).filter((l) => l.kind === 'cancellation');
    expect(cancellations).toHaveLength(1);
    expect(await timelineOf(estate.id)).toContain(
      `Stroom: het adres van Vattenfall is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(letter.letterDate)} ging op ${dutch(letter.deliveredAt.slice(0, 10))} op de post naar het oude adres. Hij gaat niet vanzelf opnieuw: hij ging meer dan 14 dagen voor de correctie weg en Vattenfall kreeg sindsdien de tijd om te antwoorden; wat Steward hierna over dit verzoek stuurt, gaat naar het nieuwe adres. Twijfelt u of Vattenfall hem kreeg, neem dan contact op met Vattenfall.`,
    );
  });

  it('tells nothing more of a letter posted to the address a slip is corrected back to (README, printaddr)', async () => {
    const { provider, estate, contract, letter } = await posted('Essent', 'Truus');
    t.clock.advanceDays(15);
    const older = () =>
      `Stroom: het adres van Essent is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(letter.letterDate)} ging op ${dutch(letter.deliveredAt.slice(0, 10))} op de post naar het oude adres. Hij gaat niet vanzelf opnieuw: hij ging meer dan 14 dagen voor de correctie weg en Essent kreeg sindsdien de tijd om te antwoorden; wat Steward hierna over dit verzoek stuurt, gaat naar het nieuwe adres. Twijfelt u of Essent hem kreeg, neem dan contact op met Essent.`;
    // A slip: the letter went to Postbus 90100, which the directory now says is wrong.
    await correctPost(provider.id, 'Postbus 999');
    expect((await timelineOf(estate.id)).filter((line) => line === older())).toHaveLength(1);
    expect((await readdressedToday(estate.id)).map((n) => n.statusText)).toEqual([
      'Het adres van Essent is gecorrigeerd in het adressenbestand. Eén brief die naar het oude adres ging, gaat niet opnieuw: „Opzegging na overlijden” (Stroom). De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    ]);
    // Corrected back: the letter went to the address the directory has again; nothing went astray.
    await correctPost(provider.id, 'Postbus 90100');
    await t.runDue();
    expect((await timelineOf(estate.id)).filter((line) => line === older())).toHaveLength(1);
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'cancellation')).toHaveLength(1);
    // Nothing went astray: no second row on Today.
    expect(await readdressedToday(estate.id)).toHaveLength(1);
  });

  it('sets apart the letter made again for a slip when the slip is corrected back before it went: no third copy (README, slipback)', async () => {
    const { provider, estate, contract, letter } = await posted('Delta Energie', 'Fenna');
    t.clock.advanceDays(2);
    // A slip: the letter posted to Postbus 90100 is made again for Postbus 999 and waits for the post.
    await correctPost(provider.id, 'Postbus 999');
    await t.runDue();
    const remade = (await lettersOf(contract.id)).find((l) => l.id !== letter.id)!;
    expect(remade).toMatchObject({ kind: 'cancellation', deliveryStatus: 'queued_for_print' });
    // Corrected back before it went: the provider has the first letter at Postbus 90100; the one made for the slip stays home.
    await correctPost(provider.id, 'Postbus 90100');
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'cancellation failed']);
    const lines = await timelineOf(estate.id);
    expect(lines).toContain(
      `Stroom: het adres van Delta Energie is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(remade.letterDate)}, die nog op de post wachtte, gaat niet weg: het adressenbestand heeft weer het adres waar de brief van ${dutch(letter.letterDate)} op ${dutch(letter.deliveredAt.slice(0, 10))} heen ging, dus er is geen nieuwe brief voor gemaakt.`,
    );
    expect(lines).toContain('Brief „Opzegging na overlijden” aan Delta Energie klaargezet voor de post, maar niet geprint: het adres van Delta Energie is in het adressenbestand teruggezet naar het adres waar de eerdere brief al heen ging.');
    // Nothing goes to Delta Energie with the next batch.
    const batches = (await anna.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    await t.runDue();
    await t.runDue(1);
    const after = (await anna.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    for (const batch of after.filter((b) => !batches.some((x) => x.id === b.id))) expect(await batchPdf(batch.id)).not.toContain('Delta Energie');
  });

  it('tells a letter gone to an old address once, not again at each later correction (README, slipback)', async () => {
    const { provider, estate, letter } = await posted('Oxxio', 'Joop');
    t.clock.advanceDays(15);
    const told = () =>
      `Stroom: het adres van Oxxio is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(letter.letterDate)} ging op ${dutch(letter.deliveredAt.slice(0, 10))} op de post naar het oude adres. Hij gaat niet vanzelf opnieuw: hij ging meer dan 14 dagen voor de correctie weg en Oxxio kreeg sindsdien de tijd om te antwoorden; wat Steward hierna over dit verzoek stuurt, gaat naar het nieuwe adres. Twijfelt u of Oxxio hem kreeg, neem dan contact op met Oxxio.`;
    await correctPost(provider.id, 'Postbus 501');
    expect((await timelineOf(estate.id)).filter((line) => line === told())).toHaveLength(1);
    // A second correction: the letter went to Postbus 90100 only, and that was told; nothing new about it.
    await correctPost(provider.id, 'Postbus 502');
    await t.runDue();
    expect((await timelineOf(estate.id)).filter((line) => line.startsWith('Stroom: het adres van Oxxio'))).toEqual([told()]);
    expect(await readdressedToday(estate.id)).toHaveLength(1);
  });

  it('tells the request and its reminder, both posted to the old address: the reminder goes again, the request is named (README, printaddr)', async () => {
    const { provider, estate, contract, letter } = await posted('Budget Energie', 'Kees');
    // Budget Energie does not answer: past its term the reminder is written, goes with a batch and is posted to the same address.
    for (let day = 0; day < 25 && (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state !== 'reminded'; day++) await t.runDue(1);
    const batch = await nextBatch();
    expect(await batchPdf(batch.id)).toContain('Herinnering');
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: batch.sha256 }).expect(200);
    const reminder = (await lettersOf(contract.id)).find((l) => l.kind === 'reminder')!;
    expect(reminder.deliveryStatus).toBe('posted');

    t.clock.advanceDays(2);
    await correctPost(provider.id, 'Postbus 4444');
    await t.runDue();

    const lines = await timelineOf(estate.id);
    expect(lines).toContain(
      `Stroom: het adres van Budget Energie is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(letter.letterDate)} ging op ${dutch(letter.deliveredAt.slice(0, 10))} op de post naar het oude adres. Hij gaat niet opnieuw: op dit verzoek volgde de brief „Herinnering” van ${dutch(reminder.letterDate)}. Twijfelt u of Budget Energie hem kreeg, neem dan contact op met Budget Energie.`,
    );
    expect(lines.filter((line) => line.startsWith('Stroom: het adres van Budget Energie') && line.includes('„Herinnering” van') && line.includes('is opnieuw gemaakt voor het gecorrigeerde adres'))).toHaveLength(1);
    const letters = await lettersOf(contract.id);
    expect(letters.filter((l) => l.kind === 'cancellation')).toHaveLength(1);
    expect(letters.filter((l) => l.kind === 'reminder')).toHaveLength(2);
    const again = await nextBatch();
    expect(await batchPdf(again.id)).toContain('Postbus 4444');

    // Today: one row for the estate, saying what was done, until she marks it seen; it is hers alone.
    const [row] = await readdressedToday(estate.id);
    expect(row).toMatchObject({
      providerName: 'Budget Energie',
      resolution: 'mark_readdress_seen',
      statusText:
        'Het adres van Budget Energie is gecorrigeerd in het adressenbestand. Eén brief die naar het oude adres ging, is opnieuw gemaakt voor het gecorrigeerde adres: „Herinnering” (Stroom); één andere gaat niet opnieuw: „Opzegging na overlijden” (Stroom). De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    });
    // The administrator reads everyone's Today, in English, on the page too; the button there marks it seen.
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: ADMIN.email, password: ADMIN.password, next: '/app' }).expect(303);
    const page = (await web.get('/app').expect(200)).text;
    expect(page).toContain('Address corrected after letters went');
    expect(page).toContain(
      'The address of Budget Energie was corrected in the directory. One letter that went to the old address was made again for the corrected address: &quot;Reminder&quot; (Stroom); one other does not go again: &quot;Cancellation following a death&quot; (Stroom). The history says for each letter what happened and why.',
    );
    expect(page).toContain(`/app/readdress-notices/${row.noticeId}/seen`);
    const bram = await t.specialist('Bram Smit');
    await bram.post(`${API}/readdress-notices/${row.noticeId}/seen`).expect(404);
    await anna.post(`${API}/readdress-notices/${row.noticeId}/seen`).expect(204);
    expect(await readdressedToday(estate.id)).toEqual([]);
    const twice = await anna.post(`${API}/readdress-notices/${row.noticeId}/seen`).expect(409);
    expect(twice.body.detail).toBe('Deze melding over een gecorrigeerd adres is al als gezien gemarkeerd. Er is niets gewijzigd.');
  });

  it('makes an e-mail delivered to the old e-mail address in the last 14 days again for the new one, saying it is one request', async () => {
    const contactPoint = { name: 'Nabestaanden', email: 'oud@greenchoice.example' };
    const provider = await createProvider(t.admin, { name: 'Greenchoice', category: 'energy', channel: 'email', requiredDocuments: [], contactPoint });
    const estate = await createEstate(anna, { givenNames: 'Mila' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'GC-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [first] = await lettersOf(contract.id);
    expect(first).toMatchObject({ channel: 'email', deliveryStatus: 'delivered' });
    t.clock.advanceDays(3);

    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { ...contactPoint, email: 'nabestaanden@greenchoice.example' } }).expect(200);
    await t.runDue();

    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => `${l.kind} ${l.channel} ${l.deliveryStatus}`)).toEqual(['cancellation email delivered', 'cancellation email delivered']);
    const again = await letterText(anna, letters[1].id);
    expect(again).toContain('Verzonden via nabestaanden@greenchoice.example');
    expect(again).toContain(`Een brief met hetzelfde verzoek, gedateerd ${dutch(first.letterDate)}, stuurde ik u naar uw vorige adres; mogelijk ontvangt u die ook. Het gaat om één verzoek: voor uw antwoord geldt de termijn in deze brief.`);
    expect(sink.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text)).toContain('nabestaanden@greenchoice.example');
    expect(await timelineOf(estate.id)).toContain(
      `Gas: het e-mailadres van Greenchoice is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van ${dutch(first.letterDate)} werd op ${dutch(first.deliveredAt.slice(0, 10))} per e-mail bezorgd op het oude e-mailadres; die brief is opnieuw gemaakt voor het gecorrigeerde adres en gaat per e-mail.`,
    );
  });
});
