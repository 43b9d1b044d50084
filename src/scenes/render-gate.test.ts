// @vitest-environment jsdom
import type Phaser from 'phaser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawFor, primeCanvas } from './render-gate';

/** A game whose loop records being woken and put to sleep, with nothing tweening. */
function fakeGame() {
  const calls: string[] = [];
  const loop = {
    running: false,
    wake: () => {
      calls.push('wake');
      loop.running = true;
    },
    sleep: () => {
      calls.push('sleep');
      loop.running = false;
    },
  };
  const game = { loop, scene: { getScenes: () => [] } } as unknown as Phaser.Game;
  return { game, loop, calls };
}

/** Animation frames run only when the test says a frame comes (a hidden page has none). */
let frames: FrameRequestCallback[] = [];
function nextFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

describe('drawFor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('wakes a sleeping loop at the next frame, not in the caller’s task, and lets it sleep after', () => {
    const { game, calls } = fakeGame();
    drawFor(game, 300);
    // Waking steps the game at once, which lays out the page: not inside the caller's task.
    expect(calls).toEqual([]);
    nextFrame();
    expect(calls).toEqual(['wake']);
    vi.advanceTimersByTime(300);
    expect(calls).toEqual(['wake', 'sleep']);
  });

  it('asks for one frame however often it is called before it', () => {
    const { game, calls } = fakeGame();
    drawFor(game, 200);
    drawFor(game, 200);
    drawFor(game, 900);
    nextFrame();
    expect(calls).toEqual(['wake']);
    // The last call's time counts.
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['wake']);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['wake', 'sleep']);
  });

  it('lets a loop woken late (a hidden page) sleep again', () => {
    const { game, calls } = fakeGame();
    drawFor(game, 100);
    // The sleep comes due before the frame: the loop is not running, so nothing to do yet.
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([]);
    nextFrame();
    expect(calls).toEqual(['wake']);
    vi.advanceTimersByTime(150);
    expect(calls).toEqual(['wake', 'sleep']);
  });
});

describe('primeCanvas', () => {
  it('changes one pixel of the canvas to clear, so the browser makes its buffer in the next frame', () => {
    const calls: string[] = [];
    const context = {
      clearRect: (...args: number[]) => calls.push(`clearRect ${args.join(',')}`),
      fillRect: () => calls.push('fillRect'),
    };
    const canvas = {
      getContext: (kind: string) => (kind === '2d' ? context : null),
    } as unknown as HTMLCanvasElement;
    primeCanvas(canvas);
    expect(calls).toEqual(['clearRect 0,0,1,1']);
  });

  it('does nothing on a canvas that has no 2D context', () => {
    const canvas = { getContext: () => null } as unknown as HTMLCanvasElement;
    expect(() => primeCanvas(canvas)).not.toThrow();
  });
});
