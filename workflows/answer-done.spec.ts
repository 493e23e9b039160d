import type { ContractContext } from './contract.machine';
import { answerDoneOf, answersFitting, contractChangeText, coverContinuesForEstate, contractStatusText, contractStep, providerAnswerText } from './index';
import { takesFinalBill, watchedFrom } from './wording';
import { ownerChangeText, ownerStatusText } from './status-text-owner';

/** bankanswer: a bank's or an insurer's confirmation is said as what it did, never as an end (the request asked none). */
describe('what a bank or an insurer did, in every reader’s words', () => {
  const confirmed: ContractContext = { action: 'cancel', providerReference: 'ING-1', effectiveDate: '2026-11-02', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, openInformationRequest: null };
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const blocked = answerDoneOf({ done: 'accountBlocked', balance: 1234.56 })!;
  const bank = { providerName: 'ING', dueDate: '2027-01-20', bankAccount: true, answerDone: blocked };

  it('the owner reads the block and the balance per the date confirmed; the family that it was told, without the amount', () => {
    expect(nbsp(ownerStatusText('confirmed', confirmed, 'nl', bank))).toBe('ING heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56; controle op late facturen tot en met 20 januari 2027.');
    expect(nbsp(ownerStatusText('confirmed', confirmed, 'en', bank))).toBe('ING has blocked the account; balance as of 2 November 2026: €1,234.56; watching for late bills until 20 January 2027.');
    expect(contractStatusText('confirmed', confirmed, 'nl', bank)).toBe('ING heeft de rekening geblokkeerd en het saldo doorgegeven.');
    expect(contractStatusText('confirmed', confirmed, 'en', { ...bank, answerDone: { ...blocked, balance: null, balanceReleased: true } })).toBe('ING has blocked the account. The balance was paid to the estate account.');
  });

  it('a balance kept per its own day after a date-only correction is said per that day (balancecorrect)', () => {
    const moved = { ...confirmed, effectiveDate: '2026-11-01' };
    const kept = { ...bank, answerDone: answerDoneOf({ done: 'accountBlocked', balance: 1234.56, balanceOn: '2026-11-02' }) };
    expect(nbsp(ownerStatusText('confirmed', moved, 'nl', kept))).toMatch(/^ING heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56;/);
    expect(nbsp(ownerStatusText('confirmed', moved, 'en', kept))).toMatch(/^ING has blocked the account; balance as of 2 November 2026: €1,234\.56;/);
  });

  it('only a settlement, an end or a transfer takes a final bill: never a bank balance, a payout or a cover kept (balancecorrect)', () => {
    expect(takesFinalBill('cancel', { bankAccount: true }, 'accountBlocked')).toBe(false);
    expect(takesFinalBill('cancel', { bankAccount: true }, null)).toBe(false);
    expect(takesFinalBill('cancel', { insurance: 'life' }, 'payoutHandled')).toBe(false);
    expect(takesFinalBill('cancel', { insurance: 'life' }, 'claimFormsSent')).toBe(false);
    expect(takesFinalBill('cancel', { insurance: 'property' }, 'coverContinues')).toBe(false);
    expect(takesFinalBill('cancel', { insurance: 'health' }, 'coverSettled')).toBe(true);
    expect(takesFinalBill('cancel', {}, null)).toBe(true);
    expect(takesFinalBill('transfer', {}, null)).toBe(true);
  });

  it('the step of the confirmation says what its own event recorded, to the owner, the family and the desk', () => {
    const event = { type: 'COMPLETE', effectiveDate: '2026-11-02', reference: 'ING-1', finalInvoiceAmount: null, done: 'payoutHandled', payoutAmount: 5000, payoutTo: 'de nalatenschap' };
    const step = contractStep(event, 'requested', 'confirmed');
    expect(nbsp(ownerChangeText(step, confirmed, 'nl', 'Centraal Beheer'))).toBe('Centraal Beheer heeft de uitkering in behandeling genomen (€ 5.000,00 aan de nalatenschap).');
    expect(contractChangeText(step, confirmed, 'nl', 'Centraal Beheer', true, { insurance: 'life' })).toBe('Centraal Beheer heeft de uitkering in behandeling genomen.');
    expect(contractChangeText(step, confirmed, 'en', 'Centraal Beheer', true, { insurance: 'life' })).toBe('Centraal Beheer has taken up the payout.');
    expect(nbsp(providerAnswerText('COMPLETE', event, 'nl'))).toBe('U bevestigde de afhandeling per 2 november 2026 (uw kenmerk ING-1); uitkering in behandeling genomen, € 5.000,00 aan de nalatenschap');
  });

  it('an answer that gave only a date (an older desk client) is the request handled per that date, never an end', () => {
    const words = { providerName: 'ING', dueDate: '2027-01-20', bankAccount: true };
    expect(ownerStatusText('confirmed', confirmed, 'nl', words)).toBe('Afhandeling bevestigd door ING per 2 november 2026; controle op late facturen tot en met 20 januari 2027.');
    expect(contractStatusText('confirmed', confirmed, 'nl', { ...words, insurance: 'property', bankAccount: false })).toBe('ING heeft laten weten dat het verzoek is afgehandeld.');
    // Any other contract keeps its end.
    expect(contractStatusText('confirmed', confirmed, 'nl', { providerName: 'KPN' })).toMatch(/^KPN heeft bevestigd dat het contract eindigt op 2 november 2026\./);
  });

  it('an insurer that has not answered yet is not said to have "confirmed the payout"', () => {
    const reminded = { providerName: 'Centraal Beheer', dueDate: '2026-12-28', insurance: 'life' as const };
    expect(contractStatusText('reminded', confirmed, 'nl', reminded)).toMatch(/^Centraal Beheer heeft nog niet laten weten of het de uitkering in behandeling neemt\. We hebben een herinnering gestuurd/);
    expect(contractStatusText('escalated', confirmed, 'en', reminded)).toMatch(/^Centraal Beheer has still not told us, after our reminder, whether it takes up the payout\./);
  });

  it('what may be said was done follows what was asked', () => {
    expect(answersFitting('cancel', { bankAccount: true })).toEqual(['accountBlocked']);
    expect(answersFitting('cancel', { insurance: 'life' })).toEqual(['payoutHandled', 'claimFormsSent']);
    expect(answersFitting('cancel', { insurance: 'health' })).toEqual(['coverSettled']);
    expect(answersFitting('cancel', {})).toEqual([]);
    expect(answersFitting('transfer', { insurance: 'life' })).toEqual([]);
    expect(answerDoneOf({ done: 'ended' })).toBeNull();
  });

  it('a property cover kept for the estate has no end to dispute a premium after; a payout, a settlement or a bank’s block has a date to (deskanswer2)', () => {
    expect(coverContinuesForEstate('cancel', { insurance: 'property' })).toBe(true);
    expect(coverContinuesForEstate('cancel', { insurance: 'unknown', answerDone: answerDoneOf({ done: 'coverContinues' }) })).toBe(true);
    expect(coverContinuesForEstate('cancel', { insurance: 'unknown', answerDone: answerDoneOf({ done: 'coverSettled' }) })).toBe(false);
    expect(coverContinuesForEstate('cancel', { insurance: 'life' })).toBe(false);
    expect(coverContinuesForEstate('cancel', { bankAccount: true, answerDone: blocked })).toBe(false);
    expect(coverContinuesForEstate('transfer', { insurance: 'property' })).toBe(false);
  });
  it('watches a kept cover for late bills from its last day when that is later than the answer, else from the answer (coverwatch)', () => {
    const kept = (coverUntil: string | null) => answerDoneOf({ done: 'coverContinues', coverUntil });
    expect(watchedFrom('2026-11-05', kept('2027-02-28'))).toBe('2027-02-28');
    expect(watchedFrom('2026-11-05', kept('2026-10-31'))).toBe('2026-11-05');
    expect(watchedFrom('2026-11-05', kept(null))).toBe('2026-11-05');
    expect(watchedFrom(null, kept('2027-02-28'))).toBe('2027-02-28');
    // Only a cover kept: a bank's or a payout's answer ends nothing later than its date.
    expect(watchedFrom('2026-11-05', answerDoneOf({ done: 'accountBlocked', balance: 10, coverUntil: '2027-02-28' }))).toBe('2026-11-05');
    expect(watchedFrom('2026-11-05', null)).toBe('2026-11-05');
  });
});
