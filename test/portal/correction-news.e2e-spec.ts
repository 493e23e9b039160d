import { Browser, Page } from 'playwright-core';
import { keepScreenshot } from '../support/a11y';
import { launchBrowser, signInFamily } from '../support/browser';
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
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

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

    // The daily e-mail: which facts the letter corrected (the history's line beside it says from what to what) and that the provider is
    // asked to confirm, the same words in and outside the estate's debts.
    const [mariaSaw, noorSaw, tomSaw] = [await digest(maria), familyDigests(sink, noor).at(-1)!.text!.replace(/\u00a0/g, ' '), familyDigests(sink, tom).at(-1)!.text!.replace(/\u00a0/g, ' ')];
    const asked = /KPN: We hebben KPN op \d+ november 2026 geschreven over de correctie van het klantnummer en de gewenste datum, en KPN gevraagd die te bevestigen\./;
    for (const saw of [mariaSaw, tomSaw]) {
      expect(saw).toMatch(asked);
      expect(saw).toMatch(/Ziggo: We hebben Ziggo op \d+ november 2026 geschreven over de correctie van de gewenste datum, en Ziggo gevraagd die te bevestigen\./);
    }
    expect(tomSaw.match(asked)![0]).toBe(mariaSaw.match(asked)![0]);
    expect(noorSaw).toMatch(/KPN: On \d+ November 2026 we wrote to KPN about the correction of the customer number and the requested date, and asked KPN to confirm it\./);

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
});
