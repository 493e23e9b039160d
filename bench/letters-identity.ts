/**
 * The render-identity check (npm run letters:identity): renders the letter corpus (`letterCorpus`) and compares
 * each PDF's SHA-256 with bench/letters-identity.txt. Run it before and after a change to the
 * renderer meant to keep the bytes (a speed-up); a change meant to alter them rewrites the baseline
 * with UPDATE_LETTERS_IDENTITY=1, and the commit says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { produceLetter } from '../letters';
import { letterCorpus } from '../letters/test-support';

const BASELINE = join(__dirname, 'letters-identity.txt');

async function main(): Promise<void> {
  const hashes: string[] = [];
  for (const [n, input] of letterCorpus().entries()) {
    const letter = await produceLetter(input);
    if (!letter.pdf) throw new Error(`letter ${n} (${input.kind}, ${input.language}) was blocked: ${JSON.stringify(letter.violations)}`);
    hashes.push(`${letter.sha256} ${n} ${input.kind} ${input.language}`);
  }
  if (process.env.UPDATE_LETTERS_IDENTITY) {
    writeFileSync(BASELINE, `${hashes.join('\n')}\n`);
    console.log(`baseline written: ${hashes.length} letters`);
    return;
  }
  const baseline = readFileSync(BASELINE, 'utf8').trim().split('\n');
  const differing = hashes.filter((line, n) => line !== baseline[n]);
  if (differing.length || baseline.length !== hashes.length) {
    console.error(`${differing.length} of ${hashes.length} letters differ from the baseline (which has ${baseline.length}), first: ${differing.slice(0, 3).join('; ')}`);
    process.exit(1);
  }
  console.log(`all ${hashes.length} letters byte-identical to the baseline`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
