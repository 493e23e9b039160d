import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account, bankCostsDisputed } from '../workspace/support';

/**
 * famcard: the representative marks a bank's costs paid on the family card, and undoes it: the notice on top of the card names them as
 * the card lists them („kosten met kenmerk AB-1"), never as a rekening; a bill's notice is unchanged (bills-to-pay-web).
 */
describe("the family card's notice after a bank's costs are marked paid", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The bank's costs AB-1, held by the bank and to be paid from the estate; the card's notice after Maria marks them paid and undoes it. */
  async function notices(lang: 'nl' | 'en', name: string) {
    const { owner, c, desk, maria } = await bankCostsDisputed(t, lang, name);
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten zijn terecht.' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const cookie = `steward_family=${maria.token}`;
    const notice = async (path: string, form: Record<string, string>) => {
      const posted = await t.anonymous.post(path).set('Cookie', cookie).type('form').send({ contractId: c.id, reference: 'AB-1', ...form }).expect(303);
      const card = (await t.anonymous.get(posted.headers.location).set('Cookie', cookie).expect(200)).text;
      return flat(/<p class="notice" role="status">([^<]*)<\/p>/.exec(card)?.[1] ?? '').replace(/\u00a0/g, ' ');
    };
    const paid = await notice('/family/bills-paid', { paidOn: t.clock.today() });
    const undone = await notice('/family/bills-paid/undo', {});
    // The kenmerk is in the address, hers to change: one that is no bank's costs on her card is not said to be marked.
    const page = (await t.anonymous.get('/family?bill=paid&charge=ZZ-999').set('Cookie', cookie).expect(200)).text;
    const forged = flat(/<p class="notice" role="status">([^<]*)<\/p>/.exec(page)?.[1] ?? '');
    return { paid, undone, forged };
  }

  it('names them as costs with their kenmerk in Dutch', async () => {
    // On main: „Opgeslagen: de rekening staat nu bij betaald." and „De rekening staat weer bij de rekeningen die nog betaald moeten worden."
    expect(await notices('nl', 'ING Kaart')).toEqual({
      paid: 'Opgeslagen: de kosten met kenmerk AB-1 staan nu bij betaald.',
      undone: 'De kosten met kenmerk AB-1 staan weer bij wat nog betaald moet worden.',
      forged: 'Opgeslagen: de rekening staat nu bij betaald.',
    });
  });

  /**
   * askwords: the debit of an overdrawn account the bank blocked (€ 50,00, kenmerk ING-NB-7781), marked paid by Maria and undone: the
   * notice names the overdraft as her card lists it, not „de rekening".
   */
  async function overdraftNotices(lang: 'nl' | 'en', name: string) {
    const owner = await account(t, `Olga ${name}`, 'specialist', lang);
    const bank = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [], language: lang });
    const estate = await createEstate(owner.api);
    const member = (await owner.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true, language: lang }).expect(201)).body as { accessCode: string };
    const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${bank.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: -50 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const cookie = `steward_family=${maria.token}; steward_lang=${lang}`;
    const shown = (page: string) => flat(/<p class="notice" role="status">([^<]*)<\/p>/.exec(page)?.[1] ?? '').replace(/\u00a0/g, ' ');
    const notice = async (path: string, form: Record<string, string>) => {
      const posted = await t.anonymous.post(path).set('Cookie', cookie).type('form').send({ contractId: c.id, reference: 'ING-NB-7781', ...form }).expect(303);
      return shown((await t.anonymous.get(posted.headers.location).set('Cookie', cookie).expect(200)).text);
    };
    const paid = await notice('/family/bills-paid', { paidOn: t.clock.today() });
    const undone = await notice('/family/bills-paid/undo', {});
    // The kenmerk in the address is hers to change: one that is no overdraft on her card gets the plain notice.
    const forged = shown((await t.anonymous.get('/family?bill=paid&overdraft=ZZ-999').set('Cookie', cookie).expect(200)).text);
    return { paid, undone, forged };
  }

  it('names an overdraft marked paid as the overdraft with its kenmerk, in Dutch and in English', async () => {
    // On main: „Opgeslagen: de rekening staat nu bij betaald." and „De rekening staat weer bij de rekeningen die nog betaald moeten worden."
    expect(await overdraftNotices('nl', 'ING Rood')).toEqual({
      paid: 'Opgeslagen: het tekort op de rekening (kenmerk ING-NB-7781) staat nu bij betaald.',
      undone: 'Het tekort op de rekening (kenmerk ING-NB-7781) staat weer bij wat nog betaald moet worden.',
      forged: 'Opgeslagen: de rekening staat nu bij betaald.',
    });
    expect(await overdraftNotices('en', 'ING Red')).toEqual({
      paid: 'Saved: the overdraft on the account (reference ING-NB-7781) is now marked paid.',
      undone: 'The overdraft on the account (reference ING-NB-7781) is back among what is still to pay.',
      forged: 'Saved: the bill is now marked paid.',
    });
  });

  it('names them as the charge with its reference in English', async () => {
    expect(await notices('en', 'ING Card')).toEqual({
      paid: 'Saved: the charge with reference AB-1 is now marked paid.',
      undone: 'The charge with reference AB-1 is back among what is still to pay.',
      forged: 'Saved: the bill is now marked paid.',
    });
  });
});
