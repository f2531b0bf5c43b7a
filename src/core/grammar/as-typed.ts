import type { Command } from './commands.ts';

/*
 * The parser reads a tidied copy of the message (straight quotes, "-" for dashes, no final full stop), which
 * makes commands easy to recognise. What people write as a note, a reason or a response is kept as they
 * wrote it: found again in the message as typed, with its dashes, quotes, emoji and final punctuation.
 */

const DASHES = '[-\u2013\u2014]';
const SINGLE_QUOTES = "['\u2018\u2019]";
const DOUBLE_QUOTES = '["\u201C\u201D]';

function literal(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A pattern matching the tidied text in the message as typed. */
function looseMatcher(tidied: string): RegExp {
  let source = '';
  for (const char of tidied) {
    if (char === '-') source += DASHES;
    else if (char === "'") source += SINGLE_QUOTES;
    else if (char === '"') source += DOUBLE_QUOTES;
    else if (/\s/.test(char)) source += '\\s+';
    else source += literal(char);
  }
  // What tidying cut from the end: final punctuation, where the message ends with it.
  return new RegExp(`${source}([.!?\u2026]*)(?=\\s*$)|${source}`, 'u');
}

/** The words as typed, or the tidied words where they cannot be found again. */
export function asTyped(tidied: string, typed: string): string {
  if (tidied === '') return tidied;
  const match = looseMatcher(tidied).exec(typed);
  return match ? match[0].trim() : tidied;
}

/** The command with its free text (notes, reasons, responses) as the user typed it. */
export function withTypedText(command: Command, typed: string): Command {
  switch (command.type) {
    case 'status':
    case 'status_many':
      return command.note === null ? command : { ...command, note: asTyped(command.note, typed) };
    case 'comment':
      return { ...command, note: asTyped(command.note, typed) };
    case 'revise':
    case 'revise_many':
      return command.reason === null ? command : { ...command, reason: asTyped(command.reason, typed) };
    case 'respond':
      return { ...command, text: asTyped(command.text, typed) };
    default:
      return command;
  }
}
