import { answeredByWithdrawn } from './answer-withdrawal.rules';

const step = (event: string, payload: Record<string, unknown>) => ({ event, details: { event: payload } });
const asked = step('REQUEST_INFORMATION', { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
const verklaring = { id: 'doc-1', kind: 'certificate_of_inheritance' };

describe('the question a withdrawn document answered', () => {
  it('is the question before the answer that enclosed it, for its kind', () => {
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], verklaring)).toEqual({ message: 'Graag de verklaring van erfrecht.', kinds: ['certificate_of_inheritance'] });
  });

  it('is none when no answer enclosed it, or the question did not ask for its kind', () => {
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-2'] })], verklaring)).toBeNull();
    expect(answeredByWithdrawn([asked, step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], { id: 'doc-1', kind: 'power_of_attorney' })).toBeNull();
    expect(answeredByWithdrawn([step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] })], verklaring)).toBeNull();
  });
});
