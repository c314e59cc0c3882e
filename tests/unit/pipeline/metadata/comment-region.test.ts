import { describe, expect, it } from 'vitest';
import { isInCommentOrForm } from '../../../../utils/pipeline/metadata/comment-region';
import { makeDocument } from './make-document';

describe('isInCommentOrForm', () => {
  const doc = makeDocument(`<body class="single comments-open">
    <article class="post"><p class="byline" id="byline">Jane Doe</p></article>
    <section id="comments"><div class="comment-body"><span class="comment-author" id="commenter">Bob</span></div></section>
    <div class="reply-form"><span id="reply">x</span></div>
    <form><label id="label">Your name</label><input id="input" placeholder="Name"></form>
  </body>`);
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('flags comment threads and forms', () => {
    expect(isInCommentOrForm(byId('commenter'))).toBe(true);
    expect(isInCommentOrForm(byId('reply'))).toBe(true);
    expect(isInCommentOrForm(byId('label'))).toBe(true);
    expect(isInCommentOrForm(byId('input'))).toBe(true);
  });

  it('leaves the article byline alone, even when the body says comments are open', () => {
    expect(isInCommentOrForm(byId('byline'))).toBe(false);
  });
});
