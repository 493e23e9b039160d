import { answerAwaitedToday, answerOfStep, correctionsTold, requestNamesAccount, withOvertaken } from './correction.rules';
import { correctionAnswerNews } from './contract-views.service';

/** README, setapartrest: one correction letter with the whole change, when an earlier one still waits for the post. */
describe('withOvertaken', () => {
  it('keeps the correction made now and carries each fact only a waiting letter corrected, its latest change', () => {
    const now = [{ field: 'accountNumber', from: 'K-7010', to: 'K-7030' }];
    const waiting = [
      { field: 'accountNumber', from: 'K-7001', to: 'K-7010' },
      { field: 'description', from: 'Internet', to: 'Glasvezel' },
      { field: 'description', from: 'Glasvezel', to: 'Glasvezel thuis' },
    ];
    expect(withOvertaken(now, waiting)).toEqual([now[0], { field: 'description', from: 'Glasvezel', to: 'Glasvezel thuis' }]);
  });

  it('changes nothing when no letter waits', () => {
    expect(withOvertaken([{ field: 'requestedEndDate' }], [])).toEqual([{ field: 'requestedEndDate' }]);
  });
});

describe('requestNamesAccount and correctionsTold (README, postfix)', () => {
  const account = { field: 'estateAccount', from: 'NL91 ABNA 0417 1643 00', to: 'NL02 ABNA 0123 4567 89' };
  const name = { field: 'deceasedName', from: 'Jan de Vries', to: 'Johan de Vries' };

  it('names the account in every cancellation but a property insurer’s, and in no transfer', () => {
    expect(requestNamesAccount('cancel', {})).toBe(true);
    expect(requestNamesAccount('cancel', { bankAccount: true })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'life' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'health' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'unknown' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'property' })).toBe(false);
    expect(requestNamesAccount('transfer', {})).toBe(false);
  });

  it('tells a provider whose request named no account only the other corrections, or none', () => {
    expect(correctionsTold([account, name], false)).toEqual([name]);
    expect(correctionsTold([account], false)).toEqual([]);
    expect(correctionsTold([account, name], true)).toEqual([account, name]);
  });
});

describe('corrcard: the answer to our correction, for the family', () => {
  const awaited = { changes: [{ field: 'requestedEndDate', from: '2026-11-20', to: '2026-12-08' }], on: '2026-11-24' };
  it('waits within the term only: before any letter asked, and past the term, it does not', () => {
    expect(answerAwaitedToday(awaited, 10, '2026-12-08')).toBe(true);
    expect(answerAwaitedToday(awaited, 10, '2026-12-09')).toBe(false);
    expect(answerAwaitedToday(null, 10, '2026-11-25')).toBe(false);
  });
  it('reads a corrected end date as the answer the contract recorded, with what else the step corrected (famdigest2), and nothing else', () => {
    const answered = { ...awaited, answeredOn: '2026-11-30', kept: false, effectiveDate: '2026-12-08' };
    const step = (corrected: { field: string; to: unknown }[], event = 'COMPLETION_CORRECTED') => ({ event, corrected });
    expect(answerOfStep(step([{ field: 'effectiveDate', to: '2026-12-08' }]), answered)).toEqual({ kind: 'newDate', on: '2026-11-24', effectiveDate: '2026-12-08', asked: '2026-12-08', others: [] });
    expect(answerOfStep(step([{ field: 'effectiveDate', to: '2026-12-10' }]), answered)).toBeNull();
    expect(answerOfStep(step([{ field: 'effectiveDate', to: '2026-12-08' }, { field: 'reference', to: 'R-8' }]), answered)?.others).toEqual([{ field: 'reference', to: 'R-8' }]);
    expect(answerOfStep(step([{ field: 'reference', to: 'R-8' }]), answered)).toBeNull();
    expect(answerOfStep(step([{ field: 'effectiveDate', to: '2026-12-08' }]), { ...answered, kept: true })).toBeNull();
    expect(answerOfStep(step([{ field: 'effectiveDate', to: '2026-12-08' }]), null)).toBeNull();
  });
  it('says whether the answer followed the wished date the correction asked', () => {
    const answer = { kind: 'newDate' as const, on: '2026-11-24', effectiveDate: '2026-12-08', asked: '2026-12-08' };
    expect(correctionAnswerNews(answer, 'KPN', 'nl')).toBe('KPN heeft onze correctie (brief van 24 november 2026) bevestigd: de einddatum is nu 8 december 2026; u hoeft hier zelf niets aan te doen.');
    expect(correctionAnswerNews({ ...answer, asked: '2026-12-01' }, 'KPN', 'nl')).toBe('KPN heeft geantwoord op onze correctie (brief van 24 november 2026): de einddatum is nu 8 december 2026, niet de gecorrigeerde gewenste datum 1 december 2026.');
    expect(correctionAnswerNews({ ...answer, asked: null }, 'KPN', 'en')).toBe('KPN answered our correction (letter of 24 November 2026): the end date is now 8 December 2026.');
    expect(correctionAnswerNews({ ...answer, kind: 'kept', effectiveDate: '2026-11-20' }, 'KPN', 'en')).toBe('KPN answered our correction (letter of 24 November 2026): the end date stays 20 November 2026, not the corrected requested date 8 December 2026.');
  });
});
