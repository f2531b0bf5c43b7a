import type { IsoDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import type { Para } from './blocks.ts';
import { attachReplies } from './replies.ts';
import { isReplyOnly, opensReply, splitByCopy, splitByShape, splitClosing } from './responses.ts';
import type { ResponseKind, SectionKind } from './sections.ts';
import { joinParagraphs, tokens, wordCount } from './text-util.ts';
import type { Occurrence, Section } from './walk-model.ts';

/** An item with its text and responses settled, before deadlines and addressees are read from the text. */
export type Draft = {
  kind: ItemKind;
  label: string | null;
  number: number | null;
  qualifier: string | null;
  text: string;
  force: string | null;
  pcc: string | null;
  causeOfConcern: string | null;
  /** A table's deadline column, and the group date it counts from. field: a "Target date: ..." line. */
  column: { due: string | null; anchor: IsoDate | null; field?: boolean } | null;
  uncertain: string[];
  /** Addressees a table names in a column of their own. */
  addressees: string[];
  /** The first and last line of its first copy in the cleaned document. */
  span: [number, number];
};

export type Merged = { drafts: Draft[]; overall: Record<ResponseKind, string | null> };

// "Awaiting response." is the absence of a response, not one.
const PLACEHOLDER =
  /^(?:awaiting(?: response)?|response awaited|no response(?: (?:yet|received))?|n\/?a|tbc|tba|none|-+|–)\.?$/i;

// "Signed: Police and Crime Commissioner", "Date: 25/08/2017": who signed, not what they said.
const SIGNATURE = /^(?:signed|signature|date|dated)\s*:/i;

function speakerOf(kind: SectionKind): ResponseKind | null {
  if (kind === 'force_response') return 'force';
  if (kind === 'pcc_response') return 'pcc';
  if (kind === 'responses') return 'force';
  return null;
}

// Copies of one item share a key: its kind and printed number, or for an unnumbered item its words (bullets
// under one long stem differ only at the end, so all of them, within reason).
function keyOf(occ: Occurrence): string {
  if (occ.key !== null) return `${occ.kind}:${occ.key.toLowerCase()}`;
  const first = occ.explicit?.text ?? occ.body[0]?.text ?? '';
  return `${occ.kind}:~${tokens(first).slice(0, 80).join(' ')}`;
}

// Copies of one item share nearly all their words; different items of one log share only the common ones.
function sameItem(first: Occurrence | undefined, occ: Occurrence): boolean {
  // Outside a reply's section a copy repeats the item's words; "1." under a briefing's second heading that
  // says something else is another report's item 1.
  const wordsOf = (o: Occurrence | undefined) => {
    const own = o !== undefined && speakerOf(o.section) === null ? o.body[0]?.text : undefined;
    return o?.explicit?.text ?? (own !== undefined && tokens(own).length >= 12 ? own : undefined);
  };
  const a = wordsOf(first);
  const b = wordsOf(occ);
  if (!a || !b) return true;
  const mine = tokens(a);
  const theirs = new Map<string, number>();
  for (const w of tokens(b)) theirs.set(w, (theirs.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of mine) {
    const left = theirs.get(w) ?? 0;
    if (left > 0) {
      common++;
      theirs.set(w, left - 1);
    }
  }
  // Two table rows are two items unless their words are (nearly) the same: a log repeats the numbers of
  // the reports it lists, and concerns of one subject share many words.
  return (2 * common) / (mine.length + tokens(b).length) >= 0.9;
}

// "Cause of concern" over "• Community policing teams ...", in notes kept all in bullets: the item's words
// start after the bullet; bullets further down are its own list.
function texts(paras: readonly Para[]): string[] {
  return paras.map((p, k) => (k === 0 && p.bullet ? p.text.replace(/^•\s*/, '') : p.text));
}

function response(paras: readonly Para[]): string | null {
  const text = joinParagraphs(texts(paras));
  return text === null || PLACEHOLDER.test(text) ? null : text;
}

/**
 * Merges the copies of each item. In a document that answers a report ("Government response to ...") what
 * follows an item's own text, unmarked, is the answer to it.
 */
export type MergeOptions = {
  /** The document answers a report, item by item. */
  answers: boolean;
  /** Who writes the document, and so whose are "Overall comments" that name no one. */
  author: ResponseKind;
};

export function mergeOccurrences(
  sections: readonly Section[],
  { answers, author }: MergeOptions = { answers: false, author: 'force' },
): Merged {
  const groups = new Map<string, Occurrence[]>();
  const overallParas: Record<ResponseKind, Para[]> = { force: [], pcc: [] };
  for (const section of sections) {
    const speaker = speakerOf(section.kind);
    // An unnamed "Response to the recommendations" section's own paragraphs introduce it; they reply to nothing.
    if (speaker && section.kind !== 'responses') overallParas[speaker].push(...section.loose);
    // "Overall comments" under nobody's name are the author's.
    if (section.kind === 'responses' && /\boverall\b/i.test(section.heading ?? ''))
      overallParas[author].push(...section.loose);
    for (const occ of section.items) {
      let key = keyOf(occ);
      // A log of several reports repeats their numbers: rows whose words differ are different items.
      while (groups.has(key) && !sameItem(groups.get(key)?.[0], occ)) key = `${key}+`;
      const group = groups.get(key);
      if (group) group.push(occ);
      else groups.set(key, [occ]);
    }
  }
  // A bare label with nothing under it (a table's column title read as a label) is no item.
  const drafts = [...groups.values()]
    .map((occs) => buildDraft(occs, overallParas, answers))
    .filter((d) => d.text !== '' || d.force !== null || d.pcc !== null);
  return {
    drafts: attachReplies(drafts),
    overall: {
      force: joinParagraphs(texts(overallParas.force.filter((p) => !SIGNATURE.test(p.text)))),
      pcc: joinParagraphs(texts(overallParas.pcc.filter((p) => !SIGNATURE.test(p.text)))),
    },
  };
}

/** The item's own text from its first copy, and what of that copy is already a reply. */
function firstCopy(
  occ: Occurrence,
  speaker: ResponseKind | null,
  answering: boolean,
): { text: Para[]; reply: Para[] } {
  if (occ.explicit !== null) return { text: [], reply: [] };
  // A cause of concern is a finding, stated in as many paragraphs as it takes; its recommendations follow
  // under their own labels or heading.
  // So is a coroner's "Concern 2", however many paragraphs the coroner gives it.
  const finding = occ.kind === 'cause_of_concern' || /^(?:matter of )?concern\b/i.test(occ.label ?? '');
  // In a response section a copy may be the reply alone ("4.1 Recommendation (x): Accepted. ..."); a finding
  // directs no one, so only a reply's opening ("Accepted", "We have ...") says it is one.
  const first = occ.body[0];
  const replyOnly = finding ? first !== undefined && opensReply(first) : isReplyOnly(occ.body);
  if (speaker !== null && !answering && replyOnly && occ.quoted !== true)
    return { text: [], reply: occ.body };
  if (finding && speaker === null) return { text: occ.body, reply: [] };
  // A titled concern's paragraphs are all its words, in a reply too: the reply comes under its own title.
  if (occ.whole === true) return { text: occ.body, reply: [] };
  const split =
    occ.quoted === true
      ? { text: occ.body.slice(0, 1), rest: occ.body.slice(1) }
      : splitByShape(withoutPreamble(occ));
  // Outside a response section, the paragraphs after the item are a reply only when they open like one
  // ("4.1 The government agrees ..."); otherwise they are the report's own narrative.
  const answered = split.rest[0] !== undefined && opensReply(split.rest[0]);
  return { text: split.text, reply: speaker !== null || answered ? split.rest : [] };
}

// "That the owner and manager of every high-rise building be required by law to ...": an inquiry's words.
const DIRECTS = /\b(?:should|must|recommends?\s+that)\b|^that\s/i;

/** A few words that direct no one: whom and when, or a title. */
function namesOnly(text: string): boolean {
  return wordCount(text) <= 8 && !DIRECTS.test(text);
}

/**
 * "Recommendation - Derbyshire Constabulary, October 2020" then the case, then "The IOPC recommends that ...":
 * under a label that only names whom and when, the recommendation is the first paragraph that directs.
 */
function withoutPreamble(occ: Occurrence): Para[] {
  const [first] = occ.body;
  const subtitle = first !== undefined && first.index === occ.at && namesOnly(first.text);
  if (!subtitle) return occ.body;
  const k = occ.body.findIndex((p) => DIRECTS.test(p.text));
  return k > 0 ? occ.body.slice(k) : occ.body;
}

function buildDraft(
  occs: readonly Occurrence[],
  overall: Record<ResponseKind, Para[]>,
  answers: boolean,
): Draft {
  const responses: Record<ResponseKind, Para[]> = { force: [], pcc: [] };
  let text: Para[] = [];
  let explicitText: string | null = null;
  occs.forEach((occ, i) => {
    const answering = answers && speakerOf(occ.section) === null;
    const speaker = speakerOf(occ.section) ?? (answering ? 'force' : null);
    let reply: Para[] = [];
    if (i === 0 || (text.length === 0 && explicitText === null)) {
      const first = firstCopy(occ, speaker, answering);
      text = first.text;
      explicitText = occ.explicit?.text ?? null;
      reply = first.reply;
    } else if (speaker !== null) {
      reply = splitByCopy(occ.body, explicitText ?? joinParagraphs(texts(text)) ?? '');
    } else if (explicitText === null && namesOnly(joinParagraphs(texts(text)) ?? '')) {
      // "Recommendation 1: neighbourhood policing" on a guide's contents, then the item's own page: the
      // copy whose words direct someone holds the text.
      const later = firstCopy(occ, speaker, answering);
      if (later.text.some((p) => DIRECTS.test(p.text))) text = later.text;
    }
    if (speaker === null && i === 0 && reply.length > 0) responses.force.push(...reply);
    if (speaker !== null) {
      if (occ.lastInSection) {
        const { own, closing } = splitClosing(reply);
        overall[speaker].push(...closing);
        reply = own;
      }
      responses[speaker].push(...reply);
    }
    responses.force.push(...occ.marked.force);
    responses.pcc.push(...occ.marked.pcc);
  });
  const first = occs[0];
  const withColumn = occs.find((o) => o.explicit?.due != null || o.explicit?.anchor != null)?.explicit;
  const dueField = occs.find((o) => o.dueField !== null)?.dueField ?? undefined;
  return {
    kind: first?.kind ?? 'recommendation',
    label: first?.label ?? null,
    number: first?.number ?? null,
    qualifier: occs.find((o) => o.qualifier !== null)?.qualifier ?? null,
    text: unwrapQuoted(explicitText ?? joinParagraphs(texts(text)) ?? ''),
    force: response(responses.force),
    pcc: response(responses.pcc),
    causeOfConcern: occs.find((o) => o.causeOfConcern !== null)?.causeOfConcern ?? null,
    column: withColumn
      ? { due: withColumn.due, anchor: withColumn.anchor }
      : dueField !== undefined
        ? { due: dueField, anchor: null, field: true }
        : null,
    uncertain: [],
    addressees:
      occs.find((o) => (o.explicit?.addressees.length ?? 0) > 0)?.explicit?.addressees ??
      occs.find((o) => (o.addressedTo?.length ?? 0) > 0)?.addressedTo ??
      [],
    span: first ? spanOf(first) : [0, -1],
  };
}

function spanOf(occ: Occurrence): [number, number] {
  const paras = [...occ.body, ...occ.marked.force, ...occ.marked.pcc];
  return [occ.at, Math.max(occ.end, ...paras.map((p) => p.end))];
}

// 'West Yorkshire Police (December 2022): "The IOPC recommends that ..." The Board noted ...': minutes name whose
// item they quote, quote it whole, then say what the meeting made of it. The words in the quotation marks are
// the item.
const NAMED_QUOTE = /^[^"“”:]{3,80}:\s+["“]([^"“”]+)["”]/;

function unwrapQuoted(text: string): string {
  const inner = NAMED_QUOTE.exec(text)?.[1];
  return inner !== undefined && DIRECTS.test(inner) ? inner : text;
}
