import type { Locale } from './locales';

/**
 * Every string the templates show. Japanese is the reference; TypeScript refuses an English
 * dictionary that lacks a key or has one the Japanese lacks.
 */
const ja = {
  'site.name': '川崎市 × BioM ライフサイエンス交流',
  'site.tagline': '川崎市とBioM（ドイツ・ミュンヘン）の経済交流に関する覚書',
  'skip.link': '本文へ移動',
  'nav.label': 'サイト内',
  'nav.home': 'お知らせ',
  'nav.mou': '覚書の内容',
  'nav.ceremony': '締結式',
  'nav.partners': 'パートナー',
  'nav.business': '企業の方へ',
  'lang.switch': 'English',
  'lang.switchLabel': 'English page',
  'footer.partners': 'パートナー',
  'footer.source':
    '出典：川崎市の発表「川崎市とドイツ・ミュンヘンのバイオクラスターマネジメントBioMとのライフサイエンス分野を中心とした経済交流に関する覚書を更新しました」。',
  'footer.translation': '英語版は当サイトによる翻訳です。',
  'home.facts': '概要',
  'home.fact.signed': '覚書の締結',
  'home.fact.renewed': '覚書の更新',
  'home.fact.term': '有効期間',
  'home.fact.ceremony': '締結式',
  'home.timeline': '経緯',
  'home.timeline.signed': '川崎市とBioMが覚書を締結',
  'home.timeline.renewed': '覚書を更新',
  'home.timeline.ceremony': '川崎市がバイエルン州を訪問し、締結式を実施',
  'home.more': 'さらに詳しく',
  'home.more.mou': '覚書の目的、同意事項（11項目）と有効期間',
  'home.more.ceremony': '締結式の写真と参加者',
  'home.more.partners': '川崎市とBioMの紹介とロゴ',
  'home.more.business': 'この覚書が企業にもたらす機会',
  'mou.section': '第{n}項',
  'mou.purpose': '目的',
  'mou.item': '同意事項',
  'mou.copyLink': 'この条項へのリンク',
  'mou.copyLinkOf': '{label}へのリンク',
  'mou.toc': 'この覚書の構成',
  'ceremony.participants': '写真の人物（左から）',
  'ceremony.standIn': '仮画像：実際の写真に差し替え予定です。',
  'ceremony.rolesNote': '役職名は原文（英語）に基づく当サイトの参考訳です。',
  'partners.visit': '公式ホームページ',
  'partners.item7':
    'このページは、覚書の同意事項(7)「両者は各々のホームページで相手方のロゴを用いてパートナー地域の宣伝を行う」に基づき、両者のロゴを掲載しています。',
  'partners.item7Link': '同意事項(7)を読む',
  'partners.standIn': 'ロゴは仮画像です。実際のロゴに差し替え予定です。',
  'business.intro':
    'この覚書は、川崎市とバイエルン州の企業に次のような機会を開いています。各項目は覚書の条項に基づきます。',
  'business.clause': '根拠：同意事項({n})',
  'business.contact': 'お問い合わせ',
  'business.contactText': 'お問い合わせは、各パートナーの公式ホームページからお願いします。',
  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'お探しのページは移動したか、削除された可能性があります。',
  'notFound.home': 'トップページへ',
  'date.yearMonth': '{y}年{m}月',
  'date.full': '{y}年{m}月{d}日',
  'date.year': '{y}年',
  'news.heading': 'お知らせ',
} as const;

export type UIKey = keyof typeof ja;
type Dictionary = Record<UIKey, string>;

const en = {
  'site.name': 'Kawasaki × BioM Life-Science Exchange',
  'site.tagline': 'The memorandum of understanding between the City of Kawasaki and BioM, Munich',
  'skip.link': 'Skip to main content',
  'nav.label': 'Site',
  'nav.home': 'Announcement',
  'nav.mou': 'The MoU',
  'nav.ceremony': 'Signing ceremony',
  'nav.partners': 'Partners',
  'nav.business': 'For companies',
  'lang.switch': '日本語',
  'lang.switchLabel': '日本語のページ',
  'footer.partners': 'Partners',
  'footer.source':
    'Source: the City of Kawasaki’s announcement of the renewal of its memorandum of understanding with BioM (in Japanese).',
  'footer.translation': 'The English pages are this site’s translation of the Japanese original.',
  'home.facts': 'At a glance',
  'home.fact.signed': 'MoU signed',
  'home.fact.renewed': 'MoU renewed',
  'home.fact.term': 'Term',
  'home.fact.ceremony': 'Signing ceremony',
  'home.timeline': 'Timeline',
  'home.timeline.signed': 'The City of Kawasaki and BioM conclude the memorandum',
  'home.timeline.renewed': 'The memorandum is renewed',
  'home.timeline.ceremony': 'Kawasaki visits Bavaria; signing ceremony',
  'home.more': 'Read more',
  'home.more.mou': 'Purposes, the eleven agreed items and the term',
  'home.more.ceremony': 'Photos and participants of the signing ceremony',
  'home.more.partners': 'The City of Kawasaki and BioM, with their logos',
  'home.more.business': 'What the memorandum offers companies',
  'mou.section': 'Section {n}',
  'mou.purpose': 'Purpose',
  'mou.item': 'Agreed item',
  'mou.copyLink': 'Link to this clause',
  'mou.copyLinkOf': 'Link to {label}',
  'mou.toc': 'Sections of the memorandum',
  'ceremony.participants': 'In the photo (from left)',
  'ceremony.standIn': 'Stand-in image: the real photo will replace it.',
  'ceremony.rolesNote': 'Roles as published with the photos.',
  'partners.visit': 'Official website',
  'partners.item7':
    'This page shows both partners’ logos as agreed item (7) of the memorandum requires: “Both parties agree to promote the partner region on their respective websites using the other party’s logo.”',
  'partners.item7Link': 'Read agreed item (7)',
  'partners.standIn': 'The logos are stand-ins until the real files replace them.',
  'business.intro':
    'The memorandum opens these opportunities to companies in Kawasaki and Bavaria. Each rests on a clause of the memorandum.',
  'business.clause': 'Based on agreed item ({n})',
  'business.contact': 'Contact',
  'business.contactText': 'Please contact the partners through their official websites.',
  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for may have moved or been removed.',
  'notFound.home': 'Go to the home page',
  'date.yearMonth': '{m} {y}',
  'date.full': '{d} {m} {y}',
  'date.year': '{y}',
  'news.heading': 'News',
} as const satisfies Dictionary;

export const ui: Record<Locale, Dictionary> = { ja: ja satisfies Dictionary, en };

/** A translator for one locale: t('nav.home'), t('mou.section', { n: 2 }). */
export function useTranslations(locale: Locale) {
  return (key: UIKey, values: Record<string, string | number> = {}) =>
    ui[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return String(values[name]);
    });
}
