import request from 'supertest';
import { API, binary, createEstate, createProvider, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { flat, pdfText } from '../../letters/test-support';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { account } from '../workspace/support';
import { longDate } from '../../workflows/wording';

/**
 * bankrelease (audit73 F-B): a bank that only blocked the account has not done what it was asked: the balance is to be
 * released to the estate account. The contract waits for that release; it is not settled, the family is not asked to rate
 * the bank, and the release is recorded by the desk or the owner.
 */
describe('a bank that blocked the account but has not released the balance', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(() => t.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  async function blockedAt(name: string, owner: Session = anna, balance = 1234.56, language: 'nl' | 'en' = 'nl') {
    const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [], language });
    const estate = await createEstate(owner);
    const maria = (await owner.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const c = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    const contract = async () => (await owner.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string; nextStep: string };
    const family = async (lang = 'nl') => (await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body as { contracts: { items: { id: string; statusText: string }[] }; feedbackPrompt: { question: string } | null };
    return { id: c.id, estate, desk, portal, contract, family };
  }

  /** A bank that requires a verklaring van erfrecht (its directory's `requiredDocuments`), its request sent with the first one uploaded. */
  async function verklaringBank(name: string, accountNumber: string, language: 'nl' | 'en' = 'nl') {
    const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: ['certificate_of_inheritance'], language });
    const estate = await createEstate(anna);
    const upload = async (file: string) => ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, file).expect(201)).body as { id: string }).id;
    const first = await upload('erfrecht.pdf');
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Spaarrekening', accountNumber }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    return { estate, upload, first, c, desk };
  }

  it('waits for the release past the quiet period: not settled, the family not asked to rate, and the desk records it', async () => {
    const ing = await blockedAt('ING Vrijgave');
    const fresh = await ing.contract();
    expect(fresh.state).toBe('blocked');
    expect(nbsp(fresh.statusText)).toMatch(/^ING Vrijgave heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    // Two months on (past the 40 business days' watch for late bills): on main this settled ("Afgehandeld").
    await t.runDue(70);
    // releaseremind (v19): the passed term sent the bank a reminder; only once its term passed too is the release overdue.
    expect((await ing.contract()).state).toBe('releaseReminded');
    await t.runDue(25);
    const waiting = await ing.contract();
    expect(waiting.state).toBe('releaseOverdue');
    expect(nbsp(waiting.statusText)).toMatch(/^ING Vrijgave heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is nog niet vrijgegeven naar de boedelrekening\. Termijn van ING Vrijgave tot en met \d+ \w+ \d{4} verstreken zonder vrijgave van het saldo\.$/);
    const card = (await ing.family()).contracts.items.find((x) => x.id === ing.id)!.statusText;
    // The lateness said once, however many terms passed (no "heeft niet binnen de termijn (tot en met …)" beside it).
    expect(card).toMatch(/^ING Vrijgave heeft de rekening geblokkeerd en het saldo doorgegeven\. ING Vrijgave heeft niet binnen de termijn \(tot en met \d+ \w+ \d{4}\) het saldo overgemaakt naar de boedelrekening\.$/);
    expect(card).not.toMatch(/€|1\.234/);
    expect((await ing.family()).feedbackPrompt).toBeNull();
    // The bank is overdue with the release: Anna's Today lists it, and her next step is to call.
    const today = (await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[];
    expect(today.find((c) => c.contractId === ing.id)).toMatchObject({ reason: 'release_overdue', resolution: 'record_release' });
    // Her page's button says what she records there: the release, not "the provider's answer".
    const todayPage = (await t.anonymous.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(todayPage).toContain('Vrijgave van het saldo vastleggen');
    expect(waiting.nextStep).toMatch(/^ING Vrijgave nu bellen over de vrijgave van het saldo: niet vrijgegeven tot en met \d+ \w+ \d{4}; de vrijgave vastleggen zodra ING Vrijgave het saldo heeft overgemaakt\.$/);
    // The estate cannot close while the release waits.
    expect((await anna.get(`${API}/estates/${ing.estate.id}`).expect(200)).body.status).not.toBe('closable');

    // ING's desk records the release as a later answer on the same request.
    const view = (await ing.desk.get(`${API}/provider-desk/requests/${ing.id}`).expect(200)).body as { statusText: string; actions: string[] };
    expect(view.statusText).toMatch(/^U heeft de rekening geblokkeerd; het saldo is binnen de termijn niet vrijgegeven\. Graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden/);
    expect(view.actions).toContain('balance-released');
    let key = 0;
    const release = (body: object) => ing.desk.post(`${API}/provider-desk/requests/${ing.id}/balance-released`, body).set('Idempotency-Key', `${ing.id}-release-${++key}`);
    expect((await release({ releasedAmount: 1234.56 }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'releasedOn' })]);
    await release({ releasedOn: '2027-01-12', releasedAmount: 1234.56, note: 'Rekening wordt opgeheven.' }).expect(200);
    const released = await ing.contract();
    expect(released.state).toBe('confirmed');
    expect(nbsp(released.statusText)).toMatch(/^ING Vrijgave heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56; het saldo is overgemaakt naar de boedelrekening; controle op late facturen/);
    const timeline = ((await anna.get(`${API}/estates/${ing.estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => nbsp(e.summary));
    expect(timeline).toContain('Betaalrekening: Saldo vrijgegeven door ING Vrijgave: overgemaakt naar de boedelrekening (€ 1.234,56) op 12 januari 2027.');
    const familyTimeline = ((await ing.portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain('ING Vrijgave heeft het saldo overgemaakt naar de boedelrekening.');
    // Now the family may rate the bank; after the quiet period the contract settles.
    expect((await ing.family()).feedbackPrompt).not.toBeNull();
    await t.runDue(70);
    expect((await ing.contract()).state).toBe('settled');
  });

  it("a bank that lets its term for the release pass is asked again by letter, Today says it went and its new term; the next term passed is her call, late since that term (releaseremind)", async () => {
    const longIso = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const dueOf = (statusText: string) => /vrijgave uiterlijk ([^.]+)\./.exec(nbsp(statusText))?.[1];
    type Row = { contractId: string; reason: string; resolution: string; statusText: string; dueDate: string | null; lateSince: string | null; overdue: boolean };
    const row = async (id: string) => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((c) => c.contractId === id);
    const knab = await blockedAt('Knab Herinnering');
    const first = dueOf((await knab.contract()).statusText);
    expect(first).toBeDefined();

    // Its term passes: on main the contract went to `releaseOverdue` and nothing was written to the bank.
    await t.runDue(25);
    const reminded = await knab.contract();
    expect(reminded.state).toBe('releaseReminded');
    const second = dueOf(reminded.statusText)!;
    expect(second).not.toBe(first);
    expect(nbsp(reminded.statusText)).toBe(`Knab Herinnering heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56. Het saldo is niet op tijd vrijgegeven naar de boedelrekening: herinnering verstuurd, vrijgave uiterlijk ${second}.`);
    // Today: the row says the reminder went, with the term it named.
    const remindedRow = (await row(knab.id))!;
    expect(remindedRow).toMatchObject({ reason: 'release_overdue', resolution: 'record_release', lateSince: null, overdue: false });
    expect(longIso(remindedRow.dueDate!)).toBe(second);
    expect(nbsp(remindedRow.statusText)).toContain('herinnering verstuurd');
    // The letter: what the bank said, the release to the estate account, the new term.
    const letters = (await anna.get(`${API}/contracts/${knab.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const reminder = letters.filter((l) => l.kind === 'release_reminder');
    expect(reminder).toHaveLength(1);
    const text = nbsp(await letterText(anna, reminder[0].id));
    expect(text).toContain('Herinnering: vrijgave van het saldo');
    expect(text).toContain('U heeft bevestigd dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 1.234,56 was.');
    expect(text).toMatch(new RegExp(`Ik verzoek u het saldo over te maken naar de boedelrekening NL\\d\\d [A-Z]{4} [\\d ]+ t\\.n\\.v\\. .+ en mij de overboeking uiterlijk ${second} schriftelijk te bevestigen\\.`));
    // Her history names the letter; the desk reads the reminder and its term; the family that a reminder went.
    const history = ((await anna.get(`${API}/estates/${knab.estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => nbsp(e.summary));
    expect(history.some((line) => line.includes('Herinnering: vrijgave van het saldo'))).toBe(true);
    const view = (await knab.desk.get(`${API}/provider-desk/requests/${knab.id}`).expect(200)).body as { statusText: string };
    expect(nbsp(view.statusText)).toBe(`U heeft de rekening geblokkeerd; het saldo is binnen de termijn niet vrijgegeven en wij stuurden u een herinnering. Graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden uiterlijk ${second}.`);
    const card = (await knab.family()).contracts.items.find((x) => x.id === knab.id)!.statusText;
    expect(card).toBe('Knab Herinnering heeft de rekening geblokkeerd en het saldo doorgegeven. Het saldo is nog niet overgemaakt naar de boedelrekening, ook niet binnen de termijn; we hebben Knab Herinnering een herinnering gestuurd.');

    // The reminder's term passes too: now it is her call, late since that term; the row names no term nobody was told.
    await t.runDue(25);
    const overdue = await knab.contract();
    expect(overdue.state).toBe('releaseOverdue');
    expect(nbsp(overdue.statusText)).toBe(`Knab Herinnering heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56. Het saldo is nog niet vrijgegeven naar de boedelrekening. Termijn van Knab Herinnering tot en met ${second} verstreken zonder vrijgave van het saldo.`);
    expect(overdue.nextStep).toBe(`Knab Herinnering nu bellen over de vrijgave van het saldo: niet vrijgegeven tot en met ${second}; de vrijgave vastleggen zodra Knab Herinnering het saldo heeft overgemaakt.`);
    const lateRow = (await row(knab.id))!;
    expect(lateRow).toMatchObject({ reason: 'release_overdue', dueDate: null, overdue: true });
    expect(longIso(lateRow.lateSince!)).toBe(second);
    // One reminder: the bank is not written to again, each later term only alerts her.
    await t.runDue(25);
    const after = (await anna.get(`${API}/contracts/${knab.id}`).expect(200)).body.letters as { kind: string }[];
    expect(after.filter((l) => l.kind === 'release_reminder')).toHaveLength(1);
    expect(longIso((await row(knab.id))!.lateSince!)).toBe(second);
  });

  it('an English bank is reminded of the release in English', async () => {
    const p = await createProvider(t.admin, { name: 'Northbank Reminder', category: 'bank', requiredDocuments: [], language: 'en' });
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Current account', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'NB-1', done: 'accountBlocked', balance: 1234.56 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    await t.runDue(25);
    const letters = (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const text = nbsp(await letterText(anna, letters.find((l) => l.kind === 'release_reminder')!.id));
    expect(text).toContain('Reminder: release of the balance');
    expect(text).toContain('You confirmed that the account is blocked and that its balance on 2 November 2026 was €1,234.56.');
    expect(text).toMatch(/Please transfer the balance to the estate account NL\d\d [A-Z]{4} [\d ]+ in the name of .+ and confirm the transfer to me in writing by \d+ \w+ \d{4}\./);
  });

  it("a bank's disputed charge is called a charge by its letter, the desk and the owner, and booked back, never credited; the desk says what the bank did (bankdispute)", async () => {
    const rabo = await blockedAt('Rabo Kosten');
    const providerId = ((await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body.provider as { id: string }).id;
    await rabo.desk.post(`${API}/provider-desk/requests/${rabo.id}/balance-released`, { releasedOn: '2026-11-20', releasedAmount: 1234.56 }).set('Idempotency-Key', `${rabo.id}-release`).expect(200);
    const deskView = async () => (await rabo.desk.get(`${API}/provider-desk/requests/${rabo.id}`).expect(200)).body as { statusText: string; thread: { type: string; text: string }[] };
    // On main "Afhandeling bevestigd per 2 november 2026.": the balance's date read as a completion date.
    expect(nbsp((await deskView()).statusText)).toBe('U heeft bevestigd: rekening geblokkeerd, saldo € 1.234,56, saldo overgemaakt naar de boedelrekening.');

    await anna.post(`${API}/contracts/${rabo.id}/invoice-after-end`, { reference: 'RK-12', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    const disputed = (await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body as { state: string; letters: { id: string; kind: string }[] };
    expect(disputed.state).toBe('disputed');
    // The letter: on main „Uw factuur RK-12 van 20 november 2026 betreft de periode …", titled „Bezwaar tegen factuur …".
    const letter = nbsp(await letterText(anna, disputed.letters.filter((l) => l.kind === 'dispute').at(-1)!.id));
    expect(letter).toContain('Bezwaar tegen kosten na de datum van overlijden');
    expect(letter).toContain('U heeft op 20 november 2026 kosten van € 3,95 in rekening gebracht (kenmerk RK-12).');
    expect(letter).toContain('Ik verzoek u de kosten van € 3,69 terug te boeken op de rekening');
    expect(letter).not.toMatch(/factuur|eindafrekening|creditnota/i);
    // The desk: on main „Bezwaar tegen factuur RK-12: het deel na de bevestigde einddatum, … Graag een creditnota of gecorrigeerde eindafrekening …".
    expect(nbsp((await deskView()).statusText)).toMatch(/^Bezwaar tegen kosten met kenmerk RK-12 \(€ 3,95\): naar rato € 3,69 na de datum die u bevestigde\. Graag de kosten terugboeken op de rekening, of een gemotiveerde afwijzing uiterlijk [^.]+\.$/);
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@rabo.dispute', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ email: 'desk@rabo.dispute', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = nbsp((await deskWeb.get(`/desk/requests/${rabo.id}`).expect(200)).text);
    expect(deskPage).toContain('<h2>Kosten teruggeboekt</h2>');
    expect(deskPage).toContain('De kosten terugboeken op de rekening, of een gemotiveerde afwijzing');
    expect(deskPage).not.toMatch(/einddatum|eindafrekening|creditnota/i);
    // The owner's answer form names what a bank does.
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Kosten', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const bunq = await blockedAt('Bunq Kosten', owner.api);
    await owner.api.post(`${API}/contracts/${bunq.id}/invoice-after-end`, { reference: 'BK-2', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    const ownerPage = nbsp((await web.get(`/app/contracts/${bunq.id}`).expect(200)).text);
    expect(ownerPage).toContain('Bank heeft de kosten teruggeboekt');
    expect(ownerPage).not.toContain('Aanbieder stuurde een creditnota of gecorrigeerde eindafrekening');

    // Booked back: every reader says so, none a credit note.
    await rabo.desk.post(`${API}/provider-desk/requests/${rabo.id}/credit-note`, { amount: 3.69 }).set('Idempotency-Key', `${rabo.id}-credit`).expect(200);
    expect(nbsp((await deskView()).thread.filter((e) => e.type === 'answer').at(-1)!.text)).toBe('U boekte € 3,69 terug op de rekening, van de kosten RK-12');
    const history = ((await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => nbsp(e.summary));
    expect(history.at(-1)).toMatch(/^Betaalrekening: Rabo Kosten heeft de kosten teruggeboekt \(€ 3,69\); geschil gesloten\./);
    expect(history.join(' ')).not.toMatch(/Creditnota|einddatum/);
    const told = ((await rabo.portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text));
    expect(told).toContain('Rabo Kosten heeft nog kosten in rekening gebracht; we hebben bezwaar gemaakt.');
    expect(told).toContain('Rabo Kosten heeft € 3,69 teruggeboekt; het bezwaar is afgehandeld. € 0,26 blijft te betalen uit de nalatenschap.');
    expect(told.join(' ')).toContain('Brief verstuurd aan Rabo Kosten: Bezwaar tegen kosten na de datum van overlijden');
    expect(told.join(' ')).not.toMatch(/creditnota|gecrediteerd|factuur|Er kwam nog een rekening/);
  });

  it("a bank's letters are named by what they ask, its complaint and withdrawal call its charge costs, and her header says what the bank answered and whether the balance came (bankletters)", async () => {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Brieven', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const abn = await blockedAt('ABN Brieven', owner.api);
    // On main „Bevestigd door ABN Brieven" and „opzegging" for the request that asked the block and the balance (audit79 LET-1).
    const page = async () => nbsp((await web.get(`/app/contracts/${abn.id}`).expect(200)).text);
    const blocked = await page();
    expect(blocked).toContain('<dt>Antwoord van ABN Brieven</dt><dd>rekening geblokkeerd, saldo per 2 november 2026 · saldo nog niet vrijgegeven · ');
    // audit95 F4: each letter's row names its addressee.
    expect(blocked).toContain(' · blokkering en saldo aan ABN Brieven · ');
    expect(blocked).not.toMatch(/Bevestigd door|opzegging/);
    const estatePage = nbsp((await web.get(`/app/estates/${abn.estate.id}`).expect(200)).text);
    expect(estatePage).toMatch(/>blokkering en saldo, \d+ \w+ \d{4}<\/a>/);
    expect(estatePage).not.toContain('opzegging');

    // The charge disputed and left unanswered: the complaint calls it costs, by title and body (on main „… tegen uw factuur").
    await owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference: 'AB-9', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    await t.runDue(30);
    const letters = async () => ((await owner.api.get(`${API}/contracts/${abn.id}`).expect(200)).body as { letters: { id: string; kind: string }[] }).letters;
    const complaint = (await letters()).find((l) => l.kind === 'dispute_escalation');
    expect(complaint).toBeDefined();
    const complained = nbsp(await letterText(owner.api, complaint!.id));
    expect(complained).toContain('Klacht over het uitblijven van een reactie op mijn bezwaar tegen kosten');
    expect(complained).toContain('Ik verzoek u');
    expect(complained).not.toMatch(/factuur/i);
    expect(await page()).toContain(' · bezwaar opgeschaald aan ABN Brieven · ');
    const providerId = ((await owner.api.get(`${API}/contracts/${abn.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@abn.brieven', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ email: 'desk@abn.brieven', password: 'desk-password-1', next: '/desk' }).expect(303);
    const thread = async () => nbsp((await deskWeb.get(`/desk/requests/${abn.id}`).expect(200)).text);
    expect(await thread()).toContain('Brief van Steward: Klacht over onbeantwoord bezwaar tegen de kosten met kenmerk AB-9');

    // She drops the objection: the letter withdraws the dispute of the costs, none of an invoice.
    await owner.api.post(`${API}/contracts/${abn.id}/dispute-resolved`, { invoiceReference: 'AB-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const withdrawal = (await letters()).find((l) => l.kind === 'dispute_withdrawal');
    expect(withdrawal).toBeDefined();
    const withdrawn = nbsp(await letterText(owner.api, withdrawal!.id));
    expect(withdrawn).toContain('Intrekking van mijn bezwaar tegen kosten');
    expect(withdrawn).toContain('bezwaar gemaakt tegen de kosten met kenmerk AB-9 die u in rekening bracht');
    expect(withdrawn).toContain('Dat bezwaar trek ik hierbij in: de kosten komen ten laste van de nalatenschap.');
    expect(withdrawn).not.toMatch(/factuur/i);
    expect(await thread()).toContain('Brief van Steward: Intrekking van het bezwaar tegen kosten');
    expect(await thread()).not.toMatch(/Brief van Steward: [^<]*factuur/i);

    // The balance released: her header says so.
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/balance-released`, { releasedOn: '2026-12-20', releasedAmount: 1234.56 }).set('Idempotency-Key', `${abn.id}-release`).expect(200);
    expect(await page()).toContain('<dt>Antwoord van ABN Brieven</dt><dd>rekening geblokkeerd, saldo per 2 november 2026 · saldo overgemaakt naar de boedelrekening · ');
  });

  it("a bank's charge is costs on the owner's status, form and Today, the desk's card and forms; a part booked back says so to the family (bankowner)", async () => {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Deels', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const sns = await blockedAt('SNS Kosten', owner.api);
    await owner.api.post(`${API}/contracts/${sns.id}/invoice-after-end`, { reference: 'SK-7', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    // The owner: on main „Geschil loopt: € 3,69 betwist (factuur SK-7), …", Today „Factuur na de einddatum", the form „Er kwam een factuur na de einddatum".
    expect(nbsp((await sns.contract()).statusText)).toMatch(/^Geschil loopt: € 3,69 betwist \(kosten met kenmerk SK-7\), /);
    const row = ((await owner.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[]).find((c) => c.contractId === sns.id)!;
    expect(row.reason).toBe('charge_dispute');
    expect(nbsp((await web.get('/app').expect(200)).text)).toContain('Kosten na de bevestigde datum');
    const ownerPage = nbsp((await web.get(`/app/contracts/${sns.id}`).expect(200)).text);
    expect(ownerPage).toContain('De bank bracht kosten in rekening na de bevestigde datum');
    expect(ownerPage).not.toContain('Er kwam een factuur na de einddatum');
    // The desk: on main „Bezwaar tegen factuur SK-7", „Factuur: SK-7, factuurdatum …", the forms „Factuur ingetrokken" and „Gecrediteerd bedrag (euro)".
    const providerId = ((await owner.api.get(`${API}/contracts/${sns.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@sns.kosten', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ email: 'desk@sns.kosten', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = nbsp((await deskWeb.get(`/desk/requests/${sns.id}`).expect(200)).text);
    expect(deskPage).toContain('<h2>Bezwaar tegen kosten met kenmerk SK-7</h2>');
    expect(deskPage).toContain('Kosten: <strong>SK-7</strong>, in rekening gebracht op 20 november 2026');
    expect(deskPage).toContain('<h2>Kosten ingetrokken</h2>');
    expect(deskPage).toContain('Teruggeboekt bedrag (euro)');
    expect(deskPage).not.toMatch(/factuur|gecrediteerd|creditnota/i);
    // A part booked back: on main the family read „SNS Kosten heeft € 1,00 van rekening SK-7 gecrediteerd en houdt vast aan de overige € 2,69.".
    await sns.desk.post(`${API}/provider-desk/requests/${sns.id}/credit-note`, { amount: 1 }).set('Idempotency-Key', `${sns.id}-part`).expect(200);
    const history = ((await owner.api.get(`${API}/contracts/${sns.id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => nbsp(e.summary));
    expect(history.at(-1)).toContain('SNS Kosten heeft € 1,00 van de kosten met kenmerk SK-7 teruggeboekt; de overige betwiste € 2,69 is niet teruggeboekt;');
    expect(nbsp((await sns.contract()).statusText)).toMatch(/^Deels teruggeboekt door SNS Kosten, de rest staat nog open: € 2,69 betwist \(kosten met kenmerk SK-7, € 1,00 teruggeboekt van € 3,69\)/);
    const told = ((await sns.portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text));
    expect(told.join(' ')).toContain('SNS Kosten heeft € 1,00 van de kosten met kenmerk SK-7 teruggeboekt; de overige € 2,69 waartegen we bezwaar maakten, is niet teruggeboekt.');
    expect(told.join(' ')).not.toMatch(/creditnota|gecrediteerd|factuur/);
    const toldEn = ((await sns.portal.get(`${API}/portal/timeline?lang=en`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text));
    expect(toldEn.join(' ')).toContain('SNS Kosten has booked back €1.00 of the charge with reference SK-7; the other €2.69 we objected to was not booked back.');
  });

  it("a bank's costs are named as costs on the owner's forms, in every refusal of them, the owner's and the desk's, and on the family's card, Dutch and English (bankpages)", async () => {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Kenmerk', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const asn = await blockedAt('ASN Kenmerk', owner.api);
    // The owner's form: on main „Datum op de factuur", „Eerste gefactureerde dag", „Factuurnummer"; refused „Vul het factuurnummer in".
    const page = nbsp((await web.get(`/app/contracts/${asn.id}`).expect(200)).text);
    for (const label of ['Datum van de kosten', 'Eerste dag waarover de kosten gaan', 'Laatste dag waarover de kosten gaan', 'Kenmerk van de kosten']) expect(page).toContain(label);
    expect(page).not.toMatch(/Factuurnummer|Datum op de factuur|gefactureerde dag/);
    const refused = nbsp((await web.post(`/app/contracts/${asn.id}/invoice-after-end`).type('form').send({ periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: '3,95' }).expect(422)).text);
    expect(refused).toContain('Vul de datum van de kosten in');
    expect(refused).toContain('Vul het kenmerk van de kosten in');
    expect(refused).not.toMatch(/factuur/i);
    for (const reference of ['SK-1', 'SK-2']) await owner.api.post(`${API}/contracts/${asn.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    // The desk's refusals: on main „Factuur: kies een van de betwiste facturen (SK-1, SK-2)." and „Gecrediteerd bedrag: de creditnota is hoger …".
    const unnamed = (await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/credit-note`, { amount: 1 }).set('Idempotency-Key', `${asn.id}-which`).expect(422)).body as { detail: string };
    expect(nbsp(unnamed.detail)).toContain('Kosten: kies een van de betwiste kosten (SK-1, SK-2).');
    const above = (await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/credit-note`, { invoiceReference: 'SK-1', amount: 9 }).set('Idempotency-Key', `${asn.id}-above`).expect(422)).body as { detail: string };
    expect(nbsp(above.detail)).toContain('Teruggeboekt bedrag: dat is meer dan er van de kosten nog openstaat (€ 3,95).');
    expect(`${unnamed.detail} ${above.detail}`).not.toMatch(/factuur|creditnota|gecrediteerd/i);
    // The owner's answer refused alike: on main „Kies over welke betwiste factuur het gaat".
    const ownerRefused = (await owner.api.post(`${API}/contracts/${asn.id}/dispute-answer/credit_note_sent`, { amount: 1, receivedVia: 'post' }).expect(422)).body as { detail: string };
    expect(nbsp(ownerRefused.detail)).toContain('Kies over welke betwiste kosten het gaat: SK-1, SK-2');
    // The desk's web form: on main „Gecrediteerd bedrag: vul dit in.".
    const providerId = ((await owner.api.get(`${API}/contracts/${asn.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@asn.kenmerk', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ email: 'desk@asn.kenmerk', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskRefused = nbsp((await deskWeb.post(`/desk/requests/${asn.id}/credit-note`).type('form').send({ invoiceReference: 'SK-1' }).expect(422)).text);
    expect(deskRefused).toContain('Teruggeboekt bedrag: vul dit in.');
    expect(deskRefused).not.toMatch(/gecrediteerd|creditnota|factuur/i);
    // The family's card: on main „ASN Kenmerk houdt vast aan rekening SK-1, … Op ons bezwaar tegen rekening SK-2 verwachten we …".
    await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/reject-dispute`, { invoiceReference: 'SK-1', reason: 'Kosten van het lopende kwartaal' }).set('Idempotency-Key', `${asn.id}-hold`).expect(200);
    const card = nbsp((await asn.family()).contracts.items.find((x) => x.id === asn.id)!.statusText);
    expect(card).toContain('ASN Kenmerk houdt vast aan de kosten met kenmerk SK-1, waartegen we bezwaar maakten.');
    expect(card).toMatch(/Op ons bezwaar tegen de kosten met kenmerk SK-2 verwachten we /);
    expect(card).not.toMatch(/rekening SK|factuur/);
    const cardEn = nbsp((await asn.family('en')).contracts.items.find((x) => x.id === asn.id)!.statusText);
    expect(cardEn).toContain('ASN Kenmerk maintains the charge with reference SK-1, which we objected to.');
    expect(cardEn).toMatch(/to our objection to the charge with reference SK-2 /);

    // English: the owner and the desk read a bank's costs in English on their pages (bankowner's words; on main asserted by unit specs only).
    const webEn = request.agent(t.app.getHttpServer());
    const ownerEn = await account(t, 'Olivia Charge', 'specialist', 'en');
    await webEn.post('/app/login').type('form').send({ email: ownerEn.email, password: ownerEn.password, next: '/app' }).expect(303);
    const abn = await blockedAt('ABN Charge', ownerEn.api, 1234.56, 'en');
    const pageEn = nbsp((await webEn.get(`/app/contracts/${abn.id}`).expect(200)).text);
    for (const label of ['The bank charged costs after the confirmed date', 'Date of the charge', 'First day the charge covers', 'Reference of the charge']) expect(pageEn).toContain(label);
    expect(pageEn).not.toMatch(/Invoice number|Date on the bill|day billed/);
    await ownerEn.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference: 'AC-7', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    expect(nbsp((await abn.contract()).statusText)).toMatch(/^Dispute open: €3\.69 disputed \(charge with reference AC-7\), /);
    const disputedEn = nbsp((await webEn.get(`/app/contracts/${abn.id}`).expect(200)).text);
    expect(disputedEn).toContain('The bank booked the charge back');
    expect(nbsp((await webEn.get('/app').expect(200)).text)).toContain('Charge after the confirmed date');
    const abnId = ((await ownerEn.api.get(`${API}/contracts/${abn.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${abnId}/desk-users`, { email: 'desk@abn.charge', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskEn = request.agent(t.app.getHttpServer());
    await deskEn.post('/desk/login').type('form').send({ email: 'desk@abn.charge', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPageEn = nbsp((await deskEn.get(`/desk/requests/${abn.id}`).expect(200)).text);
    expect(deskPageEn).toContain('<h2>Dispute of charge with reference AC-7</h2>');
    expect(deskPageEn).toContain('<h2>Charge booked back</h2>');
    expect(deskPageEn).toContain('Amount booked back (euro)');
    expect(deskPageEn.replace(/<[^>]+>/g, ' ')).not.toMatch(/invoice|credit note|credited/i);
    const deskRefusedEn = nbsp((await deskEn.post(`/desk/requests/${abn.id}/credit-note`).type('form').send({ amount: '9' }).expect(422)).text);
    expect(deskRefusedEn).toContain('Amount booked back: that is more than what is left of the charge (€3.95).');
  });

  it("a bank's costs are costs where a dispute of them closes at the desk, where the owner corrects one unnamed, in the family's next step and an unanswered dispute, and on the owner's debts; the desk's amount refused before its request is known names no credit note (bankrest)", async () => {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Rest', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const abn = await blockedAt('ABN Rest', owner.api);
    await owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference: 'AB-9', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    // The family's next step: on main „We verwachten dat ABN Rest de rekening uiterlijk … corrigeert of intrekt".
    const next = async (lang = 'nl') => nbsp(((await abn.portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((x) => x.id === abn.id)!.nextStep);
    expect(await next()).toMatch(/^We verwachten dat ABN Rest de kosten uiterlijk .+ terugboekt; anders dienen we een klacht in\.$/);
    expect(await next('en')).toMatch(/^We expect ABN Rest to book the charge back by .+; otherwise we will file a complaint\.$/);
    // Unanswered: on main „… op ons bezwaar tegen de rekening. We hebben een klacht ingediend. U hoeft deze rekening niet te betalen …".
    await t.runDue(40);
    const card = nbsp(((await abn.family()).contracts.items as { id: string; statusText: string }[]).find((x) => x.id === abn.id)!.statusText);
    expect(card).toContain('ABN Rest heeft niet gereageerd op ons bezwaar tegen de kosten. We hebben een klacht ingediend.');
    expect(card).not.toMatch(/rekening niet te betalen|factuur/);
    await owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference: 'AB-10', invoiceDate: '2026-11-25', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 2.5 }).expect(200);
    await t.runDue();
    // The owner's correction of an unnamed charge: on main „Kies over welke betwiste factuur het gaat: AB-9, AB-10".
    const unnamed = (await owner.api.post(`${API}/contracts/${abn.id}/bill-corrected`, { reference: 'AB-9', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.5 }).expect(422)).body as { detail: string };
    expect(nbsp(unnamed.detail)).toContain('Kies over welke betwiste kosten het gaat: AB-9, AB-10');
    expect(unnamed.detail).not.toMatch(/factuur/i);
    // The desk API's body refused before its request is known: on main „Gecrediteerd bedrag: vul een bedrag in als getal …".
    const malformed = (await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/credit-note`, { invoiceReference: 'AB-9', amount: '3,95' }).set('Idempotency-Key', `${abn.id}-comma`).expect(400)).body as { detail: string };
    expect(malformed.detail).toBe('Bedrag: vul een bedrag in euro’s in als getal tot en met €\u00a01.000.000,00, met hooguit twee cijfers achter de komma, bijvoorbeeld 12.50. Er is niets gewijzigd.');
    // The owner closes the dispute of a charge the bank held to: on main the desk read „Steward sloot het bezwaar tegen factuur AB-9 van € 3,95 af: de factuur wordt betaald uit de nalatenschap".
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/reject-dispute`, { invoiceReference: 'AB-9', reason: 'Kosten van het lopende kwartaal' }).set('Idempotency-Key', `${abn.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${abn.id}/dispute-resolved`, { invoiceReference: 'AB-9', outcome: 'payFromEstate' }).expect(200);
    const thread = ((await abn.desk.get(`${API}/provider-desk/requests/${abn.id}`).expect(200)).body.thread as { by: string; text: string }[]).filter((e) => e.by === 'steward').map((e) => nbsp(e.text));
    expect(thread).toContain('Steward sloot het bezwaar tegen kosten met kenmerk AB-9 van € 3,95 af: de kosten komen ten laste van de nalatenschap');
    expect(thread.join(' ')).not.toMatch(/factuur/i);
    // Her contract page lists what the estate owes the bank: on main „De nalatenschap is deze facturen verschuldigd".
    const page = nbsp((await web.get(`/app/contracts/${abn.id}`).expect(200)).text);
    expect(page).toContain('De nalatenschap is deze bedragen aan de bank verschuldigd.');
    expect(page).not.toContain('deze facturen verschuldigd');
  });

  it("a bank's costs are costs in the refusals of a rejection given already, of a charge not open and of a correction below what it booked back; a credit note's amount refused on the desk's form is the credited amount (bankwords2)", async () => {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, 'Olga Woorden', 'specialist', 'nl');
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const abn = await blockedAt('ABN Woorden', owner.api);
    for (const [reference, amount] of [['AB-1', 3.95], ['AB-2', 2.5]] as const) {
      await owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount }).expect(200);
      await t.runDue();
    }
    const never = /factuur|gecrediteerd|creditnota/i;
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten van het lopende kwartaal' }).set('Idempotency-Key', `${abn.id}-hold`).expect(200);
    // Rejected again: on main „U heeft het bezwaar tegen factuur AB-1 al afgewezen", „ABN Woorden heeft het bezwaar tegen factuur AB-1 al afgewezen".
    const deskAgain = (await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Nogmaals' }).set('Idempotency-Key', `${abn.id}-again`).expect(409)).body as { detail: string };
    expect(deskAgain.detail).toBe('U heeft het bezwaar tegen de kosten met kenmerk AB-1 al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.');
    const ownerAgain = (await owner.api.post(`${API}/contracts/${abn.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'AB-1', reason: 'Nogmaals' }).expect(409)).body as { detail: string };
    expect(ownerAgain.detail).toBe('ABN Woorden heeft het bezwaar tegen de kosten met kenmerk AB-1 al afgewezen; die afwijzing staat al vast en hoeft niet opnieuw. Er is niets gewijzigd.');
    const formAgain = nbsp((await web.post(`/app/contracts/${abn.id}/dispute-rejected`).type('form').send({ receivedVia: 'phone', invoiceReference: 'AB-1', reason: 'Nogmaals' }).expect(409)).text);
    expect(formAgain).toContain('De bank heeft het bezwaar tegen de kosten met kenmerk AB-1 al afgewezen: die afwijzing staat al vast');
    // A correction that would leave less disputed than the bank booked back: on main „De aanbieder heeft al € 1,00 van deze factuur gecrediteerd".
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/credit-note`, { invoiceReference: 'AB-2', amount: 1 }).set('Idempotency-Key', `${abn.id}-part`).expect(200);
    const below = (await owner.api.post(`${API}/contracts/${abn.id}/bill-corrected`, { invoiceReference: 'AB-2', reference: 'AB-2', invoiceDate: '2026-11-20', periodFrom: '2026-11-03', periodTo: '2026-12-02', amount: 1 }).expect(422)).body as { detail: string };
    expect(nbsp(below.detail)).toContain('De bank heeft al € 1,00 van deze kosten teruggeboekt; na de correctie moet er meer betwist blijven.');
    // A charge no longer open: on main „Factuur AB-1 staat niet open bij dit contract (open: AB-2): een factuur die …".
    await owner.api.post(`${API}/contracts/${abn.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const closed = (await owner.api.post(`${API}/contracts/${abn.id}/bill-corrected`, { invoiceReference: 'AB-1', reference: 'AB-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.5 }).expect(409)).body as { detail: string };
    expect(closed.detail).toBe('Kosten met kenmerk AB-1 staan niet open bij dit contract (open: AB-2): kosten waarop ABN Woorden antwoordde of die u afhandelde zijn gesloten en blijven zoals ze zijn vastgelegd. Bracht ABN Woorden nieuwe kosten in rekening, leg die dan vast als nieuwe kosten na de bevestigde datum. Er is niets gewijzigd.');
    for (const said of [deskAgain.detail, ownerAgain.detail, below.detail, closed.detail]) expect(said).not.toMatch(never);
    expect(formAgain.replace(/<[^>]+>/g, ' ')).not.toMatch(/bezwaar tegen factuur|van deze factuur/);

    // Not a bank: its desk's form refuses an empty credit note as the form labels it (on main „Bedrag: vul dit in.", the API's neutral word).
    const kpn = await createProvider(t.admin, { name: 'KPN Woorden', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(owner.api);
    const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, action: 'cancel', description: 'Internet', accountNumber: 'KW-1' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const kpnDesk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await kpnDesk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'KPN-1' }).set('Idempotency-Key', `${c.id}-done`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 30 }).expect(200);
    await t.runDue();
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.woorden', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const kpnWeb = request.agent(t.app.getHttpServer());
    await kpnWeb.post('/desk/login').type('form').send({ email: 'desk@kpn.woorden', password: 'desk-password-1', next: '/desk' }).expect(303);
    const empty = nbsp((await kpnWeb.post(`/desk/requests/${c.id}/credit-note`).type('form').send({}).expect(422)).text);
    expect(empty).toContain('Gecrediteerd bedrag: vul dit in.');
    expect(empty).not.toContain('Bedrag: vul dit in.');
  });

  /**
   * bankwords3: every refusal about a bank's costs, by the owner (API and form) and its desk, in the owner's and the bank's language:
   * a rejection given twice, a correction below what it booked back, a charge no longer open (bankwords2), a payment marked twice, an undo
   * of none, a payment of costs still disputed, a corrected date that takes back what it booked back, a date long before the days the
   * costs go over (bankwords3). What each said, by name.
   */
  async function bankRefusals(lang: 'nl' | 'en', name: string) {
    const web = request.agent(t.app.getHttpServer());
    const owner = await account(t, `Olga ${name}`, 'specialist', lang);
    await web.post('/app/login').type('form').send({ email: owner.email, password: owner.password, next: '/app' }).expect(303);
    const abn = await blockedAt(name, owner.api, 1234.56, lang);
    const detail = async (call: Promise<request.Response>) => nbsp(((await call).body as { detail: string }).detail);
    // A refused form's alert, and her contract page's summary of what is open.
    const part = (html: string, start: RegExp) => nbsp(html.slice(html.search(start))).split(/<\/div>|<\/dl>/)[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const page = async (call: Promise<request.Response>) => part((await call).text, /<div class="error" role="alert"/);
    const early = { reference: 'AB-0', invoiceDate: '2025-10-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 };
    const longBefore = await detail(owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, early).expect(422));
    // The form refused with its kenmerk left out too: the form's own refusal, before the contract is read.
    const longBeforeForm = await page(web.post(`/app/contracts/${abn.id}/invoice-after-end`).type('form').send({ ...early, reference: '', amount: '3.95' }).expect(422));
    // AB-2 goes over days after the block only: all of it is disputed, none of it owed.
    for (const [reference, periodFrom, periodTo, amount] of [['AB-1', '2026-11-01', '2026-11-30', 3.95], ['AB-2', '2026-11-03', '2026-12-02', 2.5]] as const) {
      await owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom, periodTo, amount }).expect(200);
      await t.runDue();
    }
    // The same costs recorded again while their objection runs (audit88 F4).
    const disputedTwice = await detail(owner.api.post(`${API}/contracts/${abn.id}/invoice-after-end`, { reference: 'AB-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(422));
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${abn.id}-hold`).expect(200);
    const deskRejectedAgain = await detail(abn.desk.post(`${API}/provider-desk/requests/${abn.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Again' }).set('Idempotency-Key', `${abn.id}-again`).expect(409));
    const rejectedAgain = await detail(owner.api.post(`${API}/contracts/${abn.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'AB-1', reason: 'Again' }).expect(409));
    await abn.desk.post(`${API}/provider-desk/requests/${abn.id}/credit-note`, { invoiceReference: 'AB-2', amount: 2 }).set('Idempotency-Key', `${abn.id}-part`).expect(200);
    const below = await detail(owner.api.post(`${API}/contracts/${abn.id}/bill-corrected`, { invoiceReference: 'AB-2', reference: 'AB-2', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 1 }).expect(422));
    // A later date of the block leaves less disputed than the bank booked back on AB-2 (7 of 30 days of € 2,50).
    const later = { effectiveDate: '2026-11-25', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 1234.56 };
    const deskTakesBack = await detail(abn.desk.post(`${API}/provider-desk/requests/${abn.id}/correct-completion`, later).set('Idempotency-Key', `${abn.id}-later`).expect(409));
    const takesBack = await detail(owner.api.post(`${API}/contracts/${abn.id}/provider-answer/completion_corrected`, { ...later, receivedVia: 'phone' }).expect(409));
    await owner.api.post(`${API}/contracts/${abn.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const notOpen = await detail(owner.api.post(`${API}/contracts/${abn.id}/bill-corrected`, { invoiceReference: 'AB-1', reference: 'AB-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.5 }).expect(409));
    const stillDisputed = await detail(owner.api.post(`${API}/contracts/${abn.id}/bills-paid`, { reference: 'AB-2', paidOn: t.clock.today() }).expect(409));
    const stillDisputedForm = await page(web.post(`/app/contracts/${abn.id}/bills-paid`).type('form').send({ reference: 'AB-2', paidOn: t.clock.today() }).expect(409));
    await owner.api.post(`${API}/contracts/${abn.id}/bills-paid`, { reference: 'AB-1', paidOn: t.clock.today() }).expect(201);
    const paidAlready = await detail(owner.api.post(`${API}/contracts/${abn.id}/bills-paid`, { reference: 'AB-1', paidOn: t.clock.today() }).expect(409));
    const paidAlreadyForm = await page(web.post(`/app/contracts/${abn.id}/bills-paid`).type('form').send({ reference: 'AB-1', paidOn: t.clock.today() }).expect(409));
    await owner.api.post(`${API}/contracts/${abn.id}/bills-paid/undo`, { reference: 'AB-1' }).expect(200);
    const notPaid = await detail(owner.api.post(`${API}/contracts/${abn.id}/bills-paid/undo`, { reference: 'AB-1' }).expect(409));
    const notPaidForm = await page(web.post(`/app/contracts/${abn.id}/bills-paid/undo`).type('form').send({ reference: 'AB-1' }).expect(409));
    const summary = part((await web.get(`/app/contracts/${abn.id}`).expect(200)).text, /<dl class="card" id="summary"/);
    return { longBefore, longBeforeForm, disputedTwice, summary, deskRejectedAgain, rejectedAgain, below, deskTakesBack, takesBack, notOpen, stillDisputed, stillDisputedForm, paidAlready, paidAlreadyForm, notPaid, notPaidForm };
  }

  it("a bank's costs are costs in the refusals of a payment marked twice, an undo of none, a payment of costs still disputed, a corrected date that takes back what it booked back, and a date long before the days they go over (bankwords3)", async () => {
    const said = await bankRefusals('nl', 'ABN Drie');
    // On main: „Datum op de factuur ligt meer dan een jaar vóór de gefactureerde periode", „Tegen factuur AB-2 van ABN Drie loopt nog bezwaar",
    // „Factuur AB-1 staat al als betaald", „Factuur AB-1 staat niet als betaald", „… heeft factuur AB-2 al gecrediteerd …", „U heeft factuur AB-2 al gecrediteerd".
    expect(said.longBefore).toContain('De datum van de kosten ligt meer dan een jaar vóór de eerste dag waarover de kosten gaan (vanaf ');
    expect(said.longBeforeForm).toContain('De datum van de kosten ligt meer dan een jaar vóór de eerste dag waarover de kosten gaan (vanaf 1 november 2026)');
    expect(said.longBeforeForm).toContain('Vul het kenmerk van de kosten in');
    expect(said.stillDisputed).toBe('Tegen de kosten met kenmerk AB-2 van ABN Drie loopt nog bezwaar: de nalatenschap is ze pas verschuldigd als het bezwaar zo eindigt. Er is niets gewijzigd.');
    expect(said.stillDisputedForm).toContain('Tegen deze kosten loopt nog bezwaar: ze zijn (nog) niet verschuldigd');
    // audit88 F4: on main „Tegen factuur AB-1 loopt al bezwaar: dezelfde factuur wordt niet twee keer betwist".
    expect(said.disputedTwice).toContain('Tegen de kosten met kenmerk AB-1 loopt al bezwaar: dezelfde kosten worden niet twee keer betwist');
    expect(said.paidAlready).toBe(`Kosten met kenmerk AB-1 staan al als betaald (op ${t.clock.today()}). Om de datum te wijzigen: draai de betaling eerst terug en markeer ze dan opnieuw als betaald. Er is niets gewijzigd.`);
    expect(said.paidAlreadyForm).toContain('Dit bedrag staat al als betaald; draai de betaling eerst terug om de datum te wijzigen');
    expect(said.notPaid).toBe('Kosten met kenmerk AB-1 staan niet als betaald: er is niets terug te draaien. Er is niets gewijzigd.');
    expect(said.notPaidForm).toContain('Dit bedrag staat niet als betaald: er is niets terug te draaien');
    expect(said.deskTakesBack).toBe('U heeft van de kosten met kenmerk AB-2 al teruggeboekt wat er met deze datum nog betwist zou zijn, of meer: die terugboeking beantwoordde ons bezwaar, dat deze correctie terugneemt. De bevestiging kan hier daarom niet worden gecorrigeerd; laat de nieuwe datum de contactpersoon per e-mail of brief weten. Er is niets gewijzigd.');
    expect(said.takesBack).toContain('ABN Drie heeft van de kosten met kenmerk AB-2 al teruggeboekt wat er met deze datum nog betwist zou zijn, of meer');
    // Her page's summary: on main „factuur AB-2: € 0,50 betwist".
    expect(said.summary).toContain('kosten met kenmerk AB-2: € 0,50 betwist');
    const { summary, ...refusals } = said;
    for (const text of Object.values(refusals)) expect(text).not.toMatch(/factuur|facturen|gefactureerd|gecrediteerd|creditnota/i);
    // The line of what is still to pay (`billOwed`, shared with Today and the estate's list) is bankwords3's Not done.
    expect(summary).not.toMatch(/factuur AB-2|aan de factuur|facturen/i);
  });

  it("an English owner and an English bank's desk read every refusal about the bank's costs as a charge with its reference, never an invoice (bankwords3)", async () => {
    const said = await bankRefusals('en', 'ABN Three');
    // bankwords2's, written but not asserted end to end until now.
    expect(said.deskRejectedAgain).toBe('You already rejected the dispute about the charge with reference AB-1 (see Exchange); that answer stands and need not be given again.');
    expect(said.rejectedAgain).toBe('ABN Three already rejected the dispute about the charge with reference AB-1; that rejection is on record and need not be recorded again. Nothing was changed.');
    expect(said.below).toContain('The bank has booked back €2.00 of this charge already; after the correction more than that must stay disputed.');
    expect(said.notOpen).toMatch(/^The charge with reference AB-1 is not open on this contract \(open: AB-2\): a charge ABN Three answered or you settled is closed/);
    // bankwords3's.
    expect(said.longBefore).toContain('The date of the charge is more than a year before the first day the charge covers (from ');
    expect(said.longBeforeForm).toContain('The date of the charge is more than a year before the first day the charge covers (from 1 November 2026)');
    expect(said.stillDisputed).toBe('The charge with reference AB-2 of ABN Three is still disputed: it is not owed unless the dispute ends so. Nothing was changed.');
    expect(said.stillDisputedForm).toContain('This charge is still disputed: it is not owed (yet)');
    expect(said.disputedTwice).toContain('The charge with reference AB-1 is disputed already: the same charge is not disputed twice');
    expect(said.paidAlready).toBe(`The charge with reference AB-1 is marked paid already (on ${t.clock.today()}). To change the day, undo the payment first, then mark it paid again. Nothing was changed.`);
    expect(said.paidAlreadyForm).toContain('This amount is marked paid already; undo the payment first to change the day');
    expect(said.notPaid).toBe('The charge with reference AB-1 is not marked paid: there is nothing to undo. Nothing was changed.');
    expect(said.notPaidForm).toContain('This amount is not marked paid: there is nothing to undo');
    expect(said.deskTakesBack).toMatch(/^You already booked back at least what this date would leave disputed of the charge with reference AB-2:/);
    expect(said.takesBack).toMatch(/^ABN Three already booked back at least what this date would leave disputed of the charge with reference AB-2:/);
    expect(said.summary).toContain('charge with reference AB-2: €0.50 disputed');
    const { summary, ...refusals } = said;
    for (const text of Object.values(refusals)) expect(text).not.toMatch(/invoice|credit note|credited|billed/i);
    expect(summary).not.toMatch(/invoice AB-2|to the bill|unpaid bills/i);
  });

  it("a paid overdraft is listed among what the family paid as the overdraft, never a bill (bankrest, audit79 BD-2)", async () => {
    const red = await blockedAt('Zuidbank Lijst', anna, -50);
    await anna.post(`${API}/contracts/${red.id}/bills-paid`, { reference: 'ING-NB-7781', paidOn: t.clock.today() }).expect(201);
    const paid = (await red.portal.get(`${API}/portal/bills-paid`).expect(200)).body.items as { overdraft: boolean; reference: string }[];
    expect(paid).toMatchObject([{ overdraft: true, reference: 'ING-NB-7781' }]);
    const familyPage = nbsp((await t.anonymous.get('/family').set('Cookie', `steward_family=${red.portal.token}`).expect(200)).text).replace(/<[^>]+>/g, ' ');
    expect(familyPage).toContain('Zuidbank Lijst: tekort op de rekening');
    expect(familyPage).not.toMatch(/rekening ING-NB-7781/);
  });

  it('a bill disputed while the release waits leaves it awaited once credited; released, the quiet period runs and it settles', async () => {
    const sns = await blockedAt('ASN Vrijgave');
    await anna.post(`${API}/contracts/${sns.id}/invoice-after-end`, { reference: 'K-12', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 7.5 }).expect(200);
    await t.runDue();
    expect((await sns.contract()).state).toBe('disputed');
    await sns.desk.post(`${API}/provider-desk/requests/${sns.id}/credit-note`, { amount: 7.5 }).set('Idempotency-Key', `${sns.id}-credit`).expect(200);
    // On main the credit ended the wait: `confirmed`, and two months on "Afgehandeld" with the balance still at the bank.
    const waiting = await sns.contract();
    expect(waiting.state).toBe('blocked');
    expect(nbsp(waiting.statusText)).toMatch(/Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    await t.runDue(70);
    expect((await sns.contract()).state).toBe('releaseReminded');
    await t.runDue(25);
    expect((await sns.contract()).state).toBe('releaseOverdue');
    await sns.desk.post(`${API}/provider-desk/requests/${sns.id}/balance-released`, { releasedOn: '2027-01-12', releasedAmount: 1234.56 }).set('Idempotency-Key', `${sns.id}-release`).expect(200);
    expect((await sns.contract()).state).toBe('confirmed');
    await t.runDue(70);
    expect((await sns.contract()).state).toBe('settled');
  });

  it("a dispute closed while the release waits gives the bank no fresh term: back to its own due date, or reminded once that passed", async () => {
    const dueOf = (statusText: string) => /vrijgave uiterlijk ([^.]+)\./.exec(nbsp(statusText))?.[1];
    const dispute = async (bank: Awaited<ReturnType<typeof blockedAt>>, reference: string) => {
      await anna.post(`${API}/contracts/${bank.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 7.5 }).expect(200);
      await t.runDue();
      expect((await bank.contract()).state).toBe('disputed');
    };
    const credit = (bank: Awaited<ReturnType<typeof blockedAt>>) => bank.desk.post(`${API}/provider-desk/requests/${bank.id}/credit-note`, { amount: 7.5 }).set('Idempotency-Key', `${bank.id}-credit`).expect(200);

    // Credited within the bank's term: the release is due on the day it was before the bill.
    const soon = await blockedAt('Volksbank Vrijgave');
    const due = dueOf((await soon.contract()).statusText);
    expect(due).toBeDefined();
    await t.runDue(2);
    await dispute(soon, 'K-21');
    await credit(soon);
    const back = await soon.contract();
    expect(back.state).toBe('blocked');
    // On main the bank got a fresh term from the credit note's day.
    expect(dueOf(back.statusText)).toBe(due);

    // Credited after the bank's term passed: the bank is reminded (v19), not given its term again.
    const late = await blockedAt('Regio Vrijgave');
    await dispute(late, 'K-22');
    await t.runDue(30);
    expect((await late.contract()).state).toMatch(/^dispute/);
    await credit(late);
    await t.runDue();
    const overdue = await late.contract();
    expect(overdue.state).toBe('releaseReminded');
    expect(nbsp(overdue.statusText)).toMatch(/Het saldo is niet op tijd vrijgegeven naar de boedelrekening: herinnering verstuurd, vrijgave uiterlijk /);
  });

  it("a verklaring the bank requires, withdrawn while the release waits, is the owner's to send again; the new one puts the release back on the bank", async () => {
    const { estate, upload, first, c, desk } = await verklaringBank('SNS Erfrecht', 'NL12SNSB0123456789');
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'SNS-1', done: 'accountBlocked', balance: 310 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    const page = async () => (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string; statusTexts: { en: string } };
    expect((await page()).state).toBe('blocked');

    await anna.post(`${API}/documents/${first}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    // On main the bank's term ran on (`blocked`) and Anna was told the bank was late with a release it cannot give.
    const hers = await page();
    expect(hers.state).toBe('informationRequested');
    expect(hers.statusText).toMatch(/^SNS Erfrecht kan het saldo pas vrijgeven met een verklaring van erfrecht: stuur een nieuwe\. De gestuurde is op \d+ \w+ \d{4} ingetrokken\./);
    expect(hers.statusTexts.en).toMatch(/^SNS Erfrecht can release the balance only with a certificate of inheritance: send a new one\. The one sent was withdrawn on /);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const card = ((await portal.get(`${API}/portal/estate?lang=nl`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === c.id)!.statusText;
    expect(card).toBe('SNS Erfrecht heeft een nieuw document van ons nodig om het saldo vrij te geven. Wij regelen dat; als we iets van u nodig hebben, nemen we contact met u op.');
    const today = (await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; partAnswerText: string | null }[];
    expect(today.find((r) => r.contractId === c.id)?.partAnswerText).toMatch(/^SNS Erfrecht kan het saldo pas vrijgeven met een verklaring van erfrecht: stuur een nieuwe\./);
    // releaseremind: the desk's thread says what was withdrawn and why it matters to the bank; on main "… op uw vraag stuurde", a question it never asked.
    const thread = (await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body.thread as { type: string; text: string }[];
    expect(thread.filter((e) => e.type === 'answer').at(-1)!.text).toBe('Steward trok een document in dat het u stuurde en dat u nodig heeft om het saldo vrij te geven; er volgt een nieuw exemplaar, u hoeft nog niets te doen');
    // The bank is not chased for what we owe: weeks on, no reminder and no overdue release.
    await t.runDue(30);
    expect((await page()).state).toBe('informationRequested');
    expect(((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as { kind: string }[]).map((l) => l.kind)).not.toContain('release_reminder');

    const second = await upload('erfrecht-nieuw.pdf');
    await anna.post(`${API}/contracts/${c.id}/information-supplied`, { documentIds: [second] }).expect(200);
    const back = await page();
    expect(back.state).toBe('blocked');
    expect(nbsp(back.statusText)).toMatch(/Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    // Its letter answers no question of the bank's: it says what the new one is for and asks the release.
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const text = nbsp(await letterText(anna, letters.filter((l) => l.kind === 'information_supplied').at(-1)!.id));
    expect(text).toMatch(/U heeft het contract Spaarrekening met rekeningnummer NL12SNSB0123456789 van .+, overleden op .+, geblokkeerd\. Voor de vrijgave van het saldo stuur ik u wat u daarvoor nodig heeft\./);
    expect(text).toMatch(/De verklaring van erfrecht die ik u eerder stuurde, heb ik op .+ ingetrokken\. Nu bijgevoegd: een nieuwe verklaring van erfrecht\./);
    expect(text).toMatch(/Ik verzoek u nu het saldo vrij te geven naar de boedelrekening en mij de vrijgave uiterlijk .+ schriftelijk te bevestigen\./);
    expect(text).not.toMatch(/U vroeg om aanvullende informatie/);
  });

  it('a verklaring withdrawn while another one of its kind the bank had still stands keeps the release on the bank (releaseremind)', async () => {
    const { upload, first, c, desk } = await verklaringBank('Triodos Erfrecht', 'NL12TRIO0123456789');
    // The bank asked a recent verklaring, and had it; then it blocked the account.
    await desk.post(`${API}/provider-desk/requests/${c.id}/request-information`, { message: 'Graag een recente verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const second = await upload('erfrecht-recent.pdf');
    await anna.post(`${API}/contracts/${c.id}/information-supplied`, { documentIds: [second] }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'TR-1', done: 'accountBlocked', balance: 310 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    expect((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('blocked');
    // The older one is withdrawn: the bank still holds the recent one, so the release stays its move (on main: the owner's, "stuur een nieuwe").
    await anna.post(`${API}/documents/${first}/withdraw`, { reason: 'Vervangen door de recente verklaring.' }).expect(200);
    const after = (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string };
    expect(after.state).toBe('blocked');
    expect(nbsp(after.statusText)).toMatch(/Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    expect(after.statusText).not.toMatch(/stuur een nieuwe/);
  });

  it('a block the owner recorded is corrected to the release, or taken back to the request, while the release waits', async () => {
    const ownBlock = async (name: string) => {
      const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [] });
      const estate = await createEstate(anna);
      const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
      await t.runDue();
      await anna.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'B-1', done: 'accountBlocked', balance: 1234.56 }).expect(200);
      expect((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('blocked');
      return { id: c.id, providerId: p.id, estateId: estate.id };
    };
    // On main both answered 409: the block could only be corrected or taken back once confirmed.
    const { id: typo } = await ownBlock('Triodos Vrijgave');
    const corrected = (await anna.post(`${API}/contracts/${typo}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'B-1', done: 'accountBlocked', balance: 1243.56 }).expect(200)).body as { state: string; statusText: string };
    expect(corrected.state).toBe('blocked');
    expect(nbsp(corrected.statusText)).toMatch(/saldo per 2 november 2026: € 1\.243,56\. Het saldo is nog niet vrijgegeven/);
    const releasedByCorrection = (await anna.post(`${API}/contracts/${typo}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'B-1', done: 'accountBlocked', balance: 1243.56, balanceReleased: true }).expect(200)).body as { state: string; statusText: string };
    expect(releasedByCorrection.state).toBe('confirmed');
    expect(nbsp(releasedByCorrection.statusText)).toMatch(/het saldo is overgemaakt naar de boedelrekening/);

    const mistake = await ownBlock('Bunq Vrijgave');
    const maria = (await anna.post(`${API}/estates/${mistake.estateId}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    // Within the bank's term: once its reminder restated the block (v19), a letter since holds the take-back.
    await t.runDue(2);
    expect((await anna.get(`${API}/contracts/${mistake.id}`).expect(200)).body.state).toBe('blocked');
    const back = (await anna.post(`${API}/contracts/${mistake.id}/take-back-confirmation`, { reason: 'Bij het verkeerde contract vastgelegd.' }).expect(200)).body as { state: string; effectiveDate: string | null; timeline: { summary: string }[] };
    expect(back).toMatchObject({ state: 'requested', effectiveDate: null });
    // releasewait: every reader is told a block was taken back, by its balance's date; on main "De bevestiging van Bunq Vrijgave
    // (einddatum 2 november 2026) is ingetrokken", an end date nobody gave.
    expect(nbsp(back.timeline.at(-1)!.summary)).toBe(
      'Betaalrekening: Het antwoord van Bunq Vrijgave dat de rekening is geblokkeerd (saldo per 2 november 2026) is ingetrokken: per vergissing vastgelegd. Reden: Bij het verkeerde contract vastgelegd.',
    );
    const told = ((await portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(told).toContain('Het antwoord van Bunq Vrijgave dat de rekening is geblokkeerd (saldo per 2 november 2026) is ingetrokken: per vergissing vastgelegd.');
    expect(told.join(' ')).not.toMatch(/einddatum|verkeerde contract/);
    // bankdispute: the block's own line is marked taken back, in the family's words (on main it read as standing).
    expect(told.find((x) => x.startsWith('Bunq Vrijgave heeft de rekening geblokkeerd'))).toMatch(/ Later ingetrokken: per vergissing vastgelegd\.$/);
    const desk = t.as((await t.admin.post(`${API}/providers/${mistake.providerId}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const thread = (await desk.get(`${API}/provider-desk/requests/${mistake.id}`).expect(200)).body.thread as { type: string; text: string }[];
    expect(thread.filter((e) => e.type === 'answer').at(-1)!.text).toBe('Steward trok de vastgelegde blokkering van de rekening (saldo per 2 november 2026) in: die was per vergissing vastgelegd');
  });

  it('the owner records a release that came by post; a bank that released with the block settles as before', async () => {
    const rabo = await blockedAt('Rabobank Vrijgave');
    expect((await anna.post(`${API}/contracts/${rabo.id}/balance-released`, { releasedOn: '2027-01-05' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'receivedVia' })]);
    const after = (await anna.post(`${API}/contracts/${rabo.id}/balance-released`, { releasedOn: '2027-01-05', receivedVia: 'post' }).expect(200)).body as { state: string };
    expect(after.state).toBe('confirmed');
    await anna.post(`${API}/contracts/${rabo.id}/balance-released`, { releasedOn: '2027-01-05', receivedVia: 'post' }).set('Idempotency-Key', 'again').expect(409);

    // The request is titled as what it asks (audit73 F-A): in the owner's history and the desk's thread, never "Opzegging".
    const history = ((await anna.get(`${API}/estates/${rabo.estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).join('\n');
    expect(history).toContain('„Blokkering rekening en opgave saldo na overlijden”');
    expect(history).not.toMatch(/Opzegging/);
    const raboProvider = (await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body.provider as { id: string };
    await t.admin.post(`${API}/providers/${raboProvider.id}/desk-users`, { email: 'desk@rabo.release', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@rabo.release', password: 'desk-password-1', next: '/desk' }).expect(303);
    const thread = (await web.get(`/desk/requests/${rabo.id}`).expect(200)).text;
    expect(thread).toContain('Brief van Steward: Blokkering rekening en opgave saldo na overlijden');
    expect(thread).toContain('U maakte het saldo over naar de boedelrekening op 5 januari 2027');
    expect(thread).not.toContain('Verzoek tot beëindiging');

    const p = await createProvider(t.admin, { name: 'SNS Vrijgave', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Spaarrekening', accountNumber: 'NL12SNSB0123456789' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'SNS-1', done: 'accountBlocked', balance: 50, balanceReleased: true }).set('Idempotency-Key', `${c.id}-done`).expect(200);
    expect((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('confirmed');
  });

  it("the owner's contract page offers the release form and records it; a refused form names how it came and keeps what she typed", async () => {
    const fenna = await account(t, 'Fenna Wit', 'specialist', 'nl');
    const bunq = await blockedAt('KNAB Vrijgave', fenna.api);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: fenna.email, password: fenna.password, next: '/app' }).expect(303);
    const page = nbsp((await web.get(`/app/contracts/${bunq.id}`).expect(200)).text);
    expect(page).toContain('Bank meldt: saldo overgemaakt naar de boedelrekening');
    const refused = nbsp((await web.post(`/app/contracts/${bunq.id}/balance-released`).type('form').send({ releasedOn: '2027-01-08', releasedAmount: '1.234,56' }).expect(422)).text);
    expect(refused).toContain('hoe u dit antwoord ontving');
    expect(refused).toContain('value="1.234,56"');
    expect((await bunq.contract()).state).toBe('blocked');
    await web.post(`/app/contracts/${bunq.id}/balance-released`).type('form').send({ releasedOn: '2027-01-08', releasedAmount: '1.234,56', receivedVia: 'post' }).expect(303);
    const released = await bunq.contract();
    expect(released.state).toBe('confirmed');
    expect(nbsp(released.statusText)).toMatch(/het saldo is overgemaakt naar de boedelrekening/);
  });

  it("the desk's web page offers the release form and records it; a refused form names the date", async () => {
    const abn = await blockedAt('ABN AMRO Vrijgave');
    const providerId = ((await anna.get(`${API}/contracts/${abn.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@abn.release', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@abn.release', password: 'desk-password-1', next: '/desk' }).expect(303);
    const page = (await web.get(`/desk/requests/${abn.id}`).expect(200)).text;
    expect(page).toContain('Saldo overgemaakt naar de boedelrekening');
    expect(page).toContain('Datum van de overboeking');
    const refused = (await web.post(`/desk/requests/${abn.id}/balance-released`).type('form').send({ releasedAmount: '1234,56' }).expect(422)).text;
    expect(refused).toContain('Datum van de overboeking');
    expect(refused).toContain('value="1234,56"');
    await web.post(`/desk/requests/${abn.id}/balance-released`).type('form').send({ releasedOn: '2027-01-08', releasedAmount: '1234,56' }).expect(303);
    expect((await abn.contract()).state).toBe('confirmed');
  });

  it('an overdrawn account is a debt of the estate, not a release: the bank is not asked to release it, Today does not chase it, the family reads it truly (bankrest)', async () => {
    const red = await blockedAt('Zuidbank Rood', anna, -50);
    // On main: `blocked`, the desk asked to release € -50,00, Today `release_overdue`, the family told "we wachten daarop".
    const fresh = await red.contract();
    expect(fresh.state).toBe('confirmed');
    expect(nbsp(fresh.statusText)).toMatch(/^Zuidbank Rood heeft de rekening geblokkeerd; saldo per 2 november 2026: € -50,00; de rekening stond rood: dat bedrag is een schuld van de nalatenschap aan Zuidbank Rood, er is niets vrij te geven; controle op late facturen/);
    const card = (await red.family()).contracts.items.find((x) => x.id === red.id)!.statusText;
    // bankdebt: the card says the debt to pay first, as for any bill the estate owes on a contract done with the provider (owedwords).
    expect(nbsp(card)).toMatch(/^Nog te betalen uit de nalatenschap voor de rekening bij Zuidbank Rood: tekort op de rekening per 2 november 2026 \(kenmerk ING-NB-7781\), € 50,00\. Zuidbank Rood heeft de rekening geblokkeerd\. De rekening stond rood: er komt geen saldo naar de boedelrekening; het tekort wordt uit de nalatenschap betaald\./);
    expect(card).not.toMatch(/wachten|vrijgegeven/);
    const cardEn = (await red.family('en')).contracts.items.find((x) => x.id === red.id)!.statusText;
    expect(nbsp(cardEn)).toMatch(/overdraft on the account as of 2 November 2026 \(reference ING-NB-7781\), €50\.00\. Zuidbank Rood has blocked the account\. The account was overdrawn: no balance comes to the estate account; the shortfall is paid from the estate\./);
    const view = (await red.desk.get(`${API}/provider-desk/requests/${red.id}`).expect(200)).body as { statusText: string; actions: string[] };
    expect(view.actions).not.toContain('balance-released');
    expect(view.statusText).not.toMatch(/vrijgeven/);
    await t.runDue(20);
    const today = (await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[];
    expect(today.filter((c) => c.contractId === red.id && c.reason === 'release_overdue')).toEqual([]);
    expect((await red.contract()).state).toBe('confirmed');

    // A balance of nil: nothing to release and nothing owed.
    const empty = await blockedAt('Zuidbank Leeg', anna, 0);
    const nil = await empty.contract();
    expect(nil.state).toBe('confirmed');
    expect(nbsp(nil.statusText)).toMatch(/^Zuidbank Leeg heeft de rekening geblokkeerd; saldo per 2 november 2026: € 0,00; er is niets vrij te geven; controle op late facturen/);
    expect((await empty.family()).contracts.items.find((x) => x.id === empty.id)!.statusText).toMatch(/^Zuidbank Leeg heeft de rekening geblokkeerd\. Er stond geen saldo op de rekening\./);

    // A block recorded with a credit balance and corrected to an overdraft ends the wait.
    const typo = await blockedAt('Zuidbank Typo');
    expect((await typo.contract()).state).toBe('blocked');
    await typo.desk.post(`${API}/provider-desk/requests/${typo.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: -12.5 }).set('Idempotency-Key', `${typo.id}-fix`).expect(200);
    expect((await typo.contract()).state).toBe('confirmed');
    // releaseremind: corrected back to a credit balance, the release is awaited again (on main it stayed confirmed, nothing asked of the bank).
    await typo.desk.post(`${API}/provider-desk/requests/${typo.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 125 }).set('Idempotency-Key', `${typo.id}-fix-2`).expect(200);
    const waiting = await typo.contract();
    expect(waiting.state).toBe('blocked');
    expect(nbsp(waiting.statusText)).toMatch(/saldo per 2 november 2026: € 125,00\. Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    expect(((await typo.desk.get(`${API}/provider-desk/requests/${typo.id}`).expect(200)).body as { actions: string[] }).actions).toContain('balance-released');
  });

  it("an overdrawn account's debit is listed where the estate's debts are paid — estate page, contract page, Today, the family's list and card — and goes once the owner records it paid (bankdebt)", async () => {
    const red = await blockedAt('Zuidbank Schuld', anna, -50);
    const cookie = `steward_app=${anna.token}`;
    const text = (html: string) => nbsp(html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const owed = { contractId: red.id, reference: 'ING-NB-7781', amount: 50, overdrawnOn: '2026-11-02', finalBill: false, keptCoverPremium: false, afterEnd: false };
    // On main: none of these listed it (bankrest Not done 1); the status alone called it a debt.
    expect((await anna.get(`${API}/estates/${red.estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining(owed)]);
    expect(text((await anna.get(`/app/estates/${red.estate.id}`).set('Cookie', cookie).expect(200)).text)).toContain('Zuidbank Schuld: tekort op de rekening per 2 november 2026 (kenmerk ING-NB-7781), € 50,00');
    expect(text((await anna.get(`/app/contracts/${red.id}`).set('Cookie', cookie).expect(200)).text)).toContain('Tekort op de rekening per 2 november 2026 (kenmerk ING-NB-7781), € 50,00');
    const today = (await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string }[];
    expect(today.filter((b) => b.contractId === red.id)).toEqual([expect.objectContaining({ reference: 'ING-NB-7781', amount: 50, overdrawnOn: '2026-11-02' })]);
    expect(text((await anna.get('/app').set('Cookie', cookie).expect(200)).text)).toContain('Zuidbank Schuld: tekort op de rekening per 2 november 2026 (kenmerk ING-NB-7781), € 50,00');
    expect((await red.portal.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ING-NB-7781', amount: 50, overdrawnOn: '2026-11-02' })]);
    expect(text((await t.anonymous.get('/family').set('Cookie', `steward_family=${red.portal.token}`).expect(200)).text)).toContain('Zuidbank Schuld: tekort op de rekening per 2 november 2026 (kenmerk ING-NB-7781), € 50,00');
    expect(text((await t.anonymous.get('/family').set('Cookie', `steward_family=${red.portal.token}; steward_lang=en`).expect(200)).text)).toContain('Zuidbank Schuld: overdraft on the account as of 2 November 2026 (reference ING-NB-7781), €50.00');

    // The bank corrects the balance: the debt listed is the corrected one, once.
    await red.desk.post(`${API}/provider-desk/requests/${red.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: -80 }).set('Idempotency-Key', `${red.id}-debt`).expect(200);
    expect((await anna.get(`${API}/estates/${red.estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ ...owed, amount: 80 })]);
    // Recorded paid as any owed bill, by its reference: off every list, and the history says what was paid.
    await anna.post(`${API}/contracts/${red.id}/bills-paid`, { reference: 'ING-NB-7781', paidOn: t.clock.today() }).expect(201);
    expect((await anna.get(`${API}/estates/${red.estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect(((await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string }[]).filter((b) => b.contractId === red.id)).toEqual([]);
    expect((await red.portal.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    const history = ((await anna.get(`${API}/estates/${red.estate.id}/timeline?limit=40`).expect(200)).body.items as { summary: string }[]).map((i) => nbsp(i.summary));
    expect(history).toContain(`Betaalrekening: Tekort op de rekening (kenmerk ING-NB-7781) bij Zuidbank Schuld (€ 80,00) betaald uit de nalatenschap op ${nbsp(longDate(t.clock.today(), 'nl'))}.`);
    const familyHistory = ((await red.portal.get(`${API}/portal/timeline?limit=40`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text));
    expect(familyHistory).toContain(`Het tekort op de rekening bij Zuidbank Schuld (kenmerk ING-NB-7781, € 80,00) is betaald op ${nbsp(longDate(t.clock.today(), 'nl'))}.`);
  });

  it("a paid overdraft is said paid, with its day, on the family's card and the owner's status; a corrected kenmerk alone keeps the day the debt is owed since (bankpages)", async () => {
    const red = await blockedAt('Zuidbank Betaald', anna, -50);
    const blockedOn = t.clock.today();
    await t.runDue(3);
    // A new kenmerk names the same debt: on main it was owed since the correction's day, and a payment on the day of the block was refused.
    await red.desk.post(`${API}/provider-desk/requests/${red.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781B', done: 'accountBlocked', balance: -50 }).set('Idempotency-Key', `${red.id}-kenmerk`).expect(200);
    const owed = (await anna.get(`${API}/estates/${red.estate.id}/bills-to-pay`).expect(200)).body.items as { reference: string; decidedAt: string }[];
    expect(owed.map((b) => [b.reference, b.decidedAt.slice(0, 10)])).toEqual([['ING-NB-7781B', blockedOn]]);
    await anna.post(`${API}/contracts/${red.id}/bills-paid`, { reference: 'ING-NB-7781B', paidOn: blockedOn }).expect(201);
    // Paid: on main the card still said „het tekort wordt uit de nalatenschap betaald" and the owner's status „dat bedrag is een schuld van de nalatenschap".
    const paidOn = nbsp(longDate(blockedOn, 'nl'));
    const card = nbsp((await red.family()).contracts.items.find((x) => x.id === red.id)!.statusText);
    expect(card).toContain(`Zuidbank Betaald heeft de rekening geblokkeerd. De rekening stond rood: er komt geen saldo naar de boedelrekening; het tekort is op ${paidOn} betaald uit de nalatenschap.`);
    expect(card).not.toMatch(/wordt uit de nalatenschap betaald|Nog te betalen/);
    const cardEn = nbsp((await red.family('en')).contracts.items.find((x) => x.id === red.id)!.statusText);
    expect(cardEn).toContain(`The account was overdrawn: no balance comes to the estate account; the shortfall was paid from the estate on ${nbsp(longDate(blockedOn, 'en'))}.`);
    const status = nbsp((await red.contract()).statusText);
    expect(status).toMatch(new RegExp(`^Zuidbank Betaald heeft de rekening geblokkeerd; saldo per 2 november 2026: € -50,00; de rekening stond rood: dat bedrag was een schuld van de nalatenschap aan Zuidbank Betaald en is op ${paidOn} betaald, er is niets vrij te geven`));
  });

  it('the release is recorded while a bank charge is disputed, by the desk and the owner; every reader still sees the release awaited (bankrest)', async () => {
    const tri = await blockedAt('Triodos Kosten');
    await anna.post(`${API}/contracts/${tri.id}/invoice-after-end`, { reference: 'TK-12', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 7.5 }).expect(200);
    await t.runDue();
    const disputed = await tri.contract();
    expect(disputed.state).toBe('disputed');
    // On main the wait was gone from every reader while the dispute ran.
    expect(nbsp(disputed.statusText)).toMatch(/^Geschil loopt: .* Het saldo is nog niet vrijgegeven naar de boedelrekening\.$/);
    const card = (await tri.family()).contracts.items.find((x) => x.id === tri.id)!.statusText;
    expect(card).toMatch(/^Triodos Kosten heeft kosten in rekening gebracht\. We hebben gevraagd die kosten terug te boeken en verwachten .* een reactie\./);
    expect(card).toContain('Het saldo is nog niet overgemaakt naar de boedelrekening; we wachten daarop.');
    expect(card).not.toMatch(/einddatum/);
    const cardEn = (await tri.family('en')).contracts.items.find((x) => x.id === tri.id)!.statusText;
    expect(cardEn).toMatch(/^Triodos Kosten charged costs to the account\. We have asked for them to be booked back and expect an answer /);
    expect(cardEn).toContain('The balance has not yet been paid to the estate account; we are waiting for it.');
    const view = (await tri.desk.get(`${API}/provider-desk/requests/${tri.id}`).expect(200)).body as { statusText: string; actions: string[] };
    expect(view.actions).toContain('balance-released');
    expect(view.statusText).toMatch(/Het saldo is nog niet vrijgegeven: graag ook het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden\.$/);

    // The desk records the release (409 on main); the dispute runs on, the release no longer awaited.
    await tri.desk.post(`${API}/provider-desk/requests/${tri.id}/balance-released`, { releasedOn: '2026-12-01', releasedAmount: 1234.56 }).set('Idempotency-Key', `${tri.id}-release`).expect(200);
    const released = await tri.contract();
    expect(released.state).toBe('disputed');
    expect(nbsp(released.statusText)).not.toMatch(/nog niet vrijgegeven/);
    expect((await tri.family()).contracts.items.find((x) => x.id === tri.id)!.statusText).not.toMatch(/we wachten daarop/);
    const familyTimeline = ((await tri.portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain('Triodos Kosten heeft het saldo overgemaakt naar de boedelrekening.');
    // The credit note ends the dispute in the quiet period, not back in a wait that ended.
    await tri.desk.post(`${API}/provider-desk/requests/${tri.id}/credit-note`, { amount: 7.5 }).set('Idempotency-Key', `${tri.id}-credit`).expect(200);
    const after = await tri.contract();
    expect(after.state).toBe('confirmed');
    expect(nbsp(after.statusText)).toMatch(/het saldo is overgemaakt naar de boedelrekening/);

    // The owner records a release that came by post while the dispute runs, on her contract page.
    const fenna = await account(t, 'Fenna Dispuut', 'specialist', 'nl');
    const bunq = await blockedAt('Bunq Dispuut', fenna.api);
    await fenna.api.post(`${API}/contracts/${bunq.id}/invoice-after-end`, { reference: 'BK-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    expect((await bunq.contract()).state).toBe('disputed');
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: fenna.email, password: fenna.password, next: '/app' }).expect(303);
    expect(nbsp((await web.get(`/app/contracts/${bunq.id}`).expect(200)).text)).toContain('Bank meldt: saldo overgemaakt naar de boedelrekening');
    await web.post(`/app/contracts/${bunq.id}/balance-released`).type('form').send({ releasedOn: '2026-12-02', releasedAmount: '1.234,56', receivedVia: 'post' }).expect(303);
    expect((await bunq.contract()).state).toBe('disputed');
    // Once recorded, the release is not recorded twice.
    await fenna.api.post(`${API}/contracts/${bunq.id}/balance-released`, { releasedOn: '2026-12-02', receivedVia: 'post' }).expect(409);
  });

  // remindrest: the release reminder's second round.
  it('a block the owner recorded by mistake after the reminder restated it to the bank is taken back, and the bank gets a letter withdrawing that reminder (remindwithdraw)', async () => {
    type Row = { contractId: string; reason: string; dueDate: string | null; overdue: boolean };
    const row = async (id: string) => ((await hanna.api.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((c) => c.contractId === id) ?? null;
    const hanna = await account(t, 'Hanna Terug', 'specialist', 'nl');
    const p = await createProvider(t.admin, { name: 'Bunq Herinnerd', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(hanna.api);
    const maria = (await hanna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const c = (await hanna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await hanna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const contract = async () => (await hanna.api.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; effectiveDate: string | null; statusText: string; letters: { id: string; kind: string }[] };
    const before = await contract();
    expect(await row(c.id)).toBeNull();
    await hanna.api.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'B-2', done: 'accountBlocked', balance: 500 }).expect(200);
    await t.runDue(25);
    const reminded = await contract();
    expect(reminded.state).toBe('releaseReminded');
    const reminder = reminded.letters.find((l) => l.kind === 'release_reminder')!;
    const reminderDay = /Amsterdam, (\d+ \w+ \d{4})/.exec(nbsp(await letterText(hanna.api, reminder.id)))![1];

    // Her page offers the take-back and says the reminder is withdrawn by letter (on main: „Intrekken kan niet meer: de herinnering van …").
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: hanna.email, password: hanna.password, next: '/app' }).expect(303);
    const page = nbsp((await web.get(`/app/contracts/${c.id}`).expect(200)).text);
    expect(page).toContain(`Bunq Herinnerd kreeg op ${reminderDay} een herinnering die deze blokkering noemt; Bunq Herinnerd krijgt een brief die die herinnering intrekt.`);
    expect(page).not.toContain('Intrekken kan niet meer');

    // On main 409 `block-reminded`: the block could only be corrected, which cannot say there was none.
    await web.post(`/app/contracts/${c.id}/take-back-confirmation`).type('form').send({ reason: 'Bij het verkeerde contract vastgelegd.' }).expect(303);
    const back = await contract();
    // The request's own term, as before the block, passed meanwhile: its status says so (englow), and Today lists it (the bank never answered the request).
    const termPassed = before.statusText.replace(/\.$/, ' (termijn verstreken).');
    expect(back).toMatchObject({ state: 'requested', effectiveDate: null, statusText: termPassed });
    expect(await row(c.id)).toMatchObject({ reason: 'due', state: 'requested', statusText: termPassed, overdue: true });
    await t.runDue();
    const letters = (await contract()).letters.filter((l) => l.kind === 'reminder_withdrawal');
    expect(letters).toHaveLength(1);
    const text = nbsp(await letterText(hanna.api, letters[0].id)).replace(/\s+/g, ' ');
    expect(text).toContain('Intrekking van mijn herinnering over de vrijgave van het saldo: Betaalrekening, rekeningnummer NL69INGB0123456789');
    expect(text).toContain(`Mijn herinnering van ${reminderDay} over de vrijgave van het saldo van het contract Betaalrekening met rekeningnummer NL69INGB0123456789 van Jan de Vries, overleden op`);
    expect(text).toContain('trek ik in: daarin stond dat u had bevestigd dat de rekening is geblokkeerd, maar dat was ten onrechte vastgelegd. U hoeft op die herinnering niet te reageren. Mijn verzoek over deze rekening blijft staan.');
    expect(text).not.toMatch(/saldo per|€|boedelrekening NL/);

    // The desk's thread: the letter by its title, after the reminder; the family reads the block taken back.
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const thread = (await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body.thread as { type: string; text: string; letterKind?: string; letterId?: string }[];
    const letterItems = thread.filter((e) => e.type === 'letter');
    const kinds = letterItems.map((e) => e.letterKind);
    expect(kinds.indexOf('reminder_withdrawal')).toBeGreaterThan(kinds.indexOf('release_reminder'));
    expect(letterItems.find((e) => e.letterKind === 'reminder_withdrawal')!.text).toBe('Brief van Steward: Intrekking van de herinnering over de vrijgave van het saldo');
    // The request's term passed meanwhile (it is where it stood before the block): the bank is reminded of the request itself,
    // after the withdrawal, which the take-back made first (bankwords2: on main the reminder came before it, its step ahead of the
    // withdrawal's sending), on the desk's page („Verloop") as in the API.
    expect(kinds).toContain('reminder');
    expect(kinds.indexOf('reminder_withdrawal')).toBeLessThan(kinds.indexOf('reminder'));
    const linkOf = (kind: string) => `/letters/${letterItems.find((e) => e.letterKind === kind)!.letterId}">`;
    await t.admin.post(`${API}/providers/${p.id}/desk-users`, { email: 'desk@bunq.herinnerd', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ email: 'desk@bunq.herinnerd', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = nbsp((await deskWeb.get(`/desk/requests/${c.id}`).expect(200)).text);
    const withdrawalAt = deskPage.indexOf(`${linkOf('reminder_withdrawal')}Brief van Steward: Intrekking van de herinnering over de vrijgave van het saldo</a>`);
    expect(withdrawalAt).toBeGreaterThan(-1);
    expect(deskPage.indexOf(`${linkOf('reminder')}Brief van Steward: Herinnering</a>`)).toBeGreaterThan(withdrawalAt);
    expect(thread.filter((e) => e.type === 'answer').at(-1)!.text).toBe('Steward trok de vastgelegde blokkering van de rekening (saldo per 2 november 2026) in: die was per vergissing vastgelegd');
    const told = ((await portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text));
    expect(told).toContain('Het antwoord van Bunq Herinnerd dat de rekening is geblokkeerd (saldo per 2 november 2026) is ingetrokken: per vergissing vastgelegd.');
    expect(told).toContain('Brief verstuurd aan Bunq Herinnerd: Intrekking van mijn herinnering over de vrijgave van het saldo: Betaalrekening, rekeningnummer NL69INGB0123456789, van Jan de Vries');
  });

  it("a block taken back while the bank's reminder still waits for the post sets that reminder apart: no withdrawal goes, the history says the reminder will not go, a downloaded batch asks to be downloaded again (reminderpost)", async () => {
    type Listed = { id: string; kind: string; deliveryStatus: string };
    const ida = await account(t, 'Ida Postterug', 'specialist', 'nl');
    const postalAddress = { street: 'Postbus 56', postalCode: '1000 AB', city: 'Amsterdam', country: 'NL' };
    const bank = await createProvider(t.admin, { name: 'Postbank Terug', category: 'bank', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(ida.api);
    const c = (await ida.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL02ABNA0123456789' }).expect(201)).body as { id: string };
    await ida.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    await postEverything(ida.api);
    await ida.api.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'PT-1', done: 'accountBlocked', balance: 400 }).expect(200);
    await t.runDue(35);
    const lettersOf = async () => (await ida.api.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as Listed[];
    const reminder = (await lettersOf()).find((l) => l.kind === 'release_reminder')!;
    const reminderDay = /Amsterdam, (\d+ \w+ \d{4})/.exec(nbsp(await letterText(ida.api, reminder.id)))![1];
    // Her page says the reminder, not sent yet, does not go (on main: „… krijgt een brief die die herinnering intrekt").
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: ida.email, password: ida.password, next: '/app' }).expect(303);
    const page = nbsp((await web.get(`/app/contracts/${c.id}`).expect(200)).text);
    expect(page).toContain(`De herinnering van ${reminderDay} aan Postbank Terug die deze blokkering noemt, is nog niet verstuurd; die gaat niet weg.`);
    expect(page).not.toContain('krijgt een brief die die herinnering intrekt');
    // The reminder is in a print batch Ida downloaded (so printed) but did not post.
    const [batchId] = (await ida.api.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    await ida.api.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).expect(200);
    expect((await lettersOf()).find((l) => l.id === reminder.id)!.deliveryStatus).toBe('printed');

    await ida.api.post(`${API}/contracts/${c.id}/take-back-confirmation`, { reason: 'Bij het verkeerde contract vastgelegd.' }).expect(200);
    await t.runDue();
    // On main the bank got a reminder_withdrawal beside the very reminder it withdraws.
    const letters = await lettersOf();
    expect(letters.map((l) => l.kind)).not.toContain('reminder_withdrawal');
    expect(letters.find((l) => l.id === reminder.id)!.deliveryStatus).toBe('failed');
    const said = ((await ida.api.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => nbsp(e.summary));
    const line = 'Brief „Herinnering: vrijgave van het saldo” aan Postbank Terug klaargezet voor de post, maar niet verstuurd: de blokkering is ingetrokken voordat de brief op de post ging.';
    expect(said.filter((s) => s === line)).toHaveLength(1);
    const en = ((await t.admin.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => nbsp(e.summary));
    expect(en).toContain('Letter "Reminder: release of the balance" to Postbank Terug made for the post, but not sent: the block was taken back before the letter was posted.');
    // The batch she holds asks to be downloaded again; its old envelope may not be marked posted.
    const warning = 'De blokkering bij Postbank Terug is ingetrokken nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de herinnering aan Postbank Terug gaat niet mee.';
    const batch = ((await ida.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string; sha256: string }[]).find((b) => b.id === batchId)!;
    expect((await ida.api.post(`${API}/print-batches/${batchId}/posted`, { sha256: batch.sha256 }).expect(409)).body.detail).toBe(warning);
    expect(nbsp((await web.get('/app/print').expect(200)).text)).toContain(warning);
    // Downloaded again, it holds nothing: the reminder was its only letter.
    expect((await ida.api.get(`${API}/print-batches/${batchId}/pdf`).expect(409)).body.detail).toBe('Er is nu niets te printen in deze printbatch: de herinnering aan Postbank Terug gaat niet mee, want de blokkering is ingetrokken.');
  });

  it('a release overdue when a charge was disputed comes back late since the term that ran out, not a fresh date (remindrest)', async () => {
    const longIso = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    type Row = { contractId: string; dueDate: string | null; lateSince: string | null; overdue: boolean };
    const row = async (id: string) => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((c) => c.contractId === id);
    const bank = await blockedAt('Rabo Terug');
    await t.runDue(25);
    const second = /vrijgave uiterlijk ([^.]+)\./.exec(nbsp((await bank.contract()).statusText))![1];
    await t.runDue(25);
    expect((await bank.contract()).state).toBe('releaseOverdue');
    await anna.post(`${API}/contracts/${bank.id}/invoice-after-end`, { reference: 'RT-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 7.5 }).expect(200);
    await t.runDue();
    expect((await bank.contract()).state).toBe('disputed');
    await bank.desk.post(`${API}/provider-desk/requests/${bank.id}/credit-note`, { amount: 7.5 }).set('Idempotency-Key', `${bank.id}-credit`).expect(200);
    const back = await bank.contract();
    expect(back.state).toBe('releaseOverdue');
    // On main the row came back with the runtime's fresh date under „Uiterlijk" and the status named no term.
    expect(nbsp(back.statusText)).toBe(`Rabo Terug heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56. Het saldo is nog niet vrijgegeven naar de boedelrekening. Termijn van Rabo Terug tot en met ${second} verstreken zonder vrijgave van het saldo.`);
    const late = (await row(bank.id))!;
    expect(late).toMatchObject({ dueDate: null, overdue: true });
    expect(longIso(late.lateSince!)).toBe(second);
  });

  it("a correction of the date of death after the bank's reminder names that reminder among the letters it corrects (remindrest)", async () => {
    const bank = await blockedAt('SNS Correctie');
    await t.runDue(25);
    expect((await bank.contract()).state).toBe('releaseReminded');
    await anna.patch(`${API}/estates/${bank.estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${bank.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const reminderDay = /Amsterdam, (\d+ \w+ \d{4})/.exec(nbsp(await letterText(anna, letters.find((l) => l.kind === 'release_reminder')!.id)))![1];
    const text = nbsp(await letterText(anna, letters.filter((l) => l.kind === 'correction').at(-1)!.id));
    // On main: „Mijn verzoek vermeldde als overlijdensdatum …", the reminder that printed it too left standing.
    expect(text).toContain(`Mijn verzoek en mijn herinnering van ${reminderDay} over de vrijgave van het saldo vermeldden als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 1 november 2026.`);
  });

  it('the desk reads that the release waits for a new verklaring from the estate while the owner renews it, nothing asked of the bank until then (remindrest)', async () => {
    // The desk reads in the bank's language (its directory entry).
    const view = async (name: string, accountNumber: string, language: 'nl' | 'en') => {
      const { first, c, desk } = await verklaringBank(name, accountNumber, language);
      await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ASN-1', done: 'accountBlocked', balance: 310 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
      await anna.post(`${API}/documents/${first}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
      expect((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('informationRequested');
      return (await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body as { statusText: string; nextMove: string };
    };
    // On main „U vroeg om aanvullende informatie; de contactpersoon levert die aan.": the bank asked nothing.
    const nl = await view('ASN Erfrecht', 'NL12ASNB0123456789', 'nl');
    expect(nbsp(nl.statusText)).toMatch(/^U heeft de rekening geblokkeerd\. De vrijgave van het saldo wacht op een nieuwe verklaring van erfrecht van de nalatenschap; tot die er is, wordt u niets gevraagd\./);
    expect(nl.statusText).not.toMatch(/U vroeg/);
    // Nothing asked of it; it may still record a release it gives meanwhile.
    expect(nl.nextMove).toBe('Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.');
    const en = await view('Northbank Erfrecht', 'NL12ABNA0123456789', 'en');
    expect(nbsp(en.statusText)).toMatch(/^You blocked the account\. The release of the balance waits for a new certificate of inheritance from the estate; nothing is asked of you until then\./);
    expect(en.statusText).not.toMatch(/You asked/);
  });

  it('a late release stays late on Today, on her page, at the desk and for the family while a small charge is disputed; once the dispute ends nothing is told twice (releasedispute)', async () => {
    type Row = { contractId: string; reason: string; resolution: string; statusText: string; dueDate: string | null; lateSince: string | null; overdue: boolean; move: string };
    const row = async (id: string, as: Session = wim.api) => ((await as.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((c) => c.contractId === id)!;
    const card = async (lang = 'nl') => (await asn.family(lang)).contracts.items.find((x) => x.id === asn.id)!.statusText;
    const wim = await account(t, 'Wim Laat', 'specialist', 'nl');
    const asn = await blockedAt('ASN Laat', wim.api);
    await t.runDue(25);
    await t.runDue(25);
    expect((await asn.contract()).state).toBe('releaseOverdue');
    const late = await row(asn.id);
    expect(late).toMatchObject({ reason: 'release_overdue', resolution: 'record_release', overdue: true, dueDate: null });
    const term = nbsp(longDate(late.lateSince!, 'nl'));
    const lateWords = `ASN Laat heeft niet binnen de termijn (tot en met ${term}) het saldo overgemaakt naar de boedelrekening.`;
    expect(await card()).toContain(lateWords);

    // A € 2,95 charge after the date is disputed: on main Today's row became the dispute ("reason dispute", not late), her
    // call was gone and the family card said only "we wachten daarop".
    await wim.api.post(`${API}/contracts/${asn.id}/invoice-after-end`, { reference: 'AK-0107', invoiceDate: '2026-12-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 2.95 }).expect(200);
    await t.runDue();
    const disputed = await asn.contract();
    expect(disputed.state).toBe('disputed');
    const disputeDue = /antwoord aanbieder uiterlijk ([^.]+)\./.exec(nbsp(disputed.statusText))![1];
    const call = `ASN Laat nu bellen over de vrijgave van het saldo: niet vrijgegeven tot en met ${term}; de vrijgave vastleggen zodra ASN Laat het saldo heeft overgemaakt.`;
    expect(nbsp(disputed.statusText)).toBe(`Geschil loopt: € 2,95 betwist (kosten met kenmerk AK-0107), antwoord aanbieder uiterlijk ${disputeDue}. Het saldo is nog niet vrijgegeven naar de boedelrekening. Termijn van ASN Laat tot en met ${term} verstreken zonder vrijgave van het saldo.`);
    expect(nbsp(disputed.nextStep)).toBe(`${call} Geen antwoord uiterlijk ${disputeDue}: klacht over het geschil gaat automatisch.`);
    // Today: one row, still late since the release's term, her call first, the dispute's term in its words.
    const row1 = await row(asn.id);
    expect(row1).toMatchObject({ reason: 'release_overdue', resolution: 'record_release', overdue: true, lateSince: late.lateSince, dueDate: null, move: 'owner' });
    expect(nbsp(row1.statusText)).toBe(`${call} Geen antwoord uiterlijk ${disputeDue}: klacht over het geschil gaat automatisch.`);
    // The administrator reads Today in English.
    expect(nbsp((await row(asn.id, t.admin)).statusText)).toMatch(/^Call ASN Laat now about releasing the balance: not released by .+; record the release once ASN Laat has paid it\. /);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: wim.email, password: wim.password, next: '/app' }).expect(303);
    const today = nbsp((await web.get('/app').expect(200)).text);
    expect(today).toContain(call);
    // The family reads the lateness beside the charge; the desk the term it let pass.
    expect(await card()).toBe(`ASN Laat heeft kosten in rekening gebracht. We hebben gevraagd die kosten terug te boeken en verwachten uiterlijk ${disputeDue} een reactie. Het saldo is nog niet overgemaakt naar de boedelrekening; we wachten daarop. ${lateWords}`);
    const view = (await asn.desk.get(`${API}/provider-desk/requests/${asn.id}`).expect(200)).body as { statusText: string };
    expect(nbsp(view.statusText)).toContain(`De termijn tot en met ${term} is verstreken zonder uw vrijgave van het saldo.`);

    // The dispute letter and, once its term passed unanswered, the complaint say the release is still not paid though its term passed.
    const lettersOf = async (kind: string) => ((await wim.api.get(`${API}/contracts/${asn.id}`).expect(200)).body.letters as { id: string; kind: string }[]).filter((l) => l.kind === kind);
    const releaseSentence = `Het saldo heeft u nog niet overgemaakt naar de boedelrekening, hoewel de termijn daarvoor liep tot en met ${term}.`;
    const [dispute] = await lettersOf('dispute');
    expect(nbsp(await letterText(wim.api, dispute.id)).replace(/\s+/g, ' ')).toContain(releaseSentence);
    await t.runDue(25);
    expect((await asn.contract()).state).toBe('disputeEscalated');
    const [complaint] = await lettersOf('dispute_escalation');
    expect(nbsp(await letterText(wim.api, complaint.id)).replace(/\s+/g, ' ')).toContain(releaseSentence);
    expect(await row(asn.id)).toMatchObject({ reason: 'release_overdue', overdue: true, lateSince: late.lateSince });

    // The bank books the charge back: back to the overdue release, told to the family once.
    const told = async () => ((await asn.portal.get(`${API}/portal/timeline?lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => nbsp(e.text)).filter((text) => text.includes('niet op tijd overgemaakt') && text.includes('contactpersoon'));
    expect(await told()).toHaveLength(1);
    await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/credit-note`, { amount: 2.95 }).set('Idempotency-Key', `${asn.id}-credit`).expect(200);
    await t.runDue();
    const back = await asn.contract();
    expect(back.state).toBe('releaseOverdue');
    expect(await card()).toBe(`ASN Laat heeft de rekening geblokkeerd en het saldo doorgegeven. ${lateWords}`);
    expect(await told()).toHaveLength(1);
    expect(await row(asn.id)).toMatchObject({ reason: 'release_overdue', overdue: true, lateSince: late.lateSince });
  });

  it('a call about the late release during a charge dispute clears her call: the row is the dispute\'s, its complaint goes by itself, and a later term of the complaint is not called the release\'s (remindwithdraw)', async () => {
    type Row = { contractId: string; reason: string; statusText: string; dueDate: string | null; lateSince: string | null; overdue: boolean; move: string };
    const bel = await account(t, 'Bel Laat', 'specialist', 'nl');
    const row = async (id: string) => ((await bel.api.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((c) => c.contractId === id) ?? null;
    const asn = await blockedAt('ASN Gebeld', bel.api);
    await t.runDue(25);
    await t.runDue(25);
    await bel.api.post(`${API}/contracts/${asn.id}/invoice-after-end`, { reference: 'AG-0107', invoiceDate: '2026-12-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 2.95 }).expect(200);
    const day = (await t.runDue()).body.today as string;
    const late = (await row(asn.id))!;
    expect(late).toMatchObject({ reason: 'release_overdue', overdue: true, move: 'owner' });
    const term = nbsp(longDate(late.lateSince!, 'nl'));
    const disputeDue = /antwoord aanbieder uiterlijk ([^.]+)\./.exec(nbsp((await asn.contract()).statusText))![1];

    await bel.api.post(`${API}/contracts/${asn.id}/calls`, { calledOn: day, party: 'provider', person: 'Sanne', outcome: 'ASN maakt het saldo deze week over.' }).expect(201);
    const called = await asn.contract();
    // The release is still late and said so, beside the call; her move is made.
    expect(nbsp(called.statusText)).toBe(`Geschil loopt: € 2,95 betwist (kosten met kenmerk AG-0107), antwoord aanbieder uiterlijk ${disputeDue}. Het saldo is nog niet vrijgegeven naar de boedelrekening. Termijn van ASN Gebeld tot en met ${term} verstreken zonder vrijgave van het saldo. Gebeld op ${nbsp(longDate(day, 'nl'))} met ASN Gebeld (Sanne): ASN maakt het saldo deze week over.`);
    // On main: „… Blijft het uit tot en met ${disputeDue}, dan staat het weer op Vandaag om ASN Gebeld opnieuw te bellen." — but then the complaint goes by itself.
    expect(nbsp(called.nextStep)).toBe(`Geen antwoord uiterlijk ${disputeDue}: klacht over het geschil gaat automatisch.`);
    expect(await row(asn.id)).toMatchObject({ reason: 'charge_dispute', overdue: false, lateSince: null, move: 'provider' });
    expect((await asn.family()).contracts.items.find((x) => x.id === asn.id)!.statusText).toContain(`ASN Gebeld heeft niet binnen de termijn (tot en met ${term}) het saldo overgemaakt naar de boedelrekening.`);

    // The complaint goes unanswered too: her call is due for the complaint, since its own term; the release's passed term stays its own date.
    await t.runDue(25);
    expect((await asn.contract()).state).toBe('disputeEscalated');
    await t.runDue(25);
    const again = (await row(asn.id))!;
    const complaintTerm = nbsp(longDate(again.lateSince!, 'nl'));
    expect(again.lateSince! > late.lateSince!).toBe(true);
    // On main: „ASN Gebeld nu bellen over de vrijgave van het saldo: niet vrijgegeven tot en met ${complaintTerm}; …", the complaint's term called the release's.
    expect(again).toMatchObject({ reason: 'dispute_escalation', overdue: true, move: 'owner' });
    expect(nbsp(again.statusText)).not.toContain('over de vrijgave van het saldo: niet vrijgegeven');
    expect(nbsp(again.statusText)).toContain(`ASN Gebeld nu bellen: geen antwoord tot en met ${complaintTerm}.`);
    expect(nbsp((await asn.contract()).statusText)).toContain(`Termijn van ASN Gebeld tot en met ${term} verstreken zonder vrijgave van het saldo.`);
  });

  it("a bank's desk reads its costs as costs in its status line, and the release it still owes as its own move: „Wacht op u”, listed and counted there (bankdesk)", async () => {
    type View = { statusText: string; nextMove: string; waitingOn: string; tab: string; open: boolean; state: string };
    for (const lang of ['nl', 'en'] as const) {
      const bank = await blockedAt(`Stand Bank ${lang}`, anna, 1234.56, lang);
      for (const [reference, amount] of [['AB-1', 3.95], ['AB-2', 2.5]] as const) {
        await anna.post(`${API}/contracts/${bank.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount }).expect(200);
        await t.runDue();
      }
      await bank.desk.post(`${API}/provider-desk/requests/${bank.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten van het lopende kwartaal' }).set('Idempotency-Key', `${bank.id}-hold`).expect(200);
      const view = async () => (await bank.desk.get(`${API}/provider-desk/requests/${bank.id}`).expect(200)).body as View;
      // One charge rejected, the other still to answer: on main „u heeft het bezwaar tegen factuur AB-1 afgewezen".
      const waiting = await view();
      expect(waiting.state).toBe('disputed');
      expect(nbsp(waiting.statusText)).toContain(lang === 'nl' ? 'U heeft het bezwaar tegen de kosten met kenmerk AB-1 afgewezen; de contactpersoon beslist hoe het verdergaat.' : 'You rejected the dispute of the charge with reference AB-1; the contact person decides how to proceed.');
      await bank.desk.post(`${API}/provider-desk/requests/${bank.id}/credit-note`, { invoiceReference: 'AB-2', amount: 1 }).set('Idempotency-Key', `${bank.id}-part`).expect(200);
      const held = await view();
      expect(held.state).toBe('disputeRejected');
      // On main: „U crediteerde € 1,00 van factuur AB-2 …; u heeft het bezwaar tegen factuur AB-1 afgewezen" beside „Wacht op Steward: u hoeft nu niets te doen.".
      expect(nbsp(held.statusText)).toMatch(
        lang === 'nl'
          ? /^U boekte € 1,00 terug van de kosten met kenmerk AB-2 \(van de betwiste € 2,33 staat nog € 1,33 open\); u heeft het bezwaar tegen de kosten met kenmerk AB-1 afgewezen; de contactpersoon beslist hoe het verdergaat\. Het saldo is nog niet vrijgegeven: graag ook het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden\.$/
          : /^You booked €1\.00 back of the charge with reference AB-2 \(of the disputed €2\.33, €1\.33 is still open\); you rejected the dispute of the charge with reference AB-1; the contact person decides how to proceed\. The balance has not been released yet: please also release the balance to the estate account and record the release here\.$/,
      );
      expect(held.statusText).not.toMatch(/factuur|crediteerde|invoice|credited/i);
      // The release is the bank's to do: its next move, its tab, the open filter and the counts say so.
      expect(held).toMatchObject({ waitingOn: 'provider', tab: 'waiting_on_you', open: true });
      expect(held.nextMove).toBe(lang === 'nl' ? 'Wacht op u: graag het saldo vrijgeven naar de boedelrekening en de vrijgave hier melden.' : 'Waiting on you: please release the balance to the estate account and record the release here.');
      const listed = async (query: string) => ((await bank.desk.get(`${API}/provider-desk/requests?${query}&limit=100`).expect(200)).body as (View & { id: string })[]).find((r) => r.id === bank.id);
      expect(nbsp((await listed('status=open'))!.statusText)).toBe(nbsp(held.statusText));
      expect(await listed('status=waiting_on_steward')).toBeUndefined();
      const counts = (await bank.desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body as Record<string, { count: number }>;
      expect([counts.waiting_on_you.count, counts.waiting_on_steward.count]).toEqual([1, 0]);

      // Released: the request waits on Steward again (the case owner decides on the costs held to), nothing left for the bank.
      await bank.desk.post(`${API}/provider-desk/requests/${bank.id}/balance-released`, { releasedOn: t.clock.today(), releasedAmount: 1234.56 }).set('Idempotency-Key', `${bank.id}-release`).expect(200);
      expect(await view()).toMatchObject({ state: 'disputeRejected', waitingOn: 'steward', tab: 'waiting_on_steward', open: false, nextMove: expect.stringMatching(lang === 'nl' ? /^Wacht op Steward: u hoeft nu niets te doen\./ : /^Waiting on Steward: nothing to do for you now\./) });
      expect(await listed('status=waiting_on_steward')).toBeDefined();
    }
  });

  it("a bank's reminder by post is said sent only once it is posted: until then it lies ready for the post, with no term", async () => {
    const postalAddress = { street: 'Postbus 55', postalCode: '1000 AB', city: 'Amsterdam', country: 'NL' };
    const bank = await createProvider(t.admin, { name: 'Postbank Herinnering', category: 'bank', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL02ABNA0123456789' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    await anna.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'PB-1', done: 'accountBlocked', balance: 1234.56 }).expect(200);
    const contract = async () => (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string };
    await t.runDue(35);
    // Its term passed: the reminder is made, not yet posted. On main the status read „herinnering verstuurd, vrijgave zonder termijn".
    const waiting = await contract();
    expect(waiting.state).toBe('releaseReminded');
    expect(nbsp(waiting.statusText)).toBe('Brief aan Postbank Herinnering ligt klaar voor de post; nog niet verstuurd.');
    await postEverything(anna);
    expect(nbsp((await contract()).statusText)).toMatch(/herinnering verstuurd, vrijgave uiterlijk \d+ \w+ \d{4}\.$/);
  });

  /**
   * reportmoney (audit95 F3): the balance a bank paid to the estate account is money that came in: the final report to the heir lists
   * it under what the estate received, with the amount the bank gave and the day of the transfer, or says it gave none (none invented).
   */
  it('lists the released balance in the final report under what the estate received, with its amount, or that none was given', async () => {
    const finalReport = async (portal: Session) => {
      const report = ((await portal.get(`${API}/portal/estate?lang=nl`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'final_report');
      expect(report).toBeDefined();
      return nbsp(flat(await pdfText((await portal.get(`${API}/portal/letters/${report!.id}/pdf`).buffer(true).parse(binary).expect(200)).body)));
    };
    const day = ((await t.runDue()).body.now as string).slice(0, 10);
    const on = longDate(day, 'nl');
    const given = await blockedAt('ING Eindverslag');
    const unsaid = await blockedAt('ABN Eindverslag');
    await given.desk.post(`${API}/provider-desk/requests/${given.id}/balance-released`, { releasedOn: day, releasedAmount: 1234.56 }).set('Idempotency-Key', `${given.id}-release`).expect(200);
    await unsaid.desk.post(`${API}/provider-desk/requests/${unsaid.id}/balance-released`, { releasedOn: day }).set('Idempotency-Key', `${unsaid.id}-release`).expect(200);
    await t.runDue(70);
    for (const bank of [given, unsaid]) {
      expect((await bank.contract()).state).toBe('settled');
      await anna.post(`${API}/estates/${bank.estate.id}/close`).expect(200);
    }
    await t.runDue();
    const heading = 'Ontvangen door de nalatenschap Organisatie Wat Bedrag Ontvangen op';
    // The row's "Wat" wraps in its column: pdf.js reads its second line after the row's other cells.
    expect(await finalReport(given.portal)).toMatch(new RegExp(`${heading} ING Eindverslag Saldo naar (de boedelrekening )?€ 1\\.234,56 ${on}`));
    expect(await finalReport(unsaid.portal)).toMatch(new RegExp(`${heading} ABN Eindverslag Saldo naar (de boedelrekening )?bedrag niet opgegeven ${on}`));
  });
});
