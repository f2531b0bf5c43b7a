import { describe, expect, it } from 'vitest';
import type { ListFilter } from '../../src/core/grammar/commands.ts';
import { listText } from '../../src/core/grammar/list-text.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';
import { STATUSES } from '../../src/core/model/status.ts';

/* The More button sends a list's words with the next page: they must read back as the same list. */
const none: ListFilter = {
  owner: null,
  team: null,
  report: null,
  statuses: null,
  overdue: false,
  dueSoon: null,
};
const ctx = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };

describe('a list written back as words', () => {
  it.each<[string, Partial<ListFilter>]>([
    ['overdue', { overdue: true }],
    ['mine', { owner: 'me' }],
    ['due soon', { dueSoon: { days: null } }],
    ['due soon 30 days', { dueSoon: { days: 30 } }],
    ['overdue due soon 7 days', { overdue: true, dueSoon: { days: 7 } }],
    ['owner @bob', { owner: { kind: 'name', name: 'bob' } }],
    ['owner <@U123>', { owner: { kind: 'mention', externalId: 'U123', name: null } }],
    ['team "Due Diligence"', { team: 'Due Diligence' }],
    [
      'team "Safeguarding and Investigations" report OSAEC23',
      { team: 'Safeguarding and Investigations', report: 'OSAEC23' },
    ],
    ...STATUSES.map((status): [string, Partial<ListFilter>] => [`status ${status}`, { statuses: [status] }]),
    ['status blocked or in progress, overdue', { statuses: ['blocked', 'in_progress'], overdue: true }],
  ])('%s', (_label, part) => {
    const filter = { ...none, ...part };
    const text = listText(filter);
    const parsed = parseCommand(`${text} page 2`, ctx);
    expect(parsed).toEqual({ ok: true, command: { type: 'list', filter, page: 2 } });
  });
});
