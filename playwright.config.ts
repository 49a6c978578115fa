import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, freePort } from './tests/e2e/browser';

// The runner picks the port once; its workers inherit it through the environment.
process.env['E2E_PORT'] ??= String(freePort());
process.env['CHROMIUM_PATH'] ??= chromiumPath();
const port = Number(process.env['E2E_PORT']);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'],
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the built site (dist/); `npm test` builds it first. --ignore-lock: a preview server the
    // developer left running (`npm start`) holds Astro's lock for this folder, and without the flag the
    // tests' own server refuses to start beside it.
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
