import { describe, expect, it } from 'vitest';
import { inlineSpans, plainText } from '../../shared/text/light-markdown.ts';

describe('light Markdown inline spans', () => {
  it('reads bold, italics and links, and leaves the rest as text', () => {
    expect(inlineSpans('Only **42%** were *ready*; see [the plan](https://example.org/plan).')).toEqual([
      { text: 'Only ' },
      { text: '42%', strong: true },
      { text: ' were ' },
      { text: 'ready', em: true },
      { text: '; see ' },
      { text: 'the plan', href: 'https://example.org/plan' },
      { text: '.' },
    ]);
    expect(inlineSpans('__strong__ and _em_')).toEqual([{ text: 'strong', strong: true }, { text: ' and ' }, { text: 'em', em: true }]);
  });

  it('nests italics inside bold and a link inside bold', () => {
    expect(inlineSpans('**all *five* schools**')).toEqual([
      { text: 'all ', strong: true },
      { text: 'five', strong: true, em: true },
      { text: ' schools', strong: true },
    ]);
  });

  it('keeps stray markers, arithmetic and snake_case words as they were typed', () => {
    for (const text of ['2 * 3 * 4', 'a ** b', '**unclosed', 'file_name_here', '5*', '[label](javascript:alert(1))']) {
      expect(plainText(inlineSpans(text)), text).toBe(text);
    }
    expect(inlineSpans('[label](javascript:alert(1))').some((s) => s.href)).toBe(false);
  });

  it('gives the text without its markers', () => {
    expect(plainText(inlineSpans('**Bold** and *it*'))).toBe('Bold and it');
  });
});
