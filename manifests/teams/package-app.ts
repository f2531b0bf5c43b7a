import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TeamsPackageConfig } from '../../src/config.ts';
import { fillManifest, placeholderValues } from './fill.ts';
import { writeZip } from './zip.ts';

export const MANIFEST_DIR = import.meta.dirname;

/** The app package Teams uploads: the filled manifest.json and the two icons, at the top of a zip. */
export function buildPackage(
  config: TeamsPackageConfig,
  version: string,
): { manifest: unknown; zip: Buffer } {
  const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const manifest = fillManifest(template, placeholderValues(config, version));
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(MANIFEST_DIR, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(MANIFEST_DIR, 'outline.png')) },
  ]);
  return { manifest, zip };
}
