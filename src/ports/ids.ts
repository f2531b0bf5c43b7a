/** Ids are made by the app (portable text keys), never by the database (adapters/system/ids.ts). */
export type IdGenerator = { next(): string };
