import { type DateContext, parseDeadlinePhrase } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { readRef, readRefs } from './refs.ts';

/*
 * Edits to one item of an import preview: show, text, due, merge, split, add, ours (and drop, in
 * import.ts). Refs are the preview's own ("5", "A2", "C1"). Text in quotes is read from the message
 * as typed, before normalize() would straighten its quotes and dashes: what a user writes is kept.
 */

export const ITEM_EDIT_EXAMPLES = {
  show: 'import show 5',
  text: 'import text 5 "The force should review its custody training."',
  due: 'import due 5 31 March 2026',
  merge: 'import merge 3 4',
  split: 'import split 5 after "training."',
  add: 'import add "The force should review its custody training." due 31 March 2026',
  ours: 'import ours 5',
} as const;

const DEADLINE_WORDS = '"31 March 2026", "within 6 months", "immediately" or "none"';

const KIND_WORDS: ReadonlyArray<readonly [RegExp, ItemKind]> = [
  [/^(?:area(?:s)? for improvement|area|afi)$/i, 'area_for_improvement'],
  [/^(?:cause of concern|concern|cause)$/i, 'cause_of_concern'],
  [/^(?:recommendation|rec)$/i, 'recommendation'],
];

type Rule = {
  pattern: RegExp;
  /** Matched against the message as typed (quotes and dashes kept), not the normalized line. */
  raw?: boolean;
  parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome;
};

const RULES: Rule[] = [
  { pattern: /^show\s+(?:item\s+)?(?!preview$)(\S+)$/i, parse: (m) => oneRef(m[1] ?? '', 'show', refShow) },
  { pattern: /^text\s+(\S+?):?\s+(.+)$/is, raw: true, parse: (m) => parseText(m[1] ?? '', m[2] ?? '') },
  { pattern: /^text\b/i, parse: () => usage('Say which item, then its new text in quotes.', 'text') },
  {
    pattern: /^(?:due|deadline)\s+(\S+?):?\s+(.+)$/i,
    parse: (m, ctx) => parseDue(m[1] ?? '', m[2] ?? '', ctx),
  },
  {
    pattern: /^(?:due|deadline)\b/i,
    parse: () => usage(`Say which item, then its deadline: ${DEADLINE_WORDS}.`, 'due'),
  },
  { pattern: /^merge\s+(.+)$/i, parse: (m) => parseMerge(m[1] ?? '') },
  { pattern: /^merge\b/i, parse: () => usage('Say which two items to merge.', 'merge') },
  {
    pattern: /^split\s+(\S+?)\s+after\s*:?\s*(.+)$/is,
    raw: true,
    parse: (m) => parseSplit(m[1] ?? '', m[2] ?? ''),
  },
  {
    pattern: /^split\b/i,
    parse: () => usage('Say which item, then the words in quotes after which to split it.', 'split'),
  },
  { pattern: /^add\b\s*(.*)$/is, raw: true, parse: (m, ctx) => parseAdd(m[1] ?? '', ctx) },
  {
    pattern: /^(?:keep\s+)?ours\s+(.+)$|^keep\s+(.+?)\s+as\s+ours$/i,
    parse: (m) => {
      const refs = readRefs(m[1] ?? m[2] ?? '');
      return refs.ok ? accept({ type: 'import_ours', refs: refs.refs }) : badRef(refs.bad, 'ours');
    },
  },
  { pattern: /^(?:keep\s+)?ours$/i, parse: () => usage('Say which item to keep as ours.', 'ours') },
];

/** An item edit, or null when the words are not one (the caller tries its other commands). */
export function parseItemEdit(line: string, raw: string, ctx: DateContext): ParseOutcome | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(rule.raw ? raw : line);
    if (match) return rule.parse(match, ctx);
  }
  return null;
}

/** A message whose first line is an item edit with quoted text (a newline typed inside the quotes). */
export function isQuotedItemEdit(body: string): boolean {
  return /^\s*(?:text\s+\S+|split\s+\S+\s+after|add(?:\s+[a-z ]{2,30}?)?)\s*:?\s*["“'‘]/i.test(body);
}

function refShow(ref: string): ParseOutcome {
  return accept({ type: 'import_show', ref });
}

function oneRef(word: string, example: keyof typeof ITEM_EDIT_EXAMPLES, use: (ref: string) => ParseOutcome) {
  const ref = readRef(word);
  return ref === null ? badRef(word, example) : use(ref);
}

function parseText(word: string, rest: string): ParseOutcome {
  return oneRef(word, 'text', (ref) => {
    const text = quotedWhole(rest);
    if (text === null) return needsQuotes('the new text', `import text ${ref}`, rest);
    if (text === '') return usage('The new text is empty.', 'text');
    return accept({ type: 'import_text', ref, text });
  });
}

function parseSplit(word: string, rest: string): ParseOutcome {
  return oneRef(word, 'split', (ref) => {
    const after = quotedWhole(rest);
    if (after === null) return needsQuotes('the words to split after', `import split ${ref} after`, rest);
    if (after === '') return usage('Give the words to split after.', 'split');
    return accept({ type: 'import_split', ref, after });
  });
}

function parseDue(word: string, rest: string, ctx: DateContext): ParseOutcome {
  return oneRef(word, 'due', (ref) => {
    const phrases = readPhrases(rest, ctx);
    return phrases.ok ? accept({ type: 'import_due', ref, phrases: phrases.phrases }) : phrases.outcome;
  });
}

function parseMerge(text: string): ParseOutcome {
  // "merge 4 into 3" names them the other way round from "merge 3 4" and "merge 3 with 4".
  const into = /^(.+?)\s+into\s+(.+)$/i.exec(text);
  const words = (into ? `${into[2]} ${into[1]}` : text)
    .replace(/\b(?:with|and|item|recommendation|rec)\b/gi, ' ')
    .split(/[\s,;]+/)
    .filter((w) => w !== '');
  const refs: string[] = [];
  for (const word of words) {
    const ref = readRef(word);
    if (ref === null) return badRef(word, 'merge');
    refs.push(ref);
  }
  const [first, second, ...more] = refs;
  if (first === undefined || second === undefined || more.length > 0) {
    return usage('Name two items: the one to keep, then the one to merge into it.', 'merge');
  }
  if (first === second) {
    return reject(
      'import.merge_self',
      `An item can't be merged with itself: name two different items, the one to keep first.`,
      ITEM_EDIT_EXAMPLES.merge,
    );
  }
  return accept({ type: 'import_merge', into: first, from: second });
}

function parseAdd(rest: string, ctx: DateContext): ParseOutcome {
  let kind: ItemKind = 'recommendation';
  let body = rest.trim();
  const word = /^([a-z][a-z ]{1,30}?)\s*:?\s*(?=["“'‘])/i.exec(body);
  if (word?.[1] !== undefined) {
    const found = KIND_WORDS.find(([pattern]) => pattern.test(word[1]?.trim() ?? ''));
    if (!found) {
      return usage(
        `"${word[1]}" is not a kind of item: say area (for improvement) or concern, or nothing for a recommendation.`,
        'add',
      );
    }
    kind = found[1];
    body = body.slice(word[0].length);
  }
  const match = /^(["“'‘])(.*)(["”'’])(?:\s+due\b\s*:?\s*(.*?))?[.!?]*$/s.exec(body);
  if (!match || !pairs(match[1], match[3])) {
    // "import add The force should act due 31 March 2026": the example quotes the text and keeps the rest.
    const [, words = body, due] = /^(.*?)\s+due\s+(.+)$/is.exec(body) ?? [];
    const kept = due !== undefined && readable(due, ctx) ? ` due ${due}` : '';
    return needsQuotes("the item's text", 'import add', words, kept);
  }
  const text = (match[2] ?? '').trim();
  if (text === '') return usage("The item's text is empty.", 'add');
  if (match[4] === undefined) return accept({ type: 'import_add', kind, text, phrases: [] });
  const phrases = readPhrases(match[4], ctx);
  return phrases.ok ? accept({ type: 'import_add', kind, text, phrases: phrases.phrases }) : phrases.outcome;
}

type Phrases = { ok: true; phrases: string[] } | { ok: false; outcome: ParseOutcome };

/**
 * What is wrong with a form's deadline field ("31 March 2026; within 12 months"), in the words the
 * grammar would answer `import due` with, or undefined when every phrase reads as a deadline.
 */
export function deadlineFieldProblem(text: string, ctx: DateContext): string | undefined {
  const read = readPhrases(text, ctx);
  return read.ok || read.outcome.ok ? undefined : read.outcome.reply.text;
}

/** "31 March 2026", "immediately; within 12 months": each must read as a deadline. */
function readPhrases(text: string, ctx: DateContext): Phrases {
  const phrases = text
    .split(/\s*;\s*|\s+and\s+due\s+/i)
    .map((p) =>
      p
        .replace(/^due\s+/i, '')
        .replace(/^["“'‘](.*)["”'’]$/, '$1')
        .trim(),
    )
    .filter((p) => p !== '');
  if (phrases.length === 0) {
    return { ok: false, outcome: usage(`Give the deadline: ${DEADLINE_WORDS}.`, 'due') };
  }
  for (const phrase of phrases) {
    if (readable(phrase, ctx)) continue;
    return {
      ok: false,
      outcome: reject(
        'deadline.unreadable',
        `I couldn't read "${phrase}" as a deadline. Try ${DEADLINE_WORDS}.`,
        ITEM_EDIT_EXAMPLES.due,
      ),
    };
  }
  return { ok: true, phrases };
}

function readable(phrase: string, ctx: DateContext): boolean {
  try {
    return parseDeadlinePhrase(phrase, { ...ctx, anchor: null }) !== null;
  } catch {
    // Calendar arithmetic refuses years past 9999: unreadable, not a crash.
    return false;
  }
}

/** The text between an opening and a closing quote that wrap all of it, or null. */
function quotedWhole(text: string): string | null {
  const match = /^(["“'‘])(.*)(["”'’])[.!?]*$/s.exec(text.trim());
  if (!match || !pairs(match[1], match[3])) return null;
  return (match[2] ?? '').trim();
}

// A double quote closes a double quote, a single one a single one: 'The force's work' stays whole.
function pairs(open: string | undefined, close: string | undefined): boolean {
  return /["“]/.test(open ?? '') ? /["”]/.test(close ?? '') : /['’]/.test(close ?? '');
}

/** Asks for quotes; the example is what was typed, quoted, so it says exactly what was meant. */
function needsQuotes(what: string, head: string, words: string, tail = ''): ParseOutcome {
  const plain = words.replace(/["“”]/g, '').trim();
  const example = plain === '' ? `${head} "..."${tail}` : `${head} "${plain}"${tail}`;
  return reject('import.needs_quotes', `Put ${what} in double quotes.`, example);
}

function usage(text: string, example: keyof typeof ITEM_EDIT_EXAMPLES): ParseOutcome {
  return reject('import.usage', text, ITEM_EDIT_EXAMPLES[example]);
}

function badRef(word: string | null, example: keyof typeof ITEM_EDIT_EXAMPLES): ParseOutcome {
  return reject(
    'import.bad_ref',
    word === null ? 'Say which item, by its ref in the preview.' : `"${word}" is not an item of the preview.`,
    ITEM_EDIT_EXAMPLES[example],
  );
}
