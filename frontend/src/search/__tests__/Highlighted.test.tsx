import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeEntities, Highlighted, snippetParts, snippetText } from '../Highlighted';

describe('highlight snippets', () => {
  it('splits a snippet into marked and plain runs', () => {
    expect(snippetParts('<mark>呼叫</mark>中心外包服务 <mark>Call</mark> Centre')).toEqual([
      { text: '呼叫', marked: true },
      { text: '中心外包服务 ', marked: false },
      { text: 'Call', marked: true },
      { text: ' Centre', marked: false },
    ]);
  });

  it('decodes the escaped text once, so escaped markup stays text', () => {
    expect(
      snippetParts('a &lt;b&gt; &amp;amp; &quot;c&quot; &#39;d&#39; &#x4e2d;&#25991;'),
    ).toEqual([{ text: 'a <b> &amp; "c" \'d\' 中文', marked: false }]);
    expect(decodeEntities('&lt;mark&gt;')).toBe('<mark>');
    expect(decodeEntities('&#0; &#xD800; &unknown; &amp')).toBe('&#0; &#xD800; &unknown; &amp');
  });

  it('copes with unbalanced, repeated, empty and differently cased tags', () => {
    expect(snippetParts('a</mark>b<MARK>c<mark>d</Mark><mark></mark>e<mark>f')).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
    expect(snippetParts('')).toEqual([]);
    expect(snippetText('<mark>呼叫</mark>中心 &amp; 外包')).toBe('呼叫中心 & 外包');
  });

  it('renders marks as elements and everything else as text, never as markup', () => {
    const hostile =
      '<mark>呼叫</mark>&lt;img src=x onerror=alert(1)&gt;<script>alert(2)</script>' +
      '<img src=y onerror=alert(3)><mark><b>粗</b></mark>';
    const { container } = render(
      <p>
        <Highlighted snippet={hostile} />
      </p>,
    );

    expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['呼叫', '<b>粗</b>']);
    expect(container.textContent).toBe(
      '呼叫<img src=x onerror=alert(1)><script>alert(2)</script><img src=y onerror=alert(3)><b>粗</b>',
    );
  });

  it('shows the fallback when there is no snippet', () => {
    const { container } = render(
      <p>
        <Highlighted snippet={undefined} fallback="无标题" />
      </p>,
    );
    expect(container.textContent).toBe('无标题');
    expect(container.querySelector('mark')).toBeNull();
  });
});
