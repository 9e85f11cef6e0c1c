// The CLI against real files: exit codes, error messages and both output formats.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, truncateSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, root, run } from './run-for-test';
import { MAX_INPUT_BYTES } from './read-input';


let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
});

describe('copydesk check: findings and exit codes', () => {
  it('reports duplicates, boilerplate and an unattributed quote, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['check', '--format', 'json', fixture('council-vote.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.file).toBe(fixture('council-vote.txt'));
    expect(report.paragraphs).toBe(8);
    expect(report.duplicates).toEqual([{ paragraph: 5, of: 2, kind: 'exact', similarity: 1 }]);
    expect(report.boilerplate.map((b: { paragraph: number }) => b.paragraph)).toEqual([7]);
    const unattributed = report.quotes.filter((q: { status: string }) => q.status === 'unattributed');
    expect(unattributed).toHaveLength(1);
    expect(unattributed[0]).toMatchObject({ paragraph: 6, text: 'This will hit the small boat owners hardest.', speaker: null });
    const first = report.quotes.find((q: { paragraph: number }) => q.paragraph === 1);
    const paragraph1 = 'Council leader Margit Osei said the levy was "the only honest way to pay for the sea wall" and promised to review it within a year.';
    expect(paragraph1.slice(first.start, first.end)).toBe(first.text);
    expect(first.speaker).toMatch(/Osei/);
    const osei = report.sources.find((s: { name: string }) => s.name.includes('Osei'));
    expect(osei).toMatchObject({ quotes: 5, firstParagraph: 1 });
  });

  it('prints linter-style lines with 1-based paragraph numbers in text mode', async () => {
    const file = fixture('council-vote.txt');
    const { code, stdout } = await run(['check', file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:6: duplicate: exact copy of ¶3`);
    expect(stdout).toContain(`${file}:8: boilerplate:`);
    expect(stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: quote: “This will hit .*” is not attributed`));
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean Markdown story and reads its blocks as paragraphs', async () => {
    const { code, stdout } = await run(['check', '--format=json', fixture('clean.md')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.paragraphs).toBe(4);
    expect(report.quotes.every((q: { status: string }) => q.status === 'ok')).toBe(true);
    expect(report.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Selma Hart', 'Selma Hart']);
  });

  it('prints an array for several files in JSON', async () => {
    const { stdout } = await run(['check', '--format', 'json', fixture('clean.md'), fixture('council-vote.txt')]);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { paragraphs: number }) => r.paragraphs)).toEqual([4, 8]);
  });

  it('colours text output when asked', async () => {
    const { stdout } = await run(['check', '--color', fixture('council-vote.txt')]);
    expect(stdout).toContain('\u001b[33mduplicate\u001b[0m');
  });
});

describe('copydesk: usage errors exit 2 with one clear line', () => {
  const cases: [string[], RegExp][] = [
    [[], /no command given/],
    [['lint', 'x.txt'], /unknown command "lint"/],
    [['check'], /no file given/],
    [['check', '--format', 'xml', 'a.txt'], /--format takes "text" or "json", not "xml"/],
    [['check', '--format'], /--format takes "text" or "json"$/m],
    [['check', '--fast', 'a.txt'], /unknown option "--fast"/],
    [['check', '-'], /standard input is not supported/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: copydesk check');
  });
});

describe('copydesk check: unreadable input exits 2 with one clear line', () => {
  const bad = (name: string, make: (path: string) => void) => {
    const path = join(tmp, name);
    make(path);
    return path;
  };

  it.each([
    ['a missing file', () => join(tmp, 'nope.txt'), /nope\.txt does not exist \(.*nope\.txt\)$/],
    ['a directory', () => bad('folder', (p) => mkdirSync(p)), /folder is a folder, not a file$/],
    ['binary content', () => bad('photo.txt', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))), /photo\.txt is a binary file, not text/],
    ['non-UTF-8 text', () => bad('latin1.txt', (p) => writeFileSync(p, Buffer.from('Caf\xe9 au lait\n', 'latin1'))), /latin1\.txt is not UTF-8 text/],
    ['a file over the size limit', () => bad('huge.txt', (p) => { writeFileSync(p, ''); truncateSync(p, MAX_INPUT_BYTES + 1); }), /huge\.txt is 20 MB; Copydesk opens files up to 20 MB/],
    ['a Word file', () => bad('story.docx', (p) => writeFileSync(p, 'PK')), /Word files \(\.docx\) are not supported yet/],
  ])('%s', async (_label, makePath, message) => {
    const path = makePath();
    const { code, stderr, stdout } = await run(['check', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(new RegExp(`^copydesk: .*${message.source}`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('still checks the readable files when one of several is missing', async () => {
    const { code, stdout, stderr } = await run(['check', join(tmp, 'gone.txt'), fixture('clean.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/gone\.txt does not exist/);
    expect(stdout).toContain('clean.md: 4 paragraphs');
  });
});

describe('the installed `copydesk` command', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.mjs'))) execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root });
  }, 60_000);

  it('runs through bin/copydesk.mjs with the same exit codes', () => {
    const bin = join(root, 'bin/copydesk.mjs');
    const ok = spawnSync(process.execPath, [bin, 'check', fixture('clean.md')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const flagged = spawnSync(process.execPath, [bin, 'check', '--format', 'json', fixture('council-vote.txt')], { encoding: 'utf8' });
    expect(flagged.status).toBe(1);
    expect(JSON.parse(flagged.stdout).paragraphs).toBe(8);
    const missing = spawnSync(process.execPath, [bin, 'check', join(tmp, 'absent.md')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^copydesk: absent\.md does not exist \(.*absent\.md\)\n$/);
  });

  it('stays quiet when the reader closes the pipe early (`copydesk check … | head -c 1`)', () => {
    const bin = join(root, 'bin/copydesk.mjs');
    // A report far larger than a pipe's buffer, so the reader is gone while copydesk still writes.
    const long = join(tmp, 'long.txt');
    writeFileSync(long, Array.from({ length: 3000 }, (_, i) => `"Stop number ${i} is closed," a driver said.`).join('\n'));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check --format json "${long}" | head -c 1`], { encoding: 'utf8' });
    expect(run.stdout).toBe('{');
    expect(run.stderr).toBe('');
  });
});
