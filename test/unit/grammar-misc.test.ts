import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, expectQuestion, item, list, parse } from '../support/grammar.ts';

describe('lists', () => {
  const cases: [string, Command][] = [
    ['mine', list({ owner: 'me' })],
    ['my items', list({ owner: 'me' })],
    ['what do I own?', list({ owner: 'me' })],
    ['overdue', list({ overdue: true })],
    ["what's overdue?", list({ overdue: true })],
    // A phone's curly apostrophe.
    ['what\u2019s overdue', list({ overdue: true })],
    ['due soon', list({ dueSoon: { days: null } })],
    ['due soon 30 days', list({ dueSoon: { days: 30 } })],
    ['due soon in 7 days', list({ dueSoon: { days: 7 } })],
    ['upcoming', list({ dueSoon: { days: null } })],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it('refuses a window longer than a year', () => expectProblem('due soon 400 days', 'due_soon.range'));
});

describe('admin and settings', () => {
  const cases: [string, Command][] = [
    ['admin @bob', { type: 'make_admin', person: { kind: 'name', name: 'bob' } }],
    ['make @bob admin', { type: 'make_admin', person: { kind: 'name', name: 'bob' } }],
    ['make @bob an admin', { type: 'make_admin', person: { kind: 'name', name: 'bob' } }],
    [
      'admin <@U999|bob>',
      { type: 'make_admin', person: { kind: 'mention', externalId: 'U999', name: 'bob' } },
    ],
    ['settings', { type: 'settings' }],
    ['set timezone Europe/Paris', { type: 'set_time_zone', timeZone: 'Europe/Paris' }],
    ['set time zone UTC', { type: 'set_time_zone', timeZone: 'UTC' }],
    ['set revisions 1', { type: 'set_revision_limit', limit: 1 }],
    ['set revision limit off', { type: 'set_revision_limit', limit: null }],
    ['set due-soon 14', { type: 'set_due_soon', days: 14 }],
    ['set due soon 7 days', { type: 'set_due_soon', days: 7 }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['admin bob', 'admin.no_person'],
    ['admin @bob @carol', 'admin.no_person'],
    ['admin', 'command.usage'],
    ['set colour blue', 'command.usage'],
    ['set due-soon 0', 'settings.due_soon_range'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});

describe('what people wrap around commands', () => {
  const cases: [string, Command][] = [
    ['/recs mine', list({ owner: 'me' })],
    ['@rectrack overdue', list({ overdue: true })],
    ['rectrack, help', { type: 'help', topic: null }],
    ['hey rectrack: reports', { type: 'report_list' }],
    ['/recs please reports', { type: 'report_list' }],
    ['reports please', { type: 'report_list' }],
    [
      'please mark OSAEC23-5 as done.',
      { type: 'status', item: item('OSAEC23', '5'), status: 'done', note: null },
    ],
    ['overdue?!', list({ overdue: true })],
    ['  \tmine\n', list({ owner: 'me' })],
    ['due\u00A0soon', list({ dueSoon: { days: null } })],
    [
      'OSAEC23-5 in progress \u2013 halfway',
      { type: 'status', item: item('OSAEC23', '5'), status: 'in_progress', note: 'halfway' },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('greetings', () => {
  it.each(['hi', 'Hello there!', 'hey', 'good morning', 'get started'])('%j gets the overview', (text) =>
    expectCommand(text, { type: 'help', topic: null }),
  );
});

describe('bad and ambiguous input', () => {
  it.each([
    ['', 'command.empty'],
    ['   ', 'command.empty'],
    ['\n\t', 'command.empty'],
    ['.', 'command.empty'],
    ['/recs', 'command.empty'],
    ['please', 'command.unknown'],
    ['hello who are you', 'command.unknown'],

    ['mnie', 'command.unknown'],
    ['sign-off', 'command.unknown'],
    ['please sign-off the thing', 'command.unknown'],
    ['see https://example.org/report-2023-5 for details', 'command.unknown'],
    ['see https://example.org/osaec23-5', 'command.unknown'],
    ['it took 14 days', 'command.unknown'],
    ['history', 'command.usage'],
    ['assign', 'command.usage'],
    ['add something', 'add.no_text'],
    // A status update that forgot the item.
    ['blocked on funding', 'ref.missing'],
    ['done', 'ref.missing'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));

  it.each([
    ['reprots', 'reports'],
    ['halp', 'help'],
    ['overdeu', 'overdue'],
    ['histroy OSAEC', 'history'],
  ])('%j suggests %j', (text, guess) => {
    const outcome = parse(text);
    expect(outcome.ok ? 'accepted' : outcome.reply.code).toBe('command.unknown');
    expect(outcome.ok ? '' : outcome.reply.text).toContain(`Did you mean "${guess}"?`);
  });

  const choices = (ref: string): string[] => [
    ref,
    `${ref} in progress`,
    `${ref} done`,
    `${ref} blocked`,
    `history ${ref}`,
  ];
  it.each([
    ['OSAEC23-5 maybe', 'OSAEC23-5'],
    ['OSAEC23-5 banana', 'OSAEC23-5'],
    ['OSAEC23-5 note', 'OSAEC23-5'],
    ['OSAEC23-5 due soon', 'OSAEC23-5'],
    ['asign OSAEC23-5 @alice', 'OSAEC23-5'],
    ['14 whatever', '14'],
  ])('%j asks what to do with %s', (text, ref) => expectQuestion(text, choices(ref)));

  it('offers choices that are themselves commands', () => {
    for (const command of choices('OSAEC23-5')) expect(parse(command).ok, command).toBe(true);
  });

  it.each([
    // "sign-off" has no digit, so it is no reference: the status phrase is read whole.
    ['OSAEC23-5 pending sign-off', item('OSAEC23', '5')],
    // A URL's "report-2023-5" is no reference; the real one follows it.
    ['https://example.org/report-2023-5 OSAEC23-9 done', item('OSAEC23', '9')],
    // Nor is a URL's "ab-12" when nothing else names an item.
    ['covered at https://example.org/ab-12 now', null],
  ])('%j refers to %j', (text, expected) => {
    const outcome = parse(text);
    const found = outcome.ok && 'item' in outcome.command ? outcome.command.item : null;
    expect(found).toEqual(expected);
  });
});
