/**
 * Legal footing used in letters, each rule as the source states it. Pure: no dates from a clock.
 */

/**
 * Art. 4:185 lid 1 BW (recht van beraad): "Gedurende drie maanden na het overlijden van de erflater
 * kan op goederen van een nalatenschap die niet door alle erfgenamen zuiver is aanvaard, geen
 * verhaal worden genomen, tenzij de schuldeiser hiertoe ook in geval van faillissement van de
 * erflater had kunnen overgaan." Source: https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-185-recht-van-beraad/
 * Only true while the three months run, so a letter cites it only then.
 */
export function withinDeliberationPeriod(dateOfDeath: string, letterDate: string): boolean {
  const [y, m, d] = dateOfDeath.split('-').map(Number);
  const month = m - 1 + 3;
  // Calendar months; a death on the 31st ends on the last day of a shorter month.
  const lastDay = new Date(Date.UTC(y + Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(y + Math.floor(month / 12), month % 12, Math.min(d, lastDay))).toISOString().slice(0, 10);
  return letterDate <= end;
}
