import { letterAudience } from './letter-audience';

describe('letterAudience', () => {
  it("keeps a letter that prints the new holder's particulars to the heirs (and that holder)", () => {
    expect(letterAudience('transfer')).toBe('heirs');
    expect(letterAudience('correction', [{ field: 'accountNumber' }, { field: 'newHolderIban' }])).toBe('heirs');
  });

  it('keeps a deletion request of a withdrawn document to the case owner', () => {
    expect(letterAudience('document_erasure')).toBe('owner');
  });

  it("gives every other letter to the whole family, a correction of the estate's own facts too", () => {
    for (const kind of ['cancellation', 'reminder', 'escalation', 'dispute', 'collection_stop', 'withdrawal', 'progress_report', 'final_report'] as const) expect(letterAudience(kind)).toBe('family');
    expect(letterAudience('correction', [{ field: 'deceasedName' }, { field: 'estateAccount' }])).toBe('family');
  });
});
