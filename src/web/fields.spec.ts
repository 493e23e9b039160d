import { familyWords, ownerWords, providerWords } from '../words';
import { errorSummary, errorText, field } from './fields';
import { AmbiguousAmount, typedAmount } from '../common/money';
import { validateForm } from './forms';
import { CompleteDto } from '../contracts/contract-events.dto';
import { FamilyReportDto } from '../portal/portal.dto';

describe('form errors', () => {
  it('names an unknown field called after an object\'s own names by that name, not by what every object has (audit93 F6)', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(errorText(ownerWords('nl').errors, { field: name, message: 'is not an allowed field name', rule: 'unknown' }, 'nl')).toBe(`Dit veld hoort niet bij het formulier: ‘${name}’`);
      expect(errorText(familyWords('en').errors, { field: `rows.0.${name}`, message: 'x', rule: 'unknown' }, 'en')).toBe(`This field is not part of the form: ‘rows.0.${name}’`);
    }
  });

  it('words a domain rule by its code, whatever the API says in English', () => {
    const future = { field: 'deceased.dateOfDeath', message: 'some reworded English the page must not depend on', rule: 'future' as const };
    expect(errorText(ownerWords('nl').errors, future, 'nl')).toBe('De overlijdensdatum ligt in de toekomst');
    expect(errorText(ownerWords('en').errors, future, 'en')).toBe('The date of death is in the future');
    expect(errorText(providerWords('nl').errors, { field: 'effectiveDate', message: 'changed', rule: 'beforeDeath' }, 'nl')).toBe('Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.');
  });

  it("names a bank's or insurer's answer by its choices' words, a field of another answer as that answer's, and its date by the label its form gives it (digestasked)", () => {
    const balance = { field: 'balance', message: 'balance is only taken with done accountBlocked', rule: 'onlyWith' as const, limit: 'accountBlocked' };
    const done = { field: 'done', message: 'x', rule: 'choice' as const, limit: 'payoutHandled, claimFormsSent' };
    expect(errorText(providerWords('nl').errors, balance, 'nl')).toBe('Saldo: hoort alleen bij het antwoord ‘rekening geblokkeerd’.');
    expect(errorText(providerWords('nl').errors, done, 'nl')).toBe('Wat u heeft gedaan: kies uit uitkering in behandeling genomen, formulieren voor de uitkering gestuurd.');
    expect(errorText(ownerWords('nl').errors, balance, 'nl')).toMatch(/^Vul \S+.* alleen in bij het antwoord ‘rekening geblokkeerd’$/);
    expect(errorText(ownerWords('en').errors, balance, 'en')).toMatch(/^Fill in .* only with the answer ‘account blocked’$/);
    const late = { field: 'effectiveDate', message: 'x', rule: 'tooLate' as const, limit: '2031-11-01', labelled: 'answerDate.health' };
    expect(errorText(providerWords('nl').errors, late, 'nl')).toBe('Afgewikkeld per: deze datum ligt te ver weg; uiterlijk 1 november 2031.');
    expect(errorText(providerWords('en').errors, { ...late, labelled: 'answerDate.other' }, 'en')).toMatch(/^Date of your answer: /);
  });

  it("says a rule in each audience's own words, with its label and limit", () => {
    const long = { field: 'message', message: 'message must be shorter than or equal to 2000 characters', rule: 'maxLength' as const, limit: '2000' };
    expect(errorText(familyWords('nl').errors, long, 'nl')).toBe('Gebruik voor uw bericht hooguit 2000 tekens');
    expect(errorText(providerWords('nl').errors, long, 'nl')).toBe('Wat u nodig heeft: hooguit 2000 tekens.');
    expect(errorText(ownerWords('nl').errors, { field: 'deceased.address.postalCode', message: 'x', rule: 'format' }, 'nl')).toBe('Schrijf de postcode zoals 1016 GV');
  });

  it("tells the owner plainly how to name the family's report a bill answers, naming answersReport (audit88 F11)", () => {
    // On main: „Controleer de schrijfwijze van welke melding van de familie deze rekening beantwoordt".
    const report = { field: 'answersReport', message: 'answersReport must be a UUID', rule: 'format' as const };
    expect(errorText(ownerWords('nl').errors, report, 'nl')).toBe('Geef bij answersReport het id van de melding van de familie, zoals het in de lijst van meldingen staat, of none');
    expect(errorText(ownerWords('en').errors, report, 'en')).toBe('Give answersReport the id of the family’s report as it stands in the list of reports, or none');
  });

  it('shows a refusal without a rule as its detail to the owner, but keeps API English from the desk and the portal', () => {
    const unruled = { field: 'providerId', message: 'is not a known provider' };
    expect(errorText(ownerWords('nl').errors, { field: 'colour', message: 'is not a colour' }, 'nl')).toBe('Controleer dit veld: is not a colour');
    expect(errorText(ownerWords('nl').errors, unruled, 'nl')).toBe('Controleer de organisatie: is not a known provider');
    expect(errorText(providerWords('nl').errors, unruled, 'nl')).toBe('Dit veld: deze waarde klopt niet.');
    expect(errorText(familyWords('nl').errors, { field: 'file', message: 'must be a PDF, PNG or JPEG file' }, 'nl')).toBe('Controleer de foto of PDF');
  });

  it("tells a service's refusal by its code and data to the owner; an audience without its sentence shows it as a check", () => {
    const large = { field: 'file', message: 'must be at most 10 MB', rule: 'tooLarge' as const, limit: '10' };
    expect(errorText(providerWords('nl').errors, { field: 'effectiveDate', message: 'x', rule: 'tooLate', limit: '2031-11-02' }, 'nl')).toBe('Einddatum of datum overzetting: deze datum ligt te ver weg; uiterlijk 2 november 2031.');
    expect(errorText(ownerWords('en').errors, { field: 'effectiveDate', message: 'x', rule: 'tooLate', limit: '2031-11-02' }, 'en')).toMatch(/2 November 2031 at the latest$/);
    expect(errorText(ownerWords('nl').errors, large, 'nl')).toBe('Het bestand is te groot: kies een bestand van hooguit 10 MB');
    expect(errorText(ownerWords('en').errors, { field: 'file', message: 'line 7: x', rule: 'statementLine', limit: '7' }, 'en')).toMatch(/^Line 7 of the file cannot be read/);
    expect(errorText(familyWords('nl').errors, large, 'nl')).toBe('Het bestand is te groot: kies een bestand van hooguit 10 MB'); // the portal's uploads meet it too
    const fileType = { field: 'file', message: 'must be a PDF, PNG or JPEG file', rule: 'fileType' as const };
    expect(errorText(familyWords('nl').errors, fileType, 'nl')).toBe('Dit bestand kunnen we niet openen: kies een foto (JPG of PNG) of een PDF van de brief'); // the report's photo meets it
    const closing = { field: 'request', message: 'a contract is still open', rule: 'contractOpen' as const };
    expect(errorText(familyWords('nl').errors, closing, 'nl')).toBe('Controleer dit veld'); // no family sentence for it: a check
  });

  it("lists errors in the order of the form's fields, a field the form does not list last, each linked to its field", () => {
    const summary = String(
      errorSummary({
        lang: 'nl',
        order: ['deceased.surname', 'deceased.dateOfDeath', 'deceased.address.country'],
        errors: [
          { field: 'deceased.address.country', message: 'x', rule: 'required' },
          { field: 'elsewhere', message: 'x', rule: 'required' },
          { field: 'deceased.dateOfDeath', message: 'x', rule: 'future' },
          { field: 'deceased.surname', message: 'x', rule: 'required' },
        ],
      }),
    );
    const items = [...summary.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      '<a href="#deceased-surname">Vul de achternaam in</a>',
      '<a href="#deceased-dateOfDeath">De overlijdensdatum ligt in de toekomst</a>',
      '<a href="#deceased-address-country">Vul het land in</a>',
      '<a href="#elsewhere">Vul dit veld in</a>',
    ]);
    expect(summary).toContain('autofocus');
  });

  it('names a list item by its list, in the one dotted spelling the API uses (audit71 F-E)', () => {
    expect(errorText(ownerWords('nl').errors, { field: 'documentIds.1', message: 'is not a document of this estate' }, 'nl')).toBe('Controleer de documenten die meegaan: is not a document of this estate');
    expect(errorText(ownerWords('nl').errors, { field: 'followsLater.0.expectedOn', message: 'x', rule: 'date', limit: '2027-02-30' }, 'nl')).toMatch(/vul bij de verwachte datum een bestaande datum in$/);
    expect(errorText(ownerWords('en').errors, { field: 'followsLater.0.expectedOn', message: 'x', rule: 'date' }, 'en')).toBe('Enter a real date for the expected date');
    expect(errorText(providerWords('nl').errors, { field: 'requests.2.id', message: 'x', rule: 'format' }, 'nl')).toMatch(/^Verzoek 3 van de batch, /);
  });

  it('offers a refused choice by the desk’s names, not its codes (audit71 F-F)', () => {
    const kinds = { field: 'documentsNeeded', message: 'x', rule: 'choice' as const, limit: 'death_certificate, certificate_of_inheritance, bogus' };
    expect(errorText(providerWords('nl').errors, kinds, 'nl')).toBe('Documenten: kies uit akte van overlijden, verklaring van erfrecht, bogus.');
    expect(errorText(providerWords('en').errors, kinds, 'en')).toBe('Documents: choose from death certificate, certificate of inheritance, bogus.');
  });

  it("tells a desk user to choose what is picked (the bill of an answer), not to fill it in, in the desk's words", () => {
    const bill = { field: 'invoiceReference', message: 'x', rule: 'choose' as const };
    expect(errorText(providerWords('nl').errors, bill, 'nl')).toBe('Factuur: kies er een.');
    expect(errorText(providerWords('en').errors, bill, 'en')).toBe('Invoice: choose one.');
  });

  it('lists a refusal without a field id unlinked, and marks a refused field with its message', () => {
    const form = { lang: 'nl' as const, audience: 'provider' as const, errors: [{ field: 'request', message: 'x' }, { field: 'reference', message: 'x', rule: 'required' as const }] };
    expect(String(errorSummary(form, undefined, (f) => (f === 'reference' ? 'ack-ref' : undefined)))).toContain('<li>Dit veld: deze waarde klopt niet.</li><li><a href="#ack-ref">Uw kenmerk: vul dit in.</a></li>');
    const input = String(field(form, 'reference', 'Uw kenmerk'));
    expect(input).toContain('aria-invalid="true" aria-describedby="reference-error"');
    expect(input).toContain('<p class="field-error" id="reference-error">Uw kenmerk: vul dit in.</p>');
  });
});

describe('an impossible date and an amount not above zero, as each audience is told', () => {
  it('names a day its month lacks as typed, not "fill in a date"', async () => {
    const { errors } = await validateForm(CompleteDto, { effectiveDate: '2026-02-30', reference: 'KPN-1' });
    const [date] = errors!.filter((e) => e.field === 'effectiveDate');
    expect(errorText(providerWords('nl').errors, date, 'nl')).toBe('Einddatum of datum overzetting: 30 februari 2026 bestaat niet.');
    expect(errorText(providerWords('en').errors, date, 'en')).toMatch(/30 February 2026 does not exist\.$/);
    expect(errorText(familyWords('nl').errors, { ...date, field: 'invoiceDate' }, 'nl')).toBe('30 februari 2026 bestaat niet: vul bij de datum op de rekening een bestaande datum in');
    expect(errorText(ownerWords('nl').errors, { ...date, field: 'invoiceDate' }, 'nl')).toMatch(/^30 februari 2026 bestaat niet: vul bij .* een bestaande datum in$/);
    // A date in another form is still asked for as a date.
    const { errors: other } = await validateForm(CompleteDto, { effectiveDate: '30-02-2026', reference: 'KPN-1' });
    expect(errorText(providerWords('nl').errors, other!.find((e) => e.field === 'effectiveDate')!, 'nl')).toBe('Einddatum of datum overzetting: vul een datum in.');
  });

  it('tells an amount of −12 or 0 that it must be more than zero; one in words still how to write it', async () => {
    for (const amount of ['-12', '0']) {
      const { errors } = await validateForm(FamilyReportDto, { kind: 'invoice_after_end', message: 'Weer een rekening', amount }, { numberFields: ['amount'], today: '2026-12-01' });
      const refused = errors!.find((e) => e.field === 'amount')!;
      expect(errorText(familyWords('nl').errors, refused, 'nl')).toBe('Het bedrag moet meer dan nul zijn');
      expect(errorText(ownerWords('nl').errors, refused, 'nl')).toMatch(/^.+ moet meer dan nul zijn$/);
    }
    const { errors } = await validateForm(FamilyReportDto, { kind: 'invoice_after_end', message: 'Weer een rekening', amount: 'twaalf' }, { numberFields: ['amount'], today: '2026-12-01' });
    expect(errorText(familyWords('nl').errors, errors!.find((e) => e.field === 'amount')!, 'nl')).toBe('Vul het bedrag in cijfers in, bijvoorbeeld 80 of 12,50');
  });

  it('reads an amount as a Dutch reader types it: thousands grouped by points, a comma for cents, never € 4.000 as 4', () => {
    const read = (typed: string) => typedAmount(typed, 'nl');
    expect(['4.000', '1.234,56', '12,50', '12.50', '€ 80', '1 250', '12.345.678', '0,99', '-12', '1.250'].map(read)).toEqual([4000, 1234.56, 12.5, 12.5, 80, 1250, 12345678, 0.99, -12, 1250]);
    // Not an amount: left for the field's check to refuse (NaN), never guessed.
    expect(['1.234.56', '12,50,00', 'twaalf'].map(read).every(Number.isNaN)).toBe(true);
    // A minus as a phone or a bank statement copies it (U+2212, an en dash) is a minus (audit77 AMT-1).
    expect(['\u22121.234,56', '\u2013 50', '\u2212€ 12,50'].map(read)).toEqual([-1234.56, -50, -12.5]);
  });

  it('reads an amount as an English reader types it on an English form: commas group thousands, a point is the decimal mark', () => {
    const read = (typed: string) => typedAmount(typed, 'en');
    expect(['1,250', '1.25', '1,234.56', '12.50', '€ 80', '12,345,678', '-1,250.5', '4000'].map(read)).toEqual([1250, 1.25, 1234.56, 12.5, 80, 12345678, -1250.5, 4000]);
    // A comma before one or two digits groups nothing: a decimal mark, the one reading it has.
    expect(['12,50', '1,25', '0,5'].map(read)).toEqual([12.5, 1.25, 0.5]);
    // Points grouping thousands before a decimal comma are the Dutch way: not guessed, the field refuses it.
    expect(['1.234,56', '4.000,00', '1,2345', '12,50,00'].map(read).every(Number.isNaN)).toBe(true);
    // The same figures on a Dutch form.
    expect(['1.250', '1,25'].map((typed) => typedAmount(typed, 'nl'))).toEqual([1250, 1.25]);
  });

  it('never reads three digits after the decimal mark as cents: "1.250" in English, "1,250" in Dutch, either on the API (letterdates)', async () => {
    expect([typedAmount('1.250', 'en'), typedAmount('1,250', 'nl'), typedAmount('1.250', null), typedAmount('1,250', null)]).toEqual([
      new AmbiguousAmount('1.250', 1250, 1.25), new AmbiguousAmount('1,250', 1250, 1.25), new AmbiguousAmount('1.250', 1250, 1.25), new AmbiguousAmount('1,250', 1250, 1.25),
    ]);
    // Three digits that are no cents at all: read as thousands, or not an amount.
    expect(typedAmount('-1.234', 'en')).toEqual(new AmbiguousAmount('-1.234', -1234, null));
    // The API's own readings stay: a point or a comma before one or two digits is the decimal mark.
    expect(['12,50', '12.5', '80'].map((typed) => typedAmount(typed, null))).toEqual([12.5, 12.5, 80]);
    const refusal = async (amount: string, lang: 'nl' | 'en') =>
      (await validateForm(FamilyReportDto, { kind: 'invoice_after_end', message: 'Weer een rekening', amount }, { numberFields: ['amount'], today: '2026-12-01', lang })).errors!.find((e) => e.field === 'amount')!;
    expect(errorText(familyWords('en').errors, await refusal('1.250', 'en'), 'en')).toBe('“1.250” for the amount can be read two ways. Write 1,250.00 or 1.25');
    expect(errorText(ownerWords('nl').errors, await refusal('1,250', 'nl'), 'nl')).toMatch(/^„1,250” bij .+ kan op twee manieren gelezen worden\. Schrijf 1\.250,00 of 1,25$/);
    expect(errorText(familyWords('nl').errors, await refusal('1,234', 'nl'), 'nl')).toBe('„1,234” bij het bedrag kan op twee manieren gelezen worden. Schrijf 1.234,00 of een bedrag met hooguit twee cijfers achter de komma');
  });
});
