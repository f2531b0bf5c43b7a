import type { Command } from './grammar/commands.ts';
import type { Member, Role } from './model/entities.ts';
import { type Status, statusLabel } from './model/status.ts';
import { fail } from './reply/reply.ts';

/*
 * Who may do what, decided here and nowhere else (PRODUCT.md: admins register and delete reports,
 * manage digests and sign items off; members update items they own and comment on any item). Each
 * use case asks at the point where it knows enough (an item's owner is known once the item is found),
 * so a typo in a reference is still answered "not found" before anything about permissions.
 */

/** Where the actor stands towards what a command touches. */
export type Standing = {
  admin: boolean;
  /** Owns the item the command is about (false when it is about no item). */
  owner: boolean;
};

/** A refusal, in the words the person sees. */
export type Refusal = { code: string; text: string; example?: string };

/** Who may run a command: anyone, an admin, or the item's owner (and admins). */
type Rule =
  | { who: 'anyone' }
  | { who: 'admin'; refusal: (ref: string) => string }
  | { who: 'owner'; what: string; adminOnly?: string };

const ANYONE: Rule = { who: 'anyone' };

const admin = (what: string): Rule => ({
  who: 'admin',
  refusal: () => `Only an admin can ${what}. Ask an admin of this workspace.`,
});

const owner = (what: string, adminOnly?: string): Rule =>
  adminOnly === undefined ? { who: 'owner', what } : { who: 'owner', what, adminOnly };

/** Statuses that close or reopen an item without its work being done: an admin's decision. */
const ADMIN_ONLY_STATUSES: readonly Status[] = ['not_adopted', 'not_for_us', 'awaiting_allocation'];

type Rules = { [T in Command['type']]: (command: Extract<Command, { type: T }>) => Rule };

/** Every command's rule; a new command does not compile until it has one. */
const RULES: Rules = {
  help: () => ANYONE,
  report_new: () => admin('register reports'),
  // Exports only read: anyone who can see the reports may take them to a meeting.
  export: () => ANYONE,
  restore: () => admin('restore a backup'),
  import_table: () => admin('import items from a spreadsheet'),
  report_list: () => ANYONE,
  report_show: () => ANYONE,
  report_delete: () => admin('delete reports'),
  item_add: () => admin('add items to a report'),
  item_show: () => ANYONE,
  item_history: () => ANYONE,
  assign: () => owner('reassign it'),
  status: (c) =>
    owner(
      'change its status',
      ADMIN_ONLY_STATUSES.includes(c.status)
        ? `Only an admin can mark an item ${statusLabel(c.status)}.`
        : undefined,
    ),
  // Each item is then authorised as its own change (status, owner, deadline), owner by owner.
  status_many: () => ANYONE,
  assign_many: () => ANYONE,
  revise_many: () => ANYONE,
  comment: () => ANYONE,
  disposition: (c) => {
    const label = c.disposition === 'accepted' ? 'accepted' : 'not accepted';
    return { who: 'admin', refusal: (ref) => `Only an admin can record that ${ref} is ${label}.` };
  },
  revise: () => owner('change its deadline'),
  event: () => owner('record its event'),
  respond: (c) => (c.item ? owner('record its response') : admin("record a report's overall response")),
  s55_stage: () => admin('record the steps of a section 55 response'),
  s55_show: () => ANYONE,
  responses_show: () => ANYONE,
  list: () => ANYONE,
  search: () => ANYONE,
  make_admin: () => admin('make other people admins'),
  settings: () => ANYONE,
  set_time_zone: () => admin('change settings'),
  set_revision_limit: () => admin('change settings'),
  set_due_soon: () => admin('change settings'),
  set_s55_comments: () => admin('change settings'),
  // A member may import and edit a preview (their own); saving it is an admin's.
  import_start: () => ANYONE,
  import_document: () => ANYONE,
  import_confirm: () => admin('save an import'),
  import_cancel: () => ANYONE,
  import_preview: () => ANYONE,
  import_key: () => ANYONE,
  import_title: () => ANYONE,
  import_publisher: () => ANYONE,
  import_published: () => ANYONE,
  import_drop: () => ANYONE,
  import_show: () => ANYONE,
  import_text: () => ANYONE,
  import_due: () => ANYONE,
  import_merge: () => ANYONE,
  import_split: () => ANYONE,
  import_add: () => ANYONE,
  import_ours: () => ANYONE,
  digest: (c) => {
    switch (c.action.kind) {
      case 'list':
        return ANYONE;
      case 'now':
        return admin('post the digest');
      default:
        return admin('manage digests');
    }
  },
  // Snoozing quiets an item's owner's reminders; opting out is each person's own choice.
  reminder: (c) =>
    c.action.kind === 'snooze' || c.action.kind === 'unsnooze' ? owner('snooze its reminders') : ANYONE,
};

function ruleFor(command: Command): Rule {
  return (RULES[command.type] as (c: Command) => Rule)(command);
}

/**
 * Why `command` is refused to someone standing so, or undefined when it is allowed. `ref` names the
 * item it is about, for the sentence.
 */
export function refusal(command: Command, standing: Standing, ref = ''): Refusal | undefined {
  const rule = ruleFor(command);
  switch (rule.who) {
    case 'anyone':
      return undefined;
    case 'admin':
      return standing.admin ? undefined : { code: 'permission.admin_only', text: rule.refusal(ref) };
    case 'owner':
      if (!standing.admin && !standing.owner) {
        return {
          code: 'permission.not_owner',
          text: `Only ${ref}'s owner or an admin can ${rule.what}. You can still comment: ${ref} note: your comment`,
          example: `${ref} note: spoke to the training lead`,
        };
      }
      if (rule.adminOnly !== undefined && !standing.admin) {
        return { code: 'permission.admin_only', text: rule.adminOnly };
      }
      return undefined;
  }
}

export function standingOf(actor: Pick<Member, 'id' | 'role'>, item?: { ownerId: string | null }): Standing {
  return { admin: actor.role === 'admin', owner: item !== undefined && item.ownerId === actor.id };
}

/**
 * Stops the use case with a problem reply when the actor may not run `command` (on `item`, named
 * `ref`, when it is about one).
 */
export function authorize(
  actor: Pick<Member, 'id' | 'role'>,
  command: Command,
  item?: { ownerId: string | null; ref: string },
): void {
  const refused = refusal(command, standingOf(actor, item), item?.ref);
  if (refused) fail(refused.code, refused.text, refused.example);
}

const SAVE_IMPORT: Command = { type: 'import_confirm', key: null, anyway: false };

/** Whether the actor may save an import (a preview says so, and who can). */
export function canSaveImports(actor: Pick<Member, 'id' | 'role'>): boolean {
  return refusal(SAVE_IMPORT, standingOf(actor)) === undefined;
}

/** Stops an import's save unless the actor may save imports, whichever command got there. */
export function authorizeImportSave(actor: Pick<Member, 'id' | 'role'>): void {
  authorize(actor, SAVE_IMPORT);
}

/** The status an update records: a member's "done" waits for an admin to sign it off. */
export function recordedStatus(requested: Status, standing: Standing): Status {
  return requested === 'done' && !standing.admin ? 'pending_signoff' : requested;
}

/**
 * A member's role: the first one in a workspace is its admin, and so is anyone the platform says
 * administers it (a Slack workspace owner or admin); otherwise it stays as it was.
 */
export function roleFor(input: {
  platformAdmin: boolean;
  current: Role | null;
  workspaceHasAdmin: boolean;
}): Role {
  if (input.platformAdmin) return 'admin';
  if (input.current !== null) return input.current;
  return input.workspaceHasAdmin ? 'member' : 'admin';
}
