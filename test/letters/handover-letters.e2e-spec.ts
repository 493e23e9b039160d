import { Client } from 'pg';
import { letterDate } from '../../letters/dates';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * After a handover the letters speak truthfully about who did what: a colleague's request is the
 * colleague's, and every provider still handling a contract is told the new contact person. A refund
 * account taken away is told too: the provider must not pay into it.
 */
describe('letters after a handover, and a refund account taken away', () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let db: Client;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    pieter = await t.specialist('Pieter Bakker');
  });
  afterAll(() => t?.close());
  /** The estate's contact-person letters still to make as a row queued before handovertrue kept `after` (the provider's latest letter then). */
  const queuedBeforeAfterWasKept = (estateId: string) =>
    db.query(`UPDATE outbox SET payload = payload #- '{event,after}' WHERE estate_id = $1 AND status = 'pending' AND payload #>> '{event,type}' = 'CONTACT_CHANGE'`, [estateId]);

  type Letter = { id: string; kind: string; status: string; letterDate: string };
  const lettersOf = async (who: Session, contractId: string) => (await who.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (who: Session, letterId: string) => await letterText(who, letterId);
  const summaries = async (who: Session, estateId: string) => ((await who.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  async function estateWithRequest(owner: Session, providerName: string) {
    const estate = await createEstate(owner);
    await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const provider = await createProvider(t.admin, { name: providerName, slaBusinessDays: 10 });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement', accountNumber: '1234', action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { estate, provider, contract };
  }

  it("tells each provider still handling a contract the new contact person, and names the colleague's request as hers", async () => {
    const { estate, contract } = await estateWithRequest(anna, 'KPN');
    const kpnRequest = (await lettersOf(anna, contract.id))[0];
    expect(kpnRequest).toMatchObject({ kind: 'cancellation', status: 'sent' });
    const requestDate = kpnRequest.letterDate;
    // A contract whose provider never had a letter has no contact person to change.
    const ziggo = await createProvider(t.admin, { name: 'Ziggo' });
    const draft = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: '77', action: 'cancel' }).expect(201)).body as { id: string };

    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna gaat met verlof' }).expect(201);
    await t.runDue();

    const kpn = await lettersOf(pieter, contract.id);
    expect(kpn.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'contact_change sent']);
    expect(await lettersOf(pieter, draft.id)).toEqual([]);
    const told = await pdfOf(pieter, kpn[1].id);
    expect(told).toContain('Betreft: Nieuwe contactpersoon: Mobiel abonnement, klantnummer 1234, van Jan de Vries');
    expect(told).toContain('Over het contract Mobiel abonnement met klantnummer 1234 van Jan de Vries, overleden op 2 november 2026, had u tot nu toe contact met mijn collega Anna de Boer.');
    expect(told).toContain('Ik heb de afwikkeling van mijn collega overgenomen en ben vanaf nu uw contactpersoon; verder verandert er niets.');
    expect(told).toContain('Pieter Bakker');
    expect(told).not.toContain('Op ');
    expect(await summaries(pieter, estate.id)).toContain('Pieter Bakker is nu de vaste contactpersoon (neemt over van Anna de Boer); KPN wordt op de hoogte gebracht van de nieuwe contactpersoon. Reden: Anna gaat met verlof');

    // The next letters say who asked: the colleague, not "I".
    await pieter.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await t.runDue();
    const correction = (await lettersOf(pieter, contract.id)).find((l) => l.kind === 'correction')!;
    const corrected = await pdfOf(pieter, correction.id);
    const asked = `Op ${letterDate(requestDate, 'nl')} heeft mijn collega Anna de Boer u`;
    expect(corrected).toContain('Betreft: Correctie op ons verzoek: Mobiel abonnement, klantnummer 1234, van Jan de Vries');
    expect(corrected).toContain(`${asked} namens de nabestaanden`);
    expect(corrected).toContain('heeft mijn collega Anna de Boer u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Mobiel abonnement te beëindigen.');
    // The letter naming the new contact person printed the old number too: it is named, as the new owner's own.
    expect(corrected).toContain('Ons verzoek en mijn brief van 23 november 2026 over de nieuwe contactpersoon vermeldden als klantnummer 1234; het juiste klantnummer is 1243.');
    expect(corrected).not.toMatch(/heb ik u namens/);
    expect(corrected).not.toMatch(/mijn verzoek/i);

    await t.runDue(15);
    const reminder = (await lettersOf(pieter, contract.id)).find((l) => l.kind === 'reminder')!;
    const reminded = await pdfOf(pieter, reminder.id);
    // Anna asked for 1234; Pieter's correction told 1243: the reminder says each as it was.
    expect(reminded).toContain(
      `heeft mijn collega Anna de Boer u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Mobiel abonnement met klantnummer 1234 te beëindigen. Op ${letterDate(correction.letterDate, 'nl')} heb ik u laten weten dat het juiste klantnummer 1243 is.`,
    );
    expect(reminded).not.toMatch(/heb ik u namens/);
  });

  it('tells the provider in its language, and tells nobody again when the estate comes back to the one who wrote', async () => {
    const { estate, contract } = await estateWithRequest(anna, 'Vodafone UK');
    await t.admin.patch(`${API}/providers/${(await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.provider.id}`, { language: 'en' }).expect(200);
    const handover = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna gaat met verlof' }).expect(201)).body.handover as { id: string };
    await t.runDue();
    const told = await lettersOf(pieter, contract.id);
    expect(told.map((l) => l.kind)).toEqual(['cancellation', 'contact_change']);
    const text = await pdfOf(pieter, told[1].id);
    expect(text).toContain('Subject: New contact person: Mobiel abonnement, account number 1234, of Jan de Vries');
    expect(text).toContain('About the contract Mobiel abonnement with account number 1234 of Jan de Vries, who died on 2 November 2026, you have so far been in contact with my colleague Anna de Boer.');

    // Undone: Anna is the contact again, and the provider's latest letter came from Pieter, so it hears of it.
    await anna.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(200);
    await t.runDue();
    const back = await lettersOf(anna, contract.id);
    expect(back.map((l) => l.kind)).toEqual(['cancellation', 'contact_change', 'contact_change']);
    expect(await pdfOf(anna, back[2].id)).toContain('you have so far been in contact with my colleague Pieter Bakker.');
  });

  it('promises no contact-person letter it does not make: an objection decided before the handover and made after it names the new contact already', async () => {
    const { estate, contract } = await estateWithRequest(anna, 'T-Mobile');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'TM-R1', effectiveDate: '2026-11-30' }).expect(200);
    // Anna records a bill after the end date and hands over before the outbox made its objection.
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Overdracht tijdens geschil' }).expect(201);
    // At the handover only what is certain: T-Mobile will hear of its new contact person, not which letter tells it.
    expect(await summaries(pieter, estate.id)).toContain('Pieter Bakker is nu de vaste contactpersoon (neemt over van Anna de Boer); T-Mobile wordt op de hoogte gebracht van de nieuwe contactpersoon. Reden: Overdracht tijdens geschil');
    await t.runDue();

    const letters = await lettersOf(pieter, contract.id);
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'dispute sent']);
    // The objection goes out now, signed by the one who is the contact now: he makes the objection in it (nothing says he decided
    // anything before), the phone call Anna took stays hers, and the provider is asked to write to him.
    const objection = await pdfOf(pieter, letters[1].id);
    expect(objection).toMatch(/U heeft mijn collega Anna de Boer op \d+ \p{L}+ 2026 telefonisch laten weten dat het contract Mobiel abonnement met klantnummer 1234 (is|wordt) beëindigd per 30 november 2026\./u);
    expect(objection).toContain('Ik maak bezwaar tegen de hele factuur; die is niet verschuldigd.');
    expect(objection).toContain('Wilt u alle verdere correspondentie aan mij richten');
    expect(objection).toContain('Met vriendelijke groet, Pieter Bakker');
    // The record says which letter told T-Mobile, instead of a letter that was never made.
    expect(await summaries(pieter, estate.id)).toContain(
      `Geen aparte brief over de nieuwe contactpersoon aan T-Mobile: de brief van ${letterDate(letters[1].letterDate, 'nl')} (bezwaar tegen factuur) noemt Pieter Bakker al als contactpersoon.`,
    );
  });

  it('names the letter that told the provider for a contact-person letter queued before handovertrue, and none made before the handover', async () => {
    const { estate, contract } = await estateWithRequest(anna, 'Youfone');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'YF-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-7', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Overdracht tijdens geschil' }).expect(201);
    expect((await queuedBeforeAfterWasKept(estate.id)).rowCount).toBe(1);
    await t.runDue();
    const letters = await lettersOf(pieter, contract.id);
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'dispute sent']);
    expect(await summaries(pieter, estate.id)).toContain(
      `Geen aparte brief over de nieuwe contactpersoon aan Youfone: de brief van ${letterDate(letters[1].letterDate, 'nl')} (bezwaar tegen factuur) noemt Pieter Bakker al als contactpersoon.`,
    );

    // Handed back and undone before the letter was made: the provider's latest letter (Pieter's objection) was made before the undo.
    const back = (await pieter.post(`${API}/estates/${estate.id}/handover`, { toUserId: anna.userId, reason: 'Terug naar Anna' }).expect(201)).body.handover as { id: string };
    await pieter.post(`${API}/estates/${estate.id}/handovers/${back.id}/undo`).expect(200);
    await queuedBeforeAfterWasKept(estate.id);
    await t.runDue();
    expect((await lettersOf(pieter, contract.id)).map((l) => l.kind)).toEqual(['cancellation', 'dispute']);
    expect((await summaries(pieter, estate.id)).filter((s) => s.startsWith('Geen aparte brief over de nieuwe contactpersoon aan Youfone'))).toHaveLength(1);
  });

  it('says nothing of a letter when the handover is undone before its contact-person letter was made', async () => {
    const { estate, contract } = await estateWithRequest(anna, 'Lebara');
    const handover = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna gaat met verlof' }).expect(201)).body.handover as { id: string };
    await anna.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(200);
    await t.runDue();
    expect((await lettersOf(anna, contract.id)).map((l) => l.kind)).toEqual(['cancellation']);
    const history = await summaries(anna, estate.id);
    expect(history).toContain('Overdracht teruggedraaid: Anna de Boer is weer de vaste contactpersoon (in plaats van Pieter Bakker).');
    expect(history.filter((s) => s.includes('nieuwe contactpersoon aan Lebara'))).toEqual([]);
  });

  it('tells a provider that had the refund account in its request that the account is taken away', async () => {
    const { estate, contract } = await estateWithRequest(anna, 'Odido');
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(200);
    await t.runDue();
    expect(await summaries(anna, estate.id)).toContain('De boedelrekening gewijzigd van NL91 ABNA 0417 1643 00 t.n.v. Erven J. de Vries naar (leeg). Er gaat een correctiebrief naar Odido.');
    const letters = await lettersOf(anna, contract.id);
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'correction sent']);
    const text = await pdfOf(anna, letters[1].id);
    expect(text).toContain('Mijn verzoek vermeldde als rekening voor een terugbetaling NL91 ABNA 0417 1643 00 (Erven J. de Vries); dat gegeven vervalt.');
  });
});
