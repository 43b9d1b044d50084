import { el, type UiKey } from './dom';

/** How long a caption of a one-shot sound stays up. */
export const CAPTION_MS = 2600;

/** A caption for a sound that carries meaning: the cue, its text, and whether it loops. */
export interface Caption {
  readonly cue: string;
  readonly key: UiKey;
  readonly loop: boolean;
}

/** The captions line (`#captions` in index.html): at most one caption per cue. */
export interface CaptionView {
  /** Shows a caption, replacing the cue's previous one; a one-shot caption fades by itself. */
  show(caption: Caption): void;
  /** Takes a looping cue's caption down. */
  clear(cue: string): void;
}

/**
 * The captions region of the page. The session's audio bridge tells it what to show
 * (`connectAudio(store, captionView())` in main.ts); the session itself builds no DOM.
 */
export function captionView(
  region: HTMLElement | null = document.getElementById('captions'),
): CaptionView {
  // What each cue shows, and the timer that takes a one-shot caption down. A caption replaced or
  // cleared takes its timer with it, so no removed caption waits in a timer, and a caption gone by
  // itself leaves the map (docs/PERFORMANCE.md, "e. Heap").
  const shown = new Map<string, { element: HTMLElement; timer: number | undefined }>();
  const takeDown = (cue: string): void => {
    const entry = shown.get(cue);
    if (entry !== undefined) {
      window.clearTimeout(entry.timer);
      entry.element.remove();
      shown.delete(cue);
    }
  };
  return {
    show({ cue, key, loop }) {
      if (region === null) {
        return;
      }
      takeDown(cue);
      const caption = el('p', {
        className: 'caption',
        text: { key },
        attrs: { 'data-caption': cue },
      });
      region.append(caption);
      const timer = loop ? undefined : window.setTimeout(() => takeDown(cue), CAPTION_MS);
      shown.set(cue, { element: caption, timer });
    },
    clear(cue) {
      takeDown(cue);
    },
  };
}
