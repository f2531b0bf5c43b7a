import { type Choice, problem, question, type Reply } from '../reply/reply.ts';
import { type Command, commandSchema } from './commands.ts';

export type ParseOutcome = { ok: true; command: Command } | { ok: false; reply: Reply };

/** Every command passes the zod schema before it reaches a use case. */
export function accept(candidate: Command): ParseOutcome {
  const checked = commandSchema.safeParse(candidate);
  if (checked.success) return { ok: true, command: checked.data };
  const issue = checked.error.issues[0];
  // The last part of the path is the word a person would use ("index", not "action.index").
  const field = String(issue?.path.at(-1) ?? 'input')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return reject('command.invalid', `I couldn't use the ${field} in that: ${plainIssue(issue)}.`, 'help');
}

/** Zod's messages are for developers ("Too small: expected number to be >=1"); say it in words. */
function plainIssue(
  issue: { code: string; minimum?: unknown; maximum?: unknown; message: string } | undefined,
) {
  if (issue?.code === 'too_small' && issue.minimum !== undefined)
    return `it must be at least ${issue.minimum}`;
  if (issue?.code === 'too_big' && issue.maximum !== undefined) return `it must be at most ${issue.maximum}`;
  return 'it is not in a form I can use';
}

export function reject(code: string, text: string, example?: string, choices: Choice[] = []): ParseOutcome {
  return { ok: false, reply: problem(code, text, example, choices) };
}

export function ask(text: string, choices: Choice[]): ParseOutcome {
  return { ok: false, reply: question(text, choices) };
}
