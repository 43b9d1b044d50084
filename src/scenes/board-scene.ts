import { loadStrings } from '../i18n/i18n';
import { loadCatalog } from '../levels/level-catalog';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** What opens the board: a session code (from the workshop screen), or nothing. */
export interface BoardSceneData {
  readonly session?: string;
}

/** The page address's fragment that opens the board: `#board?session=<code>`. */
export const BOARD_FRAGMENT = '#board';

/** True when the page was opened with a link to the board. */
export function addressOpensBoard(hash: string = window.location.hash): boolean {
  return hash === BOARD_FRAGMENT || hash.startsWith(`${BOARD_FRAGMENT}?`);
}

/** The session code in a `#board?session=<code>` address, if any. */
export function addressSession(hash: string = window.location.hash): string | undefined {
  if (!addressOpensBoard(hash)) {
    return undefined;
  }
  const session = new URLSearchParams(hash.slice(BOARD_FRAGMENT.length + 1)).get('session');
  return session === null || session.trim() === '' ? undefined : session;
}

/** Writes the board's address (its session's code) without a new history entry. */
function writeAddress(session: string | null): void {
  const { pathname, search } = window.location;
  const fragment =
    session === null ? '' : `${BOARD_FRAGMENT}?${new URLSearchParams({ session }).toString()}`;
  history.replaceState(history.state, '', `${pathname}${search}${fragment}`);
}

/**
 * The facilitator's board (DESIGN.md §7): the teams' result codes, checked by replay and set
 * side by side, the projector view with the round's timer, and the after-action report. The
 * screen, its strings and the workshop's part of core load only when it opens.
 */
export class BoardScene extends TableScene<BoardSceneData> {
  protected readonly screenName = 'board';
  protected override readonly backTo = SceneKey.workshop;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.board);
  }

  protected buildPanel(data: BoardSceneData): HTMLElement {
    void this._fill(data);
    return buildLoadingPanel();
  }

  override create(data: BoardSceneData): void {
    super.create(data);
    this.events.once('shutdown', () => writeAddress(null));
  }

  private async _fill(data: BoardSceneData): Promise<void> {
    const [catalog, board] = await Promise.all([
      loadCatalog(),
      import('../ui/board/board-screen'),
      loadStrings('board'),
    ]);
    if (!this.scene.isActive()) {
      return;
    }
    const levels = catalog.flatMap((entry) =>
      entry.kind === 'ok' && entry.source === 'built-in' ? [entry.level] : [],
    );
    const view = new board.BoardView(levels, data.session ?? addressSession(), {
      back: () => this.go(SceneKey.workshop),
      sessionChanged: (session) => writeAddress(session),
    });
    this.events.once('shutdown', () => view.dispose());
    mountScreen(null, view.root);
    this.markReady(view.root);
  }
}
