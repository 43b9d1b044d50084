import type Phaser from 'phaser';
import dieSvg from '../../assets/art/die.svg?raw';
import { BELOW_ONE_FACE } from '../ui/components/dice-reading';
import { nextTask } from '../ui/yield';

/** The size, in pixels, each face is drawn at on the table. */
const FACE_PX = 112;

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
 * The die's SVG with its number drawn in, at the size the table draws it: one texture per face,
 * so no text object is needed on the canvas. Built from the project's die.svg at load time.
 */
export function dieFaceSvg(face: string): string {
  const text = face.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const label = `<text x="80" y="98" text-anchor="middle" font-family="Atkinson Hyperlegible, Verdana, sans-serif" font-weight="700" font-size="${face.length > 1 ? 44 : 52}" fill="#1d3557">${text}</text>`;
  return dieSvg
    .replace(
      /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
      `<svg$1 width="${FACE_PX}" height="${FACE_PX}"`,
    )
    .replace('</svg>', `${label}</svg>`);
}

/** A base64 data URL for a face (Phaser's loader decodes data URLs as base64; the SVG is ASCII). */
export function dieFaceUrl(face: string): string {
  return `data:image/svg+xml;base64,${btoa(dieFaceSvg(face))}`;
}

/** Set once a scene's loader has queued faces: from then on only the loader adds them. */
let queuedByLoader = false;

/**
 * Queues the die faces still missing in a scene's `preload`, so the day's table never lacks
 * one. Most are already there, added by {@link addDieFacesInTurn} in idle moments before.
 */
export function preloadDieFaces(scene: Phaser.Scene): void {
  for (const face of DIE_FACES) {
    if (!scene.textures.exists(dieTexture(face))) {
      queuedByLoader = true;
      scene.load.svg(dieTexture(face), dieFaceUrl(face), { width: FACE_PX, height: FACE_PX });
    }
  }
}

/**
 * Adds the die faces to the game's textures one per task, in idle moments after the table has
 * started: the title does not wait for them, and the day's start does not decode 21 images in
 * one task (some 60 ms on a two-core laptop, as Phaser's loader did). Stops if a scene's loader
 * has taken over (see {@link preloadDieFaces}).
 */
export async function addDieFacesInTurn(game: Phaser.Game): Promise<void> {
  for (const face of DIE_FACES) {
    const key = dieTexture(face);
    if (queuedByLoader) {
      return;
    }
    if (game.textures.exists(key)) {
      continue;
    }
    const image = new Image(FACE_PX, FACE_PX);
    image.src = dieFaceUrl(face);
    await image.decode();
    if (queuedByLoader) {
      return;
    }
    if (!game.textures.exists(key)) {
      game.textures.addImage(key, image);
    }
    await nextTask();
  }
}
