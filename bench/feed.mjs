/**
 * The benchmark's feeds: deterministic native documents of n releases, newest first, with text of
 * the lengths the press service writes (a 70–140 character title and a 150–400 character summary
 * in English and Russian, an HTML body of one to four paragraphs on about a third of releases,
 * tags, member states, an event on every tenth), and both date formats of the contract.
 * The test endpoint's generator (tests/server/endpoint-plugin.mjs) writes one-line texts, which
 * would flatter every renderer alike; this one costs what real releases cost.
 */

const EN_WORDS = (
  'the collective security treaty organization secretary general member states joint staff ' +
  'council of foreign ministers defence training exercise peacekeeping forces rapid reaction ' +
  'delegation meeting Minsk Moscow Yerevan Astana Bishkek Dushanbe cooperation border ' +
  'security counter terrorism drug trafficking cyber threats crisis response parliamentary ' +
  'assembly headquarters consultations agreement protocol statement press service regional ' +
  'stability military political interaction partnership strategy emergency units'
).split(' ');

const RU_WORDS = (
  'организация договора о коллективной безопасности генеральный секретарь государства члены ' +
  'объединённый штаб совет министров иностранных дел обороны учение миротворческие силы ' +
  'оперативного реагирования делегация встреча Минск Москва Ереван Астана Бишкек Душанбе ' +
  'сотрудничество граница безопасность противодействие терроризму наркотрафику киберугрозам ' +
  'кризисное реагирование парламентская ассамблея штаб консультации соглашение протокол ' +
  'заявление пресс служба региональная стабильность военно политическое взаимодействие'
).split(' ');

const TAGS = ['training', 'consultations', 'briefing', 'anniversary', 'peacekeeping', 'council', 'cyber'];
const STATES = ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'];
const DAY_MS = 86_400_000;
// The newest release is dated here; each older one is half a day to two days before it.
const NEWEST = Date.UTC(2025, 5, 30, 9, 0);

/** mulberry32: a small seeded generator, so every run serves the same bytes. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** Sentences of dictionary words, at most `length` characters long (cut at a word). */
function prose(random, words, length) {
  let text = '';
  while (text.length < length) {
    const count = 8 + Math.floor(random() * 12);
    const sentence = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
    text += `${text ? ' ' : ''}${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
  }
  if (text.length <= length) return text;
  return `${text.slice(0, text.lastIndexOf(' ', length)).replace(/\.$/, '')}.`;
}

const between = (random, min, max) => min + Math.floor(random() * (max - min + 1));

function release(random, number, date) {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const dateKind = number % 5;
  const item = {
    id: `release-${number}`,
    title: {
      en: prose(random, EN_WORDS, between(random, 70, 140)),
      ru: prose(random, RU_WORDS, between(random, 70, 140)),
    },
    // DD.MM.YYYY as the source site writes it, ISO days, and now and then an ISO instant.
    date:
      dateKind === 0
        ? `${day}T${pad(date.getUTCHours())}:30:00+03:00`
        : dateKind % 2
          ? `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`
          : day,
    summary: {
      en: prose(random, EN_WORDS, between(random, 150, 400)),
      ru: prose(random, RU_WORDS, between(random, 150, 400)),
    },
    url: `https://odkb-csto.org/news/news_odkb/release-${number}/`,
    tags: TAGS.filter(() => random() < 0.2),
    memberStates: STATES.filter(() => random() < 0.3),
  };
  if (random() < 0.33) {
    const paragraphs = between(random, 1, 4);
    item.body = {
      en: Array.from({ length: paragraphs }, () => `<p>${prose(random, EN_WORDS, between(random, 200, 600))}</p>`).join(
        '',
      ),
    };
  }
  if (number % 10 === 0) {
    item.event = {
      name: { en: prose(random, EN_WORDS, 40), ru: prose(random, RU_WORDS, 40) },
      kind: 'exercise',
      start: day,
      end: new Date(date.getTime() + 3 * DAY_MS).toISOString().slice(0, 10),
      location: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
      memberStates: ['KG', 'RU'],
    };
  }
  return item;
}

/**
 * A native feed document of `n` releases, newest first; the same `n` always gives the same document.
 * @param {number} n
 * @returns {{ releases: object[] }}
 */
export function generateFeed(n) {
  const random = seeded(n);
  const releases = [];
  let time = NEWEST;
  for (let index = 0; index < n; index++) {
    releases.push(release(random, n - index, new Date(time)));
    time -= Math.round((0.5 + random() * 1.5) * DAY_MS);
  }
  return { releases };
}
