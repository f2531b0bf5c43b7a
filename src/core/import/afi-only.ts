import type { Draft } from './merge.ts';

/*
 * A fire service's inspection makes areas for improvement, not recommendations, outside its causes of concern;
 * a paper about one says so ("the areas for improvement that HMICFRS identified for Suffolk") and then quotes
 * them as "the service should:" bullets, with no label of their own.
 */

const AFI_WORDS = /\b(?:areas? for improvement|AFIs?)\b/i;
// "2. RECOMMENDATIONS", "4. Recommendations to the Board": the paper's own section for what it asks of its
// meeting, which says nothing of the report's items.
const OWN_RECOMMENDATIONS =
  /^\s*(?:\d{1,2}\.?\s+)?recommendations?(?:\s+to\s+(?:the\s+)?(?:board|members|committee|authority|panel|meeting))?\s*:?\s*$/gim;

/**
 * The drafts as areas for improvement where every one is an unlabelled recommendation and the document calls
 * what it quotes areas for improvement, never recommendations; otherwise the drafts as they are.
 */
export function asAreasWhereNamed(drafts: readonly Draft[], text: string): readonly Draft[] {
  const unlabelled = drafts.every((d) => d.kind === 'recommendation' && d.label === null);
  const namesOnlyAreas = AFI_WORDS.test(text) && !/\brecommend/i.test(text.replace(OWN_RECOMMENDATIONS, ''));
  return unlabelled && namesOnlyAreas ? drafts.map((d) => ({ ...d, kind: 'area_for_improvement' })) : drafts;
}
