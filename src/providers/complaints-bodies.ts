import type { ComplaintsBody } from '../../letters';
import type { Language, ProviderCategory } from './provider.entity';

/**
 * The independent complaints body for a provider's category, named in escalations. Categories
 * without one common body get none: a letter names a real body or none at all.
 * - telecom: Geschillencommissie Telecommunicatie, also for the height of bills
 *   (https://telecom.degeschillencommissie.nl/klacht-indienen-telecommunicatiediensten/);
 * - energy: Geschillencommissie Energie (https://www.netbeheernederland.nl/consumenteninformatie/geschillencommissie,
 *   https://www.consuwijzer.nl/energie/energierekening/eindafrekening/wanneer-moet-energiebedrijf-eindafrekening-sturen-voor-oude-adres);
 *   for both, a complaint goes there only if the provider is affiliated, which its terms say
 *   (consuwijzer above; https://www.das.nl/juridische-informatie/aankopen-financien/aankoop-diensten/energie/geschillen/wanneer-kan-ik-naar-de-geschillencommissie-energie-en-water),
 *   and the directory does not record it: the letter names the body on that condition;
 * - bank, insurance: Kifid, Klachteninstituut Financiële Dienstverlening;
 * - pension: none. Pension insurers are with Kifid, but pension funds have had their own body since
 *   2024 (Geschilleninstantie Pensioenfondsen, https://geschilleninstantiepensioenfondsen.nl/geschillencommissie/),
 *   and the directory's category does not tell the two apart.
 */
const KIFID = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
const COMPLAINTS_BODIES: Partial<Record<ProviderCategory, { names: Record<Language, string>; ifAffiliated: boolean }>> = {
  telecom: { names: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' }, ifAffiliated: true },
  energy: { names: { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' }, ifAffiliated: true },
  bank: { names: KIFID, ifAffiliated: false },
  insurance: { names: KIFID, ifAffiliated: false },
};

/** The body's name with its article, as a letter in `language` writes it, and whether affiliation varies. */
export function complaintsBodyFor(category: ProviderCategory, language: Language): ComplaintsBody | null {
  const body = COMPLAINTS_BODIES[category];
  return body ? { name: body.names[language], ifAffiliated: body.ifAffiliated } : null;
}
