/**
 * Statement import speed (npm run bench:statements): parse and analyse BENCH_TRANSACTIONS (100,000)
 * made-up transactions as camt.053 and as each bank CSV, streamed from a file on disk (64 KB reads, see READ),
 * each measurement in its own child process so one run's garbage does not count against the next.
 * Goal (issue 17): ≥ 100,000 transactions/s and peak memory (RSS) under 150 MB for a 50 MB file.
 *
 * The script is compiled with tsc first (see package.json) and runs as plain JavaScript: under
 * @swc-node/register the process alone is ~116 MB before reading anything. Peers in the same run,
 * on the same file: a bare `saxes` pass (camt.053) or a bare `papaparse` pass (CSVs), what the
 * libraries the readers are built on cost alone, and a bare line split, the floor for reading the file at all;
 * and Steward's reader without the detector, so the cost of each stage can be told apart. For camt.053
 * also the import a running server makes: the file's second import in one process, code already optimised
 * (the other rows pay the JIT compiler's warm-up).
 * Every row runs BENCH_RUNS (3) times: the median transactions/s and the highest peak are shown.
 * Wall time on a shared machine depends on the load (printed), so transactions per CPU second is
 * shown beside it.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const COUNT = Number(process.env.BENCH_TRANSACTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * 64 KB reads. Measured on 2026-11-29: 1 MB reads were ~30 % slower and peaked ~70 MB higher (each
 * 1 MB chunk becomes a 1M-character string in old space, and the Buffers wait for a full GC); 256 KB
 * sat in between. Uploads arrive in 64 KB pieces anyway.
 */
const READ = { highWaterMark: 64 * 1024 };
const GOAL_RATE = 100_000;
const GOAL_PEAK_MB = 150;

type Mode = 'steward' | 'warm' | 'parse' | 'saxes' | 'papaparse' | 'lines';
interface Result {
  count: number;
  series: number;
  seconds: number;
  cpuSeconds: number;
  baseline: number;
  peak: number;
}

/** One measurement in a child process (argv: file, mode, delimiter). Prints JSON. */
async function measure(file: string, mode: Mode, delimiter: string): Promise<void> {
  // maxRSS is in KiB; the baseline is the process with the modules below loaded, before reading.
  const { SeriesDetector } = await import('../src/statements/detection');
  const { openStatement } = await import('../src/statements/statement-parser');
  const importFile = async () => {
    const detector = new SeriesDetector();
    const { transactions } = await openStatement(createReadStream(file, READ));
    for await (const batch of transactions) for (const tx of batch) detector.add(tx);
    return { series: detector.series('2025-06-01').length, count: detector.count };
  };
  const baseline = process.resourceUsage().maxRSS * 1024;
  // A running server has imported before: its code is compiled and optimised (only this import is timed).
  if (mode === 'warm') await importFile();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let count = 0;
  let series = 0;
  if (mode === 'steward' || mode === 'warm') ({ series, count } = await importFile());
  else if (mode === 'parse') {
    const { transactions } = await openStatement(createReadStream(file, READ));
    for await (const batch of transactions) count += batch.length;
  } else if (mode === 'saxes') {
    const { SaxesParser } = await import('saxes');
    const parser = new SaxesParser({ position: true });
    const decoder = new StringDecoder('utf8');
    parser.on('opentag', (tag) => {
      if (tag.name === 'Ntry') count++;
    });
    parser.on('text', () => undefined);
    parser.on('closetag', () => undefined);
    for await (const chunk of createReadStream(file, READ)) parser.write(decoder.write(chunk as Buffer));
    parser.close();
  } else if (mode === 'papaparse') {
    const { default: Papa } = await import('papaparse');
    const decoder = new StringDecoder('utf8');
    const text = (async function* () {
      for await (const chunk of createReadStream(file, READ)) yield decoder.write(chunk as Buffer);
    })();
    await new Promise<void>((resolve, reject) =>
      Papa.parse<string[]>(Readable.from(text), {
        delimiter,
        ...(delimiter === '\t' ? { fastMode: true } : {}),
        chunk: ({ data }) => (count += data.filter((row) => row.length > 1).length),
        complete: () => resolve(),
        error: reject,
      }),
    );
    if (delimiter !== '\t') count--; // the header
  } else {
    // The floor: decode, split into lines and the lines into cells, nothing else.
    const decoder = new StringDecoder('utf8');
    const xml = delimiter === '<';
    let rest = '';
    for await (const chunk of createReadStream(file, READ)) {
      const text = rest + decoder.write(chunk as Buffer);
      let from = 0;
      for (let end = text.indexOf('\n', from); end !== -1; end = text.indexOf('\n', from)) {
        if (xml) count += text.startsWith('<Ntry>', from) ? 1 : 0;
        else count += text.slice(from, end).split(delimiter).length > 1 ? 1 : 0;
        from = end + 1;
      }
      rest = text.slice(from);
    }
    if (delimiter !== '\t' && !xml) count--; // the header
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ count, series, seconds, cpuSeconds: (used.user + used.system) / 1e6, baseline, peak } satisfies Result));
}

async function write(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const mb = (bytes: number) => Math.round(bytes / 1e6);
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');

async function main(): Promise<void> {
  if (process.argv[2]) return measure(process.argv[2], process.argv[3] as Mode, process.argv[4]);
  const { abnAmroChunks, abnAmroCsvChunks, bulkAccounts, camt053Chunks, ingChunks, rabobankChunks } = await import('../test/support/statement-fixtures');
  const formats = [
    { format: 'camt.053', writer: camt053Chunks, delimiter: '<', peers: ['warm', 'saxes', 'lines'] as Mode[] },
    { format: 'ING CSV', writer: ingChunks, delimiter: ';', peers: ['papaparse', 'lines'] as Mode[] },
    { format: 'Rabobank CSV', writer: rabobankChunks, delimiter: ',', peers: ['papaparse', 'lines'] as Mode[] },
    { format: 'ABN AMRO TXT', writer: abnAmroChunks, delimiter: '\t', peers: ['papaparse', 'lines'] as Mode[] },
    { format: 'ABN AMRO CSV', writer: abnAmroCsvChunks, delimiter: ';', peers: ['papaparse', 'lines'] as Mode[] },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-statements-'));
  const rows: Record<string, string | number>[] = [];
  const verdicts: string[] = [];
  const loadBefore = load();
  try {
    for (const { format, writer, delimiter, peers } of formats) {
      const file = join(dir, format.replace(/\W/g, ''));
      await write(file, writer(bulkAccounts(COUNT)));
      const size = statSync(file).size;
      for (const mode of ['steward', 'parse', ...peers] as Mode[]) {
        const runs: Result[] = [];
        for (let i = 0; i < RUNS; i++) {
          const out = execFileSync(process.execPath, [__filename, file, mode, delimiter], { encoding: 'utf8' });
          runs.push(JSON.parse(out.trim().split('\n').pop()!) as Result);
        }
        const rate = median(runs.map((r) => r.count / r.seconds));
        const cpuRate = median(runs.map((r) => r.count / r.cpuSeconds));
        const peak = Math.max(...runs.map((r) => r.peak));
        const baseline = median(runs.map((r) => r.baseline));
        rows.push({
          format,
          reader: { steward: 'Steward (parse + detect)', warm: 'Steward, second import in one process', parse: 'Steward, parse only', lines: 'peer: bare line split' }[mode as string] ?? `peer: bare ${mode} pass`,
          'file MB': +(size / 1e6).toFixed(1),
          transactions: runs[0].count,
          series: mode === 'steward' || mode === 'warm' ? runs[0].series : '',
          'tx/s (wall)': Math.round(rate),
          'tx per CPU s': Math.round(cpuRate),
          'peak RSS MB': mb(peak),
          'baseline MB': mb(baseline),
          'increment MB': mb(peak - baseline),
        });
        if (mode === 'steward') {
          const met = rate >= GOAL_RATE && mb(peak) < GOAL_PEAK_MB;
          verdicts.push(`${format} (${(size / 1e6).toFixed(0)} MB): ${Math.round(rate).toLocaleString('en')} tx/s wall, ${Math.round(cpuRate).toLocaleString('en')} per CPU s, peak ${mb(peak)} MB → ${met ? 'met' : 'NOT met'}`);
        }
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nStatement import, ${COUNT.toLocaleString('en')} transactions per file, ${RUNS} runs each (median rate, highest peak); load average ${loadBefore} before, ${load()} after, ${process.version}`);
  console.table(rows);
  console.log(`\nGoal: ≥ ${GOAL_RATE.toLocaleString('en')} transactions/s and peak RSS < ${GOAL_PEAK_MB} MB (for a 50 MB file)`);
  for (const v of verdicts) console.log(`  ${v}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
