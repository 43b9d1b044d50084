/**
 * Scenes made ready when they are first needed, not all at boot. Booting a Phaser scene creates
 * its systems (cameras, input, loader, tweens and the rest); fifteen of them at once were one long
 * task behind the first screen (docs/PERFORMANCE.md, "Long tasks"). The first screen's scenes are
 * booted with the game; each other scene is added in an idle moment after it, one per moment, or
 * at once when something starts it before its turn.
 */
import Phaser from 'phaser';
import { SceneKey } from './scene-keys';
import { whenIdle } from '../ui/yield';

/** The scenes the first screen needs at once. */
const AT_BOOT: ReadonlySet<string> = new Set<string>([
  SceneKey.boot,
  SceneKey.preloader,
  SceneKey.title,
]);

/** A scene class of the game (every one takes no constructor argument). */
export type SceneClass = new () => Phaser.Scene;

/** The scene manager's queue of scene operations (not in Phaser's typings). */
interface QueuedOps {
  queueOp(op: string, keyA?: unknown, keyB?: unknown, data?: unknown): unknown;
}

/** The scenes to boot with the game, and the others by key, to add later. */
export function splitScenes(classes: readonly SceneClass[]): {
  atBoot: Phaser.Scene[];
  later: Map<string, Phaser.Scene>;
} {
  const atBoot: Phaser.Scene[] = [];
  const later = new Map<string, Phaser.Scene>();
  for (const SceneType of classes) {
    const scene = new SceneType();
    const key = scene.sys.settings.key;
    if (AT_BOOT.has(key)) {
      atBoot.push(scene);
    } else {
      later.set(key, scene);
    }
  }
  return { atBoot, later };
}

/**
 * Adds the `later` scenes to the game: each as soon as anything starts it (a scene's
 * `this.scene.start`, or the manager's own `start`), the rest one per idle moment once the game is
 * ready. Calls `whenAllAdded` after the last.
 */
export function addScenesLazily(
  game: Phaser.Game,
  later: Map<string, Phaser.Scene>,
  whenAllAdded: () => void = () => undefined,
): void {
  const manager = game.scene;
  const ensure = (key: unknown): void => {
    const scene = typeof key === 'string' ? later.get(key) : undefined;
    if (typeof key === 'string' && scene !== undefined) {
      later.delete(key);
      manager.add(key, scene, false);
    }
  };
  // Every scene change by a scene goes through the queue; the manager runs it at its next step,
  // after the scenes added here (Phaser adds pending scenes before it runs the queue).
  const queued = manager as unknown as QueuedOps;
  const queueOp = queued.queueOp.bind(manager);
  queued.queueOp = (op, keyA, keyB, data) => {
    ensure(keyA);
    ensure(keyB);
    return queueOp(op, keyA, keyB, data);
  };
  const start = manager.start.bind(manager);
  manager.start = (key, data) => {
    ensure(key);
    return start(key, data);
  };
  const addNext = (): void => {
    const next = later.keys().next();
    if (next.done === true) {
      whenAllAdded();
      return;
    }
    ensure(next.value);
    whenIdle(addNext);
  };
  game.events.once(Phaser.Core.Events.READY, () => whenIdle(addNext));
}
