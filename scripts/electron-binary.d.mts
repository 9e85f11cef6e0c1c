// Types for electron-binary.mjs, which e2e/ and playwright.config.ts import.
export function findElectronBinary(): { ok: true; path: string } | { ok: false; reason: string };
export function missingDisplayReason(): string | null;
