import { aboutNewHolder, letterAudience } from './letter-audience';

describe('letterAudience', () => {
  it("keeps a letter that prints the new holder's particulars to the heirs (and that holder)", () => {
    expect(letterAudience('transfer')).toBe('heirs');
    expect(letterAudience('correction', [{ field: 'accountNumber' }, { field: 'newHolderIban' }])).toBe('heirs');
    expect(aboutNewHolder('transfer', [])).toBe(true);
    expect(aboutNewHolder('correction', [{ field: 'newHolderIban' }])).toBe(true);
  });

  it("keeps a letter about the estate's debts to the heirs alone: a disputed bill, its complaint, a collection, a corrected bill, a refund asked for, the estate's account", () => {
    for (const kind of ['dispute', 'dispute_escalation', 'collection_stop', 'bill_correction', 'refund_reminder'] as const) {
      expect(letterAudience(kind)).toBe('heirs');
      expect(aboutNewHolder(kind, [])).toBe(false);
    }
    expect(letterAudience('correction', [{ field: 'deceasedName' }, { field: 'estateAccount' }])).toBe('heirs');
    expect(aboutNewHolder('correction', [{ field: 'estateAccount' }])).toBe(false);
    // A report to the family that lists bills or what is disputed (the builder knows: `tellsDebts`).
    expect(letterAudience('final_report', [], true)).toBe('heirs');
  });

  it('keeps a deletion request of a withdrawn document to the case owner', () => {
    expect(letterAudience('document_erasure')).toBe('owner');
  });

  it("gives every other letter to the whole family, a correction of the deceased's own facts too", () => {
    for (const kind of ['cancellation', 'information_supplied', 'reminder', 'escalation', 'withdrawal', 'contact_change', 'progress_report', 'final_report'] as const) expect(letterAudience(kind)).toBe('family');
    expect(letterAudience('correction', [{ field: 'deceasedName' }, { field: 'requestedEndDate' }])).toBe('family');
  });
});
