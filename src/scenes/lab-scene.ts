import type { LabNotice, LabSetup } from '../core/lab';
import { loadLabStrings } from '../i18n/i18n';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { nextTask } from '../ui/yield';
import { prepareNumberFormats } from '../ui/components/format';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** What opens the Lab: a set-up (from a debrief), or nothing (the title, or the address). */
export interface LabSceneData {
  readonly setup?: LabSetup;
}

/** The page address's fragment that opens the Lab: `#lab?<set-up>`. */
export const LAB_FRAGMENT = '#lab';

/** True when the page was opened with a link to the Lab. */
export function addressOpensLab(hash: string = window.location.hash): boolean {
  return hash === LAB_FRAGMENT || hash.startsWith(`${LAB_FRAGMENT}?`);
}

/** The Lab's part of the address: what follows `#lab?` (empty for a bare `#lab`). */
function addressQuery(): string | null {
  const { hash } = window.location;
  return addressOpensLab(hash) ? hash.slice(LAB_FRAGMENT.length + 1) : null;
}

/** Writes the set-up's address (core's encoding) without a new history entry. */
function writeAddress(encoded: string): void {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}${LAB_FRAGMENT}?${encoded}`);
}

/** Waits this long after the last change before rewriting the address (it costs tens of ms). */
const ADDRESS_SETTLE_MS = 200;

/** Clears the Lab from the address when the player leaves it. */
function clearAddress(): void {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}`);
}

/**
 * The Strategy Lab (DESIGN.md §6): loadouts compared on a study condition or a level. The
 * set-up lives in the page address; the screen and its worker load only when the Lab opens.
 */
export class LabScene extends TableScene<LabSceneData> {
  protected readonly screenName = 'lab';
  protected override readonly backTo = SceneKey.title;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.lab);
  }

  protected buildPanel(data: LabSceneData): HTMLElement {
    void this._fill(data);
    return buildLoadingPanel();
  }

  override create(data: LabSceneData): void {
    super.create(data);
    this.events.once('shutdown', clearAddress);
  }

  private async _fill(data: LabSceneData): Promise<void> {
    // Everything the Lab needs loads now, when it opens: its rules, screen, worker and charts.
    // The levels are read only when needed: now if the Lab opens on one, else when it is chosen.
    const [lab] = await Promise.all([
      import('../ui/lab/lab-screen'),
      loadLabStrings(),
      // The number formatting, ready in tasks of its own before the screen writes a figure; with
      // the engine's number data, which the charts' library reads.
      prepareNumberFormats({ engine: true }),
    ]);
    const { LabView, LabRuns, labWorker, terminateLabWorker, loadLabLevels } = lab;
    // The screen is built in a task of its own, not in the one that took in its strings.
    await nextTask();
    if (!this.scene.isActive()) {
      return;
    }
    const query = addressQuery();
    const read: { setup: LabSetup; notices: readonly LabNotice[] } =
      data.setup !== undefined
        ? { setup: data.setup, notices: [] }
        : query === null
          ? { setup: lab.DEFAULT_LAB_SETUP, notices: [] }
          : lab.decodeLabSetup(query);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const writeNow = (setup: LabSetup): void => {
      clearTimeout(pending);
      writeAddress(lab.encodeLabSetup(setup));
    };
    // A slider sends a change per step: the address follows once it settles.
    const write = (setup: LabSetup): void => {
      clearTimeout(pending);
      pending = setTimeout(() => writeNow(setup), ADDRESS_SETTLE_MS);
    };
    this.events.once('shutdown', () => clearTimeout(pending));
    // Leaving the Lab stops its worker, and with it any sample still running.
    this.events.once('shutdown', terminateLabWorker);
    const levels = read.setup.subject.kind === 'level' ? await loadLabLevels() : loadLabLevels;
    if (!this.scene.isActive()) {
      return;
    }
    const view = new LabView(read.setup, read.notices, levels, {
      setupChanged: write,
      back: () => this.go(SceneKey.title),
      levelExact: (setup, level) => labWorker().levelExact(setup, level),
    });
    writeNow(view.setup);
    const runs = new LabRuns(
      view,
      () =>
        `${window.location.href.split('#')[0] ?? ''}${LAB_FRAGMENT}?${lab.encodeLabSetup(view.setup)}`,
    );
    this.events.once('shutdown', () => runs.dispose());
    mountScreen(null, view.root);
    this.markReady(view.root);
  }
}
