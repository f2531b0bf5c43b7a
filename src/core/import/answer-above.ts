import type { Para } from './blocks.ts';
import { opensReply } from './responses.ts';
import { positionTitle, responseMarker } from './sections.ts';
import { FIRST_PERSON } from './stem-words.ts';
import { endsSentence, wordCount } from './text-util.ts';
import { plainOccurrence } from './unlabelled-entries.ts';
import type { Occurrence, Section } from './walk-model.ts';

// "Wessex Police position" under each quoted concern: the force's answer to it.
const BARE_REPLY_TITLE =
  /^(?:our|the force['’]?s?|force|chief constable['’]?s?|the chief constable['’]?s?|pcc['’]?s?|commissioner['’]?s?|my)?\s*(?:response|reply|comments?)$|^(?:[A-Z][\w'’]*\s+){1,3}(?:police|constabulary|service)['’]?s?\s+(?:response|position)$|^current position \([^()]{1,40}\)$|^(?:the\s+)?(?:pcc|commissioner)['’]?s? view$/i;

export function bareReplyTitle(text: string): boolean {
  return BARE_REPLY_TITLE.test(text) || positionTitle(text);
}

/**
 * "Response:" or "Wessex Police position" on a line of its own under an item, the reply below it: the section
 * it opens answers the item above, which the walk could not hold open (no label started it, or a title came
 * between). The force's reply and then
 * the commissioner's may follow one another, each under its own title.
 */
export function answerAbove(sections: readonly Section[]): void {
  let item: Occurrence | undefined;
  for (const section of sections) {
    const speaker = bareReplyTitle(section.heading ?? '') ? responseMarker(section.heading ?? '') : null;
    if (speaker === null || section.items.length > 0) {
      item = section.items[section.items.length - 1];
      continue;
    }
    if (item === undefined || item.marked[speaker].length > 0) continue;
    // The reply ends at the next entry's title ("National recommendation - The College of Policing, June 2021"),
    // or, where the items carry no labels, at the next item's own words.
    const unlabelled = item.label === null;
    const end = section.loose.findIndex(
      (p, k) =>
        k > 0 &&
        ((p.index === p.end && !endsSentence(p.text) && wordCount(p.text) <= 20) ||
          (unlabelled && nextItem(p))),
    );
    const reply = end < 0 ? section.loose : section.loose.slice(0, end);
    item.marked[speaker].push(...reply);
    section.loose = section.loose.slice(reply.length);
    const next = section.loose[0];
    if (unlabelled && next !== undefined && nextItem(next)) {
      item = plainOccurrence(item.kind, next, section);
      section.items.push(item);
      section.loose = section.loose.slice(1);
    }
  }
}

// "Within six months the NPCC lead and the CPS lead should consider ...", after the commissioner's comments on
// the item before: the next unlabelled item, printed between the replies.
const ITEM_OPENING = /^(?:within|by|immediately|with immediate effect|all|chief|forces|police|the)\b/i;

function nextItem(para: Para): boolean {
  return (
    !para.list &&
    !para.bullet &&
    ITEM_OPENING.test(para.text) &&
    /\bshould\b/.test(para.text) &&
    !FIRST_PERSON.test(para.text) &&
    !opensReply(para) &&
    wordCount(para.text) >= 8
  );
}
