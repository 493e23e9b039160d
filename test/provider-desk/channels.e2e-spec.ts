import { pdfText, flat } from '../../letters/test-support';
import { freePort } from '../../src/database/embedded-postgres';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Specialist, startTestApp, startWithOwner, TestApp } from '../support/test-app';

describe('letter channels', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true, env: { STEWARD_MAIL_FROM: 'nazorg@steward.example' } })));
  afterAll(() => t?.close());

  async function request(providerOverrides: Record<string, unknown>) {
    const provider = await createProvider(t.admin, { requiredDocuments: [], ...providerOverrides });
    const estate = await createEstate(anna, { givenNames: 'Łucja', surnamePrefix: undefined, surname: 'Wróbel-Kowalska', gender: 'female' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: 'E-55', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    return { provider, estate, contract };
  }

  it('emails the letter PDF to the contact point, with replies going to the case owner', async () => {
    const before = sink.messages.length;
    const { contract } = await request({ channel: 'email', contactPoint: { name: 'Team Overlijden', email: 'overlijden@energie.example' } });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail.to).toMatchObject({ text: 'overlijden@energie.example' });
    expect(mail.replyTo?.text).toMatch(/@test\.example/);
    expect(mail.subject).toContain('Łucja Wróbel-Kowalska');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    const text = flat(await pdfText(mail.attachments[0].content));
    expect(text).toContain('Łucja Wróbel-Kowalska, geboren op 14 mei 1946, is op 2 november 2026 overleden');
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0];
    expect(letter).toMatchObject({ channel: 'email', deliveryStatus: 'delivered' });
    expect(mail.messageId).toBe(`<letter-${letter.id}@steward>`);
  });

  it('retries a failed delivery, then shows it on the contract', async () => {
    const deadPort = await freePort();
    const other = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${deadPort}` } });
    try {
      const owner = await other.specialist('Sofie Jansen');
      const provider = await createProvider(other.admin, { requiredDocuments: [], channel: 'email', contactPoint: { name: 'Desk', email: 'desk@provider.example' } });
      const estate = await createEstate(owner);
      const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'K-9', action: 'cancel' }).expect(201)).body;
      await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await other.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
      let detail = (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body;
      expect(detail.letters[0]).toMatchObject({ deliveryStatus: 'failed', deliveryError: expect.stringMatching(/ECONNREFUSED|connect/) });
      // digest3: her API's words name whom it did not reach, the provider the letter was for, in her language or the one asked.
      expect(detail.letters[0]).toMatchObject({ recipient: provider.name, deliveryText: `niet bezorgd bij ${provider.name}` });
      expect((await owner.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body.letters[0].deliveryText).toBe(`not delivered to ${provider.name}`);
      expect(detail.undeliveredEffects).toEqual([]);
      for (let i = 0; i < 6; i++) await other.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
      detail = (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body;
      // deliverywords: beside the internal English error, her words for it, as her contract page says them; digest3: the step's kind too.
      expect(detail.undeliveredEffects).toEqual([expect.objectContaining({ kind: 'deliver_letter', kindText: 'een brief per e-mail bezorgen', attempts: 6, lastError: expect.stringMatching(/ECONNREFUSED|connect/), lastErrorText: 'de server was niet bereikbaar' })]);
    } finally {
      await other.close();
    }
  });

  it('collects the day\'s letters by post into one print batch with a list, the next morning', async () => {
    const postal = { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } };
    const first = await request({ name: 'Essent Print', channel: 'post', contactPoint: postal });
    const second = await request({ name: 'ABN Print', channel: 'post', contactPoint: { ...postal, name: 'Nalatenschappen' } });
    for (const { contract } of [first, second]) {
      expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0]).toMatchObject({ channel: 'post', deliveryStatus: 'queued_for_print' });
    }
    expect((await anna.get(`${API}/print-batches`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200)).body as { today: string };

    const [batch] = (await anna.get(`${API}/print-batches`).expect(200)).body.items;
    expect(batch).toMatchObject({ letterCount: 2 });
    expect(batch.createdAt.slice(0, 10)).toBe(today); // made that morning by the service's clock
    const detail = (await anna.get(`${API}/print-batches/${batch.id}`).expect(200)).body;
    expect(detail.letters.map((l: { recipient: string }) => l.recipient).sort()).toEqual(['ABN Print', 'Essent Print']);
    const pdf = await anna.get(`${API}/print-batches/${batch.id}/pdf`).buffer(true).parse(binary).expect(200);
    const text = flat(await pdfText(pdf.body));
    // The town in capitals, as PostNL sorts it.
    expect(text).toContain('Essent Print t.a.v. Afdeling Nabestaanden Postbus 1484 5200 BM \'S-HERTOGENBOSCH');
    expect(text).toContain('ABN Print t.a.v. Nalatenschappen');
    expect((await anna.get(`${API}/contracts/${first.contract.id}`).expect(200)).body.letters[0].deliveryStatus).toBe('printed');
    const stranger = await t.specialist('Someone Else');
    await stranger.get(`${API}/print-batches/${batch.id}`).expect(404);
    expect((await stranger.get(`${API}/print-batches`).expect(200)).body).toEqual({ items: [], nextCursor: null });
  });
});
