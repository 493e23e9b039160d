import { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createProvider, deceased, deskOf, HOLDER_PARTICULARS, letterText, postBatch, TINY_PDF } from '../support/fixtures';
import request from 'supertest';
import { ADMIN, Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** Issue 15, item 1: everything recorded can be corrected, on the record, and a correction after the request is told to the provider. */
describe('corrections, from the record to the letter read back', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;
  let pieter: Specialist;
  let estate: { id: string };
  let maria: Session;
  let kees: Session;
  let mariaId: string;

  // Outbox rows are pruned a day after they are done, so a retry cannot lean on them.
  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ env: { STEWARD_OUTBOX_RETENTION_DAYS: '1' }, dbClient: true }));
    pieter = await t.specialist('Pieter Jansen');
    estate = (await anna.post(`${API}/estates`, { deceased: deceased() }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const signIn = async (name: string) => {
      const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, relation: 'kind', isHeir: true, isRepresentative: false }).expect(201)).body;
      return { id: member.id as string, session: t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken) };
    };
    ({ id: mariaId, session: maria } = await signIn('Maria de Vries'));
    ({ session: kees } = await signIn('Kees de Vries'));
  });
  afterAll(() => t?.close());

  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  /** The administrator's account reads English, Anna's Dutch: each gets the staff timeline in their own language. */
  const staffTimeline = async (reader: Session = t.admin) => (await reader.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { event: string; summary: string }[];
  const familyTimeline = async (s: Session) => ((await s.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const fields = (body: { errors: { field: string }[] }) => [...new Set(body.errors.map((e) => e.field))];

  async function requested(provider: { id: string }, accountNumber: string) {
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return contract as { id: string };
  }

  it('corrects a wrong account number after a blocked letter and produces it again, though its outbox row is gone', async () => {
    const vattenfall = await createProvider(t.admin, { name: 'Vattenfall', category: 'energy', slaBusinessDays: 60 });
    const contract = await requested(vattenfall, '1234');
    const [blocked] = (await contractOf(contract.id)).letters;
    expect(blocked).toMatchObject({ status: 'blocked', violations: [expect.objectContaining({ rule: 'missing-data', where: 'estate.estateAccount' })] });
    await t.runDue(2);
    expect((await db.query(`SELECT count(*)::int AS n FROM outbox WHERE contract_id = $1`, [contract.id])).rows[0].n).toBe(0);

    // A bad correction names the field and changes nothing; another owner's contract does not exist.
    const empty = await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '' }).expect(400);
    expect(empty.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(empty.body)).toEqual(['accountNumber']);
    expect(fields((await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: null, requestedEndDate: '2026-02-30' }).expect(400)).body).sort()).toEqual(['accountNumber', 'requestedEndDate']);
    expect(fields((await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-10-01' }).expect(422)).body)).toEqual(['requestedEndDate']);
    await pieter.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(404);
    expect((await contractOf(contract.id)).accountNumber).toBe('1234');

    // Before any letter went out a correction is a plain edit: on the record, nothing to the provider.
    expect((await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200)).body.accountNumber).toBe('1243');
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' } }).expect(200);
    expect((await staffTimeline()).map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Vattenfall, Stroom en gas: changed the customer number from 1234 to 1243.', 'Changed the estate account to NL91 ABNA 0417 1643 00 held by Erven J. de Vries (none recorded before).']),
    );
    expect((await staffTimeline(anna)).map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Vattenfall, Stroom en gas: het klantnummer gewijzigd van 1234 naar 1243.', 'De boedelrekening vastgelegd: NL91 ABNA 0417 1643 00 t.n.v. Erven J. de Vries.']),
    );
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters;
    expect(letters.map((l: { kind: string; status: string }) => `${l.kind} ${l.status}`)).toEqual(['cancellation blocked', 'cancellation sent']);
    const text = await pdfOf(letters[1].id);
    expect(text).toContain('klantnummer 1243');
    expect(text).not.toContain('1234');

    const family = await familyTimeline(maria);
    expect(family).toContain('Het klantnummer bij Vattenfall is gecorrigeerd van 1234 naar 1243.');
    expect(family).toContain('In het dossier is de boedelrekening ingevuld: •••• 4300.');
    expect(family.join(' ')).not.toContain('NL91');
  });

  it('tells the provider about a correction after the request went out, and refuses another provider', async () => {
    const eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', slaBusinessDays: 60 });
    const other = await createProvider(t.admin, { name: 'Essent', category: 'energy' });
    const contract = await requested(eneco, '1234');
    expect((await contractOf(contract.id)).letters.map((l: { status: string }) => l.status)).toEqual(['sent']);

    const moved = await anna.patch(`${API}/contracts/${contract.id}`, { providerId: other.id }).expect(409);
    expect(moved.body).toMatchObject({
      type: 'https://steward.example/problems/request-out',
      detail: 'Het verzoek is al naar Eneco gegaan voor deze organisatie. Trek dit contract in (de organisatie hoort het) en voeg een nieuw toe. Er is niets gewijzigd.',
      errors: [{ field: 'providerId' }],
    });
    await anna.patch(`${API}/contracts/${contract.id}`, { action: 'transfer' }).expect(422); // a transfer needs its new holder, named by field first

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243', requestedEndDate: '2026-12-15' }).expect(200);
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'correction sent']);
    const text = await pdfOf(letters[1].id);
    // Its subject names the contract as the request did, so the provider finds that request; the lines below correct it.
    expect(text).toContain('Betreft: Correctie op mijn verzoek: Stroom en gas, klantnummer 1234, van Jan de Vries');
    expect(text).toContain('Mijn verzoek vermeldde als klantnummer 1234; het juiste klantnummer is 1243.');
    // The request asked for the date of death or else as soon as possible: not "no end date".
    expect(text).toContain('Mijn verzoek vroeg u het contract per 2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk, te beëindigen; de gewenste einddatum is 15 december 2026.');
    expect(text).toContain('Op 25 november 2026 heb ik u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Stroom en gas te beëindigen.');

    expect((await staffTimeline()).map((e) => e.summary)).toContain('Eneco, Stroom en gas: changed the customer number from 1234 to 1243; the requested end date to 15 December 2026 (none recorded before).');
    expect(await familyTimeline(kees)).toEqual(
      expect.arrayContaining(['Het klantnummer bij Eneco is gecorrigeerd van 1234 naar 1243. De gewenste einddatum bij Eneco is ingevuld: 15 december 2026.']),
    );
  });

  it("corrects the deceased and a relative's particulars by the rules of adding them, each told only to whom it concerns", async () => {
    expect(fields((await anna.patch(`${API}/estates/${estate.id}`, { deceased: { surname: '' } }).expect(400)).body)).toEqual(['deceased.surname']);
    expect(fields((await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2030-01-01' } }).expect(422)).body)).toEqual(['deceased.dateOfDeath']);
    expect(fields((await anna.patch(`${API}/estates/${estate.id}/family-members/${mariaId}`, { iban: 'NL00RABO0123456789', name: null }).expect(400)).body).sort()).toEqual(['iban', 'name']);
    await pieter.patch(`${API}/estates/${estate.id}/family-members/${mariaId}`, { phone: '+31 6 1234 5678' }).expect(404);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.givenNames).toBe('Jan');

    // Vattenfall and Eneco have the request with the old name and are still handling it; a draft contract's provider has nothing yet.
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', category: 'telecom' });
    const draft = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Jan Hendrik' } }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}/family-members/${mariaId}`, { iban: 'NL44 RABO 0123 4567 89' }).expect(200);
    const summaries = (await staffTimeline()).map((e) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining(["Changed the deceased's given names from Jan to Jan Hendrik. A correction letter goes to Vattenfall, Eneco.", 'Maria de Vries: changed the IBAN to NL44 RABO 0123 4567 89 (none recorded before).']),
    );
    expect((await staffTimeline(anna)).map((e) => e.summary)).toEqual(
      expect.arrayContaining(['De voornamen van de overledene gewijzigd van Jan naar Jan Hendrik. Er gaat een correctiebrief naar Vattenfall, Eneco.', 'Maria de Vries: het IBAN vastgelegd: NL44 RABO 0123 4567 89.']),
    );
    expect(await familyTimeline(maria)).toEqual(expect.arrayContaining(['In uw gegevens is het IBAN ingevuld: •••• 6789.', 'In het dossier zijn de voornamen van de overledene gecorrigeerd van Jan naar Jan Hendrik.']));
    expect((await familyTimeline(kees)).join(' ')).not.toContain('IBAN');

    await t.runDue();
    const contracts = (await anna.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items as { id: string; provider: { name: string } }[];
    // Eneco's earlier correction (of its customer number) printed the name in its subject and opening too: it is named.
    for (const [provider, printedIn] of [['Vattenfall', 'Mijn verzoek vermeldde'], ['Eneco', 'Mijn verzoek en mijn correctie van 25 november 2026 vermeldden']]) {
      const told = contracts.find((c) => c.provider.name === provider)!;
      const corrections = ((await contractOf(told.id)).letters as { id: string; kind: string; status: string }[]).filter((l) => l.kind === 'correction');
      expect(corrections.at(-1)!.status).toBe('sent');
      expect(await pdfOf(corrections.at(-1)!.id)).toContain(`${printedIn} als naam van de overledene Jan de Vries; de juiste naam van de overledene is Jan Hendrik de Vries.`);
    }
    expect((await contractOf(draft.id)).letters).toEqual([]);
  });

  it("tells the provider of a transfer, and only that one, when the new holder's particulars are corrected", async () => {
    const nuon = await createProvider(t.admin, { name: 'Nuon', category: 'energy', slaBusinessDays: 60 });
    await anna.patch(`${API}/estates/${estate.id}/family-members/${mariaId}`, { ...HOLDER_PARTICULARS, email: 'maria@familie.example' }).expect(200);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: nuon.id, description: 'Stroom', accountNumber: 'N-1', action: 'transfer', transferToFamilyMemberId: mariaId }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    expect((await contractOf(contract.id)).letters.map((l: { kind: string; status: string }) => `${l.kind} ${l.status}`)).toEqual(['transfer sent']);

    await anna.patch(`${API}/estates/${estate.id}/family-members/${mariaId}`, { iban: 'NL02ABNA0123456789' }).expect(200);
    expect((await staffTimeline()).map((e) => e.summary)).toContain('Maria de Vries: changed the IBAN from NL44 RABO 0123 4567 89 to NL02 ABNA 0123 4567 89. A correction letter goes to Nuon.');
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['transfer sent', 'correction sent']);
    expect(await pdfOf(letters[1].id)).toContain('Mijn verzoek vermeldde als IBAN van de nieuwe contracthouder NL44 RABO 0123 4567 89; het juiste IBAN van de nieuwe contracthouder is NL02 ABNA 0123 4567 89.');

    // A date asked for now: the letter quotes what the request asked, in the word of a transfer; so does the family's timeline.
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2027-03-01' }).expect(200);
    await t.runDue();
    const dated = (await contractOf(contract.id)).letters as { id: string; kind: string; status: string }[];
    expect(dated.map((l) => `${l.kind} ${l.status}`)).toEqual(['transfer sent', 'correction sent', 'correction sent']);
    const text = await pdfOf(dated[2].id);
    expect(text).toContain('Mijn verzoek vroeg u het contract per 2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk, over te zetten; de gewenste datum van overzetting is 1 maart 2027.');
    expect(text).not.toContain('einddatum');
    expect(await familyTimeline(kees)).toContain('De gewenste datum van overzetting bij Nuon is ingevuld: 1 maart 2027.');
  });

  it('lets a correction after a rejection ride with the request asked again, not in a letter of its own', async () => {
    const greenchoice = await createProvider(t.admin, { name: 'Greenchoice', category: 'energy', slaBusinessDays: 60 });
    const contract = await requested(greenchoice, '5550');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Klantnummer 5550 is bij ons niet bekend.' }).expect(200);
    // The right number, then the amend: the provider gets one new request with it, not a correction of a request it refused and then the request.
    // The administrator's correction form says what a correction now does.
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...ADMIN, next: '/app' }).expect(303);
    expect((await web.get(`/app/contracts/${contract.id}`).expect(200)).text).toContain('The request goes to Greenchoice again: a corrected description, account number or end date is in that new request, without a correction letter of its own.');
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '5505' }).expect(200);
    // A correction of the estate's account meanwhile: the other providers are told, Greenchoice hears it with its new request.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL20INGB0001234567', holder: 'Erven J.H. de Vries' } }).expect(200);
    const told = (await staffTimeline()).map((e) => e.summary).find((summary) => summary.includes('NL20 INGB'));
    expect(told).toContain('A correction letter goes to');
    expect(told).not.toContain('Greenchoice');
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-20' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'cancellation sent']);
    const text = await pdfOf(letters[1].id);
    expect(text).toContain('5505');
    expect(text).toContain('20 december 2026');
    expect(text).toContain('NL20 INGB 0001 2345 67');
  });
  /** README, queuedfix: a request made but still waiting for the post unprinted is made again from a corrected record. */
  const byPost = (name: string, category: string) =>
    createProvider(t.admin, { name, category, channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } } });
  type Listed = { id: string; kind: string; status: string; deliveryStatus: string };
  /** Every batch of Anna's as it would be printed: each one's PDF read back, and the letters each holds. */
  const batches = async () => {
    const ids = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    return Promise.all(
      ids.map(async (id) => ({
        id,
        letters: ((await anna.get(`${API}/print-batches/${id}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id),
        text: flat(await pdfText((await anna.get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body)),
      })),
    );
  };

  it('makes a request waiting for the post again with the corrected customer number: the old one is in no batch and no correction letter follows', async () => {
    const kpn = await byPost('KPN', 'telecom');
    const desk = await deskOf(t, kpn.id);
    const contract = await requested(kpn, 'K-7001');
    await t.runDue(1); // the next day's run put it in Anna's batch; nobody printed that yet
    const [old] = (await contractOf(contract.id)).letters as Listed[];
    expect(old).toMatchObject({ kind: 'cancellation', status: 'sent', deliveryStatus: 'printed' });
    expect(await pdfOf(old.id)).toContain('klantnummer K-7001');
    // Another provider is another request, also while this one waits for the post: refused, and the letter waits as it was.
    const tele2 = await byPost('Tele2', 'telecom');
    expect((await anna.patch(`${API}/contracts/${contract.id}`, { providerId: tele2.id }).expect(409)).body).toMatchObject({ type: 'https://steward.example/problems/request-out', errors: [{ field: 'providerId' }] });
    expect((await contractOf(contract.id)).letters).toEqual([expect.objectContaining({ id: old.id, deliveryStatus: 'printed' })]);

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7010' }).expect(200);
    expect((await staffTimeline(anna)).map((e) => e.summary)).toContain(
      'KPN, Stroom en gas: het klantnummer gewijzigd van K-7001 naar K-7010. De opzegging aan KPN is opnieuw gemaakt met het gecorrigeerde klantnummer; de eerdere versie gaat niet weg.',
    );
    expect((await staffTimeline()).map((e) => e.summary)).toContain(
      'KPN, Stroom en gas: changed the customer number from K-7001 to K-7010. The cancellation to KPN was made again with the corrected customer number; the earlier version does not go out.',
    );
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as Listed[];
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation queued_for_print']);
    const remade = letters[1];
    const text = await pdfOf(remade.id);
    expect(text).toContain('klantnummer K-7010');
    expect(text).not.toContain('K-7001');
    // Before the post the desk has nothing of it; the old letter never reaches it.
    const url = `${API}/provider-desk/requests/${contract.id}`;
    expect((await desk.get(url).expect(200)).body).toMatchObject({ letterPending: true, thread: [] });

    // What goes to the printer: the new letter, the old one in no batch.
    const printed = await batches();
    expect(printed.flatMap((b) => b.letters)).toContain(remade.id);
    expect(printed.flatMap((b) => b.letters)).not.toContain(old.id);
    expect(printed.map((b) => b.text).join(' ')).toContain('klantnummer K-7010');
    expect(printed.map((b) => b.text).join(' ')).not.toContain('K-7001');
    for (const b of printed) await postBatch(anna, b.id);
    const posted = (await desk.get(url).expect(200)).body;
    expect(posted.letterPending).toBe(false);
    expect(JSON.stringify(posted)).not.toContain('K-7001');
    expect(JSON.stringify(posted)).not.toContain(old.id);
    expect(((await contractOf(contract.id)).letters as Listed[]).map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation posted']);
  });

  it('tells a correction in a letter of its own once the batch holding the request was printed', async () => {
    const odido = await byPost('Odido', 'telecom');
    const contract = await requested(odido, 'O-1');
    await t.runDue(1);
    const [request] = (await contractOf(contract.id)).letters as Listed[];
    const [batch] = (await batches()).filter((b) => b.letters.includes(request.id)); // downloaded: printed, in the envelope
    expect(batch.text).toContain('klantnummer O-1');
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'O-2' }).expect(200);
    expect((await staffTimeline()).map((e) => e.summary)).toContain('Odido, Stroom en gas: changed the customer number from O-1 to O-2.');
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as Listed[];
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation printed', 'correction queued_for_print']);
    expect(await pdfOf(letters[1].id)).toContain('Mijn verzoek vermeldde als klantnummer O-1; het juiste klantnummer is O-2.');
    await postBatch(anna, batch.id);
  });

  it("makes a request waiting for the post again with the deceased's corrected address, while the providers that have theirs are told", async () => {
    const budget = await byPost('Budget Energie', 'energy');
    const contract = await requested(budget, 'B-31');
    const [old] = (await contractOf(contract.id)).letters as Listed[];
    expect(old).toMatchObject({ kind: 'cancellation', deliveryStatus: 'queued_for_print' });
    expect(await pdfOf(old.id)).toContain('Keizersgracht 112');

    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { address: { street: 'Herengracht 5', postalCode: '1015 BA', city: 'Amsterdam', country: 'NL' } } }).expect(200);
    const summary = (await staffTimeline(anna)).map((e) => e.summary).find((s) => s.includes('Herengracht 5'))!;
    expect(summary).toContain('Er gaat een correctiebrief naar');
    expect(summary).toContain('Odido');
    // Odido's correction of the customer number (the test before) still waits for the post: it gives way to this one, which carries it (README, setapartrest).
    expect(summary).toMatch(/De opzegging aan Budget Energie is opnieuw gemaakt met het gecorrigeerde adres; de eerdere versie gaat niet weg\. De correctie aan Odido is opnieuw gemaakt met het gecorrigeerde adres; de eerdere versie gaat niet weg\.$/);
    expect(summary.replace(/ De opzegging aan Budget Energie.*$/, '')).not.toContain('Budget Energie');
    await t.runDue();
    const letters = (await contractOf(contract.id)).letters as Listed[];
    expect(letters.map((l) => `${l.kind} ${l.deliveryStatus}`)).toEqual(['cancellation failed', 'cancellation queued_for_print']);
    const text = await pdfOf(letters[1].id);
    expect(text).toContain('Het laatste woonadres was Herengracht 5');
    expect(text).not.toContain('Keizersgracht 112');
    const printed = await batches();
    expect(printed.flatMap((b) => b.letters)).not.toContain(old.id);
    // The batch with the new request: the corrections to KPN and Odido beside it quote the old address, as their requests printed it.
    const withIt = printed.find((b) => b.letters.includes(letters[1].id))!;
    expect(withIt.text).toContain('Het laatste woonadres was Herengracht 5');
    expect(withIt.text).not.toContain('Het laatste woonadres was Keizersgracht 112');
  });
});
