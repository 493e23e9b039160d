import { answeredByWithdrawn } from './answer-withdrawal.rules';

const step = (event: string, payload: Record<string, unknown>) => ({ event, details: { event: payload } });
const asked = step('REQUEST_INFORMATION', { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
const verklaring = { id: 'doc-1', kind: 'certificate_of_inheritance' };
const none = new Map<string, string>();

describe('the question a withdrawn document answered', () => {
  it('is the question before the answer that enclosed it, for its kind', () => {
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], verklaring, none)).toEqual({ message: 'Graag de verklaring van erfrecht.', kinds: ['certificate_of_inheritance'] });
  });

  it('is none when no answer enclosed it, or the question did not ask for its kind', () => {
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-2'] })], verklaring, none)).toBeNull();
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], { id: 'doc-1', kind: 'power_of_attorney' }, none)).toBeNull();
    expect(answeredByWithdrawn([step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], verklaring, none)).toBeNull();
  });

  it('is none when an answer to that question also sent another verklaring still standing: the provider holds a valid one', () => {
    const second = new Map([['doc-2', 'certificate_of_inheritance']]);
    const answers = [asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] }), step('REQUEST_INFORMATION', { message: 'Nog eens.', documentsNeeded: [] })];
    expect(answeredByWithdrawn([...answers, step('INFORMATION_SUPPLIED', { documentIds: ['doc-2'] })], verklaring, second)).toBeNull();
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1', 'doc-2'] })], verklaring, second)).toBeNull();
  });

  it('still reopens it when the other one sent is of another kind, was withdrawn too, or went before the question', () => {
    const answer = step('INFORMATION_SUPPLIED', { documentIds: ['doc-1', 'doc-2'] });
    const reopened = { message: 'Graag de verklaring van erfrecht.', kinds: ['certificate_of_inheritance'] };
    expect(answeredByWithdrawn([asked, answer], verklaring, new Map([['doc-2', 'power_of_attorney']]))).toEqual(reopened);
    expect(answeredByWithdrawn([asked, answer], verklaring, none)).toEqual(reopened);
    const before = step('INFORMATION_SUPPLIED', { documentIds: ['doc-2'] });
    expect(answeredByWithdrawn([before, asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], verklaring, new Map([['doc-2', 'certificate_of_inheritance']]))).toEqual(reopened);
  });
});
