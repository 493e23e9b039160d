import type { ContractContext } from '../../workflows';
import { providerStatusText } from '../../workflows/status-text-provider';
import { correctedBillFigures, providerBiller } from '../../workflows/wording';
import { webhooksPage } from './desk-pages';

/**
 * fundwords2: a pension fund's desk reads its recovery as its recovery where it read an invoice's words: the status of a dispute
 * (on main „het deel na de bevestigde einddatum … Graag een creditnota of gecorrigeerde eindafrekening") and the name of the
 * webhook event of a dispute on its deliveries page (on main „Bezwaar tegen factuur"). Another provider's desk reads as before.
 */
describe('a pension fund’s desk names its recovery', () => {
  const r1 = { reference: 'R-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 10 } };
  const disputed = (open: object[]) =>
    ({ action: 'cancel', providerReference: null, effectiveDate: '2026-11-30', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 1, lastRejectionReason: null, openDisputes: open, openInformationRequest: null }) as unknown as ContractContext;
  const plain = (s: string) => s.replace(/\u00a0/g, ' ');

  it('its dispute status asks for a corrected recovery after the date it confirmed', () => {
    expect(plain(providerStatusText('disputed', disputed([r1]), 'nl', '2026-12-20', 'pension'))).toBe(
      'Bezwaar tegen terugvordering R-1: het deel na de datum die u bevestigde, 1 december 2026 tot en met 31 december 2026, naar rato € 10,00. Graag een gecorrigeerde terugvordering, intrekking, of een gemotiveerde afwijzing uiterlijk 20 december 2026.',
    );
    expect(plain(providerStatusText('disputed', disputed([r1]), 'en', null, 'pension'))).toBe(
      'Dispute of recovery of pension paid in excess R-1: the part after the date you confirmed, 1 December 2026 to 31 December 2026, pro rata €10.00. Please send a corrected recovery, withdraw it, or reject the dispute with reasons.',
    );
    expect(plain(providerStatusText('disputed', disputed([r1]), 'nl', null, undefined))).toMatch(/^Bezwaar tegen factuur R-1: het deel na de bevestigde einddatum, .* Graag een creditnota of gecorrigeerde eindafrekening/);
  });

  it('its deliveries page names a dispute’s event by its recovery; an energy company’s by its invoice', () => {
    const delivery = { id: 'd1', eventId: 'e1', eventType: 'request.disputed', requestId: 'r1', url: 'https://hooks.example.com/x', status: 'delivered', attempts: 1, lastError: null, createdAt: '2026-12-01T10:00:00.000Z', deliveredAt: '2026-12-01T10:00:01.000Z' };
    const page = (category: string, lang: 'nl' | 'en') =>
      webhooksPage(lang, 'Pensioenfonds Noord', [], { items: [delivery], nextCursor: null } as unknown as Parameters<typeof webhooksPage>[3], new Map([['r1', 'ST-1']]), {}, false, providerBiller(category));
    expect(page('pension', 'nl')).toContain('Bezwaar tegen terugvordering<br>');
    expect(page('pension', 'nl')).not.toContain('Bezwaar tegen factuur');
    expect(page('pension', 'en')).toContain('Recovery disputed<br>');
    expect(page('energy', 'nl')).toContain('Bezwaar tegen factuur<br>');
  });

  it('a correction of its recovery names the terugvorderingsnummer and terugvorderingsdatum, as the letter does', () => {
    const corrected = { bill: 'R-12', changes: [{ field: 'reference', from: 'R-21', to: 'R-12' }, { field: 'invoiceDate', from: '2026-11-02', to: '2027-01-05' }] } as unknown as Parameters<typeof correctedBillFigures>[0];
    expect(correctedBillFigures(corrected, 'nl', 'fund').map((f) => f.field)).toEqual(['het terugvorderingsnummer', 'de terugvorderingsdatum']);
    expect(correctedBillFigures(corrected, 'en', 'fund').map((f) => f.field)).toEqual(['the recovery number', 'the recovery date']);
    expect(correctedBillFigures(corrected, 'nl', undefined).map((f) => f.field)).toEqual(['het factuurnummer', 'de factuurdatum']);
  });
});
