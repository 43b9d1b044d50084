import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOADING_DELAY_MS, mountScreen, mountWhileLoading } from './screen';

function panel(text: string): HTMLElement {
  const section = document.createElement('section');
  section.textContent = text;
  return section;
}

const ui = (): HTMLElement => document.getElementById('ui') as HTMLElement;

describe('a screen that loads', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main id="ui"></main>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the screen before in view, inert and unnamed, while it is quickly ready', () => {
    const before = panel('briefing');
    mountScreen('briefing', before);
    mountWhileLoading(panel('loading'));
    expect(ui().firstElementChild).toBe(before);
    expect(before.inert).toBe(true);
    expect(document.body.dataset.screen).toBeUndefined();
    const ready = panel('loadout');
    vi.advanceTimersByTime(LOADING_DELAY_MS - 1);
    mountScreen(null, ready);
    vi.advanceTimersByTime(1);
    // The loading panel never came: the new screen followed the old one directly.
    expect([...ui().children]).toEqual([ready]);
    expect(ready.inert).toBe(false);
  });

  it('says it is loading when loading lasts', () => {
    const before = panel('level select');
    mountScreen('level-select', before);
    const loading = panel('loading');
    mountWhileLoading(loading);
    vi.advanceTimersByTime(LOADING_DELAY_MS);
    expect([...ui().children]).toEqual([loading]);
  });

  it('shows the loading panel at once when nothing is on screen, and can be cancelled', () => {
    const loading = panel('loading');
    mountWhileLoading(loading);
    expect([...ui().children]).toEqual([loading]);

    const before = panel('title');
    mountScreen('title', before);
    const cancel = mountWhileLoading(panel('loading again'));
    cancel();
    vi.advanceTimersByTime(LOADING_DELAY_MS * 2);
    expect(ui().firstElementChild).toBe(before);
  });

  it('gives a panel mounted again its input back', () => {
    const before = panel('title');
    mountScreen('title', before);
    mountWhileLoading(panel('loading'));
    expect(before.inert).toBe(true);
    mountScreen('title', before);
    expect(before.inert).toBe(false);
  });
});
