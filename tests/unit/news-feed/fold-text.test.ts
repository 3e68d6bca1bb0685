import { describe, expect, it } from 'vitest';
import { foldText, foldWords } from '../../../src/components/news-feed/fold-text.js';

describe('foldText', () => {
  it.each([
    // case and Latin diacritics
    ['CSTO Secretary General', 'csto secretary general'],
    ['Café Zürich Ñandú', 'cafe zurich nandu'],
    ['Straße', 'strasse'],
    // Russian: ё = е, й kept apart from и
    ['Объединённого штаба', 'объединенного штаба'],
    ['ЁЛКА', 'елка'],
    ['Мой', 'мой'],
    ['Йошкар-Ола', 'йошкар ола'],
    // Kazakh, Kyrgyz, Tajik, Belarusian letters fold to the Russian letter read the same way
    ['Қазақстан', 'казакстан'],
    ['Әскери ұйым', 'аскери уйым'],
    ['Ғылым Һәм Өңір Үй', 'гылым хам онир уй'],
    ['Кыргыз Республикасы', 'кыргыз республикасы'],
    ['Ҷумҳурии Тоҷикистон', 'чумхурии точикистон'],
    ['Зӯр Сӣ', 'зур си'],
    ['Рэспубліка Беларусь, ўзровень', 'рэспублика беларусь узровень'],
    // an apostrophe and a soft hyphen are inside a word, not between two
    ['аб’ява сум\u00adмит', 'абява суммит'],
    // Armenian: case, the ligature և, in-word emphasis and question marks
    ['ՀԱՅԱՍՏԱՆ', 'հայաստան'],
    ['Երևան', 'երեւան'],
    ['ինչո՞ւ', 'ինչու'],
    // punctuation and space
    ['  «Взаимодействие-2024»:  учения!  ', 'взаимодействие 2024 учения'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds a query and a text the same way', () => {
    expect(foldWords('объединенного')).toEqual(foldWords('ОБЪЕДИНЁННОГО'));
    expect(foldWords('Ереван')).toEqual(['ереван']);
  });
});
