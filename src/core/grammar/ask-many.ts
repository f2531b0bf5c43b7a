import { formatDate } from '../dates/index.ts';
import { statusLabel } from '../model/status.ts';
import { ASK_ABOVE_ITEMS, type Command, type CommandOf } from './commands.ts';
import { describeItems } from './item-list.ts';
import { ask, type ParseOutcome } from './outcome.ts';
import { describePerson } from './people.ts';

/*
 * More than ASK_ABOVE_ITEMS items in one message is asked about once before anything changes, the way
 * `report delete` and an odd deadline are: the question's button sends the command again, marked as
 * answered, here by starting it with "yes," ("yes, assign 1-12 to @bob"), which anyone may also type.
 * Ten or fewer go ahead at once.
 */

const YES = /^\s*(?:yes|confirm(?:ed)?|go ahead)\b[\s,:;.!-]*(?=\S)/i;

type Many = CommandOf<'status_many'> | CommandOf<'assign_many'> | CommandOf<'revise_many'>;

/** Parses `input` with `parse`, asking first when it changes many items and was not already answered. */
export function askingAboutMany(input: string, parse: (text: string) => ParseOutcome): ParseOutcome {
  const yes = YES.exec(input);
  if (yes) {
    const answered = parse(input.slice(yes[0].length));
    // "yes" before anything else keeps its old meaning (confirm an import).
    if (answered.ok && many(answered.command)) return answered;
  }
  const outcome = parse(input);
  const command = outcome.ok ? many(outcome.command) : null;
  if (command === null || command.items.length <= ASK_ABOVE_ITEMS) return outcome;
  const again = `yes, ${input.replace(/\s+/g, ' ').trim()}`;
  const count = command.items.length;
  return ask(
    `This will ${doing(command, `${count} items`)}: ${describeItems(command.items)}. Choose Yes to go ahead, or send: ${again}`,
    [{ label: `Yes, all ${count}`, command: again, style: 'primary' }],
  );
}

function many(command: Command): Many | null {
  switch (command.type) {
    case 'status_many':
    case 'assign_many':
    case 'revise_many':
      return command;
    default:
      return null;
  }
}

function doing(command: Many, items: string): string {
  switch (command.type) {
    case 'assign_many':
      return `give ${items} to ${describePerson(command.person)}${command.team ? ` (${command.team})` : ''}`;
    case 'revise_many':
      return `move the deadlines of ${items} to ${formatDate(command.date)}`;
    case 'status_many':
      return `mark ${items} ${statusLabel(command.status)}`;
  }
}
