import { renderReply } from '../../adapters/console/render.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { createScheduler, type Scheduler } from '../../adapters/scheduler/scheduler.ts';
import type { DeliveryPolicy } from '../../src/core/digest/policy.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { ChannelPost, DeliveryMember, DeliveryWorkspace, Messenger } from '../../src/ports/messenger.ts';
import { type Harness, openHarness, type StoreKind } from './core-harness.ts';
import { silentLogger } from './silent-logger.ts';

/** One message a messenger was asked to send, and what the clock said then. */
export type Sent = {
  kind: 'channel' | 'direct';
  to: string;
  text: string;
  reply: Reply;
  at: string;
  /** What the scheduler said about a channel post: its run, and whether an earlier attempt is unconfirmed. */
  post?: ChannelPost;
};

/** What the next send of a kind does instead of succeeding: throw, or (direct messages) find nobody. */
export type Behaviour = (to: string) => Error | 'unreachable' | undefined;

/** A Messenger that records what it sends (as the console would print it) and can be told to fail. */
export function createRecordingMessenger(now: () => Date) {
  const sent: Sent[] = [];
  const behaviours: Record<Sent['kind'], Behaviour[]> = { channel: [], direct: [] };
  const record = (kind: Sent['kind'], to: string, reply: Reply, post?: ChannelPost) => {
    const behaviour = behaviours[kind].shift()?.(to);
    if (behaviour instanceof Error) throw behaviour;
    if (behaviour === 'unreachable') return 'unreachable' as const;
    const text = renderReply(reply, { color: false }).text;
    sent.push({ kind, to, text, reply, at: now().toISOString(), ...(post ? { post } : {}) });
    return 'sent' as const;
  };
  const messenger: Messenger = {
    async postToChannel(_workspace: DeliveryWorkspace, address: unknown, reply: Reply, post?: ChannelPost) {
      record('channel', JSON.stringify(address), reply, post);
      return { refs: [`post-${sent.length}`] };
    },
    async sendDirect(_workspace: DeliveryWorkspace, member: DeliveryMember, reply: Reply) {
      return record('direct', member.displayName, reply);
    },
  };
  return {
    messenger,
    sent,
    /** The next sends of this kind behave like this, in order; after them, sends succeed again. */
    script(kind: Sent['kind'], ...next: Behaviour[]) {
      behaviours[kind].push(...next);
    },
    channel: () => sent.filter((s) => s.kind === 'channel'),
    direct: () => sent.filter((s) => s.kind === 'direct'),
  };
}

export type RecordingMessenger = ReturnType<typeof createRecordingMessenger>;

export const RECS = { address: { platform: 'console', channel: 'recs' }, name: 'recs' };
export const OPS = { address: { platform: 'console', channel: 'ops' }, name: 'ops' };

export type DigestHarness = Harness & {
  out: RecordingMessenger;
  /** A scheduler instance over the same store; each has its own lease owner name. */
  scheduler(instance?: string, policy?: Partial<DeliveryPolicy>): Scheduler;
  /** One tick of the default instance. */
  tick(): ReturnType<Scheduler['tick']>;
  /** Moves the clock to `iso` and ticks. */
  at(iso: string): ReturnType<Scheduler['tick']>;
};

/** The core harness (console workspace) with a scheduler and a recording messenger for it. */
export async function openDigestHarness(kind: StoreKind, start = new Date('2024-03-14T10:00:00Z')) {
  const h = await openHarness(kind, start);
  const out = createRecordingMessenger(() => h.clock.now());
  const schedules = createCronCalendar();
  const scheduler = (instance = 'instance-a', policy: Partial<DeliveryPolicy> = {}) =>
    createScheduler({
      store: h.store,
      clock: h.clock,
      schedules,
      messengers: { console: out.messenger },
      logger: silentLogger,
      instance,
      policy,
    });
  const main = scheduler();
  const harness: DigestHarness = {
    ...h,
    out,
    scheduler,
    tick: () => main.tick(),
    at: (iso) => {
      h.clock.set(new Date(iso));
      return main.tick();
    },
  };
  return harness;
}

/** Registers two reports and items in every state a digest reports on (as alice, the admin). */
export async function seedRecommendations(h: Harness): Promise<void> {
  const say = async (text: string, options = {}) => {
    const reply = await h.say('alice', text, options);
    if (reply.kind === 'problem') throw new Error(`${text} -> ${reply.text}`);
  };
  await say(
    'report new "Online CSAE inspection" key OSAEC23 published 1 February 2024 publisher HMICFRS s55',
  );
  await say('add OSAEC23 "Chief Constables should review training" due 1 March 2024');
  await say('add OSAEC23 "Forces should publish their plans" due 10 March 2024');
  await say('add OSAEC23 "Forces should share data" due 25 March 2024');
  await say('add OSAEC23 "Forces should adopt the national tool" due 30 June 2024');
  await say('report new "Custody inspection" key CUST24 published 1 January 2024 publisher HMICFRS');
  await say('add CUST24 "Improve custody records" due 5 March 2024');
  await say('assign OSAEC23-1 @bob');
  await say('assign OSAEC23-2 @carol');
  await say('assign OSAEC23-3 @bob');
  await say('assign OSAEC23-4 @carol');
  await say('assign CUST24-1 @bob');
  await say('OSAEC23-4 blocked: the national tool is not yet published');
}
