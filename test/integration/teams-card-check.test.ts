import { describe, expect, it } from 'vitest';
import { startFakeBotConnector } from '../support/fake-bot-connector.ts';

/** The Bot Connector stand-in checks every Adaptive Card it is sent, as Teams would. */
describe('Adaptive Card check in the Bot Connector stand-in', () => {
  it('refuses an activity whose card repeats an id, and accepts a valid one', async () => {
    const connector = await startFakeBotConnector();
    const send = (body: unknown[]) =>
      fetch(`${connector.url}v3/conversations/a%3A1/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: { type: 'AdaptiveCard', version: '1.5', body },
            },
          ],
        }),
      });
    const input = { type: 'Input.Text', id: 'note' };
    const refused = await send([input, input]);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: { code: 'BadArgument', message: 'id "note" used twice' } });
    expect((await send([input])).status).toBe(200);
    expect(connector.rejected).toEqual([{ conversationId: 'a:1', problems: ['id "note" used twice'] }]);
    // Closing with refused cards fails the test that made them; this one meant to.
    await expect(connector.close()).rejects.toThrow(/refused these cards/);
  });
});
