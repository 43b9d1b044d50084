import type Phaser from 'phaser';
import dieSvg from '../../assets/art/die.svg?raw';
import { BELOW_ONE_FACE } from '../ui/components/dice-reading';

/**
 * Every face the d100 pair can show: tens 00–90, units 0–9, and `<1` (a roll under 1 read
 * rounded down; see ui/components/dice-reading.ts).
 */
export const DIE_FACES: readonly string[] = [
  ...Array.from({ length: 10 }, (_, index) => String(index * 10).padStart(2, '0')),
  ...Array.from({ length: 10 }, (_, index) => String(index)),
  BELOW_ONE_FACE,
].filter((face, index, all) => all.indexOf(face) === index);

/** The texture key of a die showing a face. */
export function dieTexture(face: string): string {
  return `die-${face}`;
}

/**
 * The die's SVG with its number drawn in: one texture per face, so no text object is needed on
 * the canvas. Built from the project's die.svg at load time.
 */
export function dieFaceSvg(face: string): string {
  const text = face.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const label = `<text x="80" y="98" text-anchor="middle" font-family="Atkinson Hyperlegible, Verdana, sans-serif" font-weight="700" font-size="${face.length > 1 ? 44 : 52}" fill="#1d3557">${text}</text>`;
  return dieSvg.replace('</svg>', `${label}</svg>`);
}

/** A base64 data URL for a face (Phaser's loader decodes data URLs as base64; the SVG is ASCII). */
export function dieFaceUrl(face: string): string {
  return `data:image/svg+xml;base64,${btoa(dieFaceSvg(face))}`;
}

/**
 * Queues the die faces in a scene's `preload` (once per visit): the title does not wait for them,
 * and they load before the day's table is drawn. (Loading them from a scene already on screen
 * garbled other textures on software WebGL.)
 */
export function preloadDieFaces(scene: Phaser.Scene): void {
  for (const face of DIE_FACES) {
    if (!scene.textures.exists(dieTexture(face))) {
      scene.load.svg(dieTexture(face), dieFaceUrl(face), { width: 112, height: 112 });
    }
  }
}
