import { describe, expect, it } from 'vitest';
import { removeFurniture } from '@/utils/pipeline/content/remove-furniture';
import { documentFrom } from '../../../support/dom';

function cleaned(html: string): string {
  const doc = documentFrom(`<body><div id="root">${html}</div></body>`);
  removeFurniture(doc.body, 'page');
  removeFurniture(doc.body);
  return doc.body.textContent ?? '';
}

const ARTICLE = '<p>疫情防控要做到滴水不漏，细节管控至关重要。社区管理和服务工作小组组长深有体会，他忙得不可开交。</p>';

describe('removeFurniture', () => {
  it('removes forms the reader fills in (login, poll, search), but not a page wrapped whole in a form', () => {
    const login = '<form action="login"><table><tr><th>您尚未登录，请输入用户名和密码。</th></tr><tr><td>用户名</td><td><input name="u"></td></tr><tr><td>密码</td><td><input type="password"></td></tr></table></form>';
    const poll = '<form><p>调查：你如何看待这件事？</p><label><input type="radio" name="v">支持</label><label><input type="radio" name="v">反对</label></form>';
    const text = cleaned(`${ARTICLE}${login}${poll}`);
    expect(text).toContain('滴水不漏');
    expect(text).not.toMatch(/尚未登录|调查|支持/);
    const wrapped = `<form action="page.aspx"><input type="hidden" name="__VIEWSTATE"><input type="text" name="q">${ARTICLE.repeat(20)}</form>`;
    expect(cleaned(wrapped)).toContain('滴水不漏');
    const shortStory = `<form action="page.aspx"><input type="search" name="q"><p>${'这是一篇很短的新闻，只有几句话。'.repeat(6)}</p></form>`;
    expect(cleaned(shortStory)).toContain('很短的新闻');
    expect(cleaned(`<form>${ARTICLE}<input type="hidden" name="t"></form>`)).toContain('滴水不漏');
  });

  it('leaves forms to the article pass, which knows them after Readability has deleted their controls', () => {
    const doc = documentFrom(`<body><div>${ARTICLE}<form><p>请输入您的用户名</p><input name="u"></form></div></body>`);
    removeFurniture(doc.body, 'page');
    expect(doc.body.textContent).toContain('请输入您的用户名');
    for (const input of doc.querySelectorAll('input')) input.remove();
    removeFurniture(doc.body);
    expect(doc.body.textContent).not.toContain('请输入您的用户名');
  });

  it('removes copyright and disclaimer notices', () => {
    const text = cleaned(
      `${ARTICLE}<div>版权声明：本文由网络收集，如需转载请注明出处。</div><p>免责声明: 仅供参考</p>` +
        '<p>【免责声明】本文仅代表作者本人观点，与本站无关。请读者仅作参考，并请自行承担全部责任。</p>',
    );
    expect(text).toContain('滴水不漏');
    expect(text).not.toMatch(/版权声明|免责声明|仅代表作者/);
  });

  it('removes newsletter sign-up boxes and the author’s bio by class, and follow-us lines by wording', () => {
    const story = '<p>The agency said on Monday that its researchers had examined how hibernation would affect the design of a crewed mission to Mars.</p>';
    const text = cleaned(
      `${story}<div class="article-body__newsletter"><h2>Breaking News Emails</h2><p>Get alerts and special reports, delivered weekday mornings.</p></div>` +
        '<div class="entry-author-bio"><p>Ann Lee joined the magazine in 2017. She has reported on energy since 2009.</p></div>' +
        '<p>Follow Newsbeat on Instagram, Facebook and YouTube.</p><p>Follow @BGRDeals on Twitter to keep up with the latest deals.</p>',
    );
    expect(text).toContain('crewed mission to Mars');
    expect(text).not.toMatch(/Breaking News Emails|weekday mornings|joined the magazine|Newsbeat|BGRDeals/);
    const biography = `<div class="bio"><p>${'She was born in 1902 in a village by the sea, and wrote about it all her life. '.repeat(12)}</p></div>`;
    expect(cleaned(biography)).toContain('born in 1902');
    expect(cleaned('<p>Follow the money, and you will find that the deal was signed on Twitter’s own terms, not on ours.</p>')).toContain('Follow the money');
  });

  it('removes share bars, by wording and by class', () => {
    const text = cleaned(`${ARTICLE}<div>分享给朋友：<a href="#">微信</a></div><div class="social-share"><a>Weibo</a><a>QQ</a></div>`);
    expect(text).not.toMatch(/分享给朋友|Weibo/);
  });

  it('removes a related-articles heading and the list after it, but not the article before it', () => {
    const text = cleaned(`${ARTICLE}<h3>相关文章</h3><ul><li><a>另一篇新闻</a><p>摘要很长的一段文字，摘要很长的一段文字。</p></li></ul><div class="item">再一篇</div>`);
    expect(text).toContain('滴水不漏');
    expect(text).not.toMatch(/相关文章|另一篇新闻|再一篇/);
  });

  it('stops a related list at the story when the links open the article container', () => {
    const story = '人民网北京1月11日电（记者 王某）今天，戊型肝炎疫苗获得新药证书新闻发布会在北京举行。由厦门大学和企业联合研制的疫苗获得国家一类新药证书和生产文号，成为世界上第一个用于预防戊型肝炎的疫苗。';
    const text = cleaned(
      `<div id="p_content"><b>■相关链接：</b><br><a href="/1">・国际药企盯上中国疫苗</a><br><a href="/2">・谁适宜接种疫苗</a><br><br>${story}<br><br>${story}</div>`,
    );
    expect(text).not.toMatch(/相关链接|国际药企|谁适宜/);
    expect(text).toContain('人民网北京1月11日电');
  });

  it('removes WeChat / QR-code promotions and 责任编辑 lines', () => {
    const text = cleaned(
      `${ARTICLE}<div><h4>张三微信号</h4><p>招商热线: 400 000 000</p><p>长按/扫一扫加微信</p></div><p>香港新浪科技正式登陸Facebook專頁，天天送上第一手新聞！</p><p>我們也開了Google plus page,如有Google plus account的你,也可follow 我們吧!</p><p>责任编辑：李四</p><p>扫码关注公众号，获取更多资讯</p>`,
    );
    expect(text).toContain('滴水不漏');
    expect(text).not.toMatch(/微信号|招商热线|扫一扫|责任编辑|公众号|Facebook|Google/);
  });

  it('removes view counters, breadcrumbs and the post-meta line', () => {
    const text = cleaned(`<div>当前位置：<a>首页</a> &gt; 新闻</div><div><span>admin</span><span>1年前 (2024-09-27)</span><span>44</span></div><span>阅读 1,024</span><p>您是本文第 154 个阅览者</p><p>(本文发表于首页, 已被阅读178次)</p>${ARTICLE}`);
    expect(text.trim()).toBe('疫情防控要做到滴水不漏，细节管控至关重要。社区管理和服务工作小组组长深有体会，他忙得不可开交。');
  });

  it('keeps article paragraphs that merely mention WeChat, dates or sharing', () => {
    const paragraphs = [
      '<p>他在微信公众号上发布了通知。</p>',
      '<p>他在微信群里告诉大家，2024-09-27 之前必须完成全部核酸检测采样工作。居民们纷纷响应。</p>',
      '<p>分享经验时，她说：“我们这群老同志和所有年轻人都朝着同一个目标努力着。”</p>',
      '<p>The company said on 2024-09-27 that it would share more details. Analysts expect growth.</p>',
    ];
    const text = cleaned(paragraphs.join(''));
    expect(text).toContain('微信公众号上发布');
    expect(text).toContain('微信群');
    expect(text).toContain('分享经验');
    expect(text).toContain('Analysts expect growth');
  });

  it('judges a line, not the container that starts with it', () => {
    const text = cleaned('<div>当前位置：首页</div><p>短新闻：今天下午，市政府召开会议。</p>');
    expect(text).toContain('短新闻');
    expect(cleaned('<div><strong>版权声明</strong>：本文来源于网络。</div><p>正文内容在这里。</p>')).toBe('正文内容在这里。');
  });

  it('never removes the block holding the headline', () => {
    const doc = documentFrom('<body><div class="share-wrapper"><h1>标题</h1><p>正文</p></div></body>');
    removeFurniture(doc.body);
    expect(doc.querySelector('h1')?.textContent).toBe('标题');
  });

  it('removes standing notices line by line: reprint terms, disclaimers, feedback invitations', () => {
    const text = cleaned(
      `${ARTICLE}<p>声明：</p><p>• 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。</p>` +
        '<p>(內容由示例北京提供。未經授權，不得轉載。)</p><p>如果你对财经频道有任何意见或建议，请到交流平台反馈。</p>' +
        '<p>This website uses cookies to improve your experience.</p><p>© 2024 Example Media. All rights reserved.</p>',
    );
    expect(text).toBe('疫情防控要做到滴水不漏，细节管控至关重要。社区管理和服务工作小组组长深有体会，他忙得不可开交。');
  });

  it('keeps an article paragraph that discusses reprinting at length', () => {
    const paragraph =
      '<p>法院审理认为，被告未经授权转载原告的作品，侵犯了原告的信息网络传播权。判决被告赔偿经济损失。被告不服，提起上诉。二审法院维持原判。</p>';
    expect(cleaned(paragraph)).toContain('法院审理认为');
  });

  it('removes page controls: print, share, font size, votes, ratings, loading notes, gallery counters', () => {
    const controls = ["'正在加载中...'", '圖片 1 / 2', 'Image 3 of 12', '字号：T|T', '[打印]', '转发|收藏|评论', '复制收藏', '欢迎发表评论 我要评论', '给力(0票)', '请您对该文章评分：', 'Comments', 'Skip to content', 'Advert', 'Share | Tweet | Email', '【打印本页】【复制地址】【新闻订阅】', '最大字型 最小字型 轉寄(12) 引用(2)', '分享工具', '放大圖片', '复制成功，按CTRL+V发送给好友、论坛或博客。'];
    const text = cleaned(`${controls.map((line) => `<div>${line}</div>`).join('')}${ARTICLE}`);
    expect(text).toBe('疫情防控要做到滴水不漏，细节管控至关重要。社区管理和服务工作小组组长深有体会，他忙得不可开交。');
  });

  it('never touches code, however much a line of it looks like a control', () => {
    const code = '<pre><code><span>console</span>.log(headers.has("Set-Cookie")); <span class="c">// false</span>\n<span>print</span>(json.photos.<span>of</span>)</code></pre>';
    const text = cleaned(`${ARTICLE}${code}<p>Share | Tweet</p>`);
    expect(text).toContain('// false');
    expect(text).toContain('print(json.photos.of)');
    expect(text).not.toContain('Tweet');
  });

  it('keeps a data table whatever its cells hold: dates, counts, words that are controls elsewhere', () => {
    const table = '<table><tr><th>日期</th><th>事项</th></tr><tr><td>2024-09-27</td><td>分享</td></tr><tr><td>2024年10月8日</td><td>阅读 1234</td></tr></table>';
    const text = cleaned(`${ARTICLE}${table}`);
    for (const cell of ['日期', '2024-09-27', '分享', '2024年10月8日', '阅读 1234']) expect(text).toContain(cell);
    const small = '<table><caption>Results</caption><tr><td>Sep 27, 2024</td><td>12 views</td></tr></table>';
    expect(cleaned(`${ARTICLE}${small}`)).toContain('Sep 27, 2024');
  });

  it('judges a layout table row by row, as the lines it shows, even around a data table', () => {
    const data = '<table><tr><th>指标</th><th>数值</th></tr><tr><td>确诊</td><td>12</td></tr></table>';
    const layout = `<table><tr><td>${ARTICLE}${data}</td></tr><tr><td>2011-12-15 10:30</td><td>浏览：44</td></tr><tr><td>责任编辑：王小明</td></tr></table>`;
    const text = cleaned(layout);
    expect(text).toContain('滴水不漏');
    expect(text).toContain('确诊');
    expect(text).not.toMatch(/2011-12-15|浏览|王小明/);
  });

  it('keeps control words inside a sentence, and removes them on a line of their own', () => {
    const sentence = '<p>To save the page, click the <b>Print</b> button, then choose <em><b>Share</b></em> in the menu. 点击<strong>分享</strong>按钮即可。</p>';
    expect(cleaned(`${ARTICLE}${sentence}`)).toContain('click the Print button, then choose Share in the menu. 点击分享按钮即可。');
    const mention = '<p>记者在<strong>相关新闻</strong>发布会上获悉，新的防疫措施将于下周实施。</p>';
    expect(cleaned(`${ARTICLE}${mention}`)).toContain('记者在相关新闻发布会上获悉，新的防疫措施将于下周实施。');
    const reference = '<li>"Freeing the Source". Open Sources. Retrieved <span class="date">2016-05-01</span>.</li>';
    expect(cleaned(`${ARTICLE}<ol>${reference}</ol>`)).toContain('Retrieved 2016-05-01.');
    const lines = `<p>${'疫情防控要做到滴水不漏。'.repeat(3)}<br><span>责任编辑：王小明</span><br><a href="/p">【打印】</a> | <a href="/c">【关闭】</a></p>`;
    const text = cleaned(lines);
    expect(text).toContain('滴水不漏');
    expect(text).not.toMatch(/王小明|打印|关闭/);
  });

  it('keeps short lines that only resemble controls', () => {
    const text = cleaned('<p>大中小企业</p><p>Print media is changing.</p><p>Photos of the year</p>');
    expect(text).toContain('大中小企业');
    expect(text).toContain('Photos of the year');
    expect(text).toContain('Print media is changing.');
  });

  it('removes decorated related headings with their lists, in Chinese and English', () => {
    for (const heading of ['More News from Sci-Tech', 'Tags', '■相关链接：', '※相關新聞》', '没有相关新闻', '更多相关搜索：', '----- 地方新闻精选 -----', '更多关于', 'More Great Example Stories', "DON'T MISS", 'You may also like...']) {
      const text = cleaned(`${ARTICLE}<h3>${heading}</h3><ul><li><a>另一篇新闻</a></li></ul>`);
      expect(text, heading).not.toContain('另一篇新闻');
      expect(text, heading).toContain('滴水不漏');
    }
  });

  it('removes teasers cut short before their details link, but keeps a paragraph that links to more', () => {
    const own = '<p>在年度最佳新人奖中，五位运动员获得提名，评选结果将于下月揭晓。<a href="/more">【详细】</a></p>';
    const teaser = '<p><a>【代表做客演播室：让青年人都有自己温暖的家】</a>“单位里的很多年轻人 ...... <a>[详情]</a></p>';
    const text = cleaned(`${ARTICLE}${own}${teaser}`);
    expect(text).toContain('五位运动员获得提名');
    expect(text).not.toContain('温暖的家');
  });

  it('removes one-line teasers, keyword lines and dated post-meta lines in English', () => {
    const text = cleaned(
      `<p>Posted: Fri 6:45 PM, Feb 16, 2018 |</p><p>Nov. 20, 2019, 9:28 AM UTC</p>${ARTICLE}` +
        '<p>SEE MORE: Hong Kong protests: students under siege</p><p>[Related: Dreamforce keynote]</p><p>關鍵字: 開刀 微創手術</p>' +
        '<p>Image 1 of / 9</p><p>Caption</p><p>Report Error</p>' +
        '<p>Citation: Hibernating astronauts (2019, November 18) retrieved 20 November 2019 from https://example.org/news/1.html</p>' +
        '<p>This document is subject to copyright. No part may be reproduced without the written permission.</p>',
    );
    expect(text).toBe('疫情防控要做到滴水不漏，细节管控至关重要。社区管理和服务工作小组组长深有体会，他忙得不可开交。');
  });

  describe('side columns taken in with the story', () => {
    // A short story: none of its paragraphs is long enough to count as prose on its own.
    const story = '<div class="left"><p>美联储宣布，11月美国的工业产出环比下降0.2%，主要与汽车产出下降有关。</p><p>11月的产能利用率降至77.8%，略低于10月的78.0%。</p><p>0.2%的跌幅超出市场普遍预期。</p></div>';
    const ranking = Array.from({ length: 8 }, (_, i) => `<li><a href="/n/${i}">第${i + 1}条排行新闻的标题在这里</a></li>`).join('');
    const quotes = '<table><tr><th>股票名称</th><th>涨跌幅</th><th>净流入</th></tr><tr><td><a href="/s/1">北方导航</a></td><td>8.14%</td><td>14898万元</td></tr></table>';
    const column = (cls: string) => `<div class="${cls}"><h4>频道推荐</h4><ul>${ranking}</ul>${quotes}</div>`;

    it('removes a column named as a side column that holds only links, lists and quotes', () => {
      for (const cls of ['right', 'rightCon', 'side_box', 'sidebar-widgets']) {
        const text = cleaned(`<div class="main">${story}${column(cls)}</div>`);
        expect(text, cls).toContain('产能利用率');
        expect(text, cls).not.toMatch(/排行新闻|北方导航/);
      }
    });

    it('keeps a column floated right by a utility class, and any column that reads as text', () => {
      expect(cleaned(`<div class="main">${story}${column('pull-right')}</div>`)).toContain('排行新闻');
      const prose = `<p>${'这一栏是文章的正文，写得很长，讲的是一件完整的事情，读者要从头读到尾。'.repeat(3)}</p>`;
      expect(cleaned(`<div class="main">${story}<div class="right">${prose}<ul>${ranking}</ul></div></div>`)).toContain('文章的正文');
      const sidenote = '<aside class="sidenote">作者注：文中数据来自统计局，<a href="/data">原始表格</a>见附录。</aside>';
      expect(cleaned(`<div class="main">${story}${sidenote}</div>`)).toContain('作者注');
    });

    it('keeps a side column that is all the page has', () => {
      expect(cleaned(column('right'))).toContain('排行新闻');
    });
  });
});
