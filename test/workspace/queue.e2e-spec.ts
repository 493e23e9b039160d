import { DataSource } from 'typeorm';
import { API, createEstate, createProvider, postEverything, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from './support';

describe('the case owner work queue (GET /queue)', () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    pieter = await t.specialist('Pieter Bakker');
  });
  afterAll(() => t.close());

  let accounts = 0;
  // Each on its own account number: one contract per provider and number.
  const addContract = async (estateId: string, providerId: string, description: string) =>
    (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description, accountNumber: `A-${++accounts}`, action: 'cancel' }).expect(201)).body as { id: string };
  const reasons = (queue: { contracts: { contractId: string; reason: string }[] }) => queue.contracts.map((c) => [c.contractId, c.reason]);

  it("puts what waits on the owner first, then what waits on a provider by the provider's term, and only the owner sees it", async () => {
    const quick = await createProvider(t.admin, { name: 'Quick Telecom', slaBusinessDays: 5, requiredDocuments: [] });
    const strict = await createProvider(t.admin, { name: 'Strict Bank', category: 'bank', slaBusinessDays: 20, requiredDocuments: ['death_certificate'] });
    const estate = await createEstate(anna);
    const late = await addContract(estate.id, quick.id, 'Mobile subscription');
    const collected = await addContract(estate.id, quick.id, 'Landline');
    const ready = await addContract(estate.id, strict.id, 'Current account');
    const asking = await addContract(estate.id, strict.id, 'Savings account');
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    for (const c of [late, collected, asking]) await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${collected.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'Q-9' }).expect(200);
    await anna.post(`${API}/contracts/${collected.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-1', amount: 50 }).expect(200);
    await anna.post(`${API}/contracts/${asking.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Please send the certificate of inheritance.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);

    const before = (await anna.get(`${API}/queue`).expect(200)).body;
    expect(reasons(before)).toEqual([[ready.id, 'ready'], [collected.id, 'collection_notice']]);
    expect(before.contracts[1]).toMatchObject({ providerName: 'Quick Telecom', estateReference: estate.reference, deceasedName: 'Jan de Vries', resolution: 'resolve_dispute' });
    expect(before.informationRequests).toEqual([
      expect.objectContaining({ contractId: asking.id, providerName: 'Strict Bank', message: 'Please send the certificate of inheritance.', documentsNeeded: ['certificate_of_inheritance'], resolution: 'supply_information' }),
    ]);

    await t.runDue(8); // past Quick Telecom's five business days
    const after = (await anna.get(`${API}/queue`).expect(200)).body;
    expect(reasons(after)).toEqual([[ready.id, 'ready'], [collected.id, 'collection_notice'], [late.id, 'reminder']]);
    // The reminder went out by itself: it waits on the provider, not overdue, since the reminder's new term has not passed.
    expect(after.contracts[2]).toMatchObject({ state: 'reminded', overdue: false, resolution: 'record_answer' });

    expect((await pieter.get(`${API}/queue`).expect(200)).body).toMatchObject({ contracts: [], informationRequests: [], blockedLetters: [] });
    const all = (await t.admin.get(`${API}/queue`).expect(200)).body;
    expect(all.contracts.map((c: { contractId: string }) => c.contractId)).toEqual(expect.arrayContaining([collected.id, late.id, ready.id]));
    await t.anonymous.get(`${API}/queue`).expect(401);
  });

  it("puts the owner's late rejection above the providers' reminders, pages in that order, counts them all and says a late question late", async () => {
    const lotte = await t.specialist('Lotte Visser');
    const kpnProvider = await createProvider(t.admin, { name: 'KPN', slaBusinessDays: 5, requiredDocuments: [] });
    const slow = await createProvider(t.admin, { name: 'Trage Energie', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await createEstate(lotte);
    const add = async (providerId: string, description: string) =>
      (await lotte.post(`${API}/estates/${estate.id}/contracts`, { providerId, description, accountNumber: `L-${++accounts}`, action: 'cancel' }).expect(201)).body as { id: string };
    const waiting = [];
    for (const d of ['Stroom', 'Gas', 'Warmte', 'Water']) waiting.push(await add(slow.id, d));
    const kpn = await add(kpnProvider.id, 'Internet');
    const asked = await add(kpnProvider.id, 'Mobiel');
    for (const c of [...waiting, kpn, asked]) await lotte.post(`${API}/contracts/${c.id}/request`).expect(200);
    await lotte.post(`${API}/contracts/${kpn.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Onbekend klantnummer.' }).expect(200);
    await lotte.post(`${API}/contracts/${asked.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Welk klantnummer?', documentsNeeded: [] }).expect(200);
    // Past the providers' five business days (each reminded by itself) and the owner's five for the rejection and the question.
    await t.runDue(8);

    type Page = { contracts: { contractId: string; state: string; overdue: boolean }[]; nextCursor: string | null; contractsTotal: number };
    const pages: Page[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: Page = (await lotte.get(`${API}/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      pages.push(page);
      cursor = page.nextCursor;
    }
    const all = pages.flatMap((p) => p.contracts);
    expect(all[0]).toMatchObject({ contractId: kpn.id, state: 'rejected', overdue: true, move: 'owner' });
    expect(all.slice(1).map((c) => c.state)).toEqual(['reminded', 'reminded', 'reminded', 'reminded']);
    expect(new Set(all.map((c) => c.contractId)).size).toBe(5);
    expect(pages.map((p) => p.contracts.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.contractsTotal)).toEqual([5, 5, 5]);
    // The last one answered meanwhile: the page after the fourth is empty, and still says how many there are in all.
    await lotte.post(`${API}/contracts/${pages[2].contracts[0].contractId}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'TE-1' }).expect(200);
    expect((await lotte.get(`${API}/queue?limit=2&cursor=${pages[1].nextCursor}`).expect(200)).body).toMatchObject({ contracts: [], nextCursor: null, contractsTotal: 4 });

    const queue = (await lotte.get(`${API}/queue`).expect(200)).body;
    expect(queue.informationRequests).toEqual([expect.objectContaining({ contractId: asked.id, overdue: true, lateSince: expect.any(String) })]);
    const [question] = queue.informationRequests;
    expect(question.lateSince < question.dueDate).toBe(true);
    expect(question.missedTermText).toContain('is verstreken');
  });

  it('sends no letter to a provider informed through the BRP: the queue holds a check naming what to verify', async () => {
    const insurer = await createProvider(t.admin, { name: 'Zorgverzekeraar Zuid', category: 'insurance', requiredDocuments: [], informedByBrp: true });
    expect((await t.admin.get(`${API}/providers/${insurer.id}`).expect(200)).body.informedByBrp).toBe(true);
    const estate = await createEstate(anna);
    const policy = await addContract(estate.id, insurer.id, 'Basisverzekering');
    const item = (await anna.get(`${API}/queue`).expect(200)).body.contracts.find((c: { contractId: string }) => c.contractId === policy.id);
    expect(item).toMatchObject({
      reason: 'brp_check',
      resolution: 'check_brp',
      statusText: 'Waarschijnlijk al geïnformeerd via de BRP — controleren bij Zorgverzekeraar Zuid: polis gestopt per de dag na het overlijden, laatste premie-incasso, terugbetaling van vooruitbetaalde premie.',
    });
    const refused = await anna.post(`${API}/contracts/${policy.id}/request`).expect(422);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/\/informed-by-brp$/),
      detail: 'Zorgverzekeraar Zuid hoort het overlijden via de BRP: er gaat geen brief uit. Controleer het bij Zorgverzekeraar Zuid; de taak staat op Vandaag. Er is niets gewijzigd.',
    });
    await t.runDue();
    expect((await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items).toEqual([]);
  });

  it('lists a blocked letter until a corrected one is produced', async () => {
    // The provider's address was entered as the deceased's home address: the letter rules block it (said in Anna's Dutch).
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Post Energy', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: home } });
    const estate = await createEstate(anna);
    const contract = await addContract(estate.id, provider.id, 'Electricity');
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const blocked = (await anna.get(`${API}/queue`).expect(200)).body.blockedLetters;
    expect(blocked).toEqual([expect.objectContaining({ contractId: contract.id, providerName: 'Post Energy', resolution: 'retry_letter', reasons: [expect.stringMatching(/^de brief is gericht aan de overledene of aan diens huisadres/)] })]);

    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } } }).expect(200);
    await anna.post(`${API}/letters/${blocked[0].letterId}/retry`).expect(202);
    await t.runDue();
    expect((await anna.get(`${API}/queue`).expect(200)).body.blockedLetters).toEqual([]);
  });

  it("keeps one bill's held-back dispute letter on the queue when another bill's dispute letter went out", async () => {
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const postbus = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Post Telecom', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const address = (postalAddress: typeof home) => t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress } }).expect(200);
    const estate = await createEstate(anna);
    const contract = await addContract(estate.id, provider.id, 'Mobiel');
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'PT-1', effectiveDate: '2026-11-05' }).expect(200);
    await t.runDue();
    // Bill F-1's dispute letter is held back (a slip in the provider's address); F-2's goes out after the fix.
    await address(home);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-21', periodFrom: '2026-11-06', periodTo: '2026-11-20', amount: 20 }).expect(200);
    await t.runDue();
    await address(postbus);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-2', invoiceDate: '2026-11-22', periodFrom: '2026-11-21', periodTo: '2026-11-30', amount: 10 }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    expect(letters.filter((l) => l.kind === 'dispute').map((l) => l.status)).toEqual(['blocked', 'sent']);
    // F-1's provider never had our objection: the letter stays on Today until it is produced again.
    const blocked = (await anna.get(`${API}/queue`).expect(200)).body.blockedLetters as { letterId: string }[];
    expect(blocked.map((b) => b.letterId)).toContain(letters.find((l) => l.kind === 'dispute' && l.status === 'blocked')!.id);
  });

  it('keeps a held-back correction on the queue when a correction of another detail went out, not when one of the same detail did', async () => {
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const postbus = { street: 'Postbus 3', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Post Water', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const address = (postalAddress: typeof home) => t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress } }).expect(200);
    const estate = await createEstate(anna);
    const contract = await addContract(estate.id, provider.id, 'Water');
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    // Posted: the provider has the request, so corrections are told in letters (unprinted, it would be made again: README, queuedfix).
    await postEverything(anna);
    // The end date's correction is held back (the address slip); the account number's goes out after the fix.
    await address(home);
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await t.runDue();
    await address(postbus);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'A-2' }).expect(200);
    await t.runDue();
    const letters = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    // The slip is an address correction too: the request posted today was made again for it (README, printaddress), and held back.
    const [, remade, endDate, account] = await letters();
    expect([remade, endDate, account].map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation blocked', 'correction blocked', 'correction sent']);
    // The provider still has the old end date: the held-back letter stays on Today.
    const blockedIds = async () => ((await anna.get(`${API}/queue`).expect(200)).body.blockedLetters as { letterId: string }[]).map((b) => b.letterId);
    expect(await blockedIds()).toContain(endDate.id);

    // The end date corrected once more and told: the held-back letter would tell an old date, and leaves Today.
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-18' }).expect(200);
    await t.runDue();
    expect((await letters()).map((l) => `${l.kind} ${l.status}`).slice(2)).toEqual(['correction blocked', 'correction sent', 'correction sent']);
    expect(await blockedIds()).not.toContain(endDate.id);
  });

  it('reads on past held-back letters a later letter replaced until the page of held-back letters is full', async () => {
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const postbus = { street: 'Postbus 5', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Post Kabel', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: home } });
    const address = (postalAddress: typeof home) => t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Klantenservice', postalAddress } }).expect(200);
    const lotte = await t.specialist('Lotte Smit');
    const estate = await createEstate(lotte);
    const contract = (await lotte.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Kabel', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    const other = (await lotte.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Telefoon', accountNumber: 'K-2', action: 'cancel' }).expect(201)).body;
    // Kabel's first request is held back, then asked again after a rejection and an amend: the first is replaced.
    await lotte.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await lotte.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Onbekend klantnummer.' }).expect(200);
    await lotte.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
    await address(postbus);
    await lotte.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    // Posted before the directory changes again: a letter still waiting would be made again to the new address (README, postfix).
    await postEverything(lotte);
    // Telefoon's request is held back later, and waits on Lotte.
    await address(home);
    await lotte.post(`${API}/contracts/${other.id}/request`).expect(200);
    await t.runDue();
    const blocked = (await lotte.get(`${API}/queue?limit=1`).expect(200)).body.blockedLetters as { contractId: string }[];
    expect(blocked.map((b) => b.contractId)).toEqual([other.id]);
  });

  it("says a contract whose letter the letter rules held back as its page says it, not as the state's words", async () => {
    // The deceased's own address as the provider's: the letter rules hold the request back.
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Thuis Kabel', channel: 'post', slaBusinessDays: 5, requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: home } });
    const estate = await createEstate(anna);
    const contract = await addContract(estate.id, provider.id, 'Kabel');
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'TK-1' }).expect(200);
    // A collection notice is the owner's move on Today; its stop letter to the provider is held back too.
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-7', amount: 50 }).expect(200);
    await t.runDue();
    const page = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string };
    expect(page.statusText).toBe('Brief aan Thuis Kabel tegengehouden door de briefcontrole; nog niet verstuurd.');
    const row = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string }[]).find((c) => c.contractId === contract.id);
    // Its way to the fix: the contract page's letters, where the held-back letter shows with its reasons; the owner's move.
    expect(row).toMatchObject({ statusText: page.statusText, resolution: 'fix_letter', move: 'owner' });
    // The owner's notification says it as the row does, with the reasons in her words, not the rules' API English.
    const rows = await t.app.get(DataSource).query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'letter_blocked' ORDER BY created_at DESC LIMIT 1`, [contract.id]);
    expect(rows[0].message).toBe(
      `${page.statusText} Waarom: de brief is gericht aan de overledene of aan diens huisadres. Herstel wat de briefcontrole meldt (zie Brieven) en maak de brief opnieuw.`,
    );
  });

  it("ranks an objection waiting for the post as the owner's move, above a provider's reminder with an earlier term, on her Today and the administrator's", async () => {
    const sanne = await t.specialist('Sanne Kok');
    const quick = await createProvider(t.admin, { name: 'Snel Net', slaBusinessDays: 5, requiredDocuments: [] });
    const postalAddress = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const byPost = await createProvider(t.admin, { name: 'Post Energie', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(sanne);
    const add = async (providerId: string) =>
      (await sanne.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Abonnement', accountNumber: `S-${++accounts}`, action: 'cancel' }).expect(201)).body as { id: string };
    const reminded = await add(quick.id);
    const objected = await add(byPost.id);
    for (const c of [reminded, objected]) await sanne.post(`${API}/contracts/${c.id}/request`).expect(200);
    await sanne.post(`${API}/contracts/${objected.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'PE-1' }).expect(200);
    // A bill after the end date: the objection goes by post, and nobody posts it.
    await sanne.post(`${API}/contracts/${objected.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-23', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue(8);

    const queue = (await sanne.get(`${API}/queue`).expect(200)).body as { contracts: { contractId: string; state: string; move: string; resolution: string }[]; contractsTotal: number };
    // Its badge says "Uw zet" (post the letter): it ranks with her moves, above the reminder that waits on Snel Net.
    expect(queue.contracts.map((c) => [c.contractId, c.state, c.move, c.resolution])).toEqual([
      [objected.id, 'disputed', 'owner', 'post_letter'],
      [reminded.id, 'reminded', 'provider', 'record_answer'],
    ]);
    // The cursor keeps that order: a page of one goes on to the reminder.
    const first = (await sanne.get(`${API}/queue?limit=1`).expect(200)).body;
    expect(first.contracts.map((c: { contractId: string }) => c.contractId)).toEqual([objected.id]);
    const second = (await sanne.get(`${API}/queue?limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second).toMatchObject({ contracts: [expect.objectContaining({ contractId: reminded.id })], nextCursor: null, contractsTotal: 2 });

    // The administrator's Today, over every owner's, ranks it so too: her first rows are "Uw zet" rows, then those waiting on a provider.
    type Row = { contractId: string; move: string };
    const all = (await t.admin.get(`${API}/queue`).expect(200)).body as { contracts: Row[]; nextCursor: string | null };
    const moves = all.contracts.map((c) => c.move);
    expect(moves[0]).toBe('owner');
    expect(moves.indexOf('provider')).toBeGreaterThan(moves.lastIndexOf('owner'));
    const place = (id: string) => all.contracts.findIndex((c) => c.contractId === id);
    expect(place(objected.id)).toBeGreaterThanOrEqual(0);
    expect(place(objected.id)).toBeLessThan(place(reminded.id));
    expect(all.contracts.find((c) => c.contractId === objected.id)).toMatchObject({ move: 'owner', resolution: 'post_letter' });
    // Paged two at a time, her cursor keeps that order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await t.admin.get(`${API}/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as { contracts: Row[]; nextCursor: string | null };
      paged.push(...page.contracts.map((c) => c.contractId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.contracts.map((c) => c.contractId));

    // Their letters are read once per Today, hers and the administrator's: `requestLetterStandings` reads the letters still to make
    // of the contracts it is given, and the page's rows take theirs from the rows read first.
    const letterReads: number[] = [];
    for (const session of [sanne, t.admin]) {
      const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
      await session.get(`${API}/queue`).expect(200);
      letterReads.push(issued.mock.calls.filter(([sql]) => /FROM \(SELECT contract_id, payload, status, available_at FROM outbox[\s\S]*WHERE oc\.id = ANY\(\$1\)/.test(sql)).length);
      issued.mockRestore();
    }
    expect(letterReads).toEqual([1, 1]);
  });

  it("lists a family's report on its owner's queue until the owner handles it", async () => {
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria de Vries');
    await maria.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', message: 'The bank still writes to my father.' }).expect(201);
    const [report] = (await anna.get(`${API}/queue`).expect(200)).body.familyReports;
    expect(report).toMatchObject({ estateId: estate.id, estateReference: estate.reference, deceasedName: 'Jan de Vries', kind: 'letter_to_deceased', message: 'The bank still writes to my father.', reportedBy: 'Maria de Vries', resolution: 'handle_report' });
    expect((await pieter.get(`${API}/queue`).expect(200)).body.familyReports).toEqual([]);

    await anna.post(`${API}/family-reports/${report.id}/handle`).expect(204);
    expect((await anna.get(`${API}/queue`).expect(200)).body.familyReports).toEqual([]);
  });
});
