import type { DateContext } from '../dates/index.ts';
import { MAX_SEARCH_WORDS } from './commands.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

/*
 * `search body worn video`, `find "body worn video" training`, `search for vetting report OSAEC23`: the
 * words to look for in items' text, responses and notes. A quoted phrase is one word here. The words
 * keep their inner punctuation ("body-worn"); the use case decides how that is matched.
 */

type Rule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

export const SEARCH_EXAMPLE = 'search body worn video';

// "report OSAEC23" (or "report peel") narrows to a report; "in OSAEC23" only with a digit in the key,
// so "search training in custody" keeps "custody" as a word. "report writing" stays words too: a key
// as typed has a digit or is written in capitals.
const REPORT_FILTER =
  /(?:^|\s+)(?:in\s+)?report\s+((?=[A-Za-z]*\d|[A-Z0-9]+\b)[A-Za-z][A-Za-z0-9]{1,15})$|\s+in\s+((?=[A-Za-z]*\d)[A-Za-z][A-Za-z0-9]{1,15})$/;

// Punctuation around a word is not part of it ("video," "(CSAE)"); %, _, #, & and @ may be what is sought.
const EDGE_PUNCTUATION = /^(?:(?![%_#&@])\p{P})+|(?:(?![%_#&@])\p{P})+$/gu;

// Words nearly every recommendation holds; dropped unless they are all that was asked for.
const COMMON = new Set(['a', 'an', 'the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'by', 'is', 'are']);

export const SEARCH_RULES: Rule[] = [
  {
    pattern: /^(?:search|find|look)(?:\s+(?:for|up))?(?:\s+(.*))?$/is,
    parse: (m) => parseSearch(m[1] ?? ''),
  },
];

function parseSearch(text: string): ParseOutcome {
  const filter = REPORT_FILTER.exec(text);
  const key = filter ? (filter[1] ?? filter[2] ?? '').toUpperCase() : null;
  const words = readWords(filter ? text.slice(0, filter.index) : text);
  if (words.length === 0) {
    return reject(
      'search.empty',
      "Say what to look for: words from an item's text, its responses or its notes. Every word must appear; put a phrase in quotes to keep it together.",
      key ? `${SEARCH_EXAMPLE} report ${key}` : `${SEARCH_EXAMPLE}   or   search "body worn video" training`,
    );
  }
  if (words.length > MAX_SEARCH_WORDS) {
    return reject(
      'search.too_many',
      `That is ${words.length} words; search takes up to ${MAX_SEARCH_WORDS}. Choose the few that matter, or quote a phrase.`,
      SEARCH_EXAMPLE,
    );
  }
  return accept({ type: 'search', words, key });
}

/** Quoted phrases whole and single words, in the order typed; edge punctuation trimmed, common words dropped. */
function readWords(text: string): string[] {
  const tidy = [...text.matchAll(/"([^"]*)"?|(\S+)/g)]
    .map((m) => (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').trim())
    .filter((word) => word !== '');
  const distinct = tidy.filter(
    (word, k) => tidy.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === k,
  );
  const telling = distinct.filter((word) => !COMMON.has(word.toLowerCase()));
  return telling.length > 0 ? telling : distinct;
}
