import { type Choice, problem, question, type Reply } from '../reply/reply.ts';
import { type Command, commandSchema } from './commands.ts';

export type ParseOutcome = { ok: true; command: Command } | { ok: false; reply: Reply };

/** Every command passes the zod schema before it reaches a use case. */
export function accept(candidate: Command): ParseOutcome {
  const checked = commandSchema.safeParse(candidate);
  if (checked.success) return { ok: true, command: checked.data };
  const issue = checked.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  return reject('command.invalid', `I couldn't use the ${field} in that: ${issue?.message ?? 'not valid'}.`);
}

export function reject(code: string, text: string, example?: string, choices: Choice[] = []): ParseOutcome {
  return { ok: false, reply: problem(code, text, example, choices) };
}

export function ask(text: string, choices: Choice[]): ParseOutcome {
  return { ok: false, reply: question(text, choices) };
}
