// The exported page is valid HTML by html-validate's recommended rules, for a long story with
// every block type and for every shared sample draft (read at test time, never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { paragraphsFromText } from '../../electron/cli/paragraphs';
import type { Article } from './article';
import { LONG_ARTICLE } from './fixtures/long-article';
import { articleFromParagraphs } from './from-paragraphs';
import { renderArticleDocument } from './render';
import { XSS_ARTICLE } from './fixtures/xss-corpus';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The <title> is the headline as the desk wrote it; news headlines often run past 70
    // characters, and cutting them would change the copy the editor approved.
    'long-title': 'off',
  },
});

async function errorsIn(article: Article): Promise<string[]> {
  const report = await validator.validateString(renderArticleDocument(article), 'export.html');
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('html-validate (recommended)', () => {
  it('does report errors (control: the rules are live)', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html><head><title>x</title></head><body><p onclick="x">a<div></div></body></html>');
    expect(report.valid).toBe(false);
  });

  it('finds no error in the long fixture story', async () => {
    expect(await errorsIn(LONG_ARTICLE)).toEqual([]);
  });

  it('finds no error in the XSS corpus story (every payload is plain text)', async () => {
    expect(await errorsIn(XSS_ARTICLE)).toEqual([]);
  });

  it('finds no error in a story with no headline or header at all', async () => {
    expect(await errorsIn(articleFromParagraphs(['A single paragraph.']))).toEqual([]);
  });
});

const samples = join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'samples');
const sampleFiles = existsSync(samples) ? readdirSync(samples).filter((name) => name.endsWith('.txt')).sort() : [];
const title = sampleFiles.length > 0 ? 'html-validate on the shared samples' : 'html-validate on the shared samples (skipped: ../shared/samples is not beside this clone)';

describe.skipIf(sampleFiles.length === 0)(title, () => {
  it.each(sampleFiles)('%s exports without an error', async (name) => {
    const paragraphs = paragraphsFromText(readFileSync(join(samples, name), 'utf8')).map((p) => p.text);
    expect(await errorsIn(articleFromParagraphs(paragraphs))).toEqual([]);
  });
});
