import type { Address } from './model';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isDutch = (a: Address) => !a.country || a.country.toUpperCase() === 'NL';

/** A Dutch postcode in its written form, "1016GV" and "1016 gv" as "1016 GV"; anything else as recorded. */
export function dutchPostcode(postalCode: string): string {
  return postalCode.trim().replace(/^(\d{4})\s*([A-Za-z]{2})$/, (_, digits: string, letters: string) => `${digits} ${letters.toUpperCase()}`);
}

/**
 * One line for pages and for every address a letter's text names (the deceased's, a new holder's, each side of a
 * correction): "Keizersgracht 1, 1016 GV Amsterdam", the city as recorded, and the country when it is not the
 * Netherlands. Only the envelope's lines follow PostNL's capitals (`postalLines`).
 */
export function addressLine(address: Address): string {
  const postcode = isDutch(address) ? dutchPostcode(address.postalCode) : address.postalCode;
  return [address.street, `${postcode} ${address.city}`.trim(), isDutch(address) ? '' : address.country].filter(Boolean).join(', ');
}

/** Whether two addresses are one home: the same line as the letters print it (`addressLine`), letter case and spacing aside. */
export function sameHome(a: Address, b: Address): boolean {
  const key = (address: Address) => addressLine(address).toLocaleLowerCase('nl').replace(/\s+/g, ' ');
  return key(a) === key(b);
}

/**
 * The postal lines of an address as PostNL sorts them (https://www.postnl.nl/en/sending/sending-a-parcel/addressing-tips/):
 * "postcode and city / town are separated by a double space; the name of the city / town should be
 * written in capital letters" — "9700 VB  GRONINGEN". Abroad the country closes the address, in
 * capitals and in English, which every postal service reads (UPU).
 */
export function postalLines(address: Address): string[] {
  if (isDutch(address)) {
    return [address.street, `${dutchPostcode(address.postalCode)}  ${address.city.toLocaleUpperCase('nl')}`];
  }
  const country = countryNames.of(address.country!.toUpperCase()) ?? address.country!;
  return [address.street, `${address.postalCode} ${address.city}`.trim(), country.toLocaleUpperCase('en')];
}

/** A return address on one line, as PostNL asks for above the address in a window envelope. */
export function returnAddress(organisation: string, address: Address): string {
  return [organisation, ...postalLines(address)].join(', ');
}
