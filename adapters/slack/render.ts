import type { types } from '@slack/bolt';
import { REPEAT_NOTE } from '../../src/core/answer-once.ts';
import { statusLabel } from '../../src/core/model/status.ts';
import type { Block, Choice, ItemLine, Reply } from '../../src/core/reply/reply.ts';
import { ACTION, cardBlockId } from './actions.ts';
import { importEditButton } from './import-form.ts';
import { responsesButton } from './responses-form.ts';

type KnownBlock = types.KnownBlock;
type ActionsElement = types.Button | types.UsersSelect | types.Overflow;

/** One chat message: `text` is the notification and fallback, `blocks` what Slack shows. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

export type RenderOptions = {
  /** Adds "Share in channel", which posts this (read-only) command's answer for everyone to see. */
  shareCommand?: string;
  /** Lines shown small at the end, e.g. that an admin must reinstall the app. */
  notices?: readonly string[];
};

// Slack's limits: https://docs.slack.dev/reference/block-kit/blocks
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
const MAX_TEXT = 3000;
const MAX_HEADER = 150;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_ACTIONS = 25;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTON_VALUE = 2000;
const MAX_OVERFLOW_VALUE = 150;
const MAX_CONTEXT_ELEMENTS = 10;
/** Items per section in a list: long lists stay readable and split cleanly across messages. */
const ITEMS_PER_SECTION = 10;
/** Buttons shown before the rest of an item card's actions fold into an overflow menu. */
const CARD_BUTTONS = 4;

const RAG_EMOJI = {
  red: ':red_circle:',
  amber: ':large_orange_circle:',
  green: ':large_green_circle:',
  grey: ':white_circle:',
  none: ':large_blue_circle:',
} as const;

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A Reply as Block Kit, split into as many messages as Slack's limits need: a long list never fails,
 * it continues in the next message.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  return paginate(reply.text, renderBlocks(reply, options));
}

/** The blocks of a reply, unpaginated (App Home and modals take them whole, up to 100). */
export function renderBlocks(reply: Reply, options: RenderOptions = {}): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const card = reply.shows?.kind === 'item' ? reply.shows.ref : undefined;
  const lead =
    reply.kind === 'problem' ? ':warning: ' : reply.kind === 'success' ? ':white_check_mark: ' : '';
  // An info reply whose blocks already say it all (a card, a list) doesn't repeat its summary.
  const saysItAll = reply.blocks.some((b) => b.type === 'heading' || b.type === 'text' || b.type === 'items');
  if (!saysItAll || reply.kind !== 'info') blocks.push(...sections(lead + escapeMrkdwn(reply.text)));
  const counter = { next: 0 };
  for (const block of reply.blocks) blocks.push(...renderBlock(block, counter, card));
  if (reply.form?.kind === 'import') blocks.push(...importEditButton(reply.form));
  if (reply.form?.kind === 'responses') blocks.push(...responsesButton(reply.form));
  if (reply.expects === 'document') {
    // Slash commands can't carry files; the DM can (message.im with a file_share).
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Upload the document (.txt, .md, .docx or .pdf) in a direct message to me, or paste its text there.',
        },
      ],
    });
  }
  if (options.shareCommand) {
    blocks.push({
      type: 'actions',
      block_id: 'rt_share',
      elements: [
        {
          type: 'button',
          action_id: ACTION.share,
          text: { type: 'plain_text', text: 'Share in channel', emoji: true },
          value: options.shareCommand.slice(0, MAX_BUTTON_VALUE),
        },
      ],
    });
  }
  if (options.notices && options.notices.length > 0) {
    blocks.push({
      type: 'context',
      elements: options.notices.slice(0, MAX_CONTEXT_ELEMENTS).map((n) => ({
        type: 'mrkdwn',
        text: truncate(`:information_source: ${escapeMrkdwn(n)}`, MAX_FIELD_TEXT),
      })),
    });
  }
  return blocks;
}

function renderBlock(block: Block, counter: { next: number }, card: string | undefined): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return [
        { type: 'header', text: { type: 'plain_text', text: truncate(block.text, MAX_HEADER), emoji: true } },
      ];
    case 'text':
      return sections(escapeMrkdwn(block.text));
    case 'fields': {
      // A field holds 2,000 characters; a longer value (a force's response) is shown whole in sections of
      // its own rather than cut.
      const field = (f: { label: string; value: string }) =>
        `*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`;
      const short = block.fields.filter((f) => field(f).length <= MAX_FIELD_TEXT);
      const long = block.fields.filter((f) => field(f).length > MAX_FIELD_TEXT);
      return [
        ...chunk(short, MAX_FIELDS).map((fields) => ({
          type: 'section' as const,
          fields: fields.map((f) => ({ type: 'mrkdwn' as const, text: field(f) })),
        })),
        ...long.flatMap((f) => sections(field(f))),
      ];
    }
    case 'items': {
      const title = block.title ? sections(`*${escapeMrkdwn(block.title)}*`) : [];
      if (block.items.length === 0)
        return [...title, ...sections(escapeMrkdwn(block.empty ?? 'Nothing to show.'))];
      const groups = chunk(block.items, ITEMS_PER_SECTION).flatMap((group) =>
        sections(group.map(itemText).join('\n')),
      );
      return [...title, ...groups];
    }
    case 'history': {
      // Notes are shown whole and in order: one that would not fit a context element gets a section.
      const line = (e: { when: string; who: string; text: string }) =>
        `${escapeMrkdwn(e.when)} · *${escapeMrkdwn(e.who)}*: ${escapeMrkdwn(e.text)}`;
      const out: KnownBlock[] = [];
      let run: string[] = [];
      const flush = () => {
        if (run.length > 0)
          out.push({ type: 'context', elements: run.map((text) => ({ type: 'mrkdwn', text })) });
        run = [];
      };
      for (const entry of block.entries) {
        const text = line(entry);
        if (text.length > MAX_FIELD_TEXT) {
          flush();
          out.push(...sections(text));
          continue;
        }
        run.push(text);
        if (run.length === MAX_CONTEXT_ELEMENTS) flush();
      }
      flush();
      return out;
    }
    case 'choices':
      return card ? cardActions(card, block.choices, counter) : plainActions(block.choices, counter);
  }
}

function plainActions(choices: readonly Choice[], counter: { next: number }): KnownBlock[] {
  return chunk(choices, MAX_ACTIONS).map((group) => ({
    type: 'actions',
    elements: group.map((c) => button(c, counter)),
  }));
}

/**
 * An item card's actions: its buttons ("Blocked" asks why in the update modal), an "Update…" modal,
 * an overflow menu for the rest, and a people picker to assign it. The block id names the card so a
 * click can redraw it in place.
 */
function cardActions(ref: string, choices: readonly Choice[], counter: { next: number }): KnownBlock[] {
  const elements: ActionsElement[] = [];
  const shown = choices.slice(0, CARD_BUTTONS);
  for (const choice of shown) {
    elements.push(
      choice.asks === 'reason'
        ? modalButton(ACTION.openUpdateBlocked, choice.label, `${ref}|blocked`)
        : button(choice, counter),
    );
  }
  // A closed item offers only what reads (its history): nothing to update or assign.
  const closed = choices.every((c) => c.readOnly);
  if (!closed) elements.push(modalButton(ACTION.openUpdate, 'Update…', ref));
  const rest = choices.slice(CARD_BUTTONS).filter((c) => c.command.length <= MAX_OVERFLOW_VALUE);
  if (rest.length > 0) {
    elements.push({
      type: 'overflow',
      action_id: ACTION.more,
      options: rest.slice(0, 5).map((c) => ({
        text: { type: 'plain_text', text: truncate(c.label, MAX_BUTTON_LABEL), emoji: true },
        value: c.command,
      })),
    });
  }
  if (!closed) {
    elements.push({
      type: 'users_select',
      action_id: ACTION.assign,
      placeholder: { type: 'plain_text', text: 'Assign to…', emoji: true },
    });
  }
  return [{ type: 'actions', block_id: cardBlockId(ref), elements: elements.slice(0, MAX_ACTIONS) }];
}

function modalButton(actionId: string, label: string, value: string): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(label, MAX_BUTTON_LABEL), emoji: true },
    value,
  };
}

/** An item on two lines: RAG, reference, status, owner and team, due date and slippage; then its text. */
function itemText(item: ItemLine): string {
  const owner = item.owner ? escapeMrkdwn(item.owner) : '_unassigned_';
  const facts = [
    statusLabel(item.status),
    item.team ? `${owner} (${escapeMrkdwn(item.team)})` : owner,
    escapeMrkdwn(item.dueText),
  ];
  if (item.slippage) facts.push(escapeMrkdwn(item.slippage));
  return `${RAG_EMOJI[item.rag]} *${escapeMrkdwn(item.ref)}* · ${facts.join(' · ')}\n      ${escapeMrkdwn(item.summary)}`;
}

function button(choice: Choice, counter: { next: number }): types.Button {
  const element: types.Button = {
    type: 'button',
    action_id: `${ACTION.commandPrefix}${counter.next++}`,
    text: { type: 'plain_text', text: truncate(choice.label, MAX_BUTTON_LABEL), emoji: true },
    value: choice.command.slice(0, MAX_BUTTON_VALUE),
  };
  if (choice.style) element.style = choice.style;
  return element;
}

/** mrkdwn sections, cut at line breaks so no section passes Slack's 3,000 characters. */
function sections(text: string): KnownBlock[] {
  const out: KnownBlock[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (const piece of hardWrap(line, MAX_SECTION_TEXT)) {
      if (current !== '' && current.length + 1 + piece.length > MAX_SECTION_TEXT) {
        out.push(section(current));
        current = '';
      }
      current = current === '' ? piece : `${current}\n${piece}`;
    }
  }
  if (current.trim() !== '') out.push(section(current));
  return out;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function hardWrap(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  for (let i = 0; i < line.length; i += max) pieces.push(line.slice(i, i + max));
  return pieces;
}

function paginate(text: string, blocks: KnownBlock[]): SlackMessage[] {
  const fallback = truncate(escapeMrkdwn(text), MAX_TEXT);
  const pages = chunk(blocks, MAX_BLOCKS);
  if (pages.length === 0) return [{ text: fallback, blocks: sections(fallback) }];
  return pages.map((page, i) => ({
    text: i === 0 ? fallback : `${truncate(escapeMrkdwn(text), 100)} (continued)`,
    blocks: page,
  }));
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A message sent again after a crash (src/core/answer-once.ts), saying so above it and in its text. */
export function markedRepeat(message: SlackMessage): SlackMessage {
  const note: KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: REPEAT_NOTE }] };
  return {
    text: `${REPEAT_NOTE}\n${message.text}`,
    blocks: message.blocks.length < MAX_BLOCKS ? [note, ...message.blocks] : message.blocks,
  };
}
