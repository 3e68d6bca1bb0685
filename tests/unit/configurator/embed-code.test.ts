import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, stateFromQuery, stateToQuery, type BuilderState } from '../../../configurator/builder-state.js';
import { AA_TEXT, composite, contrastRatio, parseColor } from '../../../configurator/contrast.js';
import { attributeOptions, type Manifest } from '../../../configurator/element-options.js';
import {
  chosenAttributes,
  elementMarkup,
  embedSnippets,
  scriptTag,
  themeCss,
} from '../../../configurator/embed-code.js';

const MANIFEST: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'news-feed',
          customElement: true,
          attributes: [
            { name: 'src', type: { text: 'string | undefined' } },
            { name: 'limit', type: { text: 'number' }, default: '10', description: 'How many.' },
            { name: 'expand', type: { text: 'boolean' }, default: 'false' },
            { name: 'layout', type: { text: "'card' | 'compact'" }, default: "'card'" },
            { name: 'tag', type: { text: 'string' }, default: "''" },
            { name: 'lang', type: { text: 'string' }, default: "''" },
          ],
        },
      ],
    },
  ],
};

describe('attributeOptions: controls from the manifest', () => {
  it('reads kinds, choices and defaults as attribute values', () => {
    const options = attributeOptions(MANIFEST, 'news-feed');
    expect(options.map(({ name, kind, default: value }) => [name, kind, value])).toEqual([
      ['src', 'text', ''],
      ['limit', 'number', '10'],
      ['expand', 'boolean', ''],
      ['layout', 'choice', 'card'],
      ['tag', 'text', ''],
      ['lang', 'text', ''],
    ]);
    expect(options.find((option) => option.name === 'layout')!.choices).toEqual(['card', 'compact']);
    expect(attributeOptions(MANIFEST, 'no-such-element')).toEqual([]);
  });
});

describe('embed code', () => {
  const options = attributeOptions(MANIFEST, 'news-feed');

  it('writes only the attributes that differ from their defaults, src first and lang last', () => {
    const chosen = chosenAttributes(options, {
      lang: 'ru',
      limit: '10',
      layout: 'compact',
      expand: 'true',
      tag: '',
      src: 'https://press.example/feed.json',
    });
    expect(elementMarkup('news-feed', chosen)).toBe(
      '<news-feed src="https://press.example/feed.json" expand layout="compact" lang="ru"></news-feed>',
    );
  });

  it('escapes attribute values', () => {
    const chosen = chosenAttributes(options, { src: 'https://x.example/?a=1&b="2"<' });
    expect(elementMarkup('news-feed', chosen)).toBe(
      '<news-feed src="https://x.example/?a=1&amp;b=&quot;2&quot;&lt;"></news-feed>',
    );
  });

  it('pins the script to its version with its integrity hash', () => {
    expect(scriptTag({ version: '1.2.3', integrity: 'sha384-abc' })).toBe(
      '<script src="https://cdn.jsdelivr.net/npm/csto-widgets@1.2.3/dist/csto-widgets.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
    );
  });

  it('writes the theme as a rule for the tag, and nothing for the defaults', () => {
    expect(themeCss('news-feed', { accent: '#0b5cad', radius: '', font: '', surface: 'white' })).toBe(
      'news-feed {\n  --csto-accent: #0b5cad;\n  --csto-surface: white;\n}',
    );
    expect(themeCss('news-feed', DEFAULT_STATE.theme)).toBe('');
    expect(themeCss('news-feed', { ...DEFAULT_STATE.theme, accent: 'red;} body{x:y' })).toBe(
      'news-feed {\n  --csto-accent: red bodyx:y;\n}',
    );
  });

  it('binds numbers and flags as values in React and Vue, text as text', () => {
    const chosen = chosenAttributes(options, { src: 'https://press.example/f.json', limit: '5', expand: 'true' });
    const code = embedSnippets({ tag: 'news-feed', attributes: chosen, css: '', version: '1.0.0', integrity: '' });
    expect(code.react).toContain('<news-feed src="https://press.example/f.json" limit={5} expand={true} />');
    expect(code.vue).toContain('<news-feed src="https://press.example/f.json" :limit="5" :expand="true" />');
    expect(code.npm).toContain("import 'csto-widgets/news-feed';");
    expect(code.script).not.toContain('<style>');
  });
});

describe('builder state in the URL', () => {
  it('round-trips every choice', () => {
    const state: BuilderState = {
      src: 'https://press.example/feed.json?x=1&y=2',
      element: 'event-card',
      lang: 'ru',
      attributes: { 'release-id': 'rock-2024', 'heading-level': '2' },
      theme: { accent: '#0b5cad', radius: '1rem', font: '1em Georgia, serif', surface: '' },
      dark: true,
      width: 320,
      tab: 'vue',
      ui: 'ru',
    };
    expect(stateFromQuery(stateToQuery(state))).toEqual(state);
  });

  it('writes nothing for the defaults and falls back on what it does not know', () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe('');
    expect(stateFromQuery('?element=marquee&width=999&tab=php&ui=fr&dark=yes')).toEqual(DEFAULT_STATE);
  });
});

describe('contrast', () => {
  it('parses the colours canvases and computed styles write', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#00000080')!.a).toBeCloseTo(0.5, 2);
    expect(parseColor('rgba(10, 20, 30, 0.25)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('LinkText')).toBeUndefined();
  });

  it('gives the WCAG ratios: 21 for black on white, 4.5 at the AA line', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#767676')!, parseColor('#fff')!)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(parseColor('#777777')!, parseColor('#fff')!)).toBeLessThan(AA_TEXT);
  });

  it('composites a translucent colour over its background', () => {
    expect(composite(parseColor('rgba(0, 0, 0, 0.5)')!, parseColor('#fff')!)).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    });
  });
});
