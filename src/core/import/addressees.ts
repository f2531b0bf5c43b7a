import { findDuePhrases, findDues } from './deadlines.ts';
import { squash, wordCount } from './text-util.ts';

// Where a subject cannot start: the text before "should" runs back to the last of these, a sentence's end or
// a comma's "but", "while": "... allowing officers more time, but they must not ...".
const CLAUSE_BREAK = /[.!?;:•]\s|,\s+(?:but|while|whilst|whereas|yet|although|though)\s/g;
// Leading comma-separated pieces that set the time or place, not the actor: "By 31 October 2023,".
const ADVERBIAL =
  /^(?:by|with|within|in|from|following|after|once|when|if|as|where|until|before|then|immediately|now|also|therefore|however|subsequently|additionally|furthermore|meanwhile|to|for|at|on|over|during|thereafter|accordingly|going forward|as a priority|\d)/i;
// Words that cannot act: pronouns, "an officer's view", "the review", "Guidance to staff"; but "The Training
// Board", a body named after what it does, acts.
const BODY_WORD =
  '(?:board|committee|team|unit|group|panel|college|centre|service|department|office|authority|agency)\\b';
// "... the type of food that Mr Tabeche should receive": a person named as Mr or Mrs is whom a concern is about.
const NOT_AN_ACTOR = new RegExp(
  `^(?:an?\\s+(?!(?:\\w+\\s+){0,2}?(?:force|service|body|organisation|officer|team)\\b)\\w+|(?:mr|mrs|ms|miss|master)\\.?\\s+[a-z'’-]+$|this|that|these|those|it|its|they|he|she|we|you|i|which|who|such|there|what|each of these|any|one|more|further|consideration|action|the (?:review|plan|report|process|work|training|guidance|policy|approach|action)(?!\\s+${BODY_WORD})|(?:guidance|training|procedures?|policy|plans?|reviews?)(?:\\s+(?:to|for|on|of)\\s|$))\\b`,
  'i',
);
// "The IOPC recommends that Oakhurst Police reviews ...": the actor follows "that".
// "HMICFRS recommends that, within three months, Lancashire constabulary should": a comma may follow "that".
const RECOMMEND_THAT = /^.*?\brecommends?(?:ed)?\s+that,?\s+/i;
// "We recommend that HM Treasury: publish ...", "that the Public Sector Fraud Authority develop ...": the actor
// ends at a colon or at its verb, which may be bare; "of", "and" and the like sit inside names. The
// Ombudsman's "We recommend the Council provide an apology" leaves "that" out.
const RECOMMENDS_SUBJECT =
  /\brecommend(?:s|ed)?\s+(?:that\s+|(?=the\s+[A-Z]))((?:the\s+)?[A-Z][^,;:.]{0,120}?)(?:\s*:|\s+(?:should|must|(?!(?:of|and|for|the|in|on|to|at|with)\b)[a-z]+)\b)/g;
// "We recommend, that within six months, forces review ...": forces named as a class, in lower case, maybe after
// a comma or a time.
const RECOMMENDS_FORCES =
  /\brecommend(?:s|ed)?,?\s+that,?\s+(?:(?:within|by|in)\s+[^,]{1,40},\s+)?((?:all\s+)?(?:police\s+)?(?:forces|chief constables|chief officers|fire and rescue services))\s+[a-z]+\b/gi;
const THAT_SUBJECT =
  /^[Tt]hat\s+((?:the\s+)?[A-Z][^,;:.]{0,80}?)\s+(?!(?:of|and|for|the|in|on|to|at|with|is|are|was|were|has|have)\b)[a-z]+\b/;
// "We look to the Ministry to bring forward ...", "We expect the Department to ...": a committee names who acts.
// "The report also calls on the Home Office to review ...": so does a summary of its report.
const WE_LOOK_TO =
  /\b(?:[Ww]e\s+(?:look\s+to|expect|urge|call\s+on)|(?:[Rr]eport|[Cc]ommittee|NAO|[Ii]t)\s+(?:also\s+)?calls\s+(?:up)?on)\s+((?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’]*){0,5})\s+to\s/g;
// "The Ministry of Justice (the Ministry)": a name the document shortens once, to use the short form after.
const DEFINED_SHORT =
  /\b([A-Z][\w'’]*(?:\s+(?:of|for|and|the|[A-Z][\w'’]*)){1,7})\s+\((?:the\s+)?([A-Z][a-z]+)\)/g;
// Words that make the text before "should" a clause rather than a list of actors.
const SUBORDINATE = /\b(?:that|whether|which|who|whom|if|when|where|because|so|whose|what|how|why)\b/i;
// "should be notified", "should be reported": a passive names no actor.
const PASSIVE =
  /^\s*(?:also\s+|not\s+)?be\s+(?:[a-z]+ed|[a-z]+en|made|kept|told|sent|held|built|set|put|paid|given|taken|seen|done|shown|known|sought|brought|taught|found|read|met|led|left|understood)\b/i;
// Names that contain "and": "Police and Crime Commissioners", "HM Courts and Tribunals Service".
const ORGANISATION_END =
  /\b(?:services?|commissioners?|panels?|agency|board|department|authority|committee|partnership|council|trust|team|unit|protection|programme|tribunals?)$/i;
// "the director general of the National Crime Agency": a role in lower case before an organisation's name.
const ROLE_OF = /^(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+of\s+(?=the\s|[A-Z])/;
const PARTNERS =
  /\bshould\s+(?:work|engage|collaborate|liaise)\s+(?:closely\s+|jointly\s+|together\s+)?with\s+/gi;

// "In response to this Report the Ministry should ...": when, not who, even without a comma.
const IN_RESPONSE = /^\s*in response to (?:this|the|our) report\s*,?\s*/i;

// "(NPCC)" names the body and stays; any other aside in brackets goes.
const NOT_ACRONYM = /\((?![A-Z][A-Za-z&]{1,9}\))[^()]*\)/g;

// A subject is at most a few dozen words: looking further back would only cost time on long texts.
const LOOK_BACK = 400;

function subjectBefore(text: string, end: number): string {
  const from = Math.max(0, end - LOOK_BACK);
  let start = from;
  for (const match of text.slice(from, end).matchAll(CLAUSE_BREAK))
    start = from + match.index + match[0].length;
  return text.slice(start, end);
}

function dropAdverbials(subject: string): string {
  // "Within six months the force": a deadline that opens the clause without a comma is not the actor.
  const lead = findDues(subject).find((d) => d.index === 0);
  const rest = lead === undefined ? subject : subject.slice(lead.phrase.length).replace(/^[\s,]+/, '');
  const pieces = rest.replace(RECOMMEND_THAT, '').replace(IN_RESPONSE, '').split(',');
  const adverbial = (piece: string) => ADVERBIAL.test(piece.trim()) || findDuePhrases(piece).length > 0;
  while (pieces.length > 1 && adverbial(pieces[0] ?? '')) pieces.shift();
  // "Then, six months after ..., they": every leading piece went; what is left is the subject.
  const remaining = pieces.join(',').trim();
  // "even in the case of lengthy and complex searches Derbyshire Police": a leading phrase without its comma,
  // then the name.
  const unmarked =
    /^(?:even\s+)?(?:in|for|with|during|after|before|on|at)\s[^,]*?\s((?:[A-Z][\w'’&-]*\s*)+)$/.exec(
      remaining,
    );
  if (unmarked?.[1] !== undefined) return unmarked[1].trim();
  // "To improve the service provided to victims of domestic abuse the force": a purpose without its comma.
  const purpose = /^(?:in order )?to\s[^,]*?\s(the\s+(?:[a-z]+\s+)?([a-z]+))$/i.exec(remaining);
  return purpose?.[1] !== undefined && ROLE_NOUN.test(purpose[2] ?? '') ? purpose[1] : remaining;
}

function splitAnd(list: string): string[] {
  const parts = list.split(/\s+and\s+/);
  const out: string[] = [];
  let current = parts[0] ?? '';
  for (const next of parts.slice(1)) {
    // "Police and Crime Commissioners", "police and crime commissioners", "HM Courts and Tribunals Service".
    const singleCapital = wordCount(current) === 1 && /^[A-Z]/.test(current) && /^[A-Z]/.test(next);
    const singleLower =
      wordCount(current) === 1 && /^[a-z]+$/.test(current) && !current.endsWith('s') && wordCount(next) <= 2;
    const compound =
      /[A-Z][\w']*$/.test(current) &&
      /^[A-Z]/.test(next) &&
      wordCount(next) <= 3 &&
      ORGANISATION_END.test(next);
    if (singleCapital || (singleLower && ORGANISATION_END.test(next)) || compound) {
      current = `${current} and ${next}`;
    } else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
  return out;
}

/** Tidies one addressee: no article before a name, no "(NCA)", a role title in capitals. */
function tidy(raw: string): string | null {
  let name = squash(raw.replace(NOT_ACRONYM, ' '))
    .replace(/^(?:both|either|each)\s+/i, '')
    .replace(/[,;:.\s]+$/, '');
  // "the National Crime Agency" -> "National Crime Agency", "the force" -> "force": the article is not the name.
  name = name.replace(/^the\s+/i, '');
  const role = ROLE_OF.exec(name);
  if (role?.[1] !== undefined)
    name = `${role[1].replace(/\b[a-z]/g, (c) => c.toUpperCase())} of ${name.slice(role[0].length)}`;
  if (name === '' || wordCount(name) > 15 || NOT_AN_ACTOR.test(name)) return null;
  return actorShaped(name) ? name : null;
}

// Who can act: a name ("West Yorkshire Police", "FiReControl") or a role or body in lower case ("all forces",
// "chief fire officers"); not "sources for any data used" or "will be provided by ...", a sentence's words.
const ROLE_NOUN =
  /\b(?:forces?|services?|police|constabular(?:y|ies)|government|departments?|officers?|chiefs?|commissioners?|boards?|councils?|trusts?|authorit(?:y|ies)|agenc(?:y|ies)|committees?|panels?|teams?|units?|partnerships?|providers?|staff|managers?|leads?|employers?|organisations?|bodies|ministr(?:y|ies)|secretar(?:y|ies)|ministers?|offices?|colleges?|inspectorates?|prisons?|governors?|coroners?|directors?|heads?|executives?|groups?|networks?|partners?|users?|operators?|owners?|schools?|hospitals?|practitioners?|clinicians?|professionals?|employees?|crews?|brigades?|leaders?|handlers?|recipients?|universit(?:y|ies))\b/i;
const STARTS_AS_VERB =
  /^(?:will|would|can|could|may|might|must|shall|should|is|are|was|were|be|been|has|have|had|also|then)\b/i;

function actorShaped(name: string): boolean {
  if (STARTS_AS_VERB.test(name)) return false;
  return /[A-Z]/.test(name) || ROLE_NOUN.test(name);
}

export function splitList(list: string): string[] {
  const clean = squash(list.replace(NOT_ACRONYM, ' '));
  return clean
    .split(/\s*,\s*(?:and\s+|or\s+)?/)
    .flatMap(splitAnd)
    .map(tidy)
    .filter((name): name is string => name !== null);
}

/** The partners a lead "should work with", when named (not "their local boards", which are the lead's own). */
function partners(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PARTNERS)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
    const object = /^(.*?)(?:\s+to\s+[a-z]+|[,.;:]|$)/.exec(after)?.[1] ?? '';
    if (!/^[A-Z]/.test(object) || /^(?:their|its|our|local|relevant)\b/i.test(object)) continue;
    found.push(...splitList(object));
  }
  return found;
}

// "our recommendations that the service should": the actor is the subject of the clause after "that".
function actorOf(subject: string): string {
  if (!SUBORDINATE.test(subject)) return subject;
  const after = /\bthat\s+((?:the\s+)?[A-Za-z][^,]*)$/.exec(subject)?.[1];
  return after !== undefined && !SUBORDINATE.test(after) && !/^(?:we|i|you|they)\b/i.test(after)
    ? after
    : subject;
}

// An Ombudsman's remedy: "The Council has agreed to apologise ...", "... has also agreed to inform ...": the one
// who agreed acts.
export const AGREED_SUBJECT =
  /^(?:[Tt]he\s+)?([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,5})\s+(?:has\s+|have\s+)?(?:also\s+)?agreed\s+to\b/;

/** Who "should" act: the subjects of "should", split on commas and "and", then named partners. */
export function extractAddressees(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RECOMMENDS_SUBJECT)) found.push(...splitList(match[1] ?? ''));
  for (const match of text.matchAll(RECOMMENDS_FORCES)) found.push(match[1] ?? '');
  // A committee's "That the Government review ...": the recommendation with "we recommend" left out.
  for (const match of text.matchAll(WE_LOOK_TO)) found.push(...splitList(match[1] ?? ''));
  const that = found.length === 0 ? THAT_SUBJECT.exec(text)?.[1] : undefined;
  if (that !== undefined) found.push(...splitList(that));
  const agreed = found.length === 0 ? AGREED_SUBJECT.exec(text)?.[1] : undefined;
  if (agreed !== undefined) found.push(agreed);
  for (const match of text.matchAll(/\b(?:should|must|needs? to|ought to)\b/gi)) {
    if (PASSIVE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    const subject = actorOf(dropAdverbials(subjectBefore(text, match.index)));
    if (subject === '' || wordCount(subject) > 40 || NOT_AN_ACTOR.test(subject) || SUBORDINATE.test(subject))
      continue;
    found.push(...splitList(subject));
  }
  found.push(...partners(text));
  const seen = new Set<string>();
  return found.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The short names a document defines ("the Ministry" for the Ministry of Justice), keyed in lower case. */
export function definedShortNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(DEFINED_SHORT)) {
    const full = (match[1] ?? '').replace(/^the\s+/i, '');
    const short = match[2] ?? '';
    if (new RegExp(`\\b${short}\\b`).test(full) && full !== short) names.set(short.toLowerCase(), full);
  }
  return names;
}
