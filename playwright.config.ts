// Two ways to run the same UI: 'browser' drives Debian's Chromium against the browser host
// (always available here), 'electron' drives the Electron app through Playwright's _electron
// (its tests are reported skipped, with the reason, when no Electron binary is installed).
// Build first: `npm run test:e2e` runs the renderer and Node builds before this.
import { defineConfig } from '@playwright/test';
import type { HostKind } from './e2e/fixtures';

const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig<{ hostKind: HostKind }>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI
    ? [['list'], ['./e2e/skip-reasons-reporter.ts']]
    : [['list'], ['./e2e/skip-reasons-reporter.ts'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure', actionTimeout: 10_000 },
  projects: [
    {
      name: 'browser',
      testIgnore: /\.electron\.spec\.ts$/,
      use: {
        hostKind: 'browser',
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      },
    },
    {
      name: 'electron',
      testIgnore: /\.browser\.spec\.ts$/,
      use: { hostKind: 'electron' },
    },
  ],
});
