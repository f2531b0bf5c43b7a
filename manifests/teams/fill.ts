import type { TeamsPackageConfig } from '../../src/config.ts';

/** `${{NAME}}` placeholders in manifest.json, filled from TeamsPackageConfig by `npm run package:teams`. */
const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

export function placeholderValues(config: TeamsPackageConfig, version: string): Record<string, string> {
  return {
    APP_VERSION: version,
    TEAMS_APP_ID: config.appId,
    TEAMS_PUBLIC_HOST: config.publicHost,
    TEAMS_DEVELOPER_NAME: config.developerName,
    TEAMS_DEVELOPER_URL: config.developerUrl,
    TEAMS_PRIVACY_URL: config.privacyUrl,
    TEAMS_TERMS_URL: config.termsUrl,
  };
}

/** Every placeholder the template uses, each once. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The manifest with its placeholders filled. Values are put into the parsed JSON's strings, so a
 * quote in a value can't break the JSON; a placeholder without a value is an error naming it.
 */
export function fillManifest(template: string, values: Readonly<Record<string, string>>): unknown {
  const missing = placeholdersIn(template).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new Error(`manifest placeholders without a value: ${missing.join(', ')}`);
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value.replace(PLACEHOLDER, (_m, name: string) => values[name] ?? '');
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    }
    return value;
  };
  return fill(JSON.parse(template));
}
