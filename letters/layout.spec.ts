import { composeLetter } from './compose';
import { ARTICLES_OF_LAW, letterDate } from './dates';
import { produceLetter } from './index';
import { type ComposedLetter, type ContractStanding, type Deceased, isFamilyLetter, LETTER_KINDS, type LetterInput, type LetterKind, STANDING_GROUPS } from './model';
import { familyName, formalName, fullName, withWordBefore } from './names';
import { WINDOW } from './render';
import { flat, letterOfKind, type PdfReadBack, type PdfTextItem, readPdf, SAMPLE_NEW_HOLDER, sampleLetter } from './test-support';

const MM = 72 / 25.4;

/** People whose names letters used to get wrong. */
const PEOPLE: Record<string, Deceased> = {
  "d'Ancona": { ...sampleLetter().deceased, givenNames: 'Zoë', surnamePrefix: "d'", surname: 'Ancona', gender: 'female' },
  "'t Hooft": { ...sampleLetter().deceased, givenNames: 'Pieter', surnamePrefix: "'t", surname: 'Hooft', gender: 'male' },
  Nguyễn: { ...sampleLetter().deceased, givenNames: 'Thị Minh Khai', surnamePrefix: null, surname: 'Nguyễn', nameOrder: 'family_first', gender: 'female' },
  'de Vries': sampleLetter().deceased,
};

/** Recipients whose addresses used to overflow or misprint the window. */
const RECIPIENTS: Record<string, Pick<LetterInput, 'recipient' | 'language'>> = {
  'a 90-character company with a department': {
    language: 'nl',
    recipient: {
      name: 'Coöperatieve Nederlandse Energie- en Telecommunicatiemaatschappij voor Particulieren U.A.',
      attention: 'Afdeling Klantenservice Nabestaanden en Overlijdensmeldingen Particulieren',
      address: { street: 'Postbus 1001', postalCode: '9700vb', city: 'Groningen' },
    },
  },
  'an English provider abroad': {
    language: 'en',
    recipient: { name: 'Thames Valley Water plc', attention: 'Bereavement Team', address: { street: '12 Riverside Walk', postalCode: 'RG1 8DB', city: 'Reading', country: 'GB' } },
  },
  'KPN in Groningen': { language: 'nl', recipient: sampleLetter().recipient },
};

/** Outcomes of one, two and three lines, so page breaks fall at every point of a paragraph. */
const STATUSES = [
  'beëindigd per 30 november 2026',
  'overgezet op naam van Maria de Vries-Jansen per 1 december 2026; de eindafrekening volgt binnen zes weken',
  'wacht op antwoord van de aanbieder, die om een verklaring van erfrecht vroeg; die is op 20 november 2026 verstuurd en de aanbieder heeft de ontvangst bevestigd, een besluit volgt uiterlijk 7 december 2026',
];
/** n contracts; their outcomes rotate with n, so each n breaks the page at another point. */
const contracts = (n: number): ContractStanding[] =>
  Array.from({ length: n }, (_, i) => ({
    provider: `Aanbieder ${i + 1}`,
    description: `contract nummer ${i + 1}`,
    action: i % 4 ? 'cancel' : 'transfer',
    outcome: STATUSES[(i * n) % STATUSES.length],
    group: STANDING_GROUPS[(i * 7) % 3],
    date: i % 5 ? `2026-12-${String((i % 28) + 1).padStart(2, '0')}` : null,
    termPassedOn: null,
  }));

/** A letter of any kind, with just the facts that kind needs. */
function letterOf(kind: LetterKind, deceased: Deceased, to: Pick<LetterInput, 'recipient' | 'language'>, extra: Partial<LetterInput> = {}): LetterInput {
  return letterOfKind(kind, to.language, {
    deceased,
    ...to,
    ...(kind === 'transfer' && { newHolder: { ...SAMPLE_NEW_HOLDER, name: 'Maria de Vries-Jansen', relation: 'partner' } }),
    ...(isFamilyLetter(kind) && { recipient: { name: 'Maria de Vries-Jansen', viaPortal: { notified: 'maria@family.example' } }, contractsSummary: contracts(25) }),
    ...extra,
  });
}

const inside = (item: PdfTextItem, r: { x: number; y: number; width: number; height: number }) =>
  item.x >= r.x && item.x + item.width <= r.x + r.width && item.y - item.height >= r.y && item.y <= r.y + r.height;
const overlaps = (item: PdfTextItem, r: { x: number; y: number; width: number; height: number }) =>
  item.x < r.x + r.width && item.x + item.width > r.x && item.y - item.height < r.y + r.height && item.y > r.y;
/** Running header and footer: above 25 mm and below 279 mm from the top (the text ends at 277 mm). */
const isFurniture = (item: PdfTextItem) => item.y < 25 * MM || item.y > 279 * MM;

/** The lines of a set of items, top to bottom, each with its baseline and text (parts joined by their gaps). */
function lines(items: PdfTextItem[]): { y: number; text: string }[] {
  const byLine = new Map<number, PdfTextItem[]>();
  for (const item of items.filter((i) => i.str.trim())) {
    const key = [...byLine.keys()].find((y) => Math.abs(y - item.y) < 1) ?? item.y;
    byLine.set(key, [...(byLine.get(key) ?? []), item]);
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, parts]) => ({ y, text: parts.sort((a, b) => a.x - b.x).map((p) => p.str).join(' ').replace(/\s+/g, ' ').trim() }));
}

/** Runs of lines on a page separated by more than a line's spacing: paragraphs, or their parts. */
function runs(pageLines: { y: number; text: string }[]): string[][] {
  const result: string[][] = [];
  pageLines.forEach((line, i) => {
    if (i === 0 || line.y - pageLines[i - 1].y > 14) result.push([]);
    result[result.length - 1].push(line.text);
  });
  return result;
}

/** Every block of the composed letter as one flat text: what a run must equal when a block is not split. */
const blocksOf = (letter: ComposedLetter) => new Set([...letter.body, letter.closing, letter.signature.join(' '), letter.salutation, letter.subject, letter.references.join(' '), ...letter.enclosures, ...(letter.table?.groups.flatMap((g) => [g.heading, `${g.heading} ${letter.language === 'nl' ? '(vervolg)' : '(continued)'}`, ...(g.note ? [g.note] : [])]) ?? [])].map(flat));

interface Checked {
  letter: ComposedLetter;
  read: PdfReadBack;
}

/** The layout rules every letter must keep, checked on what pdf.js reads back. */
async function checkLayout(input: LetterInput): Promise<Checked> {
  const produced = await produceLetter(input);
  expect({ kind: input.kind, violations: produced.violations }).toEqual({ kind: input.kind, violations: [] });
  const read = await readPdf(produced.pdf!);
  const letter = produced.composed;
  const context = `${input.kind} ${input.language} to ${input.recipient.name} about ${fullName(input.deceased)}`;
  const first = read.pages[0];

  // The window shows the return address and at most six address lines, and nothing else.
  const inWindow = first.items.filter((i) => i.str.trim() && overlaps(i, WINDOW));
  expect({ context, outside: inWindow.filter((i) => !inside(i, WINDOW)).map((i) => i.str) }).toEqual({ context, outside: [] });
  const windowLines = lines(inWindow).map((l) => l.text);
  expect(windowLines[0]).toBe('Steward Nazorg, Herengracht 100, 1015 BS AMSTERDAM');
  const address = windowLines.slice(1);
  expect({ context, lines: address.length <= 6 && address.length >= 2 }).toEqual({ context, lines: true });
  // The postal lines close the address as composed; one wider than the window wraps within it (an e-mail address before its "@").
  expect(flat(address.join(' ')).replace(/ @/g, '@').endsWith(flat(letter.addressee.postal.join(' ')))).toBe(true);
  expect(address[0]).toBe(letter.addressee.name.slice(0, address[0].length));

  // The date line keeps 10 mm clear below the window.
  const dateItem = first.items.find((i) => i.str.startsWith(letter.placeAndDate.split(',')[0] + ','))!;
  expect(dateItem.y - dateItem.height).toBeGreaterThanOrEqual(WINDOW.y + WINDOW.height + 10 * MM - 0.5);

  const total = read.numPages;
  read.pages.forEach((page, n) => {
    const furniture = lines(page.items.filter(isFurniture)).map((l) => l.text);
    const label = input.language === 'nl' ? `${n + 1} van ${total}` : `${n + 1} of ${total}`;
    // Footer with the organisation and its KvK number on every page; the page number once: in the
    // footer of page 1, in the next-page header (reference, date, page) from page 2 on.
    const footer = furniture.find((l) => l.includes('Steward Nazorg · Herengracht 100') && l.includes('00000000'));
    const header = n > 0 ? furniture.find((l) => l.startsWith(`${letter.references.join(' · ')} · ${letterDate(input.letterDate, input.language)}`)) : undefined;
    const numbered = page.items.filter((i) => i.str.includes(label));
    expect({ context, page: n + 1, footer: !!footer, header: n === 0 || !!header, numbered: numbered.length, where: (n === 0 ? footer : header)?.endsWith(label) }).toEqual({ context, page: n + 1, footer: true, header: true, numbered: 1, where: true });
  });

  // Page by page: no page holds only the enclosure list or the closing, no paragraph leaves a single line behind or ahead.
  const blocks = blocksOf(letter);
  read.pages.forEach((page, n) => {
    if (n === 0) return;
    const content = lines(page.items.filter((i) => !isFurniture(i)));
    const texts = content.map((l) => l.text);
    const enclosureLines = new Set(letter.enclosures.map(flat));
    expect({ context, onlyEnclosures: texts.length > 0 && texts.every((t) => enclosureLines.has(t)) }).toEqual({ context, onlyEnclosures: false });
    // Nor the last paragraph, the greeting and the signature alone: the paragraph before comes with them.
    const closingAlone = flat([letter.body[letter.body.length - 1], letter.closing, ...letter.signature, ...letter.enclosures].join(' ')).endsWith(flat(texts.join(' ')));
    expect({ context, page: n + 1, closingAlone }).toEqual({ context, page: n + 1, closingAlone: false });
    const pageRuns = runs(content);
    const previousRuns = runs(lines(read.pages[n - 1].items.filter((i) => !isFurniture(i))));
    const opening = pageRuns[0];
    const closing = previousRuns[previousRuns.length - 1];
    // A run that is not a whole block is part of a paragraph split over the pages: at least two lines each side.
    if (!blocks.has(flat(opening.join(' ')))) expect({ context, page: n + 1, widow: opening, lines: opening.length >= 2 }).toEqual({ context, page: n + 1, widow: opening, lines: true });
    if (!blocks.has(flat(closing.join(' ')))) expect({ context, page: n, orphan: closing, lines: closing.length >= 2 }).toEqual({ context, page: n, orphan: closing, lines: true });
  });

  // Names, dates, an account number with its label and a cited article are never broken over two lines.
  const accountNumber = input.contract?.accountNumber;
  const phrases = [
    // A name longer than a third of a line may break between the given names and the family name, never inside either.
    ...[fullName(input.deceased), formalName(input.deceased, input.language), input.sender.name].filter((name) => name.length <= 40),
    input.deceased.givenNames,
    familyName(input.deceased),
    letterDate(input.deceased.dateOfDeath, input.language),
    ...(accountNumber ? flat(produced.text).match(withWordBefore(accountNumber)) ?? [] : []),
    ...(flat(produced.text).match(ARTICLES_OF_LAW) ?? []),
  ];
  for (const page of read.pages) {
    const pageLines = lines(page.items).map((l) => l.text);
    pageLines.slice(1).forEach((line, i) => {
      const seam = `${pageLines[i]} ${line}`;
      const broken = phrases.filter((p) => seam.includes(p) && ![pageLines[i], line].some((l) => l.includes(p)) && !seam.replace(p, '').includes(p));
      expect({ context, seam, broken }).toEqual({ context, seam, broken: [] });
    });
  }

  // No paragraph ends in a line of one lone word ("…van de nalatenschap / in.") when the line above could give it one.
  const paragraphs = new Set(letter.body.map(flat));
  for (const page of read.pages) {
    for (const run of runs(lines(page.items.filter((i) => !isFurniture(i))))) {
      if (run.length < 2 || !paragraphs.has(flat(run.join(' ')))) continue;
      const [above, last] = run.slice(-2).map((l) => l.split(' ').length);
      expect({ context, run, lone: last === 1 && above > 2 }).toEqual({ context, run, lone: false });
    }
  }
  return { letter, read };
}

describe('names as recorded, in Dutch form', () => {
  it.each([
    ["d'Ancona", "Zoë d'Ancona", "mevrouw D'Ancona", "Ms D'Ancona"],
    ["'t Hooft", "Pieter 't Hooft", "de heer 't Hooft", "Mr 't Hooft"],
    ['Nguyễn', 'Nguyễn Thị Minh Khai', 'mevrouw Nguyễn', 'Ms Nguyễn'],
    ['de Vries', 'Jan de Vries', 'de heer De Vries', 'Mr De Vries'],
  ])('%s: in full "%s", with a title "%s" / "%s"', async (who, full, nl, en) => {
    expect(fullName(PEOPLE[who])).toBe(full);
    expect(formalName(PEOPLE[who], 'nl')).toBe(nl);
    expect(formalName(PEOPLE[who], 'en')).toBe(en);
    const text = flat((await readPdf((await produceLetter(sampleLetter({ deceased: PEOPLE[who] }))).pdf!)).pages[0].items.map((i) => i.str).join(' '));
    expect(text).toContain(`${full}, geboren op 14 mei 1946`);
    expect(text).toContain(`Ik regel de afwikkeling van de lopende contracten van ${nl}.`);
  });
});

describe('letters laid out for a window envelope, PostNL and NEN 1026', () => {
  for (const [who, deceased] of Object.entries(PEOPLE).slice(0, 3)) {
    for (const [what, to] of Object.entries(RECIPIENTS)) {
      it(`every kind about ${who}, to ${what}`, async () => {
        for (const kind of LETTER_KINDS) await checkLayout(letterOf(kind, deceased, isFamilyLetter(kind) ? { ...to, language: to.language } : to));
      });
    }
  }

  it('fits a 90-character company name with its department in six lines, writing the postcode line as PostNL sorts it', async () => {
    const { read } = await checkLayout(letterOf('cancellation', PEOPLE['de Vries'], RECIPIENTS['a 90-character company with a department']));
    const windowLines = lines(read.pages[0].items.filter((i) => overlaps(i, WINDOW))).map((l) => l.text);
    expect(windowLines.length).toBe(1 + 6);
    expect(windowLines.slice(-2)).toEqual(['Postbus 1001', '9700 VB GRONINGEN']);
    const postcode = read.pages[0].items.filter((i) => i.str === '9700 VB' || i.str === 'GRONINGEN');
    // Two spaces between postcode and town: a gap of about two space widths between the two words.
    expect(postcode[1].x - (postcode[0].x + postcode[0].width)).toBeGreaterThan(4.5);
  });

  it('keeps a short account number with its label, a long family name and a cited article on one line, in every kind and language', async () => {
    const long: Deceased = { ...PEOPLE['de Vries'], givenNames: 'Johannes Cornelis Maria', surnamePrefix: 'van den', surname: 'Berg-van der Heijden', gender: 'unknown' };
    const enclosures = ['Akte van overlijden', 'Verklaring van erfrecht', 'Volmacht van de erfgenamen aan Steward Nazorg', 'Identiteitsbewijs nabestaande', 'Laatste factuur van november 2026', 'Bevestiging van de opzegging van het contract'].map((title, i) => ({ documentId: `doc-${i}`, kind: i === 2 ? 'power_of_attorney' : 'other', title }));
    for (const language of ['nl', 'en'] as const) {
      for (const kind of LETTER_KINDS) {
        const to = { ...RECIPIENTS['a 90-character company with a department'], language };
        const base = letterOf(kind, long, to, { enclosures, travellingDocumentIds: enclosures.map((e) => e.documentId) });
        const input = { ...base, contract: { ...base.contract!, accountNumber: '12345' }, ...(kind === 'correction' && { corrections: [{ field: 'accountNumber' as const, from: '12354', to: '12345' }] }) };
        const { read } = await checkLayout(input);
        // What a reader sees: "12345" never opens a line, it follows its label ("klantnummer 12345").
        const numbered = read.pages.flatMap((p) => lines(p.items).map((l) => l.text)).filter((t) => /(?<![\d.])12345(?!\d)/.test(t));
        if (!isFamilyLetter(kind)) expect(numbered.length).toBeGreaterThan(0);
        for (const line of numbered) expect({ kind, language, line, opens: /^12345/.test(line) }).toEqual({ kind, language, line, opens: false });
      }
    }
  });

  it("wraps a report's long e-mail address inside the window, breaking before the @", async () => {
    const notified = 'maria.de.vries-jansen.erfgenaam@familie-de-vries-jansen.example';
    expect(notified.length).toBeGreaterThan(60);
    for (const kind of ['progress_report', 'final_report'] as const) {
      for (const language of ['nl', 'en'] as const) {
        const to = { language, recipient: { name: 'Maria de Vries-Jansen', viaPortal: { notified } } };
        const { read } = await checkLayout(letterOf(kind, PEOPLE['de Vries'], to, to));
        const windowLines = lines(read.pages[0].items.filter((i) => overlaps(i, WINDOW))).map((l) => l.text);
        expect({ kind, language, lines: windowLines.slice(1) }).toEqual({
          kind,
          language,
          lines: ['Maria de Vries-Jansen', ...(language === 'nl' ? ['Geplaatst in het familieportaal', 'Bericht per e-mail aan'] : ['Placed in the family portal', 'Notice by email to']), 'maria.de.vries-jansen.erfgenaam', '@familie-de-vries-jansen.example'],
        });
      }
    }
  });

  it('ends an address abroad with the country in capitals', async () => {
    const { letter } = await checkLayout(letterOf('cancellation', PEOPLE['de Vries'], RECIPIENTS['an English provider abroad']));
    expect(letter.addressee.postal).toEqual(['12 Riverside Walk', 'RG1 8DB Reading', 'UNITED KINGDOM']);
  });

  it('keeps paragraphs whole at page breaks and the closing with the signature and the enclosures, however long the letter', async () => {
    let pages = 0;
    for (let n = 18; n <= 34; n++) pages = Math.max(pages, (await checkLayout(letterOf('progress_report', PEOPLE["d'Ancona"], RECIPIENTS['KPN in Groningen'], { contractsSummary: contracts(n) }))).read.numPages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const enclosures = [
      { documentId: 'doc-2', kind: 'certificate_of_inheritance', title: 'Verklaring van erfrecht' },
      { documentId: 'doc-3', kind: 'id_document', title: 'Identiteitsbewijs nabestaande' },
    ];
    for (let sentences = 10; sentences <= 40; sentences += 2) {
      const answer = Array.from({ length: sentences }, (_, i) => `Rekening ${i + 1} is een spaarrekening zonder saldo.`).join(' ');
      await checkLayout(letterOf('information_supplied', PEOPLE['de Vries'], RECIPIENTS['KPN in Groningen'], { informationAnswer: answer, enclosures, travellingDocumentIds: ['doc-2', 'doc-3'] }));
    }
  });
});

describe('the reports to the family list every contract in a table under its status', () => {
  it.each(['nl', 'en'] as const)('25 contracts (%s): each under its heading, the header row repeated on every page the table continues on, no heading left at a page foot', async (language) => {
    const summary = contracts(25);
    const { letter, read } = await checkLayout(letterOf('progress_report', PEOPLE['de Vries'], { ...RECIPIENTS['KPN in Groningen'], language }, { contractsSummary: summary }));
    expect(read.numPages).toBeGreaterThanOrEqual(2);
    const groups = letter.table!.groups;
    const headings = new Map(groups.map((g, i) => [g.heading, STANDING_GROUPS.filter((s) => summary.some((c) => c.group === s))[i]]));
    expect([...headings.keys()]).toEqual(language === 'nl' ? ['Afgerond', 'Wacht op de organisatie', 'Wacht op ons'] : ['Done', 'Waiting on the organisation', 'Waiting on us']);
    const isHeaderRow = (text: string) => groups.some((g) => text === g.columns.join(' '));
    const found = new Map<string, string | undefined>();
    let heading: string | undefined;
    let headerRows = 0;
    read.pages.forEach((page, n) => {
      const content = lines(page.items.filter((i) => !isFurniture(i))).map((l) => l.text);
      const firstRow = content.findIndex((t) => /^Aanbieder \d+ /.test(t));
      const firstHeading = content.findIndex((t) => headings.has(t));
      // A page the table continues on opens with its header row.
      if (n > 0 && firstRow >= 0 && (firstHeading < 0 || firstRow < firstHeading)) expect({ page: n + 1, opens: isHeaderRow(content[firstRow - 1] ?? '') }).toEqual({ page: n + 1, opens: true });
      content.forEach((text, i) => {
        if (headings.has(text)) {
          heading = text;
          // Never alone at the foot: its header row and at least one contract follow on the same page.
          expect({ page: n + 1, heading: text, followed: isHeaderRow(content[i + 1] ?? '') && /^Aanbieder \d+ /.test(content[i + 2] ?? '') }).toEqual({ page: n + 1, heading: text, followed: true });
        }
        if (isHeaderRow(text)) headerRows++;
        const row = /^(Aanbieder \d+) /.exec(text);
        if (row) found.set(row[1], heading);
      });
    });
    expect(headerRows).toBeGreaterThan(groups.length); // at least one header row repeated
    // A page a group continues on names the group again, above the repeated header row.
    const continued = language === 'nl' ? ' (vervolg)' : ' (continued)';
    const opening = read.pages.slice(1).map((p) => lines(p.items.filter((i) => !isFurniture(i))).map((l) => l.text));
    const continuing = opening.filter((content) => isHeaderRow(content[1] ?? '') && !headings.has(content[0]));
    expect(continuing.length).toBeGreaterThan(0);
    for (const content of continuing) expect({ opens: content[0] }).toEqual({ opens: expect.stringMatching(new RegExp(`^(${[...headings.keys()].join('|')})${continued.replace(/[()]/g, '\\$&')}$`)) });
    expect(found.size).toBe(25);
    for (const contract of summary) expect({ contract: contract.provider, under: headings.get(found.get(contract.provider)!) }).toEqual({ contract: contract.provider, under: contract.group });
    // A row's first line: provider, what we asked, status, date (whole, never broken); a contract without a date shows a dash.
    // The status's date keeps its "per" ("beëindigd / per 30 november 2026"): a cell's last word gets company from the line above when both fit.
    const rows = read.pages.flatMap((p) => lines(p.items.filter((i) => !isFurniture(i))).map((l) => l.text));
    const asked = language === 'nl' ? ['Overzetten', 'Opzeggen'] : ['Transfer', 'Cancel'];
    const firstLine = (provider: string) => rows.find((r) => r.startsWith(`${provider} `));
    expect(firstLine('Aanbieder 1')).toMatch(new RegExp(`^Aanbieder 1 ${asked[0]}: contract beëindigd –$`));
    expect(firstLine('Aanbieder 4')).toMatch(new RegExp(`^Aanbieder 4 ${asked[1]}: contract beëindigd ${letterDate('2026-12-04', language)}$`));
    // Tagged as a table: TH once per group's header row (the repeats are artifacts), a TD per cell.
    const roles = read.pages.flatMap((p) => p.structure);
    expect(roles).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD', 'H2']));
    expect(roles.filter((r) => r === 'TH')).toHaveLength(groups.length * 4);
    expect(roles.filter((r) => r === 'TD')).toHaveLength(25 * 4);
  });
  it('lists the bills still to pay and those paid after the contracts, each heading with its header row and first bill, the note under the bills, wherever the page breaks', async () => {
    const bills = [
      { provider: 'Aanbieder 2 (contract nummer 2)', reference: 'F-2026-000123', amount: 24.98, paidOn: null },
      { provider: 'Aanbieder 5', reference: 'F-2026-000124', amount: 1312.5, paidOn: null },
      { provider: 'Aanbieder 7', reference: 'F-7', amount: 9.95, paidOn: '2026-12-05' },
    ];
    const headings = ['Nog te betalen uit de nalatenschap', 'Betaald uit de nalatenschap'];
    let pages = 0;
    for (let n = 12; n <= 30; n++) {
      const { letter, read } = await checkLayout(letterOf('final_report', PEOPLE['de Vries'], RECIPIENTS['KPN in Groningen'], { contractsSummary: contracts(n), estateBills: bills }));
      pages = Math.max(pages, read.numPages);
      const content = read.pages.flatMap((p) => lines(p.items.filter((i) => !isFurniture(i))).map((l) => l.text)).join('\n');
      const columns = letter.table!.groups.filter((g) => headings.includes(g.heading)).map((g) => g.columns.join(' '));
      // Each heading on the page of its header row and first bill; the note under the last bill still to pay, before the paid ones.
      for (const page of read.pages) {
        const texts = lines(page.items.filter((i) => !isFurniture(i))).map((l) => l.text);
        texts.forEach((text, i) => {
          if (headings.includes(text)) expect({ n, text, followed: columns.includes(texts[i + 1] ?? '') && /^Aanbieder \d+ /.test(texts[i + 2] ?? '') }).toEqual({ n, text, followed: true });
        });
      }
      const order = ['\nNog te betalen uit de nalatenschap\n', '\nAanbieder 2 F-2026-000123 € 24,98\n', '\nAanbieder 5 F-2026-000124 € 1.312,50\n', '\nVolgens het dossier worden', '\nBetaald uit de nalatenschap\n', '\nAanbieder 7 F-7 € 9,95 5 december 2026\n', '\nKomt er toch nog een rekening'];
      const at = order.map((text) => content.indexOf(text));
      expect({ n, at }).toEqual({ n, at: [...at].sort((a, b) => a - b) });
      expect({ n, missing: order.filter((_, i) => at[i] < 0) }).toEqual({ n, missing: [] });
    }
    expect(pages).toBeGreaterThanOrEqual(2);
  });
  it.each(['nl', 'en'] as const)('keeps a number in a table cell with the word before it: "Abonnement / nummer 11", never "Abonnement nummer / 11" (%s)', async (language) => {
    const summary = contracts(25).map((c, i) => ({ ...c, description: `Abonnement nummer ${i + 1}` }));
    const { read } = await checkLayout(letterOf('progress_report', PEOPLE['de Vries'], { ...RECIPIENTS['KPN in Groningen'], language }, { contractsSummary: summary }));
    const text = read.pages.flatMap((p) => lines(p.items.filter((i) => !isFurniture(i))).map((l) => l.text)).join('\n');
    const apart = summary.map((_, i) => i + 1).filter((n) => !new RegExp(`nummer ${n}\\b`).test(text));
    expect({ apart }).toEqual({ apart: [] });
  });
});

describe('accessible and archivable PDFs', () => {
  it.each(['nl', 'en'] as const)('are tagged PDF/A-2b with title, language and author in the XMP metadata (%s)', async (language) => {
    const input = letterOf('progress_report', PEOPLE.Nguyễn, { ...RECIPIENTS['KPN in Groningen'], language });
    const { letter, read } = await checkLayout(input);
    expect(read.info.PDFFormatVersion).toBe('1.7');
    expect(read.marked).toBe(true);
    expect(read.xmp).toEqual({ 'dc:title': letter.about, 'dc:creator': ['Steward Nazorg'], 'dc:language': language === 'nl' ? 'nl-NL' : 'en-GB', 'pdfaid:part': '2', 'pdfaid:conformance': 'B' });
    expect(read.info).toEqual(expect.objectContaining({ Title: letter.about, Language: language === 'nl' ? 'nl-NL' : 'en-GB', Author: 'Steward Nazorg' }));
    expect(String(read.info.Title)).not.toMatch(/Betreft|Subject:/);
    const roles = read.pages.flatMap((p) => p.structure);
    expect(roles).toEqual(expect.arrayContaining(['Document', 'H1', 'P']));
    // PDF/A wants an output intent with an embedded colour profile.
    const bytes = (await produceLetter(input)).pdf!.toString('latin1');
    expect(bytes).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(bytes).toMatch(/\/S \/GTS_PDFA1[\s\S]*\/DestOutputProfile \d+ 0 R/);
  });

  it('tags the enclosure list as a list', async () => {
    const { read } = await checkLayout(letterOf('cancellation', PEOPLE['de Vries'], RECIPIENTS['KPN in Groningen']));
    expect(read.pages.flatMap((p) => p.structure)).toEqual(expect.arrayContaining(['L', 'LI', 'LBody']));
  });

  it('renders the same letter to the same bytes, and another date to other bytes', async () => {
    const input = letterOf('cancellation', PEOPLE["'t Hooft"], RECIPIENTS['an English provider abroad']);
    const [a, b] = await Promise.all([produceLetter(input), produceLetter(input)]);
    expect(Buffer.compare(a.pdf!, b.pdf!)).toBe(0);
    const later = await produceLetter({ ...input, letterDate: '2026-11-23', today: '2026-11-23' });
    expect(Buffer.compare(a.pdf!, later.pdf!)).not.toBe(0);
  });
});

it('composes the address from its parts', () => {
  expect(composeLetter(sampleLetter()).recipient).toEqual(['KPN', 't.a.v. Team Nabestaanden', 'Antwoordnummer 1001', '9700 VB  GRONINGEN']);
});
