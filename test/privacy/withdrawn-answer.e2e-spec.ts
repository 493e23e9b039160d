import { Client } from 'pg';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@erfrechtback.test', password: 'anna-password-1' };

/**
 * Audit71 F-G: a verklaring van erfrecht answered KPN's question (in part: the volmacht follows) and ING's (wholly), then the
 * owner withdraws it (the notary makes a new one). Both questions are open again for the verklaring: owed by us, not chased
 * (contract machine v16, README "answerback").
 */
describe('a withdrawn document that answered a question leaves that question open again', () => {
  let t: TestApp;
  let anna: Session;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist', language: 'nl' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const todayRows = async () => (await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; documentsNeeded: string[]; partAnswerText: string | null }[];
  const contractOf = async (id: string) =>
    (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; statusTexts: { nl: string; en: string }; letters: { id: string; kind: string }[]; workflow: { version: number } };
  const upload = async (estateId: string, file: string) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, file).expect(201)).body as { id: string }).id;

  async function asked(estateId: string, provider: string, question: { message: string; documentsNeeded: string[] }) {
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Contract', accountNumber: `${provider}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
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
    expect([kpnPage.workflow.version, ingPage.workflow.version]).toEqual([16, 16]);
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
});
