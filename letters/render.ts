import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { returnAddress } from './address';
import { ARTICLES_OF_LAW, DATES_IN_WORDS, IBANS_IN_GROUPS, letterDate } from './dates';
import type { Address, ComposedLetter, Language, ReportTable } from './model';
import { keepTogether } from './names';
import { remembered } from '../workflows/memo';

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
  /** fontkit's subset: the glyphs this document uses, in the order it met them (their new ids). */
  subset: { glyphs: number[]; encode(): Buffer };
  embed(): void;
  toUnicodeCmap(): unknown;
  constructor: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => EmbeddedFont;
}

/** A PDFKit stream object, as far as sharing a compressed font file needs it. */
interface PdfStream {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Buffer | string): void;
  finalize(): void;
  end(chunk?: Buffer | string): void;
}

/** Letters of a kind use mostly the same glyphs in the same order; a few hundred subsets cover them. */
const MAX_CACHED_SUBSETS = 500;
/** A subset's streams, compressed as PDFKit compresses them: its font file (also as fontkit encodes it) and its ToUnicode map. */
interface SubsetFiles {
  encoded: Buffer;
  deflated: Buffer;
  toUnicode?: Buffer;
  /** The glyphs' widths as the font's W array writes them. */
  widths?: PdfText;
}

/**
 * Text PDFKit writes into an object as it is: its PDFObject.convert turns a value it has no rule for
 * into `${value}` (the tag keeps it from being taken for a dictionary). For parts serialised once per process.
 */
class PdfText {
  constructor(private readonly text: string) {}
  get [Symbol.toStringTag](): string {
    return 'PdfText';
  }
  toString(): string {
    return this.text;
  }
}
/** Per font: the glyph ids of a subset → its streams. */
const subsetFiles = new Map<FontName, Map<string, SubsetFiles>>();

/**
 * Encoding a font subset (fontkit) and compressing it (zlib) took a quarter of a letter's render
 * time, and both depend only on the glyphs in their order. The same glyphs are encoded and compressed
 * once per process, with the same calls PDFKit makes, so the bytes are those PDFKit writes itself.
 * So does the ToUnicode map: each glyph's text is that of fontkit's glyph object, which fontkit
 * makes once per glyph id and font (getGlyph), and the font is the process's; the map is written
 * and compressed once per subset rather than once per letter.
 */
function shareSubsetFiles(doc: PDFKit.PDFDocument, name: FontName, embedded: EmbeddedFont): void {
  const files = subsetFiles.get(name) ?? subsetFiles.set(name, new Map()).get(name)!;
  // Looked up once the document embeds its fonts, when no glyph is added any more.
  let file: SubsetFiles | undefined;
  const fileOf = () => {
    if (file) return file;
    file = remembered(files, embedded.subset.glyphs.join(','), MAX_CACHED_SUBSETS, () => {
      const encoded = encode();
      return { encoded, deflated: deflateSync(encoded) };
    });
    return file;
  };
  const encode = embedded.subset.encode.bind(embedded.subset);
  embedded.subset.encode = () => fileOf().encoded;
  const embed = embedded.embed.bind(embedded);
  embedded.embed = () => {
    // The widths follow from the glyphs (each glyph's advance, the font's scale): the W array, written
    // by PDFKit number by number for every letter, is the same text for every document with this subset.
    const internals = embedded as unknown as { widths: number[] | PdfText };
    const widths = internals.widths as number[];
    internals.widths = fileOf().widths ??= new PdfText(`[${widths.map(pdfNumber).join(' ')}]`);
    if (!(doc as unknown as { compress: boolean }).compress) return embed();
    // PDFKit's embed() opens the font file as its first object and ends it with the encoded subset.
    withNextStream(doc, (fontFile) => endDeflated(fontFile, fileOf().deflated), embed);
  };
  const toUnicodeCmap = embedded.toUnicodeCmap.bind(embedded);
  embedded.toUnicodeCmap = () => {
    const subset = fileOf();
    if (!subset.toUnicode) {
      // PDFKit writes a stream's text as binary (latin1) bytes, with a newline.
      return withNextStream(doc, (cmap, text) => endDeflated(cmap, (subset.toUnicode = deflateSync(Buffer.from(`${text}\n`, 'binary')))), toUnicodeCmap);
    }
    const cmap = (doc as unknown as { ref(): PdfStream }).ref();
    endDeflated(cmap, subset.toUnicode);
    return cmap;
  };
}

/** Ends a PDFKit stream with its content compressed beforehand: the object PDFKit writes when it compresses that content itself. */
function endDeflated(stream: PdfStream, deflated: Buffer): void {
  stream.compress = false;
  stream.write(deflated);
  stream.data.Filter = 'FlateDecode';
  stream.finalize();
}

/** Runs make(), ending the first stream it opens with end(stream, what make() ends it with) instead. */
function withNextStream<T>(doc: PDFKit.PDFDocument, end: (stream: PdfStream, content?: string) => void, make: () => T): T {
  const internals = doc as unknown as { ref(data?: object): PdfStream };
  const ref = internals.ref;
  internals.ref = (data) => {
    internals.ref = ref;
    const stream = ref.call(doc, data);
    stream.end = (content) => end(stream, content as string | undefined);
    return stream;
  };
  try {
    return make();
  } finally {
    internals.ref = ref;
  }
}

/** The parts of a fontkit font (PDFKit's parser) that useFont adjusts. */
interface FontkitGlyph {
  _decode(): unknown;
  codePoints: number[];
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
 * - fontkit keeps the characters of the call that first made a glyph object. A subset makes the
 *   components of an accented capital (the S in Ş) without characters, and PDFKit writes a glyph's
 *   characters into the letter's text layer; so a glyph first made as a component gets the
 *   characters of the first text that shows it, or every later letter would read "ubject".
 */
function prepareForReuse(font: FontkitFont): void {
  for (const tag of ['fpgm', 'prep', 'cvt ']) font._tables[tag] = undefined;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters) => {
    const glyph = getGlyph(id, characters);
    if (glyph && !glyph.codePoints.length && characters?.length) glyph.codePoints = characters;
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
const parsedFonts = new Map<FontName, { font: unknown; EmbeddedFont: EmbeddedFont['constructor']; layoutCache: Record<string, unknown>; documents: number }>();
/** Counting the shaped words costs about as much as a letter's text: it is done every hundred documents. */
const WORD_COUNT_EVERY = 100;

/**
 * Selects a letter font, parsing each font file once per process. DejaVu Sans covers Latin,
 * Latin Extended, Vietnamese, Greek and Cyrillic. PDFKit parses a registered font again for every
 * document (≈ 80 ms for DejaVu); instead, the first document's parsed font (fontkit) is kept and
 * later documents get an embedded font built on it, sharing its cache of shaped words — each
 * document still embeds its own subset of the glyphs it uses.
 */
function useFont(doc: PDFKit.PDFDocument, name: FontName): void {
  const internals = doc as unknown as FontCache;
  if (internals._font && internals._font === internals._fontFamilies[name]) return;
  const parsed = parsedFonts.get(name);
  if (parsed && !internals._fontFamilies[name]) {
    const embedded = new parsed.EmbeddedFont(doc, parsed.font, `F${++internals._fontCount}`);
    if (++parsed.documents % WORD_COUNT_EVERY === 0 && Object.keys(parsed.layoutCache).length > MAX_CACHED_WORDS) parsed.layoutCache = {};
    embedded.layoutCache = parsed.layoutCache;
    shareSubsetFiles(doc, name, embedded);
    internals._fontFamilies[name] = embedded;
  }
  if (!parsed) {
    if (!fontFiles.has(name)) fontFiles.set(name, readFileSync(join(fontsDir(), FONT_FILES[name])));
    doc.registerFont(name, fontFiles.get(name)!);
  }
  doc.font(name);
  if (!parsed) {
    shareSubsetFiles(doc, name, internals._font);
    prepareForReuse(internals._font.font as FontkitFont);
    parsedFonts.set(name, { font: internals._font.font, EmbeddedFont: internals._font.constructor, layoutCache: internals._font.layoutCache, documents: 0 });
  }
}

const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };

/**
 * The envelope window as it lies on the folded A4. NEN 1026 "venster links" (Dutch window envelopes
 * EA5/6 and C5/6): the window is 100 × 40 mm at 20 mm from the sheet's left edge and 50 mm from its
 * top (the norm itself is not public; these are the figures Dutch letter templates use). The letter
 * may shift in the envelope, so the text keeps 5 mm clear of the window's left and right edges and
 * 2 mm of its top and bottom; nothing but the return address and the address lies inside it.
 */
export const WINDOW = { x: 20 * MM, y: 50 * MM, width: 100 * MM, height: 40 * MM };
const LEFT = WINDOW.x + 5 * MM;
const RIGHT = A4.width - 20 * MM;
const TEXT_WIDTH = RIGHT - LEFT;
/** PostNL: "Address length: min. 3, max. 6 address lines"; printed in 10–12 pt, no italics. */
const MAX_ADDRESS_LINES = 6;
const ADDRESS = { width: WINDOW.width - 10 * MM, returnY: WINDOW.y + 2 * MM, firstLineY: WINDOW.y + 7 * MM, size: 10, leading: 11.5 };
/** The date line keeps 10 mm clear below the window (its em box, 11 mm to its first line), so a slipping letter never shows it. */
const DATE_Y = WINDOW.y + WINDOW.height + 11 * MM;
const SENDER = { y: 15 * MM, size: 8.5, leading: 11 };
/**
 * DejaVu Sans is wide with a large x-height: at 9.5 pt its x-height equals Arial’s at 10 pt, the
 * usual size of a Dutch business letter, and its lines stand 1.24 × the size apart (Word's "single"
 * for it is 1.16). With the text down to 20 mm above the sheet's foot (5 mm above the footer) a
 * standard request fits one page (README, Letters → One page).
 */
const BODY = { size: 9.5, leading: 11.75 };
const CONTENT_BOTTOM = A4.height - 20 * MM;
const NEXT_PAGE_TOP = 30 * MM;
const HEADER_Y = 15 * MM;
const FOOTER_Y = A4.height - 15 * MM;
const FURNITURE_SIZE = 7.5;
/** The reports' table: organisation, what we asked, where it stands, date (a bill: organisation, invoice, amount, paid on); 3 mm between columns. */
const TABLE = { size: 9, gutter: 3 * MM, rowGap: 2 };
const COLUMNS = (() => {
  let x = LEFT;
  return [0.2, 0.25, 0.33, 0.22].map((share) => {
    const column = { x, width: share * TEXT_WIDTH - TABLE.gutter };
    x += share * TEXT_WIDTH;
    return column;
  });
})();

const PAGE_WORDS: Record<Language, { pageOf: (page: number, pages: number) => string; kvk: string; continued: (heading: string) => string }> = {
  nl: { pageOf: (page, pages) => `${page} van ${pages}`, kvk: 'KvK', continued: (heading) => `${heading} (vervolg)` },
  en: { pageOf: (page, pages) => `${page} of ${pages}`, kvk: 'Chamber of Commerce (KvK)', continued: (heading) => `${heading} (continued)` },
};

export interface RenderMeta {
  author: string;
  /** The letter date; also the PDF's creation date, so the same letter renders to the same bytes. */
  letterDate: string;
}

/** The organisation that sends: its return address and, on every page, its footer. */
export interface LetterMeta extends RenderMeta {
  organisation: { name: string; kvkNumber: string; address: Address };
  /** Words never broken over two lines: the names in the letter, account numbers with their label (dates are found by themselves). */
  keepTogether: (string | RegExp)[];
}

/**
 * An A4 PDF/A-2b document, tagged for screen readers, with title, author and language in the
 * document information and in its XMP metadata. Creation and modification date are the letter date
 * and PDFKit derives the file ID from them, so the same content gives the same bytes; no default
 * Helvetica, whose metrics PDFKit would parse each time (and which PDF/A could not embed).
 */
function newDocument(meta: RenderMeta & { title: string; subject?: string; language: Language }) {
  const date = new Date(`${meta.letterDate}T09:00:00Z`);
  const lang = meta.language === 'nl' ? 'nl-NL' : 'en-GB';
  const doc = withNodeMd5(() => new GatheredDocument({
    size: 'A4',
    font: null as unknown as string,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, ...(meta.subject && { Subject: meta.subject }), Creator: 'Steward', Producer: 'Steward', CreationDate: date, ModDate: date },
  }));
  const internals = doc as unknown as { _addInfo(): void; _addColorOutputIntent(): void };
  internals._addInfo = () => addXmpInfo(doc, lang);
  internals._addColorOutputIntent = () => addOutputIntent(doc);
  doc.on('pageAdded', () => gatherPageContent(doc.page as unknown as { content: PdfStream & { buffer: Buffer[] } }));
  return { doc, done: doc.output };
}

const PdfKitDocument = PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument & { _offset: number };

/**
 * A PDFKit document that gathers its bytes in memory instead of streaming them: PDFKit writes every
 * line of every object (a few hundred a letter) as a Buffer of its own through a Readable stream;
 * here consecutive text is joined and converted at once. The bytes and the offsets (for the
 * cross-reference table) are PDFKit's: text in latin1 ('binary', one byte per character) followed by
 * a newline, buffers as they are.
 */
class GatheredDocument extends PdfKitDocument {
  /** Filled from PDFKit's constructor on (its header), before this class's own constructor runs. */
  declare private gathered?: { buffers: Buffer[]; texts: string[] };
  declare readonly output: Promise<Buffer>;
  declare private resolveOutput: (bytes: Buffer) => void;

  constructor(options: PDFKit.PDFDocumentOptions) {
    super(options);
    this.output = new Promise((resolve) => (this.resolveOutput = resolve));
  }

  _write(data: string | Buffer): void {
    const out = (this.gathered ??= { buffers: [], texts: [] });
    if (Buffer.isBuffer(data)) {
      this.joinTexts();
      out.buffers.push(data);
      this._offset += data.length;
    } else {
      const text = `${data}\n`;
      out.texts.push(text);
      this._offset += text.length;
    }
  }

  /**
   * PDFKit ends its output with push(null), after the trailer; nothing else reaches push any more.
   * It does not reach the Readable either: nothing reads this document as a stream, and ending one
   * queues a process.nextTick holding the whole document, which runs only once the microtasks are
   * done — in a loop of awaited letters (a batch, the bench) not before the loop ends, so every
   * document rendered so far stayed alive (~45 KB of heap and its gathered bytes each) and the
   * garbage collector copied and promoted them all.
   */
  override push(chunk: unknown): boolean {
    if (chunk === null) {
      this.joinTexts();
      this.resolveOutput(Buffer.concat(this.gathered!.buffers));
    }
    return false;
  }

  private joinTexts(): void {
    const out = this.gathered!;
    if (out.texts.length) out.buffers.push(Buffer.from(out.texts.join(''), 'latin1'));
    out.texts = [];
  }
}

/**
 * zlib level for the pages' text: level 1 compresses a letter's page about twice as fast as zlib's
 * default (6), for about a quarter more bytes of page content (≈ 0.5 KB a page; the embedded fonts,
 * the larger part of a letter, stay at the default). Same input, same bytes, like any zlib level.
 */
const PAGE_CONTENT_LEVEL = 1;

/**
 * A page's content as bytes, written in place: PDFKit turned every operator into a Buffer of its own
 * (with a newline), and writeLine built each line as strings; here both go straight into one buffer,
 * reused from page to page (PDFKit ends a page before it adds the next), and zlib reads it from there.
 * The bytes are those PDFKit would write: text as latin1 (one byte per character) and a newline.
 */
class PageContent {
  bytes: Buffer;
  length = 0;
  /** The font and size the content last selected (Tf is graphics state and lasts beyond ET). */
  font = '';
  size = 0;

  constructor() {
    this.bytes = sparePageBytes ?? Buffer.allocUnsafe(1 << 16);
    sparePageBytes = undefined;
  }

  room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + n));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  text(text: string): void {
    this.room(text.length);
    if (text.length > 32) {
      this.length += this.bytes.write(text, this.length, 'latin1');
      return;
    }
    // Short texts (most: a bracket, a kerning, a position) cost less copied here than through a call into C++.
    const bytes = this.bytes;
    for (let i = 0; i < text.length; i++) bytes[this.length++] = text.charCodeAt(i);
  }

  /** A number as PDFKit writes it (PDFObject.number); positions recur from letter to letter, their text is kept. */
  number(n: number): void {
    this.text(remembered(numberTexts, n, MAX_CACHED_NUMBERS, () => `${pdfNumber(n)}`));
  }

  /** One character given by its code (ASCII). */
  char(code: number): void {
    this.room(1);
    this.bytes[this.length++] = code;
  }

  /** A subset glyph id as the four hex digits PDFKit's text operators show it with. */
  glyph(id: number): void {
    this.room(4);
    const bytes = this.bytes;
    for (let shift = 12; shift >= 0; shift -= 4) bytes[this.length++] = HEX_DIGITS[(id >> shift) & 15];
  }

  /** The bytes written, handing the buffer on to the next page. */
  release(): Buffer {
    const written = this.bytes.subarray(0, this.length);
    sparePageBytes = this.bytes;
    return written;
  }
}

let sparePageBytes: Buffer | undefined;
const numberTexts = new Map<number, string>();
const MAX_CACHED_NUMBERS = 20_000;
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const NEWLINE = 10;
const pageContents = new WeakMap<object, PageContent>();

/**
 * Gathers the page's content as bytes (PageContent) and compresses it at PAGE_CONTENT_LEVEL when PDFKit ends it.
 */
function gatherPageContent(page: { content: PdfStream & { buffer: Buffer[] } }): void {
  const content = page.content;
  const gathered = new PageContent();
  pageContents.set(page, gathered);
  const put = (chunk: Buffer | string) => {
    if (typeof chunk !== 'string') {
      gathered.room(chunk.length);
      gathered.length += chunk.copy(gathered.bytes, gathered.length);
      return;
    }
    gathered.text(chunk);
    gathered.char(NEWLINE);
  };
  // What PDFKit wrote before 'pageAdded' (its y-down transform) comes first.
  for (const chunk of content.buffer) put(chunk);
  content.buffer = [];
  const write = content.write.bind(content);
  content.write = put;
  const end = content.end.bind(content);
  content.end = (chunk) => {
    if (chunk) put(chunk);
    content.write = write;
    const raw = gathered.release();
    if (!content.compress) {
      write(Buffer.from(raw));
      return end();
    }
    endDeflated(content, deflateSync(raw, { level: PAGE_CONTENT_LEVEL }));
  };
}

/** The crypto-js PDFKit itself loaded: it takes the MD5 of the document information for the file ID from it. */
const pdfkitCrypto = require(require.resolve('crypto-js', { paths: [dirname(require.resolve('pdfkit'))] })) as { MD5(text: string): unknown };

/**
 * Builds a document with the file ID hashed by node's MD5 rather than crypto-js's (the same digest of
 * the same UTF-8 text, so the same bytes): crypto-js took about a tenth of a letter's render time.
 * PDFKit hashes only in its constructor, which runs synchronously within this call.
 */
function withNodeMd5<T>(make: () => T): T {
  const md5 = pdfkitCrypto.MD5;
  pdfkitCrypto.MD5 = (text: string) => {
    const digest = createHash('md5').update(text, 'utf8').digest();
    // The shape PDFKit reads back: crypto-js's big-endian 32-bit words and the byte count.
    return { words: [0, 4, 8, 12].map((offset) => digest.readInt32BE(offset)), sigBytes: 16 };
  };
  try {
    return make();
  } finally {
    pdfkitCrypto.MD5 = md5;
  }
}

/** PDFKit's sRGB profile, read and compressed once per process (PDFKit does both for every document). */
let srgbProfile: { length: number; deflated: Buffer } | undefined;

/** The sRGB output intent PDF/A asks for: PDFKit's own, with the profile cached. */
function addOutputIntent(doc: PDFKit.PDFDocument): void {
  if (!srgbProfile) {
    const icc = readFileSync(join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'));
    srgbProfile = { length: icc.length, deflated: deflateSync(icc) };
  }
  const internals = doc as unknown as { ref(data: object): PdfStream; _root: { data: Record<string, unknown> } };
  const profile = internals.ref({ Length: srgbProfile.length, N: 3 });
  endDeflated(profile, srgbProfile.deflated);
  const intent = internals.ref({ Type: 'OutputIntent', S: 'GTS_PDFA1', Info: new String('sRGB IEC61966-2.1'), OutputConditionIdentifier: new String('sRGB IEC61966-2.1'), DestOutputProfile: profile });
  intent.end();
  internals._root.data.OutputIntents = [intent];
}

const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The XMP twin of the document information, as PDF/A wants it (same title, author, dates, producer).
 * Replaces PDFKit's own, which writes names unescaped (an "&" in a company name breaks the XML),
 * leaves out the modification date and the language, and names the creator as the producer.
 */
function addXmpInfo(doc: PDFKit.PDFDocument, lang: string): void {
  const info = doc.info as Record<string, string | Date | undefined>;
  const iso = (d: Date) => `${d.toISOString().split('.')[0]}Z`;
  const append = (s: string) => (doc as unknown as { appendXML(s: string): void }).appendXML(s);
  append(`<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${iso(info.CreationDate as Date)}</xmp:CreateDate><xmp:ModifyDate>${iso(info.ModDate as Date)}</xmp:ModifyDate><xmp:CreatorTool>${xml(String(info.Creator))}</xmp:CreatorTool></rdf:Description>`);
  append(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format>` +
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(String(info.Title))}</rdf:li></rdf:Alt></dc:title>` +
      `<dc:creator><rdf:Seq><rdf:li>${xml(String(info.Author))}</rdf:li></rdf:Seq></dc:creator>` +
      (info.Subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(String(info.Subject))}</rdf:li></rdf:Alt></dc:description>` : '') +
      `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  );
  append(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${xml(String(info.Producer))}</pdf:Producer></rdf:Description>`);
}

type Tag = 'P' | 'H1' | 'H2' | 'LI' | 'TR';

/** A block of text in the flow of the letter, wrapped into lines before it is placed on pages. */
interface Block {
  tag: Tag;
  font: FontName;
  size: number;
  /** The lines of the block; for a table row, as many as its tallest cell has (the cells are in `row`). */
  lines: readonly string[];
  /** Space above, in points, unless the block opens a page. */
  gapBefore: number;
  /** Stays on the page of the next block (a heading, the closing and the signature). */
  keepWithNext?: boolean;
  /** Its last lines stay on the page of the next block: the paragraph before the thanks, so a page never holds the closing alone. */
  keepTailWithNext?: boolean;
  /** A table row, never split: each cell's lines, the header row's cells as TH. */
  row?: { cells: (readonly string[])[]; header: boolean; table: number };
  /** A data row: the block of its table's header row, repeated on top of a page the table continues on. */
  headerRow?: number;
  /** A table's group heading: what a page the group continues on repeats above the header row ("Wacht op ons (vervolg)"). */
  continued?: string;
}

interface PlacedLine {
  block: number;
  text: string;
  x: number;
  y: number;
  /** A header row repeated on a following page: drawn as an artifact, screen readers read it once. */
  repeated?: boolean;
}

/** Widths of words and lines as PDFKit measures them, per font and size: letters repeat most of them. */
const measuredWidths = new Map<string, Map<string, number>>();

/** Selects font and size on the document and returns the cached width of a text in them. */
function measurer(doc: PDFKit.PDFDocument, font: FontName, size: number): (text: string) => number {
  useFont(doc, font);
  doc.fontSize(size);
  const key = `${font} ${size}`;
  const widths = measuredWidths.get(key) ?? measuredWidths.set(key, new Map()).get(key)!;
  return (text) => remembered(widths, text, MAX_CACHED_WORDS, () => doc.widthOfString(text));
}

/**
 * Wrapped paragraphs per font, size and width: the legal line, the closing, the signature, the sender
 * and most of a template's sentences recur word for word from letter to letter, and an estate's own
 * paragraphs in each of its letters. Breaking depends on nothing else (the fonts are the process's).
 */
const wrappedTexts = new Map<string, Map<string, readonly string[]>>();
const MAX_CACHED_PARAGRAPHS = 20_000;

/**
 * The text's lines at this font, size and width (font and size are selected on the document either way).
 * Looked up per setting, then by the text itself: a key joining both was a new long string to build
 * and hash for every paragraph of every letter; the texts are mostly the glue cache's own strings,
 * whose hash V8 keeps. Each setting holds at most MAX_CACHED_PARAGRAPHS; a letter has about ten settings.
 */
function wrap(doc: PDFKit.PDFDocument, text: string, font: FontName, size: number, width: number, keepAbove: WordsKeptAbove = 2): readonly string[] {
  const widthOf = measurer(doc, font, size);
  const setting = `${font} ${size} ${width} ${keepAbove}`;
  const known = wrappedTexts.get(setting) ?? wrappedTexts.set(setting, new Map()).get(setting)!;
  return remembered(known, text, MAX_CACHED_PARAGRAPHS, () => breakLines(doc, text, widthOf, width, keepAbove));
}

/**
 * Words the line above a lone last word must keep when it gives that word company: two in running text
 * (no one-word line in a paragraph), one in a table cell, whose column is narrow: "Abonnement / nummer 11"
 * reads better than "Abonnement nummer / 11".
 */
type WordsKeptAbove = 1 | 2;

/** Greedy line breaking at ordinary spaces only: non-breaking spaces hold names and dates together. */
function breakLines(doc: PDFKit.PDFDocument, text: string, widthOf: (text: string) => number, width: number, keepAbove: WordsKeptAbove): string[] {
  const space = widthOf(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const first = lines.length;
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = widthOf(word);
      if (line && lineWidth + space + wordWidth > width) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      if (!line && wordWidth > width) {
        // One word wider than the line (a long e-mail address): break it between characters.
        let part = '';
        for (const char of word) {
          if (part && doc.widthOfString(part + char) > width) {
            lines.push(part);
            part = '';
          }
          part += char;
        }
        line = part;
        lineWidth = doc.widthOfString(part);
        continue;
      }
      line = line ? `${line} ${word}` : word;
      lineWidth = line === word ? wordWidth : lineWidth + space + wordWidth;
    }
    lines.push(line);
    // No lone word on a paragraph's last line ("…van de nalatenschap / in."): the line above gives it
    // its last word when that leaves it the words it must keep and both fit.
    const above = lines.length - 2;
    const cut = above >= first && !line.includes(' ') ? lines[above].lastIndexOf(' ') : -1;
    if (cut > 0 && (keepAbove === 1 || lines[above].lastIndexOf(' ', cut - 1) > 0)) {
      const moved = lines[above].slice(cut + 1);
      if (widthOf(moved) + space + lineWidth <= width) {
        lines[above] = lines[above].slice(0, cut);
        lines[above + 1] = `${moved} ${line}`;
      }
    }
  }
  return lines;
}

const leadingOf = (block: Block) => (block.size * BODY.leading) / BODY.size;
/** A paragraph never leaves one line alone at the foot or the head of a page. */
const MIN_LINES = 2;

/**
 * Places the blocks on pages: a block that does not fit is split, never leaving a single line
 * behind or ahead; a block kept with the next moves to the next page with it.
 */
function paginate(blocks: Block[], firstTop: number): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = firstTop;
  let top = firstTop;
  const newPage = () => {
    pages.push([]);
    y = top = NEXT_PAGE_TOP;
  };
  /** Whether block i goes with the next block as a whole: kept with it, or too short to leave its last lines with it and its first behind. */
  const whole = (block: Block) => block.keepWithNext || (block.keepTailWithNext && block.lines.length < 2 * MIN_LINES);
  /** The room block i needs on this page: all of it while it is kept with the next, else its first lines. */
  const needed = (i: number): number => {
    const block = blocks[i];
    const own = leadingOf(block) * (whole(block) || block.row ? block.lines.length : Math.min(MIN_LINES, block.lines.length));
    return own + (whole(block) && blocks[i + 1] ? blocks[i + 1].gapBefore + needed(i + 1) : 0);
  };
  blocks.forEach((block, i) => {
    if (y > top) y += block.gapBefore;
    if (y > top && y + needed(i) > CONTENT_BOTTOM && needed(i) <= CONTENT_BOTTOM - NEXT_PAGE_TOP) newPage();
    const leading = leadingOf(block);
    if (block.row) {
      if (y === top && block.headerRow !== undefined) {
        // The heading goes first, so the rows on this page still say which group they belong to.
        const heading = blocks[block.headerRow - 1];
        if (heading.continued) {
          pages[pages.length - 1].push({ block: block.headerRow - 1, text: heading.continued, x: LEFT, y, repeated: true });
          y += leadingOf(heading) + blocks[block.headerRow].gapBefore;
        }
        const header = blocks[block.headerRow];
        pages[pages.length - 1].push({ block: block.headerRow, text: '', x: LEFT, y, repeated: true });
        y += leadingOf(header) * header.lines.length + block.gapBefore;
      }
      pages[pages.length - 1].push({ block: i, text: '', x: LEFT, y });
      y += leading * block.lines.length;
      return;
    }
    let next = 0;
    while (next < block.lines.length) {
      const left = block.lines.length - next;
      let fits = Math.floor((CONTENT_BOTTOM - y) / leading);
      // The whole rest fits, but not with what it keeps its last lines with: those lines go over with it.
      if (block.keepTailWithNext && y > top && fits >= left && blocks[i + 1] && y + leading * left + blocks[i + 1].gapBefore + needed(i + 1) > CONTENT_BOTTOM) fits = left - 1;
      if (fits < left) {
        if (left - fits < MIN_LINES) fits = left - MIN_LINES;
        if (fits < MIN_LINES && y > top) {
          newPage();
          continue;
        }
        fits = Math.max(fits, 1);
      }
      for (const text of block.lines.slice(next, next + Math.min(fits, left))) {
        pages[pages.length - 1].push({ block: i, text, x: LEFT, y });
        y += leading;
      }
      next += Math.min(fits, left);
      if (next < block.lines.length) newPage();
    }
  });
  return pages;
}

/** A glyph as fontkit lays it out, and its position (in 1000ths of the font size) as PDFKit scales it. */
interface LaidGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface LaidPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
/** The PDFKit font of a document, as far as writing text with it needs. */
interface TextFont {
  id: string;
  scale: number;
  ascender: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  layout(text: string): { glyphs: LaidGlyph[]; positions: LaidPosition[] };
}

/** Laid-out lines per font: the letters repeat most of their lines, from one letter to the next. */
const MAX_CACHED_LINES = 20_000;
const laidLines = new Map<FontName, Map<string, LaidLine>>();

/**
 * A line as fontkit laid it out, with its TJ runs when no glyph is offset (marks placed by GPOS):
 * each run's glyphs [start, end) and the kerning after it, as PDFKit's _fragment cuts them.
 */
interface LaidLine {
  glyphs: LaidGlyph[];
  positions: LaidPosition[];
  runs: { start: number; end: number; adjust: string }[] | null;
}

function layLine(font: TextFont, text: string): LaidLine {
  const { glyphs, positions } = font.layout(text);
  if (positions.some((pos) => pos.xOffset || pos.yOffset)) return { glyphs, positions, runs: null };
  const runs: LaidLine['runs'] = [];
  let start = 0;
  positions.forEach((pos, i) => {
    if (pos.xAdvance - pos.advanceWidth === 0 && i < positions.length - 1) return;
    runs.push({ start, end: i + 1, adjust: `${pdfNumber(-(pos.xAdvance - pos.advanceWidth))}` });
    start = i + 1;
  });
  return { glyphs, positions, runs };
}

/** PDFKit's number format in content streams (PDFObject.number). */
const pdfNumber = (n: number) => Math.round(n * 1e6) / 1e6;

/** A subset glyph id as the four hex digits the text operators show it with: the same in every document. */
const glyphHex: string[] = [];

/** The glyph's id in the document's subset; its width and text recorded for the font's W array and ToUnicode map. */
function subsetId(font: TextFont, glyph: LaidGlyph): number {
  const gid = font.subset.includeGlyph(glyph.id);
  if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
  if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
  return gid;
}

/**
 * Writes one line of text at (x, y), its top at y, as PDFKit's doc.text(text, x, y, { lineBreak:
 * false }) lays it out (kerning as TJ adjustments, glyph offsets as Tm, glyphs added to the subset,
 * their widths and Unicode recorded for the font's W array and ToUnicode map), in fewer operators:
 * PDFKit's page is drawn with y downwards (its first cm), and rather than flipping back for every
 * line (q, cm … Q) the text matrix flips itself; the font is selected only when it changes. PDFKit's
 * text() also lays the line out twice (to encode it and to advance doc.x), through its word cache,
 * and writes each operator as its own buffer: that was a fifth of a letter's render time, and the
 * shorter content compresses faster. Here a line is laid out once per process and its operators are
 * written as bytes into the page's content (PageContent): building them as strings was a third of
 * what a letter allocated.
 */
function writeLine(doc: PDFKit.PDFDocument, name: FontName, text: string, x: number, y: number): void {
  if (text.length === 0) return;
  const internals = doc as unknown as { _font: TextFont; _fontSize: number; page: { height: number; fonts: Record<string, unknown> } };
  const font = internals._font;
  const size = internals._fontSize;
  const lines = laidLines.get(name) ?? laidLines.set(name, new Map()).get(name)!;
  const { glyphs, positions, runs } = remembered(lines, text, MAX_CACHED_LINES, () => layLine(font, text));
  const page = internals.page;
  page.fonts[font.id] ??= font.ref();
  const content = pageContents.get(page)!;
  // The baseline, in the page's y-down space: the line's top plus the font's ascent.
  const baseY = y + (font.ascender / 1000) * size;
  const scale = size / 1000;
  content.text('BT\n');
  if (content.font !== font.id || content.size !== pdfNumber(size)) {
    content.font = font.id;
    content.size = pdfNumber(size);
    content.text(`/${font.id} ${content.size} Tf\n`);
  }
  content.text('1 0 0 -1 ');
  content.number(x);
  content.char(0x20);
  content.number(baseY);
  content.text(' Tm\n');
  if (runs) {
    // Glyph by glyph in order: the order decides their ids in the subset.
    content.char(0x5b); // [
    for (let n = 0; n < runs.length; n++) {
      const run = runs[n];
      content.text(n === 0 ? '<' : ' <');
      for (let g = run.start; g < run.end; g++) content.glyph(subsetId(font, glyphs[g]));
      content.text('> ');
      content.text(run.adjust);
    }
    content.text('] TJ\nET\n');
    return;
  }
  const out: string[] = [];
  const hex = glyphs.map((glyph) => {
    const gid = subsetId(font, glyph);
    return (glyphHex[gid] ??= `0000${gid.toString(16)}`.slice(-4));
  });
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) commands.push(`<${hex.slice(last, cur).join('')}> ${pdfNumber(-(positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth))}`);
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let at = x;
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out.push(`1 0 0 -1 ${pdfNumber(at + pos.xOffset * scale)} ${pdfNumber(baseY - pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 -1 ${pdfNumber(at)} ${pdfNumber(baseY)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    at += pos.xAdvance * scale;
  }
  flush(i);
  out.push('ET');
  content.text(`${out.join('\n')}\n`);
}

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;

/**
 * Draws the placed lines of a page, each inside its block's structure element (P, H1, or the body
 * of a list item in an L); an element ends with its block's last line, whichever page that is on.
 */
function drawFlow(doc: PDFKit.PDFDocument, flow: Flow, lines: PlacedLine[]): void {
  for (const line of lines) {
    const block = flow.blocks[line.block];
    if (line.repeated && !block.row) {
      useFont(doc, block.font);
      doc.fontSize(block.size);
      doc.markContent('Artifact', { type: 'Pagination' });
      writeLine(doc, block.font, line.text, line.x, line.y);
      doc.endMarkedContent();
      continue;
    }
    if (block.row) {
      drawRow(doc, flow, block, line);
      continue;
    }
    flow.table?.element.end();
    flow.table = undefined;
    let open = flow.open.get(line.block);
    if (!open) {
      if (block.tag === 'LI') {
        if (!flow.list) flow.root.add((flow.list = doc.struct('L')));
        const item = doc.struct('LI');
        flow.list.add(item);
        const itemBody = doc.struct('LBody');
        item.add(itemBody);
        open = { element: itemBody, outer: item };
      } else {
        flow.list?.end();
        flow.list = undefined;
        const element = doc.struct(block.tag);
        flow.root.add(element);
        open = { element, outer: element };
      }
      flow.open.set(line.block, open);
    }
    useFont(doc, block.font);
    doc.fontSize(block.size);
    const content = doc.markStructureContent(block.tag === 'LI' ? 'LBody' : block.tag);
    writeLine(doc, block.font, line.text, line.x, line.y);
    doc.endMarkedContent();
    open.element.add(content);
    if (flow.last.get(line.block) === line) open.outer.end();
  }
}

/** The flow being drawn: the structure elements still open (a paragraph over two pages, a list, a table). */
interface Flow {
  root: StructElement;
  blocks: Block[];
  last: Map<number, PlacedLine>;
  open: Map<number, { element: StructElement; outer: StructElement }>;
  list?: StructElement;
  table?: { element: StructElement; id: number };
}

/**
 * A table row: a TR of TH or TD cells in the row's Table (one per group), each cell's lines at its
 * column; a repeated header row is an artifact. Header cells name their scope, as PDF/UA asks.
 */
function drawRow(doc: PDFKit.PDFDocument, flow: Flow, block: Block, line: PlacedLine): void {
  const row = block.row!;
  const leading = leadingOf(block);
  useFont(doc, block.font);
  doc.fontSize(block.size);
  const cellTag = row.header ? 'TH' : 'TD';
  if (line.repeated) {
    doc.markContent('Artifact', { type: 'Pagination' });
    row.cells.forEach((cell, c) => cell.forEach((text, k) => writeLine(doc, block.font, text, COLUMNS[c].x, line.y + k * leading)));
    doc.endMarkedContent();
    return;
  }
  flow.list?.end();
  flow.list = undefined;
  if (flow.table?.id !== row.table) {
    flow.table?.element.end();
    flow.table = { element: doc.struct('Table'), id: row.table };
    flow.root.add(flow.table.element);
  }
  const tr = doc.struct('TR');
  flow.table.element.add(tr);
  row.cells.forEach((cell, c) => {
    const element = doc.struct(cellTag);
    if (row.header) (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'Table', Scope: 'Column' };
    tr.add(element);
    cell.forEach((text, k) => {
      const content = doc.markStructureContent(cellTag);
      writeLine(doc, block.font, text, COLUMNS[c].x, line.y + k * leading);
      doc.endMarkedContent();
      element.add(content);
    });
    element.end();
  });
  tr.end();
}

/** Lays the flow out on pages and draws each with its header and footer, the fixed first-page text first. */
function drawPages(
  doc: PDFKit.PDFDocument,
  blocks: Block[],
  firstTop: number,
  furniture: { language: Language; footer: string | null; header: string | null },
  firstPage: (root: StructElement) => void,
): void {
  const pages = paginate(blocks, firstTop);
  const last = new Map(pages.flat().filter((line) => !line.repeated).map((line) => [line.block, line]));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow: Flow = { root, blocks, last, open: new Map() };
  pages.forEach((lines, n) => {
    doc.addPage();
    const pageLabel = PAGE_WORDS[furniture.language].pageOf(n + 1, pages.length);
    drawFurniture(doc, { header: n > 0 ? furniture.header : null, footer: furniture.footer, pageLabel });
    if (n === 0) firstPage(root);
    drawFlow(doc, flow, lines);
  });
  flow.list?.end();
  flow.table?.element.end();
  root.end();
}

/**
 * Running header (from page 2) and footer, marked as artifacts, so screen readers skip them. The page
 * number stands once per page: in the header where there is one (NEN 1026's next-page header:
 * reference, date, page), on the first page in the footer.
 */
function drawFurniture(doc: PDFKit.PDFDocument, furniture: { header: string | null; footer: string | null; pageLabel: string }): void {
  const widthOf = measurer(doc, 'Letter', FURNITURE_SIZE);
  doc.markContent('Artifact', { type: 'Pagination' });
  const drawn = ([[furniture.header, HEADER_Y], [furniture.footer, FOOTER_Y]] as const).filter(([text]) => text !== null);
  for (const [text, y] of drawn) writeLine(doc, 'Letter', text!, LEFT, y);
  if (drawn.length) writeLine(doc, 'Letter', furniture.pageLabel, RIGHT - widthOf(furniture.pageLabel), drawn[0][1]);
  doc.endMarkedContent();
}

/** Fixed text on the first page (sender, window, date), tagged as paragraphs in reading order. */
function drawFixed(doc: PDFKit.PDFDocument, root: StructElement, lines: string[], at: { x: number; y: number; leading: number; size: number; alignRight?: boolean }): void {
  const widthOf = measurer(doc, 'Letter', at.size);
  const element = doc.struct('P');
  root.add(element);
  lines.forEach((line, i) => {
    const content = doc.markStructureContent('P');
    writeLine(doc, 'Letter', line, at.alignRight ? at.x - widthOf(line) : at.x, at.y + i * at.leading);
    doc.endMarkedContent();
    element.add(content);
  });
  element.end();
}

/**
 * The address as it fits the window in at most six lines (PostNL): the company name wraps within the
 * window's width; when that makes too many lines, the department (t.a.v.) is first shortened to one
 * line, then left out. The postal lines are never shortened; one wider than the window wraps within it
 * (a report's "Bericht per e-mail aan …" with a long address), an e-mail address too wide for a line
 * breaking before its "@", where a reader expects the break, rather than at any character.
 */
function fitAddress(doc: PDFKit.PDFDocument, addressee: ComposedLetter['addressee']): string[] {
  const lines = (text: string) => wrap(doc, text, 'Letter', ADDRESS.size, ADDRESS.width);
  const widthOf = measurer(doc, 'Letter', ADDRESS.size);
  const beforeAt = (line: string) => line.split(' ').map((word) => (word.includes('@') && widthOf(word) > ADDRESS.width ? word.replace('@', ' @') : word)).join(' ');
  const postal = addressee.postal.flatMap((line) => lines(beforeAt(line)));
  const name = lines(addressee.name);
  const attention = addressee.attention ? lines(addressee.attention) : [];
  // The name always keeps a line, also beside an address wrapped long.
  const room = Math.max(1, MAX_ADDRESS_LINES - postal.length);
  const keptName = name.slice(0, room);
  if (keptName.length < name.length) keptName[room - 1] = shorten(doc, name.slice(room - 1).join(' '));
  const attentionRoom = room - keptName.length;
  const keptAttention = attention.length <= attentionRoom ? attention : attentionRoom >= 1 ? [shorten(doc, attention.join(' '))] : [];
  return [...keptName, ...keptAttention, ...postal];
}

/** One line of the window's width, ending in "…" if the text is longer. */
function shorten(doc: PDFKit.PDFDocument, text: string): string {
  useFont(doc, 'Letter');
  doc.fontSize(ADDRESS.size);
  if (doc.widthOfString(text) <= ADDRESS.width) return text;
  let kept = text;
  while (kept && doc.widthOfString(`${kept}…`) > ADDRESS.width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/**
 * The reports' table as blocks: per group its heading (H2) with its header row and first row kept
 * on one page, then its rows, none split over two pages, then its note as a paragraph.
 */
function tableBlocks(doc: PDFKit.PDFDocument, table: ReportTable, glued: (text: string) => string, firstIndex: number, language: Language): Block[] {
  const blocks: Block[] = [];
  table.groups.forEach((group, id) => {
    const lines = wrap(doc, glued(group.heading), 'Letter-Bold', BODY.size, TEXT_WIDTH);
    blocks.push({ tag: 'H2', font: 'Letter-Bold', size: BODY.size, lines, continued: PAGE_WORDS[language].continued(group.heading), gapBefore: BODY.leading, keepWithNext: true });
    const headerRow = firstIndex + blocks.length;
    [group.columns, ...group.rows].forEach((cells, r) => {
      const font: FontName = r === 0 ? 'Letter-Bold' : 'Letter';
      const wrapped = cells.map((text, c) => wrap(doc, glued(text), font, TABLE.size, COLUMNS[c].width, 1));
      const height = Math.max(...wrapped.map((lines) => lines.length));
      blocks.push({
        tag: 'TR',
        font,
        size: TABLE.size,
        lines: Array.from({ length: height }, (_, k) => wrapped.map((lines) => lines[k] ?? '').join(' ')),
        gapBefore: r === 0 ? BODY.leading * 0.3 : TABLE.rowGap,
        row: { cells: wrapped, header: r === 0, table: id },
        ...(r === 0 ? { keepWithNext: true } : { headerRow }),
      });
    });
    if (group.note) blocks.push({ tag: 'P', font: 'Letter', size: BODY.size, lines: wrap(doc, glued(group.note), 'Letter', BODY.size, TEXT_WIDTH), gapBefore: BODY.leading * 0.5 });
  });
  return blocks;
}

/** Phrases every letter keeps on one line, besides its own names and account numbers. */
const ALWAYS_KEPT_TOGETHER = [DATES_IN_WORDS, IBANS_IN_GROUPS, ARTICLES_OF_LAW, /€ ?[\d.,]+/g];
/** Glued texts per set of phrases (the names of an estate): its letters repeat their paragraphs. */
const gluedTexts = new Map<string, Map<string, string>>();
/** Texts held in gluedTexts, over all its phrase sets: at MAX_CACHED_PARAGRAPHS it starts afresh. */
let gluedCount = 0;

/**
 * keepTogether for this letter's phrases, remembering each text's result: gluing runs a dozen
 * patterns over every paragraph, and the same phrases (one estate's letters, or any letter's fixed
 * sentences under them) meet the same paragraphs again and again.
 */
function gluer(keep: (string | RegExp)[]): (text: string) => string {
  const phrases = [...keep, ...ALWAYS_KEPT_TOGETHER];
  const key = phrases.map((phrase) => (typeof phrase === 'string' ? `"${phrase}` : `/${phrase.source}/${phrase.flags}`)).join('\u0000');
  const known = gluedTexts.get(key) ?? gluedTexts.set(key, new Map()).get(key)!;
  return (text) => {
    let glued = known.get(text);
    if (glued === undefined) {
      if (++gluedCount > MAX_CACHED_PARAGRAPHS) {
        gluedTexts.clear();
        gluedCount = 0;
      }
      glued = keepTogether(text, phrases);
      known.set(text, glued);
    }
    return glued;
  };
}

/** Renders a composed letter to PDF bytes. Deterministic: same letter and meta, same bytes. */
export function renderLetterPdf(letter: ComposedLetter, meta: LetterMeta): Promise<Buffer> {
  const { doc, done } = newDocument({ ...meta, title: letter.about, subject: letter.title, language: letter.language });
  const glued = gluer(meta.keepTogether);
  const body = (text: string) => wrap(doc, glued(text), 'Letter', BODY.size, TEXT_WIDTH);
  const gap = BODY.leading;
  const blocks: Block[] = [
    { tag: 'P', font: 'Letter', size: BODY.size, lines: body(letter.references.join('\n')), gapBefore: 0 },
    { tag: 'H1', font: 'Letter-Bold', size: BODY.size, lines: wrap(doc, glued(letter.subject), 'Letter-Bold', BODY.size, TEXT_WIDTH), gapBefore: gap * 1.2, keepWithNext: true },
    { tag: 'P', font: 'Letter', size: BODY.size, lines: body(letter.salutation), gapBefore: gap * 1.2, keepWithNext: true },
    ...letter.body.flatMap((paragraph, i): Block[] => [
      // The last paragraph goes with the closing, and the last lines of the one before it go too: a page never holds the thanks, greeting and signature alone.
      {
        tag: 'P',
        font: 'Letter',
        size: BODY.size,
        lines: body(paragraph),
        gapBefore: gap * 0.5,
        keepWithNext: i === letter.body.length - 1 && !(i === letter.tableAfter && letter.table),
        keepTailWithNext: i === letter.body.length - 2 && !(i === letter.tableAfter && letter.table),
      },
      // The reports' table follows paragraph `tableAfter` (the first, block 3, after references, subject and salutation), each paragraph one block.
      ...(i === letter.tableAfter && letter.table ? tableBlocks(doc, letter.table, glued, 4 + i, letter.language) : []),
    ]),
    { tag: 'P', font: 'Letter', size: BODY.size, lines: body(letter.closing), gapBefore: gap * 0.5, keepWithNext: true },
    // Room above the signature for the owner's hand.
    { tag: 'P', font: 'Letter', size: BODY.size, lines: body(letter.signature.join('\n')), gapBefore: gap * 2.2, keepWithNext: letter.enclosures.length > 0 },
    ...letter.enclosures.map((line, i): Block => ({ tag: i === 0 ? 'P' : 'LI', font: 'Letter', size: 9, lines: wrap(doc, glued(line), 'Letter', 9, TEXT_WIDTH), gapBefore: i === 0 ? gap : 0, keepWithNext: i < letter.enclosures.length - 1 })),
  ];
  const address = fitAddress(doc, letter.addressee);
  const org = meta.organisation;
  const footer = `${org.name} · ${org.address.street} · ${org.address.postalCode} ${org.address.city} · ${PAGE_WORDS[letter.language].kvk} ${org.kvkNumber}`;
  drawPages(doc, blocks, DATE_Y + BODY.leading * 1.2, { language: letter.language, footer, header: [...letter.references, letterDate(meta.letterDate, letter.language)].join(' · ') }, (root) => {
    drawFixed(doc, root, letter.sender, { x: RIGHT, y: SENDER.y, size: SENDER.size, leading: SENDER.leading, alignRight: true });
    drawFixed(doc, root, [returnAddress(org.name, org.address)], { x: LEFT, y: ADDRESS.returnY, size: 7, leading: 8 });
    drawFixed(doc, root, address, { x: LEFT, y: ADDRESS.firstLineY, size: ADDRESS.size, leading: ADDRESS.leading });
    drawFixed(doc, root, [glued(letter.placeAndDate)], { x: LEFT, y: DATE_Y, size: BODY.size, leading: BODY.leading });
  });
  doc.end();
  return done;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A plain document of dated lines (the dossier's timeline), in the letters' font, tagged and archivable like them. */
export function renderTimelinePdf(title: string, lines: string[], meta: RenderMeta & { language: Language }): Promise<Buffer> {
  const { doc, done } = newDocument({ ...meta, title });
  const blocks: Block[] = [
    { tag: 'H1', font: 'Letter-Bold', size: 14, lines: wrap(doc, title, 'Letter-Bold', 14, TEXT_WIDTH), gapBefore: 0, keepWithNext: true },
    ...lines.map((line, i): Block => ({ tag: 'P', font: 'Letter', size: BODY.size, lines: wrap(doc, keepTogether(line, [DATES_IN_WORDS]), 'Letter', BODY.size, TEXT_WIDTH), gapBefore: i === 0 ? BODY.leading : BODY.leading * 0.4 })),
  ];
  drawPages(doc, blocks, 20 * MM, { language: meta.language, footer: null, header: title }, () => undefined);
  doc.end();
  return done;
}
