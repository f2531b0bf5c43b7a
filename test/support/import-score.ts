import { z } from 'zod';
import type { ExtractionJson, ItemJson } from '../../src/core/import/fixture-json.ts';

/** Text and responses pass at this token F1; everything else must match exactly. */
export const F1_BAR = 0.95;

const dueSchema = z.object({
  kind: z.string(),
  date: z.string().nullable().default(null),
  phrase: z.string().nullable().default(null),
});

const itemSchema = z.looseObject({
  label: z.string().nullable().default(null),
  number: z.number().nullable().default(null),
  text: z.string().default(''),
  due: dueSchema.default({ kind: 'none', date: null, phrase: null }),
  additional_dues: z.array(dueSchema).default([]),
  addressees: z.array(z.string()).default([]),
  addressees_min: z.array(z.string()).optional(),
  /** Other spellings accepted for an addressee: { "Chief Constables": ["chief constables of forces"] }. */
  addressees_acceptable: z.record(z.string(), z.array(z.string())).optional(),
  force_response: z.string().nullable().default(null),
  pcc_response: z.string().nullable().default(null),
  cause_of_concern: z.string().nullable().default(null),
});

export const expectedSchema = z.looseObject({
  title: z.string().nullable().default(null),
  title_acceptable: z.array(z.string()).default([]),
  publisher: z.string().nullable().default(null),
  publisher_acceptable: z.array(z.string()).default([]),
  published_on: z.string().nullable().default(null),
  link: z.string().nullable().default(null),
  section55_due: z.string().nullable().default(null),
  force_response_overall: z.string().nullable().default(null),
  pcc_response_overall: z.string().nullable().default(null),
  recommendations: z.array(itemSchema).default([]),
  areas_for_improvement: z.array(itemSchema).default([]),
  causes_of_concern: z.array(itemSchema).default([]),
});

export type Expected = z.infer<typeof expectedSchema>;
type ExpectedItem = z.infer<typeof itemSchema>;

export type Category =
  | 'metadata'
  | 'items'
  | 'label'
  | 'number'
  | 'due_kind'
  | 'due_date'
  | 'text'
  | 'response'
  | 'addressees'
  | 'cause_of_concern';

export type FieldResult = { field: string; category: Category; ok: boolean; score: number; detail?: string };

export type DocumentScore = { fields: FieldResult[]; passed: number; total: number };

function words(text: string | null): string[] {
  return (
    (text ?? '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []
  );
}

/** Token F1 over bags of words: 1 when both are empty or null. */
export function tokenF1(actual: string | null, expected: string | null): number {
  const a = words(actual);
  const e = words(expected);
  if (a.length === 0 && e.length === 0) return 1;
  if (a.length === 0 || e.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of e) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      common++;
      counts.set(w, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / e.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Case, articles, "(NCA)" and punctuation are not what an addressee is about. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|all|each|every) /, '');
}

function normaliseTitle(text: string | null): string | null {
  return text === null
    ? null
    : text
        .replace(/\s+/g, ' ')
        .replace(/[.:;]+$/, '')
        .trim()
        .toLowerCase();
}

function exact(field: string, category: Category, actual: unknown, expected: unknown): FieldResult {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  return {
    field,
    category,
    ok,
    score: ok ? 1 : 0,
    ...(ok ? {} : { detail: `got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}` }),
  };
}

function f1(field: string, category: Category, actual: string | null, expected: string | null): FieldResult {
  const score = tokenF1(actual, expected);
  const ok = score >= F1_BAR;
  return { field, category, ok, score, ...(ok ? {} : { detail: `token F1 ${score.toFixed(3)}` }) };
}

function oneOf(field: string, actual: string | null, accepted: (string | null)[]): FieldResult {
  const want = accepted.map(normaliseTitle);
  const ok = want.includes(normaliseTitle(actual));
  return {
    field,
    category: 'metadata',
    ok,
    score: ok ? 1 : 0,
    ...(ok ? {} : { detail: `got ${JSON.stringify(actual)}, want one of ${JSON.stringify(accepted)}` }),
  };
}

function addresseeResult(field: string, actual: string[], expected: ExpectedItem): FieldResult {
  // "Lincolnshire Police (the force)" names the body and the word the report used for it: either answers.
  const got = new Set(
    actual.flatMap((a) => [
      normaliseName(a),
      ...[...a.matchAll(/\(([^()]*)\)/g)].map((m) => normaliseName(m[1] ?? '')),
    ]),
  );
  const required = expected.addressees_min ?? expected.addressees;
  const missing = required.filter((name) => {
    const variants = [name, ...(expected.addressees_acceptable?.[name] ?? [])];
    return !variants.some((v) => got.has(normaliseName(v)));
  });
  const score = required.length === 0 ? 1 : (required.length - missing.length) / required.length;
  const ok = missing.length === 0;
  return {
    field,
    category: 'addressees',
    ok,
    score,
    ...(ok ? {} : { detail: `missing ${missing.join('; ')}` }),
  };
}

function scoreItem(prefix: string, actual: ItemJson, expected: ExpectedItem): FieldResult[] {
  const dueKinds = (i: { due: { kind: string }; additional_dues: { kind: string }[] }) => [
    i.due.kind,
    ...i.additional_dues.map((d) => d.kind),
  ];
  const dueDates = (i: { due: { date: string | null }; additional_dues: { date: string | null }[] }) => [
    i.due.date,
    ...i.additional_dues.map((d) => d.date),
  ];
  return [
    exact(`${prefix}.label`, 'label', actual.label, expected.label),
    exact(`${prefix}.number`, 'number', actual.number, expected.number),
    exact(`${prefix}.due.kind`, 'due_kind', dueKinds(actual), dueKinds(expected)),
    exact(`${prefix}.due.date`, 'due_date', dueDates(actual), dueDates(expected)),
    f1(`${prefix}.text`, 'text', actual.text, expected.text),
    f1(`${prefix}.force_response`, 'response', actual.force_response, expected.force_response),
    f1(`${prefix}.pcc_response`, 'response', actual.pcc_response, expected.pcc_response),
    addresseeResult(`${prefix}.addressees`, actual.addressees, expected),
    exact(
      `${prefix}.cause_of_concern`,
      'cause_of_concern',
      actual.cause_of_concern,
      expected.cause_of_concern,
    ),
  ];
}

// Labelled items pair by label; unlabelled ones by the best text overlap among those still unpaired.
function pair(actual: ItemJson[], expected: ExpectedItem[]): (ItemJson | null)[] {
  const free = new Set(actual.map((_, i) => i));
  return expected.map((want) => {
    let best = -1;
    let bestScore = 0;
    for (const i of free) {
      const got = actual[i];
      if (!got) continue;
      const sameLabel = want.label !== null && got.label === want.label;
      const score = sameLabel ? 2 : tokenF1(got.text, want.text);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0 || bestScore < 0.5) return null;
    free.delete(best);
    return actual[best] ?? null;
  });
}

const KINDS = ['recommendations', 'areas_for_improvement', 'causes_of_concern'] as const;

export function scoreExtraction(actual: ExtractionJson, expectedInput: unknown): DocumentScore {
  const expected = expectedSchema.parse(expectedInput);
  const fields: FieldResult[] = [
    oneOf('title', actual.title, [expected.title, ...expected.title_acceptable]),
    oneOf('publisher', actual.publisher, [expected.publisher, ...expected.publisher_acceptable]),
    exact('published_on', 'metadata', actual.published_on, expected.published_on),
    exact('link', 'metadata', actual.link, expected.link),
    exact('section55_due', 'metadata', actual.section55_due, expected.section55_due),
    f1('force_response_overall', 'response', actual.force_response_overall, expected.force_response_overall),
    f1('pcc_response_overall', 'response', actual.pcc_response_overall, expected.pcc_response_overall),
  ];
  for (const kind of KINDS) {
    const want = expected[kind];
    const got = actual[kind];
    fields.push(exact(`${kind}.count`, 'items', got.length, want.length));
    pair(got, want).forEach((match, i) => {
      const item = want[i];
      if (!item) return;
      const prefix = `${kind}[${item.label ?? i}]`;
      if (match === null) {
        // A missing item fails every check it would have had, so a miss weighs what a wrong item weighs.
        const categories: Category[] = ['label', 'number', 'due_kind', 'due_date', 'text', 'response'];
        for (const category of [...categories, 'response', 'addressees', 'cause_of_concern'] as const) {
          fields.push({
            field: `${prefix}.${category}`,
            category,
            ok: false,
            score: 0,
            detail: 'item not found',
          });
        }
      } else {
        fields.push(...scoreItem(prefix, match, item));
      }
    });
  }
  const passed = fields.filter((f) => f.ok).length;
  return { fields, passed, total: fields.length };
}

/** The checks that miss the bar, as "field: detail" lines a failing test can print. */
export function failures(score: DocumentScore): string[] {
  return score.fields.filter((f) => !f.ok).map((f) => `${f.field}: ${f.detail ?? ''}`);
}
