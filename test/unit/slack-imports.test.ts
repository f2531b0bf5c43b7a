import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** ARCHITECTURE.md: every Slack SDK import stays in adapters/slack, so nothing else depends on Bolt. */
describe('the Slack SDK boundary', () => {
  const all = ['src', 'adapters', 'migrations', 'test', 'bench'].flatMap(files);

  it('finds the Slack adapter', () => {
    expect(all).toContain(join('adapters', 'slack', 'app.ts'));
  });

  it.each(all.filter((f) => !f.startsWith(join('adapters', 'slack'))))(
    '%s imports no @slack package',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, relative(root, file)).not.toMatch(/from\s+['"]@slack\//);
    },
  );
});
