// The layout runs in Node (CLI) and in the browser (preview): it may import only itself and
// markdown-it — no React, no DOM, no node: modules — and must not touch browser globals.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('layout purity', () => {
  it.each(sources)('%s imports only the layout and markdown-it, and uses no browser global', (name) => {
    const code = readFileSync(new URL(name, dir), 'utf8');
    const imports = [...code.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    for (const target of imports) expect(target, `${name} imports ${target}`).toMatch(/^(\.\/[\w-]+|markdown-it)$/);
    const withoutComments = code.replace(/\/\*[^]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(/\b(document|window|navigator|localStorage|DOMParser|innerHTML)\b/);
  });
});
