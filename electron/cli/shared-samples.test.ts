// The checker on the shared annotated drafts (../shared beside the clone, as in CI). A user's
// clone has no ../shared: these tests are then skipped, and say why.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '..', 'shared');
const samples = join(shared, 'samples');
const present = existsSync(join(samples, 'seed-article.txt'));
const title = present ? 'shared samples' : 'shared samples (skipped: ../shared/samples is not beside this clone)';
const cli = [join(root, 'bin/copydesk.mjs'), 'check', '--format', 'json'];

interface Quote { paragraph: number; status: string; speaker: string | null; kind: string }

describe.skipIf(!present)(title, () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root });
  }, 60_000);

  it('flags the seed article: 10 exact duplicates, 6 boilerplate, 16 attributed quotes', () => {
    const run = spawnSync(process.execPath, [...cli, join(samples, 'seed-article.txt')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.duplicates).toHaveLength(10);
    for (const d of report.duplicates) {
      expect(d.kind).toBe('exact');
      expect(d.paragraph - d.of).toBe(10);
    }
    expect(report.boilerplate.map((b: { paragraph: number }) => b.paragraph)).toEqual([21, 22, 23, 24, 25, 26]);
    const speech: Quote[] = report.quotes.filter((q: Quote) => q.kind === 'speech');
    expect(speech).toHaveLength(16);
    expect(speech.every((q) => q.status === 'ok')).toBe(true);
    // The joint statement "from Trump and Kadhimi" is its own source, not Trump speaking.
    const statement = (q: Quote) => /statement/i.test(q.speaker ?? '');
    const bySpeaker = (key: string) =>
      speech.filter((q) => !statement(q) && (q.speaker ?? '').toLowerCase().includes(key)).length;
    expect(bySpeaker('khafaji')).toBe(8);
    expect(bySpeaker('trump')).toBe(4);
    expect(bySpeaker('pompeo')).toBe(2);
    expect(speech.filter(statement)).toHaveLength(2);
  });

  const score = (...dir: string[]) => {
    const out = execFileSync(
      process.execPath,
      [join(shared, 'tools/score-samples.mjs'), '--cmd', `${JSON.stringify(process.execPath)} ${cli.map((a) => JSON.stringify(a)).join(' ')}`, ...dir],
      { encoding: 'utf8', cwd: root },
    );
    return JSON.parse(out.trim().split('\n').at(-1) as string);
  };

  const expectIssueBars = (scores: Record<string, number>) => {
    expect(scores.cases).toBe(scores.of);
    expect(scores.quoteF1).toBeGreaterThanOrEqual(0.97);
    expect(scores.speaker).toBeGreaterThanOrEqual(0.95);
    expect(scores.flagF1).toBeGreaterThanOrEqual(0.9);
    expect(scores.dupF1).toBeGreaterThanOrEqual(0.98);
    expect(scores.boilerF1).toBeGreaterThanOrEqual(0.95);
    expect(scores.otherFalseAlarms).toBe(0);
  };

  // The project's own annotated drafts (renderer/analysis/corpus), scored the same way.
  it('meets the issue bars on the project corpus', () => {
    const corpus = join(root, 'renderer/analysis/corpus');
    const scores = score(corpus);
    expect(scores.cases).toBe(readdirSync(corpus).filter((f) => f.endsWith('.json')).length);
    expectIssueBars(scores);
    // (one CLI process per draft: under load on two shared cores 300 drafts have taken over
    // 200 s, and the corpus has grown to over 400)
  }, 800_000);

  it('meets the issue bars on every annotated draft', () => {
    const scores = score();
    expectIssueBars(scores);
  }, 120_000);
});
