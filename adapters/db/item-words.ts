import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { PG_ITEM_WORDS, PG_NOTE_WORDS } from '../../migrations/0014-item-search-index.ts';
import { isPostgres } from './dialect.ts';
import type { DB } from './schema.ts';

/*
 * The full-text index's part of a search (migration 0014): the items that hold, as the start of a
 * word, every word of the search terms. It narrows; the LIKE in item-search.ts decides. The one thing
 * it adds to the LIKE is that each word must start a word of the item (train finds training, rain no
 * longer does): the words are split as the index splits text (runs of letters and digits) and each is
 * a prefix. A word is never written into the query's syntax: it is quoted as a string (SQLite) or a
 * lexeme (PostgreSQL) after everything that could be an operator (all of it punctuation) was split off.
 */

/** The words of one term as the index holds them: `s:\\audit` is s and audit, `100%` is 100. */
export function indexWords(term: string): string[] {
  return term.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A condition on items.id keeping only the index's candidates for every term, or null when no term
 * has a word (`%`, `_`): then the LIKE alone reads the workspace's items.
 */
export function indexedCandidates(
  db: Kysely<DB>,
  workspaceId: string,
  terms: readonly string[],
): Expression<SqlBool> | null {
  const words = terms.map(indexWords);
  if (words.every((each) => each.length === 0)) return null;
  return isPostgres(db) ? postgresCandidates(workspaceId, words) : sqliteCandidates(words.flat());
}

/**
 * SQLite: one document per item (text, responses, notes), so one MATCH of every word, each a quoted
 * prefix ("officer"* AND "42"*), answered inside FTS5 from its own posting lists.
 */
function sqliteCandidates(words: readonly string[]): Expression<SqlBool> {
  const match = words.map((word) => `"${word}"*`).join(' AND ');
  return sql<SqlBool>`items.id in (
    select item_search_ids.item_id from item_search
    join item_search_ids on item_search_ids.doc_id = item_search.rowid
    where item_search match ${match})`;
}

/**
 * PostgreSQL: the item's text and responses, and each note, are indexed apart (no triggers). One lookup
 * finds the items whose text holds every word of every term; another the items with a note holding every
 * word of some term. Their union is never stricter than the LIKE (an item the LIKE keeps has all its terms
 * in its text, or one of them in a note), and each is a single GIN lookup: a lookup per term returned a
 * large share of the workspace for each common word and took seconds at 100,000 items.
 */
function postgresCandidates(workspaceId: string, words: readonly string[][]): Expression<SqlBool> {
  const terms = words.filter((each) => each.length > 0);
  const every = (each: readonly string[]) => each.map((word) => `'${word}':*`).join(' & ');
  const allWords = every(terms.flat());
  const someTerm = terms.map((each) => `(${every(each)})`).join(' | ');
  return sql<SqlBool>`items.id in (
    select found.id from items as found
    where found.workspace_id = ${workspaceId}
      and ${sql.raw(PG_ITEM_WORDS)} @@ to_tsquery('simple', ${allWords})
    union all
    select updates.item_id from updates
    where updates.workspace_id = ${workspaceId} and updates.kind <> 'response'
      and updates.note is not null and ${sql.raw(PG_NOTE_WORDS)} @@ to_tsquery('simple', ${someTerm}))`;
}
