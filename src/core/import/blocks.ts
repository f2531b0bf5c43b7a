import { LIST_MARK, type Line } from './clean-text.ts';
import { amongOtherCodes, type LabelMatch, matchLabel } from './labels.ts';
import { continues, detailsLine, FIELD_LINE, opensReply, SECTION_NAME } from './line-joins.ts';
import { bracketRunsOn, MAX_HEADING_WORDS, namesListBelow, sectionOverCount } from './list-titles.ts';
import { classifyHeading, responseMarker, TOLD_TO_DO } from './sections.ts';
import { entriesUnderStem } from './stem-entries.ts';
import { REGISTER_ENTRY } from './stem-words.ts';
import type { TableRow } from './table.ts';
import { endsSentence, FUNCTION_END, listNumber, startsLower, wordCount } from './text-util.ts';
import { joinParts, vocabulary } from './word-breaks.ts';

export type Heading = {
  type: 'heading';
  text: string;
  marked: boolean;
  index: number;
  /** The number it was printed with ("1. Inadequate police training"), when it had one. */
  number?: number;
  /** No title: where a "> " quoted passage ends, the quoted section ends too (a heading with no words). */
  quoteEnd?: boolean;
};
export type LabelBlock = { type: 'label'; match: LabelMatch; index: number };
export type Para = {
  type: 'para';
  text: string;
  bullet: boolean;
  /** Starts with a list marker ("1.", "(a)"). */
  list: boolean;
  index: number;
  /** The last line it spans, for showing an item with the lines it came from. */
  end: number;
  /** Its first line is indented: a list item pasted from a web page keeps its indent but not its bullet. */
  indented: boolean;
};
export type RowBlock = { type: 'row'; row: TableRow; index: number };
export type Block = Heading | LabelBlock | Para | RowBlock;

// Words that make a short line a clause ("This should:", "The force must:") rather than a heading.
const CLAUSE_WORD =
  /\b(?:should|must|will|would|could|can|shall|is|are|was|were|has|have|had|needs?|includ\w*|we|they|our|i)\b/i;
/** Widths of most lines: the 80th percentile, so wrapped paragraphs can be told from short headings. */
const UNWRAPPED_LINE = 400;

function typicalWidth(lines: readonly Line[]): number {
  const widths = lines
    .filter((l) => !l.bullet)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 80;
}

const QUOTATION_LEAD =
  /\b(?:reads?|says|states|stated|said)(?:\s+(?:in full|as follows|verbatim|word for word))?\s*:$/i;

const ITEMS_TITLE =
  /^(?:the\s+)?(?:[\w'’]+\s+){0,2}(?:concerns|matters of concern|recommendations|areas for improvement|causes of concern)$/i;

function isHeading(line: Line, next: Line | undefined, width: number): boolean {
  if (line.bullet || line.row) return false;
  // "c. Maintenance documentation indicated that indicator side" / page break / "repeater lamps were ...":
  // a sentence cut by the page, not a title.
  if (next?.pageBreakBefore && startsLower(next.text)) return false;
  // "Do you accept the recommendation? Yes": a question and its answer, in bold or not, head nothing.
  if (/\?\s*(?:yes|no|partially|in part)?\.?$/i.test(line.text)) return false;
  if (line.marked) return wordCount(line.text) <= 25;
  // "Re: Tower Hamlets" on a line of its own heads the concerns for that addressee.
  if (
    /^re:\s+[A-Z]/i.test(line.text) &&
    wordCount(line.text) <= 10 &&
    line.gapBefore > 0 &&
    (next?.gapBefore ?? 1) > 0
  )
    return true;
  // "Merseyside Police: Crime Data Integrity inspection 2016 (7319)": a register entry's title.
  if (REGISTER_ENTRY.test(line.text) && wordCount(line.text) <= 15 && (next?.gapBefore ?? 1) > 0) return true;
  // "Roads policing" over "Published on: July 2020    Reference: 10391": a register record's title, under
  // which the section goes on.
  if (next !== undefined && detailsLine(next.text)) return false;
  // "2. ACCT" over "a) Officers were ...": a numbered concern's title with its points, not a heading.
  if (line.listMark && /^\(?a[.)]\s/.test(next?.text ?? '')) return false;
  // "3  How we allocate now" over "3.1 Every referral ...": a paper's numbered section over its own numbered
  // paragraphs, whatever its words.
  const section = /^(\d{1,2})\.?\s+[A-Z]/.exec(line.text);
  if (
    section &&
    next?.text.startsWith(`${section[1]}.1 `) &&
    wordCount(line.text) <= 10 &&
    !endsSentence(line.text)
  )
    return true;
  // A numbered section heading ("4. THE FORCE'S RESPONSE", "2. Response to the recommendations").
  const text = line.listMark ? line.text.replace(LIST_MARK, '') : line.text;
  // "APPENDIX A - OUTSTANDING AREAS FOR IMPROVEMENT (as at 29 February 2024)": the note in brackets dates it.
  const core = text.replace(/\s*\([^()]*\)$/, '');
  if (wordCount(core) > MAX_HEADING_WORDS || text.length > 100 || !/^[A-Z0-9]/.test(text)) return false;
  if (/[.!?;,]["'”’)]*$/.test(text)) return false;
  // "Response sent to HMICFRS: 08/08/2024" is a field; "Police and Crime Commissioner's response to" runs on.
  // "Essex response due 26 June 2025" under an item is its field too.
  if (/:\s*[\d/.-]+$/.test(text) || FUNCTION_END.test(text) || /\b(?:response|reply)\s+due\b/i.test(text))
    return false;
  const letters = core.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  // "What the force needs to improve" on a line of its own names a section, clause words and all.
  const alone = line.gapBefore > 0 && (next === undefined || next.gapBefore > 0);
  // "2.2 The matter of concern in the report reads in full:" leads into a quotation: a sentence, not a title.
  if (QUOTATION_LEAD.test(core)) return false;
  // "To address this cause of concern, we recommended that the constabulary should:" is a stem over its
  // bullets, whatever kind it names.
  if (/\b(?:should|must)\s*:$/i.test(core)) return false;
  const names = /^(?:areas_for_improvement|causes_of_concern|recommendations)$/.test(classifyHeading(core));
  if (alone && names) return true;
  // "Our position" / "Our response" on a line of its own titles the reply below it, clause word and all.
  if (line.gapBefore > 0 && wordCount(text) <= 4 && responseMarker(text) !== null) return true;
  // "2. What HMICFRS says the constabulary should do" right above its bullets: a title, clause words and all.
  if (line.gapBefore > 0 && next?.bullet && TOLD_TO_DO.test(core.toLowerCase())) return true;
  if (CLAUSE_WORD.test(text)) return false;
  // "To consider the existing legibility of the painted road markings": what a coroner asks be done, an
  // infinitive, not a title ("To the Secretary of State", "To Calderdale Council" name whom).
  if (/^To\s+(?!the\b|all\b|an?\b)[a-z]+\s/.test(text)) return false;
  // "Target date: 31 March 2024" is a field; "Annex A: Progress against ..." is a heading.
  if (FIELD_LINE.test(text) && !/^(?:annex|appendix|chapter|part|section|schedule)\b/i.test(text))
    return false;
  const isolated = next === undefined || next.gapBefore > 0 || next.pageBreakBefore || next.marked;
  // "2. The coroner's concerns (quoted in full)" right above its first line: a section named by its items.
  if (line.listMark && line.gapBefore > 0 && names && ITEMS_TITLE.test(core)) return true;
  if (line.listMark) return line.gapBefore > 0 && isolated && /^[A-Z]/.test(text);
  if (text.endsWith(':')) return true;
  if (line.gapBefore > 0 && isolated) return true;
  // "Recommendations - immediate" right above its bullets: a title naming the items, not a lead-in sentence.
  if (line.gapBefore > 0 && next?.bullet && names) return true;
  // A bare "Recommendations" over bullets titles them, blank line or not (a PDF's text without gaps).
  if (next?.bullet && SECTION_NAME.test(text)) return true;
  // A short line right above a paragraph, in a document whose lines are wrapped at a fixed width.
  return next !== undefined && !next.bullet && line.text.length < width * 0.7 && /^[A-Z]/.test(next.text);
}

/**
 * "• ... in place;" / page turn / "Avon Fire and Rescue Service: Causes of concern revisit letter" / "•
 * temporary risks ...": a list whose entry ends with ";" goes on, so a title between two of its bullets is the
 * next page's running head.
 */
function withoutHeadsInLists(blocks: Block[]): Block[] {
  return blocks.filter((block, k) => {
    const before = blocks[k - 1];
    const after = blocks[k + 1];
    return !(
      block.type === 'heading' &&
      before?.type === 'para' &&
      before.bullet &&
      /(?:[;,]|;\s*(?:and|or))$/.test(before.text) &&
      after?.type === 'para' &&
      after.bullet
    );
  });
}

type Open = { para: Para; parts: string[]; tail: string };

// "monitor and analyse ... disparities;" / "take action on those; and": a paragraph that opens in lower case
// and closes a line with "; and" is an entry of a list that lost its bullets; the next line is the next one.
function listEntryEnds(open: Open): boolean {
  return /^[a-z]/.test(open.parts[0] ?? '') && /;(?:\s*(?:and|or))?$/.test(open.tail);
}

/** Groups cleaned lines into headings, item labels and paragraphs (wrapped lines and page breaks re-joined). */
const QUOTE_ENDS =
  /^[-=*_\s[(]*end\s+of\s+(?:the\s+)?(?:quoted\s+text|quotation|quote|extract|coroner['’]s\s+wording)[-=*_\s\])]*$/i;

export function toBlocks(lines: readonly Line[]): Block[] {
  const width = typicalWidth(lines);
  // Nobody wraps at 400 characters: where such lines occur, line ends were typed, not wrapped.
  const unwrappedText = lines.some((l) => l.text.length > UNWRAPPED_LINE);
  const words = vocabulary(lines);
  const blocks: Block[] = [];
  let open: Open | null = null;
  let lastLine: Line | null = null;
  // A heading line ("Areas for improvement") ends no sentence, yet a label may follow it directly.
  let afterHeading = false;
  const flush = () => {
    if (open) blocks.push({ ...open.para, text: joinParts(open.parts, words) });
    open = null;
  };
  const start = (text: string, line: Line, i: number) => {
    open = { para: newPara(text, line, i), parts: [text], tail: text };
  };
  // The line that closed a title's bracket, already read into the title.
  let bracketTail = -1;
  lines.forEach((line, i) => {
    if (i === bracketTail) return;
    // Words after a quoted passage are the writer's again: whatever section the quote opened ends there,
    // unless they answer what was quoted ("Wessex Police response: ...", "[HM: ...]").
    const answers = opensReply(line.text);
    // A line in lower case is the quoted sentence wrapped by a mail client that dropped its "> ".
    if (line.afterQuote === true && !answers && !startsLower(line.text)) {
      flush();
      blocks.push({ type: 'heading', text: '', marked: false, index: i, quoteEnd: true });
      lastLine = null;
    }
    // "--- end of quoted text ---": the writer says where the quotation stops.
    if (QUOTE_ENDS.test(line.text)) {
      flush();
      blocks.push({ type: 'heading', text: '', marked: false, index: i, quoteEnd: true });
      lastLine = null;
      return;
    }
    if (line.row) {
      flush();
      blocks.push({ type: 'row', row: line.row, index: i });
      lastLine = line;
      afterHeading = false;
      return;
    }
    const current: Open | null = open;
    const matched = matchLabel(line.text);
    const ownLine = (lines[i + 1]?.gapBefore ?? 1) > 0;
    const candidate =
      matched !== null && ((ownLine && namesASource(matched)) || amongOtherCodes(lines, i)) ? null : matched;
    const label =
      candidate &&
      (line.gapBefore > 0 ||
        line.marked ||
        afterHeading ||
        endsParagraph(lastLine) ||
        alone(candidate, lastLine) ||
        outdented(lastLine, line) ||
        nextInCount(candidate, lastLine))
        ? candidate
        : null;
    afterHeading = false;
    if (label) {
      flush();
      blocks.push({ type: 'label', match: label, index: i });
      const next = lines[i + 1];
      // "Recommendation 1 - a confidential way to raise concerns" over its indented words: an outline's
      // title for the item, not the start of its text.
      if (
        label.rest !== '' &&
        !line.indented &&
        next?.indented &&
        next.gapBefore === 0 &&
        titleOnly(label.rest)
      )
        blocks.push({ type: 'heading', text: label.rest, marked: false, index: i });
      else if (label.rest !== '') start(label.rest, line, i);
    } else if (
      current !== null &&
      !listEntryEnds(current) &&
      !namesListBelow(line, lines[i + 1]) &&
      !bracketRunsOn(lines, i) &&
      continues(current.parts[0] ?? '', current.tail, lastLine, line, width, unwrappedText)
    ) {
      current.parts.push(line.text);
      current.tail = line.text;
      current.para.end = i;
    } else if (bracketRunsOn(lines, i)) {
      flush();
      blocks.push({
        type: 'heading',
        text: `${line.text} ${lines[i + 1]?.text}`,
        marked: line.marked,
        index: i,
      });
      afterHeading = true;
      bracketTail = i + 1;
    } else if (
      isHeading(line, lines[i + 1], width) ||
      namesListBelow(line, lines[i + 1]) ||
      sectionOverCount(lines, i)
    ) {
      flush();
      const text = line.text.replace(LIST_MARK, '').replace(/:$/, '').trim();
      const printed = line.listMark ? listNumber(line.text) : null;
      const number = printed === null ? {} : { number: printed };
      // "2. Recommendation 1": a letter's numbered section titled by the item it answers.
      const titledBy = printed === null ? null : matchLabel(text);
      if (titledBy !== null && titledBy.rest === '' && titledBy.number !== null)
        blocks.push({ type: 'label', match: titledBy, index: i });
      else blocks.push({ type: 'heading', text, marked: line.marked, index: i, ...number });
      afterHeading = true;
    } else {
      flush();
      start(line.text, line, i);
    }
    lastLine = line;
  });
  flush();
  return entriesUnderStem(withoutHeadsInLists(blocks), lines).map((block) => wrappedTitle(block, lines));
}

/**
 * "Annex 2: Summary of recommendations" / "with a specific timeframe": a title naming the items, wrapped
 * onto a second line, reads as a paragraph; a short one with no sentence end and a gap after is the title.
 */
function wrappedTitle(block: Block, lines: readonly Line[]): Block {
  if (block.type !== 'para' || block.bullet || block.list || block.end === block.index) return block;
  if (wordCount(block.text) > MAX_HEADING_WORDS || /[.!?;:,]$/.test(block.text)) return block;
  if ((lines[block.end + 1]?.gapBefore ?? 1) === 0) return block;
  if (!/^(?:areas_for_improvement|causes_of_concern|recommendations)$/.test(classifyHeading(block.text)))
    return block;
  return { type: 'heading', text: block.text, marked: false, index: block.index };
}

/**
 * "Recommendation - Merseyside Police, April 2022": an unnumbered label over a few words that direct no one
 * and end no sentence, on a line of its own, is a heading naming where the item below comes from.
 */
function namesASource(label: LabelMatch): boolean {
  const rest = label.rest;
  return (
    label.number === null &&
    label.key === null &&
    label.qualifier === null &&
    rest !== '' &&
    !/[.!?]\s/.test(rest) &&
    wordCount(rest) <= 10 &&
    !endsSentence(rest) &&
    !/\b(?:should|must|recommends?|needs? to|ought)\b/i.test(rest) &&
    // "Area for improvement: The force doesn't consistently achieve ...": a finding about the force, not a source.
    !/^(?:the\s+)?(?:force|service|constabulary|council|trust|department|organisation)\b/i.test(rest)
  );
}

// A label only starts a line that follows a finished sentence, a heading or a gap; otherwise it is a
// reference wrapped onto a new line ("as outlined above under" / "Recommendation 5. Low risk cases").
function endsParagraph(prev: Line | null): boolean {
  if (prev === null || endsSentence(prev.text) || prev.marked || SECTION_NAME.test(prev.text)) return true;
  // "3. The actions relevant to Wessex" right above "Action 1 (College of Policing): ...": a numbered title.
  if (prev.listMark && wordCount(prev.text) <= 8 && !FUNCTION_END.test(prev.text)) return true;
  return !/[a-z,]$/.test(prev.text);
}

// "Area for improvement 1" on a line of its own under "Our findings" is a label; a reference wrapped onto
// a new line follows a sentence that runs on ("... set out under" / "Recommendation 5 above").
// So is an unnumbered "Recommendation: The Council should ..." under "1. Starters and leavers".
function alone(label: LabelMatch, prev: Line | null): boolean {
  if (prev === null || FUNCTION_END.test(prev.text) || /,$/.test(prev.text)) return false;
  return label.rest === '' || (label.number === null && label.key === null);
}

// An outline's next entry at the margin, after the indented lines of the one before: a new block, however the
// line above ends ("Status: complete").
// "AFI 2 - ..." right under "AFI 1 - ...": the count's next item, whatever ends the line above.
function nextInCount(label: LabelMatch, prev: Line | null): boolean {
  const before = prev === null ? null : matchLabel(prev.text);
  return before?.number != null && before.kind === label.kind && label.number === before.number + 1;
}

function outdented(prev: Line | null, line: Line): boolean {
  return prev?.indented === true && !line.indented && !FUNCTION_END.test(prev.text) && !/,$/.test(prev.text);
}

const TITLE_WORDS = 8;

/** A few words naming a subject, no sentence: they direct no one and stop on no word a sentence runs on from. */
function titleOnly(text: string): boolean {
  return (
    wordCount(text) <= TITLE_WORDS &&
    !/[.;:,]$/.test(text) &&
    !/\b(?:should|must|recommends?|needs? to|ensure)\b/i.test(text) &&
    !FUNCTION_END.test(text)
  );
}

function newPara(text: string, line: Line, index: number): Para {
  return {
    type: 'para',
    text,
    bullet: line.bullet,
    list: line.listMark,
    index,
    end: index,
    indented: line.indented,
  };
}
