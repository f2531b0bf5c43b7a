import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { decode as decodePng } from 'fast-png';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fillManifest, placeholdersIn, placeholderValues } from '../../manifests/teams/fill.ts';
import { buildPackage, MANIFEST_DIR } from '../../manifests/teams/package-app.ts';
import { loadTeamsPackageConfig, type TeamsPackageConfig } from '../../src/config.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';

const root = join(import.meta.dirname, '..', '..');
const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
// Both are CommonJS: under NodeNext their default import is the module, whose `default` is the export.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

function config(): TeamsPackageConfig {
  const loaded = loadTeamsPackageConfig({
    TEAMS_APP_ID: '11111111-1111-1111-1111-111111111111',
    TEAMS_PUBLIC_URL: 'https://rectrack.example.org',
    TEAMS_PRIVACY_URL: 'https://example.org/privacy',
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return loaded.config;
}

/**
 * The official schema for the manifest version the template declares, as shipped in npm
 * @microsoft/app-manifest (draft-04 JSON Schema, hence ajv-draft-04; ajv-formats for uri and the like).
 */
function schemaFor(version: string): object {
  const require = createRequire(import.meta.url);
  const path = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

type Manifest = {
  manifestVersion: string;
  id: string;
  validDomains: string[];
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    commandLists: { commands: { title: string }[] }[];
  }[];
};

/** The package as Teams will unpack it: each entry's name and bytes. */
function unzip(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]));
}

describe('manifests/teams: the Teams app package', () => {
  const manifest = fillManifest(template, placeholderValues(config(), '0.1.0')) as Manifest;

  it('fills into a manifest that the official JSON schema accepts', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schemaFor(manifest.manifestVersion));
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a manifest missing its bot id is refused', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const broken = structuredClone(manifest);
    const bot = broken.bots[0] as Partial<Manifest['bots'][number]>;
    delete bot.botId;
    expect(ajv.compile(schemaFor(manifest.manifestVersion))(broken)).toBe(false);
  });

  it('uses only placeholders the packaging script fills, and leaves none behind', () => {
    expect(placeholdersIn(template).sort()).toEqual(Object.keys(placeholderValues(config(), '1.0.0')).sort());
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(() => fillManifest(template, {})).toThrow(/TEAMS_APP_ID/);
  });

  it('declares one bot in personal, team and group chat scopes that takes files, on our domain', () => {
    expect(manifest.id).toBe('11111111-1111-1111-1111-111111111111');
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]?.botId).toBe(manifest.id);
    expect([...(manifest.bots[0]?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0]?.supportsFiles).toBe(true);
    expect(manifest.validDomains).toEqual(['rectrack.example.org']);
  });

  it('lists commands the grammar understands as they are (those that need no arguments)', () => {
    const titles = manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title) ?? [];
    expect(titles.length).toBeGreaterThanOrEqual(5);
    const dates = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };
    for (const title of ['help', 'reports', 'mine', 'overdue', 'due soon', 'report import', 'settings']) {
      expect(titles).toContain(title);
      expect(parseCommand(title, dates).ok, title).toBe(true);
    }
  });

  // https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
  it('ships a 192x192 opaque colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = decodePng(readFileSync(join(MANIFEST_DIR, 'color.png')));
    const outline = decodePng(readFileSync(join(MANIFEST_DIR, 'outline.png')));
    expect([color.width, color.height, color.depth, color.channels]).toEqual([192, 192, 8, 4]);
    expect([outline.width, outline.height, outline.depth, outline.channels]).toEqual([32, 32, 8, 4]);
    const alphas = [...outline.data.filter((_v, i) => i % 4 === 3)];
    expect(alphas[0]).toBe(0);
    expect(alphas.some((a) => a === 255)).toBe(true);
    for (let i = 0; i < outline.data.length; i += 4) {
      if ((outline.data[i + 3] ?? 0) > 0)
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(color.data.filter((_v, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
  });

  it('zips the filled manifest and both icons at the top level of the package', () => {
    const { zip } = buildPackage(config(), '0.1.0');
    const files = unzip(zip);
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '')).toEqual(manifest);
    expect(files.get('outline.png')?.equals(readFileSync(join(MANIFEST_DIR, 'outline.png')))).toBe(true);
    // Fixed entry dates: the same inputs make the same bytes.
    expect(buildPackage(config(), '0.1.0').zip.equals(zip)).toBe(true);
  });

  it('npm run package:teams names every missing setting and builds nothing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(MANIFEST_DIR, 'package.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TEAMS_PUBLIC_URL: 'http://insecure.example.org' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TEAMS_APP_ID: is required');
    expect(run.stderr).toContain('TEAMS_PUBLIC_URL: must be the https:// address');
  });
});
