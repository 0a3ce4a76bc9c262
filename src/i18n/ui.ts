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
  'mou.copied': 'リンクをコピーしました。',
  'ceremony.participants': '写真の人物（左から）',
  'ceremony.standIn': '仮画像：実際の写真に差し替え予定です。',
  'ceremony.rolesNote': '役職名は原文（英語）に基づく当サイトの参考訳です。',
  'partners.visit': '公式ホームページ',
  'partners.visitName': '{name}の公式ホームページ',
  'partners.item7':
    'このページは、覚書の同意事項(7)「両者は各々のホームページで相手方のロゴを用いてパートナー地域の宣伝を行う」に基づき、両者のロゴを掲載しています。',
  'partners.item7Link': '同意事項(7)を読む',
  'partners.standIn': 'ロゴは仮画像です。実際のロゴに差し替え予定です。',
  'business.intro':
    'この覚書は、川崎市とバイエルン州の企業に次のような機会を開いています。各項目は覚書の条項に基づきます。',
  'business.clause': '根拠：同意事項({n})',
  'business.contact': 'お問い合わせ',
  'business.contactText': 'お問い合わせは、各パートナーの公式ホームページからお願いします。',
  'partners.description': '覚書の両当事者、川崎市とBioMの紹介とロゴ。',
  'business.description': '川崎市とBioMの覚書が、川崎とバイエルンの企業にもたらす機会。',
  'business.4.title': 'パートナーへの直接の依頼',
  'business.4.text':
    '特定の企業の市場参入や連携への関心など、具体的な業務を川崎市またはBioMを通じて相手方に直接依頼できます。',
  'business.5.title': '国際展示会での面談',
  'business.5.text':
    '両者は少なくとも年に1回、BIO-Europe、BIO International、BioJapanなどで面談することを目標としています。',
  'business.8.title': '中小企業の市場参入',
  'business.8.text': '両地域の中小企業の市場参入を相互に促進します。',
  'business.9.title': 'イベントとミッション',
  'business.9.text': '両者がそれぞれ運営するバイオテクノロジー・医療技術関連のイベントや任務を促進します。',
  'business.10.title': '技術移転',
  'business.10.text': '各地域の企業と関係者の間の技術移転を開始します。',
  'business.11.title': '進出のための情報',
  'business.11.text':
    '企業の立ち上げの過程や技術的側面、ネットワーキング、技術移転、プロジェクト構築、特定の規制や現地の市場に関する情報を交換します。',
  'business.readClause': '覚書の同意事項({n})を読む',
  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'お探しのページは移動したか、削除された可能性があります。',
  'notFound.home': 'トップページへ',
  'date.yearMonth': '{y}年{m}月',
  'date.full': '{y}年{m}月{d}日',
  'date.year': '{y}年',
  'news.heading': 'お知らせ',
} as const;

export type UIKey = keyof typeof ja;
export type Dictionary = Record<UIKey, string>;

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
  'mou.copied': 'Link copied.',
  'ceremony.participants': 'In the photo (from left)',
  'ceremony.standIn': 'Stand-in image: the real photo will replace it.',
  'ceremony.rolesNote': 'Roles as published with the photos.',
  'partners.visit': 'Official website',
  'partners.visitName': '{name} official website',
  'partners.item7':
    'This page shows both partners’ logos as agreed item (7) of the memorandum requires: “Both parties agree to promote the partner region on their respective websites using the other party’s logo.”',
  'partners.item7Link': 'Read agreed item (7)',
  'partners.standIn': 'The logos are stand-ins until the real files replace them.',
  'business.intro':
    'The memorandum opens these opportunities to companies in Kawasaki and Bavaria. Each rests on a clause of the memorandum.',
  'business.clause': 'Based on agreed item ({n})',
  'business.contact': 'Contact',
  'business.contactText': 'Please contact the partners through their official websites.',
  'partners.description': 'The two parties to the memorandum, the City of Kawasaki and BioM, with their logos.',
  'business.description':
    'What the memorandum between the City of Kawasaki and BioM offers companies in Kawasaki and Bavaria.',
  'business.4.title': 'Direct requests through the partners',
  'business.4.text':
    'Specific requests, such as a particular company’s interest in market entry or collaboration, can be passed directly between the City of Kawasaki and BioM.',
  'business.5.title': 'Meetings at international conventions',
  'business.5.text':
    'The partners aim to meet at least once a year, for example at BIO-Europe, BIO International or BioJapan.',
  'business.8.title': 'Market entry for SMEs',
  'business.8.text': 'Market entry by small and medium-sized enterprises is promoted in both directions.',
  'business.9.title': 'Events and missions',
  'business.9.text': 'Biotechnology and medical-technology events and missions run by either partner are promoted.',
  'business.10.title': 'Technology transfer',
  'business.10.text': 'Technology transfer between companies and stakeholders in each region is initiated.',
  'business.11.title': 'Information for setting up',
  'business.11.text':
    'Information is exchanged on setting up a company, networking, technology transfer, project building, specific regulations and local markets.',
  'business.readClause': 'Read agreed item ({n}) of the memorandum',
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
