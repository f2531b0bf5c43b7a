import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/handle-message.ts';
import type { Store } from '../../src/ports/store.ts';
import { type SlackHarness, startSlackHarness, triggerId } from '../support/fake-slack-client.ts';
import { directMessage, eventCallback, slashFields } from '../support/fake-slack-payloads.ts';
import { blocksOf, seedReport, seen, slash } from '../support/fake-slack-steps.ts';

const SAME_WORKSPACE = { team: 'T0FENMARSH', enterprise: 'E0FENGRID' };

describe('rectrack in Slack: retries, isolation, slow work and Slack errors', () => {
  let h: SlackHarness;
  afterEach(() => h.close());

  it('a retried event (same event_id, X-Slack-Retry-Num) has one effect', async () => {
    h = await startSlackHarness();
    await seedReport(h);
    // A note, not a status: a second status change to the same status would change nothing anyway.
    const event = directMessage('OSAEC23-1 note: plan approved', 'EvRetry1', {
      ...SAME_WORKSPACE,
      user: 'W0ALICE01',
    });
    expect((await h.event(event)).status).toBe(200);
    await h.api.waitFor(() => h.api.callsTo('chat.postMessage').length === 1);
    expect((await h.event(event, { retryNum: 1 })).status).toBe(200);
    expect((await h.event(event, { retryNum: 2 })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    const history = seen(await slash(h, 'history OSAEC23-1'));
    expect(history.match(/plan approved/g)).toHaveLength(1);
  });

  it('a retry that reaches another instance (a restart, a second server) still applies once', async () => {
    h = await startSlackHarness();
    await seedReport(h);
    const other = await h.startAnotherInstance();
    const event = directMessage('OSAEC23-1 note: plan approved', 'EvRetry2', {
      ...SAME_WORKSPACE,
      user: 'W0ALICE01',
    });
    await h.event(event);
    await h.api.waitFor(() => h.api.callsTo('chat.postMessage').length === 1);
    expect((await h.event(event, { retryNum: 1, base: other })).status).toBe(200);
    // The other instance has no memory of the first delivery, but the shared inbox has it: the retry
    // is acknowledged and adds nothing, so the event is answered once and applied once.
    const entries = await h.app.db.selectFrom('inbox').select('key').execute();
    expect(entries.filter((e) => e.key.endsWith(':EvRetry2'))).toEqual([
      { key: 'event:T0FENMARSH:EvRetry2' },
    ]);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    const history = seen(await slash(h, 'history OSAEC23-1'));
    expect(history.match(/plan approved/g)).toHaveLength(1);
  });

  it('a retried slash command request (same trigger_id) is applied once', async () => {
    h = await startSlackHarness();
    await seedReport(h);
    const fields = slashFields('OSAEC23-1 note: called the lead', h.api.responseUrl('note'), 'trig.same');
    await h.command(fields);
    await h.api.waitFor(() => h.api.callsTo('response_url').find((c) => c.params.url === '/respond/note'));
    await h.command(fields, { retryNum: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo('response_url').filter((c) => c.params.url === '/respond/note')).toHaveLength(1);
    expect(seen(await slash(h, 'history OSAEC23-1')).match(/called the lead/g)).toHaveLength(1);
  });

  it('workspace A cannot read or change workspace B’s items', async () => {
    h = await startSlackHarness();
    await seedReport(h, SAME_WORKSPACE);
    const other = { team: 'T222', enterprise: null, user: 'U0MALLORY' };
    expect(seen(await slash(h, 'report OSAEC23', other))).toContain("There's no report with key OSAEC23");
    expect(seen(await slash(h, 'OSAEC23-1 done', other))).toContain("There's no report with key OSAEC23");
    expect(seen(await slash(h, 'reports', other))).toContain('No reports yet');
    // Through the Events API too: a DM from the other team finds nothing.
    await h.event(directMessage('OSAEC23-1 done', 'EvOther1', { team: 'T222', user: 'U0MALLORY' }));
    const dm = await h.api.waitFor(() => h.api.callsTo('chat.postMessage')[0]);
    expect(seen(dm)).toContain("There's no report with key OSAEC23");
    // A team that later joins an Enterprise Grid org keeps its data: the team id alone is the key.
    expect(seen(await slash(h, 'reports', { team: 'T0FENMARSH', enterprise: 'E999' }))).toContain('OSAEC23');
    expect(seen(await slash(h, 'OSAEC23-1', SAME_WORKSPACE))).toContain('*Status*\\nawaiting allocation');
  });

  it('refuses someone from another organisation in a shared (Slack Connect) channel', async () => {
    h = await startSlackHarness();
    await seedReport(h, SAME_WORKSPACE);
    h.api.addUser('U0GUEST', { name: 'guest', teamId: 'T999', enterpriseId: 'E999' });
    h.api.addUser('U0SISTER', { name: 'sister', teamId: 'T112', enterpriseId: 'E0FENGRID' });
    const guest = { ...SAME_WORKSPACE, user: 'U0GUEST' };
    const refused = seen(await slash(h, 'report OSAEC23', guest));
    expect(refused).toContain("works for this workspace's own people only");
    expect(refused).not.toContain('OSAEC23 ·');
    await slash(h, 'OSAEC23-1 note: from outside', guest);
    // Someone from another workspace of the same Enterprise Grid org is one of the organisation's own.
    expect(seen(await slash(h, 'history OSAEC23-1', { ...SAME_WORKSPACE, user: 'U0SISTER' }))).not.toContain(
      'from outside',
    );
  });

  it('acknowledges a slash command before slow work finishes, then answers', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let hold = false;
    const slow = (store: Store): Store => ({
      ...store,
      transaction: async (fn) => {
        if (hold) await gate;
        return store.transaction(fn);
      },
    });
    h = await startSlackHarness({ wrapStore: slow });
    hold = true;
    const events: string[] = [];
    const res = await h.command(slashFields('help', h.api.responseUrl('slow'), triggerId()));
    events.push(`ack ${res.status}`);
    expect(h.api.callsTo('response_url')).toEqual([]);
    release();
    await h.api.waitFor(() => h.api.callsTo('response_url').find((c) => c.params.url === '/respond/slow'));
    events.push('answered');
    expect(events).toEqual(['ack 200', 'answered']);
  });

  it('answers a 500-item report a page at a time, each within 50 blocks, losing no item', async () => {
    h = await startSlackHarness();
    await seedReport(h);
    const admin = {
      platform: 'slack' as const,
      workspace: { externalId: 'T0FENMARSH', name: 'fenmarsh-opcc' },
      actor: { externalId: 'W0ALICE01', displayName: 'Alice', platformAdmin: true },
    };
    for (let n = 2; n <= 500; n++) {
      await handleMessage(h.app.deps, {
        ...admin,
        text: `add OSAEC23 "Forces should carry out review number ${n} of the online safeguarding training" due 31 October 2030`,
      });
    }
    // 25 items a page: the first page and the last, each within Block Kit's limits, lose no item.
    const answers = async (command: string, url: string) => {
      await h.command(slashFields(command, h.api.responseUrl(url), triggerId()));
      await h.api.waitFor(() =>
        h.api.callsTo('response_url').some((c) => c.params.url === `/respond/${url}`),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      return h.api.callsTo('response_url').filter((c) => c.params.url === `/respond/${url}`);
    };
    const first = await answers('report OSAEC23', 'big');
    const last = await answers('report OSAEC23 page 20', 'last');
    for (const page of [...first, ...last]) {
      expect(blocksOf(page).length).toBeLessThanOrEqual(50);
      for (const block of blocksOf(page)) {
        const text = (block.text as { text?: string } | undefined)?.text ?? '';
        expect(text.length).toBeLessThanOrEqual(3000);
      }
    }
    const text = first.map(seen).join('\n');
    for (let n = 1; n <= 25; n++) expect(text).toContain(`*OSAEC23-${n}*`);
    expect(text).not.toContain('*OSAEC23-26*');
    expect(JSON.stringify(first)).toContain('report OSAEC23 page 2');
    const lastText = last.map(seen).join('\n');
    for (let n = 476; n <= 500; n++) expect(lastText).toContain(`*OSAEC23-${n}*`);
    const pages = first;
    expect(pages[0]?.params.response_type).toBe('ephemeral');
  });
});

describe('rectrack in Slack: Slack API errors become messages or retries, never crashes', () => {
  let h: SlackHarness;
  afterEach(() => h.close());

  it.each(['not_in_channel', 'channel_not_found'])(
    'a mention answered with %s goes to the person’s DM with a line saying why',
    async (error) => {
      h = await startSlackHarness();
      h.api.answerNext('chat.postEphemeral', { body: { ok: false, error } });
      await h.event(
        eventCallback(
          'app_mention.json',
          { text: '<@UBOT> help', user: 'W0ALICE01' },
          `Ev-${error}`,
          SAME_WORKSPACE,
        ),
      );
      const dm = await h.api.waitFor(() => {
        const posts = h.api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'W0ALICE01');
        return posts.length >= 2 && posts;
      });
      expect(seen(dm[0])).toMatch(
        error === 'not_in_channel' ? /Invite me with \/invite @rectrack/ : /can't see that conversation/,
      );
      expect(seen(dm[1])).toContain('report new');
    },
  );

  it('waits out a 429 for as long as Retry-After says, then delivers', async () => {
    h = await startSlackHarness();
    h.api.answerNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await h.event(directMessage('help', 'EvRate1', SAME_WORKSPACE));
    const calls = await h.api.waitFor(() => {
      const posts = h.api.callsTo('chat.postMessage');
      return posts.length >= 2 && posts;
    });
    const [first, second] = calls;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(seen(second)).toContain('report new');
  });

  it('tells the user when a permission is missing (missing_scope) and still answers', async () => {
    h = await startSlackHarness();
    h.api.answerNext('users.info', { body: { ok: false, error: 'missing_scope', needed: 'users:read' } });
    const reply = await slash(h, 'help');
    expect(seen(reply)).toContain('report new');
    expect(seen(reply)).toContain('missing a Slack permission (users:read)');
    expect(seen(reply)).toContain('reinstall');
  });

  it('tells the user when Slack rejects the token (invalid_auth) instead of going silent', async () => {
    h = await startSlackHarness();
    h.api.answerNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    h.api.answerNext('users.info', { body: { ok: false, error: 'invalid_auth' } });
    const reply = await slash(h, 'help');
    expect(seen(reply)).toContain("Slack rejected rectrack's token (invalid_auth)");
    expect(h.logs.some((l) => l.level === 'error' && /auth\.test/.test(l.message))).toBe(true);
  });

  it('falls back to the DM when the response_url has expired', async () => {
    h = await startSlackHarness();
    h.api.answerNext('response_url', { status: 404, body: { error: 'expired_url' } });
    await h.command(slashFields('help', h.api.responseUrl('expired'), triggerId()));
    const dm = await h.api.waitFor(() => {
      const posts = h.api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'W0ALICE01');
      return posts.length >= 2 && posts;
    });
    expect(seen(dm[0])).toContain('expired');
    await h.api.waitFor(() => h.api.callsTo('chat.postMessage').find((c) => seen(c).includes('report new')));
  });
});
