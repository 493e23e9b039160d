/**
 * handover3: a letter a change of case owner made again, named on the handover's history by its provider and kind („de brief aan
 * Postbedrijf (herinnering)"). Entries of handover2 recorded the providers only (`remadeFor`): those read as „de brief aan Postbedrijf".
 */
export interface RemadeFor {
  providerName: string;
  kind?: string;
}

/** "Postbedrijf (herinnering), Ziggo (correctie)": each letter by its provider, its kind in the reader's words (`estate.letterKinds`). */
export const remadeNamed = (remade: RemadeFor[], kinds: Record<string, string>): string =>
  remade.map((l) => (l.kind ? `${l.providerName} (${kinds[l.kind] ?? l.kind})` : l.providerName)).join(', ');

/** The letters a handover's entry says were made again: its `remadeLetters`, or, written before them, its `remadeFor` providers. */
export function remadeOf(details: { remadeLetters?: unknown; remadeFor?: unknown }): RemadeFor[] {
  const letters = Array.isArray(details.remadeLetters) ? details.remadeLetters : null;
  if (letters) return letters.filter((l): l is RemadeFor => typeof l?.providerName === 'string').map(({ providerName, kind }) => ({ providerName, ...(typeof kind === 'string' && { kind }) }));
  return Array.isArray(details.remadeFor) ? details.remadeFor.filter((v): v is string => typeof v === 'string').map((providerName) => ({ providerName })) : [];
}
