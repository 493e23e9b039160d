import { addBusinessDays } from '../../workflows/business-days';
import { erasureRecipients, unconfirmedSince } from './erasure-rules';

describe('erasureRecipients: who is asked to delete a withdrawn document', () => {
  const contracts = [
    { id: 'kpn-internet', providerId: 'kpn', onDesk: false },
    { id: 'odido-mobile', providerId: 'odido', onDesk: false },
    { id: 'kpn-mobile', providerId: 'kpn', onDesk: false },
    { id: 'eneco-power', providerId: 'eneco', onDesk: false },
  ];

  it('asks each provider once, about the first contract whose letter carried it', () => {
    expect(erasureRecipients(['kpn-mobile', 'kpn-internet'], ['kpn'], contracts, ['kpn-mobile', 'kpn-internet'])).toEqual([{ providerId: 'kpn', contractId: 'kpn-mobile' }]);
  });

  it('asks a provider whose desk opened it without a letter listing it, about the first contract that was sent (an earlier version of) it', () => {
    expect(erasureRecipients(['eneco-power'], ['kpn', 'eneco'], contracts, ['eneco-power', 'kpn-internet', 'kpn-mobile'])).toEqual([
      { providerId: 'eneco', contractId: 'eneco-power' },
      { providerId: 'kpn', contractId: 'kpn-internet' },
    ]);
    expect(erasureRecipients([], ['kpn'], contracts, ['kpn-mobile'])).toEqual([{ providerId: 'kpn', contractId: 'kpn-mobile' }]);
  });

  it('asks nothing of a desk that opened a document none of its requests was sent (audit74 F-2: served by its kind alone before sentonly)', () => {
    expect(erasureRecipients(['odido-mobile'], ['kpn', 'odido'], contracts, ['odido-mobile'])).toEqual([{ providerId: 'odido', contractId: 'odido-mobile' }]);
  });

  it('asks about a request the desk still works on, not one it finished (its "done" tab)', () => {
    const working = contracts.map((c) => (c.id === 'kpn-mobile' ? { ...c, onDesk: true } : c));
    expect(erasureRecipients(['kpn-internet', 'kpn-mobile'], [], working, ['kpn-internet', 'kpn-mobile'])).toEqual([{ providerId: 'kpn', contractId: 'kpn-mobile' }]);
    expect(erasureRecipients([], ['kpn'], working, ['kpn-internet', 'kpn-mobile'])).toEqual([{ providerId: 'kpn', contractId: 'kpn-mobile' }]);
    // Only a contract that received it is asked about: an open one that never carried it is not.
    expect(erasureRecipients(['kpn-internet'], [], working, ['kpn-internet'])).toEqual([{ providerId: 'kpn', contractId: 'kpn-internet' }]);
  });

  it('asks nobody who never received it', () => {
    expect(erasureRecipients([], [], contracts, [])).toEqual([]);
    // A desk view whose provider has no contract left in the estate (none to write about) asks nobody.
    expect(erasureRecipients([], ['ziggo'], contracts, [])).toEqual([]);
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
