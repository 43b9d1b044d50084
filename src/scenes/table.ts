import { app } from '../app';
import { resolveReducedMotion } from '../session/settings';

/** True when the player asked for less motion, in Settings or in the system. */
export function prefersReducedMotion(): boolean {
  const system = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return resolveReducedMotion(app().store.settings.reducedMotion, system);
}
