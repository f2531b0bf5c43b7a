import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTeamsPackageConfig } from '../../src/config.ts';
import { buildPackage, MANIFEST_DIR } from './package-app.ts';

// `npm run package:teams`: fills manifest.json from TEAMS_APP_ID, TEAMS_PUBLIC_URL (and the optional
// TEAMS_DEVELOPER_* / TEAMS_PRIVACY_URL / TEAMS_TERMS_URL) and writes the zip to upload to Teams.
const loaded = loadTeamsPackageConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(
    `Can't build the Teams package; fix these settings:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(2);
}
const pkg: unknown = JSON.parse(readFileSync(join(MANIFEST_DIR, '..', '..', 'package.json'), 'utf8'));
const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
const { zip } = buildPackage(loaded.config, version);
const out = join(MANIFEST_DIR, 'build', 'rectrack-teams.zip');
mkdirSync(join(MANIFEST_DIR, 'build'), { recursive: true });
writeFileSync(out, zip);
process.stdout.write(
  `wrote ${out} (${zip.length} bytes): upload it in Teams (Apps > Manage your apps > Upload an app)\n`,
);
