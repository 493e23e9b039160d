import { produceLetter } from './index';
import { AUDIT_BILL, collectionStop, flat, readPdf, standardLetterCorpus } from './test-support';

const MM = 72 / 25.4;
/** Where text starts on a following page, below its header (letters/render.ts: 30 mm). */
const NEXT_PAGE_TOP = 30 * MM;

describe('a standard request fits one A4 page (README, Letters → One page)', () => {
  it('every cancellation category, the transfer and the answer to a question, with two enclosures, long names and a long company name, in both languages', async () => {
    const corpus = standardLetterCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(64);
    for (const input of corpus) {
      const context = `${input.kind} ${input.category} ${input.language} about ${input.deceased.surname} to ${input.recipient.name}`;
      const produced = await produceLetter(input);
      expect({ context, violations: produced.violations }).toEqual({ context, violations: [] });
      const read = await readPdf(produced.pdf!);
      expect({ context, pages: read.numPages }).toEqual({ context, pages: 1 });
      const items = read.pages[0].items.filter((i) => i.str.trim());
      const text = flat(items.map((i) => i.str).join(' '));
      // Nothing the letter must say was given up for the room: authority, the reservation, the list of what travels with it.
      const [authority, reservation, list] =
        input.language === 'nl'
          ? ['Ik treed op namens de erfgenamen; de volmacht is bijgevoegd.', 'Deze brief houdt geen erkenning van aansprakelijkheid of aanvaarding van de nalatenschap in.', 'Bijlagen: – Akte van overlijden – Volmacht van de erfgenamen']
          : ['I act on behalf of the heirs; their power of attorney is enclosed.', 'This letter does not acknowledge any liability, nor does it accept the estate.', 'Enclosures: – Death certificate – Power of attorney of the heirs'];
      if (input.kind !== 'information_supplied') expect({ context, authority: text.includes(authority), reservation: text.includes(reservation) }).toEqual({ context, authority: true, reservation: true });
      expect({ context, list: text.includes(list) }).toEqual({ context, list: true });
      // A property insurance is kept for the estate: nothing is refunded (README, insuranceclaim).
      if (input.kind === 'cancellation' && input.insuranceKind !== 'property') expect({ context, refundTo: text.includes(input.language === 'nl' ? 'NL91 ABNA 0417 1643 00 t.n.v. Erven' : 'NL91 ABNA 0417 1643 00 in the name of Erven') }).toEqual({ context, refundTo: true });
      // The text keeps clear of the footer (organisation, KvK, page number at 282 mm).
      const footerTop = Math.min(...items.filter((i) => i.str.includes('KvK')).map((i) => i.y - i.height));
      const lowest = Math.max(...items.filter((i) => !i.str.includes('KvK') && i.y < footerTop).map((i) => i.y));
      expect({ context, clearOfFooter: footerTop - lowest >= 4 * MM }).toEqual({ context, clearOfFooter: true });
    }
  });
});

describe('a letter longer than a page never leaves the closing alone on its last page (README, Letters → Letter layout)', () => {
  it('the stop-collection letters of the audit, to KPN and to Incasso Noord, carry the text before the closing over with it', async () => {
    // The longest realistic stop: the dispute and the credit on record, a claim above the bill, art. 4:185 and art. 6:96 lid 6 BW.
    for (const to of ['provider', 'agency'] as const) {
      const produced = await produceLetter(collectionStop(to, [AUDIT_BILL]));
      expect({ to, violations: produced.violations }).toEqual({ to, violations: [] });
      const { composed: letter } = produced;
      const read = await readPdf(produced.pdf!);
      const last = read.pages[read.numPages - 1];
      // What the reader sees on the last page, without the next-page header and the footer.
      const content = last.items.filter((i) => i.str.trim() && i.y > NEXT_PAGE_TOP && !i.str.includes('KvK') && !/^\d+ van \d+$/.test(i.str.trim()));
      const thanks = letter.body[letter.body.length - 1];
      const thanksY = Math.min(...content.filter((i) => thanks.startsWith(i.str.trim())).map((i) => i.y));
      // Lines above the thanks, the greeting and the signature: at least the last two lines of the paragraph before them.
      const before = new Set(content.filter((i) => i.y < thanksY - 1).map((i) => Math.round(i.y)));
      const text = flat(content.map((i) => i.str).join(' '));
      expect({ to, pages: read.numPages, linesBeforeClosing: before.size >= 2, signed: text.includes('Met vriendelijke groet, Anna de Boer') }).toEqual({ to, pages: read.numPages, linesBeforeClosing: true, signed: true });
      expect(text).toContain(flat(letter.body[letter.body.length - 2]).split(' ').slice(-6).join(' '));
    }
  });
});
