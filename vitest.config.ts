import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
        },
      },
      {
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'src/session/**/*.test.ts',
            'src/i18n/**/*.test.ts',
            'src/ui/**/*.test.ts',
            'src/audio/**/*.test.ts',
            'src/levels/**/*.test.ts',
            'src/scenes/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
        },
      },
    ],
  },
});
