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
export async function appendPages(target: PDFDocument, source: PDFDocument): Promise<number> {
  const pages = await target.copyPages(source, source.getPageIndices());
  for (const page of pages) target.addPage(page);
  return pages.length;
}
