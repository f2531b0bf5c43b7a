import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply as renderSlack } from '../../adapters/slack/render.ts';
import { MAX_MESSAGE_BYTES, renderReply as renderTeams, utf16Bytes } from '../../adapters/teams/render.ts';
import type { Member } from '../../src/core/model/entities.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { aMember, anItem } from '../contract/store-fixtures.ts';
import { type DigestHarness, openDigestHarness, RECS } from '../support/digest-harness.ts';

const OVERDUE = 500;

/** A digest of 500 overdue items, as the scheduler builds it, through each platform's renderer. */
describe('a digest of 500 overdue items', () => {
  let h: DigestHarness;
  let reply: Reply;
  beforeAll(async () => {
    h = await openDigestHarness('sqlite');
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023');
    await h.say('alice', 'report new "Custody inspection" key CUST24 published 1 January 2024');
    await h.say('alice', 'digest weekly Monday 9am skip empty', { channel: RECS });
    const workspace = await h.store.workspaces.findByExternal('console', 'local');
    const reports = await h.store.reports.list(workspace?.id ?? '');
    const owners: Member[] = [];
    for (let i = 0; i < 20; i++) {
      owners.push(
        aMember(workspace?.id ?? '', { id: `owner-${i}`, externalId: `U${i}`, displayName: `Owner ${i}` }),
      );
    }
    await h.store.transaction(async (tx) => {
      for (const owner of owners) await tx.members.insert(owner);
      for (let n = 1; n <= OVERDUE; n++) {
        const report = reports[n % 2];
        if (!report) throw new Error('no report');
        await tx.items.insert(
          anItem(report, {
            id: `item-${n}`,
            ref: String(n),
            number: n,
            text: `Recommendation ${n}: chief constables should make sure that every officer who deals with this kind of case has had the training, and that supervisors check it is used.`,
            ownerId: n % 7 === 0 ? null : (owners[n % owners.length]?.id ?? null),
            status: 'in_progress',
            dueOn: `2024-0${1 + (n % 2)}-${String(1 + (n % 28)).padStart(2, '0')}`,
          }),
        );
      }
    });
    const started = performance.now();
    await h.at('2024-03-18T09:00:00Z');
    const posted = h.out.channel()[0];
    if (!posted) throw new Error('nothing posted');
    reply = posted.reply;
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  afterAll(() => h.close());

  const refsIn = (text: string) => [...text.matchAll(/\b(?:OSAEC23|CUST24)-\d+\b/g)].map((m) => m[0]);

  it('keeps every item, in groups no bigger than an adapter can split', () => {
    expect(reply.text).toContain('500 overdue');
    const lists = reply.blocks.flatMap((b) => (b.type === 'items' ? [b] : []));
    expect(lists.every((b) => b.items.length <= 25)).toBe(true);
    expect(lists.flatMap((b) => b.items.map((i) => i.ref)).sort()).toHaveLength(OVERDUE);
    // Each block stays well under a Teams card, so any adapter can start a new message between blocks.
    expect(Math.max(...reply.blocks.map((b) => utf16Bytes(b)))).toBeLessThan(MAX_MESSAGE_BYTES / 2);
  });

  it('splits into Slack messages of at most 50 blocks, losing no item', () => {
    const messages = renderSlack(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.text.length).toBeLessThanOrEqual(3000);
      for (const block of message.blocks) {
        if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      }
    }
    const refs = messages.flatMap((m) => refsIn(JSON.stringify(m.blocks)));
    expect(new Set(refs).size).toBe(OVERDUE);
    expect(refs).toHaveLength(OVERDUE);
  });

  it('splits into Teams messages within the card size limit, losing no item', () => {
    const messages = renderTeams(reply, { personal: false });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(utf16Bytes(message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    const refs = messages.flatMap((m) => refsIn(JSON.stringify(m.card)));
    expect(new Set(refs).size).toBe(OVERDUE);
  });
});
