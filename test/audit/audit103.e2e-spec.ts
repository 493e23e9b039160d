import { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, deskOf, deskWebOf, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { account, relativeCode } from '../workspace/support';
import { familyReader, pageText, walkedApp } from './walk';

/**
 * README, audit103: the second and third rounds walked with a health insurer (its web desk) and a pension fund written to by post, of one
 * estate: the insurer asks for information (the relative sends a document from her phone), refuses, a complaint, a premium bill after the
 * end disputed and the dispute refused; the fund's letter comes back by post and goes again. Each reader's words as they read them: the
 * owner's API (nl), the desks' pages, the relative's pages on a phone-sized Chromium, the letters by pdf.js. The fund's desk never had a
 * refusal: the letter made anew after the return is its first request, not one „sent again after your rejection" (F1, mended).
 */
describe('a health insurer and a pension fund of one estate: the second and third rounds as their readers read them', () => {
  const walk = walkedApp();

  it('question, upload by phone, refusal, complaint, bill disputed, a letter back by post: true words for owner, desks, relative and letters', async () => {
    const { t, web } = walk;
    const anna = (await account(t, 'Anna de Boer', 'specialist', 'nl')).api;
    const zorg = await createProvider(t.admin, { name: 'Zilveren Zorg', category: 'insurance', requiredDocuments: [], slaBusinessDays: 10 });
    const postbus = { name: 'Nabestaanden', postalAddress: { street: 'Postbus 500', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } };
    const fund = await createProvider(t.admin, { name: 'Pensioenfonds Noord', category: 'pension', requiredDocuments: [], channel: 'post', contactPoint: postbus, slaBusinessDays: 10 });
    const zorgDesk = await deskWebOf(t, zorg.id, { email: 'desk@zorg.example' });
    const fundDesk = await deskWebOf(t, fund.id, { email: 'desk@fonds.example' });
    const fundApi = await deskOf(t, fund.id);
    const estate = await createEstate(anna, { givenNames: 'Henk' });
    const contract = async (body: Record<string, unknown>) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', ...body }).expect(201)).body.id as string;
    const zc = await contract({ providerId: zorg.id, description: 'Zorgverzekering', accountNumber: 'ZZ-4411', insuranceKind: 'health' });
    const pc = await contract({ providerId: fund.id, description: 'Ouderdomspensioen', accountNumber: 'PN-9901' });
    const phone: BrowserContext = await web.browser.newContext({ viewport: { width: 390, height: 844 } });
    const maria: Page = await signInFamily(phone, web.base, await relativeCode(anna, estate.id, 'Maria de Boer'));

    type Owner = { state: string; statusText: string; nextStep: string; letters: { id: string; kind: string; deliveryText: string }[] };
    const owner = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as Owner;
    const deskPage = async (desk: request.Agent, id: string) => pageText((await desk.get(`/desk/requests/${id}`).expect(200)).text);
    const familyPage = familyReader(maria, web.base);
    const today = async () => (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;

    for (const id of [zc, pc]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    expect(await letterText(anna, (await owner(zc)).letters[0].id)).toContain('Wilt u de verzekering afwikkelen per de datum van overlijden, de premie-incasso stoppen');

    // The fund's letter comes back by post: made anew, the term from the new posting; the relative reads that it goes again.
    await t.runDue(2);
    const returned = (await owner(pc)).letters[0];
    await anna.post(`${API}/letters/${returned.id}/returned`, { returnedOn: await today(), reason: 'verhuisd' }).expect(200);
    await t.runDue();
    expect((await owner(pc)).statusText).toBe('Brief aan Pensioenfonds Noord ligt klaar voor de post; nog niet verstuurd.');
    expect(await familyPage('/family/timeline')).toContain('Brief aan Pensioenfonds Noord kwam terug, niet bezorgd: Melding van overlijden: Ouderdomspensioen, pensioennummer PN-9901, van Henk de Vries. We sturen hem opnieuw.');
    await postEverything(anna);
    const again = await owner(pc);
    expect(again.statusText).toBe('Stoppen van de pensioenbetalingen gevraagd bij Pensioenfonds Noord, antwoord aanbieder uiterlijk 9 december 2026.');
    expect(again.letters.map((l) => l.deliveryText)).toEqual([
      'teruggekomen op 25 november 2026 (niet bezorgd): verhuisd; vervangen door de brief van 25 november 2026, de termijn loopt vanaf die brief',
      'op de post gedaan aan Pensioenfonds Noord op 25 november 2026',
    ]);
    // F1: the fund never refused anything; on main its thread (page and API) read „Verzoek tot beëindiging, opnieuw verzonden na uw afwijzing".
    // F5 (returnedthread): it reads the letter that came back, that it came back, and why the next one went.
    const fundThread = await deskPage(fundDesk, pc);
    expect(fundThread).toContain('23 november 2026 — Brief van Steward: Melding van overlijden 25 november 2026 — Onze brief van 23 november 2026, gestuurd naar Postbus 500, 1000 AA Amsterdam, kwam onbezorgd bij ons terug (verhuisd).');
    expect(fundThread).not.toContain('afwijzing');
    const fundItems = (await fundApi.get(`${API}/provider-desk/requests/${pc}`).expect(200)).body.thread as { type: string; text: string }[];
    expect(fundItems.map((i) => i.text)).toEqual([
      'Brief van Steward: Melding van overlijden',
      expect.stringContaining('Onze brief van 23 november 2026, gestuurd naar Postbus 500, 1000 AA Amsterdam, kwam onbezorgd bij ons terug (verhuisd).'),
      'Brief van Steward: Melding van overlijden, opnieuw verzonden: onze vorige brief kwam onbezorgd terug',
    ]);

    // The insurer asks in its web desk; the relative, on her phone, reads that her contact person takes care of it and sends a document.
    await zorgDesk.post(`/desk/requests/${zc}/request-information`).type('form').send({ message: 'Graag een kopie van de verklaring van erfrecht.', documentsNeeded: 'certificate_of_inheritance' }).expect(303);
    expect((await owner(zc)).statusText).toBe('Zilveren Zorg vraagt aanvullende informatie („Graag een kopie van de verklaring van erfrecht.”); aanleveren uiterlijk 2 december 2026.');
    expect(await deskPage(zorgDesk, zc)).toContain('U vroeg om aanvullende informatie; de contactpersoon levert die aan.');
    expect(await familyPage('/family')).toContain('Zilveren Zorg vraagt om aanvullende informatie. Wij regelen dat; als we iets van u nodig hebben, nemen we contact met u op.');
    await maria.goto(`${web.base}/family/report`);
    await maria.check('#kind-other');
    await maria.click('text=Verder');
    await maria.selectOption('#contractId', zc);
    await maria.fill('#message', 'Hier is de verklaring van erfrecht die de zorgverzekeraar vroeg.');
    await maria.setInputFiles('#file', { name: 'erfrecht.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await maria.click('form[action="/family/report"] button');
    expect(await maria.innerText('main')).toContain('Anna de Boer bekijkt uw melding en neemt contact met u op als er iets van u nodig is.');
    expect(await maria.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    const report = ((await anna.get(`${API}/queue`).expect(200)).body.familyReports as { contractId: string; documentId: string; reportedBy: string }[])[0];
    expect(report).toMatchObject({ contractId: zc, reportedBy: 'Maria de Boer' });
    // Her answer without the certificate names the field (the owner's API reads English); with one of the estate's, it goes.
    const without = await anna.post(`${API}/contracts/${zc}/information-supplied`, { note: 'De verklaring is bijgevoegd.' }).expect(422);
    expect(without.body.errors).toEqual([{ field: 'documentIds', message: 'the provider asked for a certificate of inheritance; enclose one' }]);
    const cert = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${zc}/information-supplied`, { note: 'De verklaring is bijgevoegd.', documentIds: [cert] }).expect(200);
    await t.runDue();
    expect(await deskPage(zorgDesk, zc)).toContain('Steward heeft u op 25 november 2026 de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');

    // The insurer refuses in its desk; her next step names the complaint; the complaint letter names the SKGZ after it.
    await t.runDue(1);
    await zorgDesk.post(`/desk/requests/${zc}/reject`).type('form').send({ reason: 'De verzekering loopt door tot het einde van de maand.' }).expect(303);
    expect((await owner(zc)).nextStep).toBe('Verzoek aanpassen of intrekken, of een klacht indienen over de afwijzing, uiterlijk 3 december 2026.');
    expect(await familyPage('/family')).toContain('Zilveren Zorg heeft het verzoek niet geaccepteerd. We zoeken uit wat er nodig is en laten u weten hoe we verdergaan.');
    await anna.post(`${API}/contracts/${zc}/complain`, { grounds: 'De verzekering eindigt door het overlijden.' }).expect(200);
    await t.runDue();
    expect((await owner(zc)).nextStep).toBe('Geen antwoord op de klacht uiterlijk 24 december 2026: Zilveren Zorg bellen. Vanaf 7 januari 2027 kunt u naar de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ).');
    const complaint = await letterText(anna, (await owner(zc)).letters.find((l) => l.kind === 'rejection_complaint')!.id);
    expect(complaint).toContain('Op 26 november 2026 liet u weten dat u dat verzoek niet kon verwerken (reden: „De verzekering loopt door tot het einde van de maand.”).');
    expect(complaint).toContain('dan leg ik de zaak voor aan de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ).');
    expect(await deskPage(zorgDesk, zc)).toContain('Klacht ingediend over uw afwijzing van het verzoek; graag uw gemotiveerde antwoord uiterlijk 24 december 2026.');

    // The insurer settles after all; a premium bill for December is disputed, the insurer holds to it; every reader reads where it stands.
    await zorgDesk.post(`/desk/requests/${zc}/complete`).type('form').send({ effectiveDate: '2026-11-02', reference: 'ZZ-END-1', done: 'coverSettled' }).expect(303);
    await t.runDue(2);
    await anna.post(`${API}/contracts/${zc}/invoice-after-end`, { reference: 'PR-12', invoiceDate: await today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 148.2 }).expect(200);
    await t.runDue();
    const dispute = await letterText(anna, (await owner(zc)).letters.find((l) => l.kind === 'dispute')!.id);
    expect(dispute).toContain('U heeft bevestigd dat het contract is afgewikkeld per 2 november 2026.');
    expect(dispute).toContain('Die periode ligt geheel na de datum die u bevestigde. Ik maak bezwaar tegen de hele nota; die is niet verschuldigd.');
    expect(await familyPage('/family')).toContain('We hebben bezwaar gemaakt en verwachten uiterlijk 11 december 2026 een reactie. U hoeft deze rekening niet te betalen zolang het bezwaar loopt.');
    await zorgDesk.post(`/desk/requests/${zc}/reject-dispute`).type('form').send({ reason: 'De premie voor december is verschuldigd.' }).expect(303);
    expect((await owner(zc)).nextStep).toBe('Beslissen uiterlijk 4 december 2026: betalen en het geschil afsluiten, of Zilveren Zorg bellen of naar de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ); leg de uitkomst vast.');
    expect(await deskPage(zorgDesk, zc)).toContain('U heeft het bezwaar afgewezen; de contactpersoon beslist hoe het verdergaat.');
    expect(await familyPage('/family')).toContain('Zilveren Zorg houdt vast aan de rekening waartegen we bezwaar maakten. Uw contactpersoon bekijkt wat we nu doen en laat het u weten.');

    // The fund answers in its web desk, as a fund (fundanswer: what it did is asked); its thread still reads no refusal.
    await fundDesk.post(`/desk/requests/${pc}/complete`).type('form').send({ done: 'pensionStopped', effectiveDate: '2026-11-30', reference: 'PN-END' }).expect(303);
    const fundDone = await deskPage(fundDesk, pc);
    expect(fundDone).toContain('28 november 2026 — U bevestigde de afhandeling per 30 november 2026 (uw kenmerk PN-END)');
    expect(fundDone).not.toContain('afwijzing');
    await phone.close();
  });
});
