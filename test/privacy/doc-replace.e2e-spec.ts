import request from 'supertest';
import { API, createEstate, createProvider, letterText, paper } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { longDate } from '../../workflows';

const ANNA = { email: 'anna@docreplace.test', password: 'anna-password-1' };

/**
 * README docreplace (audit75 F-9): a replaced document reaches the providers that had it only by a correction letter the owner
 * confirms, and until then their desk keeps what they were sent; an answer made again without a withdrawn document says it
 * follows later; an "overig" document is named by her description, never by its file name.
 */
describe('docreplace: a corrected document is told to those who had it, in words that say what it is', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    // docdesc's webhook case: a loopback endpoint that refuses at once, so no delivery goes out over the network.
    t = await startTestApp({ env: { STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = async (estateId: string, kind: string, fileName: string, fields: Record<string, string> = {}) => {
    let req = anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return ((await req.attach('file', await paper(fileName), fileName).expect(201)).body as { id: string }).id;
  };
  const today = async () => ((await t.runDue()).body as { today: string }).today;
  const replace = async (id: string, fileName: string) => ((await anna.post(`${API}/documents/${id}/replace`).attach('file', await paper(fileName), fileName).expect(201)).body as { id: string }).id;
  const contractOf = async (id: string) =>
    (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: { id: string; kind: string; deliveryStatus: string; status: string }[] };

  it('F-9: a corrected verklaring goes only to those who had the earlier one, by a letter she confirms, in their language; their desk keeps what it was sent until then', async () => {
    const ing = await createProvider(t.admin, { name: 'ING Bank', category: 'bank', requiredDocuments: ['certificate_of_inheritance'] });
    const allianz = await createProvider(t.admin, { name: 'Allianz Global Life', category: 'insurance', language: 'en', requiredDocuments: ['certificate_of_inheritance'] });
    const kpn = await createProvider(t.admin, { name: 'KPN Mobiel', category: 'telecom', requiredDocuments: [] });
    const deskOf = async (providerId: string) => t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const [ingDesk, allianzDesk, kpnDesk] = await Promise.all([ing.id, allianz.id, kpn.id].map(deskOf));
    const estate = await createEstate(anna);
    const verklaring = await upload(estate.id, 'certificate_of_inheritance', 'verklaring.pdf');
    const contracts: Record<string, string> = {};
    for (const [name, providerId] of [['ing', ing.id], ['allianz', allianz.id], ['kpn', kpn.id]]) {
      contracts[name] = ((await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: `Contract ${name}`, accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body as { id: string }).id;
      await anna.post(`${API}/contracts/${contracts[name]}/request`).expect(200);
    }
    await t.runDue();
    const enclosed = async (desk: Session, contractId: string) => ((await desk.get(`${API}/provider-desk/requests/${contractId}`).expect(200)).body.enclosures as { fileName: string }[]).map((d) => d.fileName);
    expect(await enclosed(ingDesk, contracts.ing)).toEqual(['verklaring.pdf']);

    // She replaces it on the estate page; the page asks at once whether those who had it get the corrected one.
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    const replaced = await owner.post(`/app/estates/${estate.id}/documents/${verklaring}/replace`).attach('file', await paper('verklaring gecorrigeerd'), 'verklaring-gecorrigeerd.pdf').expect(303);
    const corrected = /documents\/([0-9a-f-]{36})\/correction$/.exec(replaced.headers.location)![1];
    await t.runDue();
    // Nothing went without her word: the desks keep the version they were sent, and may still open it; the new one is not theirs yet.
    expect(await enclosed(ingDesk, contracts.ing)).toEqual(['verklaring.pdf']);
    expect(await enclosed(allianzDesk, contracts.allianz)).toEqual(['verklaring.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${contracts.ing}/documents/${verklaring}`).expect(200);
    await ingDesk.get(`${API}/provider-desk/requests/${contracts.ing}/documents/${corrected}`).expect(404);
    expect((await contractOf(contracts.ing)).letters.map((l) => l.kind)).toEqual(['cancellation']);

    // The offer names those who had it; KPN never did.
    const offer = (await anna.get(`${API}/documents/${corrected}/correction-letters`).expect(200)).body as { recipients: { contractId: string; providerName: string }[] };
    expect(offer.recipients.map((r) => r.providerName).sort()).toEqual(['Allianz Global Life', 'ING Bank']);
    const asked = (await owner.get(replaced.headers.location).expect(200)).text;
    expect(asked).toContain('De gecorrigeerde versie verklaring-gecorrigeerd.pdf sturen aan wie de eerdere had?');
    expect(asked).toMatch(/(ING Bank en Allianz Global Life|Allianz Global Life en ING Bank) kregen de eerdere versie \(verklaring\.pdf\)\. Elk krijgt een korte brief met de gecorrigeerde versie als bijlage: „Op … stuurde ik u de verklaring van erfrecht\./);
    expect(asked).not.toContain('KPN');
    await owner.post(`/app/estates/${estate.id}/documents/${corrected}/correction`).expect(303);
    await t.runDue();

    const letterOf = async (contractId: string) => (await contractOf(contractId)).letters.find((l) => l.kind === 'document_correction');
    const nl = await letterText(anna, (await letterOf(contracts.ing))!.id);
    expect(nl).toMatch(/op \d+ \w+ 2026 stuurde ik u de verklaring van erfrecht\. Daarin stond een fout; hierbij de gecorrigeerde versie\./);
    expect(nl).toContain('Gecorrigeerde versie van een document');
    const en = await letterText(anna, (await letterOf(contracts.allianz))!.id);
    expect(en).toMatch(/on \d+ \w+ 2026 I sent you the certificate of inheritance\. It contained an error; enclosed is the corrected version\./);
    expect(await letterOf(contracts.kpn)).toBeUndefined();
    // The letter carried it: now the desks have the corrected version (and may still open the one they had).
    expect(await enclosed(ingDesk, contracts.ing)).toEqual(['verklaring-gecorrigeerd.pdf']);
    expect(await enclosed(allianzDesk, contracts.allianz)).toEqual(['verklaring-gecorrigeerd.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${contracts.ing}/documents/${corrected}`).expect(200);
    await kpnDesk.get(`${API}/provider-desk/requests/${contracts.kpn}/documents/${corrected}`).expect(404);
    // Confirmed once: a second confirmation finds nobody left, and says so.
    const again = await anna.post(`${API}/documents/${corrected}/correction-letters`).expect(409);
    expect(again.body.detail).toContain('er gaat geen correctiebrief');
  });

  it('an answer waiting for the post, made again without the withdrawn verklaring, says the verklaring follows later', async () => {
    const essent = await createProvider(t.admin, {
      name: 'Vattenfall',
      category: 'energy',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 3', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } },
    });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: essent.id, description: 'Stroom', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const verklaring = await upload(estate.id, 'certificate_of_inheritance', 'verklaring.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [verklaring] }).expect(200);
    await t.runDue();
    const waiting = (await contractOf(contract.id)).letters.filter((l) => l.kind === 'information_supplied');
    expect(waiting.map((l) => l.deliveryStatus)).toEqual(['queued_for_print']);

    await anna.post(`${API}/documents/${verklaring}/withdraw`, { reason: 'De notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();

    const answers = (await contractOf(contract.id)).letters.filter((l) => l.kind === 'information_supplied' && l.id !== waiting[0].id);
    expect(answers).toHaveLength(1);
    const text = await letterText(anna, answers[0].id);
    expect(text).toContain('Volgt later: verklaring van erfrecht.');
    expect(text).not.toContain('Bijgevoegd');
  });
  it('docdesc: an "overig" document is named by the words she typed on upload and corrected later, in the letter, the desk and her own list; a bad description is refused naming the field', async () => {
    const odido = await createProvider(t.admin, { name: 'Odido', category: 'telecom', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${odido.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const refusedUpload = async (description: string) => {
      const res = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').field('description', description).attach('file', await paper('kvk'), 'kvk.pdf').expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return (res.body.errors as { field: string }[]).map((e) => e.field);
    };
    expect(await refusedUpload('x'.repeat(201))).toEqual(['description']);
    expect(await refusedUpload('uittreksel\u0007KvK')).toEqual(['description']);
    // Her words name an "overig" one only: the letters name every other kind themselves.
    const onAkte = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').field('description', 'akte').attach('file', await paper('akte'), 'akte.pdf').expect(422);
    expect(onAkte.body.errors).toEqual([{ field: 'description', message: 'is for a document of kind other only' }]);
    expect((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items).toEqual([]);
    const kvk = await upload(estate.id, 'other', 'scan_2026_11.pdf', { description: 'uitreksel Kamer van Koophandel' });
    // She corrects her typo later; a control character is refused naming the field, the words kept as they were.
    expect((await anna.patch(`${API}/documents/${kvk}`, { description: 'uittreksel\nKvK' }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['description']);
    expect((await anna.get(`${API}/documents/${kvk}/history`).expect(200)).body.document.description).toBe('uitreksel Kamer van Koophandel');
    // The page's row: "Omschrijving van scan_2026_11.pdf".
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    expect((await owner.get(`/app/estates/${estate.id}`).expect(200)).text).toContain('Omschrijving van scan_2026_11.pdf');
    // On the page's upload form a description on another kind is refused in her words, linked to its field, her words kept.
    const refusedPage = (await owner.post(`/app/estates/${estate.id}/documents`).field('kind', 'death_certificate').field('description', 'akte van opa').attach('file', await paper('akte'), 'akte.pdf').expect(422)).text;
    expect(refusedPage).toContain('<a href="#document-description">Een omschrijving hoort alleen bij een document van de soort Overig');
    expect(refusedPage).toContain('value="akte van opa"');
    await owner.post(`/app/estates/${estate.id}/documents/${kvk}/description`).type('form').send({ description: 'uittreksel Kamer van Koophandel' }).expect(303);
    const listedDocs = (await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string; kind: string; description: string | null }[];
    expect(listedDocs.find((d) => d.id === kvk)).toMatchObject({ kind: 'other', description: 'uittreksel Kamer van Koophandel' });
    expect((await owner.get(`/app/estates/${estate.id}`).expect(200)).text).toMatch(/overig: uittreksel Kamer van Koophandel/i);

    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description: 'Zakelijk abonnement', accountNumber: 'OD-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons een uittreksel van de KvK.', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het uittreksel.', documentIds: [kvk] }).expect(200);
    await t.runDue();
    const answer = (await contractOf(contract.id)).letters.find((l) => l.kind === 'information_supplied')!;
    const text = await letterText(anna, answer.id);
    expect(text).toContain('Bijgevoegd: een document: uittreksel Kamer van Koophandel.');
    expect(text).toContain('Bijlagen: – Een document: uittreksel Kamer van Koophandel');
    expect(text).not.toContain('scan_2026');
    const enclosures = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.enclosures as { id: string; description: string | null }[];
    expect(enclosures).toEqual([expect.objectContaining({ id: kvk, description: 'uittreksel Kamer van Koophandel' })]);
  });

  it('docdesc: the correction letter is told to the provider\'s webhook endpoint, as every letter that changes what it must do', async () => {
    const ing = await createProvider(t.admin, { name: 'ING Zakelijk', category: 'bank', requiredDocuments: ['certificate_of_inheritance'] });
    const desk = t.as((await t.admin.post(`${API}/providers/${ing.id}/tokens`, {}).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/webhooks`, { url: 'https://127.0.0.1:9/steward' }).expect(201);
    const estate = await createEstate(anna);
    const verklaring = await upload(estate.id, 'certificate_of_inheritance', 'verklaring.pdf');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ing.id, description: 'Rekening', accountNumber: 'NL91ABNA0417164300', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const newer = await replace(verklaring, 'verklaring-2.pdf');
    await anna.post(`${API}/documents/${newer}/correction-letters`).expect(200);
    await t.runDue();
    const events = ((await desk.get(`${API}/provider-desk/webhook-deliveries?limit=20`).expect(200)).body.items as { requestId: string; eventType: string }[]).filter((d) => d.requestId === contract.id).map((d) => d.eventType);
    expect(events.sort()).toEqual(['request.created', 'request.document_corrected']);
  });

  it('docdesc: after two replacements a provider that had only the oldest is told of that one and gets the newest', async () => {
    const abn = await createProvider(t.admin, { name: 'ABN AMRO', category: 'bank', requiredDocuments: ['certificate_of_inheritance'] });
    const desk = t.as((await t.admin.post(`${API}/providers/${abn.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'certificate_of_inheritance', 'verklaring-1.pdf');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: abn.id, description: 'Rekening', accountNumber: 'NL02ABNA0123456789', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const sentOn = await today();
    await t.runDue(3);
    const second = await replace(first, 'verklaring-2.pdf');
    await t.runDue(3);
    const third = await replace(second, 'verklaring-3.pdf');
    // The middle one never went; ABN is offered the newest, about the one it had.
    const offer = (await anna.get(`${API}/documents/${third}/correction-letters`).expect(200)).body as { recipients: { providerName: string; replacedId: string }[] };
    expect(offer.recipients.map((r) => [r.providerName, r.replacedId])).toEqual([['ABN AMRO', first]]);
    await anna.post(`${API}/documents/${third}/correction-letters`).expect(200);
    await t.runDue();
    const letter = (await contractOf(contract.id)).letters.find((l) => l.kind === 'document_correction')!;
    expect(await letterText(anna, letter.id)).toContain(`op ${longDate(sentOn, 'nl')} stuurde ik u de verklaring van erfrecht. Daarin stond een fout; hierbij de gecorrigeerde versie.`);
    const enclosures = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.enclosures as { fileName: string }[];
    expect(enclosures.map((d) => d.fileName)).toEqual(['verklaring-3.pdf']);
  });

  it('docdesc: a provider whose version she withdrew (a deletion request went) is offered the right one, and told the earlier one was withdrawn', async () => {
    const nn = await createProvider(t.admin, { name: 'Nationale-Nederlanden', category: 'insurance', requiredDocuments: ['certificate_of_inheritance'] });
    const desk = t.as((await t.admin.post(`${API}/providers/${nn.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'certificate_of_inheritance', 'verklaring-1.pdf');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: nn.id, description: 'Overlijdensrisicoverzekering', accountNumber: 'NN-77', action: 'cancel', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const sentOn = await today();
    await t.runDue(2);
    const second = await replace(first, 'verklaring-2.pdf');
    // The first named a wrong heir: she withdraws it, and NN is asked to delete it.
    await anna.post(`${API}/documents/${first}/withdraw`, { reason: 'Er stond een verkeerde erfgenaam in.' }).expect(200);
    const withdrawnOn = await today();
    expect((await contractOf(contract.id)).letters.map((l) => l.kind)).toContain('document_erasure');
    const offer = (await anna.get(`${API}/documents/${second}/correction-letters`).expect(200)).body as { recipients: { providerName: string; replacedId: string }[] };
    expect(offer.recipients.map((r) => [r.providerName, r.replacedId])).toEqual([['Nationale-Nederlanden', first]]);
    await anna.post(`${API}/documents/${second}/correction-letters`).expect(200);
    await t.runDue();
    const letter = (await contractOf(contract.id)).letters.find((l) => l.kind === 'document_correction')!;
    const text = await letterText(anna, letter.id);
    expect(text).toContain(`op ${longDate(sentOn, 'nl')} stuurde ik u de verklaring van erfrecht. Die heb ik op ${longDate(withdrawnOn, 'nl')} ingetrokken; hierbij de juiste versie.`);
    expect(text).not.toContain('Daarin stond een fout');
    const enclosures = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.enclosures as { fileName: string }[];
    expect(enclosures.map((d) => d.fileName)).toEqual(['verklaring-2.pdf']);
  });

  it('docwords: a relative who may see an "overig" document reads her words beside its file name; one who may not reads neither', async () => {
    const estate = await createEstate(anna);
    const kvk = await upload(estate.id, 'other', 'scan_kvk.pdf', { description: 'uittreksel Kamer van Koophandel', audience: 'heirs' });
    const member = async (name: string, isHeir: boolean) =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, relation: isHeir ? 'dochter' : 'buurman', isHeir, isRepresentative: false }).expect(201)).body as { accessCode: string };
    const [heir, neighbour] = [await member('Maria de Vries', true), await member('Kees Bakker', false)];
    const server = t.app.getHttpServer();
    const familyPage = async (code: string) => {
      const signedIn = await request(server).post('/family/login').type('form').send({ code }).expect(303);
      const session = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('steward_family='))!.split(';')[0];
      return (await request(server).get('/family/letters').set('Cookie', session).expect(200)).text;
    };
    expect(await familyPage(heir.accessCode)).toMatch(new RegExp(`<a href="/family/documents/${kvk}">scan_kvk\\.pdf</a> \\(uittreksel Kamer van Koophandel\\)`));
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sara de Vries', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body.accessCode }).expect(200)).body.accessToken);
    expect((await portal.get(`${API}/portal/documents`).expect(200)).body.items).toEqual([expect.objectContaining({ id: kvk, fileName: 'scan_kvk.pdf', description: 'uittreksel Kamer van Koophandel' })]);
    const notMeant = await familyPage(neighbour.accessCode);
    expect(notMeant).not.toContain('scan_kvk.pdf');
    expect(notMeant).not.toContain('Kamer van Koophandel');
  });

  it('docwords: a kind corrected away from "overig" drops her words, as the row warns before and her history says after', async () => {
    const estate = await createEstate(anna);
    const kvk = await upload(estate.id, 'other', 'scan_erfrecht.pdf', { description: 'uittreksel Kamer van Koophandel' });
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    expect((await owner.get(`/app/estates/${estate.id}`).expect(200)).text).toContain('Kiest u een andere soort dan Overig, dan vervalt de omschrijving „uittreksel Kamer van Koophandel”');
    // It was the verklaring van erfrecht all along: she corrects its kind with the row's form.
    await owner.post(`/app/estates/${estate.id}/documents/${kvk}/kind`).type('form').send({ kind: 'certificate_of_inheritance' }).expect(303);
    expect((await anna.get(`${API}/documents/${kvk}/history`).expect(200)).body.document).toMatchObject({ kind: 'certificate_of_inheritance', description: null });
    const page = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(page).toContain('Omschrijving „uittreksel Kamer van Koophandel” van scan_erfrecht.pdf vervallen: een omschrijving hoort alleen bij Overig, en het document is nu „verklaring van erfrecht”');
    expect(page).not.toContain('described as');
    expect(page).not.toContain('Kiest u een andere soort dan Overig');
  });

  it('docwords: the English owner page refuses a description on another kind in her words, and shows her words and what a kind change does to them', async () => {
    const EMMA = { email: 'emma@docwords.test', password: 'emma-password-1' };
    await t.admin.post(`${API}/users`, { ...EMMA, name: 'Emma Smith', role: 'specialist', language: 'en' }).expect(201);
    const estate = await createEstate(await t.login(EMMA.email, EMMA.password));
    const emma = request.agent(t.app.getHttpServer());
    await emma.post('/app/login').type('form').send({ ...EMMA, next: '/app' }).expect(303);
    const refused = (await emma.post(`/app/estates/${estate.id}/documents`).field('kind', 'death_certificate').field('description', 'certificate of grandad').attach('file', await paper('akte'), 'akte.pdf').expect(422)).text;
    expect(refused).toContain('<a href="#document-description">A description is only for a document of the kind Other');
    expect(refused).toContain('value="certificate of grandad"');
    await emma.post(`/app/estates/${estate.id}/documents`).field('kind', 'other').field('description', 'uittreksel Kamer van Koophandel').attach('file', await paper('kvk'), 'kvk.pdf').expect(303);
    const page = (await emma.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(page).toMatch(/other: uittreksel Kamer van Koophandel/i);
    expect(page).toContain('Description of kvk.pdf');
    expect(page).toContain('If you choose a kind other than Other, the description &quot;uittreksel Kamer van Koophandel&quot; is dropped');
  });

  it('pickwords: the picker of documents to send names an "overig" one by her words (nl and en); the desk thread keeps the words its letter printed after she corrects them', async () => {
    const eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${eneco.id}/tokens`, {}).expect(201)).body.token);
    /** A contract whose provider asked for information, with two "overig" documents under one file name beside the verklaring. */
    const askedWith = async (owner: Session) => {
      const estate = await createEstate(owner);
      await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', await paper('verklaring'), 'verklaring1.pdf').expect(201);
      const described = async (description: string) =>
        ((await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').field('description', description).attach('file', await paper(description), 'verklaring1.pdf').expect(201)).body as { id: string }).id;
      const kvk = await described('uittreksel Kamer van Koophandel');
      await described('bankafschrift december met afschrijving KPN');
      const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: eneco.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body as { id: string };
      await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await t.runDue();
      await owner.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons een uittreksel van de KvK.', documentsNeeded: [] }).expect(200);
      return { contract, kvk };
    };
    const pageOf = async (credentials: { email: string; password: string }, path: string) => {
      const agent = request.agent(t.app.getHttpServer());
      await agent.post('/app/login').type('form').send({ ...credentials, next: '/app' }).expect(303);
      return (await agent.get(path).expect(200)).text;
    };
    const picker = (page: string) => page.slice(page.indexOf('<fieldset id="information-supplied-documentIds">'), page.indexOf('</fieldset>', page.indexOf('<fieldset id="information-supplied-documentIds">')));

    const { contract, kvk } = await askedWith(anna);
    const nl = picker(await pageOf(ANNA, `/app/contracts/${contract.id}`));
    expect(nl).toContain('Documenten om mee te sturen');
    expect(nl).toContain('verklaring1.pdf (overig: uittreksel Kamer van Koophandel)');
    expect(nl).toContain('verklaring1.pdf (overig: bankafschrift december met afschrijving KPN)');
    expect(nl).toContain('verklaring1.pdf (verklaring van erfrecht)');
    expect(nl).not.toContain('verklaring1.pdf (overig)');

    const EVA = { email: 'eva@pickwords.test', password: 'eva-password-1' };
    await t.admin.post(`${API}/users`, { ...EVA, name: 'Eva Smith', role: 'specialist', language: 'en' }).expect(201);
    const eva = await askedWith(await t.login(EVA.email, EVA.password));
    const en = picker(await pageOf(EVA, `/app/contracts/${eva.contract.id}`));
    expect(en).toMatch(/verklaring1\.pdf \(other: uittreksel Kamer van Koophandel\)/i);
    expect(en).toMatch(/verklaring1\.pdf \(other: bankafschrift december met afschrijving KPN\)/i);

    // She sends the uittreksel; the letter prints her words, and so does its line in the desk's thread.
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het uittreksel.', documentIds: [kvk] }).expect(200);
    await t.runDue();
    const answer = (await contractOf(contract.id)).letters.find((l) => l.kind === 'information_supplied')!;
    expect(await letterText(anna, answer.id)).toContain('Bijgevoegd: een document: uittreksel Kamer van Koophandel.');
    type Thread = { type: string; letterId?: string; enclosures?: { id: string; description: string | null }[] }[];
    const carried = async () => {
      const body = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { thread: Thread; enclosures: { id: string; description: string | null }[] };
      return { line: body.thread.find((i) => i.type === 'letter' && i.letterId === answer.id)!.enclosures, now: body.enclosures };
    };
    expect((await carried()).line).toEqual([expect.objectContaining({ id: kvk, description: 'uittreksel Kamer van Koophandel' })]);

    // She corrects her words: the letter's line keeps what the letter printed; the document as it stands has her new words.
    await anna.patch(`${API}/documents/${kvk}`, { description: 'uittreksel KvK van de eenmanszaak' }).expect(200);
    const after = await carried();
    expect(after.line).toEqual([expect.objectContaining({ id: kvk, description: 'uittreksel Kamer van Koophandel' })]);
    expect(after.now).toEqual([expect.objectContaining({ id: kvk, description: 'uittreksel KvK van de eenmanszaak' })]);
  });
});
