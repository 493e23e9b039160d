import { changesBetween, familyCorrectionText, maskedValue, ownerCorrectionSummary } from './corrections';

describe('corrections on the record', () => {
  it('finds only the fields that changed, leaving absent ones alone', () => {
    const current = { accountNumber: '1234', description: 'Stroom', requestedEndDate: null, address: { street: 'A 1', city: 'X' } };
    expect(changesBetween(current, { accountNumber: '1243', description: 'Stroom', requestedEndDate: undefined, address: { street: 'A 1', city: 'X' } })).toEqual([
      { field: 'accountNumber', from: '1234', to: '1243' },
    ]);
    expect(changesBetween(current, { requestedEndDate: '2026-12-01' })).toEqual([{ field: 'requestedEndDate', from: null, to: '2026-12-01' }]);
    expect(changesBetween({ iban: 'NL44RABO0123456789' }, { iban: null })).toEqual([{ field: 'iban', from: 'NL44RABO0123456789', to: null }]);
    // An address read back in another key order is the same address.
    expect(changesBetween({ address: { city: 'X', street: 'A 1', country: 'NL' } }, { address: { street: 'A 1', city: 'X', country: 'NL' } })).toEqual([]);
  });

  it('tells the owner "changed X from A to B" in the owner\'s words', () => {
    expect(ownerCorrectionSummary([{ field: 'accountNumber', from: '1234', to: '1243' }])).toBe('Changed the customer number from 1234 to 1243.');
    expect(ownerCorrectionSummary([{ field: 'iban', from: null, to: 'NL44RABO0123456789' }, { field: 'phone', from: '+31 6 1', to: '+31 6 2' }], 'Maria')).toBe(
      'Maria: changed the IBAN to NL44 RABO 0123 4567 89 (none recorded before); the phone number from +31 6 1 to +31 6 2.',
    );
    expect(ownerCorrectionSummary([{ field: 'livedAlone', from: null, to: true }])).toBe('Changed whether the deceased lived alone to yes (none recorded before).');
  });

  it('writes dates out for the English owner as for the Dutch one, and for the family in both languages', () => {
    const moved = [{ field: 'requestedEndDate', from: '2026-12-15', to: '2027-01-01' }];
    expect(ownerCorrectionSummary(moved)).toBe('Changed the requested end date from 15 December 2026 to 1 January 2027.');
    expect(ownerCorrectionSummary(moved, undefined, [], 'nl')).toBe('De gewenste einddatum gewijzigd van 15 december 2026 naar 1 januari 2027.');
    expect(familyCorrectionText(moved, { scope: 'contract', providerName: 'Eneco' }, 'en')).toContain('from 15 December 2026 to 1 January 2027');
    expect(familyCorrectionText(moved, { scope: 'contract', providerName: 'Eneco' }, 'nl')).toContain('van 15 december 2026 naar 1 januari 2027');
  });

  it('tells a Dutch owner the same in Dutch, dates written out, names as written', () => {
    expect(ownerCorrectionSummary([{ field: 'accountNumber', from: '1234', to: '1243' }], undefined, [], 'nl')).toBe('Het klantnummer gewijzigd van 1234 naar 1243.');
    expect(ownerCorrectionSummary([{ field: 'requestedEndDate', from: null, to: '2026-12-15' }], 'bol.com, Abonnement', ['bol.com'], 'nl')).toBe(
      'bol.com, Abonnement: de gewenste einddatum vastgelegd: 15 december 2026. Er gaat een correctiebrief naar bol.com.',
    );
    expect(ownerCorrectionSummary([{ field: 'action', from: 'cancel', to: 'transfer' }], undefined, [], 'nl')).toBe('Wat er moet gebeuren gewijzigd van beëindigen naar overzetten.');
  });

  it('masks IBANs and BSN-like numbers for the family, but not customer numbers (the letters print them whole) or dates', () => {
    expect(maskedValue('iban', 'NL44RABO0123456789')).toBe('•••• 6789');
    expect(maskedValue('estateAccount', { iban: 'NL91ABNA0417164300', holder: 'Erven' })).toBe('•••• 4300');
    expect(maskedValue('description', 'Spaarrekening 123456782')).toBe('•••• 6782');
    expect(maskedValue('accountNumber', 'NL20 INGB 0001 2345 67')).toBeNull();
    expect(maskedValue('accountNumber', '1.2345.678')).toBeNull();
    expect(maskedValue('accountNumber', '1234')).toBeNull();
    expect(maskedValue('requestedEndDate', '2026-12-01')).toBeNull();
  });

  it('tells the family in plain words what concerns them, in Dutch and English', () => {
    const account = [{ field: 'accountNumber', from: '1234', to: '1243' }];
    expect(familyCorrectionText(account, { scope: 'contract', providerName: 'Vattenfall' }, 'nl')).toBe('Het klantnummer bij Vattenfall is gecorrigeerd van 1234 naar 1243.');
    expect(familyCorrectionText(account, { scope: 'contract', providerName: 'Vattenfall' }, 'en')).toBe('The customer number at Vattenfall was corrected from 1234 to 1243.');
    expect(familyCorrectionText([{ field: 'requestedEndDate', from: null, to: '2026-12-15' }], { scope: 'contract', providerName: 'KPN' }, 'nl')).toBe(
      'De gewenste einddatum bij KPN is ingevuld: 15 december 2026.',
    );
    // A transfer has a date of transfer, not an end date.
    const transferDate = [{ field: 'requestedEndDate', from: null, to: '2027-03-01' }];
    expect(familyCorrectionText(transferDate, { scope: 'contract', providerName: 'Vattenfall', transfer: true }, 'nl')).toBe('De gewenste datum van overzetting bij Vattenfall is ingevuld: 1 maart 2027.');
    expect(familyCorrectionText(transferDate, { scope: 'contract', providerName: 'Vattenfall', transfer: true }, 'en')).toBe('The requested transfer date at Vattenfall was added: 1 March 2027.');
    const bank = [{ field: 'accountNumber', from: 'NL20INGB0001234567', to: 'NL20INGB0001234568' }];
    expect(familyCorrectionText(bank, { scope: 'contract', providerName: 'ING' }, 'nl')).toBe('Het klantnummer bij ING is gecorrigeerd van NL20INGB0001234567 naar NL20INGB0001234568.');
    expect(familyCorrectionText([{ field: 'estateAccount', from: null, to: { iban: 'NL91ABNA0417164300', holder: 'Erven' } }], { scope: 'estate', readsDebts: true }, 'nl')).toBe(
      'In het dossier is de boedelrekening ingevuld: •••• 4300.',
    );
  });

  it("tells a relative outside the estate's debts that the estate's account changed, not its number", () => {
    const account = [{ field: 'estateAccount', from: { iban: 'NL91ABNA0417164300', holder: 'Erven' }, to: { iban: 'NL02ABNA0123456789', holder: 'Erven' } }];
    expect(familyCorrectionText(account, { scope: 'estate' }, 'nl')).toBe('In het dossier is de boedelrekening gecorrigeerd.');
    expect(familyCorrectionText(account, { scope: 'estate' }, 'en')).toBe('In the file, the estate account was corrected.');
    expect(familyCorrectionText([{ field: 'estateAccount', from: null, to: account[0].to }], { scope: 'estate' }, 'nl')).toBe('In het dossier is de boedelrekening ingevuld.');
    // Beside it, the deceased's own facts read as ever.
    expect(familyCorrectionText([...account, { field: 'dateOfDeath', from: '2026-11-01', to: '2026-11-02' }], { scope: 'estate' }, 'nl')).toBe(
      'In het dossier is de boedelrekening gecorrigeerd. In het dossier is de overlijdensdatum gecorrigeerd van 1 november 2026 naar 2 november 2026.',
    );
  });

  it('says a value filled in or taken away as a person would, never an empty value in brackets', () => {
    const prefix = [{ field: 'surnamePrefix', from: 'van', to: null }];
    expect(familyCorrectionText(prefix, { scope: 'estate' }, 'nl')).toBe('In het dossier is het tussenvoegsel van de overledene verwijderd (dit was van).');
    expect(familyCorrectionText(prefix, { scope: 'estate' }, 'en')).toBe("In the file, the deceased's surname prefix was removed (it was van).");
    expect(familyCorrectionText([{ field: 'iban', from: null, to: 'NL44RABO0123456789' }], { scope: 'familyMember', isReader: true }, 'en')).toBe('In your details, the IBAN was added: •••• 6789.');
    expect(familyCorrectionText([{ field: 'phone', from: '+31 6 1', to: '' }], { scope: 'familyMember', isReader: true }, 'nl')).toBe('In uw gegevens is het telefoonnummer verwijderd (dit was +31 6 1).');
    // Nothing before and nothing after: nothing to tell.
    expect(familyCorrectionText([{ field: 'phone', from: null, to: '' }], { scope: 'familyMember', isReader: true }, 'nl')).toBeNull();
  });

  it("keeps a relative's own particulars from the others", () => {
    const iban = [{ field: 'iban', from: 'NL44RABO0123456789', to: 'NL13RABO0987654321' }];
    expect(familyCorrectionText(iban, { scope: 'familyMember', isReader: true }, 'nl')).toBe('In uw gegevens is het IBAN gecorrigeerd van •••• 6789 naar •••• 4321.');
    expect(familyCorrectionText(iban, { scope: 'familyMember', isReader: false }, 'nl')).toBeNull();
  });
});
