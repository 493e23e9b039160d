import { Client } from 'pg';
import { CONTRACT_MACHINE_VERSION, longDate } from '../../workflows';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, deskOf, letterText, TINY_PDF } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, startWithOwner, TestApp } from '../support/test-app';


/**
 * Audit71 F-G: a verklaring van erfrecht answered KPN's question (in part: the volmacht follows) and ING's (wholly), then the
 * owner withdraws it (the notary makes a new one). Both questions are open again for the verklaring: owed by us, not chased
 * (contract machine v16, README "answerback"). README "answerback2": only the questions it leaves unanswered (another verklaring
 * sent since keeps one answered); a rejection, or a complaint about one, stands but the owner is told; a new one said to follow
 * again keeps why; the family's daily email tells it once; in English as in Dutch.
 */
describe('a withdrawn document that answered a question leaves that question open again', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Session;
  let ann: Session;
  let db: Client;

  beforeAll(async () => {
    ({ t, owner: anna, sink, db } = await startWithOwner({ mailSink: true, dbClient: true, owner: { language: 'nl' } }));
    ann = await t.specialist('Ann Baker', undefined, { language: 'en' });
  });
  afterAll(() => t?.close());

  const todayRows = async () => (await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; documentsNeeded: string[]; partAnswerText: string | null }[];
  const contractOf = async (id: string, owner = anna) =>
    (await owner.get(`${API}/contracts/${id}`).expect(200)).body as {
      state: string;
      statusTexts: { nl: string; en: string };
      letters: { id: string; kind: string }[];
      workflow: { version: number };
      timeline: { event: string; summary: string }[];
    };
  const upload = async (estateId: string, file: string, owner = anna) =>
    ((await owner.post(`${API}/estates/${estateId}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, file).expect(201)).body as { id: string }).id;

  async function asked(estateId: string, provider: string, question: { message: string; documentsNeeded: string[] }, owner = anna, language: 'nl' | 'en' = 'nl') {
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: [], language });
    const desk = await deskOf(t, providerId);
    const contract = (await owner.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Contract', accountNumber: `${provider}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, question).expect(200);
    return { ...contract, desk };
  }

  it('reopens KPN’s part-answered and ING’s answered question for the verklaring once it is withdrawn', async () => {
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const verklaring = await upload(estate.id, 'erfrecht.pdf');
    const kpn = await asked(estate.id, 'KPN', { message: 'Graag verklaring van erfrecht en volmacht.', documentsNeeded: ['certificate_of_inheritance', 'power_of_attorney'] });
    const ing = await asked(estate.id, 'ING', { message: 'Voor vrijgave van het saldo de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
    await anna.post(`${API}/contracts/${kpn.id}/information-supplied`, { documentIds: [verklaring], followsLater: [{ kind: 'power_of_attorney' }] }).expect(200);
    await anna.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
    await t.runDue();
    expect((await contractOf(ing.id)).state).toBe('requested');
    // As instances that started before v16 (v12 has the part answer, v15 the newest before): each moves to v16 for the step.
    await db.query(`UPDATE workflow_instances SET machine_version = CASE subject_id WHEN $1::uuid THEN 12 ELSE 15 END WHERE subject_type = 'contract' AND subject_id IN ($1, $2)`, [kpn.id, ing.id]);

    await anna.post(`${API}/documents/${verklaring}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();

    // Both owe the verklaring again: on Today as the owner's move, ING no longer waiting on (and chased as) the provider.
    const rows = await todayRows();
    const owed = { kpn: rows.find((r) => r.contractId === kpn.id)?.documentsNeeded, ing: rows.find((r) => r.contractId === ing.id)?.documentsNeeded };
    // What the owner reads, on the contract page and on Today: a new verklaring owed, and why.
    const [kpnPage, ingPage] = [await contractOf(kpn.id), await contractOf(ing.id)];
    expect([kpnPage.workflow.version, ingPage.workflow.version]).toEqual([CONTRACT_MACHINE_VERSION, CONTRACT_MACHINE_VERSION]);
    expect({ kpn: kpnPage.statusTexts.nl, ing: ingPage.statusTexts.nl, ingEn: ingPage.statusTexts.en, today: rows.find((r) => r.contractId === ing.id)?.partAnswerText }).toEqual({
      kpn: 'KPN vroeg aanvullende informatie („Graag verklaring van erfrecht en volmacht.”); op 23 november 2026 is een deel gestuurd. Volgt later: volmacht. Er volgt een nieuwe verklaring van erfrecht: de gestuurde is op 23 november 2026 ingetrokken. Aanleveren uiterlijk 30 november 2026.',
      ing: 'ING vroeg aanvullende informatie („Voor vrijgave van het saldo de verklaring van erfrecht.”). Er volgt een nieuwe verklaring van erfrecht: de gestuurde is op 23 november 2026 ingetrokken. Aanleveren uiterlijk 30 november 2026.',
      ingEn: 'ING asked for more information (“Voor vrijgave van het saldo de verklaring van erfrecht.”). A new certificate of inheritance follows: the one sent was withdrawn on 23 November 2026. Supply it by 30 November 2026.',
      today: 'ING vroeg aanvullende informatie („Voor vrijgave van het saldo de verklaring van erfrecht.”). Er volgt een nieuwe verklaring van erfrecht: de gestuurde is op 23 november 2026 ingetrokken.',
    });
    // The deletion request says a new one follows (it is what is now recorded), with no date (none is).
    const erasure = ingPage.letters.find((l) => l.kind === 'document_erasure')!;
    expect(await letterText(anna, erasure.id)).toContain('Ik heb dit document ingetrokken; het maakt geen deel meer uit van mijn verzoek. Er volgt een nieuwe verklaring van erfrecht.');
    // The desk: nothing to do yet, the new one follows; the thread says Steward withdrew what it sent.
    const desk = (await ing.desk.get(`${API}/provider-desk/requests/${ing.id}`).expect(200)).body as { statusText: string; nextMove: string; dueAt: string | null; thread: { text?: string }[] };
    expect({ statusText: desk.statusText, nextMove: desk.nextMove, dueAt: desk.dueAt, withdrawn: desk.thread.some((i) => i.text?.startsWith('Steward trok een document in dat het u op uw vraag stuurde; er volgt een nieuw exemplaar')) }).toEqual({
      statusText: 'U vroeg om aanvullende informatie; de contactpersoon levert die aan.',
      nextMove: 'Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.',
      dueAt: null,
      withdrawn: true,
    });

    // Her timeline names the document; the family's, which no longer sees it, does not.
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    const relatives = (await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(owners).toContainEqual(expect.stringContaining('De vraag van ING staat weer open: de gestuurde verklaring van erfrecht is op 23 november 2026 ingetrokken; er volgt een nieuwe.'));
    expect(relatives).toContain('We hebben een document ingetrokken dat we ING hadden gestuurd; we sturen ING een nieuw exemplaar zodra we dat hebben.');
    expect(relatives.join(' ')).not.toContain('verklaring van erfrecht is');

    // KPN's desk, after the part answer: the volmacht still follows, and a new verklaring.
    expect((await kpn.desk.get(`${API}/provider-desk/requests/${kpn.id}`).expect(200)).body.statusText).toContain(
      'Volgt later: volmacht van de erfgenamen. De verklaring van erfrecht die Steward u stuurde, is op 23 november 2026 ingetrokken; er volgt een nieuwe. U hoeft nog niets te doen; Steward stuurt de rest zodra die er is.',
    );

    // Three weeks on ING, waiting on the verklaring from us, has had no reminder.
    await t.runDue(21);
    const ingLetters = (await contractOf(ing.id)).letters.map((l) => l.kind);
    expect({ owed, ingLetters }).toEqual({
      owed: { kpn: expect.arrayContaining(['certificate_of_inheritance', 'power_of_attorney']), ing: ['certificate_of_inheritance'] },
      ingLetters: ['cancellation', 'information_supplied', 'document_erasure'],
    });

    // The new verklaring answers ING through the usual answer: the request is back with ING.
    const nieuwe = await upload(estate.id, 'erfrecht-nieuw.pdf');
    await anna.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [nieuwe] }).expect(200);
    await t.runDue();
    const after = await contractOf(ing.id);
    expect(after.state).toBe('requested');
    const answer = after.letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    const text = await letterText(anna, answer.id);
    expect(text).toContain('De verklaring van erfrecht die ik u eerder stuurde, heb ik op 23 november 2026 ingetrokken. Nu bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(text).not.toContain('een deel gestuurd');
  });

  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const question = { message: 'Voor vrijgave van het saldo de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] };
  const withdraw = async (owner: Session, documentId: string) => {
    await owner.post(`${API}/documents/${documentId}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();
  };

  /** A verklaring answers the provider's question; it asks again, and the notary's second verklaring answers it. */
  async function answeredTwice(provider: string) {
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'erfrecht.pdf');
    const sns = await asked(estate.id, provider, question);
    await anna.post(`${API}/contracts/${sns.id}/information-supplied`, { documentIds: [first] }).expect(200);
    await t.runDue();
    await sns.desk.post(`${API}/provider-desk/requests/${sns.id}/request-information`, question).expect(200);
    const second = await upload(estate.id, 'erfrecht-2.pdf');
    await anna.post(`${API}/contracts/${sns.id}/information-supplied`, { documentIds: [second] }).expect(200);
    await t.runDue();
    return { sns, first, second };
  }

  it('leaves SNS’s question answered when a second verklaring went after the first: only the deletion request goes', async () => {
    const { sns, first } = await answeredTwice('SNS');

    await withdraw(anna, first);

    const page = await contractOf(sns.id);
    const erasure = page.letters.find((l) => l.kind === 'document_erasure')!;
    const letter = await letterText(anna, erasure.id);
    expect({ state: page.state, reopened: page.timeline.some((e) => e.event === 'ANSWER_WITHDRAWN'), newOne: letter.includes('Er volgt een nieuwe') }).toEqual({ state: 'requested', reopened: false, newOne: false });
    expect(letter).toContain('Ik heb dit document ingetrokken; het maakt geen deel meer uit van mijn verzoek.');
    expect(((await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string }[]).some((r) => r.contractId === sns.id)).toBe(false);
  });

  /** README, familyrest2: a version replaced by a corrected one is no longer one SNS holds of its kind. */
  it('reopens the question when the second verklaring sent was since replaced by a corrected version: SNS holds none that stands', async () => {
    const { sns, first, second } = await answeredTwice('SNS Vervangen');
    // The notary corrects the second one: a new version replaces it (not sent to SNS).
    await anna.post(`${API}/documents/${second}/replace`).attach('file', TINY_PDF, 'erfrecht-2-gecorrigeerd.pdf').expect(201);

    await withdraw(anna, first);

    const page = await contractOf(sns.id);
    const erasure = page.letters.find((l) => l.kind === 'document_erasure')!;
    expect({ state: page.state, newOne: (await letterText(anna, erasure.id)).includes('Er volgt een nieuwe verklaring van erfrecht.') }).toEqual({ state: 'informationRequested', newOne: true });
    expect((await todayRows()).find((r) => r.contractId === sns.id)?.documentsNeeded).toEqual(['certificate_of_inheritance']);
  });

  it('leaves a rejection, and a complaint about one, standing, and tells the owner on the contract page that the provider had the withdrawn verklaring', async () => {
    const estate = await createEstate(anna);
    const verklaring = await upload(estate.id, 'erfrecht.pdf');
    const [rabo, abn] = [await asked(estate.id, 'Rabobank', question), await asked(estate.id, 'ABN AMRO', question)];
    for (const c of [rabo, abn]) {
      await anna.post(`${API}/contracts/${c.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
      await t.runDue();
      await c.desk.post(`${API}/provider-desk/requests/${c.id}/reject`, { reason: 'De verklaring noemt de erfgenamen niet.' }).expect(200);
    }
    await anna.post(`${API}/contracts/${abn.id}/complain`, { grounds: 'De verklaring noemt alle erfgenamen.' }).expect(200);
    await t.runDue();
    const day = longDate(await today(), 'nl');

    await withdraw(anna, verklaring);

    const [raboPage, abnPage] = [await contractOf(rabo.id), await contractOf(abn.id)];
    expect({ rabo: raboPage.state, abn: abnPage.state }).toEqual({ rabo: 'rejected', abn: 'complained' });
    expect(raboPage.timeline.map((e) => e.summary)).toContain(
      `Contract: Rabobank had de verklaring van erfrecht die op ${day} is ingetrokken als deel van ons antwoord op zijn vraag. De afwijzing blijft staan; de vraag gaat niet vanzelf weer open. Stuur Rabobank een nieuwe verklaring van erfrecht als die nodig is.`,
    );
    expect(abnPage.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining('ABN AMRO had de verklaring van erfrecht die op'));
    expect(abnPage.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining('De klacht loopt door; de vraag gaat niet vanzelf weer open.'));
    // Nor does either deletion request promise a new one: none is owed.
    for (const page of [raboPage, abnPage]) {
      expect(await letterText(anna, page.letters.find((l) => l.kind === 'document_erasure')!.id)).not.toContain('Er volgt een nieuwe');
    }

    // answerrest: said where she looks, in the history's words: the status, the next step and Today (with the questions), until handled.
    const note = `Rabobank had de verklaring van erfrecht die op ${day} is ingetrokken als deel van ons antwoord op zijn vraag. De afwijzing blijft staan; de vraag gaat niet vanzelf weer open. Stuur Rabobank een nieuwe verklaring van erfrecht als die nodig is.`;
    const raboView = (await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body as { statusText: string; nextStep: string };
    expect(raboView.statusText).toContain(note);
    expect(raboView.nextStep).toContain('Een nieuwe stuurt u mee door het verzoek aan te passen (kies het document) en opnieuw te versturen. Is die niet nodig? Markeer de melding dan als afgehandeld.');
    expect(abnPage.statusTexts.nl).toContain('De klacht loopt door; de vraag gaat niet vanzelf weer open.');
    type Kept = { contractId: string; statusText: string; resolution: string };
    const kept = async () => (await anna.get(`${API}/queue`).expect(200)).body.withdrawnAnswers as Kept[];
    expect((await kept()).find((k) => k.contractId === rabo.id)).toMatchObject({ statusText: note, resolution: 'handle_answer_withdrawn' });
    const todayPage = (await t.anonymous.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(todayPage).toContain(note);
    expect(todayPage).toContain(`/app/contracts/${rabo.id}/answer-withdrawn/handled`);

    // Handled: off the status and Today, the staff timeline says so; handled again, nothing to handle.
    await anna.post(`${API}/contracts/${rabo.id}/answer-withdrawn/handled`).expect(200);
    expect(((await anna.get(`${API}/contracts/${rabo.id}`).expect(200)).body as { statusText: string }).statusText).not.toContain('ingetrokken');
    expect((await kept()).map((k) => k.contractId)).toEqual([abn.id]);
    expect((await contractOf(rabo.id)).timeline.map((e) => e.summary)).toContain('Contract: Melding afgehandeld: Rabobank had een ingetrokken verklaring van erfrecht als deel van ons antwoord.');
    const again = await anna.post(`${API}/contracts/${rabo.id}/answer-withdrawn/handled`).expect(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  /** README, familyrest2 (answerback Not done a): a rejected request goes again with a new document of her choosing and her answer. */
  it('sends a rejected request again with the new verklaring the owner chose and her answer: the letter, the desk and nothing chosen from another estate', async () => {
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'erfrecht.pdf');
    const triodos = await asked(estate.id, 'Triodos', question);
    await anna.post(`${API}/contracts/${triodos.id}/information-supplied`, { documentIds: [first] }).expect(200);
    await t.runDue();
    await triodos.desk.post(`${API}/provider-desk/requests/${triodos.id}/reject`, { reason: 'De verklaring noemt de erfgenamen niet.' }).expect(200);
    const second = await upload(estate.id, 'erfrecht-notaris.pdf');
    // The contract page's amend form offers the estate's documents to send with it.
    const form = (await t.anonymous.get(`/app/contracts/${triodos.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(form).toContain('Documenten om met het verzoek mee te sturen, zoals een nieuwe of gecorrigeerde waar de afwijzing over ging');
    expect(form).toMatch(new RegExp(`<fieldset id="amend-documentIds">.*value="${second}"`, 's'));

    // Another estate's document is refused naming it, and nothing changes.
    const elsewhere = await upload((await createEstate(anna)).id, 'ander.pdf');
    const refused = await anna.post(`${API}/contracts/${triodos.id}/amend`, { answer: 'Bijgevoegd de nieuwe verklaring.', documentIds: [elsewhere] }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'documentIds.0', message: 'is not a document of this estate' }]);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await contractOf(triodos.id)).state).toBe('rejected');
    // leaseclear (audit75 F-10): a document id written wrong on the form is told in a sentence that holds for a plural label.
    const garbled = flat((await anna.post(`/app/contracts/${triodos.id}/amend`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ answer: 'Bijgevoegd de nieuwe verklaring.', documentIds: 'geen-document' }).expect(422)).text.replace(/<[^>]+>/g, ' '));
    expect(garbled).toContain('Controleer de schrijfwijze van de documenten die meegaan');
    expect(garbled).not.toContain('is geschreven');
    expect((await contractOf(triodos.id)).state).toBe('rejected');

    const answer = 'De notaris heeft een nieuwe verklaring van erfrecht opgemaakt waarin alle erfgenamen staan; die is bijgevoegd.';
    await anna.post(`${API}/contracts/${triodos.id}/amend`, { answer, documentIds: [second] }).expect(200);
    await anna.post(`${API}/contracts/${triodos.id}/request`).expect(200);
    await t.runDue();
    const again = (await contractOf(triodos.id)).letters.filter((l) => l.kind === 'cancellation').slice(-1)[0];
    expect((await db.query('SELECT enclosure_ids FROM letters WHERE id = $1', [again.id])).rows[0].enclosure_ids).toContain(second);
    const text = await letterText(anna, again.id);
    expect(text).toContain(`Ons antwoord daarop: „${answer}” Hierbij doe ik het verzoek opnieuw.`);
    expect(text).toContain('Bijlagen');
    const desk = (await triodos.desk.get(`${API}/provider-desk/requests/${triodos.id}`).expect(200)).body as { enclosures: { id: string }[] };
    expect(desk.enclosures.map((d) => d.id)).toContain(second);
  });

  it('in English: the owner, the desk and the family read why a new one follows, the family once by email, and a new date given keeps the reason', async () => {
    const digests = (to: string) => familyDigests(sink, to);
    const nextDigest = (to: string, before: number) => nextFamilyDigest(t.admin, sink, to, before);
    const estate = await createEstate(ann);
    await ann.post(`${API}/estates/${estate.id}/family-members`, { name: 'Tom', email: 'tom@answerback2.test', relation: 'child', isHeir: true, isRepresentative: false, language: 'en' }).expect(201);
    await ann.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els', email: 'els@answerback2.test', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201);
    const verklaring = await upload(estate.id, 'inheritance.pdf', ann);
    const asn = await asked(estate.id, 'ASN Bank', question, ann, 'en');
    await ann.post(`${API}/contracts/${asn.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
    await t.runDue();
    // The news so far goes out first, so the next email is the withdrawal's.
    const [tom, els] = [digests('tom@answerback2.test').length, digests('els@answerback2.test').length];
    await nextDigest('tom@answerback2.test', tom);
    await nextDigest('els@answerback2.test', els);

    const withdrawnOn = await today();
    await withdraw(ann, verklaring);
    const [on, onNl] = [longDate(withdrawnOn, 'en'), longDate(withdrawnOn, 'nl')];

    // The English owner: status, and her history.
    const page = await contractOf(asn.id, ann);
    expect(page.statusTexts.en).toContain(`A new certificate of inheritance follows: the one sent was withdrawn on ${on}.`);
    expect(page.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining(`ASN Bank's question is open again: the certificate of inheritance sent was withdrawn on ${on}; a new one follows.`));
    expect(await letterText(ann, page.letters.find((l) => l.kind === 'document_erasure')!.id)).toContain('A new certificate of inheritance will follow.');
    // The English desk: nothing to do yet, and the thread says Steward withdrew what it sent.
    const desk = (await asn.desk.get(`${API}/provider-desk/requests/${asn.id}`).expect(200)).body as { statusText: string; nextMove: string; thread: { text?: string }[] };
    expect({ statusText: desk.statusText, nextMove: desk.nextMove, withdrawn: desk.thread.some((i) => i.text?.startsWith('Steward withdrew a document it sent you in answer to your question; a new one follows')) }).toEqual({
      statusText: 'You asked for more information; the contact person is supplying it.',
      nextMove: 'Waiting on Steward: nothing to do for you now. You can still answer.',
      withdrawn: true,
    });

    // The family's daily email tells it, in each one's language, once.
    const [tomMail, elsMail] = [await nextDigest('tom@answerback2.test', tom + 1), await nextDigest('els@answerback2.test', els + 1)];
    expect(tomMail.split('We withdrew a document we had sent ASN Bank; we will send ASN Bank a new one once we have it.').length - 1).toBe(1);
    expect(elsMail.split('We hebben een document ingetrokken dat we ASN Bank hadden gestuurd; we sturen ASN Bank een nieuw exemplaar zodra we dat hebben.').length - 1).toBe(1);
    expect(tomMail).not.toContain('certificate of inheritance');

    // The owner says the new one follows later, by a date: the reason stays with it, for her and at the desk.
    const expectedOn = '2026-12-18';
    await ann.post(`${API}/contracts/${asn.id}/information-supplied`, { documentIds: [], note: 'The notary is drawing up a new certificate.', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn }] }).expect(200);
    await t.runDue();
    const again = await contractOf(asn.id, ann);
    expect(again.statusTexts.en).toContain(`A new certificate of inheritance follows (expected by ${longDate(expectedOn, 'en')}): the one sent was withdrawn on ${on}.`);
    expect(again.statusTexts.nl).toContain(`Er volgt een nieuwe verklaring van erfrecht (verwacht uiterlijk ${longDate(expectedOn, 'nl')}): de gestuurde is op ${onNl} ingetrokken.`);
    expect(again.statusTexts.nl).not.toContain('Volgt later');
    const promised = again.letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    // answerrest: said once, with her date, where the letter says what follows.
    const promisedText = await letterText(ann, promised.id);
    expect(promisedText).toContain(`To follow later: a new certificate of inheritance (expected by ${longDate(expectedOn, 'en')}), replacing the one I sent earlier and withdrew on ${on}. I will send it as soon as I have it;`);
    expect(promisedText).not.toContain('will follow');
    expect((await asn.desk.get(`${API}/provider-desk/requests/${asn.id}`).expect(200)).body.statusText).toContain(
      `The certificate of inheritance Steward sent you was withdrawn on ${on}; a new one follows (expected by ${longDate(expectedOn, 'en')}).`,
    );

    // The new one sent: the letter says why, and the family's next email does not tell the withdrawal again.
    const nieuwe = await upload(estate.id, 'inheritance-new.pdf', ann);
    await ann.post(`${API}/contracts/${asn.id}/information-supplied`, { documentIds: [nieuwe] }).expect(200);
    await t.runDue();
    const after = await contractOf(asn.id, ann);
    expect(after.state).toBe('requested');
    const answer = after.letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    expect(await letterText(ann, answer.id)).toContain(`I withdrew the certificate of inheritance I sent you earlier on ${on}. Enclosed now: a new certificate of inheritance.`);
    const later = await nextDigest('tom@answerback2.test', tom + 2);
    expect(later).toContain('There is a new document for you in the portal: certificate of inheritance');
    expect(later).not.toContain('We withdrew a document');
  });
});
