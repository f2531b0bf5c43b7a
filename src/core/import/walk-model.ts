import type { IsoDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import type { Para } from './blocks.ts';
import type { ResponseKind, SectionKind } from './sections.ts';

/** Text that needs no splitting: a table cell, a bullet under a stem. */
export type Explicit = {
  text: string;
  due: string | null;
  anchor: IsoDate | null;
  /** Named by a table's "Sent to" column; empty when the text must say who acts. */
  addressees: string[];
};

/** One appearance of an item: the list copy, or the copy repeated with its response. */
export type Occurrence = {
  kind: ItemKind;
  label: string | null;
  number: number | null;
  /** The printed number or reference, to match copies; null for an unnumbered item. */
  key: string | null;
  qualifier: string | null;
  section: SectionKind;
  body: Para[];
  explicit: Explicit | null;
  /** Paragraphs after an explicit "Force response:" / "PCC response:" marker inside the item. */
  marked: Record<ResponseKind, Para[]>;
  /** A "Target date:" line inside the item: its deadline where the text sets none. */
  dueField: string | null;
  /** A numbered theme: its title and every paragraph under it are its text, none a reply. */
  whole?: boolean;
  /** Its first paragraph is its text whatever it opens with ("We note ..."); what follows may answer it. */
  quoted?: boolean;
  /** Whom a title over the item names ("For the attention of the MPS"). */
  addressedTo?: string[];
  /** Ended by a section heading or the end of the document rather than by the next item. */
  lastInSection: boolean;
  causeOfConcern: string | null;
  /** Where it starts, to keep items in document order. */
  at: number;
  /** Its last line (later paragraphs of a labelled item extend it), for the lines it came from. */
  end: number;
};

export type Section = {
  kind: SectionKind;
  heading: string | null;
  loose: Para[];
  items: Occurrence[];
  /** The cause of concern the section sits under ("Recommendations" below "Cause of concern 1"). */
  cause: string | null;
  /** Whom the group's items are for, where a line above them says so ("Re: Tower Hamlets"). */
  for: string | null;
};
