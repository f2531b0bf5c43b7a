import type { App, Context } from '@slack/bolt';
import { downloadFiles } from './files.ts';
import { publishHome } from './home.ts';
import { registerImportEdit } from './import-edit.ts';
import { openView, registerInteractions } from './interactions.ts';
import { SLASH_COMMAND } from './manifest.ts';
import { reportModal } from './modals.ts';
import type { Destination } from './reply-sender.ts';
import { registerResponsesForm } from './responses-edit.ts';
import { answeringOf, type RunInput, runCommand, type SlackEnv, sendOutcome } from './run.ts';
import { plainText, type SlackWho, stripBotMention } from './translate.ts';
import { uploadFiles } from './upload.ts';
import { registerViews } from './views.ts';

/** Every Slack entry point, each acknowledging first and answering after. */
export function registerListeners(app: App, env: SlackEnv): void {
  registerCommand(app, env);
  registerMessages(app, env);
  registerInteractions(app, env);
  registerViews(app, env);
  registerImportEdit(app, env);
  registerResponsesForm(app, env);
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    await publishHome(env, client, eventWho(context, event.user));
  });
  // An uninstall revokes every token; forgetting the installation stops requests failing with it.
  app.event('app_uninstalled', async ({ context }) => {
    await env.onUninstall?.(uninstallQuery(context));
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    if ((event.tokens.bot ?? []).length > 0) await env.onUninstall?.(uninstallQuery(context));
  });
}

/**
 * A typed command, from whichever entry point: run it, answer where it was typed, and refresh the
 * person's App Home after a change. Where Slack gave a trigger (a slash command), a reply offering
 * the `report new` form opens it as a modal instead (the trigger lasts 3 seconds).
 */
async function answerTyped(
  env: SlackEnv,
  run: RunInput,
  to: Destination,
  options: { share?: string; modal?: { triggerId: string; responseUrl: string } } = {},
): Promise<void> {
  const { client, who } = run;
  // A slow answer (an export's files) shows a progress line where the answer will go.
  const progress = (line: string) => void env.replies.deliver(client, to, [{ text: line, blocks: [] }]);
  const outcome = await runCommand(env, { ...run, progress });
  if (!outcome) return;
  if (options.modal && outcome.reply.form?.kind === 'report_new') {
    const { triggerId, responseUrl } = options.modal;
    await openView(env, client, triggerId, reportModal({ responseUrl }));
    return;
  }
  await sendOutcome(env, client, to, outcome, options.share);
  const files = outcome.reply.files;
  if (files && files.length > 0) {
    const channel = run.conversation?.id ?? (to.kind === 'respond' ? undefined : to.channel);
    const thread = to.kind !== 'respond' ? to.threadTs : undefined;
    const where = { channel, userId: who.userId, ...(thread ? { threadTs: thread } : {}) };
    const shared = await uploadFiles(client, where, files, outcome.reply.text, env);
    if (!shared) {
      await env.replies.deliver(client, to, [
        { text: 'I made the files but Slack would not take them. Please try again in a minute.', blocks: [] },
      ]);
    }
  }
  if (outcome.reply.kind === 'success') env.home.schedule(client, who);
}

function registerCommand(app: App, env: SlackEnv): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client, context }) => {
    // Slack waits 3 seconds for this; the work below happens after it.
    await ack();
    const who: SlackWho = {
      teamId: context.teamId ?? command.team_id,
      enterpriseId: context.enterpriseId ?? command.enterprise_id,
      teamName: command.team_domain,
      userId: command.user_id,
      userName: command.user_name,
    };
    const text = plainText(command.text);
    const answering = answeringOf(context);
    const run: RunInput = {
      client,
      who,
      text,
      ...answering,
      // A retried request carries the same trigger_id, so it names this invocation.
      key: `command:${command.trigger_id}`,
      botUserId: context.botUserId,
      conversation: { id: command.channel_id, name: command.channel_name },
    };
    await answerTyped(
      env,
      run,
      { kind: 'respond', respond, replaceOriginal: false, userId: who.userId, ...answering },
      {
        // Sharing only makes sense where others can see it: channels, not the DM with the app.
        ...(/^[CG]/.test(command.channel_id) ? { share: text } : {}),
        modal: { triggerId: command.trigger_id, responseUrl: command.response_url },
      },
    );
  });
}

function registerMessages(app: App, env: SlackEnv): void {
  // Direct messages: the whole message is a command; a shared file starts an import.
  app.message(async ({ message, body, client, context }) => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined && message.subtype !== 'file_share') return;
    if ('bot_id' in message && message.bot_id) return;
    const who = eventWho(context, message.user);
    const ids = (message.files ?? []).map((f) => f.id);
    let files: Awaited<ReturnType<typeof downloadFiles>> = { ok: true, files: [] };
    if (ids.length > 0) {
      files = await downloadFiles(client, context.botToken ?? '', ids, {
        maxBytes: env.maxFileBytes,
        extraHosts: env.trustedHosts,
        fetch: env.fetchUrl,
      });
    }
    const answering = answeringOf(context);
    const dm: Destination = { kind: 'channel', channel: message.channel, userId: who.userId, ...answering };
    if (!files.ok) {
      await env.replies.deliver(client, dm, [{ text: files.message, blocks: [] }]);
      return;
    }
    const run: RunInput = {
      client,
      who,
      // Newlines are kept: a multi-line paste after "report import" is the document itself.
      text: plainText(message.text ?? ''),
      key: `event:${body.event_id}`,
      ...answering,
      botUserId: context.botUserId,
      ...(files.files.length > 0 ? { files: files.files } : {}),
    };
    await answerTyped(env, run, dm);
  });

  // "@rectrack OSAEC23-5 done" in a channel: the same grammar, answered privately in place.
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!event.user || event.bot_id) return;
    const who = eventWho(context, event.user);
    const text = plainText(stripBotMention(event.text, context.botUserId));
    const answering = answeringOf(context);
    const run: RunInput = {
      client,
      who,
      text,
      ...answering,
      key: `event:${body.event_id}`,
      botUserId: context.botUserId,
      // Events carry the channel's id only; its name would cost a conversations.info call and a scope.
      conversation: { id: event.channel },
    };
    const threadTs = event.thread_ts;
    const here: Destination = {
      kind: 'ephemeral',
      channel: event.channel,
      userId: who.userId,
      ...(threadTs ? { threadTs } : {}),
      ...answering,
    };
    await answerTyped(env, run, here, { share: text });
  });
}

function eventWho(context: Context, userId: string): SlackWho {
  return { teamId: context.teamId, enterpriseId: context.enterpriseId, userId };
}

function uninstallQuery(context: Context) {
  return {
    ...(context.teamId ? { teamId: context.teamId } : {}),
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
    isEnterpriseInstall: context.isEnterpriseInstall === true,
  };
}
