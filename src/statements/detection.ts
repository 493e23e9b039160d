import { normaliseId, normaliseName, StatementTransaction } from './transaction';
import { umbrellaCreditor, umbrellaMerchant } from './umbrella-creditors';

export const INTERVALS = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'irregular'] as const;
export type Interval = (typeof INTERVALS)[number];
export type SeriesKind = 'direct_debit' | 'transfer' | 'card';

/** One statement line kept as evidence of a series (the only transaction data we store). */
export interface EvidenceLine {
  date: string;
  amountCents: number;
  reversal: boolean;
  creditorId: string | null;
  mandateId: string | null;
  description: string;
  location: string;
}

export interface DetectedSeries {
  /** Stable across imports of the same estate: the same contract found again updates its finding. */
  key: string;
  kind: SeriesKind;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** Every creditor ID seen: more than one when a company moved its mandates to a new ID. */
  creditorIds: string[];
  mandateId: string | null;
  /** The payment service provider that collected, when it was one (the company is then `counterpartyName`). */
  umbrella: string | null;
  interval: Interval;
  typicalAmountCents: number;
  currency: string;
  firstDate: string;
  lastDate: string;
  occurrences: number;
  reversals: number;
  ranAfterDeath: boolean;
  evidence: EvidenceLine[];
}

/** The newest lines of a series are enough to show it; older ones only count. */
export const MAX_EVIDENCE = 24;
const MAX_DESCRIPTION = 140;
const DAY = 86_400_000;

/**
 * A copy of a string that is kept after the import line is gone. saxes hands out slices of the
 * text it read (no copy per field); kept as is, one short slice keeps its whole chunk of file text
 * alive (the memory test saw 61 MB kept after a 50 MB camt.053 without these copies).
 */
const own = (s: string): string => (s.length > 12 ? (' ' + s).slice(1) : s);
const ownOrNull = (s: string | null): string | null => (s === null ? null : own(s));

/** Gap windows in days, per interval: banks book on working days, so a month is 26 to 35 days. */
const WINDOWS: [Interval, number, number][] = [
  ['weekly', 6, 8],
  ['monthly', 26, 35],
  ['quarterly', 84, 98],
  ['half-yearly', 175, 190],
  ['yearly', 355, 376],
];

interface Group {
  key: string;
  kind: SeriesKind;
  name: string | null;
  iban: string | null;
  creditorIds: Set<string>;
  lastCreditorId: string | null;
  mandateId: string | null;
  umbrella: string | null;
  currency: string;
  days: number[];
  amounts: number[];
  reversals: number;
  evidence: EvidenceLine[];
}

/**
 * Finds what runs on an account. Feed it every transaction (memory grows only by two numbers per
 * outgoing payment, plus a bounded evidence list per counterparty), then ask for the series.
 */
export class SeriesDetector {
  private readonly groups = new Map<string, Group>();
  /** Names repeat on every statement line: each is normalised and checked against the PSP list once. */
  private readonly names = new Map<string, { umbrella: string | null; normalised: string }>();
  count = 0;

  private name(counterparty: string | null) {
    let known = this.names.get(counterparty ?? '');
    if (!known) {
      known = { umbrella: umbrellaCreditor(counterparty), normalised: own(normaliseName(counterparty)) };
      if (this.names.size < 100_000) this.names.set(own(counterparty ?? ''), known);
    }
    return known;
  }

  add(tx: StatementTransaction): void {
    this.count++;
    if (tx.kind === 'other' || (tx.direction === 'credit' && !tx.reversal)) return;
    const counterparty = this.name(tx.counterpartyName);
    const umbrella = counterparty.umbrella;
    const name = umbrella ? umbrellaMerchant(tx.ultimateName, tx.description) : tx.counterpartyName;
    const key = seriesKey(tx, umbrella, umbrella ? normaliseName(name) : counterparty.normalised);
    if (!key) return;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, kind: tx.kind as SeriesKind, name: ownOrNull(name), iban: ownOrNull(tx.counterpartyIban), creditorIds: new Set(), lastCreditorId: null, mandateId: ownOrNull(tx.mandateId), umbrella, currency: own(tx.currency), days: [], amounts: [], reversals: 0, evidence: [] };
      this.groups.set(key, group);
    }
    // One kept copy of the creditor ID per series while it does not change.
    let creditorId = tx.creditorId;
    if (creditorId !== null) {
      if (creditorId === group.lastCreditorId) creditorId = group.lastCreditorId;
      else {
        group.lastCreditorId = creditorId = own(creditorId);
        if (!umbrella) group.creditorIds.add(creditorId);
      }
    }
    if (tx.reversal) group.reversals++;
    else {
      group.days.push(dayNumber(tx.bookingDate));
      group.amounts.push(tx.amountCents);
    }
    // The newest lines in date order (of one date, the last read), kept as they come: a line older
    // than all of a full list is never made (exports that list the newest first cost nothing here).
    const lines = group.evidence;
    const full = lines.length === MAX_EVIDENCE;
    if (full && tx.bookingDate < lines[0].date) return;
    let at = lines.length;
    while (at > 0 && lines[at - 1].date > tx.bookingDate) at--;
    const description = tx.description.slice(0, MAX_DESCRIPTION);
    const previous = lines.length ? lines[lines.length - 1].description : null;
    const line: EvidenceLine = {
      date: own(tx.bookingDate),
      amountCents: tx.amountCents,
      reversal: tx.reversal,
      creditorId,
      // The series' own mandate string when it is the same (it nearly always is).
      mandateId: tx.mandateId === group.mandateId ? group.mandateId : ownOrNull(tx.mandateId),
      // Many series repeat one description ("Betaalautomaat", "abonnement"): kept once.
      description: description === previous ? previous : own(description),
      location: tx.location,
    };
    // Mostly the newest so far: a push (splice would also make an array of what it removed).
    if (at === lines.length) lines.push(line);
    else lines.splice(at, 0, line);
    if (full) lines.shift();
  }

  /** The recurring series, those still running after the death first. */
  series(dateOfDeath: string): DetectedSeries[] {
    return mergeMovedMandates([...this.groups.values()])
      .map((g) => toSeries(g, dateOfDeath))
      .filter((s): s is DetectedSeries => s !== null)
      .sort((a, b) => Number(b.ranAfterDeath) - Number(a.ranAfterDeath) || b.lastDate.localeCompare(a.lastDate) || a.key.localeCompare(b.key));
  }
}

/**
 * Direct debits by creditor ID and mandate (or, for a PSP, by the company it collects for);
 * transfers by the receiving account; card payments by the shop's name.
 */
function seriesKey(tx: StatementTransaction, umbrella: string | null, who: string): string | null {
  switch (tx.kind) {
    case 'direct_debit':
      if (umbrella) return who ? `psp:${umbrella.toLowerCase()}:${who}` : null;
      return tx.creditorId || tx.mandateId || who ? `dd:${tx.creditorId ?? who}:${tx.mandateId ?? ''}` : null;
    case 'transfer':
      return tx.counterpartyIban || who ? `tr:${normaliseId(tx.counterpartyIban) ?? who}` : null;
    case 'card':
      return umbrella ? (who ? `psp:${umbrella.toLowerCase()}:${who}` : null) : who ? `card:${who}` : null;
    default:
      return null;
  }
}

/**
 * A company that changes its creditor ID (a merger, a new collecting entity) keeps its mandates: the
 * same mandate reference from the same company under a new ID is one contract, not two.
 */
function mergeMovedMandates(groups: Group[]): Group[] {
  const byMandate = new Map<string, Group>();
  const out: Group[] = [];
  for (const g of groups) {
    const id = g.kind === 'direct_debit' && !g.umbrella && g.mandateId ? `${g.mandateId}|${normaliseName(g.name)}` : null;
    const earlier = id ? byMandate.get(id) : undefined;
    if (!earlier) {
      if (id) byMandate.set(id, g);
      out.push(g);
      continue;
    }
    g.creditorIds.forEach((c) => earlier.creditorIds.add(c));
    earlier.days.push(...g.days);
    earlier.amounts.push(...g.amounts);
    earlier.reversals += g.reversals;
    earlier.evidence = newest([...earlier.evidence, ...g.evidence]);
  }
  return out;
}

/** The newest lines of two series' merged evidence. */
function newest(lines: EvidenceLine[]): EvidenceLine[] {
  // YYYY-MM-DD (the parsers check it) orders by code unit: no need for localeCompare's collation.
  return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-MAX_EVIDENCE);
}

/** Days since 1970 of a YYYY-MM-DD date, for every payment: cheaper than `Date.parse`. */
function dayNumber(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
}

/** A direct debit that ran twice is a contract; a transfer or card payment must also be regular. */
function toSeries(g: Group, dateOfDeath: string): DetectedSeries | null {
  const order = g.days.map((_, i) => i).sort((a, b) => g.days[a] - g.days[b]);
  const days = order.map((i) => g.days[i]);
  if (days.length < (g.kind === 'direct_debit' ? 2 : 3)) return null;
  const interval = intervalOf(days);
  if (interval === 'irregular' && g.kind !== 'direct_debit') return null;
  const lastDate = isoDay(days[days.length - 1]);
  return {
    key: g.key,
    kind: g.kind,
    counterpartyName: g.name,
    counterpartyIban: g.iban,
    creditorIds: [...g.creditorIds].sort(),
    mandateId: g.mandateId,
    umbrella: g.umbrella,
    interval,
    typicalAmountCents: median(g.amounts),
    currency: g.currency,
    firstDate: isoDay(days[0]),
    lastDate,
    occurrences: days.length,
    reversals: g.reversals,
    ranAfterDeath: lastDate > dateOfDeath,
    evidence: g.evidence,
  };
}

/** The interval whose window holds the median gap and at least three quarters of all gaps. */
export function intervalOf(sortedDays: number[]): Interval {
  const gaps = sortedDays.slice(1).map((d, i) => d - sortedDays[i]).filter((g) => g > 0);
  if (!gaps.length) return 'irregular';
  const mid = median(gaps);
  const window = WINDOWS.find(([, low, high]) => mid >= low && mid <= high);
  if (!window) return 'irregular';
  const inside = gaps.filter((g) => g >= window[1] && g <= window[2]).length;
  return inside * 4 >= gaps.length * 3 ? window[0] : 'irregular';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
