import type { ItemKind } from '../model/entities.ts';
import { KEY_PATTERN } from './commands.ts';
import { takeQuoted } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

export const ADD_EXAMPLE = 'add OSAEC23 "Chief Constables should review training" due 31 October 2023';

const KINDS: ReadonlyArray<readonly [RegExp, ItemKind]> = [
  [/\bas\s+(?:an?\s+)?(?:area for improvement|afi)\b/i, 'area_for_improvement'],
  [/\bas\s+(?:an?\s+)?(?:cause of concern|concern)\b/i, 'cause_of_concern'],
  [/\bas\s+(?:an?\s+)?(?:recommendation|rec)\b/i, 'recommendation'],
];

/** `add KEY "text" [due PHRASE[; due PHRASE]] [as afi|concern] [number N] [under C1]` */
export function parseAddItem(body: string): ParseOutcome {
  // The key is a whole word: "add OSAEC23-5 ..." names an item, not the report OSAEC23 with text "-5 ...".
  const keyMatch = /^(?:to\s+)?([A-Za-z][A-Za-z0-9]*)(?![^\s:"'])\s*:?\s*(.*)$/s.exec(body);
  const key = keyMatch?.[1]?.toUpperCase() ?? '';
  if (!keyMatch || !KEY_PATTERN.test(key)) {
    return reject(
      'add.no_key',
      'Say which report the item belongs to, then its text in quotes.',
      ADD_EXAMPLE,
    );
  }
  let rest = keyMatch[2] ?? '';
  const quoted = takeQuoted(rest);
  let text: string;
  if (quoted) {
    text = quoted.quoted;
    rest = quoted.rest;
  } else {
    // From a space before, so "add OSAEC23 due 31 May" has no text rather than the text "due 31 May".
    const found = ` ${rest}`.search(/\s(?:due|as|number|no\.|under)\s/i);
    const cut = found === -1 ? -1 : Math.max(0, found - 1);
    text = (cut === -1 ? rest : rest.slice(0, cut)).trim();
    rest = cut === -1 ? '' : rest.slice(cut);
  }
  if (text === '') return reject('add.no_text', "The item's text is missing.", ADD_EXAMPLE);

  let kind: ItemKind = 'recommendation';
  for (const [pattern, candidate] of KINDS) {
    if (pattern.test(rest)) {
      kind = candidate;
      rest = rest.replace(pattern, ' ');
    }
  }
  let number: number | null = null;
  const numberMatch = /\b(?:number|no\.)\s*(\d{1,4})\b/i.exec(rest);
  if (numberMatch) {
    number = Number(numberMatch[1]);
    rest = rest.replace(numberMatch[0], ' ');
  }
  // A recommendation can sit under a cause of concern, which is discharged when its children are.
  let parent: string | null = null;
  const parentMatch = /\bunder\s+(?:[A-Za-z][A-Za-z0-9]*-)?([A-Za-z]{0,3}\d{1,4})\b/i.exec(rest);
  if (parentMatch) {
    parent = (parentMatch[1] ?? '').toUpperCase();
    rest = rest.replace(parentMatch[0], ' ');
  }
  rest = rest.trim();
  const deadlines: string[] = [];
  if (rest !== '') {
    if (!/^due\b/i.test(rest)) {
      return reject('add.unexpected', `I didn't understand "${rest}" after the item's text.`, ADD_EXAMPLE);
    }
    for (const part of rest.split(/\s*;\s*|\s+and\s+(?=due\b)/i)) {
      const phrase = part.replace(/^due\s*/i, '').trim();
      if (phrase === '') return reject('add.empty_due', 'A "due" with no deadline after it.', ADD_EXAMPLE);
      deadlines.push(phrase);
    }
  }
  return accept({ type: 'item_add', key, text, deadlines, kind, number, parent });
}
