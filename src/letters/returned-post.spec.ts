import { deliveryText } from './letter-view';
import { RETURNED_BY_POST, returnCheckRefusal, returnRefusal } from './letter.entity';
import { ownerWords } from '../words';

/** returnedpost (audit102 F1): a posted letter that came back reads so, and only a posted letter may be recorded as come back. */
describe('a letter by post that came back', () => {
  const posted = { channel: 'post' as const, status: 'sent' as const, deliveryStatus: 'posted' as const, deliveredAt: new Date('2026-11-23T15:00:00+01:00'), returnedOn: null };

  it('may be recorded from the day it was posted to today, not before or after', () => {
    expect(returnRefusal(posted, '2026-11-23', '2026-11-30')).toBeNull();
    expect(returnRefusal(posted, '2026-11-30', '2026-11-30')).toBeNull();
    expect(returnRefusal(posted, '2026-11-22', '2026-11-30')).toBe('before-posting');
    expect(returnRefusal(posted, '2026-12-01', '2026-11-30')).toBe('in-the-future');
  });

  it('is refused for a letter not posted (waiting, printed, an e-mail, blocked) and once it came back', () => {
    expect(returnRefusal({ ...posted, deliveryStatus: 'queued_for_print', deliveredAt: null }, '2026-11-23', '2026-11-30')).toBe('not-posted');
    expect(returnRefusal({ ...posted, deliveryStatus: 'printed', deliveredAt: null }, '2026-11-23', '2026-11-30')).toBe('not-posted');
    expect(returnRefusal({ ...posted, channel: 'email', deliveryStatus: 'delivered' }, '2026-11-23', '2026-11-30')).toBe('not-posted');
    expect(returnRefusal({ ...posted, status: 'blocked' as const }, '2026-11-23', '2026-11-30')).toBe('not-posted');
    expect(returnRefusal({ ...posted, deliveryStatus: 'failed', returnedOn: '2026-11-25' }, '2026-11-26', '2026-11-30')).toBe('returned-already');
  });

  const returned = { channel: 'post', deliveryStatus: 'failed', deliveryError: RETURNED_BY_POST, deliveredAt: '2026-11-23T14:00:00Z', letterDate: '2026-11-23', beingSent: false, returnedOn: '2026-11-30', returnedReason: 'adres onbekend' };

  it('reads „teruggekomen op … (niet bezorgd)" with why, never „op de post gedaan" or „niet verstuurd"', () => {
    expect(deliveryText('nl', returned)).toBe('teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend');
    expect(deliveryText('en', { ...returned, returnedReason: null })).toBe('returned on 30 November 2026 (not delivered)');
  });

  it('names the letter made anew from it, whose term runs now', () => {
    expect(deliveryText('nl', { ...returned, replacedBy: { letterId: 'x', letterDate: '2026-11-30' } })).toBe('teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend; vervangen door de brief van 30 november 2026, de termijn loopt vanaf die brief');
    expect(deliveryText('en', { ...returned, returnedReason: null, replacedBy: { letterId: 'x', letterDate: '2026-11-30' } })).toBe('returned on 30 November 2026 (not delivered); replaced by the letter of 30 November 2026, the term runs from that letter');
  });

  it('returnedpages: says a new letter is being made until it exists, and who checked the address on which Dutch day (nl/en)', () => {
    const making = { ...returned, returnRemade: true };
    expect(deliveryText('nl', making)).toBe('teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend. Er wordt een nieuwe brief gemaakt');
    expect(deliveryText('en', making)).toBe('returned on 30 November 2026 (not delivered): adres onbekend. A new letter is being made');
    // Not made anew (its contract moved on): nothing is said to be made.
    expect(deliveryText('nl', { ...returned, returnRemade: false })).toBe('teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend');
    // Checked at 23:30 UTC on 1 December: 2 December in the Netherlands.
    const checked = { ...making, replacedBy: { letterId: 'x', letterDate: '2026-11-30' }, returnCheckedAt: new Date('2026-12-01T23:30:00Z'), returnCheckedByName: 'Anna de Boer' };
    expect(deliveryText('nl', checked)).toBe('teruggekomen op 30 november 2026 (niet bezorgd): adres onbekend; vervangen door de brief van 30 november 2026, de termijn loopt vanaf die brief. Adres gecontroleerd door Anna de Boer op 2 december 2026');
    expect(deliveryText('en', { ...checked, replacedBy: null, returnRemade: false, returnedReason: null })).toBe('returned on 30 November 2026 (not delivered). Address checked by Anna de Boer on 2 December 2026');
  });

  it('returneddismiss: its address may be checked once, and only after it came back; her history names who checked it (nl/en)', () => {
    expect(returnCheckRefusal({ returnedOn: null, returnCheckedAt: null })).toBe('not-returned');
    expect(returnCheckRefusal({ returnedOn: '2026-11-25', returnCheckedAt: null })).toBeNull();
    expect(returnCheckRefusal({ returnedOn: '2026-11-25', returnCheckedAt: new Date('2026-11-26T10:00:00+01:00') })).toBe('checked-already');
    expect(ownerWords('nl').timeline.letterReturnChecked('2026-11-23', 'VitaPolis', 'Anna de Boer')).toBe('Anna de Boer heeft het adres van VitaPolis gecontroleerd na de teruggekomen brief van 23 november 2026.');
    expect(ownerWords('en').timeline.letterReturnChecked('2026-11-23', 'VitaPolis', 'Emma Clark')).toBe('Emma Clark checked the address of VitaPolis after the returned letter of 23 November 2026.');
  });
});
