import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply as renderSlack } from '../../adapters/slack/render.ts';
import { MAX_MESSAGE_BYTES, renderReply as renderTeams, utf16Bytes } from '../../adapters/teams/render.ts';
import { DIGEST_LINES_IN_FULL, TOP_OVERDUE } from '../../src/core/digest/summary.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Store } from '../../src/ports/store.ts';
import { anItem } from '../contract/store-fixtures.ts';
import { cardProblems } from '../support/adaptive-card-rules.ts';
import { messageProblems } from '../support/block-kit-rules.ts';
import { type DigestHarness, OPS, openDigestHarness, RECS } from '../support/digest-harness.ts';

const OVERDUE = DIGEST_LINES_IN_FULL + 100;

/**
 * A slot's digests over a workspace too big to post item by item: summarised (counts per report and
 * owner, the longest overdue, and the lists that hold the rest), and read from one snapshot of the
 * workspace shared by every subscription of the slot.
 */
describe(`a digest slot over ${OVERDUE} overdue items`, () => {
  let h: DigestHarness;
  let reads = 0;
  let whole: Reply;
  let narrowed: Reply;
  beforeAll(async () => {
    h = await openDigestHarness('sqlite');
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023');
    await h.say('alice', 'report new "Custody inspection" key CUST24 published 1 January 2024');
    await h.say('alice', 'add CUST24 "Improve custody records" due 5 March 2024');
    await h.say('alice', 'assign CUST24-1 @bob');
    await h.say('alice', 'digest weekly Monday 9am', { channel: RECS });
    await h.say('alice', 'digest weekly Monday 9am for CUST24', { channel: OPS });
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    const report = workspace && (await h.store.reports.findByKey(workspace.id, 'OSAEC23'));
    if (!report) throw new Error('no report');
    await h.store.transaction(async (tx) => {
      for (let n = 1; n <= OVERDUE; n++) {
        await tx.items.insert(
          anItem(report, {
            id: `item-${n}`,
            ref: String(n),
            number: n,
            status: 'in_progress',
            dueOn: `2024-0${1 + (n % 2)}-${String(1 + (n % 28)).padStart(2, '0')}`,
          }),
        );
      }
    });
    // Count how often the slot reads a workspace's items (inside the snapshot's transaction) and its changes.
    const store = h.store as Store;
    const counting = (items: Store['items']) => {
      const list = items.listMatching.bind(items);
      items.listMatching = (...args) => {
        reads++;
        return list(...args);
      };
    };
    counting(store.items);
    const transaction = store.transaction.bind(store);
    store.transaction = (fn) =>
      transaction((tx) => {
        counting(tx.items);
        return fn(tx);
      });
    const since = store.updates.listSince.bind(store.updates);
    store.updates.listSince = (...args) => {
      reads++;
      return since(...args);
    };
    await h.at('2024-03-18T09:00:00Z');
    const posted = (address: typeof RECS) =>
      h.out.channel().find((s) => JSON.stringify(s.to).includes(address.address.channel))?.reply;
    const first = posted(RECS);
    const second = posted(OPS);
    if (!first || !second) throw new Error(`posted ${h.out.channel().length}`);
    whole = first;
    narrowed = second;
  });
  afterAll(() => h.close());

  const texts = (reply: Reply) => reply.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
  const lines = (reply: Reply) => reply.blocks.flatMap((b) => (b.type === 'items' ? b.items : []));

  it('reads the workspace once for both subscriptions: its items, then its changes', () => {
    expect(reads).toBe(2);
  });

  it('summarises: counts per report and owner, the longest overdue, and the lists with the rest', () => {
    expect(whole.text).toContain(`${OVERDUE + 1} overdue`);
    expect(texts(whole)).toContain(
      `This digest is summarised: its ${OVERDUE + 1} items are too many to post one by one. Below are the counts and the ${TOP_OVERDUE} longest overdue; the lists below page through the rest.`,
    );
    expect(texts(whole)).toContain(`Overdue by report:\nOSAEC23: ${OVERDUE}\nCUST24: 1`);
    expect(texts(whole)).toContain(`Overdue by owner:\nunassigned: ${OVERDUE}\nbob: 1`);
    expect(lines(whole)).toHaveLength(TOP_OVERDUE);
    expect(lines(whole)[0]?.dueText).toBe('77 days overdue');
    const choices = whole.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));
    expect(choices.map((c) => c.command)).toEqual(['overdue', 'due soon', 'status blocked']);
  });

  it('keeps a narrower subscription whole, and its lists narrowed as it is', () => {
    expect(lines(narrowed).map((l) => l.ref)).toEqual(['CUST24-1']);
    expect(texts(narrowed).some((t) => t.startsWith('This digest is summarised'))).toBe(false);
  });

  it('fits one Slack message and one Teams card, within their rules', () => {
    const slack = renderSlack(whole);
    expect(slack).toHaveLength(1);
    for (const message of slack) expect(messageProblems(message)).toEqual([]);
    const teams = renderTeams(whole, { personal: false });
    for (const message of teams) {
      expect(cardProblems(message.card)).toEqual([]);
      expect(utf16Bytes(message.card)).toBeLessThan(MAX_MESSAGE_BYTES);
    }
    expect(teams.length).toBeLessThanOrEqual(2);
  });
});
