import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedItem } from '../../src/core/import/extraction.ts';
import type { Store } from '../../src/ports/store.ts';

const IMPORT_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const CALDERBROOK = 'causes-of-concern-calderbrook-rasso-2024';

/**
 * A realistic document that is in the repository (test/fixtures/import), for tests that need "a real
 * report" rather than the seed in ../shared: an HMICFRS inspection with a section 55 response due, two
 * causes of concern, five recommendations (one waiting on an event, one with two deadlines) and two
 * areas for improvement, laid out as pdftotext gives it.
 */
export const IMPORT_DOCUMENT = {
  name: `${CALDERBROOK}.txt`,
  path: join(IMPORT_FIXTURES, `${CALDERBROOK}.txt`),
  text: readFileSync(join(IMPORT_FIXTURES, `${CALDERBROOK}.txt`), 'utf8'),
  expected: JSON.parse(readFileSync(join(IMPORT_FIXTURES, `${CALDERBROOK}.expected.json`), 'utf8')) as {
    published_on: string;
    section55_due: string;
    recommendations: { label: string }[];
    areas_for_improvement: unknown[];
    causes_of_concern: unknown[];
  },
};

/** The items the seed (../shared) imports as, in order. */
export const SEED_REFS = ['1', '2', '5', '8', '9', '11', '12', '13', '14', '15', '16'];

/** A small inspection report: two recommendations and an area for improvement. */
export const SMALL_REPORT = [
  'An inspection of custody services in Norfolk',
  '',
  'Published: 5 April 2023',
  '',
  'Recommendation 1',
  'By 31 October 2023, chief constables should review custody training.',
  '',
  'Recommendation 2',
  'Within six months, the force should publish its custody data.',
  '',
  'Area for improvement 1',
  'The force should record detention reasons more fully.',
].join('\n');

/** The rows a workspace holds, to check what an import saved (or that it saved nothing). */
export async function savedRows(store: Store, workspaceExternalId = 'local') {
  const workspace = await store.workspaces.findByExternal('console', workspaceExternalId);
  if (!workspace) return { reports: [], items: [] };
  const reports = await store.reports.list(workspace.id);
  const items = (
    await Promise.all(reports.map((report) => store.items.listByReport(workspace.id, report.id)))
  ).flat();
  return { workspace, reports, items };
}

/** An extracted item with nothing found but its text; tests override what they need. */
export function anExtractedItem(overrides: Partial<ExtractedItem> = {}): ExtractedItem {
  return {
    kind: 'recommendation',
    label: null,
    number: null,
    text: 'The force should act.',
    due: { kind: 'none', date: null, phrase: null },
    additionalDues: [],
    addressees: [],
    forceResponse: null,
    pccResponse: null,
    causeOfConcern: null,
    uncertain: [],
    source: [],
    ...overrides,
  };
}
