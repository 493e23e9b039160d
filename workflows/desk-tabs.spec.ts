import { deskTabAfter, requestHeldBackAfter } from './desk-tabs';

describe('the provider desk sees a request once a letter reached it', () => {
  it('lists a sent request, and none whose first letter is held back until the provider answers', () => {
    expect(deskTabAfter('requested', false, 'REQUEST').tab).toBe('new');
    expect(deskTabAfter('reminded', false, 'DEADLINE_PASSED', true).tab).toBeNull();
    // The owner records the provider's answer given by phone: it knows the request now.
    expect(deskTabAfter('acknowledged', false, 'ACKNOWLEDGE', true)).toEqual({ tab: 'waiting_on_you', providerAnswered: true });
    expect(deskTabAfter('ready', false, 'DOCUMENTS_CHANGED').tab).toBeNull();
    // A request the provider rejected and the owner amends: back in `ready`, still on its desk, waiting on Steward.
    expect(deskTabAfter('ready', true, 'AMEND').tab).toBe('waiting_on_steward');
  });

  it("files a bank's request under „Wacht op u” while its release is still owed beside costs the case owner decides on (bankdesk)", () => {
    expect(deskTabAfter('disputeRejected', true, 'DISPUTE_REJECTED', false, { releaseAwaited: 'blocked' }).tab).toBe('waiting_on_you');
    expect(deskTabAfter('disputeRejected', true, 'BALANCE_RELEASED', false, { releaseAwaited: null }).tab).toBe('waiting_on_steward');
  });

  it('files a confirmed request under „Wacht op u” while a correction after its confirmation awaits its answer (deskcorr)', () => {
    expect(deskTabAfter('confirmed', true, 'COMPLETE', false, { releaseAwaited: null, correctionAwaited: true }).tab).toBe('waiting_on_you');
    expect(deskTabAfter('settled', true, 'QUIET_PERIOD_PASSED', false, { releaseAwaited: null, correctionAwaited: false }).tab).toBe('done');
  });
  it('holds a request back only when the provider never had a letter nor answered', () => {
    expect(requestHeldBackAfter({ sent: false }, { hadLetter: false, answered: false })).toBe(true);
    expect(requestHeldBackAfter({ sent: false }, { hadLetter: true, answered: false })).toBe(false);
    expect(requestHeldBackAfter({ sent: false }, { hadLetter: false, answered: true })).toBe(false);
    expect(requestHeldBackAfter({ sent: true }, { hadLetter: false, answered: false })).toBe(false);
  });
});
