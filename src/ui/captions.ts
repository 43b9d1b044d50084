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
  const shown = new Map<string, HTMLElement>();
  return {
    show({ cue, key, loop }) {
      if (region === null) {
        return;
      }
      shown.get(cue)?.remove();
      const caption = el('p', {
        className: 'caption',
        text: { key },
        attrs: { 'data-caption': cue },
      });
      region.append(caption);
      shown.set(cue, caption);
      if (!loop) {
        window.setTimeout(() => caption.remove(), CAPTION_MS);
      }
    },
    clear(cue) {
      shown.get(cue)?.remove();
      shown.delete(cue);
    },
  };
}
