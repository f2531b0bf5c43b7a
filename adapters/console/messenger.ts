import { z } from 'zod';
import { permanentDeliveryError } from '../../src/core/delivery-error.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Messenger } from '../../src/ports/messenger.ts';
import { renderReply } from './render.ts';

/** The console's one "channel": the terminal itself. */
export const CONSOLE_CHANNEL = { address: { platform: 'console', channel: 'console' }, name: 'console' };

const consoleAddress = z.object({ platform: z.literal('console'), channel: z.string().min(1) });

export type ConsoleMessengerOptions = {
  output: NodeJS.WritableStream;
  color: boolean;
  /** Printed after a delivery, so someone at the prompt sees where to type again (e.g. "alice> "). */
  prompt?: string;
};

/**
 * The Messenger for the local console: digests and reminders are printed in the terminal, framed so
 * they stand apart from the conversation. Everyone in the console is at the same keyboard, so a
 * direct message is never unreachable.
 */
export function createConsoleMessenger(options: ConsoleMessengerOptions): Messenger {
  const print = (banner: string, reply: Reply) => {
    const text = renderReply(reply, { color: options.color }).text;
    options.output.write(`\n── ${banner} ──\n${text}\n${options.prompt ?? ''}`);
  };
  return {
    async postToChannel(_workspace, address, reply) {
      const parsed = consoleAddress.safeParse(address);
      if (!parsed.success)
        throw permanentDeliveryError('bad_address', 'That is not a console channel address.');
      print(`digest in #${parsed.data.channel}`, reply);
      return { refs: [] };
    },
    async sendDirect(_workspace, member, reply) {
      print(`message for ${member.displayName}`, reply);
      return 'sent';
    },
  };
}
