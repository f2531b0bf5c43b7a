import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockElementAction,
  ButtonAction,
  Context,
  OverflowAction,
  SlackActionMiddlewareArgs,
  UsersSelectAction,
  webApi,
} from '@slack/bolt';
import { problem, type Reply } from '../../src/core/reply/reply.ts';
import { ACTION, cardRefOf } from './actions.ts';
import { describeSlackError } from './errors.ts';
import { reportModal, updateModal } from './modals.ts';
import type { Destination } from './reply-sender.ts';
import { answeringOf, type Outcome, runCommand, type SlackEnv, sendOutcome } from './run.ts';
import type { SlackWho } from './translate.ts';

type ActionArgs<A extends BlockAction['actions'][number]> = SlackActionMiddlewareArgs<BlockAction<A>> &
  AllMiddlewareArgs;

/**
 * Clicks: every button, overflow entry and people picker sends a grammar command, so a click is the
 * same as typing it. Ack first (Slack waits 3 seconds), then work, then answer through response_url.
 */
export function registerInteractions(app: App, env: SlackEnv): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.commandPrefix}`), async (args) => {
    await args.ack();
    if (args.action.value) await onCommand(env, args, args.action.value);
  });
  app.action<BlockAction<OverflowAction>>(ACTION.more, async (args) => {
    await args.ack();
    await onCommand(env, args, args.action.selected_option.value);
  });
  app.action<BlockAction<UsersSelectAction>>(ACTION.assign, async (args) => {
    await args.ack();
    const ref = cardRefOf(args.action.block_id);
    if (ref) await onCommand(env, args, `assign ${ref} <@${args.action.selected_user}>`);
  });
  app.action<BlockAction<ButtonAction>>(ACTION.share, async (args) => {
    await args.ack();
    await onShare(env, args);
  });
  const openUpdate = new RegExp(`^(?:${ACTION.openUpdate}|${ACTION.openUpdateBlocked})$`);
  app.action<BlockAction<ButtonAction>>(openUpdate, async (args) => {
    // views.open must use the trigger within 3 seconds, so it comes straight after the ack.
    await args.ack();
    const [ref, preset] = (args.action.value ?? '').split('|');
    if (!ref) return;
    const to = destinationOf(args.body, args.respond, args.body.user.id);
    const context = {
      ...(to.kind === 'respond' ? { responseUrl: args.body.response_url, replace: to.replaceOriginal } : {}),
      ...(cardRefOf(args.action.block_id) ? { cardRef: ref } : {}),
    };
    await openView(
      env,
      args.client,
      args.body.trigger_id,
      updateModal(ref, context, preset === 'blocked' ? 'blocked' : undefined),
    );
  });
  app.action<BlockAction<ButtonAction>>(ACTION.openReport, async (args) => {
    await args.ack();
    const context = args.body.container.type === 'message' ? { responseUrl: args.body.response_url } : {};
    await openView(env, args.client, args.body.trigger_id, reportModal(context));
  });
  // Any other click (a button on a message from an older version, a block rectrack didn't make) would
  // go unacknowledged: Slack then answers 404 after 3 seconds and marks the button as failed, and the
  // person is left guessing. Acknowledge it and say that nothing happened.
  app.action<BlockAction<ButtonAction>>(NOT_OUR_ACTION, async (args) => {
    await args.ack();
    env.logger.info('slack click on an action that is not ours', { action: args.action.action_id });
    const reply = problem('card.unknown', NOT_OURS);
    const to = { ...destinationOf(args.body, args.respond, args.body.user.id), ...answeringOf(args.context) };
    await sendOutcome(env, args.client, to, { reply, notices: [] });
  });
}

const NOT_OURS = "That button isn't one of rectrack's, so I did nothing. Type help to see what I can do.";

// The action ids the listeners above handle; any other one is answered by the catch-all.
const OUR_ACTIONS = [
  ACTION.more,
  ACTION.share,
  ACTION.assign,
  ACTION.openUpdate,
  ACTION.openUpdateBlocked,
  ACTION.openReport,
  ACTION.openImportEdit,
  ACTION.importItem,
  ACTION.openResponses,
];
const NOT_OUR_ACTION = new RegExp(`^(?!${ACTION.commandPrefix}|(?:${OUR_ACTIONS.join('|')})$)`);

export async function openView(
  env: SlackEnv,
  client: webApi.WebClient,
  triggerId: string,
  view: Parameters<webApi.WebClient['views']['open']>[0]['view'],
): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view });
  } catch (error) {
    env.logger.warn('modal not opened', { code: describeSlackError(error).code });
  }
}

export function whoClicked(
  body: {
    team: { id: string; domain: string; enterprise_id?: string } | null;
    user: { id: string; username?: string; team_id?: string };
    enterprise?: { id: string };
  },
  context: Context,
): SlackWho {
  const who: SlackWho = {
    teamId: context.teamId ?? body.team?.id ?? body.user.team_id,
    enterpriseId: context.enterpriseId ?? body.team?.enterprise_id ?? body.enterprise?.id,
    userId: body.user.id,
  };
  if (body.team?.domain) who.teamName = body.team.domain;
  if (body.user.username) who.userName = body.user.username;
  return who;
}

/**
 * Where a click's answer goes: over the card it came from when that card is private (ephemeral, or in
 * the DM), as a new private message under a shared card, and to the DM from App Home.
 */
export function destinationOf(
  body: BlockAction,
  respond: ActionArgs<BlockElementAction>['respond'],
  userId: string,
): Destination {
  const container = body.container;
  if (container.type !== 'message' || !body.response_url) return { kind: 'channel', channel: userId, userId };
  const channel = typeof container.channel_id === 'string' ? container.channel_id : '';
  const replaceOriginal = container.is_ephemeral === true || channel.startsWith('D');
  return { kind: 'respond', respond, replaceOriginal, userId };
}

async function onCommand<A extends ButtonAction | OverflowAction | UsersSelectAction>(
  env: SlackEnv,
  args: ActionArgs<A>,
  command: string,
): Promise<void> {
  const { body, action, client, context } = args;
  const who = whoClicked(body, context);
  const key = `action:${action.action_ts}:${body.user.id}:${action.action_id}`;
  const answering = answeringOf(context);
  const outcome = await runCommand(env, {
    client,
    who,
    text: command,
    key,
    botUserId: context.botUserId,
    ...answering,
  });
  if (!outcome) return;
  const redrawn = await redrawCard(env, client, who, cardRefOf(action.block_id), outcome);
  await sendOutcome(env, client, { ...destinationOf(body, args.respond, who.userId), ...answering }, redrawn);
  if (body.container.type === 'view' || outcome.reply.kind === 'success') env.home.schedule(client, who);
}

/** After a change made from an item card, the card is shown again with the change in it. */
export async function redrawCard(
  env: SlackEnv,
  client: webApi.WebClient,
  who: SlackWho,
  cardRef: string | undefined,
  outcome: Outcome,
): Promise<Outcome> {
  if (!cardRef || outcome.reply.kind !== 'success') return outcome;
  const card = await runCommand(env, { client, who, text: cardRef });
  if (card?.reply.kind !== 'info') return outcome;
  const reply: Reply = { kind: 'success', text: outcome.reply.text, blocks: card.reply.blocks };
  return { reply, notices: outcome.notices };
}

/** Shares a read-only answer for everyone, then removes the private copy. */
async function onShare(env: SlackEnv, args: ActionArgs<ButtonAction>): Promise<void> {
  const { body, action, client, context, respond } = args;
  const command = action.value ?? '';
  const who = whoClicked(body, context);
  const key = `action:${action.action_ts}:${body.user.id}:${action.action_id}`;
  const answering = answeringOf(context);
  // Sharing runs the command again for the channel, so the core runs it only if it only reads.
  const outcome = await runCommand(env, {
    client,
    who,
    text: command,
    key,
    botUserId: context.botUserId,
    readOnly: true,
    ...answering,
  });
  if (!outcome?.reply.readOnly) return;
  await sendOutcome(
    env,
    client,
    { kind: 'respond', respond, replaceOriginal: false, inChannel: true, userId: who.userId, ...answering },
    outcome,
  );
  try {
    await respond({ delete_original: true });
  } catch (error) {
    env.logger.info('private copy not removed', { code: describeSlackError(error).code });
  }
}
