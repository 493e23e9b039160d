import { friendlyFormatIBAN } from 'ibantools';
import { letterDate } from '../../letters/dates';
import type { LivedWith } from '../../letters/model';
import { ownerWords } from '../words';
import { capitalised } from '../../workflows/wording';

/**
 * Corrections on the record: which recorded fields changed (from → to), said in the owner's words
 * for the staff timeline and in plain words for the family. Pure: the services write and read them.
 */

/**
 * A letter about a request that waited for the post, unprinted, when a fact it prints was corrected: set apart and made
 * again from the corrected record (`PrintBatchesService.remakeCorrected`), so the old version never goes out.
 */
export interface RemadeLetter {
  kind: string;
  providerName: string;
}

/** One recorded field that changed. Values are as recorded (ids already turned into names by the caller). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** What was corrected: the estate (deceased, estate account), a family member or a contract. */
export type CorrectionScope = 'estate' | 'familyMember' | 'contract';

/** The timeline event each scope writes. */
export const CORRECTION_EVENTS: Record<CorrectionScope, string> = { estate: 'estate.corrected', familyMember: 'family_member.corrected', contract: 'contract.corrected' };

const CORRECTION_SCOPES = new Map(Object.entries(CORRECTION_EVENTS).map(([scope, event]) => [event, scope as CorrectionScope]));

/** Whether a timeline event is a correction (told to the family in its own words, below). */
export const isCorrectionEvent = (event: string): boolean => CORRECTION_SCOPES.has(event);

/** The fields of `next` whose value differs from `current`, in `next`'s order; absent (undefined) fields are left alone. */
export function changesBetween(current: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  return Object.entries(next)
    .filter(([field, to]) => to !== undefined && canonical(current[field]) !== canonical(to))
    .map(([field, to]) => ({ field, from: current[field] ?? null, to: to ?? null }));
}

/** JSON with keys in order and absent parts left out, so an address read back in another key order is the same address. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
  return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The owner's words for each field (the workspace and the staff timeline are in English). */
const OWNER_LABELS: Record<string, string> = {
  givenNames: "the deceased's given names",
  surnamePrefix: "the deceased's surname prefix",
  surname: "the deceased's surname",
  nameOrder: 'the name order',
  gender: "the deceased's gender",
  dateOfBirth: 'the date of birth',
  dateOfDeath: 'the date of death',
  address: 'the address',
  livedAlone: 'whether the deceased lived alone',
  livedWith: 'who lived with the deceased',
  estateAccount: 'the estate account',
  name: 'the name',
  relation: 'the relation',
  email: 'the email address',
  phone: 'the phone number',
  iban: 'the IBAN',
  provider: 'the provider',
  description: 'the description',
  accountNumber: 'the customer number',
  action: 'what should happen',
  newHolder: 'the new holder',
  requestedEndDate: 'the requested end date',
  requestedTransferDate: 'the requested transfer date',
  insuranceKind: 'what we ask the insurer',
  role: 'the role in the portal',
};

/** The family's words, Dutch first (the portal's languages). */
const FAMILY_LABELS: Record<'nl' | 'en', Record<string, string>> = {
  nl: {
    givenNames: 'de voornamen van de overledene',
    surnamePrefix: 'het tussenvoegsel van de overledene',
    surname: 'de achternaam van de overledene',
    nameOrder: 'de volgorde van de naam',
    gender: 'het geslacht van de overledene',
    dateOfBirth: 'de geboortedatum',
    dateOfDeath: 'de overlijdensdatum',
    address: 'het adres',
    livedAlone: 'of de overledene alleen woonde',
    livedWith: 'wie er bij de overledene woonde',
    estateAccount: 'de boedelrekening',
    name: 'de naam',
    relation: 'de relatie',
    email: 'het e-mailadres',
    phone: 'het telefoonnummer',
    iban: 'het IBAN',
    provider: 'de organisatie',
    description: 'de omschrijving',
    accountNumber: 'het klantnummer',
    action: 'wat we vragen',
    newHolder: 'de nieuwe contracthouder',
    requestedEndDate: 'de gewenste einddatum',
    requestedTransferDate: 'de gewenste datum van overzetting',
    insuranceKind: 'wat we de verzekeraar vragen',
    role: 'de rol in het portaal',
  },
  // The family's English differs from the owner's only where the owner's word is the office's own.
  en: { ...OWNER_LABELS, provider: 'the organisation', action: 'what we ask' },
};

/** A field's words; a transfer's date asked for is a date of transfer, not an end date. */
const label = (labels: Record<string, string>, field: string, transfer = false) =>
  labels[field === 'requestedEndDate' && transfer ? 'requestedTransferDate' : field] ?? field;

/** A family member's heir and representative flags follow from their role: a change of role is told as that alone. */
const IMPLIED_BY_ROLE = new Set(['isHeir', 'isRepresentative']);
const toldChanges = (changes: FieldChange[]): FieldChange[] =>
  changes.some((c) => c.field === 'role') ? changes.filter((c) => !IMPLIED_BY_ROLE.has(c.field)) : changes;

const ROLES_EN = { representative: 'representative', heir: 'heir', other: 'other family member' };
const LIVED_WITH_EN: Record<LivedWith, string> = { nobody: 'nobody', coTenant: 'a co-tenant', household: 'someone in a lasting joint household', lodger: 'a lodger without a joint household', someone: 'someone, not recorded who' };
/** An insurer's kind by what its request asks (letters/templates `insuranceRequest`); not recorded: the death reported and the insurer asked what it needs. */
const INSURANCE_KINDS_EN = { life: 'claim the payout', property: 'keep the insurance in force', health: 'settle the insurance', unknown: 'report the death and ask what is needed' };
const VALUE_WORDS = {
  owner: { none: '(none)', yes: 'yes', no: 'no', cancel: 'cancel', transfer: 'transfer', inTheNameOf: 'held by', roles: ROLES_EN, livedWith: LIVED_WITH_EN, insuranceKinds: INSURANCE_KINDS_EN },
  nl: {
    none: '(leeg)', yes: 'ja', no: 'nee', cancel: 'beëindigen', transfer: 'overzetten', inTheNameOf: 't.n.v.', roles: { representative: 'gemachtigde', heir: 'erfgenaam', other: 'overig familielid' },
    livedWith: { nobody: 'niemand', coTenant: 'een medehuurder', household: 'iemand met een duurzame gemeenschappelijke huishouding', lodger: 'een inwonende zonder gemeenschappelijke huishouding', someone: 'iemand, niet vastgelegd wie' } as Record<LivedWith, string>,
    insuranceKinds: { life: 'de uitkering aanvragen', property: 'de verzekering laten doorlopen', health: 'de verzekering afwikkelen', unknown: 'melden en vragen wat nodig is' },
  },
  en: { none: '(none)', yes: 'yes', no: 'no', cancel: 'end the contract', transfer: 'transfer', inTheNameOf: 'held by', roles: ROLES_EN, livedWith: LIVED_WITH_EN, insuranceKinds: INSURANCE_KINDS_EN },
};
type Audience = keyof typeof VALUE_WORDS;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';
/** A value none was given for; an insurer's kind not recorded is not one: its request asks the insurer what it needs (`shown`). */
const noneGiven = (field: string, value: unknown): boolean => field !== 'insuranceKind' && isEmpty(value);

/** A value in words: an address on one line, an IBAN in groups of four, a date written out. */
function shown(field: string, value: unknown, audience: Audience): string {
  const w = VALUE_WORDS[audience];
  if (field === 'insuranceKind') return w.insuranceKinds[(value as keyof typeof w.insuranceKinds | null) ?? 'unknown'] ?? String(value);
  if (isEmpty(value)) return w.none;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (field === 'action' && (value === 'cancel' || value === 'transfer')) return w[value];
  if (field === 'role' && typeof value === 'string' && value in w.roles) return w.roles[value as keyof typeof w.roles];
  if (field === 'livedWith' && typeof value === 'string' && value in w.livedWith) return w.livedWith[value as LivedWith];
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('iban' in v) return `${friendlyFormatIBAN(String(v.iban)) ?? String(v.iban)} ${w.inTheNameOf} ${String(v.holder)}`;
    if ('street' in v) return [v.street, [v.postalCode, v.city].filter(Boolean).join(' '), v.country].filter(Boolean).join(', ');
    return JSON.stringify(value);
  }
  const text = String(value);
  if (field === 'iban') return friendlyFormatIBAN(text) ?? text;
  // Dates written out as every other sentence of the reader's says them ("15 December 2026", "15 december 2026").
  return ISO_DATE.test(text) ? letterDate(text, audience === 'owner' ? 'en' : audience) : text;
}

/** Fields whose values are never shown in full to the family, whatever they hold. */
const SENSITIVE_FIELDS = new Set(['iban', 'estateAccount']);
/**
 * Fields the family always reads in full: a contract's customer number is how they recognise the contract, and the
 * letters in their dossier and their titles print it whole (README, familywords).
 */
const SHOWN_IN_FULL = new Set(['accountNumber']);
/** Something that reads like an IBAN or a long number (a BSN has nine digits, a bank account more). */
const LOOKS_SENSITIVE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$|\d{7,}/;

/**
 * The family sees only the last four characters of an IBAN, a BSN-like or account-like number:
 * enough to recognise their own, too little to misuse; a customer number they read whole (`SHOWN_IN_FULL`).
 */
export function maskedValue(field: string, value: unknown): string | null {
  if (isEmpty(value) || SHOWN_IN_FULL.has(field)) return null;
  const raw = typeof value === 'object' && 'iban' in (value as object) ? String((value as { iban: unknown }).iban) : String(value);
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (!SENSITIVE_FIELDS.has(field) && (ISO_DATE.test(raw) || !LOOKS_SENSITIVE.test(compact))) return null;
  return `•••• ${compact.slice(-4)}`;
}

/** The owner's sentence per language; the Dutch labels are the family's but for what the office itself calls things. */
const OWNER_SENTENCE = {
  en: {
    labels: OWNER_LABELS,
    values: 'owner',
    change: (what: string, from: string, to: string) => `${what} from ${from} to ${to}`,
    /** A value filled in where there was none: not "from (none)". */
    recorded: (what: string, to: string) => `${what} to ${to} (none recorded before)`,
    changed: (about?: string) => (about ? `${about}: changed ` : 'Changed '),
    told: (providers: string) => ` A correction letter goes to ${providers}.`,
    remade: (kind: string, provider: string, what: string) => ` The ${kind} to ${provider} was made again with ${what}; the earlier version does not go out.`,
    correctedLabel: (label: string) => label.replace(/^the /, 'the corrected '),
    correctedFacts: 'the corrected details',
  },
  nl: {
    labels: { ...FAMILY_LABELS.nl, provider: 'de aanbieder', action: 'wat er moet gebeuren' },
    values: 'nl',
    change: (what: string, from: string, to: string) => `${what} gewijzigd van ${from} naar ${to}`,
    /** A value filled in where there was none: not "van (leeg)". */
    recorded: (what: string, to: string) => `${what} vastgelegd: ${to}`,
    changed: (about?: string) => (about ? `${about}: ` : ''),
    told: (providers: string) => ` Er gaat een correctiebrief naar ${providers}.`,
    remade: (kind: string, provider: string, what: string) => ` De ${kind} aan ${provider} is opnieuw gemaakt met ${what}; de eerdere versie gaat niet weg.`,
    correctedLabel: (label: string) => label.replace(/^(de|het) /, '$1 gecorrigeerde '),
    correctedFacts: 'de gecorrigeerde gegevens',
  },
} as const;

/**
 * "Changed the customer number from 1234 to 1243." / "Het klantnummer gewijzigd van 1234 naar 1243." —
 * the staff timeline's sentence, with whose record it is when not the estate's own. Stored in English
 * when written; the timeline says it again in the reader's language from the entry's details.
 */
export function ownerCorrectionSummary(changes: FieldChange[], about?: string, toldProviders: string[] = [], lang: 'nl' | 'en' = 'en', transfer = false, remade: RemadeLetter[] = []): string {
  const w = OWNER_SENTENCE[lang];
  const parts = toldChanges(changes).map((c) =>
    noneGiven(c.field, c.from) && !noneGiven(c.field, c.to) ? w.recorded(label(w.labels, c.field, transfer), shown(c.field, c.to, w.values)) : w.change(label(w.labels, c.field, transfer), shown(c.field, c.from, w.values), shown(c.field, c.to, w.values)),
  );
  const told = toldProviders.length ? w.told(toldProviders.join(', ')) : '';
  // One field named ("het gecorrigeerde klantnummer") when it reads as one; else the details as a whole.
  const [one, ...more] = toldChanges(changes);
  const named = one && !more.length ? label(w.labels, one.field, transfer) : null;
  const what = named && w.correctedLabel(named) !== named ? w.correctedLabel(named) : w.correctedFacts;
  const kinds = ownerWords(lang).estate.letterKinds as Record<string, string>;
  const again = remade.map((l) => w.remade(kinds[l.kind] ?? l.kind, l.providerName, what)).join('');
  const text = `${w.changed(about)}${parts.join('; ')}.${told}${again}`;
  // Names stay as written ("bol.com"); only a sentence that starts with a label gets a capital.
  return about ? text : capitalised(text);
}

/**
 * A correction entry in the owner's language; null when the entry lacks what the sentence needs
 * (a contract's or family member's correction written before it recorded `about`).
 */
export function ownerCorrectionEntryText(entry: { event: string; details: Record<string, unknown> }, lang: 'nl' | 'en'): string | null {
  const scope = CORRECTION_SCOPES.get(entry.event);
  const { changes, about, toldProviders, transfer, remadeLetters } = entry.details;
  if (!scope || !Array.isArray(changes) || (scope !== 'estate' && typeof about !== 'string')) return null;
  const remade = Array.isArray(remadeLetters) ? (remadeLetters as RemadeLetter[]) : [];
  return ownerCorrectionSummary(changes as FieldChange[], about as string | undefined, Array.isArray(toldProviders) ? (toldProviders as string[]) : [], lang, transfer === true, remade);
}

/** What the family reads about one correction; null when it does not concern this family member. */
export interface FamilyCorrectionContext {
  scope: CorrectionScope;
  /** The provider of a corrected contract. */
  providerName?: string;
  /** Whether the corrected contract is a transfer: its date asked for is a date of transfer, not an end date. */
  transfer?: boolean;
  /** Whether the corrected family member is the reader (others' particulars are theirs alone). */
  isReader?: boolean;
  /** Whether the reader reads the estate's debts (`readsEstateDebts`): the others read that the estate's account changed, not its number. */
  readsDebts?: boolean;
}

/** Fields of the estate's debts: their values are the heirs' (and their representative's). */
const DEBT_FIELDS = new Set(['estateAccount']);

/** Fields named in the plural ("de voornamen"), which take a plural verb. */
const PLURAL_FIELDS = new Set(['givenNames']);

/** How a change is told: a value put right, one filled in where there was none, or one taken away. */
type Told = 'corrected' | 'filledIn' | 'removed';

const FAMILY_SENTENCE = {
  nl: {
    verbs: { corrected: 'gecorrigeerd', filledIn: 'ingevuld', removed: 'verwijderd' },
    contract: (what: string, provider: string, plural: boolean, verb: string) => `${capitalised(what)} bij ${provider} ${plural ? 'zijn' : 'is'} ${verb}`,
    estate: (what: string, plural: boolean, verb: string) => `In het dossier ${plural ? 'zijn' : 'is'} ${what} ${verb}`,
    familyMember: (what: string, plural: boolean, verb: string) => `In uw gegevens ${plural ? 'zijn' : 'is'} ${what} ${verb}`,
    corrected: (from: string, to: string) => ` van ${from} naar ${to}`,
    filledIn: (to: string) => `: ${to}`,
    removed: (from: string, plural: boolean) => ` (dit ${plural ? 'waren' : 'was'} ${from})`,
  },
  en: {
    verbs: { corrected: 'corrected', filledIn: 'added', removed: 'removed' },
    contract: (what: string, provider: string, plural: boolean, verb: string) => `${capitalised(what)} at ${provider} ${plural ? 'were' : 'was'} ${verb}`,
    estate: (what: string, plural: boolean, verb: string) => `In the file, ${what} ${plural ? 'were' : 'was'} ${verb}`,
    familyMember: (what: string, plural: boolean, verb: string) => `In your details, ${what} ${plural ? 'were' : 'was'} ${verb}`,
    corrected: (from: string, to: string) => ` from ${from} to ${to}`,
    filledIn: (to: string) => `: ${to}`,
    removed: (from: string, plural: boolean) => ` (${plural ? 'they were' : 'it was'} ${from})`,
  },
};

/**
 * Plain words for the family, one sentence per change: "Het klantnummer bij Vattenfall is
 * gecorrigeerd van 1234 naar 1243.", "… is ingevuld: 1243.", "… is verwijderd (dit was 1234)." —
 * never an empty value in brackets. Sensitive values are masked; another relative's particulars
 * are not told at all; the estate's account is told without its number to a relative outside the debts.
 */
export function familyCorrectionText(changes: FieldChange[], context: FamilyCorrectionContext, lang: 'nl' | 'en'): string | null {
  if (context.scope === 'familyMember' && !context.isReader) return null;
  const s = FAMILY_SENTENCE[lang];
  // Empty before and after (none turned into ''): nothing the family would notice changed.
  const sentences = toldChanges(changes)
    .filter((c) => !(noneGiven(c.field, c.from) && noneGiven(c.field, c.to)))
    .map((c) => {
      const what = label(FAMILY_LABELS[lang], c.field, context.transfer);
      const plural = PLURAL_FIELDS.has(c.field);
      const told: Told = noneGiven(c.field, c.from) ? 'filledIn' : noneGiven(c.field, c.to) ? 'removed' : 'corrected';
      const verb = s.verbs[told];
      const head = context.scope === 'contract' ? s.contract(what, context.providerName ?? '', plural, verb) : context.scope === 'estate' ? s.estate(what, plural, verb) : s.familyMember(what, plural, verb);
      const value = (v: unknown) => maskedValue(c.field, v) ?? shown(c.field, v, lang);
      const tail = DEBT_FIELDS.has(c.field) && !context.readsDebts ? '' : told === 'filledIn' ? s.filledIn(value(c.to)) : told === 'removed' ? s.removed(value(c.from), plural) : s.corrected(value(c.from), value(c.to));
      return `${head}${tail}.`;
    });
  return sentences.length ? sentences.join(' ') : null;
}

/**
 * What one family member reads of a correction on the timeline (the portal's timeline and the daily
 * email); null when it is not a correction or does not concern this reader. `contract`: the corrected
 * contract as the caller knows it (its provider as the family reads it, else as recorded with the
 * correction; whether it is a transfer); `readsDebts`: the reader's reach (`readsEstateDebts`; absent: not).
 */
export function familyCorrectionEntryText(
  entry: { event: string; details: Record<string, unknown> },
  readerId: string,
  lang: 'nl' | 'en',
  contract: { providerName?: string; transfer?: boolean } = {},
  readsDebts = false,
): string | null {
  const scope = CORRECTION_SCOPES.get(entry.event);
  if (!scope) return null;
  const { changes, familyMemberId, providerName: recordedProvider } = entry.details;
  const context = { scope, providerName: contract.providerName ?? (recordedProvider as string | undefined), transfer: contract.transfer, isReader: familyMemberId === readerId, readsDebts };
  return familyCorrectionText(changes as FieldChange[], context, lang);
}
