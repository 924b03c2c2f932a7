// Draws the app's icons programmatically: the model's figure (a start block for the 0-fase, two diamonds for
// utforske/definere and utvikle/levere, an end block for lær og del), as users know it from the slide decks.
//   color.png   192×192, white figure on the accent colour (full-bleed background, as Teams expects)
//   outline.png  32×32,  white figure on a fully transparent background (alpha only, RGB always white)
// Run `npx tsx scripts/lib/icons.ts` to regenerate appPackage/color.png and appPackage/outline.png.
// Output is deterministic; tests/package checks the committed PNGs still match this generator.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

export const ACCENT_COLOR = '#1B5E7A';

type Point = readonly [number, number];
type Polygon = readonly Point[];

interface Figure {
  /** Shapes in a 0..1 coordinate space. */
  shapes: Polygon[];
}

/** The figure in unit coordinates: start block, diamond, diamond, end block, left to right. */
function modelFigure(margin: number, blockWidth: number, gap: number, blockHalfHeight: number, diamondHalfHeight: number): Figure {
  const inner = 1 - 2 * margin;
  const diamondsWidth = inner - 2 * blockWidth - 2 * gap;
  const diamondWidth = diamondsWidth / 2;
  const cy = 0.5;
  const x0 = margin;
  const start: Polygon = [
    [x0, cy - blockHalfHeight],
    [x0 + blockWidth, cy - blockHalfHeight],
    [x0 + blockWidth, cy + blockHalfHeight],
    [x0, cy + blockHalfHeight],
  ];
  const d1x = x0 + blockWidth + gap;
  const diamond = (left: number): Polygon => [
    [left, cy],
    [left + diamondWidth / 2, cy - diamondHalfHeight],
    [left + diamondWidth, cy],
    [left + diamondWidth / 2, cy + diamondHalfHeight],
  ];
  const d2x = d1x + diamondWidth;
  const ex = d2x + diamondWidth + gap;
  const end: Polygon = [
    [ex, cy - blockHalfHeight],
    [ex + blockWidth, cy - blockHalfHeight],
    [ex + blockWidth, cy + blockHalfHeight],
    [ex, cy + blockHalfHeight],
  ];
  return { shapes: [start, diamond(d1x), diamond(d2x), end] };
}

function insidePolygon(x: number, y: number, polygon: Polygon): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Coverage (0..1) of each pixel by the figure, with 8×8 supersampling for smooth diagonal edges. */
function coverage(size: number, figure: Figure): Float64Array {
  const samples = 8;
  const result = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (figure.shapes.some((shape) => insidePolygon(x, y, shape))) hits++;
        }
      }
      result[py * size + px] = hits / (samples * samples);
    }
  }
  return result;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** 192×192 colour icon: white figure on the accent colour. */
export function drawColorIcon(): Buffer {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const [br, bg, bb] = hexToRgb(ACCENT_COLOR);
  const cover = coverage(size, modelFigure(0.09, 0.085, 0.025, 0.15, 0.25));
  for (let i = 0; i < size * size; i++) {
    const c = cover[i] as number;
    png.data[i * 4] = Math.round(br + (255 - br) * c);
    png.data[i * 4 + 1] = Math.round(bg + (255 - bg) * c);
    png.data[i * 4 + 2] = Math.round(bb + (255 - bb) * c);
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** 32×32 outline icon: white figure, transparent everywhere else (anti-aliasing only in the alpha channel). */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const cover = coverage(size, modelFigure(2 / 32, 3 / 32, 1 / 32, 5 / 32, 9 / 32));
  for (let i = 0; i < size * size; i++) {
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = Math.round(255 * (cover[i] as number));
  }
  return PNG.sync.write(png);
}

export function writeIcons(appPackageDir: string): void {
  writeFileSync(join(appPackageDir, 'color.png'), drawColorIcon());
  writeFileSync(join(appPackageDir, 'outline.png'), drawOutlineIcon());
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  writeIcons(join(root, 'appPackage'));
  console.log('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)');
}
