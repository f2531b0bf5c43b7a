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

/** Whether the document calls the items it quotes areas for improvement and never recommendations. */
export function namesOnlyAreas(text: string): boolean {
  return AFI_WORDS.test(text) && !/\brecommend/i.test(text.replace(OWN_RECOMMENDATIONS, ''));
}

/** An unlabelled item read as a recommendation, in a document that names only areas for improvement. */
export function asArea(draft: Draft): Draft {
  return draft.kind === 'recommendation' && draft.label === null
    ? { ...draft, kind: 'area_for_improvement' }
    : draft;
}
