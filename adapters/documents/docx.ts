import mammoth from 'mammoth';
import type { DocumentText } from '../../src/ports/documents.ts';
import { htmlToText } from './html-text.ts';
import { corrupt, empty, encrypted, unsupported } from './problems.ts';
import { isEncryptedOfficeFile, sniff } from './sniff.ts';

const PROTECTED_HOW =
  'Remove the password in Word (File > Info > Protect Document > Encrypt with Password), save, and try again.';

/**
 * Reads a .docx through mammoth's HTML conversion rather than its raw text, because the raw text drops
 * list bullets and numbers, and the importer needs them to tell list items from paragraphs.
 */
export async function readDocx(name: string, bytes: Uint8Array): Promise<DocumentText> {
  const kind = sniff(bytes);
  if (kind === 'ole') {
    // Word saves a password-protected .docx inside an OLE container; without that stream it's an old .doc.
    if (isEncryptedOfficeFile(bytes)) return { ok: false, ...encrypted(name, PROTECTED_HOW) };
    return {
      ok: false,
      ...unsupported(
        name,
        `${name} is an old Word .doc file; open it in Word and save it as .docx, then try again.`,
      ),
    };
  }
  if (kind !== 'zip') return { ok: false, ...corrupt(name, 'a Word .docx file (a zip archive)') };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images become empty tags: a scanned page's pixels are no use to the importer, and data URIs are large.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    // Mammoth rejects a zip that isn't a Word document (no word/document.xml) or has broken XML.
    return { ok: false, ...corrupt(name, 'a Word .docx file with a readable document inside') };
  }
  const text = htmlToText(html);
  if (text.trim() === '')
    return { ok: false, ...empty(name, 'the document holds no text, only images or blank pages') };
  return { ok: true, text };
}
