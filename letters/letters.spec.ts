import { isFamilyLetter, LETTER_KINDS, LetterHistory, LetterInput } from './model';
import { composeLetter } from './compose';
import { produceLetter } from './index';
import { WINDOW } from './render';
import { lintLetter } from './rules';
import { flat, pdfInfo, pdfText, sampleLetter } from './test-support';

describe('letters: rendered and read back with pdf.js', () => {
  it.each([
    ['Şükrü', null, 'Yılmaz'],
    ['Łucja', null, 'Wróbel-Kowalska'],
    ['Nguyễn Thị Minh', null, 'Khai'],
    ['Zoë', null, "d'Ancona"],
    ['Jan', 'de', 'Vries'],
  ])('names %s %s %s exactly as recorded', async (givenNames, surnamePrefix, surname) => {
    const input = sampleLetter({ deceased: { ...sampleLetter().deceased, givenNames, surnamePrefix, surname, gender: 'unknown' } });
    const letter = await produceLetter(input);
    expect(letter.violations).toEqual([]);
    const full = [givenNames, surnamePrefix, surname].filter(Boolean).join(' ');
    expect(flat(await pdfText(letter.pdf!))).toContain(`${full}, geboren op 14 mei 1946, is op 2 november 2026 overleden`);
  });

  it.each([
    ['nl', 'Mijn antwoord: "Jan had één rekening.\nZie de bijlagen."', 'Bijlagen: – Verklaring van erfrecht – Identiteitsbewijs nabestaande'],
    ['en', 'My answer: "Jan had één rekening.\nZie de bijlagen."', 'Enclosures: – Verklaring van erfrecht – Identiteitsbewijs nabestaande'],
  ] as const)("answers the provider's question (%s) in the owner's own words, listing what travels with it", async (language, answer, list) => {
    const enclosures = [
      { documentId: 'doc-2', kind: 'certificate_of_inheritance', title: 'Verklaring van erfrecht' },
      { documentId: 'doc-3', kind: 'id_document', title: 'Identiteitsbewijs nabestaande' },
    ];
    const input = sampleLetter({
      kind: 'information_supplied',
      language,
      informationMessage: 'Wie zijn de erfgenamen?',
      informationAnswer: 'Jan had één rekening.\nZie de bijlagen.',
      enclosures,
      travellingDocumentIds: ['doc-2', 'doc-3'],
    });
    const letter = await produceLetter(input);
    expect(letter.violations).toEqual([]);
    expect(letter.composed.body).toContain(answer);
    expect(letter.composed.enclosures.join(' ')).toBe(list);
    expect(flat(await pdfText(letter.pdf!))).toContain(flat(answer));
  });

  it('follows Dutch business-letter conventions, with the recipient in the envelope window', async () => {
    const { pdf } = await produceLetter(sampleLetter({ providerReference: 'KPN-778' }));
    const text = flat(await pdfText(pdf!));
    expect(text).toContain('Amsterdam, 22 november 2026');
    expect(text).toContain('Uw kenmerk: KPN-778 Ons kenmerk: ST-2026-00042');
    expect(text).toContain('Betreft: Opzegging na overlijden: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries');
    expect(text).toContain('Geachte heer, mevrouw,');
    expect(text).toContain('namens de nabestaanden van de heer De Vries'.replace('namens', 'Namens'));
    expect(text).toContain('Met vriendelijke groet, Anna de Boer Nabestaandenspecialist, Steward Nazorg Telefoon (direct): +31 20 555 0101 E-mail: anna@steward.example');
    expect(text).toContain('Bijlagen: – Akte van overlijden');
    expect(text).toMatch(/alle verdere correspondentie hierover aan mij richten, Anna de Boer/);
    const window = await pdfText(pdf!, WINDOW);
    expect(window.trim().split('\n').map((l) => l.trim())).toEqual(['Steward Nazorg, Herengracht 100, 1015 BS  AMSTERDAM', 'KPN', 't.a.v. Team Nabestaanden', 'Antwoordnummer 1001', '9700 VB GRONINGEN']);
  });

  it('renders every kind in Dutch and English without breaking a rule', async () => {
    for (const kind of LETTER_KINDS) {
      for (const language of ['nl', 'en'] as const) {
        const input = sampleLetter({
          kind,
          language,
          ...(kind === 'transfer' && { contract: { ...sampleLetter().contract!, action: 'transfer' }, newHolder: { name: 'Maria de Vries-Jansen', relation: 'partner' } }),
          ...(['dispute', 'dispute_escalation'].includes(kind) && { invoice: INVOICE, contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' } }),
          ...(kind === 'collection_stop' && { collection: { agency: 'Incasso Noord', reference: 'INC-9', amount: 80, copyTo: 'Incasso Noord' } }),
          ...(['reminder', 'escalation', 'withdrawal'].includes(kind) && { previousLetterDate: '2026-11-09' }),
          history: HISTORY,
          ...(isFamilyLetter(kind) && {
            recipient: { name: 'Maria de Vries-Jansen', deliveredVia: 'maria@family.example' },
            contractsSummary: [{ provider: 'KPN', description: 'Internet', outcome: 'beëindigd per 30 november 2026' }],
          }),
        });
        const letter = await produceLetter(input);
        expect({ kind, language, violations: letter.violations }).toEqual({ kind, language, violations: [] });
        const text = flat(await pdfText(letter.pdf!));
        expect({ kind, language, named: text.includes('Jan de Vries') }).toEqual({ kind, language, named: true });
        if (kind === 'dispute') expect(text).toContain(language === 'nl' ? '€ 1.249,50' : '€1,249.50');
        if (kind === 'dispute') expect(text).toContain(language === 'nl' ? 'Daarvan betreft € 624,75 de periode 1 december 2026 tot en met 31 december 2026' : 'Of this, €624.75 covers 1 December 2026 to 31 December 2026');
        if (kind === 'transfer') expect(text).toContain(language === 'nl' ? 'kan daarom niet zelf tekenen' : 'cannot sign');
      }
    }
  });

  it('renders the same letter to the same bytes, with title, author and language', async () => {
    const [a, b] = await Promise.all([produceLetter(sampleLetter()), produceLetter(sampleLetter())]).then((letters) => letters.map((l) => l.pdf!));
    expect(Buffer.compare(a, b)).toBe(0);
    const info = await pdfInfo(a);
    expect(info.Title).toContain('Opzegging na overlijden');
    expect(info.Author).toBe('Steward Nazorg');
    expect(a.toString('latin1')).toContain('/Lang (nl-NL)');
  });
});

/** Bills 16 November to 31 December; the part after the end date (30 November) is half. */
const INVOICE = { invoiceDate: '2027-01-05', amount: 1249.5, reference: 'F-2027-1', periodFrom: '2026-11-16', periodTo: '2026-12-31', disputed: { from: '2026-12-01', to: '2026-12-31', amount: 624.75 } };
/** Everything a provider letter may refer to happened. */
const HISTORY: LetterHistory = {
  sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'reminder', date: '2026-11-20' }, { kind: 'dispute', date: '2026-12-10' }],
  confirmedEndDate: '2026-11-30',
};

describe('letters about disputes, collections and silence say only what happened', () => {
  const request = { kind: 'cancellation' as const, date: '2026-11-09' };
  const bodyOf = (input: LetterInput) => composeLetter(input).body.join('\n');

  it('complains without a reminder sentence when no reminder was sent, and names the complaints body of the category', () => {
    const escalation = sampleLetter({ kind: 'escalation', previousLetterDate: '2026-11-09', history: { sent: [request], confirmedEndDate: null }, complaintsBody: 'de Geschillencommissie Telecommunicatie' });
    expect(lintLetter(escalation, composeLetter(escalation))).toEqual([]);
    expect(bodyOf(escalation)).not.toMatch(/herinnering/i);
    expect(bodyOf(escalation)).toContain('leg ik de zaak voor aan de Geschillencommissie Telecommunicatie');
    expect(bodyOf({ ...escalation, complaintsBody: null })).not.toMatch(/geschillencommissie|ombudsman/i);
    const reminded = { ...escalation, history: { sent: [request, { kind: 'reminder' as const, date: '2026-11-20' }], confirmedEndDate: null } };
    expect(bodyOf(reminded)).toContain('Op 20 november 2026 heb ik u een herinnering gestuurd.');
  });

  it('escalates an unanswered dispute as a dispute, from the dispute letter', () => {
    const input = sampleLetter({ kind: 'dispute_escalation', invoice: INVOICE, history: HISTORY, complaintsBody: 'de Geschillencommissie Energie' });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    expect(composeLetter(input).subject).toContain('Klacht: geen reactie op ons bezwaar');
    expect(bodyOf(input)).toContain('Op 10 december 2026 heb ik namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, bezwaar gemaakt tegen uw factuur F-2027-1');
    expect(bodyOf(input)).not.toMatch(/verzoek .* te beëindigen|herinnering/);
  });

  it('rejects a reminder, confirmation, dispute or dated letter the history does not hold', () => {
    const lint = (input: LetterInput, edit?: (l: ReturnType<typeof composeLetter>) => void) => {
      const letter = composeLetter(input);
      edit?.(letter);
      return lintLetter(input, letter).filter((v) => v.rule === 'claims-unrecorded-event').map((v) => v.message);
    };
    const silent = sampleLetter({ kind: 'escalation', previousLetterDate: '2026-11-09', history: { sent: [request], confirmedEndDate: null } });
    expect(lint(silent, (l) => (l.body[1] = 'Ondanks mijn herinnering heb ik nog steeds geen antwoord ontvangen.'))).toEqual(['The letter mentions a reminder, but no reminder was sent.']);
    expect(lint({ ...silent, history: { sent: [], confirmedEndDate: null } })).toEqual(['The letter refers to a letter of 9 november 2026, but none went out that day.']);
    const unconfirmed = sampleLetter({ kind: 'dispute_escalation', invoice: INVOICE, history: { sent: [request, { kind: 'dispute', date: '2026-12-10' }], confirmedEndDate: null } });
    expect(lint(unconfirmed)).toEqual(['The letter says the provider confirmed, but no confirmation is recorded.']);
    const undisputed = { ...unconfirmed, history: { sent: [request], confirmedEndDate: '2026-11-30' } };
    expect(lint(undisputed)).toEqual(expect.arrayContaining(['The letter mentions our dispute, but no dispute letter was sent.']));
  });

  it('asks to suspend a collection with its legal footing and the reservation, and a written answer within a realistic term', () => {
    const input = sampleLetter({ kind: 'collection_stop', letterDate: '2026-12-15', today: '2026-12-15', dueDate: '2027-01-05', history: HISTORY, collection: { agency: 'Incasso Noord', reference: 'INC-9', amount: 80, copyTo: 'Incasso Noord' } });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    const body = bodyOf(input);
    expect(body).toContain('(artikel 4:185 lid 1 BW)');
    expect(body).toContain('(artikel 6:96 lid 6 BW)');
    expect(body).toContain('Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.');
    expect(body).toContain('uiterlijk 5 januari 2027 schriftelijk bevestigen');
    expect(body).toContain('Een afschrift van deze brief gaat naar Incasso Noord.');
    expect(body).not.toMatch(/vandaag|niet terecht/);
    // After the three months of art. 4:185 BW the letter no longer claims them.
    expect(bodyOf({ ...input, letterDate: '2027-02-03', today: '2027-02-03' })).not.toContain('4:185');
    expect(bodyOf({ ...input, letterDate: '2027-02-02', today: '2027-02-02' })).toContain('4:185');
  });
});

describe('letter rules', () => {
  const rulesOf = (input: LetterInput, edit?: (l: ReturnType<typeof composeLetter>) => void) => {
    const letter = composeLetter(input);
    edit?.(letter);
    return lintLetter(input, letter).map((v) => v.rule);
  };

  it('passes a good letter', () => {
    expect(rulesOf(sampleLetter())).toEqual([]);
  });

  it('refuses a letter addressed to the deceased, and one sent to their home address', async () => {
    const input = sampleLetter({ recipient: { name: 'Jan de Vries', address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam' } } });
    const letter = await produceLetter(input);
    expect(letter.violations.filter((v) => v.rule === 'addressed-to-deceased').map((v) => v.where)).toEqual(['recipient', 'recipient']);
    expect(letter.pdf).toBeUndefined();
    expect(rulesOf(sampleLetter(), (l) => (l.salutation = 'Geachte heer De Vries,'))).toEqual(['addressed-to-deceased']);
  });

  it('refuses a sentence that asks the deceased to sign, call, log in or reply', () => {
    const violations = lintLetter(sampleLetter(), { ...composeLetter(sampleLetter()), body: ['Jan de Vries kan inloggen op Mijn KPN en daar het formulier ondertekenen.', ...composeLetter(sampleLetter()).body] });
    expect(violations).toEqual([expect.objectContaining({ rule: 'asks-deceased-to-act', where: 'body[0]' })]);
    expect(rulesOf(sampleLetter({ language: 'en' }), (l) => l.body.unshift('Please ask Jan de Vries to sign and reply.'))).toEqual(['asks-deceased-to-act']);
  });

  it('wants the deceased named in full with the date of death', () => {
    expect(rulesOf(sampleLetter(), (l) => (l.body = l.body.map((p) => p.replace('Jan de Vries', 'Jan'))))).toContain('deceased-not-named-in-full');
    expect(rulesOf(sampleLetter(), (l) => (l.body = l.body.map((p) => p.replace('2 november 2026', 'begin november'))))).toContain('deceased-not-named-in-full');
  });

  it('capitalises Dutch surname prefixes correctly', () => {
    expect(rulesOf(sampleLetter(), (l) => l.body.push('Over Jan De Vries nog dit.'))).toEqual(['surname-prefix-case']);
    expect(rulesOf(sampleLetter(), (l) => l.body.push('Het contract van de heer de Vries.'))).toEqual(['surname-prefix-case']);
  });

  it('never guesses "de heer" or "mevrouw" when the gender is unknown', () => {
    const unknown = sampleLetter({ deceased: { ...sampleLetter().deceased, gender: 'unknown' } });
    expect(rulesOf(unknown)).toEqual([]);
    expect(composeLetter(unknown).body.join(' ')).toContain('nabestaanden van Jan de Vries');
    expect(rulesOf(unknown, (l) => l.body.push('Het contract van mevrouw De Vries.'))).toEqual(['gender-guessed']);
  });

  it('finds leftover placeholders', () => {
    const input = sampleLetter({ contract: { ...sampleLetter().contract!, accountNumber: undefined as unknown as string } });
    expect(rulesOf(input)).toContain('leftover-placeholder');
    expect(rulesOf(sampleLetter(), (l) => l.body.push('Bedrag: NaN'))).toEqual(['leftover-placeholder']);
    expect(rulesOf(sampleLetter(), (l) => l.body.push('Beste {naam}'))).toEqual(['leftover-placeholder']);
  });

  it('checks that the dates agree', () => {
    expect(rulesOf(sampleLetter({ contract: { ...sampleLetter().contract!, requestedEndDate: '2026-10-01' } }))).toEqual(['dates-inconsistent']);
    expect(rulesOf(sampleLetter({ today: '2026-11-01' }))).toEqual(['dates-inconsistent']);
    expect(rulesOf(sampleLetter({ deceased: { ...sampleLetter().deceased, dateOfBirth: '2026-11-03' } }))).toEqual(['dates-inconsistent']);
  });

  it('lists only enclosures that can travel with the letter', () => {
    expect(rulesOf(sampleLetter({ travellingDocumentIds: [] }))).toEqual(['missing-enclosure']);
  });

  it('asks the provider to write to the case owner from now on', () => {
    expect(rulesOf(sampleLetter(), (l) => (l.body = l.body.filter((p) => !/correspondentie/.test(p))))).toEqual(['correspondence-to-owner']);
  });

  it('states in a transfer that the holder died and cannot sign, and names the new holder', () => {
    const transfer = sampleLetter({ kind: 'transfer', contract: { ...sampleLetter().contract!, action: 'transfer' }, newHolder: { name: 'Maria de Vries-Jansen', relation: 'partner' } });
    expect(rulesOf(transfer)).toEqual([]);
    expect(rulesOf(transfer, (l) => (l.body = l.body.map((p) => p.replace('kan daarom niet zelf tekenen', 'is niet bereikbaar'))))).toEqual(['transfer-holder-cannot-sign']);
    expect(rulesOf(transfer, (l) => (l.body = l.body.map((p) => p.replace('Maria de Vries-Jansen', 'de erfgenaam'))))).toEqual(['transfer-new-holder']);
  });
});
