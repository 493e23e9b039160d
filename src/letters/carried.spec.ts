import { erasedCarriage, replacedCarriage, renewsKind } from './carried';

describe('what the letters of a contract carried (insurerletters)', () => {
  const doc = (id: string, kind: string, day: number, withdrawn = false) => ({ id, kind, createdAt: new Date(2026, 11, day), withdrawnAt: withdrawn ? new Date(2026, 11, 31) : null, supersededById: null as string | null });
  const v2 = doc('v2', 'certificate_of_inheritance', 8, true);
  const v3 = doc('v3', 'certificate_of_inheritance', 30);
  const sent = { kind: 'information_supplied' as const, asFiles: true };
  const letters = [
    { enclosureIds: ['akte'], on: '2026-12-01', colleague: null, kind: 'cancellation' as const, asFiles: false },
    { enclosureIds: ['v2'], on: '2026-12-09', colleague: 'Piet Jansen', ...sent },
    { enclosureIds: ['v2'], on: '2026-12-12', colleague: null, ...sent },
    { enclosureIds: ['v3', 'form'], on: '2026-12-30', colleague: null, ...sent },
  ];

  it('names the withdrawn one by the signer’s own letter that carried it, and the newer one that stands', () => {
    expect(erasedCarriage(letters, v2, [v2, v3])).toEqual({ carrier: letters[2], stands: letters[3], standing: v3 });
  });

  it('a newer one withdrawn too, or never sent, or an older one, stands not', () => {
    expect(erasedCarriage(letters, v2, [v2, { ...v3, withdrawnAt: new Date() }]).stands).toBeNull();
    expect(erasedCarriage(letters.slice(0, 3), v2, [v2, v3]).stands).toBeNull();
    expect(erasedCarriage(letters, v3, [v2, v3]).stands).toBeNull();
  });

  it('docwords: for a withdrawn "overig" one only its own corrected version stands, never another "overig" document', () => {
    const kvk = { ...doc('kvk', 'other', 8, true), supersededById: 'kvk2' };
    const [kvk2, bank] = [doc('kvk2', 'other', 20), doc('bank', 'other', 21)];
    const carriedBoth = [letters[0], { enclosureIds: ['kvk'], on: '2026-12-09', colleague: null, ...sent }, { enclosureIds: ['bank'], on: '2026-12-22', colleague: null, ...sent }];
    expect(erasedCarriage(carriedBoth, kvk, [kvk, kvk2, bank]).stands).toBeNull();
    const kvk2Carried = [...carriedBoth, { enclosureIds: ['kvk2'], on: '2026-12-23', colleague: null, ...sent }];
    expect(erasedCarriage(kvk2Carried, kvk, [kvk, kvk2, bank])).toMatchObject({ stands: kvk2Carried[3], standing: kvk2 });
  });

  it('a document sent in place of an older one of its kind names the latest letter that carried one the letter no longer does (amenddoc)', () => {
    const v4 = doc('v4', 'certificate_of_inheritance', 31);
    expect(replacedCarriage(letters, v4, [v2, v3, v4], ['v4'])).toEqual(letters[3]);
    expect(replacedCarriage(letters, v4, [v2, v3, v4], ['v3', 'v4'])).toEqual(letters[2]);
    expect(replacedCarriage(letters, v3, [v2, v3], ['v2', 'v3'])).toBeNull();
    expect(replacedCarriage(letters, doc('form2', 'other', 31), [doc('form', 'other', 29)], ['form2'])).toBeNull();
  });

  it('a newer one replaced by a corrected version stands not; its replacement does once a letter carried it (docwithdraw, audit75 F-11)', () => {
    const replaced = { ...v3, supersededById: 'v3b' };
    const v3b = doc('v3b', 'certificate_of_inheritance', 31);
    expect(erasedCarriage(letters, v2, [v2, replaced, v3b]).stands).toBeNull();
    const carriedSince = [...letters, { enclosureIds: ['v3b'], on: '2027-01-04', colleague: null, ...sent }];
    expect(erasedCarriage(carriedSince, v2, [v2, replaced, v3b]).stands).toBe(carriedSince[4]);
  });

  it('a document is a new one only after an older one of its kind went; "overig" never', () => {
    expect(renewsKind(letters, v3, [v2, v3])).toBe(true);
    expect(renewsKind(letters, v2, [v2, v3])).toBe(false);
    expect(renewsKind(letters, doc('form2', 'other', 31), [doc('form', 'other', 29)])).toBe(false);
  });
});
