import { beforeEach, describe, expect, it } from 'vitest';
import { encodeSession, levelForSession, newSession, sessionSeed } from '../core/workshop';
import { loadShippedLevel } from '../../tests/unit/level-catalog';
import type { StorageLike } from './storage';
import {
  joinWorkshop,
  leaveWorkshop,
  levelDeadline,
  loadWorkshopDraft,
  markLevelStarted,
  nextSessionLevel,
  saveWorkshopDraft,
  sessionPlay,
  teamContext,
  WORKSHOP_SETUP_KEY,
  WORKSHOP_TEAM_KEY,
  type WorkshopDraft,
} from './workshop-context';

/** An in-memory Storage, as a browser's. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Storage the way a browser with cookies blocked hands it out: every call throws. */
const blocked: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const DRAFT: WorkshopDraft = {
  levels: ['1-the-upgrade', '2-the-pivot'],
  seed: 4_000_000_000,
  budget: 4,
  cards: ['oversight', 'monitor'],
  language: 'de',
  minutes: 20,
};

const SESSION = newSession({ levels: ['1-the-upgrade', '2-the-pivot'], seed: 99, minutes: 15 });

let memory: MemoryStorage;
let options: { storage: StorageLike };

beforeEach(() => {
  memory = new MemoryStorage();
  options = { storage: memory };
});

describe("the facilitator's set-up", () => {
  it('is kept and read back as it was', () => {
    saveWorkshopDraft(DRAFT, options);
    expect(loadWorkshopDraft(options)).toEqual(DRAFT);
  });

  it('is nothing on a first visit', () => {
    expect(loadWorkshopDraft(options)).toBeUndefined();
    expect(memory.items.size).toBe(0);
  });

  it.each([
    ['not JSON', '{"levels": ['],
    ['a seed that is text', JSON.stringify({ ...DRAFT, seed: '12' })],
    ['a seed past 32 bits', JSON.stringify({ ...DRAFT, seed: 2 ** 32 })],
    ['an unknown card', JSON.stringify({ ...DRAFT, cards: ['oversight', 'prayer'] })],
    ['an unknown language', JSON.stringify({ ...DRAFT, language: 'fr' })],
    ['a time limit of 0', JSON.stringify({ ...DRAFT, minutes: 0 })],
    ['an array', '[]'],
  ])('set aside when it is %s, never thrown, and the screen starts afresh', (_, raw) => {
    memory.setItem(WORKSHOP_SETUP_KEY, raw);
    expect(loadWorkshopDraft(options)).toBeUndefined();
    expect(memory.getItem(WORKSHOP_SETUP_KEY)).toBeNull();
    expect(memory.getItem(`${WORKSHOP_SETUP_KEY}.corrupt.1`)).toBe(raw);
  });

  it('never overwrites an earlier backup', () => {
    memory.setItem(`${WORKSHOP_SETUP_KEY}.corrupt.1`, 'older');
    memory.setItem(WORKSHOP_SETUP_KEY, 'newer');
    loadWorkshopDraft(options);
    expect(memory.getItem(`${WORKSHOP_SETUP_KEY}.corrupt.1`)).toBe('older');
    expect(memory.getItem(`${WORKSHOP_SETUP_KEY}.corrupt.2`)).toBe('newer');
  });

  it('goes on without storage when the browser blocks it', () => {
    expect(() => saveWorkshopDraft(DRAFT, { storage: blocked })).not.toThrow();
    expect(loadWorkshopDraft({ storage: blocked })).toBeUndefined();
  });
});

describe("a team's workshop", () => {
  const code = encodeSession(SESSION);

  it('is joined with a session code and a name, and survives a reload', () => {
    const joined = joinWorkshop(code, '  Blue   team ', options);
    expect(joined?.session).toEqual(SESSION);
    expect(joined?.team).toBe('Blue   team');
    // A reload reads it from storage again.
    expect(teamContext(options)).toEqual(joined);
  });

  it('refuses a code with a typo and a name that is empty or too long', () => {
    const typo = `${code.slice(0, 5)}${code[5] === '7' ? '8' : '7'}${code.slice(6)}`;
    expect(joinWorkshop(typo, 'Blue', options)).toBeUndefined();
    expect(joinWorkshop(code, '   ', options)).toBeUndefined();
    expect(joinWorkshop(code, 'x'.repeat(25), options)).toBeUndefined();
    expect(memory.getItem(WORKSHOP_TEAM_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', 'nope'],
    ['a code with a typo', JSON.stringify({ code: `${code}0`, team: 'Blue', started: {} })],
    ['no team', JSON.stringify({ code, started: {} })],
    [
      'a start for a level outside the session',
      JSON.stringify({ code, team: 'Blue', started: { '7-server-room-a': 1 } }),
    ],
  ])('is set aside when the stored value is %s', (_, raw) => {
    memory.setItem(WORKSHOP_TEAM_KEY, raw);
    expect(teamContext(options)).toBeUndefined();
    expect(memory.getItem(WORKSHOP_TEAM_KEY)).toBeNull();
    expect(memory.getItem(`${WORKSHOP_TEAM_KEY}.corrupt.1`)).toBe(raw);
  });

  it("plays a session level on the session's set-up and dice, and any other as the campaign's", () => {
    joinWorkshop(code, 'Blue', options);
    const level = loadShippedLevel('1-the-upgrade');
    const play = sessionPlay(level, options);
    expect(play?.level).toEqual(levelForSession(level, SESSION));
    expect(play?.seed).toBe(sessionSeed(SESSION, level.id));
    expect(sessionPlay(loadShippedLevel('3-both-triggers'), options)).toBeUndefined();
    leaveWorkshop(options);
    expect(sessionPlay(level, options)).toBeUndefined();
  });

  it("keeps the first start of a level for the time limit's deadline", () => {
    joinWorkshop(code, 'Blue', options);
    expect(levelDeadline('1-the-upgrade', options)).toBeUndefined();
    markLevelStarted('1-the-upgrade', 1_000, options);
    markLevelStarted('1-the-upgrade', 50_000, options);
    expect(levelDeadline('1-the-upgrade', options)).toBe(1_000 + 15 * 60_000);
    expect(teamContext(options)?.started).toEqual({ '1-the-upgrade': 1_000 });
  });

  it('has no deadline in a session without a time limit', () => {
    joinWorkshop(encodeSession({ ...SESSION, minutes: null }), 'Blue', options);
    markLevelStarted('1-the-upgrade', 1_000, options);
    expect(levelDeadline('1-the-upgrade', options)).toBeUndefined();
  });

  it("names the session's next level, none after its last", () => {
    joinWorkshop(code, 'Blue', options);
    expect(nextSessionLevel('1-the-upgrade', options)).toBe('2-the-pivot');
    expect(nextSessionLevel('2-the-pivot', options)).toBeUndefined();
  });
});
