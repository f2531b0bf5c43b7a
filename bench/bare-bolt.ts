/*
 * The floor bench/slack-load.ts measures rectrack's Slack command path against: Bolt alone on its own
 * HTTP receiver, verifying each signed request and acknowledging /recs with nothing else to do.
 * Run by the bench as a process of its own, like rectrack: tsx bench/bare-bolt.ts PORT API_URL
 */
import bolt from '@slack/bolt';
import { BOT_TOKEN, SIGNING_SECRET } from '../test/support/fake-slack-client.ts';

const [port, apiUrl] = process.argv.slice(2);
const receiver = new bolt.HTTPReceiver({ signingSecret: SIGNING_SECRET, processBeforeResponse: false });
const app = new bolt.App({
  receiver,
  token: BOT_TOKEN,
  tokenVerificationEnabled: false,
  ...(apiUrl ? { clientOptions: { slackApiUrl: apiUrl } } : {}),
});
app.command('/recs', async ({ ack }) => {
  await ack();
});
await app.start(Number(port));
process.stderr.write('{"message":"listening"}\n');
process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
