import type { ComplaintsBody, InsuranceKind } from '../../letters';
import { addCalendarDays } from '../clock/clock';
import type { Language, ProviderCategory } from './provider.entity';

/**
 * The independent complaints body for a provider's category (an insurer's: for the contract's kind of insurance),
 * named in escalations. Categories without one common body get none: a letter names a real body or none at all.
 * - telecom: Geschillencommissie Telecommunicatie, also for the height of bills
 *   (https://telecom.degeschillencommissie.nl/klacht-indienen-telecommunicatiediensten/);
 * - energy: Geschillencommissie Energie (https://www.netbeheernederland.nl/consumenteninformatie/geschillencommissie,
 *   https://www.consuwijzer.nl/energie/energierekening/eindafrekening/wanneer-moet-energiebedrijf-eindafrekening-sturen-voor-oude-adres);
 *   for both, a complaint goes there only if the provider is affiliated, which its terms say
 *   (consuwijzer above; https://www.das.nl/juridische-informatie/aankopen-financien/aankoop-diensten/energie/geschillen/wanneer-kan-ik-naar-de-geschillencommissie-energie-en-water),
 *   and the directory does not record it: the letter names the body on that condition;
 * - bank: Kifid, Klachteninstituut Financiële Dienstverlening;
 * - insurance, by the contract's kind (`INSURANCE_BODIES`): a health insurance (basic or supplementary cover, its premium
 *   too) goes to the SKGZ, not Kifid; life (funeral policies too) and property (car, home, liability) to Kifid; with
 *   the kind not recorded none, since the insurer's category does not tell the two bodies apart;
 * - pension: none, so the committee's forms are not offered (kifidrest's choice). "Kifid behandelt alleen klachten over
 *   pensioenpolissen die zijn afgesloten met verzekeraars. Klachten over regelingen met pensioenfondsen kunt u indienen bij
 *   de Ombudsman Pensioenen" (https://www.kifid.nl/veelgestelde-vragen/); pension funds have had their own body since
 *   2024 (Geschilleninstantie Pensioenfondsen, https://geschilleninstantiepensioenfondsen.nl/geschillencommissie/),
 *   and the directory's category does not tell an insurer's pension policy from a fund's scheme.
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
/**
 * The Stichting Klachten en Geschillen Zorgverzekeringen (its Ombudsman, then its Geschillencommissie Zorgverzekeringen):
 * the independent body for disputes with a zorgverzekeraar (the kind art. 114 Zvw provides for), also for its supplementary
 * cover and a premium charged wrongly (https://www.rijksoverheid.nl/onderwerpen/persoonsgebonden-budget-pgb/vraag-en-antwoord/hoe-kan-ik-een-klacht-indienen-over-mijn-zorgverzekeraar,
 * https://skgz.nl/vraag-en-antwoord). The complaint goes to the insurer first, "Van uw zorgverzekeraar hoort u binnen zes
 * weken antwoord op uw klacht te krijgen" (https://www.skgz.nl/tips/), and without an answer the SKGZ takes it
 * ("krijgt u geen reactie? Dan kunt u het klachtenformulier ... invullen", SKGZ in https://www.vraagbaak.doesburg.nl/is/product/81018/71397/advies-en-informatie-over-zorgverzekeringen);
 * "heel soms" the policy terms give the insurer another term, which the directory does not record. Filed within a
 * year of the insurer's answer (skgz.nl/vraag-en-antwoord). Named without a condition of affiliation, as rijksoverheid.nl
 * (above) sends every zorgverzekeraar's customer there; the SKGZ refuses only a "ziektekostenverzekeraar" that is not.
 */
const SKGZ = {
  names: { nl: 'de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)', en: 'the Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)' },
  ifAffiliated: false,
  waitWeeks: 6,
};
type Body = { names: Record<Language, string>; ifAffiliated: boolean; waitWeeks: number };
const COMPLAINTS_BODIES: Partial<Record<Exclude<ProviderCategory, 'insurance'>, Body>> = {
  telecom: { names: { nl: 'de Geschillencommissie Telecommunicatie', en: 'the Geschillencommissie Telecommunicatie' }, ...GESCHILLENCOMMISSIE },
  energy: { names: { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' }, ...GESCHILLENCOMMISSIE },
  bank: KIFID,
};
/**
 * An insurer's body by the kind of insurance. Kifid takes complaints about insurers' products save zorgverzekeringen:
 * life and funeral policies, travel, accident and car (WAM) insurance
 * (https://www.tbv-online.nl/magazine-artikelen/kifid-bemiddeling-waar-het-kan-uitspraak-indien-nodig/), a claim on a
 * home or other damage insurance (https://www.vanatotzekerheid.nl/stap/schade-claimen/oneens-met-verzekeraar/, the
 * Verbond van Verzekeraars'); zorgverzekeringen go to the SKGZ (above).
 */
const INSURANCE_BODIES: Record<InsuranceKind, Body> = { health: SKGZ, life: KIFID, property: KIFID };

/** The contract's insurance kind as recorded: `unknown` (or null) where not, absent for other categories (`RequestAsked.insurance`). */
type KindRecorded = InsuranceKind | 'unknown' | null | undefined;

const bodyOf = (category: ProviderCategory, insuranceKind: KindRecorded): Body | null =>
  category === 'insurance' ? (insuranceKind && insuranceKind !== 'unknown' ? INSURANCE_BODIES[insuranceKind] : null) : (COMPLAINTS_BODIES[category] ?? null);

/**
 * kifidrest: whether the provider's complaints body is Kifid (a bank; a life or property insurer): its readers read „bij Kifid" for
 * the state, not a disputes committee.
 */
export const heardByKifid = (category: ProviderCategory, insuranceKind: KindRecorded): boolean => bodyOf(category, insuranceKind) === KIFID;
/** factuurwords: an insurer's body by name, as its committee forms name it: Kifid (life, property) or the SKGZ (health); null when the kind is not recorded. */
export const insurersBody = (category: ProviderCategory, insuranceKind: KindRecorded): 'kifid' | 'skgz' | null => {
  const body = category === 'insurance' ? bodyOf(category, insuranceKind) : null;
  return body === KIFID ? 'kifid' : body === SKGZ ? 'skgz' : null;
};

/** The body's name with its article, as a letter in `language` writes it, and whether affiliation varies. */
export function complaintsBodyFor(category: ProviderCategory, insuranceKind: KindRecorded, language: Language): ComplaintsBody | null {
  const body = bodyOf(category, insuranceKind);
  return body ? { name: body.names[language], ifAffiliated: body.ifAffiliated } : null;
}

/**
 * The first day the complaints body (`complaintsBodyFor`) takes the case when the provider left our complaint of
 * `complaintDate` (`YYYY-MM-DD`) unanswered: its waiting time after a complaint to the company; null where it has none.
 * Never before the term our complaint gave the provider (`termGiven`, its "uiterlijk …") is over: counted in business
 * days, around holidays that term ends after the body's calendar weeks, and our letter promised the provider that time.
 */
export function complaintsBodyOpensOn(category: ProviderCategory, insuranceKind: KindRecorded, complaintDate: string, termGiven: string | null = null): string | null {
  const body = bodyOf(category, insuranceKind);
  if (!body) return null;
  const waited = addCalendarDays(complaintDate, body.waitWeeks * 7);
  const termOver = termGiven && addCalendarDays(termGiven, 1);
  return termOver && termOver > waited ? termOver : waited;
}
