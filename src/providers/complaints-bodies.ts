import type { Language, ProviderCategory } from './provider.entity';

/**
 * The independent complaints body for a provider's category, named in escalations. Categories
 * without one common body get none: a letter names a real body or none at all.
 * - telecom: Geschillencommissie Telecommunicatie, also for the height of bills
 *   (https://telecom.degeschillencommissie.nl/klacht-indienen-telecommunicatiediensten/);
 * - energy: Geschillencommissie Energie (https://www.netbeheernederland.nl/consumenteninformatie/geschillencommissie,
 *   https://www.consuwijzer.nl/energie/energierekening/eindafrekening/wanneer-moet-energiebedrijf-eindafrekening-sturen-voor-oude-adres);
 * - bank, insurance: Kifid, Klachteninstituut Financiële Dienstverlening;
 * - pension: Kifid as well, since the Ombudsman Pensioenen became part of it in November 2023
 *   (https://pensioengenieten.nl/ombudsman-pensioenen).
 */
const KIFID = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
const COMPLAINTS_BODIES: Partial<Record<ProviderCategory, Record<Language, string>>> = {
  telecom: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' },
  energy: { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' },
  bank: KIFID,
  insurance: KIFID,
  pension: KIFID,
};

/** The body's name with its article, as a letter in `language` writes it. */
export function complaintsBodyFor(category: ProviderCategory, language: Language): string | null {
  return COMPLAINTS_BODIES[category]?.[language] ?? null;
}
