import type { IsoDate } from '../dates/index.ts';
import type { ExportJob } from '../export/make.ts';
import type { ExportFile } from '../export/snapshot.ts';
import type { Disposition, ItemKind } from '../model/entities.ts';
import type { Rag } from '../model/rag.ts';
import type { Status } from '../model/status.ts';

/** A button or menu entry: choosing it sends `command` as if the user had typed it. */
export type Choice = {
  label: string;
  command: string;
  style?: 'primary' | 'danger';
  /** The command only reads (an item's History): a card answers it below rather than redraw itself. */
  readOnly?: true;
  /** The command takes a reason after a colon (Blocked): a platform may ask for it in a form first. */
  asks?: 'reason';
};

export type ItemLine = {
  /** Full reference, e.g. "OSAEC23-5". */
  ref: string;
  summary: string;
  rag: Rag;
  status: Status;
  owner: string | null;
  /** The owner's team, when the item names one. */
  team?: string;
  dueOn: IsoDate | null;
  /** "12 days overdue", "due in 3 days", "no deadline"... */
  dueText: string;
  /** "slipped 45 days", "on original date": in a report or a list, where committees watch it. */
  slippage?: string;
};

/** `at` is the ISO instant; `when` is it in the workspace's time zone, ready to show. */
export type HistoryEntry = { at: string; when: string; who: string; text: string };

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'items'; title?: string; items: ItemLine[]; empty?: string }
  | { type: 'history'; entries: HistoryEntry[] }
  | { type: 'choices'; choices: Choice[] };

/** One item of an import preview, as an edit form lists it. */
export type FormItem = { ref: string; kind: ItemKind; summary: string; notForUs: boolean };

/**
 * The edits an import preview offers as a form (a Slack modal, a Teams card): every item to pick from,
 * and, after `import show 5`, that item whole so the form starts on it with its text and deadline
 * filled in. Each form sends the same commands a person could type (import text 5 "...").
 */
export type ImportForm = {
  kind: 'import';
  items: FormItem[];
  item?: { ref: string; text: string; due: string };
};

/** `report new` said with nothing after it: the fields of a new report, asked for in a form. */
export type ReportForm = { kind: 'report_new' };

/**
 * An item's force and PCC responses and disposition (`scope` item), or a report's overall responses
 * (`scope` report, no disposition), as they are now, so a form opens with them filled in. Each field
 * is saved with the command a person could type (respond OSAEC23-5 force: ..., OSAEC23-5 accepted).
 */
export type ResponsesForm = {
  kind: 'responses';
  scope: 'item' | 'report';
  /** "OSAEC23-5", or the report's key. */
  ref: string;
  force: string;
  pcc: string;
  disposition: Disposition | null;
};

/** A form a platform may offer instead of typing; each one sends the commands a person could type. */
export type Form = ImportForm | ReportForm | ResponsesForm;

/** What a reply shows, so a platform can act on it (redraw an item's card in place) without reading its text. */
export type Shows = { kind: 'item'; ref: string } | { kind: 'report'; key: string };

/**
 * What the core answers, for any platform. `text` is a complete plain-text summary (notifications,
 * fallbacks); `blocks` carry the structure each adapter renders natively.
 */
export type Reply = {
  kind: 'info' | 'success' | 'problem' | 'question';
  /** Set on problems: a stable code such as "item.not_found". */
  code?: string;
  text: string;
  blocks: Block[];
  /** The bot asked for a document: the next message is taken as one (the console collects a paste). */
  expects?: 'document';
  /** The form a platform may offer with (or, for `report new`, instead of) this reply. */
  form?: Form;
  /** The item card or the report this reply is. */
  shows?: Shows;
  /**
   * The command only read: running it again changes nothing, so its answer may be shared with a
   * channel ("Share in channel" runs it again for everyone).
   */
  readOnly?: true;
  /** Files the reply hands over (an export): the console writes them, Slack uploads them, Teams offers them. */
  files?: ExportFile[];
  /**
   * Files still to be made from what the command read: handleMessage makes them once the transaction
   * has ended (making a Word file must not hold the database) and puts them in `files`. Never stored.
   */
  making?: ExportJob;
};

export function info(text: string, blocks: Block[] = []): Reply {
  return { kind: 'info', text, blocks };
}

export function success(text: string, blocks: Block[] = []): Reply {
  return { kind: 'success', text, blocks };
}

export function question(text: string, choices: Choice[]): Reply {
  return { kind: 'question', text, blocks: [{ type: 'choices', choices }] };
}

/** A user mistake: says what was expected and shows an example that works. */
export function problem(code: string, text: string, example?: string, choices: Choice[] = []): Reply {
  const blocks: Block[] = [];
  if (example) blocks.push({ type: 'text', text: `For example: ${example}` });
  if (choices.length > 0) blocks.push({ type: 'choices', choices });
  return { kind: 'problem', code, text, blocks };
}

/**
 * Thrown inside a use case to stop with a problem reply; the transaction around the command rolls
 * back and the reply goes to the user. Bugs are ordinary errors and are never turned into this.
 */
export class ProblemError extends Error {
  constructor(readonly reply: Reply) {
    super(reply.text);
    this.name = 'ProblemError';
  }
}

export function fail(code: string, text: string, example?: string, choices: Choice[] = []): never {
  throw new ProblemError(problem(code, text, example, choices));
}
