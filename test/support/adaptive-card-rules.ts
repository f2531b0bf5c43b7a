/*
 * Rules Teams applies to an Adaptive Card, checked locally (the fake Bot Connector accepts anything):
 * the card type and version, ids unique across the card (inputs are read back by id), every input with an
 * id, every action with a title, choice sets with choices or a query that fills them.
 * https://adaptivecards.io/explorer/. The Bot Connector stand-in (fake-bot-connector.ts) refuses any
 * activity whose card breaks one, so every Teams test checks its cards.
 */

type Json = Record<string, unknown>;

const ELEMENT_LISTS = ['body', 'items', 'columns', 'actions', 'card'] as const;

function walk(node: unknown, visit: (element: Json) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const element = node as Json;
  visit(element);
  for (const key of ELEMENT_LISTS) if (element[key] !== undefined) walk(element[key], visit);
}

/** Every rule a card breaks, in words; empty when Teams would render it. */
export function cardProblems(card: Json): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push(`type is ${String(card.type)}, not AdaptiveCard`);
  if (typeof card.version !== 'string') problems.push('no version');
  const ids = new Set<string>();
  walk(card.body ?? [], (element) => visitElement(element, ids, problems));
  walk(card.actions ?? [], (element) => visitElement(element, ids, problems));
  return problems;
}

function visitElement(element: Json, ids: Set<string>, problems: string[]): void {
  const type = String(element.type ?? '');
  const id = typeof element.id === 'string' ? element.id : null;
  if (id !== null) {
    if (ids.has(id)) problems.push(`id "${id}" used twice`);
    ids.add(id);
  }
  if (type.startsWith('Input.') && id === null) problems.push(`${type} without an id`);
  if (type.startsWith('Action.') && !(typeof element.title === 'string' && element.title.trim() !== ''))
    problems.push(`${type} without a title`);
  // A choice set fills itself from a query (Teams' people picker, `choices.data`) or lists its choices:
  // https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search
  const queried = (element['choices.data'] as Json | undefined)?.type === 'Data.Query';
  if (
    type === 'Input.ChoiceSet' &&
    !queried &&
    !(Array.isArray(element.choices) && element.choices.length > 0)
  )
    problems.push(`choice set "${id}" without choices`);
}
