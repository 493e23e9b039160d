import { Browser } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { flat, listedEnclosures, pdfText } from '../../letters/test-support';
import { browse, closeBrowsing } from '../support/browser';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * Second-round wording audit: owner, family and desk tell one true story of a partial credit note, and a request
 * sent again after the owner's amendment encloses what the provider asked for before it rejected.
 */
describe('one true story for owner, family and desk', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Specialist;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** A provider with a desk user and an API token. */
  async function providerWithDesk(name: string, requiredDocuments: string[]) {
    const provider = await createProvider(t.admin, { name, category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments });
    const email = `desk@${name.toLowerCase()}.example`;
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email, name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: `${name} integration` }).expect(201)).body.token);
    return { provider, email, desk };
  }
  /** The web desk's page of a request, as its desk user reads it without JavaScript. */
  async function deskPageText(email: string, contractId: string) {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', email);
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.goto(`${base}/desk/requests/${contractId}`);
    const text = flat(await page.innerText('main'));
    await page.close();
    return text;
  }

  it('a partial credit note: the provider credited part, the rest is still open, the owner decides, in every reader’s words', async () => {
    const { provider, email, desk } = await providerWithDesk('Deelstroom', []);
    const estate = await createEstate(anna, { givenNames: 'Truus' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'DS-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'DS-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-28', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 28 }).expect(200);
    const credited = await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 20, note: 'CN-20' }).expect(200);

    // The desk: what it credited and what is still open; Steward's move, and the answers it may still give said as such.
    expect(credited.body.statusText).toBe('U crediteerde €\u00a020,00 van factuur F-28 (van de betwiste €\u00a028,00 staat nog €\u00a08,00 open); de contactpersoon beslist hoe het verdergaat.');
    expect(credited.body.nextMove).toBe('Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.');
    expect(credited.body.actions).toEqual(['correct-completion', 'credit-note', 'invoice-withdrawn', 'reject-dispute']);
    const web = await deskPageText(email, contract.id);
    expect(web).toContain('U crediteerde € 20,00 van factuur F-28 (van de betwiste € 28,00 staat nog € 8,00 open); de contactpersoon beslist hoe het verdergaat. Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.');

    // The owner: credited in part, the rest held to, her decision (pay the rest or object further).
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.statusText).toMatch(/^Deels gecrediteerd door Deelstroom, de rest staat nog open: €\u00a08,00 betwist \(factuur F-28, €\u00a020,00 gecrediteerd van €\u00a028,00\); beslissing nodig uiterlijk \d+ \w+ 20\d\d\.$/);
    expect(owner.nextStep).toMatch(/: betalen en het geschil afsluiten, of Deelstroom bellen/);
    const ownerTimeline = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(ownerTimeline).toContain('Stroom: Creditnota van €\u00a020,00 ontvangen van Deelstroom voor factuur F-28; de overige betwiste €\u00a08,00 is niet gecrediteerd; beslissing nodig (de rest betalen of verder bezwaar maken).');
    expect(ownerTimeline.join('\n')).not.toContain('Geschil afgewezen');

    // The family: not "our objection still runs" (which reads as waiting on the provider): it answered, the owner decides.
    const family = await relative(t, anna, estate.id, 'Maria');
    const told = 'Deelstroom heeft €\u00a020,00 van rekening F-28 gecrediteerd; de overige €\u00a08,00 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.';
    expect((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0].statusText).toBe(told);
    expect((await family.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items[0].statusText).toBe(
      'Deelstroom has credited €20.00 of bill F-28; the other €8.00 we objected to was not credited. Your contact person decides whether we pay what is still asked or object further, and will let you know.',
    );
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain(told);
    expect(familyTimeline.join('\n')).not.toContain('loopt ons bezwaar nog');
  });

  it('a request sent again after the owner’s amendment encloses what the provider asked for before it rejected; the desk says it was sent again', async () => {
    const { provider, email, desk } = await providerWithDesk('Vraagstroom', ['death_certificate']);
    const estate = await createEstate(anna, { givenNames: 'Bep' });
    const upload = async (kind: string, line: string) => {
      const doc = await PDFDocument.create();
      doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
      return (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', kind).attach('file', Buffer.from(await doc.save()), `${kind}.pdf`).expect(201)).body.id as string;
    };
    await upload('death_certificate', 'AKTE VAN OVERLIJDEN');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'VS-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Wij hebben de verklaring van erfrecht nodig.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const certificate = await upload('certificate_of_inheritance', 'VERKLARING VAN ERFRECHT');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [certificate] }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Het klantnummer is onjuist.' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();

    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    const requests = letters.filter((l) => l.kind === 'cancellation');
    expect(requests.map((l) => l.status)).toEqual(['sent', 'sent']);
    const text = async (id: string) => pdfText((await anna.get(`${API}/letters/${id}/pdf`).buffer(true).parse(binary).expect(200)).body);
    expect(listedEnclosures(await text(requests[0].id))).toEqual(['Akte van overlijden']);
    // Sent again: with the certificate of inheritance the provider asked for and received before it rejected.
    expect(listedEnclosures(await text(requests[1].id))).toEqual(['Akte van overlijden', 'Verklaring van erfrecht']);
    // The web desk says what the API says of it, with both documents.
    const web = await deskPageText(email, contract.id);
    expect(web).toContain('Brief van Steward: Verzoek tot beëindiging, opnieuw verzonden na uw afwijzing death_certificate.pdf (Akte van overlijden) certificate_of_inheritance.pdf (Verklaring van erfrecht)');
  });
  it('labels the date asked on a transfer’s correction form as the date of transfer', async () => {
    const { provider } = await providerWithDesk('Overstroom', []);
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    const heir = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const open = async (action: 'cancel' | 'transfer') =>
      (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `OS-${action}`, action, confirmDuplicate: true, ...(action === 'transfer' && { transferToFamilyMemberId: heir.id }) }).expect(201)).body.id as string;
    const form = async (id: string) => {
      const page = (await anna.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      return page.slice(page.indexOf('id="correct"'));
    };
    const transfer = await form(await open('transfer'));
    expect(transfer).toContain('Gewenste datum van overzetting (leeg = zoals vastgelegd)');
    expect(transfer).not.toContain('Gewenste einddatum');
    expect(await form(await open('cancel'))).toContain('Gewenste einddatum (leeg = zoals vastgelegd)');
  });
});
