// GENERATED from assets/house-style/article.css by sync-house-style.mjs: edit the CSS, then rerun.
// A TS copy because the layout runs where .css imports do not (the CLI's esbuild bundle, Vitest).
export const HOUSE_STYLE_CSS = String.raw`/* Copydesk house style for a published story. Scoped to article.story so the same rules
   style the preview, the exported page and a fragment pasted into a CMS page that loads it.
   System font stacks only: the export must not load anything from the network. */

:root {
  color-scheme: light;
  --story-ink: #1a1a1a;
  --story-muted: #5c5c5c;
  --story-rule: #d6d0c4;
  --story-accent: #9b1c1c;
  --story-paper: #fffdf8;
  --story-serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Times New Roman", serif;
  --story-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}

body {
  margin: 0;
  background: var(--story-paper);
  color: var(--story-ink);
}

.story {
  box-sizing: border-box;
  max-width: 40rem; /* about 70 characters a line: a readable measure */
  margin: 0 auto;
  padding: 3rem 1.5rem 4rem;
  font-family: var(--story-serif);
  font-size: 1.1875rem;
  line-height: 1.6;
  overflow-wrap: break-word;
}

.story header {
  margin-bottom: 2rem;
  padding-bottom: 1.25rem;
  border-bottom: 1px solid var(--story-rule);
}

.story h1 {
  margin: 0 0 0.75rem;
  font-family: var(--story-serif);
  font-size: 2.6rem;
  font-weight: 700;
  line-height: 1.12;
  letter-spacing: -0.01em;
  text-wrap: balance;
}

.story .standfirst {
  margin: 0 0 1rem;
  color: var(--story-muted);
  font-size: 1.3rem;
  line-height: 1.45;
}

.story .byline,
.story .published {
  margin: 0;
  font-family: var(--story-sans);
  font-size: 0.875rem;
  line-height: 1.5;
}

.story .byline {
  font-weight: 600;
}

.story .published {
  color: var(--story-muted);
}

.story .dateline {
  font-family: var(--story-sans);
  font-size: 0.85em;
  font-weight: 700;
  letter-spacing: 0.02em;
}

.story p {
  margin: 0 0 1.1em;
}

.story h2 {
  margin: 2em 0 0.6em;
  font-family: var(--story-sans);
  font-size: 1.25rem;
  line-height: 1.3;
}

.story a {
  color: inherit;
  text-decoration-color: var(--story-accent);
  text-decoration-thickness: 0.08em;
  text-underline-offset: 0.15em;
}

.story ul,
.story ol {
  margin: 0 0 1.1em;
  padding-left: 1.4em;
}

.story li {
  margin-bottom: 0.4em;
}

.story figure {
  margin: 1.75em 0;
}

.story blockquote {
  margin: 0;
  padding-left: 1.1em;
  border-left: 3px solid var(--story-rule);
}

.story blockquote p:last-child {
  margin-bottom: 0;
}

.story figcaption {
  margin-top: 0.5em;
  padding-left: 1.1em;
  color: var(--story-muted);
  font-family: var(--story-sans);
  font-size: 0.875rem;
}

.story figcaption::before {
  content: "\2014\00A0";
}

.story .pullquote {
  margin: 2em 0;
  padding: 1em 0;
  border-top: 3px solid var(--story-accent);
  border-bottom: 1px solid var(--story-rule);
}

.story .pullquote blockquote {
  padding: 0;
  border: 0;
  font-size: 1.6rem;
  font-style: italic;
  line-height: 1.3;
}

.story .pullquote figcaption {
  padding: 0;
}

/* Tablet: a little less air, same measure. */
@media (max-width: 64rem) {
  .story {
    padding-top: 2.5rem;
  }

  .story h1 {
    font-size: 2.25rem;
  }
}

/* Mobile: full width, smaller display type. */
@media (max-width: 37.5rem) {
  .story {
    padding: 1.5rem 1rem 3rem;
    font-size: 1.0625rem;
  }

  .story h1 {
    font-size: 1.8rem;
  }

  .story .standfirst {
    font-size: 1.125rem;
  }

  .story .pullquote blockquote {
    font-size: 1.3rem;
  }
}

@media print {
  body {
    background: none;
  }

  .story {
    max-width: none;
    padding: 0;
  }

  .story a::after {
    content: " (" attr(href) ")";
    font-size: 0.8em;
  }
}
`;
