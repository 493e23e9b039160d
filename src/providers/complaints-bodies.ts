import type { ComplaintsBody } from '../../letters';
import { addCalendarDays } from '../clock/clock';
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
const KIFID = {
  names: { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' },
  ifAffiliated: false,
  // "Heeft u 8 weken na het indienen van uw klacht nog geen antwoord van uw financiële dienstverlener ... dan nemen
  // wij de klacht in behandeling" (https://www.kifid.nl/veelgestelde-vragen/); earlier only with the firm's final
  // answer. Filed within a year of the complaint to the firm, or 3 months of its rejection
  // (https://consumentenbond.nl/juridisch-advies/juridische-procedure/klacht-voorleggen-aan-het-kifid).
  waitWeeks: 8,
};
/**
 * The Geschillencommissie: a written complaint to the company first, "U geeft de ondernemer hier vier weken de tijd
 * voor", also when it does not answer, and only if the company is affiliated
 * (https://www.degeschillencommissie.nl/klacht-indienen/de-procedure); filed at the latest 12 months after the complaint
 * to the company (https://www.ser.nl/nl/themas/consumentenvoorwaarden/van-klacht-naar-geschil.aspx).
 */
const GESCHILLENCOMMISSIE = { ifAffiliated: true, waitWeeks: 4 };
const COMPLAINTS_BODIES: Partial<Record<ProviderCategory, { names: Record<Language, string>; ifAffiliated: boolean; waitWeeks: number }>> = {
  telecom: { names: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' }, ...GESCHILLENCOMMISSIE },
  energy: { names: { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' }, ...GESCHILLENCOMMISSIE },
  bank: KIFID,
  insurance: KIFID,
};

/** The body's name with its article, as a letter in `language` writes it, and whether affiliation varies. */
export function complaintsBodyFor(category: ProviderCategory, language: Language): ComplaintsBody | null {
  const body = COMPLAINTS_BODIES[category];
  return body ? { name: body.names[language], ifAffiliated: body.ifAffiliated } : null;
}

/**
 * The first day the category's complaints body takes the case when the provider left our complaint of
 * `complaintDate` (`YYYY-MM-DD`) unanswered: its waiting time after a complaint to the company; null where it has none.
 * Never before the term our complaint gave the provider (`termGiven`, its "uiterlijk …") is over: counted in business
 * days, around holidays that term ends after the body's calendar weeks, and our letter promised the provider that time.
 */
export function complaintsBodyOpensOn(category: ProviderCategory, complaintDate: string, termGiven: string | null = null): string | null {
  const body = COMPLAINTS_BODIES[category];
  if (!body) return null;
  const waited = addCalendarDays(complaintDate, body.waitWeeks * 7);
  const termOver = termGiven && addCalendarDays(termGiven, 1);
  return termOver && termOver > waited ? termOver : waited;
}
