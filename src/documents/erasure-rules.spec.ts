import { addBusinessDays } from '../../workflows/business-days';
import { erasureRecipients, unconfirmedSince } from './erasure-rules';

describe('erasureRecipients: who is asked to delete a withdrawn document', () => {
  const contracts = [
    { id: 'kpn-internet', providerId: 'kpn' },
    { id: 'odido-mobile', providerId: 'odido' },
    { id: 'kpn-mobile', providerId: 'kpn' },
    { id: 'eneco-power', providerId: 'eneco' },
  ];

  it('asks each provider once, about the first contract whose letter carried it', () => {
    expect(erasureRecipients(['kpn-mobile', 'kpn-internet'], ['kpn'], contracts)).toEqual([{ providerId: 'kpn', contractId: 'kpn-mobile' }]);
  });

  it('asks a provider whose desk opened it without a letter listing it, about its first contract', () => {
    expect(erasureRecipients(['eneco-power'], ['kpn', 'eneco'], contracts)).toEqual([
      { providerId: 'eneco', contractId: 'eneco-power' },
      { providerId: 'kpn', contractId: 'kpn-internet' },
    ]);
  });

  it('asks nobody who never received it', () => {
    expect(erasureRecipients([], [], contracts)).toEqual([]);
    // A desk view whose provider has no contract left in the estate (none to write about) asks nobody.
    expect(erasureRecipients([], ['ziggo'], contracts)).toEqual([]);
  });
});

describe('unconfirmedSince: when a deletion request without an answer is the owner\'s to chase', () => {
  it('after twenty business days, Dutch public holidays not counted', () => {
    // Sent Monday 23 November 2026: twenty business days on is Monday 21 December.
    expect(addBusinessDays('2026-11-23', 20)).toBe('2026-12-21');
    expect(unconfirmedSince('2026-12-21')).toBe('2026-11-23');
    // On Friday 18 December, one sent on Sunday 22 November is due (a weekend day sent counts from Monday), one of the 23rd not yet.
    expect(unconfirmedSince('2026-12-18')).toBe('2026-11-22');
    // Over Christmas: the twentieth business day after 27 November is Monday 28 December, not Christmas Day (a holiday).
    expect(addBusinessDays('2026-11-27', 20)).toBe('2026-12-28');
    expect(unconfirmedSince('2026-12-28')).toBe('2026-11-29');
    expect(unconfirmedSince('2026-12-25')).toBe('2026-11-26');
  });
});
