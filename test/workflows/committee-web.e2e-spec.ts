import type { BrowserContext, Page } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import type { Session } from '../support/test-app';
import { Account, account, bankCostsDisputed, closeWorkspace, formErrors, mainText, openWorkspace, relativeCode, signIn, Workspace } from '../workspace/support';

/**
 * comweb (comlater3's Not done, item 5): the committee's two forms on the contract page in a real Chromium at desktop width,
 * one of them by keyboard alone; and what the family reads of the case on a 360 px phone and in the daily e-mail, for a
 * Geschillencommissie and for Kifid (a bank).
 */
describe('the disputes committee in the browser: the owner records the filing and the decision, the family reads them true', () => {
  let w: Workspace;
  let sink: SmtpSink;
  let jet: Account;
  let provider: { id: string; name: string };
  let desk: Session;
  let today: string;
  const desktop = { width: 1280, height: 900 };
  const phone = { width: 360, height: 740 };

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await openWorkspace({ SMTP_URL: sink.url });
    jet = await account(w.t, 'Jet Commissie', 'specialist', 'nl');
    provider = await createProvider(w.t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = await deskOf(w.t, provider.id, 'Stroomtest integration');
    today = (await w.t.runDue()).body.today;
  });
  afterAll(async () => {
    await closeWorkspace(w);
    await sink?.close();
  });

  /** A bill after the end date the desk holds to, with Maria (an heir with an e-mail address) in the family. */
  async function heldBill(givenNames: string, email: string) {
    const estate = await createEstate(jet.api, { givenNames });
    await jet.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email, relation: 'partner', isHeir: true, isRepresentative: true, language: 'nl' }).expect(201);
    const contract = (await jet.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as { id: string };
    await jet.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await w.t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-9', reason: 'December was used' }).expect(200);
    // The news so far goes out with the next daily e-mail: what follows is told in the ones after it.
    await nextDigest();
    return { id: contract.id, estateId: estate.id };
  }

  /** The next day, once its daily e-mail (the day's news always has one here) reached the sink; the workers first run what is due now. */
  const nextDigest = async () => {
    const sent = sink.messages.length;
    await w.t.runDue();
    await w.t.runDue(1);
    await sink.waitFor(sent + 1);
  };
  const contractPage = async (page: Page, id: string) => {
    await page.goto(`${w.base}/app/contracts/${id}`);
  };
  const statusBox = async (page: Page) => (await page.innerText('.status')).replace(/\s+/g, ' ');
  const section = async (page: Page, selector: string) => ((await page.locator(selector).count()) ? (await page.innerText(selector)).replace(/\s+/g, ' ') : '');
  /** The row of Today that names `name`'s estate, its text folded. */
  const todayRow = async (page: Page, name: string) => {
    await page.goto(`${w.base}/app`);
    const rows = (await page.locator('main tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    return rows.find((r) => r.includes(name)) ?? '';
  };
  /** The daily e-mails `to` got, each one's text. */
  const digests = (to: string) => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === to).map((m) => m.text ?? '');
  /** How many of `to`'s daily e-mails hold `words`, and how often in all. */
  const told = (to: string, words: string) => digests(to).reduce((n, text) => n + text.split(words).length - 1, 0);

  /** A relative on a 360 px phone, without JavaScript: the overview's card and the timeline, each checked for sideways scroll. */
  async function familyReads(context: BrowserContext, code: string) {
    const page = await signInFamily(context, w.base, code);
    const read = async (path: string) => {
      await page.goto(`${w.base}${path}`);
      expect({ path, scrollWidth: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ path, scrollWidth: phone.width });
      return mainText(page);
    };
    return { card: await read('/family'), timeline: await read('/family/timeline'), page };
  }

  it('files the bill with the Geschillencommissie and records that it upheld the bill by keyboard; the family reads each once', async () => {
    const contract = await heldBill('Pieter', 'maria.pieter@family.example');
    const page = await signIn(w.browser, w.base, jet);
    await page.setViewportSize(desktop);
    await contractPage(page, contract.id);
    expect(await todayRow(page, 'Pieter')).toContain('Over de rekening beslissen');

    // A day ahead: the form says which field, and keeps what she typed.
    await contractPage(page, contract.id);
    await page.fill('#committee-filed-filedOn', '2999-01-01');
    await page.fill('#committee-filed-caseNumber', '2027-0042');
    await page.click('#committee-filed button[type=submit]');
    expect((await formErrors(page)).join(' ')).toContain('De dag van indienen bij de geschillencommissie ligt in de toekomst');
    expect(await page.getAttribute('#committee-filed-filedOn', 'aria-invalid')).toBe('true');
    expect({ filedOn: await page.inputValue('#committee-filed-filedOn'), caseNumber: await page.inputValue('#committee-filed-caseNumber') }).toEqual({ filedOn: '2999-01-01', caseNumber: '2027-0042' });

    await page.fill('#committee-filed-filedOn', today);
    await page.click('#committee-filed button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect(await statusBox(page)).toContain('bij de Geschillencommissie Energie');
    expect(await statusBox(page)).toContain('zaaknummer 2027-0042');
    expect(await section(page, '#history ~ ul.card >> nth=0')).toContain('Geschil over factuur F-9 voorgelegd aan de Geschillencommissie Energie');
    expect(await page.locator('form#committee-filed').count()).toBe(0);
    const row = await todayRow(page, 'Pieter');
    expect(row).toContain('Bij de geschillencommissie: wachten op de uitspraak');
    expect(row).not.toContain('beslissen');

    // The family, after the filing: on a phone, and in the next daily e-mail, once.
    const phoneContext = await w.browser.newContext({ javaScriptEnabled: false, viewport: phone, isMobile: true, hasTouch: true });
    const filed = await familyReads(phoneContext, await relativeCode(jet.api, contract.estateId, 'Sanne de Vries'));
    expect(filed.card).toContain('Ons bezwaar tegen rekening F-9 van Stroomtest ligt nu bij de Geschillencommissie Energie');
    expect(filed.card).toContain('Zolang de zaak loopt, betalen we het betwiste bedrag niet');
    // The committee has the bill: the estate is not „all settled but a bill", it waits on the committee's decision.
    expect(filed.card).not.toContain('Alles is afgehandeld');
    expect(filed.timeline).toContain('Ons bezwaar tegen rekening F-9 van Stroomtest ligt nu bij de Geschillencommissie Energie');
    await nextDigest();
    expect(told('maria.pieter@family.example', 'ligt nu bij de Geschillencommissie Energie')).toBe(1);

    // The decision by keyboard alone: each field found by its label, the form sent with Enter, the focus on the message.
    await contractPage(page, contract.id);
    await page.getByLabel('Uitspraak', { exact: true }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // past the choice to make: dropped, lowered, upheld
    expect(await page.inputValue('#committee-decision-decision')).toBe('billUpheld');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe(await page.getByLabel('Datum van de uitspraak of schikking').getAttribute('id'));
    const [year, month, day] = today.split('-');
    await page.keyboard.type(`${month}${day}${year}`); // the browser's date field, as an American keyboard user fills it
    expect(await page.inputValue('#committee-decision-decidedOn')).toBe(today);
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes(`/app/contracts/${contract.id}`)), page.keyboard.press('Enter')]);
    // The message takes the focus (autofocus, no script needed): a screen reader says it first.
    await page.waitForFunction(`document.activeElement && document.activeElement.matches('[role=status]')`, undefined, { polling: 100, timeout: 20_000 });
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect(await statusBox(page)).not.toContain('geschillencommissie');
    expect(await section(page, '#history ~ ul.card >> nth=0')).toContain('De Geschillencommissie Energie heeft op ' + longDate(today, 'nl') + ' beslist dat factuur F-9 van Stroomtest betaald moet worden; dat gebeurt uit de nalatenschap.');
    expect(await section(page, '#bills')).toContain('Factuur F-9, € 30,00 · verschuldigd sinds');
    expect(await page.locator('form#committee-decision').count()).toBe(0);

    const decided = await familyReads(phoneContext, await relativeCode(jet.api, contract.estateId, 'Kees de Vries'));
    expect(decided.card).toContain('Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-9, € 30,00.');
    expect(decided.card).not.toContain('ligt nu bij');
    expect(decided.timeline).toContain(`De Geschillencommissie Energie heeft op ${longDate(today, 'nl')} beslist dat rekening F-9 van Stroomtest betaald moet worden; dat gebeurt uit de nalatenschap.`);
    expect(decided.timeline).not.toContain('ingetrokken');
    await nextDigest();
    expect(told('maria.pieter@family.example', 'ligt nu bij de Geschillencommissie Energie')).toBe(1);
    expect(told('maria.pieter@family.example', 'De Geschillencommissie Energie heeft op')).toBe(1);
    await phoneContext.close();
    await page.close();
  }, 180_000);

  it('for a bank, names Kifid where the family reads of the filing and the decision, and calls its costs costs', async () => {
    const bank = await bankCostsDisputed(w.t, 'nl', 'Spaarbank Test');
    await bank.owner.api.post(`${API}/estates/${bank.estate.id}/family-members`, { name: 'Kees de Vries', email: 'kees.bank@family.example', relation: 'child', isHeir: true, isRepresentative: false, language: 'nl' }).expect(201);
    await bank.desk.post(`${API}/provider-desk/requests/${bank.c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten tot de blokkade' }).expect(200);
    await nextDigest();
    const page = await signIn(w.browser, w.base, bank.owner);
    await page.setViewportSize(desktop);
    await contractPage(page, bank.c.id);
    await page.fill('#committee-filed-filedOn', today);
    await page.click('#committee-filed button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect(await statusBox(page)).toContain('ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid)');

    // The family reads Kifid, and the bank's costs as the rest of the card calls them; no term of Kifid's we have no source for.
    const kifid = 'het Klachteninstituut Financiële Dienstverlening (Kifid)';
    const phoneContext = await w.browser.newContext({ javaScriptEnabled: false, viewport: phone, isMobile: true, hasTouch: true });
    const filed = await familyReads(phoneContext, await relativeCode(bank.owner.api, bank.estate.id, 'Sanne de Vries'));
    const filedLine = `Ons bezwaar tegen de kosten met kenmerk AB-1 van Spaarbank Test ligt nu bij ${kifid} (ingediend op ${longDate(today, 'nl')}).`;
    expect(filed.card).toContain(`${filedLine} Zolang de zaak loopt, betalen we het betwiste bedrag niet`);
    expect(filed.card).not.toContain('De commissie noemt');
    // The case with Kifid runs: not „Alles is afgehandeld".
    expect(filed.card).not.toContain('Alles is afgehandeld');
    expect(filed.timeline).toContain(filedLine);
    expect(`${filed.card} ${filed.timeline}`).not.toContain('rekening AB-1');
    await nextDigest();
    expect(told('kees.bank@family.example', filedLine)).toBe(1);

    await page.selectOption('#committee-decision-decision', 'billDropped');
    await page.fill('#committee-decision-decidedOn', today);
    await page.click('#committee-decision button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    expect(await statusBox(page)).not.toContain('Kifid');
    expect(await section(page, '#history ~ ul.card >> nth=0')).toContain(`Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op ${longDate(today, 'nl')} beslist dat`);
    expect(await page.locator('#bills').count()).toBe(0); // nothing owed of AB-1 any more

    const decidedLine = `Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op ${longDate(today, 'nl')} beslist dat de kosten met kenmerk AB-1 van Spaarbank Test niet betaald hoeven te worden.`;
    const decided = await familyReads(phoneContext, await relativeCode(bank.owner.api, bank.estate.id, 'Joost de Vries'));
    expect(decided.timeline).toContain(decidedLine);
    expect(decided.card).not.toContain('Kifid');
    expect(decided.card).not.toContain('Te betalen uit de nalatenschap');
    await nextDigest();
    expect(told('kees.bank@family.example', decidedLine)).toBe(1);
    expect(told('kees.bank@family.example', 'Kifid')).toBe(2); // the filing and the decision, once each
    await phoneContext.close();
    await page.close();
  }, 180_000);

  /** kifidwords: an insurer of `kind` confirmed the end; its bill P-1 after it is disputed and awaits its desk's answer. */
  async function insurerBillDisputed(name: string, kind: 'life' | 'health', givenNames: string) {
    const insurer = await createProvider(w.t.admin, { name, category: 'insurance', requiredDocuments: [] });
    const insurerDesk = await deskOf(w.t, insurer.id, `${name} desk`);
    const estate = await createEstate(jet.api, { givenNames });
    const contract = (await jet.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, action: 'cancel', description: 'Polis', accountNumber: 'POL-7', insuranceKind: kind }).expect(201)).body as { id: string };
    await jet.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'M-7', effectiveDate: '2026-11-02', ...(kind === 'life' ? { done: 'payoutHandled' } : {}) }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'P-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 12 }).expect(200);
    await w.t.runDue();
    return { insurerDesk, estate, contract };
  }

  /**
   * kifidwords: a life insurer's bill is its nota, and Kifid hears it: the desk reads „nota P-1" in its dispute, the owner's contract page
   * (in the browser) offers its committee forms as Kifid's and names the nota, and a step the case refuses names „bij Kifid", not a committee.
   */
  it("for a life insurer, names its nota and Kifid on the desk's status, the owner's forms and a refused step", async () => {
    const { insurerDesk, contract } = await insurerBillDisputed('Levensverzekeraar Web', 'life', 'Lotte');
    const disputed = (await insurerDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { statusText: string };
    expect(disputed.statusText).toMatch(/^Bezwaar tegen nota P-1: het deel na de bevestigde einddatum, /);
    await insurerDesk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Premie tot de opzegging' }).expect(200);

    const page = await signIn(w.browser, w.base, jet);
    await page.setViewportSize(desktop);
    await contractPage(page, contract.id);
    const form = await section(page, '#committee-filed');
    expect(form).toContain('Geschil over de nota ingediend bij Kifid');
    expect(form).toContain('Zolang Kifid het heeft, vraagt Steward u niet meer te beslissen over deze nota');
    expect(form).toContain('Zaaknummer van Kifid');
    expect(await mainText(page)).toContain('Geschil over nota P-1 afgewezen door Levensverzekeraar Web (reden: Premie tot de opzegging).');
    await page.fill('#committee-filed-filedOn', today);
    await page.click('#committee-filed button[type=submit]');
    expect(await statusBox(page)).toContain('Geschil over nota P-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid)');
    const decision = await section(page, '#committee-decision');
    expect(decision).toContain('Uitspraak van Kifid vastleggen');
    expect(decision).toContain('Kies wat Kifid besliste');
    expect(decision).toContain('De nota moet betaald worden uit de nalatenschap');
    expect(await mainText(page)).not.toMatch(/geschillencommissie|de commissie/i);

    // A step the case does not take names its state as the lists do: „bij Kifid".
    const refused = await jet.api.post(`${API}/contracts/${contract.id}/request`).expect(409);
    expect(refused.body.detail).toBe('‘Verzoek versturen’ kan niet nu het contract op ‘bij Kifid’ staat. Er is niets gewijzigd.');
    await page.close();
  });

  // kifidwords: the health insurers' SKGZ is named where the family's offer names the body again, never „de commissie".
  it("for a health insurer, the family reads the SKGZ by name in a part credit's offer", async () => {
    const { insurerDesk, estate, contract } = await insurerBillDisputed('Zorgverzekeraar Web', 'health', 'Henk');
    await insurerDesk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Premie tot de opzegging' }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/committee-filed`, { invoiceReference: 'P-1', filedOn: today }).expect(200);
    await insurerDesk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { invoiceReference: 'P-1', amount: 5 }).expect(200);
    await w.t.runDue();
    const heir = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: await relativeCode(jet.api, estate.id, 'Erfgenaam Henk') }).expect(200)).body.accessToken);
    const says = async (lang: string) => ((await heir.get(`${API}/portal/timeline?lang=${lang}&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join(' | ');
    expect(await says('nl')).toContain('Dat is een aanbod: de rekening blijft bij de SKGZ tot de uitspraak, of tot uw contactpersoon het aanbod aanneemt als schikking.');
    expect(await says('en')).toContain('That is an offer: the bill stays with the SKGZ until its decision, or until your contact person accepts the offer as a settlement.');
    expect(await says('nl')).not.toContain('bij de commissie tot haar uitspraak');
  });

  /**
   * factuurwords: a health insurer's nota goes to the SKGZ, not a disputes committee: the owner's committee forms (in the browser) name it;
   * and the family's card with two of its bills disputed names each as a nota, as its owner and desk read them.
   */
  it("for a health insurer, the family's card names each of two nota's and the owner's committee forms name the SKGZ", async () => {
    const { insurerDesk, estate, contract } = await insurerBillDisputed('Zorgverzekeraar Twee', 'health', 'Hanna');
    await jet.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'P-2', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 9 }).expect(200);
    await w.t.runDue();
    const heir = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: await relativeCode(jet.api, estate.id, 'Erfgenaam Hanna') }).expect(200)).body.accessToken);
    // Amounts are written with a no-break space (`money`): read as spaces.
    const card = async (lang: string) => ((await heir.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText.replace(/\u00a0/g, ' ');
    expect(await card('nl')).toContain('Zolang het bezwaar loopt, hoeft u niet te betalen: het deel van nota P-1 na de einddatum (€ 11,20) en nota P-2 (€ 9,00); samen € 20,20.');
    expect(await card('en')).toContain('While the dispute is open, you need not pay the part of bill P-1 after the end date (€11.20) and bill P-2 (€9.00); together €20.20.');

    for (const reference of ['P-1', 'P-2']) {
      await insurerDesk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: reference, reason: 'Premie tot de opzegging' }).expect(200);
    }
    const page = await signIn(w.browser, w.base, jet);
    await page.setViewportSize(desktop);
    await contractPage(page, contract.id);
    const form = await section(page, '#committee-filed');
    expect(form).toContain('Geschil over de nota ingediend bij de SKGZ');
    expect(form).toContain('Zolang de SKGZ het heeft, vraagt Steward u niet meer te beslissen over deze nota');
    expect(form).toContain('Dossiernummer van de SKGZ');
    await page.selectOption('#committee-filed-invoiceReference', 'P-1');
    await page.fill('#committee-filed-filedOn', today);
    await page.click('#committee-filed button[type=submit]');
    const decision = await section(page, '#committee-decision');
    expect(decision).toContain('Uitspraak van de SKGZ vastleggen');
    expect(decision).toContain('Kies wat de SKGZ besliste');
    expect(decision).toContain('De nota moet betaald worden uit de nalatenschap');
    expect(await mainText(page)).not.toMatch(/geschillencommissie|de commissie/i);
    await page.close();
  });
});
