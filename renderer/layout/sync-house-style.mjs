// Regenerates house-style.ts from assets/house-style/article.css, the source of truth.
// Run after editing the CSS: `node renderer/layout/sync-house-style.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const css = readFileSync(new URL('../../assets/house-style/article.css', import.meta.url), 'utf8');
if (css.includes('`') || css.includes('${')) throw new Error('article.css may not contain ` or ${ (it is embedded in a template)');
if (/<\/style/i.test(css)) throw new Error('article.css may not contain </style');
const ts = `// GENERATED from assets/house-style/article.css by sync-house-style.mjs: edit the CSS, then rerun.
// A TS copy because the layout runs where .css imports do not (the CLI's esbuild bundle, Vitest).
export const HOUSE_STYLE_CSS = String.raw\`${css}\`;
`;
writeFileSync(new URL('./house-style.ts', import.meta.url), ts);
