// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { checkRule, OTHER_PROBLEMS } from '@/components/options/rules/rule-check';
import { overrideRow, toRuleDraft, type RuleDraft } from '@/components/options/rules/rule-draft';
import { exampleRule } from './support';

const RULE = exampleRule();

const context = () => ({ presets: [], doc: document });
const problemsOf = (draft: RuleDraft) => {
  const check = checkRule(draft, context());
  if (check.ok) throw new Error('expected problems');
  return Object.fromEntries([...check.problems].map(([key, list]) => [key, list.map((p) => p.message)]));
};

describe('checking a rule draft', () => {
  it('passes a valid draft as the rule storage will hold', () => {
    const check = checkRule({ ...toRuleDraft(RULE), contentSelector: 'article .body', removeSelectors: '.ad\n\n.share' }, context());
    expect(check).toEqual({ ok: true, rule: { ...RULE, contentSelector: 'article .body', removeSelectors: ['.ad', '.share'] } });
  });

  it('files a bad pattern or remove selector under its text area, by the line it stands on', () => {
    const problems = problemsOf({ ...toRuleDraft(RULE), patterns: 'example.com\n\nftp://example.com/*', removeSelectors: '.ad\n.share >' });
    expect(Object.keys(problems).sort()).toEqual(['patterns', 'removeSelectors']);
    expect(problems.patterns).toEqual([expect.stringMatching(/^Line 3: Unsupported scheme "ftp"/)]);
    expect(problems.removeSelectors).toEqual([expect.stringMatching(/^Line 2: Not a valid CSS selector/)]);
  });

  it('asks for a pattern when there is none', () => {
    expect(problemsOf({ ...toRuleDraft(RULE), patterns: ' \n ' })).toEqual({ patterns: ['A rule needs at least one URL pattern'] });
  });

  it('files selector, template and preset problems under their own fields', () => {
    const problems = problemsOf({
      ...toRuleDraft(RULE),
      contentSelector: 'div >',
      fieldSelectors: { title: 'h1', author: '..by', published: '', image: '' },
      fileName: '{{titel}}',
      preset: 'gone',
    });
    expect(Object.keys(problems).sort()).toEqual(['contentSelector', 'fieldSelectors.author', 'fileName', 'preset']);
    expect(problems.fileName).toEqual([expect.stringContaining('"titel"')]);
    expect(problems.preset).toEqual(['No preset has the id “gone”']);
  });

  it('files an override problem under the row with that key, and the form’s own row problems too', () => {
    const problems = problemsOf({
      ...toRuleDraft(RULE),
      frontMatter: [
        overrideRow({ key: 'categories', type: 'list', value: 'a, b' }),
        overrideRow({ key: 'byline', type: 'text', value: '{{auther}}' }),
        overrideRow({ key: 'weight', type: 'number', value: 'heavy' }),
      ],
    });
    expect(problems).toEqual({
      'frontMatter.2.value': ['“heavy” is not a number'],
      'frontMatter.1.value': [expect.stringContaining('"auther"')],
    });
  });

  it('says Readability cannot be turned off without a content selector', () => {
    expect(problemsOf({ ...toRuleDraft(RULE), useReadability: false })).toEqual({ useReadability: [expect.stringMatching(/needs a content selector/)] });
  });

  it('keeps a problem it has no field for rather than losing it', () => {
    const problems = problemsOf({ ...toRuleDraft(RULE), id: '' });
    expect(problems[OTHER_PROBLEMS]).toEqual([expect.stringMatching(/^id: /)]);
  });
});
