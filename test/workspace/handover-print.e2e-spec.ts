import request from 'supertest';
import { flat, pdfText } from '../../letters/test-support';
import { longDate } from '../../workflows/wording';
import { API, binary, createEstate, createProvider, deskOf, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { OutboxService } from '../../src/runtime/outbox.service';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * audit98 F1: letters in a print batch nobody downloaded yet follow their estate to its new case owner. Before, the one who handed
 * the estate over kept them in her batch — she read and printed letters of an estate she no longer reaches (404 for each letter
 * itself), and the new owner never found them to post.
 */
const ANNA = { email: 'anna@audit98.example', password: 'anna-password-1' };
const BERT = { email: 'bert@handover4.example', password: 'bert-password-1' };

describe('a handover takes the estate’s letters not printed yet along', () => {
  let t: TestApp;
  let anna: Specialist;
  let bert: Specialist;
  let post: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ mailSink: true, owner: { ...ANNA, language: 'nl' } }));
    bert = await t.specialist('Bert Jansen', undefined, BERT);
    post = await createProvider(t.admin, { name: 'Postbedrijf', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } } });
  });
  afterAll(() => t?.close());

  const requested = async (surname: string, accountNumber: string) => {
    const estate = await createEstate(anna, { surname });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Abonnement', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return estate;
  };
  const lettersOf = async (batchId: string, who = anna) => ((await who.get(`${API}/print-batches/${batchId}`).expect(200)).body.letters as { estateReference: string }[]).map((l) => l.estateReference);
  const batchText = async (batchId: string, who: Specialist) => flat(await pdfText((await who.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer));

  it('her batch no longer holds the handed-over estate’s letter; his next batch does, and she gets 404 for a batch holding only it', async () => {
    const kept = await requested('Wróbel', 'P-KEEP');
    const given = await requested('Kowalska', 'P-GIVE');
    await t.runDue(1).expect(200);
    const [both] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect((await lettersOf(both)).sort()).toEqual([kept.reference, given.reference].sort());

    await anna.post(`${API}/estates/${given.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);

    // Anna's batch is merged again from her own estate's letter only: the list and the paper she prints.
    expect(await lettersOf(both)).toEqual([kept.reference]);
    const hers = await batchText(both, anna);
    expect(hers).toContain('P-KEEP');
    expect(hers).not.toContain('P-GIVE');
    // Bert prints it now, in a batch of his own: made again naming him (handover2), as the worker makes it.
    await t.runDue(0).expect(200);
    const [his] = (await bert.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect(await lettersOf(his, bert)).toContain(given.reference);
    expect(await batchText(his, bert)).toContain('P-GIVE');
    await anna.get(`${API}/print-batches/${his}`).expect(404);
  });

  it('a batch of only the handed-over estate’s letters is gone for her (404, API and page), and his undo brings it back to her next batch', async () => {
    const given = await requested('Nowak', 'P-ONLY');
    await t.runDue(1).expect(200);
    const [batch] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect(await lettersOf(batch)).toEqual([given.reference]);
    const { handover } = (await anna.post(`${API}/estates/${given.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201)).body as { handover: { id: string } };

    await anna.get(`${API}/print-batches/${batch}`).expect(404);
    await anna.get(`${API}/print-batches/${batch}/pdf`).expect(404);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    await web.get(`/app/print/${batch}/pdf`).expect(404);
    await t.runDue(0).expect(200);
    const [his] = (await bert.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect(await lettersOf(his, bert)).toContain(given.reference);

    // Undone the same day: the letter is Anna's to print again, out of his batch he did not download.
    await anna.post(`${API}/estates/${given.id}/handovers/${handover.id}/undo`).expect(200);
    await t.runDue(0).expect(200);
    const mine = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const holding = [];
    for (const id of mine) if ((await lettersOf(id)).includes(given.reference)) holding.push(id);
    expect(holding).toHaveLength(1);
    expect(await batchText(holding[0], anna)).toContain('P-ONLY');
  });

  /**
   * handover2 (audit98 F5): a request made before the handover and still waiting for the post named Anna as the provider's contact.
   * Before, Bert printed and posted it as it was (and a contact-person letter beside it); now it is made again, signed by him.
   */
  it('a request still waiting for the post at the handover is made again naming the new owner: his batch prints him as the contact, not her', async () => {
    const given = await requested('Zieliński', 'P-NAME');
    await t.runDue(0).expect(200);
    const before = (await anna.get(`${API}/estates/${given.id}/letters`).expect(200)).body.items as { id: string; deliveryStatus: string }[];
    expect(before.map((l) => l.deliveryStatus)).toEqual(['queued_for_print']);

    await anna.post(`${API}/estates/${given.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(1).expect(200);

    const [his] = (await bert.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect((await lettersOf(his, bert)).filter((r) => r === given.reference)).toHaveLength(1);
    const paper = await batchText(his, bert);
    expect(paper).toContain('P-NAME');
    expect(paper).toContain('Bert Jansen');
    expect(paper).not.toContain('Anna de Boer');
    // The letter made before stays on the list, not sent, replaced by the new one; the history says why, in his language (Dutch).
    const after = (await bert.get(`${API}/estates/${given.id}/letters`).expect(200)).body.items as { id: string; deliveryStatus: string }[];
    expect(after.find((l) => l.id === before[0].id)?.deliveryStatus).toBe('failed');
    const timeline = (await bert.get(`${API}/estates/${given.id}/timeline`).expect(200)).body.items as { event: string; summary: string }[];
    expect(timeline.find((e) => e.event === 'estate.handed_over')?.summary).toContain('de brief aan Postbedrijf (opzegging) die nog niet verstuurd was, wordt opnieuw gemaakt met de nieuwe contactpersoon');
  });

  /**
   * handover3 (handover2's Not done): an objection and a correction still waiting for the post at the handover named Anna as the
   * provider's contact, and a contact-person letter went beside each. Now each is made again, signed by Bert; the history names each kind.
   */
  it('an objection and a correction still waiting for the post are made again naming the new owner, and the history names each kind', async () => {
    const answered = async (surname: string, accountNumber: string) => {
      const estate = await createEstate(anna, { surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Stroom', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `R-${accountNumber}`, effectiveDate: '2026-11-30' }).expect(200);
      return { estate, contract };
    };
    const objected = await answered('Lewandowska', 'P-OBJ');
    const corrected = await answered('Kamińska', 'P-COR');
    await t.runDue(0).expect(200);
    await postEverything(anna);
    await anna.post(`${API}/contracts/${objected.contract.id}/invoice-after-end`, { reference: 'F-OBJ', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await anna.patch(`${API}/contracts/${corrected.contract.id}`, { accountNumber: 'P-COR-2' }).expect(200);
    await t.runDue(0).expect(200);
    type Listed = { id: string; kind: string; deliveryStatus: string };
    const lettersOf = async (contractId: string, who = anna) => (await who.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
    const objection = (await lettersOf(objected.contract.id)).find((l) => l.kind === 'dispute')!;
    const correction = (await lettersOf(corrected.contract.id)).find((l) => l.kind === 'correction')!;
    expect([objection.deliveryStatus, correction.deliveryStatus]).toEqual(['queued_for_print', 'queued_for_print']);
    expect(await letterText(anna, correction.id)).toContain('Met vriendelijke groet, Anna de Boer');

    for (const { estate } of [objected, corrected]) await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(0).expect(200);

    for (const [{ contract, estate }, kind, was, history] of [
      [objected, 'dispute', objection, 'de brief aan Postbedrijf (bezwaar tegen factuur) die nog niet verstuurd was, wordt opnieuw gemaakt met de nieuwe contactpersoon'],
      [corrected, 'correction', correction, 'de brief aan Postbedrijf (correctie) die nog niet verstuurd was, wordt opnieuw gemaakt met de nieuwe contactpersoon'],
    ] as const) {
      const letters = await lettersOf(contract.id, bert);
      // The one made before stays on the list, not sent; its remake waits for his batch, signed by him; no contact-person letter beside it.
      expect(letters.find((l) => l.id === was.id)?.deliveryStatus).toBe('failed');
      const remade = letters.filter((l) => l.kind === kind && l.deliveryStatus === 'queued_for_print');
      expect(remade).toHaveLength(1);
      // Signed by him (the objection still says, truly, that the provider told his colleague Anna of the end date).
      const paper = await letterText(bert, remade[0].id);
      expect(paper).toContain('Met vriendelijke groet, Bert Jansen');
      expect(paper).not.toContain('Met vriendelijke groet, Anna de Boer');
      // The objection, made again, names him: no contact-person letter beside it. A correction waiting is no letter the provider read
      // yet (`LetterInputBuilder.sentTo`): the contact-person letter still goes beside it, naming him as the correction does.
      if (kind === 'dispute') expect(letters.map((l) => l.kind)).not.toContain('contact_change');
      const timeline = (await bert.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { event: string; summary: string }[];
      expect(timeline.find((e) => e.event === 'estate.handed_over')?.summary).toContain(history);
    }
    // What the objection said stands as recorded: the bill's number and the account.
    const remadeObjection = (await lettersOf(objected.contract.id, bert)).find((l) => l.kind === 'dispute' && l.deliveryStatus === 'queued_for_print')!;
    expect(await letterText(bert, remadeObjection.id)).toContain('F-OBJ');
    const remadeCorrection = (await lettersOf(corrected.contract.id, bert)).find((l) => l.kind === 'correction' && l.deliveryStatus === 'queued_for_print')!;
    expect(await letterText(bert, remadeCorrection.id)).toContain('P-COR-2');
  });

  /** handover3 (audit98 F3): a batch Anna downloaded and did not mark posted stays hers; Bert's Today says so until she marks it posted. */
  it('letters in the batch she downloaded and did not mark posted are on his Today, naming her and the batch, until she marks it posted', async () => {
    const given = await requested('Dąbrowska', 'P-HELD');
    await t.runDue(0).expect(200);
    const batches = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const held = [];
    for (const id of batches) if ((await lettersOf(id)).includes(given.reference)) held.push(id);
    expect(held).toHaveLength(1);
    await anna.get(`${API}/print-batches/${held[0]}/pdf`).buffer(true).parse(binary).expect(200);
    const { date, sha256 } = (await anna.get(`${API}/print-batches/${held[0]}`).expect(200)).body as { date: string; sha256: string };
    await anna.post(`${API}/estates/${given.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);

    type Held = { estateId: string; estateReference: string; holderName: string; date: string; letterCount: number; statusText: string };
    const hisToday = async () => ((await bert.get(`${API}/queue`).expect(200)).body.lettersInOthersBatches as Held[]).filter((h) => h.estateId === given.id);
    const [row] = await hisToday();
    expect(row).toMatchObject({ estateReference: given.reference, holderName: 'Anna de Boer', date, letterCount: 1 });
    expect(row.statusText).toBe(`1 brief van deze nalatenschap zit in de printbatch van Anna de Boer van ${longDate(date, 'nl')}, gedownload maar nog niet als verstuurd gemarkeerd; vraag Anna de Boer of hij gepost is.`);
    // Anna's own Today does not say it: the estate is no longer hers.
    expect(((await anna.get(`${API}/queue`).expect(200)).body.lettersInOthersBatches as Held[]).map((h) => h.estateId)).not.toContain(given.id);

    await anna.post(`${API}/print-batches/${held[0]}/posted`, { sha256 }).expect(200);
    expect(await hisToday()).toEqual([]);
  });
  /**
   * handover4 (audit98 F3, handover3's Not done): Anna says the envelopes went; Bert marks his estate's letters of her batch posted
   * himself. Only his estate's: the rest of her batch stays hers to mark, and her marking later does not count his twice.
   */
  it('the new owner marks his estate’s letters in her downloaded batch posted; her own letters in it stay hers to mark, and the history names her batch and him', async () => {
    const kept = await requested('Mazur', 'P-HERS');
    const given = await requested('Krawczyk', 'P-HIS');
    await t.runDue(0).expect(200);
    const batches = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    let held = '';
    for (const id of batches) if ((await lettersOf(id)).includes(given.reference)) held = id;
    expect((await lettersOf(held)).sort()).toEqual([kept.reference, given.reference].sort());
    await anna.get(`${API}/print-batches/${held}/pdf`).buffer(true).parse(binary).expect(200);
    const { sha256 } = (await anna.get(`${API}/print-batches/${held}`).expect(200)).body as { sha256: string };
    await anna.post(`${API}/estates/${given.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);

    type Letter = { id: string; deliveryStatus: string };
    const statusOf = async (estateId: string, who: Specialist) => ((await who.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as Letter[]).map((l) => l.deliveryStatus);
    const marking = (who: Specialist, estateId: string, body: object) => who.post(`${API}/estates/${estateId}/print-batches/${held}/posted`, body);
    // Anna no longer reaches the estate, and her own estate's letter is hers to mark on her batch: 404 both, as for a batch that does not exist.
    await marking(anna, given.id, { letterCount: 1 }).expect(404);
    await marking(bert, kept.id, { letterCount: 1 }).expect(404);
    // What Today listed, named wrongly: refused naming the field, nothing marked.
    const wrong = await marking(bert, given.id, { letterCount: 2 }).expect(409);
    expect(wrong.body.errors[0].field).toBe('letterCount');
    expect((await marking(bert, given.id, {}).expect(400)).body.errors[0].field).toBe('letterCount');
    expect(await statusOf(given.id, bert)).toEqual(['printed']);

    // Today offers it on the row; marked, the row is gone, his letter counts as sent, her own letter in the batch still waits for her.
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...BERT, next: '/app' }).expect(303);
    expect((await web.get('/app').expect(200)).text).toContain(`/app/estates/${given.id}/print-batches/${held}/posted`);
    const done = (await marking(bert, given.id, { letterCount: 1 }).set('Idempotency-Key', 'handover4-his').expect(200)).body as { holderName: string; letters: { deliveryStatus?: string; recipient: string }[] };
    expect(done).toMatchObject({ holderName: 'Anna de Boer', letters: [{ recipient: 'Postbedrijf' }] });
    expect(await statusOf(given.id, bert)).toEqual(['posted']);
    expect(await statusOf(kept.id, anna)).toEqual(['printed']);
    expect(((await bert.get(`${API}/queue`).expect(200)).body.lettersInOthersBatches as { estateId: string }[]).map((r) => r.estateId)).not.toContain(given.id);
    type Entry = { event: string; summary: string; actor: { name: string } };
    const postedEntries = async () => ((await bert.get(`${API}/estates/${given.id}/timeline`).expect(200)).body.items as Entry[]).filter((e) => e.event === 'letter.posted');
    const [entry] = await postedEntries();
    expect(entry.summary).toMatch(/^Brief „.+” aan Postbedrijf op de post gedaan \(uit de printbatch van Anna de Boer\)\.$/);
    expect(entry.actor.name).toBe('Bert Jansen');
    // Again, as it stands: nothing marked twice.
    await marking(bert, given.id, { letterCount: 1 }).expect(200);

    // Anna posts the rest of her batch as she printed it: her letter now, his not a second time.
    await anna.post(`${API}/print-batches/${held}/posted`, { sha256 }).expect(200);
    expect(await statusOf(kept.id, anna)).toEqual(['posted']);
    expect(await postedEntries()).toHaveLength(1);
  });
  /**
   * handover4 (handover3's Not done): a refund reminder to the provider and the collection stop to the agency, still waiting for the
   * post at the handover, named Anna. Each is made again signed by Bert, still saying truly what Anna did (her letter, the provider's
   * word to her). Last of the spec: its clock runs forty days on.
   */
  it('a refund reminder and a collection stop to the agency still waiting are made again signed by the new owner; the history names the agency', async () => {
    // One contract to a provider per estate: two estates, both handed over.
    const contractOf = async (surname: string, accountNumber: string, finalInvoiceAmount?: number) => {
      const estate = await createEstate(anna, { surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Stroom', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `R-${accountNumber}`, effectiveDate: '2026-11-30', ...(finalInvoiceAmount !== undefined && { finalInvoiceAmount }) }).expect(200);
      return { ...contract, estate };
    };
    const refund = await contractOf('Wójcik', 'P-REF', -40);
    const collected = await contractOf('Kozłowska', 'P-COL');
    await t.runDue(0).expect(200);
    await postEverything(anna);
    await anna.post(`${API}/contracts/${collected.id}/invoice-after-end`, { reference: 'F-COL', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue(0).expect(200);
    await postEverything(anna);
    // Steward's thirty days for the refund passed: Anna asks for it; an agency writes for the disputed bill.
    await t.runDue(40).expect(200);
    await anna.post(`${API}/contracts/${refund.id}/refund-reminder`).expect(200);
    const agencyAddress = { street: 'Postbus 77', postalCode: '3500 AB', city: 'Utrecht' };
    await anna.post(`${API}/contracts/${collected.id}/collection-notice`, { agency: 'Incasso Zuid', agencyAddress, reference: 'IZ-7', amount: 30 }).expect(200);
    await t.runDue(0).expect(200);
    type Listed = { id: string; kind: string; recipient: string; deliveryStatus: string };
    const lettersOf = async (contractId: string, who = anna) => (await who.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
    const waiting = (letters: Listed[], kind: string, recipient: string) => letters.filter((l) => l.kind === kind && l.recipient === recipient && l.deliveryStatus === 'queued_for_print');
    const [reminder] = waiting(await lettersOf(refund.id), 'refund_reminder', 'Postbedrijf');
    const [toAgency] = waiting(await lettersOf(collected.id), 'collection_stop', 'Incasso Zuid');
    expect([reminder, toAgency].every(Boolean)).toBe(true);

    for (const { estate } of [refund, collected]) await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(0).expect(200);

    for (const [contract, was, recipient] of [
      [refund, reminder, 'Postbedrijf'],
      [collected, toAgency, 'Incasso Zuid'],
    ] as const) {
      const letters = await lettersOf(contract.id, bert);
      expect(letters.find((l) => l.id === was.id)?.deliveryStatus).toBe('failed');
      const [remade] = waiting(letters, was.kind, recipient);
      const paper = await letterText(bert, remade.id);
      expect(paper).toContain('Met vriendelijke groet, Bert Jansen');
      expect(paper).not.toContain('Met vriendelijke groet, Anna de Boer');
      if (was.kind === 'refund_reminder') {
        // The provider told Anna by phone: said of her, as it happened; the amount asked stands.
        expect(paper).toMatch(/U heeft mijn collega Anna de Boer op .+ telefonisch laten weten dat u/);
        expect(paper).toMatch(/€.40,00/);
      } else {
        expect(paper).toContain('IZ-7');
        expect(paper).toContain('F-COL');
      }
    }
    const handedOver = async (estateId: string) => ((await bert.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items as { event: string; summary: string }[]).find((e) => e.event === 'estate.handed_over')?.summary;
    expect(await handedOver(collected.estate.id)).toContain('de brieven aan Postbedrijf (verzoek incassostop), Incasso Zuid (verzoek incassostop) die nog niet verstuurd waren');
    expect(await handedOver(refund.estate.id)).toContain('de brief aan Postbedrijf (herinnering terugbetaling)');
  });

  /** olddebts (handover4's Not done): an objection's withdrawal to the agency was kept signed by her („Daarin noemde ik mijn bezwaar”). */
  it('a withdrawal of our objection to the agency still waiting is made again signed by the new owner, naming the stop as her letter and the objection as ours', async () => {
    const estate = await createEstate(anna, { surname: 'Zieliński' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Stroom', accountNumber: 'P-WD', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R-WD', effectiveDate: '2026-11-30' }).expect(200);
    await t.runDue(0).expect(200);
    await postEverything(anna);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-WD', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso West', agencyAddress: { street: 'Postbus 9', postalCode: '2500 AB', city: 'Den Haag' }, reference: 'IW-3', amount: 30 }).expect(200);
    await t.runDue(0).expect(200);
    // Her stop went to the agency; then the estate pays the bill after all, and our objection's withdrawal waits for the post.
    await postEverything(anna);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-WD', outcome: 'payFromEstate' }).expect(200);
    await t.runDue(0).expect(200);
    type Listed = { id: string; kind: string; recipient: string; deliveryStatus: string };
    const lettersOfContract = async (who: Specialist) => (await who.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    const withdrawalToAgency = (letters: Listed[]) => letters.filter((l) => l.kind === 'dispute_withdrawal' && l.recipient === 'Incasso West' && l.deliveryStatus === 'queued_for_print');
    const [hers] = withdrawalToAgency(await lettersOfContract(anna));
    expect(await letterText(anna, hers.id)).toContain('Daarin noemde ik mijn bezwaar tegen de factuur van Postbedrijf met nummer F-WD.');

    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(0).expect(200);
    const letters = await lettersOfContract(bert);
    // On main her letter stayed queued for the post, signed by her.
    expect(letters.find((l) => l.id === hers.id)?.deliveryStatus).toBe('failed');
    const [his] = withdrawalToAgency(letters);
    const paper = await letterText(bert, his.id);
    expect(paper).toContain('Met vriendelijke groet, Bert Jansen');
    expect(paper).not.toContain('Anna de Boer Met vriendelijke groet');
    expect(paper).toContain('Betreft: Intrekking van ons bezwaar tegen een factuur');
    expect(paper).toMatch(/Op .+ heeft mijn collega Anna de Boer u geschreven naar aanleiding van uw incassobrief met kenmerk IW-3/);
    expect(paper).toContain('Daarin noemde mijn collega ons bezwaar tegen de factuur van Postbedrijf met nummer F-WD.');
    expect(paper).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap.');
    expect(paper).toContain('Voor het overige blijft de brief van mijn collega ongewijzigd.');
    expect(paper).not.toContain('Daarin noemde ik mijn bezwaar');
    const handedOver = ((await bert.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { event: string; summary: string }[]).find((e) => e.event === 'estate.handed_over')?.summary;
    expect(handedOver).toContain('Incasso West (');
  });
  /**
   * olddebts2 (olddebts' Not done): a repayment request, its withdrawal and a deletion request were kept signed by her („U heeft mij …
   * laten weten”, „Ik heb dit document ingetrokken”); made after the handover, they are his and say what she did as his colleague's act.
   */
  it('a repayment request, its withdrawal and a deletion request still waiting are made again signed by the new owner, naming what his colleague did; his later reminder says she asked', async () => {
    const water = await createProvider(t.admin, { name: 'Waterbedrijf', channel: 'post', requiredDocuments: ['death_certificate'], contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 2', postalCode: '1000 BB', city: 'Amsterdam', country: 'NL' } } });
    type Listed = { id: string; kind: string; deliveryStatus: string };
    const lettersOfContract = async (contractId: string, who: Specialist) => (await who.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
    const waiting = (letters: Listed[], kind: string) => letters.filter((l) => l.kind === kind && l.deliveryStatus === 'queued_for_print');
    /** A final bill of € 45 the estate paid, then an agency's collection; our letters posted. */
    const collected = async (surname: string, accountNumber: string) => {
      const estate = await createEstate(anna, { surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Stroom', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `E-${accountNumber}`, effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: `E-${accountNumber}`, paidOn: t.clock.today() }).expect(201);
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: `F-${accountNumber}`, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Oost', agencyAddress: { street: 'Postbus 5', postalCode: '7500 AB', city: 'Enschede' }, reference: `IO-${accountNumber}`, amount: 75 }).expect(200);
      await t.runDue(0).expect(200);
      await postEverything(anna);
      return { estate, contract };
    };
    /** Anna records by phone that Postbedrijf dropped the whole claim, and asks the € 45 back. */
    const askBack = async (contractId: string) => {
      await anna.post(`${API}/contracts/${contractId}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
      await anna.post(`${API}/contracts/${contractId}/repayment-request`).expect(200);
      await t.runDue(0).expect(200);
    };
    const repaid = await collected('Kowalczyk', 'P-RP');
    const death = (await anna.post(`${API}/estates/${repaid.estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body as { id: string };
    const waterContract = (await anna.post(`${API}/estates/${repaid.estate.id}/contracts`, { providerId: water.id, description: 'Drinkwater', accountNumber: 'W-77', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${waterContract.id}/request`).expect(200);
    await t.runDue(0).expect(200);
    await postEverything(anna);
    // Asked and posted before the handover: his reminder later names her request.
    const reminded = await collected('Nowakowska', 'P-RM');
    await askBack(reminded.contract.id);
    // Asked and posted, then Postbedrijf tells her its drop was a mistake: our withdrawal of the request waits at the handover.
    const undone = await collected('Wiśniewska', 'P-UN');
    await askBack(undone.contract.id);
    await postEverything(anna);
    await anna.post(`${API}/contracts/${undone.contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: t.clock.today() }).expect(200);
    await t.runDue(0).expect(200);
    const [hersWithdrawn] = waiting(await lettersOfContract(undone.contract.id, anna), 'repayment_withdrawn');
    expect(await letterText(anna, hersWithdrawn.id)).toMatch(/U heeft mij op .+ laten weten dat dat een vergissing was/);
    // Waiting at the handover: her repayment request to Postbedrijf, and her deletion request to Waterbedrijf for the death certificate it had.
    await askBack(repaid.contract.id);
    await anna.post(`${API}/documents/${death.id}/withdraw`, { reason: 'Verkeerd document.' }).expect(200);
    await t.runDue(0).expect(200);
    const [hersAsked] = waiting(await lettersOfContract(repaid.contract.id, anna), 'repayment_request');
    expect(await letterText(anna, hersAsked.id)).toMatch(/U heeft mij op .+ laten weten dat u de hele vordering/);
    const [hersErased] = waiting(await lettersOfContract(waterContract.id, anna), 'document_erasure');
    expect(await letterText(anna, hersErased.id)).toContain('Ik heb dit document ingetrokken');

    for (const { estate } of [repaid, reminded, undone]) await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(0).expect(200);

    // On main both stayed queued for the post, signed by her.
    const asked = await lettersOfContract(repaid.contract.id, bert);
    expect(asked.find((l) => l.id === hersAsked.id)?.deliveryStatus).toBe('failed');
    const hisAsked = await letterText(bert, waiting(asked, 'repayment_request')[0].id);
    expect(hisAsked).toContain('Met vriendelijke groet, Bert Jansen');
    expect(hisAsked).toMatch(/U heeft mijn collega Anna de Boer op .+ laten weten dat u de hele vordering op het contract Stroom/);
    expect(hisAsked).not.toContain('U heeft mij op');
    expect(hisAsked).toMatch(/Ik verzoek u het betaalde bedrag van €.45,00 uiterlijk/);
    const erased = await lettersOfContract(waterContract.id, bert);
    expect(erased.find((l) => l.id === hersErased.id)?.deliveryStatus).toBe('failed');
    const hisErased = await letterText(bert, waiting(erased, 'document_erasure')[0].id);
    expect(hisErased).toContain('Met vriendelijke groet, Bert Jansen');
    expect(hisErased).toContain('heeft u van mijn collega Anna de Boer dit document ontvangen');
    expect(hisErased).toContain('Mijn collega Anna de Boer heeft dit document ingetrokken; het maakt geen deel meer uit van ons verzoek.');
    expect(hisErased).not.toContain('Ik heb dit document ingetrokken');
    const withdrawn = await lettersOfContract(undone.contract.id, bert);
    expect(withdrawn.find((l) => l.id === hersWithdrawn.id)?.deliveryStatus).toBe('failed');
    const hisWithdrawn = await letterText(bert, waiting(withdrawn, 'repayment_withdrawn')[0].id);
    expect(hisWithdrawn).toContain('Met vriendelijke groet, Bert Jansen');
    expect(hisWithdrawn).toMatch(/Op .+ heeft mijn collega Anna de Boer u gevraagd €.45,00 terug te betalen/);
    expect(hisWithdrawn).toMatch(/U heeft mijn collega Anna de Boer op .+ laten weten dat dat een vergissing was/);

    // Past the day it asked by, Bert reminds: the first request was hers.
    await t.runDue(15).expect(200);
    await bert.post(`${API}/contracts/${reminded.contract.id}/refund-reminder`).expect(200);
    await t.runDue(0).expect(200);
    const [reminder] = waiting(await lettersOfContract(reminded.contract.id, bert), 'repayment_request');
    const paper = await letterText(bert, reminder.id);
    expect(paper).toContain('Met vriendelijke groet, Bert Jansen');
    expect(paper).toMatch(/Op .+ heeft mijn collega Anna de Boer u gevraagd dit bedrag terug te betalen\. Ik heb het nog niet ontvangen/);
    expect(paper).toMatch(/U heeft mijn collega Anna de Boer op .+ laten weten dat u de hele vordering/);
    expect(paper).not.toContain('heb ik u gevraagd');
  });

  /**
   * olddebts3 (olddebts2's Not done): an answer to a provider's question made after a handover said her withdrawal of the document it
   * asked for as his („De verklaring van erfrecht die ik u eerder stuurde, heb ik op … ingetrokken”, „… die ik op … heb ingetrokken”).
   */
  it('an answer to a question made after the handover names the verklaring she withdrew as his colleague’s act, enclosed anew or following', async () => {
    const estate = await createEstate(anna, { surname: 'Zieliński' });
    const verklaring = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string };
    const question = { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] };
    /** A bank asks for the verklaring at its desk, and Anna sends it. */
    const answered = async (name: string) => {
      const { id: providerId } = await createProvider(t.admin, { name, requiredDocuments: [] });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Betaalrekening', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await t.runDue(0).expect(200);
      await (await deskOf(t, providerId)).post(`${API}/provider-desk/requests/${contract.id}/request-information`, question).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { documentIds: [verklaring.id] }).expect(200);
      return contract;
    };
    const enclosed = await answered('Spaarbank');
    const following = await answered('Beleggingsbank');
    await t.runDue(0).expect(200);
    // The notary made a mistake: she withdraws it, and hands the estate over.
    await anna.post(`${API}/documents/${verklaring.id}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    await t.runDue(0).expect(200);
    const withdrawnOn = longDate(t.clock.today(), 'nl');
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    await t.runDue(0).expect(200);

    // Bert sends the new one to Spaarbank, and tells Beleggingsbank it follows, by the notary's day (the clock runs on in this file).
    const expectedOn = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const nieuwe = (await bert.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht-nieuw.pdf').expect(201)).body as { id: string };
    await bert.post(`${API}/contracts/${enclosed.id}/information-supplied`, { documentIds: [nieuwe.id] }).expect(200);
    await bert.post(`${API}/contracts/${following.id}/information-supplied`, { documentIds: [], note: 'De notaris maakt een nieuwe verklaring.', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: expectedOn(14) }] }).expect(200);
    await t.runDue(0).expect(200);
    const hisAnswer = async (contractId: string) => {
      const letters = (await bert.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; kind: string }[];
      return letterText(bert, letters.filter((l) => l.kind === 'information_supplied').at(-1)!.id);
    };
    const sent = await hisAnswer(enclosed.id);
    expect(sent).toContain('Met vriendelijke groet, Bert Jansen');
    expect(sent).toContain(`De verklaring van erfrecht die wij u eerder stuurden, heeft mijn collega Anna de Boer op ${withdrawnOn} ingetrokken. Nu bijgevoegd: een nieuwe verklaring van erfrecht.`);
    expect(sent).not.toContain('heb ik op');
    const follows = await hisAnswer(following.id);
    expect(follows).toContain('Met vriendelijke groet, Bert Jansen');
    expect(follows).toContain(`in plaats van de eerder gestuurde die mijn collega Anna de Boer op ${withdrawnOn} heeft ingetrokken`);
    expect(follows).not.toContain('heb ingetrokken');
  });

  /**
   * olddebts3 (olddebts2's Not done): a contact-person letter by e-mail still in its sending grace at the next handover (Anna → Bert →
   * Cees) went signed by Bert, naming him as the contact person he no longer is, and Cees's then named Bert as the one written to before.
   */
  it('a contact-person letter by e-mail not sent yet at the next handover does not go: the provider hears once, from Cees, that it wrote to Anna', async () => {
    const cees = await t.specialist('Cees de Wit', undefined, { email: 'cees@olddebts3.example', password: 'cees-password-1' });
    const { id: providerId } = await createProvider(t.admin, { name: 'Mailbedrijf', channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@mailbedrijf.example' } });
    const estate = await createEstate(anna, { surname: 'Kamińska' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Mobiel', accountNumber: 'M-3', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue(0).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue(0).expect(200);
    type Listed = { id: string; kind: string; deliveryStatus: string };
    const shown = async (who: Specialist) => ((await who.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[]).map((l) => `${l.kind} ${l.deliveryStatus}`);
    expect(await shown(anna)).toEqual(['cancellation delivered']);
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    // Bert's letter is made; its e-mail waits for a worker when he hands the estate on.
    for (let i = 0; i < 20 && !(await shown(bert)).includes('contact_change pending'); i++) await t.app.get(OutboxService).drain(1);
    expect(await shown(bert)).toEqual(['cancellation delivered', 'contact_change pending']);
    await bert.post(`${API}/estates/${estate.id}/handover`, { toUserId: cees.userId, reason: 'Bert gaat naar een ander team' }).expect(201);
    await t.runDue(0).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue(0).expect(200);

    // On main both went: Bert's „ben vanaf nu uw contactpersoon”, then Cees's naming Bert.
    expect(await shown(cees)).toEqual(['cancellation delivered', 'contact_change failed', 'contact_change delivered']);
    const letters = (await cees.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    const told = await letterText(cees, letters[2].id);
    expect(told).toContain('had u tot nu toe contact met mijn collega Anna de Boer.');
    expect(told).toContain('Met vriendelijke groet, Cees de Wit');
    expect(told).not.toContain('Bert Jansen');
    const summaries = ((await cees.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(summaries.filter((s) => s.includes('gemaakt, maar niet per e-mail verstuurd'))).toHaveLength(1);
  });
});
