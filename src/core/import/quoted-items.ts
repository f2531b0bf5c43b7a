import type { ItemKind } from '../model/entities.ts';
import { AGREED_SUBJECT } from './addressees.ts';
import type { Para } from './blocks.ts';
import { findDues } from './deadlines.ts';
import { namedKind, RECOMMENDED_THAT } from './stem-words.ts';
import { isQuestion, wordCount } from './text-util.ts';

/*
 * An item quoted whole, in quotation marks, in a paragraph of its own after the line that introduces it:
 * minutes, letters and panel papers quote a recommendation so ("The first was made to Merseyside Police
 * in ...:"), and a revisit letter its cause of concern ("Our inspection found:").
 */

const QUOTED = /^["“](.+)["”]$/;

/** The words inside a paragraph quoted whole, or null when it is not. */
export function unquoted(text: string): string | null {
  return QUOTED.exec(text)?.[1] ?? null;
}

// "We recommend, that within six months, forces review ...", "If forces haven't yet ..., they should use ...",
// "In order to effectively track ..., the Department should set targets ...", "To ensure that ..., the city
// council should establish ...".
function directs(inner: string): boolean {
  const lead = findDues(inner).find((d) => d.index === 0);
  const rest = lead === undefined ? inner : inner.slice(lead.phrase.length).replace(/^[\s,]+/, '');
  return (
    /^(?:the\s+)?[\w'’ -]{1,60}?\s+(?:should|must)\b/i.test(rest) ||
    /^we\s+recommend,?\s+that\b/i.test(rest) ||
    /^(?:if|in order to|to|where|when)\b[^.]{0,200},\s*(?:they|it|the\s+[\w'’ -]{1,60}?)\s+(?:should|must)\b/i.test(
      rest,
    )
  );
}

// "B1 | Avon and Somerset Constabulary | PEEL 2018/19 | Area for improvement": a register's record line, its
// reference first and its kind last, over the item quoted below it.
const RECORD_HEAD =
  /^([A-Z]{0,3}\d{1,3}[a-z]?)\s+\|(?:[^|]*\|)+\s*(areas? for improvement|recommendations?|causes? of concern)\s*$/i;

const BELOW =
  /\b(?:recommendations?|concerns|conclusions|areas? for improvement|causes? of concern)\b[^.:]{0,80}\b(?:set out|quoted|listed|given|copied|reproduced)\s+(?:in full\s+)?below\b/i;

/**
 * The item a quoted paragraph is, with its words unquoted, or null: `before` and `after` are the section's
 * paragraphs either side of it, `own` the kind its section holds.
 */
export function quotedItem(
  para: Para,
  before: Para | undefined,
  after: Para | undefined,
  own: ItemKind | null,
  afterItem: ItemKind | null = null,
): { kind: ItemKind; text: string; label: string | null; number: number | null } | null {
  const inner = unquoted(para.text);
  const record = RECORD_HEAD.exec(before?.text ?? '');
  // "The recommendations I have in mind are set out below, exactly as the State Auditor wrote them. ...": a
  // paragraph saying the items follow, though it ends on something else; each quoted paragraph after the
  // first goes on from the item before it.
  const introduces =
    before !== undefined &&
    (/:$/.test(before.text) ||
      BELOW.test(before.text) ||
      record !== null ||
      (afterItem && unquoted(before.text) !== null));
  if (inner === null || before === undefined || !introduces) return null;
  // "Our inspection found:", the finding, then "We made the following recommendations:" (or the next
  // heading): a revisit letter's cause of concern, then what was asked about it.
  const found = /\b(?:our inspection|we)\s+found\s*:$/i.test(before.text);
  const recommendations = (text: string) =>
    /\bfollowing recommendations?\b/i.test(text) || RECOMMENDED_THAT.test(text);
  if (found && (after === undefined || recommendations(after.text)))
    return { kind: 'cause_of_concern', text: inner, label: null, number: null };
  if (/["“”]/.test(inner) || !directs(inner)) return null;
  if (record !== null) {
    const kind = namedKind(`${record[2]}:`) ?? 'recommendation';
    return { kind, text: inner, label: record[1] ?? null, number: Number(/\d+/.exec(record[1] ?? '')?.[0]) };
  }
  // "This report made an area for improvement rather than a recommendation:" says which it is.
  return {
    kind: afterItem ?? namedKind(before.text) ?? own ?? 'recommendation',
    text: inner,
    label: null,
    number: null,
  };
}

// "The Ombudsman's final decision said:", "The coroner's report states:": a line that gives another's words
// next, with or without quotation marks.
// "From Police performance: Getting a grip (7 July 2023):": where the item below comes from.
const SAID =
  /\b(?:said|says|states|stated|reads|read|concluded|decided)\s*:$|^from\s+[A-Z][^:]*\S.*\(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)\s*:$/i;
// "We recommend the Council provide an apology ...", "We also recommend that the Trust ...": the words of the
// body quoted, which speaks of itself as "we", to another it names.
const WE_RECOMMEND_TO = /^[Ww]e\s+(?:also\s+|further\s+)?recommend\s+(?:that\s+)?(?:the\s+)?[A-Z]/;

// "... to Highways Department, Sandwell MBC. The coroner wrote:": the paragraph below is the coroner's concern
// in their words, which need direct no one.
const CORONER_GAVE =
  /\bcoroner(?:['’]s\s+(?:report|concerns?))?\s+(?:wrote|said|says|states|stated|reads|raised)(?:\s+that)?\s*:$/i;
const CONCERN_WORDS = 12;

// "London Borough of Enfield (18 010 988) - disabled facilities grants", "Liverpool City Council - Ombudsman
// reference 22 000 114": an Ombudsman's case, its remedies below.
const OMBUDSMAN_CASE =
  /\(\d{2}\s\d{3}\s\d{3}\)|\bombudsman\s+(?:ref(?:erence)?|case)\.?\s*(?:no\.?\s*)?:?\s*\d{2}\s\d{3}\s\d{3}\b/i;

/**
 * An item given in its writer's own words without quotation marks, after the line saying whose words follow
 * (`before`); `afterItem` when `before` was itself such an item, which "We also recommend ..." goes on from.
 */
export function toldItem(para: Para, before: Para | undefined, afterItem: boolean): string | null {
  if (before === undefined || para.list || para.bullet) return null;
  if (CORONER_GAVE.test(before.text) && wordCount(para.text) >= CONCERN_WORDS && !isQuestion(para.text))
    return para.text;
  const gives = SAID.test(before.text) || OMBUDSMAN_CASE.test(before.text);
  if (gives && (WE_RECOMMEND_TO.test(para.text) || AGREED_SUBJECT.test(para.text) || directs(para.text)))
    return para.text;
  return afterItem && (WE_RECOMMEND_TO.test(para.text) || AGREED_SUBJECT.test(para.text)) ? para.text : null;
}
