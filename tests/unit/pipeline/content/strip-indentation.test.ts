import { describe, expect, it } from 'vitest';
import { stripIndentation } from '@/utils/pipeline/content/strip-indentation';
import { documentFrom } from '../../../support/dom';

describe('stripIndentation', () => {
  it('drops full-width and &nbsp; indentation at the start of paragraphs only', () => {
    const doc = documentFrom('<body><p>\u3000\u3000第一段\u3000中间</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第二段</p><p><span>\u3000\u3000第三段</span></p><pre>    code</pre></body>');
    stripIndentation(doc.body);
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['第一段\u3000中间', '第二段', '第三段']);
    expect(doc.querySelector('pre')?.textContent).toBe('    code');
  });
});
