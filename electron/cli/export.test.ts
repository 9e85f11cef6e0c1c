// `copydesk export` against real files in a temp folder: output, warnings, exit codes.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cliBuildOptions } from '../../scripts/node-bundles.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, root, run } from './run-for-test';


let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
});
const out = (name: string) => join(tmp, name);

// Paragraph 6 of the fixture repeats paragraph 3, as the page shows it (quotes escaped).
const DUPLICATED = '&quot;We cannot keep patching the wall with goodwill,&quot; Osei told the meeting.';

describe('copydesk export: writes the page', () => {
  it('exports a .txt story as a complete page, exit 0, warning on stderr about what the checker flags', async () => {
    const { code, stdout, stderr } = await run(['export', fixture('council-vote.txt'), '-o', out('council.html')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `copydesk: warning: ${fixture('council-vote.txt')}: exported with 1 duplicate paragraph, 1 boilerplate paragraph and 1 quote problem flagged by the checker (--skip-flagged leaves out duplicates and boilerplate)\n`,
    );
    const html = readFileSync(out('council.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).toContain('<p><span class="dateline">LANTERNBY, Westmark</span> – The Lanternby council approved');
    expect(html.split(DUPLICATED)).toHaveLength(3);
  });

  it('--skip-flagged leaves out the duplicate and the boilerplate, and still warns about the quote', async () => {
    const { code, stderr } = await run(['export', '--skip-flagged', fixture('council-vote.txt'), '-o', out('skipped.html')]);
    expect(code).toBe(0);
    expect(stderr).toBe(`copydesk: warning: ${fixture('council-vote.txt')}: exported with 1 quote problem flagged by the checker\n`);
    const html = readFileSync(out('skipped.html'), 'utf8');
    expect(html.split(DUPLICATED)).toHaveLength(2);
    const boilerplate = readFileSync(fixture('council-vote.txt'), 'utf8').trim().split('\n').at(-1) as string;
    expect(html).not.toContain(boilerplate.slice(0, 20));
    expect(html).toContain('This will hit the small boat owners hardest.');
  });

  it('--fragment writes only the <article>, the same markup the page has', async () => {
    await run(['export', fixture('clean.md'), '-o', out('page.html')]);
    const { code, stderr } = await run(['export', fixture('clean.md'), '--fragment', '--output', out('fragment.html')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const fragment = readFileSync(out('fragment.html'), 'utf8');
    expect(fragment).toMatch(/^<article class="story">\n<header>\n<h1>Ferry timetable to change in spring<\/h1>\n<\/header>\n[^]*<\/article>\n$/);
    expect(fragment).toContain('The <em>Northsound</em> ferry');
    expect(readFileSync(out('page.html'), 'utf8')).toContain(`<body>\n${fragment}</body>`);
  });

  it('--skip-flagged on Markdown skips the checker’s paragraphs, headings and list items included', async () => {
    const source = join(tmp, 'dup.md');
    const repeated = 'The ferry operator said the timetable would change from the first week of April next year.';
    writeFileSync(source, `# Ferry changes\n\n${repeated}\n\n- Two evening crossings\n- Fares unchanged\n\n${repeated}\n\nShare this article on Facebook\n`);
    const all = await run(['export', source, '-o', '-']);
    expect(all.stdout.split(repeated)).toHaveLength(5); // twice in the body, twice in the JSON-LD
    const skipped = await run(['export', source, '-o', '-', '--skip-flagged']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout.split(repeated)).toHaveLength(3);
    expect(skipped.stdout).not.toContain('Share this article');
    expect(skipped.stdout).toContain('<li>Fares unchanged</li>');
  });

  it('-o - writes to standard output', async () => {
    const { code, stdout } = await run(['export', fixture('clean.md'), '-o', '-']);
    expect(code).toBe(0);
    expect(stdout).toContain('<h1>Ferry timetable to change in spring</h1>');
  });

  it('replaces an existing file atomically, keeping its permissions and leaving no temporary file', async () => {
    const dir = join(tmp, 'replace');
    mkdirSync(dir);
    const target = join(dir, 'story.html');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    expect((await run(['export', fixture('clean.md'), '-o', target])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('<!DOCTYPE html>');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['story.html']);
  });
});

describe('copydesk export: bad usage and unreadable input or output exit 2 with one line', () => {
  const cases: [string[], RegExp][] = [
    [['export'], /no file given \(try `copydesk export FILE -o OUT\.html`\)/],
    [['export', 'a.txt'], /no output file given/],
    [['export', 'a.txt', '-o'], /-o takes an output file name/],
    [['export', 'a.txt', '--output='], /--output takes an output file name/],
    [['export', 'a.txt', 'b.txt', '-o', 'x.html'], /export takes one file, not 2/],
    [['export', 'a.txt', '--pdf', '-o', 'x.html'], /unknown option "--pdf"/],
    [['export', '-', '-o', 'x.html'], /standard input is not supported/],
    [['export', 'story.txt', '-o', './story.txt'], /writing there would overwrite the story/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^copydesk: .*${message.source}`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a missing file', () => [join(tmp, 'nope.md'), '-o', out('x.html')], /nope\.md does not exist \(.*nope\.md\)\n$/],
    ['a Word file', () => { writeFileSync(out('s.docx'), 'PK'); return [out('s.docx'), '-o', out('x.html')]; }, /Word files \(\.docx\) are not supported yet/],
    ['a missing output folder', () => [fixture('clean.md'), '-o', join(tmp, 'no', 'such', 'x.html')], /such does not exist \(.*no\/such\)\n$/],
    ['an output that is a folder', () => { mkdirSync(join(tmp, 'folder.html'), { recursive: true }); return [fixture('clean.md'), '-o', join(tmp, 'folder.html')]; }, /folder\.html is a folder, not a file\n$/],
  ])('%s', async (_label, args, message) => {
    const { code, stdout, stderr } = await run(['export', ...args()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^copydesk: /);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out('x.html'))).toBe(false);
  });

  it('--help prints the usage of both commands and exits 0', async () => {
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: copydesk export FILE -o OUT.html [--fragment] [--skip-flagged]');
    expect(stdout).toContain('Usage: copydesk check');
  });
});

describe('the installed `copydesk export` command', () => {
  // Bundled as scripts/build-node.mjs does, but into a private folder with a copy of bin/, so
  // this never races the other CLI tests that rebuild dist/ in parallel workers.
  let bin: string;
  beforeAll(async () => {
    const pkg = join(tmp, 'pkg');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    copyFileSync(join(root, 'bin/copydesk.mjs'), join(pkg, 'bin/copydesk.mjs'));
    await build({ ...cliBuildOptions(join(pkg, 'dist/cli.mjs'), join(root, 'electron/cli/main.ts')), logLevel: 'silent' });
    bin = join(pkg, 'bin/copydesk.mjs');
  }, 60_000);

  it('runs from the bundle through bin/copydesk.mjs', () => {
    const ok = spawnSync(process.execPath, [bin, 'export', fixture('clean.md'), '-o', out('bin.html')], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(readFileSync(out('bin.html'), 'utf8')).toContain('<h1>Ferry timetable to change in spring</h1>');
    const bad = spawnSync(process.execPath, [bin, 'export', fixture('clean.md')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^copydesk: no output file given .*\n$/);
  });
});
