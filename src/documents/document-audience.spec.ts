import { audienceAfterKindCorrection, AudienceDocument, canSee, defaultAudience, DOCUMENT_AUDIENCES } from './document-audience';
import type { FamilyRole } from '../estates/family-member.entity';

const doc = (overrides: Partial<AudienceDocument> = {}): AudienceDocument => ({
  kind: 'death_certificate',
  audience: 'family',
  uploadedByType: 'staff',
  uploadedById: 'owner-1',
  supersededById: null,
  withdrawnAt: null,
  ...overrides,
});
const member = (role: FamilyRole, id = `m-${role}`) => ({ id, role });

describe('who in the family sees a document', () => {
  it('follows role × audience: each audience includes the narrower ones', () => {
    const seen = (['representative', 'heir', 'other'] as const).map((role) => DOCUMENT_AUDIENCES.filter((audience) => canSee(member(role), doc({ audience }))));
    expect(seen).toEqual([
      ['representative', 'heirs', 'family'],
      ['heirs', 'family'],
      ['family'],
    ]);
  });

  it('shows nobody in the family an old version or a withdrawn document, whatever its audience', () => {
    for (const role of ['representative', 'heir', 'other'] as const) {
      expect(canSee(member(role), doc({ supersededById: 'newer' }))).toBe(false);
      expect(canSee(member(role), doc({ withdrawnAt: new Date() }))).toBe(false);
    }
  });

  it("shows a relative's upload to that relative (and the owner), not to the others", () => {
    const upload = doc({ kind: 'invoice', audience: defaultAudience('invoice', 'family'), uploadedByType: 'family', uploadedById: 'kees' });
    expect(canSee(member('other', 'kees'), upload)).toBe(true);
    expect(canSee(member('representative', 'maria'), upload)).toBe(false);
    // A staff upload never counts as the relative's own, even with the same id.
    expect(canSee(member('other', 'owner-1'), doc({ audience: 'owner' }))).toBe(false);
  });

  it('keeps a bank statement from everyone in the family, even if its audience were widened', () => {
    expect(canSee(member('representative'), doc({ kind: 'bank_statement', audience: 'family' }))).toBe(false);
  });

  it('defaults by kind: ID copies and powers of attorney owner-only, the death certificate and letters for all', () => {
    expect(defaultAudience('id_document', 'staff')).toBe('owner');
    expect(defaultAudience('power_of_attorney', 'staff')).toBe('owner');
    expect(defaultAudience('death_certificate', 'staff')).toBe('family');
    expect(defaultAudience('provider_letter', 'staff')).toBe('family');
    expect(defaultAudience('certificate_of_inheritance', 'staff')).toBe('heirs');
    expect(defaultAudience('death_certificate', 'family')).toBe('owner');
  });

  describe('familyupload2: the audience after a kind is corrected, chosen by no one with it', () => {
    const placed = (kind: 'certificate_of_inheritance' | 'death_certificate' | 'other', audience: AudienceDocument['audience'], uploadedByType: string, takenAt: Date | null = null) => ({ kind, audience, uploadedByType, takenAt });
    const took = new Date('2026-11-24T10:00:00Z');

    it("follows the new kind's default when it had the old one's", () => {
      expect(audienceAfterKindCorrection(placed('certificate_of_inheritance', 'heirs', 'staff'), 'death_certificate')).toBe('family');
      expect(audienceAfterKindCorrection(placed('death_certificate', 'family', 'staff'), 'other')).toBe('owner');
    });

    it("a relative's upload the owner took follows as if she had uploaded it: the heirs' certificate corrected to the death certificate goes to all", () => {
      expect(audienceAfterKindCorrection(placed('certificate_of_inheritance', 'heirs', 'family', took), 'death_certificate')).toBe('family');
      expect(audienceAfterKindCorrection(placed('other', 'owner', 'family', took), 'certificate_of_inheritance')).toBe('heirs');
    });

    it('keeps an audience the owner chose herself, taken or not', () => {
      expect(audienceAfterKindCorrection(placed('certificate_of_inheritance', 'owner', 'family', took), 'death_certificate')).toBe('owner');
      expect(audienceAfterKindCorrection(placed('death_certificate', 'representative', 'staff'), 'certificate_of_inheritance')).toBe('representative');
    });

    it("keeps a relative's upload not taken with the owner (and, as its uploader, her), whatever the kind", () => {
      expect(audienceAfterKindCorrection(placed('other', 'owner', 'family'), 'death_certificate')).toBe('owner');
    });
  });
});
