import { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, deskWebOf, letterText } from '../support/fixtures';
import { familyDigests, nextFamilyDigest } from '../support/smtp-sink';
import { TINY_PDF } from '../support/fixtures';
import { account } from '../workspace/support';
import { familyReader, pageText, walkedApp } from './walk';

const log = (label: string, text: unknown) => console.log(`### ${label}\n${typeof text === 'string' ? text : JSON.stringify(text, null, 1)}`);

describe('a funeral insurance and a newspaper of one estate handed over half-way: the second and third rounds as their readers read them', () => {
  const walk = walkedApp({ mailSink: true });

  it('walk', async () => {
    const { t, web } = walk;
    const sink = t.sink!;
    const annaAcc = await account(t, 'Anna de Boer', 'specialist', 'nl');
    const bertAcc = await account(t, 'Bert Jansen', 'specialist', 'nl');
    const anna = annaAcc.api;
    const bert = bertAcc.api;
    const insurer = await createProvider(t.admin, { name: 'Dela', category: 'insurance', requiredDocuments: [], slaBusinessDays: 10 });
    const paper = await createProvider(t.admin, { name: 'De Volkskrant', category: 'subscription', requiredDocuments: [], channel: 'email', contactPoint: { name: 'Klantenservice', email: 'abonnementen@volkskrant.example' }, slaBusinessDays: 10 });
    const insurerDesk = await deskWebOf(t, insurer.id, { email: 'desk@dela.example' });
    const estate = await createEstate(anna, { givenNames: 'Henk' });
    const noorMail = 'noor@family.example';
    const noorMember = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Noor de Vries', email: noorMail, relation: 'dochter', isHeir: true, isRepresentative: false, language: 'en' }).expect(201)).body as { id: string; accessCode: string };
    const contract = async (body: Record<string, unknown>) => (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', ...body }).expect(201)).body.id as string;
    const ic = await contract({ providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'DL-3301', insuranceKind: 'life' });
    const nc = await contract({ providerId: paper.id, description: 'Krantenabonnement', accountNumber: 'VK-88120' });
    const phone: BrowserContext = await web.browser.newContext({ viewport: { width: 390, height: 844 } });
    const noor: Page = await signInFamily(phone, web.base, noorMember.accessCode);

    type Owner = { statusText: string; nextStep: string; letters: { id: string; kind: string; deliveryText: string; status: string }[] };
    const ownerOf = (who: typeof anna) => async (id: string) => JSON.parse(JSON.stringify((await who.get(`${API}/contracts/${id}`).expect(200)).body).replace(/\u00a0/g, ' ')) as Owner;
    const pageOf = (who: typeof anna) => async (path: string) => pageText((await who.get(path).set('Cookie', `steward_app=${who.token}`).expect(200)).text);
    const deskPage = async (desk: request.Agent, id: string) => pageText((await desk.get(`/desk/requests/${id}`).expect(200)).text);
    const familyPage = familyReader(noor, web.base);
    const today = async () => (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;

    for (const id of [ic, nc]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.runDue();
    const owner = ownerOf(anna);
    for (const id of [ic, nc]) {
      const o = await owner(id);
      log(`owner ${id === ic ? 'ic' : 'nc'} r1`, { s: o.statusText, n: o.nextStep, l: o.letters });
      log('letter r1', await letterText(anna, o.letters[0].id));
    }
    log('noor r1', await familyPage('/family'));
    log('desk ic r1', await deskPage(insurerDesk, ic));

    // Round 2: the insurer asks for the certificate and the beneficiary's account.
    await t.runDue(1);
    await insurerDesk.post(`/desk/requests/${ic}/request-information`).type('form').send({ message: 'Graag een kopie van de overlijdensakte en het rekeningnummer van de begunstigde.', documentsNeeded: 'death_certificate' }).expect(303);
    log('owner ic r2', await owner(ic));
    log('noor r2', await familyPage('/family'));
    await noor.goto(`${web.base}/family/report`);
    await noor.check('#kind-other');
    await noor.click('text=Next');
    await noor.selectOption('#contractId', ic);
    await noor.fill('#message', 'Here is the death certificate the insurer asked for. My account: NL91 ABNA 0417 1643 00.');
    await noor.setInputFiles('#file', { name: 'akte.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await noor.click('form[action="/family/report"] button');
    log('noor after report', (await noor.innerText('main')).replace(/\s+/g, ' '));
    log('scroll', await noor.$eval('html', (html) => html.scrollWidth));
    const report = ((await anna.get(`${API}/queue`).expect(200)).body.familyReports as { id: string; contractId: string; documentId: string; reportedBy: string }[])[0];
    log('report', report);
    const taken = (await anna.post(`${API}/family-reports/${report.id}/document`, { kind: 'death_certificate' }).expect(200)).body;
    log('taken', taken);
    await anna.post(`${API}/contracts/${ic}/information-supplied`, { note: 'De overlijdensakte is bijgevoegd. De begunstigde is Noor de Vries, rekening NL91 ABNA 0417 1643 00.', documentIds: [report.documentId] }).expect(200);
    await t.runDue();
    log('desk ic r2', await deskPage(insurerDesk, ic));
    // The newspaper confirms the end by e-mail.
    await anna.post(`${API}/contracts/${nc}/provider-answer/completed`, { receivedVia: 'email', effectiveDate: '2026-11-30', reference: 'VK-OPZ-1' }).expect(200);
    log('owner nc r2', await owner(nc));
    log('noor r2b', await familyPage('/family'));
    log('digest1', await nextFamilyDigest(t.admin, sink, noorMail, familyDigests(sink, noorMail).length));

    // Handover.
    const handed = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bertAcc.id, reason: 'Anna gaat met verlof.' });
    log('handover', [handed.status, handed.body]);
    const bertOwner = ownerOf(bert);
    const bertPage = pageOf(bert);

    // Round 3: payout.
    await t.runDue(1);
    const done = await insurerDesk.post(`/desk/requests/${ic}/complete`).type('form').send({ done: 'payoutHandled', effectiveDate: await today(), reference: 'DL-UIT-1', payoutAmount: '6500', payoutTo: 'Noor de Vries' });
    log('payout', [done.status, done.status !== 303 ? pageText(done.text).slice(0, 2000) : '']);
    log('owner ic r3', await bertOwner(ic));
    log('desk ic r3', await deskPage(insurerDesk, ic));
    log('noor r3', await familyPage('/family'));
    // The premium for December.
    await t.runDue(2);
    const prem = await bert.post(`${API}/contracts/${ic}/invoice-after-end`, { reference: 'DL-PR-12', invoiceDate: await today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.5 });
    log('premium', [prem.status, prem.body]);
    await t.runDue();
    const io = await bertOwner(ic);
    log('owner ic r3b', io);
    const disp = io.letters.find((l) => l.kind === 'dispute');
    if (disp) log('ic dispute letter', await letterText(bert, disp.id));
    log('desk ic r3b', await deskPage(insurerDesk, ic));
    const deskApi = await (await import('../support/fixtures')).deskOf(t, insurer.id);
    log('desk thread api', ((await deskApi.get(`${API}/provider-desk/requests/${ic}`).expect(200)).body.thread as unknown[]));

    // The newspaper keeps billing.
    const bill = await bert.post(`${API}/contracts/${nc}/invoice-after-end`, { reference: 'VK-F-1201', invoiceDate: await today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 32.99 });
    log('paper bill', [bill.status, bill.body]);
    await t.runDue();
    const no = await bertOwner(nc);
    log('owner nc r3', no);
    const nd = no.letters.find((l) => l.kind === 'dispute');
    if (nd) log('nc dispute letter', await letterText(bert, nd.id));
    await t.runDue(3);
    const col = await bert.post(`${API}/contracts/${nc}/collection-notice`, { agency: 'GGN Incasso', agencyAddress: { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' }, reference: 'GGN-7781', amount: 47.99 });
    log('collection', [col.status, col.body]);
    await t.runDue();
    const nc2 = await bertOwner(nc);
    log('owner nc r3b', nc2);
    for (const l of nc2.letters.filter((x) => x.kind === 'collection_stop')) log('stop letter', await letterText(bert, l.id));
    log('bert today', await bertPage('/app'));
    log('bert ic page', await bertPage(`/app/contracts/${ic}`));
    log('bert nc page', await bertPage(`/app/contracts/${nc}`));
    log('bert estate page', await bertPage(`/app/estates/${estate.id}`));
    log('noor r3b', await familyPage('/family'));
    log('noor timeline', await familyPage('/family/timeline'));
    log('scroll', await noor.$eval('html', (html) => html.scrollWidth));
    log('digest2', await nextFamilyDigest(t.admin, sink, noorMail, familyDigests(sink, noorMail).length));
    await phone.close();
  });
});
