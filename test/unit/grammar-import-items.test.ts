import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, parse } from '../support/grammar.ts';

/** Edits to single items of an import preview, as typed in any of the three places. */
describe('import item edits', () => {
  const good: [string, Command][] = [
    ['import show 5', { type: 'import_show', ref: '5' }],
    ['import show a2', { type: 'import_show', ref: 'A2' }],
    ['/recs import show item OSAEC23-05', { type: 'import_show', ref: '5' }],
    ['import show', { type: 'import_preview' }],
    ['import show preview', { type: 'import_preview' }],

    [
      'import text 5 "The force should act."',
      { type: 'import_text', ref: '5', text: 'The force should act.' },
    ],
    // Quotes and dashes inside the text are the user's and stay as typed.
    [
      'import text A1 "The force should do “this” – properly, and \'that\'."',
      { type: 'import_text', ref: 'A1', text: "The force should do “this” – properly, and 'that'." },
    ],
    [
      'import text 5: “Chief constables should review training.”',
      { type: 'import_text', ref: '5', text: 'Chief constables should review training.' },
    ],
    ["import text 5 'The force's plan'", { type: 'import_text', ref: '5', text: "The force's plan" }],
    // A newline typed inside the quotes is a space, not a pasted document.
    [
      'import text 5 "The force should\nact now."',
      { type: 'import_text', ref: '5', text: 'The force should act now.' },
    ],

    ['import due 5 31 March 2026', { type: 'import_due', ref: '5', phrases: ['31 March 2026'] }],
    ['import due C1 within 6 months', { type: 'import_due', ref: 'C1', phrases: ['within 6 months'] }],
    ['import deadline 5: immediately', { type: 'import_due', ref: '5', phrases: ['immediately'] }],
    ['import due 5 none', { type: 'import_due', ref: '5', phrases: ['none'] }],
    [
      'import due 14 immediately; 6 months after the new tool is implemented',
      {
        type: 'import_due',
        ref: '14',
        phrases: ['immediately', '6 months after the new tool is implemented'],
      },
    ],

    ['import merge 3 4', { type: 'import_merge', into: '3', from: '4' }],
    ['import merge 3 and 4', { type: 'import_merge', into: '3', from: '4' }],
    ['import merge A1 with a2', { type: 'import_merge', into: 'A1', from: 'A2' }],
    ['import merge 4 into 3', { type: 'import_merge', into: '3', from: '4' }],
    ['import merge OSAEC23-3, OSAEC23-4', { type: 'import_merge', into: '3', from: '4' }],

    [
      'import split 5 after "publication of this report,"',
      { type: 'import_split', ref: '5', after: 'publication of this report,' },
    ],
    ['import split 5 after: “reviewed.”', { type: 'import_split', ref: '5', after: 'reviewed.' }],

    [
      'import add "The force should review custody training." due 31 March 2026',
      {
        type: 'import_add',
        kind: 'recommendation',
        text: 'The force should review custody training.',
        phrases: ['31 March 2026'],
      },
    ],
    [
      'import add area "The force should record reasons."',
      {
        type: 'import_add',
        kind: 'area_for_improvement',
        text: 'The force should record reasons.',
        phrases: [],
      },
    ],
    [
      'import add cause of concern "Risk is not managed." due none',
      { type: 'import_add', kind: 'cause_of_concern', text: 'Risk is not managed.', phrases: ['none'] },
    ],
    [
      'import add "Act now" due immediately; due within 12 months',
      {
        type: 'import_add',
        kind: 'recommendation',
        text: 'Act now',
        phrases: ['immediately', 'within 12 months'],
      },
    ],

    ['import ours 15', { type: 'import_ours', refs: ['15'] }],
    ['import ours 3, 15 and a2', { type: 'import_ours', refs: ['3', '15', 'A2'] }],
    ['import keep 15 as ours', { type: 'import_ours', refs: ['15'] }],
  ];
  it.each(good)('%j', (text, expected) => expectCommand(text, expected));

  const bad: [string, string][] = [
    ['import show everything', 'import.bad_ref'],
    ['import text 5 The force should act.', 'import.needs_quotes'],
    ['import text 5 "The force should act.', 'import.needs_quotes'],
    ['import text 5 ""', 'import.usage'],
    ['import text five "x"', 'import.bad_ref'],
    ['import text', 'import.usage'],
    ['import due 5 someday', 'deadline.unreadable'],
    ['import due 5 31 March 2026; whenever', 'deadline.unreadable'],
    ['import due 5', 'import.usage'],
    ['import due', 'import.usage'],
    ['import merge 3 3', 'import.merge_self'],
    ['import merge OSAEC23-3 with 03', 'import.merge_self'],
    ['import merge 3', 'import.usage'],
    ['import merge 3 4 5', 'import.usage'],
    ['import merge 3 everything', 'import.bad_ref'],
    ['import split 5 after publication', 'import.needs_quotes'],
    ['import split 5 "publication"', 'import.usage'],
    ['import split', 'import.usage'],
    ['import add The force should act', 'import.needs_quotes'],
    ['import add "The force should act" due someday', 'deadline.unreadable'],
    ['import add wish "The force should act"', 'import.usage'],
    ['import add ""', 'import.usage'],
    ['import ours', 'import.usage'],
    ['import ours everything', 'import.bad_ref'],
  ];
  it.each(bad)('%j -> %s', (text, code) => expectProblem(text, code));

  it('gives an example with every problem, and the example parses', () => {
    for (const [text] of bad) {
      const outcome = parse(text);
      if (outcome.ok) throw new Error(`${text} parsed`);
      const example = outcome.reply.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []))[0] ?? '';
      expect(example, text).toMatch(/^For example: import /);
      expect(parse(example.replace(/^For example: /, '')).ok, example).toBe(true);
    }
  });

  it.each([
    ['import split 5 after publication of', 'import split 5 after "publication of"'],
    ['import text 5 The force should act.', 'import text 5 "The force should act."'],
    [
      'import add The force should act due 31 March 2026',
      'import add "The force should act" due 31 March 2026',
    ],
    ['import add The force should act due whenever', 'import add "The force should act"'],
  ])('%j without quotes: the example is what was typed, quoted', (text, example) => {
    const outcome = parse(text);
    expect(outcome.ok ? undefined : outcome.reply.blocks[0]).toEqual({
      type: 'text',
      text: `For example: ${example}`,
    });
  });

  it('still takes a pasted document that starts with one of the edit words', () => {
    const document = 'Text of the report\n\nRecommendation 1\nBy 31 October 2023, the force should act.';
    expect(parse(`report import\n${document}`)).toEqual({
      ok: true,
      command: { type: 'import_document', text: document },
    });
  });
});
