import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { ACTION, VIEW } from './actions.ts';
import { destinationOf, openView, whoClicked } from './interactions.ts';
import { decodeContext } from './modals.ts';
import { responsesCommands, responsesModal } from './responses-form.ts';
import { runCommand, type SlackEnv, sendOutcome } from './run.ts';
import { submit } from './views.ts';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Responses…" under an item card or a report: the button runs `responses REF` (the responses as they
 * are now) and opens the modal on its form; the submission runs the commands for what changed.
 */
export function registerResponsesForm(app: App, env: SlackEnv): void {
  app.action<BlockAction<ButtonAction>>(ACTION.openResponses, async (args) => {
    // views.open must use the trigger within 3 seconds, so the ack comes first.
    await args.ack();
    await openResponses(env, args, args.action.value ?? '');
  });
  app.view<ViewSubmitAction>(VIEW.responses, async (args) => {
    const context = decodeContext(args.view.private_metadata);
    await submit(env, args, responsesCommands(args.view.state.values, context));
  });
}

/** `text` is the button's `responses REF`: its answer carries the form, as the responses are now. */
async function openResponses(env: SlackEnv, args: ActionArgs, text: string): Promise<void> {
  const { body, client, context } = args;
  const who = whoClicked(body, context);
  const outcome = await runCommand(env, { client, who, text });
  if (!outcome) return;
  const to = destinationOf(body, args.respond, who.userId);
  const form = outcome.reply.form;
  // The item or report is gone (deleted meanwhile): say so instead of a modal.
  if (form?.kind !== 'responses') {
    await sendOutcome(env, client, to, outcome);
    return;
  }
  const where = to.kind === 'respond' ? { responseUrl: body.response_url, replace: to.replaceOriginal } : {};
  await openView(env, client, body.trigger_id, responsesModal(form, where));
}
