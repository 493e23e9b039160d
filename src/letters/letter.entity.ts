import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Address, LintViolation, StatedFacts } from '../../letters';
import type { DocumentAudience } from '../documents/document-audience';
import type { FamilyMember } from '../estates/family-member.entity';
import { dutchDate } from '../clock/clock';

export interface LetterEffect {
  instanceId: string;
  payload: Record<string, unknown>;
  /** The provider's term the letter printed ("uiterlijk …"), when it printed one: by post, the term once it is posted (`startTermsOf`). */
  dueDate?: string;
  /** What it printed of the facts a later correction names it for (`SentLetter.stated`): written when it was, not as the correction found them. */
  stated?: StatedFacts;
  /** A letter of `NAMED_AS_KNOWN`: the contract its subject named, as the provider knew it then (`ComposedLetter.named`), for its title. */
  named?: Pick<StatedFacts, 'description' | 'accountNumber'>;
  /**
   * pickwords: her words for each "overig" document it carried, by document id, as they stood when it was made: the desk's thread
   * names its enclosures so after she corrects them (`threadOf`). Absent on letters made before; an "overig" one without words has no key.
   */
  described?: Record<string, string>;
  /** When it was made, by Steward's clock (ISO): an e-mail is "being sent" for `SENDING_GRACE_MS` from then (`stillBeingSent`). Older letters have none (`setOutAt`). */
  madeAt?: string;
}

/** A letter as archived on the estate: its final PDF and checksum, or why it was blocked. */
@Entity('letters')
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  @Column({ type: 'bigint', nullable: true })
  outboxId: string | null;

  /** The effect the letter was produced from: a retry produces it again from this, not from the (prunable) outbox row. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  effect: LetterEffect | null;

  @Column()
  kind: string;

  @Column({ type: 'text' })
  language: 'nl' | 'en';

  @Column({ type: 'text' })
  status: 'sent' | 'blocked';

  @Column()
  urgent: boolean;

  @Column({ type: 'date' })
  letterDate: string;

  @Column()
  recipient: string;

  /** The case owner who signed it: a later letter names a colleague's letter as theirs (README, Handovers → letters). */
  @Column({ type: 'uuid', nullable: true })
  signedById: string | null;

  @Column()
  subject: string;

  @Column()
  bodyText: string;

  @Column({ type: 'jsonb' })
  violations: LintViolation[];

  /** Who in the family may read it (letter-audience.ts); the case owner reads every letter. */
  @Column({ type: 'text', default: 'family' })
  audience: DocumentAudience;

  /** The relative whose particulars it prints as the new holder: they read it whatever its audience. */
  @Column({ type: 'uuid', nullable: true })
  newHolderId: string | null;

  /** The relative a report to the family is addressed to; null for a provider's letter and for a report to the family as a whole. */
  @Column({ type: 'uuid', nullable: true })
  addresseeId: string | null;

  @Column('uuid', { array: true })
  enclosureIds: string[];

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Column({ type: 'int', nullable: true })
  sizeBytes: number | null;

  @Column({ type: 'text' })
  channel: 'portal' | 'email' | 'post' | 'family';

  /** The email address of the email channel: the provider's contact point, or a collection agency. */
  @Column({ type: 'text', nullable: true })
  deliveryAddress: string | null;

  /** The postal address a letter by post was printed for (README, printaddr); null for another channel and for letters made before it was kept. */
  @Column({ type: 'jsonb', nullable: true })
  postalAddress: Address | null;

  @Column({ type: 'text' })
  deliveryStatus: 'not_applicable' | 'pending' | 'delivered' | 'failed' | 'queued_for_print' | 'printed' | 'posted';

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /**
   * When a worker started sending it by e-mail, committed before the SMTP exchange (`LettersService.deliver`; README,
   * sendingmark): from then it may be with the provider, so it is no longer set apart.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sendingStartedAt: Date | null;

  /** Pages in its print batch: the letter and the enclosures behind it (post only). */
  @Column({ type: 'int', nullable: true })
  printPages: number | null;

  @Column({ type: 'text', nullable: true })
  deliveryError: string | null;

  /** A report that reached nobody (`reportNotSentBecause`), passed on by the owner another way: when, by whom, how, and her note. */
  @Column({ type: 'timestamptz', nullable: true })
  passedOnAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  passedOnById: string | null;

  /** Her name as it was then, as the timeline keeps an actor's. */
  @Column({ type: 'text', nullable: true })
  passedOnByName: string | null;

  @Column({ type: 'text', nullable: true })
  passedOnHow: PassedOnHow | null;

  @Column({ type: 'text', nullable: true })
  passedOnNote: string | null;

  /** returnedpost: the day a letter by post came back undelivered, as the owner recorded it (`RETURNED_BY_POST`), and why if the envelope said. */
  @Column({ type: 'date', nullable: true })
  returnedOn: string | null;

  @Column({ type: 'text', nullable: true })
  returnedReason: string | null;

  /** returneddismiss: the day the owner recorded the return; Today counts its four weeks from it (a return recorded late still shows). */
  @Column({ type: 'date', nullable: true })
  returnRecordedOn: string | null;

  /** returneddismiss: when and by whom the owner recorded that she checked the address of a letter that came back; it then leaves Today. */
  @Column({ type: 'timestamptz', nullable: true })
  returnCheckedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  returnCheckedBy: string | null;

  /** returnedpages: her name, as she was then, for the pages' „Adres gecontroleerd door … op …" (as `passedOnByName`). */
  @Column({ type: 'text', nullable: true })
  returnCheckedByName: string | null;

  /** stop70mends: whether `markReturned` had it made anew (its step still stood), so Today says so before the new letter is made. */
  @Column({ type: 'boolean', nullable: true })
  returnRemade: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** How the owner passed on a report the portal could not deliver. */
export const PASSED_ON_WAYS = ['phone', 'in_person', 'post'] as const;
export type PassedOnHow = (typeof PASSED_ON_WAYS)[number];

/** A letter by post not yet marked posted (waiting for the print batch, or printed): it has not reached its addressee. */
export const awaitsPost = (l: Pick<Letter, 'channel' | 'deliveryStatus'>): boolean => l.channel === 'post' && l.deliveryStatus !== 'posted' && l.deliveryStatus !== 'failed';
/**
 * A letter not with its addressee (`UNDELIVERED` in SQL): an e-mail not delivered yet (its first attempt still to come, being
 * retried, or parked) — only a delivered e-mail is with the provider, as only a posted letter is — or a letter by post set
 * apart unprinted because the term it printed had passed when its batch was downloaded (`PrintBatchesService.pdf`; made anew).
 * Made and dated, but not with the provider.
 */
export const undelivered = (l: { channel: string; deliveryStatus: string }): boolean => l.deliveryStatus === 'failed' || (l.channel === 'email' && l.deliveryStatus === 'pending');
/**
 * How long an e-mail may take to reach its provider before readers say it did not: the worker sends it within seconds of
 * its step, and a failure is retried 30 s, 1, 2, 4 and 8 minutes later (`DEFAULT_RETRY`, about a quarter of an hour to
 * parked). Calling an e-mail seconds old "nog niet bezorgd" alarms for nothing; one still waiting after this is stuck
 * (worker down, a backlog, a crashed claim) and is said so.
 */
export const SENDING_GRACE_MS = 15 * 60_000;

/**
 * Whether an e-mail to a provider that is not delivered yet reads as being sent ("wordt verstuurd") rather than not delivered
 * ("nog niet bezorgd"): it has not failed (a refusal, or its effect parked) and it is waiting less than `SENDING_GRACE_MS` since
 * `since` (`setOutAt`, or when its making became due). The one rule of every reader (`LettersService.requestLetterStandings`,
 * the owner's history, and the letter lists: `beingSent`).
 */
export const stillBeingSent = (failed: boolean, since: Date, now: Date): boolean => !failed && now.getTime() - since.getTime() < SENDING_GRACE_MS;
/**
 * When a made e-mail set out: when it was made (`LetterEffect.madeAt`), or, made by a build before that was recorded, when its
 * row was created (the same moment, by the database's clock): such a letter is not taken for an old one the moment it is read.
 */
export const setOutAt = (madeAt: string | null | undefined, createdAt: Date): Date => (madeAt ? new Date(madeAt) : createdAt);
/** A letter of a list (the estate's letters, the contract's) that is an e-mail on its way: its delivery reads "wordt verstuurd", not "nog niet bezorgd". */
export const beingSent = (l: Pick<Letter, 'channel' | 'deliveryStatus' | 'createdAt'> & { madeAt: string | null | undefined }, now: Date): boolean =>
  l.channel === 'email' && l.deliveryStatus === 'pending' && stillBeingSent(false, setOutAt(l.madeAt, l.createdAt), now);
/**
 * Why a letter by post was set apart before it went out (`delivery_error`): a fact it prints was corrected while it waited
 * unprinted; a request is made anew, a correction letter gives way to a later one (`PrintBatchesService.remakeCorrected`,
 * `setApartOvertakenCorrections`).
 */
export const CORRECTED_BEFORE_POST = 'corrected before it went out: made anew';

/**
 * Why a letter to a provider was set apart and made anew when the directory corrected the provider (README, postfix, printaddress,
 * printwords): its postal or e-mail address while it waited; the channel alone while it waited; its postal address after the owner
 * downloaded its print batch, before she posted it (it may be printed, but it did not go). Nothing of the estate was corrected: the
 * history says which of these happened, not "a fact in it was corrected".
 */
export const READDRESSED_BEFORE_POST = 'address corrected in the directory before it went out: made anew';
export const RECHANNELLED_BEFORE_POST = 'channel changed in the directory before it went out: made anew';
export const READDRESSED_AFTER_DOWNLOAD = 'address corrected in the directory after its batch was downloaded: made anew';
/**
 * Why a letter by post made again for a corrected address was set apart before it went out, and not made anew (README, slipback): the
 * directory was corrected back to the address an earlier copy of it was posted to, so the provider has that one and this would be a
 * second copy.
 */
export const RESTORED_BEFORE_POST = 'address corrected back to where an earlier copy went, before it went out: not sent';
/** The same, for one in a print batch the owner downloaded but did not post (README, printrest2): the batch asks to be downloaded again. */
export const RESTORED_AFTER_DOWNLOAD = 'address corrected back to where an earlier copy went, after its batch was downloaded: not sent';
/** Every reason a letter was set apart to be made anew for a correction (of the record, or of the directory): none of them went out. */
export const CORRECTED_AND_REMADE = [CORRECTED_BEFORE_POST, READDRESSED_BEFORE_POST, RECHANNELLED_BEFORE_POST, READDRESSED_AFTER_DOWNLOAD];

/**
 * Why an e-mail is neither delivered nor failed (`delivery_error`, its status `pending`): an attempt sent the whole message and the
 * mail server never answered it (`UnconfirmedDelivery`), so it may have arrived. It stays so until one is confirmed: it goes again
 * as it was, with its Message-ID, never made anew as one that surely did not arrive (audit82 SMTP-2).
 */
export const UNCONFIRMED_DELIVERY = 'sent whole, not confirmed by the mail server: it may have arrived';
/** An e-mail that may have arrived (`UNCONFIRMED_DELIVERY`), not confirmed yet: its list says so, not "wordt verstuurd". */
export const mayHaveArrived = (l: { deliveryStatus: string; deliveryError?: string | null }): boolean => l.deliveryStatus === 'pending' && l.deliveryError === UNCONFIRMED_DELIVERY;

/** Why an objection by post was set apart before it went out: the owner settled its bill meanwhile (`PrintBatchesService.setApartObjections`). */
export const SETTLED_BEFORE_POST = 'bill settled before it went out: not sent';

/** Why an objection by post was set apart before it went out: the provider's answer to its bill was recorded meanwhile (README, setapartrest). */
export const ANSWERED_BEFORE_POST = 'bill answered before it went out: not sent';

/**
 * Why a bank's reminder of the release was set apart before it went out (README, reminderpost): the owner took back the block it
 * restated while it waited for the post (unprinted, or in a batch downloaded but not posted) or for its e-mail's sending. The bank
 * never read it, so no withdrawal of it goes (`PrintBatchesService.setApartReminder`).
 */
export const TAKEN_BACK_BEFORE_POST = 'block taken back before it went out: not sent';

/**
 * collrest: why a letter asking an agency to close its file (`collection_ended`) was set apart before it went out: the agency wrote
 * again about the claim (a new collection letter recorded) while it waited for the post or its e-mail's sending. Asking it to close
 * its file beside our new stop would no longer be what we ask (`PrintBatchesService.setApartCollectionEnded`).
 */
export const COLLECTED_AGAIN_BEFORE_POST = 'collected again before it went out: not sent';

/**
 * deskundo: why a letter telling an agency the collection ended (`collection_ended`, a bill dropped) was set apart before it went out:
 * the drop was undone while it waited for the post or its e-mail's sending. The agency never read it, so no correction follows it.
 */
export const DROP_UNDONE_BEFORE_POST = 'drop undone before it went out: not sent';

/**
 * agencylang3: why a letter to an agency was set apart before it went out: the owner corrected the language of the agency's letter
 * while ours waited for the post or its e-mail's sending; our stop goes in the corrected language instead (`correctCollectionNoticeAsked`).
 */
export const LANGUAGE_CORRECTED_BEFORE_POST = "agency's language corrected before it went out: sent in that language instead";

/**
 * A letter by e-mail set apart before its sending started: an objection (README, sendingmark), a complaint withdrawn by a correction
 * (README, collectionwords). Its sending, claimed or not, sends nothing.
 */
export const SET_APART_BEFORE_SENDING = [SETTLED_BEFORE_POST, ANSWERED_BEFORE_POST, TAKEN_BACK_BEFORE_POST, CORRECTED_BEFORE_POST, READDRESSED_BEFORE_POST, RECHANNELLED_BEFORE_POST, READDRESSED_AFTER_DOWNLOAD, RESTORED_BEFORE_POST, RESTORED_AFTER_DOWNLOAD, COLLECTED_AGAIN_BEFORE_POST, DROP_UNDONE_BEFORE_POST, LANGUAGE_CORRECTED_BEFORE_POST];

/** Why a letter by post was set apart when its batch was downloaded: the term it printed had passed (`PrintBatchesService.pdf`); it is made anew. */
export const TERM_PASSED_BEFORE_PRINTING = 'term passed before printing';

/**
 * returnedpost (audit102 F1): why a posted letter is `failed`: it came back undelivered (`returnedOn`, `returnedReason`). It went, so it is
 * not set apart (`setApartReason` null); made anew at once (`LettersService.markReturned`), its term restarted from the new letter.
 */
export const RETURNED_BY_POST = 'returned by post: not delivered';

/** returnedtoday: how many days from the day she recorded it a letter that came back stays on Today while the letter made anew has not gone and she has not checked the address (four weeks: a fresh return, not history). */
export const RETURNED_ON_TODAY_DAYS = 28;

/**
 * Why the owner may not record a letter as come back, or null when she may: only a letter by post that was posted and did not come back
 * before; not before the day it was posted, not after today (ISO dates).
 */
export function returnRefusal(l: Pick<Letter, 'channel' | 'status' | 'deliveryStatus' | 'deliveredAt' | 'returnedOn'>, returnedOn: string, today: string): 'not-posted' | 'returned-already' | 'before-posting' | 'in-the-future' | null {
  if (l.returnedOn) return 'returned-already';
  if (l.channel !== 'post' || l.status !== 'sent' || l.deliveryStatus !== 'posted' || !l.deliveredAt) return 'not-posted';
  if (returnedOn > today) return 'in-the-future';
  if (returnedOn < dutchDate(l.deliveredAt)) return 'before-posting';
  return null;
}

/** returneddismiss: why the owner may not record that she checked the address of a letter that came back, or null when she may. */
export function returnCheckRefusal(l: Pick<Letter, 'returnedOn' | 'returnCheckedAt'>): 'not-returned' | 'checked-already' | null {
  if (!l.returnedOn) return 'not-returned';
  return l.returnCheckedAt ? 'checked-already' : null;
}

/** Why a letter set apart (its dates passed) was not made anew: its step was answered or overtaken since (`LettersService.remake`). */
export const NOT_REMADE = 'answered since: not made anew';

/** Why a letter was set apart before it went out, in the owner's catalogue's keys (`estate.setApartBecause`): each its own true words. */
export type SetApartReason = 'settled' | 'answered' | 'takenBack' | 'corrected' | 'readdressed' | 'rechannelled' | 'readdressedAfterDownload' | 'restored' | 'restoredAfterDownload' | 'collectedAgain' | 'dropUndone' | 'languageCorrected' | 'termPassed' | 'notRemade';
const SET_APART_REASONS = new Map<string, SetApartReason>([
  [SETTLED_BEFORE_POST, 'settled'], [ANSWERED_BEFORE_POST, 'answered'], [TAKEN_BACK_BEFORE_POST, 'takenBack'], [CORRECTED_BEFORE_POST, 'corrected'],
  [READDRESSED_BEFORE_POST, 'readdressed'], [RECHANNELLED_BEFORE_POST, 'rechannelled'], [READDRESSED_AFTER_DOWNLOAD, 'readdressedAfterDownload'],
  [RESTORED_BEFORE_POST, 'restored'], [RESTORED_AFTER_DOWNLOAD, 'restoredAfterDownload'], [COLLECTED_AGAIN_BEFORE_POST, 'collectedAgain'], [DROP_UNDONE_BEFORE_POST, 'dropUndone'],
  [LANGUAGE_CORRECTED_BEFORE_POST, 'languageCorrected'],
]);
/**
 * deliverywords: why a failed letter never left the office (null: it went, or may have). Every `SET_APART_BEFORE_SENDING` reason, by post
 * or by e-mail (set apart before its sending started); a letter by post whose term passed before printing, made anew or not (`NOT_REMADE`).
 * An e-mail not made anew (`NOT_REMADE`) was sent and did not arrive: „niet bezorgd" is true of it.
 */
export function setApartReason(l: { channel?: string; deliveryStatus: string; deliveryError: string | null }): SetApartReason | null {
  if (l.deliveryStatus !== 'failed' || !l.deliveryError) return null;
  if (l.channel === 'post' && l.deliveryError === TERM_PASSED_BEFORE_PRINTING) return 'termPassed';
  if (l.channel === 'post' && l.deliveryError === NOT_REMADE) return 'notRemade';
  return SET_APART_REASONS.get(l.deliveryError) ?? null;
}

/**
 * A letter by post made but with no envelope yet (README, queuedfix): queued for the next batch, or in a batch whose PDF
 * nobody downloaded (a batch is printed when its PDF is first handed out). `l` a letter. One rule for what a correction
 * makes again or sets apart and for what the contract page's correction form says it will do.
 */
export const WAITING_UNPRINTED = `l.status = 'sent' AND l.channel = 'post'
  AND (l.delivery_status = 'queued_for_print' OR (l.delivery_status = 'printed' AND NOT EXISTS (SELECT 1 FROM print_batches b WHERE b.id = l.print_batch_id AND b.printed_at IS NOT NULL)))`;

/**
 * A letter by e-mail made and waiting for its sending, which has not started (`sending_started_at`, README sendingmark): a worker
 * may have claimed it, but it finds the letter set apart when it comes to start (`LettersService.deliver`), so the provider never
 * has it, as one waiting for the post unprinted. `l` a letter. One rule for every path that sets a letter apart (README queryplans).
 */
export const EMAIL_NOT_STARTED = `l.status = 'sent' AND l.channel = 'email' AND l.delivery_status = 'pending' AND l.sending_started_at IS NULL`;

/** `undelivered` in SQL, of a letter aliased `l`: the predicate of `letters_undelivered_idx` (migration 1763810100000), written alike so the planner uses it. */
export const UNDELIVERED = (l = 'l') => `(${l}.delivery_status = 'failed' OR (${l}.channel = 'email' AND ${l}.delivery_status = 'pending'))`;

/** Why a sent letter did not reach its addressee after all: a report to a relative whose portal access is withdrawn (`reportNotSentBecause`). */
export type NotSentBecause = 'portal-access-withdrawn';

/**
 * A report placed in the portal while its addressee's access stood withdrawn — a withdrawal that still lasts — was e-mailed to
 * nobody and cannot be opened by them: the owner hands it on. Said from the withdrawal alone (no column): a withdrawal after
 * the report was placed came after its e-mail, and a new invitation gives the portal, and the report in it, back.
 */
export function reportNotSentBecause(l: Pick<Letter, 'addresseeId' | 'status' | 'deliveredAt'>, addressee: Pick<FamilyMember, 'accessWithdrawnAt'> | undefined): NotSentBecause | null {
  if (!l.addresseeId || l.status !== 'sent' || !l.deliveredAt || !addressee?.accessWithdrawnAt) return null;
  return addressee.accessWithdrawnAt <= l.deliveredAt ? 'portal-access-withdrawn' : null;
}

/** The letter made anew from one that did not arrive: its id and the date it bears. */
export interface Replacement {
  letterId: string;
  letterDate: string;
}

/**
 * Which e-mails that did not arrive and letters by post set apart before the post (`failed`) were made anew (`retryOf`,
 * `LettersService.remake`), by the letter made from each (audit80 SMTP-1; audit96: a letter by post whose term passed before
 * printing): such a letter will never be delivered, so the lists say it was replaced rather than "niet bezorgd" for ever.
 * `letters`: those that may be either (a contract's letters, or a page's failed letters with the letters made from them).
 */
export const remadeFrom = (l: Pick<Letter, 'status' | 'deliveryStatus'>): boolean => l.status === 'sent' && l.deliveryStatus === 'failed';
export function replacedBy(letters: (Pick<Letter, 'id' | 'status' | 'channel' | 'deliveryStatus' | 'letterDate'> & { retryOf: string | null })[]): Map<string, Replacement> {
  const failed = new Set(letters.filter(remadeFrom).map((l) => l.id));
  return new Map(letters.flatMap((l) => (l.retryOf && failed.has(l.retryOf) ? [[l.retryOf, { letterId: l.id, letterDate: l.letterDate }] as const] : [])));
}

