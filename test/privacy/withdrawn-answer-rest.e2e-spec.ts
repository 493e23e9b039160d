import { longDate } from '../../workflows';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * README "answerback2": a withdrawn document reopens only the questions it leaves unanswered (another verklaring sent since
 * keeps one answered), leaves a rejection or a complaint about it standing but tells the owner, keeps why a new one follows
 * when the owner says once more it follows later, and tells the family once in their daily email; in English as in Dutch.
 */
describe('a withdrawn document reopens exactly the questions it leaves unanswered', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Session;
  let ann: Session;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    await t.admin.post(`${API}/users`, { email: 'anna@answerback2.test', name: 'Anna de Boer', password: 'anna-password-1', role: 'specialist', language: 'nl' }).expect(201);
    await t.admin.post(`${API}/users`, { email: 'ann@answerback2.test', name: 'Ann Baker', password: 'ann-password-12', role: 'specialist', language: 'en' }).expect(201);
    anna = await t.login('anna@answerback2.test', 'anna-password-1');
    ann = await t.login('ann@answerback2.test', 'ann-password-12');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const contractOf = async (owner: Session, id: string) =>
    (await owner.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; statusTexts: { nl: string; en: string }; letters: { id: string; kind: string }[]; timeline: { event: string; summary: string }[] };
  const upload = async (owner: Session, estateId: string, file: string) =>
    ((await owner.post(`${API}/estates/${estateId}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, file).expect(201)).body as { id: string }).id;
  const question = { message: 'Voor vrijgave van het saldo de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] };

  async function asked(owner: Session, estateId: string, provider: string, language: 'nl' | 'en' = 'nl') {
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: [], language });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const contract = (await owner.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Contract', accountNumber: `${provider}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, question).expect(200);
    return { ...contract, desk };
  }
  const withdraw = async (owner: Session, documentId: string) => {
    await owner.post(`${API}/documents/${documentId}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();
  };

  it('leaves ING’s question answered when a second verklaring went after the first: only the deletion request goes', async () => {
    const estate = await createEstate(anna);
    const first = await upload(anna, estate.id, 'erfrecht.pdf');
    const ing = await asked(anna, estate.id, 'ING');
    await anna.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [first] }).expect(200);
    await t.runDue();
    // ING asks again; the notary's second verklaring answers it.
    await ing.desk.post(`${API}/provider-desk/requests/${ing.id}/request-information`, question).expect(200);
    const second = await upload(anna, estate.id, 'erfrecht-2.pdf');
    await anna.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [second] }).expect(200);
    await t.runDue();

    await withdraw(anna, first);

    const page = await contractOf(anna, ing.id);
    const erasure = page.letters.find((l) => l.kind === 'document_erasure')!;
    const letter = await letterText(anna, erasure.id);
    expect({ state: page.state, reopened: page.timeline.some((e) => e.event === 'ANSWER_WITHDRAWN'), newOne: letter.includes('Er volgt een nieuwe') }).toEqual({ state: 'requested', reopened: false, newOne: false });
    expect(letter).toContain('Ik heb dit document ingetrokken; het maakt geen deel meer uit van mijn verzoek.');
    expect(((await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string }[]).some((r) => r.contractId === ing.id)).toBe(false);
  });

  it('leaves a rejection, and a complaint about one, standing, and tells the owner on the contract page that the provider had the withdrawn verklaring', async () => {
    const estate = await createEstate(anna);
    const verklaring = await upload(anna, estate.id, 'erfrecht.pdf');
    const [ing, abn] = [await asked(anna, estate.id, 'Rabobank'), await asked(anna, estate.id, 'ABN AMRO')];
    for (const c of [ing, abn]) {
      await anna.post(`${API}/contracts/${c.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
      await t.runDue();
      await c.desk.post(`${API}/provider-desk/requests/${c.id}/reject`, { reason: 'De verklaring noemt de erfgenamen niet.' }).expect(200);
    }
    await anna.post(`${API}/contracts/${abn.id}/complain`, { grounds: 'De verklaring noemt alle erfgenamen.' }).expect(200);
    await t.runDue();
    const day = longDate(await today(), 'nl');

    await withdraw(anna, verklaring);

    const [ingPage, abnPage] = [await contractOf(anna, ing.id), await contractOf(anna, abn.id)];
    expect({ rabo: ingPage.state, abn: abnPage.state }).toEqual({ rabo: 'rejected', abn: 'complained' });
    expect(ingPage.timeline.map((e) => e.summary)).toContain(
      `Contract: Rabobank had de verklaring van erfrecht die op ${day} is ingetrokken als deel van ons antwoord op zijn vraag. De afwijzing blijft staan; de vraag gaat niet vanzelf weer open. Stuur Rabobank een nieuwe verklaring van erfrecht als die nodig is.`,
    );
    expect(abnPage.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining('ABN AMRO had de verklaring van erfrecht die op'));
    expect(abnPage.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining('De klacht loopt door; de vraag gaat niet vanzelf weer open.'));
    // Nor does either deletion request promise a new one: none is owed.
    for (const page of [ingPage, abnPage]) {
      expect(await letterText(anna, page.letters.find((l) => l.kind === 'document_erasure')!.id)).not.toContain('Er volgt een nieuwe');
    }
  });

  it('in English: the owner, the desk and the family read why a new one follows, the family once by email, and a new date given keeps the reason', async () => {
    const digests = (to: string) => familyDigests(sink, to);
    const nextDigest = (to: string, before: number) => nextFamilyDigest(t.admin, sink, to, before);
    const estate = await createEstate(ann);
    await ann.post(`${API}/estates/${estate.id}/family-members`, { name: 'Tom', email: 'tom@answerback2.test', relation: 'child', isHeir: true, isRepresentative: false, language: 'en' }).expect(201);
    await ann.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els', email: 'els@answerback2.test', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201);
    const verklaring = await upload(ann, estate.id, 'inheritance.pdf');
    const ing = await asked(ann, estate.id, 'ASN Bank', 'en');
    await ann.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
    await t.runDue();
    // The news so far goes out first, so the next email is the withdrawal's.
    const [tom, els] = [digests('tom@answerback2.test').length, digests('els@answerback2.test').length];
    await nextDigest('tom@answerback2.test', tom);
    await nextDigest('els@answerback2.test', els);

    const withdrawnOn = await today();
    await withdraw(ann, verklaring);
    const [on, onNl] = [longDate(withdrawnOn, 'en'), longDate(withdrawnOn, 'nl')];

    // The English owner: status, and her history.
    const page = await contractOf(ann, ing.id);
    expect(page.statusTexts.en).toContain(`A new certificate of inheritance follows: the one sent was withdrawn on ${on}.`);
    expect(page.timeline.map((e) => e.summary)).toContainEqual(expect.stringContaining(`ASN Bank's question is open again: the certificate of inheritance sent was withdrawn on ${on}; a new one follows.`));
    expect(await letterText(ann, page.letters.find((l) => l.kind === 'document_erasure')!.id)).toContain('A new certificate of inheritance will follow.');
    // The English desk: nothing to do yet, and the thread says Steward withdrew what it sent.
    const desk = (await ing.desk.get(`${API}/provider-desk/requests/${ing.id}`).expect(200)).body as { statusText: string; nextMove: string; thread: { text?: string }[] };
    expect({ statusText: desk.statusText, nextMove: desk.nextMove, withdrawn: desk.thread.some((i) => i.text?.startsWith('Steward withdrew a document it sent you in answer to your question; a new one follows')) }).toEqual({
      statusText: 'You asked for more information; the case owner is supplying it.',
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
    await ann.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [], note: 'The notary is drawing up a new certificate.', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn }] }).expect(200);
    await t.runDue();
    const again = await contractOf(ann, ing.id);
    expect(again.statusTexts.en).toContain(`A new certificate of inheritance follows (expected by ${longDate(expectedOn, 'en')}): the one sent was withdrawn on ${on}.`);
    expect(again.statusTexts.nl).toContain(`Er volgt een nieuwe verklaring van erfrecht (verwacht uiterlijk ${longDate(expectedOn, 'nl')}): de gestuurde is op ${onNl} ingetrokken.`);
    expect(again.statusTexts.nl).not.toContain('Volgt later');
    const promised = again.letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    expect(await letterText(ann, promised.id)).toContain(`I withdrew the certificate of inheritance I sent you earlier on ${on}. A new certificate of inheritance will follow.`);
    expect((await ing.desk.get(`${API}/provider-desk/requests/${ing.id}`).expect(200)).body.statusText).toContain(
      `The certificate of inheritance Steward sent you was withdrawn on ${on}; a new one follows (expected by ${longDate(expectedOn, 'en')}).`,
    );

    // The new one sent: the letter says why, and the family's next email does not tell the withdrawal again.
    const nieuwe = await upload(ann, estate.id, 'inheritance-new.pdf');
    await ann.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [nieuwe] }).expect(200);
    await t.runDue();
    const after = await contractOf(ann, ing.id);
    expect(after.state).toBe('requested');
    const answer = after.letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    expect(await letterText(ann, answer.id)).toContain(`I withdrew the certificate of inheritance I sent you earlier on ${on}. Enclosed now: a new certificate of inheritance.`);
    const later = await nextDigest('tom@answerback2.test', tom + 2);
    expect(later).toContain('There is a new document for you in the portal: inheritance-new.pdf');
    expect(later).not.toContain('We withdrew a document');
  });
});
