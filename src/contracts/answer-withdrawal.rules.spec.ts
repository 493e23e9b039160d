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

  // answerrest: an "overig" document sent as an item of her own words (claimform) reopens that item under her words.
  it('is the question a withdrawal opened again, when the answer followed it, even after a question for another kind (docwithdraw, audit75 F-11)', () => {
    const history = [
      asked,
      step('INFORMATION_SUPPLIED', { documentIds: ['doc-0'] }),
      step('REQUEST_INFORMATION', { message: 'Graag de akte.', documentsNeeded: ['death_certificate'] }),
      step('ANSWER_WITHDRAWN', { message: 'Graag de verklaring van erfrecht.', kinds: ['certificate_of_inheritance'] }),
      step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'] }),
      step('REQUEST_INFORMATION', { message: 'Graag nog een akte.', documentsNeeded: ['death_certificate'] }),
      step('INFORMATION_SUPPLIED', { documentIds: ['akte', 'doc-3'] }),
    ];
    // doc-3 was replaced by a corrected version: it no longer counts (`currentKinds` leaves it out).
    expect(answeredByWithdrawn(history, verklaring, new Map([['akte', 'death_certificate']]))).toEqual({ message: 'Graag de verklaring van erfrecht.', kinds: ['certificate_of_inheritance'] });
    expect(answeredByWithdrawn(history, verklaring, new Map([['doc-3', 'certificate_of_inheritance']]))).toBeNull();
  });

  it('is, for an "overig" document, the items of her own words it was sent as, and only those', () => {
    const claimForm = { kind: 'other', expectedOn: null, description: 'het ingevulde claimformulier' };
    const machtiging = { kind: 'other', expectedOn: null, description: 'de machtiging' };
    const part = step('INFORMATION_SUPPLIED', { documentIds: ['doc-1'], followsLater: [claimForm, machtiging] });
    const form = { id: 'doc-9', kind: 'other' };
    const reopened = (descriptions: string[]) => ({ message: 'Graag de verklaring van erfrecht.', kinds: ['other'], descriptions });
    const mapped = step('INFORMATION_SUPPLIED', { documentIds: ['doc-9'], followUp: [claimForm, machtiging], followsLater: [machtiging], otherAnswers: [{ description: 'het ingevulde claimformulier', documentId: 'doc-9' }] });
    expect(answeredByWithdrawn([asked, part, mapped], form, none)).toEqual(reopened(['het ingevulde claimformulier']));
    // An answer recorded before each item was its own: its 'overig' document answered each item it did not say follows still.
    const older = step('INFORMATION_SUPPLIED', { documentIds: ['doc-9'], followUp: [claimForm, machtiging] });
    expect(answeredByWithdrawn([asked, part, older], form, none)).toEqual(reopened(['het ingevulde claimformulier', 'de machtiging']));
  });
});
