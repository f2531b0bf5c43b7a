import type { DocumentText } from '../../src/ports/documents.ts';
import { corrupt } from './problems.ts';

/**
 * Decodes a .txt or .md file. UTF-8 is expected; a byte-order mark picks UTF-8 or UTF-16 (Notepad's
 * "Unicode" saves UTF-16 with one), and text that isn't valid UTF-8 is read as Windows-1252, which is
 * what older Windows editors wrote.
 */
export function readPlainText(name: string, bytes: Uint8Array): DocumentText {
  const text = decode(bytes);
  const controls = countControls(text);
  if (controls > 0 && controls >= text.length / 1000) {
    return { ok: false, ...corrupt(name, 'plain text (UTF-8), but it holds binary data') };
  }
  return { ok: true, text };
}

/** NUL and other C0 controls (bar tab, line breaks and form feed) mean a binary file with the wrong name. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) count++;
  }
  return count;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16le').decode(swapPairs(bytes.subarray(2)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** UTF-16BE as UTF-16LE: TextDecoder's 'utf-16be' needs full ICU, which some Node builds lack. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

// Windows-1252's 0x80-0x9F: curly quotes, dashes, the euro sign... (0 marks the five unassigned bytes).
// Written out because Node's TextDecoder decodes 'windows-1252' as Latin-1, losing exactly these.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const mapped = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] || 0xfffd : byte;
    out += String.fromCharCode(mapped);
  }
  return out;
}
