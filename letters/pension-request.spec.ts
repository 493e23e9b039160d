import { ownerNextStep, ownerStatusText } from '../workflows/status-text-owner';
import { providerStatusText } from '../workflows/status-text-provider';
import { askedInstead } from '../workflows/wording';
import { composeLetter, letterPlainText } from './compose';
import { flat, letterOfKind, sampleLetter } from './test-support';

/**
 * pensionletter (audit103 F2): a pension fund is told of the death and asked to stop its payments, to state what it still pays or asks
 * back and whether a nabestaandenpensioen follows; never to end a contract, stop a direct debit or charge no costs. On main its letter
 * read „Opzegging na overlijden … zonder opzegtermijn … automatische incasso", so each expectation here fails there.
 */
describe('pensionletter: a pension fund is asked what a fund is asked', () => {
  const pension = (language: 'nl' | 'en') =>
    flat(letterPlainText(composeLetter(letterOfKind('cancellation', language, { category: 'pension', contract: { ...sampleLetter().contract!, description: 'Ouderdomspensioen', accountNumber: 'PF-1' } }))));

  it('the Dutch letter reports the death, asks the payments stopped, a statement and the nabestaandenpensioen; no end, incasso or costs', () => {
    const text = pension('nl');
    expect(text).toContain('Melding van overlijden: Ouderdomspensioen');
    expect(text).toContain('verzoek u de betalingen uit het contract Ouderdomspensioen met pensioennummer PF-1 te stoppen per de datum van overlijden, zoals uw pensioenreglement dat bepaalt.');
    expect(text).toContain('of er een nabestaandenpensioen volgt en aan wie u daarover schrijft?');
    expect(text).not.toMatch(/Opzegging|opzegtermijn|incasso|kosten|beëindig/);
  });

  it('the English letter asks the same', () => {
    const text = pension('en');
    expect(text).toContain('Notification of a death: Ouderdomspensioen');
    expect(text).toContain('whether a survivor’s pension (nabestaandenpensioen) follows and to whom you will write about it.');
    expect(text).not.toMatch(/notice period|direct debit|free of charge|Cancellation/);
  });

  it("a fund's cancellation asks a stop of the payments, which the desk's title says (nl, en)", () => {
    expect(askedInstead('cancel', { pensionFund: true })).toBe('pension');
    expect(askedInstead('transfer', { pensionFund: true })).toBeUndefined();
    const sent = { action: 'cancel' } as Parameters<typeof providerStatusText>[1];
    expect(providerStatusText('requested', sent, 'nl', null, 'pension')).toBe('Melding van overlijden: verzoek de pensioenbetalingen te stoppen; graag uw antwoord.');
    expect(providerStatusText('requested', sent, 'en', null, 'pension')).toBe('Notification of a death: request to stop the pension payments; please answer.');
  });

  it('the owner watches a confirmed fund for a recovery of pension paid in excess, never for late bills (nl, en)', () => {
    const confirmed = { action: 'cancel', effectiveDate: '2026-11-02', disputes: 0 } as Parameters<typeof ownerStatusText>[1];
    const fund = { providerName: 'Pensioenfonds Noord', pensionFund: true, dueDate: '2027-01-27' };
    expect(ownerStatusText('confirmed', confirmed, 'nl', fund)).toMatch(/; controle op een terugvordering van te veel betaald pensioen tot en met 27 januari 2027\.$/);
    expect(ownerStatusText('confirmed', confirmed, 'en', fund)).toMatch(/; watching for a recovery of pension paid in excess until 27 January 2027\.$/);
    expect(ownerNextStep('confirmed', confirmed, 'nl', fund)).toBe('Geen terugvordering tot en met 27 januari 2027: afgehandeld.');
    expect(ownerStatusText('settled', confirmed, 'nl', fund)).toBe('Afgehandeld bij Pensioenfonds Noord: geen terugvordering in de wachttijd.');
    expect(ownerStatusText('settled', confirmed, 'en', fund)).toBe('Settled with Pensioenfonds Noord: no recovery during the quiet period.');
    // Anyone else's confirmation still watches for late bills.
    expect(ownerStatusText('confirmed', confirmed, 'nl', { providerName: 'KPN', dueDate: '2027-01-27' })).toMatch(/controle op late facturen tot en met 27 januari 2027\.$/);
  });
});
