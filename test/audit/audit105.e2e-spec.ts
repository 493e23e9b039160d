import { BrowserContext, Page } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, deskOf, deskWebOf, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { familyDigests, nextFamilyDigest } from '../support/smtp-sink';
import { account } from '../workspace/support';
import { familyReader, pageText, walkedApp } from './walk';

/**
 * README, audit105: the second and third rounds walked with a funeral insurance (Dela, its web desk: the payout asked) and a newspaper
 * written to by e-mail (De Volkskrant: the end asked), of one estate handed over half-way from Anna de Boer to Bert Jansen: the insurer
 * asks for the death certificate and the beneficiary's account, the relative (Noor, English) sends the certificate from her phone, the
 * insurer pays out and then bills December's premium (disputed); the newspaper confirms the end, keeps billing, its collector writes and
 * the collection is asked suspended. Each reader's words as they read them: the owners' API and pages (nl), the desk's page and API, Noor's
 * pages on a phone-sized Chromium and her daily e-mail, the letters by pdf.js. Mended here: the owner's lists called the payout request an
 * „opzegging" (F3), her report list named the colleague who holds the estate now as the one who took her file in (F4), the desk's thread
 * showed the contact-change letter twice (F5).
 */
describe('a funeral insurance and a newspaper of one estate handed over half-way: the second and third rounds as their readers read them', () => {
  const walk = walkedApp({ mailSink: true });

  it('question, upload by phone, handover, payout, a premium bill disputed, a subscription billing on and its collector: true words for every reader', async () => {
    const { t, web } = walk;
    const sink = t.sink!;
    const anna = (await account(t, 'Anna de Boer', 'specialist', 'nl')).api;
    const bertAccount = await account(t, 'Bert Jansen', 'specialist', 'nl');
    const bert = bertAccount.api;
    const insurer = await createProvider(t.admin, { name: 'Dela', category: 'insurance', requiredDocuments: [], slaBusinessDays: 10 });
    const paper = await createProvider(t.admin, { name: 'De Volkskrant', category: 'subscription', requiredDocuments: [], channel: 'email', contactPoint: { name: 'Klantenservice', email: 'abonnementen@volkskrant.example' }, slaBusinessDays: 10 });
    const insurerDesk = await deskWebOf(t, insurer.id, { email: 'desk@dela.example' });
    const estate = await createEstate(anna, { givenNames: 'Henk' });
    const noorMail = 'noor@family.example';
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Noor de Vries', email: noorMail, relation: 'dochter', isHeir: true, isRepresentative: false, language: 'en' }).expect(201)).body as { accessCode: string };
    const contract = async (body: Record<string, unknown>) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', ...body }).expect(201)).body.id as string;
    const ic = await contract({ providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'DL-3301', insuranceKind: 'life' });
    const nc = await contract({ providerId: paper.id, description: 'Krantenabonnement', accountNumber: 'VK-88120' });
    const phone: BrowserContext = await web.browser.newContext({ viewport: { width: 390, height: 844 } });
    const noor: Page = await signInFamily(phone, web.base, member.accessCode);

    type Owner = { statusText: string; nextStep: string; letters: { id: string; kind: string; deliveryText: string }[] };
    // A no-break space (between € and its amount) reads as a space.
    const ownerOf = (who: typeof anna) => async (id: string) => JSON.parse(JSON.stringify((await who.get(`${API}/contracts/${id}`).expect(200)).body).replace(/\u00a0/g, ' ')) as Owner;
    const letterOf = async (who: typeof anna, id: string, kind: string) => letterText(who, (await ownerOf(who)(id)).letters.filter((l) => l.kind === kind).at(-1)!.id);
    const pageOf = (who: typeof anna) => async (path: string) => pageText((await who.get(path).set('Cookie', `steward_app=${who.token}`).expect(200)).text);
    const deskPage = async () => pageText((await insurerDesk.get(`/desk/requests/${ic}`).expect(200)).text);
    const familyPage = familyReader(noor, web.base);
    const digest = async () => (await nextFamilyDigest(t.admin, sink, noorMail, familyDigests(sink, noorMail).length)).replace(/\s+/g, ' ');
    const today = async () => (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;

    for (const id of [ic, nc]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.runDue();
    // The payout is asked for whom the policy names, or the estate (hulpbijuitvaart.nl, „Uitvaartverzekeringen en de kosten van begraven
    // of cremeren": „Aan wie („de erfgenamen" of een bepaald persoon) wordt uitgekeerd, wordt in de polis vastgelegd."); the premium stopped.
    const payoutAsked = await letterOf(anna, ic, 'cancellation');
    expect(payoutAsked).toContain('Ik meld u het overlijden en verzoek u de uitkering uit het contract Uitvaartverzekering met polisnummer DL-3301 af te handelen.');
    expect(payoutAsked).toContain('De uitkering is voor de begunstigde(n) die in de polis staan, of als er geen begunstigde is voor de nalatenschap; wilt u mij laten weten aan wie u uitkeert?');
    expect(payoutAsked).toContain('Ik verzoek u daarnaast de premie-incasso per 2 november 2026 te stoppen');
    const endAsked = await letterOf(anna, nc, 'cancellation');
    expect(endAsked).toContain('Verzonden via abonnementen@volkskrant.example');
    expect(endAsked).toContain('Ik verzoek u het contract Krantenabonnement met klantnummer VK-88120 kosteloos en zonder opzegtermijn te beëindigen per 2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk.');
    expect(await familyPage('/family')).toContain('We have asked Dela to handle the payout under the insurance; Dela should answer by 7 December 2026.');

    // Round two. The insurer asks for the certificate and the beneficiary's account; Noor, on her phone, reads that her contact person
    // takes care of it and sends the certificate anyway; Anna takes it in and answers with it.
    await t.runDue(1);
    await insurerDesk.post(`/desk/requests/${ic}/request-information`).type('form').send({ message: 'Graag een kopie van de overlijdensakte en het rekeningnummer van de begunstigde.', documentsNeeded: 'death_certificate' }).expect(303);
    expect((await ownerOf(anna)(ic)).statusText).toBe('Dela vraagt aanvullende informatie („Graag een kopie van de overlijdensakte en het rekeningnummer van de begunstigde.”); aanleveren uiterlijk 1 december 2026.');
    expect(await familyPage('/family')).toContain('Dela has asked for more information. We are taking care of it and will contact you if we need anything from you.');
    await noor.goto(`${web.base}/family/report`);
    await noor.check('#kind-other');
    await noor.click('text=Next');
    await noor.selectOption('#contractId', ic);
    await noor.fill('#message', 'Here is the death certificate the insurer asked for.');
    await noor.setInputFiles('#file', { name: 'akte.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await noor.click('form[action="/family/report"] button');
    expect(await noor.innerText('main')).toContain('Anna de Boer will look at your report and contact you if anything is needed from you.');
    expect(await noor.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    const report = ((await anna.get(`${API}/queue`).expect(200)).body.familyReports as { id: string; documentId: string; reportedBy: string }[])[0];
    expect(report.reportedBy).toBe('Noor de Vries');
    await anna.post(`${API}/family-reports/${report.id}/document`, { kind: 'death_certificate' }).expect(200);
    await anna.post(`${API}/contracts/${ic}/information-supplied`, { note: 'De overlijdensakte is bijgevoegd. De begunstigde is Noor de Vries, rekening NL91 ABNA 0417 1643 00.', documentIds: [report.documentId] }).expect(200);
    await t.runDue();
    const answered = await deskPage();
    expect(answered).toContain('Steward leverde de gevraagde informatie; antwoord: „De overlijdensakte is bijgevoegd. De begunstigde is Noor de Vries, rekening NL91 ABNA 0417 1643 00.”');
    expect(answered).toContain('Brief van Steward: Gevraagde informatie akte.pdf (Akte van overlijden)');
    // The newspaper confirms the end by e-mail, recorded by Anna; Noor's e-mail of the day says both.
    await anna.post(`${API}/contracts/${nc}/provider-answer/completed`, { receivedVia: 'email', effectiveDate: '2026-11-30', reference: 'VK-OPZ-1' }).expect(200);
    expect((await ownerOf(anna)(nc)).statusText).toBe('Beëindiging bevestigd door De Volkskrant per 30 november 2026; controle op late facturen tot en met 27 januari 2027.');
    const dayTwo = await digest();
    expect(dayTwo).toContain('- De Volkskrant: De Volkskrant has confirmed that the contract ends on 30 November 2026. We are making sure no bills arrive after that.');
    expect(dayTwo).toContain('- Your document has been used for the file: Anna de Boer has taken it in as the death certificate.');

    // Half-way: Anna hands the estate over to Bert. Noor's page and e-mail name him; the providers get a contact-change letter from him.
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bertAccount.id, reason: 'Anna gaat met verlof.' }).expect(201);
    await t.runDue(1);
    const handedOver = await familyPage('/family');
    expect(handedOver).toContain(`Your contact person Bert Jansen Email: ${bertAccount.email}`);
    // F4 (mended): her report list names who took her file in, as her timeline does; on main „Bert Jansen has taken it in", who never saw it.
    expect(handedOver).toContain('Your document has been used for the file: Anna de Boer has taken it in as the death certificate.');
    expect(handedOver).not.toContain('Bert Jansen has taken it in');
    expect(await familyPage('/family/timeline')).toContain('The file was handed over to a colleague: your contact person is now Bert Jansen.');
    const contactChange = await letterOf(bert, ic, 'contact_change');
    expect(contactChange).toContain('Met vriendelijke groet, Bert Jansen');

    // Round three. Dela pays out to Noor, by its web desk: the owner reads amount and beneficiary, the desk's page names Bert.
    const paidOn = await today();
    await insurerDesk.post(`/desk/requests/${ic}/complete`).type('form').send({ done: 'payoutHandled', effectiveDate: paidOn, reference: 'DL-UIT-1', payoutAmount: '6500', payoutTo: 'Noor de Vries' }).expect(303);
    expect((await ownerOf(bert)(ic)).statusText).toBe('Dela heeft de uitkering in behandeling genomen (€ 6.500,00 aan Noor de Vries); controle op late facturen tot en met 25 januari 2027.');
    const paidOut = await deskPage();
    expect(paidOut).toContain('U heeft bevestigd: uitkering in behandeling genomen, € 6.500,00 aan Noor de Vries.');
    expect(paidOut).toContain(`Contactpersoon: Bert Jansen, ${bertAccount.email}`);
    expect(await familyPage('/family')).toContain('Dela has taken up the payout.');

    // December's premium comes after the payout: Bert disputes it; his letter, his name.
    await t.runDue(2);
    await bert.post(`${API}/contracts/${ic}/invoice-after-end`, { reference: 'DL-PR-12', invoiceDate: await today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.5 }).expect(200);
    await t.runDue();
    expect((await ownerOf(bert)(ic)).statusText).toBe('Geschil loopt: € 24,50 betwist (nota DL-PR-12), antwoord aanbieder uiterlijk 11 december 2026.');
    const premium = await letterOf(bert, ic, 'dispute');
    expect(premium).toContain('Uw nota DL-PR-12 van 28 november 2026 betreft de periode 1 december 2026 tot en met 31 december 2026 en bedraagt € 24,50.');
    expect(premium).toContain('Met vriendelijke groet, Bert Jansen');
    // payoutdate (F1, mended): the premium is disputed from the date of death our request asked it stopped per, not the answer's day.
    expect(premium).toContain('Bezwaar tegen nota na de datum van overlijden');
    expect(premium).toContain('Ons verzoek van 23 november 2026 vroeg u de premie-incasso per 2 november 2026, de datum van overlijden, te stoppen.');
    expect(premium).toContain('Die periode ligt geheel na de datum van overlijden. Ik maak bezwaar tegen de hele nota; voor zover de polisvoorwaarden geen premie na het overlijden bepalen, is die niet verschuldigd.');
    expect(await deskPage()).toContain('Bezwaar tegen nota DL-PR-12: het deel na de datum van overlijden, 1 december 2026 tot en met 31 december 2026');
    // payoutdate2 (F1's other readers, mended): the desk's field, Bert's Today and Noor's card say the date of death, not an end date.
    const disputedDesk = await deskPage();
    expect(disputedDesk).toContain('Betwist deel (na de datum van overlijden): € 24,50 (1 december 2026 tot en met 31 december 2026)');
    expect(disputedDesk).not.toContain('Betwist deel (na de bevestigde eind- of overzettingsdatum)');
    const premiumToday = await pageOf(bert)('/app');
    expect(premiumToday).toContain('Nota na de datum van overlijden Geschil loopt: € 24,50 betwist (nota DL-PR-12)');
    expect(premiumToday).not.toContain('Factuur na de einddatum');
    const noorsCard = await familyPage('/family');
    expect(noorsCard).toContain('Dela sent a bill after the date of death.');
    expect(noorsCard).not.toContain('after the end date');
    // F3 (mended): his lists name the letters to Dela as their titles do; on main „opzegging aan Dela" and „bezwaar tegen factuur aan Dela".
    const insurancePage = await pageOf(bert)(`/app/contracts/${ic}`);
    expect(insurancePage).toContain('23 november 2026 · melding van overlijden aan Dela');
    expect(insurancePage).toContain('28 november 2026 · bezwaar tegen nota aan Dela');
    expect(insurancePage).not.toContain('opzegging aan Dela');
    // F6 (mended by payoutdate2): the open bill is Dela's nota, as its status line says; on main „Nog open factuur DL-PR-12".
    expect(insurancePage).toContain('Nog open nota DL-PR-12: € 24,50 betwist');
    expect(insurancePage).not.toContain('factuur DL-PR-12');
    // F5 (mended): the desk's thread shows the contact-change letter once; on main it showed it again before the dispute letter.
    const disputedThread = ((await (await deskOf(t, insurer.id)).get(`${API}/provider-desk/requests/${ic}`).expect(200)).body.thread as { type: string; letterKind?: string; event?: string }[]).map((i) => i.letterKind ?? i.event);
    expect(disputedThread).toEqual(['cancellation', 'REQUEST_INFORMATION', 'INFORMATION_SUPPLIED', 'information_supplied', 'contact_change', 'COMPLETE', 'dispute']);
    expect((await deskPage()).match(/Brief van Steward: Nieuwe contactpersoon/g)).toHaveLength(1);

    // The newspaper keeps billing: Bert disputes December; his letter tells it that it confirmed the end to his colleague.
    await bert.post(`${API}/contracts/${nc}/invoice-after-end`, { reference: 'VK-F-1201', invoiceDate: await today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 32.99 }).expect(200);
    await t.runDue();
    const billed = await letterOf(bert, nc, 'dispute');
    expect(billed).toContain('U heeft mijn collega Anna de Boer op 24 november 2026 per e-mail laten weten dat het contract Krantenabonnement met klantnummer VK-88120 wordt beëindigd per 30 november 2026.');
    expect(billed).toContain('Die periode ligt geheel na de einddatum. Ik maak bezwaar tegen de hele factuur; die is niet verschuldigd.');
    expect(billed).toContain('Met vriendelijke groet, Bert Jansen');

    // Its collector writes: Bert asks both to suspend the collection; the newspaper by e-mail, the collector by post.
    await t.runDue(3);
    await bert.post(`${API}/contracts/${nc}/collection-notice`, { agency: 'GGN Incasso', agencyAddress: { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' }, reference: 'GGN-7781', amount: 47.99 }).expect(200);
    await t.runDue();
    await postEverything(bert);
    const stops = (await ownerOf(bert)(nc)).letters.filter((l) => l.kind === 'collection_stop');
    expect(stops.map((l) => l.deliveryText)).toEqual(['bezorgd bij De Volkskrant', 'op de post gedaan aan GGN Incasso op 1 december 2026']);
    const toPaper = await letterText(bert, stops[0].id);
    expect(toPaper).toContain('U heeft mijn collega Anna de Boer op 24 november 2026 per e-mail laten weten dat dit contract is beëindigd per 30 november 2026. Op 28 november 2026 heb ik bezwaar gemaakt tegen uw factuur VK-F-1201');
    const toAgency = await letterText(bert, stops[1].id);
    expect(toAgency).toContain('Het bedrag van uw incassobrief, € 47,99, is hoger dan het bedrag van deze factuur (€ 32,99). Wilt u mij laten weten hoe dat bedrag is opgebouwd (hoofdsom, verrekende creditnota’s, kosten en rente)?');
    expect(toAgency).toContain('(artikel 4:185 lid 1 BW)');
    expect(toAgency).toContain('Ik verzoek u de incasso op te schorten, de incassokosten te laten vervallen en de nabestaanden hierover niet meer te benaderen.');
    for (const stop of [toPaper, toAgency]) expect(stop).toContain('Met vriendelijke groet, Bert Jansen');
    expect((await ownerOf(bert)(nc)).statusText).toBe('Opschorting incasso gevraagd bij De Volkskrant, schriftelijk antwoord uiterlijk 15 december 2026; € 32,99 betwist (factuur VK-F-1201).');

    // Bert's Today and estate page, Noor's phone and her e-mail of the day: who holds it and where each stands.
    const todayPage = await pageOf(bert)('/app');
    expect(todayPage).toContain('Ontvangen van Anna de Boer op 25 november 2026: Anna gaat met verlof.');
    expect(todayPage).toContain('Opschorting incasso gevraagd bij De Volkskrant, schriftelijk antwoord uiterlijk 15 december 2026; € 32,99 betwist (factuur VK-F-1201).');
    expect(await pageOf(bert)(`/app/estates/${estate.id}`)).toContain('Kenmerk ST-2026-00001 · vaste contactpersoon Bert Jansen');
    const lastRound = await familyPage('/family');
    expect(lastRound).toContain('A debt-collection letter arrived about the contract with De Volkskrant. On 1 December 2026 we asked in writing for the collection to be suspended; you do not need to do anything yourself. You do not need to pay bill VK-F-1201 while the dispute is open.');
    expect(lastRound).toContain('You do not need to pay this bill while the dispute is open.');
    expect(await noor.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    const dayLast = await digest();
    expect(dayLast).toContain('On 1 December 2026 we asked in writing for the collection to be suspended; you do not need to do anything yourself.');
    expect(dayLast).toContain(`Any questions? Your contact person is Bert Jansen, email ${bertAccount.email}.`);
    expect(dayLast).toContain('Kind regards, Bert Jansen');
    await phone.close();
    // A long walk: three rounds with a browser, two providers and the day's e-mails; on a loaded machine it runs past the default minute.
  }, 180_000);
});
