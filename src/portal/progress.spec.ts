import { contractGroup, progressLine, progressOf, ratableContracts, unsentLetterWords } from './progress';
import { familyWords } from '../words';
import type { ContractState } from '../../workflows';

describe('the progress line at the top of the portal', () => {
  it('counts what is done and what waits on the organisation, in plain Dutch', () => {
    const states = ['confirmed', 'closed', 'settled', 'requested', 'acknowledged', 'draft', 'ready', 'informationRequested', 'rejected', 'withdrawn', 'informedByBrp', 'reminded'] as const;
    const progress = progressOf([...states.map((state) => ({ state, count: 1 })), { state: 'requested', count: 2 }]);
    expect(progress).toEqual({ total: 14, done: 5, waitingOnProvider: 5, withOwner: 4 });
    expect(progressLine(progress, 'nl')).toBe('5 van 14 afgerond, 5 wachten op de organisatie');
    expect(progressLine({ total: 12, done: 3, waitingOnProvider: 1, withOwner: 8 }, 'nl')).toBe('3 van 12 afgerond, 1 wacht op de organisatie');
    expect(progressLine({ total: 2, done: 1, waitingOnProvider: 1, withOwner: 0 }, 'en')).toBe('1 of 2 done, 1 waiting for the organisation');
    // A count of none is not read out: all done, or the rest with the contact person.
    expect(progressLine({ total: 1, done: 1, waitingOnProvider: 0, withOwner: 0 }, 'nl')).toBe('1 van 1 afgerond');
    expect(progressLine({ total: 3, done: 1, waitingOnProvider: 0, withOwner: 2 }, 'nl')).toBe('1 van 3 afgerond, de rest ligt bij uw vaste contactpersoon');
    expect(progressLine({ total: 1, done: 0, waitingOnProvider: 0, withOwner: 1 }, 'en')).toBe('0 of 1 done, the rest is with your contact person');
  });

  it('puts a contract with the contact person while it is our move, and back with the organisation when a bill follows', () => {
    expect(contractGroup('draft')).toBe('withOwner');
    expect(contractGroup('informationRequested')).toBe('withOwner');
    expect(contractGroup('requested')).toBe('waitingOnProvider');
    expect(contractGroup('disputed')).toBe('waitingOnProvider');
    expect(contractGroup('confirmed')).toBe('done');
    // comweb: a bill with the complaints body waits on its decision, not „afgerond"; a part the estate owes beside it is the owner's move.
    expect(contractGroup('withCommittee')).toBe('waitingOnProvider');
    expect(contractGroup('withCommittee', undefined, true)).toBe('withOwner');
  });

  it('keeps a contract whose letter waits for the post with the contact person, and counts it there', () => {
    expect(contractGroup('requested', 'awaitingPost')).toBe('withOwner');
    expect(contractGroup('reminded', 'awaitingPost')).toBe('withOwner');
    expect(contractGroup('confirmed', 'awaitingPost')).toBe('done');
    expect(contractGroup('requested', 'heldBack')).toBe('withOwner');
    expect(contractGroup('disputed', 'heldBack')).toBe('withOwner');
    expect(progressOf([{ state: 'requested', count: 3 }, { state: 'draft', count: 1 }], 2)).toEqual({ total: 4, done: 0, waitingOnProvider: 1, withOwner: 3 });
  });

  it('counts a contract done with its organisation but for a refund still to come as waiting on the organisation, and one with a bill to pay as ours (refundrest)', () => {
    expect(contractGroup('settled', undefined, false, false, true)).toBe('waitingOnProvider');
    expect(contractGroup('confirmed', undefined, false, false, true)).toBe('waitingOnProvider');
    expect(contractGroup('settled', undefined, true, false, true)).toBe('withOwner');
    expect(progressOf([{ state: 'settled', count: 3 }], 0, 1, 1)).toEqual({ total: 3, done: 1, waitingOnProvider: 1, withOwner: 1 });
    expect(progressLine(progressOf([{ state: 'settled', count: 1 }], 0, 0, 1), 'nl')).toBe('0 van 1 afgerond, 1 wacht op de organisatie');
  });
});

describe('the rating the portal asks for', () => {
  it('asks about a provider once it confirmed, but not while another of its contracts still waits, say on a disputed bill or a debt collector', () => {
    const kpn = (id: string, state: ContractState, refundOpen = false) => ({ id, providerId: 'kpn', state, group: contractGroup(state, undefined, false, false, refundOpen) });
    expect(ratableContracts([kpn('c1', 'confirmed'), kpn('c2', 'settled')]).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(ratableContracts([kpn('c1', 'confirmed'), kpn('c2', 'collectionStopRequested')])).toEqual([]);
    expect(ratableContracts([kpn('c1', 'confirmed'), kpn('c2', 'disputed'), { id: 'e1', providerId: 'eneco', state: 'settled', group: 'done' as const }]).map((c) => c.id)).toEqual(['e1']);
    expect(ratableContracts([kpn('c1', 'requested')])).toEqual([]);
  });

  it('does not ask about KPN while it still owes the estate a refund, as its card says it waits on the organisation (closewords)', () => {
    const kpn = (id: string, state: ContractState, refundOpen = false) => ({ id, providerId: 'kpn', state, group: contractGroup(state, undefined, false, false, refundOpen) });
    expect(ratableContracts([kpn('c1', 'settled', true)])).toEqual([]);
    expect(ratableContracts([kpn('c1', 'confirmed'), kpn('c2', 'settled', true)])).toEqual([]);
    expect(ratableContracts([kpn('c1', 'settled')]).map((c) => c.id)).toEqual(['c1']);
  });
});

describe('a chase by post not posted yet says what the organisation has not done of what we asked', () => {
  const card = (bank: boolean, state: 'reminded' | 'escalated' | 'disputed', lang: 'nl' | 'en', action = 'cancel', firstBill = false) =>
    unsentLetterWords({ providerName: bank ? 'ING' : 'Ziggo', state, action, statusText: '', bank, firstBill }, 'awaitingPost', familyWords(lang))?.statusText;

  it('of a bank account: the block and the balance, not an end (audit71 F-C)', () => {
    expect(card(true, 'reminded', 'nl')).toBe('ING heeft nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. Onze herinnering aan ING ligt klaar voor de post.');
    expect(card(true, 'escalated', 'nl')).toBe('ING heeft ook na onze herinnering nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. Onze klacht aan ING ligt klaar voor de post.');
    expect(card(true, 'escalated', 'en')).toBe('After our reminder, ING has still not told us whether the account is blocked and what the balance was on the day of death. Our complaint to ING is waiting to be posted.');
  });

  it('of any other contract: the end or the transfer, as before', () => {
    expect(card(false, 'reminded', 'nl')).toBe('Ziggo heeft de beëindiging nog niet bevestigd. Onze herinnering aan Ziggo ligt klaar voor de post.');
    expect(card(false, 'escalated', 'nl', 'transfer')).toBe('Ziggo heeft ook na onze herinnering de overzetting niet bevestigd. Onze klacht aan Ziggo ligt klaar voor de post.');
    expect(card(false, 'reminded', 'en')).toBe('Ziggo has not yet confirmed the cancellation. Our reminder to Ziggo is waiting to be posted.');
  });

  // deskanswer (partterm's Not done 2): the objection to the first bill the family hears of is to „een rekening", as the state's own words.
  it('of a bill disputed: the first bill is „een rekening”, a later one „nog een”', () => {
    expect(card(false, 'disputed', 'nl', 'cancel', true)).toBe('Er kwam een rekening van Ziggo. Onze brief met ons bezwaar ertegen ligt klaar voor de post.');
    expect(card(false, 'disputed', 'en', 'cancel', true)).toBe('A bill came from Ziggo. Our letter objecting to it is waiting to be posted.');
    expect(card(false, 'disputed', 'nl')).toBe('Er kwam nog een rekening van Ziggo. Onze brief met ons bezwaar ertegen ligt klaar voor de post.');
    expect(familyWords('nl').billDisputeHeldBack('Ziggo', true)).toMatch(/^Er kwam een rekening van Ziggo\. /);
    expect(familyWords('en').billDisputeUndelivered('Ziggo', true)).toMatch(/^A bill came from Ziggo; /);
  });
});
