import type { types, ViewStateValue } from '@slack/bolt';
import { VIEW } from './actions.ts';
import { truncate } from './render.ts';

type View = types.ModalView;
type Values = Record<string, Record<string, ViewStateValue>>;

/**
 * Modals are forms over the grammar: a submission becomes the same command text a person could type,
 * so the core has one way in. Views: https://docs.slack.dev/surfaces/modals
 */

/** What a modal needs to remember between opening and submission (private_metadata, 3,000 chars). */
export type ModalContext = {
  ref?: string;
  /** The response_url of the message the modal was opened from, to answer there. */
  responseUrl?: string;
  /** The item card the modal was opened from: shown again, with the update, after submission. */
  cardRef?: string;
  /** The answer may replace that message (it was private to this person). */
  replace?: boolean;
  /** The import edit modal: the item's deadline and a hash of its text as shown, to tell what changed. */
  due?: string;
  textHash?: string;
  /** The responses form: hashes of the force and PCC responses it opened with, and the disposition. */
  forceHash?: string;
  pccHash?: string;
  disposition?: string;
};

export function encodeContext(context: ModalContext): string {
  const text = JSON.stringify(context);
  // A response_url is ~100 characters; drop it rather than exceed Slack's limit if it ever grew.
  return text.length <= 3000 ? text : JSON.stringify({ ref: context.ref });
}

export function decodeContext(text: string): ModalContext {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return {};
    const read = (key: string) => {
      const v = (value as Record<string, unknown>)[key];
      return typeof v === 'string' ? v : undefined;
    };
    const context: ModalContext = {};
    const ref = read('ref');
    const responseUrl = read('responseUrl');
    const cardRef = read('cardRef');
    const due = read('due');
    const textHash = read('textHash');
    const forceHash = read('forceHash');
    const pccHash = read('pccHash');
    const disposition = read('disposition');
    if (ref) context.ref = ref;
    if (responseUrl) context.responseUrl = responseUrl;
    if (cardRef) context.cardRef = cardRef;
    if (due !== undefined) context.due = due;
    if (textHash) context.textHash = textHash;
    if (forceHash) context.forceHash = forceHash;
    if (pccHash) context.pccHash = pccHash;
    if (disposition) context.disposition = disposition;
    if ((value as Record<string, unknown>).replace === true) context.replace = true;
    return context;
  } catch {
    return {};
  }
}

/** FNV-1a of the text on one line: private_metadata holds 3,000 characters, a text may too. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of oneLine(text)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

// Status words the grammar reads (src/core/grammar/status-words.ts).
const STATUSES = [
  ['not started', 'Not started'],
  ['in progress', 'In progress'],
  ['blocked', 'Blocked'],
  ['pending sign-off', 'Pending sign-off'],
  ['done', 'Done'],
  ['not adopted', 'Not adopted (admins)'],
  ['not for us', 'Not for us (admins)'],
] as const;

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

export function updateModal(ref: string, context: ModalContext, preset?: 'blocked'): View {
  const options = STATUSES.map(([value, label]) => ({ text: plain(label), value }));
  const initial = preset ? options.find((o) => o.value === preset) : undefined;
  return {
    type: 'modal',
    callback_id: VIEW.update,
    private_metadata: encodeContext({ ...context, ref }),
    title: plain(truncate(`Update ${ref}`, 24)),
    submit: plain('Post update'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'status',
        optional: true,
        label: plain('New status'),
        element: {
          type: 'static_select',
          action_id: 'value',
          placeholder: plain('Leave as it is'),
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      },
      {
        type: 'input',
        block_id: 'note',
        optional: true,
        label: plain('Note'),
        hint: plain('What happened; a blocked item needs the reason here.'),
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
      },
      {
        type: 'input',
        block_id: 'evidence',
        optional: true,
        label: plain('Evidence link'),
        element: { type: 'url_text_input', action_id: 'value' },
      },
      {
        type: 'input',
        block_id: 'due',
        optional: true,
        label: plain('Revised deadline'),
        element: { type: 'datepicker', action_id: 'value' },
      },
      {
        type: 'input',
        block_id: 'reason',
        optional: true,
        label: plain('Reason for the new deadline'),
        element: { type: 'plain_text_input', action_id: 'value', max_length: 500 },
      },
    ],
  };
}

export function reportModal(context: ModalContext): View {
  return {
    type: 'modal',
    callback_id: VIEW.reportNew,
    private_metadata: encodeContext(context),
    title: plain('Register a report'),
    submit: plain('Register'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'title',
        label: plain('Title'),
        element: { type: 'plain_text_input', action_id: 'value', max_length: 300 },
      },
      {
        type: 'input',
        block_id: 'key',
        label: plain('Key'),
        hint: plain('A short name for commands, e.g. OSAEC23: letters and digits, starting with a letter.'),
        element: { type: 'plain_text_input', action_id: 'value', min_length: 2, max_length: 16 },
      },
      {
        type: 'input',
        block_id: 'publisher',
        optional: true,
        label: plain('Publisher'),
        element: { type: 'plain_text_input', action_id: 'value', placeholder: plain('HMICFRS') },
      },
      {
        type: 'input',
        block_id: 'published',
        optional: true,
        label: plain('Published on'),
        element: { type: 'datepicker', action_id: 'value' },
      },
      {
        type: 'input',
        block_id: 'link',
        optional: true,
        label: plain('Link'),
        element: { type: 'url_text_input', action_id: 'value' },
      },
      {
        type: 'input',
        block_id: 's55',
        optional: true,
        label: plain('Section 55'),
        element: {
          type: 'checkboxes',
          action_id: 'value',
          options: [{ text: plain('A section 55 response is due 56 days after publication'), value: 's55' }],
        },
      },
    ],
  };
}

export type Submission = { ok: true; commands: string[] } | { ok: false; errors: Record<string, string> };

/** The update modal's fields -> the commands that record them, in the order they should apply. */
export function updateCommands(ref: string, values: Values): Submission {
  const status = values.status?.value?.selected_option?.value ?? null;
  const note = oneLine(values.note?.value?.value);
  const evidence = oneLine(values.evidence?.value?.value);
  const due = values.due?.value?.selected_date ?? null;
  const reason = oneLine(values.reason?.value?.value);
  const errors: Record<string, string> = {};
  if (!status && !note && !evidence && !due)
    errors.status = 'Choose a status, or add a note, a link or a new deadline.';
  if (status === 'blocked' && !note) errors.note = 'Say what it is blocked on.';
  if (due && !reason) errors.reason = 'A new deadline needs a reason: committees count revisions.';
  if (reason && !due) errors.due = 'Pick the new deadline this reason is for.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const commands: string[] = [];
  const detail = [note, evidence].filter((s) => s !== '').join(' ');
  if (status) commands.push(`${ref} ${status}${detail ? `: ${detail}` : ''}`);
  else if (detail) commands.push(`${ref} note: ${detail}`);
  if (due) commands.push(`${ref} due ${longDate(due)} because ${reason}`);
  return { ok: true, commands };
}

/** The report modal's fields -> one `report new` command. */
export function reportCommand(values: Values): Submission {
  // The grammar takes the title in double quotes, so any inside it become single quotes.
  const title = oneLine(values.title?.value?.value).replace(/["\u201C\u201D]/g, "'");
  const key = oneLine(values.key?.value?.value).toUpperCase();
  const publisher = oneLine(values.publisher?.value?.value);
  const published = values.published?.value?.selected_date ?? null;
  const link = oneLine(values.link?.value?.value);
  const s55 = (values.s55?.value?.selected_options ?? []).some((o) => o.value === 's55');
  const errors: Record<string, string> = {};
  if (!title) errors.title = 'Give the report a title.';
  if (!/^[A-Z][A-Z0-9]{1,15}$/.test(key)) errors.key = '2 to 16 letters and digits, starting with a letter.';
  if (s55 && !published) errors.published = 'A section 55 response is due 56 days after this date.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parts = [`report new "${title}" key ${key}`];
  if (published) parts.push(`published ${longDate(published)}`);
  if (publisher) parts.push(`publisher ${publisher}`);
  if (link) parts.push(`link ${link}`);
  if (s55) parts.push('s55');
  return { ok: true, commands: [parts.join(' ')] };
}

/** "2024-06-30" -> "30 June 2024", the form the grammar reads without any day/month doubt. */
function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
