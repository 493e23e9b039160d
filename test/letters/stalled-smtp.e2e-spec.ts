import request from 'supertest';
import { LEASE_MS, OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** A request by e-mail to a new provider at `address`, its letter made and waiting to be sent. */
async function letterWaiting(t: TestApp, owner: Specialist, name: string, address: string): Promise<{ contract: { id: string }; letter: { id: string } }> {
  const provider = await createProvider(t.admin, { name, channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: address } });
  const estate = await createEstate(owner);
  const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: `${name}-1001`, action: 'cancel' }).expect(201)).body as { id: string };
  await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
  await t.app.get(OutboxService).drain(10, ['letter']);
  const [letter] = (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string }[];
  return { contract, letter };
}

/**
 * audit82 SMTP-2: a mail server that holds its reply to a letter's e-mail. The send used to wait for it up to nodemailer's 10
 * minutes, past the outbox's 5-minute lease, so a second worker took the row and the provider got the letter twice with nothing
 * shown. Now every wait of a send ends well within the lease; the owner reads that the e-mail may have arrived; it goes again as it
 * was, with the same Message-ID (a desk can see the second copy for what it is), never made anew. Through a real SMTP server.
 */
describe('a mail server that holds its reply to a letter', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true })));
  afterAll(() => t?.close());

  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; deliveryStatus: string; letterDate: string }[];
  const contractPage = async (contractId: string) => (await request(t.app.getHttpServer()).get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;

  it('ends the send within the lease, tells the owner the e-mail may have arrived, and sends that same e-mail again, once', async () => {
    const address = 'nabestaanden@traagnet.example';
    const { contract, letter } = await letterWaiting(t, anna, 'Traagnet', address);
    const outbox = t.app.get(OutboxService);
    const before = sink.messages.length;

    // The server keeps the message and holds its "250" for two minutes.
    sink.holdReplyMs = 120_000;
    const started = Date.now();
    const first = outbox.drain(10, ['deliver_letter']);
    await sink.waitFor(before + 1);
    // A second worker meanwhile finds nothing to take: the first holds the lease.
    expect(await outbox.drain(10, ['deliver_letter'])).toBe(0);
    expect(await first).toBe(0); // it gave up: no answer in time
    expect(Date.now() - started).toBeLessThan(LEASE_MS / 2);
    sink.holdReplyMs = 0;

    // Not "niet bezorgd", nor made anew: it may be with the provider.
    expect((await lettersOf(contract.id)).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'pending']]);
    expect(await contractPage(contract.id)).toContain('mogelijk bezorgd: de mailserver bevestigde de ontvangst niet; Steward verstuurt dezelfde e-mail opnieuw, met hetzelfde berichtkenmerk');

    // Its retry, on a later day than its date: the same letter again, as it was, and delivered.
    await t.runDue(1);
    const copies = (await sink.waitFor(before + 2)).slice(before).filter((m) => m.to && 'text' in m.to && m.to.text === address);
    expect(copies.map((m) => m.messageId)).toEqual([`<letter-${letter.id}@steward>`, `<letter-${letter.id}@steward>`]);
    expect((await lettersOf(contract.id)).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'delivered']]);
    expect(await contractPage(contract.id)).not.toContain('mogelijk bezorgd');
  }, 120_000);

  /**
   * opsbatch (opsfail's repro): the lease was counted on Steward's clock only, the send's waits in real time, so a virtual clock
   * moved a day on while a send waited let a second worker take the row and send the letter again beside it. Now the lease must
   * also have run out on the database's own clock.
   */
  it('keeps the lease while the clock is moved past it during a send: a second worker takes nothing, the provider gets one e-mail', async () => {
    const address = 'nabestaanden@klokvast.example';
    const { contract, letter } = await letterWaiting(t, anna, 'Klokvast', address);
    const outbox = t.app.get(OutboxService);
    const before = sink.messages.length;
    sink.holdReplyMs = 4_000;
    try {
      const first = outbox.drain(10, ['deliver_letter']);
      await sink.waitFor(before + 1);
      t.clock.advanceDays(1); // a day on Steward's clock: far past the 5-minute lease, while the mail server holds its reply
      expect(await outbox.drain(10, ['deliver_letter'])).toBe(0);
      expect(await first).toBe(1);
    } finally {
      sink.holdReplyMs = 0;
    }
    const copies = sink.receptions.filter((r) => r.messageId === `<letter-${letter.id}@steward>`);
    expect(copies).toHaveLength(1);
    expect((await lettersOf(contract.id)).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'delivered']]);
  }, 60_000);
});

/**
 * A mail server that trickles its reply to a letter's e-mail, a byte each second: no single wait of the send runs out, and
 * without a deadline for the whole send it ran past the outbox lease (as one every 14 s does in production), when a second worker
 * takes the row and the provider may get the letter twice. Now the send stops at `STEWARD_SEND_SECONDS` after its claim (5 s
 * here, 150 s by default: the lease is 5 minutes) and closes its connection: the e-mail may have arrived, so it goes again as it
 * was, later, never beside itself.
 */
describe('a mail server that trickles its reply to a letter', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true, env: { STEWARD_SEND_SECONDS: '5' } })));
  afterAll(() => t?.close());

  it('stops the send at its deadline, closes the connection, and sends that same e-mail again later, never twice at once', async () => {
    const { contract, letter } = await letterWaiting(t, anna, 'Druppelnet', 'nabestaanden@druppelnet.example');
    const outbox = t.app.get(OutboxService);
    const messageId = `<letter-${letter.id}@steward>`;
    const before = sink.messages.length;

    sink.trickleReplyMs = 1000;
    const started = Date.now();
    const first = outbox.drain(10, ['deliver_letter']);
    await sink.waitFor(before + 1);
    expect(await outbox.drain(10, ['deliver_letter'])).toBe(0); // the lease is the first worker's
    expect(await first).toBe(0);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(4_500);
    expect(took).toBeLessThan(8_000);
    // Our side closed the connection: the server's reply, were it to come, is read by nobody.
    const [reception] = sink.receptions.filter((r) => r.messageId === messageId);
    for (const until = Date.now() + 2_000; reception.to === null && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    expect(reception.to).not.toBeNull();
    sink.trickleReplyMs = 0;

    const letters = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; deliveryStatus: string }[];
    expect((await letters()).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'pending']]);
    const page = (await request(t.app.getHttpServer()).get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain('mogelijk bezorgd: de mailserver bevestigde de ontvangst niet; Steward verstuurt dezelfde e-mail opnieuw, met hetzelfde berichtkenmerk');

    await t.runDue(1);
    await sink.waitFor(before + 2);
    const sends = sink.receptions.filter((r) => r.messageId === messageId);
    expect(sends).toHaveLength(2);
    expect(sends[1].from).toBeGreaterThanOrEqual(sends[0].to!); // the second began after the first's connection was closed
    expect((await letters()).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'delivered']]);
  }, 60_000);
});

