import { app } from '../../app';
import type { Settings } from '../../session/save-schema';
import { REDUCED_MOTION_MODES, TEXT_SIZES } from '../../session/save-schema';
import { paperPanel } from '../components/panel';
import { el, type UiKey } from '../dom';
import { languageSwitch } from '../language-switch';

type VolumeField = 'masterVolume' | 'musicVolume' | 'effectsVolume';
type ToggleField = 'muted' | 'captions' | 'highContrast' | 'moreTime';

let fieldCounter = 0;
function fieldId(name: string): string {
  fieldCounter += 1;
  return `setting-${name}-${fieldCounter}`;
}

function update(patch: Partial<Settings>): void {
  app().store.updateSettings(patch);
}

function volumeSlider(field: VolumeField, labelKey: UiKey): HTMLElement {
  const id = fieldId(field);
  const input = el('input', {
    attrs: { id, type: 'range', min: '0', max: '100', step: '5', 'data-setting': field },
  });
  input.value = String(Math.round(app().store.settings[field] * 100));
  input.addEventListener('input', () => update({ [field]: Number(input.value) / 100 }));
  return el('div', {
    className: 'setting-row',
    children: [el('label', { text: { key: labelKey }, attrs: { for: id } }), input],
  });
}

function toggle(field: ToggleField, labelKey: UiKey): HTMLElement {
  const id = fieldId(field);
  const input = el('input', { attrs: { id, type: 'checkbox', 'data-setting': field } });
  input.checked = app().store.settings[field];
  input.addEventListener('change', () => update({ [field]: input.checked }));
  return el('div', {
    className: 'setting-row setting-toggle',
    children: [input, el('label', { text: { key: labelKey }, attrs: { for: id } })],
  });
}

function choice<T extends string>(
  field: 'textSize' | 'reducedMotion',
  labelKey: UiKey,
  values: readonly T[],
  valueKey: (value: T) => UiKey,
): HTMLElement {
  const name = fieldId(field);
  const options = values.map((value) => {
    const id = `${name}-${value}`;
    const input = el('input', {
      attrs: { id, type: 'radio', name, value, 'data-setting': field },
    });
    input.checked = app().store.settings[field] === value;
    input.addEventListener('change', () => update({ [field]: value }));
    return el('span', {
      className: 'radio-option',
      children: [input, el('label', { text: { key: valueKey(value) }, attrs: { for: id } })],
    });
  });
  return el('fieldset', {
    className: 'setting-choice',
    children: [el('legend', { text: { key: labelKey } }), ...options],
  });
}

function group(legendKey: UiKey, children: readonly Node[]): HTMLElement {
  return el('fieldset', {
    className: 'settings-group',
    children: [el('legend', { text: { key: legendKey } }), ...children],
  });
}

/** The Settings screen: every change applies at once and is saved. */
export function buildSettingsPanel(onBack: () => void): HTMLElement {
  const saving = el('p', {
    className: 'settings-saving',
    text: { key: app().store.canSave ? 'settings.savingOn' : 'settings.savingOff' },
  });
  return paperPanel({
    headingKey: 'settings.heading',
    className: 'settings-panel',
    onBack,
    children: [
      group('settings.language', [languageSwitch()]),
      group('settings.sound', [
        volumeSlider('masterVolume', 'settings.master'),
        volumeSlider('musicVolume', 'settings.music'),
        volumeSlider('effectsVolume', 'settings.effects'),
        toggle('muted', 'settings.muted'),
        toggle('captions', 'settings.captions'),
      ]),
      group('settings.display', [
        choice('textSize', 'settings.textSize', TEXT_SIZES, (size) => `settings.textSizes.${size}`),
        choice(
          'reducedMotion',
          'settings.reducedMotion',
          REDUCED_MOTION_MODES,
          (mode) => `settings.motion.${mode}`,
        ),
        toggle('highContrast', 'settings.highContrast'),
        toggle('moreTime', 'settings.moreTime'),
      ]),
      group('settings.saving', [saving]),
    ],
  });
}
