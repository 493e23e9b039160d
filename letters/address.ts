import type { Address } from './model';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isDutch = (a: Address) => !a.country || a.country.toUpperCase() === 'NL';

/**
 * The postal lines of an address as PostNL sorts them (https://www.postnl.nl/en/sending/sending-a-parcel/addressing-tips/):
 * "postcode and city / town are separated by a double space; the name of the city / town should be
 * written in capital letters" — "9700 VB  GRONINGEN". Abroad the country closes the address, in
 * capitals and in English, which every postal service reads (UPU).
 */
export function postalLines(address: Address): string[] {
  if (isDutch(address)) {
    const postcode = address.postalCode.replace(/^(\d{4})\s*([A-Za-z]{2})$/, (_, digits: string, letters: string) => `${digits} ${letters.toUpperCase()}`);
    return [address.street, `${postcode}  ${address.city.toLocaleUpperCase('nl')}`];
  }
  const country = countryNames.of(address.country!.toUpperCase()) ?? address.country!;
  return [address.street, `${address.postalCode} ${address.city}`.trim(), country.toLocaleUpperCase('en')];
}

/** A return address on one line, as PostNL asks for above the address in a window envelope. */
export function returnAddress(organisation: string, address: Address): string {
  return [organisation, ...postalLines(address)].join(', ');
}
