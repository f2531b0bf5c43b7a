/** What a file's first bytes say it is, whatever its name says. */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'other';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4, a local file header
// The OLE compound file Word uses for password-protected .docx files and for old .doc files.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// PDF readers accept a header a little way into the file (some generators prefix junk), so pdf.js does too.
const PDF_HEADER_WINDOW = 1024;

export function sniff(bytes: Uint8Array): Sniffed {
  if (indexOf(bytes, PDF, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  return 'other';
}

/** Office writes the encrypted package of a protected .docx as a stream with this name (UTF-16LE). */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  return indexOf(bytes, name, bytes.length) >= 0;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], within: number): number {
  const end = Math.min(bytes.length, within + needle.length) - needle.length;
  for (let i = 0; i <= end; i++) {
    let j = 0;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
