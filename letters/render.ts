import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ComposedLetter } from './model';

/** The fonts ship next to this file (letters/fonts), in the sources and in the compiled build alike. */
function fontsDir(): string {
  for (const dir of [join(__dirname, 'fonts'), join(__dirname, '..', '..', 'letters', 'fonts')]) {
    if (existsSync(join(dir, 'DejaVuSans.ttf'))) return dir;
  }
  throw new Error('letters/fonts/DejaVuSans.ttf not found');
}

const FONT_FILES = { Letter: 'DejaVuSans.ttf', 'Letter-Bold': 'DejaVuSans-Bold.ttf' } as const;
type FontName = keyof typeof FONT_FILES;

/** PDFKit internals this module relies on to share a parsed font between documents. */
interface FontCache {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: EmbeddedFont;
}

interface EmbeddedFont {
  font: unknown;
  layoutCache: Record<string, unknown>;
  constructor: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => EmbeddedFont;
}

/** The parts of a fontkit font (PDFKit's parser) that useFont adjusts. */
interface FontkitGlyph {
  _decode(): unknown;
}
interface FontkitFont {
  _tables: Record<string, unknown>;
  getGlyph(id: number, characters?: number[]): FontkitGlyph | null;
}
const decodedOnce = new WeakSet<FontkitGlyph>();

/**
 * Makes a parsed font cheap to embed again and again; the bytes of every letter stay the same.
 * - DejaVu's TrueType hinting programs stay out of the subsets: fontkit re-encodes them value by
 *   value for each document (a fifth of the render time), PDF viewers and printers rasterise
 *   without them, and a letter is 3 KB smaller. Pre-filling fontkit's table cache is the only way
 *   to drop a table it has found in the file.
 * - fontkit keeps its glyph objects but decodes a glyph's outline again for every subset that
 *   embeds it; each glyph now decodes once per process.
 */
function prepareForReuse(font: FontkitFont): void {
  for (const tag of ['fpgm', 'prep', 'cvt ']) font._tables[tag] = undefined;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters) => {
    const glyph = getGlyph(id, characters);
    if (glyph && !decodedOnce.has(glyph)) {
      const decode = glyph._decode.bind(glyph);
      let decoded: unknown;
      glyph._decode = () => (decoded ??= decode());
      decodedOnce.add(glyph);
    }
    return glyph;
  };
}

/** Shaped words are cached per font; letters repeat most of their words, so the cache stays small. */
const MAX_CACHED_WORDS = 20_000;

const fontFiles = new Map<FontName, Buffer>();
const parsedFonts = new Map<FontName, { font: unknown; EmbeddedFont: EmbeddedFont['constructor']; layoutCache: Record<string, unknown> }>();

/**
 * Selects a letter font, parsing each font file once per process. DejaVu Sans covers Latin,
 * Latin Extended, Vietnamese, Greek and Cyrillic. PDFKit parses a registered font again for every
 * document (≈ 80 ms for DejaVu); instead, the first document's parsed font (fontkit) is kept and
 * later documents get an embedded font built on it, sharing its cache of shaped words — each
 * document still embeds its own subset of the glyphs it uses.
 */
function useFont(doc: PDFKit.PDFDocument, name: FontName): void {
  const internals = doc as unknown as FontCache;
  const parsed = parsedFonts.get(name);
  if (parsed && !internals._fontFamilies[name]) {
    const embedded = new parsed.EmbeddedFont(doc, parsed.font, `F${++internals._fontCount}`);
    if (Object.keys(parsed.layoutCache).length > MAX_CACHED_WORDS) parsed.layoutCache = {};
    embedded.layoutCache = parsed.layoutCache;
    internals._fontFamilies[name] = embedded;
  }
  if (!parsed) {
    if (!fontFiles.has(name)) fontFiles.set(name, readFileSync(join(fontsDir(), FONT_FILES[name])));
    doc.registerFont(name, fontFiles.get(name)!);
  }
  doc.font(name);
  if (!parsed) {
    prepareForReuse(internals._font.font as FontkitFont);
    parsedFonts.set(name, { font: internals._font.font, EmbeddedFont: internals._font.constructor, layoutCache: internals._font.layoutCache });
  }
}

const MM = 72 / 25.4;
/** A4 with the recipient in the window of a Dutch window envelope (venster links: 20 mm from the left, 50 mm from the top). */
const LAYOUT = {
  margin: 20 * MM,
  window: { x: 22 * MM, y: 50 * MM, width: 85 * MM },
  sender: { x: 125 * MM, y: 15 * MM, width: 65 * MM },
  reference: { y: 95 * MM },
  textWidth: 170 * MM,
};

export interface RenderMeta {
  author: string;
  /** The letter date; also the PDF's creation date, so the same letter renders to the same bytes. */
  letterDate: string;
}

/**
 * An A4 document with title, author and language set. The creation date is the letter date, so the
 * same content gives the same bytes; no default Helvetica, whose metrics PDFKit would parse each time.
 */
function newDocument(meta: RenderMeta & { title: string; subject?: string; language: 'nl' | 'en' }) {
  const date = new Date(`${meta.letterDate}T09:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    font: null as unknown as string,
    margins: { top: LAYOUT.margin, bottom: LAYOUT.margin, left: LAYOUT.margin, right: LAYOUT.margin },
    lang: meta.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, ...(meta.subject && { Subject: meta.subject }), Creator: 'Steward', Producer: 'Steward', CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

/** Renders a composed letter to PDF bytes. Deterministic: same letter and meta, same bytes. */
export function renderLetterPdf(letter: ComposedLetter, meta: RenderMeta): Promise<Buffer> {
  const { doc, done } = newDocument({ ...meta, title: `${letter.title} – ${letter.subject}`, subject: letter.subject, language: letter.language });

  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(value, { lineGap: 2, ...options });

  useFont(doc, 'Letter');
  doc.fontSize(9).text(letter.sender.join('\n'), LAYOUT.sender.x, LAYOUT.sender.y, { width: LAYOUT.sender.width, align: 'right', lineGap: 2 });
  doc.fontSize(10.5).text(letter.recipient.join('\n'), LAYOUT.window.x, LAYOUT.window.y, { width: LAYOUT.window.width, lineGap: 2 });

  doc.fontSize(10).text(letter.placeAndDate, LAYOUT.margin, LAYOUT.reference.y, { width: LAYOUT.textWidth, lineGap: 2 });
  for (const reference of letter.references) text(reference, { width: LAYOUT.textWidth });
  doc.moveDown(1.2);
  useFont(doc, 'Letter-Bold');
  text(letter.subject, { width: LAYOUT.textWidth });
  useFont(doc, 'Letter');
  doc.moveDown(1.2);
  text(letter.salutation, { width: LAYOUT.textWidth });
  doc.moveDown(0.8);
  for (const paragraph of letter.body) {
    text(paragraph, { width: LAYOUT.textWidth, align: 'left' });
    doc.moveDown(0.8);
  }
  text(letter.closing, { width: LAYOUT.textWidth });
  doc.moveDown(2.5);
  text(letter.signature.join('\n'), { width: LAYOUT.textWidth });
  if (letter.enclosures.length) {
    doc.moveDown(1.5).fontSize(9);
    text(letter.enclosures.join('\n'), { width: LAYOUT.textWidth });
  }
  doc.end();
  return done;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A plain document of dated lines (the dossier's timeline), in the letters' font. */
export function renderTimelinePdf(title: string, lines: string[], meta: RenderMeta & { language: 'nl' | 'en' }): Promise<Buffer> {
  const { doc, done } = newDocument({ ...meta, title });
  useFont(doc, 'Letter-Bold');
  doc.fontSize(14).text(title, { width: LAYOUT.textWidth });
  useFont(doc, 'Letter');
  doc.moveDown().fontSize(10);
  for (const line of lines) doc.text(line, { width: LAYOUT.textWidth, lineGap: 2 }).moveDown(0.4);
  doc.end();
  return done;
}
