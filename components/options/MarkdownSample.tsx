// A few lines of HTML converted with the chosen options, so each choice shows what it changes.
// The sample is ours and the output is shown as text, never as HTML.
import { useMemo } from 'react';
import { convertToMarkdown } from '@/utils/pipeline/markdown/convert-to-markdown';
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';

const SAMPLE_BASE_URL = 'https://news.example.com/2024/09/27/port.html';

/** One of each thing an option changes: heading, emphasis, strong, link, list, code, image. */
const SAMPLE_HTML = `
<h2>New port opens</h2>
<p>The terminal opened <em>today</em> with <strong>two new berths</strong>, says the <a href="/authority">port authority</a>.</p>
<ul><li>Container terminal</li><li>Ferry pier</li></ul>
<pre><code class="language-python">berths = 2</code></pre>
<p><img src="/images/port.jpg" alt="The new port"></p>`;

interface Props {
  options: MarkdownOptions;
  parseHtml?: (html: string) => Document;
}

const parseWithDomParser = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function MarkdownSample({ options, parseHtml = parseWithDomParser }: Props) {
  const markdown = useMemo(() => convertToMarkdown(parseHtml(SAMPLE_HTML).body, SAMPLE_BASE_URL, options), [options, parseHtml]);
  return (
    <figure className="markdown-sample">
      <figcaption>Sample</figcaption>
      <pre data-testid="markdown-sample" tabIndex={0}>
        {markdown}
      </pre>
      {(options.images === 'local' || options.images === 'data-uri') && (
        <p className="hint">
          The image keeps its web address here: it is {options.images === 'local' ? 'downloaded into assets/' : 'embedded'} when you{' '}
          {options.images === 'local' ? 'download the clip' : 'download or copy the clip'}.
        </p>
      )}
    </figure>
  );
}
