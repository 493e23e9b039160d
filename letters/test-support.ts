import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LetterInput } from './model';

const run = promisify(execFile);

/** Reads a PDF back with poppler's pdftotext, optionally only a rectangle (in points). */
export async function pdfText(pdf: Buffer, crop?: { x: number; y: number; width: number; height: number }): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'steward-letter-')), 'letter.pdf');
  writeFileSync(file, pdf);
  const area = crop ? ['-r', '72', '-x', String(Math.round(crop.x)), '-y', String(Math.round(crop.y)), '-W', String(Math.round(crop.width)), '-H', String(Math.round(crop.height))] : [];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...area, file, '-']);
  return stdout;
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const file = join(mkdtempSync(join(tmpdir(), 'steward-letter-')), 'letter.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return Object.fromEntries(stdout.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Text as a reader sees it: line breaks from layout do not split names. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A realistic letter to KPN about Jan de Vries; tests change only what they are about. */
export function sampleLetter(overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    kind: 'cancellation',
    language: 'nl',
    letterDate: '2026-11-22',
    today: '2026-11-22',
    sender: { name: 'Anna de Boer', organisation: 'Steward Nazorg', street: 'Herengracht 100', postalCode: '1015 BS', city: 'Amsterdam', phone: '+31 20 555 0101', email: 'anna@steward.example' },
    recipient: { name: 'KPN', attention: 'Team Nabestaanden', address: { street: 'Antwoordnummer 1001', postalCode: '9700 VB', city: 'Groningen' } },
    deceased: {
      givenNames: 'Jan',
      surnamePrefix: 'de',
      surname: 'Vries',
      gender: 'male',
      dateOfBirth: '1946-05-14',
      dateOfDeath: '2026-11-02',
      address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam' },
    },
    estateReference: 'ST-2026-00042',
    providerReference: null,
    contract: { description: 'Internet en vaste telefonie', accountNumber: '1.2345.678', action: 'cancel', requestedEndDate: null, effectiveDate: null },
    newHolder: null,
    enclosures: [{ documentId: 'doc-1', kind: 'death_certificate', title: 'Akte van overlijden' }],
    estateDocumentIds: ['doc-1'],
    dueDate: '2026-12-07',
    ...overrides,
  };
}
