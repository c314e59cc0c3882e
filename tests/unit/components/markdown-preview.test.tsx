// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from '@/components/MarkdownPreview';

describe('MarkdownPreview', () => {
  it('shows tables kept as HTML as tables, and nothing from the page that could run', () => {
    const html = renderToStaticMarkup(
      <MarkdownPreview
        source={[
          '<table><tr><td rowspan="2">NZ<sup>2</sup></td><td>5.1m</td></tr></table>',
          '',
          '<img src="https://e.test/x.png" onerror="alert(1)"><script>alert(2)</script><style>body{}</style>',
          '',
          '[click](javascript:alert(3)) <a href="javascript:alert(4)" style="color:red">me</a> <form><input></form><iframe src="https://e.test"></iframe>',
        ].join('\n')}
      />,
    );
    expect(html).toContain('<td rowspan="2">NZ<sup>2</sup></td>');
    expect(html).toContain('<img src="https://e.test/x.png">');
    expect(html).not.toMatch(/onerror|<script|alert\(2\)|<style|href="javascript:|style=|<form|<input|<iframe/);
    expect(html).toContain("<a>me</a>");
  });

  it('shows images kept with the clip from their kept copies, and leaves other images and hostile markup alone', () => {
    const kept = new Map([['assets/photo-1a2b.png', 'blob:chrome-extension://x/1']]);
    const html = renderToStaticMarkup(
      <MarkdownPreview
        source={'![a](assets/photo-1a2b.png) ![b](https://e.test/b.png) ![c](assets/missing.png)\n\n<img src="assets/photo-1a2b.png" onload="alert(1)">'}
        images={kept}
      />,
    );
    expect(html.match(/src="blob:chrome-extension:\/\/x\/1"/g)).toHaveLength(2);
    expect(html).toContain('src="https://e.test/b.png"');
    expect(html).toContain('src="assets/missing.png"');
    expect(html).not.toContain('onload');
  });
});
