import { DataSource } from 'typeorm';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { OutboxService } from '../../src/runtime/outbox.service';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** The audit's finding: an objection the owner dropped was never told to the provider that had our dispute letter (README, dupwithdraw). */
describe('a dispute the owner drops is told to the provider', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomtest', requiredDocuments: [], slaBusinessDays: 5 });
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string };
  const lettersOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  /** Confirmed to end on 30 November, with bill F-9 (16 November – 15 December) disputed. */
  async function disputedContract(givenNames: string, produceDispute = true) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `ST-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    if (produceDispute) await t.runDue();
    return contract;
  }

  it('says the objection to F-9 is withdrawn and the bill is paid from the estate, when the owner decides so', async () => {
    const contract = await disputedContract('Pieter');
    expect((await lettersOf(contract.id)).some((l) => l.kind === 'dispute' && l.status === 'sent')).toBe(true);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(letter.status).toBe('sent');
    const text = await pdfOf(letter.id);
    expect(text).toContain('Betreft: Intrekking van mijn bezwaar tegen uw factuur: Stroom, klantnummer ST-Pieter');
    expect(text).toMatch(/heb ik namens de nabestaanden van .*, bezwaar gemaakt tegen uw factuur F-9 voor het contract Stroom met klantnummer ST-Pieter\./);
    expect(text).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap. U hoeft op het bezwaar niet meer te antwoorden.');
  });

  // partterm (audit92 F5): after a credit of € 5 on F-9 (€ 30), the provider reads what the estate pays: € 25, not the whole bill.
  it('names what the estate pays of a bill credited in part: the bill less the credit', async () => {
    const contract = await disputedContract('Wim');
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', invoiceReference: 'F-9', amount: 5 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(letter.status).toBe('sent');
    expect(await pdfOf(letter.id)).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap, verminderd met uw creditering: € 25,00 (€ 30,00 gefactureerd, € 5,00 gecrediteerd).');
  });

  it('says the bill was paid already when the owner records so', async () => {
    const contract = await disputedContract('Kees');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'alreadyPaid' }).expect(200);
    await t.runDue();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(await pdfOf(letter.id)).toContain('Dat bezwaar trek ik hierbij in: de factuur is al betaald.');
  });

  it('sends nothing when the provider dropped the bill itself, when no outcome is said, or when the dispute letter never went out', async () => {
    const withdrew = await disputedContract('Jan');
    await anna.post(`${API}/contracts/${withdrew.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const settled = await disputedContract('Piet');
    await anna.post(`${API}/contracts/${settled.id}/dispute-resolved`, { note: 'Afgehandeld' }).expect(200);
    // Settled before its dispute letter was produced: the provider never had the objection.
    const early = await disputedContract('Klaas', false);
    await anna.post(`${API}/contracts/${early.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    for (const c of [withdrew, settled, early]) expect((await lettersOf(c.id)).map((l) => l.kind)).not.toContain('dispute_withdrawal');
  });

  /** README, agencytold: a bill settled while its objection waits for the post; that letter no longer goes out. */
  describe('settled before the objection went out', () => {
    let byPost: { id: string; name: string };
    beforeAll(async () => {
      byPost = await createProvider(t.admin, {
        name: 'Posttest',
        channel: 'post',
        requiredDocuments: [],
        slaBusinessDays: 5,
        contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 9', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } },
      });
    });
    type Listed = Letter & { deliveryStatus: string };
    const timelineOf = async (estateId: string, reader: Session = anna) => ((await reader.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    /** The letters each of Anna's batches holds now, without downloading one (downloading is printing). */
    const batchedLetters = async () => {
      const batches = (await anna.get(`${API}/print-batches?limit=100`).expect(200)).body.items as { id: string }[];
      return (await Promise.all(batches.map(async (b) => ((await anna.get(`${API}/print-batches/${b.id}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id)))).flat();
    };
    async function disputedByPost(givenNames: string) {
      const estate = await createEstate(anna, { givenNames });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: byPost.id, description: 'Stroom', accountNumber: `PT-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'PT-R1', effectiveDate: '2026-11-30' }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
      await t.runDue();
      const dispute = ((await lettersOf(contract.id)) as Listed[]).find((l) => l.kind === 'dispute')!;
      return { estate, contract, dispute };
    }

    it('sets the queued objection apart, sends no withdrawal of it, and says so on the timeline', async () => {
      const { estate, contract, dispute } = await disputedByPost('Bram');
      expect(dispute).toMatchObject({ status: 'sent', deliveryStatus: 'queued_for_print' });
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
      await t.runDue();
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.id === dispute.id)!.deliveryStatus).toBe('failed');
      expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
      const said = await timelineOf(estate.id);
      expect(said).toContain('Stroom: de bezwaarbrief aan Posttest over factuur F-9 gaat niet meer weg: de factuur is afgehandeld voordat de brief op de post ging.');
      expect(said.some((s) => s.includes('niet geprint: de termijn erin was al voorbij'))).toBe(false);
      // The objection's own entry no longer says it waits for the post.
      expect(said).toContain('Brief „Bezwaar tegen factuur na einddatum” aan Posttest klaargezet voor de post, maar niet verstuurd: de factuur is afgehandeld voordat de brief op de post ging.');
      expect(await timelineOf(estate.id, t.admin)).toContain('Stroom: the objection to Posttest about invoice F-9 does not go out: the invoice was settled before the letter was posted.');
    });

    it('takes the objection out of a batch nobody downloaded yet, when the provider withdrew the bill', async () => {
      const { contract, dispute } = await disputedByPost('Sem');
      await anna.post(`${API}/print-batches`).expect(200); // "print now" puts it in Anna's batch; nobody downloaded that yet
      expect(await batchedLetters()).toContain(dispute.id);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
      await t.runDue();
      expect(await batchedLetters()).not.toContain(dispute.id);
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.id === dispute.id)!.deliveryStatus).toBe('failed');
      expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
      // The request in the same batch still goes.
      expect(await batchedLetters()).toContain(letters.find((l) => l.kind === 'cancellation')!.id);
    });

    /** README, setapartrest: the provider answered the bill (by phone) before our objection to it was printed. */
    it("sets the objection apart when the provider's answer to its bill is recorded first, and says so; the desk cannot answer what it does not have", async () => {
      const { estate, contract, dispute } = await disputedByPost('Noor');
      await anna.post(`${API}/print-batches`).expect(200); // in a batch nobody downloaded yet
      const deskToken = (await t.admin.post(`${API}/providers/${byPost.id}/tokens`, {}).expect(201)).body.token as string;
      const refused = await t.as(deskToken).post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 15 }).set('Idempotency-Key', 'noor-credit').expect(409);
      expect(refused.body.type).toContain('letter-pending');
      await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', invoiceReference: 'F-9', amount: 15 }).expect(200);
      await t.runDue();
      expect(await batchedLetters()).not.toContain(dispute.id);
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.id === dispute.id)!.deliveryStatus).toBe('failed');
      expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
      const said = await timelineOf(estate.id);
      expect(said).toContain('Stroom: de bezwaarbrief aan Posttest over factuur F-9 gaat niet meer weg: Posttest heeft op de factuur geantwoord voordat de brief op de post ging.');
      expect(said).toContain('Brief „Bezwaar tegen factuur na einddatum” aan Posttest klaargezet voor de post, maar niet verstuurd: Posttest heeft op de factuur geantwoord voordat de brief op de post ging.');
      expect(await timelineOf(estate.id, t.admin)).toContain('Stroom: the objection to Posttest about invoice F-9 does not go out: Posttest answered about the invoice before the letter was posted.');
    });

    it('sets the objection apart when the provider rejected it by phone before it was printed', async () => {
      const { contract, dispute } = await disputedByPost('Fleur');
      await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', reason: 'December is gebruikt' }).expect(200);
      await t.runDue();
      expect(((await lettersOf(contract.id)) as Listed[]).find((l) => l.id === dispute.id)!.deliveryStatus).toBe('failed');
    });

    /**
     * A provider `name` by e-mail, confirmed to end on 30 November, its bill F-9 disputed: the worker makes the objection and falls
     * behind before its e-mail (the sending grace), so it is being sent.
     */
    async function objectionByEmail(name: string, givenNames: string) {
      const byEmail = await createProvider(t.admin, { name, channel: 'email', requiredDocuments: [], slaBusinessDays: 5, contactPoint: { name: 'Nabestaanden', email: `nabestaanden@${name.toLowerCase()}.example` } });
      const estate = await createEstate(anna, { givenNames });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: byEmail.id, description: 'Stroom', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await t.runDue();
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${name}-R1`, effectiveDate: '2026-11-30' }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
      const outbox = t.app.get(OutboxService);
      const objection = async () => ((await lettersOf(contract.id)) as Listed[]).find((l) => l.kind === 'dispute');
      for (let i = 0; i < 20 && !(await objection()); i++) await outbox.drain(1);
      const made = (await objection())!;
      expect(made).toMatchObject({ status: 'sent', deliveryStatus: 'pending' });
      return { estate, contract, objection: made };
    }

    /** README, setapartrest: an objection by e-mail is made, and its sending waits for the worker a few seconds; the bill is settled then. */
    it('keeps an objection by e-mail home when the bill is settled before the worker sent it', async () => {
      const { estate, contract } = await objectionByEmail('Mailtest', 'Mila');
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
      await t.runDue();
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.kind === 'dispute')!.deliveryStatus).toBe('failed');
      expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
      const said = await timelineOf(estate.id);
      expect(said).toContain('Stroom: de bezwaarbrief aan Mailtest over factuur F-9 gaat niet meer weg: de factuur is afgehandeld voordat de e-mail wegging.');
      expect(said).toContain('Brief „Bezwaar tegen factuur na einddatum” aan Mailtest gemaakt, maar niet per e-mail verstuurd: de factuur is afgehandeld voordat de e-mail wegging.');
    });

    /** README, sendingmark: a worker claimed the e-mail's sending (committed before it sends) and falls behind; the owner settles the bill meanwhile. */
    it('keeps an objection by e-mail home when the bill is settled after a worker claimed its sending, before it sent it', async () => {
      const { estate, contract, objection: made } = await objectionByEmail('Claimtest', 'Noor');
      // A worker claims the sending as the outbox does (`in_progress`, an attempt counted, committed before it sends) and falls behind.
      const [, claimed] = await t.app.get(DataSource).query(`UPDATE outbox SET status = 'in_progress', attempts = attempts + 1 WHERE kind = 'deliver_letter' AND payload->>'letterId' = $1 AND status = 'pending'`, [made.id]);
      expect(claimed).toBe(1);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
      // The worker (or the next one, its lease run out) comes to send it after the sending grace.
      t.clock.advanceDays(1 / 48);
      await t.runDue();
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.kind === 'dispute')!.deliveryStatus).toBe('failed');
      expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
      expect(await timelineOf(estate.id)).toContain('Stroom: de bezwaarbrief aan Claimtest over factuur F-9 gaat niet meer weg: de factuur is afgehandeld voordat de e-mail wegging.');
    });

    /** README, sendingmark: the worker started the sending (committed before its SMTP exchange) and is still at it, or crashed in it. */
    it('lets an objection by e-mail whose sending started go when the bill is settled meanwhile: the withdrawal follows it', async () => {
      const { estate, contract, objection: made } = await objectionByEmail('Starttest', 'Sam');
      const db = t.app.get(DataSource);
      const [, claimed] = await db.query(`UPDATE outbox SET status = 'in_progress', attempts = attempts + 1 WHERE kind = 'deliver_letter' AND payload->>'letterId' = $1 AND status = 'pending'`, [made.id]);
      expect(claimed).toBe(1);
      const [, started] = await db.query(`UPDATE letters SET sending_started_at = $2 WHERE id = $1`, [made.id, t.clock.now()]);
      expect(started).toBe(1);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
      expect(((await lettersOf(contract.id)) as Listed[]).find((l) => l.id === made.id)!.deliveryStatus).toBe('pending');
      // Its lease run out, the next worker sends it again as it was: the provider may have it already.
      t.clock.advanceDays(1 / 48);
      await t.runDue();
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.id === made.id)!.deliveryStatus).toBe('delivered');
      expect(letters.map((l) => l.kind)).toContain('dispute_withdrawal');
      expect((await timelineOf(estate.id)).join('\n')).not.toContain('gaat niet meer weg');
    });

    it('leaves an objection in a downloaded batch as gone out: the withdrawal follows it', async () => {
      const { contract, dispute } = await disputedByPost('Tim');
      const batchIds = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
      for (const id of batchIds) await anna.get(`${API}/print-batches/${id}/pdf`).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'alreadyPaid' }).expect(200);
      await t.runDue();
      const letters = (await lettersOf(contract.id)) as Listed[];
      expect(letters.find((l) => l.id === dispute.id)!.deliveryStatus).toBe('printed');
      expect(letters.map((l) => l.kind)).toContain('dispute_withdrawal');
    });
  });

  it('answers 409 to withdrawing a contract while its dispute is open: the withdrawal is for requests still running', async () => {
    const contract = await disputedContract('Henk');
    const refused = await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'Niet meer nodig.' }).expect(409);
    expect(refused.body.state).toBe('disputed');
  });
});
