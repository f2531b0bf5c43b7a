import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/import/extraction.ts';
import { planImport } from '../../src/core/import/plan.ts';
import { readPrintedDate } from '../../src/core/import/printed-date.ts';
import { fnv1a64, sourceHash } from '../../src/core/import/source-hash.ts';
import { firstFreeKey, suggestKey } from '../../src/core/import/suggest-key.ts';
import { wordCount } from '../../src/core/import/text-util.ts';
import { importPreview } from '../../src/core/view/import-preview.ts';
import { visible } from '../support/core-harness.ts';
import { CTX } from '../support/grammar.ts';
import { anExtractedItem } from '../support/import-fixtures.ts';

describe('source hash', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j is %s', (text, hash) => expect(fnv1a64(text)).toBe(hash));

  it('agrees with 64-bit arithmetic on text beyond ASCII', () => {
    const text = 'Recommendation 14 – “immediate” ✓ é'.repeat(50);
    let expected = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) {
      expected = ((expected ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    expect(fnv1a64(text)).toBe(expected.toString(16).padStart(16, '0'));
  });

  it('ignores layout and typography, not words', () => {
    const hash = sourceHash('Recommendation 1\r\n  By 31 October 2023, “chiefs” should act – now.');
    expect(sourceHash('recommendation 1 by 31 october 2023, "chiefs" should act - now.  \n')).toBe(hash);
    expect(sourceHash('Recommendation 2 By 31 October 2023, "chiefs" should act - now.')).not.toBe(hash);
  });
});

describe('suggested keys', () => {
  it.each([
    [
      'An inspection of how well the police and National Crime Agency tackle the online sexual abuse and exploitation of children',
      '2023-04-05',
      'OSAEC23',
    ],
    ['An inspection of custody services in Norfolk', '2023-04-05', 'CSN23'],
    ['PEEL', '2024-01-01', 'PEEL24'],
    ['PEEL 2023-25: An inspection of Norfolk Constabulary', null, 'PNC23'],
    ['3rd review', null, 'R3'],
    [null, null, 'REPORT'],
    ['!!!', '2022-01-01', 'REPORT22'],
  ])('%j published %s -> %s', (title, published, key) => expect(suggestKey(title, published)).toBe(key));

  it('moves on to the next free key', async () => {
    const taken = new Set(['OSAEC23', 'OSAEC23B']);
    expect(await firstFreeKey('OSAEC23', async (k) => taken.has(k))).toBe('OSAEC23C');
  });
});

const EXTRACTION: Extraction = {
  title: null,
  publisher: null,
  publishedOn: null,
  link: null,
  section55: true,
  section55Due: null,
  forceResponseOverall: null,
  pccResponseOverall: null,
  causesOfConcern: [anExtractedItem({ kind: 'cause_of_concern', label: 'Cause of concern 1', number: 1 })],
  recommendations: [
    anExtractedItem({ number: 2, causeOfConcern: 'Cause of concern 1', uncertain: ['two addressees?'] }),
    anExtractedItem({ number: 2, due: { kind: 'relative', date: null, phrase: 'within six months' } }),
  ],
  areasForImprovement: [],
  warnings: ['a table was hard to read'],
};

describe('the import preview', () => {
  const plan = planImport(EXTRACTION, CTX);
  const preview = (canSave: boolean, extraction = EXTRACTION) =>
    importPreview({
      extraction,
      plan,
      sourceName: 'x.pdf',
      key: 'REPORT',
      keyChosen: false,
      duplicate: undefined,
      canSave,
    });

  it('flags what the extractor and the planning were unsure of', () => {
    const shown = visible(preview(true));
    expect(shown).toContain('2 recommendations, 1 cause of concern');
    expect(shown).toMatch(/^2 {4}no deadline found \(under C1\) · The force should act\. ⚠$/m);
    expect(shown).toMatch(/^3 {4}within six months \(no date yet\) · /m);
    for (const doubt of [
      '⚠ a table was hard to read',
      '⚠ No title found: set one with import title "..."',
      '⚠ No publication date found, and deadlines count from it: import published 5 April 2023',
      '⚠ 2: two addressees?',
      '⚠ 3: number 2 appears twice; this one is saved as 3',
    ]) {
      expect(shown).toContain(doubt);
    }
    expect(shown).toContain('Section 55 response due: needs the publication date');
  });

  it('offers to save only with a title, and only to an admin', () => {
    expect(visible(preview(true))).not.toContain('import confirm');
    const titled = { ...EXTRACTION, title: 'Custody' };
    expect(visible(preview(true, titled))).toContain('[Save as REPORT -> import confirm REPORT]');
    const member = visible(preview(false, titled));
    expect(member).not.toContain('[Save as');
    expect(member).toContain('Only an admin can save it');
  });
});

describe('word count', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['  two  words ', 2],
    ['a b  c   d', 4],
  ])('%j has %i words', (text, words) => expect(wordCount(text)).toBe(words));
});

describe('printed date', () => {
  it('reads the same span alike every time it is asked, first date with its year first', () => {
    const line = 'Reviewed 14.05.2024; next review 5 April 2025';
    expect(readPrintedDate(line)).toBe('2024-05-14');
    expect(readPrintedDate(line)).toBe('2024-05-14');
    expect(readPrintedDate('Due 5 April 2025')).toBe('2025-04-05');
    expect(readPrintedDate('April 5th without a year')).toBeNull();
  });
});
