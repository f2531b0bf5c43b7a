import { describe, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem } from '../support/grammar.ts';

const stage = (
  s: Extract<Command, { type: 's55_stage' }>['stage'],
  more: Partial<Extract<Command, { type: 's55_stage' }>> = {},
): Command => ({
  type: 's55_stage',
  key: 'OSAEC23',
  stage: s,
  on: null,
  url: null,
  confirmed: false,
  ...more,
});

describe('section 55 stages', () => {
  const cases: [string, Command][] = [
    ['OSAEC23 comments received', stage('comments_received')],
    ["OSAEC23 chief constable's comments received", stage('comments_received')],
    ['osaec23 CC comments are in', stage('comments_received')],
    ['OSAEC23 comments received on 10 May 2023', stage('comments_received', { on: '2023-05-10' })],
    ['OSAEC23 approved', stage('approved')],
    ['OSAEC23 response approved by the commissioner', stage('approved')],
    ['OSAEC23 approved confirmed', stage('approved', { confirmed: true })],
    ['OSAEC23 approved on 20 May 2023 confirmed', stage('approved', { on: '2023-05-20', confirmed: true })],
    ['OSAEC23 sent', stage('sent')],
    ['OSAEC23 sent to HMICFRS and the Home Secretary', stage('sent')],
    ['OSAEC23 was sent on 28/5/2023', stage('sent', { on: '2023-05-28' })],
    ['OSAEC23 sent yesterday', stage('sent', { on: '2024-03-13' })],
    [
      'OSAEC23 published https://www.norfolk-pcc.gov.uk/osaec',
      stage('published', { url: 'https://www.norfolk-pcc.gov.uk/osaec' }),
    ],
    [
      'OSAEC23 published on 2 June 2023 at https://example.org/r.',
      stage('published', { on: '2023-06-02', url: 'https://example.org/r' }),
    ],
    ['OSAEC23 stage', { type: 's55_show', key: 'OSAEC23' }],
    ['s55 osaec23', { type: 's55_show', key: 'OSAEC23' }],
    ['OSAEC23 section 55', { type: 's55_show', key: 'OSAEC23' }],
    ['set s55-comments 14', { type: 'set_s55_comments', days: 14 }],
    ['set comments due 28 days', { type: 'set_s55_comments', days: 28 }],
    ['responses OSAEC23-5', { type: 'responses_show', key: 'OSAEC23', item: '5' }],
    ['responses osaec23', { type: 'responses_show', key: 'OSAEC23', item: null }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  const refusals: [string, string][] = [
    ['OSAEC23 published', 's55.no_url'],
    ['OSAEC23 published www.norfolk-pcc.gov.uk/osaec', 's55.no_url'],
    ['OSAEC23 sent https://example.org/letter', 's55.unexpected_link'],
    ['OSAEC23 sent last blue moon', 's55.date_unreadable'],
    ['set s55-comments 60', 'settings.s55_comments_range'],
  ];
  it.each(refusals)('%j is refused with %s', (text, code) => expectProblem(text, code));

  // Item updates keep their meaning: a reference with a dash is an item, not a report's stage.
  it.each([
    [
      'OSAEC23-5 accepted',
      { type: 'disposition', item: { key: 'OSAEC23', ref: '5' }, disposition: 'accepted' },
    ],
  ] as [string, Command][])('%j', (text, expected) => expectCommand(text, expected));
});
