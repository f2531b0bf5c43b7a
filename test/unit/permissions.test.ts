import { describe, expect, it } from 'vitest';
import { type Command, commandSchema } from '../../src/core/grammar/commands.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';
import type { Member } from '../../src/core/model/entities.ts';
import { recordedStatus, refusal, roleFor, standingOf } from '../../src/core/permissions.ts';

const dates = { now: new Date('2024-03-01T10:00:00Z'), timeZone: 'Europe/London' };

const ALICE = 'M-ALICE';
const item = { ownerId: ALICE };
const member = (role: Member['role']) => ({ id: ALICE, role });

/** The four people the product knows: an admin who does not own the item, its owner, another member, and a Slack workspace admin seen for the first time as a member. */
const ROLES = {
  admin: standingOf({ id: 'M-ADMIN', role: 'admin' }, item),
  'member-owner': standingOf(member('member'), item),
  'member-not-owner': standingOf({ id: 'M-BOB', role: 'member' }, item),
  'platform admin': standingOf(
    {
      id: 'M-OWNER',
      role: roleFor({ platformAdmin: true, current: 'member', workspaceHasAdmin: true }),
    },
    item,
  ),
} as const;

const OK = 'allowed';
const ADMIN = 'permission.admin_only';
const OWNER = 'permission.not_owner';
type Expected = typeof OK | typeof ADMIN | typeof OWNER;

/** What each role gets, in ROLES order: [admin, member-owner, member-not-owner, platform admin]. */
const anyone: Expected[] = [OK, OK, OK, OK];
const admins: Expected[] = [OK, ADMIN, ADMIN, OK];
const owners: Expected[] = [OK, OK, OWNER, OK];
// The owner may change the item, but this status is an admin's decision; others are told they don't own it.
const adminStatus: Expected[] = [OK, ADMIN, OWNER, OK];

const TABLE: [string, Expected[]][] = [
  ['help', anyone],
  ['export OSAEC23 response', anyone],
  ['export all csv', anyone],
  ['restore', admins],
  ['import csv', admins],
  ['report new "Custody" key CUST24', admins],
  ['reports', anyone],
  ['report OSAEC23', anyone],
  ['report delete OSAEC23', admins],
  ['add OSAEC23 "Chief Constables should review training"', admins],
  ['OSAEC23-5', anyone],
  ['history OSAEC23-5', anyone],
  ['assign OSAEC23-5 @alice', owners],
  ['OSAEC23-5 in progress', owners],
  // Several at once: each item is then checked as its own status change (test/integration/core-several).
  ['OSAEC23-5 and 6 are done', anyone],
  ['assign OSAEC23-5 and 6 to @alice', anyone],
  ['push OSAEC23-5 and 6 back to 30 June 2024 because the tool slipped', anyone],
  ['OSAEC23-5 done: all staff trained', owners],
  ['OSAEC23-5 blocked: waiting for funding', owners],
  ['OSAEC23-5 not adopted', adminStatus],
  ['OSAEC23-5 not for us', adminStatus],
  ['OSAEC23-5 note: spoke to the training lead', anyone],
  ['OSAEC23-5 accepted', admins],
  ['OSAEC23-5 not accepted', admins],
  ['OSAEC23-5 due 30 June 2024 because the national tool slipped', owners],
  ['OSAEC23-5 event happened 1 March 2024', owners],
  ['respond OSAEC23-5 force: training is under way', owners],
  ['respond OSAEC23 pcc: I welcome the report', admins],
  ['responses OSAEC23-5', anyone],
  ['OSAEC23 comments received', admins],
  ['OSAEC23 published https://example.org/response', admins],
  ['OSAEC23 stage', anyone],
  ['mine', anyone],
  ['owner @alice', anyone],
  ['search body worn video', anyone],
  ['overdue', anyone],
  ['due soon', anyone],
  ['admin @bob', admins],
  ['settings', anyone],
  ['set timezone Europe/Paris', admins],
  ['set revisions 1', admins],
  ['set due-soon 7', admins],
  ['set s55-comments 14', admins],
  ['report import', anyone],
  ['report import\nRecommendation 1\nChief Constables should act.', anyone],
  ['import confirm', admins],
  ['import cancel', anyone],
  ['import preview', anyone],
  ['import key PEEL24', anyone],
  ['import title "PEEL 2024"', anyone],
  ['import publisher HMICFRS', anyone],
  ['import published 1 March 2024', anyone],
  ['import drop 3', anyone],
  ['import show 3', anyone],
  ['import text 3 "The force should act."', anyone],
  ['import due 3 31 March 2025', anyone],
  ['import merge 3 4', anyone],
  ['import split 3 after "training."', anyone],
  ['import add "The force should review its custody training."', anyone],
  ['import ours 3', anyone],
  ['digest weekly Monday 9am', admins],
  ['digest off', admins],
  ['digest resume', admins],
  ['digest now', admins],
  ['digests', anyone],
  ['snooze OSAEC23-5 1 week', owners],
  ['unsnooze OSAEC23-5', owners],
  ['reminders off', anyone],
  ['reminders on', anyone],
  ['reminders', anyone],
];

function parsed(text: string): Command {
  const outcome = parseCommand(text, dates);
  if (!outcome.ok) throw new Error(`"${text}" did not parse: ${outcome.reply.text}`);
  return outcome.command;
}

describe('who may run each command', () => {
  const rows = TABLE.flatMap(([text, expected]) =>
    Object.keys(ROLES).map((role, i) => [text, role as keyof typeof ROLES, expected[i] ?? OK] as const),
  );

  it.each(rows)('%s, as %s: %s', (text, role, expected) => {
    const refused = refusal(parsed(text), ROLES[role], 'OSAEC23-5');
    expect(refused?.code ?? OK).toBe(expected);
  });

  it('covers every command there is', () => {
    const covered = new Set(TABLE.map(([text]) => parsed(text).type));
    const all = commandSchema.options.map((option) => option.shape.type.value);
    expect([...covered].sort()).toEqual([...new Set(all)].sort());
  });

  it('says what a refused person can still do', () => {
    const refused = refusal(parsed('OSAEC23-5 in progress'), ROLES['member-not-owner'], 'OSAEC23-5');
    expect(refused?.text).toBe(
      "Only OSAEC23-5's owner or an admin can change its status. You can still comment: OSAEC23-5 note: your comment",
    );
    expect(refusal(parsed('digest now'), ROLES['member-owner'])?.text).toBe(
      'Only an admin can post the digest. Ask an admin of this workspace.',
    );
  });
});

describe('roles and sign-off', () => {
  it.each([
    [{ platformAdmin: false, current: null, workspaceHasAdmin: false }, 'admin'],
    [{ platformAdmin: false, current: null, workspaceHasAdmin: true }, 'member'],
    [{ platformAdmin: true, current: null, workspaceHasAdmin: true }, 'admin'],
    [{ platformAdmin: true, current: 'member', workspaceHasAdmin: true }, 'admin'],
    [{ platformAdmin: false, current: 'admin', workspaceHasAdmin: true }, 'admin'],
    [{ platformAdmin: false, current: 'member', workspaceHasAdmin: true }, 'member'],
  ] as const)('%o is %s', (input, role) => {
    expect(roleFor(input)).toBe(role);
  });

  it("records a member's done as pending sign-off, an admin's as done", () => {
    expect(recordedStatus('done', ROLES['member-owner'])).toBe('pending_signoff');
    expect(recordedStatus('done', ROLES.admin)).toBe('done');
    expect(recordedStatus('done', ROLES['platform admin'])).toBe('done');
    expect(recordedStatus('in_progress', ROLES['member-owner'])).toBe('in_progress');
  });
});
