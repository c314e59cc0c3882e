import { describe, expect, it } from 'vitest';
import { resolveHttpUrl } from '../../../utils/pipeline/resolve-url';

const BASE = 'https://news.example.com/2024/09/story.html';

describe('resolveHttpUrl', () => {
  it('resolves relative, root-relative and protocol-relative URLs against the page', () => {
    expect(resolveHttpUrl('img/a.jpg', BASE)).toBe('https://news.example.com/2024/09/img/a.jpg');
    expect(resolveHttpUrl('/a.jpg', BASE)).toBe('https://news.example.com/a.jpg');
    expect(resolveHttpUrl('//cdn.example.net/a.jpg', BASE)).toBe('https://cdn.example.net/a.jpg');
    expect(resolveHttpUrl('  http://other.example.org/x  ', BASE)).toBe('http://other.example.org/x');
  });

  it('drops data:, javascript: and non-web schemes, empty and unparsable values', () => {
    expect(resolveHttpUrl('data:image/gif;base64,R0lGOD', BASE)).toBeNull();
    expect(resolveHttpUrl('javascript:void(0)', BASE)).toBeNull();
    expect(resolveHttpUrl('mailto:desk@example.com', BASE)).toBeNull();
    expect(resolveHttpUrl('', BASE)).toBeNull();
    expect(resolveHttpUrl(null, BASE)).toBeNull();
    expect(resolveHttpUrl('http://[bad', BASE)).toBeNull();
  });
});
