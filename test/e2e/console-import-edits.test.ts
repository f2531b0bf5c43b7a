import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALDERBROOK, extracted } from '../support/import-edit-fixtures.ts';
import { runRectrack } from '../support/run-rectrack.ts';

const dir = mkdtempSync(join(tmpdir(), 'rectrack-import-edits-e2e-'));
const db = join(dir, 'rectrack.sqlite');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import preview edits in the console (a real process on a real SQLite file)', () => {
  it('shows an item whole, applies edits as typed, refuses a bad date, and saves what the preview shows', async () => {
    writeFileSync(join(dir, 'calderbrook.txt'), CALDERBROOK.text);
    const typed = 'The force should brief “every” officer – now.';
    const stdin = [
      'report import "calderbrook.txt"',
      'import show 5',
      'import merge 1 2',
      `import text A1 "${typed}"`,
      'import due 4 31 March 2026',
      'import due 4 whenever',
      'import confirm CAL24',
      'report CAL24',
    ].join('\n');
    const run = await runRectrack(['chat', '--db', db, '--user', 'alice'], { cwd: dir, stdin });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    const five = extracted(CALDERBROOK, 5);
    expect(out).toContain(`> import show 5\nItem 5 of the import preview: Recommendation 5\n`);
    expect(out).toContain(`\n${five.text}\n`);
    expect(out).toContain(`From the document:\n${five.source.join('\n')}\n`);
    expect(out).toContain('> import merge 1 2\nMerged 2 into 1.');
    expect(out).toMatch(/^A1 {3}no deadline found · The force should brief “every” officer – now\.$/m);
    expect(out).toMatch(/^4 {4}31 Mar 2026 \(under C2\) · /m);
    expect(out).toContain('> import due 4 whenever\n✗ I couldn\'t read "whenever" as a deadline.');
    expect(out).toContain('✓ Imported CAL24:');
    expect(out).toMatch(
      /CAL24-A1 +- +no date +awaiting allocation +The force should brief “every” officer – now\./,
    );
    expect(out).not.toMatch(/CAL24-2 /);
  });
});
