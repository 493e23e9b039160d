import request from 'supertest';
import { Client } from 'pg';
import { API, createEstate, createProvider, deskOf, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * audit74 F-1/F-2: a provider's desk listed and served every document of a kind its directory requires the moment
 * the owner uploaded it — an owner-only draft sent to nobody, a verklaring sent only to another provider — and a
 * withdrawal then asked that provider to delete a document no letter of ours ever sent it. A request's documents are
 * what its letters carried and what the owner chose for it (each as its newest version), and nothing else.
 */
const ANNA = { email: 'anna@sentonly.test', password: 'anna-password-1' };

describe('sentonly: a desk sees only what a letter to it carried or the owner chose for it', () => {
  let t: TestApp;
  let db: Client;
  let anna: Session;
  let ing: { id: string };
  let cb: { id: string };
  let ingDesk: Session;
  let cbDesk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true, owner: ANNA }));
    ing = await createProvider(t.admin, { name: 'ING', category: 'bank', requiredDocuments: ['death_certificate', 'certificate_of_inheritance'] });
    cb = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: ['death_certificate'] });
    ingDesk = await deskOf(t, ing.id, 'ING');
    cbDesk = await deskOf(t, cb.id, 'CB');
    await t.admin.post(`${API}/providers/${ing.id}/desk-users`, { email: 'desk@ing.test', name: 'ING desk', password: 'desk-password-1' }).expect(201);
  });
  afterAll(() => t?.close());

  const upload = async (estateId: string, kind: string, fileName: string, audience?: string) => {
    const form = anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind);
    if (audience) form.field('audience', audience);
    return (await form.attach('file', TINY_PDF, fileName).expect(201)).body as { id: string; uploadedAt: string };
  };
  const deskView = async (desk: Session, contractId: string) => (await desk.get(`${API}/provider-desk/requests/${contractId}`).expect(200)).body;
  const names = (documents: { fileName: string }[]) => documents.map((d) => d.fileName);
  const listed = async (desk: Session, contractId: string) =>
    names(((await desk.get(`${API}/provider-desk/requests?status=all&limit=50`).expect(200)).body as { id: string; enclosures: { fileName: string }[] }[]).find((r) => r.id === contractId)!.enclosures);
  /** The owner's contract page, signed in as a browser is, where she reads "Bijlagen die de aanbieder kan openen". */
  const ownersPage = async (contractId: string) => {
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    const page = (await owner.get(`/app/contracts/${contractId}`).expect(200)).text;
    return page.slice(page.indexOf('Bijlagen die de aanbieder kan openen'));
  };
  async function webDesk() {
    const agent = request.agent(t.app.getHttpServer());
    await agent.post('/desk/login').type('form').send({ email: 'desk@ing.test', password: 'desk-password-1', next: '/desk' }).expect(303);
    return agent;
  }

  /** Jan's estate: a death certificate and verklaring1, sent to ING (both required) and CB (the certificate) by their first letters. */
  async function estate() {
    const e = await createEstate(anna);
    const akte = await upload(e.id, 'death_certificate', 'akte.pdf');
    const verklaring1 = await upload(e.id, 'certificate_of_inheritance', 'verklaring1.pdf');
    const ingContract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: ing.id, description: 'Betaalrekening', accountNumber: 'NL91INGB0001234567', action: 'cancel' }).expect(201)).body as { id: string };
    const cbContract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: cb.id, description: 'Inboedelverzekering', accountNumber: 'CB-778', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${ingContract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${cbContract.id}/request`).expect(200);
    await t.runDue();
    return { estate: e, akte, verklaring1, ingContract, cbContract };
  }

  it('F-1: an owner-only upload sent to nobody is not listed nor served at any desk (API and web); what the letter carried stays', async () => {
    const { estate: e, verklaring1, ingContract, cbContract } = await estate();
    expect(names((await deskView(ingDesk, ingContract.id)).enclosures)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    const draft = await upload(e.id, 'certificate_of_inheritance', 'verklaring2-concept.pdf', 'owner');
    const akte2 = await upload(e.id, 'death_certificate', 'akte2.pdf', 'owner');

    // ING still lists what its letter carried, in its list and on its request; CB too.
    expect(await listed(ingDesk, ingContract.id)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    expect(names((await deskView(ingDesk, ingContract.id)).enclosures)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    expect(names((await deskView(cbDesk, cbContract.id)).enclosures)).toEqual(['akte.pdf']);
    for (const id of [draft.id, akte2.id]) {
      await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${id}`).expect(404);
      await cbDesk.get(`${API}/provider-desk/requests/${cbContract.id}/documents/${id}`).expect(404);
    }
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${verklaring1.id}`).expect(200);
    const web = await webDesk();
    await web.get(`/desk/requests/${ingContract.id}/documents/${draft.id}`).expect(404);
    const page = (await web.get(`/desk/requests/${ingContract.id}`).expect(200)).text;
    expect(page).toContain('verklaring1.pdf');
    expect(page).not.toMatch(/verklaring2-concept\.pdf|akte2\.pdf/);
    // Nobody outside opened them: no provider's view is logged.
    expect((await db.query(`SELECT 1 FROM document_views WHERE viewer_type = 'provider' AND document_id = ANY($1)`, [[draft.id, akte2.id]])).rowCount).toBe(0);
    // The owner's contract page says the same of what ING can open.
    const owners = await ownersPage(ingContract.id);
    expect(owners).toContain('verklaring1.pdf');
    expect(owners).not.toMatch(/verklaring2-concept\.pdf|akte2\.pdf/);

    // A request made after the drafts goes with the documents the family shares, not with what she keeps to herself.
    const savings = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: ing.id, description: 'Spaarrekening', accountNumber: 'NL20INGB0007654321', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${savings.id}/request`).expect(200);
    await t.runDue();
    expect(names((await deskView(ingDesk, savings.id)).enclosures)).toEqual(['akte.pdf', 'verklaring1.pdf']);
  });

  it("F-1: a verklaring the owner sent CB in answer is CB's, not ING's; a new version of what ING was sent does reach ING", async () => {
    const { estate: e, verklaring1, ingContract, cbContract } = await estate();
    await cbDesk.post(`${API}/provider-desk/requests/${cbContract.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const verklaring3 = await upload(e.id, 'certificate_of_inheritance', 'verklaring3.pdf');
    await anna.post(`${API}/contracts/${cbContract.id}/information-supplied`, { note: 'Hierbij de verklaring.', documentIds: [verklaring3.id] }).expect(200);
    await t.runDue();
    expect(names((await deskView(cbDesk, cbContract.id)).enclosures)).toEqual(['akte.pdf', 'verklaring3.pdf']);
    expect(await listed(ingDesk, ingContract.id)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${verklaring3.id}`).expect(404);
    await (await webDesk()).get(`/desk/requests/${ingContract.id}/documents/${verklaring3.id}`).expect(404);

    // docreplace: a new version of the verklaring ING was sent reaches ING by the correction letter the owner confirms; until
    // then ING's desk keeps what it was sent, and CB, which never had it, is offered nothing.
    const newer = (await anna.post(`${API}/documents/${verklaring1.id}/replace`).attach('file', TINY_PDF, 'verklaring1-herzien.pdf').expect(201)).body as { id: string };
    expect(names((await deskView(ingDesk, ingContract.id)).enclosures)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${newer.id}`).expect(404);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${verklaring1.id}`).expect(200);
    expect((await anna.get(`${API}/documents/${newer.id}/correction-letters`).expect(200)).body.recipients).toEqual([{ contractId: ingContract.id, providerName: 'ING', replacedId: verklaring1.id }]);
    await anna.post(`${API}/documents/${newer.id}/correction-letters`).expect(200);
    await t.runDue();
    expect(names((await deskView(ingDesk, ingContract.id)).enclosures)).toEqual(['akte.pdf', 'verklaring1-herzien.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${newer.id}`).expect(200);
    expect(await ownersPage(ingContract.id)).toContain('verklaring1-herzien.pdf');
    await cbDesk.get(`${API}/provider-desk/requests/${cbContract.id}/documents/${newer.id}`).expect(404);
  });

  it('a new verklaring after the first was withdrawn reaches ING by the letter the owner sends with it, not silently', async () => {
    const { estate: e, verklaring1, ingContract } = await estate();
    await anna.post(`${API}/documents/${verklaring1.id}/withdraw`, { reason: 'Verkeerde verklaring.' }).expect(200);
    await t.runDue();
    const fresh = await upload(e.id, 'certificate_of_inheritance', 'verklaring-nieuw.pdf');
    expect(names((await deskView(ingDesk, ingContract.id)).enclosures)).toEqual(['akte.pdf']);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${fresh.id}`).expect(404);
    // ING asks for it (or the owner records its question by phone); her answer's letter carries it, and then the desk has it.
    await ingDesk.post(`${API}/provider-desk/requests/${ingContract.id}/request-information`, { message: 'Graag een nieuwe verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    await anna.post(`${API}/contracts/${ingContract.id}/information-supplied`, { note: 'Hierbij de nieuwe verklaring.', documentIds: [fresh.id] }).expect(200);
    await t.runDue();
    const desk = await deskView(ingDesk, ingContract.id);
    expect(names(desk.enclosures)).toEqual(['akte.pdf', 'verklaring-nieuw.pdf']);
    expect(desk.thread.find((i: { letterKind?: string }) => i.letterKind === 'information_supplied').enclosures.map((d: { id: string }) => d.id)).toEqual([fresh.id]);
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${fresh.id}`).expect(200);
  });

  it('F-2: withdrawing the verklaring sent only to CB asks CB alone to delete it, even where ING opened it before this rule', async () => {
    const { estate: e, ingContract, cbContract } = await estate();
    await cbDesk.post(`${API}/provider-desk/requests/${cbContract.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const verklaring3 = await upload(e.id, 'certificate_of_inheritance', 'verklaring3.pdf');
    await anna.post(`${API}/contracts/${cbContract.id}/information-supplied`, { note: 'Hierbij de verklaring.', documentIds: [verklaring3.id] }).expect(200);
    await t.runDue();
    // ING's desk opening it as it could before this rule (audit74: 200): the view it logged.
    await ingDesk.get(`${API}/provider-desk/requests/${ingContract.id}/documents/${verklaring3.id}`);
    await db.query(
      `INSERT INTO document_views (estate_id, document_id, viewer_type, viewer_id) SELECT $3, $1, 'provider', $2 WHERE NOT EXISTS (SELECT 1 FROM document_views WHERE document_id = $1 AND viewer_id = $2)`,
      [verklaring3.id, ing.id, e.id],
    );

    await anna.post(`${API}/documents/${verklaring3.id}/withdraw`, { reason: 'Verkeerde versie.' }).expect(200);
    await t.runDue();
    expect((await anna.get(`${API}/documents/${verklaring3.id}/history`).expect(200)).body.erasures).toEqual([expect.objectContaining({ providerName: 'Centraal Beheer', contractId: cbContract.id })]);
    const ingSide = await deskView(ingDesk, ingContract.id);
    expect(ingSide.erasures).toEqual([]);
    expect(ingSide.thread.filter((i: { letterKind?: string }) => i.letterKind === 'document_erasure')).toEqual([]);
    expect(names(ingSide.enclosures)).toEqual(['akte.pdf', 'verklaring1.pdf']);
    // CB reads that the verklaring it was sent is withdrawn.
    const letters = (await anna.get(`${API}/contracts/${cbContract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const erasure = letters.find((l) => l.kind === 'document_erasure')!;
    expect(await letterText(anna, erasure.id)).toContain('Verklaring van erfrecht');
  });
});
