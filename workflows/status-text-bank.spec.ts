import type { ContractContext } from './contract.machine';
import { contractChangeText, contractStatusText, contractStep, type Language } from './status-text';
import { ownerStatusText } from './status-text-owner';

/**
 * A bank account is asked blocked with its balance per the date of death, never ended (the letters' `bankAsk`): the family and
 * the owner read that, not "We hebben ING gevraagd het contract te beëindigen" (audit71 F-C).
 */
describe('the words for a bank account say what we asked of the bank', () => {
  const account: ContractContext = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, openInformationRequest: null };
  const bank = { providerName: 'ING', dueDate: '2026-12-28', readsDebts: true, bankAccount: true };
  const expected: Record<Language, Record<'requested' | 'reminded' | 'escalated' | 'change' | 'owner', string>> = {
    nl: {
      requested: 'We hebben ING gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven; ING moet uiterlijk 28 december 2026 antwoorden.',
      reminded: 'ING heeft nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. We hebben een herinnering gestuurd; ING moet nu uiterlijk 28 december 2026 antwoorden.',
      escalated: 'ING heeft ook na onze herinnering nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. We hebben een klacht ingediend en houden de zaak nauw in de gaten.',
      change: 'We hebben ING schriftelijk gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven.',
      owner: 'Blokkering en saldo gevraagd bij ING, antwoord aanbieder uiterlijk 28 december 2026.',
    },
    en: {
      requested: 'We have asked ING to block the account and tell us the balance on the day of death; ING should answer by 28 December 2026.',
      reminded: 'ING has not yet told us whether the account is blocked and what the balance was on the day of death. We have sent a reminder; ING should now answer by 28 December 2026.',
      escalated: 'ING has still not told us, after our reminder, whether the account is blocked and what the balance was on the day of death. We have filed a complaint and are following it closely.',
      change: 'We asked ING in writing to block the account and tell us the balance on the day of death.',
      owner: 'Block and balance requested from ING, provider\'s answer due by 28 December 2026.',
    },
  };

  it.each(['nl', 'en'] as const)('to the family and the owner (%s)', (lang) => {
    for (const state of ['requested', 'reminded', 'escalated'] as const) expect(contractStatusText(state, account, lang, bank)).toBe(expected[lang][state]);
    expect(contractChangeText(contractStep({ type: 'REQUEST' }, 'ready', 'requested'), account, lang, 'ING', true, { bankAccount: true })).toBe(expected[lang].change);
    expect(ownerStatusText('requested', account, lang, bank)).toBe(expected[lang].owner);
  });

  it.each(['nl', 'en'] as const)('other contracts read as before (%s)', (lang) => {
    const kpn = { ...bank, providerName: 'KPN', bankAccount: false };
    expect(contractStatusText('requested', account, lang, kpn)).toBe(lang === 'nl' ? 'We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 28 december 2026 antwoorden.' : 'We have asked KPN to end the contract; KPN should answer by 28 December 2026.');
    expect(contractStatusText('reminded', account, lang, kpn)).toMatch(lang === 'nl' ? /^KPN heeft de beëindiging nog niet bevestigd\./ : /^KPN has not yet confirmed the cancellation\./);
    expect(contractStatusText('escalated', account, lang, kpn)).toMatch(lang === 'nl' ? /^KPN heeft ook na onze herinnering de beëindiging niet bevestigd\./ : /^KPN has still not confirmed the cancellation after our reminder\./);
  });
});
