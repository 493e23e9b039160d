import { flat } from '../../letters/test-support';
import { API } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { bankBlocked, bankCostsDisputed } from '../workspace/support';

/**
 * famcard: the representative marks a bank's costs paid on the family card, and undoes it: the notice on top of the card names them as
 * the card lists them („kosten met kenmerk AB-1"), never as a rekening; a bill's notice is unchanged (bills-to-pay-web). askwords: an
 * overdraft's debit alike, as the overdraft it is.
 */
describe("the family card's notice after a bank's costs are marked paid", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The card's notice after Maria marks `reference` of contract `c` paid and undoes it, and after a link she changed to `forged`. */
  async function noticesOf(c: { id: string }, maria: Session, reference: string, forged: string) {
    const cookie = `steward_family=${maria.token}`;
    const shown = (page: string) => flat(/<p class="notice" role="status">([^<]*)<\/p>/.exec(page)?.[1] ?? '').replace(/\u00a0/g, ' ');
    const notice = async (path: string, form: Record<string, string>) => {
      const posted = await t.anonymous.post(path).set('Cookie', cookie).type('form').send({ contractId: c.id, reference, ...form }).expect(303);
      return shown((await t.anonymous.get(posted.headers.location).set('Cookie', cookie).expect(200)).text);
    };
    const paid = await notice('/family/bills-paid', { paidOn: t.clock.today() });
    const undone = await notice('/family/bills-paid/undo', {});
    // The kenmerk is in the address, hers to change: one that is no bank's costs (or overdraft) on her card is not said to be marked.
    return { paid, undone, forged: shown((await t.anonymous.get(forged).set('Cookie', cookie).expect(200)).text) };
  }

  /** The bank's costs AB-1, held by the bank and to be paid from the estate. */
  async function notices(lang: 'nl' | 'en', name: string) {
    const { owner, c, desk, maria } = await bankCostsDisputed(t, lang, name);
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten zijn terecht.' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    return noticesOf(c, maria, 'AB-1', '/family?bill=paid&charge=ZZ-999');
  }

  it('names them as costs with their kenmerk in Dutch', async () => {
    // On main: „Opgeslagen: de rekening staat nu bij betaald." and „De rekening staat weer bij de rekeningen die nog betaald moeten worden."
    expect(await notices('nl', 'ING Kaart')).toEqual({
      paid: 'Opgeslagen: de kosten met kenmerk AB-1 staan nu bij betaald.',
      undone: 'De kosten met kenmerk AB-1 staan weer bij wat nog betaald moet worden.',
      forged: 'Opgeslagen: de rekening staat nu bij betaald.',
    });
  });

  it('names them as the charge with its reference in English', async () => {
    expect(await notices('en', 'ING Card')).toEqual({
      paid: 'Saved: the charge with reference AB-1 is now marked paid.',
      undone: 'The charge with reference AB-1 is back among what is still to pay.',
      forged: 'Saved: the bill is now marked paid.',
    });
  });

  /** askwords: the debit of an overdrawn account the bank blocked (€ 50,00, kenmerk ING-NB-7781), a debt of the estate. */
  async function overdraftNotices(lang: 'nl' | 'en', name: string) {
    const { c, maria } = await bankBlocked(t, lang, name, -50);
    return noticesOf(c, maria, 'ING-NB-7781', '/family?bill=paid&overdraft=ZZ-999');
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
});
