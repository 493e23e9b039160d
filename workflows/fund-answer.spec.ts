import type { ContractContext } from './contract.machine';
import { answerDoneOf, answersFitting, contractStatusText } from './index';
import { answerDateKind, billerOf, billNounsOf, takesFinalBill } from './wording';
import { ownerStatusText } from './status-text-owner';
import { providerAnswerText } from './status-text-provider';

/** fundanswer: a pension fund answers as a fund: its payments stopped, what it asks back, whether a nabestaandenpensioen follows. */
describe('a pension fund’s answer, in every reader’s words', () => {
  const confirmed: ContractContext = { action: 'cancel', providerReference: 'PN-1', effectiveDate: '2026-11-02', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, openInformationRequest: null };
  const fund = (survivor: object) => ({ providerName: 'Pensioenfonds Noord', dueDate: '2027-01-20', pensionFund: true, answerDone: answerDoneOf({ done: 'pensionStopped', ...survivor }) });

  it('a fund is offered its own answer, dated by the stop, with a recovery as its amount', () => {
    expect(answersFitting('cancel', { pensionFund: true })).toEqual(['pensionStopped']);
    expect(answerDateKind('pension')).toBe('pension');
    expect(takesFinalBill('cancel', { pensionFund: true }, 'pensionStopped')).toBe(true);
    expect(billNounsOf(billerOf('pension')).nl).toEqual({ one: 'terugvordering', several: 'terugvorderingen' });
    expect(billNounsOf(billerOf('pension')).en.one).toBe('recovery of pension paid in excess');
  });

  it('the owner and the family read the stop and what was said of a nabestaandenpensioen; not stated is said so', () => {
    expect(ownerStatusText('confirmed', confirmed, 'nl', fund({ survivorPension: 'follows', survivorWritesTo: 'Maria de Vries' }))).toBe(
      'Pensioenfonds Noord heeft de pensioenbetalingen gestopt per 2 november 2026; er volgt een nabestaandenpensioen; het fonds schrijft daarover aan Maria de Vries; controle op een terugvordering van te veel betaald pensioen tot en met 20 januari 2027.',
    );
    expect(ownerStatusText('confirmed', confirmed, 'en', fund({ survivorPension: 'none' }))).toMatch(/^Pensioenfonds Noord has stopped the pension payments as of 2 November 2026; no survivor’s pension follows;/);
    expect(contractStatusText('confirmed', confirmed, 'nl', fund({}))).toBe('Pensioenfonds Noord heeft de pensioenbetalingen gestopt; het fonds heeft niet gezegd of er een nabestaandenpensioen volgt.');
    expect(contractStatusText('confirmed', confirmed, 'en', fund({ survivorPension: 'follows' }))).toBe('Pensioenfonds Noord has stopped the pension payments; a survivor’s pension (nabestaandenpensioen) follows.');
  });

  it('whom the fund writes to is kept only with a survivor’s pension that follows', () => {
    expect(answerDoneOf({ done: 'pensionStopped', survivorPension: 'none', survivorWritesTo: 'Maria' })).not.toHaveProperty('survivorWritesTo');
    expect(answerDoneOf({ done: 'pensionStopped', survivorPension: 'maybe' })).not.toHaveProperty('survivorPension');
  });

  // The desk's thread names the amount of its own answer as what it is, a recovery (seen on its page: „; eindafrekening € 412,50").
  it('the fund\'s desk thread names the amount it asked back a recovery, not a final invoice', () => {
    const answer = { effectiveDate: '2026-11-02', reference: 'PN-1', done: 'pensionStopped', survivorPension: 'none', finalInvoiceAmount: 412.5 };
    expect(providerAnswerText('COMPLETE', answer, 'nl').replace(/\u00a0/g, ' ')).toBe('U bevestigde de afhandeling per 2 november 2026 (uw kenmerk PN-1); pensioenbetalingen gestopt; er volgt geen nabestaandenpensioen; terugvordering € 412,50');
    expect(providerAnswerText('COMPLETE', answer, 'en')).toMatch(/; recovery of pension paid in excess €412\.50$/);
    expect(providerAnswerText('COMPLETE', { effectiveDate: '2026-11-02', finalInvoiceAmount: 30 }, 'nl').replace(/\u00a0/g, ' ')).toMatch(/; eindafrekening € 30,00$/);
  });
});
