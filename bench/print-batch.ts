/**
 * How long one owner's print batch of 500 letters takes to build (npm run bench:print), the figure the print claim
 * (`PRINT_CLAIM_MS`, README printmerge) is set from: each letter rendered as Steward renders it, each enclosing a three-page
 * scan, merged as a batch is (`mergedEnvelopes`, what `PrintableChecks.merged` runs on a thread). The letters are rendered before
 * the clock starts: a batch reads them stored.
 */
import PDFDocument from 'pdfkit';
import { randomBytes } from 'node:crypto';
import { produceLetter } from '../letters';
import { sampleLetter } from '../letters/test-support';
import { mergedEnvelopes, type Envelope } from '../src/letters/enclosure-pages';
import { cpuTimed, printTable } from './support';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A scan-like enclosure: three A4 pages, each an image of incompressible bytes (a photographed certificate does not compress). */
function scan(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (let page = 0; page < 3; page++) {
      doc.addPage();
      doc.text(`Akte van overlijden, blad ${page + 1}. ${randomBytes(2_000).toString('base64')}`);
    }
    doc.end();
  });
}

async function main(): Promise<void> {
  const envelopes: Envelope[] = [];
  for (let n = 0; n < LETTERS; n++) {
    const letter = await produceLetter(sampleLetter({ estateReference: `ST-2026-${String(n).padStart(5, '0')}` }));
    envelopes.push({ id: `letter-${n}`, pdf: letter.pdf!, enclosures: [{ mediaType: 'application/pdf', content: await scan() }] });
  }
  const rows: Record<string, string | number>[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { result, seconds, ownCpuSeconds } = await cpuTimed(() => mergedEnvelopes(envelopes));
    rows.push({ round, letters: LETTERS, 'wall s': seconds.toFixed(1), 'cpu s': ownCpuSeconds.toFixed(1), 'PDF MB': (result.pdf.byteLength / 1e6).toFixed(1) });
  }
  printTable(`One batch of ${LETTERS} letters, each with a three-page enclosure`, rows);
}

void main();
