// The one place that says which Chromium every tool uses and how: the system browser (Debian's
// /usr/bin/chromium, or CHROME_PATH; test tools never download one), headless-safe flags for a
// container without a GPU, sandbox or large /dev/shm, and no background traffic that could reach
// the network or disturb a measurement. Used by the tests, the story tests, the benchmark and the
// screenshot scripts.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
