import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../src/core/grammar/commands.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';
import { CTX } from '../support/grammar.ts';

const FRAGMENTS = [
  'help', '?', 'report', 'reports', 'report new', 'new report', 'report delete', 'confirm', 'report import',
  'add', 'to', 'as afi', 'as concern', 'number', 'no.', 'due', '; due', 'and due', 'immediately',
  'within six months', 'after the tool is implemented', 'assign', 'give', 'team', 'history', 'of', 'show',
  'respond', 'force', 'pcc', 'force response', 'mine', 'overdue', 'due soon', 'days', 'admin', 'make',
  'settings', 'set', 'timezone', 'revisions', 'due-soon', 'off', 'key', 'published', 'publisher', 's55',
  'no s55', 'section 55', 'link', 'url', 'mark', 'as', 'is', 'has been', 'now', 'move', 'moving', 'push',
  'to end of June', 'because', 'since', 'due to', 'deadline', 'deadline 2', 'moved to', 'event happened',
  'condition met', 'note:', 'comment', 'in progress', 'done', 'blocked', 'blocked on', 'not started',
  'pending sign-off', 'sign off', 'not adopted', 'not for us', 'on hold', 'please', '/recs', '@rectrack',
  'OSAEC23', 'osaec23', 'OSAEC23-5', 'osaec23-a3', 'OSAEC23-C1', 'OSAEC23-05', 'OSAEC23-99999', 'A-1',
  '14', '#14', 'item 14', 'rec', '0', '9999', 'sign-off', 'covid-19', '5 April 2023', '31/02/2024',
  '12/25/2024', '1/7/2024', '29 February', 'next Monday', 'tomorrow', 'yesterday', 'end of June',
  'march', 'may', 'https://example.org/report-2023-5', 'https://', 'http://x.y/ab-12?q=1', '"', "'",
  '\u201C', '\u201D', '\u2018', '\u2019', '"Online CSAE inspection"', '@alice', '@', '<@U123>',
  '<@U123|alice>', '<@', '|', '>', '(Safeguarding)', ':', ';', ',', '.', '-', '\u2013', '!', '\u00A0',
  '\t', '\n', '  ', '', '\u200B', '\uD800', '\u{1F600}',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const sentence = fc
  .array(fc.oneof(fragment, fragment, fragment, fc.string({ maxLength: 6 })), { maxLength: 12 })
  .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));
const input = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 6, arbitrary: sentence },
);

describe('parseCommand on arbitrary text', () => {
  it('answers every input with a valid command or a reply that says something', () => {
    fc.assert(
      fc.property(input, (text) => {
        const outcome = parseCommand(text, CTX);
        if (outcome.ok) {
          expect(commandSchema.safeParse(outcome.command).success).toBe(true);
        } else {
          expect(outcome.reply.text.trim()).not.toBe('');
          expect(['problem', 'question']).toContain(outcome.reply.kind);
        }
      }),
      // Enough to reach odd corners, few enough to stay well under 10 s on a slow shared machine.
      { numRuns: 10_000 },
    );
  });
});
