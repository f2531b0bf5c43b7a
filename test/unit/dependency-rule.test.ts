import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

function resolveFrom(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : spec;
}

/** Who may import what (ARCHITECTURE.md): the core is pure, adapters never import each other. */
describe('dependency rule', () => {
  const core = sourceFiles('src/core');

  it('finds the core files it checks', () => {
    expect(core.length).toBeGreaterThan(20);
    expect(core).toContain(join('src', 'core', 'handle-message.ts'));
  });

  it.each(core)('%s imports no adapter, SDK, database library or node built-in', (file) => {
    for (const spec of importsOf(file)) {
      const target = resolveFrom(file, spec);
      if (spec.startsWith('.')) {
        expect(
          target.startsWith('src/core') || target.startsWith('src/ports'),
          `${file} imports ${spec}`,
        ).toBe(true);
      } else {
        expect(['zod', 'chrono-node'], `${file} imports ${spec}`).toContain(spec);
      }
    }
  });

  it.each(core)('%s reads no environment and no system clock', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/process\.env|Date\.now\(\)|new Date\(\)/);
  });

  const adapterFiles = sourceFiles('adapters');
  it.each(adapterFiles)('%s imports no other adapter', (file) => {
    const own = file.split('/')[1];
    for (const spec of importsOf(file)) {
      const target = resolveFrom(file, spec);
      if (target.startsWith('adapters/')) expect(target.split('/')[1], `${file} imports ${spec}`).toBe(own);
    }
  });

  it('only config.ts reads process.env', () => {
    const readers = [...sourceFiles('src'), ...adapterFiles].filter((f) =>
      readFileSync(join(root, f), 'utf8').includes('process.env'),
    );
    expect(readers.filter((f) => f !== join('src', 'config.ts'))).toEqual([]);
  });
});
