import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../support/core-harness.ts';

const WORDS = [
  'OSAEC23-1',
  'OSAEC23-2',
  'OSAEC23-C1',
  'osaec23-99',
  'PEEL23-1',
  '1',
  '2',
  '14',
  'report',
  'reports',
  'new',
  'delete',
  'confirm',
  'add',
  'OSAEC23',
  '"text should go"',
  'due',
  'immediately',
  'within six months',
  'none',
  '6 months after the tool is implemented',
  'under C1',
  'as concern',
  'as afi',
  'number 7',
  'assign',
  '@bob',
  '<@U1>',
  'team X',
  'is',
  'done',
  'blocked',
  'on funding',
  'in progress',
  'not for us',
  'accepted',
  'not accepted',
  'move',
  'to',
  'end of June',
  '31/02/2024',
  '1 March 2024',
  'because',
  'reasons',
  'deadline 2',
  'event happened',
  'respond',
  'force:',
  'pcc:',
  'note:',
  'history',
  'mine',
  'overdue',
  'due soon',
  '400 days',
  'admin',
  'settings',
  'set timezone',
  'Mars/Olympus',
  'Europe/Paris',
  'set revisions',
  '0',
  'set due-soon',
  'help',
  ':',
  ',',
  '?',
];

/** Random sentences of grammar words sent through the whole core (parse, permissions, use cases, store). */
describe('the core on random input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('sqlite');
    await h.say('alice', 'report new "Online CSAE" key OSAEC23 published 5 April 2023 s55');
    await h.say(
      'alice',
      'add OSAEC23 "Chief Constables should act" due immediately; due 6 months after the tool is used',
    );
    await h.say('alice', 'add OSAEC23 "Concern" as concern');
    await h.say('alice', 'assign OSAEC23-1 @bob');
  });
  afterAll(() => h.close());

  it('answers every message with a reply and never throws', async () => {
    const sentence = fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 })
      .map((w) => w.join(' '));
    const input = fc.tuple(
      fc.constantFrom('alice', 'bob', 'carol'),
      fc.oneof(sentence, fc.string({ maxLength: 40 })),
    );
    await fc.assert(
      fc.asyncProperty(input, async ([user, text]) => {
        const reply = await h.say(user, text);
        expect(reply.text.trim().length).toBeGreaterThan(0);
        expect(['info', 'success', 'problem', 'question']).toContain(reply.kind);
      }),
      { numRuns: 2_000 },
    );
  });
});
