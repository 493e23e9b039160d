import { API, createEstate, createProvider, deskOf, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { familyDigests, nextFamilyDigest } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { account } from '../workspace/support';

/**
 * README, audit102: the second and third rounds walked with a bank written to by post and an English case owner: the bank asks for more
 * information, then refuses, she complains, the bank blocks the account, a debt collector writes. Each reader's words as they read them:
 * hers in English, the desk's in Dutch, the relative's card and history in both, the letters by pdf.js. Her history at the collection
 * letter says what our letter asks (to suspend the collection), not more.
 */
describe('a bank by post, an English owner: the second and third rounds as their readers read them', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ mailSink: true })));
  afterAll(() => t?.close());

  it('question, refusal, complaint, block, collection letter: true words for owner (en), desk (nl), a relative (nl, en) and the letters', async () => {
    const emma = (await account(t, 'Emma Clark', 'specialist', 'en')).api;
    const postbus = { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1800', postalCode: '8900 CA', city: 'Leeuwarden', country: 'NL' } };
    const bank = await createProvider(t.admin, { name: 'ING Bank', category: 'bank', requiredDocuments: [], channel: 'post', contactPoint: postbus, slaBusinessDays: 10 });
    const desk = await deskOf(t, bank.id);
    const estate = await createEstate(emma, { givenNames: 'Henk' });
    const c = (await emma.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    const url = `${API}/provider-desk/requests/${c.id}`;
    await emma.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    await postEverything(emma);
    const mariaMail = 'maria.clark@family.example';
    const member = (await emma.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Clark', email: mariaMail, relation: 'child', isHeir: true, isRepresentative: false }).expect(201)).body as { accessCode: string };
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    type Owner = { state: string; statusText: string; nextStep: string; letters: { id: string; kind: string; recipient: string; deliveryText: string }[] };
    const owner = async () => (await emma.get(`${API}/contracts/${c.id}`).expect(200)).body as Owner;
    const deskStatus = async () => (await desk.get(url).expect(200)).body.statusText as string;
    const card = async (lang: 'nl' | 'en') => (await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items[0].statusText as string;
    const history = async (lang: 'nl' | 'en') => ((await maria.get(`${API}/portal/timeline?limit=200&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    const letterOf = async (kind: string, recipient = 'ING Bank') => letterText(emma, (await owner()).letters.find((l) => l.kind === kind && l.recipient === recipient)!.id);

    // Another owner does not reach her contract.
    const other = (await account(t, 'Olaf Other', 'specialist', 'en')).api;
    await other.get(`${API}/contracts/${c.id}`).expect(404);

    // The bank asks for the certificate of inheritance; a bad question is refused in the desk's Dutch, naming both fields.
    const bad = await desk.post(`${url}/request-information`, { message: '', documentsNeeded: ['passport'] }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((bad.body.errors as { field: string; message: string }[]).map((e) => e.field)).toEqual(['message', 'documentsNeeded']);
    expect(bad.body.errors[0].message).toBe('Wat u nodig heeft: minstens 3 tekens.');
    await desk.post(`${url}/request-information`, { message: 'Graag een kopie van de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    expect((await owner()).statusText).toBe('ING Bank asks for more information (“Graag een kopie van de verklaring van erfrecht.”); supply it by 30 November 2026.');
    expect(await card('en')).toBe('ING Bank has asked for more information. We are taking care of it and will contact you if we need anything from you.');

    // Her answer without the certificate the bank asked for is refused, naming the field in her English; with it, it goes by post.
    const without = await emma.post(`${API}/contracts/${c.id}/information-supplied`, { note: 'The certificate is enclosed.' }).expect(422);
    expect(without.body.errors).toEqual([{ field: 'documentIds', message: 'the provider asked for a certificate of inheritance; enclose one' }]);
    const cert = (await emma.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body.id as string;
    await emma.post(`${API}/contracts/${c.id}/information-supplied`, { note: 'The certificate is enclosed.', documentIds: [cert] }).expect(200);
    await t.runDue();
    await postEverything(emma);
    expect(await deskStatus()).toContain('Steward heeft u op 23 november 2026 de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');
    expect(await card('nl')).toContain('ING Bank vroeg om aanvullende informatie; wij hebben ons antwoord op 23 november 2026 gestuurd.');
    const answer = await letterOf('information_supplied');
    expect(answer).toContain('„Graag een kopie van de verklaring van erfrecht.” Bijgevoegd: verklaring van erfrecht.');
    expect(answer).toContain('Bijlagen: – Verklaring van erfrecht');

    // The bank refuses; she complains (an empty ground named); the complaint by post names the refusal, its reason and Kifid after it.
    await t.runDue(1);
    await desk.post(`${url}/reject`, { reason: 'Zonder verklaring van erfrecht kunnen wij de rekening niet opheffen.' }).expect(200);
    expect(await deskStatus()).toBe('U heeft het verzoek afgewezen; de contactpersoon beslist of het verzoek wordt aangepast of ingetrokken.');
    expect(await card('en')).toBe('ING Bank did not accept the request. We are finding out what is needed and will let you know how we proceed.');
    // audit102 F5: her next step names the complaint her page offers beside amend and withdraw (what Kifid asks first).
    expect((await owner()).nextStep).toBe('Amend or withdraw the request, or complain about the rejection, by 1 December 2026.');
    const empty = await emma.post(`${API}/contracts/${c.id}/complain`, { grounds: '' }).expect(400);
    expect(empty.body.detail).toBe('Use at least 3 characters for the grounds against the rejection. Nothing was changed.');
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['grounds']);
    await emma.post(`${API}/contracts/${c.id}/complain`, { grounds: 'De erfgenamen mogen deze rekening laten blokkeren; de verklaring is meegestuurd.' }).expect(200);
    await t.runDue();
    await postEverything(emma);
    const complained = await owner();
    expect(complained.nextStep).toBe('No answer to the complaint by 22 December 2026: call ING Bank. From 19 January 2027 you can go to the Klachteninstituut Financiële Dienstverlening (Kifid).');
    expect(await deskStatus()).toBe('Klacht ingediend over uw afwijzing van het verzoek; graag uw gemotiveerde antwoord uiterlijk 22 december 2026.');
    expect(await card('nl')).toBe('ING Bank heeft het verzoek niet geaccepteerd. Wij vinden dat niet terecht en hebben schriftelijk een klacht ingediend; ING Bank moet uiterlijk 22 december 2026 antwoorden.');
    const complaint = await letterOf('rejection_complaint');
    expect(complaint).toContain('Op 24 november 2026 liet u weten dat u dat verzoek niet kon verwerken (reden: „Zonder verklaring van erfrecht kunnen wij de rekening niet opheffen.”).');
    expect(complaint).toContain('mij uiterlijk 22 december 2026 een gemotiveerd antwoord te sturen. Blijft een passende reactie uit, dan leg ik de zaak voor aan het Klachteninstituut Financiële Dienstverlening (Kifid).');

    // The bank blocks the account after all, the balance still to be released.
    await desk.post(`${url}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 812.4 }).expect(200);
    const blocked = await owner();
    expect(blocked.statusText).toBe('ING Bank has blocked the account; balance as of 2 November 2026: €812.40. The balance has not yet been released to the estate account, release due by 8 December 2026.');
    expect(await card('en')).toBe('ING Bank has blocked the account and told us the balance. The balance has not yet been paid to the estate account; we are waiting for it.');

    // A debt collector writes; both stop letters by post ask to suspend the collection, and so does every reader's line about it.
    await t.runDue(3);
    await emma.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Incasso Noord', agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven' }, reference: 'IN-77', amount: 42.5 }).expect(200);
    await t.runDue();
    await postEverything(emma);
    const toAgency = await letterOf('collection_stop', 'Incasso Noord');
    expect(toAgency).toContain('U heeft een incassobrief met kenmerk IN-77 voor € 42,50 gestuurd over het contract Betaalrekening met rekeningnummer NL69INGB0123456789 bij ING Bank');
    expect(toAgency).toContain('ING Bank heeft bevestigd dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 812,40 was.');
    expect(toAgency).toContain('Ik verzoek u de incasso op te schorten, de incassokosten te laten vervallen');
    expect(await letterOf('collection_stop')).toContain('Ik verzoek u de incasso op te schorten');
    expect((await owner()).letters.filter((l) => l.kind === 'collection_stop').map((l) => l.deliveryText)).toEqual(['posted to ING Bank on 27 November 2026', 'posted to Incasso Noord on 27 November 2026']);
    expect(await deskStatus()).toMatch(/^Incasso na overlijden: verzoek de incasso op te schorten en de incassokosten te laten vervallen; graag schriftelijk antwoord uiterlijk 11 december 2026\./);
    expect(await card('en')).toContain('On 27 November 2026 we asked in writing for the collection to be suspended.');
    // On main her history said „direct te stoppen" / "to stop at once": more than the letter asked.
    expect(await history('nl')).toContain('Er kwam een incassobrief over ING Bank; we hebben gevraagd de incasso op te schorten.');
    expect(await history('en')).toContain('A debt-collection letter came about ING Bank; we asked for the collection to be suspended.');
    // Her daily e-mail tells it as her card does, and lists both letters posted.
    const mail = await nextFamilyDigest(t.admin, t.sink!, mariaMail, familyDigests(t.sink!, mariaMail).length);
    expect(mail).toContain('- ING Bank: Er kwam een brief van een incassobureau over het contract bij ING Bank. Op 27 november 2026 hebben we schriftelijk gevraagd de incasso op te schorten.');
    expect(mail).toContain('- Brief aan Incasso Noord op de post gedaan: Dringend – incasso opschorten: Betaalrekening');
    expect(mail).not.toContain('direct te stoppen');
  });
});
