import { letterKindNamed } from './workspace-pages';

/** audit105 (F3): an insurer's and a pension fund's request is the notification of a death its letter is titled, never „opzegging". */
describe('a letter to an insurer or a pension fund, named in the owner\'s lists', () => {
  it('names the request as its title does, an insurer\'s dispute by its nota, in Dutch and English', () => {
    expect(letterKindNamed('nl', 'cancellation', 'insurance')).toBe('melding van overlijden');
    expect(letterKindNamed('en', 'cancellation', 'insurance')).toBe('notification of a death');
    expect(letterKindNamed('nl', 'cancellation', 'pension')).toBe('melding van overlijden');
    expect(letterKindNamed('en', 'cancellation', 'pension')).toBe('notification of a death');
    expect(letterKindNamed('nl', 'dispute', 'insurance')).toBe('bezwaar tegen nota');
    expect(letterKindNamed('nl', 'bill_correction', 'insurance')).toBe('correctie bezwaar tegen nota');
    expect(letterKindNamed('en', 'bill_correction', 'insurance')).toBe('bill correction');
  });

  it('names every other provider\'s letters as before: a bank\'s by what it asks, a subscription\'s end as an „opzegging"', () => {
    expect(letterKindNamed('nl', 'dispute', 'pension')).toBe('bezwaar tegen terugvordering');
    expect(letterKindNamed('nl', 'bill_correction', 'pension')).toBe('correctie bezwaar tegen terugvordering');
    expect(letterKindNamed('en', 'dispute', 'pension')).toBe('dispute');
    expect(letterKindNamed('nl', 'cancellation', 'subscription')).toBe('opzegging');
    expect(letterKindNamed('nl', 'cancellation', 'bank')).toBe('blokkering en saldo');
    expect(letterKindNamed('nl', 'reminder', 'insurance')).toBe('herinnering');
  });
});
