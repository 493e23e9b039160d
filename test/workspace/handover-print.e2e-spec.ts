import request from 'supertest';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * audit98 F1: letters in a print batch nobody downloaded yet follow their estate to its new case owner. Before, the one who handed
 * the estate over kept them in her batch — she read and printed letters of an estate she no longer reaches (404 for each letter
 * itself), and the new owner never found them to post.
 */
const ANNA = { email: 'anna@audit98.example', password: 'anna-password-1' };

describe('a handover takes the estate’s letters not printed yet along', () => {
  let t: TestApp;
  let anna: Specialist;
  let bert: Specialist;
  let post: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { ...ANNA, language: 'nl' } }));
    bert = await t.specialist('Bert Jansen');
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
    expect(timeline.find((e) => e.event === 'estate.handed_over')?.summary).toContain('de brief aan Postbedrijf die nog niet verstuurd was, wordt opnieuw gemaakt met de nieuwe contactpersoon');
  });
});

