import { describe, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem } from '../support/grammar.ts';

describe('help', () => {
  const cases: [string, Command][] = [
    ['help', { type: 'help', topic: null }],
    ['HELP', { type: 'help', topic: null }],
    ['?', { type: 'help', topic: null }],
    ['help?', { type: 'help', topic: null }],
    ['what can you do?', { type: 'help', topic: null }],
    ['help status', { type: 'help', topic: 'status' }],
    ['help Deadlines', { type: 'help', topic: 'deadlines' }],
    ['commands admin', { type: 'help', topic: 'admin' }],
    ['/recs help items', { type: 'help', topic: 'items' }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('report new', () => {
  const full = {
    type: 'report_new',
    title: 'Online CSAE inspection',
    key: 'OSAEC23',
    publishedOn: '2023-04-05',
    publisher: 'HMICFRS',
    section55: true,
    link: null,
  } as const;
  const CLAUSES = 'key OSAEC23 published 5 April 2023 publisher HMICFRS s55';
  const bare = { publishedOn: null, publisher: null, section55: false, link: null } as const;
  const cases: [string, Command][] = [
    ['report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55', full],
    ['report new "Online CSAE inspection" s55 publisher HMICFRS published 5 April 2023 key OSAEC23', full],
    [
      'report new "Online CSAE inspection" publisher HMICFRS key osaec23 section 55 published on 5/4/2023',
      full,
    ],
    ['report new Online CSAE inspection key OSAEC23 published 5 April 2023 publisher HMICFRS s55', full],
    // Phones send curly quotes.
    [`report new \u201COnline CSAE inspection\u201D ${CLAUSES}`, full],
    [`report new \u2018Online CSAE inspection\u2019 ${CLAUSES}`, full],
    // Clauses before the title: the quoted string that is no clause's value is the title.
    ['report new key OSAEC23 s55 "Online CSAE inspection" published 5 April 2023 publisher HMICFRS', full],
    [
      'report new key AUD24 publisher "HMICFRS" "Audit"',
      { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare, publisher: 'HMICFRS' },
    ],
    ['new report "Audit" key AUD24', { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare }],
    // Curly quotes inside straight ones are part of the title (pasted from the report's own cover).
    [
      'report new "Review of \u201COperation Soteria\u201D" key SOT24',
      { type: 'report_new', title: 'Review of \u201COperation Soteria\u201D', key: 'SOT24', ...bare },
    ],
    ['report create "Audit" key AUD24', { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare }],
    [
      'report new "Audit" key AUD24 publisher "College of Policing"',
      { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare, publisher: 'College of Policing' },
    ],
    [
      'report new "Audit" key AUD24 published 1 March',
      { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare, publishedOn: '2024-03-01' },
    ],
    [
      'report new "Audit" key AUD24 published 20 March',
      { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare, publishedOn: '2023-03-20' },
    ],
    [
      'report new "Audit" key AUD24 link https://example.org/audit-2024-5',
      { type: 'report_new', title: 'Audit', key: 'AUD24', ...bare, link: 'https://example.org/audit-2024-5' },
    ],
    [
      'report new "Audit" key AUD24 url https://example.org/a published 1/3/2024 s55 no s55',
      {
        type: 'report_new',
        title: 'Audit',
        key: 'AUD24',
        ...bare,
        publishedOn: '2024-03-01',
        link: 'https://example.org/a',
      },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['report new', 'report.no_title'],
    ['report new key AUD24', 'report.no_title'],
    ['report new "Audit"', 'report.no_key'],
    ['report new "Audit" key', 'report.no_key'],
    ['report new "Audit" key A', 'report.bad_key'],
    ['report new "Audit" key AUD-24', 'report.bad_key'],
    ['report new "Audit" key 24AUD', 'report.bad_key'],
    ['report new "Audit" whatever key AUD24', 'report.unexpected'],
    ['report new "Audit" key AUD24 published someday', 'date.unreadable'],
    ['report new "Audit" key AUD24 published 31/02/2024', 'date.unreadable'],
    ['report new "Audit" key AUD24 s55', 'report.s55_needs_date'],
    ['report new "Audit" key AUD24 link the intranet', 'report.bad_link'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});

describe('reports, report KEY, report delete', () => {
  const cases: [string, Command][] = [
    ['reports', { type: 'report_list' }],
    ['Reports.', { type: 'report_list' }],
    ['report', { type: 'report_list' }],
    ['list reports', { type: 'report_list' }],
    ['open reports', { type: 'report_list' }],
    ['report OSAEC23', { type: 'report_show', key: 'OSAEC23' }],
    ['report osaec23', { type: 'report_show', key: 'OSAEC23' }],
    ['show report OSAEC23', { type: 'report_show', key: 'OSAEC23' }],
    ['show OSAEC23', { type: 'report_show', key: 'OSAEC23' }],
    ['report delete OSAEC23', { type: 'report_delete', key: 'OSAEC23', confirmed: false }],
    ['report delete osaec23 confirm', { type: 'report_delete', key: 'OSAEC23', confirmed: true }],
    ['delete report OSAEC23 confirmed', { type: 'report_delete', key: 'OSAEC23', confirmed: true }],
    ['report remove OSAEC23', { type: 'report_delete', key: 'OSAEC23', confirmed: false }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('add', () => {
  const item = (over: Partial<Extract<Command, { type: 'item_add' }>>): Command => ({
    type: 'item_add',
    key: 'OSAEC23',
    text: 'Chief Constables should review training',
    deadlines: [],
    kind: 'recommendation',
    number: null,
    parent: null,
    ...over,
  });
  const cases: [string, Command][] = [
    [
      'add OSAEC23 "Chief Constables should review training" due 31 October 2023',
      item({ deadlines: ['31 October 2023'] }),
    ],
    ['add osaec23 \u201CChief Constables should review training\u201D', item({})],
    ['add to OSAEC23: "Chief Constables should review training"', item({})],
    [
      'add OSAEC23 Chief Constables should review training due 31 October 2023',
      item({ deadlines: ['31 October 2023'] }),
    ],
    [
      'add OSAEC23 "Chief Constables should review training" due immediately; due 6 months after the launch',
      item({ deadlines: ['immediately', '6 months after the launch'] }),
    ],
    [
      'add OSAEC23 "Chief Constables should review training" due 31 October 2023 and due within six months',
      item({ deadlines: ['31 October 2023', 'within six months'] }),
    ],
    ['add OSAEC23 "Chief Constables should review training" as afi', item({ kind: 'area_for_improvement' })],
    [
      'add OSAEC23 "Chief Constables should review training" as an area for improvement due 1 June 2024',
      item({ kind: 'area_for_improvement', deadlines: ['1 June 2024'] }),
    ],
    [
      'add OSAEC23 "Chief Constables should review training" as concern number 3',
      item({ kind: 'cause_of_concern', number: 3 }),
    ],
    [
      'add OSAEC23 "Chief Constables should review training" number 14 due by 1 June 2024',
      item({ number: 14, deadlines: ['by 1 June 2024'] }),
    ],
    ['add OSAEC23 "Chief Constables should review training" as a recommendation no. 9', item({ number: 9 })],
    ['add OSAEC23 "Chief Constables should review training" under C1', item({ parent: 'C1' })],
    [
      'add OSAEC23 Chief Constables should review training under OSAEC23-c2 due 31 October 2023',
      item({ parent: 'C2', deadlines: ['31 October 2023'] }),
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['add', 'add.no_key'],
    ['add 23 "text"', 'add.no_key'],
    // The key is a whole word: this names an item, it does not add "-5 ..." to OSAEC23.
    ['add OSAEC23-5 "text"', 'add.no_key'],
    ['add OSAEC23', 'add.no_text'],
    ['add OSAEC23 ""', 'add.no_text'],
    ['add OSAEC23 "text" whenever', 'add.unexpected'],
    ['add OSAEC23 "text" due', 'add.empty_due'],
    ['add OSAEC23 "text" due 1 June 2024;', 'add.empty_due'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});
