import { DataSource } from 'typeorm';
import { letterDate } from '../../letters/dates';
import { flat, pdfText } from '../../letters/test-support';
import { dutchDate } from '../../src/clock/clock';
import { OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

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
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true })));
  afterAll(() => t?.close());

  interface Listed {
    id: string;
    kind: string;
    status: string;
    deliveryStatus: string;
    deliveredAt: string | null;
    violations: { rule: string; where: string }[];
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

  /**
   * A request whose sending started is on its way: it goes as it was, the correction letter follows it. README heldnull: that letter
   * waits for the request's delivery and is then made, naming the request by the day it reached the provider; before, it was made at
   * once and held back with "null" where that day should be, and the owner had to retry it by hand once the request was delivered.
   */
  it('lets a request by e-mail whose sending started go as it was; the correction letter follows its delivery, naming that day', async () => {
    const { contract, letter, address } = await requestByEmail('Flightnet', 'F-5005');
    expect(await claim(letter.id)).toBe(1);
    expect((await t.app.get(DataSource).query(`UPDATE letters SET sending_started_at = $2 WHERE id = $1`, [letter.id, t.clock.now()]))[1]).toBe(1);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'F-5050' }).expect(200);
    // The correction's step comes while the request is still on its way: no letter yet, none held back.
    await t.app.get(OutboxService).drain(10, ['letter']);
    expect((await lettersOf(contract.id)).map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent']);
    // The request is delivered (its worker's lease ran out, the next one sends it); the correction follows it.
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    t.clock.advanceDays(1 / 1440);
    await t.runDue();
    const [request, correction, ...more] = await lettersOf(contract.id);
    expect(more).toEqual([]);
    expect(request).toMatchObject({ id: letter.id, deliveryStatus: 'delivered' });
    expect(correction).toMatchObject({ kind: 'correction', status: 'sent', violations: [] });
    const text = await letterText(anna, correction.id);
    expect(text).not.toContain('null');
    // Named by the day the request reached Flightnet, with the number it printed.
    expect(text).toContain(
      `Op ${letterDate(dutchDate(new Date(request.deliveredAt!)), 'nl')} heb ik u namens de nabestaanden van Flightnet de Vries, overleden op 2 november 2026, gevraagd het contract Internet te beëindigen. Hierbij corrigeer ik een gegeven uit dat verzoek. Mijn verzoek vermeldde als klantnummer F-5005; het juiste klantnummer is F-5050.`,
    );
    // The old one went, as it was (the same letter, its Message-ID), the correction after it.
    const mails = await mailsTo(address);
    expect(mails.map((m) => m.messageId.includes(letter.id))).toEqual([true, false]);
    expect(mails[0].letter).toContain('F-5005');
  });

  /**
   * README heldnull: a request whose e-mail the outbox gave up on (parked) is not with the provider, so the correction letter has no
   * day to name it by: held back, saying which fact is missing in the owner's words (before: "er staat onaf ingevulde tekst in de
   * brief: „null”"). Once the owner's retry delivered the request, her retry of the letter makes it.
   */
  it('holds a correction of a request whose e-mail is parked back for the missing delivery, in her words; made once it is delivered', async () => {
    sink.refusing = true;
    const { contract, letter } = await requestByEmail('Parknet', 'P-6006');
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 24);
      await t.runDue();
    }
    const parked = ((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps as { id: string; contractId: string }[]).find((p) => p.contractId === contract.id)!;
    expect(parked).toBeDefined();
    sink.refusing = false;
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'P-6060' }).expect(200);
    await t.runDue();
    const held = (await lettersOf(contract.id)).find((l) => l.kind === 'correction')!;
    expect(held).toMatchObject({ status: 'blocked', violations: [expect.objectContaining({ rule: 'missing-data', where: 'previousLetterDate' })] });
    const page = flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(page).toContain('het verzoek waar deze brief naar verwijst, is niet bij de organisatie bezorgd (de e-mail kwam niet aan), en de brief noemt de dag waarop het aankwam.');
    expect(page).not.toContain('null');
    // Her way on: the request's e-mail tried again and delivered, then the letter made again.
    await anna.post(`${API}/queue/parked-steps/${parked.id}/retry`).expect(204);
    await t.runDue();
    expect((await lettersOf(contract.id)).find((l) => l.id === letter.id)).toMatchObject({ deliveryStatus: 'delivered' });
    await anna.post(`${API}/letters/${held.id}/retry`).expect(202);
    await t.runDue();
    const made = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction' && l.status === 'sent');
    expect(made).toHaveLength(1);
    expect(await letterText(anna, made[0].id)).toContain('Mijn verzoek vermeldde als klantnummer P-6006; het juiste klantnummer is P-6060.');
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
