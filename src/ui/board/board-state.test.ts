import { describe, expect, it } from 'vitest';
import {
  BOARD_CORRUPT_PREFIX,
  BOARD_CURRENT_KEY,
  boardKey,
  type BoardRecord,
  type BoardStorage,
  emptyBoard,
  loadBoard,
  saveBoard,
} from './board-state';

/** A storage over a map, with a switch that makes every write fail. */
function memoryStorage(): BoardStorage & { map: Map<string, string>; full: boolean } {
  const map = new Map<string, string>();
  return {
    map,
    full: false,
    getItem(key) {
      return map.get(key) ?? null;
    },
    setItem(key, value) {
      if (this.full) {
        throw new Error('QuotaExceededError');
      }
      map.set(key, value);
    },
    removeItem(key) {
      map.delete(key);
    },
  };
}

const BOARD: BoardRecord = {
  session: 'W1K7-QM2X',
  codes: ['R1AA-BBBB', 'R1CC-DDDD'],
  notes: { wentWell: 'Teams argued', wentBadly: '', surprises: 'Monitor flags' },
  plan: [{ issue: 'Review', recommendation: 'Two people', owner: 'Ops', date: '2026-12-01' }],
};

describe('the board in the browser', () => {
  it('keeps codes, notes and plan across a save and a load, by session and as the last one', () => {
    const storage = memoryStorage();
    expect(saveBoard(storage, BOARD)).toBe(true);
    expect(loadBoard(storage, BOARD.session)).toEqual({ board: BOARD });
    // Without a session the board opens the one shown last.
    expect(loadBoard(storage)).toEqual({ board: BOARD });
    expect(storage.getItem(BOARD_CURRENT_KEY)).toBe(BOARD.session);
  });

  it('opens an empty board for a session it has not seen, and none without a session', () => {
    const storage = memoryStorage();
    expect(loadBoard(storage, 'NEW')).toEqual({ board: emptyBoard('NEW') });
    expect(loadBoard(storage)).toEqual({ board: null });
  });

  it('sets a corrupt value aside under the next free key, says where, and opens empty', () => {
    const storage = memoryStorage();
    storage.setItem(`${BOARD_CORRUPT_PREFIX}1`, 'an earlier one');
    storage.setItem(boardKey('S'), '{"version":1,"board":{"session":"S","codes":[3]}');
    const load = loadBoard(storage, 'S');
    expect(load.board).toEqual(emptyBoard('S'));
    expect(load.setAside).toBe(`${BOARD_CORRUPT_PREFIX}2`);
    expect(storage.getItem(`${BOARD_CORRUPT_PREFIX}2`)).toContain('"codes":[3]');
    expect(storage.getItem(`${BOARD_CORRUPT_PREFIX}1`)).toBe('an earlier one');
    expect(storage.getItem(boardKey('S'))).toBeNull();
  });

  it('refuses a value of another version, a wrong shape or another session', () => {
    for (const stored of [
      JSON.stringify({ version: 2, board: BOARD }),
      JSON.stringify({ version: 1, board: { ...BOARD, notes: { wentWell: 1 } } }),
      JSON.stringify({ version: 1, board: { ...BOARD, plan: [{ issue: 'x' }] } }),
      JSON.stringify({ version: 1, board: { ...BOARD, session: 'OTHER' } }),
      'not json',
    ]) {
      const storage = memoryStorage();
      storage.setItem(boardKey(BOARD.session), stored);
      const load = loadBoard(storage, BOARD.session);
      expect(load.setAside, stored).toBe(`${BOARD_CORRUPT_PREFIX}1`);
      expect(load.board).toEqual(emptyBoard(BOARD.session));
    }
  });

  it('reports a refused write instead of throwing', () => {
    const storage = memoryStorage();
    storage.full = true;
    expect(saveBoard(storage, BOARD)).toBe(false);
  });
});
