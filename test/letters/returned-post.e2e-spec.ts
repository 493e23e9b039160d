import { addCalendarDays } from '../../src/clock/clock';
import { longDate } from '../../workflows/wording';
import { launchBrowser } from '../support/browser';
import { API, createEstate, createProvider, deskOf, deskWebOf, providerWithDesk } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { account, Account, relative } from '../workspace/support';

/**
 * returnedpost (audit102 F1): a letter by post that came back undelivered. The owner records the day it came back and why; it no
 * longer reads „op de post gedaan" for good: her API and pages say „teruggekomen op … (niet bezorgd)", it is made anew at once and the
 * provider's term is counted from the new letter, not from the posting of the one that never arrived.
 */
describe('a letter by post that came back', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Account;

  beforeAll(async () => {
    const started = await startTestApp({ mailSink: true });
    [t, sink] = [started, started.sink];
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
  });
  afterAll(async () => t?.close());

  type Listed = { id: string; recipient: string; letterDate: string; deliveryStatus: string; deliveryText: string | null; deliveryError: string | null; replacedBy: { letterId: string; letterDate: string } | null; returned: { on: string; reason: string | null; remade: boolean; addressCheckedAt: string | null; addressCheckedBy: string | null } | null };

  /** A request by post to an insurer, printed and posted on Monday 23 November 2026. */
  async function posted(owner: Account, insurerName: string) {
    const insurer = await createProvider(t.admin, { name: insurerName, category: 'insurance', channel: 'post', requiredDocuments: [], slaBusinessDays: 10, contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 300', postalCode: '7300 AB', city: 'Apeldoorn', country: 'NL' } } });
    const estate = await createEstate(owner.api, { givenNames: 'Willem' });
    const maria = await relative(t, owner.api, estate.id, 'Maria');
    const contract = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'POL-1', action: 'cancel' }).expect(201)).body as { id: string; estateId: string };
    await owner.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postBatch(owner);
    const [letter] = (await owner.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    return { estate, contract, letter, maria, insurer };
  }

  /** Her waiting letters printed in a batch of their own, downloaded and marked posted whole. */
  async function postBatch(owner: Account) {
    await owner.api.post(`${API}/print-batches`).expect(200);
    const batch = ((await owner.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string; postedAt: string | null; letterCount: number }[]).find((b) => !b.postedAt)!;
    await owner.api.get(`${API}/print-batches/${batch.id}/pdf`).expect(200);
    await owner.api.post(`${API}/print-batches/${batch.id}/posted`, { letterCount: batch.letterCount }).expect(200);
  }
  type Returned = { estateId: string; contractId: string; letterId: string; providerName: string; recipient: string; toAgency: boolean; statusText: string; nextStep: string };
  const returnedOnToday = async (who: Account) => (await who.api.get(`${API}/queue`).expect(200)).body.lettersReturned as Returned[];
  const todayPage = async (who: Account) => (await who.api.get('/app').set('Cookie', `steward_app=${who.api.token}`).expect(200)).text.replace(/\u00a0/g, ' ');

  const contractOf = async (owner: Account, id: string) => (await owner.api.get(`${API}/contracts/${id}`).expect(200)).body as { estateId: string; dueAt: string | null; statusText: string; letters: Listed[] };

  it('reads „teruggekomen op … (niet bezorgd)", is made anew and its term runs from the new letter', async () => {
    const { contract, letter, maria } = await posted(anna, 'ZekerLeven');
    expect(letter).toMatchObject({ deliveryStatus: 'posted', deliveryText: 'op de post gedaan aan ZekerLeven op 23 november 2026' });
    const termOfThePosting = (await contractOf(anna, contract.id)).dueAt;
    expect(termOfThePosting).not.toBeNull();

    // A week later the envelope is back: „adres onbekend".
    await t.runDue(7);
    const returned = await anna.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: '2026-11-30', reason: 'adres onbekend' }).set('Idempotency-Key', 'returned-1').expect(200);
    expect(returned.body).toMatchObject({ id: letter.id, deliveryStatus: 'failed', returned: { on: '2026-11-30', reason: 'adres onbekend' }, deliveryText: 'teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend. Er wordt een nieuwe brief gemaakt' });
    await t.runDue();

    const after = await contractOf(anna, contract.id);
    const old = after.letters.find((l) => l.id === letter.id)!;
    const remade = after.letters.find((l) => l.id !== letter.id)!;
    expect(remade).toMatchObject({ letterDate: '2026-11-30', deliveryStatus: 'queued_for_print', deliveryText: 'wacht op de printbatch' });
    expect(old).toMatchObject({ replacedBy: { letterId: remade.id, letterDate: '2026-11-30' }, deliveryText: 'teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend; vervangen door de brief van 30 november 2026, de termijn loopt vanaf die brief' });
    // The term of the posting of 23 November is not served: none runs until the new letter is posted.
    expect(after).toMatchObject({ dueAt: null, statusText: 'Brief aan ZekerLeven ligt klaar voor de post; nog niet verstuurd.' });
    // Her contract page's list of letters says so too, not only „(niet bezorgd)".
    const page = (await anna.api.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.api.token}`).expect(200)).text.replace(/\u00a0/g, ' ');
    expect(page).toContain('(teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend; vervangen door de brief van 30 november 2026, de termijn loopt vanaf die brief)');
    // Maria reads it came back and goes again; her card says the new letter waits for the post.
    const history = async () => ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(await history()).toContain('Brief aan ZekerLeven kwam terug, niet bezorgd: Melding van overlijden: Uitvaartverzekering, polisnummer POL-1, van Willem de Vries. We sturen hem opnieuw.');
    expect((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0]).toMatchObject({ statusText: 'Onze brief aan ZekerLeven ligt klaar voor de post.', expectedDate: null });
    // Her own history names who recorded it, the day and why.
    const timeline = (await anna.api.get(`${API}/estates/${contract.estateId}/timeline?limit=200`).expect(200)).body.items as { text?: string; summary: string }[];
    expect(timeline.map((e) => e.text ?? e.summary)).toContain('Anna de Boer heeft vastgelegd dat de brief „Melding van overlijden: Uitvaartverzekering, polisnummer POL-1, van Willem de Vries” van 23 november 2026 aan ZekerLeven op 30 november 2026 terugkwam, niet bezorgd (adres onbekend); de brief wordt opnieuw gemaakt.');
    // Its first entry is still true: it was posted, not set apart unprinted.
    expect(timeline.map((e) => e.text ?? e.summary).join('\n')).not.toContain('niet geprint');
    // Posted, the new letter starts the term: later than the one the returned letter had started.
    await anna.api.post(`${API}/print-batches`).expect(200);
    const [batch] = (await anna.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    await anna.api.get(`${API}/print-batches/${batch.id}/pdf`).expect(200);
    await anna.api.post(`${API}/print-batches/${batch.id}/posted`, { letterCount: 1 }).expect(200);
    const reposted = await contractOf(anna, contract.id);
    expect(reposted.dueAt! > termOfThePosting!).toBe(true);
    expect(reposted.letters.find((l) => l.id === remade.id)).toMatchObject({ deliveryStatus: 'posted', deliveryText: 'op de post gedaan aan ZekerLeven op 30 november 2026' });
    expect(reposted.letters.find((l) => l.id === letter.id)!.deliveryText).toContain('teruggekomen op 30 november 2026 (niet bezorgd)');
    // The step no longer reads as served by the first posting: it went again after coming back.
    expect(await history()).toContain('We hebben ZekerLeven per post geschreven; die brief kwam onbezorgd terug en is opnieuw verstuurd.');
    expect((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0].expectedDate).toBe(reposted.dueAt);
  });

  it('refuses a letter not posted (409), a day before the posting or in the future (422 naming returnedOn), and is 404 to another owner', async () => {
    const carla = await account(t, 'Carla Visser', 'specialist', 'nl');
    const { contract, letter } = await posted(carla, 'Lifeline');
    const before = await carla.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: '2026-11-20' }).expect(422);
    expect(before.headers['content-type']).toContain('application/problem+json');
    expect(before.body.errors).toEqual([expect.objectContaining({ field: 'returnedOn', message: 'must not be before 2026-11-30, the day the letter was posted' })]);
    const future = await carla.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: '2027-01-05' }).expect(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'returnedOn', message: `must not be after today, ${longDate(t.clock.today(), 'en')}` })]);
    expect((await carla.api.post(`${API}/letters/${letter.id}/returned`, {}).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'returnedOn' })]);
    const other = await account(t, 'Sofie Jansen', 'specialist', 'nl');
    await other.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: t.clock.today() }).expect(404);
    // Nothing was changed by any refusal: it still reads posted.
    expect((await contractOf(carla, contract.id)).letters.find((l) => l.id === letter.id)).toMatchObject({ deliveryStatus: 'posted', returned: null });

    await carla.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: t.clock.today() }).expect(200);
    await t.runDue();
    const again = await carla.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: t.clock.today() }).expect(409);
    expect(again.body).toMatchObject({ type: expect.stringContaining('returned-already'), detail: 'Deze brief staat al als teruggekomen. Er is niets gewijzigd.' });
    // The letter made anew waits for the post: it cannot have come back.
    const remade = (await contractOf(carla, contract.id)).letters.find((l) => l.id !== letter.id)!;
    expect((await carla.api.post(`${API}/letters/${remade.id}/returned`, { returnedOn: t.clock.today() }).expect(409)).body.detail).toBe('Alleen een brief per post die op de post is gedaan kan terugkomen. Er is niets gewijzigd.');
  });

  it('tells an English owner in English', async () => {
    const june = await account(t, 'June Walker', 'specialist', 'en');
    const { letter } = await posted(june, 'Northwind Life');
    const returned = await june.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: '2026-11-30' }).expect(200);
    expect(returned.body.deliveryText).toBe('returned on 30 November 2026 (not delivered). A new letter is being made');
  });

  it("is on her Today with the address to check until the new letter is posted, and in the family's daily e-mail", async () => {
    const bram = await account(t, 'Bram Smit', 'specialist', 'nl');
    const { estate, contract, letter } = await posted(bram, 'VitaPolis');
    await bram.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els Smit', email: 'els-returned@family.example', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201);
    const returnedOn = t.clock.today();
    await bram.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn, reason: 'verhuisd' }).expect(200);
    const [day, back] = [longDate(letter.letterDate, 'nl'), longDate(returnedOn, 'nl')];
    // stop70mends: before the worker made the new letter, her row says it is being made, not that none was (the contract did not move on).
    const [making] = await returnedOnToday(bram);
    expect(making.statusText).toBe(`De brief van ${day} aan VitaPolis kwam op ${back} onbezorgd terug (verhuisd). Er wordt een nieuwe brief gemaakt.`);
    expect(making.nextStep).toBe('Controleer het adres van VitaPolis in de lijst van organisaties en laat een beheerder het zo nodig verbeteren, voordat de nieuwe brief op de post gaat.');
    await t.runDue();
    const row = {
      estateId: estate.id,
      contractId: contract.id,
      providerName: 'VitaPolis',
      statusText: `De brief van ${day} aan VitaPolis kwam op ${back} onbezorgd terug (verhuisd). De nieuwe brief van ${back} is nog niet op de post gedaan.`,
      nextStep: 'Controleer het adres van VitaPolis in de lijst van organisaties en laat een beheerder het zo nodig verbeteren, voordat de nieuwe brief op de post gaat.',
    };
    expect(await returnedOnToday(bram)).toEqual([expect.objectContaining(row)]);
    // Her Today page says it, with what to check; another owner's Today does not hold it.
    const page = await todayPage(bram);
    expect(page).toContain('Brieven die onbezorgd terugkwamen');
    expect(page).toContain(row.statusText);
    expect(page).toContain(row.nextStep);
    expect((await returnedOnToday(anna)).map((r) => r.contractId)).not.toContain(contract.id);

    // Els reads in her daily e-mail that it came back and goes again, after its posting.
    const to = 'els-returned@family.example';
    const email = (await nextFamilyDigest(t.admin, sink, to, familyDigests(sink, to).length)).replace(/\s+/g, ' ');
    expect(email).toContain('Brief aan VitaPolis op de post gedaan: ');
    expect(email).toContain('Brief aan VitaPolis kwam terug, niet bezorgd: Melding van overlijden: Uitvaartverzekering, polisnummer POL-1, van Willem de Vries. We sturen hem opnieuw.');

    // Once the new letter is posted, the row leaves Today.
    await postBatch(bram);
    expect(await returnedOnToday(bram)).toEqual([]);
  });

  type ThreadItem = { type: 'letter' | 'answer'; by: string; event?: string; text: string };
  const threadOf = async (desk: Awaited<ReturnType<typeof deskOf>>, contractId: string) => ((await desk.get(`${API}/provider-desk/requests/${contractId}`).expect(200)).body.thread as ThreadItem[]).map((i) => `${i.by}: ${i.text}`);

  it("returnedthread: the provider's desk reads that our letter came back and why the new one went (API and page); another provider's desk does not", async () => {
    const dirk = await account(t, 'Dirk Mulder', 'specialist', 'nl');
    const { contract, letter, insurer } = await posted(dirk, 'Levensverzekeraar Oost');
    const desk = await deskOf(t, insurer.id);
    await dirk.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn: t.clock.today(), reason: 'adres onbekend' }).expect(200);
    await t.runDue();
    const told = `steward: Onze brief van ${longDate(letter.letterDate, 'nl')}, gestuurd naar Postbus 300, 7300 AB Apeldoorn, kwam onbezorgd bij ons terug (adres onbekend). Wij sturen een nieuwe brief naar het postadres dat in onze lijst van organisaties staat. Controleer uw postadres bij ons en laat het ons weten als het niet klopt, zodat onze volgende brief u bereikt.`;
    // The letter it had been sent stays at its posting; the return follows it, told the day it was recorded.
    expect(await threadOf(desk, contract.id)).toEqual(['steward: Brief van Steward: Melding van overlijden', told]);

    // Posted, the new letter says why it went again — not „na uw afwijzing": the provider rejected nothing.
    await dirk.api.post(`${API}/print-batches`).expect(200);
    const batch = ((await dirk.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string; postedAt: string | null }[]).find((b) => !b.postedAt)!;
    await dirk.api.get(`${API}/print-batches/${batch.id}/pdf`).expect(200);
    await dirk.api.post(`${API}/print-batches/${batch.id}/posted`, { letterCount: 1 }).expect(200);
    const thread = await threadOf(desk, contract.id);
    expect(thread).toEqual(['steward: Brief van Steward: Melding van overlijden', told, 'steward: Brief van Steward: Melding van overlijden, opnieuw verzonden: onze vorige brief kwam onbezorgd terug']);
    expect(thread.join('\n')).not.toContain('afwijzing');

    // The web desk reads it too.
    const web = await deskWebOf(t, insurer.id, { email: 'desk@oost-returned.example' });
    const page = (await web.get(`/desk/requests/${contract.id}`).expect(200)).text.replace(/\u00a0/g, ' ');
    expect(page).toContain(told.slice('steward: '.length));
    expect(page).toContain('opnieuw verzonden: onze vorige brief kwam onbezorgd terug');

    // Another provider's desk has no such request: 404, its own list does not hold it.
    const other = await providerWithDesk(t, { name: 'Andere Verzekeraar' });
    await other.desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(404);
    expect(JSON.stringify((await other.desk.get(`${API}/provider-desk/requests`).expect(200)).body)).not.toContain('onbezorgd');
  });

  it('returnedthread: a return recorded after the provider answered makes no new letter, and no reader is told one goes', async () => {
    const eva = await account(t, 'Eva Bos', 'specialist', 'nl');
    const { estate, contract, letter, maria, insurer } = await posted(eva, 'Verzekeraar West');
    const desk = await deskOf(t, insurer.id);
    // The provider answered anyway: the request moved on before the envelope came back.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, { reference: 'W-1' }).expect(200);
    const returnedOn = t.clock.today();
    const [day, back] = [longDate(letter.letterDate, 'nl'), longDate(returnedOn, 'nl')];
    await eva.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn, reason: 'verhuisd' }).expect(200);
    await t.runDue();

    // No letter was made anew, and none is said to be.
    const after = await contractOf(eva, contract.id);
    expect(after.letters.map((l) => l.id)).toEqual([letter.id]);
    expect(after.letters[0].deliveryText).toBe(`teruggekomen op ${back} (niet bezorgd): verhuisd`);
    const history = ((await eva.api.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { text?: string; summary: string }[]).map((e) => e.text ?? e.summary);
    expect(history).toContain(`Eva Bos heeft vastgelegd dat de brief „Melding van overlijden: Uitvaartverzekering, polisnummer POL-1, van Willem de Vries” van ${day} aan Verzekeraar West op ${back} terugkwam, niet bezorgd (verhuisd); er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.`);
    expect(history.join('\n')).not.toContain('opnieuw gemaakt');
    const family = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain('Brief aan Verzekeraar West kwam terug, niet bezorgd: Melding van overlijden: Uitvaartverzekering, polisnummer POL-1, van Willem de Vries. Er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.');
    expect(family.join('\n')).not.toContain('We sturen hem opnieuw');
    // The desk reads that it came back, and that no new letter follows.
    expect((await threadOf(desk, contract.id)).at(-1)).toBe(
      `steward: Onze brief van ${day}, gestuurd naar Postbus 300, 7300 AB Apeldoorn, kwam onbezorgd bij ons terug (verhuisd). Een nieuwe brief is niet nodig: het verzoek is sindsdien verder gegaan. Controleer uw postadres bij ons en laat het ons weten als het niet klopt, zodat onze volgende brief u bereikt.`,
    );
  });

  it('returneddismiss: a return recorded late shows; she clears it once she checked the address (a click in Chromium); refusals and 404', async () => {
    const fien = await account(t, 'Fien Jansen', 'specialist', 'nl');
    const { estate, contract, letter, maria } = await posted(fien, 'Uitvaartfonds Zuid');
    // Nothing came back yet: there is no address to check.
    const notReturned = await fien.api.post(`${API}/letters/${letter.id}/return-checked`).expect(409);
    expect(notReturned.body).toMatchObject({ type: expect.stringMatching(/not-returned$/), detail: 'Deze brief staat niet als teruggekomen; er is geen adres te controleren. Er is niets gewijzigd.' });

    // Five weeks later she finds the envelope, back since the day after its posting: recorded today, it is on her Today.
    await t.runDue(35);
    const returnedOn = addCalendarDays(letter.letterDate, 1);
    await fien.api.post(`${API}/letters/${letter.id}/returned`, { returnedOn, reason: 'verhuisd' }).expect(200);
    await t.runDue();
    const row = `De brief van ${longDate(letter.letterDate, 'nl')} aan Uitvaartfonds Zuid kwam op ${longDate(returnedOn, 'nl')} onbezorgd terug (verhuisd).`;
    expect((await returnedOnToday(fien)).map((r) => [r.letterId, r.statusText.slice(0, row.length)])).toEqual([[letter.id, row]]);

    // Another owner cannot check it: 404, as for a letter that does not exist.
    await anna.api.post(`${API}/letters/${letter.id}/return-checked`).expect(404);

    // She clicks „Adres gecontroleerd" on her Today in Chromium: the row leaves, the page says what was recorded.
    const browser = await launchBrowser();
    try {
      await t.app.listen(0, '127.0.0.1');
      const base = await t.app.getUrl();
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.context().addCookies([{ name: 'steward_app', value: fien.api.token, url: base }]);
      await page.goto(`${base}/app`);
      expect((await page.locator('#letters-returned').innerText()).replace(/\u00a0/g, ' ')).toContain(row);
      await page.locator(`#letters-returned form[action="/app/letters/${letter.id}/return-checked"] button`).click();
      await page.waitForLoadState();
      const after = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
      expect(after).toContain('Vastgelegd: het adres is gecontroleerd; de teruggekomen brief staat niet meer op Vandaag.');
      expect(after).not.toContain(row);
    } finally {
      await browser.close();
    }
    expect(await returnedOnToday(fien)).toEqual([]);

    // Her history says who checked it; the letter says when; the family's history is not told (nothing happened to the contract).
    const history = ((await fien.api.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { text?: string; summary: string }[]).map((e) => e.text ?? e.summary);
    expect(history).toContain(`Fien Jansen heeft het adres van Uitvaartfonds Zuid gecontroleerd na de teruggekomen brief van ${longDate(letter.letterDate, 'nl')}.`);
    const checked = (await fien.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters.find((l: Listed) => l.id === letter.id) as Listed;
    expect(checked.returned).toEqual({ on: returnedOn, reason: 'verhuisd', remade: false, addressCheckedAt: expect.stringMatching(new RegExp(`^${t.clock.today()}`)), addressCheckedBy: 'Fien Jansen' });
    const family = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family.join('\n')).not.toContain('gecontroleerd');

    // Checked again (another tab): 409, nothing changed.
    const again = await fien.api.post(`${API}/letters/${letter.id}/return-checked`).expect(409);
    expect(again.body).toMatchObject({ type: expect.stringMatching(/return-checked-already$/), detail: 'Het adres van deze teruggekomen brief staat al als gecontroleerd. Er is niets gewijzigd.' });
    expect(history.filter((h) => h.includes('gecontroleerd'))).toHaveLength(1);
  });

  it("returneddismiss: the collection agency's letter that came back names the agency in Today's organisation column", async () => {
    const gijs = await account(t, 'Gijs Visser', 'specialist', 'nl');
    const { contract } = await posted(gijs, 'Begrafenisfonds Noord');
    await gijs.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'BN-1', effectiveDate: t.clock.today() }).expect(200);
    const agencyAddress = { street: 'Postbus 9', postalCode: '9700 AA', city: 'Groningen', country: 'NL' };
    await gijs.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noordkaap', agencyAddress, reference: 'INC-9', amount: 60 }).expect(200);
    await t.runDue();
    await postBatch(gijs);
    const toAgency = ((await gijs.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[]).find((l) => l.recipient === 'Incasso Noordkaap' && l.deliveryStatus === 'posted')!;
    await gijs.api.post(`${API}/letters/${toAgency.id}/returned`, { returnedOn: t.clock.today(), reason: 'adres onbekend' }).expect(200);
    await t.runDue();

    expect(await returnedOnToday(gijs)).toEqual([expect.objectContaining({ letterId: toAgency.id, providerName: 'Begrafenisfonds Noord', recipient: 'Incasso Noordkaap', toAgency: true })]);
    // Her Today names the agency, whose address she checks, not the provider it wrote for.
    const section = (await todayPage(gijs)).split('<div id="letters-returned">')[1].split('</table>')[0];
    expect(section).toContain(`<a href="/app/contracts/${contract.id}?from=today"><strong>Incasso Noordkaap</strong></a>`);
    expect(section).not.toContain('<strong>Begrafenisfonds Noord</strong>');
  });

  it('returnedpages: her contract page and the estate\'s letters say a new letter is being made, offer „Adres gecontroleerd" (clicked in Chromium) and say who checked it and when', async () => {
    const hugo = await account(t, 'Hugo Peters', 'specialist', 'nl');
    const first = await posted(hugo, 'Zorgverzekeraar Midden');
    const second = await posted(hugo, 'Zorgverzekeraar Zuid');
    const returnedOn = t.clock.today();
    const back = longDate(returnedOn, 'nl');
    await hugo.api.post(`${API}/letters/${first.letter.id}/returned`, { returnedOn, reason: 'verhuisd' }).set('Idempotency-Key', 'returnedpages-1').expect(200);
    await hugo.api.post(`${API}/letters/${second.letter.id}/returned`, { returnedOn, reason: 'adres onbekend' }).set('Idempotency-Key', 'returnedpages-2').expect(200);
    const contractPage = async (id: string) => (await hugo.api.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${hugo.api.token}`).expect(200)).text.replace(/\u00a0/g, ' ');
    const estatePage = async (id: string) => (await hugo.api.get(`/app/estates/${id}`).set('Cookie', `steward_app=${hugo.api.token}`).expect(200)).text.replace(/\u00a0/g, ' ');

    // Before the worker made the new letter, her contract page and the API say one is being made, as Today does.
    const making = `teruggekomen op ${back} (niet bezorgd): verhuisd. Er wordt een nieuwe brief gemaakt`;
    expect((await contractOf(hugo, first.contract.id)).letters.find((l) => l.id === first.letter.id)).toMatchObject({ deliveryText: making, returned: { remade: true, addressCheckedAt: null, addressCheckedBy: null } });
    expect(await contractPage(first.contract.id)).toContain(`(${making})`);
    expect(await estatePage(first.estate.id)).toContain(making);
    await t.runDue();
    // Made, the line names the new letter and no longer says it is being made.
    const replaced = `teruggekomen op ${back} (niet bezorgd): verhuisd; vervangen door de brief van ${back}, de termijn loopt vanaf die brief`;
    const made = await contractPage(first.contract.id);
    expect(made).toContain(`(${replaced})`);
    expect(made).not.toContain('Er wordt een nieuwe brief gemaakt');

    const checked = `Adres gecontroleerd door Hugo Peters op ${longDate(t.clock.today(), 'nl')}`;
    const browser = await launchBrowser();
    try {
      // The returneddismiss case may have started the server already.
      if (!(t.app.getHttpServer() as { listening: boolean }).listening) await t.app.listen(0, '127.0.0.1');
      const base = await t.app.getUrl();
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.context().addCookies([{ name: 'steward_app', value: hugo.api.token, url: base }]);
      // On the contract page she clicks „Adres gecontroleerd": she is back on the contract page, which says who checked it and when.
      await page.goto(`${base}/app/contracts/${first.contract.id}`);
      await page.locator(`#letters ~ ul form[action^="/app/letters/${first.letter.id}/return-checked"] button`).click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe(`/app/contracts/${first.contract.id}`);
      const onContract = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
      expect(onContract).toContain('Vastgelegd: het adres is gecontroleerd');
      expect(onContract).toContain(`${replaced}. ${checked}`);
      expect(await page.locator(`form[action^="/app/letters/${first.letter.id}/return-checked"]`).count()).toBe(0);
      // On the estate page's letters likewise, for the other letter.
      await page.goto(`${base}/app/estates/${second.estate.id}`);
      await page.locator(`tr[data-letter="${second.letter.id}"] form[action^="/app/letters/${second.letter.id}/return-checked"] button`).click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe(`/app/estates/${second.estate.id}`);
      const row = (await page.locator(`tr[data-letter="${second.letter.id}"]`).innerText()).replace(/\u00a0/g, ' ');
      expect(row).toContain(`teruggekomen op ${back} (niet bezorgd): adres onbekend; vervangen door de brief van ${back}, de termijn loopt vanaf die brief. ${checked}`);
      expect(row).not.toContain('Adres gecontroleerd\n');
    } finally {
      await browser.close();
    }
    // The estate page of the first says it too, and the API names who checked it.
    expect(await estatePage(first.estate.id)).toContain(`${replaced}. ${checked}`);
    const viewed = (await contractOf(hugo, first.contract.id)).letters.find((l) => l.id === first.letter.id)!;
    expect(viewed.returned).toMatchObject({ addressCheckedBy: 'Hugo Peters', addressCheckedAt: expect.stringMatching(new RegExp(`^${t.clock.today()}`)) });
    expect(viewed.deliveryText).toBe(`${replaced}. ${checked}`);
    expect(await returnedOnToday(hugo)).toEqual([]);
    // Another owner cannot check it from the web either: 404.
    await anna.api.post(`/app/letters/${second.letter.id}/return-checked?back=/app/estates/${second.estate.id}`).set('Cookie', `steward_app=${anna.api.token}`).expect(404);
  });
});
