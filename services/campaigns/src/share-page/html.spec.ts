import { escapeHtml, html } from './html.js';

describe('html', () => {
  it('escapes interpolated text', () => {
    expect(html`<p title="${'"x"'}">${'<b>&'}</p>`.html).toBe('<p title="&quot;x&quot;">&lt;b&gt;&amp;</p>');
  });

  it('keeps nested markup', () => {
    expect(html`<div>${html`<i>${"'"}</i>`}</div>`.html).toBe('<div><i>&#39;</i></div>');
  });

  it('joins lists and drops empties', () => {
    expect(html`${['a', 'b']}${null}${false}`.html).toBe('ab');
  });

  it('escapes all five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
