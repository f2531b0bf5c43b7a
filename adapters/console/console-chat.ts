import { createInterface } from 'node:readline';
import type { CoreDeps, IncomingMessage } from '../../src/core/handle-message.ts';
import { handleMessage } from '../../src/core/handle-message.ts';
import type { Choice } from '../../src/core/reply/reply.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { renderReply } from './render.ts';

export type ConsoleChatOptions = {
  deps: CoreDeps;
  user: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  color: boolean;
  logger: Logger;
};

/** The console is one local workspace; the user name is the identity, as in Hubot's shell. */
export function consoleMessage(user: string, text: string): IncomingMessage {
  return {
    platform: 'console',
    workspace: { externalId: 'local', name: 'Local console' },
    actor: { externalId: user, displayName: user },
    text,
  };
}

/** Sends one line to the core and prints the reply; a bug is reported in one line, never a stack trace. */
export async function sendLine(options: ConsoleChatOptions, line: string, last: Choice[]): Promise<Choice[]> {
  const picked = /^\d{1,2}$/.test(line.trim()) ? last[Number(line.trim()) - 1] : undefined;
  const text = picked ? picked.command : line;
  if (picked) options.output.write(`> ${text}\n`);
  try {
    const reply = await handleMessage(options.deps, consoleMessage(options.user, text));
    const rendered = renderReply(reply, { color: options.color });
    options.output.write(`${rendered.text}\n`);
    return rendered.choices;
  } catch (error) {
    process.exitCode = 1;
    options.logger.error('console command failed', {
      text,
      error: error instanceof Error ? error.stack : String(error),
    });
    options.output.write('Sorry, something went wrong on my side and nothing was changed.\n');
    return [];
  }
}

/** Reads lines until end of input or "quit"; with a terminal, shows a prompt. */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input: options.input, terminal: false });
  const prompt = () => {
    if (options.interactive) options.output.write(`${options.user}> `);
  };
  if (options.interactive) {
    options.output.write(
      `rectrack: local console as ${options.user}. Type help to start, a number to pick a [choice], quit to leave.\n`,
    );
  }
  let choices: Choice[] = [];
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'quit' || line === 'exit') break;
    if (line !== '') {
      if (!options.interactive) options.output.write(`> ${line}\n`);
      choices = await sendLine(options, line, choices);
    }
    prompt();
  }
  rl.close();
}
