/**
 * Hides the secrets a URL can carry (a password in `user:password@`, and query parameters named like
 * a secret) wherever one appears in a text, so a setting or an error quoting one can be printed.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@"'<>]*):[^@\s/"'<>]*@/gi, '$1:***@')
    .replace(/([?&](?:password|passwd|pwd|secret|token|access_token|api_key|key)=)[^&#\s"'<>]*/gi, '$1***');
}
