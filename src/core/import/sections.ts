import { ADDRESSEE_GROUPS, BRACKETED_NOTE, INITIALLED_NOTE, RECOMMENDED_THAT } from './stem-words.ts';
import { wordCount } from './text-util.ts';

/** What a heading says the text under it is. */
export type SectionKind =
  | 'recommendations'
  | 'areas_for_improvement'
  | 'causes_of_concern'
  | 'force_response'
  | 'pcc_response'
  /** Replies to each item under a heading that names no one ("Response to the recommendations"). */
  | 'responses'
  | 'other';

export type ResponseKind = 'force' | 'pcc';

// Longer headings are document titles ("Norfolk PCC response to inspections ..."), not section headings.
const MAX_SECTION_WORDS = 12;
// "Our position", "Trust position": a reply under another name; a bare "Financial position" is no reply.
// "Current position (Wessex Police)", "Commissioner's view", an audit's "Agreed management action": a reply
// under another name; a bare "Current position" may head the office's own list of what it has done.
// "What Wessex Police told us", "What the police say": a response page's title over the force's answer;
// "What HMICFRS said" is the item's.
const RESPONSE =
  /\b(?:response|responses|reply|comments?)\b|^what\s+(?!(?:the\s+)?(?:hmic|hmicfrs|inspectorate|inspectors?|coroner|iopc|committee|report|nao|auditors?)\s)(?:the\s+)?[\w'’ ]{2,40}\s+(?:told us|said|says?|reported|thinks?)$|\b(?:our|trust|force|council|service|management|police|constabulary)['’]?s?\s+position\b|\bcurrent\s+position\s*\(|\b(?:pcc|opcc|commissioner)['’]?s?\s+view\b|^agreed\s+management\s+actions?$/;
// "Authority comment": a fire authority answers over its service as a commissioner does over a force.
const PCC =
  /\b(?:pcc|opcc|commissioner'?s?|mayor'?s?|deputy mayor|police and crime panel)\b|^(?:the\s+)?(?:(?:combined\s+)?fire(?:\s+and\s+rescue)?\s+)?authority'?s?\s+(?:comments?|response|view)\b/;
const RESPONDER =
  /\b(?:chief constable'?s?|constabulary|force'?s?|police|chief officers?|management|trust'?s?|council'?s?|our|organisation'?s?|service'?s?|board'?s?)\b/;
// "Progress against our 2021 recommendations": another report's items, not this one's.
const PAST =
  /\b(?:progress|previous|prior|earlier)\b|\b(?:19|20)\d{2}\s+(?:recommendations|areas for improvement|causes of concern)\b|\b(?:in|during|from)\s+(?:our|the|its)\s+(?:19|20)\d{2}\s+(?:inspection|report|review)\b/;

// "Wessex Police position (October 2025)", "Thamesmere position (Head of Professional Standards)", "Thamesmere
// Police update": the office named, in capitals, giving its answer; "Financial position" is no answer.
const POSITION =
  /^((?!(?:Financial|Legal|Budget|Cash|Net|Staffing|Current|Project|Programme)\b)(?:[A-Z][\w'’]*\s+){1,3}(?:position|update))(?:\s*\([^()]{1,40}\))?/;
const POSITION_INLINE = new RegExp(String.raw`${POSITION.source}\s*:\s*`);
const POSITION_ALONE = new RegExp(String.raw`${POSITION.source}\s*:?$`);

/** "Thamesmere position (Head of Professional Standards)" alone on its line: the answer follows below it. */
export function positionTitle(text: string): boolean {
  return POSITION_ALONE.test(text.trim());
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * "What the force has been told to do", "What the service must do", "What HMICFRS says the constabulary should
 * do": a title naming the recommendations in the words of whoever passes them on. Lower case.
 */
// "What we need to do" on a ticket heads the office's own steps, not what it was told to do.
export const TOLD_TO_DO =
  /^what (?:the )?[\w' ]{1,30} (?:has|have|was|were) (?:been )?(?:told|asked|required) to do$|^what (?!(?:we|i|you|us)\s+(?:must|should|needs? to)\b)(?:the )?(?:[\w' ]{1,30} (?:says|said|thinks) (?:that )?(?:the )?)?[\w' ]{1,30} (?:must|should|needs? to) do$/;

// "Chief Constable's summary", "Commissioner's foreword": one side's overall word on the report.
const OWN_SUMMARY =
  /^(?:the\s+)?(?:(chief constable|force|police and crime commissioner|commissioner|pcc|mayor)'s)\s+(?:summary|foreword|introduction|statement|overview)$/;

export function classifyHeading(text: string): SectionKind {
  const kind = classifyCore(text);
  // "What the coroner said (matters of concern, verbatim)": the note names what the heading only hints at.
  const note = /\(([^()]*)\)\s*$/.exec(plain(text))?.[1];
  if (kind !== 'other' || note === undefined || !NAMES_ITEMS_IN_NOTE.test(note)) return kind;
  return classifyCore(note.replace(/,.*$/, ''));
}

const NAMES_ITEMS_IN_NOTE =
  /^(?:the\s+)?(?:matters? of concern|recommendations?|areas? for improvement|causes? of concern)\b/;

const ADDRESSEE_GROUP = new RegExp(
  `^for (?:${ADDRESSEE_GROUPS}|the home office|the college of policing|the npcc|national bodies)$`,
);

function classifyCore(text: string): SectionKind {
  // "... AREAS FOR IMPROVEMENT (as at 29 February 2024)": a note in brackets does not change what it names.
  const h = plain(text).replace(/\s*\([^()]*\)$/, '');
  if (wordCount(h) > MAX_SECTION_WORDS || PAST.test(h)) return 'other';
  // "Home > Publications > Statutory responses to HMICFRS > 2024": a page's breadcrumb trail names where the
  // page sits, not what the section below holds.
  if (/\s>\s.*\s>\s/.test(h)) return 'other';
  // "In response to this Report (usually two months)": when the items below fall due, not a reply.
  if (/^in response to\b/.test(h)) return 'other';
  const own = OWN_SUMMARY.exec(h)?.[1];
  if (own !== undefined) return PCC.test(own) ? 'pcc_response' : 'force_response';
  // "Section 55 Police Act 1996: comments on an HMICFRS report" is the document's subject, not a section; so is
  // an IOPC page's "Response to missing persons report - Metropolitan Police Service". "Chief Constable response
  // to report and any recommendations" is the force's answer.
  if (
    /\b(?:comments|response|reply)\s+(?:on|to)\s+(?:(?:an?|the)\s+(?:[\w'’]+\s+){0,3}|(?:[\w'’]+\s+){1,3})(?:report|inspection)\b/.test(
      h,
    )
  )
    return 'other';
  // "Matters of concern and Wessex responses", "Recommendations and the force's responses": the items, each
  // with its answer.
  const items =
    /^(?:the\s+)?(?:[\w']+\s+)?(matters? of concern|recommendations|areas for improvement)\s+and\b.*\b(?:responses?|replies|comments|positions?)$/.exec(
      h,
    )?.[1];
  if (items !== undefined) return classifyCore(items);
  if (RESPONSE.test(h)) {
    // "Your response" tells the reader what to send, "Draft response timetable" when: neither holds a reply.
    // "Last reply today at 11:58 AM": a chat's own line, not a title.
    if (/\b(?:your|timetable|schedule)\b|\b\d{1,2}:\d{2}\b/.test(h)) return 'other';
    // "My overall comments": the commissioner writes the section 55 response in the first person.
    if (PCC.test(h) || /^my\b/.test(h)) return 'pcc_response';
    return RESPONDER.test(h) ? 'force_response' : 'responses';
  }
  // "What the force needs to improve", "Areas to improve": a PEEL page's areas for improvement.
  if (/\bareas? (?:for|to) improve(?:ment)?\b|\bneeds? to improve\b/.test(h)) return 'areas_for_improvement';
  // "Issues for the police to address": a joint inspection's word for its areas for improvement.
  if (/\bissues? (?:for (?:the )?[\w']+(?: [\w']+)? )?to (?:be )?address(?:ed)?\b/.test(h))
    return 'areas_for_improvement';
  // "To address this cause of concern, HMICFRS recommended": the recommendations made about it.
  if (RECOMMENDED_THAT.test(`${h}:`)) return 'recommendations';
  if (/\bcauses? (?:of|for) concern\b/.test(h)) return 'causes_of_concern';
  // "What the force has been told to do", "What the service must do": a news page's word for the
  // recommendations; "HMICFRS recommended as follows" over them in minutes.
  if (TOLD_TO_DO.test(h) || /\brecommended (?:as follows|the following)$/.test(h)) return 'recommendations';
  // "For chief constables" over "By 22 November 2024, publish ...": a super-complaint page groups the
  // recommendations by whom they are made to. "For forces (so Marchshire Police):" in an e-mail is the
  // writer's own grouping, whose note may run on into the writer's suggestions.
  if (ADDRESSEE_GROUP.test(h) && !text.includes('(')) return 'recommendations';
  // A coroner's matters of concern are what each addressee must answer: tracked as recommendations.
  // "What the Committee recommended" names the recommendations as well, as does "Conclusions of the
  // Committee": a select committee's conclusions are what the government answers.
  if (
    /\bmatters? of concern\b|\bconclusions of the (?:[\w']+ ){0,3}committee\b|\bcommittee'?s conclusions\b|\bcoroner'?s concerns\b|\b(?:following|these|raised the|raised)\s+concerns\b|\brecommendations?\b|^what (?:the |we )?[\w' ]{1,40} recommended$/.test(
      h,
    )
  )
    return 'recommendations';
  return 'other';
}

/**
 * Who speaks under a response heading ("Response from Oakhurst Police", "PCC response"); null when the heading
 * is about the report or its recommendations as a whole, which opens a section instead.
 */
export function responseMarker(text: string): ResponseKind | null {
  // Counted before lowercasing, which changes no word and is the dearer step on a long line.
  if (wordCount(text) > MAX_SECTION_WORDS) return null;
  const h = plain(text);
  if (/\b(?:report|recommendations|inspection|overall|general|summary|conclusions?|closing)\b/.test(h))
    return null;
  if (/\byour\b/.test(h)) return null;
  if (!(RESPONSE.test(h) || positionTitle(text))) {
    // "Progress reported by Wessex Police", "Commissioner's assessment": what the inline markers read, alone;
    // "THAMESMERE READ-ACROSS" alone heads the office's own section.
    if (/\bread-across\b/.test(h)) return null;
    const inline = inlineResponseMarker(`${text.trim().replace(/:$/, '')}:`);
    return inline !== null && inline.rest === '' ? inline.kind : null;
  }
  // "My comments": the commissioner writes the section 55 response in the first person.
  return PCC.test(h) || /^my\b/.test(h) ? 'pcc' : 'force';
}

/** "Response: We have ..." or "PCC response – I note ...": the speaker, and the words after the marker. */
export function inlineResponseMarker(text: string): { kind: ResponseKind; rest: string } | null {
  // Every marker below ends in a colon, a dash or a question mark, or opens "Our"/"My": most lines of prose
  // have none of them, and this runs on every line.
  if (!/[:?–—-]/.test(text) && !/^(?:[Oo]ur|[Mm]y)\s/.test(text)) return null;
  const match =
    // "Management response at the time: Agreed. ...": the answer given when the report was agreed.
    /^([A-Za-z'’ ]{0,40}?\b(?:response|reply|comments?))(?:\s*\([^()]{1,40}\)|\s+at\s+the\s+time)?\s*[:–—-]\s*/i.exec(
      text,
    ) ??
    // "Chief Constable's answer: ...", "Commissioner's conclusion: ...": a meeting's record of who said what.
    /^((?:the\s+)?(?:chief\s+constable|chief\s+fire\s+officer|(?:police(?:,\s+fire)?\s+and\s+crime\s+)?commissioner|pcc|force)['’]s)\s+(?:answer|conclusion)\s*:\s*/i.exec(
      text,
    ) ??
    // "Evidence submitted by Wessex Police: ...": a closure paper's record of what the force did.
    /^(?:evidence|update)\s+(?:submitted|provided|given)\s+by\s+((?:the\s+)?[A-Z][\w'’ ]{1,40}?)\s*:\s*/.exec(
      text,
    ) ??
    // "The Chief Constable has responded:", "The force's response was:".
    /^((?:the\s+)?[A-Za-z'’ ]{0,40}?)\s+(?:has|have)\s+(?:responded|replied|commented)\s*:\s*/i.exec(text) ??
    /^([A-Za-z'’ ]{0,40}?\b(?:response|reply|comments?))\s+(?:was|is|reads)\s*:\s*/i.exec(text) ??
    // A tracker's "Update: ..." or "Progress: ..." under an item: the owner's report on it.
    // "Progress reported by Wessex Police:", "Commissioner's assessment:": a panel paper's two answers.
    // "Our position: ...", "Our position at HMP Thamesmere: ..." after a quoted concern, "Marchfield
    // read-across: ...": the office's own answer to it; so are "Where we are: ...", "Progress to date: ..." and
    // "Thamesmere status: AMBER. ..." (not a bare "Status:" or "RAG status:", which are the record's fields).
    // The IOPC's page of a force's answer: "Do you accept the recommendation? Yes", then "Accepted action: ...".
    /^(do you accept the recommendation)\?\s*/i.exec(text) ??
    POSITION_INLINE.exec(text) ??
    /^((?:force\s+|pcc\s+|commissioner['’]?s?\s+)?(?:latest\s+|progress\s+)?update(?:\s*\([^()]{1,60}\))?|progress(?:\s+update|\s+reported\s+by\s+[A-Z][\w'’ ]{0,40}?)?|(?:current|our|force)\s+position(?:\s+(?:at|in|for)\s+[A-Z][\w'’ ]{0,40}?)?|(?:pcc|opcc|opfcc|commissioner['’]?s?)\s+(?:view|assessment|assurance)|(?:accepted|agreed)\s+(?:management\s+)?actions?(?:\s*\([^()]{1,60}\))?|(?:[A-Z][\w'’]*\s+)?read-across|where\s+we\s+are(?:\s+now)?|progress\s+to\s+date|what\s+(?:we|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4})\s+(?:has|have)\s+done|(?!(?:rag|current|overall|action|item|report|review|delivery|completion|implementation|project|task|recommendation)\s)[A-Z][\w'’]+\s+status)\s*:\s*/i.exec(
      text,
    ) ??
    // "Our response" on its own line, joined to the reply's first line: "Our response Wessex Police's ...".
    /^((?:[Oo]ur|[Mm]y)\s+(?:[Rr]esponse|[Rr]eply|[Cc]omments?))\s+(?=[A-Z])/.exec(text);
  // "[HM: We have 23 places ...]": the reader's note on the line above it, their organisation's answer.
  const note = BRACKETED_NOTE.exec(text);
  if (note !== null && /\]$/.test(text))
    return { kind: 'force', rest: text.slice(note[0].length, -1).trim() };
  const initialled = INITIALLED_NOTE.exec(text);
  if (initialled !== null) return { kind: 'force', rest: text.slice(initialled[0].length) };
  if (!match?.[1]) return null;
  // "Force update:", "PCC update:": whose report it is; a bare "Update:" or "Update (Head of Crime, 20 May):" is the force's.
  const updateBy = /\b(?:pcc|opcc|opfcc|commissioner)/i.test(match[1]) ? 'pcc response' : 'force response';
  const speaker =
    /\b(?:update|progress|position|action|accept|read-across|view|assessment|assurance|where we are|done|status)\b/i.test(
      match[1],
    )
      ? updateBy
      : match[1];
  const kind = responseMarker(
    /\b(?:response|reply|comments?)\b/i.test(speaker) ? speaker : `${speaker} response`,
  );
  return kind === null ? null : { kind, rest: text.slice(match[0].length) };
}
