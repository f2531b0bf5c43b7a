import { expect } from 'vitest';
import type { DateContext } from '../../src/core/dates/index.ts';
import type { Command, ItemRef, ListFilter } from '../../src/core/grammar/commands.ts';
import type { ParseOutcome } from '../../src/core/grammar/outcome.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';

/** Thursday 14 March 2024, 10:00 in London (GMT, before the March clock change). */
export const CTX: DateContext = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };

export function parse(text: string, ctx: DateContext = CTX): ParseOutcome {
  return parseCommand(text, ctx);
}

export function item(key: string | null, ref: string): ItemRef {
  return { key, ref };
}

/** A list command with only the filters named. */
export function list(filter: Partial<ListFilter>): Command {
  return {
    type: 'list',
    filter: {
      owner: null,
      team: null,
      report: null,
      statuses: null,
      overdue: false,
      dueSoon: null,
      ...filter,
    },
  };
}

export function expectCommand(text: string, expected: Command, ctx: DateContext = CTX): void {
  expect(parse(text, ctx)).toEqual({ ok: true, command: expected });
}

/** The outcome reduced to what a table names: the command, or the reply's kind and code. */
function shape(outcome: ParseOutcome): unknown {
  return outcome.ok ? outcome.command : { kind: outcome.reply.kind, code: outcome.reply.code };
}

export function expectProblem(text: string, code: string): void {
  expect(shape(parse(text))).toEqual({ kind: 'problem', code });
}

/** A question, and the commands its buttons would send. */
export function expectQuestion(text: string, choiceCommands: string[]): void {
  const outcome = parse(text);
  expect(shape(outcome)).toEqual({ kind: 'question', code: undefined });
  const choices = outcome.ok
    ? []
    : outcome.reply.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));
  expect(choices.map((c) => c.command)).toEqual(choiceCommands);
}
