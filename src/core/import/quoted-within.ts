import type { Draft } from './merge.ts';
import { DIRECTIVE } from './stem-words.ts';
import { wordCount } from './text-util.ts';

/*
 * Minutes and papers quote an item inside a paragraph of their own: "3.2 The panel also tracks a
 * recommendation HMICFRS made to Northumbria Police ...: "The force needs to ensure ..."". The paragraph was
 * read as the item because the quote directs; the item is the quote.
 */

// The writer's words, a colon, then the quote to the end of the paragraph (its closing mark may be lost).
const QUOTE_AFTER_COLON = /^(.+?):\s*["“](.+?)["”]?\s*$/;
// A lead of a few words ("Recommendation 1: "...") is a label, read elsewhere; a preamble tells a story.
const MIN_LEAD_WORDS = 6;

/** The items a paragraph quotes after its own words, or the draft itself when it quotes none. */
export function quotedWithin(draft: Draft): Draft[] {
  const match = QUOTE_AFTER_COLON.exec(draft.text);
  const lead = match?.[1] ?? '';
  const inner = match?.[2] ?? '';
  // Only where the writer's own words direct no one and the quote, one quote, does.
  const directsInQuote = !DIRECTIVE.test(lead) && DIRECTIVE.test(inner) && !/["“”]/.test(inner);
  if (match === null || wordCount(lead) < MIN_LEAD_WORDS || !directsInQuote) return [draft];
  const quoted = { ...draft, label: null, number: null };
  // '"... we recommended that all forces should: • monitor ... • take action on those."': each bullet
  // finishes the quoted stem.
  const [stem, ...bullets] = inner.split(/\s+•\s+/);
  if (bullets.length === 0 || stem === undefined || !/:$/.test(stem)) return [{ ...quoted, text: inner }];
  return bullets.map((bullet) => ({ ...quoted, text: `${stem} ${bullet}` }));
}
