import type { ItemKind } from '../model/entities.ts';
import type { Para } from './blocks.ts';
import { findDues } from './deadlines.ts';
import { wordCount } from './text-util.ts';

/*
 * What a paragraph's wording says, for reading items printed without labels: whether it directs someone,
 * names the items below it, introduces conditions of one item, quotes an earlier report, or asks a
 * meeting something. Pure tests on text, shared by the walk over a section's paragraphs.
 */

// "The force should ...", "Chief constables must ...": a sentence that names who acts, then directs them.
export const OPENS_DIRECTING = /^(?:the\s+)?[A-Z][\w'’ -]{0,60}?\s+(?:should|must|needs? to)\b/;
// "Each service was asked to produce an action plan by 30 June 2019 to:": what an inspectorate asked for.
export const DIRECTIVE =
  /\b(?:should|must|ought to|needs? to|recommends?|(?:was|were)\s+asked\s+to\s+(?:produce|prepare|develop|put\s+in\s+place|draw\s+up)\s+an?\s+(?:action|improvement)\s+plan|calls?\s+(?:up)?on\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4}\s+to)\b/i;
// "The NAO asks that the Ministry of Justice:" over "- Should pause and reflect ...": a body named in capitals
// is asked to do each entry.
export const ASKS_THAT =
  /\basks?\s+that\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’]*){0,4}\s*:\s*$/;
// A plain paragraph is an item only on the strong words; "needs to" in a paragraph is usually comment.
export const STRONG = /\b(?:should|must|recommends?)\b/i;
export const FIRST_PERSON = /^(?:we|our|i|my)\b/i;
// "We are concerned that ... We recommend that the Home Office ...": a committee speaks as "we", and its
// numbered conclusions are items where, and only where, they recommend.
// "We look to the Ministry to bring forward ...", "We expect the Department to set out ..." direct as well.
const WE_RECOMMEND =
  /\b(?:we|committee)\s+(?:therefore\s+|also\s+|strongly\s+)?recommends?\b|\band\s+recommend\s+that\b|\bwe\s+(?:look\s+to|expect|urge|call\s+on)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*){0,4}\s+to\s/i;

/** "We recommend that ...", "and recommend that ...": a committee recommending in its own voice. */
export function weRecommend(text: string): boolean {
  return WE_RECOMMEND.test(text);
}

/**
 * A committee's conclusion that recommends: "we recommend that ...", or "We are disappointed that ... In its
 * response, the Board should set out ...", a later sentence directing someone other than the committee.
 */
export function committeeRecommends(text: string): boolean {
  if (weRecommend(text)) return true;
  const later = text.split(/(?<=[.!?])\s+(?=[A-Z])/).slice(1);
  return later.some((s) => DIRECTIVE.test(s) && !/\b(?:we|our|us|I)\b/.test(s));
}
// "We also identified the following areas for improvement:", "The MATTERS OF CONCERN are as follows:".
// "The report made 13 recommendations, including the following:" names them too.
// "We shared the following causes of concern with the service:" names them with whom they were shared, "the
// two areas for improvement given to North Yorkshire Police:" to whom they were given;
// "It repeats the two causes of concern from the 2018 inspection:" with where they were made.
// "... three causes of concern, which were that the force:" names them before the words they share.
// "... the matters of concern were set out as follows:" names them too.
// "The concerns are quoted in full:" says so of the list below it, as "The concerns themselves read:" does, and
// "There are three recommendations made:".
export const NAMES_ITEMS =
  /\b(recommendations?|areas? for improvement|afis?|causes? of concern|matters? of concern|concerns)\b(?:\s+(?:made|given|raised|issued)(?=\s*:\s*$))?(?:\s+(?:(?:given|made|sent)\s+)?(?:with|to|for|from)\s+(?:the\s+)?[\w'’]+(?:\s+(?!and\b)[\w'’]+){0,2}(?=\s*:\s*$))?(?:\s+(?:are|is|were|was)(?:\s+(?:set out|listed|given|stated|recorded|quoted|reproduced|copied))?(?:\s+in\s+full)?|\s+(?:themselves\s+)?(?:read|reads|say|said|state|stated)(?:\s+in\s+full)?|,?\s+which\s+(?:are|is|were|was)(?:\s+that\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2})?)?(?:,?\s+as\s+follows)?(?:,?\s+(?:quoted|set out|listed|reproduced)\s+below)?(?:,?\s+as\s+(?:written|set out|printed|worded|quoted)\s+(?:in|by)\s+(?:the|his|her|their)\s+(?:[\w'’]+\s+){0,3}?report)?(?:,?\s+(?:including|namely|among them|such as)(?:\s+the\s+following)?)?[\s:.;–—-]*$/i;
// "... by ensuring that:", "should make sure that:": the bullets are conditions of one recommendation; so are
// "... to ensure it includes:" and "..., including:", what the one thing asked for must hold.
// So are the points of "..., paying particular attention to:", and of "... establish consistency between:",
// the things one item must bring together.
export const CONDITIONS =
  /\b(?:consistency|balance|links?|alignment)\s+between\s*:\s*$|\b(?:ensur(?:e|es|ing)|make\s+sure|satisf(?:y|ies)\s+(?:itself|themselves))\s+that\s*:?\s*$|\b(?:it|they)\s+(?:includes?|covers?)\s*:\s*$|,\s*including\s*:\s*$|\bparticular(?:ly)?\s+(?:attention|regard|reference)\s+to\s*:\s*$/i;
// "The IOPC recommends that ... who have sleep apnoea. Consideration should be given to:": what taking the steps
// may involve, the recommendation's own points however whole their sentences; the item is the paragraph with them.
export const CONSIDERATION = /\.\s+consideration\s+should\s+be\s+given\s+to\s*:\s*$/i;
// "In our 2017 legitimacy report, we recommended that all forces should:": an earlier report's items,
// quoted to say how they were taken forward. Not "It recommended two things:", which counts out the items
// the document is about.
export const EARLIER =
  /\b(?:we|it|they|hmicfrs|hmic|the inspectorate)\s+(?:had\s+)?(?:recommended(?!\s+(?:two|three|four|five|six|\d{1,2}|the following)\s+(?:things|actions|steps|changes|measures)\b)|said)\b|\b(?:in|during|from|at)\s+our\s+(?:\d{4}|previous|earlier|last)\b/i;
// "Improve how it works with partners ...": under a heading naming recommendations, an entry may direct by
// its verb alone.
export const IMPERATIVE =
  /^(?:improve|make sure|ensure|provide|carry out|review|develop|introduce|establish|consider|put in place|set out|set up|take|work with|create|update|strengthen|increase|reduce|implement|publish|agree|undertake|assess|identify|adopt|monitor|evaluate|produce|embed|give|seek|clarify|revise|record|audit|engage|commission|appoint|prioritise|share|raise|collect|analyse|align|address|improve)\b/i;
// "The Board is asked to consider:": questions put to a meeting, not recommendations to track.
// "Three asks please:": the writer's own requests to colleagues.
// "The IOPC recommends that ...", "HMICFRS also recommends that ...": a body's own recommendation, an item
// wherever it is printed.
export const BODY_RECOMMENDS =
  /^(?:the\s+)?(?:IOPC|IPCC|HMICFRS|HMIC|HMIP|HMI Probation|NAO|Independent Office for Police Conduct|inspectorate|committee)\s+(?:also\s+|therefore\s+|further\s+)?recommends\b/i;
export const ASKED = /\b(?:is|are)\s+(?:asked|invited|requested)\s+to\b|\basks?\b[^.:]{0,30}\bplease\b/i;
export const SINGLE_ITEM_HEADING =
  /\b(?:recommendation|area for improvement|cause of concern|matter of concern)$/i;
// An entry of the inspectorate's register: a report's title and the entry's number in brackets ("(7319)";
// "(2017)" is a year). One recommendation follows it.
export const REGISTER_ENTRY = /\S\s+\((?!(?:19|20)\d{2}\))\d{3,5}\)$/;
export const PLACEHOLDER = /^(?:awaiting\b|pending\b|to follow\b|tbc\b|n\/a$|none$|-$|$)/i;
// A stem introduces a list: "... should:", "The MATTERS OF CONCERN are as follows. –".
export const STEM_END =
  /(?::|[:.]?\s*[-–—]+|\bas follows\.?|\b(?:do|does|did|include|includes) the following\.)\s*$/i;

// "The coroner's matters of concern were set out in the appendix and were:", "The two causes of concern are
// that:": the items are the subject.
const SUBJECT_ITEMS =
  /\b(matters? of concern|recommendations|conclusions|areas? for improvement|causes? of concern)\b[^.:;]{0,120}\b(?:were|are)(?:\s+that)?\s*:\s*$/i;

// "We identified two accelerated causes of concern. These were that the force:", "the causes of concern from
// their 2021/22 PEEL inspection, which found that the force:", "... we identified causes of concern. We found
// that the force:", "The original causes of concern said the force:": the items named, then listed. Not
// "... which are intended to:", which lists what they are for.
const NAMED_THEN_LISTED =
  /\b(matters? of concern|recommendations|areas? for improvement|causes? of concern)\b[^.:;]{0,80}?[.,]?\s+(?:(?:these|they|which|it|we)\s+(?:were|are)(?:\s+that\b[^.:;]{0,60})?|(?:(?:these|they|which|it|we)\s+)?(?:found|said)(?:\s+[^.:;]{0,60})?):\s*$/i;

// "... please read the concerns in the Regulation 28 report made by O. Longstaff ... and sent to ...:": the
// coroner's concerns, given below the line that says whose report they come from.
const CONCERNS_IN_REPORT =
  /\b(concerns|matters of concern)\s+(?:in|from|of|raised in|set out in)\s+(?:the|a|this|that|his|her|their)\s+(?:regulation 28|prevention of future deaths|pfd)\s+report\b(?:[^:.]|(?<=\b[A-Z])\.){0,200}:\s*$/i;

// "We print the coroner's concerns in full because they describe ...:", "It quotes these conclusions:": the writer
// gives the items below.
const GIVES_ITEMS =
  /\b(?:print|set out|reproduce|copy|quote|give|list)s?\s+(?:the\s+|these\s+|its\s+)?(?:(?:coroner|committee|inspectorate)['’]?s\s+)?(concerns|matters of concern|recommendations|conclusions|areas for improvement|causes of concern)\b(?:[^:.]|(?<=\b[A-Z])\.){0,160}:\s*$/i;

// "The following AFIs are linked to capacity ... and are grouped:": the items named first, then said of.
const FOLLOWING_ITEMS =
  /\bthe following\s+(recommendations?|areas? for improvement|afis?|causes? of concern|matters? of concern|concerns)\b[^:.]{0,200}:\s*$/i;

// "Two of the areas for improvement are about calls:", "Three of its recommendations concern vetting:": some
// of a report's items, named before the colon that lists them.
const SOME_OF_ITEMS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|some|several|both|all)\s+of\s+(?:the|its|their|the report['’]s)\s+(recommendations|areas? for improvement|causes? of concern|afis)\b[^.:;]{0,120}:\s*$/i;

// "Among the recommendations made to GMP, two are directly relevant to our own arrangements:": some of a
// report's items, said of before the colon that lists them.
const AMONG_ITEMS =
  /\b(?:among|of)\s+(?:the|its|their)\s+(recommendations|areas? for improvement|causes? of concern|afis)\b[^.:;]{0,80},\s+(?:one|two|three|four|five|six|\d{1,2}|some|several)\s+(?:is|are|was|were)\b[^.:;]{0,120}:\s*$/i;

// "... decided to move Devon and Cornwall Police into the Engage phase because:": HMICFRS's reasons for
// enhanced monitoring are its causes of concern.
// So are "the reasons HMICFRS gave for moving the force into the Engage phase:" and "... lists why the force
// went into Engage ... four of those reasons, quoted here:". Only the monitoring process's name, in capitals.
const ENGAGE_REASONS =
  /\binto\s+(?:the\s+)?['‘]?Engage['’]?(?:\s+(?:phase|stage))?\s+because\s*:?\s*$|\b[Rr]easons\b[^.:]{0,200}\bEngage\b[^.:]{0,40}:\s*$|\bEngage\b[^:]{0,250}\b[Rr]easons\b[^.:]{0,60}:\s*$/;

// "The brigade was told it needs to improve in one area that applies to us too:", "HMICFRS asked North Yorkshire
// to improve in two areas:": the areas are ones for improvement.
const AREAS_TO_IMPROVE =
  /\b(?:needs?|(?:asked|told)(?:\s+[\w-]+){1,3})\s+to\s+improve\s+in\s+(?:one|two|three|four|five|six|\d{1,2}|the\s+following|these|some|several)\s+areas?\b[^:.]{0,200}:\s*$/i;

// "The matter of concern in the report reads in full:": one item, quoted below.
const ONE_QUOTED =
  /\b(recommendation|area for improvement|cause of concern|matter of concern)\b(?:\s+[\w'’]+){0,4}\s+(?:reads?|says|states|stated|said)(?:\s+(?:in full|as follows|verbatim|word for word))?\s*:\s*$/i;

// "What HMICFRS recommended", "What the committee said": a title over the item's own words, as a heading
// under its label or as a tracker's column.
export const WHAT_IT_SAID =
  /^what (?:the )?(?:hmicfrs|hmic|inspectorate|inspectors|report|coroner|committee|iopc|nao) (?:said|found|recommended|asked)\b/i;

// A revisit letter's "We recommended that:" over the recommendations it quotes, each a sentence of its own;
// under a cause of concern, "To address this cause of concern, we recommended that:".
export const RECOMMENDED_THAT =
  /^(?:to address (?:this|the) cause of concern,?\s+)?(?:we|hmicfrs|hmic|the inspectorate)\s+(?:also\s+)?(?:then\s+)?recommended(?:\s+that)?\s*:$/i;

// "In 2022 the inspectorate found that Wiltshire Police:", "in 2022 they found the force:" over bullets of what
// the force was failing to do: an inspectorate's finding about a whole force, listed, is how a revisit letter
// or a paper about one tells the causes of concern (a finding "in Lincolnshire:" or about the court's cause of death is no such list).
const FOUND_FORCE_FAILING =
  /\b(?:we|they|HMICFRS|HMIC|the inspectorate|inspectors)\s+found\s+(?:that\s+)?(?:the\s+(?:force|service|constabulary)|(?:[A-Z][\w-]*\s+){1,3}(?:Police|Constabulary|Fire and Rescue Service))\s*:\s*$/;

// "It recommended two things:", "HMICFRS recommended the following actions:": the recommendations, counted.
const RECOMMENDED_THINGS =
  /\b(?:it|we|they|HMICFRS|HMIC|the (?:report|inspectorate|letter|coroner|committee|IOPC))\s+(?:also\s+)?recommended\s+(?:two|three|four|five|six|\d{1,2}|the following|these|several)\s+(?:things|actions|steps|changes|measures)\s*:\s*$/i;

// "HMICFRS gave the force three areas for improvement under fair treatment. Copied straight from the report:":
// the items counted in one sentence, a short pointer to the quote in the next. "The first is:" points at
// one of them; "... one cause of concern and the recommendation that goes with it" counts two kinds.
const COUNTED_ITEMS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?(recommendations?|areas? for improvement|causes? of concern|afis?)\b(?![^.:;]*\b(?:recommendation|area for improvement|cause of concern|afi)s?\b)[^.:;]{0,160}\.$/i;
const QUOTE_POINTER = /\b(?:copied|pasted|quoted|verbatim|in full|word for word|from the report)\b/i;

// "... Its conclusions and recommendations are numbered. The two we think most relevant to us are:": the
// items named in one sentence, some of them counted out in the next.
const COUNT_POINTER =
  /^(?:the|these|those)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b[^.:;]{0,120}\b(?:are|is)\s*:\s*$/i;
const ITEM_NOUN = /\b(recommendations?|areas? for improvement|causes? of concern|afis?)\b/i;

function countedBefore(stem: string): string | null {
  const pointer = lastSentence(stem);
  if (pointer !== stem && COUNT_POINTER.test(pointer) && !ITEM_NOUN.test(pointer))
    return ITEM_NOUN.exec(stem.slice(0, stem.length - pointer.length))?.[1]?.toLowerCase() ?? null;
  if (
    pointer === stem ||
    !QUOTE_POINTER.test(pointer) ||
    /\b(?:recommendation|area for improvement|cause of concern|afi)s?\b/i.test(pointer)
  )
    return null;
  return COUNTED_ITEMS.exec(stem.slice(0, stem.length - pointer.length).trim())?.[1]?.toLowerCase() ?? null;
}

/** A line taken for a heading ("It recommended two things") that is a stem over the items below it. */
export function stemAsHeading(heading: string): boolean {
  return [FOUND_FORCE_FAILING, RECOMMENDED_THINGS, AREAS_TO_IMPROVE, ASKS_THAT].some((stem) =>
    stem.test(`${heading}:`),
  );
}

/** The items a stem names, in its own words ("matters of concern", "areas for improvement"); null if none. */
export function namedNoun(stem: string): string | null {
  if (ENGAGE_REASONS.test(stem) || FOUND_FORCE_FAILING.test(stem)) return 'cause of concern';
  if (AREAS_TO_IMPROVE.test(stem)) return 'area for improvement';
  // "... broad 'Areas for Improvement' (AFIs) rather than a host of detailed recommendations:": the kind named
  // is the one before "rather than", quoted or not, its short form in brackets.
  const named = stem
    .replace(/,?\s+rather than\b[^:]*(?=[\s:.;–—-]*$)/i, '')
    .replace(/['‘’"“”]/g, '')
    .replace(/\s*\([A-Za-z]{2,6}\)(?=[\s:.;–—-]*$)/, '')
    // "Its recommendations to West Yorkshire Police (the forensic one is left out):": an aside before the colon.
    .replace(/\s+\([^()]{8,160}\)(?=\s*:\s*$)/, '')
    // "two causes of concern in Greater Manchester Police:" says whose they are, in capitals; "causes of concern
    // in respect of:" or "in the first tranche:" says what they fall under.
    .replace(/\s+(?:in|at)\s+(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*(?=\s*:\s*$)/, '');
  const noun = (NAMES_ITEMS.exec(named) ??
    SUBJECT_ITEMS.exec(named) ??
    NAMED_THEN_LISTED.exec(named) ??
    FOLLOWING_ITEMS.exec(named) ??
    SOME_OF_ITEMS.exec(named) ??
    AMONG_ITEMS.exec(named) ??
    ONE_QUOTED.exec(named) ??
    CONCERNS_IN_REPORT.exec(named) ??
    GIVES_ITEMS.exec(named))?.[1]?.toLowerCase();
  const recommended = RECOMMENDED_THAT.test(lastSentence(named)) || RECOMMENDED_THINGS.test(named);
  return noun ?? (recommended ? 'recommendation' : countedBefore(named));
}

export function namedKind(stem: string): ItemKind | null {
  const noun = namedNoun(stem);
  if (noun === null) return null;
  if (noun.startsWith('area') || noun.startsWith('afi')) return 'area_for_improvement';
  if (noun.startsWith('cause')) return 'cause_of_concern';
  return 'recommendation';
}

// A bullet that completes its stem's sentence ends with the list's "; and": it reads whole with a full stop.
export function asSentence(text: string): string {
  return text.replace(/\s*[;,]\s*(?:and|or)?\s*$/i, '').replace(/[^.!?]$/, (c) => `${c}.`);
}

// "In November 2021, we inspected ... We shared ... that the service should:": the stem is the last sentence.
export function lastSentence(text: string): string {
  // "... restated it in these words: In our 2017 report, we recommended that all forces should:".
  const parts = text.split(/(?<=[.!?]|:(?=\s+[A-Z].*:\s*$))\s+(?=[A-Z])/);
  return parts[parts.length - 1] ?? text;
}

// "This should include:", "These should cover:": a stem that points back at the sentence before it.
// "As a minimum it should:" lists what the recommendation before it takes at least; "This should:", "This
// plan should draw on ... about:", "Guidance to staff should include:" what the thing it asks for must do
// or hold.
const POINTS_BACK =
  /^(?:this|these|it|they|such\s+\w+)\s+(?:should|must|will|would|could|may)?\s*(?:include|includes|cover|covers|consider|be)\b|^(?:as|at) a minimum,?\s+(?:it|they|this|these)\s+(?:should|must)\b|^(?:this|these|it|they)(?:\s+[a-z]+){0,2}\s+(?:should|must)\b[^.]*:\s*$|^[A-Z][\w'’ -]{0,40}?\s+(?:should|must)\s+(?:include|cover|contain)\s*:\s*$/i;

/**
 * A paragraph that makes a recommendation in full and ends by introducing what it should include ("This action
 * plan should be developed:"): the list below belongs to it, not a stem to distribute over the bullets.
 */
export function wholeWithList(para: Para, directive: boolean): boolean {
  const last = lastSentence(para.text);
  return (
    directive &&
    last !== para.text &&
    POINTS_BACK.test(last) &&
    STRONG.test(para.text.slice(0, para.text.length - last.length))
  );
}

// "By 19 September 2023, the service should provide an action plan ... The service should make sure:": the
// deadline set at the start of the paragraph holds for the list its last sentence introduces.
const DEADLINE_OPENING = /^(?:by|before|no later than|within)\s+[^,.]{3,40}?,/i;

export function earlierDeadline(stem: string): string | null {
  const last = lastSentence(stem);
  if (last === stem || DEADLINE_OPENING.test(last)) return null;
  return DEADLINE_OPENING.exec(stem)?.[0].replace(/,$/, '') ?? null;
}

// "Cleveland Police needs to attend calls ...": an area for improvement, or the statement of a cause of
// concern, is worded as a need, in one sentence.
export function improvementNeed(text: string, own: ItemKind | null): boolean {
  return (
    (own === 'area_for_improvement' || own === 'cause_of_concern') &&
    /\bneeds?\s+to\b/.test(text) &&
    wordCount(text) <= 40 &&
    !/[.!?]\s/.test(text)
  );
}

// "This included:", "These were:": the list below gives the parts of what the sentence before it said.
export const FACTORS =
  /^(?:this|these|they|it|such\s+\w+)\s+(?:included|includes|include|were|was|are|comprised)\s*[:.–—-]*\s*$/i;

// A coroner's form around the concerns: "... revealed matters giving rise to concern. In my opinion there is a
// risk ...", "It is my statutory duty to report to you."
// "Durham has to respond within 56 days of the date of this report": who answers and by when, said after the items.
export const RESPONSE_DUTY =
  /\b(?:has|have|must|is required)\s+(?:to\s+)?(?:respond|reply)(?:\s+to\s+(?:the\s+)?coroner)?\s+within\b/i;

/** The form's words on the reply after a coroner's concerns ("... are under a duty to respond within 56 days"). */
export function replyDuty(text: string): boolean {
  return /\bduty to respond\b/i.test(text) || RESPONSE_DUTY.test(text);
}
// "... revealed matters giving rise to concern": the form's sentence, not a concern that ends "... giving rise to
// concern over the lack of robust clinical governance".
export const FORM_WORDING =
  /(?:giving|gave) rise to concerns?(?!\s+(?:over|about|that|as to|in relation to|regarding)\b)|revealed matters\b|statutory duty|duty to respond|risk that future deaths|action should be taken|as follows\s*[:.–—-]*\s*$/i;

// "*Wessex note:* Control room supervisors should check ...": the office's own note beside a copied item,
// neither an item nor anyone's answer to one; nor is "Board decision: Adopt.", what the meeting made of it.
export const OWN_NOTE =
  /^[*_]*(?:(?:[A-Z][\w'’-]*\s+){0,3}notes?|(?:board|panel|committee|meeting)['’]?s?\s+decision)\s*:/i;
// "Two things I think we should do before the December board:": the writer's own list of things to do.
// "What you need to do:", "By the end of this module you should be able to:": the writer telling its readers.
// "Actions from me (no need to reply all):": the writer's own to-do list; "What I am proposing for Wessex:" theirs.
export const WRITER_STEM =
  /\b(?:I|we)\s+(?:think|suggest|propose)\b|\bwhat\s+(?:I|we)\s+(?:need|want|would like|(?:am|are)\s+(?:proposing|suggesting))\b|\bour\s+own\s+(?:actions|points|questions|notes)\b|\bwe\s+should\b|\byou\s+(?:should|must|need\s+to|will\s+need\s+to)\b|\b(?:could|can|would|will)\s+you(?:\s+please)?\s*:?$|\bplease\s*:$|^(?:next\s+)?actions?\s+(?:from|for|on)\s+(?:me|us)\b|^my\s+(?:next\s+)?actions\b/i;
// "[HM: We have 23 places ...]": a reader's initials and their note, typed under a line they forward.
export const BRACKETED_NOTE = /^\[([A-Z][A-Za-z.]{0,20}):\s/;
// "[DW 29/05] Thamesmere: ...": a reply typed inline under what it answers, tagged with its writer's initials
// and the day.
// The groups a national report makes its recommendations to, as a page or a label names them in lower case.
export const ADDRESSEE_GROUPS =
  '(?:all )?(?:chief constables|police and crime commissioners|pccs|forces|chief fire officers|fire and rescue services)';

export const INITIALLED_NOTE = /^\[[A-Z]{2,3}\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\]\s+(?=\S)/;

// A failing found in a service: its subject, then what it has not done or cannot do.
export const FINDING =
  /^(?:the\s+(?:service|force|constabulary)|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,4}\s+(?:police|constabulary|fire and rescue service))\s+(?:still\s+)?(?:hasn['’]t|has not|doesn['’]t|does not|isn['’]t|is not|can['’]t|cannot|lacks|has failed|is failing|fails)\b/i;

/** "By 27 March 2025, where required, seek changes ...": a deadline, then what to do, in the imperative. */
export function deadlineThenImperative(text: string): boolean {
  const lead = findDues(text).find((d) => d.index === 0);
  if (lead === undefined) return false;
  const rest = text
    .slice(lead.phrase.length)
    .replace(/^\s*\([^()]*\)/, '')
    .replace(/^[\s,]+(?:where required,\s*|if necessary,\s*)?/i, '');
  return IMPERATIVE.test(rest);
}

// "... requires improvement", "The force needs to improve its service to victims of crime": what a PEEL
// report's area for improvement says in its title.
export const NEED_IN_TITLE =
  /\b(?:requires? improvement|needs? to (?:improve|do more|make sure|ensure)|should)\b/i;

// A cover paper's recommendation to its own meeting ("That the Panel notes the learning ...") is not one to
// track.
export const OWN_MEETING =
  /^(?:resolved\s*:?\s*)?(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}(?:panel|committee|board|council|cabinet|members?|meeting|authority|commissioner)\s+(?:(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+|should\s+)?(?:notes?|approves?|agrees?|considers?|receives?|endorses?|comments?|reviews?)\b/i;

// "By 30 September 2021, the service should:": a stem that directs, over the entries that finish it.
const DIRECTING_STEM = /\b(?:should|must)\b[^.]*:\s*$/i;

/** The deadline the rows below a line take: a directing stem's own ("By 30 September 2021"), else the one before. */
export function stemDueAfter(line: string, before: string | null): string | null {
  return DIRECTING_STEM.test(line) ? (findDues(line)[0]?.phrase ?? null) : before;
}
// "The force should immediately: conduct a review ...": a recommendation with its stem run in.
const RUN_IN_STEM =
  /^(?:(?:within|by)\s+[\w ]{1,30},?\s+)?the\s+(?:force|service|constabulary)\s+(?:should|must)(?:\s+immediately)?:\s+[a-z]/i;

/** Under a cause of concern's words, a line that starts the recommendations answering it. */
export function answersCause(text: string): boolean {
  return DIRECTING_STEM.test(text) || RUN_IN_STEM.test(text) || RECOMMENDED_THAT.test(text);
}

// "The section of the A693 where the collision occurred is:": a sentence that describes, its points finishing it.
export const DESCRIBES = /^(?:the|this|that)\b[^.]{0,120}\b(?:is|are|was|were)\s*:$/i;

// Only where the subject is a body outside the meeting: "That the Board asks ..." is the paper's own.
export const SUBJUNCTIVE =
  /^That\s+(?:the\s+|all\s+|each\s+)?(?:Government|Home Office|Home Secretary|Secretary of State|Department|Ministry|College of Policing|NPCC|National Police Chiefs|IOPC|HMICFRS|Inspectorate|police forces|forces|chief constables|chief officers|PCCs|police and crime commissioners)\b/i;

// "In that inspection we found that the force:": a stem whose bullets each finish a finding.
export const FOUND_THAT =
  /\b(?:found|identified|concluded)\s+that\s+(?:the\s+)?(?:force|service|constabulary)\s*:\s*$/i;
// "HM Treasury and the Government Finance Function should:": a line naming only who acts.
// Not "By 30 September 2021, the service should:", whose deadline belongs with each entry.
export const SUBJECT_ONLY =
  /^(?!(?:by|within|in|from|immediately)\b)(?:the\s+)?[A-Z][A-Za-z'’ ,&-]{0,80}?\s+(?:should|must)\s*:$/i;
