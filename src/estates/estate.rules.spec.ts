import type { Deceased } from './estate.entity';
import { contractsOpenProblem, dateOfDeathCorrectionProblems, deceasedDateProblems, estateCorrectionsForProviders, estateReference, formatAccessCode, newHolderCorrectionsForProviders, normaliseAccessCode, memberAtHomeProblem, referenceOf, sharesHome } from './estate.rules';

describe('estate rules', () => {
  const today = '2026-11-22';

  it('accepts a death today after the birth', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1948-03-02', dateOfDeath: today }, today)).toEqual([]);
  });

  it('lets an estate close with no contract open, and otherwise names each open contract with where it stands', () => {
    expect(contractsOpenProblem([], 'nl')).toBeNull();
    const open = { contractId: 'c-1', label: 'KPN (Mobiel)', state: 'ready', waitingOn: 'owner' as const, statusTexts: { nl: 'Klaar: verzoek aan KPN kan worden verstuurd.', en: 'Ready: the request to KPN can be sent.' } };
    const problem = contractsOpenProblem([open], 'en')!;
    expect(problem.getStatus()).toBe(409);
    expect(problem.getResponse()).toMatchObject({ type: expect.stringMatching(/\/contracts-open$/), detail: '1 contract is not settled yet: KPN (Mobiel) (Ready: the request to KPN can be sent.). Settle or withdraw it first; then the estate can close. Nothing was changed.', openContracts: [open] });
    // The owner's language, as the workspace speaks it (audit: the detail was English for a Dutch owner).
    expect(contractsOpenProblem([open, { ...open, contractId: 'c-2', label: 'Ziggo' }], 'nl')!.getResponse()).toMatchObject({
      detail: '2 contracten zijn nog niet afgerond: KPN (Mobiel) (Klaar: verzoek aan KPN kan worden verstuurd.); Ziggo (Klaar: verzoek aan KPN kan worden verstuurd.). Rond ze eerst af of trek ze in; dan kan de nalatenschap worden gesloten. Er is niets gewijzigd.',
    });
    expect(problem.fieldErrors).toEqual([{ field: 'request', message: 'KPN (Mobiel) is not settled: Ready: the request to KPN can be sent.', rule: 'contractOpen', limit: 'c-1' }]);
  });

  it('refuses a corrected date of death after a requested end date of an open contract, naming those contracts', () => {
    const vattenfall = { providerName: 'Vattenfall', description: 'Stroom en gas', requestedEndDate: '2026-11-25', finished: false, confirmedEndDate: null };
    const kpn = { providerName: 'KPN', description: 'Internet', requestedEndDate: null, finished: false, confirmedEndDate: null };
    const settled = { providerName: 'Ziggo', description: 'Tv', requestedEndDate: '2026-11-20', finished: true, confirmedEndDate: null };
    expect(dateOfDeathCorrectionProblems('2026-11-28', [vattenfall, kpn, settled])).toEqual([
      {
        field: 'deceased.dateOfDeath',
        message: 'must not be after the requested end date of Vattenfall, Stroom en gas (2026-11-25): correct the requested end date of those contracts first',
        rule: 'endDatesBefore',
        limit: 'Vattenfall, Stroom en gas (2026-11-25)',
      },
    ]);
    expect(dateOfDeathCorrectionProblems('2026-11-25', [vattenfall, kpn, settled])).toEqual([]);
  });

  it('refuses a corrected date of death after an end date a provider confirmed, each contract by itself, also once settled', () => {
    const kpn = { providerName: 'KPN', description: 'Internet', requestedEndDate: null, finished: false, confirmedEndDate: '2026-11-30' };
    const ziggo = { providerName: 'Ziggo', description: 'Tv', requestedEndDate: null, finished: true, confirmedEndDate: '2026-11-20' };
    expect(dateOfDeathCorrectionProblems('2026-12-01', [kpn, ziggo]).map((p) => [p.rule, p.limit])).toEqual([
      ['confirmedEndBefore', 'KPN\nInternet\n2026-11-30'],
      ['confirmedEndBefore', 'Ziggo\nTv\n2026-11-20'],
    ]);
    expect(dateOfDeathCorrectionProblems('2026-11-30', [kpn])).toEqual([]);
  });

  it('refuses a date of death in the future, naming the field', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1948-03-02', dateOfDeath: '2026-11-23' }, today)).toEqual([
      { field: 'deceased.dateOfDeath', message: 'must not be after today, 22 November 2026', rule: 'future', limit: '2026-11-22' },
    ]);
  });

  it('refuses a death before the birth', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1990-01-02', dateOfDeath: '1990-01-01' }, today)).toEqual([
      { field: 'deceased.dateOfDeath', message: 'must not be before the date of birth', rule: 'beforeBirth' },
    ]);
  });

  it('makes references that sort and read well', () => {
    expect(estateReference(2026, 42)).toBe('ST-2026-00042');
  });

  it.each(['ST-2026-00042', 'st-2026-00042', ' ST 2026 00042 ', 'ST202600042', 'st2026-00042'])('reads %p as the reference it was typed for', (text) => {
    expect(referenceOf(text)).toBe('ST-2026-00042');
  });

  it.each(['NL12 KPN 0001', 'ST-26-42', 'de Jong', 'XST-2026-00042'])('reads %p as no reference', (text) => {
    expect(referenceOf(text)).toBeNull();
  });

  it('makes access codes without look-alike characters, typed back in any case', () => {
    const code = formatAccessCode(Buffer.from([...Array(12).keys()].map((i) => i * 21)));
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(normaliseAccessCode(` ${code.toLowerCase()} `)).toBe(code.replace(/-/g, ''));
  });

  describe('corrections a provider with our request is told', () => {
    const deceased = { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries', nameOrder: 'given_first', gender: 'male', dateOfBirth: '1946-05-14', dateOfDeath: '2026-11-02', address: { street: 'Keizersgracht 112', postalCode: '1015cv', city: 'Amsterdam', country: 'NL' }, livedWith: null } as Deceased;
    const estate = { deceased, estateAccountIban: 'NL91ABNA0417164300', estateAccountHolder: 'Erven J. de Vries' };

    it('names each fact the letters showed, as printed before and now', () => {
      const after = { deceased: { ...deceased, surnamePrefix: null, surname: 'Vriesema', dateOfBirth: '1946-05-15' }, estateAccountIban: 'NL02ABNA0123456789', estateAccountHolder: 'Erven J. Vriesema' };
      expect(estateCorrectionsForProviders(estate, after)).toEqual([
        { field: 'deceasedName', from: 'Jan de Vries', to: 'Jan Vriesema' },
        { field: 'dateOfBirth', from: '1946-05-14', to: '1946-05-15' },
        { field: 'estateAccount', from: 'NL91 ABNA 0417 1643 00 (Erven J. de Vries)', to: 'NL02 ABNA 0123 4567 89 (Erven J. Vriesema)' },
      ]);
    });

    it('tells nothing no letter printed: a gender, whether they lived alone, a postcode written another way', () => {
      const after = { deceased: { ...deceased, gender: 'female', livedWith: 'nobody', address: { ...deceased.address, postalCode: '1015 CV' } } as Deceased, estateAccountIban: estate.estateAccountIban, estateAccountHolder: estate.estateAccountHolder };
      expect(estateCorrectionsForProviders(estate, after)).toEqual([]);
    });

    it("names a moved address as every letter's text prints one: the city as recorded, not the envelope's capitals", () => {
      const after = { ...estate, deceased: { ...deceased, address: { ...deceased.address, street: 'Prinsengracht 2', postalCode: '1015dx' } } };
      expect(estateCorrectionsForProviders(estate, after)).toEqual([{ field: 'deceasedAddress', from: 'Keizersgracht 112, 1015 CV Amsterdam', to: 'Prinsengracht 2, 1015 DX Amsterdam' }]);
    });

    it('tells an account taken away: the provider would still pay a refund into it', () => {
      expect(estateCorrectionsForProviders(estate, { ...estate, estateAccountIban: null, estateAccountHolder: null })).toEqual([
        { field: 'estateAccount', from: 'NL91 ABNA 0417 1643 00 (Erven J. de Vries)', to: null },
      ]);
    });

    it("names a new holder's particulars as the transfer letter printed them", () => {
      const holder = { name: 'Maria de Vries', address: null, dateOfBirth: '1975-02-28', email: 'maria@familie.example', phone: null, iban: 'NL44RABO0123456789' };
      const after = { ...holder, address: { street: 'Lindenlaan 3', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' }, iban: 'NL02ABNA0123456789', email: null };
      expect(newHolderCorrectionsForProviders(holder, after)).toEqual([
        { field: 'newHolderAddress', from: null, to: 'Lindenlaan 3, 3511 AB Utrecht' },
        { field: 'newHolderEmail', from: 'maria@familie.example', to: null },
        { field: 'newHolderIban', from: 'NL44 RABO 0123 4567 89', to: 'NL02 ABNA 0123 4567 89' },
      ]);
    });
  });
});

describe('sharesHome (rentend: a relative recorded at the rented home)', () => {
  const home = { street: 'Keizersgracht 112', postalCode: '1015 CV' };
  it('matches the same postcode and house number however they are typed', () => {
    expect(sharesHome(home, { street: 'Keizersgracht  112', postalCode: '1015cv' })).toBe(true);
  });
  it('tells homes apart by their addition (rentrest): „112-2" is not „112", nor „112-3"', () => {
    const dorp = (street: string) => ({ street, postalCode: '1234 AB' });
    expect(sharesHome(dorp('Dorpsstraat 112-2'), dorp('Dorpsstraat 112'))).toBe(false);
    expect(sharesHome(dorp('Dorpsstraat 112'), dorp('Dorpsstraat 112 A'))).toBe(false);
    expect(sharesHome(dorp('Dorpsstraat 112-2'), dorp('Dorpsstraat 112-3'))).toBe(false);
    expect(sharesHome(dorp('Dorpsstraat 112A'), dorp('Dorpsstraat 112B'))).toBe(false);
  });
  it('reads one addition however it is written: a dash, a space, a slash or none, any case, a floor in Roman numerals, „hs" and „huis" as „H"', () => {
    const dorp = (street: string) => ({ street, postalCode: '1234 AB' });
    for (const same of ['Dorpsstraat 112 2', 'Dorpsstraat 112/2', 'Dorpsstraat 112 - 2', 'Dorpsstraat 112-II', 'Dorpsstraat 112 ii']) expect(sharesHome(dorp('Dorpsstraat 112-2'), dorp(same))).toBe(true);
    for (const same of ['Dorpsstraat 112 a', 'Dorpsstraat 112-A', 'Dorpsstraat 112 A']) expect(sharesHome(dorp('Dorpsstraat 112A'), dorp(same))).toBe(true);
    for (const same of ['Dorpsstraat 112 hs', 'Dorpsstraat 112-huis', 'Dorpsstraat 112-HS']) expect(sharesHome(dorp('Dorpsstraat 112-H'), dorp(same))).toBe(true);
    expect(sharesHome(dorp('Dorpsstraat 112-4'), dorp('Dorpsstraat 112 IV'))).toBe(true);
  });
  it('reads the house number of a street whose name holds a number', () => {
    expect(sharesHome({ street: '2e Hugo de Grootstraat 12-1', postalCode: '1052 LA' }, { street: '2e Hugo de Grootstraat 12 I', postalCode: '1052LA' })).toBe(true);
    expect(sharesHome({ street: '2e Hugo de Grootstraat 12-1', postalCode: '1052 LA' }, { street: '2e Hugo de Grootstraat 12', postalCode: '1052 LA' })).toBe(false);
  });
  it('does not match another number, another postcode or an address without a number', () => {
    expect(sharesHome(home, { street: 'Keizersgracht 114', postalCode: '1015 CV' })).toBe(false);
    expect(sharesHome(home, { street: 'Lindenlaan 112', postalCode: '3511 AB' })).toBe(false);
    expect(sharesHome({ street: 'Keizersgracht', postalCode: '1015 CV' }, { street: 'Keizersgracht', postalCode: '1015 CV' })).toBe(false);
  });
});

describe('memberAtHomeProblem (rentrest: a relative recorded at the home after „niemand")', () => {
  const deceased = (livedWith: 'nobody' | 'lodger' | 'coTenant' | null) => ({ livedWith, address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' } });
  const home = { street: 'Keizersgracht 112', postalCode: '1015CV', city: 'Amsterdam', country: 'NL' };
  const flat = { ...home, street: 'Keizersgracht 112-2' };
  it('asks when „niemand" or only a lodger stands and her address becomes the home, naming the street line', () => {
    for (const livedWith of ['nobody', 'lodger'] as const) {
      const problem = memberAtHomeProblem(deceased(livedWith), 'Maria', home, flat, 'nl')!;
      expect(problem.getStatus()).toBe(409);
      expect(problem.fieldErrors).toEqual([expect.objectContaining({ field: 'address.street', rule: 'memberAtHome', limit: 'Maria\nKeizersgracht 112' })]);
    }
  });
  it('does not ask when someone is recorded as continuing or nothing is, at another home, or when she was at the home already', () => {
    expect(memberAtHomeProblem(deceased('coTenant'), 'Maria', home, null, 'nl')).toBeNull();
    expect(memberAtHomeProblem(deceased(null), 'Maria', home, null, 'nl')).toBeNull();
    expect(memberAtHomeProblem(deceased('nobody'), 'Maria', flat, null, 'nl')).toBeNull();
    expect(memberAtHomeProblem(deceased('nobody'), 'Maria', undefined, null, 'nl')).toBeNull();
    expect(memberAtHomeProblem(deceased('nobody'), 'Maria', home, home, 'nl')).toBeNull();
  });
});
