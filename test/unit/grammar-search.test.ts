import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, parse } from '../support/grammar.ts';

/* `search WORDS`: the words and phrases to look for, and the report to keep to. */
describe('search', () => {
  const cases: [string, Command][] = [
    ['search body worn video', { type: 'search', words: ['body', 'worn', 'video'], key: null }],
    ['find body-worn, video.', { type: 'search', words: ['body-worn', 'video'], key: null }],
    [
      'search for "body worn video" training',
      { type: 'search', words: ['body worn video', 'training'], key: null },
    ],
    ['search “body worn video”', { type: 'search', words: ['body worn video'], key: null }],
    ['search vetting report OSAEC23', { type: 'search', words: ['vetting'], key: 'OSAEC23' }],
    ['search vetting in osaec23', { type: 'search', words: ['vetting'], key: 'OSAEC23' }],
    ['search vetting report PEEL', { type: 'search', words: ['vetting'], key: 'PEEL' }],
    // "in custody" and "report writing" are words: a key has a digit or is typed in capitals.
    ['search training in custody', { type: 'search', words: ['training', 'custody'], key: null }],
    ['search report writing', { type: 'search', words: ['report', 'writing'], key: null }],
    ['search 100% of_staff', { type: 'search', words: ['100%', 'of_staff'], key: null }],
    ['search the plan for the training', { type: 'search', words: ['plan', 'training'], key: null }],
    ['search the', { type: 'search', words: ['the'], key: null }],
    ['search Video video VIDEO', { type: 'search', words: ['Video'], key: null }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each(['search', 'find', 'search for', 'search ""', 'search ...', 'search report OSAEC23'])(
    '%j asks what to look for, with an example',
    (text) => {
      expectProblem(text, 'search.empty');
      const outcome = parse(text);
      const example = outcome.ok ? '' : JSON.stringify(outcome.reply.blocks);
      expect(example).toContain('For example: search body worn video');
    },
  );

  it('refuses a pasted paragraph', () => {
    expectProblem(
      `search ${'word '.repeat(6)}${Array.from({ length: 12 }, (_, k) => `w${k}`).join(' ')}`,
      'search.too_many',
    );
  });
});
