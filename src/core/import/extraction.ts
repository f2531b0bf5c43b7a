import type { IsoDate } from '../dates/index.ts';
import type { DeadlineKind, ItemKind } from '../model/entities.ts';

/** A deadline as found in a document: its kind, the date where one follows, and the words used. */
export type ExtractedDue = { kind: DeadlineKind; date: IsoDate | null; phrase: string | null };

export type ExtractedItem = {
  kind: ItemKind;
  /** As printed: "Recommendation 5", "Area for improvement 2", or null for an unlabelled bullet. */
  label: string | null;
  number: number | null;
  /** Verbatim, whitespace normalised, bullets as "•", page furniture removed. */
  text: string;
  due: ExtractedDue;
  additionalDues: ExtractedDue[];
  /** Who "should" act: "Chief Constables", "the director general of the National Crime Agency"... */
  addressees: string[];
  forceResponse: string | null;
  pccResponse: string | null;
  /** The label of the cause of concern this recommendation sits under. */
  causeOfConcern: string | null;
  /** What the extractor was unsure of, shown in the import preview. */
  uncertain: string[];
  /** The document's lines it was read from (furniture removed), so a person can check it. */
  source: string[];
};

/** Everything an import takes from one document. Nothing is saved until the user confirms it. */
export type Extraction = {
  title: string | null;
  publisher: string | null;
  publishedOn: IsoDate | null;
  /** Only a URL printed in the document, never one guessed from link text. */
  link: string | null;
  section55: boolean;
  section55Due: IsoDate | null;
  forceResponseOverall: string | null;
  pccResponseOverall: string | null;
  recommendations: ExtractedItem[];
  areasForImprovement: ExtractedItem[];
  causesOfConcern: ExtractedItem[];
  /** Document-level doubts, shown in the preview. */
  warnings: string[];
};
