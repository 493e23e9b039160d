import { type ArchivedSending, sentOn } from './request-history';

/**
 * The day a later letter names an earlier letter of ours by (README, Letters → later letters): a letter by post
 * bears the day it was written but leaves with its print batch, so it is named by the day that batch was marked
 * posted, and not at all before; an e-mail only once delivered.
 */
describe('the day a letter of ours went out, as a later letter names it', () => {
  const written = '2026-12-03';
  const letter = (channel: string, deliveryStatus: string, deliveredAt: string | null): ArchivedSending => ({ channel, deliveryStatus, letterDate: written, deliveredAt: deliveredAt ? new Date(deliveredAt) : null });

  it.each([
    ['by email: its date', letter('email', 'delivered', '2026-12-03T10:00:00Z'), '2026-12-03'],
    ['by email, delivery failed (it is retried): not at all, it is not with the provider', letter('email', 'failed', null), null],
    ['by email, waiting for its first attempt: not at all', letter('email', 'pending', null), null],
    ['at the desk: its date', letter('desk', 'not_applicable', null), '2026-12-03'],
    ['by post, waiting for the print batch: not at all', letter('post', 'queued_for_print', null), null],
    ['by post, printed but not posted: not at all', letter('post', 'printed', null), null],
    ['by post, posted on Monday 7 December: that day', letter('post', 'posted', '2026-12-07T08:15:00Z'), '2026-12-07'],
    ['by post, posted at 00:30 Amsterdam time: the Dutch day', letter('post', 'posted', '2026-12-06T23:30:00Z'), '2026-12-07'],
    ['by post, posted with no moment recorded: its date', letter('post', 'posted', null), '2026-12-03'],
  ])('%s', (_case, sending, day) => {
    expect(sentOn(sending)).toBe(day);
  });
});
