import { deskSearchOf } from './desk-rules';

describe('the desk search box', () => {
  it.each([
    ['12-03-1941', { dateOfBirth: '1941-03-12' }],
    ['2-3-1941', { dateOfBirth: '1941-03-02' }],
    ['1941-03-12', { dateOfBirth: '1941-03-12' }],
    ['1012 js', { postcode: '1012JS' }],
    ['1012JS', { postcode: '1012JS' }],
    ['NL12 KPN 0001', { accountNumber: 'NL12 KPN 0001' }],
    ['31-02-1941', { accountNumber: '31-02-1941' }],
    ['  de Jong ', { name: 'de Jong' }],
  ])('reads %p as the provider means it', (text, search) => {
    expect(deskSearchOf(text)).toEqual(search);
  });
});
