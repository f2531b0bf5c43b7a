/*
 * Reading text columns back into the core's types. The database holds plain text, so every enum and
 * JSON value is checked on the way out: a bad row is a bug or a hand edit, and it should fail loudly
 * with the table and column named rather than travel on into the core as the wrong type.
 */

// One lookup set per list of allowed values, made once: building a schema for every column of every row
// was half the time spent mapping a large list.
const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function allowed(values: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(values);
  if (set === undefined) {
    set = new Set(values);
    allowedSets.set(values, set);
  }
  return set;
}

export function parseEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  value: string,
  column: string,
): T[number] {
  if (!allowed(values).has(value)) throw new Error(`Unexpected value ${JSON.stringify(value)} in ${column}`);
  return value as T[number];
}

export function parseOptionalEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  value: string | null,
  column: string,
): T[number] | null {
  return value === null ? null : parseEnum(values, value, column);
}

/** A JSON array of strings (addressees, evidence links). */
export function parseStringList(text: string, column: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`Invalid JSON in ${column}`);
  }
  // A plain check rather than a schema: it runs for every row of every list.
  if (!Array.isArray(json) || !json.every((value) => typeof value === 'string')) {
    throw new Error(`Expected a JSON array of strings in ${column}`);
  }
  return json;
}

export function stringifyStringList(values: readonly string[]): string {
  return JSON.stringify(values);
}

/** Booleans are integer 0/1 so the same schema runs on SQLite and PostgreSQL. */
export function toBoolean(value: number, column: string): boolean {
  if (value === 0 || value === 1) return value === 1;
  throw new Error(`Expected 0 or 1 in ${column}, got ${JSON.stringify(value)}`);
}

export function fromBoolean(value: boolean): number {
  return value ? 1 : 0;
}

/**
 * Integer columns come back as numbers from sqlite3 and PostgreSQL int4, but as strings or bigints
 * from a count or an int8; accept all three so a later dialect cannot leak strings into the core.
 */
export function toInteger(value: number | bigint | string, column: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`Expected an integer in ${column}, got ${String(value)}`);
  return n;
}
