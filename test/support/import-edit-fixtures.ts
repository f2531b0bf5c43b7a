import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/core/import/extract.ts';
import type { ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';
import type { PendingImport, Store } from '../../src/ports/store.ts';

/*
 * In-repo documents for the import preview's edits (test/fixtures/import), and what the extractor
 * makes of them: tests compare an edit's result with the extraction itself, so they keep holding
 * while the extractor improves.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

export type Fixture = { name: string; text: string; extraction: Extraction };

function load(name: string): Fixture {
  const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
  return { name: `${name}.txt`, text, extraction: extractReport(text) };
}

/** Two causes of concern, five recommendations (one conditional, one with two deadlines), two AFIs. */
export const CALDERBROOK = load('causes-of-concern-calderbrook-rasso-2024');
/** Three IOPC recommendations with force responses; the third is for the College of Policing. */
export const OAKHURST = load('iopc-learning-webpage-oakhurst-2024');

/** The extracted recommendation with this number (or area for improvement / cause of concern). */
export function extracted(
  fixture: Fixture,
  number: number,
  kind: 'recommendations' | 'areasForImprovement' | 'causesOfConcern' = 'recommendations',
): ExtractedItem {
  const list = fixture.extraction[kind];
  // Unnumbered items (bullet AFIs) are numbered in order, as the preview does.
  const found =
    list.find((i) => i.number === number) ??
    (list.every((i) => i.number === null) ? list[number - 1] : undefined);
  if (!found) throw new Error(`${fixture.name} has no ${kind} ${number}`);
  return found;
}

/** A member's pending import, straight from the store: to check a refused edit changed nothing. */
export async function pendingOf(store: Store, user = 'alice'): Promise<PendingImport | undefined> {
  const workspace = await store.workspaces.findByExternal('console', 'local');
  const member = workspace && (await store.members.findByExternal(workspace.id, user));
  if (!workspace || !member) return undefined;
  return store.pendingImports.get(workspace.id, member.id);
}

/** The words after which a text can be split: the three up to and including its last comma. */
export function wordsToLastComma(text: string): { after: string; rest: string } {
  const comma = text.lastIndexOf(', ');
  if (comma === -1) throw new Error(`no comma in: ${text}`);
  const head = text.slice(0, comma + 1);
  return { after: head.split(' ').slice(-3).join(' '), rest: text.slice(comma + 2) };
}
