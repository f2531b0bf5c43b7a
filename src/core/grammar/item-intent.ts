import { type DateContext, parseDate } from '../dates/index.ts';
import type { ItemRef } from './commands.ts';
import { accept, ask, type ParseOutcome, reject } from './outcome.ts';
import { parsePerson } from './people.ts';
import { type FoundRef, formatRef } from './refs.ts';
import { matchStatusWords } from './status-words.ts';

const REVISE_VERB =
  /^(?:move|moving|push|pushing|slip|shift|extend|extending|change|reschedule|delay|postpone)$/i;
const SHOW_VERB = new RegExp(
  "^(?:show|view|open|see|details(?: of| for)?|(?:what(?:'s| is) )?(?:the )?status(?: of)?|" +
    "what about|how is|how's|who owns|who has|who's on|tell me about)$",

  'i',
);
const REASON_SPLIT = /\s+(?:because(?: of)?|as|since|due to)\s+|\s*[:;]\s*/i;

/** Understands everything said about one item, by keyword or in conversation. */
export function parseItemIntent(found: FoundRef, ctx: DateContext): ParseOutcome {
  const { item, before, after } = found;
  const verb = before.toLowerCase();
  const rest = after.replace(/^[\s,:-]+/, '');
  const restLower = rest.toLowerCase();
  const full = display(item);

  if (verb === 'history' || verb === 'history of' || /^(?:history|log)$/i.test(rest)) {
    return accept({ type: 'item_history', item });
  }
  if (/^(?:assign|give|allocate|reassign)$/i.test(verb))
    return parseAssign(item, rest.replace(/^to\s+/i, ''));
  if (/^(?:assign(?:ed)?|give|allocate(?:d)?|owner|reassign(?:ed)?)\s+(?:to\s+)?/i.test(rest)) {
    return parseAssign(
      item,
      rest.replace(/^(?:assign(?:ed)?|give|allocate(?:d)?|owner|reassign(?:ed)?)\s+(?:to\s+)?/i, ''),
    );
  }
  if (REVISE_VERB.test(verb))
    return parseRevise(item, rest.replace(/^(?:deadline\s+)?(?:to|until|till)\s+/i, ''), ctx);
  const dueMatch =
    /^(?:is\s+)?(?:now\s+)?(?:due|deadline|new deadline|due date)(?:\s+(?:is|to|on|by))?\s+(.+)$/i.exec(rest);
  if (dueMatch && !/^soon\b/i.test(dueMatch[1] ?? '')) return parseRevise(item, dueMatch[1] ?? '', ctx);
  const movedMatch =
    /^(?:deadline\s+)?(?:moved|moves|slipped|slips|pushed|extended|postponed|delayed)\s+(?:back\s+)?(?:to|until|till)\s+(.+)$/i.exec(
      rest,
    );
  if (movedMatch) return parseRevise(item, movedMatch[1] ?? '', ctx);
  const eventMatch =
    /^(?:the\s+)?(?:event|condition|trigger)\s+(?:happened|occurred|met|was met)(?:\s+on)?(?:\s+(.+))?$/i.exec(
      rest,
    );
  if (eventMatch) return parseEvent(item, eventMatch[1] ?? 'today', ctx);
  const responseMatch = /^(force|pcc)(?:'s)?\s+response\s*[:-]?\s*(.*)$/i.exec(rest);
  if (responseMatch) return parseRespond(item, responseMatch[1] ?? '', responseMatch[2] ?? '');
  const commentMatch = /^(?:note|comment|update|progress)\s*[:-]?\s+(.+)$/i.exec(rest);
  if (commentMatch || /^(?:note|comment)(?: on)?$/i.test(verb)) {
    const note = commentMatch?.[1] ?? rest;
    return note
      ? accept({ type: 'comment', item, note })
      : reject('comment.empty', 'The note is empty.', `${full} note: met the training lead`);
  }

  const statusText =
    verb === 'mark' || verb === 'set'
      ? restLower.replace(/^(?:as|to)\s+/, '')
      : restLower.replace(
          /^(?:is|are|has been|have been|was|now|marked|set|status)(?:\s+(?:now|as|to|marked|been))*\s+/,
          '',
        );
  // The force's decision on a recommendation, as recorded in its section 55 response.
  const disposition = /^(not accepted|accepted)$/.exec(statusText);
  if (disposition) {
    return accept({
      type: 'disposition',
      item,
      disposition: disposition[1] === 'accepted' ? 'accepted' : 'not_accepted',
    });
  }
  const status = matchStatusWords(verb === 'sign off' ? 'signed off' : statusText);

  if (status) {
    const tail = rest.slice(rest.length - status.rest.length);
    const note = status.status === 'blocked' ? blockedReason(tail) : cleanNote(tail);
    return accept({ type: 'status', item, status: status.status, note });
  }
  if (rest === '' && (verb === '' || SHOW_VERB.test(verb))) return accept({ type: 'item_show', item });
  if (rest === '' && /^(?:start|begin|reopen)$/i.test(verb))
    return accept({ type: 'status', item, status: 'in_progress', note: null });

  return ask(`What would you like to do with ${full}?`, [
    { label: 'Show it', command: full },
    { label: 'In progress', command: `${full} in progress` },
    { label: 'Done', command: `${full} done`, style: 'primary' },
    { label: 'Blocked', command: `${full} blocked` },
    { label: 'History', command: `history ${full}` },
  ]);
}

function display(item: ItemRef): string {
  return item.key ? formatRef(item.key, item.ref) : item.ref;
}

function cleanNote(tail: string): string | null {
  const note = tail
    .replace(/^[\s,:;.-]+/, '')
    .replace(/^(?:with|and)\s+(?=note|evidence)/i, '')
    .trim();
  return note === '' ? null : note;
}

function blockedReason(tail: string): string | null {
  return cleanNote(
    tail.replace(/^[\s,:-]*(?:on|by|because(?: of)?|due to|waiting (?:on|for)|pending)\s+/i, ''),
  );
}

function parseAssign(item: ItemRef, text: string): ParseOutcome {
  const parsed = parsePerson(text);
  const full = display(item);
  if (!parsed) {
    return reject(
      'assign.no_person',
      `Who should own ${full}? Mention them with @.`,
      `assign ${full} @alice`,
    );
  }
  const team = /^(?:\(([^)]+)\)|(?:team|in|from)\s+(.+))$/i.exec(parsed.rest);
  if (parsed.rest !== '' && !team) {
    return reject(
      'assign.extra',
      `I didn't understand "${parsed.rest}" after the person.`,
      `assign ${full} @alice team Safeguarding`,
    );
  }
  const teamName = (team?.[1] ?? team?.[2] ?? '').replace(/^["']|["']$/g, '').trim();
  return accept({ type: 'assign', item, person: parsed.person, team: teamName === '' ? null : teamName });
}

function parseRevise(item: ItemRef, text: string, ctx: DateContext): ParseOutcome {
  const full = display(item);
  const example = `${full} due 30 June 2024 because the national tool slipped`;
  // Only the first "because"/":" starts the reason; the reason itself may say "as" or "deadline 1".
  const split = REASON_SPLIT.exec(text);
  const beforeReason = split ? text.slice(0, split.index) : text;
  const reason = split ? text.slice(split.index + split[0].length).trim() : '';
  const deadlineNo = /\s+(?:deadline|for deadline)\s+(\d)\b/i.exec(beforeReason);
  const datePart = deadlineNo ? beforeReason.replace(deadlineNo[0], ' ') : beforeReason;
  const parsed = parseDate(datePart, ctx, 'future');
  if (!parsed) {
    return reject('date.unreadable', `I couldn't read "${datePart.trim()}" as a date.`, example);
  }
  return accept({
    type: 'revise',
    item,
    date: parsed.date,
    reason: reason === '' ? null : reason,
    deadline: deadlineNo ? Number(deadlineNo[1]) : null,
  });
}

function parseEvent(item: ItemRef, text: string, ctx: DateContext): ParseOutcome {
  const parsed = parseDate(text, ctx, 'past');
  if (!parsed) {
    return reject(
      'date.unreadable',
      `I couldn't read "${text}" as the date the event happened.`,
      `${display(item)} event happened 1 March 2024`,
    );
  }
  return accept({ type: 'event', item, date: parsed.date });
}

function parseRespond(item: ItemRef, who: string, text: string): ParseOutcome {
  const full = display(item);
  if (!item.key)
    return reject(
      'ref.needs_key',
      'Responses need the full reference with the report key.',
      `respond OSAEC23-${item.ref} force: accepted`,
    );
  if (text.trim() === '')
    return reject(
      'respond.empty',
      'The response text is empty.',
      `respond ${full} force: we accept this recommendation`,
    );
  return accept({
    type: 'respond',
    key: item.key,
    item: item.ref,
    who: who.toLowerCase() === 'pcc' ? 'pcc' : 'force',
    text: text.trim(),
  });
}
