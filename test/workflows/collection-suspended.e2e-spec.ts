import { API, createEstate } from '../support/fixtures';
import request from 'supertest';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, relative } from '../workspace/support';

/**
 * deskwords (audit92 F12): a collection the agency only suspended while the objection runs can start again. Every reader of the
 * contract's status reads that until it ends (here: the disputed bill withdrawn); a relative outside the estate's debts reads no figure.
 */
describe('a collection the agency only suspended stays in sight', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let ownerWeb: request.Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, ownerWeb } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  const card = async (family: Session, lang: 'nl' | 'en') => (await family.get(`${API}/portal/contracts?lang=${lang}`).expect(200)).body.items[0].statusText as string;
  const status = async (id: string) => (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.statusTexts as { nl: string; en: string };

  it('tells the owner and the family, in Dutch and English, until the disputed bill is withdrawn', async () => {
    const estate = await createEstate(anna.api, { givenNames: 'Nel' });
    const maria = await relative(t, anna.api, estate.id, 'Maria');
    const friendCode = (await anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joke', relation: 'friend', isHeir: false, isRepresentative: false }).expect(201)).body.accessCode;
    const joke = t.as((await t.anonymous.post(`${API}/portal/access`, { code: friendCode }).expect(200)).body.accessToken);
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-Nel', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 85 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-88120', amount: 85 }).expect(200);
    await t.runDue();
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'suspended' }).expect(200);

    const nl = 'Intrum heeft de incasso (kenmerk INT-88120, € 85,00) opgeschort zolang het bezwaar loopt; die kan weer beginnen.';
    const en = 'Intrum has suspended the debt collection (reference INT-88120, €85.00) while the objection runs; it can start again.';
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    const owner = await status(contract.id);
    expect(plain(owner.nl)).toContain(nl);
    expect(plain(owner.en)).toContain(en);
    expect(plain(await card(maria, 'nl'))).toContain(nl);
    expect(plain(await card(maria, 'en'))).toContain(en);
    // Outside the estate's debts: who suspended it, no kenmerk or amount.
    const friend = plain(await card(joke, 'nl'));
    expect(friend).toContain('Intrum heeft de incasso opgeschort zolang het bezwaar loopt; die kan weer beginnen.');
    expect(friend).not.toMatch(/INT-88120|85/);
    expect(plain(await card(joke, 'en'))).toContain('Intrum has suspended the debt collection while the objection runs; it can start again.');
    // The owner's contract page says it in its status box, and (famnews) among what is still open; her Today's row says it too.
    const page = (await ownerWeb.get(`/app/contracts/${contract.id}`).expect(200)).text;
    expect(plain(page)).toContain(nl);
    const stillOpen = plain(/<dl class="card" id="summary">[\s\S]*?<\/dl>/.exec(page)![0]);
    expect(stillOpen).toContain('<li>Intrum (kenmerk INT-88120) vordert € 85,00; opgeschort zolang het bezwaar loopt, kan weer beginnen</li>');
    const todayRow = plain((await ownerWeb.get('/app').expect(200)).text.split('<tr').find((row) => row.includes('<strong>KPN</strong><br>Mobiel')) ?? '');
    expect(todayRow).toContain(nl);

    // The bill withdrawn: nothing is left to collect, and nobody reads the suspension any more.
    await anna.api.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-12' }).expect(200);
    const after = await status(contract.id);
    expect([after.nl, after.en, await card(maria, 'nl')].join(' ')).not.toMatch(/opgeschort|suspended/);
    expect(/<dl class="card" id="summary">[\s\S]*?<\/dl>/.exec((await ownerWeb.get(`/app/contracts/${contract.id}`).expect(200)).text)![0]).not.toContain('opgeschort');
  });
});
