import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript file under `dir`, as paths relative to `src/`. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });

const SRC = join(__dirname, '..');

/**
 * House rule: each table has one owning module, and nothing outside `src/runtime` reads a workflow snapshot. The runtime owns
 * the workflows and their read models; others read them through its services or the rows it lets them join (`workflowRows`).
 */
describe('the runtime owns the workflows', () => {
  it('is the only module that names its tables or imports its entities and snapshot steps', () => {
    const owned = /\b(workflow_instances|contract_projections)\b|from '[./]*\/?runtime\/(workflow-instance\.entity|contract-projection\.entity|machine-steps)'/;
    const outside = sources(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !path.startsWith('runtime/'))
      .filter((path) => owned.test(readFileSync(join(SRC, path), 'utf8')));
    expect(outside).toEqual([]);
  });
});
