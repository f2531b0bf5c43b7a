import { statusLabel } from '../../src/core/model/status.ts';
import type { Choice, HistoryEntry, ItemLine } from '../../src/core/reply/reply.ts';
import { type PressData, type PressInput, VERB } from './actions.ts';

/*
 * Adaptive Card elements, schema 1.5 (Teams supports up to 1.5 on desktop, web and mobile:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#support-for-adaptive-cards).
 * Text people typed goes into RichTextBlock text runs, which Teams shows as typed (no Markdown), so an
 * underscore in a recommendation never turns into italics.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type CardElement = { [key: string]: Json };

export const CARD_VERSION = '1.5';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Longest text in one element: long texts are split so each page of a long reply stays small. */
export const MAX_TEXT = 2000;

const RAG_STYLE = {
  red: { color: 'Attention', label: 'RED' },
  amber: { color: 'Warning', label: 'AMBER' },
  green: { color: 'Good', label: 'GREEN' },
  grey: { color: 'Default', label: 'GREY' },
  none: { color: 'Accent', label: 'OPEN' },
} as const;

export function card(body: CardElement[], fallbackText: string): CardElement {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    // Full width: item lists and fact sets are unreadable in the default narrow bubble.
    msteams: { width: 'Full' },
    fallbackText,
    body,
  };
}

export function heading(text: string): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: text.slice(0, MAX_TEXT), weight: 'Bolder', size: 'Medium' }],
  };
}

/** Our own sentence (not user text) with an optional colour. */
export function notice(text: string, color?: 'Good' | 'Attention' | 'Warning'): CardElement[] {
  return splitText(text).map((part) => ({
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: part, ...(color ? { color } : {}) }],
  }));
}

export function subtle(text: string): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, isSubtle: true, size: 'Small' }] };
}

/** Free text, as typed, split into pieces no longer than MAX_TEXT at line breaks where possible. */
export function plainText(text: string): CardElement[] {
  return splitText(text).map((part) => ({
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: part }],
  }));
}

/**
 * Label and value pairs. Not a FactSet: its values are Markdown in Teams, and these hold what people
 * typed (a blocked reason, a team name), so each row is two columns of plain text runs instead.
 */
export function facts(fields: readonly { label: string; value: string }[]): CardElement[] {
  return fields.map((f, i) => ({
    type: 'ColumnSet',
    spacing: i === 0 ? 'Medium' : 'None',
    columns: [
      {
        type: 'Column',
        width: '130px',
        items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: f.label, isSubtle: true }] }],
      },
      {
        type: 'Column',
        width: 'stretch',
        items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: f.value.slice(0, MAX_TEXT) }] }],
      },
    ],
  }));
}

/** One item of a list: RAG (colour and word), reference, status, owner, due date, then its summary; tap opens it. */
export function itemLine(item: ItemLine): CardElement {
  const rag = RAG_STYLE[item.rag];
  return {
    type: 'Container',
    spacing: 'Small',
    selectAction: execute(item.ref, { command: item.ref, mode: 'post' }),
    items: [
      {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: `● ${rag.label}  `, color: rag.color, weight: 'Bolder' },
          { type: 'TextRun', text: item.ref, weight: 'Bolder' },
          { type: 'TextRun', text: `  ${itemFacts(item)}`, isSubtle: true },
        ],
      },
      { type: 'RichTextBlock', spacing: 'None', inlines: [{ type: 'TextRun', text: item.summary }] },
    ],
  };
}

/** Status, owner and team, due date and slippage, as one line. */
function itemFacts(item: ItemLine): string {
  const owner = item.owner ?? 'unassigned';
  const facts = [statusLabel(item.status), item.team ? `${owner} (${item.team})` : owner, item.dueText];
  if (item.slippage) facts.push(item.slippage);
  return facts.join(' · ').slice(0, MAX_TEXT);
}

export function historyLine(entry: HistoryEntry): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${entry.when}  `, isSubtle: true },
      { type: 'TextRun', text: entry.who, weight: 'Bolder' },
      { type: 'TextRun', text: `: ${entry.text.slice(0, MAX_TEXT)}` },
    ],
  };
}

export function execute(title: string, data: PressData, style?: Choice['style']): CardElement {
  const action: CardElement = {
    type: 'Action.Execute',
    title: title.slice(0, 60),
    verb: VERB,
    data: pressJson(data),
  };
  if (style) action.style = style === 'primary' ? 'positive' : 'destructive';
  return action;
}

/** A button that opens an input in the card, then sends the command with what was typed or picked. */
export function withInput(
  title: string,
  input: Exclude<PressInput, 'import' | 'responses'>,
  submit: string,
  data: PressData,
): CardElement {
  return {
    type: 'Action.ShowCard',
    title,
    card: {
      type: 'AdaptiveCard',
      version: CARD_VERSION,
      body: [inputFor(input)],
      actions: [execute(submit, { ...data, with: input })],
    },
  };
}

function inputFor(input: Exclude<PressInput, 'import' | 'responses'>): CardElement {
  switch (input) {
    case 'reason':
      return { type: 'Input.Text', id: 'reason', label: 'Why is it blocked?', maxLength: 500 };
    case 'note':
      return { type: 'Input.Text', id: 'note', label: 'Note', isMultiline: true, maxLength: 2000 };
    case 'period':
      return {
        type: 'Input.ChoiceSet',
        id: 'period',
        label: 'No reminders about it for',
        value: '1 week',
        choices: ['1 week', '2 weeks', '1 month'].map((c) => ({ title: c, value: c })),
      };
    case 'person':
      // The Teams people picker: it searches the organisation and returns the Entra object id.
      // https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/people-picker
      return {
        type: 'Input.ChoiceSet',
        id: 'person',
        label: 'Owner',
        choices: [],
        'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      };
  }
}

/** Buttons in the body, a row at a time, so any number of choices fits (Teams shows six per row at most). */
export function actionRows(actions: readonly CardElement[]): CardElement[] {
  const rows: CardElement[] = [];
  for (let i = 0; i < actions.length; i += 5)
    rows.push({ type: 'ActionSet', actions: actions.slice(i, i + 5) });
  return rows;
}

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

function pressJson(data: PressData): CardElement {
  const out: CardElement = { command: data.command, mode: data.mode };
  if (data.card) out.card = data.card;
  if (data.with) out.with = data.with;
  if (data.edit) out.edit = data.edit;
  if (data.field) out.field = data.field;
  return out;
}

export function splitText(text: string, max = MAX_TEXT): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let i = 0; i < Math.max(line.length, 1); i += max) {
      const piece = line.slice(i, i + max);
      if (current !== '' && current.length + 1 + piece.length > max) {
        parts.push(current);
        current = piece;
      } else {
        current = current === '' ? piece : `${current}\n${piece}`;
      }
    }
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}
