import type { ItemKind } from '../model/entities.ts';
import { ADDRESSEE_GROUPS, IMPERATIVE } from './stem-words.ts';
import { wordCount } from './text-util.ts';

/** An item label at the start of a line: "Recommendation 5", "Area for improvement 2:", "Cause of concern". */
export type LabelMatch = {
  kind: ItemKind;
  /** As printed, or null when only the kind is named ("Recommendation: The force should ..."). */
  label: string | null;
  number: number | null;
  /** The printed number as a key for matching copies: "5", "3.2"; null when unnumbered. */
  key: string | null;
  /** "(vetting appeals)" in "Recommendation (vetting appeals): Accepted": which item a reply answers. */
  qualifier: string | null;
  /** Text after the label on the same line ("Recommendation 1: By 31 October ..."). */
  rest: string;
  /** The paragraph number printed before the label ("2" in "2.Recommendation: ..."), or null. */
  paragraph: string | null;
  /** A coroner's concern under its own title ("First concern"): every paragraph below is its text. */
  finding?: boolean;
  /** A register's own reference ("RA-07"): the kind is the section's, not the label's. */
  register?: boolean;
  /** A committee's cited conclusion: its paragraph is the item's words, even under a reply's heading. */
  quoted?: boolean;
  /** A record's field naming the item ("What the council agreed:"), which no title above it numbers. */
  field?: boolean;
};

// A paper's own paragraph number may come first ("4.1 Recommendation (vetting appeals): Accepted.").
// "2.Recommendation:" as a web page glues it.
// "4: PAC recommendation:" as a Treasury Minute re-keyed by hand numbers it.
const PARAGRAPH = /^([A-Z]?\d{1,2}(?:\.\d{1,2})*(?:[.:]?\s+|\.(?=[A-Z])))?/;
// "Cause 1" is a paper's short form of "Cause of concern 1"; "Concern (1)" brackets the coroner's number;
// "Recommendation 33.12a": an inquiry's paragraph and its letter. "Action 1 - The College of Policing should:":
// a super-complaint report's numbered actions for national bodies. "Learning recommendation 2": the IOPC's own.
// "Conclusion 1 - Home Office": a committee's numbered conclusion, which its recommendations are.
// "Rec #1", "CoC 1": a tracker's hash before the number, and its short form of "Cause of concern".
const LABEL =
  /^((?:learning\s+)?recommendation|rec\.?|r(?=\d)|action(?=\s+\d)|conclusion(?=\s+\d{1,2}(?:\s*$|\s+[-–—:]|[.:]?\s+[A-Z]))|area for improvement|afi|cause (?:of|for) concern|cause(?=\s*\d)|coc(?=\s*\d)|(?:matter of )?concern)(?![a-z])(?:\s*(?:no\.?|number|#)(?=\s*\d))?(?:\s*(\d{1,4}(?:\.\d{1,2})?(?:[a-z](?![a-z]))?)(?![\d.]*\d)|\s+([ivx]{1,5})(?![a-z])|\s*\((\d{1,3})\)|\s+([a-h]\)|[A-H]\d{0,2}|[A-Z]\d{1,3})(?!\w))?(?:\s*\(([^()]{1,60})\))?/i;
// "The coroner's concern:", "PAC recommendation:", "Coroner's concern 3 (to recipients 1 to 3 only)":
// whose item follows.
const OWNER =
  /^(?:the\s+)?(?:(?:coroner|senior coroner|inspectorate|inspectors|committee|iopc|hmicfrs|court)['’]s|pac|nao|committee|iopc(?:\s+learning)?|hmicfrs|hmic)\s+(?=(?:recommendation|concern|matter of concern)\s*(?:(?:\s*\([^()]{1,60}\))?\s*:|\d{1,3}(?:\s*\([^()]{1,60}\))?\s*$|\(\d{1,3}\)\s*$))/i;
// "Rec 1 | Rapporteur: Cllr P. Hughes": a paper's bar between the label and a field of the entry.
const SEPARATOR = /^\s*(?:[:.)|]|[-–—](?=\s|$))\s*/;

function kindOf(word: string): ItemKind {
  const w = word.toLowerCase();
  if (w.startsWith('area') || w === 'afi') return 'area_for_improvement';
  // "CoC 1": a tracker's short form.
  if (w.startsWith('cause') || w === 'coc') return 'cause_of_concern';
  return 'recommendation';
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(s: string): number {
  let total = 0;
  const chars = s.toLowerCase();
  for (let i = 0; i < chars.length; i++) {
    const value = ROMAN[chars[i] ?? ''] ?? 0;
    const next = ROMAN[chars[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

// An all-capitals label reads better, and compares equal to its other copies, in sentence case.
function presentable(label: string): string {
  if (label !== label.toUpperCase() || label.length <= 3) return label;
  return label.charAt(0) + label.slice(1).toLowerCase();
}

/**
 * Reads a label at the start of a line. What follows must be nothing, a separator (":", ".", "–") or a capital
 * letter: "Recommendation 5 of this report" and "Recommendations 3 and 4" are references, not labels.
 */
// "First concern", "Second recommendation": a reply's own titles for the items it quotes, alone on a line.
const ORDINAL_TITLE =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(concern|matter of concern|recommendation|area for improvement|cause of concern)\s*[:.]?$/i;
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

// "RA-07 (Metropolitan Police Service - child protection inspection, Nov 2016)" on its own line: a register's
// own reference over the item it quotes; the note in brackets says where the item comes from.
const CODE_TITLE = /^([A-Z]{1,5}-(\d{1,3})[a-z]?)\s*\([^()]{3,160}\)$/;
// "20/21-CDI-01" alone on its line over the words: an audit's year, report code and action number. The year
// prefix sets it apart from a page's other codes; like "17/18-PAY-01" in a tracker, it names no number.
// Its priority may stand beside it in the table's next column ("20/21-CDI-01   Priority 2").
const AUDIT_CODE = /^(\d{2}\/\d{2}-[A-Z]{2,5}-\d{1,3})(?:\s+(?:priority\s+\d|high|medium|low))?$/i;

// "20/21-CDI-01  Within six months the force should ...": the same code before the action's own words, as a
// to-do list prints it.
const AUDIT_SENTENCE = /^(\d{2}\/\d{2}-[A-Z]{2,5}-\d{1,3})\s+(?=[A-Z][\w'’ ,-]{0,60}?\s+(?:should|must)\s)/;

// "Action IA-01" alone over "Agreed action: The force should ...": an audit plan's own code for the action.
const ACTION_CODE = /^action\s+([A-Z]{1,4}-\d{1,3})$/i;

// "LC1   Cause of concern (Lincolnshire Fire and Rescue Service)", "L1   Recommendation (...) - linked to LC1":
// a paper's own ref before the kind, whom it was made to in brackets; the ref labels the item below.
const REF_TITLE =
  /^([A-Z]{1,3}(\d{1,3}))\s+(recommendation|cause of concern|area for improvement|afi)(?:\s*\(([^()]{1,80})\))?(?:\s*[-–—]\s*linked to\s+[A-Z]{1,3}\d{1,3})?$/i;

// "A1  The force should improve the scrutiny of ...": a tracker's or follow-up report's own ref, then the item
// itself, which names who must act; "R1 Within 28 days, the service should ...", its deadline first.
const REF_SENTENCE =
  /^([A-Z]{1,2}(\d{1,3}))\s+(?=(?:(?:Within|By)\s+[^,.]{1,40},\s+[A-Za-z]|[A-Z])[\w'’ -]{0,60}?\s+(?:should|must)\s)/;

/**
 * "R4  The Chief Officer Group should have ..." under "R3  Change projects do not deliver ...": a ref before a
 * sentence that directs is an item only where the refs beside it are items too; among risks or findings it
 * is one of them.
 */
export function amongOtherCodes(lines: readonly { text: string }[], i: number): boolean {
  const own = REF_SENTENCE.exec(lines[i]?.text ?? '')?.[1];
  if (own === undefined) return false;
  const prefix = own.replace(/\d+$/, '');
  return [lines[i - 1], lines[i + 1]].some((near) => {
    const code = new RegExp(`^${prefix}\\d{1,3}\\s`).test(near?.text ?? '');
    return code && !REF_SENTENCE.test(near?.text ?? '');
  });
}

/** An item numbered by its document rather than by a label's own number: "4", the paragraph it is. */
export function numberedLabel(kind: ItemKind, digits: string, rest: string): LabelMatch {
  return { kind, label: digits, number: Number(digits), key: digits, qualifier: null, rest, paragraph: null };
}

/** A register's or tracker's own ref ("RA-07", "A1"): it labels and numbers the item, whose kind is the section's. */
function registerRef(ref: string, number: number | null, rest: string): LabelMatch {
  return {
    kind: 'recommendation',
    label: ref,
    number,
    key: ref,
    qualifier: null,
    rest,
    paragraph: null,
    register: true,
  };
}

// "What the council agreed: The Council has agreed to apologise ...": an Ombudsman's remedy as a record's
// field, the item unnumbered.
const AGREED_FIELD =
  /^what\s+(?:the\s+)?(?:council|authority|trust|board|force|service)\s+(?:agreed|agreed to do|was asked to do)\s*:\s*/i;

// '"Recommendation 3: Within three months, ...' read into minutes: the quotation holds the label and the item.
const QUOTED_LABEL = /^["“](?=(?:recommendation|area for improvement|cause of concern)\s+\d{1,3}\s*:)/i;

// "[ AFI 1 ]  The service should ...": a page's label drawn as a pill, the brackets no part of it.
// Not a Markdown link's text ("[Recommendation 1](#recommendation-1)").
const PILL = /^\[\s*([^[\]]{2,40}?)\s*\](?!\()\s*/;

// "Recommendation 3 - for police and crime commissioners (PCCs) and mayor equivalents": whom, in lower case.
const GROUP_TITLE = new RegExp(
  `^(?:to|for)\\s+${ADDRESSEE_GROUPS}\\b[\\w'’ ,&]{0,40}(?:\\([^()]{1,30}\\)[\\w'’ ,&]{0,30})?$`,
  'i',
);

export function matchLabel(text: string): LabelMatch | null {
  const pill = PILL.exec(text);
  if (pill?.[1] !== undefined) {
    const inner = matchLabel(pill[1]);
    if (inner !== null && inner.rest === '') return { ...inner, rest: text.slice(pill[0].length) };
  }
  if (QUOTED_LABEL.test(text)) {
    const inner = matchLabel(text.slice(1));
    return inner === null ? null : { ...inner, rest: inner.rest.replace(/["”]$/, '').trim() };
  }
  const agreed = AGREED_FIELD.exec(text);
  if (agreed !== null) {
    const rest = text.slice(agreed[0].length);
    return {
      kind: 'recommendation',
      label: null,
      number: null,
      key: null,
      qualifier: null,
      rest,
      paragraph: null,
      field: true,
    };
  }
  const code = CODE_TITLE.exec(text);
  if (code?.[1] !== undefined && code[2] !== undefined) return registerRef(code[1], Number(code[2]), '');
  const audit = (AUDIT_CODE.exec(text) ?? ACTION_CODE.exec(text))?.[1];
  if (audit !== undefined) return registerRef(audit, null, '');
  const auditSentence = AUDIT_SENTENCE.exec(text);
  if (auditSentence?.[1] !== undefined)
    return registerRef(auditSentence[1], null, text.slice(auditSentence[0].length));
  const ref = REF_TITLE.exec(text);
  if (ref?.[1] !== undefined && ref[2] !== undefined && ref[3] !== undefined) {
    return {
      kind: kindOf(ref[3]),
      label: ref[1],
      number: Number(ref[2]),
      key: ref[1],
      qualifier: ref[4] ?? null,
      rest: '',
      paragraph: null,
    };
  }
  const refSentence = REF_SENTENCE.exec(text);
  if (refSentence?.[1] !== undefined && refSentence[2] !== undefined)
    return registerRef(refSentence[1], Number(refSentence[2]), text.slice(refSentence[0].length));
  const ordinal = ORDINAL_TITLE.exec(text);
  if (ordinal?.[1] !== undefined && ordinal[2] !== undefined) {
    // Not a printed number: the item keeps no label, but its place lets a later copy find it.
    const place = String(ORDINALS.indexOf(ordinal[1].toLowerCase()) + 1);
    return {
      kind: kindOf(ordinal[2]),
      label: null,
      number: null,
      key: place,
      qualifier: null,
      rest: '',
      paragraph: null,
      finding: /concern/i.test(ordinal[2]),
    };
  }
  const printedParagraph = PARAGRAPH.exec(text)?.[0] ?? '';
  // "A2. Recommendation" numbers a paragraph; "R1: Immediately, all forces should ..." is the label itself, where
  // "R1  Data quality ..." in a risk log is a ref beside other codes.
  const labelled = text.slice(printedParagraph.length);
  const paragraph =
    /^R\d{1,2}:\s*$/.test(printedParagraph) && !LABEL.test(labelled) && !OWNER.test(labelled)
      ? ''
      : printedParagraph;
  // "1.  (Recommendation 1) We are grateful ...": a committee prints its label in brackets.
  const bracketed = /^\(([^()]{3,40})\)\s+/.exec(text.slice(paragraph.length));
  const inner = bracketed?.[1] === undefined ? null : matchLabel(bracketed[1]);
  if (bracketed && inner?.number != null && inner.rest === '') {
    return { ...inner, rest: text.slice(paragraph.length + bracketed[0].length), paragraph: null };
  }
  // "The coroner's concern: "..."": a reply quotes each item after saying whose it is.
  const owner = OWNER.exec(text.slice(paragraph.length))?.[0] ?? '';
  const body = text.slice(paragraph.length + owner.length);
  const match = LABEL.exec(body);
  if (!match) return null;
  const [whole, word = '', plainDigits, roman, bracketedDigits, letterKey, qualifier] = match;
  // "Cause of concern A", "Recommendation C1": a letter, and any number after it, keys the item.
  // "Concern a)": a coroner's lettered concern.
  // "Recommendation R1": a ref of a letter and its number.
  if (letterKey !== undefined && !/^[A-H]|^[a-h]\)$|^[A-Z]\d/.test(letterKey)) return null;
  const digits = plainDigits ?? bracketedDigits;
  const after = body.slice(whole.length);
  const separator = SEPARATOR.exec(after);
  const written = separator ? after.slice(separator[0].length) : after.trim();
  // "Recommendation 1 - To Chief Constables": whom it is for, a title; "Rec 33.14a   Responsible for
  // completion: London Fire Brigade": a field of the entry. The item's words follow below either.
  // "IOPC learning recommendation: Derbyshire Constabulary (October 2020)": the force and when, a title too.
  const whom =
    (/^(?:[Tt]o|[Ff]or)\s+(?:the\s+)?[A-Z][\w'’ ,&]{0,60}$/.test(written) && wordCount(written) <= 8) ||
    GROUP_TITLE.test(written) ||
    (owner !== '' && /^[A-Z][\w'’ &-]{2,60}\s*\((?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\)$/.test(written));
  // "Concern a) - as written by the coroner:": a note on how it is quoted.
  const field =
    /^(?:responsible(?:\s+for\s+completion)?|priority|rating|grade|assigned\s+to|(?:[\w'’]+\s+){0,2}(?:owner|lead|officer|member|rapporteur|sponsor|champion|holder))\s*:/i.test(
      written,
    ) || /^as\s+(?:written|printed|worded|set out)\b[^.]*:?$/i.test(written);
  const rest = whom || field ? '' : written;
  const numbered = digits !== undefined || roman !== undefined || letterKey !== undefined;
  // "Rec" and "R" are only ever short for a recommendation with its number: "Rec 1", "R4".
  // A coroner's "Concern 2" is a label only with its number; "concern" alone is a word.
  const colon = separator !== null && /[:–—-]/.test(separator[0]);
  if (!numbered && !(owner !== '' && colon) && /^(?:r(?:ec)?\.?|(?:matter of )?concern)$/i.test(word))
    return null;
  // "PAC recommendation 4" alone on its line titles the committee's item 4, numbered as the committee does.
  if (/^(?:pac|nao|committee)\b/i.test(owner) && plainDigits !== undefined && rest === '' && !colon)
    return numberedLabel(kindOf(word), plainDigits, '');
  // "IOPC Recommendation 1" alone on its line: the body's own title over its item.
  const ownTitle = owner !== '' && numbered && rest === '' && !colon;
  if (owner !== '' && (!colon || numbered) && !ownTitle) return null;
  // "Recommendation 1   [HIGH]   Vetting clearance": a portal's priority tag in square brackets.
  if (!separator && rest !== '' && !(numbered && qualifier === undefined && /^[A-Z‘“"'([]/.test(rest)))
    return null;
  // A bare word followed by a full stop is a sentence ("Recommendation. The ..."), not a label.
  if (!numbered && rest !== '' && !colon) return null;
  // A paragraph number, or a qualifier on an unnumbered label, only comes with an inline label:
  // "4.1 Recommendation (vetting appeals): Accepted"; "Recommendation 1 (Priority 2)" is a heading.
  // An appendix's "A2. Recommendation (HMIC register reference 5988)" or "A1. Cause of concern" alone on its
  // line still heads the item below it.
  // A paper's "4.2 Recommendation 1" alone on its line titles the item quoted below it too.
  const titled =
    paragraph !== '' &&
    rest === '' &&
    !colon &&
    (qualifier !== undefined || kindOf(word) === 'cause_of_concern' || plainDigits !== undefined);
  // "The coroner's concern (quoted in full; the report does not number it):" titles the quote below it.
  const noted = owner !== '' && colon && rest === '';
  if (
    !titled &&
    !noted &&
    (paragraph !== '' || (qualifier !== undefined && !numbered)) &&
    (!colon || rest === '')
  )
    return null;
  // "1. PAC recommendation: ...": the paragraph number numbers the quoted item.
  const paragraphNumber = owner !== '' ? (/^\d{1,3}/.exec(paragraph)?.[0] ?? null) : null;
  if (paragraphNumber !== null && !numbered)
    return { ...numberedLabel(kindOf(word), paragraphNumber, rest), qualifier: qualifier?.trim() ?? null };
  // "Recommendation R1": the R says again what the word says; the item is R1, number 1, as its copies print it.
  const own = /^R(\d{1,3})$/.exec(letterKey ?? '');
  if (own?.[1] !== undefined && kindOf(word) === 'recommendation')
    return { ...numberedLabel('recommendation', own[1], rest), label: `R${own[1]}` };
  const number = digits !== undefined ? Math.floor(Number(digits)) : roman ? romanValue(roman) : null;
  // "Concern (1)" keeps the coroner's own "(1)", as the report's form prints it.
  const printed =
    bracketedDigits !== undefined
      ? `(${bracketedDigits})`
      : whole
          .replace(/\s*\((?![a-z]\)$)[^()]*\)$/, '')
          .trim()
          .replace(/\s+/g, ' ');
  const kind = kindOf(word);
  // "Action 41 (stop and search panel terms of reference) - complete." is an action log's entry; an action that
  // directs someone is an item, numbered apart from the recommendations beside it.
  const action = /^action$/i.test(word);
  // An audit plan's "Action 1" alone on its line (its priority beside it) heads the action printed below it.
  // "Action 1 (College of Policing): review and update its ...": the body it is for in brackets, then the verb.
  const bidden = colon && IMPERATIVE.test(rest);
  if (action && (rest !== '' || qualifier !== undefined) && !bidden && !/\b(?:should|must)\b/.test(rest))
    return null;
  // "Recommendation 1(a)": the first part of recommendation 1, an item of its own.
  const part =
    digits !== undefined && qualifier !== undefined && /^[a-z]$/.test(qualifier.trim())
      ? qualifier.trim()
      : '';
  const numberKey = digits === undefined ? undefined : `${digits}${part}`;
  const key = numberKey ?? (roman ? String(romanValue(roman)) : (letterKey ?? null));
  return {
    kind,
    // A cause of concern is labelled by its title, alone on its line or before its text ("Cause of concern: ...");
    // so is an area for improvement whose title stands alone over it ("AFI").
    label:
      numbered || kind === 'cause_of_concern' || (rest === '' && kind === 'area_for_improvement')
        ? presentable(printed)
        : null,
    number: number !== null && Number.isFinite(number) ? number : null,
    key: action && key !== null ? `action ${key}` : key,
    qualifier: part === '' ? (qualifier?.trim() ?? null) : null,
    rest,
    paragraph: /^[A-Z]?(\d{1,3})/.exec(paragraph)?.[1] ?? null,
    // "Concern (1)", "Concern 2" alone on its line titles a coroner's concern: every paragraph below is its words.
    ...(rest === '' && (numbered || noted) && /concern$/i.test(word) ? { finding: true } : {}),
  };
}
