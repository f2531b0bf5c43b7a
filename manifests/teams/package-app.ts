import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { TeamsPackageConfig } from '../../src/config.ts';
import { fillManifest, placeholderValues } from './fill.ts';

export const MANIFEST_DIR = import.meta.dirname;

// A fixed date (the earliest a zip can hold) so the same inputs always make the same package.
const ZIP_DATE = new Date(1980, 0, 1);

/**
 * The app package Teams uploads: the filled manifest.json and the two committed icons (color.png,
 * outline.png), at the top of a zip
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
 */
export function buildPackage(
  config: TeamsPackageConfig,
  version: string,
): { manifest: unknown; zip: Buffer } {
  const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const manifest = fillManifest(template, placeholderValues(config, version));
  const zip = zipSync(
    {
      'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
      'color.png': readFileSync(join(MANIFEST_DIR, 'color.png')),
      'outline.png': readFileSync(join(MANIFEST_DIR, 'outline.png')),
    },
    { level: 9, mtime: ZIP_DATE },
  );
  return { manifest, zip: Buffer.from(zip) };
}
