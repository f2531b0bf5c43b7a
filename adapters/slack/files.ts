import type { webApi } from '@slack/bolt';
import type { DocumentFile } from '../../src/ports/documents.ts';
import { describeSlackError } from './errors.ts';

export type FileDownloadOptions = {
  /** Biggest file fetched; larger ones are refused before download. */
  maxBytes: number;
  /** Hosts that may receive the bot token besides Slack's own (the SLACK_API_URL host, for tests and proxies). */
  extraHosts: readonly string[];
  fetch?: typeof fetch;
};

export type Downloaded = { ok: true; files: DocumentFile[] } | { ok: false; message: string };

/**
 * Fetches files shared in a DM: files.info for the private URL, then that URL with the bot token
 * (https://docs.slack.dev/messaging/working-with-files#authenticating). The token only ever goes to
 * Slack's hosts, so a crafted file record cannot send it elsewhere.
 */
export async function downloadFiles(
  client: webApi.WebClient,
  token: string,
  fileIds: readonly string[],
  options: FileDownloadOptions,
): Promise<Downloaded> {
  const fetchFn = options.fetch ?? fetch;
  const files: DocumentFile[] = [];
  for (const id of fileIds) {
    let info: Awaited<ReturnType<webApi.WebClient['files']['info']>>;
    try {
      info = await client.files.info({ file: id });
    } catch (error) {
      return { ok: false, message: `I couldn't open that file: ${describeSlackError(error).message}` };
    }
    const file = info.file;
    const name = file?.name ?? file?.title ?? 'document';
    const url = file?.url_private_download ?? file?.url_private;
    if (!url) return { ok: false, message: `I couldn't find a download link for ${name}.` };
    if ((file?.size ?? 0) > options.maxBytes) {
      return {
        ok: false,
        message: `${name} is larger than ${Math.round(options.maxBytes / 1e6)} MB; send a smaller file.`,
      };
    }
    if (!trusted(url, options.extraHosts))
      return { ok: false, message: `I can only download files stored in Slack.` };
    const response = await fetchFn(url, {
      headers: { authorization: `Bearer ${token}` },
      redirect: 'manual',
    });
    // Without files:read Slack answers with a redirect to its sign-in page instead of the file.
    if (response.status !== 200) {
      return {
        ok: false,
        message: `Slack wouldn't give me ${name} (HTTP ${response.status}); rectrack may need the files:read permission.`,
      };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > options.maxBytes) {
      return {
        ok: false,
        message: `${name} is larger than ${Math.round(options.maxBytes / 1e6)} MB; send a smaller file.`,
      };
    }
    files.push({ name, bytes });
  }
  return { ok: true, files };
}

function trusted(url: string, extraHosts: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    host = parsed.host;
    if (extraHosts.includes(host)) return true;
    if (parsed.protocol !== 'https:') return false;
  } catch {
    return false;
  }
  const name = host.toLowerCase();
  return name === 'slack.com' || name.endsWith('.slack.com') || name.endsWith('.slack-edge.com');
}
