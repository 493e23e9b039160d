import { CONTRACT_STATES, type ContractContext } from './contract.machine';
import { ESTATE_STATES } from './estate.machine';
import { contractChangeText, contractNextStep, contractStatusText, estateStatusText, longDate, type Language } from './status-text';
import { brpCheckText } from './status-text-owner';

const cancel: ContractContext = {
  action: 'cancel',
  providerReference: 'KPN-1',
  effectiveDate: '2026-11-30',
  finalInvoiceAmount: null,
  remindersSent: 0,
  escalations: 0,
  disputes: 0,
  lastRejectionReason: null,
  openInformationRequest: null,
};
const transfer: ContractContext = { ...cancel, action: 'transfer' };
const LANGUAGES: Language[] = ['nl', 'en'];
const words = { providerName: 'KPN', dueDate: '2026-12-07' };

describe('plain-language contract status', () => {
  it('has a status and a next step for every state, in Dutch and English, with and without a due date', () => {
    for (const state of CONTRACT_STATES) {
      for (const lang of LANGUAGES) {
        for (const context of [cancel, transfer, { ...cancel, effectiveDate: null }]) {
          for (const w of [words, { providerName: 'KPN' }, { providerName: 'KPN', dueDate: null }]) {
            const status = contractStatusText(state, context, lang, w);
            const next = contractNextStep(state, context, lang, w);
            expect(status).toContain('KPN');
            for (const text of [status, next]) {
              expect(text).not.toMatch(/undefined|null|NaN|\$\{|  /);
              expect(text).toMatch(/^[A-Z].*\.$/);
            }
          }
        }
      }
      expect(contractStatusText(state, cancel, 'nl', words)).not.toBe(contractStatusText(state, cancel, 'en', words));
    }
  });

  it('tells for every state, in the past tense, what happened (for the family timeline)', () => {
    for (const state of CONTRACT_STATES) {
      for (const lang of LANGUAGES) {
        const change = contractChangeText(state, transfer, lang, 'Eneco');
        expect(change).toContain('Eneco');
        expect(change).not.toMatch(/undefined|null|NaN|uiterlijk|\bby\b/);
        expect(change).not.toBe(contractStatusText(state, transfer, lang, { providerName: 'Eneco' }));
      }
    }
    expect(contractChangeText('reminded', cancel, 'nl', 'KPN')).toBe('KPN antwoordde niet op tijd; we hebben een herinnering gestuurd.');
    expect(contractChangeText('requested', transfer, 'en', 'Vitens')).toBe('We asked Vitens in writing to transfer the contract.');
  });

  it('writes Dutch in Dutch', () => {
    for (const state of CONTRACT_STATES) {
      for (const text of [contractStatusText(state, cancel, 'nl', words), contractNextStep(state, cancel, 'nl', words)]) {
        expect(text).not.toMatch(/\b(the|we will|you|by|and|contract with)\b/i);
      }
    }
  });

  it('states the deadline as a written-out date', () => {
    expect(contractStatusText('requested', cancel, 'nl', words)).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 7 december 2026 antwoorden.');
    expect(contractStatusText('requested', cancel, 'en', words)).toBe('We have asked KPN to end the contract; KPN should answer by 7 December 2026.');
    expect(contractNextStep('requested', cancel, 'nl', words)).toBe('Antwoordt KPN niet uiterlijk 7 december 2026, dan sturen we een herinnering.');
    expect(contractNextStep('requested', cancel, 'en', words)).toBe('If KPN has not answered by 7 December 2026, we will send a reminder.');
  });

  it('reads well without a due date', () => {
    expect(contractStatusText('requested', cancel, 'nl', { providerName: 'KPN' })).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet binnenkort antwoorden.');
    expect(contractNextStep('requested', cancel, 'nl', { providerName: 'KPN' })).toBe('Antwoordt KPN niet op tijd, dan sturen we een herinnering.');
    expect(contractNextStep('confirmed', cancel, 'en', { providerName: 'KPN' })).toBe('If no further bill from KPN arrives in the coming weeks, this contract is settled.');
  });

  it('tells a transfer from a cancellation, and names the confirmed date', () => {
    expect(contractStatusText('requested', transfer, 'nl', words)).toContain('het contract op een nieuwe naam te zetten');
    expect(contractStatusText('confirmed', cancel, 'en', words)).toContain('ends on 30 November 2026');
    expect(contractStatusText('confirmed', cancel, 'nl', words)).toContain('eindigt op 30 november 2026');
    expect(contractStatusText('confirmed', transfer, 'nl', words)).toBe('KPN heeft bevestigd dat het contract per 30 november 2026 op de nieuwe naam staat. We letten erop dat alles klopt.');
    expect(contractStatusText('confirmed', { ...cancel, effectiveDate: null }, 'nl', words)).toContain('dat het contract wordt beëindigd.');
  });

  it('keeps provider names as written, and starts a sentence with a capital when no name is given', () => {
    expect(contractStatusText('settled', cancel, 'nl', { providerName: 'bol.com' })).toBe('Het contract bij bol.com is volledig afgehandeld.');
    expect(contractStatusText('reminded', cancel, 'nl', { providerName: 'bol.com' })).toMatch(/^bol\.com heeft/);
    expect(contractStatusText('reminded', cancel, 'nl')).toMatch(/^De organisatie heeft nog niet geantwoord\./);
    expect(contractStatusText('requested', cancel, 'en')).toBe('We have asked the organisation to end the contract; the organisation should answer soon.');
  });

  it('says something true for a state it does not know', () => {
    expect(contractStatusText('someFutureState' as never, cancel, 'nl', words)).toBe('We zijn bezig met het contract bij KPN.');
  });
});

describe('plain-language estate status', () => {
  it('describes every estate state in both languages', () => {
    for (const state of ESTATE_STATES) {
      const [nl, en] = LANGUAGES.map((lang) => estateStatusText(state, lang));
      expect(nl).toMatch(/^[A-Z].{10,}\.$/);
      expect(en).toMatch(/^[A-Z].{10,}\.$/);
      expect(nl).not.toBe(en);
    }
  });
});

describe('long dates', () => {
  it('writes dates out as the letters do', () => {
    expect(longDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(longDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(longDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });
});

describe('a provider informed through the BRP', () => {
  it('asks the owner to check what the provider did by itself, per kind of provider, in both languages', () => {
    expect(brpCheckText('SVB', 'government', 'nl')).toBe('Waarschijnlijk al geïnformeerd via de BRP — controleren bij SVB: laatste betaling of aanslag, verrekening of terugvordering van te veel betaald, brief voor een contactpersoon, aangifte inkomstenbelasting.');
    expect(brpCheckText('PFZW', 'pension', 'nl')).toContain('terugvordering van te veel betaald pensioen');
    expect(brpCheckText('CZ', 'insurance', 'en')).toBe('Probably informed through the BRP already — check with CZ: policy stopped as of the day after the death, last premium collection, refund of premium paid in advance.');
    expect(brpCheckText('Gemeente', 'housing', 'en')).toContain('refund or recovery of any over-payment');
  });
});
