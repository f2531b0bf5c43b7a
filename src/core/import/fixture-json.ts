import type { ExtractedDue, ExtractedItem, Extraction } from './extraction.ts';

export type DueJson = { kind: string; date: string | null; phrase: string | null };

export type ItemJson = {
  label: string | null;
  number: number | null;
  text: string;
  due: DueJson;
  additional_dues: DueJson[];
  addressees: string[];
  force_response: string | null;
  pcc_response: string | null;
  cause_of_concern: string | null;
};

/** The shape of the `.expected.json` fixtures, printed by `rectrack import --dry-run --json`. */
export type ExtractionJson = {
  title: string | null;
  publisher: string | null;
  published_on: string | null;
  link: string | null;
  section55_due: string | null;
  force_response_overall: string | null;
  pcc_response_overall: string | null;
  recommendations: ItemJson[];
  areas_for_improvement: ItemJson[];
  causes_of_concern: ItemJson[];
};

function dueJson(due: ExtractedDue): DueJson {
  return { kind: due.kind, date: due.date, phrase: due.phrase };
}

function itemJson(item: ExtractedItem): ItemJson {
  return {
    label: item.label,
    number: item.number,
    text: item.text,
    due: dueJson(item.due),
    additional_dues: item.additionalDues.map(dueJson),
    addressees: [...item.addressees],
    force_response: item.forceResponse,
    pcc_response: item.pccResponse,
    cause_of_concern: item.causeOfConcern,
  };
}

export function toFixtureJson(e: Extraction): ExtractionJson {
  return {
    title: e.title,
    publisher: e.publisher,
    published_on: e.publishedOn,
    link: e.link,
    section55_due: e.section55Due,
    force_response_overall: e.forceResponseOverall,
    pcc_response_overall: e.pccResponseOverall,
    recommendations: e.recommendations.map(itemJson),
    areas_for_improvement: e.areasForImprovement.map(itemJson),
    causes_of_concern: e.causesOfConcern.map(itemJson),
  };
}
