import type { DocumentReader } from '../../src/ports/documents.ts';

/**
 * A document reader for core tests: .txt and .md are read as UTF-8; a name containing "encrypted"
 * or "corrupt" gets that problem, and every other extension is unsupported. The real reader
 * (adapters/documents) has its own tests.
 */
export const fakeDocuments: DocumentReader = {
  async read(file) {
    if (file.name.includes('encrypted')) {
      return { ok: false, code: 'document.encrypted', message: `${file.name} is password-protected.` };
    }
    if (file.name.includes('corrupt')) {
      return { ok: false, code: 'document.corrupt', message: `${file.name} is damaged.` };
    }
    if (!/\.(?:txt|md)$/i.test(file.name)) {
      return { ok: false, code: 'document.unsupported', message: `I can't read ${file.name}.` };
    }
    const text = new TextDecoder().decode(file.bytes);
    if (text.trim() === '') return { ok: false, code: 'document.empty', message: `${file.name} is empty.` };
    return { ok: true, text };
  },
};
