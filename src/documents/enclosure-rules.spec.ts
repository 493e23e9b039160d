import { errorText } from '../web/fields';
import { ownerWords, providerWords } from '../words';
import { ASKABLE_KINDS, askedKindMissing, askedKindsProblems, chosenEnclosures, correctionRecipients, askedNeverSent, askedNotEnclosed, EnclosableDocument, enclosureProblems, followsLaterProblems, mayEnclose, otherItemsAnswered, requestLetterEnclosures, requiredEnclosures, sentVersions } from './enclosure-rules';

const ESTATE = 'estate-1';
let seq = 0;
const doc = (kind: EnclosableDocument['kind'], over: Partial<EnclosableDocument> = {}): EnclosableDocument => ({
  id: `d${++seq}`,
  estateId: ESTATE,
  kind,
  uploadedByType: 'staff',
  supersededById: null,
  withdrawnAt: null,
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, seq)),
  ...over,
});

describe('enclosure rules', () => {
  it('never encloses a family upload or a will', () => {
    expect(mayEnclose(doc('death_certificate'))).toBe(true);
    expect(mayEnclose(doc('invoice', { uploadedByType: 'family' }))).toBe(false);
    expect(mayEnclose(doc('will'))).toBe(false);
  });

  it('encloses a family upload once the owner took it into the estate as a kind (familyupload), never a will so taken', () => {
    const taken = { uploadedByType: 'family', takenAt: new Date('2026-11-23T10:00:00Z') };
    expect(mayEnclose(doc('certificate_of_inheritance', taken))).toBe(true);
    expect(enclosureProblems(['x'], ESTATE, [doc('certificate_of_inheritance', { id: 'x', ...taken })])).toEqual([]);
    expect(mayEnclose(doc('will', taken))).toBe(false);
  });

  it('keeps a bank statement from providers, even one required or asked for', () => {
    expect(mayEnclose(doc('bank_statement'))).toBe(false);
    expect(requiredEnclosures(['bank_statement'], [doc('bank_statement')])).toEqual([]);
    expect(enclosureProblems(['x'], ESTATE, [doc('bank_statement', { id: 'x' })])).toEqual([{ field: 'documentIds.0', message: 'a bank statement is never sent to a provider', rule: 'neverEnclosed', limit: 'bank_statement' }]);
  });

  it('finds each asked kind an answer leaves out, once; a will or bank statement asked for is answered in words', () => {
    const asked = ['certificate_of_inheritance', 'id_document', 'will', 'bank_statement', 'id_document'];
    expect(askedNotEnclosed(asked, [])).toEqual(['certificate_of_inheritance', 'id_document']);
    expect(askedNotEnclosed(asked, [doc('id_document')])).toEqual(['certificate_of_inheritance']);
    expect(askedNotEnclosed(asked, [doc('id_document'), doc('certificate_of_inheritance')])).toEqual([]);
    expect(askedNotEnclosed([], [doc('power_of_attorney')])).toEqual([]);
  });

  it('audit103: names a kind asked for and left out as a reader says it, with its article; "other" by the question, never „a other"', () => {
    const en = ownerWords('en').estate.documentKinds;
    expect(askedKindMissing('certificate_of_inheritance', en.certificate_of_inheritance)).toBe('the provider asked for a certificate of inheritance; enclose one');
    expect(askedKindMissing('id_document', en.id_document)).toBe('the provider asked for an id document; enclose one');
    expect(askedKindMissing('other', en.other)).toBe('the provider asked for a document of another kind (see its question); enclose one');
  });

  it('names each refused document id by its place, and accepts the rest', () => {
    const poa = doc('power_of_attorney');
    const will = doc('will');
    const bill = doc('invoice', { uploadedByType: 'family' });
    const elsewhere = doc('death_certificate', { estateId: 'estate-2' });
    const refused = enclosureProblems([poa.id, will.id, bill.id, elsewhere.id, 'unknown'], ESTATE, [poa, will, bill, elsewhere]);
    expect(refused.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'documentIds.1', message: 'a will is never sent to a provider' },
      { field: 'documentIds.2', message: 'was uploaded by the family and is for the case owner only' },
      { field: 'documentIds.3', message: 'is not a document of this estate' },
      { field: 'documentIds.4', message: 'is not a document of this estate' },
    ]);
    // The owner reads each in her own language, with no English in between.
    expect(refused.map((e) => errorText(ownerWords('nl').errors, e, 'nl'))).toEqual([
      'Een testament gaat nooit naar een aanbieder: laat het weg en beantwoord een vraag ernaar in de toelichting',
      'Dit document heeft de familie geüpload; het is alleen voor u en gaat niet naar een aanbieder',
      'Dit document hoort niet bij deze nalatenschap: kies een document van deze nalatenschap',
      'Dit document hoort niet bij deze nalatenschap: kies een document van deze nalatenschap',
    ]);
    expect(errorText(ownerWords('en').errors, refused[0], 'en')).toBe('A will never goes to a provider: leave it out and answer a question about it in the note');
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

  it('sentonly: a verklaring the owner keeps to herself goes by its kind only when the estate has no other', () => {
    const shared = doc('certificate_of_inheritance', { audience: 'heirs', createdAt: new Date(Date.UTC(2026, 10, 1)) });
    const draft = doc('certificate_of_inheritance', { audience: 'owner', createdAt: new Date(Date.UTC(2026, 10, 5)) });
    expect(requiredEnclosures(['certificate_of_inheritance'], [shared, draft])).toEqual([shared]);
    expect(requiredEnclosures(['certificate_of_inheritance'], [draft, shared])).toEqual([shared]);
    // An ID copy is the owner's by default: a provider that requires one is sent it.
    const id = doc('id_document', { audience: 'owner' });
    expect(requiredEnclosures(['id_document'], [id])).toEqual([id]);
  });

  it("sentonly: a request's documents are what it was sent, each as its newest version, never a later upload of the same kind", () => {
    const certificate = doc('death_certificate');
    const verklaring1 = doc('certificate_of_inheritance');
    const verklaring2 = doc('certificate_of_inheritance', { audience: 'owner' });
    const sent = [certificate.id, verklaring1.id];
    expect(chosenEnclosures([certificate, verklaring1, verklaring2], sent)).toEqual([certificate, verklaring1]);
    const revised = doc('certificate_of_inheritance');
    const replaced = { ...verklaring1, supersededById: revised.id };
    expect(chosenEnclosures([certificate, replaced, verklaring2, revised], sent)).toEqual([certificate, revised]);
  });

  it('a request carries the required documents and what the owner attached, nothing else of the estate', () => {
    const certificate = doc('death_certificate');
    const poa = doc('power_of_attorney');
    const inheritance = doc('certificate_of_inheritance');
    const will = doc('will');
    const all = [certificate, poa, inheritance, will];
    expect(requestLetterEnclosures(['death_certificate'], all, [])).toEqual([certificate]);
    expect(requestLetterEnclosures(['death_certificate'], all, [poa.id, certificate.id, will.id])).toEqual([certificate, poa]);
  });

  it('a request sent again carries what she chose with an amend in place of the others of its kind, both when she chose both, "overig" never replaced (amenddoc)', () => {
    const rejected = doc('certificate_of_inheritance');
    const form = doc('other');
    const fresh = doc('certificate_of_inheritance');
    const form2 = doc('other');
    const all = [rejected, form, fresh, form2];
    const attached = [rejected.id, form.id, fresh.id, form2.id];
    expect(requestLetterEnclosures(['certificate_of_inheritance'], all, attached, [[fresh.id, form2.id]])).toEqual([fresh, form, form2]);
    // A later amend that chose nothing of the kind keeps the earlier choice; one that chose both sends both.
    expect(requestLetterEnclosures(['certificate_of_inheritance'], all, attached, [[fresh.id], []])).toEqual([fresh, form, form2]);
    expect(requestLetterEnclosures([], all, attached, [[fresh.id], [rejected.id, fresh.id]])).toEqual([rejected, form, fresh, form2]);
  });

  it('sends the newest version of a replaced document, and a withdrawn one never', () => {
    const newer = doc('death_certificate');
    const old = doc('death_certificate', { supersededById: newer.id, createdAt: new Date(Date.UTC(2026, 11, 1)) });
    const poaNew = doc('power_of_attorney');
    const poaOld = doc('power_of_attorney', { supersededById: poaNew.id });
    const withdrawn = doc('certificate_of_inheritance', { withdrawnAt: new Date() });
    const all = [old, newer, poaOld, poaNew, withdrawn];
    // The old certificate is the later upload here: only being superseded keeps it out.
    expect(requiredEnclosures(['death_certificate', 'certificate_of_inheritance'], all)).toEqual([newer]);
    expect(requestLetterEnclosures(['death_certificate'], all, [poaOld.id, withdrawn.id])).toEqual([newer, poaNew]);
    expect(enclosureProblems([old.id, withdrawn.id], ESTATE, all).map((e) => errorText(ownerWords('nl').errors, e, 'nl'))).toEqual([
      'Een nieuwere versie heeft dit document vervangen: kies die',
      'Dit document is ingetrokken en gaat niet meer mee',
    ]);
  });
});

describe('a will asked for', () => {
  it('is not offered to ask for, and a question naming one is refused at documentsNeeded, in the reader’s words', () => {
    expect(ASKABLE_KINDS).not.toContain('will');
    expect(ASKABLE_KINDS).toContain('certificate_of_inheritance');
    expect(askedKindsProblems(['certificate_of_inheritance'])).toEqual([]);
    const [refused, ...more] = askedKindsProblems(['will', 'power_of_attorney', 'will']);
    expect(more).toEqual([]);
    expect(refused.field).toBe('documentsNeeded');
    expect(errorText(providerWords('nl').errors, refused, 'nl')).toBe('Documenten: Steward stuurt nooit een testament naar een aanbieder. Wie de erfgenamen zijn, staat in de verklaring van erfrecht; vraag die.');
    expect(errorText(providerWords('en').errors, refused, 'en')).toBe('Documents: Steward never sends a will to a provider. The certificate of inheritance (verklaring van erfrecht) names the heirs; ask for that.');
    expect(errorText(ownerWords('nl').errors, refused, 'nl')).toContain('Steward stuurt een testament nooit naar een aanbieder; wie de erfgenamen zijn, staat in de verklaring van erfrecht');
  });

  it('in a question asked before is named as never sent, and never follows later', () => {
    expect(askedNeverSent(['power_of_attorney', 'will'])).toEqual(['will']);
    expect(askedNeverSent(['power_of_attorney'])).toEqual([]);
    expect(followsLaterProblems([{ kind: 'will', expectedOn: null }], ['will', 'power_of_attorney'], [], '2026-11-23').map((e) => [e.field, e.rule])).toEqual([['followsLater.0.kind', 'neverEnclosed']]);
  });
});

describe('what a part answer says follows later (v12)', () => {
  const akte = [{ kind: 'death_certificate' as const }];
  const asked = ['death_certificate', 'certificate_of_inheritance'];

  it('lets an asked document the answer leaves out follow, and the answer go without it', () => {
    const following = [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }];
    expect(followsLaterProblems(following, asked, akte, '2026-11-23')).toEqual([]);
    expect(askedNotEnclosed(asked, akte, following)).toEqual([]);
    expect(askedNotEnclosed(asked, akte)).toEqual(['certificate_of_inheritance']);
  });

  it('refuses a kind not asked (or enclosed, or named twice) and a date in the past, each at its place', () => {
    const refused = followsLaterProblems(
      [{ kind: 'verklaring', expectedOn: null }, { kind: 'death_certificate', expectedOn: null }, { kind: 'certificate_of_inheritance', expectedOn: '2026-11-22' }, { kind: 'certificate_of_inheritance', expectedOn: '2026-11-23' }],
      asked,
      akte,
      '2026-11-23',
    );
    expect(refused.map((e) => [e.field, e.rule])).toEqual([
      ['followsLater.0.kind', 'notAsked'],
      ['followsLater.1.kind', 'notAsked'],
      ['followsLater.2.expectedOn', 'past'],
      ['followsLater.3.kind', 'notAsked'],
    ]);
  });

  // claimform: the insurer asked for its own claim form in words, for the verklaring in `documentsNeeded`.
  it('lets something of no kind of ours follow in her words, asked or not; refuses it undescribed, twice, or words on an asked kind', () => {
    const verklaring = [{ kind: 'certificate_of_inheritance' as const }];
    const claimForm = { kind: 'other', expectedOn: '2027-01-08', description: 'het ingevulde claimformulier' };
    expect(followsLaterProblems([claimForm], ['certificate_of_inheritance'], verklaring, '2026-11-23')).toEqual([]);
    expect(askedNotEnclosed(['certificate_of_inheritance'], verklaring, [claimForm])).toEqual([]);
    const refused = followsLaterProblems(
      [{ kind: 'other', expectedOn: null }, claimForm, { ...claimForm, description: 'Het ingevulde Claimformulier', expectedOn: '2026-11-22' }, { kind: 'death_certificate', expectedOn: null, description: 'de akte' }],
      ['death_certificate'],
      [],
      '2026-11-23',
    );
    expect(refused.map((e) => [e.field, e.rule])).toEqual([
      ['followsLater.0.description', 'describeIt'],
      ['followsLater.2.description', 'namedTwice'],
      ['followsLater.2.expectedOn', 'past'],
      ['followsLater.3.description', 'otherOnly'],
    ]);
    // The page says each in her language.
    expect(errorText(ownerWords('nl').errors, refused[0], 'nl')).toContain('Schrijf wat later volgt');
    expect(errorText(ownerWords('en').errors, refused[3], 'en')).toContain('A description is only for something else that follows later');
  });

  it('refuses her words for something else when they name a kind the answer sends or says follows (audit73 F-J)', () => {
    const names = (kind: string) => ({ power_of_attorney: ['volmacht', 'power of attorney'], certificate_of_inheritance: ['verklaring van erfrecht', 'certificate of inheritance'] })[kind] ?? [];
    const volmacht = { kind: 'power_of_attorney', expectedOn: null };
    const other = (description: string) => ({ kind: 'other', expectedOn: null, description });
    const asked = ['power_of_attorney', 'certificate_of_inheritance'];
    const rules = (description: string, enclosed = [{ kind: 'certificate_of_inheritance' as const }]) => followsLaterProblems([volmacht, other(description)], asked, enclosed, '2026-11-23', names).map((e) => e.rule);
    expect(['de volmacht van de erfgenamen', 'Power of attorney', 'Volmacht.', 'de verklaring van erfrecht'].map((d) => rules(d))).toEqual([['namedTwice'], ['namedTwice'], ['namedTwice'], ['namedTwice']]);
    expect(rules('het ingevulde overnameformulier')).toEqual([]);
  });
});

// answerrest: each open item of her own words is its own; the answer says which one an "overig" document is.
describe('which open items of her own words an answer sends (answerrest)', () => {
  const form = { kind: 'other', expectedOn: '2027-01-08', description: 'het ingevulde claimformulier' };
  const machtiging = { kind: 'other', expectedOn: null, description: 'de machtiging' };
  const overig = { id: 'doc-9', kind: 'other' as const };

  it('answers the item she names, and keeps the other open with its date', () => {
    expect(otherItemsAnswered([form, machtiging], [{ description: 'De machtiging' }], [overig], [])).toEqual({ problems: [], answers: [{ description: 'de machtiging', documentId: 'doc-9' }], stillOpen: [form] });
  });

  it('takes the one open item as answered by the "overig" document, and keeps an item she did not name open, not dropped', () => {
    expect(otherItemsAnswered([form], undefined, [overig], []).answers).toEqual([{ description: 'het ingevulde claimformulier', documentId: 'doc-9' }]);
    expect(otherItemsAnswered([form, machtiging], undefined, [], [{ ...form, expectedOn: null }])).toEqual({ problems: [], answers: [], stillOpen: [machtiging] });
  });

  it('refuses an item not open, one named twice, a document not enclosed as "overig", or an unnamed one among several', () => {
    const rules = (given: Parameters<typeof otherItemsAnswered>[1], enclosed = [overig]) => otherItemsAnswered([form, machtiging], given, enclosed, []).problems.map((p) => [p.field, p.rule]);
    expect(rules([{ description: 'het testament' }])).toEqual([['otherAnswers.0.description', 'notOpen']]);
    expect(rules([{ description: 'de machtiging' }, { description: 'DE MACHTIGING' }])).toEqual([['otherAnswers.1.description', 'namedTwice']]);
    expect(rules([{ description: 'de machtiging', documentId: 'doc-1' }])).toEqual([['otherAnswers.0.documentId', 'notEnclosed']]);
    expect(rules(undefined)).toEqual([['otherAnswers', 'whichItem']]);
  });

  it('never takes the first of two "overig" documents as her one open item: she says which (audit75 F-4)', () => {
    const note = { id: 'doc-8', kind: 'other' as const };
    expect(otherItemsAnswered([form], undefined, [note, overig], []).problems.map((p) => [p.field, p.rule])).toEqual([['otherAnswers', 'whichDocument']]);
    expect(otherItemsAnswered([form], [{ description: 'het ingevulde claimformulier', documentId: 'doc-9' }], [note, overig], []).answers).toEqual([{ description: 'het ingevulde claimformulier', documentId: 'doc-9' }]);
  });
});

describe('docreplace: who gets the correction letter', () => {
  const contracts = [{ id: 'ing' }, { id: 'cb' }, { id: 'kpn' }];
  it('each contract that had an earlier version and not the corrected one, about the newest earlier version it had', () => {
    // v3 corrects v2, which corrected v1; ING had v1 only, CB had v2 and already the corrected v3, KPN nothing.
    const carried = new Map([['ing', ['v1']], ['cb', ['v2', 'v3']], ['kpn', []]]);
    expect(correctionRecipients(contracts, carried, ['v2', 'v1'], 'v3')).toEqual([{ id: 'ing', replacedId: 'v1' }]);
  });

  it('docdesc: a provider that had the first of three versions has the third once its correction letter carried it, not both', () => {
    const version = (id: string, supersededById: string | null) => doc('certificate_of_inheritance', { id, supersededById });
    const versions = [version('v1', 'v2'), version('v2', 'v3'), version('v3', null)];
    expect(sentVersions(versions, ['v1']).map((d) => d.id)).toEqual(['v1']);
    expect(sentVersions(versions, ['v1', 'v3']).map((d) => d.id)).toEqual(['v3']);
  });
});
