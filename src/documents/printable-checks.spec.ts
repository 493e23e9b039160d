import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { loadConfig } from '../config/config';
import { CheckOutOfTime, ChecksBusy, PrintableChecks } from './printable-checks';

const pdf = (content: Buffer) => ({ mediaType: 'application/pdf', content });
/**
 * 24 MB of noise behind a PDF header: pdf-lib reads 3 MB of it in about 6 s on this 2-core machine, so no machine reads this
 * within the 1 s budget. The same bytes every run: random noise now and then ended pdf-lib's read early (a fresh-clone run read
 * 3 MB of it as not printable within the budget).
 */
const noise = pdf(
  Buffer.concat([Buffer.from('%PDF-1.4\n'), ...Array.from({ length: (24 * 1024 * 1024) / 32 }, (_, i) => createHash('sha256').update(`noise ${i}`).digest())]),
);

describe('PrintableChecks: files read as pages on one thread, within a budget of 1 s', () => {
  const checks = new PrintableChecks(loadConfig({ NODE_ENV: 'test', STEWARD_PDF_CHECK_SECONDS: '1', STEWARD_PDF_CHECKS: '1' }));
  let twoPages: Buffer;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    twoPages = Buffer.from(await doc.save());
  });
  afterAll(() => checks.onModuleDestroy());

  it('reads a PDF with pages as printable and one without as not', async () => {
    await expect(checks.printable(pdf(twoPages))).resolves.toBe(true);
    await expect(checks.printable(pdf(Buffer.from('%PDF-1.4\n%%EOF')))).resolves.toBe(false);
  });

  it('gives up on megabytes of noise after the budget, and lets four wait behind it but turns a fifth away', async () => {
    const long = checks.printable(noise);
    const behind = [1, 2, 3, 4].map(() => checks.printable(pdf(twoPages)));
    await expect(checks.printable(pdf(twoPages))).rejects.toBeInstanceOf(ChecksBusy);
    await expect(long).rejects.toBeInstanceOf(CheckOutOfTime);
    // The thread that read the noise is replaced: those waiting are read all the same.
    await expect(Promise.all(behind)).resolves.toEqual([true, true, true, true]);
  });
});
