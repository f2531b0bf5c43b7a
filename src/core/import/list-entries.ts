import type { Para } from './blocks.ts';
import { LIST_MARK } from './clean-text.ts';
import { dueInFields } from './item-lines.ts';
import { FIELD_LINE, NOTED_FIELD } from './line-joins.ts';
import {
  DIRECTIVE,
  deadlineThenImperative,
  lastSentence,
  namedKind,
  replyDuty,
  STEM_END,
  WRITER_STEM,
  weRecommend,
} from './stem-words.ts';
import { endsSentence, listNumber, shortTitle, wordCount } from './text-util.ts';
import type { Occurrence, Section } from './walk-model.ts';

/*
 * The entries of a list read as items: which marker family an entry uses, and whether a paragraph or entry
 * after it carries it on (a sub-point, a concern's next paragraph) or starts something else.
 */

// "...; and", "..., or": the entry before a list's last.
export const ANNOUNCES_LAST = /[;,]\s*(?:and|or)$/i;

// A form's next numbered section ("6 | ACTION SHOULD BE TAKEN", "7  YOUR RESPONSE"), its title in capitals.
export const FORM_ROW = /^\d{1,2}\s*(?:\||\s)\s*[A-Z][A-Z'’ ]{3,}\b/;

export type Family = 'bullet' | 'number' | 'letter' | 'roman';
/**
 * indented: the entry stood in from the margin, as a page indents its list; points: it has taken "(1)", "(2)"
 * points of its own.
 */
export type Open = {
  occ: Occurrence;
  family: Family;
  carries: boolean;
  indented: boolean;
  /** How its number is printed: "9.", "9)", "(9)" (markOf). */
  mark: string;
  points?: boolean;
  /** The number of its last point numbered like the entries themselves ("1." ... "5." under "2. ...:"). */
  lastPoint?: number;
  /** It quotes another document's numbered paragraphs ("6.11", "6.12") under it. */
  quoting?: boolean;
};

/** The last item taken was a bullet of this section's. */
export function lastBullet(out: readonly Occurrence[], section: Section): boolean {
  const last = out[out.length - 1];
  return last !== undefined && section.loose.some((p) => p.index === last.at && p.bullet);
}

/** An entry's marker with its digits as 9: "3." and "1." are alike, "1)" and "(1)" are not. */
export function markOf(text: string): string {
  return (/^\(?\d{1,3}[.)]/.exec(text)?.[0] ?? '').replace(/\d+/g, '9');
}

export function familyOf(para: Para): Family {
  if (para.bullet) return 'bullet';
  const mark = (LIST_MARK.exec(para.text)?.[0] ?? '').replace(/[().\s]/g, '');
  if (/^\d+$/.test(mark)) return 'number';
  return /^[ivx]+$/i.test(mark) && mark.length > 1
    ? 'roman'
    : mark.toLowerCase() === 'i'
      ? 'roman'
      : 'letter';
}

/** "iv." then "v.", "ix." then "x.": a roman list goes on through the numerals that are also letters. */
export function familyAfter(para: Para, before: Family | null): Family {
  const family = familyOf(para);
  return family === 'letter' && before === 'roman' && /^\(?[vx][.)]/i.test(para.text) ? 'roman' : family;
}

/**
 * "Priority: Medium   Owner: ...   Target: 31/01/2026" under a numbered entry: its deadline, not its words. True
 * when the paragraph was taken so.
 */
export function datesEntry(open: Open | null, para: Para): boolean {
  const due = open !== null && !para.list && !para.bullet ? dueInFields(para.text) : undefined;
  if (open === null || due === undefined) return false;
  open.occ.dueField ??= due.trim();
  return true;
}

export function continuesEntry(open: Open, para: Para): boolean {
  // "2. You submitted an action plan ..." after a bullet list: the letter's next numbered paragraph, not a
  // sub-point of the bullet above (sub-points are lettered, or bullets under numbers).
  if (para.list && open.family === 'bullet' && familyOf(para) === 'number') return false;
  // "16. Of concern were the following matters:" then "(1) ...", "(2) ..."; "(1) The inspector gave evidence as
  // follows:" then "1. ...", "2. ...": numbers in the other style under an entry ending with a colon are its
  // own points.
  const bracketed = /^\(\d{1,2}\)\s/.test(para.text);
  if (
    para.list &&
    open.family === 'number' &&
    familyOf(para) === 'number' &&
    bracketed !== /^\(/.test(open.mark)
  ) {
    if (open.points !== true && !/:$/.test(open.occ.explicit?.text ?? '')) return false;
    open.points = true;
    return true;
  }
  // "1. Paragraphs 6.11 - 6.14 of the investigator's report are set out below." then "6.11 ...": another
  // document's numbered paragraphs, quoted in the entry that announces them.
  if (
    para.list &&
    open.family === 'number' &&
    /^\d{1,2}\.\d{1,2}\s/.test(para.text) &&
    (open.quoting === true || /\b(?:below|as follows)\s*[.:]?$/i.test(open.occ.explicit?.text ?? ''))
  ) {
    open.quoting = true;
    return true;
  }
  // "2. ... in particular:" then "1. What steps ...", "2. ...": numbers that start again at 1 under an entry
  // ending with a colon, and run on, are its points; "3." after "5." is the next entry.
  const number = Number(/^\(?(\d{1,2})[.)]/.exec(para.text)?.[1] ?? Number.NaN);
  if (para.list && open.family === 'number' && familyOf(para) === 'number') {
    const restarts =
      open.lastPoint === undefined &&
      number === 1 &&
      markOf(para.text) === open.mark &&
      /:$/.test(open.occ.explicit?.text ?? '');
    if (restarts || (open.lastPoint !== undefined && number === open.lastPoint + 1)) {
      open.lastPoint = number;
      return true;
    }
  }
  // "• The need for a wider review for the following reasons:" over indented "o ..." points: the entry's own.
  const introduces = open.points === true || /:$/.test(open.occ.explicit?.text ?? '');
  if (para.bullet && open.family === 'bullet' && para.indented && !open.indented && introduces) {
    open.points = true;
    return true;
  }
  if (para.bullet || para.list) return familyAfter(para, open.family) !== open.family;
  // A paragraph back at the margin after an indented list is the page's next paragraph.
  if (open.indented && !para.indented) return false;
  // A short line without a full stop is the next section's title ("Action should be taken").
  const title = shortTitle(para.text) || FORM_ROW.test(para.text);
  // A concern may introduce a list of its own ("... reports to your organisation on:"); only a paragraph that
  // names the items anew starts over.
  // "The Duchy of Cornwall is under a duty to respond within 56 days ...": the form's words after the concerns.
  return (
    open.carries &&
    namedKind(para.text) === null &&
    !title &&
    !replyDuty(para.text) &&
    !OFFICER_SAYS.test(para.text)
  );
}

// Minutes after a quoted concern: "The Head of Children's Commissioning said ...", "Cllr Hale asked ...". A
// coroner's own "the expert witness said" (a role in lower case) carries the concern on.
const OFFICER_SAYS =
  /^(?:The\s+(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|of|for|and)\s+){0,5}|Cllr\.?\s+[A-Z][\w'’-]*\s+|Members\s+)(?:said|reported|explained|noted|confirmed|asked|added|agreed|stated)\b/;

export function extend(occ: Occurrence, para: Para): void {
  if (occ.explicit === null) return;
  occ.explicit = { ...occ.explicit, text: `${occ.explicit.text} ${para.text}` };
  occ.end = para.end;
}

/**
 * "... should make sure that:" over bullets each a sentence of its own ("• call handlers use ... response.",
 * "• vulnerable callers are ... identified."): each is a recommendation. Bullets that run on as one sentence
 * ("...; and", "...,") are the conditions of one.
 */
export function sentenceBullets(section: Section, stem: Para): boolean {
  const run: Para[] = [];
  for (const p of section.loose) {
    if (p.index <= stem.index) continue;
    if (!p.bullet && !p.list) break;
    run.push(p);
  }
  return run.length >= 2 && run.every((p) => /[.!?]["'”’)]?$/.test(p.text.trim()));
}

const MIN_LETTER_PARAGRAPHS = 4;

/** A letter numbering every paragraph ("1. This letter sets out ...", "3. We first revisited ..."), most of them narrative. */
export function narrativeNumbering(section: Section, run: Set<number>): boolean {
  // "1.", "2.", "3." down the letter; a paper's "2.1", "2.2" number its sections' points instead.
  // A count that starts again is another list: "1. We have asked the Duchy ..." under a coroner's "1.", "2."
  // is the page's own list, and says nothing of how the concerns above it are told.
  const numbered = section.loose.filter(
    (p) => p.list && !p.bullet && /^\d{1,2}[.)]?\s/.test(p.text) && run.has(p.index),
  );
  if (numbered.length < MIN_LETTER_PARAGRAPHS) return false;
  // An inspectorate writes its story as "we"; a coroner's "I am concerned that ..." is a concern.
  const told = numbered.filter((p) => /^(?:we|our|this\s+letter)\b/i.test(p.text.replace(LIST_MARK, '')));
  return told.length * 2 >= numbered.length;
}

/**
 * The section's numbered paragraphs counting on from its first (a theme under the conclusions carries on the
 * count from the one before it); a count that starts again is another list.
 */
export function numberedRun(section: Section): Set<number> {
  const run = new Set<number>();
  let last: number | null = null;
  for (const para of section.loose) {
    // "2.1 The report's conclusions ... are reproduced below" numbers the paper's own point, not the count.
    const n = /^\d{1,2}\.\d/.test(para.text) ? null : listNumber(para.text);
    if (!para.list || n === null) continue;
    if (last !== null && n !== last + 1) break;
    run.add(para.index);
    last = n;
  }
  return run;
}

/**
 * "1.2 To address these concerns, HMICFRS has recommended that West Mercia Police should:" over "a) make sure
 * ..." or "- make sure ...": a paper's numbered paragraph quoting the stem of the entries below it.
 */
export function quotesStem(section: Section, at: number, text: string): boolean {
  const para = section.loose[at];
  const next = section.loose[at + 1];
  return (
    para !== undefined &&
    /^\d{1,2}\.\d{1,2}\s/.test(para.text) &&
    // Bullets only beside a labelled item ("Cause of concern: ..."), which keeps the paper's other readings
    // of a stem over bullets from them.
    // "3.2 Chief constables should:" over "By 22 November 2024, publish ...": minutes print each item
    // as its own paragraph under the numbered stem.
    ((next?.bullet === true && section.items.length > 0) ||
      (next?.list === true && familyOf(next) === 'letter') ||
      (next !== undefined && !next.list && !next.bullet && deadlineThenImperative(next.text))) &&
    STEM_END.test(text) &&
    DIRECTIVE.test(lastSentence(text))
  );
}

/**
 * The list being read: how many entries so far, whether any took a paragraph after it, and whether the entry
 * before the open one ended "; and", saying the open one is the list's last.
 */
export type ListRun = {
  family: Family | null;
  entries: number;
  extended: boolean;
  last: boolean;
  announces: boolean;
};

/** A plain paragraph after a list's open entry that closes the list rather than carrying the entry on. */
export function closesList(section: Section, para: Para, open: Open, run: ListRun): boolean {
  // "a) ... b) ... c) ... d) ...", each a paragraph, then one more paragraph: after three entries that took
  // none, it closes the list rather than carrying the last entry on.
  const plain = !para.bullet && !para.list;
  // "2. What the OPCC will do" after "a." and "b.": the paper's next numbered title, not the last entry's point.
  if (run.family === 'letter' && !para.bullet && familyOf(para) === 'number' && shortTitle(para.text))
    return true;
  // Where the list goes on after it ("9. ...", two paragraphs, "10. ..."), the paragraphs are the entry's.
  // A new stem before the next entry ("A summary of our findings is as follows:") starts another list.
  const next = section.loose.find(
    (p) => p.index > para.index && (p.list || p.bullet || STEM_END.test(p.text)),
  );
  // "(1)", "(2)", then "What I suggest ...:" over "1.", "2.": a count that starts again in another print is
  // another list.
  const restarts = next !== undefined && listNumber(next.text) === 1 && markOf(next.text) !== open.mark;
  const resumes =
    next !== undefined && (next.list || next.bullet) && familyOf(next) === run.family && !restarts;
  // Nor is a list resumed across a new stem ("REPORT 6 of 6 ...", "Concerns as written:"): the next report's
  // entries are not the last entry's sub-points, however few entries the list had.
  const stemAhead = !resumes && next !== undefined && !next.list && !next.bullet;
  // "My concerns are fourfold:" after a quoted statute's "(b) ...": a stem naming the items opens a list of
  // its own.
  const namingStem = STEM_END.test(para.text) && /\b(?:concerns|recommendations)\b/i.test(para.text);
  // "• was failing ...; and" then "• wasn't carrying out ... needed.": the list said where it ends.
  const ended = run.last && endsSentence(open.occ.explicit?.text ?? '');
  return (
    plain &&
    !para.indented &&
    (namingStem ||
      (restarts && STEM_END.test(para.text)) ||
      (!resumes && ((run.entries >= 3 && !run.extended) || stemAhead || ended)))
  );
}

// A field's name and a short value ("Funding source (Marchshire): Training budget 2024/25"), not a paragraph.
const SHORT_FIELD_WORDS = 10;

/**
 * "Funding source (Marchshire): Within existing budget" set in under a bullet: the office's field on the entry,
 * neither more of its words nor an entry of its own.
 */
export function fieldOfEntry(open: Open | null, para: Para): boolean {
  return (
    open?.family === 'bullet' &&
    para.indented &&
    !para.bullet &&
    !para.list &&
    (FIELD_LINE.test(para.text) || NOTED_FIELD.test(para.text)) &&
    wordCount(para.text) <= SHORT_FIELD_WORDS
  );
}

/**
 * "1. We recommend that ...", "2. We recommend that ...": a list every entry of which is a committee
 * recommending in its own voice is that committee's recommendations, whoever pasted it and under whatever
 * heading. One entry alone ("We look to the Ministry to ...") may sit in a list of conclusions read whole.
 */
export function committeeList(section: Section, at: number): boolean {
  const inList = (p: Para | undefined) => p !== undefined && (p.list || p.bullet);
  let first = at;
  while (inList(section.loose[first - 1])) first--;
  let last = at;
  while (inList(section.loose[last + 1])) last++;
  const run = section.loose.slice(first, last + 1);
  return run.length >= 2 && run.every((p) => weRecommend(p.text.replace(LIST_MARK, '')));
}

const TITLE_WORDS = 4;
// "My concerns are fourfold:", "Concerns as written:": a sentence that speaks of the items at all.
const NAMES_ANY = /\b(?:concerns?|recommendations?|areas? for improvement|afis?|conclusions|findings)\b/i;

/**
 * The list the entry at `at` belongs to comes after another list and is introduced afresh: under a short title
 * of its own and marked unlike the list before it ("Agenda", then "1." after "(1)"), or under a sentence that
 * names no items ("Three things to do on your next shift:"). Concerns grouped under each recipient's name
 * keep their marks.
 */
export function titledList(section: Section, at: number): boolean {
  let first = at;
  while (section.loose[first - 1]?.list === true) first--;
  const title = section.loose[first - 1];
  const before = section.loose.slice(0, Math.max(0, first - 1)).findLast((p) => p.list);
  if (title === undefined || before === undefined || title.list) return false;
  if (/:$/.test(title.text)) return !NAMES_ANY.test(title.text);
  return (
    wordCount(title.text) <= TITLE_WORDS &&
    !endsSentence(title.text) &&
    markOf(before.text) !== markOf(section.loose[first]?.text ?? '')
  );
}

/** What every paragraph of a section asks of the section as a whole, read once per section. */
type Overview = { listed: boolean; lastStem: number };
const overviews = new WeakMap<readonly Para[], Overview>();

export function overview(loose: readonly Para[]): Overview {
  const known = overviews.get(loose);
  if (known !== undefined) return known;
  const lastStem = loose.reduce((last, p) => (STEM_END.test(p.text) ? Math.max(last, p.index) : last), -1);
  // "Our own points for the meeting (not the coroner's):" over bullets: the writer's list says nothing of how
  // the items above it are printed.
  let writers = false;
  let listed = false;
  for (const p of loose) {
    if (!p.list && !p.bullet) writers = WRITER_STEM.test(p.text);
    else listed ||= !writers;
  }
  const read = { listed, lastStem };
  overviews.set(loose, read);
  return read;
}
