import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { problem, type Reply } from '../../src/core/reply/reply.ts';
import { VIEW } from './actions.ts';
import { redrawCard, whoClicked } from './interactions.ts';
import { decodeContext, reportCommand, type Submission, updateCommands } from './modals.ts';
import type { Destination } from './reply-sender.ts';
import { respondTo } from './reply-sender.ts';
import { combine, type Outcome, runCommand, type SlackEnv, sendOutcome } from './run.ts';
import type { SlackWho } from './translate.ts';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Modal submissions. Field problems go back into the modal (response_action "errors",
 * https://docs.slack.dev/surfaces/modals#displaying_errors); otherwise the modal closes at once and its
 * commands run after the ack, answering over the card the modal came from, or in the DM.
 */
export function registerViews(app: App, env: SlackEnv): void {
  app.view<ViewSubmitAction>(VIEW.update, async (args) => {
    const context = decodeContext(args.view.private_metadata);
    const ref = context.ref;
    await submit(env, args, ref ? updateCommands(ref, args.view.state.values) : { ok: true, commands: [] });
  });
  app.view<ViewSubmitAction>(VIEW.reportNew, async (args) => {
    await submit(env, args, reportCommand(args.view.state.values));
  });
  // A form rectrack doesn't know (a modal opened by an older version): unacknowledged, Slack would
  // show "We had some trouble connecting" after 3 seconds and keep it open. Close it and say why.
  app.view<ViewSubmitAction>(NOT_OUR_VIEW, async ({ ack, body, client, context }) => {
    await ack();
    env.logger.info('slack form that is not ours submitted', { callbackId: body.view.callback_id });
    const who = whoClicked(body, context);
    await sendOutcome(
      env,
      client,
      { kind: 'channel', channel: who.userId, userId: who.userId },
      { reply: problem('view.unknown', NOT_OUR_FORM), notices: [] },
    );
  });
}

const NOT_OUR_FORM =
  "That form isn't one of rectrack's, so nothing was saved. Type help to see what I can do.";
const NOT_OUR_VIEW = new RegExp(`^(?!(?:${Object.values(VIEW).join('|')})$)`);

export async function submit(env: SlackEnv, args: SubmitArgs, submission: Submission): Promise<void> {
  if (!submission.ok) {
    await args.ack({ response_action: 'errors', errors: submission.errors });
    return;
  }
  await args.ack();
  const { body, view, client, context } = args;
  const who = whoClicked(body, context);
  const replies: Reply[] = [];
  const notices = new Set<string>();
  for (const [i, text] of submission.commands.entries()) {
    // A view is submitted once; its id (with the command's place) names this delivery.
    const outcome = await runCommand(env, { client, who, text, key: `view:${view.id}:${i}` });
    if (!outcome) return;
    replies.push(outcome.reply);
    for (const notice of outcome.notices) notices.add(notice);
    if (outcome.reply.kind === 'problem') break;
  }
  if (replies.length === 0) return;
  const modal = decodeContext(view.private_metadata);
  const combined: Outcome = { reply: combine(replies), notices: [...notices] };
  const outcome = await redrawCard(env, client, who, modal.cardRef, combined);
  await sendOutcome(env, client, destination(env, who, modal.responseUrl, modal.replace === true), outcome);
  env.home.schedule(client, who);
}

function destination(
  env: SlackEnv,
  who: SlackWho,
  responseUrl: string | undefined,
  replace: boolean,
): Destination {
  const respond = responseUrl ? respondTo(responseUrl, env.trustedHosts) : undefined;
  if (respond) return { kind: 'respond', respond, replaceOriginal: replace, userId: who.userId };
  return { kind: 'channel', channel: who.userId, userId: who.userId };
}
