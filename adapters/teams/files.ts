import type { DocumentFile } from '../../src/ports/documents.ts';
import type { UrlFetcher } from '../../src/ports/url-fetcher.ts';
import type { FileLink } from './translate.ts';

export type FileDownloadOptions = {
  /** Biggest file fetched; a larger one is refused without reading it all. */
  maxBytes: number;
  /** Exact `host:port`s trusted as they are (the tests' stand-in); everything else is checked. */
  trustedHosts: readonly string[];
  timeoutMs: number;
  /** The guarded fetcher (adapters/net): https, allowed hosts, public addresses, each redirect checked. */
  fetch: UrlFetcher;
};

export type Downloaded = { ok: true; files: DocumentFile[] } | { ok: false; message: string };

/**
 * Where Teams puts files sent to a bot, and where it has a bot upload one (consent.ts): the sender's OneDrive for Business, on SharePoint Online
 * (and its government clouds). A link anywhere else is not one Teams made.
 */
const FILE_HOSTS = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.cn'];

export function isTeamsFileHost(hostname: string): boolean {
  return FILE_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** SharePoint may send a download on to another of its hosts; more hops than this are not a download. */
const MAX_REDIRECTS = 3;

/**
 * Fetches files sent in the personal chat. Teams uploads them to the sender's OneDrive and gives a
 * pre-authenticated download URL, valid for a few minutes, that needs no token:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#receive-files-in-personal-chat
 * The URL is in the activity, so it is fetched only through the guarded fetcher.
 */
export async function downloadFiles(
  links: readonly FileLink[],
  options: FileDownloadOptions,
): Promise<Downloaded> {
  const files: DocumentFile[] = [];
  for (const link of links) {
    const fetched = await options.fetch(link.downloadUrl, {
      allowsHost: isTeamsFileHost,
      trustedHosts: options.trustedHosts,
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs,
      maxRedirects: MAX_REDIRECTS,
    });
    if (fetched.ok) {
      files.push({ name: link.name, bytes: fetched.bytes });
      continue;
    }
    switch (fetched.refusal) {
      case 'too_large':
        return {
          ok: false,
          message: `${link.name} is larger than ${Math.round(options.maxBytes / 1e6)} MB; send a smaller file.`,
        };
      case 'http_status':
        // The link expires after a few minutes; a retry from Teams after that fails here.
        return {
          ok: false,
          message: `Teams wouldn't give me ${link.name} (HTTP ${fetched.status}); please send it again.`,
        };
      case 'timeout':
      case 'network':
        return { ok: false, message: `I couldn't download ${link.name} from Teams; please send it again.` };
      default:
        return { ok: false, message: `I can't download ${link.name}: Teams gave me a link I don't trust.` };
    }
  }
  return { ok: true, files };
}
