import type { ItemKind } from '../model/entities.ts';
import { namedKind } from './stem-words.ts';
import { wordCount } from './text-util.ts';

const COUNTS = ['two', 'three', 'four', 'five', 'six'];

// "... we identified two accelerated causes of concern, which were that the force: was failing to ...; and
// wasn't carrying out ...": an e-mail names the items and runs them on in one sentence, a semicolon apart. So
// does a revisit letter pasted without its line breaks: "we found that the force: is failing ...; and ...".
const NAMES_THEN_RUNS =
  /^(?:[^:]*?[.!?]\s+)?(?<said>[^.!?:]*\b(?:causes? of concern|recommendations|areas? for improvement|found that)\b[^.!?:]*):\s+(?<rest>[^:]+)$/i;

/** The items a paragraph names and runs on after a colon, with their kind; null when it holds no such list. */
export function inlineItems(text: string): { kind: ItemKind; texts: string[] } | null {
  const m = NAMES_THEN_RUNS.exec(text);
  const said = m?.groups?.said ?? '';
  const rest = m?.groups?.rest ?? '';
  const kind = namedKind(`${said}:`);
  if (kind === null || /\b(?:will|would|may|might)\b/i.test(said)) return null;
  const texts = rest
    .split(/;\s+(?:and\s+|or\s+)?/i)
    .map((part) => part.replace(/^(?:that\s+)?/i, '').replace(/[.;,]\s*$/, ''))
    .filter((part) => part.length > 0);
  // "... in three areas: training; supervision; and records" lists topics, not items.
  if (texts.length < 2 || texts.some((part) => wordCount(part) < 5)) return null;
  const count = COUNTS.findIndex((word) => new RegExp(`\\b${word}\\b`, 'i').test(said));
  if (count >= 0 && count + 2 !== texts.length) return null;
  return { kind, texts };
}
