import { addressesCorrected } from './providers.service';

describe('addressesCorrected (README, postfix)', () => {
  const postBox = { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' };
  const before = { contactPointName: 'Afdeling Nabestaanden', contactPointEmail: 'overlijden@essent.example', contactPointPostalAddress: postBox };

  it('says which of the addresses a directory change corrected', () => {
    expect(addressesCorrected(before, { ...before })).toEqual({ post: false, email: false });
    // The same address written in another order (as jsonb gives it back) is no correction.
    const { country, city, postalCode, street } = postBox;
    expect(addressesCorrected(before, { ...before, contactPointPostalAddress: { country, city, postalCode, street } })).toEqual({ post: false, email: false });
    expect(addressesCorrected(before, { ...before, contactPointPostalAddress: { ...postBox, street: 'Postbus 9999' } })).toEqual({ post: true, email: false });
    expect(addressesCorrected(before, { ...before, contactPointEmail: 'overlijden-nieuw@essent.example' })).toEqual({ post: false, email: true });
    // The name heads the envelope and the e-mail alike.
    expect(addressesCorrected(before, { ...before, contactPointName: 'Team Overlijden' })).toEqual({ post: true, email: true });
    expect(addressesCorrected(before, { ...before, contactPointEmail: null })).toEqual({ post: false, email: true });
  });
});
