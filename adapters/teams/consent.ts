import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import { info, problem, type Reply } from '../../src/core/reply/reply.ts';
import { DOWNLOAD_TTL_MS, type HeldFile } from './downloads.ts';
import { isTeamsFileHost } from './files.ts';
import { chatLinkFor, renderReply } from './render.ts';
import { sendActivities, sendMessages } from './reply-sender.ts';
import type { TeamsEnv } from './run.ts';
import type { TeamsActivity } from './translate.ts';

/*
 * Exports in the personal chat: a file consent card per file; once the person accepts, Teams gives an
 * upload URL in their OneDrive, rectrack PUTs the bytes there and shows a file info card.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#send-files-to-personal-chat
 */

export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
const CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
/** The upload's answer is a small JSON description of the new file; nothing larger is read. */
const MAX_ANSWER_BYTES = 64 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;

/** One message per file, each a consent card naming it; the held file's id comes back on accept or decline. */
export function consentCards(held: readonly HeldFile[]): Partial<Activity>[] {
  return held.map(({ id, file }) => ({
    type: ActivityTypes.Message,
    summary: `${file.name}: accept to save it to your OneDrive`,
    attachments: [
      {
        contentType: CONSENT_CARD,
        name: file.name,
        content: {
          description: `${file.name} (${sizeText(file)}), from rectrack`,
          sizeInBytes: file.bytes.byteLength,
          acceptContext: { file: id },
          declineContext: { file: id },
        },
      },
    ],
  }));
}

const consentValue = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.object({ file: z.string() }),
  uploadInfo: z
    .object({
      uploadUrl: z.string(),
      contentUrl: z.string(),
      name: z.string(),
      uniqueId: z.string(),
      fileType: z.string(),
    })
    .optional(),
});

/** The person pressed Allow or Decline on a consent card: upload the file, or say it was not sent. */
export async function onFileConsent(env: TeamsEnv, context: TurnContext, activity: TeamsActivity) {
  const value = consentValue.safeParse(activity.value);
  const file = value.success ? env.downloads.take(value.data.context.file) : undefined;
  const say = (reply: Reply) =>
    sendMessages(
      context,
      renderReply(reply, {
        personal: true,
        maxBytes: env.maxMessageBytes,
        chatLink: chatLinkFor(activity.recipient.id),
      }),
      env.logger,
    );
  if (!value.success || !file) {
    const minutes = Math.round(DOWNLOAD_TTL_MS / 60000);
    await say(
      problem(
        'file.expired',
        `That file is no longer held (files are kept ${minutes} minutes). Export it again.`,
      ),
    );
  } else if (value.data.action === 'decline') {
    await say(info(`OK, I did not send ${file.name}.`));
  } else if (!value.data.uploadInfo) {
    await say(problem('file.upload', `Teams gave me nowhere to put ${file.name}. Export it again.`));
  } else {
    const upload = value.data.uploadInfo;
    const failure = await uploadFile(env, upload.uploadUrl, file);
    if (failure) {
      env.logger.warn('teams file upload failed', { file: file.name, reason: failure });
      await say(problem('file.upload', `I couldn't save ${file.name} to your OneDrive. Export it again.`));
    } else {
      await sendActivities(context, [fileInfoCard(upload)], env.logger);
    }
  }
  // Teams waits for this answer; the outcome is in the chat, so there is nothing to put in it.
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
}

/**
 * One PUT of the whole file, with the Content-Range an upload session expects. The URL came in the
 * invoke, so it goes through the guarded fetcher: https, SharePoint hosts only, no redirects.
 * Answers undefined when it was stored, or why not.
 */
async function uploadFile(env: TeamsEnv, url: string, file: ExportFile): Promise<string | undefined> {
  const size = file.bytes.byteLength;
  const sent = await env.files.fetch(url, {
    allowsHost: isTeamsFileHost,
    trustedHosts: env.files.trustedHosts,
    upload: { method: 'PUT', body: file.bytes },
    headers: { 'content-length': String(size), 'content-range': `bytes 0-${size - 1}/${size}` },
    maxBytes: MAX_ANSWER_BYTES,
    timeoutMs: UPLOAD_TIMEOUT_MS,
    maxRedirects: 0,
  });
  return sent.ok ? undefined : `${sent.refusal}: ${sent.detail}`;
}

function fileInfoCard(upload: { contentUrl: string; name: string; uniqueId: string; fileType: string }) {
  return {
    type: ActivityTypes.Message,
    summary: `Saved ${upload.name} to your OneDrive`,
    attachments: [
      {
        contentType: FILE_INFO_CARD,
        contentUrl: upload.contentUrl,
        name: upload.name,
        content: { uniqueId: upload.uniqueId, fileType: upload.fileType },
      },
    ],
  };
}

function sizeText(file: ExportFile): string {
  const kb = file.bytes.byteLength / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}
