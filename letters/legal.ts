/**
 * Legal footing used in letters, each rule as the source states it. Pure: no dates from a clock.
 */

/** The same day `months` calendar months later; a day that month lacks becomes its last day (31 March + 1 → 30 April). */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const month = m - 1 + months;
  const lastDay = new Date(Date.UTC(y + Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y + Math.floor(month / 12), month % 12, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * Art. 4:185 lid 1 BW (recht van beraad): "Gedurende drie maanden na het overlijden van de erflater
 * kan op goederen van een nalatenschap die niet door alle erfgenamen zuiver is aanvaard, geen
 * verhaal worden genomen, tenzij de schuldeiser hiertoe ook in geval van faillissement van de
 * erflater had kunnen overgaan." Source: https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-185-recht-van-beraad/
 * Only true while the three months run, so a letter cites it only then.
 */
export function withinDeliberationPeriod(dateOfDeath: string, letterDate: string): boolean {
  return letterDate <= deliberationPeriodEnd(dateOfDeath);
}

/** The last day of the three months of art. 4:185 lid 1 BW (above): a correction of the date of death moves it. */
export const deliberationPeriodEnd = (dateOfDeath: string) => addCalendarMonths(dateOfDeath, 3);

/**
 * A rented home where nobody continues the lease (the tenant lived alone): art. 7:268 lid 6 BW,
 * "Zijn er geen personen die krachtens dit artikel de huur voortzetten, dan eindigt deze aan het eind
 * van de tweede maand na …" (https://explore.law/app/library/nl-legislation/bw-7-burgerlijk-wetboek-boek-7/artikel-268-voortzetting-huur-woonruimte-na-overlijden).
 * Read as the end of the second calendar month after the month of death, as gmw.nl's example has it
 * (death on 29 June → 31 August; https://www.gmw.nl/blog/overlijden-van-de-huurder-bij-woonruimte/)
 * and inm.nl ("aan het eind van de tweede maand na het overlijden"). The issue cited art. 7:229 lid 1
 * BW, but that article says the opposite for leases in general: "De dood van de huurder of de
 * verhuurder doet de huur niet eindigen."
 */
export function leaseEndsByLaw(dateOfDeath: string): string {
  const [y, m] = dateOfDeath.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + 3, 0)).toISOString().slice(0, 10);
}

/**
 * What a bank asks after a death (NVB, "Hoe regel ik de bankzaken van een overleden naaste?",
 * https://www.nvb.nl/verklaring-van-erfrecht/hoe-regel-ik-de-bankzaken-van-een-overleden-naaste/):
 * usually a verklaring van erfrecht or van executele, or other documents such as a copy of the death
 * certificate, an extract from the Centraal Testamentenregister and a vrijwaring; which, "hangt af
 * van de specifieke situatie". The banks' 2011 arrangement for spouses and registered partners
 * (Consumentenbond, https://www.consumentenbond.nl/betaalrekening/bankrekening-en-overlijden; Rabobank
 * on radar.avrotros.nl): no verklaring van erfrecht "in principe" when there is a surviving spouse or
 * registered partner, no will, and the balance is not above € 100,000, under further conditions (not
 * separated, both living in the Netherlands over five years, no bankruptcy or guardianship). The bank
 * judges whether it applies, so a letter only names it and asks.
 */
export const NVB_PARTNER_BALANCE_LIMIT = 100_000;
