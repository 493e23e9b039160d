import { PDFDocument } from 'pdf-lib';

/** A4 in points, with a margin like a photocopy: an image enclosure becomes one such page. */
const A4 = { width: 595.28, height: 841.89, margin: 36 };

export interface EnclosureFile {
  mediaType: string;
  content: Buffer;
}

/**
 * An enclosure as printable pages: a PDF as it is, a PNG or JPEG scaled onto one A4 page. Throws
 * when the bytes cannot be read as pages (an encrypted or broken PDF), so such a document is never
 * listed in a letter whose envelope could not hold it.
 */
export async function enclosurePages(file: EnclosureFile): Promise<PDFDocument> {
  if (file.mediaType === 'application/pdf') return PDFDocument.load(file.content);
  const doc = await PDFDocument.create();
  const image = file.mediaType === 'image/png' ? await doc.embedPng(file.content) : await doc.embedJpg(file.content);
  const { width, height } = image.scaleToFit(A4.width - 2 * A4.margin, A4.height - 2 * A4.margin);
  doc.addPage([A4.width, A4.height]).drawImage(image, { x: (A4.width - width) / 2, y: (A4.height - height) / 2, width, height });
  return doc;
}

/** Whether a document can travel in an envelope: readable, with at least one page. */
export async function printable(file: EnclosureFile): Promise<boolean> {
  try {
    // pdf-lib may load a broken file and fail only when asked for its pages.
    return (await enclosurePages(file)).getPageCount() > 0;
  } catch {
    return false;
  }
}

/** Appends the pages of `source` to `target`; returns how many. */
async function appendPages(target: PDFDocument, source: PDFDocument): Promise<number> {
  const pages = await target.copyPages(source, source.getPageIndices());
  for (const page of pages) target.addPage(page);
  return pages.length;
}

/** One envelope of a print batch: the letter's PDF and the files it encloses, in the order it lists them. */
export interface Envelope {
  id: string;
  pdf: Uint8Array;
  enclosures: EnclosureFile[];
}

/** The letters, each followed by its enclosures' pages, appended to `onto` (or a new PDF), with each envelope's page count. */
export async function mergedEnvelopes(envelopes: Envelope[], onto?: Uint8Array): Promise<{ pdf: Uint8Array; pages: [string, number][] }> {
  const merged = onto ? await PDFDocument.load(onto) : await PDFDocument.create();
  const pages: [string, number][] = [];
  for (const envelope of envelopes) {
    let count = await appendPages(merged, await PDFDocument.load(envelope.pdf));
    for (const enclosure of envelope.enclosures) count += await appendPages(merged, await enclosurePages(enclosure));
    pages.push([envelope.id, count]);
  }
  return { pdf: await merged.save({ useObjectStreams: false }), pages };
}

