import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, parse } from '../support/grammar.ts';

const DOCUMENT =
  'Recommendation 1\nBy 31 October 2023, Chief Constables should review training.\n\nRecommendation 2';

describe('report import', () => {
  const cases: [string, Command][] = [
    ['report import', { type: 'import_start' }],
    ['Report Import', { type: 'import_start' }],
    ['import', { type: 'import_start' }],
    ['/recs report import', { type: 'import_start' }],
    ['@rectrack import:', { type: 'import_start' }],
    ['please report import   ', { type: 'import_start' }],
    [`report import\n${DOCUMENT}`, { type: 'import_document', text: DOCUMENT }],
    [`report import ${DOCUMENT}\n`, { type: 'import_document', text: DOCUMENT }],
    [`import:\n\n${DOCUMENT}`, { type: 'import_document', text: DOCUMENT }],
    [
      'report import Recommendation 1: chiefs should act',
      {
        type: 'import_document',
        text: 'Recommendation 1: chiefs should act',
      },
    ],
    ['import confirm OSAEC23', { type: 'import_confirm', key: 'OSAEC23', anyway: false }],
    ['import confirm osaec23 anyway', { type: 'import_confirm', key: 'OSAEC23', anyway: true }],
    ['import confirm as PEEL24.', { type: 'import_confirm', key: 'PEEL24', anyway: false }],
    ['import confirm', { type: 'import_confirm', key: null, anyway: false }],
    ['import confirm anyway', { type: 'import_confirm', key: null, anyway: true }],
    ['report import confirm OSAEC23', { type: 'import_confirm', key: 'OSAEC23', anyway: false }],
    ['import cancel', { type: 'import_cancel' }],
    ['please import cancel', { type: 'import_cancel' }],
    ['import preview', { type: 'import_preview' }],
    ['import key OSAEC23', { type: 'import_key', key: 'OSAEC23' }],
    ['import title "Online CSAE inspection"', { type: 'import_title', title: 'Online CSAE inspection' }],
    ['import title: \u201COnline CSAE\u201D', { type: 'import_title', title: 'Online CSAE' }],
    ['import publisher HMICFRS', { type: 'import_publisher', publisher: 'HMICFRS' }],
    ['import published 5 April 2023', { type: 'import_published', date: '2023-04-05' }],
    ['import published on 05/04/2023', { type: 'import_published', date: '2023-04-05' }],
    ['import drop 15', { type: 'import_drop', refs: ['15'] }],
    ['import drop 15, 16 and a2', { type: 'import_drop', refs: ['15', '16', 'A2'] }],
    ['import leave out OSAEC23-015 #16 rec 16', { type: 'import_drop', refs: ['15', '16'] }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['import confirm AUD-24', 'report.bad_key'],
    ['import confirm A', 'report.bad_key'],
    ['import key', 'import.usage'],
    ['import title', 'import.usage'],
    ['import publisher ""', 'import.usage'],
    ['import published someday', 'date.unreadable'],
    ['import drop', 'import.bad_ref'],
    ['import drop everything', 'import.bad_ref'],
    ['import frobnicate', 'import.usage'],
    ['report import ./osaec.docx', 'import.file_name'],
    ['import report.pdf', 'import.file_name'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));

  it('leaves words that only start with "import" to the rest of the grammar', () => {
    for (const text of ['imports', 'important: OSAEC23-5 done', 'importer']) {
      const outcome = parse(text);
      expect(outcome.ok && outcome.command.type.startsWith('import')).toBe(false);
    }
    expectCommand('OSAEC23-5 note: import the data', {
      type: 'comment',
      item: { key: 'OSAEC23', ref: '5' },
      note: 'import the data',
    });
  });
});
