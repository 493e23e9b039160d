import { DataSource } from 'typeorm';
import { flat, pdfText } from '../../letters/test-support';
import { OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * README queryplans (queuedfix's, setapartrest's and sendingmark's "Not done"): a request by e-mail made while its sending waits
 * for a worker ("wordt verstuurd") is wrong once the owner corrects a fact it states. As a letter waiting for the post, it is made
 * again from the corrected record and the old one stays home: the provider gets one e-mail, with the corrected fact, and no
 * correction letter. A worker that had claimed the old sending finds it set apart (sendingmark's `sending_started_at`); one whose
 * sending started is on its way, and the correction letter follows it as before. Sent through a real SMTP server.
 */
describe('a request by e-mail still in its sending grace gives way to a correction', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  interface Listed {
    id: string;
    kind: string;
    deliveryStatus: string;
  }
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const timelineOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  /** The e-mails the provider's address received, each with its letter's text (the attached PDF). */
  const mailsTo = async (address: string) =>
    Promise.all(
      sink.messages
        .filter((m) => m.to && 'text' in m.to && m.to.text === address)
        .map(async (m) => ({ messageId: m.messageId ?? '', letter: await pdfText(m.attachments.find((a) => a.contentType === 'application/pdf')!.content) })),
    );
  const claim = async (letterId: string) =>
    (await t.app.get(DataSource).query(`UPDATE outbox SET status = 'in_progress', attempts = attempts + 1 WHERE kind = 'deliver_letter' AND payload->>'letterId' = $1 AND status = 'pending'`, [letterId]))[1];

  /** A cancellation by e-mail made, its sending waiting for a worker (the sending grace). */
  async function requestByEmail(name: string, accountNumber: string) {
    const provider = await createProvider(t.admin, { name, channel: 'email', requiredDocuments: [], slaBusinessDays: 10, contactPoint: { name: 'Nabestaanden', email: `nabestaanden@${name.toLowerCase()}.example` } });
    const estate = await createEstate(anna, { givenNames: name });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const made = async () => (await lettersOf(contract.id)).find((l) => l.kind === 'cancellation');
    for (let i = 0; i < 20 && !(await made()); i++) await t.app.get(OutboxService).drain(1);
    const letter = (await made())!;
    expect(letter.deliveryStatus).toBe('pending');
    return { estate, contract, letter, address: `nabestaanden@${name.toLowerCase()}.example` };
  }

  it('makes a request by e-mail in its sending grace again with the corrected customer number: the provider gets that one e-mail only', async () => {
    const { estate, contract, letter, address } = await requestByEmail('Gracenet', 'G-1001');
    // The correction form says it before, as for a letter waiting for the post.
    const form = flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(form).toContain(
      'De brief aan Gracenet (opzegging) is nog niet per e-mail verstuurd: met een gecorrigeerde omschrijving, rekeningnummer of einddatum wordt die brief opnieuw gemaakt en gaat de eerdere versie niet weg; er gaat geen aparte correctiebrief.',
    );
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'G-1010' }).expect(200);
    expect(await timelineOf(estate.id)).toContain(
      'Gracenet, Internet: het klantnummer gewijzigd van G-1001 naar G-1010. De opzegging aan Gracenet is opnieuw gemaakt met het gecorrigeerde klantnummer; de eerdere versie gaat niet weg.',
    );
    await t.runDue();
    await sink.waitFor(1);
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation delivered']);
    const mails = await mailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0].messageId).not.toContain(letter.id);
    expect(mails[0].letter).toContain('G-1010');
    expect(mails[0].letter).not.toContain('G-1001');
    expect(await timelineOf(estate.id)).toContain('Brief „Opzegging na overlijden” aan Gracenet gemaakt, maar niet per e-mail verstuurd: een gegeven erin werd gecorrigeerd voordat hij wegging (zie de correctie).');
  });

  it('keeps the old e-mail home when a worker claimed its sending but had not started it; the new one goes once', async () => {
    const { contract, letter, address } = await requestByEmail('Claimnet', 'C-2002');
    expect(await claim(letter.id)).toBe(1);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'C-2020' }).expect(200);
    // The worker (or the next one, its lease run out) comes to send the old one after the grace: it finds it set apart.
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    await sink.waitFor(sink.messages.length + 1, 2_000);
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation delivered']);
    const mails = await mailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0].letter).toContain('C-2020');
    expect(mails[0].letter).not.toContain('C-2002');
  });

  it('lets a request by e-mail whose sending started go as it was: the correction letter follows it', async () => {
    const { contract, letter, address } = await requestByEmail('Startnet', 'S-3003');
    expect(await claim(letter.id)).toBe(1);
    expect((await t.app.get(DataSource).query(`UPDATE letters SET sending_started_at = $2 WHERE id = $1`, [letter.id, t.clock.now()]))[1]).toBe(1);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'S-3030' }).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    // The old one went, as it was (the same letter, its Message-ID), and a correction letter about it follows.
    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => l.kind)).toEqual(['cancellation', 'correction']);
    expect(letters[0]).toMatchObject({ id: letter.id, deliveryStatus: 'delivered' });
    const [mail, ...others] = await mailsTo(address);
    expect(mail.messageId).toContain(letter.id);
    expect(mail.letter).toContain('S-3003');
    expect(others.every((m) => !m.messageId.includes(letter.id))).toBe(true);
  });

  /** README printaddress and queryplans: the directory's e-mail address corrected while a worker claimed the sending, before it started. */
  it('sends a request whose sending a worker claimed to the corrected e-mail address only, not to the old one', async () => {
    const { contract, letter, address } = await requestByEmail('Movenet', 'M-4004');
    expect(await claim(letter.id)).toBe(1);
    const provider = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.provider as { id: string };
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Nabestaanden', email: 'nieuw@movenet.example' } }).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    await sink.waitFor(sink.messages.length + 1, 2_000);
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation delivered']);
    expect(await mailsTo(address)).toEqual([]);
    const [mail, ...more] = await mailsTo('nieuw@movenet.example');
    expect(more).toEqual([]);
    expect(mail.letter).toContain('M-4004');
    expect(mail.messageId).not.toContain(letter.id);
  });
});
