import { z } from 'zod';

/*
 * What a card button carries and how a press turns back into a grammar command, so a press is the
 * same as typing it. Buttons are Universal Actions (Action.Execute): Teams sends an
 * `adaptiveCard/action` invoke and shows the card we answer with in place of the old one.
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 * An older Action.Submit press arrives as a message whose `value` holds the same data; both are read.
 */

export const VERB = 'rectrack';

/**
 * After a press: `card` redraws the item card it sits on (`card` names the item), `replace` swaps the
 * card for the answer (a question's choices are spent once answered), `post` leaves the card alone and
 * answers in a new message (opening an item from a list).
 */
export type PressMode = 'card' | 'replace' | 'post';

/**
 * Inputs a press may carry: a blocked reason, a note, a person picked with the people picker, a snooze,
 * or the import preview's edit form (the item `ref`, its new `text` or `due`, the item to `merge`).
 */
export type PressInput = 'reason' | 'note' | 'person' | 'period' | 'import' | 'responses';

/** Which field of the responses form a button saves (responses-form.ts). */
export const RESPONSE_FIELDS = ['force', 'pcc', 'disposition'] as const;
export type ResponseField = (typeof RESPONSE_FIELDS)[number];

/** Which import edit a button of the edit form makes (import-form.ts). */
export const IMPORT_EDITS = ['show', 'text', 'due', 'merge', 'ours', 'drop'] as const;
export type ImportEditKind = (typeof IMPORT_EDITS)[number];

export type PressData = {
  command: string;
  mode: PressMode;
  card?: string;
  with?: PressInput;
  edit?: ImportEditKind;
  field?: ResponseField;
};

const pressSchema = z.object({
  command: z.string().trim().min(1).max(2000),
  mode: z.enum(['card', 'replace', 'post']).default('post'),
  card: z.string().max(40).optional(),
  with: z.enum(['reason', 'note', 'person', 'period', 'import', 'responses']).optional(),
  edit: z.enum(IMPORT_EDITS).optional(),
  field: z.enum(RESPONSE_FIELDS).optional(),
  force: z.string().max(20000).optional(),
  pcc: z.string().max(20000).optional(),
  disposition: z.enum(['accepted', 'not accepted', 'not for us']).optional(),
  reason: z.string().max(2000).optional(),
  note: z.string().max(2000).optional(),
  person: z.string().max(200).optional(),
  period: z.string().max(40).optional(),
  ref: z.string().max(40).optional(),
  text: z.string().max(20000).optional(),
  due: z.string().max(500).optional(),
  merge: z.string().max(40).optional(),
});

export type Press =
  | { ok: true; text: string; mode: PressMode; card?: string; person?: string }
  | { ok: false; message: string };

/** The command a press sends, or what is missing; undefined when the data is not one of our buttons. */
export function readPress(data: unknown): Press | undefined {
  const parsed = pressSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const card = d.card ? { card: d.card } : {};
  const done = (text: string): Extract<Press, { ok: true }> => ({ ok: true, text, mode: d.mode, ...card });
  switch (d.with) {
    case undefined:
      return done(d.command);
    case 'reason':
      // A reason is optional: the core asks for one when it needs it.
      return done(d.reason?.trim() ? `${d.command}: ${oneLine(d.reason)}` : d.command);
    case 'note':
      return d.note?.trim()
        ? done(`${d.command}: ${oneLine(d.note)}`)
        : { ok: false, message: 'Write the note in the box first, then press Add note.' };
    case 'period':
      return d.period?.trim()
        ? done(`${d.command} ${oneLine(d.period)}`)
        : { ok: false, message: 'Choose how long to snooze for, then press Snooze.' };
    case 'person': {
      // The people picker gives the person's Entra object id, the member id rectrack uses in Teams.
      const person = d.person?.split(',')[0]?.trim();
      return person
        ? { ...done(`${d.command} <@${person}>`), person }
        : { ok: false, message: 'Pick a person first, then press Assign.' };
    }
    case 'import': {
      const text = importEditText(d);
      return typeof text === 'string' ? done(text) : text;
    }
    case 'responses': {
      const text = responseText(d);
      return typeof text === 'string' ? done(text) : text;
    }
  }
}

/** The responses form's field -> `respond OSAEC23-5 force: ...` or `OSAEC23-5 accepted`, or what is missing. */
function responseText(d: z.infer<typeof pressSchema>): string | Extract<Press, { ok: false }> {
  switch (d.field ?? 'force') {
    case 'disposition':
      return d.disposition
        ? `${d.command} ${d.disposition}`
        : { ok: false, message: "Choose the force's decision first, then press Save decision." };
    case 'force':
    case 'pcc': {
      const who = d.field === 'pcc' ? 'pcc' : 'force';
      // As typed, paragraphs and all: a response goes into the published document.
      const text = (who === 'pcc' ? d.pcc : d.force)?.trim() ?? '';
      return text
        ? `${d.command}: ${text}`
        : {
            ok: false,
            message: `Write the ${who === 'pcc' ? 'PCC' : 'force'} response in its box first, then press Save.`,
          };
    }
  }
}

/** The edit form's fields -> `import text 5 "..."` and the like, or what is missing. */
function importEditText(d: z.infer<typeof pressSchema>): string | Extract<Press, { ok: false }> {
  const ref = oneLine(d.ref ?? '');
  const missing = (message: string) => ({ ok: false as const, message });
  if (ref === '') return missing('Choose an item first.');
  switch (d.edit ?? 'show') {
    case 'show':
      return `import show ${ref}`;
    case 'text': {
      const text = oneLine(d.text ?? '');
      return text
        ? `import text ${ref} "${text}"`
        : missing('Write the new text in the box first, then press Replace text.');
    }
    case 'due': {
      const due = oneLine(d.due ?? '');
      return due
        ? `import due ${ref} ${due}`
        : missing('Write the deadline in the box first, then press Set deadline.');
    }
    case 'merge': {
      const other = oneLine(d.merge ?? '');
      return other
        ? `import merge ${ref} ${other}`
        : missing('Choose the item to merge into it, then press Merge.');
    }
    case 'ours':
      return `import ours ${ref}`;
    case 'drop':
      return `import drop ${ref}`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the data of an `adaptiveCard/action` invoke (`value.action.data`). */
export function invokeData(value: unknown): unknown {
  const parsed = z
    .object({
      action: z.object({ type: z.string().optional(), verb: z.string().optional(), data: z.unknown() }),
    })
    .safeParse(value);
  return parsed.success ? parsed.data.action.data : undefined;
}
