import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CoreDeps, IncomingMessage } from '../../src/core/handle-message.ts';
import type { Choice } from '../../src/core/reply/reply.ts';
import { createTurnPipeline, type TurnPipeline } from '../../src/core/turn.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { attachmentFor } from './attach-file.ts';
import { CONSOLE_CHANNEL } from './messenger.ts';
import { renderReply } from './render.ts';
import { saveFiles } from './save-files.ts';

export type ConsoleChatOptions = {
  deps: CoreDeps;
  user: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  color: boolean;
  logger: Logger;
  /** Where `report import ./file.docx` paths start from; the process's working directory by default. */
  cwd?: string;
  /** Where exports are written; `exports/` under cwd by default. */
  exportDir?: string;
};

/** The console is one local workspace; the user name is the identity, as in Hubot's shell. */
export function consoleMessage(user: string, text: string, files?: DocumentFile[]): IncomingMessage {
  return {
    platform: 'console',
    workspace: { externalId: 'local', name: 'Local console' },
    actor: { externalId: user, displayName: user },
    text,
    // The terminal is the console's one channel, so `digest weekly Monday 9am` subscribes it.
    channel: CONSOLE_CHANNEL,
    ...(files ? { files } : {}),
  };
}

/** What the last reply left behind: its numbered choices, and whether it asked for a document. */
export type Turn = { choices: Choice[]; expectsDocument: boolean };

const NO_TURN: Turn = { choices: [], expectsDocument: false };

/** The chat's settings and the turn pipeline its messages go through. */
type Chat = ConsoleChatOptions & { turns: TurnPipeline };

/** Sends one line to the core and prints the reply; a bug is reported in one line, never a stack trace. */
async function sendLine(options: Chat, line: string, last: Choice[]): Promise<Turn> {
  const picked = /^\d{1,2}$/.test(line.trim()) ? last[Number(line.trim()) - 1] : undefined;
  const text = picked ? picked.command : line;
  if (picked) options.output.write(`> ${text}\n`);
  const attached = await attachmentFor(text, options.cwd ?? process.cwd());
  if (attached && !attached.ok) {
    options.output.write(`✗ ${attached.message}\n`);
    return NO_TURN;
  }
  return send(
    options,
    attached
      ? consoleMessage(options.user, attached.text, [attached.file])
      : consoleMessage(options.user, text),
  );
}

/**
 * A pasted document, sent as one message after "report import" so the core takes it as the document
 * even when it is a single line.
 */
async function sendPaste(options: Chat, lines: string[]): Promise<Turn> {
  const text = lines.join('\n');
  if (text.trim() === '') {
    options.output.write('Nothing was pasted. Type report import to try again.\n');
    return NO_TURN;
  }
  if (!options.interactive)
    options.output.write(`> (pasted ${lines.length} line${lines.length === 1 ? '' : 's'})\n`);
  return send(options, consoleMessage(options.user, `report import\n${text}`));
}

async function send(options: Chat, message: IncomingMessage): Promise<Turn> {
  const reply = await options.turns.answer({
    ...message,
    progress: (line) => options.output.write(`… ${line}\n`),
  });
  // A script piped into the console should see that a command hit a bug.
  if (reply.code === 'internal.error') process.exitCode = 1;
  const rendered = renderReply(reply, { color: options.color });
  options.output.write(`${rendered.text}\n`);
  if (reply.files && reply.files.length > 0) {
    const cwd = options.cwd ?? process.cwd();
    const lines = await saveFiles(reply.files, options.exportDir ?? resolve(cwd, 'exports'), cwd);
    options.output.write(`${lines.join('\n')}\n`);
  }
  const expectsDocument = reply.expects === 'document';
  if (expectsDocument && options.interactive) {
    options.output.write('(Paste the text, then a line with a single . to finish.)\n');
  }
  return { choices: rendered.choices, expectsDocument };
}

/**
 * Reads lines until end of input or "quit"; with a terminal, shows a prompt. After a reply that asks
 * for a document, lines are collected as it, untouched, until a line holding a single "." (or the
 * end of input), then sent as one message.
 */
export async function runConsoleChat(settings: ConsoleChatOptions): Promise<void> {
  const options: Chat = { ...settings, turns: createTurnPipeline(settings.deps, settings.logger) };
  const rl = createInterface({ input: options.input, terminal: false });
  const prompt = () => {
    if (options.interactive) options.output.write(`${options.user}> `);
  };
  if (options.interactive) {
    options.output.write(
      `rectrack: local console as ${options.user}. Type help to start, a number to pick a [choice], quit to leave.\n`,
    );
  }
  let turn: Turn = NO_TURN;
  let pasted: string[] | null = null;
  prompt();
  for await (const raw of rl) {
    if (pasted) {
      if (raw.trim() !== '.') {
        pasted.push(raw);
        continue;
      }
      turn = await sendPaste(options, pasted);
    } else {
      const line = raw.trim();
      if (line === 'quit' || line === 'exit') break;
      if (line !== '') {
        if (!options.interactive) options.output.write(`> ${line}\n`);
        turn = await sendLine(options, line, turn.choices);
      }
    }
    pasted = turn.expectsDocument ? [] : null;
    prompt();
  }
  if (pasted && pasted.length > 0) await sendPaste(options, pasted);
  rl.close();
}
