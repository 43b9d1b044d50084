import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { CAPTION_MS, captionView } from './captions';

describe('captionView', () => {
  beforeAll(() => {
    initI18n('en');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows one caption per cue and lets a one-shot caption go by itself', () => {
    vi.useFakeTimers();
    const region = document.createElement('div');
    const captions = captionView(region);
    captions.show({ cue: 'mail', key: 'caption.mail', loop: false });
    captions.show({ cue: 'mail', key: 'caption.mail', loop: false });
    expect(region.querySelectorAll('[data-caption="mail"]')).toHaveLength(1);
    expect(region.textContent).not.toBe('');
    vi.advanceTimersByTime(CAPTION_MS);
    expect(region.children).toHaveLength(0);
  });

  it('keeps one timer per cue however often the cue sounds, and none once its caption is gone', () => {
    vi.useFakeTimers();
    const region = document.createElement('div');
    const captions = captionView(region);
    for (let index = 0; index < 50; index += 1) {
      captions.show({ cue: 'mail', key: 'caption.mail', loop: false });
      captions.show({ cue: 'dice', key: 'caption.dice', loop: false });
    }
    // A replaced caption's timer went with it: it no longer holds the removed element.
    expect(vi.getTimerCount()).toBe(2);
    captions.clear('dice');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(CAPTION_MS);
    expect(vi.getTimerCount()).toBe(0);
    expect(region.children).toHaveLength(0);
  });

  it('keeps a looping caption until it is cleared', () => {
    vi.useFakeTimers();
    const region = document.createElement('div');
    const captions = captionView(region);
    captions.show({ cue: 'siren', key: 'caption.siren', loop: true });
    vi.advanceTimersByTime(CAPTION_MS * 2);
    expect(region.querySelector('[data-caption="siren"]')).not.toBeNull();
    captions.clear('siren');
    expect(region.children).toHaveLength(0);
  });

  it('does nothing without a captions region', () => {
    expect(() =>
      captionView(null).show({ cue: 'dice', key: 'caption.dice', loop: false }),
    ).not.toThrow();
  });
});
