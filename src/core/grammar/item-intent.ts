import { type DateContext, impossibleDay, parseDate } from '../dates/index.ts';
import type { Status } from '../model/status.ts';
import type { ItemRef } from './commands.ts';
import { accept, ask, type ParseOutcome, reject } from './outcome.ts';
import { parsePerson } from './people.ts';
import { type FoundRef, formatRef } from './refs.ts';
import { matchStatusWords } from './status-words.ts';

// Past tenses too: people report what they did ("pushed 14 back to March as the supplier is late").
export const REVISE_VERB =
  /^(?:move|moving|moved|push|pushing|pushed|slip|slipped|shift|shifted|extend|extending|extended|change|reschedule|rescheduled|delay|delayed|postpone|postponed)$/i;
const SHOW_VERB = new RegExp(
  "^(?:show|view|open|see|details(?: of| for)?|(?:what(?:'s| is) )?(?:the )?status(?: of)?|" +
    "what about|how is|how's|who owns|who has|who's on|tell me about)$",

  'i',
);
const REASON_SPLIT = /\s+(?:because(?: of)?|as|since|due to)\s+|\s*[:;,]\s*|\s+[-–—]+\s+/gi;

function reasonSplit(text: string, ctx: DateContext): RegExpExecArray | null {
  for (const match of text.matchAll(REASON_SPLIT)) {
    // "Monday, 3 June": the date goes on after the comma.
    if (/^\d/.test(text.slice(match.index + match[0].length))) continue;
    const before = text.slice(0, match.index).replace(/\s+(?:deadline|for deadline)\s+\d\b/i, ' ');
    if (parseDate(before, ctx, 'future')) return match as RegExpExecArray;
  }
  return null;
}

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
  if (REVISE_VERB.test(verb)) {
    const target = rest.replace(
      /^(?:(?:the\s+)?deadline\s+)?(?:(?:back|out|on)\s+)?(?:to|until|till|into)\s+/i,
      '',
    );
    // "move OSAEC23-5 to done", "change 14 to in progress": a board's column, not a date.
    // "to start of June" stays a date.
    const column =
      /^(?:to|into)\s/i.test(rest) && !parseDate(target, ctx, 'future') ? matchStatusWords(target) : null;
    if (column) {
      const note = column.status === 'blocked' ? blockedReason(column.rest) : cleanNote(column.rest);
      return accept({ type: 'status', item, status: column.status, note });
    }
    return parseRevise(item, target, ctx);
  }
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
  // "OSAEC23-5 note:" with nothing after it is a note left empty, not a question about the item.
  const emptyNote = /^(?:note|comment)\s*[:-]$/i.test(rest);
  if (commentMatch || emptyNote || /^(?:note|comment)(?: on)?$/i.test(verb)) {
    const note = commentMatch?.[1] ?? (emptyNote ? '' : rest);
    return /[^\s\p{P}]/u.test(note)
      ? accept({ type: 'comment', item, note })
      : reject('comment.empty', 'The note is empty.', `${full} note: met the training lead`);
  }

  // `after`, not `rest`: the comma in "OSAEC23-5, 6 done" is what says a list follows.
  const several = parseSeveral(item, after.trim());
  if (several) return several;

  const statusText =
    verb === 'mark' || verb === 'set'
      ? restLower.replace(/^(?:as|to)\s+/, '')
      : restLower.replace(
          /^(?:is|are|has been|have been|has|have|was|now|marked|set|status)(?:\s+(?:now|as|to|marked|been))*\s+/,
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
  // "started work on OSAEC23-5", "we won't adopt OSAEC23-5", "completed OSAEC23-5, all staff trained": the
  // update said before the reference, anything after it the note.
  const said = statusBefore(verb);
  if (said !== null) {
    const note = said === 'blocked' ? blockedReason(after) : cleanNote(after);
    return accept({ type: 'status', item, status: said, note });
  }

  return ask(`What would you like to do with ${full}?`, [
    { label: 'Show it', command: full },
    { label: 'In progress', command: `${full} in progress` },
    { label: 'Done', command: `${full} done`, style: 'primary' },
    { label: 'Blocked', command: `${full} blocked` },
    { label: 'History', command: `history ${full}` },
  ]);
}

// What people say before the reference, read as the status it sets. Refusals first: "won't adopt" holds
// "adopt", "not yet started" holds "started".
const STATUS_BEFORE: ReadonlyArray<readonly [RegExp, Status]> = [
  [
    /\b(?:won'?t|will not|not going to|can'?t|cannot|decided not to|do not|don'?t|not)\s+(?:be\s+)?(?:adopt|adopting|implement|implementing|accept|accepting|take forward|taking forward|proceed with)\b|\b(?:reject(?:ed|ing)?|declin(?:e|ed|ing))\b/i,
    'not_adopted',
  ],
  [/\b(?:not (?:yet )?started|haven'?t started)\b/i, 'not_started'],
  [/\b(?:blocked|stuck|on hold|paused|halted)\b/i, 'blocked'],
  [
    /\b(?:(?:have |has |we'?ve )?(?:completed|finished|closed|implemented|delivered|signed off)|done with)\b/i,
    'done',
  ],
  [
    /\b(?:start(?:ed|ing)?|began|begun|begin|reopen(?:ed)?|working on|work on|picked up|kicked off)\b/i,
    'in_progress',
  ],
];

function statusBefore(verb: string): Status | null {
  if (verb === '' || /^(?:mark|set|move|change)$/i.test(verb)) return null;
  // "done OSAEC23-5", "blocked 14": the status word alone.
  const whole = matchStatusWords(verb);
  if (whole !== null && whole.rest === '') return whole.status;
  return STATUS_BEFORE.find(([pattern]) => pattern.test(verb))?.[1] ?? null;
}

// "mark 5 and 6 as done", "OSAEC23-5, 6 & 8 done": more references right after the first.
const MORE_REFS = /^((?:(?:,|and|&)\s*(?:[A-Za-z][A-Za-z0-9]{1,15}-)?[A-Za-z]{0,3}\d{1,4}\b\s*)+)(.*)$/i;

/** Several items given one status at once: each is updated as if named alone. */
function parseSeveral(item: ItemRef, rest: string): ParseOutcome | null {
  const match = MORE_REFS.exec(rest);
  if (!match) return null;
  const items = [
    item,
    ...(match[1] ?? '')
      .split(/\s*(?:,|\band\b|&)\s*/i)
      .map((r) => r.trim())
      .filter((r) => r !== '')
      .map((r): ItemRef => {
        const [key, ref] = r.includes('-') ? r.split('-') : [item.key, r];
        return { key: key ? key.toUpperCase() : null, ref: (ref ?? '').toUpperCase() };
      }),
  ];
  return severalOutcome(items, (match[2] ?? '').trim());
}

/** "are done", "as not for us", "blocked on funding": the one update for every item listed. */
export function severalOutcome(items: ItemRef[], update: string): ParseOutcome {
  const said = update.replace(/^(?:are|is|as|to|now|all|both)\s+/i, '').replace(/^(?:now|all|both)\s+/i, '');
  const status = matchStatusWords(said);
  const first = items[0] ?? { key: null, ref: '1' };
  if (status === null) {
    return reject(
      'ref.several',
      'Say the one status for all of them, or send one message per item.',
      `${display(first)} and ${items[1] ? items[1].ref : '6'} are done`,
    );
  }
  const note = status.status === 'blocked' ? blockedReason(status.rest) : cleanNote(status.rest);
  const distinct = items.filter((a, k) => items.findIndex((b) => b.key === a.key && b.ref === a.ref) === k);
  if (distinct.length === 1) return accept({ type: 'status', item: first, status: status.status, note });
  return accept({ type: 'status_many', items: distinct, status: status.status, note });
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
  // After a colon the reason is as typed: "blocked: waiting for the national product" keeps its "waiting for".
  if (/^\s*:/.test(tail)) return cleanNote(tail);
  return cleanNote(
    tail.replace(/^[\s,:-]*(?:on|by|because(?: of)?|due to|waiting (?:on|for)|pending)\s+/i, ''),
  );
}

/** `full` names the item (or items) in what the reply says. */
export function parseAssign(item: ItemRef, text: string, full = display(item)): ParseOutcome {
  const parsed = parsePerson(text);
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

export function parseRevise(
  item: ItemRef,
  typed: string,
  ctx: DateContext,
  full = display(item),
): ParseOutcome {
  // "... confirmed": the answer to "that date is in the past: is it right?".
  const confirmed = /\s+confirm(?:ed)?$/i.test(typed);
  const text = confirmed ? typed.replace(/\s+confirm(?:ed)?$/i, '') : typed;
  const example = `${full} due 30 June 2024 because the national tool slipped`;
  // The reason starts at the first "because", ":", comma or dash that leaves a date before it ("30/09/2026,
  // supplier delay", "31/3/27 - recruitment delays"); the reason itself may say "as" or "deadline 1".
  const split = reasonSplit(text, ctx);
  const beforeReason = split ? text.slice(0, split.index) : text;
  const reason = split ? text.slice(split.index + split[0].length).trim() : '';
  const deadlineNo = /\s+(?:deadline|for deadline)\s+(\d)\b/i.exec(beforeReason);
  const datePart = deadlineNo ? beforeReason.replace(deadlineNo[0], ' ') : beforeReason;
  const parsed = parseDate(datePart, ctx, 'future');
  if (!parsed) {
    const impossible = impossibleDay(datePart);
    if (impossible !== null) return reject('date.impossible', impossible, example);
    return reject('date.unreadable', `I couldn't read "${datePart.trim()}" as a date.`, example);
  }
  return accept({
    type: 'revise',
    item,
    date: parsed.date,
    reason: reason === '' ? null : reason,
    deadline: deadlineNo ? Number(deadlineNo[1]) : null,
    confirmed,
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
