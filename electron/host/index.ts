// Entry point of dist/host.mjs, used by scripts/serve-browser.mjs and scripts/start.mjs.
export { startHost, type HostOptions, type RunningHost } from './server';
