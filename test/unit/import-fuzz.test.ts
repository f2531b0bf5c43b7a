import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isIsoDate } from '../../src/core/dates/index.ts';
import { extractReport } from '../../src/core/import/extract.ts';
import { toFixtureJson } from '../../src/core/import/fixture-json.ts';
import { DEADLINE_KINDS, ITEM_KINDS } from '../../src/core/model/entities.ts';
import { hasShared, seedText } from '../support/shared-fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtureDir = join(root, 'test', 'fixtures', 'import');
// The in-repo fixtures, and the seed too when ../shared is there.
const documents = [
  ...(hasShared ? [seedText()] : []),
  ...readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(fixtureDir, f), 'utf8')),
];

const date = z.string().refine(isIsoDate).nullable();
const text = z.string().nullable();
const due = z.object({ kind: z.enum(DEADLINE_KINDS), date, phrase: text });
const item = z.object({
  kind: z.enum(ITEM_KINDS),
  label: text,
  number: z.number().int().nullable(),
  text: z.string(),
  due,
  additionalDues: z.array(due),
  addressees: z.array(z.string().min(1)),
  forceResponse: text,
  pccResponse: text,
  causeOfConcern: text,
  uncertain: z.array(z.string()),
  source: z.array(z.string()),
});
const extraction = z.strictObject({
  title: text,
  publisher: text,
  publishedOn: date,
  link: text,
  section55: z.boolean(),
  section55Due: date,
  forceResponseOverall: text,
  pccResponseOverall: text,
  recommendations: z.array(item.extend({ kind: z.literal('recommendation') })),
  areasForImprovement: z.array(item.extend({ kind: z.literal('area_for_improvement') })),
  causesOfConcern: z.array(item.extend({ kind: z.literal('cause_of_concern') })),
  warnings: z.array(z.string()),
});

function wellFormed(input: string): void {
  const result = extractReport(input);
  expect(() => extraction.parse(result)).not.toThrow();
  expect(() => JSON.stringify(toFixtureJson(result))).not.toThrow();
}

// Pieces of the documents the extractor reads, so random text reaches its deeper paths.
const FRAGMENTS = [
  'Recommendation 1',
  '## Recommendation 12',
  'Recommendation:',
  '4.1 Recommendation (x): Accepted.',
  'Area for improvement 3',
  'Cause of concern',
  'Areas for improvement',
  'The MATTERS OF CONCERN are as follows:',
  'By 31 October 2023, Chief Constables should',
  'the force should immediately:',
  'With immediate effect,',
  'within six months of the publication of this report',
  'six months after the new tool is implemented',
  'by the end of Feb 2025',
  'Oct-18',
  '31/02/2024',
  '1 January 9999',
  'within 56 days',
  'section 55',
  'Published: 5 April 2023',
  'Date: 21/06/2024',
  'Title: x',
  'CHIEF CONSTABLE RESPONSE TO REPORT:',
  'PCC response',
  'Response from the force',
  'Force response: Accepted',
  'Awaiting response.',
  '• ',
  '- ',
  '(1) ',
  '1. ',
  'Page 3 of 9',
  'OFFICIAL',
  '________',
  'Contents',
  'Ref    Recommendation    Target date    Force response',
  '----   --------------    -----------    --------------',
  'R-01   The council should    Dec-18    Complete',
  'Home > Learning > Recommendations > X',
  'https://example.org/a/b/c',
  'Dear Chief Constable,',
  'THIS REPORT IS BEING SENT TO:',
  'Our ability to sustain our progress against these recommendations',
  ' and ',
  ', ',
  'should',
  '(',
  ')',
  '¹',
];
const SEPARATORS = ['', ' ', '  ', '     ', '\n', '\n\n', '\n\n\n\n', '\t', '\f', '\r\n', ':'];

const soup = fc
  .array(
    fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS), fc.string({ maxLength: 12 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.map(([f, s, noise]) => f + s + noise).join(''));

// A window of a real document, then mangled: cut short, lines shuffled or dropped, doubled, bytes replaced.
const WINDOW = 3000;
const mangled = fc
  .record({
    doc: fc.constantFrom(...documents),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: WINDOW }),
    how: fc.constantFrom('truncate', 'shuffle', 'drop', 'double', 'bytes'),
    seed: fc.integer(),
    noise: fc.string({ unit: 'binary', maxLength: 20 }),
  })
  .map(({ doc, start, length, how, seed: s, noise }) => {
    const from = doc.length === 0 ? 0 : start % doc.length;
    const window = doc.slice(from, from + length);
    const lines = window.split('\n');
    const pick = (i: number) => Math.abs((s * 31 + i * 17) % Math.max(1, lines.length));
    switch (how) {
      case 'truncate':
        return window;
      case 'shuffle':
        return lines.map((_, i) => lines[pick(i)] ?? '').join('\n');
      case 'drop':
        return lines.filter((_, i) => pick(i) % 3 !== 0).join('\n');
      case 'double':
        return window + window;
      default: {
        const at = window.length === 0 ? 0 : Math.abs(s) % window.length;
        return window.slice(0, at) + noise + window.slice(at + noise.length);
      }
    }
  });

describe('import: never throws, always well formed', () => {
  it('survives arbitrary strings, including any Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), wellFormed), { numRuns: 4000 });
  });

  it('survives soups of the phrases it looks for', () => {
    fc.assert(fc.property(soup, wellFormed), { numRuns: 3000 });
  });

  it('survives mangled copies of the seed and the fixtures', () => {
    fc.assert(fc.property(mangled, wellFormed), { numRuns: 2950 });
  });

  it('survives whole documents doubled, shuffled and cut', () => {
    const whole = documents.flatMap((doc) => {
      const lines = doc.split('\n');
      return [
        doc + doc,
        [...lines].reverse().join('\n'),
        doc.slice(0, Math.floor(doc.length / 2)),
        doc.replace(/\n/g, '\f'),
      ];
    });
    for (const doc of [...whole, '', ' ', '\f\f\f', '\n'.repeat(5000), 'Recommendation 1\n'.repeat(2000)])
      wellFormed(doc);
  });

  // More lines than a function call takes arguments (about 120,000 here): a spreadsheet of short rows, well
  // inside the 10 MB a file may be. Spreading them into Math.min once overflowed the stack.
  it('survives a paste of 150,000 short lines', () => {
    wellFormed(Array.from({ length: 150_000 }, (_, i) => `  row ${i}`).join('\n'));
  }, 60_000);
});
