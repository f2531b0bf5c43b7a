import type { Block, Heading, Para } from './blocks.ts';
import { asPara, startedAt } from './item-starts.ts';
import { NEED_IN_TITLE } from './stem-words.ts';
import { endsSentence, wordCount } from './text-util.ts';
import type { Occurrence, Section } from './walk-model.ts';

/**
 * "The force needs to improve how it protects vulnerable people" as a heading or a line of its own among areas
 * for improvement, a paragraph explaining it below: the title is the item, the explanation no part of it.
 * After a list of the items ("Use of local level data needs to improve"), such a title heads a finding.
 */
export function titledNeed(section: Section, block: Heading | Para, next: Block | undefined): boolean {
  if (section.kind !== 'areas_for_improvement' || section.loose.some((p) => p.bullet || p.list)) return false;
  if (!needTitle(block)) return false;
  const explained =
    next?.type === 'para' &&
    !next.list &&
    !next.bullet &&
    (endsSentence(next.text) || /[.!?]\s+[A-Z]/.test(next.text));
  // A summary's bare list of them, a line each: the next is another, or the list has begun above.
  const listed =
    (next !== undefined && next.type !== 'label' && next.type !== 'row' && needTitle(next)) ||
    (section.items.length > 0 && section.items.every((o) => o.kind === 'area_for_improvement'));
  return explained || listed;
}

function needTitle(block: Heading | Para): boolean {
  const words = wordCount(block.text);
  return (
    (block.type === 'heading' || (!block.list && !block.bullet)) &&
    !endsSentence(block.text) &&
    !/[:;,]$/.test(block.text) &&
    words >= 5 &&
    words <= 25 &&
    NEED_IN_TITLE.test(block.text)
  );
}

export function openTitled(section: Section, block: Heading | Para): Occurrence {
  const titled = startedAt('area_for_improvement', null, null, null, section, block.index);
  titled.body.push(...asPara(block.text, block.index));
  section.items.push(titled);
  return titled;
}
