import { type Kysely, PostgresAdapter, sql } from 'kysely';

/*
 * A full-text index for `search`, so finding items by their words reads only the items that hold them
 * instead of every item and note of the workspace. Frozen in time: never import app code here.
 *
 * The index only chooses candidates: the store still checks each term with the LIKE it always used
 * (adapters/db/item-search.ts), so what a search finds is what the LIKE finds among the items whose
 * words start with the words searched for. Both databases index words as runs of letters and digits (anything else separates words),
 * which is how the store splits a search term into the words it asks the index for, each as a prefix.
 *
 * SQLite: one FTS5 document per item (its text, both responses and the notes of its updates other than
 * responses), kept in step by triggers, so every write path (commands, imports, bulk edits) keeps it
 * current without knowing of it. The FTS table is contentless (the text stays in items and updates);
 * its rows are keyed by item_search_ids, because items has no integer key of its own and its rowid may
 * change on VACUUM. Accents are kept (café is not cafe), as LIKE keeps them.
 *
 * PostgreSQL: expression GIN indexes of tsvectors ('simple': no stemming, no stop words) over the
 * item's text and responses, and over the notes; no triggers needed. ASCII punctuation is made a space
 * first, so the parser never reads a host, path or hyphenated word as one token. The expressions are repeated
 * word for word in the store's query, which is what lets the planner use them.
 */

// ASCII punctuation, controls and spaces (after lower(), so A-Z in the middle range never occur).
const PG_SEPARATORS = String.raw`[\x01-\x2f\x3a-\x60\x7b-\x7f]+`;

const pgWords = (text: string) =>
  `to_tsvector('simple'::regconfig, regexp_replace(lower(${text}), '${PG_SEPARATORS}', ' ', 'g'))`;

export const PG_ITEM_WORDS = pgWords(
  `text || ' ' || coalesce(force_response, '') || ' ' || coalesce(pcc_response, '')`,
);
export const PG_NOTE_WORDS = pgWords('note');

// An item's searchable text; `$id` is the item's id as the trigger knows it (new.id, old.item_id...).
const sqliteBody = (id: string) => `
  select items.text || ' ' || coalesce(items.force_response, '') || ' ' || coalesce(items.pcc_response, '')
    || ' ' || coalesce((select group_concat(updates.note, ' ') from updates
                        where updates.item_id = items.id and updates.kind <> 'response'
                          and updates.note is not null), '')
  from items where items.id = ${id}`;

// Drops an item's document and writes it again from the item and its notes (nothing if it is gone).
const sqliteRefresh = (id: string) => `
  delete from item_search where rowid = (select doc_id from item_search_ids where item_id = ${id});
  insert into item_search(rowid, body)
    select doc_id, (${sqliteBody(id)}) from item_search_ids
    where item_id = ${id} and exists (select 1 from items where items.id = ${id});`;

const SQLITE_TRIGGERS: Record<string, string> = {
  item_search_item_insert: `after insert on items begin
    insert into item_search_ids(item_id) values (new.id);
    ${sqliteRefresh('new.id')}
  end`,
  item_search_item_update: `after update of text, force_response, pcc_response on items
    when old.text is not new.text or old.force_response is not new.force_response
      or old.pcc_response is not new.pcc_response begin
    ${sqliteRefresh('new.id')}
  end`,
  item_search_item_delete: `after delete on items begin
    delete from item_search where rowid = (select doc_id from item_search_ids where item_id = old.id);
    delete from item_search_ids where item_id = old.id;
  end`,
  item_search_note_insert: `after insert on updates
    when new.note is not null and new.kind <> 'response' begin
    ${sqliteRefresh('new.item_id')}
  end`,
  item_search_note_update: `after update of note, kind, item_id on updates begin
    ${sqliteRefresh('old.item_id')}
    ${sqliteRefresh('new.item_id')}
  end`,
  item_search_note_delete: `after delete on updates
    when old.note is not null and old.kind <> 'response' begin
    ${sqliteRefresh('old.item_id')}
  end`,
};

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`create index items_search_idx on items using gin ((${PG_ITEM_WORDS}))`).execute(db);
    await sql
      .raw(
        `create index updates_note_search_idx on updates using gin ((${PG_NOTE_WORDS}))
         where kind <> 'response' and note is not null`,
      )
      .execute(db);
    return;
  }
  await db.schema
    .createTable('item_search_ids')
    .addColumn('doc_id', 'integer', (col) => col.primaryKey())
    .addColumn('item_id', 'text', (col) => col.notNull().unique())
    .execute();
  await sql`create virtual table item_search using fts5(
    body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 categories 'L* N*'")`.execute(
    db,
  );
  for (const [name, body] of Object.entries(SQLITE_TRIGGERS)) {
    await sql.raw(`create trigger ${name} ${body}`).execute(db);
  }
  // The items already there.
  await sql`insert into item_search_ids(item_id) select id from items order by rowid`.execute(db);
  await sql
    .raw(`insert into item_search(rowid, body)
      select item_search_ids.doc_id, (${sqliteBody('item_search_ids.item_id')}) from item_search_ids`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await db.schema.dropIndex('updates_note_search_idx').execute();
    await db.schema.dropIndex('items_search_idx').execute();
    return;
  }
  for (const name of Object.keys(SQLITE_TRIGGERS)) await sql.raw(`drop trigger ${name}`).execute(db);
  await sql`drop table item_search`.execute(db);
  await db.schema.dropTable('item_search_ids').execute();
}
