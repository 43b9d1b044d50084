import { describe, expect, it } from 'vitest';
import type { Command, Level } from '../../src/core';
import { GameSession, type SavedGame } from '../../src/session/game-session';
import {
  decodeResult,
  encodeResult,
  levelForSession,
  newSession,
  sessionSeed,
  verifyResult,
} from '../../src/core/workshop';
import { loadShippedLevel } from './level-catalog';

const base = loadShippedLevel('1-the-upgrade');
const levelOf = (id: string): Level | undefined => (id === base.id ? base : undefined);
const session = newSession({
  seed: 77,
  levels: [base.id],
  budget: 4,
  cards: ['oversight', 'monitor'],
});
const played = levelForSession(base, session);
const seed = sessionSeed(session, base.id);

/** Plays a team's day: oversight, then the clock and the player's answers until it ends. */
function playOn(game: GameSession, limit: number): void {
  const opening: Command[] = [
    { kind: 'open-loadout' },
    { kind: 'toggle-defense', defense: 'oversight' },
    { kind: 'start-day' },
  ];
  for (let count = 0; count < limit && game.state.status !== 'ended'; count += 1) {
    const next =
      opening[game.commands.length] ??
      game.availableCommands().find((command) => command.kind !== 'open-email') ??
      ({ kind: 'advance-clock' } as const);
    expect(game.dispatch(next).ok).toBe(true);
  }
}

function resultCode(game: GameSession): string {
  return encodeResult(
    {
      session,
      team: 'Rot',
      levelId: base.id,
      commands: game.commands,
      ending: game.state.ending ?? '',
    },
    base,
  );
}

describe('a workshop game', () => {
  it('logs every accepted command and not the refused ones', () => {
    const game = GameSession.start(played, seed, () => undefined);
    expect(game.dispatch({ kind: 'start-day' }).ok).toBe(false);
    expect(game.dispatch({ kind: 'open-loadout' }).ok).toBe(true);
    expect(game.commands).toEqual([{ kind: 'open-loadout' }]);
    expect(game.commandsComplete).toBe(true);
  });

  it('gives the same verified row after a reload (a JSON round trip of the save) as without', () => {
    const straight = GameSession.start(played, seed, () => undefined);
    playOn(straight, 500);
    expect(straight.state.status).toBe('ended');

    let saved: SavedGame | undefined;
    const first = GameSession.start(played, seed, (value) => (saved = value));
    playOn(first, 12);
    expect(first.state.status).not.toBe('ended');
    const reloaded = GameSession.resume(played, JSON.parse(JSON.stringify(saved)), () => undefined);
    if (!reloaded.ok) {
      throw new Error(JSON.stringify(reloaded.error));
    }
    expect(reloaded.value.commandsComplete).toBe(true);
    playOn(reloaded.value, 500);

    expect(reloaded.value.commands).toEqual(straight.commands);
    const code = resultCode(reloaded.value);
    expect(code).toBe(resultCode(straight));
    const decoded = decodeResult(code, levelOf);
    const row = decoded.ok ? verifyResult(decoded.value, base) : undefined;
    expect(row?.ok).toBe(true);
    expect(row?.ok === true && row.value.ending).toBe(straight.state.ending);
    expect(row?.ok === true && row.value.defenses).toEqual(['oversight']);
  });

  it('says so when a resumed save has a log that does not lead to its state', () => {
    const game = GameSession.start(played, seed, () => undefined);
    playOn(game, 8);
    const { state } = game.saved;
    const cut = { ...game.saved, state: { ...state, log: state.log.slice(0, 2) } };
    const resumed = GameSession.resume(played, JSON.parse(JSON.stringify(cut)), () => undefined);
    expect(resumed.ok && resumed.value.commandsComplete).toBe(false);
  });
});
