import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, list, parse } from '../support/grammar.ts';

const bob = { kind: 'name', name: 'bob' } as const;

describe('lists with filters, in any order', () => {
  const cases: [string, Command][] = [
    ['overdue owner @bob', list({ overdue: true, owner: bob })],
    ['owner @bob overdue', list({ overdue: true, owner: bob })],
    ['report OSAEC23 status blocked', list({ report: 'OSAEC23', statuses: ['blocked'] })],
    ['status blocked report osaec23', list({ report: 'OSAEC23', statuses: ['blocked'] })],
    ['mine due soon', list({ owner: 'me', dueSoon: { days: null } })],
    ['due soon mine', list({ owner: 'me', dueSoon: { days: null } })],
    ['team Safeguarding', list({ team: 'Safeguarding' })],
    ['team Safeguarding and Investigations', list({ team: 'Safeguarding and Investigations' })],
    ['overdue team Safeguarding', list({ overdue: true, team: 'Safeguarding' })],
    ['team Safeguarding overdue', list({ overdue: true, team: 'Safeguarding' })],
    ['team "Due Diligence" overdue', list({ overdue: true, team: 'Due Diligence' })],
    ['owner @bob status in progress', list({ owner: bob, statuses: ['in_progress'] })],
    ['status in progress owner @bob', list({ owner: bob, statuses: ['in_progress'] })],
    ['status blocked', list({ statuses: ['blocked'] })],
    ['status is pending sign-off', list({ statuses: ['pending_signoff'] })],
    ['status blocked or in progress', list({ statuses: ['blocked', 'in_progress'] })],
    ['status done', list({ statuses: ['done'] })],
    ['due soon report OSAEC23', list({ dueSoon: { days: null }, report: 'OSAEC23' })],
    ['report OSAEC23 due soon 30 days', list({ dueSoon: { days: 30 }, report: 'OSAEC23' })],
    ['due in 7 days team Finance', list({ dueSoon: { days: 7 }, team: 'Finance' })],
    [
      'overdue team Safeguarding owner <@U0BOB|bob> status blocked report OSAEC23',
      list({
        overdue: true,
        team: 'Safeguarding',
        owner: { kind: 'mention', externalId: 'U0BOB', name: 'bob' },
        statuses: ['blocked'],
        report: 'OSAEC23',
      }),
    ],
    ['what does @bob own overdue', list({ owner: bob, overdue: true })],
    ['my items status blocked', list({ owner: 'me', statuses: ['blocked'] })],
    ['overdue due soon', list({ overdue: true, dueSoon: { days: null } })],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it('leaves the report itself, and updates that forgot their item, to their own rules', () => {
    expectCommand('report OSAEC23', { type: 'report_show', key: 'OSAEC23' });
    const update = parse('due 30 June 2024 because the tool slipped');
    expect(update.ok ? update.command.type : update.reply.code).not.toMatch(/^list/);
  });
});

describe('filters it cannot use are refused with an example that fits', () => {
  const refusals: [string, string, string, string][] = [
    ['status blockd', 'list.unknown_status', 'Did you mean blocked?', 'status blocked'],
    [
      'overdue status in progres',
      'list.unknown_status',
      'Did you mean in progress?',
      'overdue status in progress',
    ],
    ['status compelte team Finance', 'list.unknown_status', 'Did you mean done?', 'status done team Finance'],
    ['status purple', 'list.unknown_status', 'The statuses are: awaiting allocation', 'status blocked'],
    ['status', 'list.unknown_status', 'Name a status', 'status blocked'],
    ['team', 'list.team_missing', 'Name the team', 'team Safeguarding'],
    ['overdue team', 'list.team_missing', 'Name the team', 'team Safeguarding'],
    ['owner bob', 'owner.no_person', 'Mention bob with @', 'owner @bob'],
    ['overdue owner', 'owner.no_person', 'Mention the person', 'owner @bob'],
    [
      'overdue report status blocked',
      'list.report_missing',
      'Say which report',
      'report OSAEC23 status blocked',
    ],
    ['overdue owner @bob sideways', 'list.unknown_filter', 'not by "sideways"', 'overdue owner @bob'],
    ['overdue team Finance overdue', 'list.repeated_filter', 'Say overdue once', 'overdue team Safeguarding'],
    ['due soon 400 days', 'due_soon.range', 'between 1 and 366 days', 'due soon 30 days'],
  ];
  it.each(refusals)('%j', (text, code, says, example) => {
    expectProblem(text, code);
    const outcome = parse(text);
    if (outcome.ok) return;
    expect(outcome.reply.text).toContain(says);
    expect(outcome.reply.blocks).toContainEqual({ type: 'text', text: `For example: ${example}` });
  });
});
