import { DataSource } from 'typeorm';
import { letterDate } from '../../letters';
import { OutboxService } from '../../src/runtime/outbox.service';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, deskOf, letterText, postEverything, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * v15 (audit F-C): the provider rejected our request for an unknown customer number, the owner complained, then found the number
 * was wrong after all and corrected it. The complaint is withdrawn: one correction letter says so, the request is handled again.
 */
describe('correcting the rejected number ends the complaint about that rejection', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ provider, desk } = await providerWithDesk(t, { name: 'Telco Nummer', category: 'telecom', requiredDocuments: ['death_certificate'] }, 'desk'));
  });
  afterAll(() => t?.close());

  const grounds = 'Het klantnummer staat op de laatste factuur; wij vragen u opnieuw te zoeken.';
  const detailOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;

  /** A request rejected over its customer number `number`, complained about, the complaint letter gone out; a relative signed in to the portal. */
  async function complained(surname: string, number: string, reason: string) {
    const estate = await createEstate(anna, { surname });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: number, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const letter = (await detailOf(contract.id)).letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    expect(letter).toMatchObject({ status: 'sent' });
    return { estate, contract, family, complaintDate: letterDate(letter.letterDate, 'nl') };
  }

  it('withdraws the complaint in the correction letter, hands the request back to the provider, and owner, family and desk read it', async () => {
    const { estate, contract, family, complaintDate } = await complained('Nummer', 'T-5550', 'Klantnummer T-5550 is bij ons niet bekend.');
    const cookie = `steward_app=${anna.token}`;

    // Before she submits: the contract page says what correcting the number will do.
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text;
    expect(page).toContain(`De klacht van ${complaintDate} over de afwijzing wordt ingetrokken als u het klantnummer corrigeert: Telco Nummer wees het verzoek af om het klantnummer.`);

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'T-5505' }).expect(200);
    await t.runDue();
    const after = await detailOf(contract.id);
    // Back to the request being handled, on the provider's usual term: no complaint term, no complaints body.
    expect(after.state).toBe('requested');
    expect(after.workflow.version).toBe(21);
    expect(after.nextStep).not.toMatch(/Geschillencommissie/);
    expect(after.statusText).not.toMatch(/[Kk]lacht/);

    // The provider gets one letter: the correction, which withdraws the complaint and asks to cancel with the right number.
    const corrections = after.letters.filter((l: { kind: string }) => l.kind === 'correction');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ status: 'sent', violations: [] });
    const text = (await letterText(anna, corrections[0].id)).replace(/\s+/g, ' ');
    expect(text).toContain(`Mijn verzoek en mijn klacht van ${complaintDate} over uw afwijzing van het verzoek vermeldden als klantnummer T-5550; het juiste klantnummer is T-5505.`);
    expect(text).toContain(`Mijn klacht van ${complaintDate} over uw afwijzing van mijn verzoek trek ik hierbij in: die afwijzing was terecht, want het klantnummer in mijn verzoek was onjuist. U hoeft op de klacht niet meer te antwoorden.`);
    expect(text).toContain('Wilt u dit in uw administratie aanpassen en de beëindiging met de juiste gegevens afhandelen?');
    expect(after.letters.filter((l: { kind: string }) => l.kind === 'cancellation')).toHaveLength(1);

    // The desk: the request handled again with the corrected number, the withdrawal in the thread.
    const view = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect(view).toMatchObject({ accountNumber: 'T-5505', tab: 'waiting_on_you' });
    expect(view.statusText).not.toMatch(/[Kk]lacht/);
    expect(view.actions).toContain('acknowledge');
    expect(view.thread.map((i: { text: string }) => i.text)).toContain('Steward trok de klacht over uw afwijzing in: het klantnummer in het verzoek was onjuist; het juiste klantnummer is T-5505');

    // Her timeline and the family's: the complaint withdrawn because the number was corrected.
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(owners).toContain(`Internet: De klacht van ${complaintDate} over de afwijzing door Telco Nummer is ingetrokken: het klantnummer is gecorrigeerd naar T-5505. Telco Nummer behandelt het verzoek opnieuw.`);
    const familyTimeline = (await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(familyTimeline).toContain('We hebben onze klacht over de afwijzing door Telco Nummer ingetrokken: het klantnummer in ons verzoek was niet juist. Het juiste klantnummer is doorgegeven en Telco Nummer behandelt het verzoek opnieuw.');
  });

  it('sets a complaint letter still waiting for the post apart: the correction withdraws no complaint the provider never had', async () => {
    const byPost = await createProvider(t.admin, {
      name: 'Posttel',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 12', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } },
    });
    const postDesk = await deskOf(t, byPost.id, 'desk');
    const estate = await createEstate(anna, { surname: 'Wachtpost' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: byPost.id, description: 'Mobiel', accountNumber: 'P-4440', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    // Said without the word "klantnummer": the customer is not known to the provider (README, complaintrest).
    await postDesk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Wij kennen deze klant niet.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    expect((await detailOf(contract.id)).letters.map((l: { kind: string; deliveryStatus: string }) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'rejection_complaint queued_for_print']);
    // Before she submits: the form says the complaint letter stays home, not that it is made again.
    const page = flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(page).toContain('wordt ingetrokken als u het klantnummer corrigeert: Posttel wees het verzoek af om het klantnummer.');
    expect(page).toContain('De klachtbrief wacht nog op de post en gaat dan niet weg; Posttel krijgt een correctie met het juiste klantnummer en behandelt het verzoek opnieuw.');

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'P-4404' }).expect(200);
    await t.runDue();
    const after = await detailOf(contract.id);
    expect(after.state).toBe('requested');
    // The complaint letter never goes, nor one made anew; the correction alone goes, and says nothing of a complaint.
    expect(after.letters.map((l: { kind: string; deliveryStatus: string }) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation posted', 'rejection_complaint failed', 'correction queued_for_print']);
    const text = await letterText(anna, after.letters[2].id);
    expect(text).toContain('Mijn verzoek vermeldde als klantnummer P-4440; het juiste klantnummer is P-4404.');
    expect(text).not.toMatch(/klacht/i);
    // The desk showed the complaint as filed (its grounds, the letter on its way), so it reads the withdrawal too; the letter is not in its thread.
    const view = (await postDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect(view.thread.map((i: { text: string }) => i.text)).toContain('Steward trok de klacht over uw afwijzing in: het klantnummer in het verzoek was onjuist; het juiste klantnummer is P-4404');
    expect(view.thread.filter((i: { type: string; letterKind?: string }) => i.type === 'letter').map((i: { letterKind: string }) => i.letterKind)).toEqual(['cancellation']);
    // Her timeline: the complaint letter did not go, and why.
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(owners).toContain('Brief „Klacht over de afwijzing van mijn verzoek” aan Posttel klaargezet voor de post, maar niet geprint: een gegeven erin werd gecorrigeerd voordat hij wegging (zie de correctie).');
  });

  /** An e-mail provider that rejected the request over an unknown customer; the owner complained and the complaint letter is made, its e-mail not sent yet. */
  async function complainedByEmail(name: string, number: string) {
    const { provider: byEmail, desk: mailDesk } = await providerWithDesk(t, { name, channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: `nabestaanden@${name.toLowerCase()}.example` } }, 'desk');
    const estate = await createEstate(anna, { surname: name });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: byEmail.id, description: 'Mobiel', accountNumber: number, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await mailDesk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Wij kennen deze klant niet.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    // The complaint letter is made; its e-mail waits for a worker (the sending grace).
    const complaint = async () => (await detailOf(contract.id)).letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    for (let i = 0; i < 20 && !(await complaint()); i++) await t.app.get(OutboxService).drain(1);
    expect(await complaint()).toMatchObject({ status: 'sent', deliveryStatus: 'pending' });
    return { estate, contract, complaint: (await complaint()) as { id: string }, mailDesk };
  }

  it('keeps a complaint by e-mail whose sending has not started home when the number is corrected, and says so before', async () => {
    const { estate, contract } = await complainedByEmail('Mailtel', 'M-5550');
    const page = flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(page).toContain('De klachtbrief is nog niet per e-mail verstuurd en gaat dan niet weg; Mailtel krijgt een correctie met het juiste klantnummer en behandelt het verzoek opnieuw.');

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'M-5505' }).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    const after = await detailOf(contract.id);
    expect(after.state).toBe('requested');
    // The complaint's e-mail never goes; the correction alone goes, and says nothing of a complaint.
    expect(after.letters.map((l: { kind: string; deliveryStatus: string }) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation delivered', 'rejection_complaint failed', 'correction delivered']);
    const text = await letterText(anna, after.letters[2].id);
    expect(text).toContain('Mijn verzoek vermeldde als klantnummer M-5550; het juiste klantnummer is M-5505.');
    expect(text).not.toMatch(/klacht/i);
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(owners).toContain('Brief „Klacht over de afwijzing van mijn verzoek” aan Mailtel gemaakt, maar niet per e-mail verstuurd: een gegeven erin werd gecorrigeerd voordat hij wegging (zie de correctie).');
  });

  it('keeps a complaint by e-mail home when a worker claimed its sending but had not started it; one whose sending started goes', async () => {
    const db = t.app.get(DataSource);
    const claim = async (letterId: string) => (await db.query(`UPDATE outbox SET status = 'in_progress', attempts = attempts + 1 WHERE kind = 'deliver_letter' AND payload->>'letterId' = $1 AND status = 'pending'`, [letterId]))[1];
    // Claimed, not started: the worker that comes to send it finds it set apart.
    const claimed = await complainedByEmail('Claimtel', 'C-6660');
    expect(await claim(claimed.complaint.id)).toBe(1);
    await anna.patch(`${API}/contracts/${claimed.contract.id}`, { accountNumber: 'C-6606' }).expect(200);
    // Started (committed before its SMTP exchange): it is on its way, so it is not set apart and goes as it was.
    const started = await complainedByEmail('Starttel', 'S-7770');
    expect(await claim(started.complaint.id)).toBe(1);
    expect((await db.query(`UPDATE letters SET sending_started_at = $2 WHERE id = $1`, [started.complaint.id, t.clock.now()]))[1]).toBe(1);
    await anna.patch(`${API}/contracts/${started.contract.id}`, { accountNumber: 'S-7707' }).expect(200);
    t.clock.advanceDays(1 / 48);
    await t.runDue();
    const status = async (id: string) => (await detailOf(id)).letters.find((l: { kind: string }) => l.kind === 'rejection_complaint').deliveryStatus;
    expect(await status(claimed.contract.id)).toBe('failed');
    expect(await status(started.contract.id)).toBe('delivered');
  });

  it('says it all in English to an English owner and an English desk: the complaints body, the notice, the letter, both timelines', async () => {
    const { provider: abroad, desk: abroadDesk } = await providerWithDesk(t, { name: 'Telco Abroad', category: 'telecom', language: 'en', requiredDocuments: [] }, 'desk');
    await t.admin.post(`${API}/users`, { email: 'emma.complaint@test.example', name: 'Emma Smith', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    const emma = await t.login('emma.complaint@test.example', 'specialist-pw-1');
    const estate = await createEstate(emma, { surname: 'Abroad' });
    const contract = (await emma.post(`${API}/estates/${estate.id}/contracts`, { providerId: abroad.id, description: 'Mobile', accountNumber: 'E-3330', action: 'cancel' }).expect(201)).body as { id: string };
    await emma.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    // Said without the words "customer number": the customer is not known to the provider.
    await abroadDesk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Customer not found.' }).expect(200);
    await emma.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const complainedDetail = (await emma.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    const complaint = complainedDetail.letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    const on = letterDate(complaint.letterDate, 'en');
    // The complaints body: from the day it takes the case, on its condition.
    expect(complainedDetail.nextStep).toMatch(
      /^No answer to the complaint by \d{1,2} [A-Z][a-z]+ \d{4}: call Telco Abroad\. From \d{1,2} [A-Z][a-z]+ \d{4} you can go to the Geschillencommissie Telecommunicatie \(if Telco Abroad is affiliated with it\)\.$/,
    );

    const page = flat((await emma.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${emma.token}`).expect(200)).text);
    expect(page).toContain(
      `The complaint of ${on} about the rejection is withdrawn if you correct the account number: Telco Abroad rejected the request over the customer number. Telco Abroad gets a correction with the right number, reads in it that the complaint is withdrawn, and handles the request again. If you correct anything else, the complaint stays.`,
    );

    await emma.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'E-3303' }).expect(200);
    await t.runDue();
    const after = (await emma.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(after.state).toBe('requested');
    const correction = after.letters.find((l: { kind: string }) => l.kind === 'correction');
    expect(await letterText(emma, correction.id)).toContain(
      `I hereby withdraw my complaint of ${on} about your rejection of my request: that rejection was right, as the account number in my request was wrong. You need not answer the complaint any more.`,
    );
    const hers = (await emma.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(hers).toContain(`Mobile: The complaint of ${letterDate(complaint.letterDate, 'en')} about Telco Abroad's rejection has been withdrawn: the customer number was corrected to E-3303. Telco Abroad is handling the request again.`);
    const view = (await abroadDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect(view.thread.map((i: { text: string }) => i.text)).toContain('Steward withdrew the complaint about your rejection: the customer number in the request was wrong; the right customer number is E-3303');
  });

  it('keeps the complaint when something else is corrected, or the rejection was not about the number', async () => {
    const { contract } = await complained('Omschrijving', 'T-7770', 'Dit klantnummer is bij ons niet bekend.');
    await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Internet en tv' }).expect(200);
    expect((await detailOf(contract.id)).state).toBe('complained');

    const other = await complained('Zakelijk', 'T-8880', 'Dit is een zakelijk contract; alleen de onderneming kan opzeggen.');
    const page = (await anna.get(`/app/contracts/${other.contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).not.toContain('wordt ingetrokken als u het klantnummer corrigeert');
    await anna.patch(`${API}/contracts/${other.contract.id}`, { accountNumber: 'T-8881' }).expect(200);
    await t.runDue();
    const after = await detailOf(other.contract.id);
    expect(after.state).toBe('complained');
    const correction = after.letters.find((l: { kind: string }) => l.kind === 'correction');
    // The correction names the complaint only as a letter that printed the old number; it withdraws nothing.
    expect((await letterText(anna, correction.id)).replace(/\s+/g, ' ')).not.toContain('trek ik hierbij in');
  });
});
