import type { Block, Choice, Reply } from '../../src/core/reply/reply.ts';
import type { PressMode } from './actions.ts';
import {
  actionRows,
  type CardElement,
  card,
  execute,
  facts,
  heading,
  historyLine,
  itemLine,
  notice,
  openUrl,
  plainText,
  subtle,
  withInput,
} from './cards.ts';
import { DOWNLOAD_TTL_MS, type OfferedFile } from './downloads.ts';
import { importEditActions } from './import-form.ts';
import { responsesActions } from './responses-form.ts';

/** One Teams message: an Adaptive Card, and the line notifications and old clients show. */
export type TeamsMessage = { summary: string; card: CardElement };

export type RenderOptions = {
  /** The personal chat with the bot (where files can be sent), not a channel or group chat. */
  personal: boolean;
  /** Largest message, in bytes of UTF-16; tests shrink it to see pagination without 500 items. */
  maxBytes?: number;
  /** What a button press did, shown above the card it redrew (the card itself is `reply`). */
  banner?: Reply;
  /** A deep link to the personal chat with the bot, offered on item cards outside it. */
  chatLink?: string;
};

/**
 * Teams refuses a bot message over its size limit (413 MessageSizeTooBig), counted in UTF-16 over the
 * whole payload: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages.
 * The documented limit has been 28 KB and later more; 26,000 bytes stays under every version of it,
 * with room for the fields Teams adds (ids, timestamps) to the activity.
 */
export const MAX_MESSAGE_BYTES = 26_000;
const ENVELOPE_BYTES = 2_000;

/**
 * Teams' deep link to the personal chat with the bot (its 28:… id):
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams#deep-link-to-start-a-new-chat
 */
export function chatLinkFor(botId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}

/** The item a reply shows as a card (its actions redraw it in place), if it is an item card. */
export function itemCardRef(reply: Reply): string | undefined {
  return reply.shows?.kind === 'item' ? reply.shows.ref : undefined;
}

/**
 * A Reply as Adaptive Cards, split into as many messages as the size limit needs: a long list never
 * fails, it continues in the next message.
 */
export function renderReply(reply: Reply, options: RenderOptions): TeamsMessage[] {
  const ref = itemCardRef(reply);
  const body: CardElement[] = [];
  if (options.banner && options.banner.kind !== 'info') body.push(...lead(options.banner));
  // An info reply whose blocks already say it all (a card, a list) doesn't repeat its summary.
  const saysItAll = reply.blocks.some((b) => b.type === 'heading' || b.type === 'text' || b.type === 'items');
  if (!saysItAll || reply.kind !== 'info') body.push(...lead(reply));
  const chatLink = options.personal ? undefined : options.chatLink;
  for (const block of reply.blocks) {
    if (block.type === 'choices' && ref) body.push(...itemActions(ref, block.choices, chatLink));
    else body.push(...renderBlock(block, choiceMode(reply)));
  }
  if (reply.form?.kind === 'import' && reply.form.items.length > 0) body.push(importEditActions(reply.form));
  if (reply.form?.kind === 'responses') body.push(responsesActions(reply.form));
  if (reply.expects === 'document') {
    body.push(
      subtle(
        options.personal
          ? 'Send the document here (.txt, .md, .docx or .pdf), or paste its text in your next message.'
          : 'Send the document (.txt, .md, .docx or .pdf) in a personal chat with me, or paste its text here.',
      ),
    );
  }
  return paginate(reply.text, body, options.maxBytes ?? MAX_MESSAGE_BYTES);
}

function lead(reply: Reply): CardElement[] {
  switch (reply.kind) {
    case 'problem':
      return notice(`⚠️ ${reply.text}`, 'Attention');
    case 'success':
      return notice(`✅ ${reply.text}`, 'Good');
    default:
      return notice(reply.text);
  }
}

/** A question's or a problem's choices answer it, so the answer replaces them; others leave the card. */
function choiceMode(reply: Reply): PressMode {
  return reply.kind === 'question' || reply.kind === 'problem' ? 'replace' : 'post';
}

function renderBlock(block: Block, mode: PressMode): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [heading(block.text)];
    case 'text':
      return plainText(block.text);
    case 'fields':
      return facts(block.fields);
    case 'items': {
      const title = block.title ? [heading(block.title)] : [];
      if (block.items.length === 0) return [...title, subtle(block.empty ?? 'Nothing to show.')];
      return [...title, ...block.items.map(itemLine)];
    }
    case 'history':
      return block.entries.map(historyLine);
    case 'choices':
      return actionRows(block.choices.map((c) => execute(c.label, { command: c.command, mode }, c.style)));
  }
}

/**
 * An item card's actions, in two rows (Teams shows at most six buttons in one): the status buttons
 * redraw the card in place, Blocked… asking why inside the card, and History answers in a new message;
 * then Assign… (the people picker), Note…, Snooze… and, outside the personal chat, Open in chat.
 */
function itemActions(ref: string, choices: readonly Choice[], chatLink: string | undefined): CardElement[] {
  const actions: CardElement[] = [];
  for (const choice of choices) {
    const command = choice.command;
    if (choice.readOnly) {
      actions.push(execute(choice.label, { command, mode: 'post', card: ref }));
    } else if (choice.asks === 'reason') {
      actions.push(
        withInput(`${choice.label}…`, 'reason', `Mark ${choice.label.toLowerCase()}`, {
          command,
          mode: 'card',
          card: ref,
        }),
      );
    } else {
      actions.push(execute(choice.label, { command, mode: 'card', card: ref }, choice.style));
    }
  }
  // A closed item offers only what reads (its history): nothing to assign, note or snooze.
  const closed = choices.every((c) => c.readOnly);
  const tools: CardElement[] = [];
  if (!closed) {
    const card = { mode: 'card' as const, card: ref };
    tools.push(withInput('Assign…', 'person', 'Assign', { command: `assign ${ref}`, ...card }));
    tools.push(withInput('Note…', 'note', 'Add note', { command: `${ref} note`, ...card }));
    tools.push(withInput('Snooze…', 'period', 'Snooze', { command: `snooze ${ref}`, ...card }));
  }
  if (chatLink) tools.push(openUrl('Open in chat', chatLink));
  const rows: CardElement[] = [{ type: 'ActionSet', actions }];
  if (tools.length > 0) rows.push({ type: 'ActionSet', actions: tools });
  return rows;
}

/** Byte size of JSON as Teams counts it: UTF-16, two bytes a code unit. */
export function utf16Bytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

function paginate(text: string, body: CardElement[], maxBytes: number): TeamsMessage[] {
  const fallback = truncate(text, 300);
  const fixed = utf16Bytes(card([], fallback)) + ENVELOPE_BYTES + utf16Bytes(fallback);
  const pages: CardElement[][] = [];
  let page: CardElement[] = [];
  let size = fixed;
  for (const element of body) {
    const bytes = utf16Bytes(element) + 2;
    if (page.length > 0 && size + bytes > maxBytes) {
      pages.push(page);
      page = [];
      size = fixed;
    }
    page.push(element);
    size += bytes;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages.map((elements, i) => {
    const more = pages.length > 1 && i === 0 ? [subtle(`Part 1 of ${pages.length}; continued below.`)] : [];
    const part = i > 0 ? [subtle(`Part ${i + 1} of ${pages.length}`)] : [];
    return {
      summary: i === 0 ? fallback : `${truncate(text, 100)} (part ${i + 1} of ${pages.length})`,
      card: card([...part, ...elements, ...more], fallback),
    };
  });
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * An export's files as a card of download links (downloads.ts), or, where this rectrack has no public
 * address to serve them from, a line saying so.
 */
export function renderDownloads(links: readonly OfferedFile[] | undefined): TeamsMessage {
  if (!links) {
    const text =
      'I made the files, but this rectrack has no public address to offer them from (TEAMS_PUBLIC_URL). Ask its administrator, or export from the console.';
    return { summary: text, card: card(notice(text, 'Warning'), text) };
  }
  const minutes = Math.round(DOWNLOAD_TTL_MS / 60000);
  const text = `Download (each link works for ${minutes} minutes):`;
  return {
    summary: `${text} ${links.map((l) => l.name).join(', ')}`,
    card: card([subtle(text), ...actionRows(links.map((l) => openUrl(l.name, l.url)))], text),
  };
}
