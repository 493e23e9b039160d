import { addressLine, dutchPostcode } from './address';

describe('addresses on pages', () => {
  it('writes Dutch postcodes with a space and capitals, and leaves others as recorded', () => {
    expect(['1016GV', '1016 gv', ' 1016  GV '].map(dutchPostcode)).toEqual(['1016 GV', '1016 GV', '1016 GV']);
    expect(dutchPostcode('SW1A 1AA')).toBe('SW1A 1AA');
  });

  it('is one line with the country only when it is not the Netherlands', () => {
    expect(addressLine({ street: 'Keizersgracht 1', postalCode: '1016GV', city: 'Amsterdam', country: 'NL' })).toBe('Keizersgracht 1, 1016 GV Amsterdam');
    expect(addressLine({ street: 'Rue Neuve 2', postalCode: '1000', city: 'Brussel', country: 'BE' })).toBe('Rue Neuve 2, 1000 Brussel, BE');
  });
});
