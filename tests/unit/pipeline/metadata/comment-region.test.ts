import { describe, expect, it } from 'vitest';
import { isInCommentOrForm, isInCommentThread } from '../../../../utils/pipeline/metadata/comment-region';
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

describe('isInCommentThread', () => {
  const doc = makeDocument(`<body><form id="aspnetForm">
    <div class="post"><p id="footer">发表于 2024-09-27</p></div>
    <div id="comments"><div class="comment-body"><span id="commenter">发表于 2024-09-28</span></div></div>
  </form></body>`);
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('flags text in a comment thread', () => {
    expect(isInCommentThread(byId('commenter'))).toBe(true);
  });

  it('does not flag the article because a form wraps the whole page', () => {
    expect(isInCommentThread(byId('footer'))).toBe(false);
  });
});
