import { dutchDate } from '../clock/clock';
import { longDate } from '../../workflows';
import { humanDate } from '../web/html';
import { type Lang, ownerWords } from '../words';
import { type Letter, mayHaveArrived, type NotSentBecause, type Replacement, setApartReason } from './letter.entity';

/** estatebutton: the colleague whose downloaded, unposted print batch holds a contract's letter (`letterId`), and when she downloaded it. */
export type ColleaguesBatch = { letterId: string; holderName: string; downloadedAt: Date };

/**
 * Where a sent letter's delivery stands; a letter by post with the day its batch went into the mail, an e-mail delivered on a
 * later day than its date with that day (a resend after a crash goes unchanged, `LettersService.deliver`: its date is not when it arrived),
 * an e-mail on its way as being sent (`beingSent`, the contract's and Today's rule) and only after that as not delivered yet; one
 * the mail server had whole and never answered as one that may have arrived (audit82 SMTP-2). Her pages and her API (`letterView`'s
 * `deliveryText`, engdesk: audit96 F2) say it alike; `deliveryError` beside it stays the internal reason clients match on.
 */
export function deliveryText(lang: Lang, letter: { channel?: string; deliveryStatus: string; deliveryError: string | null; deliveredAt: Date | string | null; letterDate: string; beingSent: boolean; replacedBy?: Replacement | null; inColleaguesBatch?: ColleaguesBatch | null } & ReturnFacts, addressee?: string): string {
  if (letter.returnedOn) return returnedText(lang, { ...letter, returnedOn: letter.returnedOn });
  // estatebutton: printed in a colleague's batch she has not marked posted: whose, not „klaar voor de post" (she may have posted it).
  if (letter.inColleaguesBatch) return inColleaguesBatchText(lang, letter.inColleaguesBatch);
  // Made anew, it will never arrive: not "niet bezorgd" for ever (audit80 SMTP-1).
  // A letter by post set apart before the post never went: „niet verstuurd", not „niet bezorgd" (audit96).
  if (letter.replacedBy) return (letter.channel === 'post' ? ownerWords(lang).estate.remadeUnsent : ownerWords(lang).estate.remadeAs)(humanDate(letter.replacedBy.letterDate, lang));
  if (mayHaveArrived(letter)) return ownerWords(lang).estate.mayHaveArrived;
  // Set apart and not made anew, it never left the office: „niet verstuurd" and why, not „niet bezorgd" (deliverywords).
  const w = ownerWords(lang).estate;
  // digest3: `addressee` (her API; her pages name it in the row beside) says whom it did or did not reach: „niet bezorgd bij KPN";
  // audit101rest: and whose address or letter set it apart („het adres van KPN"), and to whom it was posted.
  const setApart = setApartReason(letter);
  const named = setApart && addressee && Object.hasOwn(w.setApartNamed, setApart) ? w.setApartNamed[setApart as keyof typeof w.setApartNamed] : undefined;
  if (setApart) return named ? named(addressee!) : w.setApartBecause[setApart];
  if (letter.beingSent) return w.beingSent;
  if (letter.deliveryStatus === 'posted' && letter.deliveredAt) {
    const postedOn = humanDate(new Date(letter.deliveredAt).toISOString(), lang);
    return addressee ? w.postedToOn(addressee, postedOn) : w.postedOn(postedOn);
  }
  const deliveredOn = letter.deliveryStatus === 'delivered' && letter.deliveredAt ? dutchDate(new Date(letter.deliveredAt)) : null;
  if (deliveredOn && deliveredOn !== letter.letterDate) return addressee ? w.deliveredToOn(addressee, humanDate(deliveredOn, lang)) : w.deliveredOn(humanDate(deliveredOn, lang));
  const to = addressee && Object.hasOwn(w.deliveryTo, letter.deliveryStatus) ? w.deliveryTo[letter.deliveryStatus] : undefined;
  return to ? to(addressee!) : (w.delivery[letter.deliveryStatus] ?? letter.deliveryStatus);
}

/** returnedpages: what a letter's line knows of its return: the day and why, whether it is made anew, and who checked the address when. */
type ReturnFacts = { returnedOn?: string | null; returnedReason?: string | null; returnRemade?: boolean | null; returnCheckedAt?: Date | string | null; returnCheckedByName?: string | null };

/**
 * returnedpost: it went and came back: „teruggekomen op …", made anew or not (audit102 F1); returnedpages: until the new letter exists,
 * that it is being made (as Today's row), and once she checked the address, by whom and on which (Dutch) day.
 */
function returnedText(lang: Lang, letter: ReturnFacts & { returnedOn: string; replacedBy?: Replacement | null }): string {
  const w = ownerWords(lang).estate;
  const remadeOn = letter.replacedBy ? humanDate(letter.replacedBy.letterDate, lang) : null;
  const returned = w.returned(humanDate(letter.returnedOn, lang), letter.returnedReason ?? null, remadeOn, letter.returnRemade === true);
  const checkedOn = letter.returnCheckedAt ? dutchDate(new Date(letter.returnCheckedAt)) : null;
  return checkedOn ? `${returned}. ${w.returnChecked(letter.returnCheckedByName ?? '', humanDate(checkedOn, lang))}` : returned;
}

/**
 * `beingSent`: the list's reading of an e-mail not delivered yet (`beingSent` above), for the API and the pages alike; `replacedBy`: the letter
 * made anew from it (`replacedBy`). `deliveryText`: where a sent letter's delivery stands in the owner's words, as her pages say it (engdesk,
 * audit96 F2); `deliveryError` stays the internal English reason („term passed before printing", an SMTP answer) that clients match on.
 */
export function letterView(l: Letter & { notSentBecause?: NotSentBecause | null; beingSent: boolean; replacedBy?: Replacement | null; inColleaguesBatch?: ColleaguesBatch | null }, lang: Lang) {
  return {
    id: l.id,
    estateId: l.estateId,
    contractId: l.contractId,
    kind: l.kind,
    language: l.language,
    status: l.status,
    urgent: l.urgent,
    letterDate: l.letterDate,
    recipient: l.recipient,
    subject: l.subject,
    violations: l.violations,
    sha256: l.sha256,
    sizeBytes: l.sizeBytes,
    channel: l.channel,
    deliveryStatus: l.deliveryStatus,
    beingSent: l.beingSent,
    deliveredAt: l.deliveredAt?.toISOString() ?? null,
    deliveryError: l.deliveryError,
    deliveryText: l.status === 'sent' ? deliveryText(lang, l, l.recipient) : null,
    replacedBy: l.replacedBy ?? null,
    pdfUrl: l.status === 'sent' ? `/api/v1/letters/${l.id}/pdf` : null,
    notSentBecause: l.notSentBecause ?? null,
    // returneddismiss: `addressCheckedAt` once she recorded that she checked the address (it then left Today); returnedpages: by whom
    // (`addressCheckedBy`), and whether it is made anew (`remade`: until `replacedBy` is set, it is being made).
    returned: l.returnedOn ? { on: l.returnedOn, reason: l.returnedReason, remade: l.returnRemade === true, addressCheckedAt: l.returnCheckedAt?.toISOString() ?? null, addressCheckedBy: l.returnCheckedByName ?? null } : null,
    passedOn: l.passedOnAt ? { at: l.passedOnAt.toISOString(), by: l.passedOnByName, how: l.passedOnHow, note: l.passedOnNote } : null,
  };
}

/** handover3, estatepage: the letters of an estate in a colleague's downloaded, unposted batch (`InOthersBatch`), as Today and the estate's headline say it. */
export function othersBatchText(lang: Lang, batch: { letterCount: number; holderName: string; date: string }): string {
  return ownerWords(lang).today.inOthersBatch(batch.letterCount, batch.holderName, longDate(batch.date, lang));
}

/** estatepage: `GET /estates/{id}`'s `lettersInOthersBatches[]`, the rows the estate page's headline names. */
export function othersBatchView(batch: { batchId: string; holderName: string; date: string; letterCount: number; letterIds: string[]; downloadedAt: Date }, lang: Lang) {
  const { batchId, holderName, date, letterCount, letterIds } = batch;
  return { batchId, holderName, date, downloadedOn: dutchDate(new Date(batch.downloadedAt)), letterCount, letterIds, statusText: othersBatchText(lang, batch) };
}

/**
 * estatepage: where the estate page says a letter in a colleague's downloaded batch is, not „klaar voor de post": on the letter's line
 * (`inColleaguesBatch`), or after its contract's status (`letterInColleaguesBatch`).
 */
export function inColleaguesBatchText(lang: Lang, batch: { holderName: string; downloadedAt: Date }, where: 'inColleaguesBatch' | 'letterInColleaguesBatch' = 'inColleaguesBatch'): string {
  return ownerWords(lang).estate[where](batch.holderName, humanDate(dutchDate(new Date(batch.downloadedAt)), lang));
}
