import type { Line } from './clean-text.ts';
import { inlineResponseMarker, responseMarker } from './sections.ts';
import { BRACKETED_NOTE, INITIALLED_NOTE, OWN_NOTE } from './stem-words.ts';
import { endsOpen, endsSentence, startsLower, wordCount } from './text-util.ts';

/*
 * Whether a cleaned line carries on the paragraph above it or starts a block of its own: a wrapped sentence
 * runs on; a list's next entry, a form's numbered title, a field line, a reply's marker, a status cell standing
 * alone start anew. The decisions toBlocks makes line by line.
 */

// "5   CORONER'S CONCERNS", "8 COPIES and PUBLICATION": a form's numbered section, never the paragraph above's end.
const FORM_TITLE = /^\d{1,2}\s+[A-Z][A-Z'’]+(?:\s+(?:[A-Z][A-Z'’]*|and|of|the|to))*$/;
// "Ch Insp Lowe said ...", "Supt Oyelaran introduced ...", "Cllr Adams asked ...": minutes' record of who spoke.
export const SPEAKER_SAID =
  /^(?:(?:Ch\s+|Det\s+|Acting\s+|T\/)?(?:Insp|Supt|Ch Supt|DCI|DI|DS|Sgt|PC|ACC|DCC|CC|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+\s+(?:said|noted|reported|asked|confirmed|explained|agreed|advised|stated|added|commented|introduced|replied|suggested)\b/;
// A quotation mark alone on its line: a Word paste's way of setting off the words it quotes.
export const LONE_QUOTE = /^["“”]$/;
// "----- copied from the web -----", "-----Original Message-----": a writer's divider between their words and
// a copy, no words of either.
export const DIVIDER = /^[-=_*]{3,}.*[-=_*]{3,}$/;
// A field's name: up to four words, the first capitalised ("Target date", "Funding source").
const FIELD_NAME = "[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,3}";
export const FIELD_LINE = new RegExp(`^${FIELD_NAME}:\\s`);
// "  Funding source (Marchshire): Within existing budget", set in under an entry: a field named with a note.
export const NOTED_FIELD = new RegExp(`^${FIELD_NAME} \\([^()]{1,30}\\):\\s`);
const DETAIL_KEY = /(?:^|\s)[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s+\S/g;

export function detailsLine(text: string): boolean {
  return FIELD_LINE.test(text) && (text.match(DETAIL_KEY)?.length ?? 0) >= 2;
}
// A line that only names a section ("Areas for improvement"): in a short document it may not look like a
// heading, but a label on the next line still starts an item rather than continuing it.
export const SECTION_NAME =
  /^(?:\d{1,2}\.?\s+)?(?:recommendations|areas for improvement|causes of concern|matters of concern)[:.]?$/i;

// A tracker's status standing alone on a line, the next cell of a row pasted a cell a line.
const STATUS_CELL =
  /^(?:red|amber|green|blue|grey|white|open|closed|complete[d]?|ongoing|in progress|not started|on track|off track|overdue|(?:partially |not )?implemented|discharged)$/i;

/** "CONCLUSIONS AND RECOMMENDATIONS": a title in capitals, two words or more. */
function capitalsTitle(text: string): boolean {
  return wordCount(text) >= 2 && !/[a-z]/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 8;
}

// `tail` is the paragraph's last line: only its end matters, and testing the whole growing paragraph
// would make a long unpunctuated document quadratic.
/** "b) ..." then "c) ...", "2. ..." then "3. ...": the line starts the list's next entry. */
function nextInSequence(head: string, text: string): boolean {
  const mark = (t: string) => /^\(?([a-z]|\d{1,3})[.)]\s/.exec(t)?.[1];
  const a = mark(head);
  const b = mark(text);
  if (a === undefined || b === undefined) return false;
  const next = /\d/.test(a) ? String(Number(a) + 1) : String.fromCharCode(a.charCodeAt(0) + 1);
  return b === next;
}

export function continues(
  head: string,
  tail: string,
  prevLine: Line | null,
  line: Line,
  width: number,
  unwrappedText: boolean,
): boolean {
  // "... the death of Sylvia Crowther aged" / "58. The investigation ...": a number that a wrapped sentence
  // pushed to the start of a line is no list entry.
  // A paper's "2.3 Marchshire uses ..." is its next paragraph whatever ends the line above: no wrap pushes a
  // decimal number to a line's start before a capital.
  const pushed =
    line.listMark &&
    !/^\d{1,2}\.\d{1,2}\s+[A-Z]/.test(line.text) &&
    !nextInSequence(head, line.text) &&
    line.gapBefore === 0 &&
    !line.pageBreakBefore &&
    prevLine !== null &&
    prevLine.text.length >= width * 0.8 &&
    /[a-z,]$/.test(tail);
  if (pushed) return true;
  if (line.bullet || line.listMark || line.marked || line.row || FORM_TITLE.test(line.text)) return false;
  // A quotation mark alone on its line opens or closes a quotation, and a divider parts two texts: neither joins
  // a neighbour.
  if (LONE_QUOTE.test(line.text) || LONE_QUOTE.test(tail) || DIVIDER.test(line.text) || DIVIDER.test(tail))
    return false;
  // "Responsible officer: Head of Finance" / "Target date: 31 March 2024": each field is its own line.
  // A line after one that stops mid-clause ("... Guidance (Conduct,") carries it on, colon or not.
  const midClause = line.gapBefore === 0 && /[,(]$|\b(?:and|or|of|the|to|in|for|on)$/.test(tail);
  // "[HM: We have 23 places ...]": a reader's note typed under a line of what they forward. After a finished
  // sentence "Essex response due 26 June 2025" starts its own line; "Thamesmere position (Head of PSD):"
  // does after any line that is not cut mid-clause.
  if (BRACKETED_NOTE.test(line.text) || INITIALLED_NOTE.test(line.text)) return false;
  // "(Paragraph 15)" / "   my note: raise at LGA ...": the reader's own note under a finished item, not its words.
  if (OWN_NOTE.test(line.text) && (endsSentence(tail) || /\)$/.test(tail))) return false;
  // "Ch Insp Lowe said THRIVE+ grading already ..." under a recommendation the minutes quote: the meeting's
  // discussion of it, a paragraph of its own.
  if (SPEAKER_SAID.test(line.text) && endsSentence(tail)) return false;
  // Under "Marchshire FRS position (RAG: Amber)", a reply's title alone on its line, the reply starts anew.
  if (prevLine !== null && !midClause && wordCount(tail) <= 8 && tail === prevLine.text && replyTitle(tail))
    return false;
  const reply = !startsLower(line.text) && opensReply(line.text);
  if (reply && (endsSentence(tail) || (/:$/.test(line.text) && !midClause))) return false;
  if ((FIELD_LINE.test(line.text) || (line.indented && NOTED_FIELD.test(line.text))) && !midClause)
    return false;
  // "What Thamesmere Police has done: ..." under an item that ends without a full stop: the answer starts.
  if (!midClause && line.gapBefore === 0 && /^[A-Z]/.test(line.text) && inlineResponseMarker(line.text)?.rest)
    return false;
  // "Published on: 7 July 2023    Applies to: All forces    Reference: 10412": a record's line of details,
  // several fields spaced apart; the record's words start on the line below.
  if (prevLine !== null && detailsLine(prevLine.text) && /^[A-Z"“]/.test(line.text)) return false;
  // "Subject: body worn video" over "The IOPC recommends ...": a short field, then the words under it.
  const shortField =
    prevLine !== null && FIELD_LINE.test(prevLine.text) && wordCount(prevLine.text) <= 5 && !endsOpen(tail);
  if (shortField && /^[A-Z"“]/.test(line.text) && wordCount(line.text) >= 6 && !/:$/.test(line.text))
    return false;
  // "B. Sussex Police (April 2021)" over '"The IOPC recommends that ..."': a case's title, then the quote; so
  // under a record's line of cells ("B1 | Avon and Somerset Constabulary | Area for improvement").
  const titleLine = /\)$/.test(tail) || /\s\|\s/.test(tail);
  if (/^["“][A-Z]/.test(line.text) && titleLine && tail === prevLine?.text && wordCount(tail) <= 14)
    return false;
  const broken = line.gapBefore > 0 || line.pageBreakBefore;
  // "Figure 1: Proportion of stop and search records ...": a caption starts its own block, whatever precedes it.
  if (/^(?:figure|table|chart|graph|diagram)\s+\d{1,3}[.:]\s/i.test(line.text)) return false;
  // "CONCLUSIONS AND RECOMMENDATIONS" under a line in mixed case: a title in capitals, not the sentence's end.
  if (capitalsTitle(line.text) && /[a-z]/.test(tail) && !endsOpen(tail)) return false;
  // "... in the next four years;" over "and" alone: the entry's last word, wrapped.
  if (!broken && /^(?:and|or)$/.test(line.text)) return true;
  // Nobody wraps text at 160 characters: a line that long, finished, was a paragraph of its own (a web page's
  // list items pasted one a line, without their bullets).
  if (!broken && prevLine !== null && prevLine.text.length > 160 && endsSentence(tail)) return false;
  // Indented lines closing with "; and" are entries of a list that lost its bullets.
  if (!broken && prevLine?.indented && line.indented && /;(?:\s*(?:and|or))?$/.test(tail)) return false;
  // "We identified two areas for improvement:" then "The force should ...": a list introduced by its stem
  // starts on the next line; so does an entry opening like the one before it ("The force should improve ...",
  // "The force should further ..."), a page's list pasted a line an entry.
  if (!broken && /:$/.test(tail) && /^[A-Z]/.test(line.text) && wordCount(line.text) >= 6) return false;
  // "... its protection function." then "By 30 September 2021, the service should:": a stem starts its own
  // paragraph, whatever the margin.
  // "This plan should draw on ... about:" carries its sentence's subject on: it stays.
  if (
    endsSentence(tail) &&
    /^[A-Z][^.]*\b(?:should|must)\b[^.]*:$/.test(line.text) &&
    !/^(?:this|these|that|those|it|they|such)\b/i.test(line.text)
  )
    return false;
  // "By 30 September 2021, the service should:" then "produce a clear plan ...;": a web page's list under its
  // stem, pasted a line an entry without bullets. An entry that wraps ends no line with ";" or ".".
  if (!broken && /\b(?:should|must)\b[^.]*:$/.test(tail) && /(?:[;.]|;\s*(?:and|or))$/.test(line.text))
    return false;
  if (!broken && endsSentence(tail) && sameOpening(head, line.text)) return false;
  // "The Home Office should ... ambiguity;" over "The sector should remove ...;": a list's entries, each naming
  // who acts, pasted a line an entry without bullets.
  if (!broken && /;$/.test(tail) && DIRECTS_OPENING.test(head) && DIRECTS_OPENING.test(line.text))
    return false;
  // "The Service Should make sure ... effectively" over "The Service Should make sure ...": a page's list pasted
  // a line an entry, no full stops, each entry saying who should act in the same words.
  if (!broken && !endsOpen(tail) && sameOpening(head, line.text) && DIRECTS_OPENING.test(line.text))
    return false;
  // A line filled to the margin was wrapped, even when it happens to end with a full stop; one far past the
  // margin of most lines (a web page's paragraph among its short menu lines) was not wrapped at all.
  const full =
    prevLine !== null &&
    prevLine.text.length >= width * 0.8 &&
    prevLine.text.length <= width * 1.3 &&
    width < 200;
  // "30/05/2024" after a finished sentence is the next cell of a table pasted a cell a line, not a wrap.
  if (endsSentence(tail) && /^[\d/.-]{6,10}$/.test(line.text)) return false;
  // So is a tracker's status standing alone: "AMBER", "Complete", "In progress"; and "Recommendations" alone
  // after a finished sentence, however full the line before.
  if (endsSentence(tail) && (STATUS_CELL.test(line.text) || SECTION_NAME.test(line.text))) return false;
  // A line that stops on "the" or a comma runs on whatever the layout: "... 8 months outside the" / "NHS ...".
  const openEnded = endsOpen(tail);
  // In a paste of one paragraph a line (lines far longer than anyone wraps at), a short line that ends no
  // sentence, above one that starts with a capital, is a title or a list entry of its own.
  const unwrapped =
    unwrappedText &&
    prevLine !== null &&
    prevLine.text.length < 200 &&
    /^[A-Z]/.test(line.text) &&
    !openEnded;
  if (!broken && unwrapped) return false;
  // "- ... its response teams (Response)" then "Action Taken and Ongoing Activity" at the margin: a bullet
  // that wraps hangs its next line under its text; a capital at the margin after a short bullet starts anew.
  if (!broken && prevLine?.bullet && !line.indented && /^[A-Z]/.test(line.text) && !openEnded) return false;
  // "The way the force answers ... requires" / "improvement" / "The force is often failing ...": a wrapped
  // title ends on a short line with no full stop; the capital below it starts the text it titles.
  const nextOpens =
    prevLine !== null &&
    prevLine.text === tail &&
    !endsSentence(tail) &&
    !/[,;:]$/.test(tail) &&
    !openEnded &&
    /^["“]?[A-Z]/.test(line.text) &&
    wordCount(line.text) >= 6;
  const wrappedTitle = head !== tail && tail.length < width * 0.5;
  // "The force needs to improve its service to victims of crime" over a wrapped paragraph: a line the first
  // word below would have fitted on was ended, not wrapped.
  const oneLineTitle =
    head === tail &&
    !unwrappedText &&
    /^(?:[•*-]\s+)?[A-Z]/.test(tail) &&
    wordCount(tail) >= 4 &&
    // A line below far wider than the page's lines shows this part was not wrapped at that width at all.
    (tail.length + 1 + (line.text.split(' ')[0]?.length ?? 0) < width * 0.9 ||
      line.text.length > width * 1.5);
  // "1. Background" over "HMICFRS published ...": a paper's numbered section title, short, over its first
  // sentence; a numbered entry that wraps fills its line first.
  const numberedTitle =
    head === tail && /^\d{1,2}\.?\s+[A-Z]/.test(tail) && wordCount(tail) <= 8 && tail.length < width * 0.6;
  const titleEnded = nextOpens && (wrappedTitle || oneLineTitle || numberedTitle);
  if (!broken && titleEnded) return false;
  // A paragraph opened with a quotation mark and ended by its closing one after a full stop is a quotation
  // given whole: the line after it is the paper's own again.
  if (/^["“]/.test(head) && /[.!?]["”]$/.test(tail)) return false;
  if (!broken) return !endsSentence(tail) || startsLower(line.text) || full;
  if (endsSentence(tail)) return false;
  // "\tensure that joint agency reviews ..." / "" / "\ttarget the most vulnerable ...": indented entries that
  // each finish a stem, their bullets lost, apart by blank lines.
  if (line.indented && prevLine?.indented && startsLower(head) && startsLower(line.text)) return false;
  // Across a blank line or page turn only a sentence cut in two continues: "... We" / "welcome this ...".
  return startsLower(line.text) || (line.pageBreakBefore && tail.length >= width * 0.5);
}

/** "Wessex Police response: ...", "Thamesmere position (Head of PSD):", "[HM: ...]": a line answering what is above it. */
export function opensReply(text: string): boolean {
  return (
    BRACKETED_NOTE.test(text) ||
    inlineResponseMarker(text) !== null ||
    responseMarker(text.replace(/:$/, '')) !== null
  );
}

const OPENING_WORDS = 3;
const DIRECTS_OPENING = /^(?:\S+\s+){0,3}(?:should|must)\b/i;

function sameOpening(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/\s+/).slice(0, OPENING_WORDS).join(' ');
  return wordCount(a) > OPENING_WORDS && wordCount(b) > OPENING_WORDS && words(a) === words(b);
}

function replyTitle(text: string): boolean {
  return (
    !endsSentence(text) &&
    inlineResponseMarker(text) === null &&
    responseMarker(text.replace(/:$/, '')) !== null
  );
}
