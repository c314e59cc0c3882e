import { describe, expect, it } from 'vitest';
import { registrableName } from '../../../../utils/pipeline/metadata/registrable-name';

describe('registrableName', () => {
  it('returns the brand label of a host or URL', () => {
    expect(registrableName('https://www.example.com/a')).toBe('example');
    expect(registrableName('news.example.com.cn')).toBe('example');
    expect(registrableName('https://www.example.co.uk/story')).toBe('example');
    expect(registrableName('example.org:8080')).toBe('example');
    expect(registrableName('sub.example.io')).toBe('example');
  });

  it('has no name for IP addresses or garbage', () => {
    expect(registrableName('http://127.0.0.1/')).toBeNull();
    expect(registrableName('http://[::1]/')).toBeNull();
    expect(registrableName('not a url/at all')).toBeNull();
  });
});
