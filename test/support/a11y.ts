import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ENGLISH_ONLY } from '../../src/words';

/** Runs axe-core (WCAG 2.x A/AA, 2.2 included) in the page and returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
  const result = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Keeps a screenshot of the whole page (or, not `fullPage`, of the screen) under test-artifacts/<area>/ to look at. */
export async function keepScreenshot(page: Page, area: string, name: string, fullPage = true): Promise<void> {
  const dir = join(__dirname, '..', '..', 'test-artifacts', area);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** The English-only words in a page's visible text (none on a Dutch page). */
export async function englishOn(page: Page): Promise<string[]> {
  const text = await page.innerText('body');
  return text.split(/\n+/).filter((line) => ENGLISH_ONLY.test(line));
}
