/**
 * The round timer of the projector view: counts a round down from a number of minutes (the
 * session's time limit, or set by hand), can be paused and reset, and says when one minute is
 * left and when time is up. The clock is passed in, so tests drive it by hand.
 */

/** What the timer announces: one minute left, or time up. */
export type TimerAnnouncement = 'one-minute' | 'time-up';

/** Where the timer reads the time and how it asks to be woken again. */
export interface TimerClock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Calls `tick` about every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** The page's clock: `performance.now` and `setInterval`. */
export const PAGE_CLOCK: TimerClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const handle = setInterval(tick, ms);
    return () => clearInterval(handle);
  },
};

/** What the timer shows. */
export interface TimerView {
  /** Whole seconds left, rounded up (a round of 10 minutes shows 600 until it starts). */
  readonly secondsLeft: number;
  readonly running: boolean;
  readonly minutes: number;
}

/** The shortest and longest round, in minutes (a session's limit is 1..180). */
export const TIMER_MIN_MINUTES = 1;
export const TIMER_MAX_MINUTES = 180;

const ONE_MINUTE_MS = 60_000;
const TICK_MS = 250;

/** A countdown for one round. */
export class RoundTimer {
  private _minutes: number;
  private _remainingMs: number;
  private _startedAt: number | null = null;
  private _stop: (() => void) | null = null;
  private _saidOneMinute = false;
  private _saidTimeUp = false;

  constructor(
    minutes: number,
    private readonly _clock: TimerClock,
    private readonly _changed: (view: TimerView) => void,
    private readonly _announce: (what: TimerAnnouncement) => void,
  ) {
    this._minutes = clampMinutes(minutes);
    this._remainingMs = this._minutes * ONE_MINUTE_MS;
  }

  /** What the timer shows now. */
  get view(): TimerView {
    return {
      secondsLeft: Math.max(0, Math.ceil(this._left() / 1000)),
      running: this._startedAt !== null,
      minutes: this._minutes,
    };
  }

  /** Starts or resumes the countdown (nothing when it runs or has run out). */
  start(): void {
    if (this._startedAt !== null || this._remainingMs <= 0) {
      return;
    }
    this._startedAt = this._clock.now();
    this._stop = this._clock.every(TICK_MS, () => this.tick());
    this._changed(this.view);
  }

  /** Pauses the countdown, keeping the time left. */
  pause(): void {
    if (this._startedAt === null) {
      return;
    }
    this._remainingMs = this._left();
    this._halt();
    this._changed(this.view);
  }

  /** Stops and sets the round back to its full length. */
  reset(): void {
    this._halt();
    this._remainingMs = this._minutes * ONE_MINUTE_MS;
    this._saidOneMinute = false;
    this._saidTimeUp = false;
    this._changed(this.view);
  }

  /** Sets the round's length (clamped to 1..180 minutes) and resets it. */
  setMinutes(minutes: number): void {
    this._minutes = clampMinutes(minutes);
    this.reset();
  }

  /** Reads the clock: updates the view and makes the announcements that are due. */
  tick(): void {
    const left = this._left();
    if (this._startedAt !== null && left <= 0) {
      this._remainingMs = 0;
      this._halt();
    }
    if (!this._saidOneMinute && left <= ONE_MINUTE_MS && left > 0 && this._wasLonger()) {
      this._saidOneMinute = true;
      this._announce('one-minute');
    }
    if (!this._saidTimeUp && left <= 0) {
      this._saidTimeUp = true;
      this._saidOneMinute = true;
      this._announce('time-up');
    }
    this._changed(this.view);
  }

  /** Stops the clock for good (the screen closed). */
  dispose(): void {
    this._halt();
  }

  /** A round of one minute or less never says "one minute left". */
  private _wasLonger(): boolean {
    return this._minutes * ONE_MINUTE_MS > ONE_MINUTE_MS;
  }

  private _left(): number {
    return this._startedAt === null
      ? this._remainingMs
      : this._remainingMs - (this._clock.now() - this._startedAt);
  }

  private _halt(): void {
    this._stop?.();
    this._stop = null;
    this._startedAt = null;
  }
}

/** A round's length in whole minutes within 1..180 (NaN gives the shortest). */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) {
    return TIMER_MIN_MINUTES;
  }
  return Math.min(TIMER_MAX_MINUTES, Math.max(TIMER_MIN_MINUTES, Math.round(minutes)));
}

/** Seconds as `m:ss` (or `h:mm:ss` from an hour). */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
