import { Client } from 'pg';
import { addBusinessDays, longDate } from '../../workflows';
import { COMMITTEE_LOOK_AFTER_BUSINESS_DAYS } from '../../workflows/committee';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import type { Session } from '../support/test-app';
import { flat } from '../../letters/test-support';
import { Account, account, bankCostsDisputed, closeWorkspace, formErrors, openWorkspace, relative, signIn, Workspace } from '../workspace/support';

/**
 * comcorr (audit98 F2): what the owner recorded of the filing with the complaints body — its day and case number — is corrected while
 * the body has the case. Her history says what was and what now is; the family's card, the desk's status and thread and Today's
 * reminder read the corrected case; the reminder counts from the corrected day only when the day changed.
 * comcorr2: the family hears of a corrected filing as news; the decision she recorded is corrected too, and the bills to pay (hers and
 * the family's) read the corrected amount; the page's form starts from the filing as recorded.
 */
describe('the filing with the disputes committee, corrected', () => {
  let w: Workspace;
  let jet: Account;
  let provider: { id: string; name: string };
  let desk: Session;
  let today: string;

  beforeAll(async () => {
    w = await openWorkspace();
    jet = await account(w.t, 'Jet Correctie', 'specialist', 'nl');
    provider = await createProvider(w.t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = await deskOf(w.t, provider.id, 'Stroomtest integration');
    today = (await w.t.runDue()).body.today;
  });
  afterAll(async () => {
    await closeWorkspace(w);
  });

  /** A bill after the end date the desk holds to, filed with the Geschillencommissie today under case number GC-1. */
  async function filedBill(givenNames: string) {
    const estate = await createEstate(jet.api, { givenNames });
    const contract = (await jet.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as { id: string; estateId: string };
    await jet.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await w.t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-9', reason: 'December was used' }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: today, caseNumber: 'GC-1' }).expect(200);
    return contract;
  }
  const onToday = async (id: string) =>
    ((await jet.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string; dueDate: string | null }[]).find((c) => c.contractId === id);
  const history = async (id: string) => ((await jet.api.get(`${API}/contracts/${id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => e.summary);
  const reminderDay = (filedOn: string) => addBusinessDays(filedOn, COMMITTEE_LOOK_AFTER_BUSINESS_DAYS);

  it('corrects the case number, then the day: history, family card, desk and Today read the new values; the reminder moves only with the day', async () => {
    const contract = await filedBill('Pieter');
    const family = await relative(w.t, jet.api, contract.estateId, 'Maria de Vries');
    const before = await onToday(contract.id);
    expect(before?.dueDate?.slice(0, 10)).toBe(reminderDay(today));

    // The case number alone: the reminder keeps its day.
    const numbered = (await jet.api.post(`${API}/contracts/${contract.id}/committee-filing-corrected`, { filedOn: today, caseNumber: 'GC-2' }).set('Idempotency-Key', 'comcorr-number').expect(200)).body;
    expect({ state: numbered.state, status: numbered.statusText }).toEqual({ state: 'withCommittee', status: expect.stringContaining(`(ingediend op ${longDate(today, 'nl')}, zaaknummer GC-2)`) });
    expect(numbered.statusText).not.toContain('GC-1');
    expect(await history(contract.id)).toContainEqual('Stroom: Indiening bij de Geschillencommissie Energie gecorrigeerd. U legde eerder zaaknummer GC-1 vast; dat is gecorrigeerd naar zaaknummer GC-2.');
    expect((await onToday(contract.id))?.dueDate).toBe(before?.dueDate);

    // The day (a week earlier): the reminder counts twelve weeks from it.
    const earlier = new Date(Date.parse(`${today}T12:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const dated = (await jet.api.post(`${API}/contracts/${contract.id}/committee-filing-corrected`, { filedOn: earlier, caseNumber: 'GC-2' }).expect(200)).body;
    expect(dated.statusText).toContain(`(ingediend op ${longDate(earlier, 'nl')}, zaaknummer GC-2)`);
    expect(await history(contract.id)).toContainEqual(`Stroom: Indiening bij de Geschillencommissie Energie gecorrigeerd. U legde eerder de dag van indienen ${longDate(today, 'nl')} vast; dat is gecorrigeerd naar de dag van indienen ${longDate(earlier, 'nl')}.`);
    const row = await onToday(contract.id);
    expect(row?.dueDate?.slice(0, 10)).toBe(reminderDay(earlier));

    // The family's card and timeline, the desk's status and thread.
    const card = ((await family.get(`${API}/portal/contracts?lang=nl`).expect(200)).body.items[0].statusText as string);
    expect(card).toContain(`(ingediend op ${longDate(earlier, 'nl')})`);
    expect(card).not.toContain(longDate(today, 'nl'));
    const timeline = ((await family.get(`${API}/portal/timeline?lang=nl&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(timeline).toContainEqual(`De dag waarop ons bezwaar bij de Geschillencommissie Energie werd ingediend, is gecorrigeerd: ${longDate(earlier, 'nl')}.`);
    const atDesk = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { statusText: string; thread: { text: string }[] };
    expect(atDesk.statusText).toContain(`(ingediend op ${longDate(earlier, 'nl')}, zaaknummer GC-2)`);
    expect(atDesk.thread.map((e) => e.text)).toContainEqual(expect.stringContaining('Steward corrigeerde wat het vastlegde van het geschil bij de Geschillencommissie Energie: zaaknummer GC-2 (was zaaknummer GC-1)'));

    // comcorr2: both corrections are news to the family, in the words of her timeline.
    await w.t.runDue();
    const db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    const news = (await db.query(`SELECT message, message_en FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'committee_filing_corrected' ORDER BY created_at`, [contract.id])).rows;
    await db.end();
    expect(news.map((n: { message: string }) => n.message)).toEqual([
      'Stroomtest: De gegevens van ons bezwaar bij de Geschillencommissie Energie zijn gecorrigeerd.',
      `Stroomtest: De dag waarop ons bezwaar bij de Geschillencommissie Energie werd ingediend, is gecorrigeerd: ${longDate(earlier, 'nl')}.`,
    ]);

    // English owner: the same correction in her words.
    const en = (await jet.api.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body.timeline as { summary: string }[];
    expect(en.map((e) => e.summary)).toContainEqual(`Stroom: Filing with the Geschillencommissie Energie corrected. You recorded case number GC-1 before; that is corrected to case number GC-2.`);
  });

  it('refuses a bad day, an empty case number, nothing changed and a contract not with the body, naming the field in her words', async () => {
    const contract = await filedBill('Klaas');
    const path = `${API}/contracts/${contract.id}/committee-filing-corrected`;
    const badDay = await jet.api.post(path, { filedOn: '2027-02-30', caseNumber: 'GC-2' }).expect(400);
    expect(badDay.body.errors).toEqual([expect.objectContaining({ field: 'filedOn' })]);
    const future = await jet.api.post(path, { filedOn: '2999-01-01' }).expect(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'filedOn' })]);
    const empty = await jet.api.post(path, { filedOn: today, caseNumber: '  ' }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'caseNumber' })]);
    const same = await jet.api.post(path, { filedOn: today, caseNumber: 'GC-1' }).expect(422);
    expect(same.body.errors).toEqual([{ field: 'filedOn', message: 'de indiening: de dag en het zaaknummer zijn gelijk aan wat al is vastgelegd. Er is niets gewijzigd.' }]);
    const otherBill = await jet.api.post(path, { filedOn: today, caseNumber: 'GC-2', invoiceReference: 'F-1' }).expect(409);
    expect(otherBill.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference' })]);

    // Once the decision is recorded the body no longer has the case: 409 in her words, nothing changed.
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(200);
    const after = await jet.api.post(path, { filedOn: today, caseNumber: 'GC-2' }).expect(409);
    expect({ type: after.body.type, detail: after.body.detail }).toEqual({ type: expect.stringContaining('state-conflict'), detail: '‘Indiening bij de geschillencommissie corrigeren’ kan niet nu het contract op ‘bevestigd’ staat. Er is niets gewijzigd.' });
    expect((await history(contract.id)).join(' ')).not.toContain('gecorrigeerd naar');
  });

  it('corrects the decision she recorded: her history, the family\'s timeline and both lists of bills to pay read the corrected amount; refusals name the field', async () => {
    const contract = await filedBill('Henk');
    const family = await relative(w.t, jet.api, contract.estateId, 'Sara de Vries');
    const path = `${API}/contracts/${contract.id}/committee-decision-corrected`;
    const toPay = async () => ({
      owner: ((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount]),
      family: ((await family.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount]),
    });

    // Nothing decided yet: nothing to correct.
    const none = await jet.api.post(path, { decision: 'billLowered', decidedOn: today, amount: 10 }).expect(409);
    expect({ type: none.body.type, errors: none.body.errors }).toEqual({ type: expect.stringContaining('no-committee-decision'), errors: [expect.objectContaining({ field: 'invoiceReference' })] });

    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(200);
    expect(await toPay()).toEqual({ owner: [['F-9', 20]], family: [['F-9', 20]] });
    const state = (await jet.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.state;

    // Refused, naming the field in her words; nothing changes.
    const same = await jet.api.post(path, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(422);
    expect(same.body.errors).toEqual([{ field: 'decision', message: 'de uitspraak: de beslissing, de dag en het bedrag zijn gelijk aan wat al is vastgelegd. Er is niets gewijzigd.' }]);
    expect((await jet.api.post(path, { decision: 'billLowered', decidedOn: today, amount: 31 }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect((await jet.api.post(path, { decision: 'billLowered', decidedOn: today }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect((await jet.api.post(path, { decision: 'billLowered', decidedOn: '2999-01-01', amount: 10 }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);
    expect((await jet.api.post(path, { decision: 'billHalved', decidedOn: today }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'decision' })]);
    expect(await toPay()).toEqual({ owner: [['F-9', 20]], family: [['F-9', 20]] });

    // Lowered to € 12,50, not € 20,00: the contract stays where it is, both lists read the corrected amount.
    const corrected = (await jet.api.post(path, { decision: 'billLowered', decidedOn: today, amount: 12.5 }).set('Idempotency-Key', 'comcorr2-lowered').expect(200)).body;
    expect(corrected.state).toBe(state);
    expect(await toPay()).toEqual({ owner: [['F-9', 12.5]], family: [['F-9', 12.5]] });
    const on = longDate(today, 'nl');
    // Amounts are written with a no-break space after the euro sign.
    const spaced = (lines: string[]) => lines.map((line) => line.replace(/\u00a0/g, ' '));
    const said = spaced(await history(contract.id));
    expect(said.filter((line) => line.includes('Uitspraak'))).toEqual([
      `Stroomtest, Stroom: Uitspraak van de Geschillencommissie Energie over factuur F-9 gecorrigeerd. U legde eerder vast: De Geschillencommissie Energie heeft op ${on} factuur F-9 van Stroomtest verlaagd tot € 20,00; dat bedrag wordt betaald uit de nalatenschap. Nu vastgelegd: De Geschillencommissie Energie heeft op ${on} factuur F-9 van Stroomtest verlaagd tot € 12,50; dat bedrag wordt betaald uit de nalatenschap.`,
    ]);
    const timeline = spaced(((await family.get(`${API}/portal/timeline?lang=nl&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text));
    expect(timeline).toContainEqual(`De uitspraak over rekening F-9 van Stroomtest is gecorrigeerd: De Geschillencommissie Energie heeft op ${on} rekening F-9 van Stroomtest verlaagd tot € 12,50; dat bedrag wordt betaald uit de nalatenschap.`);

    // decisionread: every reader reads the corrected decision: her next step, the family's card, the desk's thread (decisionowes: the
    // decision as recorded that day, then Steward's correction of it, with what it read before), never € 20,00 as what is owed.
    const own = (await jet.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string; nextStep: string };
    expect(spaced([own.nextStep])[0]).toContain('Nog te betalen uit de nalatenschap: Factuur F-9, € 12,50.');
    expect(own.statusText + own.nextStep).not.toContain('20,00');
    const card = (await family.get(`${API}/portal/contracts?lang=nl`).expect(200)).body.items.find((c: { id: string }) => c.id === contract.id) as { statusText: string };
    expect(spaced([card.statusText])[0]).toContain('Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-9, € 12,50.');
    expect(card.statusText).not.toContain('20,00');
    const atDesk = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { statusText: string; thread: { text: string }[] };
    expect(atDesk.statusText).not.toContain('20,00');
    const lowered20 = `De Geschillencommissie Energie heeft op ${on} factuur F-9 verlaagd tot € 20,00; dat bedrag wordt betaald uit de nalatenschap`;
    const lowered12 = `De Geschillencommissie Energie heeft op ${on} factuur F-9 verlaagd tot € 12,50; dat bedrag wordt betaald uit de nalatenschap`;
    expect(spaced(atDesk.thread.map((e) => e.text)).filter((line) => line.includes('Geschillencommissie Energie heeft'))).toEqual([
      lowered20,
      `Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9: ${lowered12} (eerder vastgelegd: ${lowered20})`,
    ]);

    // The bill need not be paid after all: it leaves both lists.
    await jet.api.post(path, { decision: 'billDropped', decidedOn: today }).expect(200);
    expect(await toPay()).toEqual({ owner: [], family: [] });
    const dropped = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { thread: { text: string }[] };
    expect(spaced(dropped.thread.map((e) => e.text)).filter((line) => line.includes('Geschillencommissie Energie heeft'))).toEqual([
      lowered20,
      `Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9: ${lowered12} (eerder vastgelegd: ${lowered20})`,
      `Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9: De Geschillencommissie Energie heeft op ${on} beslist dat factuur F-9 niet betaald hoeft te worden (eerder vastgelegd: ${lowered12})`,
    ]);
    const ownDone = (await jet.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string; nextStep: string };
    expect(ownDone.statusText + ownDone.nextStep).not.toContain('F-9');
  });

  it('takes a decision corrected to nothing owed off Today\'s bills to pay: every page of them holds a bill still owed', async () => {
    // decisionfix: Today's pages are of steps still to pay, read in SQL; the step of the corrected decision held a page and showed nothing on it.
    const dropped = await filedBill('Bram');
    await jet.api.post(`${API}/contracts/${dropped.id}/committee-decision`, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(200);
    await jet.api.post(`${API}/contracts/${dropped.id}/committee-decision-corrected`, { decision: 'billDropped', decidedOn: today }).expect(200);
    const upheld = await filedBill('Cor');
    await jet.api.post(`${API}/contracts/${upheld.id}/committee-decision`, { decision: 'billUpheld', decidedOn: today }).expect(200);

    // Today's bills a page of one at a time (her other estates' bills with them): every page holds a bill, never the dropped one.
    const pages: [string, string, number][][] = [];
    for (let cursor: string | null = ''; cursor !== null && pages.length < 20; ) {
      const todayPage = (await jet.api.get(`${API}/queue?limit=1${cursor ? `&billsCursor=${cursor}` : ''}`).expect(200)).body as { billsToPay: { contractId: string; reference: string; amount: number }[]; billsToPayNextCursor: string | null };
      pages.push(todayPage.billsToPay.map((b) => [b.contractId, b.reference, b.amount]));
      cursor = todayPage.billsToPayNextCursor;
    }
    expect(pages.filter((bills) => bills.length !== 1)).toEqual([]);
    expect(pages.flat().filter(([contractId]) => contractId === dropped.id)).toEqual([]);
    expect(pages.flat()).toContainEqual([upheld.id, 'F-9', 30]);
  });

  it('offers the correction on the contract page while the body has the case, and takes it in Chromium', async () => {
    const contract = await filedBill('Joost');
    const page = await signIn(w.browser, w.base, jet);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await page.locator('form#committee-filing-corrected').count()).toBe(1);
    expect(await page.innerText('#committee-filing-corrected')).toContain('Vul de dag van indienen en het zaaknummer in zoals ze hadden moeten zijn');
    // comcorr2: the form starts from the filing as recorded.
    expect({ filedOn: await page.inputValue('#committee-filing-corrected-filedOn'), caseNumber: await page.inputValue('#committee-filing-corrected-caseNumber') }).toEqual({ filedOn: today, caseNumber: 'GC-1' });

    // An empty case number comes back in the form, naming the field.
    await page.fill('#committee-filing-corrected-filedOn', today);
    await page.fill('#committee-filing-corrected-caseNumber', ' ');
    await page.click('#committee-filing-corrected button[type=submit]');
    expect((await formErrors(page)).length).toBeGreaterThan(0);
    expect(await page.getAttribute('#committee-filing-corrected-caseNumber', 'aria-invalid')).toBe('true');

    await page.fill('#committee-filing-corrected-filedOn', today);
    await page.fill('#committee-filing-corrected-caseNumber', 'GC-7');
    await page.click('#committee-filing-corrected button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect((await page.innerText('.status')).replace(/\s+/g, ' ')).toContain('zaaknummer GC-7');
    expect((await page.innerText('main')).replace(/\s+/g, ' ')).toContain('U legde eerder zaaknummer GC-1 vast; dat is gecorrigeerd naar zaaknummer GC-7.');

    // The decision recorded: the body no longer has the case, and the form is gone.
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(200);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await page.locator('form#committee-filing-corrected').count()).toBe(0);
    await page.close();
  }, 180_000);

  it('decisionfix: offers the decision\'s correction on the contract page, starting from the decision as it now reads, and takes it in Chromium', async () => {
    const contract = await filedBill('Lotte');
    const page = await signIn(w.browser, w.base, jet);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await page.locator('form#committee-decision-corrected').count()).toBe(0);
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(200);

    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    const form = '#committee-decision-corrected';
    expect(await page.innerText(`${form} h3`)).toBe('Uitspraak van de geschillencommissie corrigeren');
    expect(await page.innerText(form)).toContain('Vul de uitspraak over factuur F-9 in zoals die had moeten zijn.');
    const values = async () => ({ decision: await page.inputValue(`${form}-decision`), decidedOn: await page.inputValue(`${form}-decidedOn`), amount: await page.inputValue(`${form}-amount`) });
    expect(await values()).toEqual({ decision: 'billLowered', decidedOn: today, amount: '20,00' });

    // Lowered without an amount comes back in the form, naming the field; nothing changes.
    await page.fill(`${form}-amount`, '');
    await page.click(`${form} button[type=submit]`);
    expect((await formErrors(page)).length).toBeGreaterThan(0);
    expect(await page.getAttribute(`${form}-amount`, 'aria-invalid')).toBe('true');

    await page.fill(`${form}-amount`, '12,50');
    await page.click(`${form} button[type=submit]`);
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect((await page.innerText('main')).replace(/\s+/g, ' ')).toContain('Nu vastgelegd: De Geschillencommissie Energie heeft op');
    // The bills to pay read the corrected amount, and the form starts from the correction.
    expect(((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount])).toEqual([['F-9', 12.5]]);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await values()).toEqual({ decision: 'billLowered', decidedOn: today, amount: '12,50' });
    await page.close();
  }, 180_000);

  it('decisionfix: a bank\'s decision names its costs by their kenmerk on the correction form', async () => {
    const bank = await bankCostsDisputed(w.t, 'nl', 'Spaarbank Correctie');
    const owner = bank.owner.api;
    await bank.desk.post(`${API}/provider-desk/requests/${bank.c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten tot de blokkade' }).expect(200);
    const on = (await w.t.runDue()).body.today as string;
    await owner.post(`${API}/contracts/${bank.c.id}/committee-filed`, { invoiceReference: 'AB-1', filedOn: on }).expect(200);
    await owner.post(`${API}/contracts/${bank.c.id}/committee-decision`, { invoiceReference: 'AB-1', decision: 'billUpheld', decidedOn: on }).expect(200);
    const text = flat((await w.t.anonymous.get(`/app/contracts/${bank.c.id}`).set('Cookie', `steward_app=${owner.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
    expect(text).toContain('Uitspraak van Kifid corrigeren');
    expect(text).toContain('Vul de uitspraak over de kosten met kenmerk AB-1 in zoals die had moeten zijn.');
    expect(text).not.toContain('factuur AB-1');
  });

  it('decisionowes: corrects a decision that left nothing to pay into one by which the estate pays: every list of bills to pay reads it, the desk on the day of the correction', async () => {
    const contract = await filedBill('Wim');
    const family = await relative(w.t, jet.api, contract.estateId, 'Wanda de Vries');
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(200);
    expect((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items).toEqual([]);

    // Corrected two days later: the body lowered F-9 to € 12,50, it did not drop it.
    const later = (await w.t.runDue(2)).body.today as string;
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision-corrected`, { decision: 'billLowered', decidedOn: today, amount: 12.5 }).set('Idempotency-Key', 'decisionowes-owes').expect(200);
    const owed = (items: { contractId?: string; reference: string; amount: number }[]) => items.map((b) => [b.reference, b.amount]);
    expect(owed((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items)).toEqual([['F-9', 12.5]]);
    expect(owed((await family.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual([['F-9', 12.5]]);
    const onToday: [string, string, number][] = [];
    for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 50; pages++) {
      const page = (await jet.api.get(`${API}/queue?limit=10${cursor ? `&billsCursor=${cursor}` : ''}`).expect(200)).body as { billsToPay: { contractId: string; reference: string; amount: number }[]; billsToPayNextCursor: string | null };
      onToday.push(...page.billsToPay.map((b): [string, string, number] => [b.contractId, b.reference, b.amount]));
      cursor = page.billsToPayNextCursor;
    }
    expect(onToday.filter(([id]) => id === contract.id)).toEqual([[contract.id, 'F-9', 12.5]]);

    // The desk's thread: the decision as recorded on its day, then Steward's correction on the day it was made.
    const on = longDate(today, 'nl');
    const amsterdamDay = (at: string) => new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const thread = ((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { at?: string; event?: string; text: string }[])
      .filter((e) => e.text.includes('Geschillencommissie Energie heeft'))
      .map((e) => ({ day: amsterdamDay(e.at!), by: e.event, text: e.text.replace(/\u00a0/g, ' ') }));
    const dropped = `De Geschillencommissie Energie heeft op ${on} beslist dat factuur F-9 niet betaald hoeft te worden`;
    expect(thread).toEqual([
      { day: today, by: 'DISPUTE_RESOLVED', text: dropped },
      { day: later, by: 'contract.committee_decision_corrected', text: `Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9: De Geschillencommissie Energie heeft op ${on} factuur F-9 verlaagd tot € 12,50; dat bedrag wordt betaald uit de nalatenschap (eerder vastgelegd: ${dropped})` },
    ]);
  });

  it('decisionowes: refuses a correction that leaves less owed than the estate already paid of the bill, naming the amount and what it leaves owed', async () => {
    const contract = await filedBill('Karel');
    const path = `${API}/contracts/${contract.id}/committee-decision-corrected`;
    await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(200);
    const paidOn = (await w.t.runDue()).body.today as string;
    await jet.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-9', paidOn }).expect(201);
    const paid = async () => ((await jet.api.get(`${API}/estates/${contract.estateId}/bills-paid`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount]);
    expect(await paid()).toEqual([['F-9', 20]]);

    const lower = await jet.api.post(path, { decision: 'billLowered', decidedOn: today, amount: 12.5 }).expect(422);
    expect(lower.body.errors).toEqual([expect.objectContaining({ field: 'amount', message: expect.stringContaining(`leaves 12.50 owed of bill F-9, less than the 20.00 the estate already paid of it on ${paidOn}`) })]);
    const none = await jet.api.post(path, { decision: 'billDropped', decidedOn: today }).expect(422);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'decision', message: expect.stringContaining('leaves 0.00 owed of bill F-9') })]);
    // Nothing changed: the bill stays paid at € 20,00, her history holds no correction.
    expect(await paid()).toEqual([['F-9', 20]]);
    expect((await history(contract.id)).filter((line) => line.includes('gecorrigeerd'))).toEqual([]);
    // Upheld after all (€ 30,00, above the payment): taken, and the rest is to pay.
    await jet.api.post(path, { decision: 'billUpheld', decidedOn: today }).expect(200);
    expect(((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number; paidAmount: number | null }[]).map((b) => [b.reference, b.amount, b.paidAmount])).toEqual([['F-9', 30, 20]]);
  });
});
