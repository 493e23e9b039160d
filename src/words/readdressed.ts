import { listed } from '../../workflows/wording';
import type { Channel } from '../providers/provider.entity';

/**
 * Where a letter to a provider whose directory entry was corrected was (README, postfix, printaddress, printrest): waiting (for the
 * post or its e-mail), in a print batch downloaded but not posted, or gone to the old address (`postedOn`, written out: posted, or
 * delivered by e-mail when `post` is false); `post` its channel; `channel` the channel the directory changed to, if it did.
 * `notAgain`: a letter gone that is not made again (printrest): what it asked was answered or moved on since, or it went more than
 * `days` before the correction (`READDRESS_POSTED_DAYS` as it was then), or a later letter about the request followed it (`followed`,
 * README printaddr: its title, if known, and date, written out; that one is judged on its own line); null when it was made again.
 * `restored` (README slipback, printrest2): a letter made again for an earlier correction, not made anew because the directory has the
 * address again that an earlier copy (dated `letterDate`) reached on `postedOn`, both written out: set apart if it had not gone, told
 * if it went to the slip.
 */
export interface Readdressed {
  stage: 'waiting' | 'downloaded' | 'posted';
  post: boolean;
  postedOn: string | null;
  channel: Channel | null;
  notAgain: { why: 'answered' } | { why: 'older'; days: number } | { why: 'followed'; title: string | null; letterDate: string } | { why: 'restored'; letterDate: string; postedOn: string } | null;
}

/**
 * How the directory's correction of a provider took a letter to it back (README, printaddress, printwords): its address corrected
 * while it waited; its channel changed while it waited; its postal address corrected after its print batch was downloaded; its postal
 * address corrected back, while it waited, to where an earlier copy went (README slipback: not made anew); the same after its print batch
 * was downloaded (README printrest2).
 */
export type Readdressing = 'address' | 'channel' | 'downloaded' | 'restored' | 'restoredDownloaded';

/**
 * A directory correction's row on Today as the words say it (README, printaddr, printrest2): which of the provider's addresses the
 * letters went to, how many were made again or not, and each letter (`title` in the reader's words, the contract's `description`);
 * `letters` null on a row written before they were kept.
 */
export interface ReaddressNoticeSaid {
  post: boolean;
  email: boolean;
  remade: number;
  notAgain: number;
  letters: { description: string; title: string | null; remade: boolean }[] | null;
}

/** How many letters Today names in one part of a row; the rest are counted („en 2 meer”): the history names each. */
const NAMED_ON_TODAY = 3;

/** Up to `NAMED_ON_TODAY` of `named`, listed, and how many more (`more`, in the reader's words). */
export const namedOnToday = (named: string[], more: (rest: number) => string, lang: 'nl' | 'en'): string =>
  listed(named.length > NAMED_ON_TODAY ? [...named.slice(0, NAMED_ON_TODAY), more(named.length - NAMED_ON_TODAY)] : named, lang);
