import type { BuildOptions } from 'esbuild';
export const common: BuildOptions;
export const requireBanner: { js: string };
export function cliBuildOptions(outfile?: string, entry?: string): BuildOptions;
