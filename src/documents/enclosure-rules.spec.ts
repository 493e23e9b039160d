import { familyMaySee } from './document.entity';
import { EnclosableDocument, enclosureProblems, mayEnclose, requestEnclosures, requiredEnclosures } from './enclosure-rules';

const ESTATE = 'estate-1';
let seq = 0;
const doc = (kind: EnclosableDocument['kind'], over: Partial<EnclosableDocument> = {}): EnclosableDocument => ({
  id: `d${++seq}`,
  estateId: ESTATE,
  kind,
  uploadedByType: 'staff',
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, seq)),
  ...over,
});

describe('enclosure rules', () => {
  it('never encloses a family upload or a will', () => {
    expect(mayEnclose(doc('death_certificate'))).toBe(true);
    expect(mayEnclose(doc('invoice', { uploadedByType: 'family' }))).toBe(false);
    expect(mayEnclose(doc('will'))).toBe(false);
  });

  it('keeps a bank statement from providers, even one required or asked for, and from the family whatever its flag', () => {
    expect(mayEnclose(doc('bank_statement'))).toBe(false);
    expect(requiredEnclosures(['bank_statement'], [doc('bank_statement')])).toEqual([]);
    expect(enclosureProblems(['x'], ESTATE, [doc('bank_statement', { id: 'x' })])).toEqual([{ field: 'documentIds[0]', message: 'a bank statement is never sent to a provider' }]);
    expect(familyMaySee({ kind: 'bank_statement', visibleToFamily: true })).toBe(false);
    expect(familyMaySee({ kind: 'invoice', visibleToFamily: true })).toBe(true);
  });

  it('names each refused document id by its place, and accepts the rest', () => {
    const poa = doc('power_of_attorney');
    const will = doc('will');
    const bill = doc('invoice', { uploadedByType: 'family' });
    const elsewhere = doc('death_certificate', { estateId: 'estate-2' });
    expect(enclosureProblems([poa.id, will.id, bill.id, elsewhere.id, 'unknown'], ESTATE, [poa, will, bill, elsewhere])).toEqual([
      { field: 'documentIds[1]', message: 'a will is never sent to a provider' },
      { field: 'documentIds[2]', message: 'was uploaded by the family and is for the case owner only' },
      { field: 'documentIds[3]', message: 'is not a document of this estate' },
      { field: 'documentIds[4]', message: 'is not a document of this estate' },
    ]);
    expect(enclosureProblems([poa.id], ESTATE, [poa])).toEqual([]);
  });

  it("gives the first letter the newest enclosable document of each required kind, never a family upload or a will", () => {
    const oldCertificate = doc('death_certificate');
    const newCertificate = doc('death_certificate');
    const familyCertificate = doc('death_certificate', { uploadedByType: 'family' });
    const will = doc('will');
    const poa = doc('power_of_attorney');
    expect(requiredEnclosures(['death_certificate', 'will'], [oldCertificate, newCertificate, familyCertificate, will, poa])).toEqual([newCertificate]);
  });

  it('a request carries the required documents and what the owner attached, nothing else of the estate', () => {
    const certificate = doc('death_certificate');
    const poa = doc('power_of_attorney');
    const inheritance = doc('certificate_of_inheritance');
    const will = doc('will');
    const all = [certificate, poa, inheritance, will];
    expect(requestEnclosures(['death_certificate'], all, [])).toEqual([certificate]);
    expect(requestEnclosures(['death_certificate'], all, [poa.id, certificate.id, will.id])).toEqual([certificate, poa]);
  });
});
