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

/**
 * Rules for the Teams file cards a bot sends in the personal chat
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4): a consent card names
 * the file and says its size, with a context for each answer; a file info card points at the uploaded
 * file. Any other attachment type is not checked here.
 */
export function fileCardProblems(attachment: Json): string[] {
  const content = (attachment.content ?? {}) as Json;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${String(attachment.contentType)}: ${what}`);
  };
  if (attachment.contentType === 'application/vnd.microsoft.teams.card.file.consent') {
    need(typeof attachment.name === 'string' && attachment.name !== '', 'no file name');
    need(typeof content.description === 'string' && content.description !== '', 'no description');
    need(
      Number.isInteger(content.sizeInBytes) && (content.sizeInBytes as number) > 0,
      'sizeInBytes not a positive whole number',
    );
    need(typeof content.acceptContext === 'object' && content.acceptContext !== null, 'no acceptContext');
    need(typeof content.declineContext === 'object' && content.declineContext !== null, 'no declineContext');
  }
  if (attachment.contentType === 'application/vnd.microsoft.teams.card.file.info') {
    need(typeof attachment.contentUrl === 'string' && attachment.contentUrl !== '', 'no contentUrl');
    need(typeof attachment.name === 'string' && attachment.name !== '', 'no name');
    need(typeof content.uniqueId === 'string' && content.uniqueId !== '', 'no uniqueId');
    need(typeof content.fileType === 'string' && content.fileType !== '', 'no fileType');
  }
  return problems;
}
