import { Browser, Page } from 'playwright-core';
import { keepScreenshot } from '../support/a11y';
import { browse, closeBrowsing, signInFamily } from '../support/browser';
import { API, confirmedByDesk, createEstate, providerWithDesk } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** The phone the portal is tried on. */
const PHONE = { width: 360, height: 640 };

/**
 * README, corrnews: the family follows our correction of a request the provider confirmed: the daily e-mail says what it changed (a
 * date with its value, an account number only by what it is, the same in and outside the estate's debts) and that the provider is
 * asked to confirm, then how the provider answered; the portal's card says the correction is awaited, and past its term what holds.
 */
describe("the family follows a correction of a confirmed request", () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('tells it in the daily e-mail when made and when answered, and on the card while awaited and after the term', async () => {
    const kpn = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    const ziggo = await providerWithDesk(t, { name: 'Ziggo', requiredDocuments: [], slaBusinessDays: 10 });
    const vodafone = await providerWithDesk(t, { name: 'Vodafone', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    const member = async (name: string, email: string, relation: string, isHeir: boolean, language: 'nl' | 'en') =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation, isHeir, isRepresentative: false, language }).expect(201)).body as { accessCode: string };
    const maria = 'maria-corr@family.example';
    const noor = 'noor-corr@family.example';
    const tom = 'tom-corr@family.example';
    await member('Maria', maria, 'dochter', true, 'nl');
    await member('Noor', noor, 'daughter', true, 'en');
    // Tom, a grandson and no heir, does not read the estate's debts.
    const tomAccess = await member('Tom', tom, 'kleinzoon', false, 'nl');
    const [internet, tv, mobile] = [await confirmedByDesk(t, anna, estate.id, kpn, 'Internet'), await confirmedByDesk(t, anna, estate.id, ziggo, 'TV'), await confirmedByDesk(t, anna, estate.id, vodafone, 'Mobiel')];
    const digest = async (to: string) => (await nextFamilyDigest(t.admin, sink, to, familyDigests(sink, to).length)).replace(/\u00a0/g, ' ');
    // The confirmations' news goes out first.
    await digest(maria);

    await anna.patch(`${API}/contracts/${internet}`, { requestedEndDate: '2026-11-15', accountNumber: 'INT-NEW-77' }).expect(200);
    await anna.patch(`${API}/contracts/${tv}`, { requestedEndDate: '2026-11-20' }).expect(200);
    await anna.patch(`${API}/contracts/${mobile}`, { requestedEndDate: '2026-11-18' }).expect(200);
    await t.runDue();

    // The card, on a phone, for Tom: awaited, in the family's words, nothing sideways.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await signInFamily(context, base, tomAccess.accessCode);
    const visible = async (p: Page) => (await p.innerText('main')).replace(/[ \t\r\n]+/g, ' ');
    const awaited = 'hebben we het verzoek aan KPN gecorrigeerd; we wachten op de bevestiging van KPN.';
    expect(await visible(page)).toContain(awaited);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.goto(`${base}/family/contracts`);
    const cards = await visible(page);
    expect(cards).toContain(awaited);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await keepScreenshot(page, 'portal', 'correction-awaited');

    // The daily e-mail: which facts the letter corrected and that the provider is asked to confirm, the same words in and outside the
    // estate's debts, after the history's sentences that say from what to what, in one line (famdigest2).
    const [mariaSaw, noorSaw, tomSaw] = [await digest(maria), familyDigests(sink, noor).at(-1)!.text!.replace(/\u00a0/g, ' '), familyDigests(sink, tom).at(-1)!.text!.replace(/\u00a0/g, ' ')];
    const asked = /\. We hebben KPN op \d+ november 2026 geschreven over de correctie van het klantnummer en de gewenste datum, en KPN gevraagd die te bevestigen\./;
    for (const saw of [mariaSaw, tomSaw]) {
      expect(saw).toMatch(asked);
      expect(saw).toMatch(/ bij Ziggo is .*\. We hebben Ziggo op \d+ november 2026 geschreven over de correctie van de gewenste datum, en Ziggo gevraagd die te bevestigen\./);
    }
    expect(tomSaw.match(asked)![0]).toBe(mariaSaw.match(asked)![0]);
    expect(noorSaw).toMatch(/\. On \d+ November 2026 we wrote to KPN about the correction of the customer number and the requested date, and asked KPN to confirm it\./);

    // The answers: KPN keeps its date (not the corrected one), Ziggo confirms its date, the one the correction asked.
    await kpn.desk.post(`${API}/provider-desk/requests/${internet}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'R-7' }).expect(200);
    await ziggo.desk.post(`${API}/provider-desk/requests/${tv}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'R-7' }).expect(200);
    const [mariaAnswer, tomAnswer] = [await digest(maria), familyDigests(sink, tom).at(-1)!.text!.replace(/\u00a0/g, ' ')];
    const noorAnswer = familyDigests(sink, noor).at(-1)!.text!.replace(/\u00a0/g, ' ');
    for (const saw of [mariaAnswer, tomAnswer]) {
      expect(saw).toMatch(/KPN heeft geantwoord op onze correctie \(brief van \d+ november 2026\): de einddatum blijft 20 november 2026, niet de gecorrigeerde gewenste datum 15 november 2026\./);
      expect(saw).toMatch(/Ziggo heeft onze correctie \(brief van \d+ november 2026\) bevestigd: de einddatum blijft 20 november 2026; u hoeft hier zelf niets aan te doen\./);
    }
    expect(noorAnswer).toMatch(/Ziggo confirmed our correction \(letter of \d+ November 2026\): the end date stays 20 November 2026; you need not do anything\./);
    // Answered, the card no longer waits.
    await page.goto(`${base}/family/contracts`);
    expect(await visible(page)).not.toContain(awaited);

    // Vodafone leaves it unanswered past its term: the card says what holds, as the e-mail does.
    await t.runDue(14);
    await page.goto(`${base}/family/contracts`);
    const lapsed = await visible(page);
    expect(lapsed).toMatch(/Vodafone heeft niet gereageerd op onze correctie \(brief van \d+ november 2026\)\. De eerder bevestigde datum 20 november 2026 blijft daarom staan, zoals onze brief zei; u hoeft hier zelf niets aan te doen\./);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await keepScreenshot(page, 'portal', 'correction-lapsed');
    await context.close();
  });

  it('groups the card with what still runs while the answer is awaited, then says how the provider answered: card, history and e-mail, nl and en', async () => {
    const kpn = await providerWithDesk(t, { name: 'KPN Thuis', requiredDocuments: [], slaBusinessDays: 10 });
    const ziggo = await providerWithDesk(t, { name: 'Ziggo Thuis', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    const member = async (name: string, email: string, language: 'nl' | 'en') =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'dochter', isHeir: true, isRepresentative: false, language }).expect(201)).body as { accessCode: string };
    const [lies, eva] = ['lies-card@family.example', 'eva-card@family.example'];
    const liesAccess = await member('Lies', lies, 'nl');
    const evaAccess = await member('Eva', eva, 'en');
    // Mies reads the portal on her phone.
    const miesAccess = await member('Mies', 'mies-card@family.example', 'nl');
    const portal = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const [liesApi, evaApi] = [await portal(liesAccess.accessCode), await portal(evaAccess.accessCode)];
    const internet = await confirmedByDesk(t, anna, estate.id, kpn, 'Internet');
    await confirmedByDesk(t, anna, estate.id, ziggo, 'TV');
    const digest = async (to: string) => (await nextFamilyDigest(t.admin, sink, to, familyDigests(sink, to).length)).replace(/\u00a0/g, ' ');
    const overview = async () => (await liesApi.get(`${API}/portal/estate`).expect(200)).body as { progress: { done: number; waitingOnProvider: number; withOwner: number }; contracts: { items: { id: string; group: string; statusText: string }[] } };
    await digest(lies);
    expect((await overview()).progress).toMatchObject({ done: 2, waitingOnProvider: 0 });

    // Our correction asks KPN whether its date changes: the card waits on KPN, and the head counts it so.
    await anna.patch(`${API}/contracts/${internet}`, { requestedEndDate: '2026-12-08' }).expect(200);
    await t.runDue();
    const awaiting = await overview();
    expect(awaiting.contracts.items.find((c) => c.id === internet)!.group).toBe('waitingOnProvider');
    expect(awaiting.progress).toMatchObject({ done: 1, waitingOnProvider: 1 });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await signInFamily(context, base, miesAccess.accessCode);
    const visible = async (p: Page) => (await p.innerText('main')).replace(/[ \t\r\n]+/g, ' ');
    const head = await visible(page);
    expect(head).toContain('1 van 2 afgerond, 1 wacht op de organisatie');
    const [waiting, awaitedCard, done] = [head.indexOf('Wacht op de organisatie (1)'), head.indexOf('we wachten op de bevestiging van KPN Thuis'), head.indexOf('Afgerond (1)')];
    expect(waiting).toBeGreaterThan(-1);
    expect(awaitedCard).toBeGreaterThan(waiting);
    expect(done).toBeGreaterThan(awaitedCard);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await keepScreenshot(page, 'portal', 'correction-awaited-grouped');
    await digest(lies);

    // KPN answers with the corrected date: done again, and every reader reads it as the answer to our correction.
    await kpn.desk.post(`${API}/provider-desk/requests/${internet}/correct-completion`, { effectiveDate: '2026-12-08', reference: 'R-7' }).expect(200);
    await t.runDue();
    const answered = await overview();
    expect(answered.progress).toMatchObject({ done: 2, waitingOnProvider: 0 });
    const confirmedNl = /KPN Thuis heeft onze correctie \(brief van \d+ (november|december) 2026\) bevestigd: de einddatum is nu 8 december 2026; u hoeft hier zelf niets aan te doen\./;
    const card = answered.contracts.items.find((c) => c.id === internet)!;
    expect(card.group).toBe('done');
    expect(card.statusText.replace(/\u00a0/g, ' ')).toMatch(confirmedNl);
    const confirmedEn = /KPN Thuis confirmed our correction \(letter of \d+ (November|December) 2026\): the end date is now 8 December 2026; you need not do anything\./;
    expect(((await evaApi.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === internet)!.statusText.replace(/\u00a0/g, ' ')).toMatch(confirmedEn);
    const history = ((await liesApi.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    expect(history.some((line) => confirmedNl.test(line))).toBe(true);
    expect(history.join(' ')).not.toContain('heeft de einddatum gecorrigeerd');
    const [liesSaw, evaSaw] = [await digest(lies), familyDigests(sink, eva).at(-1)!.text!.replace(/\u00a0/g, ' ')];
    expect(liesSaw).toMatch(confirmedNl);
    expect(liesSaw).not.toContain('heeft de einddatum gecorrigeerd');
    expect(evaSaw).toMatch(confirmedEn);
    await page.goto(`${base}/family`);
    const after = await visible(page);
    expect(after).toContain('2 van 2 afgerond');
    expect(after).toMatch(confirmedNl);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});
