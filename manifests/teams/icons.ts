import type { Image } from './png.ts';

/*
 * The two icons Teams needs (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons):
 * color, 192x192, the symbol on the app's accent colour; outline, 32x32, the symbol in white on a
 * transparent background. The symbol is a tick over three list lines: recommendations, done.
 */

export const ACCENT = [0x1f, 0x5f, 0x8b] as const;

type Segment = { x1: number; y1: number; x2: number; y2: number; width: number };

/** The symbol on a 0..1 square: three list lines and a tick across them. */
const SYMBOL: Segment[] = [
  { x1: 0.22, y1: 0.3, x2: 0.56, y2: 0.3, width: 0.07 },
  { x1: 0.22, y1: 0.5, x2: 0.46, y2: 0.5, width: 0.07 },
  { x1: 0.22, y1: 0.7, x2: 0.38, y2: 0.7, width: 0.07 },
  { x1: 0.5, y1: 0.62, x2: 0.62, y2: 0.74, width: 0.09 },
  { x1: 0.62, y1: 0.74, x2: 0.82, y2: 0.4, width: 0.09 },
];

export function colorIcon(): Image {
  // Teams shows the colour icon in a rounded square: the symbol keeps inside the middle 60%.
  return draw(
    192,
    (coverage) => {
      const background = [...ACCENT, 255];
      return background.map((c, i) => (i === 3 ? 255 : Math.round(c + (255 - c) * coverage)));
    },
    0.14,
  );
}

export function outlineIcon(): Image {
  return draw(32, (coverage) => [255, 255, 255, Math.round(255 * coverage)], 0);
}

/** Renders the symbol with 4x4 supersampling; `shade` turns coverage (0..1) into a pixel. */
function draw(size: number, shade: (coverage: number) => number[], margin: number): Image {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = 1 - 2 * margin;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size - margin) / scale;
          const v = ((y + (sy + 0.5) / samples) / size - margin) / scale;
          if (SYMBOL.some((s) => distance(u, v, s) <= s.width / 2)) hits++;
        }
      }
      rgba.set(shade(hits / (samples * samples)), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, rgba };
}

function distance(x: number, y: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy));
}
