import type { Para } from './blocks.ts';
import { containment, endsOpen, endsSentence, trigrams } from './text-util.ts';

const FIRST_PERSON =
  /^(?:we|our|i|my|us|the (?:force|constabulary|trust|council|service) (?:has|have|is|will|accepts))\b/i;
const DIRECTIVE = /\b(?:should|must|ought to|needs? to|is required to|are required to|recommends?)\b/i;
// A closing paragraph speaks of the report or its recommendations as a whole.
const OVERALL =
  /^(?:overall|in conclusion|in summary|to conclude|to summarise|finally|in closing)\b|\b(?:these|the|all|its|our) recommendations\b/i;

// Sentences that go on explaining a recommendation: "This is to make sure ...", "This should include ...".
const EXPLAINS =
  /^(?:this is (?:so|to|because)|so that|this (?:will|would) (?:mean|include)|this includes|in doing so|to do this)\b/i;
const DISPOSITION =
  /^(?:accepted|agreed|not accepted|partially (?:accepted|agreed)|rejected|noted|completed?|ongoing|in progress|not started|implemented|supported|welcomed?|awaiting)\b/i;

// "1.1 The government agrees with the Committee's recommendation.": a body's answer, in the third person.
const ANSWERS =
  /^(?:the\s+)?(?:government|department|home office|ministry|force|constabulary|council|service|trust|college|npcc)\s+(?:agrees|accepts|disagrees|partially\s+(?:agrees|accepts)|does\s+not\s+(?:agree|accept)|welcomes|supports|rejects)\b/i;
const PARAGRAPH_NUMBER = /^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+/;

/** Whether a paragraph after the first still reads as part of the recommendation rather than a reply to it. */
function continuesRecommendation(para: Para, previous: Para): boolean {
  const text = para.text.replace(PARAGRAPH_NUMBER, '');
  if (FIRST_PERSON.test(text) || DISPOSITION.test(text) || ANSWERS.test(text)) return false;
  // "3. Forces are finding ..." after "2. Recommendation: ...": the document's next numbered paragraph, unless
  // the item introduced a numbered list of its own.
  const numbered = /^\d{1,3}\.\s/;
  if (numbered.test(para.text) && !/:$/.test(previous.text) && !numbered.test(previous.text)) return false;
  if (para.bullet || para.list) {
    return previous.bullet || previous.list || /:$/.test(previous.text) || !endsSentence(previous.text);
  }
  // "The force needs to improve its training ..." printed as a headline, without a full stop, then the
  // inspectors' reasons in a paragraph of their own: the headline is the whole item.
  const headline = !endsSentence(previous.text) && !/[:;]$/.test(previous.text) && !endsOpen(previous.text);
  if (headline && /^[A-Z]/.test(text) && !previous.bullet && !previous.list) return false;
  if (EXPLAINS.test(para.text)) return true;
  // "... should:" then "by 30 June 2017, submit to HMIC ...": the stem's own sentence, finished below it.
  if (/:$/.test(previous.text) && /^[a-z]/.test(text)) return true;
  return DIRECTIVE.test(para.text) && !/^(?:this|that|it) (?:recommendation|is|was)\b/i.test(para.text);
}

/** "4.1 The government agrees ...", "Accepted. ...": a paragraph that opens an answer to the item above. */
export function opensReply(para: Para): boolean {
  const text = para.text.replace(PARAGRAPH_NUMBER, '');
  return DISPOSITION.test(text) || ANSWERS.test(text);
}

/** A copy in a response section that holds only the reply: it opens with "Accepted", "We ...", or never directs. */
export function isReplyOnly(paras: readonly Para[]): boolean {
  const first = paras[0];
  if (first === undefined) return false;
  return DISPOSITION.test(first.text) || FIRST_PERSON.test(first.text) || !DIRECTIVE.test(first.text);
}

/**
 * Splits an item's body where the document gives no copy to compare with: the recommendation is the first
 * paragraph and what continues it (its bullets, further "should" sentences); the rest is a response, or
 * narrative that follows the item in a report.
 */
export function splitByShape(paras: readonly Para[]): { text: Para[]; rest: Para[] } {
  const text: Para[] = [];
  for (const [i, para] of paras.entries()) {
    const previous = text[text.length - 1];
    if (i === 0 || (previous !== undefined && text.length === i && continuesRecommendation(para, previous))) {
      text.push(para);
    } else {
      return { text, rest: paras.slice(i) };
    }
  }
  return { text, rest: [] };
}

/**
 * Splits a repeated item's body: leading paragraphs that copy the recommendation already known are dropped
 * (they differ only by bullets and commas), the rest is the response.
 */
export function splitByCopy(paras: readonly Para[], known: string): Para[] {
  const grams = trigrams(known);
  let i = 0;
  while (i < paras.length && containment(paras[i]?.text ?? '', grams) >= 0.9) i++;
  return paras.slice(i);
}

/**
 * The force's closing remarks after the last item belong to the overall response: from the first paragraph
 * after the item's own reply that speaks of the recommendations or the report as a whole.
 */
export function splitClosing(response: readonly Para[]): { own: Para[]; closing: Para[] } {
  for (let i = 1; i < response.length; i++) {
    const para = response[i];
    if (para && OVERALL.test(para.text)) return { own: response.slice(0, i), closing: response.slice(i) };
  }
  return { own: [...response], closing: [] };
}
