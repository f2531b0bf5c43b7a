import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_DIRS, checkFile, checkSource, RULES, sourceFiles } from '../support/dependency-rules.ts';
import { type ImportKind, readSource } from '../support/source-facts.ts';

const root = join(import.meta.dirname, '..', '..');
const FIXTURES = join(root, 'test', 'fixtures', 'dependency-rules');

/** Who may import what, and who may read the environment and the clock (ARCHITECTURE.md). */
describe('dependency rule: the code as it is', () => {
  const files = sourceFiles(root);

  it('finds the files it checks, and the imports in them', () => {
    for (const dir of CHECKED_DIRS)
      expect(
        files.some((f) => f.startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
    expect(files.filter((f) => f.startsWith('src/core/')).length).toBeGreaterThan(20);
    expect(files).toContain('src/core/handle-message.ts');
    const main = readSource('src/main.ts', readFileSync(join(root, 'src', 'main.ts'), 'utf8'));
    expect(main.imports.map((i) => i.spec)).toContain('./config.ts');
  });

  it.each(files)('%s keeps the dependency rules', (file) => {
    expect(checkFile(root, file)).toEqual([]);
  });
});

type Fixture = { name: string; as: string; text: string; marks: { line: number; rule: string }[] };

/** `// as: PATH` on the first line; `// <- RULE` ending each line that breaks RULE (README.md here). */
function loadFixture(name: string): Fixture {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const lines = text.split('\n');
  const as = /^\/\/ as: (\S+)$/.exec(lines[0] ?? '')?.[1];
  if (!as) throw new Error(`${name}: the first line must be "// as: PATH"`);
  const marks = lines.flatMap((line, i) => {
    const rules = /\/\/ <- ([\w-]+(?:, [\w-]+)*)$/.exec(line)?.[1]?.split(', ') ?? [];
    return rules.map((rule) => ({ line: i + 1, rule }));
  });
  return { name, as, text, marks };
}

const byLine = (a: { line: number; rule: string }, b: { line: number; rule: string }) =>
  a.line - b.line || a.rule.localeCompare(b.rule);

describe('dependency rule: each rule can fail (test/fixtures/dependency-rules)', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map(loadFixture);

  it('has a fixture breaking every rule, through every way of importing', () => {
    expect([...new Set(fixtures.flatMap((f) => f.marks.map((m) => m.rule)))].sort()).toEqual(
      [...RULES].sort(),
    );
    const kinds = new Set(fixtures.flatMap((f) => readSource(f.as, f.text).imports.map((i) => i.kind)));
    const every: ImportKind[] = [
      'import',
      'side-effect',
      'export-from',
      'dynamic-import',
      'require',
      'import-type',
    ];
    expect([...kinds].sort()).toEqual(every.sort());
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s is refused on exactly its marked lines',
    (_name, f) => {
      expect(f.marks.length).toBeGreaterThan(0);
      const found = checkSource(f.as, f.text).map(({ line, rule }) => ({ line, rule }));
      expect(found.sort(byLine)).toEqual([...f.marks].sort(byLine));
    },
  );
});
