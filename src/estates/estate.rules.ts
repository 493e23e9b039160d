import { friendlyFormatIBAN } from 'ibantools';
import { accountAsCorrected, type Address, nobodyContinuesLease, type Correction, type EstateCorrectedField, type NewHolderCorrectedField, addressLine } from '../../letters';
import { type FieldError, ProblemException, WHOLE_REQUEST } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { type Deceased, fullName } from './estate.entity';
import type { FamilyMember } from './family-member.entity';
import { type Lang, ownerWords } from '../words';

/**
 * Date rules for a recorded death, checked against today in the Netherlands. A date absent (one a refused
 * form could not read, see `FieldRules`) is not held against the other.
 */
export function deceasedDateProblems({ dateOfBirth, dateOfDeath }: { dateOfBirth?: string; dateOfDeath?: string }, today: string, path = 'deceased'): FieldError[] {
  const problems: FieldError[] = [];
  if (dateOfDeath !== undefined && dateOfDeath > today) problems.push(afterTodayProblem(`${path}.dateOfDeath`, today));
  if (dateOfDeath !== undefined && dateOfBirth !== undefined && dateOfDeath < dateOfBirth) problems.push({ field: `${path}.dateOfDeath`, message: 'must not be before the date of birth', rule: 'beforeBirth' });
  if (dateOfBirth !== undefined && dateOfBirth > today) problems.push(afterTodayProblem(`${path}.dateOfBirth`, today));
  return problems;
}

/** An end date (one we ask for, one a provider confirms) may not lie before the death: nothing ends before it began to need ending. */
export function beforeDeathProblem(field: string, date: string, dateOfDeath: string): FieldError | null {
  return date < dateOfDeath ? { field, message: `must not be before the date of death (${dateOfDeath})`, rule: 'beforeDeath' } : null;
}

/** A contract's end dates as the contracts module reports them to a correction of the date of death. */
export interface ContractEndDates {
  providerName: string;
  description: string;
  requestedEndDate: string | null;
  /** Settled, closed, withdrawn: nothing more is asked of its provider, and its record cannot be corrected. */
  finished: boolean;
  /** The end (or transfer) date the provider confirmed, while that confirmation can still be corrected (not closed or withdrawn); else null. */
  confirmedEndDate: string | null;
}

/**
 * A corrected date of death may not pass an end date we still ask a provider for: the letters would
 * ask to end a contract before the death (the letter rules hold them back) and the contract could not
 * be edited any more. The owner corrects those contracts first. A finished contract is not held
 * against it: nothing more goes to its provider and its record cannot be corrected. Nor may it pass an end
 * date a provider confirmed (`confirmedEndDate`): every letter would then tell that provider of a contract
 * ended before the death. Each such contract is named by itself, as the owner corrects each confirmation
 * (or asks its provider for a new one); its limit carries provider, contract and date (`confirmedEndLimit`).
 */
export function dateOfDeathCorrectionProblems(dateOfDeath: string, contracts: ContractEndDates[]): FieldError[] {
  const problems: FieldError[] = [];
  const early = contracts.filter((c) => !c.finished && c.requestedEndDate !== null && c.requestedEndDate < dateOfDeath);
  if (early.length) {
    const named = early.map((c) => `${c.providerName}, ${c.description} (${c.requestedEndDate})`).join('; ');
    problems.push({ field: 'deceased.dateOfDeath', message: `must not be after the requested end date of ${named}: correct the requested end date of those contracts first`, rule: 'endDatesBefore', limit: named });
  }
  for (const c of contracts.filter((c) => c.confirmedEndDate !== null && c.confirmedEndDate < dateOfDeath)) {
    problems.push({
      field: 'deceased.dateOfDeath',
      message: `must not be after the end date ${c.providerName} confirmed: ${c.providerName}, ${c.description} (confirmed to end on ${c.confirmedEndDate}); correct that confirmation first, or ask ${c.providerName} for a new one`,
      rule: 'confirmedEndBefore',
      limit: confirmedEndLimit(c.providerName, c.description, c.confirmedEndDate!),
    });
  }
  return problems;
}

/** A confirmed end date a corrected date of death would pass, as the limit of its refusal: provider, contract and date, one a line (the words split it again). */
export const confirmedEndLimit = (providerName: string, description: string, date: string) => [providerName, description, date].join('\n');

/** A new estate reference: short, unambiguous to read out on the phone, unique by sequence. */
export function estateReference(year: number, sequence: number): string {
  return `ST-${year}-${String(sequence).padStart(5, '0')}`;
}

/**
 * The estate reference a search text names, as `estateReference` writes it, or null: people type it as they read it
 * off a letter or a CSV, in any case, with spaces or without dashes ("st 2026 00003", "ST202600003"); the canonical
 * form is what the unique index on `estates.reference` finds.
 */
export function referenceOf(text: string): string | null {
  const parts = /^ST[\s.-]*(\d{4})[\s.-]*(\d{5,})$/i.exec(text.trim());
  return parts ? `ST-${parts[1]}-${parts[2]}` : null;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A family access code like "K7QM-2XWD-RT9P": no 0/O or 1/I to mistype, ~60 bits of chance. */
export function formatAccessCode(randomBytes: Buffer): string {
  const chars = [...randomBytes.subarray(0, 12)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}

/** Codes are compared case- and dash-insensitively, as people type them. */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** What the estate's letters to a provider show of it, one value per fact a correction letter can name. */
export interface EstateFacts {
  deceased: Deceased;
  estateAccountIban: string | null;
  estateAccountHolder: string | null;
}

function factsShown(e: EstateFacts): Record<EstateCorrectedField, string | null> {
  const d = e.deceased;
  return {
    deceasedName: fullName(d),
    dateOfBirth: d.dateOfBirth,
    dateOfDeath: d.dateOfDeath,
    deceasedAddress: addressLine(d.address),
    estateAccount: e.estateAccountIban ? accountAsCorrected({ iban: e.estateAccountIban, holder: e.estateAccountHolder ?? '' }) : null,
  };
}

/**
 * The corrections of the estate's facts that a provider who already has our request must hear of:
 * each fact as the letters showed it before and as it is recorded now. A fact removed (the estate
 * account taken away) is told too: the provider would otherwise still pay a refund into it.
 */
export function estateCorrectionsForProviders(before: EstateFacts, after: EstateFacts): Correction[] {
  return changedFacts(factsShown(before), factsShown(after));
}

/** A family member's particulars as a transfer letter shows them (the new holder). */
export type NewHolderFacts = Pick<FamilyMember, 'name' | 'address' | 'dateOfBirth' | 'email' | 'phone' | 'iban'>;

/** The corrections of a new holder's particulars that the providers of their transfers must hear of, as printed before and now. */
export function newHolderCorrectionsForProviders(before: NewHolderFacts, after: NewHolderFacts): Correction[] {
  const shown = (m: NewHolderFacts): Record<NewHolderCorrectedField, string | null> => ({
    newHolderName: m.name,
    newHolderAddress: m.address ? addressLine(m.address) : null,
    newHolderDateOfBirth: m.dateOfBirth,
    newHolderEmail: m.email,
    newHolderPhone: m.phone,
    newHolderIban: m.iban ? (friendlyFormatIBAN(m.iban) ?? m.iban) : null,
  });
  return changedFacts(shown(before), shown(after));
}

/**
 * Each fact whose printed value changed, also to none: a provider keeps what a letter printed and acts
 * on it (pays a refund into the account, debits the IBAN, writes to the email) until told it no longer
 * holds; the correction letter then says "dat gegeven vervalt". A fact no letter printed is no news.
 */
function changedFacts<F extends string>(was: Record<F, string | null>, now: Record<F, string | null>): Correction[] {
  return (Object.keys(now) as F[]).filter((field) => now[field] !== was[field]).map((field) => ({ field, from: was[field], to: now[field] }) as Correction);
}

/**
 * A closed estate starts no new work (a contract, a document, a request, a letter): the family was told
 * everything is settled, and its retention term runs to the purge. The way forward is to reopen it.
 */
export function estateClosedProblem(lang: Lang): ProblemException {
  return new ProblemException(409, 'estate-closed', ownerWords(lang).errors.details.estateClosed, {
    errors: [{ field: WHOLE_REQUEST, message: 'the estate is closed', rule: 'estateClosed' }],
  });
}

/** A contract of the estate that is not finished (settled, closed, withdrawn, done through the BRP), as a refused close names it. */
export interface OpenContract {
  contractId: string;
  /** The provider as the estate's readers tell its contracts apart (`providerLabel`): "KPN (Internet en tv)". */
  label: string;
  state: string;
  /** Whose move it is now (the machine's `waitingOn`); `nobody`: a quiet period runs out by itself. */
  waitingOn: 'provider' | 'owner' | 'nobody';
  /** Where it stands and what it waits for, in the owner's words (`ownerStatusText`), in each language. */
  statusTexts: Record<Lang, string>;
}

/**
 * An estate closes only when every contract is finished: closing tells the family all is done, sends the
 * final report and starts the retention term. One rule for an estate never closed and one reopened (a late
 * bill made a closed contract work again): the refusal names each contract still open with what it waits
 * for (`openContracts`, and one error each whose `limit` is the contract's id), so the owner knows where to go.
 */
export function contractsOpenProblem(open: OpenContract[], lang: Lang): ProblemException | null {
  if (!open.length) return null;
  return new ProblemException(409, 'contracts-open', ownerWords(lang).errors.details.contractsOpen(open.length, open.map((c) => `${c.label} (${c.statusTexts[lang]})`).join('; ')), {
    openContracts: open,
    errors: open.map((c) => ({ field: WHOLE_REQUEST, message: `${c.label} is not settled: ${c.statusTexts.en}`, rule: 'contractOpen', limit: c.contractId })),
  });
}

/**
 * One dwelling by its recorded addresses: the same postcode and house number with its addition (rentrest: „Dorpsstraat 112-2" is
 * another home than „112" or „112-3", a flat in the same building). No street spelling is compared, only what identifies a Dutch
 * address (postcode + huisnummer + toevoeging, as the BAG does); an address without a number is no match.
 */
export function sharesHome(a: { street: string; postalCode: string }, b: { street: string; postalCode: string }): boolean {
  const postcode = (x: { postalCode: string }) => x.postalCode.replace(/\s+/g, '').toUpperCase();
  return postcode(a) !== '' && postcode(a) === postcode(b) && houseNumber(a.street) !== null && houseNumber(a.street) === houseNumber(b.street);
}

const ROMAN_FLOORS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The house number and its addition in a street line, one way however it is typed: the first number after a space (so „2e Hugo de
 * Grootstraat 12" reads 12), then the rest of the line without dashes, slashes, dots or spaces, in capitals („112-2", „112 2",
 * „112/2" read „112-2"; „112a", „112 A" read „112-A"). People write a floor in Roman numerals („112-II", Amsterdam) and the ground
 * floor as „hs" or „huis": those read as the number and „H". What a missed match costs (a partner's home ended) outweighs an extra
 * question, so these forms are read as one; nothing else is guessed (an addition on one address and none on the other is two homes).
 */
function houseNumber(street: string): string | null {
  const parts = /\s(\d+)(.*)$/.exec(street.trim());
  if (!parts) return null;
  const written = parts[2].replace(/[\s./-]+/g, '').toUpperCase();
  const roman = ROMAN_FLOORS.indexOf(written);
  const addition = roman >= 0 ? String(roman + 1) : ['HS', 'HUIS'].includes(written) ? 'H' : written;
  return addition ? `${parts[1]}-${addition}` : parts[1];
}

/**
 * „Niemand zet de huur voort" (`nobody`, or only a `lodger`) newly recorded while a relative is recorded at the deceased's address: a
 * spouse or registered partner living there is co-tenant and continues the lease (art. 7:266 lid 1 and 7:268 lid 1 BW), a lasting joint
 * household continues it six months (7:268 lid 2 BW), so a wrong answer ends their home (audit80 RENT-2). 409 `family-at-home` naming
 * `livedWith`, until the owner confirms it (`confirmLivedWith`). Nothing beyond the recorded addresses is guessed.
 */
export function familyAtHomeProblem(deceased: Pick<Deceased, 'address'>, members: Pick<FamilyMember, 'name' | 'address'>[], lang: Lang): ProblemException | null {
  const atHome = members.find((m) => m.address && sharesHome(m.address, deceased.address));
  if (!atHome) return null;
  const street = deceased.address.street;
  return new ProblemException(409, 'family-at-home', ownerWords(lang).errors.details.familyAtHome(atHome.name, street), {
    errors: [{ field: 'livedWith', message: `${atHome.name} is recorded at the deceased's address: a co-tenant or housemate living there continues the lease (art. 7:266, 7:268 BW); send confirmLivedWith: true if nobody does`, rule: 'familyAtHome', limit: `${atHome.name}\n${street}` }],
  });
}

/**
 * rentrest: the same question when the home is recorded the other way round — a relative added, or her address corrected, to the
 * deceased's home while „niemand zet de huur voort" (`nobody`, `lodger`) stands: 409 `family-at-home` naming `address.street` (the line
 * with the house number), until the owner confirms it (`confirmLivedWith`). Asked once: a relative already recorded at the home is not
 * asked again when another particular of hers is corrected. If she did live there the owner records who lived there, which tells her
 * to set a letter that went right (`leaseContinuedAfterLetter`).
 */
export function memberAtHomeProblem(deceased: Pick<Deceased, 'address' | 'livedWith'>, name: string, address: Address | null | undefined, was: Address | null, lang: Lang): ProblemException | null {
  if (!nobodyContinuesLease(deceased.livedWith) || !address || !sharesHome(address, deceased.address) || (was && sharesHome(was, deceased.address))) return null;
  const street = deceased.address.street;
  return new ProblemException(409, 'family-at-home', ownerWords(lang).errors.details.memberAtHome(name, street), {
    errors: [{ field: 'address.street', message: `the deceased's record says nobody continues the lease, but ${name} would be recorded at the deceased's address: a co-tenant or housemate living there continues the lease (art. 7:266, 7:268 BW); send confirmLivedWith: true if nobody does`, rule: 'memberAtHome', limit: `${name}\n${street}` }],
  });
}
