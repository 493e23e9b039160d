import { produceLetter } from '.';
import { letterCorpus, readPdf } from './test-support';

// A letter's text layer is what a screen reader reads aloud and what a provider copies into its
// system. The font is parsed once per process and shared by every letter (render.ts), so what one
// letter embeds must not change how the next one reads: this file runs the corpus in one process, in
// order, starting with letters whose names hold accented capitals (Ş, Ł), drawn from the plain
// capital as a component of the accented one.
describe('the text of every letter, read back from its PDF', () => {
  // The whole corpus (450 letters and growing) is produced and read back one after the other: on a busy
  // 2-core machine that takes more than the default minute. The limit follows the corpus, not a speed goal.
  it('holds every word the letter says, whatever letters were produced before it', async () => {
    const unreadable: { kind: string; language: string; words: string[] }[] = [];
    for (const input of letterCorpus()) {
      const letter = await produceLetter(input);
      const { pages } = await readPdf(letter.pdf!);
      const read = pages.flatMap((page) => page.items.map((item) => item.str)).join(' ').replace(/\s+/g, ' ');
      // Table cells are drawn one by one; the plain text's column separators are not on the page.
      const words = letter.text.split(/\s+/).filter((word) => word && word !== '|');
      const missing = words.filter((word) => !read.includes(word));
      if (missing.length) unreadable.push({ kind: input.kind, language: input.language, words: [...new Set(missing)] });
    }
    expect(unreadable).toEqual([]);
  }, 300_000);
});
