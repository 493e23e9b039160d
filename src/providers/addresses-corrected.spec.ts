import { addressesCorrected } from './providers.service';

describe('addressesCorrected (README, postfix, printaddress)', () => {
  const postBox = { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' };
  const before = { contactPointName: 'Afdeling Nabestaanden', contactPointEmail: 'overlijden@essent.example', contactPointPostalAddress: postBox, channel: 'post' as const };
  const none = { post: false, email: false, postalAddress: false, channel: null };

  it('says which of the addresses a directory change corrected', () => {
    expect(addressesCorrected(before, { ...before })).toEqual(none);
    // The same address written in another order (as jsonb gives it back) is no correction.
    const { country, city, postalCode, street } = postBox;
    expect(addressesCorrected(before, { ...before, contactPointPostalAddress: { country, city, postalCode, street } })).toEqual(none);
    expect(addressesCorrected(before, { ...before, contactPointPostalAddress: { ...postBox, street: 'Postbus 9999' } })).toEqual({ ...none, post: true, postalAddress: true });
    expect(addressesCorrected(before, { ...before, contactPointEmail: 'overlijden-nieuw@essent.example' })).toEqual({ ...none, email: true });
    // The name heads the envelope and the e-mail alike; a letter posted to the old name still reached the same address.
    expect(addressesCorrected(before, { ...before, contactPointName: 'Team Overlijden' })).toEqual({ ...none, post: true, email: true });
    expect(addressesCorrected(before, { ...before, contactPointEmail: null })).toEqual({ ...none, email: true });
  });

  it('counts a change of channel alone for the letters of both channels, naming the new one', () => {
    expect(addressesCorrected(before, { ...before, channel: 'email' })).toEqual({ post: true, email: true, postalAddress: false, channel: 'email' });
    expect(addressesCorrected({ ...before, channel: 'email' }, before)).toEqual({ post: true, email: true, postalAddress: false, channel: 'post' });
  });
});
