import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './icons.ts';
import { encodePng } from './png.ts';

// `npx tsx manifests/teams/make-icons.ts`: writes color.png and outline.png next to the manifest.
const here = import.meta.dirname;
writeFileSync(join(here, 'color.png'), encodePng(colorIcon()));
writeFileSync(join(here, 'outline.png'), encodePng(outlineIcon()));
process.stdout.write('wrote manifests/teams/color.png (192x192) and outline.png (32x32)\n');
