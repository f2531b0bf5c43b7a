/**
 * The database named in the settings can't be used (not a database, read-only, a folder rectrack may
 * not write in). Start-up reports it as a settings problem, not a crash: it is the operator's to fix.
 */
export class DatabaseUnusableError extends Error {
  override readonly name = 'DatabaseUnusableError';
}

/** Why opening or migrating `path` failed, in the operator's words; undefined for anything else. */
export function explainOpenError(error: unknown, path: string): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const message = e.message;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /file is not a database/.test(message)) {
      return `${path} is not a SQLite database (or is damaged); point DATABASE_URL at another file, or move this one away.`;
    }
    if (code.startsWith('SQLITE_READONLY') || /readonly database/.test(message)) {
      return `${path} is read-only for this user; rectrack needs to write to it, and to create files beside it (its -wal and -shm).`;
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || /unable to open database/.test(message)) {
      return `rectrack can't open or create ${path}: check that its folder exists and that this user may write there.`;
    }
    if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'].includes(code)) {
      return `rectrack can't create the folder for ${path} (${code}): check the path and this user's permissions.`;
    }
  }
  return undefined;
}
