import type { webApi } from '@slack/bolt';

/**
 * Finding our own posts again by their message metadata (https://docs.slack.dev/messaging/message-metadata/),
 * when an earlier attempt's outcome is unknown: a digest part by its run id, a command's answer by its
 * inbox entry id. Read from the channel's history since that attempt began.
 */

/** Looking starts this long before the attempt began: our clock and Slack's differ. */
const CLOCK_MARGIN_MS = 10 * 60_000;
const HISTORY_PAGE = 200;
const HISTORY_PAGES = 5;
export const HISTORY_LIMIT = HISTORY_PAGE * HISTORY_PAGES;

/** One tagged message: its metadata's event_payload and its ts. */
export type Tagged = { payload: unknown; ts: string };

/**
 * The messages in `channel` since `since` whose metadata has `eventType` (conversations.history with
 * include_all_metadata). `complete` is false when more than HISTORY_LIMIT messages came since, so
 * what was not found may still be there. Slack's errors are thrown as they come.
 */
export async function findTagged(
  client: webApi.WebClient,
  channel: string,
  eventType: string,
  since: string,
): Promise<{ found: Tagged[]; complete: boolean }> {
  const found: Tagged[] = [];
  const oldest = ((Date.parse(since) - CLOCK_MARGIN_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const answer = await client.conversations.history({
      channel,
      oldest,
      include_all_metadata: true,
      limit: HISTORY_PAGE,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of answer.messages ?? []) {
      if (message.metadata?.event_type === eventType) {
        found.push({ payload: message.metadata.event_payload, ts: message.ts ?? '' });
      }
    }
    cursor = answer.response_metadata?.next_cursor;
    if (!answer.has_more || !cursor) return { found, complete: true };
  }
  return { found, complete: false };
}
