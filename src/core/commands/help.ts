import { REPORT_NEW_EXAMPLE } from '../grammar/report-new.ts';
import { info, type Reply } from '../reply/reply.ts';

type Topic = { title: string; lines: string[] };

const TOPICS: Record<string, Topic> = {
  reports: {
    title: 'Reports',
    lines: [
      `${REPORT_NEW_EXAMPLE}   register a report (s55: response due in 56 days)`,
      'report import   then paste the text or upload a .txt, .md, .docx or .pdf: every item, previewed before saving',
      'reports   open reports with progress',
      'report OSAEC23   the report: each item with status, owner, team, due date, RAG and slippage',
      'report delete OSAEC23   delete a report (admins; asks first)',
      'respond OSAEC23 pcc: text   the overall force or PCC response',
      'import confirm OSAEC23 | import cancel   save the previewed import under a key (admins), or drop it',
      'import key K | import title "..." | import published 5 April 2023 | import drop 15   fix it first',
      'import show 5 | import text 5 "..." | import due 5 31 March 2026 | import merge 3 4   fix one item',
      'import split 5 after "..." | import add "..." due 31 March 2026 | import ours 15   (15: for another body)',
    ],
  },
  items: {
    title: 'Items',
    lines: [
      'add OSAEC23 "Chief Constables should ..." due 31 October 2023   add a recommendation by hand',
      'add OSAEC23 "..." due immediately; due 6 months after the tool is implemented   two deadlines',
      'add OSAEC23 "..." as afi   an area for improvement (or: as concern)',
      'add OSAEC23 "..." under C1   a recommendation under cause of concern C1',
      "OSAEC23-5 accepted | OSAEC23-5 not accepted   the force's decision (admins)",

      'OSAEC23-5   one item: text, owner, deadlines, latest update',
      'history OSAEC23-5   every update, oldest first',
      'assign OSAEC23-5 @alice team Safeguarding   give it an owner',
      'assign OSAEC23 1-4 to @bob | OSAEC23-3, 5 and 7 to @ann team Safeguarding   several at once',
      'respond OSAEC23-5 force: text   the force (or pcc) response to one item',
    ],
  },
  updates: {
    title: 'Status updates (type them as you would say them)',
    lines: [
      'OSAEC23-5 in progress: training plan approved',
      'OSAEC23-5 is done, all staff trained, evidence https://example.org/report',
      '14 is blocked on funding   (a bare number means the report you last used)',
      'OSAEC23-5 note: met the training lead   a comment, anyone may add one',
      '5, 6 and 9 are done | mark OSAEC23 1-4 in progress   several items at once (more than 10: I ask first)',
      'Statuses: awaiting allocation, not started, in progress, blocked, pending sign-off, done, not adopted, not for us',
    ],
  },
  deadlines: {
    title: 'Deadlines',
    lines: [
      'OSAEC23-14 due 30 June 2024 because the national tool slipped',
      'move OSAEC23-14 to end of June because the tool slipped',
      'push OSAEC23 3-5 back to 30/09/2026 - supplier delay   several items, each checked as if alone',
      'OSAEC23-14 event happened 1 March 2024   starts a "6 months after ..." clock',
      'Deadline kinds: a date, immediately, within six months, 6 months after <event>, none',
    ],
  },
  lists: {
    title: 'Lists',
    lines: [
      "mine | owner @bob | overdue | due soon   your open items, someone else's, past due, due in 14 days",
      'team Safeguarding | status blocked | report OSAEC23 status blocked   by team, status or report',
      'overdue owner @bob | mine due soon | overdue team Safeguarding   filters combine, in any order',
      'owner @bob status in progress | due soon 30 days report OSAEC23 | status done team Finance',
      'report OSAEC23   every item with its status, owner, team, due date, RAG and slippage',
      'overdue page 2 | report OSAEC23 page 3 | search vetting page 2   long lists come 25 at a time: add page N (the More button does)',
    ],
  },
  s55: {
    title: 'Section 55 responses',
    lines: [
      "OSAEC23 comments received   the chief constable's comments are in (add: on 10 May 2023)",
      'OSAEC23 approved   approved by the commissioner (lists responses still missing and asks first)',
      'OSAEC23 sent   sent to HMICFRS and the Home Secretary: the countdown stops',
      'OSAEC23 published https://...   where the response is online',
      'OSAEC23 stage   every step with who recorded it and when, and what comes next (admins record them)',
      'responses OSAEC23-5 | responses OSAEC23   the responses as they are, with a form to change them',
      "set s55-comments 21   the chief constable's comments are due 21 days before the response",
    ],
  },
  search: {
    title: 'Search',
    lines: [
      'search body worn video   items whose text, force or PCC response or notes hold every word',
      'search "body worn video" training   a quoted phrase stays together',
      'search vetting report OSAEC23   only that report',
    ],
  },
  admin: {
    title: 'Admin',
    lines: [
      'admin @bob   make bob an admin',
      'settings   time zone, amber window, revision policy',
      'set timezone Europe/London | set revisions 1 | set due-soon 14 | set s55-comments 21',
    ],
  },
  exports: {
    title: 'Exports (anyone may export; the console writes files, Slack and Teams send them)',
    lines: [
      'export OSAEC23 response   the section 55 response: .docx, .md and .html (or say one: export OSAEC23 response docx)',
      'export OSAEC23 csv | export all xlsx   every item with every field, one row each, for committee spreadsheets',
      'export json   a backup of this workspace; restore (with the file) puts it back into an empty workspace (admins)',
      'import csv | import xlsx   (with the file) create or update items by reference, all rows or none (admins)',
      'export pack since 12 March | export OSAEC23 pack   the panel pack (.docx, .html): RAG, charts, changes, overdue, slippage',
    ],
  },
  digests: {
    title: 'Digests and reminders',
    lines: [
      'digest weekly Monday 9am   in a channel: post a digest there (also daily 8am, weekdays 9am, monthly 1st)',
      'digest now | digest off | digests   post it now, stop it, or list every digest with how the last went',
      'snooze OSAEC23-5 1 week | reminders off   quiet one item, or your daily reminder messages',
      'digest weekly Friday 4pm for OSAEC23 owner @bob status blocked in Europe/Paris skip empty   filters',
      'digest cron "0 9 * * 1-5"   any five-field cron schedule; digest resume after repeated failures',
      'snooze OSAEC23-5 until 30 June | unsnooze OSAEC23-5 | reminders on | reminders',
    ],
  },
};

const ALIASES: Record<string, string> = {
  report: 'reports',
  import: 'reports',
  item: 'items',
  add: 'items',
  assign: 'items',
  status: 'updates',
  update: 'updates',
  deadline: 'deadlines',
  due: 'deadlines',
  dates: 'deadlines',
  mine: 'lists',
  overdue: 'lists',
  list: 'lists',
  filter: 'lists',
  filters: 'lists',
  page: 'lists',
  more: 'lists',
  team: 'lists',
  owner: 'lists',
  find: 'search',
  'section 55': 's55',
  section55: 's55',
  stage: 's55',
  stages: 's55',
  responses: 's55',
  settings: 'admin',
  digest: 'digests',
  reminders: 'digests',
  reminder: 'digests',
  snooze: 'digests',
  export: 'exports',
  response: 'exports',
  backup: 'exports',
  restore: 'exports',
  csv: 'exports',
  pack: 'exports',
};

export function help(topic: string | null): Reply {
  const key = topic ? (TOPICS[topic] ? topic : ALIASES[topic]) : undefined;
  const chosen = key ? TOPICS[key] : undefined;
  if (chosen) {
    return info(`${chosen.title}:\n${chosen.lines.join('\n')}`, [
      { type: 'heading', text: chosen.title },
      { type: 'text', text: chosen.lines.join('\n') },
    ]);
  }
  const intro = topic ? `I have no help on "${topic}". ` : '';
  const blocks = Object.values(TOPICS).flatMap((t): Reply['blocks'] => [
    { type: 'heading', text: t.title },
    { type: 'text', text: t.lines.slice(0, 3).join('\n') },
  ]);
  blocks.push({ type: 'text', text: `More on one topic: help ${Object.keys(TOPICS).join(' | help ')}` });
  return info(
    `${intro}I track inspection and audit recommendations to completion. Type help reports, help items, help updates, help deadlines, help lists, help s55, help exports or help admin.`,
    blocks,
  );
}
