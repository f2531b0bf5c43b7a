import type { DocumentFile } from '../../src/ports/documents.ts';
import type { FileLink } from './translate.ts';

export type FileDownloadOptions = {
  /** Biggest file fetched; a larger one is refused without reading it all. */
  maxBytes: number;
  /** Hosts that may be fetched over plain http (the test stand-in); everything else must be https. */
  httpHosts: readonly string[];
  timeoutMs: number;
  fetch?: typeof fetch;
};

export type Downloaded = { ok: true; files: DocumentFile[] } | { ok: false; message: string };

/**
 * Fetches files sent in the personal chat. Teams uploads them to the sender's OneDrive and gives a
 * pre-authenticated download URL, valid for a few minutes, that needs no token:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#receive-files-in-personal-chat
 */
export async function downloadFiles(
  links: readonly FileLink[],
  options: FileDownloadOptions,
): Promise<Downloaded> {
  const fetchFn = options.fetch ?? fetch;
  const files: DocumentFile[] = [];
  const tooBig = (name: string) => ({
    ok: false as const,
    message: `${name} is larger than ${Math.round(options.maxBytes / 1e6)} MB; send a smaller file.`,
  });
  for (const link of links) {
    if (!allowed(link.downloadUrl, options.httpHosts)) {
      return { ok: false, message: `I can't download ${link.name}: Teams gave me a link I don't trust.` };
    }
    let response: Response;
    try {
      response = await fetchFn(link.downloadUrl, { signal: AbortSignal.timeout(options.timeoutMs) });
    } catch {
      return { ok: false, message: `I couldn't download ${link.name} from Teams; please send it again.` };
    }
    if (!response.ok) {
      // The link expires after a few minutes; a retry from Teams after that fails here.
      return {
        ok: false,
        message: `Teams wouldn't give me ${link.name} (HTTP ${response.status}); please send it again.`,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) return tooBig(link.name);
    const bytes = await readCapped(response, options.maxBytes);
    if (!bytes) return tooBig(link.name);
    files.push({ name: link.name, bytes });
  }
  return { ok: true, files };
}

/** The body, or undefined as soon as it passes the cap (a missing Content-Length can't make us read a huge file). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function allowed(url: string, httpHosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && httpHosts.includes(parsed.host));
  } catch {
    return false;
  }
}
