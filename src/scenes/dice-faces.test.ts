import type Phaser from 'phaser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DIE_FACES, dieTexture } from './dice-faces';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Images that decode at once, keeping the SVG they were given. */
class DecodedImage {
  src = '';
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  decode(): Promise<void> {
    return Promise.resolve();
  }
}

/** A game whose texture manager records what is added, and in how many tasks. */
function fakeGame(): { game: Phaser.Game; added: { key: string; image: DecodedImage }[] } {
  const added: { key: string; image: DecodedImage }[] = [];
  const textures = {
    exists: (key: string) => added.some((entry) => entry.key === key),
    addImage: (key: string, image: DecodedImage) => added.push({ key, image }),
  };
  return { game: { textures } as unknown as Phaser.Game, added };
}

function svgOf(image: DecodedImage): string {
  return atob(image.src.replace('data:image/svg+xml;base64,', ''));
}

describe('addDieFacesInTurn', () => {
  it('adds every face once, at the size the table draws it, one face per task', async () => {
    vi.stubGlobal('Image', DecodedImage);
    const { addDieFacesInTurn } = await import('./dice-faces');
    const { game, added } = fakeGame();
    const done = addDieFacesInTurn(game);
    // After one task, one face only: the rest wait for their own tasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added.length).toBeLessThanOrEqual(2);
    await done;
    expect(added.map((entry) => entry.key)).toEqual(DIE_FACES.map(dieTexture));
    const first = added[0]?.image;
    expect(first).toBeDefined();
    expect(svgOf(first as DecodedImage)).toMatch(/^<svg[^>]* width="112" height="112"/);
    expect(svgOf(first as DecodedImage)).toContain('>00</text>');
  });

  it("stops once a scene's loader has queued the faces still missing", async () => {
    vi.stubGlobal('Image', DecodedImage);
    const { addDieFacesInTurn, preloadDieFaces } = await import('./dice-faces');
    const { game, added } = fakeGame();
    const queued: string[] = [];
    const scene = {
      textures: game.textures,
      load: { svg: (key: string) => queued.push(key) },
    } as unknown as Phaser.Scene;
    const done = addDieFacesInTurn(game);
    await new Promise((resolve) => setTimeout(resolve, 0));
    preloadDieFaces(scene);
    await done;
    // Every face is either added or queued, never both.
    expect([...added.map((entry) => entry.key), ...queued].sort()).toEqual(
      DIE_FACES.map(dieTexture).sort(),
    );
  });
});
