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
 *
 * `add` runs for every line of a file, so it makes as little garbage as it can (profiled, see README
 * "Speed and memory"): series are found through maps of the line's own strings rather than a key
 * string made per line, a full evidence list reuses the line object it drops, and dates become day
 * numbers without slicing them.
 */
export class SeriesDetector {
  /** Every series by its key: the key decides what is one series. */
  private readonly groups = new Map<string, Group>();
  /** Direct debits by creditor ID (or name) and mandate, transfers by account (or name), card payments by name: the key's parts, so no key is made per line. */
  private readonly debits = new Map<string, Map<string, Group>>();
  private readonly transfers = new Map<string, Group>();
  private readonly cards = new Map<string, Group>();
  /** Names repeat on every statement line: each is normalised and checked against the PSP list once. */
  private readonly names = new Map<string, { umbrella: string | null; normalised: string }>();
  /** Lines come in date order, mostly many to a date: the last date's day number. */
  private lastDate = '';
  private lastDay = 0;
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
    const group = umbrella ? this.umbrellaGroup(tx, umbrella) : this.group(tx, tx.counterpartyName, counterparty.normalised);
    if (!group) return;
    // One kept copy of the creditor ID per series while it does not change.
    let creditorId = tx.creditorId;
    if (creditorId !== null) {
      if (creditorId === group.lastCreditorId) creditorId = group.lastCreditorId;
      else {
        group.lastCreditorId = creditorId = own(creditorId);
        if (!umbrella) group.creditorIds.add(creditorId);
      }
    }
    const date = tx.bookingDate;
    if (tx.reversal) group.reversals++;
    else {
      group.days.push(date === this.lastDate ? this.lastDay : this.dayOf(date));
      group.amounts.push(tx.amountCents);
    }
    // The newest lines in date order (of one date, the last read), kept as they come: a line older
    // than all of a full list is never made (exports that list the newest first cost nothing here).
    const lines = group.evidence;
    const full = lines.length === MAX_EVIDENCE;
    if (full && date < lines[0].date) return;
    let at = lines.length;
    while (at > 0 && lines[at - 1].date > date) at--;
    // One kept string per date, not one per line: lines come in date order, many to a date, and
    // evidence lives long enough to be promoted (each kept object costs the collector).
    const day = date === this.lastDate ? this.lastDate : own(date);
    const slice = tx.description.slice(0, MAX_DESCRIPTION);
    const previous = lines.length ? lines[lines.length - 1].description : null;
    // Many series repeat one description ("Betaalautomaat", "abonnement"): kept once.
    const description = slice === previous ? previous : own(slice);
    // The series' own mandate string when it is the same (it nearly always is).
    const mandateId = tx.mandateId === group.mandateId ? group.mandateId : ownOrNull(tx.mandateId);
    let line: EvidenceLine;
    if (full) {
      // A full list drops its oldest line, whose object then carries the new one: evidence lives
      // long (until MAX_EVIDENCE newer payments of its series), and an object per payment was most
      // of the collector's work.
      line = lines.shift()!;
      at--;
      line.date = day;
      line.amountCents = tx.amountCents;
      line.reversal = tx.reversal;
      line.creditorId = creditorId;
      line.mandateId = mandateId;
      line.description = description;
      line.location = tx.location;
    } else line = { date: day, amountCents: tx.amountCents, reversal: tx.reversal, creditorId, mandateId, description, location: tx.location };
    // Mostly the newest so far: a push (splice would also make an array of what it removed).
    if (at === lines.length) lines.push(line);
    else lines.splice(at, 0, line);
  }

  /**
   * Direct debits by creditor ID and mandate (or, for a PSP, by the company it collects for);
   * transfers by the receiving account; card payments by the shop's name.
   */
  private group(tx: StatementTransaction, name: string | null, who: string, umbrella: string | null = null): Group | null {
    if (umbrella && tx.kind !== 'transfer') return who ? this.found(`psp:${umbrella.toLowerCase()}:${who}`, tx, name, umbrella) : null;
    switch (tx.kind) {
      case 'direct_debit': {
        if (!tx.creditorId && !tx.mandateId && !who) return null;
        const creditor = tx.creditorId ?? who;
        const mandate = tx.mandateId ?? '';
        let mandates = this.debits.get(creditor);
        if (!mandates) this.debits.set(own(creditor), (mandates = new Map()));
        let group = mandates.get(mandate);
        if (!group) mandates.set(own(mandate), (group = this.found(`dd:${creditor}:${mandate}`, tx, name, umbrella)));
        return group;
      }
      case 'transfer': {
        if (!tx.counterpartyIban && !who) return null;
        const to = normaliseId(tx.counterpartyIban) ?? who;
        let group = this.transfers.get(to);
        if (!group) this.transfers.set(own(to), (group = this.found(`tr:${to}`, tx, name, umbrella)));
        return group;
      }
      case 'card': {
        if (!who) return null;
        let group = this.cards.get(who);
        if (!group) this.cards.set(who, (group = this.found(`card:${who}`, tx, name, umbrella)));
        return group;
      }
      default:
        return null;
    }
  }

  /** A payment a PSP collected: its series is the company's it collected for, read from the line. */
  private umbrellaGroup(tx: StatementTransaction, umbrella: string): Group | null {
    const name = umbrellaMerchant(tx.ultimateName, tx.description);
    return this.group(tx, name, normaliseName(name), umbrella);
  }

  /** The series of `key`, made from its first line when new (keys of different parts may meet: "dd:A:B:C"). */
  private found(key: string, tx: StatementTransaction, name: string | null, umbrella: string | null): Group {
    let group = this.groups.get(key);
    if (!group) {
      group = { key, kind: tx.kind as SeriesKind, name: ownOrNull(name), iban: ownOrNull(tx.counterpartyIban), creditorIds: new Set(), lastCreditorId: null, mandateId: ownOrNull(tx.mandateId), umbrella, currency: own(tx.currency), days: [], amounts: [], reversals: 0, evidence: [] };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Days since 1970 of a YYYY-MM-DD date (the parsers check it), from its digits: no slices, no `Date.parse`. */
  private dayOf(date: string): number {
    const digit = (i: number) => date.charCodeAt(i) - 48;
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const day = Date.UTC(year, digit(5) * 10 + digit(6) - 1, digit(8) * 10 + digit(9)) / DAY;
    this.lastDate = date;
    this.lastDay = day;
    return day;
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

/**
 * A direct debit that ran twice is a contract; a transfer or card payment must also be regular.
 * Sorting is on typed arrays (numeric, in native code: a comparator called per comparison was a
 * twentieth of the import).
 */
function toSeries(g: Group, dateOfDeath: string): DetectedSeries | null {
  if (g.days.length < (g.kind === 'direct_debit' ? 2 : 3)) return null;
  const days = Float64Array.from(g.days).sort();
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
export function intervalOf(sortedDays: ArrayLike<number>): Interval {
  const gaps = new Float64Array(Math.max(0, sortedDays.length - 1));
  let count = 0;
  for (let i = 1; i < sortedDays.length; i++) {
    const gap = sortedDays[i] - sortedDays[i - 1];
    if (gap > 0) gaps[count++] = gap;
  }
  if (!count) return 'irregular';
  const mid = median(gaps.subarray(0, count));
  const window = WINDOWS.find(([, low, high]) => mid >= low && mid <= high);
  if (!window) return 'irregular';
  let inside = 0;
  for (let i = 0; i < count; i++) if (gaps[i] >= window[1] && gaps[i] <= window[2]) inside++;
  return inside * 4 >= count * 3 ? window[0] : 'irregular';
}

function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
