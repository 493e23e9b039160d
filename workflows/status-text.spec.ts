import { CONTRACT_STATES, contractMachine } from './contract.machine';
import { ESTATE_STATES } from './estate.machine';
import { contractNextStep, contractStatusText, estateStatusText, longDate } from './status-text';

const context = createContext();
function createContext() {
  const { context } = contractMachine.resolveState({ value: 'draft', context: undefined as never });
  return { ...context, action: 'cancel' as const, effectiveDate: '2026-11-30' };
}

describe('plain-language status', () => {
  it('has a status and a next step for every contract state in Dutch and English, naming the provider', () => {
    for (const state of CONTRACT_STATES) {
      for (const lang of ['nl', 'en'] as const) {
        const text = contractStatusText(state, context, lang, { providerName: 'KPN', dueDate: '2026-12-07' });
        expect(text).toContain('KPN');
        expect(text).not.toMatch(/undefined|null|NaN/);
        expect(contractNextStep(state, context, lang, { providerName: 'KPN', dueDate: '2026-12-07' })).not.toMatch(/undefined|null|NaN/);
      }
    }
  });

  it('states the deadline as a Dutch date', () => {
    expect(contractStatusText('requested', context, 'nl', { providerName: 'KPN', dueDate: '2026-12-07' })).toBe(
      'We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 7 december 2026 antwoorden.',
    );
    expect(contractStatusText('confirmed', context, 'en', { providerName: 'KPN' })).toContain('ends on 30 November 2026');
  });

  it('describes every estate state', () => {
    for (const state of ESTATE_STATES) expect(estateStatusText(state, 'nl').length).toBeGreaterThan(10);
    expect(longDate('2026-11-22', 'nl')).toBe('22 november 2026');
  });
});
