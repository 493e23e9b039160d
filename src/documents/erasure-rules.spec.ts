import { erasureRecipients } from './erasure-rules';

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
