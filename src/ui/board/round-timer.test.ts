import { describe, expect, it } from 'vitest';
import {
  clampMinutes,
  clockText,
  RoundTimer,
  type TimerAnnouncement,
  type TimerClock,
  type TimerView,
} from './round-timer';

/** A clock moved by hand; `advance` runs the ticks that fall due. */
function handClock(): TimerClock & { advance(ms: number): void; ticking: number } {
  let now = 0;
  const ticks = new Set<{ every: number; next: number; tick: () => void }>();
  return {
    now: () => now,
    get ticking() {
      return ticks.size;
    },
    every(ms, tick) {
      const entry = { every: ms, next: now + ms, tick };
      ticks.add(entry);
      return () => ticks.delete(entry);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...ticks].sort((a, b) => a.next - b.next)[0];
        if (due === undefined || due.next > end) {
          break;
        }
        now = due.next;
        due.next += due.every;
        due.tick();
      }
      now = end;
    },
  };
}

function timer(minutes: number) {
  const clock = handClock();
  const views: TimerView[] = [];
  const said: TimerAnnouncement[] = [];
  const round = new RoundTimer(
    minutes,
    clock,
    (view) => views.push(view),
    (what) => said.push(what),
  );
  return { clock, views, said, round };
}

describe('the round timer', () => {
  it('counts down, says one minute left once and time up once, then stops', () => {
    const { clock, said, round } = timer(3);
    expect(round.view).toEqual({ secondsLeft: 180, running: false, minutes: 3 });
    round.start();
    clock.advance(119_000);
    expect(round.view.secondsLeft).toBe(61);
    expect(said).toEqual([]);
    clock.advance(1_000);
    expect(said).toEqual(['one-minute']);
    clock.advance(59_000);
    expect(said).toEqual(['one-minute']);
    clock.advance(1_000);
    expect(said).toEqual(['one-minute', 'time-up']);
    expect(round.view).toEqual({ secondsLeft: 0, running: false, minutes: 3 });
    expect(clock.ticking).toBe(0);
    clock.advance(60_000);
    expect(said).toEqual(['one-minute', 'time-up']);
  });

  it('pauses and resumes without losing time, and reset gives the full round back', () => {
    const { clock, round } = timer(10);
    round.start();
    clock.advance(30_000);
    round.pause();
    clock.advance(300_000);
    expect(round.view).toEqual({ secondsLeft: 570, running: false, minutes: 10 });
    round.start();
    clock.advance(10_000);
    expect(round.view.secondsLeft).toBe(560);
    round.reset();
    expect(round.view).toEqual({ secondsLeft: 600, running: false, minutes: 10 });
    expect(clock.ticking).toBe(0);
  });

  it('a round of one minute only says time up; minutes set by hand are clamped to 1..180', () => {
    const { clock, said, round } = timer(1);
    round.start();
    clock.advance(60_000);
    expect(said).toEqual(['time-up']);
    round.setMinutes(500);
    expect(round.view.minutes).toBe(180);
    expect(clampMinutes(0)).toBe(1);
    expect(clampMinutes(Number.NaN)).toBe(1);
    expect(clampMinutes(12.4)).toBe(12);
  });

  it('writes the time left as m:ss, with hours from an hour', () => {
    expect(clockText(600)).toBe('10:00');
    expect(clockText(61)).toBe('1:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(3_725)).toBe('1:02:05');
  });
});
