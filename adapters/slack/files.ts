import type { webApi } from '@slack/bolt';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { UrlFetcher } from '../../src/ports/url-fetcher.ts';
import { describeSlackError } from './errors.ts';

export type FileDownloadOptions = {
  /** Biggest file fetched; larger ones are refused before download. */
  maxBytes: number;
  /** Hosts that may receive the bot token besides Slack's own (the SLACK_API_URL host, for tests and proxies). */
  extraHosts: readonly string[];
  /** The guarded fetcher (adapters/net): https, Slack's hosts, public addresses, no redirects. */
  fetch: UrlFetcher;
};

export type Downloaded = { ok: true; files: DocumentFile[] } | { ok: false; message: string };

const TIMEOUT_MS = 30_000;

function isSlackHost(hostname: string): boolean {
  return hostname === 'slack.com' || hostname.endsWith('.slack.com') || hostname.endsWith('.slack-edge.com');
}

/**
 * Fetches files shared in a DM: files.info for the private URL, then that URL with the bot token
 * (https://docs.slack.dev/messaging/working-with-files#authenticating). The token only ever goes to
 * Slack's hosts, and no redirect is followed, so a crafted file record cannot send it elsewhere.
 */
export async function downloadFiles(
  client: webApi.WebClient,
  token: string,
  fileIds: readonly string[],
  options: FileDownloadOptions,
): Promise<Downloaded> {
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
    const tooBig = {
      ok: false as const,
      message: `${name} is larger than ${Math.round(options.maxBytes / 1e6)} MB; send a smaller file.`,
    };
    if ((file?.size ?? 0) > options.maxBytes) return tooBig;
    const fetched = await options.fetch(url, {
      allowsHost: isSlackHost,
      trustedHosts: options.extraHosts,
      headers: { authorization: `Bearer ${token}` },
      maxBytes: options.maxBytes,
      timeoutMs: TIMEOUT_MS,
      maxRedirects: 0,
    });
    if (fetched.ok) {
      files.push({ name, bytes: fetched.bytes });
      continue;
    }
    switch (fetched.refusal) {
      case 'too_large':
        return tooBig;
      case 'redirect':
      case 'http_status':
        // Without files:read Slack answers with a redirect to its sign-in page instead of the file.
        return {
          ok: false,
          message: `Slack wouldn't give me ${name} (HTTP ${fetched.status}); rectrack may need the files:read permission.`,
        };
      case 'timeout':
      case 'network':
        return { ok: false, message: `I couldn't download ${name} from Slack; please send it again.` };
      default:
        return { ok: false, message: `I can only download files stored in Slack.` };
    }
  }
  return { ok: true, files };
}
