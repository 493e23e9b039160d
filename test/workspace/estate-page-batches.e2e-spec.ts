import type { Browser } from 'playwright-core';
import { longDate } from '../../workflows/wording';
import { browse, closeBrowsing } from '../support/browser';
import { API, binary, createEstate, createProvider, deceased } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account, type Account, mainText, signIn } from './support';

/**
 * estatepage (handover3's and reqheld's Not done): the estate page says where its letters truly are. A letter Anna printed in her
 * batch and did not mark posted before she handed the estate to Bert read „klaar voor de post" on his page (he cannot post it: it is
 * in her hands); the estate list read „Lopend: contracten in behandeling." for an estate whose only request the letter check holds.
 */
describe('the estate page and the estate list say where the letters are', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Account;
  let bert: Account;
  let eve: Account;
  let post: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    ({ base, browser } = await browse(t));
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    bert = await account(t, 'Bert Jansen', 'specialist', 'nl');
    eve = await account(t, 'Eve Admin', 'admin', 'en');
    post = await createProvider(t.admin, { name: 'Postbedrijf', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } } });
  });
  afterAll(() => closeBrowsing({ browser, t }));

  type InBatch = { batchId: string; holderName: string; date: string; downloadedOn: string; letterCount: number; letterIds: string[]; statusText: string };
  const estateOf = async (who: Account, id: string) => (await who.api.get(`${API}/estates/${id}`).expect(200)).body as { statusText: string; lettersInOthersBatches: InBatch[] };

  it('names the letter in her downloaded batch on his estate page, its headline and GET /estates/{id}, until she marks the batch posted', async () => {
    const estate = await createEstate(anna.api, { surname: 'Dąbrowska' });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Abonnement', accountNumber: 'P-HELD', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const today = ((await t.runDue(0)).body as { today: string }).today;
    const batches = (await anna.api.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const [letter] = ((await anna.api.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { id: string; contractId: string }[]).filter((l) => l.contractId === contract.id);
    let held: { id: string; date: string; sha256: string } | undefined;
    for (const id of batches) {
      const batch = (await anna.api.get(`${API}/print-batches/${id}`).expect(200)).body as { id: string; date: string; sha256: string; letters: { estateReference: string }[] };
      if (batch.letters.some((l) => l.estateReference === estate.reference)) held = batch;
    }
    await anna.api.get(`${API}/print-batches/${held!.id}/pdf`).buffer(true).parse(binary).expect(200);
    // Her own batch: nothing in another's.
    expect((await estateOf(anna, estate.id)).lettersInOthersBatches).toEqual([]);
    await anna.api.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.id, reason: 'Verlof' }).expect(201);

    const sentence = `1 brief van deze nalatenschap zit in de printbatch van Anna de Boer van ${longDate(held!.date, 'nl')}, gedownload maar nog niet als verstuurd gemarkeerd; vraag Anna de Boer of hij gepost is.`;
    const his = await estateOf(bert, estate.id);
    expect(his.lettersInOthersBatches).toEqual([{ batchId: held!.id, holderName: 'Anna de Boer', date: held!.date, downloadedOn: today, letterCount: 1, letterIds: [letter.id], statusText: sentence }]);
    expect(his.statusText).toBe(`Lopend: verzoeken klaar, maar nog niet verstuurd. ${sentence}`);
    // An English reader (an administrator) reads it in English.
    const hers = await estateOf(eve, estate.id);
    expect(hers.statusText).toContain(`1 letter of this estate is in Anna de Boer's print batch of ${longDate(held!.date, 'en')}, downloaded but not marked posted yet; ask Anna de Boer whether it was posted.`);

    // His page in Chromium: the headline and the letter's line say her batch, not „klaar voor de post".
    const page = await signIn(browser, base, bert);
    await page.goto(`${base}/app/estates/${estate.id}`);
    expect((await page.innerText('p.status')).replace(/\s+/g, ' ')).toBe(his.statusText);
    const line = (await page.innerText(`tr[data-letter="${letter.id}"]`)).replace(/\s+/g, ' ');
    expect(line).toContain(`in de printbatch van Anna de Boer (gedownload ${longDate(today, 'nl')})`);
    expect(line).not.toContain('klaar voor de post');
    // The contract's row says whom to ask beside its status.
    expect((await page.innerText(`tr:has(a[href="/app/contracts/${contract.id}"])`)).replace(/\s+/g, ' ')).toContain(`De brief zit in de printbatch van Anna de Boer (gedownload ${longDate(today, 'nl')}); vraag Anna de Boer of hij gepost is.`);
    const english = await signIn(browser, base, eve);
    await english.goto(`${base}/app/estates/${estate.id}`);
    expect((await english.innerText(`tr[data-letter="${letter.id}"]`)).replace(/\s+/g, ' ')).toContain(`in Anna de Boer's print batch (downloaded ${longDate(today, 'en')})`);

    // She marks it posted: the letter is in the post, the page says so and names no batch.
    await anna.api.post(`${API}/print-batches/${held!.id}/posted`, { sha256: held!.sha256 }).expect(200);
    const after = await estateOf(bert, estate.id);
    expect(after.lettersInOthersBatches).toEqual([]);
    expect(after.statusText).not.toContain('printbatch');
    await page.reload();
    const posted = (await page.innerText(`tr[data-letter="${letter.id}"]`)).replace(/\s+/g, ' ');
    expect(posted).not.toContain('printbatch');
    expect(posted).toContain('op de post gedaan');
    expect(await page.innerText(`tr:has(a[href="/app/contracts/${contract.id}"])`)).not.toContain('printbatch');
    await english.close();
    await page.close();
  });

  /**
   * estatebutton (estatepage's and handover4's Not done): his contract page, GET /contracts/{id} and Today's row said „ligt klaar voor de
   * post" with the next step „Doe de printbatch op de post", which he cannot do; his estate page named her batch without the button.
   */
  it('his contract page and GET /contracts/{id} say the letter is in her batch; he marks it posted from his estate page, and the history names him', async () => {
    const estate = await createEstate(anna.api, { surname: 'Kowalczyk' });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Abonnement', accountNumber: 'P-BUTTON', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const today = ((await t.runDue(0)).body as { today: string }).today;
    const batches = (await anna.api.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    let held = '';
    for (const id of batches) if (((await anna.api.get(`${API}/print-batches/${id}`).expect(200)).body.letters as { estateReference: string }[]).some((l) => l.estateReference === estate.reference)) held = id;
    await anna.api.get(`${API}/print-batches/${held}/pdf`).buffer(true).parse(binary).expect(200);
    await anna.api.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.id, reason: 'Verlof' }).expect(201);

    const whose = `De brief zit in de printbatch van Anna de Boer (gedownload ${longDate(today, 'nl')}); vraag Anna de Boer of hij gepost is.`;
    const status = `Brief aan Postbedrijf is nog niet als verstuurd gemarkeerd. ${whose}`;
    const next = 'Is hij gepost, markeer hem dan bij de nalatenschap als op de post gedaan („Door Anna de Boer gepost: op de post gedaan”); de termijn van de aanbieder loopt vanaf die dag.';
    type Summary = { statusText: string; nextStep: string; letters: { deliveryText: string | null }[] };
    const his = (await bert.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as Summary;
    expect({ statusText: his.statusText, nextStep: his.nextStep }).toEqual({ statusText: status, nextStep: next });
    // Its letter line too, as the estate page's.
    const line = `in de printbatch van Anna de Boer (gedownload ${longDate(today, 'nl')})`;
    expect(his.letters.map((l) => l.deliveryText)).toEqual([line]);
    // An English reader reads it in English.
    const english = (await eve.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as Summary;
    expect(english.statusText).toBe(`The letter to Postbedrijf is not marked posted yet. The letter is in Anna de Boer's print batch (downloaded ${longDate(today, 'en')}); ask Anna de Boer whether it was posted.`);
    expect(english.nextStep).toContain('“Posted by Anna de Boer: mark as posted”');

    // His contract page in Chromium: whose batch, and what he does; not „klaar voor de post".
    const page = await signIn(browser, base, bert);
    await page.goto(`${base}/app/contracts/${contract.id}`);
    expect((await page.innerText('p.status')).replace(/\s+/g, ' ')).toBe(status);
    // The request's summary and the letters list say her batch, not „klaar voor de post" (the history says what was true then).
    for (const where of ['#summary', '#letters + ul']) {
      const said = (await page.innerText(where)).replace(/\s+/g, ' ');
      expect(said).toContain(line);
      expect(said).not.toContain('klaar voor de post');
    }
    const contractPage = await mainText(page);
    expect(contractPage).toContain(next);
    expect(contractPage).not.toContain('Doe de printbatch op de post');

    // His estate page offers Today's button; clicked, the page comes back without her batch, the letter posted, the history naming him.
    await page.goto(`${base}/app/estates/${estate.id}`);
    expect((await page.innerText(`tr:has(a[href="/app/contracts/${contract.id}"])`)).replace(/\s+/g, ' ')).toContain(status);
    await Promise.all([page.waitForURL(`${base}/app/estates/${estate.id}?done=posted`), page.getByRole('button', { name: 'Door Anna de Boer gepost: op de post gedaan' }).click()]);
    const after = await mainText(page);
    expect(after).toContain('Gemarkeerd als op de post gedaan; de brieven tellen vanaf nu als verstuurd.');
    expect(after).not.toContain('printbatch van Anna de Boer (gedownload');
    expect(await page.getByRole('button', { name: 'Door Anna de Boer gepost: op de post gedaan' }).count()).toBe(0);
    const history = (await page.locator('#timeline + ol li', { hasText: 'uit de printbatch van Anna de Boer' }).innerText()).replace(/\s+/g, ' ');
    expect(history).toContain('Bert Jansen');
    expect(history).toMatch(/Brief „.+” aan Postbedrijf op de post gedaan \(uit de printbatch van Anna de Boer\)\./);
    expect(((await bert.api.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { contractId: string; deliveryStatus: string }[]).filter((l) => l.contractId === contract.id).map((l) => l.deliveryStatus)).toEqual(['posted']);
    // His contract no longer says her batch: it is with the provider.
    expect(((await bert.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as Summary).statusText).not.toContain('printbatch');
    await page.close();
  });

  it('names an estate whose request the letter check holds in the estate list, API and page, beside one whose request went', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    // No estate account recorded: the letter check holds the request (reqterm).
    const heldEstate = (await anna.api.post(`${API}/estates`, { deceased: deceased({ givenNames: 'Greet' }) }).expect(201)).body as { id: string };
    const goneEstate = await createEstate(anna.api, { givenNames: 'Hendrik' });
    for (const id of [heldEstate.id, goneEstate.id]) {
      const c = (await anna.api.post(`${API}/estates/${id}/contracts`, { providerId: kpn.id, description: 'Mobiel abonnement', accountNumber: 'M-1', action: 'cancel' }).expect(201)).body as { id: string };
      await anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    }
    await t.runDue(0);

    type Listed = { id: string; requestsHeldBy: string[] };
    const listed = async (who: Account) => new Map(((await who.api.get(`${API}/estates?limit=50`).expect(200)).body.items as Listed[]).map((e) => [e.id, e.requestsHeldBy]));
    const hers = await listed(anna);
    expect([hers.get(heldEstate.id), hers.get(goneEstate.id)]).toEqual([['KPN'], []]);

    const page = await signIn(browser, base, anna);
    await page.goto(`${base}/app/estates`);
    const row = async (p: typeof page, name: string) => (await p.locator('tr', { hasText: name }).innerText()).replace(/\s+/g, ' ');
    expect(await row(page, 'Greet de Vries')).toContain('Lopend: contracten in behandeling. De briefcontrole houdt de brief aan KPN tegen; waarom staat bij het contract.');
    expect(await row(page, 'Hendrik de Vries')).not.toContain('briefcontrole');
    const english = await signIn(browser, base, eve);
    await english.goto(`${base}/app/estates?q=Greet`);
    expect(await row(english, 'Greet de Vries')).toContain('The letter check holds the letter to KPN; why is under the contract.');
    expect(await mainText(english)).not.toContain('Hendrik');
    await english.close();
    await page.close();
  });
});
