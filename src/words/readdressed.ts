import type { Channel } from '../providers/provider.entity';

/**
 * Where a letter to a provider whose directory entry was corrected was (README, postfix, printaddress, printrest): waiting (for the
 * post or its e-mail), in a print batch downloaded but not posted, or gone to the old address (`postedOn`, written out: posted, or
 * delivered by e-mail when `post` is false); `post` its channel; `channel` the channel the directory changed to, if it did.
 * `notAgain`: a letter gone that is not made again (printrest): what it asked was answered or moved on since, or it went more than
 * `days` before the correction (`READDRESS_POSTED_DAYS` as it was then), or a later letter about the request followed it (`followed`,
 * README printaddr: its title, if known, and date, written out; that one is judged on its own line); null when it was made again.
 */
export interface Readdressed {
  stage: 'waiting' | 'downloaded' | 'posted';
  post: boolean;
  postedOn: string | null;
  channel: Channel | null;
  notAgain: { why: 'answered' } | { why: 'older'; days: number } | { why: 'followed'; title: string | null; letterDate: string } | null;
}

/**
 * How the directory's correction of a provider took a letter to it back (README, printaddress, printwords): its address corrected
 * while it waited; its channel changed while it waited; its postal address corrected after its print batch was downloaded.
 */
export type Readdressing = 'address' | 'channel' | 'downloaded';
