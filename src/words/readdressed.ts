import type { Channel } from '../providers/provider.entity';

/**
 * Where a letter made again after a directory correction of its provider was (README, postfix, printaddress): waiting (for the
 * post or its e-mail), in a print batch downloaded but not posted, or posted to the old address (`postedOn`, written out);
 * `post` its channel; `channel` the channel the directory changed to, if it did.
 */
export interface Readdressed {
  stage: 'waiting' | 'downloaded' | 'posted';
  post: boolean;
  postedOn: string | null;
  channel: Channel | null;
}

/**
 * How the directory's correction of a provider took a letter to it back (README, printaddress, printwords): its address corrected
 * while it waited; its channel changed while it waited; its postal address corrected after its print batch was downloaded.
 */
export type Readdressing = 'address' | 'channel' | 'downloaded';
