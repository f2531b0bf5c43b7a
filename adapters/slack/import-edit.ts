import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
  ViewSubmitAction,
} from '@slack/bolt';
import { deadlineFieldProblem } from '../../src/core/grammar/import-items.ts';
import { ACTION, VIEW } from './actions.ts';
import { describeSlackError } from './errors.ts';
import { changedDue, importEditCommands, importEditModal, readImportEdit } from './import-form.ts';
import { destinationOf, openView, whoClicked } from './interactions.ts';
import { decodeContext } from './modals.ts';
import { runCommand, type SlackEnv, sendOutcome } from './run.ts';
import { submit } from './views.ts';

type ActionArgs<A extends BlockAction['actions'][number]> = SlackActionMiddlewareArgs<BlockAction<A>> &
  AllMiddlewareArgs;

/**
 * The import preview's "Edit…": the button opens a modal on an item (`import show REF` gives its text
 * and deadline), choosing another item redraws the modal for it, and submitting runs the same
 * commands a person could type. Each step acknowledges first, as Slack waits 3 seconds.
 */
export function registerImportEdit(app: App, env: SlackEnv): void {
  app.action<BlockAction<ButtonAction>>(ACTION.openImportEdit, async (args) => {
    await args.ack();
    await openEdit(env, args, args.action.value ?? '');
  });
  app.action<BlockAction<StaticSelectAction>>(ACTION.importItem, async (args) => {
    await args.ack();
    await redraw(env, args, args.action.selected_option.value);
  });
  app.view<ViewSubmitAction>(VIEW.importEdit, async (args) => {
    const context = decodeContext(args.view.private_metadata);
    const edit = readImportEdit(args.view.state.values);
    if (!edit.ok) {
      await args.ack({ response_action: 'errors', errors: edit.errors });
      return;
    }
    const commands = importEditCommands(edit, context);
    if (commands.length === 0) {
      const errors = {
        item: 'Nothing changed: edit the text or the deadline, or choose what to do with it.',
      };
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    // A deadline the grammar can't read goes back into the modal, before any command is applied.
    const dates = { now: env.deps.clock.now(), timeZone: env.deps.defaultTimeZone };
    const due = changedDue(edit, context);
    const problem = due === undefined ? undefined : deadlineFieldProblem(due, dates);
    if (problem) {
      await args.ack({ response_action: 'errors', errors: { [`due_${edit.ref}`]: problem } });
      return;
    }
    await submit(env, args, { ok: true, commands });
  });
}

/** `text` is the button's `import show REF`: its answer carries the form the modal is drawn from. */
async function openEdit(env: SlackEnv, args: ActionArgs<ButtonAction>, text: string): Promise<void> {
  const { body, client, context } = args;
  const who = whoClicked(body, context);
  const outcome = await runCommand(env, { client, who, text });
  if (!outcome) return;
  const to = destinationOf(body, args.respond, who.userId);
  const form = outcome.reply.form;
  // No import waiting (it expired, or it is someone else's preview): say so instead of a modal.
  if (form?.kind !== 'import' || !form.item) {
    await sendOutcome(env, client, to, outcome);
    return;
  }
  const where = to.kind === 'respond' ? { responseUrl: body.response_url, replace: to.replaceOriginal } : {};
  await openView(env, client, body.trigger_id, importEditModal(form, where));
}

async function redraw(env: SlackEnv, args: ActionArgs<StaticSelectAction>, ref: string): Promise<void> {
  const { body, client, context } = args;
  const view = body.view;
  if (!view) return;
  const outcome = await runCommand(env, {
    client,
    who: whoClicked(body, context),
    text: `import show ${ref}`,
  });
  const form = outcome?.reply.form;
  if (form?.kind !== 'import' || !form.item) {
    env.logger.info('import edit modal not redrawn', { ref, code: outcome?.reply.code });
    return;
  }
  const { responseUrl, replace } = decodeContext(view.private_metadata);
  const where = { ...(responseUrl ? { responseUrl } : {}), ...(replace ? { replace } : {}) };
  try {
    // The hash makes Slack refuse the update if the view changed meanwhile (a newer choice won).
    await client.views.update({ view_id: view.id, hash: view.hash, view: importEditModal(form, where) });
  } catch (error) {
    env.logger.warn('import edit modal not redrawn', { code: describeSlackError(error).code });
  }
}
