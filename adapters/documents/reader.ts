import type { DocumentFile, DocumentReader, DocumentText } from '../../src/ports/documents.ts';
import { readPlainText } from './plain-text.ts';
import { empty, extensionOf, misnamed, tooLarge, unsupported } from './problems.ts';
import { sniff } from './sniff.ts';

export type DocumentReaderOptions = {
  /** Larger files are refused before any parsing; reports with images run to a few megabytes. */
  maxBytes?: number;
};

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The document reader: the format comes from the file's extension and is checked against its first
 * bytes, so a renamed or half-downloaded file is reported rather than read as garbage. Every bad file
 * gives a DocumentProblem; nothing here throws for a file's content.
 */
export function createDocumentReader(options: DocumentReaderOptions = {}): DocumentReader {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    async read(file: DocumentFile): Promise<DocumentText> {
      const name = file.name.split(/[\\/]/).pop() || 'The file';
      const extension = extensionOf(name);
      const read = READERS[extension];
      if (!read) return { ok: false, ...unsupported(name) };
      const size = file.bytes.byteLength;
      if (size > maxBytes) return { ok: false, ...tooLarge(name, size, maxBytes) };
      if (size === 0) return { ok: false, ...empty(`${name} is empty (0 bytes).`) };
      const result = await read(name, file.bytes);
      if (result.ok && isBlank(result.text))
        return { ok: false, ...empty(`${name} holds only blank space.`) };
      return result;
    },
  };
}

type Read = (name: string, bytes: Uint8Array) => Promise<DocumentText> | DocumentText;

const readText: Read = (name, bytes) => {
  // A PDF or Word file renamed to .txt would otherwise be read as a page of symbols.
  const actual = sniff(bytes);
  if (actual === 'pdf') return { ok: false, ...misnamed(name, 'a PDF', '.pdf') };
  if (actual === 'zip' || actual === 'ole')
    return { ok: false, ...misnamed(name, 'a Word or other Office file', '.docx') };
  return readPlainText(name, bytes);
};

const READERS: Record<string, Read> = {
  '.txt': readText,
  '.text': readText,
  '.md': readText,
  '.markdown': readText,
  // mammoth and pdf.js take a few hundred milliseconds to load: only a Word or PDF file pays for them.
  '.docx': async (name, bytes) => (await import('./docx.ts')).readDocx(name, bytes),
  '.pdf': async (name, bytes) => (await import('./pdf.ts')).readPdf(name, bytes),
};

function isBlank(text: string): boolean {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') === '';
}
