import type { RecordedCall } from './fake-slack-api.ts';
import { type SlackHarness, triggerId } from './fake-slack-client.ts';
import { slashFields, type Where } from './fake-slack-payloads.ts';

let replies = 0;

/** Everything a person sees in one message: its blocks' texts and its fallback text. */
export function seen(call: RecordedCall | undefined): string {
  if (!call) return '';
  return `${JSON.stringify(call.params.blocks ?? [])}\n${String(call.params.text ?? '')}`;
}

/** `/recs <text>` from a person; resolves with what came back through the command's response_url. */
export async function slash(h: SlackHarness, text: string, where: Where = {}): Promise<RecordedCall> {
  replies += 1;
  const url = h.api.responseUrl(`cmd-${replies}`);
  const path = new URL(url).pathname;
  const res = await h.command(slashFields(text, url, triggerId(), where));
  if (res.status !== 200) throw new Error(`slash command answered HTTP ${res.status}`);
  return h.api.waitFor(() => h.api.callsTo('response_url').find((c) => c.params.url === path));
}

/** The blocks of a message, as the objects Slack would get. */
export function blocksOf(call: RecordedCall | undefined): Array<Record<string, unknown>> {
  const blocks = call?.params.blocks;
  return Array.isArray(blocks) ? (blocks as Array<Record<string, unknown>>) : [];
}

/** The interactive elements of a message (buttons, menus), flattened. */
export function elementsOf(call: RecordedCall | undefined): Array<Record<string, unknown>> {
  return blocksOf(call).flatMap((b) =>
    Array.isArray(b.elements) ? (b.elements as Array<Record<string, unknown>>) : [],
  );
}

/** Sets up a report with one item, registered by an admin in the default workspace. */
export async function seedReport(h: SlackHarness, where: Where = {}): Promise<void> {
  await slash(
    h,
    'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
    where,
  );
  await slash(h, 'add OSAEC23 "Chief Constables should review training" due 31 October 2030', where);
}
