import { longDate } from '../../workflows';
import { signInFamily } from '../support/browser';
import { keepScreenshot } from '../support/a11y';
import { API, clockTo, createEstate, createProvider } from '../support/fixtures';
import type { Session } from '../support/test-app';
import { closeWorkspace, openWorkspace, phoneWithoutScript, relative, relativeCode, Workspace } from '../workspace/support';

/**
 * famrest (deskterm's Not done): a term on a Friday is chased on Monday. On the weekend between, the family read "Antwoordt KPN
 * niet uiterlijk <Friday>, dan sturen we een herinnering." and "Verwacht: <Friday>", a day already gone. Now the card says the
 * term passed and the day the reminder goes, as the owner reads it (`Said.goesOn`), and drops the passed day as expected.
 * famstatus: the status line above it (which the daily email says) still read "KPN moet uiterlijk <Friday> antwoorden"; now the
 * status line says the term passed and the day, and the next step what follows the reminder, each once.
 */
describe('the family on the days between a passed term and the reminder', () => {
  let w: Workspace;
  let maria: Session;
  let estateId: string;
  let contract: string;

  const day = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const card = async (lang: 'nl' | 'en' = 'nl') => (await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items.find((c: { id: string }) => c.id === contract);

  beforeAll(async () => {
    w = await openWorkspace();
    const anna = w.anna.api;
    const kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
    await clockTo(w.t.admin, '2026-11-27'); // a Friday: ten working days on, the term is a Friday too
    estateId = (await createEstate(anna)).id;
    maria = await relative(w.t, anna, estateId, 'Maria');
    contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await w.t.runDue();
  });
  afterAll(() => closeWorkspace(w));

  it('says the day the reminder goes from the day after the term, nl and en, on a phone too; then the reminder', async () => {
    const before = await card();
    const friday = before.expectedDate as string;
    expect(new Date(`${friday}T12:00:00Z`).getUTCDay()).toBe(5);
    const [nlTerm, enTerm] = [longDate(friday, 'nl'), longDate(friday, 'en')];
    // Up to the term: as it was.
    await clockTo(w.t.admin, friday);
    expect(await card()).toMatchObject({ state: 'requested', nextStep: `Antwoordt KPN niet uiterlijk ${nlTerm}, dan sturen we een herinnering.`, expectedDate: friday });

    // Sunday: the term passed, the reminder goes on Monday.
    const monday = day(friday, 3);
    await clockTo(w.t.admin, day(friday, 2));
    const sunday = await card();
    expect(sunday).toMatchObject({
      state: 'requested',
      statusText: `We hebben KPN gevraagd het contract te beëindigen. KPN antwoordde niet uiterlijk ${nlTerm}; op ${longDate(monday, 'nl')} sturen we een herinnering.`,
      nextStep: 'Antwoordt KPN ook na de herinnering niet op tijd, dan dienen we een klacht in.',
      expectedDate: null,
    });
    expect(await card('en')).toMatchObject({
      statusText: `We have asked KPN to end the contract. KPN did not answer by ${enTerm}; on ${longDate(monday, 'en')} we will send a reminder.`,
      nextStep: 'If KPN does not answer in time after the reminder either, we will file a complaint.',
    });

    // On a phone, the card opened: the sentence whole, no passed day as expected, nothing wider than the screen.
    const phone = await phoneWithoutScript(w.browser);
    const page = await signInFamily(phone, w.base, await relativeCode(w.anna.api, estateId, 'Wim'));
    const line = page.locator('details.line', { hasText: 'KPN' });
    await line.locator('summary').click();
    const opened = (await line.innerText()).replace(/\s+/g, ' ');
    expect(opened).toContain(sunday.nextStep);
    expect(opened.split(`KPN antwoordde niet uiterlijk ${nlTerm}`)).toHaveLength(2); // said once, by the status line
    expect(opened).not.toContain('moet uiterlijk');
    expect(opened).not.toContain(`Verwacht`);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await line.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await keepScreenshot(page, 'portal', 'family-term-phone');
    await phone.close();

    // Monday: the reminder went, with its own term.
    await clockTo(w.t.admin, monday);
    const reminded = await card();
    expect(reminded).toMatchObject({ state: 'reminded', nextStep: `Antwoordt KPN niet uiterlijk ${longDate(reminded.expectedDate, 'nl')}, dan dienen we een klacht in.` });
    expect(reminded.expectedDate > monday).toBe(true);
  });

  // famgap: a collection stop's term passed on a Friday read "We controleren uiterlijk <Friday> …" all weekend; where nothing automatic
  // follows, the status line (the daily email's) says the passed term and the day the owner is alerted to call, the next step what then.
  it('says after a collection stop’s Friday term the day the owner is alerted to call KPN and the agency, nl and en, never the passed day as to come', async () => {
    const anna = w.anna.api;
    const kpn = await createProvider(w.t.admin, { name: 'KPN Zakelijk', requiredDocuments: [] });
    await clockTo(w.t.admin, '2027-01-08'); // a Friday: ten working days on, the stop's term is a Friday too
    const estate = (await createEstate(anna, { givenNames: 'Gap' })).id;
    const wim = await relative(w.t, anna, estate, 'Wim');
    const id = (await anna.post(`${API}/estates/${estate}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-2', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R2', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incassobureau Noord', agencyEmail: 'dossiers@noord.example', reference: 'INC-9', amount: 40 }).expect(200);
    await w.t.runDue();
    const stopCard = async (lang: 'nl' | 'en') => (await wim.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items.find((c: { id: string }) => c.id === id);
    const before = await stopCard('nl');
    const friday = before.expectedDate as string;
    expect(new Date(`${friday}T12:00:00Z`).getUTCDay()).toBe(5);
    const [term, monday] = [{ nl: longDate(friday, 'nl'), en: longDate(friday, 'en') }, { nl: longDate(day(friday, 3), 'nl'), en: longDate(day(friday, 3), 'en') }];
    expect(before).toMatchObject({ state: 'collectionStopRequested', nextStep: `We controleren uiterlijk ${term.nl} of KPN Zakelijk de incasso heeft gestopt.` });

    await clockTo(w.t.admin, day(friday, 1)); // Saturday
    const nl = await stopCard('nl');
    expect(nl.statusText.endsWith(` KPN Zakelijk bevestigde niet uiterlijk ${term.nl} dat de incasso is gestopt; op ${monday.nl} krijgt uw contactpersoon daarvan bericht en neemt dan persoonlijk contact op met KPN Zakelijk en het incassobureau.`)).toBe(true);
    expect(nl.nextStep).toBe('Uw contactpersoon laat u weten hoe het daarna verdergaat.');
    expect(nl.expectedDate).toBeNull();
    const en = await stopCard('en');
    expect(en.statusText.endsWith(` KPN Zakelijk did not confirm by ${term.en} that the collection has stopped; on ${monday.en} your contact person is alerted and will then contact KPN Zakelijk and the collection agency personally.`)).toBe(true);
    expect(en.nextStep).toBe('Your contact person will let you know how it goes on after that.');
    expect(`${nl.statusText} ${nl.nextStep} ${en.statusText} ${en.nextStep}`).not.toMatch(/We controleren uiterlijk|We will check by/);
    // englow (audit92 F9): the owner reads the term as passed on Saturday too, on the contract's status and on Today's row (late),
    // not „schriftelijk antwoord uiterlijk <Friday>" as still to come until Monday's alert.
    const passed = { nl: `schriftelijk antwoord uiterlijk ${term.nl} (termijn verstreken)`, en: `written answer due by ${term.en} (term passed)` };
    for (const lang of ['nl', 'en'] as const) expect((await anna.get(`${API}/contracts/${id}?lang=${lang}`).expect(200)).body.statusText).toContain(passed[lang]);
    // Anna reads English: Today's row says it in her words.
    const row = (await anna.get(`${API}/queue?limit=200`).expect(200)).body.contracts.find((c: { contractId: string }) => c.contractId === id);
    expect(row).toMatchObject({ overdue: true, dueDate: friday, statusText: expect.stringContaining(passed.en) });
  });
});
