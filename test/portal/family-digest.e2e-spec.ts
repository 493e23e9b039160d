import request from 'supertest';
import { longDate } from '../../workflows';
import { dutchDate, dutchHourOf } from '../../src/clock/clock';
import { DataSource } from 'typeorm';
import { FamilyDigestService } from '../../src/portal/family-digest.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { OutboxService } from '../../src/runtime/outbox.service';
import { ENGLISH_ONLY } from '../../src/words';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';

describe('the daily email to the family', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const digests = (to: string) => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === to);
  const nextDay = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);

  it("sends each family member with an email one email a day with the day's news, and nothing when there is none", async () => {
    const anna = await t.specialist('Anna de Boer', '+31 20 555 0101');
    const bert = await t.specialist('Bert Jansen');
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kees de Vries', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const other = await createEstate(bert, { givenNames: 'Zoë', surnamePrefix: undefined, surname: "d'Ancona", gender: 'unknown' });
    await bert.post(`${API}/estates/${other.id}/family-members`, { name: 'Sam', email: 'sam@family.example', relation: 'kind', isHeir: true, isRepresentative: true }).expect(201);
    const otherContract = (await bert.post(`${API}/estates/${other.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-2', action: 'cancel' }).expect(201)).body;
    await bert.post(`${API}/contracts/${otherContract.id}/request`).expect(200);

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect(digests('maria@family.example')).toHaveLength(0); // the day's news goes out at five, not per event

    await nextDay();
    await sink.waitFor(2);
    const [first] = digests('maria@family.example');
    expect(first.subject).toBe('Nieuws over de afwikkeling voor Jan de Vries');
    expect(first.text).toMatch(/- KPN: We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk \d+ \w+ 2026 antwoorden\./);
    expect(first.text).toContain('http://localhost:3000/family');
    expect(first.replyTo?.text).toContain('@test.example');
    expect(first.text).not.toContain("d'Ancona");
    const [sams] = digests('sam@family.example');
    expect(sams.subject).toBe("Nieuws over de afwikkeling voor Zoë d'Ancona");
    expect(sams.text).not.toContain('Jan de Vries');
    expect(sink.messages.filter((m) => m.subject?.startsWith('Nieuws over'))).toHaveLength(2); // Kees has no email address

    await nextDay();
    expect(digests('maria@family.example')).toHaveLength(1); // no news, no email

    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-9' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await nextDay();
    await sink.waitFor(3);
    const second = digests('maria@family.example')[1];
    expect(second.text).toContain('KPN heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(second.text).not.toContain('KPN moet uiterlijk');
  });

  it('says a letter is being prepared, not that it went out, when the letter rules hold it back', async () => {
    const anna = await t.specialist('Anna Held');
    const delta = await createProvider(t.admin, { name: 'Delta', requiredDocuments: [] });
    const estate = await createEstate(anna);
    // No estate account: the cancellation letter is held back (missing-data) until the owner records one.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(200);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Fenna Held', email: 'fenna@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: delta.id, description: 'Internet', accountNumber: 'D-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters.map((l: { status: string }) => l.status)).toEqual(['blocked']);

    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const [news] = digests('fenna@family.example');
    expect(news.text).toContain('- Delta: We bereiden een brief aan Delta voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.');
    expect(news.text).not.toMatch(/We hebben Delta gevraagd/);
  });

  it('tells a letter as sent only once it went out: the timeline while it is held back, and the email of a day on which it was released (audit)', async () => {
    const anna = await t.specialist('Anna Vrij');
    const kpn = await createProvider(t.admin, { name: 'KPN Vrij', requiredDocuments: [] });
    const vitens = await createProvider(t.admin, { name: 'Vitens', requiredDocuments: [] });
    const estate = await createEstate(anna);
    // No estate account yet: the first letters are held back (missing-data) until the owner records one.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(200);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ruud Vrij', email: 'ruud@family.example', relation: 'kind', role: 'representative' }).expect(201)).body;
    const add = async (providerId: string, description: string) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description, accountNumber: description, action: 'cancel' }).expect(201)).body.id as string;
    const contracts = [await add(kpn.id, 'Internet'), await add(kpn.id, 'Mobiel'), await add(vitens.id, 'Water')];
    for (const id of contracts) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const timeline = async () => ((await portal.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    const cards = async () => ((await portal.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { statusText: string }[]).map((c) => c.statusText);
    expect(await cards()).toEqual(['We bereiden een brief aan KPN Vrij voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.', 'We bereiden een brief aan KPN Vrij voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.', 'We bereiden een brief aan Vitens voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.']);
    expect((await timeline()).join('\n')).not.toMatch(/schriftelijk gevraagd/);

    // The owner records the account the same day and sends the letters: the day's email says they went out.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven Vrij' } }).expect(200);
    for (const id of contracts) {
      const [blocked] = (await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as { id: string }[];
      await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    }
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    // The timeline: the request's own entry never says a letter went that day; the letter's entry, dated when it went out, says it did.
    const told = await timeline();
    expect(told.join('\n')).not.toMatch(/schriftelijk gevraagd|nog niet verstuurd/);
    expect(told.filter((text) => /^We hebben een brief aan (KPN Vrij \(Internet\)|KPN Vrij \(Mobiel\)|Vitens) voorbereid; die is later verstuurd, toen alles klopte\.$/.test(text))).toHaveLength(3);
    expect(told.filter((text) => /^Brief verstuurd aan (KPN Vrij|Vitens)/.test(text))).toHaveLength(3);
    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const [news] = digests('ruud@family.example');
    expect(news.text).toMatch(/- KPN Vrij \(Internet\): We hebben KPN Vrij gevraagd het contract te beëindigen; KPN Vrij moet uiterlijk \d+ \w+ 20\d\d antwoorden\./);
    expect(news.text).toMatch(/- KPN Vrij \(Mobiel\): We hebben KPN Vrij gevraagd het contract te beëindigen/);
    expect(news.text).toMatch(/- Vitens: We hebben Vitens gevraagd het contract te beëindigen/);
    expect(news.text).not.toMatch(/We bereiden een brief/);
  });

  it("tells where a contract stands when the email is written, also when a later step came before the day's news was written: never another step's due date", async () => {
    const anna = await t.specialist('Anna Later');
    const eneco = await createProvider(t.admin, { name: 'Eneco', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joost Later', email: 'joost@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: eneco.id, description: 'Energie', accountNumber: 'E-1', action: 'cancel' }).expect(201)).body;
    const requested = (await anna.post(`${API}/contracts/${contract.id}/request`).expect(200)).body as { dueAt: string };
    // Eneco asks a question before the outbox wrote the news of the request: the owner's deadline is now the contract's.
    const asked = (await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Graag een kopie van de akte.', documentsNeeded: [] }).expect(200)).body as { dueAt: string };
    expect(asked.dueAt).not.toBe(requested.dueAt);

    const before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await nextDay();
    await sink.waitFor(before + 1);
    const [news] = digests('joost@family.example');
    expect(news.text).toContain('- Eneco: Eneco vraagt om aanvullende informatie. Wij regelen dat; als we iets van u nodig hebben, nemen we contact met u op.');
    expect(news.text).not.toContain(longDate(asked.dueAt, 'nl')); // the owner's own deadline is never told as Eneco's
    expect(news.text).not.toContain(longDate(requested.dueAt, 'nl')); // nor a term Eneco no longer runs
  });

  it('tells each member the corrections that concern them and the new documents they may see, never one outside their reach', async () => {
    const anna = await t.specialist('Anna Visser');
    const kpn = await createProvider(t.admin, { name: 'Odido', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const add = async (name: string, email: string, role: string) =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'kind', role }).expect(201)).body.id as string;
    await add('Els Smit', 'els@family.example', 'representative');
    const piet = await add('Piet Smit', 'piet@family.example', 'heir');
    await add('Tom Smit', 'tom@family.example', 'other');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'O-1', action: 'cancel' }).expect(201)).body;
    const upload = async (kind: string, fileName: string, audience?: string) => {
      const req = anna.post(`${API}/estates/${estate.id}/documents`).field('kind', kind);
      if (audience) req.field('audience', audience);
      return (await req.attach('file', TINY_PDF, fileName).expect(201)).body.id as string;
    };
    await upload('id_document', 'paspoort-els.pdf'); // owner only
    await upload('certificate_of_inheritance', 'verklaring-van-erfrecht.pdf'); // heirs
    await upload('death_certificate', 'overlijdensakte.pdf'); // all
    const narrowed = await upload('will', 'testament.pdf', 'family');
    await anna.patch(`${API}/documents/${narrowed}`, { audience: 'owner' }).expect(200); // shown to fewer before the email: not named
    const withdrawn = await upload('provider_letter', 'brief-ander-dossier.pdf');
    await anna.post(`${API}/documents/${withdrawn}/withdraw`, { reason: 'Hoort bij een ander dossier.' }).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'O-11' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Jan Willem' } }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}/family-members/${piet}`, { iban: 'NL44 RABO 0123 4567 89' }).expect(200);

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    const mailTo = (to: string) => {
      const mails = digests(to);
      expect(mails).toHaveLength(1);
      return mails[0].text ?? '';
    };
    const everyone = ['- Het klantnummer bij Odido is gecorrigeerd van O-1 naar O-11.', '- In het dossier zijn de voornamen van de overledene gecorrigeerd van Jan naar Jan Willem.'];
    const document = (name: string) => `- Er staat een nieuw document voor u in het portaal: ${name}`;
    const els = mailTo('els@family.example');
    const pietMail = mailTo('piet@family.example');
    const tom = mailTo('tom@family.example');
    for (const text of [els, pietMail, tom]) {
      for (const line of [...everyone, document('overlijdensakte')]) expect(text).toContain(line);
      for (const never of ['paspoort', 'testament', 'brief-ander-dossier']) expect(text).not.toContain(never);
    }
    for (const text of [els, pietMail]) expect(text).toContain(document('verklaring van erfrecht'));
    // docrest: a document by what it is, never by its file name.
    for (const text of [els, pietMail, tom]) expect(text).not.toContain('.pdf');
    expect(tom).not.toContain('erfrecht'); // role other: not the heirs' document
    expect(pietMail).toContain('- In uw gegevens is het IBAN ingevuld: •••• 6789.');
    for (const text of [els, tom]) expect(text).not.toContain('IBAN'); // another relative's particulars are theirs alone
    expect(pietMail).not.toContain('NL44');

    await nextDay();
    expect(digests('tom@family.example')).toHaveLength(1); // told once
  });

  it('names which contract a correction is about when the estate has two with one provider, and says a value filled in or removed in words', async () => {
    const anna = await t.specialist('Anna Brink');
    const odido = await createProvider(t.admin, { name: 'Odido Twee', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const lies = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lies Brink', email: 'lies@family.example', relation: 'kind', role: 'representative', iban: 'NL44 RABO 0123 4567 89' }).expect(201)).body.id as string;
    const add = async (description: string, accountNumber: string) =>
      (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description, accountNumber, action: 'cancel' }).expect(201)).body.id as string;
    const mobiel = await add('Mobiel', 'M-1');
    const internet = await add('Internet', 'I-1');
    await anna.patch(`${API}/contracts/${mobiel}`, { accountNumber: 'M-11' }).expect(200);
    await anna.patch(`${API}/contracts/${internet}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}/family-members/${lies}`, { iban: null }).expect(200);

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const [mail] = digests('lies@family.example');
    expect(mail.text).toContain('- Het klantnummer bij Odido Twee (Mobiel) is gecorrigeerd van M-1 naar M-11.');
    expect(mail.text).toContain('- De gewenste einddatum bij Odido Twee (Internet) is ingevuld: 15 december 2026.');
    expect(mail.text).toContain('- In uw gegevens is het IBAN verwijderd (dit was •••• 6789).');
    expect(mail.text).not.toContain('(leeg)');
  });

  it('names the contract a call was about only when the estate has two with its provider, and the provider once (audit)', async () => {
    const anna = await t.specialist('Anna Bel');
    const kpn = await createProvider(t.admin, { name: 'KPN Bel', requiredDocuments: [] });
    const ziggo = await createProvider(t.admin, { name: 'Ziggo Bel', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Noor Bel', email: 'noor@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const add = async (providerId: string, description: string) =>
      (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description, accountNumber: `B-${description}`, action: 'cancel' }).expect(201)).body.id as string;
    const internet = await add(kpn.id, 'Internet');
    await add(kpn.id, 'Mobiel');
    const tv = await add(ziggo.id, 'Televisie');
    const day = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;
    await anna.post(`${API}/contracts/${internet}/calls`, { calledOn: day, party: 'provider', outcome: 'Beëindiging loopt.', shareWithFamily: true }).expect(201);
    await anna.post(`${API}/contracts/${tv}/calls`, { calledOn: day, party: 'provider', outcome: 'Niet gedeeld.' }).expect(201);

    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const calls = digests('noor@family.example')[0].text!.split('\n').filter((line) => line.includes('gebeld'));
    // Two KPN contracts: which one, and KPN not named again; one Ziggo contract: as the timeline says it.
    expect(calls).toEqual([
      `- KPN Bel (Internet): Uw vaste contactpersoon heeft op ${longDate(day, 'nl')} over dit contract gebeld. Beëindiging loopt.`,
      `- Uw vaste contactpersoon heeft op ${longDate(day, 'nl')} met Ziggo Bel gebeld.`,
    ]);
  });

  it("writes each member's email in their own language, and the next one in the language they switch to in the portal", async () => {
    const anna = await t.specialist('Anna Mulder', '+31 20 555 0303');
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const add = async (name: string, email: string, language?: string) =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'kind', role: 'heir', language }).expect(201)).body;
    const refused = await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kim', relation: 'kind', role: 'heir', language: 'de' }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    const lotte = await add('Lotte Bakker', 'lotte@family.example'); // no choice: Dutch
    const daan = await add('Daan Bakker', 'daan@family.example', 'en'); // lives abroad
    expect([lotte.language, daan.language]).toEqual([null, 'en']);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'Z-11' }).expect(200);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'overlijdensakte-jan.pdf').expect(201);

    const mailsTo = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to);
    const newsDay = async () => {
      const before = sink.messages.length;
      await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
      await nextDay();
      await sink.waitFor(before + 2);
      return { lotte: mailsTo('lotte@family.example').at(-1)!, daan: mailsTo('daan@family.example').at(-1)! };
    };
    const first = await newsDay();
    expect(first.lotte.subject).toBe('Nieuws over de afwikkeling voor Jan de Vries');
    expect(first.lotte.text).toMatch(/- Ziggo: We hebben Ziggo gevraagd het contract te beëindigen; Ziggo moet uiterlijk \d+ \w+ 2026 antwoorden\./);
    expect(first.lotte.text).toContain('- Het klantnummer bij Ziggo is gecorrigeerd van Z-1 naar Z-11.');
    expect(first.lotte.text).toContain('- Er staat een nieuw document voor u in het portaal: overlijdensakte');
    expect(first.lotte.text!.split('\n').filter((line) => ENGLISH_ONLY.test(line))).toEqual([]);

    expect(first.daan.subject).toBe('News about the estate of Jan de Vries');
    expect(first.daan.text).toContain('Dear Daan Bakker,\n\nThere is news about the estate of Jan de Vries:');
    expect(first.daan.text).toMatch(/- Ziggo: We have asked Ziggo to end the contract; Ziggo should answer by \d+ [A-Z][a-z]+ 2026\./);
    expect(first.daan.text).toContain('- The customer number at Ziggo was corrected from Z-1 to Z-11.');
    expect(first.daan.text).toContain('- There is a new document for you in the portal: death certificate');
    expect(first.daan.text).toContain('Any questions? Your contact person is Anna Mulder, phone +31 20 555 0303');
    expect(first.daan.text).not.toMatch(/Beste|Er staat|gecorrigeerd|uiterlijk|groet|vaste contactpersoon/);

    // Each switches the portal's language while signed in: it is remembered on them, so the next email follows.
    const server = t.app.getHttpServer();
    for (const [member, to] of [[lotte, 'en'], [daan, 'nl']] as const) {
      const signedIn = await request(server).post('/family/login').type('form').send({ code: member.accessCode }).expect(303);
      const session = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('steward_family='))!.split(';')[0];
      await request(server).post('/family/language').set('Cookie', session).type('form').send({ to, next: '/family/letters' }).expect(303).expect('Location', '/family/letters');
    }
    const members = (await anna.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items as { name: string; language: string }[];
    expect(members.map((m) => [m.name, m.language])).toEqual([['Lotte Bakker', 'en'], ['Daan Bakker', 'nl']]);

    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'Z-9' }).expect(200);
    const second = await newsDay();
    expect(second.lotte.subject).toBe('News about the estate of Jan de Vries');
    expect(second.lotte.text).toContain('- Ziggo: Ziggo has confirmed that the contract ends on 30 November 2026.');
    expect(second.daan.subject).toBe('Nieuws over de afwikkeling voor Jan de Vries');
    expect(second.daan.text).toContain('- Ziggo: Ziggo heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(second.daan.text!.split('\n').filter((line) => ENGLISH_ONLY.test(line))).toEqual([]);
  });
  it('keeps the language a relative chose on the login page as theirs, unless one was chosen already', async () => {
    const anna = await t.specialist('Anna Mulder');
    const estate = await createEstate(anna);
    const add = async (name: string, language?: string) =>
      (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email: `${name.toLowerCase()}@family.example`, relation: 'kind', role: 'heir', language }).expect(201)).body;
    const [sem, noor, ids] = [await add('Sem'), await add('Noor', 'nl'), await add('Ids')];
    const server = t.app.getHttpServer();
    // Sem switched the login page to English; Noor too, but her case owner had chosen Dutch for her; Ids chose nothing.
    await request(server).post('/family/login').set('Cookie', 'steward_lang=en').type('form').send({ code: sem.accessCode }).expect(303);
    await request(server).post('/family/login').set('Cookie', 'steward_lang=en').type('form').send({ code: noor.accessCode }).expect(303);
    await request(server).post('/family/login').type('form').send({ code: ids.accessCode }).expect(303);
    const members = (await anna.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items as { name: string; language: string | null }[];
    expect(members.map((m) => [m.name, m.language])).toEqual([['Sem', 'en'], ['Noor', 'nl'], ['Ids', null]]);
  });

  it('tells where a contract stands when the email is written, never a step of days ago with a date already passed (audit)', async () => {
    const anna = await t.specialist('Anna Laat');
    const kpn = await createProvider(t.admin, { name: 'KPN Laat', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria Laat', email: 'ria@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'L-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    expect(digests('ria@family.example')).toHaveLength(1);

    // KPN acknowledges; no email goes out for days (the clock jumps), and meanwhile its term passes and a reminder goes.
    const acknowledged = (await anna.post(`${API}/contracts/${contract.id}/provider-answer/acknowledged`, { receivedVia: 'phone' }).expect(200)).body as { dueAt: string };
    before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 21 }).expect(200);
    const { today } = (await nextDay()).body as { today: string };
    await sink.waitFor(before + 1);
    const now = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; dueAt: string };
    expect(now.state).toBe('reminded');
    const [, news] = digests('ria@family.example');
    expect(news.text).toContain(`- KPN Laat: KPN Laat heeft de beëindiging nog niet bevestigd. We hebben een herinnering gestuurd; KPN Laat moet nu uiterlijk ${longDate(now.dueAt, 'nl')} antwoorden.`);
    expect(news.text).not.toContain(longDate(acknowledged.dueAt, 'nl'));
    expect(news.text).not.toContain('heeft het verzoek ontvangen');
    expect(now.dueAt > today).toBe(true);
    // The email is dated the day it tells of, also when the clock was moved (a demo, this test).
    expect(dutchDate(news.date!)).toBe(today);
  });

  it('tells every missed term in its own email, in the portal card\'s words (nl, en), and names the end date of what is owed until it is paid (audit)', async () => {
    const anna = await t.specialist('Anna Termijn');
    const kpn = await createProvider(t.admin, { name: 'KPN Termijn', requiredDocuments: [], slaBusinessDays: 5 });
    const estate = await createEstate(anna);
    const member = async (body: object) => (await anna.post(`${API}/estates/${estate.id}/family-members`, { relation: 'kind', ...body }).expect(201)).body as { accessCode: string };
    const signedIn = async ({ accessCode }: { accessCode: string }) => t.as((await t.anonymous.post(`${API}/portal/access`, { code: accessCode }).expect(200)).body.accessToken);
    const wim = await signedIn(await member({ name: 'Wim Termijn', email: 'wim@family.example', isHeir: true, isRepresentative: true }));
    const noor = await signedIn(await member({ name: 'Noor Termijn', email: 'noor@family.example', role: 'heir', language: 'en' }));
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'T-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const news = (to: string) => digests(to).at(-1)!.text!;
    const english = () => sink.messages.filter((m) => m.subject?.startsWith('News about') && m.to && 'text' in m.to && m.to.text === 'noor@family.example').at(-1)!.text!;

    // KPN lets its term pass with nothing else happening that day: the reminder is the day's only news.
    before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200);
    await nextDay();
    await sink.waitFor(before + 2);
    const reminded = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body as { state: string; dueAt: string };
    expect(reminded.state).toBe('reminded');
    expect(news('wim@family.example')).toContain(`- KPN Termijn: KPN Termijn heeft de beëindiging nog niet bevestigd. We hebben een herinnering gestuurd; KPN Termijn moet nu uiterlijk ${longDate(reminded.dueAt, 'nl')} antwoorden.`);
    expect(english()).toContain(`- KPN Termijn: KPN Termijn has not yet confirmed the cancellation. We have sent a reminder; KPN Termijn should now answer by ${longDate(reminded.dueAt, 'en')}.`);

    // It confirms the end on 30 November, then bills November and December: December's part is disputed.
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'T-R' }).expect(200);
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'TF-1', invoiceDate: today, periodFrom: '2026-11-01', periodTo: '2026-12-31', amount: 61 }).expect(200);
    const card = async (lang: 'nl' | 'en') => (await (lang === 'en' ? noor : wim).get(`${API}/portal/contracts?lang=${lang}`).expect(200)).body.items[0].statusText as string;
    expect(await card('nl')).toContain('het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd.');
    expect(await card('en')).toContain('the part up to 30 November 2026, the end date, is owed.');
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    expect(news('wim@family.example')).toContain('het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd.');

    // KPN lets the dispute's term pass too: the complaint is the day's news, once.
    before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200);
    await nextDay();
    await sink.waitFor(before + 2);
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.state).toBe('disputeEscalated');
    expect(news('wim@family.example')).toContain('- KPN Termijn: KPN Termijn heeft niet gereageerd op ons bezwaar tegen de rekening. We hebben een klacht ingediend.');
    expect(english()).toContain('- KPN Termijn: KPN Termijn did not answer our objection to the bill. We have filed a complaint.');
    expect(news('wim@family.example').match(/klacht ingediend/g)).toHaveLength(1);

    // The representative pays the part up to the end date: the card no longer says it is owed.
    await wim.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'TF-1', paidOn: today }).expect(201);
    expect(await card('nl')).toContain('het deel tot en met 30 november 2026, de einddatum, is betaald.');
    expect(await card('nl')).not.toContain('verschuldigd');
    expect(await card('en')).toContain('the part up to 30 November 2026, the end date, has been paid.');
  });

  it('tells a late bill and what we did with it before the collection stop of the same day, its letter held back as held back, without figures for a relative outside the debts', async () => {
    const anna = await t.specialist('Anna Laatste');
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const postbus = { street: 'Postbus 9', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const kpn = await createProvider(t.admin, { name: 'KPN Nota', category: 'telecom', requiredDocuments: [] });
    const post = await createProvider(t.admin, { name: 'Post Nota', category: 'telecom', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const estate = await createEstate(anna);
    const add = (name: string, email: string, body: object) => anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'kind', ...body }).expect(201);
    await add('Mila Nota', 'mila@family.example', { isHeir: true, isRepresentative: true });
    await add('Sem Nota', 'sem@family.example', { role: 'heir', language: 'en' });
    await add('Lotte Nota', 'lotte.nota@family.example', { relation: 'kleindochter', isHeir: false, isRepresentative: false });
    const contractAt = async (providerId: string, accountNumber: string) => {
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${accountNumber}-R`, effectiveDate: '2026-11-30' }).expect(200);
      return id;
    };
    const sent = await contractAt(kpn.id, 'NK-1');
    const held = await contractAt(post.id, 'NP-1');
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);

    // The same day: a bill after the end date for each, then a collection agency's letter about each. Post Nota's dispute
    // letter is held back (its address slipped to the deceased's home); the collection stop goes after the fix.
    const bill = (reference: string) => ({ reference, invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60 });
    await anna.post(`${API}/contracts/${sent}/invoice-after-end`, bill('NF-1')).expect(200);
    await t.admin.patch(`${API}/providers/${post.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: home } }).expect(200);
    await anna.post(`${API}/contracts/${held}/invoice-after-end`, bill('NF-2')).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await t.admin.patch(`${API}/providers/${post.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: postbus } }).expect(200);
    for (const id of [sent, held]) await anna.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso Noord', reference: `INC-${id.slice(0, 4)}`, amount: 72.5 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const letters = (await anna.get(`${API}/contracts/${held}`).expect(200)).body.letters as { kind: string; status: string }[];
    expect(letters.filter((l) => l.kind === 'dispute').map((l) => l.status)).toEqual(['blocked']);

    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    // Each contract's news in the order it came: its bill and what we did with it, then where it stands now (the collection stop;
    // Post Nota's letter goes by post and its batch is not posted yet).
    const lines = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!.split('\n').filter((line) => line.startsWith('- '));
    expect(lines('mila@family.example')).toEqual([
      '- KPN Nota: Er kwam een rekening van KPN Nota; we hebben bezwaar gemaakt.',
      '- Post Nota: Er kwam een rekening van Post Nota. We bereiden een brief voor waarin we er bezwaar tegen maken; uw vaste contactpersoon verstuurt hem zodra alles klopt.',
      expect.stringMatching(/^- KPN Nota: Er kwam een brief van een incassobureau over het contract bij KPN Nota\. .*€/),
      // Its objection has not gone out: not "niet te betalen zolang het bezwaar loopt".
      '- Post Nota: Er kwam een brief van een incassobureau over het contract bij Post Nota. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. We bereiden een brief voor waarin we bezwaar maken tegen rekening NF-2; uw vaste contactpersoon verstuurt hem zodra alles klopt. Onze brief hierover aan Post Nota ligt klaar voor de post.',
    ]);
    expect(lines('sem@family.example')).toEqual([
      '- KPN Nota: A bill came from KPN Nota; we disputed it.',
      '- Post Nota: A bill came from Post Nota. We are preparing a letter disputing it; your contact person will send it as soon as everything is in order.',
      expect.stringMatching(/^- KPN Nota: A debt-collection letter arrived about the contract with KPN Nota\./),
      '- Post Nota: A debt-collection letter arrived about the contract with Post Nota. We are preparing a letter asking for the collection to be suspended; you do not need to do anything yourself. We are preparing a letter disputing bill NF-2; your contact person will send it as soon as everything is in order. Our letter about this to Post Nota is ready for the post.',
    ]);
    const hers = lines('lotte.nota@family.example');
    expect(hers).toEqual([
      '- KPN Nota: Er kwam een rekening van KPN Nota; we hebben bezwaar gemaakt.',
      '- Post Nota: Er kwam een rekening van Post Nota. We bereiden een brief voor waarin we er bezwaar tegen maken; uw vaste contactpersoon verstuurt hem zodra alles klopt.',
      expect.stringMatching(/^- KPN Nota: Er kwam een brief van een incassobureau over het contract bij KPN Nota\. Op \d+ \w+ 2027 hebben we schriftelijk gevraagd de incasso op te schorten; u hoeft hier zelf niets aan te doen\.$/),
      '- Post Nota: Er kwam een brief van een incassobureau over het contract bij Post Nota. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. Onze brief hierover aan Post Nota ligt klaar voor de post.',
    ]);
    expect(hers.join('\n')).not.toMatch(/€|NF-1|NF-2|INC-/);
    expect(lines('mila@family.example').join('\n')).not.toMatch(/We hebben bezwaar gemaakt tegen .*Post Nota|Post Nota; we hebben bezwaar gemaakt/);
  });

  it('tells a fact confirmed and corrected the same day once, as it stands, and a correction only of what an earlier email told (audit)', async () => {
    const anna = await t.specialist('Anna Zelfdedag');
    const kpn = await createProvider(t.admin, { name: 'KPN Zelfdedag', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ilse Zelfdedag', email: 'ilse@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'ZD-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);

    // Confirmed with a wrong date and corrected the same day: the family never read the wrong one.
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: 'ZD-R' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-30', reference: 'ZD-R' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const sameDay = digests('ilse@family.example').slice(-1)[0].text!;
    expect(sameDay).toContain('30 december 2026');
    expect(sameDay).not.toContain('31 december 2026');
    expect(sameDay).not.toContain('in plaats van');

    // Corrected again on a later day: now against the date the last email told.
    await anna.post(`${API}/contracts/${contract}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-29', reference: 'ZD-R' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    expect(digests('ilse@family.example').slice(-1)[0].text).toMatch(/de einddatum 29 december 2026 is in plaats van 30 december 2026/);
  });

  it('tells what is still disputed of a bill once, as corrected, when its part credit and its correction came the same day (audit)', async () => {
    const anna = await t.specialist('Anna Deelcredit');
    const kpn = await createProvider(t.admin, { name: 'KPN Deelcredit', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joost Deelcredit', email: 'joost@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'DC-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'DC-R' }).expect(200);
    const bill = { reference: 'DB-1', invoiceDate: '2026-11-16', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 20 };
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, bill).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);

    await anna.post(`${API}/contracts/${contract}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 10 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/bill-corrected`, { ...bill, invoiceReference: 'DB-1', amount: 23 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const text = digests('joost@family.example').slice(-1)[0].text!;
    expect(text).toContain('het bedrag is €\u00a023,00 in plaats van €\u00a020,00');
    expect(text.match(/de overige €\u00a013,00 waartegen we bezwaar maakten/g)).toHaveLength(1);
    expect(text).not.toContain('tegen de overige €\u00a010,00');
  });

  it("tells a late bill's dispute as made when its held-back letter went out the same day, whatever the letter's state when the bill was recorded", async () => {
    const anna = await t.specialist('Anna Vrijgegeven');
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const postbus = { street: 'Postbus 10', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const post = await createProvider(t.admin, { name: 'Post Later', category: 'telecom', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Vera Later', email: 'vera@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Internet', accountNumber: 'PL-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'PL-R', effectiveDate: '2026-11-30' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);

    await t.admin.patch(`${API}/providers/${post.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: home } }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'PF-1', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    // The owner fixes the address and sends the held-back dispute letter the same day.
    await t.admin.patch(`${API}/providers/${post.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: postbus } }).expect(200);
    const [blocked] = ((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string; kind: string; status: string }[]).filter((l) => l.kind === 'dispute');
    expect(blocked.status).toBe('blocked');
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const [, news] = digests('vera@family.example');
    expect(news.text).toContain('- Post Later: Er kwam een rekening van Post Later; we hebben bezwaar gemaakt.');
    expect(news.text).not.toContain('We bereiden een brief');
  });

  it("tells a provider's refusal of our objection, which the family is not told as a step, as the contract stands after the collection stop told the same day (audit)", async () => {
    const anna = await t.specialist('Anna Afgewezen');
    const nrc = await createProvider(t.admin, { name: 'NRC Afgewezen', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Afgewezen', email: 'maria.afgewezen@family.example', relation: 'partner', role: 'representative' }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Tom Afgewezen', email: 'tom.afgewezen@family.example', relation: 'kleinzoon', isHeir: false, isRepresentative: false, language: 'en' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: nrc.id, description: 'Krant', accountNumber: 'NA-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NA-R', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { invoiceDate: '2026-11-16', amount: 24.99, reference: 'NRC-F-9911', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-4455', amount: 64.99 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);

    // The same day: the collection stopped, then NRC holds to its bill (news for the owner only, as a step).
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'Incassobureau Noord sloot het dossier.' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/dispute-answer/dispute_rejected`, { receivedVia: 'email', reason: 'Het abonnement loopt per maand; de hele maand is verschuldigd.' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const lines = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!.split('\n').filter((line) => line.startsWith('- '));
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const [card] = (await portal.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { statusText: string }[];
    expect(card.statusText).toMatch(/^NRC Afgewezen houdt vast aan de rekening/);
    // What the step said, then where the contract stands now, as the portal card says it.
    expect(lines('maria.afgewezen@family.example')).toEqual([expect.stringMatching(/^- NRC Afgewezen: NRC Afgewezen heeft laten weten dat de incasso is gestopt/), `- NRC Afgewezen: ${card.statusText}`]);
    // In English, and without the bill's reference for a relative outside the estate's debts.
    expect(lines('tom.afgewezen@family.example')).toEqual([
      '- NRC Afgewezen: NRC Afgewezen told us that the debt collection has stopped; our objection to the bill still stands. This was passed on to us by phone.',
      // famdigest2 (stop66mends): the card names the collection that stopped (audit95 F5), which the line above said already: told once.
      '- NRC Afgewezen: NRC Afgewezen maintains the bill we objected to. Your contact person decides how we go on and will let you know.',
    ]);
    // A reader of the debts keeps the card's sentence: it names which collection stopped, by its reference and sum.
    expect(card.statusText).toMatch(/NRC Afgewezen liet weten dat de incasso door Incassobureau Noord \(kenmerk INC-4455, €\s64,99\) is gestopt\.$/);
  });

  it('tells a part credit once when the confirmation, the bill and the credit note came the same day (audit)', async () => {
    const anna = await t.specialist('Anna Eenmaal');
    const kpn = await createProvider(t.admin, { name: 'KPN Eenmaal', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Elif Eenmaal', email: 'elif.eenmaal@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'EE-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);

    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-OPZ-88' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { invoiceDate: '2026-11-16', amount: 30, reference: 'KPN-F-555', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 10 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const lines = digests('elif.eenmaal@family.example').slice(-1)[0].text!.split('\n').filter((line) => line.startsWith('- '));
    // The part credit's news says where the contract stands (its state's words): not said a second time after it. The end date
    // KPN confirmed first is said once, on a line of its own: the part credit's words do not name it.
    expect(lines).toEqual([
      '- KPN Eenmaal: KPN Eenmaal heeft bevestigd dat het contract eindigt op 30 november 2026.',
      '- KPN Eenmaal: Er kwam een rekening van KPN Eenmaal; we hebben bezwaar gemaakt.',
      '- KPN Eenmaal: KPN Eenmaal heeft €\u00a010,00 van rekening KPN-F-555 gecrediteerd; de overige €\u00a020,00 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten. Dit werd ons telefonisch doorgegeven.',
    ]);
  });

  it("tells a bank's or insurer's answer as what it did when a bill came the same day, and that bill once, in Dutch and English (digestasked)", async () => {
    const anna = await t.specialist('Anna Antwoord');
    const ing = await createProvider(t.admin, { name: 'ING Antwoord', category: 'bank', requiredDocuments: [] });
    const cb = await createProvider(t.admin, { name: 'CB Antwoord', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els Antwoord', email: 'els.antwoord@family.example', relation: 'kind', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Eric Antwoord', email: 'eric.antwoord@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    const bank = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ing.id, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', action: 'cancel' }).expect(201)).body.id as string;
    const life = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: cb.id, description: 'Overlijdensrisicoverzekering', accountNumber: 'POL-88003', action: 'cancel', insuranceKind: 'life' }).expect(201)).body.id as string;
    for (const id of [bank, life]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);

    // Each answers what it did, and a bill of it came the same day.
    await anna.post(`${API}/contracts/${bank}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ING-A1', done: 'accountBlocked', balance: 250 }).expect(200);
    await anna.post(`${API}/contracts/${bank}/invoice-after-end`, { invoiceDate: '2026-11-16', amount: 3, reference: 'ING-KOSTEN-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await anna.post(`${API}/contracts/${life}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-20', reference: 'CB-A1', done: 'payoutHandled' }).expect(200);
    await anna.post(`${API}/contracts/${life}/invoice-after-end`, { invoiceDate: '2026-11-21', amount: 12, reference: 'CB-PREM-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const lines = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!.split('\n').filter((line) => line.startsWith('- '));
    // What each did, as its card says it (never an end), then the bill in its own words: once.
    expect(lines('els.antwoord@family.example')).toEqual([
      '- ING Antwoord: ING Antwoord heeft de rekening geblokkeerd en het saldo doorgegeven.',
      // bankdispute: a bank's charge is costs, as the family's card says (bankrest).
      '- ING Antwoord: ING Antwoord heeft kosten in rekening gebracht; we hebben bezwaar gemaakt.',
      '- CB Antwoord: CB Antwoord heeft de uitkering in behandeling genomen.',
      '- CB Antwoord: Er kwam een rekening van CB Antwoord; we hebben bezwaar gemaakt.',
    ]);
    const english = lines('eric.antwoord@family.example');
    expect(english.slice(0, 1)).toEqual(['- ING Antwoord: ING Antwoord has blocked the account and told us the balance.']);
    expect(english).toContain('- CB Antwoord: CB Antwoord has taken up the payout.');
    expect(english).toHaveLength(4);
    expect(english.join('\n')).not.toMatch(/confirmed that the contract ends/);
  });

  it('tells a confirmed end and a bill of the same day each once, the bill with what need not be paid and what is owed while the objection runs, in Dutch and English (digestgap)', async () => {
    const anna = await t.specialist('Anna Rekening');
    const kpn = await createProvider(t.admin, { name: 'KPN Rekening', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joep Rekening', email: 'joep.rekening@family.example', relation: 'kind', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ann Rekening', email: 'ann.rekening@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kim Rekening', email: 'kim.rekening@family.example', relation: 'kleindochter', isHeir: false, isRepresentative: false }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KR-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);

    // KPN confirms the end on 30 November and bills November and December the same day: December's part is disputed.
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KR-OK' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'KRF-1', invoiceDate: t.clock.today(), periodFrom: '2026-11-01', periodTo: '2026-12-31', amount: 61 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    const lines = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!.split('\n').filter((line) => line.startsWith('- '));
    const dutch = lines('joep.rekening@family.example');
    expect(dutch[0]).toBe('- KPN Rekening: KPN Rekening heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(dutch).toHaveLength(2);
    expect(dutch[1]).toMatch(/^- KPN Rekening: KPN Rekening heeft na de einddatum nog een rekening gestuurd\. We hebben bezwaar gemaakt en verwachten .* een reactie\. U hoeft het deel na de einddatum \(€\s31,00\) niet te betalen zolang het bezwaar loopt; het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd\.$/);
    const english = lines('ann.rekening@family.example');
    expect(english[0]).toBe('- KPN Rekening: KPN Rekening has confirmed that the contract ends on 30 November 2026.');
    expect(english).toHaveLength(2);
    expect(english[1]).toMatch(/^- KPN Rekening: KPN Rekening sent a bill after the end date\. We have disputed it and expect an answer .*\. You need not pay the part after the end date \(€31\.00\) while the dispute is open; the part up to 30 November 2026, the end date, is owed\.$/);
    // A relative outside the estate's debts reads the bill once too, with no figure.
    const hers = lines('kim.rekening@family.example');
    expect(hers).toHaveLength(2);
    expect(hers.join('\n')).not.toMatch(/€|KRF-1/);
    expect(hers.join('\n').match(/rekening/g)).toHaveLength(1);
  });

  it('tells same-day steps of one contract each once, with what need not or must be paid: a bill withdrawn or paid from the estate, a question asked and answered, a collection (digestgap)', async () => {
    const anna = await t.specialist('Anna Dag');
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Jo Dag', email: 'jo.dag@family.example', relation: 'kind', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'An Dag', email: 'an.dag@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    const ids: string[] = [];
    for (const name of ['Intrekt Dag', 'Betaalt Dag', 'Vraagt Dag', 'Incasso Dag']) {
      const provider = await createProvider(t.admin, { name, requiredDocuments: [] });
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Thuis', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      if (name !== 'Vraagt Dag') await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${name}-OK`, effectiveDate: '2026-11-30' }).expect(200);
      ids.push(id);
    }
    await t.runDue();
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const [withdrew, pays, asks, collect] = ids;
    const bill = (reference: string) => ({ reference, invoiceDate: t.clock.today(), periodFrom: '2026-11-01', periodTo: '2026-12-31', amount: 61 });
    await anna.post(`${API}/contracts/${withdrew}/invoice-after-end`, bill('ID-1')).expect(200);
    await anna.post(`${API}/contracts/${withdrew}/dispute-resolved`, { invoiceReference: 'ID-1', outcome: 'providerWithdrew', receivedVia: 'email' }).expect(200);
    await anna.post(`${API}/contracts/${pays}/invoice-after-end`, bill('BD-1')).expect(200);
    await anna.post(`${API}/contracts/${pays}/dispute-resolved`, { invoiceReference: 'BD-1', outcome: 'payFromEstate' }).expect(200);
    await anna.post(`${API}/contracts/${asks}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Wie zijn de erfgenamen?', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${asks}/information-supplied`, { note: 'De kinderen.', documentIds: [] }).expect(200);
    await anna.post(`${API}/contracts/${collect}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-D1', amount: 72.5 }).expect(200);
    await t.runDue();
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const mail = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!;
    const lines = (to: string) => mail(to).split('\n').filter((line) => line.startsWith('- '));
    // The question asked and answered the same day leaves the request where the last email left it: no news, counted as running.
    expect(lines('jo.dag@family.example')).toEqual([
      '- Intrekt Dag: Er kwam een rekening van Intrekt Dag; we hebben bezwaar gemaakt.',
      '- Intrekt Dag: Intrekt Dag heeft rekening ID-1 (€ 61,00) alsnog ingetrokken; u hoeft die niet te betalen. Dit werd ons per e-mail doorgegeven.',
      '- Betaalt Dag: Er kwam een rekening van Betaalt Dag; we hebben bezwaar gemaakt.',
      '- Betaalt Dag: Rekening BD-1 (€ 61,00) van Betaalt Dag wordt betaald uit de nalatenschap. Van rekening BD-1 gaat € 31,00 over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.',
      '- Incasso Dag: Er kwam een brief van een incassobureau over het contract bij Incasso Dag. Op 4 februari 2027 hebben we schriftelijk gevraagd de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.',
    ].map((line) => line.replaceAll('€ ', '€\u00a0')));
    expect(mail('jo.dag@family.example')).toContain('Over 1 ander contract is er geen nieuws; dat loopt nog.');
    expect(mail('jo.dag@family.example')).toContain('Er staan rekeningen die uit de nalatenschap betaald moeten worden');
    expect(lines('an.dag@family.example')).toEqual([
      '- Intrekt Dag: A bill came from Intrekt Dag; we disputed it.',
      '- Intrekt Dag: Intrekt Dag has withdrawn bill ID-1 (€61.00) after all; you need not pay it. This was passed on to us by email.',
      '- Betaalt Dag: A bill came from Betaalt Dag; we disputed it.',
      '- Betaalt Dag: Bill BD-1 (€61.00) from Betaalt Dag will be paid from the estate. Of bill BD-1, €31.00 is for time after the end date; your contact person decided it is to be paid after all.',
      '- Incasso Dag: A debt-collection letter arrived about the contract with Incasso Dag. On 4 February 2027 we asked in writing for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.',
    ]);
  });

  it("says of a collection stop beside the contract's final bill still owed what its card says: pay that only after talking to the contact person, in Dutch and English (audit)", async () => {
    const anna = await t.specialist('Anna Greet');
    const kpn = await createProvider(t.admin, { name: 'KPN Greet', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Greet' });
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Greet', email: 'maria.greet@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sem Greet', email: 'sem.greet@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'KG-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KG-OPZ', effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);

    // The next day an agency's letter about the final bill, which the family's list shows as owed.
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-G', amount: 45 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const [, maria] = digests('maria.greet@family.example');
    expect(maria.text).toContain('- KPN Greet: Er kwam een brief van een incassobureau over het contract bij KPN Greet. Op 6 februari 2027 hebben we schriftelijk gevraagd de incasso op te schorten. Uw contactpersoon handelt dit af. Betaal wat bij KPN Greet nog openstaat pas na overleg met uw contactpersoon.');
    expect(maria.text).not.toContain('zelf niets te betalen');
    const [, sem] = sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === 'sem.greet@family.example');
    expect(sem.text).toContain('- KPN Greet: A debt-collection letter arrived about the contract with KPN Greet. On 6 February 2027 we asked in writing for the collection to be suspended. Your contact person is handling it. Pay what is still open with KPN Greet only after talking to your contact person.');
    expect(sem.text).not.toContain('nothing for you to pay');
  });

  it('sends a relative whose portal access was withdrawn no daily email, and sends it again once the owner invites them anew', async () => {
    const anna = await t.specialist('Anna de Boer');
    const kpn = await createProvider(t.admin, { name: 'KPN Bos', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ilse Bos', email: 'ilse.bos@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const joost = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joost Bos', email: 'joost.bos@family.example', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'JB-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/family-members/${joost.id}/access/withdraw`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const arrived = async (to: string, count: number) => {
      const until = Date.now() + 15_000;
      while (digests(to).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      return digests(to);
    };
    await nextDay();
    expect(await arrived('ilse.bos@family.example', 1)).toHaveLength(1);
    // Withdrawn: the link in the email would not open for him, so no email (his sibling's news is no reason to write either).
    await nextDay();
    expect(digests('joost.bos@family.example')).toHaveLength(0);

    // The owner's new invitation gives the access back, and with it the daily news.
    await anna.post(`${API}/estates/${estate.id}/family-members/${joost.id}/invitation`).expect(201);
    const today = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: today, reference: 'KPN-JB' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await nextDay();
    const [news] = await arrived('joost.bos@family.example', 1);
    expect(news.text).toContain(`KPN Bos heeft bevestigd dat het contract eindigt op ${longDate(today, 'nl')}.`);
  });
  it("tells the relative who reported a bill what the owner decided, once, and the other relatives the decision without her reply (familyrest, familyrest2)", async () => {
    const anna = await t.specialist('Anna Veld');
    const kpn = await createProvider(t.admin, { name: 'KPN Veld', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KV-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-V1', effectiveDate: '2026-11-30' }).expect(200);
    const member = async (name: string, email: string) => (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'kind', isHeir: true, isRepresentative: true }).expect(201)).body as { accessCode: string };
    const fenna = await member('Fenna Veld', 'fenna.veld@family.example');
    const gijsCode = await member('Gijs Veld', 'gijs.veld@family.example');
    const session = t.as((await t.anonymous.post(`${API}/portal/access`, { code: fenna.accessCode }).expect(200)).body.accessToken);
    const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60 };
    const report = async (reference: string, named: boolean) =>
      (await session.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: `Rekening ${reference}.`, ...bill, reference, ...(named && { contractId: contract }) }).expect(201)).body.id as string;
    const recorded = await report('F-V1', false);
    const dropped = await report('F-V2', true);
    await anna.post(`${API}/family-reports/${recorded}/bill`, { ...bill, reference: 'F-V1', contractId: contract }).expect(200);
    await anna.post(`${API}/family-reports/${dropped}/handle`, { reply: 'Dezelfde rekening als F-V1; daar loopt ons bezwaar al.' }).expect(204);
    // familyline: a report that names no contract, handled without one, is named by the day it was reported.
    const reportedOn = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;
    const unnamed = await report('F-V4', false);
    await anna.post(`${API}/family-reports/${unnamed}/handle`, { reply: 'Deze rekening is al betaald.' }).expect(204);
    // leaseclear (audit75 F-10): recording a bill, she may reply too; Today's form for it offers the reply as "handle" does.
    const answered = await report('F-V3', true);
    const todayHtml = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const billForm = todayHtml.slice(todayHtml.indexOf(`action="/app/family-reports/${answered}/bill"`));
    expect(billForm.slice(0, billForm.indexOf('</form>'))).toMatch(/Antwoord aan het familielid \(optioneel\)[\s\S]*name="reply"/);
    await anna.post(`/app/family-reports/${answered}/bill`).set('Cookie', `steward_app=${anna.token}`).type('form')
      .send({ invoiceDate: bill.invoiceDate, periodFrom: bill.periodFrom, periodTo: bill.periodTo, amount: '60,00', reference: 'F-V3', reply: 'Vastgelegd; KPN krijgt ons bezwaar tegen de dagen na 30 november.' })
      .expect(303);

    await t.runDue();
    const before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    const [mail] = digests('fenna.veld@family.example').map((m) => ({ text: m.text!.replace(/\u00a0/g, ' ') }));
    // Recorded: the decision, once; the objection is told by the dispute's own news, not again.
    expect(mail.text).toContain('- Uw melding van een rekening na de einddatum over KPN Veld (factuurnummer F-V1, € 60,00): Anna Veld heeft de rekening gecontroleerd en vastgelegd bij het contract.\n');
    expect(mail.text).not.toContain('We maken bij de aanbieder bezwaar');
    expect(mail.text).toContain('- Uw melding van een rekening na de einddatum over KPN Veld (factuurnummer F-V3, € 60,00): Anna Veld heeft de rekening gecontroleerd en vastgelegd bij het contract. Antwoord van uw vaste contactpersoon: Vastgelegd; KPN krijgt ons bezwaar tegen de dagen na 30 november.\n');
    expect(mail.text).toContain('- Uw melding van een rekening na de einddatum over KPN Veld (factuurnummer F-V2, € 60,00): Anna Veld heeft de rekening bekeken en uw melding afgehandeld. Antwoord van uw vaste contactpersoon: Dezelfde rekening als F-V1; daar loopt ons bezwaar al.');
    // Her reply was to Fenna: her brother reads what was decided in neutral words (familyrest2), not her reply.
    const [gijs] = digests('gijs.veld@family.example').map((m) => ({ text: m.text!.replace(/\u00a0/g, ' ') }));
    expect(gijs.text).not.toContain('Uw melding van een rekening');
    expect(gijs.text).not.toContain('Dezelfde rekening als F-V1');
    expect(gijs.text).not.toContain('Vastgelegd; KPN krijgt');
    expect(gijs.text).toContain('- Een familielid meldde een rekening na de einddatum over KPN Veld (factuurnummer F-V1, € 60,00): Anna Veld heeft die gecontroleerd en vastgelegd bij het contract.\n');
    expect(gijs.text).toContain('- Een familielid meldde een rekening na de einddatum over KPN Veld (factuurnummer F-V2, € 60,00): Anna Veld heeft die bekeken en de melding afgehandeld.\n');
    // His timeline says the same decisions, hers with her reply.
    const gijsSession = t.as((await t.anonymous.post(`${API}/portal/access`, { code: gijsCode.accessCode }).expect(200)).body.accessToken);
    const texts = async (s: typeof session) => ((await s.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((i) => i.text);
    const his = await texts(gijsSession);
    // familyline: each line names its report as his email does (on main two lines alike: "… die een familielid meldde, …").
    const named = (items: string[]) => items.map((i) => i.replace(/\u00a0/g, ' '));
    expect(named(his)).toContain('Uw vaste contactpersoon heeft een rekening die een familielid meldde over KPN Veld (factuurnummer F-V1, € 60,00), gecontroleerd en vastgelegd bij het contract.');
    expect(named(his)).toContain('Uw vaste contactpersoon heeft een rekening die een familielid meldde over KPN Veld (factuurnummer F-V2, € 60,00), bekeken en de melding afgehandeld.');
    expect(named(his)).toContain(`Uw vaste contactpersoon heeft een rekening die een familielid meldde (gemeld op ${longDate(reportedOn, 'nl')}, factuurnummer F-V4, € 60,00), bekeken en de melding afgehandeld.`);
    expect(gijs.text).toContain(`- Een familielid meldde een rekening na de einddatum (gemeld op ${longDate(reportedOn, 'nl')}, factuurnummer F-V4, € 60,00): Anna Veld heeft die bekeken en de melding afgehandeld.\n`);
    const hisEn = named(((await gijsSession.get(`${API}/portal/timeline?limit=100&lang=en`).expect(200)).body.items as { text: string }[]).map((i) => i.text));
    expect(hisEn).toContain('Your contact person has checked a bill a family member reported about KPN Veld (bill number F-V1, €60.00) and recorded it with the contract.');
    expect(hisEn).toContain(`Your contact person has looked at a bill a family member reported (reported on ${longDate(reportedOn, 'en')}, bill number F-V4, €60.00) and dealt with the report.`);
    expect(his.join('\n')).not.toContain('Dezelfde rekening als F-V1');
    // reportlist: hers names each report too (on main "… de rekening die u meldde, …" alike).
    expect(named(await texts(session))).toContain('Uw vaste contactpersoon heeft de rekening die u meldde over KPN Veld (factuurnummer F-V2, € 60,00), bekeken en de melding afgehandeld en schrijft u: „Dezelfde rekening als F-V1; daar loopt ons bezwaar al.”');
    expect(named(await texts(session))).toContain('Uw vaste contactpersoon heeft de rekening die u meldde over KPN Veld (factuurnummer F-V3, € 60,00), gecontroleerd en vastgelegd bij het contract en schrijft u: „Vastgelegd; KPN krijgt ons bezwaar tegen de dagen na 30 november.”');
    expect(named(await texts(session))).toContain(`Uw vaste contactpersoon heeft de rekening die u meldde (gemeld op ${longDate(reportedOn, 'nl')}, factuurnummer F-V4, € 60,00), bekeken en de melding afgehandeld en schrijft u: „Deze rekening is al betaald.”`);
    expect(his.join('\n')).not.toContain('Vastgelegd; KPN krijgt');
    // Told once: the next day's email (if any) does not say it again.
    await nextDay();
    await nextDay();
    expect(digests('fenna.veld@family.example').slice(1).some((m) => m.text?.includes('Uw melding van een rekening'))).toBe(false);
  });

  it("names each reported bill and collection letter in every relative's email with the owner's decision, the reporter reading no less; counts a finished contract with an open report as running, per relative (familyopen, audit75 F-7)", async () => {
    const anna = await t.specialist('Anna Open');
    const provider = (name: string) => createProvider(t.admin, { name, requiredDocuments: [] });
    const [kpn, ziggo, vitens, eneco] = [await provider('KPN Open'), await provider('Ziggo Open'), await provider('Vitens Open'), await provider('Eneco Open')];
    const estate = await createEstate(anna);
    const contractWith = async (p: { id: string }, number: string, done: boolean) => {
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, description: 'Thuis', accountNumber: number, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      if (done) await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${number}-OK`, effectiveDate: '2026-11-30' }).expect(200);
      return id;
    };
    const [kpnContract, ziggoContract, vitensContract, enecoContract] = [await contractWith(kpn, 'KO-1', true), await contractWith(ziggo, 'ZO-1', true), await contractWith(vitens, 'VO-1', true), await contractWith(eneco, 'EO-1', false)];
    const member = async (name: string, email: string, heir: boolean) => (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: heir ? 'kind' : 'kleinkind', isHeir: heir, isRepresentative: heir && name.startsWith('Fenna') }).expect(201)).body as { accessCode: string };
    const fennaCode = await member('Fenna Open', 'fenna.open@family.example', true);
    await member('Gijs Open', 'gijs.open@family.example', true);
    await member('Lotte Open', 'lotte.open@family.example', false);
    await t.runDue();
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);

    const fenna = t.as((await t.anonymous.post(`${API}/portal/access`, { code: fennaCode.accessCode }).expect(200)).body.accessToken);
    // Two bills of one contract, both handled with a reply: the other relatives could not tell the two decisions apart (audit75 F-7).
    const bill = async (reference: string, invoiceDate: string, amount: number) =>
      (await fenna.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: kpnContract, message: `Rekening ${reference}.`, invoiceDate, periodFrom: invoiceDate, periodTo: '2026-12-15', amount, reference }).expect(201)).body.id as string;
    const first = await bill('F-O1', '2026-11-16', 60);
    const second = await bill('F-O2', '2026-11-20', 45);
    await anna.post(`${API}/family-reports/${first}/handle`, { reply: 'Die is al betaald.' }).expect(204);
    await anna.post(`${API}/family-reports/${second}/handle`, { reply: 'Die heeft KPN zelf ingetrokken.' }).expect(204);
    // A collection letter the owner records from the report: the report is handled with it.
    await fenna.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: ziggoContract, message: 'Een incassobrief.', agency: 'Incasso Noord', reference: 'INC-O1', amount: 80 }).expect(201);
    await anna.post(`${API}/contracts/${ziggoContract}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-O1', amount: 80 }).expect(200);
    // Vitens is done by its state but a report about it waits for Anna; Eneco still runs, a report about it waiting too.
    await fenna.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', contractId: vitensContract, message: 'Nog een brief van Vitens.' }).expect(201);
    await fenna.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', contractId: enecoContract, message: 'Nog een brief van Eneco.' }).expect(201);
    await t.runDue();
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    const mail = (to: string) => digests(to).slice(-1)[0].text!.replace(/\u00a0/g, ' ');

    const gijs = mail('gijs.open@family.example');
    expect(gijs).toContain('- Een familielid meldde een rekening na de einddatum over KPN Open (factuurnummer F-O1, € 60,00): Anna Open heeft die bekeken en de melding afgehandeld.\n');
    expect(gijs).toContain('- Een familielid meldde een rekening na de einddatum over KPN Open (factuurnummer F-O2, € 45,00): Anna Open heeft die bekeken en de melding afgehandeld.\n');
    expect(gijs).toContain('- Een familielid meldde een incassobrief over Ziggo Open (Incasso Noord, kenmerk INC-O1): Anna Open heeft die vastgelegd bij het contract.\n');
    expect(gijs).not.toContain('Die is al betaald');
    // Vitens (an open report) and Eneco (running; its report is no news the email tells) are the two it tells nothing of.
    expect(gijs).toContain('Over 2 andere contracten is er geen nieuws; die lopen nog.');
    // Outside the estate's debts: no number, no amount, no agency; the bill's date tells the two apart.
    const lotte = mail('lotte.open@family.example');
    expect(lotte).toContain('- Een familielid meldde een rekening na de einddatum over KPN Open (gedateerd 16 november 2026): Anna Open heeft die bekeken en de melding afgehandeld.\n');
    expect(lotte).toContain('- Een familielid meldde een rekening na de einddatum over KPN Open (gedateerd 20 november 2026): Anna Open heeft die bekeken en de melding afgehandeld.\n');
    expect(lotte).toContain('- Een familielid meldde een incassobrief over Ziggo Open: Anna Open heeft die vastgelegd bij het contract.\n');
    expect(lotte).not.toMatch(/F-O1|€ 60|Incasso Noord/);
    // The reporter reads each report named as the others do, with the reply written to her.
    const hers = mail('fenna.open@family.example');
    expect(hers).toContain('- Uw melding van een rekening na de einddatum over KPN Open (factuurnummer F-O1, € 60,00): Anna Open heeft de rekening bekeken en uw melding afgehandeld. Antwoord van uw vaste contactpersoon: Die is al betaald.\n');
    expect(hers).toContain('- Uw melding van een incassobrief over Ziggo Open (Incasso Noord, kenmerk INC-O1): Anna Open heeft de incassobrief vastgelegd bij het contract.\n');
    expect(hers).toContain('Over 2 andere contracten is er geen nieuws; die lopen nog.');
    // Her timeline says at least what the others' says of the decision, and her reply.
    const timeline = ((await fenna.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((i) => i.text);
    expect(timeline.map((i) => i.replace(/\u00a0/g, ' '))).toContain('Uw vaste contactpersoon heeft de rekening die u meldde over KPN Open (factuurnummer F-O1, € 60,00), bekeken en de melding afgehandeld en schrijft u: „Die is al betaald.”');
  });

  it('tells a contract with no news in the email as one still running, counted in one line, in Dutch and English', async () => {
    const anna = await t.specialist('Anna Stil');
    const ziggo = await createProvider(t.admin, { name: 'Ziggo Stil', requiredDocuments: [] });
    const eneco = await createProvider(t.admin, { name: 'Eneco Stil', requiredDocuments: [] });
    const vitens = await createProvider(t.admin, { name: 'Vitens Stil', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Roos Stil', email: 'roos.stil@family.example', relation: 'kind', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Bram Stil', email: 'bram.stil@family.example', relation: 'kind', role: 'heir', language: 'en' }).expect(201);
    const english = () => sink.messages.filter((m) => m.subject?.startsWith('News about') && m.to && 'text' in m.to && m.to.text === 'bram.stil@family.example');
    const contracts: string[] = [];
    for (const [provider, number] of [[ziggo, 'ZS-1'], [eneco, 'ES-1'], [vitens, 'VS-1']] as const) {
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Thuis', accountNumber: number, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      contracts.push(id);
    }
    await t.runDue();
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 2);
    // Every contract has its news in the first email: no line counts others.
    expect(digests('roos.stil@family.example')[0].text).not.toContain('geen nieuws');

    const [ziggoContract, , vitensContract] = contracts;
    // Vitens is done first (nobody owes anything): Ziggo and Eneco still run, neither with news; then Ziggo is done too.
    const told = [
      { done: vitensContract, nl: 'Over 2 andere contracten is er geen nieuws; die lopen nog.', en: 'There is no news about 2 other contracts; they are still in progress.' },
      { done: ziggoContract, nl: 'Over 1 ander contract is er geen nieuws; dat loopt nog.', en: 'There is no news about 1 other contract; it is still in progress.' },
    ];
    for (const [day, { done, nl, en }] of told.entries()) {
      await anna.post(`${API}/contracts/${done}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: `OK-${day}` }).expect(200);
      await t.runDue();
      before = sink.messages.length;
      await nextDay();
      await sink.waitFor(before + 2);
      expect(digests('roos.stil@family.example')[day + 1].text).toContain(nl);
      expect(english()[day + 1].text).toContain(en);
    }
  });

  /** famstatus (found walking the demo): a contract confirmed with its final bill still to pay is not done for the family; the email counted it done. */
  it('counts a contract done with its provider but with a bill still to pay as one still running, as the portal counts it', async () => {
    const anna = await t.specialist('Anna Rest');
    const nrc = await createProvider(t.admin, { name: 'NRC Rest', requiredDocuments: [] });
    const kpn = await createProvider(t.admin, { name: 'KPN Rest', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const pim = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Pim Rest', email: 'pim.rest@family.example', relation: 'kind', role: 'representative' }).expect(201)).body;
    const [paper, phone] = await Promise.all([[nrc, 'NR-1'], [kpn, 'KR-1']].map(async ([provider, number]) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: (provider as { id: string }).id, description: 'Thuis', accountNumber: number, action: 'cancel' }).expect(201)).body.id as string));
    for (const id of [paper, phone]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await anna.post(`${API}/contracts/${paper}/provider-answer/completed`, { receivedVia: 'email', effectiveDate: '2026-11-30', reference: 'LS-1', finalInvoiceAmount: 7.5 }).expect(200);
    await t.runDue();
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    // The next day only KPN has news; NRC's bill of € 7,50 is still to pay, so NRC still runs.
    await anna.post(`${API}/contracts/${phone}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'OK-1' }).expect(200);
    await t.runDue();
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 1);
    const mail = digests('pim.rest@family.example').at(-1)!.text!;
    expect(mail).toContain('KPN Rest');
    expect(mail).toContain('Over 1 ander contract is er geen nieuws; dat loopt nog.');
    // As the portal counts it: KPN done, NRC with the owner for its bill.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: pim.accessCode }).expect(200)).body.accessToken);
    expect((await portal.get(`${API}/portal/estate`).expect(200)).body.progress).toMatchObject({ total: 2, done: 1, withOwner: 1 });
  });

  // Last in this file: it moves the clock to half past five, after the day's email moment.
  it('tells a step recorded after five, before the day\'s email was collected, in that email only: not again the next day (audit)', async () => {
    const anna = await t.specialist('Anna Avond');
    const kpn = await createProvider(t.admin, { name: 'KPN Avond', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Rik Avond', email: 'rik.avond@family.example', relation: 'kind', role: 'representative' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'RA-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.runDue();
    // Half past five: the email moment passed and the day's email was not collected yet (a busy or restarted server).
    const halfPastFive = dutchHourOf(t.clock.today(), 17).getTime() + 30 * 60_000;
    t.clock.advanceDays((halfPastFive - t.clock.now().getTime()) / 86_400_000);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'RA-OK' }).expect(200);
    // Its news is written (the outbox) before the email is collected.
    await t.app.get(OutboxService).drain();
    const before = sink.messages.length;
    await t.runDue();
    await sink.waitFor(before + 1);
    await t.runDue(1);
    await t.runDue(1);
    const told = digests('rik.avond@family.example').map((m) => m.text!.split('\n').filter((line) => line.startsWith('- ')));
    // One email: the confirmation is told once, as the contract stood when the email was written; the next day has no news to tell.
    expect(told).toEqual([['- KPN Avond: KPN Avond heeft bevestigd dat het contract eindigt op 30 november 2026. We letten erop dat er daarna geen rekeningen meer komen.']]);
  });

  // After the test above: the clock is past five.
  it("tells a step that committed while its news was still to be written once, whether the email is collected in that moment or while another worker writes that news (digestgap)", async () => {
    const anna = await t.specialist('Anna Tussen');
    const kpn = await createProvider(t.admin, { name: 'KPN Tussen', requiredDocuments: [] });
    const digest = t.app.get(FamilyDigestService);
    const db = t.app.get(DataSource);
    const lines = (to: string) => digests(to).map((m) => m.text!.split('\n').filter((line) => line.startsWith('- ')));
    const confirmed = (name: string) => [`- ${name}: ${name} heeft bevestigd dat het contract eindigt op 30 november 2026. We letten erop dat er daarna geen rekeningen meer komen.`];
    // Two estates, each with a request whose news is due in the next email.
    const estates = [];
    for (const [who, email] of [['Sem Tussen', 'sem.tussen@family.example'], ['Isa Tussen', 'isa.tussen@family.example']]) {
      const estate = await createEstate(anna);
      await anna.post(`${API}/estates/${estate.id}/family-members`, { name: who, email, relation: 'kind', role: 'representative' }).expect(201);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `T-${email}`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${contract}/request`).expect(200);
      estates.push({ estate, contract, email });
    }
    await t.runDue();
    t.clock.advanceDays(1);
    const [sem, isa] = estates;
    // KPN confirms both; the steps commit, and their news is written by the outbox afterwards.
    for (const { contract } of estates) {
      await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'T-OK' }).expect(200);
    }
    // Isa's news is being written by another worker right now: its claim committed, its lease running.
    await db.query(`UPDATE outbox SET status = 'in_progress', attempts = attempts + 1, available_at = $2 WHERE estate_id = $1 AND kind = 'notify_family' AND status = 'pending'`, [isa.estate.id, new Date(t.clock.now().getTime() + 5 * 60_000)]);
    // The email is collected in that moment, before any worker wrote the news.
    let before = sink.messages.length;
    await digest.collectDue();
    await t.app.get(OutboxService).drain();
    await sink.waitFor(before + 1);
    // Sem's email tells the confirmation once, as the contract stands, with its own news; Isa's waits for hers.
    expect(lines(sem.email)).toEqual([confirmed('KPN Tussen')]);
    expect(lines(isa.email)).toEqual([]);
    // The other worker's lease ran out (it crashed): the news is written, and the email tells it once.
    t.clock.advanceDays(6 / 1440);
    before = sink.messages.length;
    await digest.collectDue();
    await t.app.get(OutboxService).drain();
    await sink.waitFor(before + 1);
    expect(lines(isa.email)).toEqual([confirmed('KPN Tussen')]);
    // The next days have nothing more to tell either of them.
    await t.runDue(1);
    await t.runDue(1);
    expect(lines(sem.email)).toEqual([confirmed('KPN Tussen')]);
    expect(lines(isa.email)).toEqual([confirmed('KPN Tussen')]);
  });

  it("tells an overdrawn account's debit once as a debt to pay from the estate, to the readers of its debts only, in Dutch and English (overdraftrest), and a corrected debit with its new sum (bankpages)", async () => {
    const anna = await t.specialist('Anna Rood');
    const bank = await createProvider(t.admin, { name: 'Zuidbank Digest', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els Rood', email: 'els.rood@family.example', relation: 'kind', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Eric Rood', email: 'eric.rood@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Buur Rood', email: 'buur.rood@family.example', relation: 'buurman', role: 'other' }).expect(201);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${c}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    let before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    await anna.post(`${API}/contracts/${c}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ZB-R1', done: 'accountBlocked', balance: -50 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    const mail = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to).slice(-1)[0].text!;
    const lines = (to: string) => mail(to).split('\n').filter((line) => line.startsWith('- '));
    const nbsp = (line: string) => line.replace(/\u00a0/g, ' ');
    // Decided, not changed: the block's own line already says the debt first, as the card does (bankdebt, owedwords), so the email
    // tells it once as a debt to pay, with the pointer to the list; a relative outside the estate's debts reads no figures.
    expect(lines('els.rood@family.example').map(nbsp)).toEqual([
      '- Zuidbank Digest: Nog te betalen uit de nalatenschap voor de rekening bij Zuidbank Digest: tekort op de rekening per 2 november 2026 (kenmerk ZB-R1), € 50,00. Zuidbank Digest heeft de rekening geblokkeerd. De rekening stond rood: er komt geen saldo naar de boedelrekening; het tekort wordt uit de nalatenschap betaald.',
    ]);
    expect(mail('els.rood@family.example')).toContain('Er staan rekeningen die uit de nalatenschap betaald moeten worden');
    expect(lines('eric.rood@family.example').map(nbsp)).toEqual([
      '- Zuidbank Digest: Still to be paid from the estate for the account with Zuidbank Digest: overdraft on the account as of 2 November 2026 (reference ZB-R1), €50.00. Zuidbank Digest has blocked the account. The account was overdrawn: no balance comes to the estate account; the shortfall is paid from the estate.',
    ]);
    expect(lines('buur.rood@family.example')).toHaveLength(1);
    expect(mail('buur.rood@family.example')).not.toMatch(/50,00|ZB-R1|Er staan rekeningen/);

    // bankpages: a corrected debit is told with its new sum to the readers of the estate's debts (on main only „… heeft de bevestiging gecorrigeerd.").
    await anna.post(`${API}/contracts/${c}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ZB-R1', done: 'accountBlocked', balance: -80 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    before = sink.messages.length;
    await nextDay();
    await sink.waitFor(before + 3);
    expect(lines('els.rood@family.example').map(nbsp).join(' ')).toContain('Het tekort op de rekening is nu € 80,00 (was € 50,00).');
    expect(lines('eric.rood@family.example').map(nbsp).join(' ')).toContain('The overdraft on the account is now €80.00 (was €50.00).');
    expect(mail('buur.rood@family.example')).not.toMatch(/80,00|50,00/);
  });

  it('passes an estate another instance is collecting and emails it the next round, and never a second email the same day for an estate collected since its round began (scaledigest)', async () => {
    const anna = await t.specialist('Anna Slot');
    const kpn = await createProvider(t.admin, { name: 'KPN Slot', requiredDocuments: [] });
    const digest = t.app.get(FamilyDigestService);
    const outbox = t.app.get(OutboxService);
    const db = t.app.get(DataSource);
    const lines = (to: string) => digests(to).map((m) => m.text!.split('\n').filter((line) => line.startsWith('- ')));
    const estates = [];
    for (const [who, email] of [['Lot Slot', 'lot.slot@family.example'], ['Bo Slot', 'bo.slot@family.example']]) {
      const estate = await createEstate(anna);
      await anna.post(`${API}/estates/${estate.id}/family-members`, { name: who, email, relation: 'kind', role: 'representative' }).expect(201);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `S-${email}`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${contract}/request`).expect(200);
      estates.push({ estate, contract, email });
    }
    await t.runDue();
    t.clock.advanceDays(1);
    const [lot, bo] = estates;
    const requested = (to: string) => lines(to).flat().filter((line) => line.includes('We hebben KPN Slot gevraagd'));
    // Another instance holds Lot's estate (collecting it, or a step of it committing): this round emails Bo and passes Lot.
    const other = db.createQueryRunner();
    await other.startTransaction();
    await other.query('SELECT id FROM estates WHERE id = $1 FOR UPDATE', [lot.estate.id]);
    let before = sink.messages.length;
    await digest.collectDue();
    await outbox.drain();
    await sink.waitFor(before + 1);
    expect([requested(lot.email), requested(bo.email)].map((told) => told.length)).toEqual([0, 1]);
    // Released, Lot's news was kept: the next round emails it, once.
    await other.commitTransaction();
    await other.release();
    before = sink.messages.length;
    await digest.collectDue();
    await outbox.drain();
    await sink.waitFor(before + 1);
    expect([requested(lot.email), requested(bo.email)].map((told) => told.length)).toEqual([1, 1]);

    // KPN confirms Lot's contract. The next day a round reads the estates with news; before it locks Lot's, another instance emails
    // it, and then a second contract of Lot's estate is requested (news of after five, tomorrow's).
    await anna.post(`${API}/contracts/${lot.contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'S-OK' }).expect(200);
    await outbox.drain();
    t.clock.advanceDays(1);
    const notifications = t.app.get(NotificationsService);
    const read = notifications.estatesWithFamilyNews.bind(notifications);
    jest.spyOn(notifications, 'estatesWithFamilyNews').mockImplementationOnce(async (...args) => {
      const batch = await read(...args);
      await digest.collectDue();
      const second = (await anna.post(`${API}/estates/${lot.estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'S-2', action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${second}/request`).expect(200);
      await outbox.drain();
      return batch;
    });
    before = sink.messages.length;
    await digest.collectDue();
    await outbox.drain();
    await sink.waitFor(before + 1);
    // One email to Lot that day, the confirmation; the second request waits for the next day's.
    expect(lines(lot.email).slice(1).map((told) => [told.some((line) => line.includes('heeft bevestigd')), told.some((line) => line.includes('gevraagd'))])).toEqual([[true, false]]);
    before = sink.messages.length;
    await t.runDue(1);
    await sink.waitFor(before + 1);
    expect(lines(lot.email).slice(1).map((told) => [told.some((line) => line.includes('heeft bevestigd')), told.some((line) => line.includes('gevraagd'))])).toEqual([[true, false], [false, true]]);
    expect(lines(bo.email)).toHaveLength(1);
  });

  it("tells a part of a refund received and the letter telling the agency the collection stopped, in the timeline's words, in Dutch and English (famdigest, audit87 F7)", async () => {
    const anna = await t.specialist('Anna Deel');
    const kpn = await createProvider(t.admin, { name: 'KPN Deel', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Deel' });
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Deel', email: 'maria.deel@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sem Deel', email: 'sem.deel@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    const add = async (description: string) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description, accountNumber: `KD-${description}`, action: 'cancel' }).expect(201)).body.id as string;
    const internet = await add('Internet');
    const mobiel = await add('Mobiel');
    for (const id of [internet, mobiel]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    // Internet: KPN owes the estate € 20,00. Mobiel: its December bill disputed, then collected by Intrum, our stop sent to it by e-mail.
    await anna.post(`${API}/contracts/${internet}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KD-I', effectiveDate: '2026-11-30', finalInvoiceAmount: -20 }).expect(200);
    await anna.post(`${API}/contracts/${mobiel}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KD-M', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${mobiel}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.post(`${API}/contracts/${mobiel}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-D', amount: 30 }).expect(200);
    await t.runDue();
    const mails = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to && /^(Nieuws over|News about)/.test(m.subject ?? ''));
    // Waits for each relative's `count`th daily email (the outbox sends them after the clock moved on).
    const emailed = async (count: number) => {
      const until = Date.now() + 60_000;
      while ((mails('maria.deel@family.example').length < count || mails('sem.deel@family.example').length < count) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    };
    await nextDay();
    await emailed(1);

    // The next day € 10,00 of the refund came, and KPN stopped the collection, which we told Intrum by e-mail.
    const day = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${internet}/refund-received`).send({ amount: 10, receivedOn: day }).expect(200);
    await anna.post(`${API}/contracts/${mobiel}/collection-stopped`, { receivedVia: 'email', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(2);
    const [, maria] = mails('maria.deel@family.example').map((m) => (m.text ?? '').replace(/\u00a0/g, ' '));
    const [, sem] = mails('sem.deel@family.example').map((m) => (m.text ?? '').replace(/\u00a0/g, ' '));
    // On main neither line was in the email, though both were on the family's timeline.
    expect(maria).toContain(`- KPN Deel (Internet) heeft € 10,00 terugbetaald aan de nalatenschap (ontvangen op ${longDate(day, 'nl')}).`);
    expect(maria).toContain('- We hebben Intrum laten weten dat KPN Deel (Mobiel) de incasso heeft gestopt.');
    expect(sem).toContain(`- KPN Deel (Internet) has paid €10.00 back to the estate (received on ${longDate(day, 'en')}).`);
    expect(sem).toContain('- We let Intrum know that KPN Deel (Mobiel) has stopped the debt collection.');
    // The refund is not all in: never "received" as a whole.
    expect(maria).not.toContain('De terugbetaling van');
  }, 180_000);

  it('tells the final bill paid before the provider dropped its claim asked back on its day, and the money when it came back (askback)', async () => {
    const anna = await t.specialist('Anna Terug');
    const kpn = await createProvider(t.admin, { name: 'KPN Terug', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Terug' });
    const to = 'maria.terug@family.example';
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Terug', email: to, relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'KT-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    // The final bill of € 45,00 paid from the estate, a later bill collected by Intrum, then KPN dropped the whole claim.
    const day = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KT-E', effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/bills-paid`, { reference: 'KT-E', paidOn: day }).expect(201);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-T', amount: 75 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await t.runDue();
    const mails = () => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to && /^Nieuws over/.test(m.subject ?? '')).map((m) => (m.text ?? '').replace(/\u00a0/g, ' '));
    const emailed = async (count: number) => {
      const until = Date.now() + 60_000;
      while (mails().length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    };
    await nextDay();
    await emailed(1);
    const line = '- KPN Terug liet de vordering vallen; de € 45,00 die al betaald was, vragen we terug.';
    expect(mails()[0]).not.toContain(line);

    // The next day she asks it back: that day's email says so, as the card does (on main it did not).
    await anna.post(`${API}/contracts/${contract}/repayment-request`).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(2);
    expect(mails()[1]).toContain(line);

    // It came back: the day's email says it was paid back (on main it could not be recorded: 409 `no-refund`).
    const back = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 45, receivedOn: back }).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(3);
    expect(mails()[2]).toContain(`- KPN Terug heeft € 45,00 terugbetaald aan de nalatenschap (ontvangen op ${longDate(back, 'nl')}).`);
    expect(mails()[2]).not.toContain(line);
  }, 180_000);

  it("tells a file settled and closed before one email once, as closed: not also the settling step's „we ronden het dossier af\" (famdigest, famclosed CLOSE-3)", async () => {
    const anna = await t.specialist('Anna Sluit');
    const kpn = await createProvider(t.admin, { name: 'KPN Sluit', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Sluit' });
    const to = 'maria.sluit@family.example';
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Sluit', email: to, relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KS-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KS-R', effectiveDate: '2026-11-30' }).expect(200);
    await t.runDue();
    const mails = () => digests(to).map((m) => (m.text ?? '').replace(/\u00a0/g, ' '));
    const emailed = async (count: number) => {
      const until = Date.now() + 60_000;
      while (mails().length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    };
    await nextDay();
    await emailed(1);
    expect(mails()).toHaveLength(1);
    // The quiet period passes: the contract is settled, and so the whole file („we ronden het dossier af"); that day the owner closes it.
    await t.runDue(70);
    const before = mails().length;
    expect(((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body as { status: string }).status).toBe('settling');
    // No email has told the settling yet: the next one tells it and the closing.
    expect(mails().join('\n')).not.toMatch(/ronden het dossier af/i);
    await anna.post(`${API}/estates/${estate.id}/close`).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(before + 1);
    const closed = mails().slice(before).join('\n');
    expect(closed).toContain('- Het dossier is afgesloten: alles is afgehandeld.');
    // On main (the filter reverted) the settling step's line came first: „Alle contracten zijn afgehandeld; we ronden het dossier af."
    expect(closed).not.toMatch(/ronden het dossier af/i);
  }, 180_000);

  it("tells only the receipts of a refund that still stand: one undone the same day not at all, one told before and undone since as its correction, in Dutch and English (famtext)", async () => {
    const anna = await t.specialist('Anna Ontvang');
    const kpn = await createProvider(t.admin, { name: 'KPN Ontvang', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Ontvang' });
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Ontvang', email: 'maria.ontvang@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sem Ontvang', email: 'sem.ontvang@family.example', relation: 'zoon', role: 'heir', language: 'en' }).expect(201);
    const internet = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KT-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${internet}/request`).expect(200);
    // KPN owes the estate € 20,00.
    await anna.post(`${API}/contracts/${internet}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KT-I', effectiveDate: '2026-11-30', finalInvoiceAmount: -20 }).expect(200);
    await t.runDue();
    const mails = (to: string) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to && /^(Nieuws over|News about)/.test(m.subject ?? '')).map((m) => (m.text ?? '').replace(/\u00a0/g, ' '));
    const emailed = async (count: number) => {
      const until = Date.now() + 60_000;
      while ((mails('maria.ontvang@family.example').length < count || mails('sem.ontvang@family.example').length < count) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    };
    await nextDay();
    await emailed(1);

    // The next day Anna records € 10,00 received, sees it was another estate's money and undoes it, then records the € 8,00 that came.
    const day = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${internet}/refund-received`).send({ amount: 10, receivedOn: day }).expect(200);
    await anna.post(`${API}/contracts/${internet}/refund-received/undo`).expect(200);
    await anna.post(`${API}/contracts/${internet}/refund-received`).send({ amount: 8, receivedOn: day }).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(2);
    const [maria, sem] = [mails('maria.ontvang@family.example')[1], mails('sem.ontvang@family.example')[1]];
    expect(maria).toContain(`- KPN Ontvang heeft € 8,00 terugbetaald aan de nalatenschap (ontvangen op ${longDate(day, 'nl')}).`);
    expect(sem).toContain(`- KPN Ontvang has paid €8.00 back to the estate (received on ${longDate(day, 'en')}).`);
    // On main the € 10,00 undone that day was told as received.
    expect(maria).not.toContain('€ 10,00');
    expect(maria).not.toContain('Correctie');
    expect(sem).not.toContain('€10.00');
    expect(sem).not.toContain('Correction');

    // A day later the € 8,00, told in yesterday's email, turns out not to have come: the next email corrects it.
    await anna.post(`${API}/contracts/${internet}/refund-received/undo`).expect(200);
    await t.runDue();
    await nextDay();
    await emailed(3);
    expect(mails('maria.ontvang@family.example')[2]).toContain(`- Correctie: de € 8,00 van KPN Ontvang die op ${longDate(day, 'nl')} als ontvangen was genoteerd, is toch niet ontvangen.`);
    expect(mails('sem.ontvang@family.example')[2]).toContain(`- Correction: the €8.00 from KPN Ontvang recorded as received on ${longDate(day, 'en')} has not been received after all.`);
  }, 180_000);
});
