import { escapeHtml, html, humanize, jsonForScript, SafeHtml } from './html-template';

describe('html template', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes interpolated values but keeps nested templates as markup', () => {
    const name = '<script>alert(1)</script>';
    const inner = html`<em>${name}</em>`;
    expect(html`<p title="${name}">${inner}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;"><em>&lt;script&gt;alert(1)&lt;/script&gt;</em></p>',
    );
  });

  it('renders arrays in order and leaves out null, undefined and false', () => {
    expect(html`<ul>${['a&b', html`<li>x</li>`]}${null}${undefined}${false}</ul>`.value).toBe('<ul>a&amp;b<li>x</li></ul>');
  });

  it('renders numbers and true as text', () => {
    expect(html`${0} ${42} ${true}`.value).toBe('0 42 true');
  });

  it('keeps JSON inside a script element from closing it', () => {
    const json = jsonForScript({ name: '</script><b>&' });
    expect(json).toBeInstanceOf(SafeHtml);
    expect(json.value).not.toMatch(/[<>&]/);
    expect(JSON.parse(json.value)).toEqual({ name: '</script><b>&' });
  });

  it('turns identifiers into labels', () => {
    expect(humanize('training-of-trainers')).toBe('Training of trainers');
    expect(humanize('peopleTrained')).toBe('People trained');
  });
});
