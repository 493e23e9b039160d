import { deliveryText } from './letter-view';
import { COLLECTED_AGAIN_BEFORE_POST, NOT_REMADE, READDRESSED_BEFORE_POST, RECHANNELLED_BEFORE_POST, SET_APART_BEFORE_SENDING, TERM_PASSED_BEFORE_PRINTING } from './letter.entity';

/**
 * deliverywords: a letter set apart before it went out never left the office. Its owner reads „niet verstuurd: …" and why, for every
 * reason a letter is set apart, on her pages and in her API's `deliveryText` alike — never „niet bezorgd", as if lost in the post.
 */
describe('deliveryText of a letter set apart before it went out', () => {
  const failed = (channel: 'post' | 'email', deliveryError: string) => ({ channel, deliveryStatus: 'failed', deliveryError, deliveredAt: null, letterDate: '2027-01-01', beingSent: false, replacedBy: null });
  const postReasons = [...SET_APART_BEFORE_SENDING, TERM_PASSED_BEFORE_PRINTING, NOT_REMADE];

  it.each(postReasons)('a letter by post set apart („%s") reads why it was not sent, in Dutch and English, each reason its own words', (why) => {
    const nl = deliveryText('nl', failed('post', why));
    const en = deliveryText('en', failed('post', why));
    expect(nl).toMatch(/^niet verstuurd: \S/);
    expect(nl).not.toContain('bezorgd');
    expect(en).toMatch(/^not sent: \S/);
    expect(en).not.toMatch(/failed|delivered/);
  });

  it('says a different thing for each reason (none shares another\'s words)', () => {
    for (const lang of ['nl', 'en'] as const) expect(new Set(postReasons.map((why) => deliveryText(lang, failed('post', why)))).size).toBe(postReasons.length);
  });

  it.each(SET_APART_BEFORE_SENDING)('an e-mail set apart before its sending started („%s") reads not sent, too', (why) => {
    expect(deliveryText('nl', failed('email', why))).toMatch(/^niet verstuurd: /);
    expect(deliveryText('en', failed('email', why))).toMatch(/^not sent: /);
  });

  it('says what each reason records, in her words', () => {
    expect(deliveryText('nl', failed('post', 'bill settled before it went out: not sent'))).toBe('niet verstuurd: de factuur is afgehandeld voordat de brief wegging');
    expect(deliveryText('nl', failed('post', 'collected again before it went out: not sent'))).toBe('niet verstuurd: het incassobureau stuurde een nieuwe incassobrief voordat de brief wegging');
    expect(deliveryText('en', failed('post', 'block taken back before it went out: not sent'))).toBe('not sent: the block was taken back before the letter went');
  });

  it('keeps „niet bezorgd" for what went and did not arrive: an e-mail refused, or one not made anew after it failed', () => {
    expect(deliveryText('nl', failed('email', '550 mailbox unavailable'))).toBe('niet bezorgd');
    expect(deliveryText('nl', failed('email', NOT_REMADE))).toBe('niet bezorgd');
    expect(deliveryText('en', failed('email', TERM_PASSED_BEFORE_PRINTING))).toBe('failed');
  });

  it('names whom a letter did or did not reach when given its addressee (her API), and nobody without it (her pages name it beside)', () => {
    const delivered = { channel: 'email', deliveryStatus: 'delivered', deliveryError: null, deliveredAt: '2027-01-03T10:00:00Z', letterDate: '2027-01-01', beingSent: false };
    expect(deliveryText('nl', failed('email', '550 mailbox unavailable'), 'Incassobureau Noord')).toBe('niet bezorgd bij Incassobureau Noord');
    expect(deliveryText('en', failed('email', '550 mailbox unavailable'), 'KPN')).toBe('not delivered to KPN');
    expect(deliveryText('nl', { ...delivered, deliveryStatus: 'pending', deliveredAt: null }, 'KPN')).toBe('nog niet bezorgd bij KPN');
    expect(deliveryText('nl', delivered, 'KPN')).toBe('bezorgd bij KPN op 3 januari 2027');
    expect(deliveryText('en', { ...delivered, deliveredAt: '2027-01-01T10:00:00Z' }, 'KPN')).toBe('delivered to KPN');
    expect(deliveryText('nl', delivered)).toBe('bezorgd op 3 januari 2027');
    // Set apart, it reached nobody: why, as before.
    expect(deliveryText('nl', failed('post', TERM_PASSED_BEFORE_PRINTING), 'KPN')).toMatch(/^niet verstuurd: /);
  });

  // audit101rest (digest3's Not done): a reason that says „de ontvanger" or „het incassobureau", and a letter posted, name whom it was for.
  it('names the addressee in the reasons about its address or its new collection letter, and to whom a letter was posted (her API)', () => {
    expect(deliveryText('nl', failed('post', READDRESSED_BEFORE_POST), 'KPN')).toBe('niet verstuurd: het adres van KPN werd gecorrigeerd in het adressenbestand voordat de brief wegging');
    expect(deliveryText('en', failed('post', RECHANNELLED_BEFORE_POST), 'KPN')).toBe('not sent: the directory says KPN now receives letters another way');
    expect(deliveryText('nl', failed('post', COLLECTED_AGAIN_BEFORE_POST), 'Incasso Zuid')).toBe('niet verstuurd: Incasso Zuid stuurde een nieuwe incassobrief voordat de brief wegging');
    expect(deliveryText('en', failed('post', COLLECTED_AGAIN_BEFORE_POST), 'Incasso Zuid')).toBe('not sent: Incasso Zuid sent a new collection letter before the letter went');
    const posted = { channel: 'post', deliveryStatus: 'posted', deliveryError: null, deliveredAt: '2027-01-04T10:00:00Z', letterDate: '2027-01-01', beingSent: false };
    expect(deliveryText('nl', posted, 'KPN')).toBe('op de post gedaan aan KPN op 4 januari 2027');
    expect(deliveryText('en', posted, 'KPN')).toBe('posted to KPN on 4 January 2027');
    // Her pages name the recipient in the row beside: the short words there.
    expect(deliveryText('nl', posted)).toBe('op de post gedaan op 4 januari 2027');
    expect(deliveryText('nl', failed('post', READDRESSED_BEFORE_POST))).toBe('niet verstuurd: het adres van de ontvanger werd gecorrigeerd in het adressenbestand voordat de brief wegging');
  });

  it('still names the letter made in its place when there is one', () => {
    expect(deliveryText('nl', { ...failed('post', TERM_PASSED_BEFORE_PRINTING), replacedBy: { letterId: 'x', letterDate: '2027-01-02' } })).toBe('niet verstuurd, vervangen door de brief van 2 januari 2027');
  });
});
