import { type DateContext, parseDate } from '../dates/index.ts';
import { parseAssign, parseRevise, REVISE_VERB, severalOutcome } from './item-intent.ts';
import { type ItemList, readItemList } from './item-list.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { matchStatusWords } from './status-words.ts';

/*
 * One owner or one new deadline for several items: "assign 1-4 to @bob", "OSAEC23-3, 5 and 7 to @ann
 * team Safeguarding", "push 3-5 back to 30/09/2026 - supplier delay", "move OSAEC23-2 and 4 to end of
 * Q3 because of recruitment", "OSAEC23 1-3 due 30 June 2026 because ...". The person and the date are
 * read as for one item (item-intent.ts), so they read the same. A message naming one item is left to
 * item-intent.ts; one naming several and a status is left to the status reader there.
 */

const ASSIGN_VERB = /^(?:assign|give|allocate|reassign)$/i;
const NOUN = /^(?:(?:items?|recs?|recommendations?)\s+)/i;
const MOVED_TO = /^(?:(?:the\s+)?deadlines?\s+)?(?:(?:back|out|on)\s+)?(?:to|until|till|into)\s+(.+)$/i;
const LIST_ASSIGNED =
  /^(?:(?:are|is)\s+)?(?:(?:assigned|allocated|given|reassigned)\s+(?:to\s+)?|to\s+)(?=<@|@)(.+)$/i;
const LIST_DUE =
  /^(?:(?:are|is)\s+)?(?:now\s+)?(?:due|deadlines?|new deadline|due date)(?:\s+(?:is|to|on|by))?\s+(?!soon\b)(.+)$|^(?:deadlines?\s+)?(?:moved|pushed|slipped|extended|postponed|delayed)\s+(?:back\s+)?(?:to|until|till)\s+(.+)$/i;

/** The command for several items, or null when the message is not one. */
export function parseBulk(text: string, ctx: DateContext): ParseOutcome | null {
  const verb = /^(\S+)\s+/.exec(text);
  const word = verb?.[1] ?? '';
  if (verb && (ASSIGN_VERB.test(word) || REVISE_VERB.test(word))) {
    const list = several(text.slice(verb[0].length).replace(NOUN, ''));
    if (list === null) return null;
    if (list.problem) return list.problem;
    return ASSIGN_VERB.test(word) ? assignMany(list, list.rest.replace(/^to\s+/i, '')) : moveMany(list, ctx);
  }
  const list = several(text);
  if (list === null) return null;
  const assigned = LIST_ASSIGNED.exec(list.rest);
  const due = assigned ? null : LIST_DUE.exec(list.rest);
  if (!assigned && !due) return null;
  if (list.problem) return list.problem;
  return assigned ? assignMany(list, assigned[1] ?? '') : reviseMany(list, due?.[1] ?? due?.[2] ?? '', ctx);
}

function several(text: string): ItemList | null {
  const list = readItemList(text);
  return list && (list.items.length >= 2 || list.problem) ? list : null;
}

function assignMany(list: ItemList, person: string): ParseOutcome {
  const first = list.items[0] ?? { key: null, ref: '1' };
  const one = parseAssign(first, person, list.typed);
  if (!one.ok || one.command.type !== 'assign') return one;
  const { person: owner, team } = one.command;
  return accept({ type: 'assign_many', items: list.items, person: owner, team });
}

function moveMany(list: ItemList, ctx: DateContext): ParseOutcome {
  const target = MOVED_TO.exec(list.rest)?.[1];
  if (target === undefined) {
    return reject(
      'date.missing',
      `Say the new date after "to".`,
      `push ${list.typed} back to 30 September 2026 because of a supplier delay`,
    );
  }
  // "move 3-5 to done": a board's column, not a date.
  const column = parseDate(target, ctx, 'future') ? null : matchStatusWords(target);
  if (column) return severalOutcome(list.items, target);
  return reviseMany(list, target, ctx);
}

function reviseMany(list: ItemList, target: string, ctx: DateContext): ParseOutcome {
  const first = list.items[0] ?? { key: null, ref: '1' };
  const one = parseRevise(first, target, ctx, list.typed);
  if (!one.ok || one.command.type !== 'revise') return one;
  const { date, reason, deadline, confirmed } = one.command;
  return accept({ type: 'revise_many', items: list.items, date, reason, deadline, confirmed });
}
