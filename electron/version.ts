// The package version, stamped in by scripts/build-node.mjs; 'dev' when run from source (tests).
declare const __COPYDESK_VERSION__: string | undefined;

export const COPYDESK_VERSION = typeof __COPYDESK_VERSION__ === 'string' ? __COPYDESK_VERSION__ : 'dev';
