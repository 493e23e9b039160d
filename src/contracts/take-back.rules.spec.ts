import type { HistoryEntry } from '../timeline/timeline.service';
import { type SentKind, takeBackOf } from './take-back.rules';

const C = 'contract-1';
let minute = 0;
const step = (event: string, from: string | null, to: string, details: Record<string, unknown> = {}, actorType: HistoryEntry['actorType'] = 'staff', day = '2026-11-23'): HistoryEntry => ({
  event, actorType, at: `${day}T09:${String(minute++ % 60).padStart(2, '0')}:00.000Z`, contractId: C, fromState: from, toState: to, details,
});
/** Letters by id and kind (none a dispute: no bill). */
const kindsOf = (pairs: [string, string][] = []) => new Map<string, SentKind>(pairs.map(([id, kind]) => [id, { kind, bill: null }]));
const letter = (letterId: string, contractId: string | null = C): HistoryEntry => ({ event: 'letter.sent', actorType: 'system', at: '2026-11-30T10:00:00.000Z', contractId, fromState: null, toState: null, details: { letterId } });

const requested = [step('DOCUMENTS_CHANGED', 'draft', 'ready'), step('REQUEST', 'ready', 'requested', { effects: ['letter'] }), letter('request')];
const complete = (actorType: HistoryEntry['actorType'] = 'staff', day = '2026-12-10') => step('COMPLETE', 'acknowledged', 'confirmed', { event: { effectiveDate: '2026-12-31', reference: 'Z-1' } }, actorType, day);

describe('taking back a confirmation recorded by mistake (takeBackOf)', () => {
  it('returns to the state before it with the provider’s reference and its term, counted from the last step in that state', () => {
    const history = [...requested, step('ACKNOWLEDGE', 'requested', 'acknowledged', { event: { reference: 'KPN-ACK' } }, 'provider', '2026-11-25'), complete()];
    expect(takeBackOf(history, kindsOf([['request', 'cancellation']]))).toEqual({
      backTo: 'acknowledged',
      restored: { providerReference: 'KPN-ACK', acknowledged: true, openInformationRequest: null },
      term: { since: '2026-11-25', missedDueDate: null, missedWithLetter: false, missedTerms: 0, firstMissedDueDate: null },
      withdrawsReminder: null,
    });
  });

  it('keeps the terms that passed in a row in that state, each by its day', () => {
    const passed = (day: string, missedDueDate: string) => step('DEADLINE_PASSED', 'escalated', 'escalated', { missedDueDate, effects: [] }, 'system', day);
    const history = [
      ...requested,
      step('DEADLINE_PASSED', 'requested', 'reminded', { effects: ['letter'] }, 'system', '2026-11-30'),
      step('DEADLINE_PASSED', 'reminded', 'escalated', { effects: ['letter'] }, 'system', '2026-12-07'),
      passed('2026-12-14', '2026-12-11'),
      passed('2026-12-21', '2026-12-18'),
      { ...complete(), fromState: 'escalated' },
    ];
    const taken = takeBackOf(history, kindsOf());
    expect(taken).toMatchObject({ backTo: 'escalated', term: { since: '2026-12-21', missedDueDate: '2026-12-18', missedWithLetter: false, missedTerms: 2, firstMissedDueDate: '2026-12-11' } });
  });

  it('gives back the question with only the documents a part answer said follow', () => {
    const history = [
      ...requested,
      step('REQUEST_INFORMATION', 'requested', 'informationRequested', { event: { message: 'Stuur de verklaring', documentsNeeded: ['certificate_of_inheritance', 'death_certificate'] } }, 'provider'),
      step('INFORMATION_SUPPLIED', 'informationRequested', 'informationRequested', { event: { documentIds: ['d1'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null }] } }),
      { ...complete(), fromState: 'informationRequested' },
    ];
    expect(takeBackOf(history, kindsOf())).toMatchObject({
      backTo: 'informationRequested',
      restored: { acknowledged: false, openInformationRequest: { message: 'Stuur de verklaring', documentsNeeded: ['certificate_of_inheritance'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null }], partEnclosed: true } },
    });
  });

  it('gives back a question a withdrawn answer opened again (v16): only the new document follows', () => {
    const history = [
      ...requested,
      step('REQUEST_INFORMATION', 'requested', 'informationRequested', { event: { message: 'Stuur de verklaring', documentsNeeded: ['certificate_of_inheritance'] } }, 'provider'),
      step('INFORMATION_SUPPLIED', 'informationRequested', 'requested', { event: { documentIds: ['d1'] } }),
      step('ANSWER_WITHDRAWN', 'requested', 'informationRequested', { event: { kinds: ['certificate_of_inheritance'], withdrawnOn: '2026-12-01', message: 'Stuur de verklaring' } }),
      { ...complete(), fromState: 'informationRequested' },
    ];
    expect(takeBackOf(history, kindsOf())).toMatchObject({
      backTo: 'informationRequested',
      restored: { openInformationRequest: { message: 'Stuur de verklaring', documentsNeeded: ['certificate_of_inheritance'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: null, withdrawnOn: '2026-12-01' }] } },
    });
  });

  it('refuses the provider’s own word, and one corrected at its desk', () => {
    const acknowledged = [...requested, step('ACKNOWLEDGE', 'requested', 'acknowledged')];
    expect(takeBackOf([...acknowledged, complete('provider')], kindsOf())).toEqual({ refused: 'providersWord' });
    expect(takeBackOf([...acknowledged, complete(), step('COMPLETION_CORRECTED', 'confirmed', 'confirmed', {}, 'provider')], kindsOf())).toEqual({ refused: 'providersWord' });
  });

  it('refuses it once a letter of the contract, or a report to the family, went out after it; other estate letters do not count', () => {
    const history = [...requested, step('ACKNOWLEDGE', 'requested', 'acknowledged'), complete()];
    const kinds = kindsOf([['request', 'cancellation'], ['c', 'correction'], ['r', 'final_report'], ['x', 'contact_change']]);
    expect(takeBackOf([...history, letter('c')], kinds)).toEqual({ refused: 'told', letters: [{ kind: 'correction', bill: null, at: '2026-11-30T10:00:00.000Z', recipient: null }] });
    expect(takeBackOf([...history, letter('r', null)], kinds)).toMatchObject({ refused: 'told', letters: [{ kind: 'final_report' }] });
    expect(takeBackOf([...history, letter('x', null)], kinds)).toMatchObject({ backTo: 'acknowledged' });
    expect(takeBackOf(requested, kinds)).toEqual({ refused: 'none' });
  });

  it('takes back a block the bank’s reminder of the release restated, withdrawing that reminder; another letter since still holds it (remindwithdraw)', () => {
    const history = [...requested, complete()];
    const kinds = kindsOf([['rr', 'release_reminder'], ['c', 'correction']]);
    expect(takeBackOf([...history, letter('rr')], kinds)).toMatchObject({ backTo: 'acknowledged', withdrawsReminder: '2026-11-30T10:00:00.000Z' });
    expect(takeBackOf(history, kinds)).toMatchObject({ backTo: 'acknowledged', withdrawsReminder: null });
    expect(takeBackOf([...history, letter('c'), letter('rr')], kinds)).toEqual({ refused: 'told', letters: [{ kind: 'correction', bill: null, at: '2026-11-30T10:00:00.000Z', recipient: null }, { kind: 'release_reminder', bill: null, at: '2026-11-30T10:00:00.000Z', recipient: null }] });
  });

  it('is not held by the request letter itself going out after a confirmation given by phone before the post', () => {
    const confirmedFirst = [step('DOCUMENTS_CHANGED', 'draft', 'ready'), step('REQUEST', 'ready', 'requested', { effects: ['letter'] }), step('COMPLETE', 'requested', 'confirmed', { event: { effectiveDate: '2026-12-31' } }), letter('request')];
    expect(takeBackOf(confirmedFirst, kindsOf([['request', 'cancellation']]))).toMatchObject({ backTo: 'requested' });
  });
});
