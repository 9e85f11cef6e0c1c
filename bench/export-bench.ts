// Export benchmark: the published page (renderArticleDocument, what the preview pane and File ▸
// Export HTML… produce) for the generated 10,000-paragraph article, median of a few runs; and
// the preview's whole update (editor doc → Article → page) on the same text.
import { fromPlainText } from '../renderer/editor/serialize';
import { toArticle } from '../renderer/editor/to-article';
import { articleFromParagraphs } from '../renderer/layout/from-paragraphs';
import { renderArticleDocument } from '../renderer/layout/render';
import { generateArticle } from './generate-article';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

export function runExportBench(count = 10_000, runs = 7) {
  const article = articleFromParagraphs(generateArticle(count));
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const page = renderArticleDocument(article);
    times.push(performance.now() - t);
    bytes = Buffer.byteLength(page, 'utf8');
  }
  const doc = fromPlainText(generateArticle(count).join('\n'));
  const previewTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    renderArticleDocument(toArticle(doc));
    previewTimes.push(performance.now() - t);
  }
  const result = {
    paragraphs: article.blocks.length,
    pageBytes: bytes,
    renderMsMedian: Number(median(times).toFixed(2)),
    renderMsFirst: Number((times[0] as number).toFixed(2)),
    previewUpdateMsMedian: Number(median(previewTimes).toFixed(2)),
    runs,
  };
  console.log(
    `export page: ${result.paragraphs} paragraphs → ${(bytes / 1e6).toFixed(2)} MB of HTML; ` +
      `render median ${result.renderMsMedian} ms over ${runs} runs (first ${result.renderMsFirst} ms); ` +
      `preview update (doc → Article → page) median ${result.previewUpdateMsMedian} ms`,
  );
  return result;
}
