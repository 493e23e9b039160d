import { CATALOGUES, ENGLISH_ONLY, familyWords, ownerWords, providerWords } from './index';
import { readdirSync, readFileSync } from 'node:fs';
import { missedQuestion, RECEIVED_VIA_WORDS } from '../../workflows';
import { composeLetter } from '../../letters/compose';
import { letterCorpus } from '../../letters/test-support';

/** Every leaf of a catalogue with its path: strings, lists and functions (called with sample arguments). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'string' || typeof value === 'function' || Array.isArray(value)) return [[path, value]];
  return Object.entries(value as object).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

/** What a leaf says, with functions called on stand-in arguments (names, numbers and dates all read as text). */
function texts(leaf: unknown): string[] {
  if (typeof leaf === 'string') return [leaf];
  if (Array.isArray(leaf)) return leaf.flatMap(texts);
  const fn = leaf as (...args: unknown[]) => unknown;
  return texts(fn(...Array.from({ length: fn.length }, () => 'X')));
}


describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_, byLang) => {
  const dutch = new Map(leaves(byLang.nl));

  it.each(Object.keys(byLang).filter((lang) => lang !== 'nl'))('has every Dutch key in %s, and no other, of the same kind', (lang) => {
    const other = new Map(leaves(byLang[lang as 'en']));
    expect([...other.keys()].sort()).toEqual([...dutch.keys()].sort());
    for (const [key, value] of dutch) {
      const twin = other.get(key);
      expect({ key, kind: typeof twin, arity: typeof twin === 'function' ? twin.length : Array.isArray(twin) ? twin.length : 0 }).toEqual({
        key, kind: typeof value, arity: typeof value === 'function' ? value.length : Array.isArray(value) ? value.length : 0,
      });
    }
  });

  it('has no English in the Dutch words', () => {
    const english = [...dutch].flatMap(([key, leaf]) => texts(leaf).filter((text) => ENGLISH_ONLY.test(text)).map((text) => `${key}: ${text}`));
    expect(english).toEqual([]);
  });
});

describe('smallmends: the desk reads the case owner\'s role by one name', () => {
  it.each([
    ['nl', /contactpersoon/i, /specialist|case owner/i],
    ['en', /contact person/i, /specialist|case owner|\bcontact \(/i],
  ] as const)('in %s', (lang, name, other) => {
    const said = leaves(CATALOGUES.provider[lang]).flatMap(([, leaf]) => texts(leaf));
    expect(said.filter((text) => other.test(text))).toEqual([]);
    expect(said.filter((text) => name.test(text)).length).toBeGreaterThan(1);
  });
});

describe("smallmends: a relative's warning about numbers in a report counts them", () => {
  it.each([
    ['nl', 'Is het nummer niet nodig voor uw melding, noem het dan liever niet.', 'Zijn de nummers niet nodig voor uw melding, noem ze dan liever niet.'],
    ['en', 'If your report does not need the number, it is better not to mention it.', 'If your report does not need the numbers, it is better not to mention them.'],
  ] as const)('in %s: one number is "it", a BSN and an IBAN are "them"', (lang, one, both) => {
    const w = familyWords(lang);
    expect(w.messageOversays('Anna de Boer', [w.oversaid.bsn])).toContain(one);
    expect(w.messageOversays('Anna de Boer', [w.oversaid.bsn, w.oversaid.iban])).toContain(both);
  });
});

describe('famrest2: a bank’s costs whose complaint term passed', () => {
  it('are named as its costs on the family card, never as a bill (BANK-W)', () => {
    const q = missedQuestion('disputeEscalated', { action: 'cancel', openDisputes: [{ reference: 'AB-1', invoiceDate: '2026-12-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95, disputed: { from: '2026-11-01', to: '2026-11-30', days: 30, amount: 3.95 } }] }, 'bank');
    expect(familyWords('nl').missedTerm.provider('ABN Audit', '17 februari 2027', q)).toBe('ABN Audit heeft niet binnen de termijn (tot en met 17 februari 2027) gereageerd op onze klacht over de kosten met kenmerk AB-1.');
    expect(familyWords('en').missedTerm.provider('ABN Audit', '17 February 2027', q)).toBe('ABN Audit did not answer our complaint about the charge with reference AB-1 within the term (until 17 February 2027).');
    // Another provider's bill reads as before.
    expect(familyWords('nl').missedTerm.provider('KPN', '17 februari 2027', missedQuestion('disputeEscalated', { action: 'cancel', openDisputes: [{ reference: 'F-1', invoiceDate: '2026-12-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95, disputed: { from: '2026-11-01', to: '2026-11-30', days: 30, amount: 3.95 } }] }))).toBe('KPN heeft niet binnen de termijn (tot en met 17 februari 2027) gereageerd op onze klacht over rekening F-1.');
  });
});

/** bankwords3 (famrest2's Not done 3): the owner and the desk read a bank's passed complaint term as about its costs; on main „… over factuur AB-1". */
describe("bankwords3: a bank's passed dispute term, for the owner and the desk", () => {
  const ab = (reference: string) => ({ reference, invoiceDate: '2026-12-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95, disputed: { from: '2026-11-01', to: '2026-11-30', days: 30, amount: 3.95 } });
  const complaint = missedQuestion('disputeEscalated', { action: 'cancel', openDisputes: [ab('AB-1')] }, 'bank');
  const objection = missedQuestion('disputed', { action: 'cancel', openDisputes: [ab('AB-1'), ab('AB-2')] }, 'bank');

  it('names its costs by their kenmerk, in Dutch and English', () => {
    expect(ownerWords('nl').contract.missedTerm.provider('ABN', '17 februari 2027', complaint)).toBe('Termijn van ABN tot en met 17 februari 2027 verstreken zonder antwoord op de klacht over de kosten met kenmerk AB-1.');
    expect(ownerWords('en').contract.missedTerm.provider('ABN', '17 February 2027', complaint)).toBe("ABN's term until 17 February 2027 passed without an answer to the complaint about the charge with reference AB-1.");
    expect(providerWords('nl').request.missedTerm('17 februari 2027', complaint)).toBe('De termijn tot en met 17 februari 2027 is verstreken zonder uw antwoord op onze klacht over de kosten met kenmerk AB-1.');
    expect(providerWords('en').request.missedTerm('17 February 2027', complaint)).toBe('The term until 17 February 2027 passed without your answer to our complaint about the charge with reference AB-1.');
    expect(ownerWords('nl').contract.missedTerm.provider('ABN', '17 februari 2027', objection)).toBe('Termijn van ABN tot en met 17 februari 2027 verstreken zonder antwoord op het bezwaar tegen de kosten met kenmerken AB-1 en AB-2.');
    expect(providerWords('en').request.missedTerm('17 February 2027', objection)).toBe('The term until 17 February 2027 passed without your answer to our objection to the charges with references AB-1 and AB-2.');
  });

  it("another provider's bill keeps its invoice", () => {
    const kpn = missedQuestion('disputeEscalated', { action: 'cancel', openDisputes: [ab('F-1')] });
    expect(ownerWords('nl').contract.missedTerm.provider('KPN', '17 februari 2027', kpn)).toBe('Termijn van KPN tot en met 17 februari 2027 verstreken zonder antwoord op de klacht over factuur F-1.');
    expect(providerWords('nl').request.missedTerm('17 februari 2027', kpn)).toBe('De termijn tot en met 17 februari 2027 is verstreken zonder uw antwoord op onze klacht over factuur F-1.');
  });
});

/**
 * englow (audit92 F7): English writes „email", as most of its catalogues and letters already did, never „e-mail": one letter
 * said „by e-mail" and then „by email to …". The sources are read as text too, so a branch the stand-in arguments miss is seen.
 */
describe('englow: English spells „email" one way', () => {
  const hyphened = /\be-mail/i;
  const english = ['letters/templates/en.ts', ...readdirSync('src/words').filter((f) => f.endsWith('.en.ts')).map((f) => `src/words/${f}`)];

  it.each(english)('%s never writes „e-mail"', (file) => {
    expect(readFileSync(file, 'utf8').split('\n').filter((line) => hyphened.test(line))).toEqual([]);
  });

  it.each(Object.keys(CATALOGUES))('the %s catalogue says „email" in English', (audience) => {
    const said = leaves(CATALOGUES[audience as keyof typeof CATALOGUES].en).flatMap(([key, leaf]) => texts(leaf).map((text) => `${key}: ${text}`));
    expect(said.filter((text) => hyphened.test(text))).toEqual([]);
    expect(said.some((text) => /\bemail\b/i.test(text))).toBe(true);
  });

  it('every English letter of the corpus, and the way an answer came, say „email"', () => {
    const letters = letterCorpus().filter((input) => input.language === 'en').map(composeLetter);
    expect(letters.filter((letter) => hyphened.test(JSON.stringify(letter))).map((letter) => letter.title)).toEqual([]);
    expect(RECEIVED_VIA_WORDS.en.email).toBe('by email');
  });
});

// audit101rest F3: a final bill has no number of its own; the reference it is named by is the provider's (the desk's case reference), said so.
describe('a final bill named by the provider\'s reference', () => {
  it('says in the owner\'s next step and the family\'s card whose reference it is, in Dutch and English', () => {
    expect(ownerWords('nl').contract.billOwed('ZS-R1', '€ 28,00', true)).toBe('Eindafrekening (kenmerk van de aanbieder: ZS-R1), € 28,00');
    expect(ownerWords('en').contract.billOwed('ZS-R1', '€28.00', true)).toBe("Final bill (the provider's reference ZS-R1), €28.00");
    expect(familyWords('nl').billToPay('Zuidstroom', 'ZS-R1', '€ 28,00', true)).toBe('Zuidstroom: eindafrekening (kenmerk van de aanbieder: ZS-R1), € 28,00');
    expect(familyWords('en').billOwedHere('ZS-R1', '€28.00', true)).toBe("the final bill (the provider's reference ZS-R1), €28.00");
  });
});

// suspendwords: our collection-stop letter asks to suspend („Ik verzoek u de incasso op te schorten", en „Please suspend the
// collection"); every line that names that request says so, for the owner, the desk and the family, and so do our later letters.
describe('suspendwords: our request is to suspend the collection', () => {
  const stopAsked = { nl: /\b(de|een) incasso te stoppen/, en: /request to stop (the collection|it)\b|asked (\w+ )?to stop a collection|asked for the collection to stop/ };

  it.each(Object.keys(CATALOGUES).flatMap((audience) => (['nl', 'en'] as const).map((lang) => [audience, lang] as const)))('the %s catalogue in %s never calls it a request to stop', (audience, lang) => {
    const said = leaves(CATALOGUES[audience][lang]).flatMap(([key, leaf]) => texts(leaf).map((text) => `${key}: ${text}`));
    expect(said.filter((text) => stopAsked[lang].test(text))).toEqual([]);
  });

  it("names it so where the owner's lines tell what goes again or what is asked", () => {
    expect(ownerWords('nl').contract.noticeCorrectedHint).toContain('dan gaat ons verzoek de incasso op te schorten opnieuw naar het incassobureau');
    expect(ownerWords('en').contract.noticeCorrectedHint).toContain('our request to suspend the collection goes to the agency again');
    expect(ownerWords('nl').timeline.noticeCorrectedLate('Mobiel', '', '', '', 'collection_stop', false, null)).toContain('Ons verzoek om de incasso op te schorten gaat nu naar het incassobureau, met de juiste gegevens.');
    expect(ownerWords('en').timeline.noticeCorrectedLate('Mobile', '', '', '', 'collection_stop', false, null)).toContain('Our request to suspend the collection now goes to the agency, with the right details.');
  });

  it("names the letter's language from the owner's catalogue where her words go into it untranslated", () => {
    expect(ownerWords('en').contract.ownWordsInLetter('KPN', ownerWords('en').contract.letterLanguages.nl)).toBe('The letter to KPN is in Dutch: your words go into it as you type them, untranslated.');
    expect(ownerWords('nl').contract.ownWordsInLetter('Northwind', ownerWords('nl').contract.letterLanguages.en)).toBe('De brief aan Northwind is in het Engels: uw woorden komen erin zoals u ze typt, onvertaald.');
  });

  it('every letter of the corpus that names our earlier request names a suspension', () => {
    const letters = letterCorpus().map((input) => ({ language: input.language, text: JSON.stringify(composeLetter(input)) }));
    const old = { nl: /\bde incasso( van [^.;"]*?)? te stoppen/, en: /to stop the collection/ };
    expect(letters.filter((l) => old[l.language as 'nl' | 'en'].test(l.text)).length).toBe(0);
    expect(letters.some((l) => /[Mm]ijn verzoek van [^.;"]* om de incasso( van [^.;"]*?)? op te schorten/.test(l.text))).toBe(true);
    expect(letters.some((l) => /[Mm]y request of [^.;"]* to suspend the collection/.test(l.text))).toBe(true);
  });
});
