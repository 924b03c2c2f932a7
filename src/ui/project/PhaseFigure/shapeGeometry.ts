// The figure's shapes in a 100×100 box: the start/end blocks and the two halves of each diamond. Diverge and
// converge halves meet edge to edge, so utforske+definere and utvikle+levere read as the two diamonds.
import type { PhaseShape } from '../../../model/types';

export type Point = readonly [number, number];

const OUTLINES: Record<PhaseShape, Point[]> = {
  block: [[10, 14], [90, 14], [90, 86], [10, 86]],
  diverge: [[0, 50], [100, 2], [100, 98]],
  converge: [[0, 2], [100, 50], [0, 98]],
};

export function outline(shape: PhaseShape): Point[] {
  return OUTLINES[shape];
}

/** The part of a convex outline below the water line `y` (one Sutherland–Hodgman clip step). */
export function fillBelow(points: Point[], y: number): Point[] {
  const result: Point[] = [];
  points.forEach((current, index) => {
    const previous = points[(index + points.length - 1) % points.length] as Point;
    const currentInside = current[1] >= y;
    const previousInside = previous[1] >= y;
    if (currentInside !== previousInside) {
      const t = (y - previous[1]) / (current[1] - previous[1]);
      result.push([previous[0] + t * (current[0] - previous[0]), y]);
    }
    if (currentInside) result.push(current);
  });
  return result;
}

/** The fill of a shape for a progress ratio 0..1, as SVG points; empty at 0. */
export function progressFill(shape: PhaseShape, ratio: number): string {
  const points = outline(shape);
  const ys = points.map((point) => point[1]);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const clamped = Math.min(1, Math.max(0, ratio));
  if (clamped === 0) return '';
  return toSvgPoints(fillBelow(points, bottom - clamped * (bottom - top)));
}

export function toSvgPoints(points: Point[]): string {
  return points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
