import type { ConnectorCall } from './fake-bot-connector.ts';

type Json = unknown;

/** The Adaptive Card in an activity the bot sent (or an invoke response's card). */
export function cardOf(activity: Json): Record<string, unknown> | undefined {
  const attachments = field(activity, 'attachments');
  if (!Array.isArray(attachments)) return undefined;
  const first: unknown = attachments[0];
  const content = field(first, 'content');
  return typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : undefined;
}

/** Everything a person reads in a card: every text and text run, in order, joined by new lines. */
export function textOf(card: Json): string {
  const out: string[] = [];
  walk(card, (node) => {
    const type = field(node, 'type');
    const text = field(node, 'text');
    if ((type === 'TextRun' || type === 'TextBlock') && typeof text === 'string') out.push(text);
  });
  return out.join('\n');
}

/** What the person sees of the messages the bot sent. */
export function seen(calls: readonly ConnectorCall[]): string {
  return calls
    .map((c) => textOf(cardOf(c.activity)) || String(field(c.activity, 'text') ?? ''))
    .join('\n---\n');
}

export type CardButton = { type: string; title: string; data: Record<string, unknown> | undefined };

/** Every button in a card (Action.Execute, Action.Submit, Action.ShowCard), nested ones included. */
export function buttonsOf(card: Json): CardButton[] {
  const out: CardButton[] = [];
  walk(card, (node) => {
    const type = field(node, 'type');
    if (typeof type === 'string' && type.startsWith('Action.')) {
      const data = field(node, 'data');
      out.push({
        type,
        title: String(field(node, 'title') ?? ''),
        data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined,
      });
    }
  });
  return out;
}

export function button(card: Json, title: string): CardButton {
  const found = buttonsOf(card).find((b) => b.title === title);
  if (!found)
    throw new Error(
      `no button "${title}" in card: ${buttonsOf(card)
        .map((b) => b.title)
        .join(', ')}`,
    );
  return found;
}

function walk(node: Json, visit: (node: Json) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  visit(node);
  for (const value of Object.values(node)) walk(value, visit);
}

function field(value: Json, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
