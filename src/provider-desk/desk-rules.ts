import { isISO8601 } from 'class-validator';
import {
  ContractEvent,
  DESK_TAB_LABELS,
  DeskTab,
  type Language,
  INFORMATION_BEING_PREPARED,
  providerAnswerText,
  PROVIDER_ANSWER_EVENTS,
  STEWARD_ANSWER_EVENTS,
} from '../../workflows';
import type { ProviderLetterKind } from '../../letters';
import { providerWords } from '../words';

/** `open` (as documented since the first desk) is everything the provider owes: new and waiting on you. */
export type DeskFilter = DeskTab | 'open' | 'all';

/** The tabs a filter lists. */
export function tabsOf(filter: DeskFilter): DeskTab[] {
  if (filter === 'all') return Object.keys(DESK_TAB_LABELS) as DeskTab[];
  return filter === 'open' ? ['new', 'waiting_on_you'] : [filter];
}

/** The desk's answers by path (web form and API), and the workflow event each one sends. */
export const DESK_ANSWERS = {
  acknowledge: 'ACKNOWLEDGE',
  complete: 'COMPLETE',
  'request-information': 'REQUEST_INFORMATION',
  reject: 'REJECT',
  'credit-note': 'CREDIT_NOTE_SENT',
  'invoice-withdrawn': 'INVOICE_WITHDRAWN',
  'reject-dispute': 'DISPUTE_REJECTED',
} as const satisfies Record<string, ContractEvent['type']>;
export type DeskAnswer = keyof typeof DESK_ANSWERS;
const DISPUTE_ANSWERS: DeskAnswer[] = ['credit-note', 'invoice-withdrawn', 'reject-dispute'];

/**
 * The answers the desk offers: every one the machine accepts now. Whose move it is decides the tab
 * and the "next move" line, not the forms: while Steward gathers what the provider asked for, the
 * provider may still give its final word (complete or reject), so the desk must not hide it.
 */
export function offeredAnswers(accepts: (type: ContractEvent['type']) => boolean): DeskAnswer[] {
  return (Object.keys(DESK_ANSWERS) as DeskAnswer[]).filter((answer) => accepts(DESK_ANSWERS[answer]));
}

/** Whether the offered answers are about a disputed invoice rather than the request itself. */
export const answersDispute = (offered: DeskAnswer[]) => offered.some((a) => DISPUTE_ANSWERS.includes(a));

/** A desk list is ordered by last activity, newest first (ties by id): the cursor is (activity, id). */
export const DESK_CURSOR = ['timestamp', 'uuid'] as const;

/** What a provider's search text asks for: a date of birth, a postcode, a customer or account number, or a name. */
export type DeskSearch = { dateOfBirth: string } | { postcode: string } | { accountNumber: string } | { name: string };

/**
 * Reads the search box as the provider means it: "12-03-1941" or "1941-03-12" is a date of birth,
 * "1234 AB" a postcode, anything else with a digit a customer or account number (names have none).
 */
export function deskSearchOf(text: string): DeskSearch {
  const q = text.trim();
  const dutchDate = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(q);
  const date = dutchDate ? `${dutchDate[3]}-${dutchDate[2].padStart(2, '0')}-${dutchDate[1].padStart(2, '0')}` : q;
  // A date that does not exist (31-02-1941) is no date of birth; it then finds nothing as a number either.
  if (/^\d{4}-\d\d-\d\d$/.test(date) && isISO8601(date, { strict: true })) return { dateOfBirth: date };
  if (/^\d{4}\s?[a-z]{2}$/i.test(q)) return { postcode: q.replace(/\s/g, '').toUpperCase() };
  return /\d/.test(q) ? { accountNumber: q } : { name: q };
}

/** A timeline entry of the contract, as the timeline service lists it. */
export interface ThreadEntry {
  at: string;
  event: string;
  details: Record<string, unknown>;
}
/** An archived letter of the contract (never a family letter: those are about no one contract). */
export interface ThreadLetter {
  id: string;
  kind: ProviderLetterKind;
  status: 'sent' | 'blocked';
  letterDate: string;
  outboxId: string | null;
  enclosureIds: string[];
  /** The agency's copy of a collection stop: addressed to the agency alone, so never in the provider's thread. */
  toAgency: boolean;
}
export interface ThreadDocument {
  id: string;
  kind: string;
  fileName: string;
}
export type ThreadItem =
  | { type: 'letter'; by: 'steward'; date: string; letterId: string; letterKind: string; text: string; enclosures: ThreadDocument[] }
  | { type: 'answer'; by: 'provider' | 'steward'; at: string; event: string; text: string };

/** "Brief van Steward: Herinnering", in the desk reader's language. */
function letterText(kind: ProviderLetterKind, lang: Language): string {
  const { letters } = providerWords(lang);
  return letters.fromSteward(letters.kinds[kind]);
}

/**
 * The whole exchange of one request, in order. Letters are written by the outbox after the
 * transition that asked for them, so each sent letter is placed right after that transition: the
 * n-th letter effect on the timeline is the n-th outbox row among the contract's letters. Only
 * documents the provider may open are listed as enclosures.
 */
export function threadOf(entries: ThreadEntry[], letters: ThreadLetter[], openable: ThreadDocument[], lang: Language): ThreadItem[] {
  const byOutbox = new Map<string, ThreadLetter[]>();
  for (const l of letters) byOutbox.set(l.outboxId ?? '', [...(byOutbox.get(l.outboxId ?? '') ?? []), l]);
  const outboxIds = [...byOutbox.keys()].filter(Boolean).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const documents = new Map(openable.map((d) => [d.id, d]));
  const letterItems = (outboxId: string | undefined): ThreadItem[] =>
    (outboxId === undefined ? [] : byOutbox.get(outboxId) ?? [])
      // Filtered here, not before: each transition's letter effects still take their outbox ids in order.
      .filter((l) => l.status === 'sent' && !l.toAgency)
      .map((l) => ({
        type: 'letter', by: 'steward', date: l.letterDate, letterId: l.id, letterKind: l.kind, text: letterText(l.kind, lang),
        enclosures: l.enclosureIds.flatMap((id) => (documents.has(id) ? [documents.get(id)!] : [])),
      }));
  const items: ThreadItem[] = [];
  for (const entry of entries) {
    const letterEffects = ((entry.details.effects ?? []) as string[]).filter((e) => e === 'letter').length;
    const sent = Array.from({ length: letterEffects }, () => outboxIds.shift()).flatMap(letterItems);
    const party = PROVIDER_ANSWER_EVENTS.includes(entry.event) ? 'provider' : STEWARD_ANSWER_EVENTS.includes(entry.event) ? 'steward' : null;
    // Information supplied is said (and the owner's answer quoted) once its letter went out: until then it may be held back.
    if (party) {
      const text = entry.event === 'INFORMATION_SUPPLIED' && !sent.length ? INFORMATION_BEING_PREPARED[lang] : providerAnswerText(entry.event, (entry.details.event ?? {}) as Record<string, unknown>, lang);
      items.push({ type: 'answer', by: party, at: entry.at, event: entry.event, text });
    }
    items.push(...sent);
  }
  // Letters no transition accounts for (none today) still belong to the exchange.
  for (const outboxId of [...outboxIds, '']) items.push(...letterItems(outboxId));
  return items;
}
