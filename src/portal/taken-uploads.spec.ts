import { takenAsFor, uploadCorrectionEvent } from './taken-uploads';

describe('familyupload3: a file a relative sent, as each relative reads it', () => {
  it('names what it was taken in as, or the kind it has now on an older entry; nothing to one who may not see it', () => {
    expect(takenAsFor({ decision: 'document_taken', takenAs: 'certificate_of_inheritance' }, 'death_certificate')).toBe('certificate_of_inheritance');
    expect(takenAsFor({ decision: 'document_taken' }, 'death_certificate')).toBe('death_certificate');
    expect(takenAsFor({ decision: 'document_taken', takenAs: 'certificate_of_inheritance' }, null)).toBeNull();
    expect(takenAsFor({ decision: 'bill_recorded' }, 'death_certificate')).toBeNull();
  });

  it("tells a correction of its kind as hers to the relative who sent it, as another's to the rest, and no other correction of a kind", () => {
    expect(uploadCorrectionEvent({ sentBy: 'm1' }, 'm1')).toBe('document.kind_corrected');
    expect(uploadCorrectionEvent({ sentBy: 'm1' }, 'm2')).toBe('document.kind_corrected_for_other');
    expect(uploadCorrectionEvent({}, 'm1')).toBeNull();
  });
});
