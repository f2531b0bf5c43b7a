/**
 * Why connecting to PostgreSQL failed, in the operator's words (the driver's codes: Node's network
 * errors and PostgreSQL's SQLSTATE); undefined for anything else. `where` is the URL without its
 * password.
 */
export function explainPostgresError(error: unknown, where: string): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT') {
      return `rectrack can't reach PostgreSQL at ${where} (${code}): check the host and port in DATABASE_URL and that the server is running.`;
    }
    if (/timeout expired|Connection terminated due to connection timeout/.test(e.message)) {
      return `PostgreSQL at ${where} did not answer within 10 seconds: check the host, port and firewall.`;
    }
    if (code === '28P01' || code === '28000') {
      return `PostgreSQL refused the user or password in DATABASE_URL (${where}): check them, and pg_hba.conf on the server.`;
    }
    if (code === '3D000') {
      return `The database named in DATABASE_URL (${where}) does not exist: create it (createdb) or correct the name.`;
    }
    if (code === '42501') {
      return `The PostgreSQL user in DATABASE_URL (${where}) may not create tables: grant it CREATE on the database's schema, or run \`rectrack migrate\` as its owner.`;
    }
  }
  return undefined;
}
