import { Client } from 'pg';
import { CONTRACT_MACHINE_VERSION, longDate } from '../../workflows';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import type { Session } from '../support/test-app';
import { account, type Account, closeWorkspace, formErrors, mainText, openWorkspace, relative, signIn, type Workspace } from '../workspace/support';

/**
 * deskback: a provider that rejected by mistake calls or mails the case owner instead of using its desk („we hebben de klant toch
 * gevonden"); she records it (contract page, API) as the desk's own take-back (v20). A take-back the desk did itself stays on her
 * Today until she opens its news.
 */
describe('a rejection taken back, recorded by the owner or told on her Today', () => {
  let w: Workspace;
  let jan: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let db: Client;

  beforeAll(async () => {
    w = await openWorkspace();
    db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    jan = await account(w.t, 'Jan Smit', 'specialist', 'nl');
    ({ provider: kpn, desk } = await providerWithDesk(w.t, { name: 'KPN', requiredDocuments: [] }));
  });
  afterAll(async () => {
    await db?.end();
    await closeWorkspace(w);
  });

  const note = 'Klant alsnog gevonden onder klantnummer 5505.';
  const answerOf = (id: string) => `${API}/contracts/${id}/provider-answer/rejection_withdrawn`;
  /** `v19`: the request started before v20 (moved back before the rejection, as the runtime stores what each state takes with its step). */
  async function rejected(owner: Session, givenNames: string, v19 = false) {
    const estate = await createEstate(owner, { givenNames });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `KPN-${givenNames}`, action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.runDue();
    if (v19) await db.query(`UPDATE workflow_instances SET machine_version = 19 WHERE subject_type = 'contract' AND subject_id = $1`, [contract.id]);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Dit klantnummer is bij ons niet bekend.' }).expect(200);
    return { id: contract.id as string, estateId: estate.id as string };
  }
  const deskLine = async (id: string) => ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.thread as { type: string; text: string }[]).filter((e) => e.type === 'answer').at(-1)!.text;

  it('Dutch form: refused without how it came, then the request waits on KPN again; her history, the desk and the family read it as the desk’s own', async () => {
    const contract = await rejected(jan.api, 'Hendrik');
    const maria = await relative(w.t, jan.api, contract.estateId, 'Maria');
    const page = await signIn(w.browser, w.base, jan);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    const form = page.locator('#answer-rejection-withdrawn');
    await expect(form.locator('h3').innerText()).resolves.toBe('Aanbieder trok de afwijzing in');
    await form.locator('textarea[name=note]').fill(note);
    await form.locator('button[type=submit]').click();
    expect((await formErrors(page)).join(' ')).toContain('hoe u dit antwoord ontving');
    expect((await jan.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('rejected');

    const again = page.locator('#answer-rejection-withdrawn');
    await again.locator('select[name=receivedVia]').selectOption('phone');
    await again.locator('button[type=submit]').click();
    await page.waitForURL(`${w.base}/app/contracts/${contract.id}*`);
    const now = (await jan.api.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(now).toMatchObject({ state: 'requested', workflow: { version: CONTRACT_MACHINE_VERSION } });
    expect(now.timeline.at(-1).summary).toMatch(new RegExp(`^Internet: KPN trok de afwijzing in op \\d+ \\w+ \\d{4}: „${note}” KPN behandelt het verzoek alsnog; aanpassen is niet nodig\\. Telefonisch ontvangen\\.$`));
    expect(await mainText(page)).not.toContain('Aanbieder trok de afwijzing in');
    expect(await deskLine(contract.id)).toBe(`Steward (Jan Smit) legde uw antwoord vast dat u telefonisch gaf: U trok uw afwijzing in: ${note}`);
    await w.t.runDue();
    const family = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain('KPN had het verzoek eerst afgewezen, maar heeft die afwijzing ingetrokken en behandelt het verzoek nu toch.');
    expect(family.join(' ')).not.toContain('5505');
    // Her own record is no news to her: nothing on Today for it.
    await page.goto(`${w.base}/app`);
    expect(await mainText(page)).not.toContain('Afwijzing ingetrokken door de aanbieder');
    await page.close();
  });

  it('English API: the same step once per Idempotency-Key; refused naming receivedVia, after her amend, and on a v19 request, which offers no form', async () => {
    const anna = w.anna.api;
    const contract = await rejected(anna, 'Pieter');
    const missing = (await anna.post(answerOf(contract.id), { note }).expect(400)).body;
    expect(missing.errors.map((e: { field: string }) => e.field)).toEqual(['receivedVia']);
    expect(missing.detail).toMatch(/how you received this answer/);
    const key = 'deskback-pieter';
    const first = (await anna.post(answerOf(contract.id), { note, receivedVia: 'email' }).set('Idempotency-Key', key).expect(200)).body;
    expect(first.state).toBe('requested');
    expect(first.timeline.at(-1).summary).toContain(`KPN took back its rejection on `);
    expect(first.timeline.at(-1).summary).toContain('Received by email.');
    await anna.post(answerOf(contract.id), { note, receivedVia: 'email' }).set('Idempotency-Key', key).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.timeline.filter((e: { summary: string }) => e.summary.includes('took back its rejection'))).toHaveLength(1);
    // audit88 F6: recorded a second time (another key), it is refused as taken back already, as her history says.
    const twice = (await anna.post(answerOf(contract.id), { note, receivedVia: 'phone' }).expect(409)).body;
    expect(twice).toMatchObject({ type: 'https://steward.example/problems/rejection-answered' });
    expect(twice.detail).toBe('KPN has already taken back its rejection of this request; there is no rejection left to take back. Nothing was changed.');

    const amended = await rejected(anna, 'Dirk');
    await anna.post(`${API}/contracts/${amended.id}/amend`, {}).expect(200);
    const answered = (await anna.post(answerOf(amended.id), { receivedVia: 'phone' }).expect(409)).body;
    expect(answered).toMatchObject({ type: 'https://steward.example/problems/rejection-answered' });
    expect(answered.detail).toBe("You amended the request after the rejection; KPN's rejection can no longer be taken back. Send the amended request, or withdraw it. Nothing was changed.");

    const older = await rejected(anna, 'Geertruida', true);
    const refused = (await anna.post(answerOf(older.id), { receivedVia: 'phone' }).expect(409)).body;
    expect(refused).toMatchObject({ type: 'https://steward.example/problems/rejection-withdrawn-unsupported' });
    expect(refused.detail).toBe('This request was already running before Steward could record a rejection taken back; for this request it cannot. If KPN is handling the request after all, amend it and send it again. Nothing was changed.');
    expect((await anna.get(`${API}/contracts/${older.id}`).expect(200)).body).toMatchObject({ state: 'rejected', workflow: { version: 19 } });
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${older.id}`);
    expect(await page.locator('#answer-rejection-withdrawn').count()).toBe(0);
    await page.goto(`${w.base}/app/contracts/${amended.id}`);
    expect(await page.locator('#answer-rejection-withdrawn').count()).toBe(0);
    await page.close();
  });

  it("Today: a rejection the desk took back is on her Today until she opens its news", async () => {
    const contract = await rejected(jan.api, 'Aaltje');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/withdraw-rejection`, { note }).expect(200);
    await w.t.runDue();
    const page = await signIn(w.browser, w.base, jan);
    const section = page.locator('h2:has-text("Afwijzing ingetrokken door de aanbieder") + *');
    await expect(section.count()).resolves.toBe(1);
    await expect(section.innerText()).resolves.toContain(`KPN trok de afwijzing in op`);
    await section.locator('button', { hasText: 'Openen' }).click();
    await page.waitForURL(`${w.base}/app/contracts/${contract.id}`);
    await page.goto(`${w.base}/app`);
    expect(await mainText(page)).not.toContain('Afwijzing ingetrokken door de aanbieder');
    await page.close();
  });

  /** deskrules (deskback's Not done): opening the contract reads its news too; an administrator's Today shows every estate's. */
  it("Today: a rejection the desk took back leaves her Today once she opens the contract, and is on an administrator's Today until then", async () => {
    const contract = await rejected(jan.api, 'Grietje');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/withdraw-rejection`, { note }).expect(200);
    await w.t.runDue();
    const admin = await account(w.t, 'Ada Beheer', 'admin', 'nl');
    type TakenBack = { contractId: string; estateReference: string; statusText: string };
    const takenBack = async (who: Account) => ((await who.api.get(`${API}/queue`).expect(200)).body.rejectionsTakenBack as TakenBack[]).filter((r) => r.contractId === contract.id);
    const [hers] = await takenBack(jan);
    expect(hers.statusText).toContain('KPN trok de afwijzing in op');
    // The administrator's Today names it as hers does, the estate's reference with it.
    expect(await takenBack(admin)).toEqual([expect.objectContaining({ estateReference: hers.estateReference, statusText: expect.stringContaining('trok de afwijzing in op') })]);
    // The administrator opening the contract reads nothing for her.
    const adminPage = await signIn(w.browser, w.base, admin);
    await adminPage.goto(`${w.base}/app/contracts/${contract.id}`);
    await adminPage.close();
    expect(await takenBack(jan)).toHaveLength(1);
    // She opens the contract from her estate, not the notification: the section leaves her Today, and the administrator's.
    const page = await signIn(w.browser, w.base, jan);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await page.goto(`${w.base}/app`);
    expect(await mainText(page)).not.toContain('Afwijzing ingetrokken door de aanbieder');
    expect(await takenBack(admin)).toEqual([]);
    await page.close();
  });

  /** ownerrules (deskrules' Not done): her client opening the contract through the API reads its news as her page does; an administrator's reads nothing. */
  it("Today: a rejection the desk took back leaves her Today once her client opens the contract through the API, not when an administrator's does", async () => {
    const contract = await rejected(jan.api, 'Sjoukje');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/withdraw-rejection`, { note }).expect(200);
    await w.t.runDue();
    const admin = await account(w.t, 'Bram Beheer', 'admin', 'nl');
    const takenBack = async (who: Account) => ((await who.api.get(`${API}/queue`).expect(200)).body.rejectionsTakenBack as { contractId: string }[]).filter((r) => r.contractId === contract.id);
    await admin.api.get(`${API}/contracts/${contract.id}`).expect(200);
    expect(await takenBack(jan)).toHaveLength(1);
    await jan.api.get(`${API}/contracts/${contract.id}`).expect(200);
    expect(await takenBack(jan)).toEqual([]);
    expect(await takenBack(admin)).toEqual([]);
    const page = await signIn(w.browser, w.base, jan);
    expect(await mainText(page)).not.toContain('Afwijzing ingetrokken door de aanbieder');
    await page.close();
  });

  /**
   * audit88rest (audit88 F5): weeks after the take-back, still unread, the row says the take-back by its day and the request's status
   * today, as the contract says it: not the term it had on the take-back day, passed since. Last here: it moves the clock.
   */
  it("Today: a rejection taken back weeks ago says today's status, not the term that has passed since", async () => {
    const contract = await rejected(jan.api, 'Trijntje');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/withdraw-rejection`, { note }).expect(200);
    await w.t.runDue();
    const row = async () => ((await jan.api.get(`${API}/queue`).expect(200)).body.rejectionsTakenBack as { contractId: string; statusText: string }[]).find((r) => r.contractId === contract.id)!.statusText;
    const takenBackOn = (await row()).match(/trok de afwijzing in op (\d+ \w+ \d{4})/)![1];
    const term = (await row()).match(/uiterlijk (\d+ \w+ \d{4})/)![1];
    await w.t.runDue(30);
    // The row first: her opening the contract (here through the API) reads its news (ownerrules).
    const listed = await row();
    const now = (await jan.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText as string;
    expect(now).not.toContain(`uiterlijk ${term}`);
    expect(listed).toBe(`KPN trok de afwijzing in op ${takenBackOn}. Stand nu: ${now}`);
  });

  /**
   * The row's day is the take-back's, not the day its news was written: with a moved clock (or a backlog of effects) the news is
   * written later. On main it read „KPN trok de afwijzing in op <three days later>".
   */
  it("Today: a take-back whose news was written days later is dated the day the desk took it back", async () => {
    const contract = await rejected(jan.api, 'Ultje');
    const day = w.t.clock.today();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/withdraw-rejection`, { note }).expect(200);
    await w.t.runDue(3);
    const row = ((await jan.api.get(`${API}/queue`).expect(200)).body.rejectionsTakenBack as { contractId: string; statusText: string }[]).find((r) => r.contractId === contract.id)!.statusText;
    expect(row).toMatch(new RegExp(`^KPN trok de afwijzing in op ${longDate(day, 'nl')}\\. Stand nu: `));
  });
});
