import { el } from '../dom';
import './workshop.css';

/** How often the countdown is redrawn, in ms (it shows whole seconds). */
const TICK_MS = 1000;

/** Minutes and seconds left, `m:ss`; never below `0:00`. */
export function timeLeftText(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Shows a workshop level's time limit as a countdown in a corner of the page, outside the
 * screen's panel. It only informs: it takes no pointer and no focus, and at zero it says the time
 * is up and play goes on. Returns the function that removes it (call it when the screen closes).
 */
export function showCountdown(deadline: number, now: () => number): () => void {
  const timer = el('div', {
    className: 'workshop-timer',
    attrs: { role: 'timer', 'data-workshop-timer': '' },
  });
  const draw = (): void => {
    const left = deadline - now();
    const up = left <= 0;
    timer.dataset.left = String(Math.max(0, Math.ceil(left / 1000)));
    timer.classList.toggle('time-up', up);
    timer.replaceChildren(
      el('span', {
        text: up
          ? { key: 'workshop.timer.up' }
          : { key: 'workshop.timer.left', params: { time: timeLeftText(left) } },
      }),
    );
  };
  draw();
  document.getElementById('workshop-timer-slot')?.remove();
  timer.id = 'workshop-timer-slot';
  document.body.append(timer);
  const interval = window.setInterval(draw, TICK_MS);
  return () => {
    window.clearInterval(interval);
    timer.remove();
  };
}
