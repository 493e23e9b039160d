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
 * Both engines first render the same number of letters outside the timed range, measured and printed
 * as a row of their own: a server renders letters all day, and a process's first letters cost more.
 * On this VM a fresh process's first ~3,000 letters cost about twice the later ones, and CPU follows
 * the page faults: ~28 a letter while the heap grows to its working size, none after (a first touch
 * of a page costs ~30 µs here). Chromium's rate stops improving after ~1,000 letters.
 */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 3000);
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

/**
 * The timed letters are split into rounds, Steward's and Chromium's alternating: on a shared machine
 * the speed of both moves from minute to minute (one after the other, the ratio of seven runs ranged
 * 8.3–11.7×), and side by side in time they share whatever the machine gives.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main(): Promise<void> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const chromiumLetter = async (n: number) => {
    await page.setContent(html(n));
    await page.pdf({ format: 'A4' });
  };
  const stewardLetter = async (n: number) => {
    const letter = await produceLetter(input(n));
    if (!letter.pdf) throw new Error(`letter ${n} was blocked: ${JSON.stringify(letter.violations)}`);
  };
  const stewardWarmUp = await cpuTimed(async () => {
    for (let n = 0; n < WARM_UP; n++) await stewardLetter(WARM_UP_FROM + n);
  });
  const chromiumWarmUp = await cpuTimed(async () => {
    for (let n = 0; n < WARM_UP; n++) await chromiumLetter(WARM_UP_FROM + n);
  });

  const pdfkit = { seconds: 0, cpuSeconds: 0 };
  const chrome = { seconds: 0, cpuSeconds: 0 };
  const roundRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const [fromSteward, toSteward] = [round, round + 1].map((r) => Math.round((r * PDFKIT_LETTERS) / ROUNDS));
    const [fromChromium, toChromium] = [round, round + 1].map((r) => Math.round((r * CHROMIUM_LETTERS) / ROUNDS));
    const ours = await cpuTimed(async () => {
      for (let n = fromSteward; n < toSteward; n++) await stewardLetter(n);
    });
    const theirs = await cpuTimed(async () => {
      for (let n = fromChromium; n < toChromium; n++) await chromiumLetter(n);
    });
    // Steward renders in this process; the idle browser's children are not its cost.
    pdfkit.seconds += ours.seconds;
    pdfkit.cpuSeconds += ours.ownCpuSeconds;
    chrome.seconds += theirs.seconds;
    chrome.cpuSeconds += theirs.cpuSeconds;
    roundRatios.push((toSteward - fromSteward) / ours.seconds / ((toChromium - fromChromium) / theirs.seconds));
  }
  await browser.close();

  const pdfkitRate = PDFKIT_LETTERS / pdfkit.seconds;
  const chromeRate = CHROMIUM_LETTERS / chrome.seconds;
  const pdfkitCpuRate = PDFKIT_LETTERS / pdfkit.cpuSeconds;
  const chromeCpuRate = CHROMIUM_LETTERS / chrome.cpuSeconds;
  const row = (engine: string, letters: number, { seconds, cpuSeconds }: { seconds: number; cpuSeconds: number }) => ({
    engine,
    letters,
    seconds: seconds.toFixed(2),
    'letters/s': (letters / seconds).toFixed(1),
    'CPU ms/letter': ((cpuSeconds * 1000) / letters).toFixed(1),
  });
  printTable('Letters rendered to PDF on this machine (one process, sequential)', [
    row('Steward: compose + rules + PDFKit', PDFKIT_LETTERS, pdfkit),
    // Chromium's own processes and the driving (CDP) work in this process.
    row('peer: Chromium HTML → page.pdf (browser already running)', CHROMIUM_LETTERS, chrome),
    row(`Steward, warm-up: a fresh process's first ${WARM_UP}`, WARM_UP, { seconds: stewardWarmUp.seconds, cpuSeconds: stewardWarmUp.ownCpuSeconds }),
    row(`peer, warm-up: a fresh page's first ${WARM_UP}`, WARM_UP, chromiumWarmUp),
  ]);
  console.log(`Steward is ${(pdfkitRate / chromeRate).toFixed(1)}× Chromium in letters per second and ${(pdfkitCpuRate / chromeCpuRate).toFixed(1)}× in CPU time per letter (goal: ≥ 10×).`);
  console.log(`Per round (${ROUNDS}), in letters per second: ${roundRatios.map((r) => `${r.toFixed(1)}×`).join(', ')}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
