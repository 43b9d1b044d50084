import { describe, expect, it } from 'vitest';
import { createDefaultSettings, DEFAULT_SETTINGS, updateSettings } from '../session/settings';
import { applySettingsToDocument } from './document-settings';

describe('applySettingsToDocument', () => {
  it('sets the data attributes and the language on <html>', () => {
    const settings = updateSettings(createDefaultSettings('de'), {
      textSize: 'x-large',
      highContrast: true,
      reducedMotion: 'on',
    });
    applySettingsToDocument(settings);
    const html = document.documentElement;
    expect(html.getAttribute('data-text-size')).toBe('x-large');
    expect(html.getAttribute('data-high-contrast')).toBe('on');
    expect(html.getAttribute('data-reduced-motion')).toBe('on');
    expect(html.lang).toBe('de');
  });

  it('updates the attributes when the settings change back', () => {
    const root = document.createElement('div');
    applySettingsToDocument(updateSettings(DEFAULT_SETTINGS, { highContrast: true }), root);
    applySettingsToDocument(DEFAULT_SETTINGS, root);
    expect(root.getAttribute('data-high-contrast')).toBe('off');
    expect(root.getAttribute('data-text-size')).toBe('normal');
    expect(root.getAttribute('data-reduced-motion')).toBe('system');
  });
});
