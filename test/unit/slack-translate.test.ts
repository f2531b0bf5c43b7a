import { describe, expect, it } from 'vitest';
import { describeSlackError, withRateLimitRetry } from '../../adapters/slack/errors.ts';
import { createPeople, type People } from '../../adapters/slack/people.ts';
import {
  mentionedUserIds,
  plainText,
  stripBotMention,
  workspaceKey,
} from '../../adapters/slack/translate.ts';
import { createDeliveryGuard } from '../../src/core/redelivery-guard.ts';
import { createFixedClock } from '../support/fixed-clock.ts';

describe('Slack payload translation', () => {
  it.each([
    ['OSAEC23-5 done &amp; dusted', 'OSAEC23-5 done & dusted'],
    ['evidence <https://example.org/a?b=1&amp;c=2>', 'evidence https://example.org/a?b=1&c=2'],
    ['see <https://example.org|the report>', 'see https://example.org'],
    ['assign OSAEC23-5 <@U123ABC|alice>', 'assign OSAEC23-5 <@U123ABC>'],
    ['digest in <#C024BE7LR|general>', 'digest in #general'],
    ['ping <!here> and <!subteam^S123|@leads>', 'ping @here and @leads'],
    ['mail <mailto:a@b.org|a@b.org>', 'mail a@b.org'],
    ['due &lt;soon&gt;', 'due <soon>'],
  ])('plainText(%j) is %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  it.each([
    ['<@UBOT> mine', 'UBOT', 'mine'],
    ['<@UBOT|rectrack>: OSAEC23-5 done', 'UBOT', 'OSAEC23-5 done'],
    ['what is overdue <@UBOT>', 'UBOT', 'what is overdue'],
    ['assign OSAEC23-5 <@U0BOB>', 'UBOT', 'assign OSAEC23-5 <@U0BOB>'],
    ['<@U0LAN0Z89> is it everything a river should be?', undefined, 'is it everything a river should be?'],
  ])('stripBotMention(%j, %j) is %j', (text, bot, expected) => {
    expect(stripBotMention(text, bot)).toBe(expected);
  });

  it('finds each mentioned user once, including Enterprise Grid W ids', () => {
    expect(mentionedUserIds('assign <@U1> and <@W2|bob>, not <#C3|x>, again <@U1>')).toEqual(['U1', 'W2']);
  });

  it('keys a workspace by team, inside its Grid org when there is one', () => {
    expect(workspaceKey('T1', undefined)).toBe('T1');
    expect(workspaceKey('T1', 'E1')).toBe('T1');
    expect(workspaceKey(undefined, 'E1')).toBe('E1');
  });
});

describe('users.info cache', () => {
  function fakeClient(answers: Array<Record<string, unknown> | Error>) {
    const calls: string[] = [];
    const client = {
      users: {
        info: async ({ user }: { user: string }) => {
          calls.push(user);
          const next = answers.shift();
          if (next instanceof Error) throw next;
          return next ?? { ok: true, user: { id: user, name: user } };
        },
      },
    } as unknown as Parameters<People['lookup']>[0];
    return { client, calls };
  }

  it('reads a display name and admin flags once, then again after the entry expires', async () => {
    const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
    const people = createPeople({ clock, ttlMs: 60_000, maxEntries: 10 });
    const { client, calls } = fakeClient([
      {
        ok: true,
        user: {
          id: 'U1',
          name: 'al',
          is_owner: true,
          team_id: 'T1',
          enterprise_user: { enterprise_id: 'E1' },
          profile: { display_name: 'Alice' },
        },
      },
      { ok: true, user: { id: 'U1', name: 'al', real_name: 'Alice Smith', profile: { display_name: '' } } },
    ]);
    expect((await people.lookup(client, 'T1', 'U1')).person).toEqual({
      displayName: 'Alice',
      platformAdmin: true,
      timeZone: null,
      teamId: 'T1',
      enterpriseId: 'E1',
    });
    clock.advance(59_000);
    await people.lookup(client, 'T1', 'U1');
    expect(calls).toHaveLength(1);
    clock.advance(2_000);
    expect((await people.lookup(client, 'T1', 'U1')).person.displayName).toBe('Alice Smith');
    expect(calls).toHaveLength(2);
  });

  it('falls back to the payload name when users.info fails, and does not cache the failure', async () => {
    const people = createPeople({ clock: createFixedClock(new Date()), ttlMs: 60_000, maxEntries: 10 });
    const failure = Object.assign(new Error('An API error occurred: missing_scope'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'missing_scope', needed: 'users:read' },
    });
    const { client, calls } = fakeClient([failure]);
    const first = await people.lookup(client, 'T1', 'U1', 'alice');
    expect(first.person).toEqual({
      displayName: 'alice',
      platformAdmin: false,
      timeZone: null,
      teamId: null,
      enterpriseId: null,
    });

    expect(first.failure?.needsAdmin).toBe(true);
    await people.lookup(client, 'T1', 'U1', 'alice');
    expect(calls).toHaveLength(2);
  });

  it('keeps workspaces apart: the same user id in two teams is looked up twice', async () => {
    const people = createPeople({ clock: createFixedClock(new Date()), ttlMs: 60_000, maxEntries: 10 });
    const { client, calls } = fakeClient([]);
    await people.lookup(client, 'T1', 'U1');
    await people.lookup(client, 'T2', 'U1');
    expect(calls).toEqual(['U1', 'U1']);
  });
});

describe('the delivery guard', () => {
  it('lets a key through once until it expires', () => {
    const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
    const guard = createDeliveryGuard({ clock, ttlMs: 1000, maxEntries: 2 });
    expect(guard.claim('a')).toBe(true);
    expect(guard.claim('a')).toBe(false);
    clock.advance(1001);
    expect(guard.claim('a')).toBe(true);
  });

  it('forgets the oldest keys beyond its size', () => {
    const guard = createDeliveryGuard({ clock: createFixedClock(new Date()), ttlMs: 60_000, maxEntries: 2 });
    guard.claim('a');
    guard.claim('b');
    guard.claim('c');
    expect(guard.claim('a')).toBe(true);
    expect(guard.claim('c')).toBe(false);
  });
});

describe('Slack errors at the boundary', () => {
  const platform = (error: string) =>
    Object.assign(new Error(error), { code: 'slack_webapi_platform_error', data: { ok: false, error } });

  it.each([
    ['not_in_channel', true, false],
    ['channel_not_found', true, false],
    ['missing_scope', false, true],
    ['invalid_auth', false, true],
    ['token_revoked', false, true],
    ['msg_too_long', false, false],
  ])('%s: reply elsewhere %s, needs an admin %s', (name, unreachable, admin) => {
    const failure = describeSlackError(platform(name));
    expect(failure.code).toBe(name);
    expect(failure.unreachableConversation).toBe(unreachable);
    expect(failure.needsAdmin === true).toBe(admin);
    expect(failure.message).not.toMatch(/Error:|\n\s+at /);
  });

  it('waits as long as Retry-After says, then tries again; gives up after its retries', async () => {
    const waits: number[] = [];
    const limited = Object.assign(new Error('rate limited'), {
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 3,
    });
    let calls = 0;
    const result = await withRateLimitRetry(
      async () => {
        calls++;
        if (calls < 3) throw limited;
        return 'sent';
      },
      { retries: 3, maxWaitSeconds: 30, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('sent');
    expect(waits).toEqual([3000, 3000]);
    await expect(
      withRateLimitRetry(
        async () => {
          throw limited;
        },
        { retries: 1, maxWaitSeconds: 30, sleep: async () => {} },
      ),
    ).rejects.toBe(limited);
  });

  it('does not wait longer than it accepts', async () => {
    const limited = Object.assign(new Error('rate limited'), {
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 600,
    });
    const waits: number[] = [];
    await expect(
      withRateLimitRetry(
        async () => {
          throw limited;
        },
        { retries: 3, maxWaitSeconds: 30, sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toBe(limited);
    expect(waits).toEqual([]);
  });
});
