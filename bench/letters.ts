/**
 * Letters per second (npm run bench:letters): Steward's PDFKit engine beside Chromium printing the
 * same letter from HTML (playwright-core driving Chromium's headless shell from npm, page.pdf), in one run.
 * Goal: at least 10× Chromium on this machine.
 */
import { composeLetter, letterPlainText, LetterInput, produceLetter } from '../letters';
import { sampleLetter } from '../letters/test-support';
import { launchBrowser } from '../test/support/browser';
import { escapeHtml } from '../src/web/html';
import { cpuTimed, printTable } from './support';

const PDFKIT_LETTERS = Number(process.env.BENCH_LETTERS ?? 1000);
// 40 letters made Chromium's side the noisy one (about 0.8 s); 200 take about 4 s on a quiet machine.
const CHROMIUM_LETTERS = Number(process.env.BENCH_CHROMIUM_LETTERS ?? 200);
/**
 * Both engines first render the same number of letters outside the timed range: a server renders
 * letters all day, and a process's first letters cost more than later ones (caches filling, V8
 * optimising the renderer), well after the first 20.
 */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);
const WARM_UP_FROM = 90_000;

const names = ['Şükrü Yılmaz', 'Łucja Wróbel-Kowalska', 'Nguyễn Thị Minh Khai', "Zoë d'Ancona", 'Jan de Vries'];
function input(n: number): LetterInput {
  const [givenNames, ...rest] = names[n % names.length].split(' ');
  return sampleLetter({ deceased: { ...sampleLetter().deceased, givenNames, surnamePrefix: null, surname: rest.join(' '), gender: 'unknown' }, estateReference: `ST-2026-${String(n).padStart(5, '0')}` });
}

/** The same letter as an HTML page, laid out like the PDF (A4, window position, same font). */
function html(n: number): string {
  const text = letterPlainText(composeLetter(input(n)));
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm } body { font: 10pt/1.4 "DejaVu Sans", sans-serif; white-space: pre-wrap }
  </style></head><body>${escapeHtml(text)}</body></html>`;
}

async function main(): Promise<void> {
  // Warm up both engines alike, on letters outside the timed range: a server renders letters all day.
  for (let n = 0; n < WARM_UP; n++) await produceLetter(input(WARM_UP_FROM + n));
  const pdfkit = await cpuTimed(async () => {
    for (let n = 0; n < PDFKIT_LETTERS; n++) {
      const letter = await produceLetter(input(n));
      if (!letter.pdf) throw new Error(`letter ${n} was blocked: ${JSON.stringify(letter.violations)}`);
    }
  });

  const browser = await launchBrowser();
  const page = await browser.newPage();
  for (let n = 0; n < WARM_UP; n++) {
    await page.setContent(html(WARM_UP_FROM + n));
    await page.pdf({ format: 'A4' });
  }
  const chrome = await cpuTimed(async () => {
    for (let n = 0; n < CHROMIUM_LETTERS; n++) {
      await page.setContent(html(n));
      await page.pdf({ format: 'A4' });
    }
  });
  await browser.close();

  const pdfkitRate = PDFKIT_LETTERS / pdfkit.seconds;
  const chromeRate = CHROMIUM_LETTERS / chrome.seconds;
  const pdfkitCpuRate = PDFKIT_LETTERS / pdfkit.cpuSeconds;
  const chromeCpuRate = CHROMIUM_LETTERS / chrome.cpuSeconds;
  printTable('Letters rendered to PDF on this machine (one process, sequential)', [
    { engine: 'Steward: compose + rules + PDFKit', letters: PDFKIT_LETTERS, seconds: pdfkit.seconds.toFixed(2), 'letters/s': pdfkitRate.toFixed(1), 'CPU ms/letter': ((pdfkit.cpuSeconds * 1000) / PDFKIT_LETTERS).toFixed(1) },
    {
      engine: 'peer: Chromium HTML → page.pdf (browser already running)',
      letters: CHROMIUM_LETTERS,
      seconds: chrome.seconds.toFixed(2),
      'letters/s': chromeRate.toFixed(1),
      // Chromium's own processes and the driving (CDP) work in this process.
      'CPU ms/letter': ((chrome.cpuSeconds * 1000) / CHROMIUM_LETTERS).toFixed(1),
    },
  ]);
  console.log(`Steward is ${(pdfkitRate / chromeRate).toFixed(1)}× Chromium in letters per second and ${(pdfkitCpuRate / chromeCpuRate).toFixed(1)}× in CPU time per letter (goal: ≥ 10×).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
