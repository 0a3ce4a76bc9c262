/**
 * `npm run new -- <collection> <key>`: creates an entry in both languages with every required
 * field stubbed and explained, marked draft: true so the build stays green until it is filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findEntries } from '../content-checks/index';
import { COLLECTIONS, COLLECTION_NAMES, KEY_PATTERN, LOCALES, isCollectionName, type Locale } from '../model';

export class ScaffoldError extends Error {}

const DRAFT = (locale: Locale) =>
  locale === 'ja'
    ? '# 下書き。両方の言語の内容がそろったら、両方のファイルで true を false にします（または行を削除）。'
    : '# Draft: set to false (or delete this line) in BOTH languages once both are filled in.';

const frontmatter = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

function nextNumber(root: string, collection: string, field: string, filter: (data: string) => boolean = () => true) {
  const numbers = findEntries(root)
    .filter((e) => e.collection === collection && filter(e.source))
    .map((e) => Number(new RegExp(`^${field}:\\s*(\\d+)`, 'm').exec(e.source)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

const today = () => new Date().toISOString().slice(0, 10);

function template(root: string, collection: string, locale: Locale): string {
  const ja = locale === 'ja';
  const text = (en: string, jaText: string) => (ja ? jaText : en);
  switch (collection) {
    case 'news':
      return frontmatter(
        [
          text('# Headline of the announcement.', '# お知らせの見出し。'),
          `title: ${text('TODO title', 'TODO：見出し')}`,
          text(
            '# One or two sentences for search results (at most 200 characters).',
            '# 検索結果に表示する1〜2文（200文字以内）。',
          ),
          `description: ${text('TODO description', 'TODO：説明')}`,
          text(
            "# Date of the announcement: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', in quotes. Same in both languages.",
            "# 発表日。'YYYY'、'YYYY-MM'、'YYYY-MM-DD' のいずれかを引用符で囲んで書きます。両言語で同じ値にします。",
          ),
          `date: '${today()}'`,
          text(
            "# Optional, only on the renewal announcement: mouSigned: 'YYYY-MM'",
            "# 任意（更新のお知らせのみ）：mouSigned: 'YYYY-MM'",
          ),
          DRAFT(locale),
          'draft: true',
        ],
        text('TODO: the text of the announcement, in Markdown.', 'TODO：お知らせの本文をMarkdownで書きます。'),
      );
    case 'statements':
      return frontmatter(
        [
          text('# Page heading of the statement.', '# ページの見出し。'),
          `title: ${text('TODO title', 'TODO：見出し')}`,
          text(
            '# One or two sentences for search results (at most 200 characters).',
            '# 検索結果に表示する1〜2文（200文字以内）。',
          ),
          `description: ${text('TODO description', 'TODO：説明')}`,
          DRAFT(locale),
          'draft: true',
        ],
        text('TODO: the statement, in Markdown.', 'TODO：本文をMarkdownで書きます。'),
      );
    case 'clauses': {
      const number = nextNumber(root, 'clauses', 'number', (s) => /^kind:\s*item/m.test(s));
      return frontmatter(
        [
          text(
            '# purpose (section 1) or item (section 2, agreed items). Same in both languages.',
            '# purpose（覚書の目的）または item（同意事項）。両言語で同じ値にします。',
          ),
          'kind: item',
          text(
            '# The number as printed, e.g. 7 for (7). Same in both languages.',
            '# 印刷されている番号（(7) なら 7）。両言語で同じ値にします。',
          ),
          `number: ${number}`,
          DRAFT(locale),
          'draft: true',
        ],
        text('TODO: the clause text.', 'TODO：条文。'),
      );
    }
    case 'ceremony':
      return frontmatter(
        [
          text('# Page heading.', '# ページの見出し。'),
          `title: ${text('TODO title', 'TODO：見出し')}`,
          text(
            '# One or two sentences for search results (at most 200 characters).',
            '# 検索結果に表示する1〜2文（200文字以内）。',
          ),
          `description: ${text('TODO description (at most 200 characters)', 'TODO：説明（200文字以内）')}`,
          text(
            "# Day of the ceremony, 'YYYY-MM-DD' in quotes. Same in both languages.",
            "# 締結式の日付。'YYYY-MM-DD' を引用符で囲んで書きます。両言語で同じ値にします。",
          ),
          `date: '${today()}'`,
          text('# Where the ceremony took place, as the source names it.', '# 締結式の場所（発表の表記のとおり）。'),
          `place: ${text('TODO place', 'TODO：場所')}`,
          text(
            '# The name of the event itself, for search engines; the title above names the page.',
            '# 行事そのものの名前（検索エンジン向け）。上の title はページの見出しです。',
          ),
          `eventName: ${text('TODO event name', 'TODO：行事の名前')}`,
          DRAFT(locale),
          'draft: true',
        ],
        text('TODO: the text of the ceremony page.', 'TODO：締結式ページの本文。'),
      );
    case 'mou':
      return [
        text(
          '# The structure of the memorandum. The clauses themselves are in content/clauses/.',
          '# 覚書の構成。条文そのものは content/clauses/ にあります。',
        ),
        text('# Page heading.', '# ページの見出し。'),
        `title: ${text('TODO title', 'TODO：見出し')}`,
        text(
          '# One or two sentences for search results (at most 200 characters).',
          '# 検索結果に表示する1〜2文（200文字以内）。',
        ),
        `description: ${text('TODO description (at most 200 characters)', 'TODO：説明（200文字以内）')}`,
        text('# Heading of section 1, the purposes.', '# 第1節（覚書の目的）の見出し。'),
        `purposesHeading: ${text('TODO heading of the purposes', 'TODO：目的の見出し')}`,
        text('# The sentence that introduces the purposes.', '# 目的の前に置く文。'),
        `lead: ${text('TODO sentence introducing the purposes', 'TODO：目的の導入文')}`,
        text('# Heading of section 2, the agreed items.', '# 第2節（同意事項）の見出し。'),
        `itemsHeading: ${text('TODO heading of the agreed items', 'TODO：同意事項の見出し')}`,
        text('# Heading of section 3, the term.', '# 第3節（有効期間）の見出し。'),
        `termHeading: ${text('TODO heading of the term', 'TODO：有効期間の見出し')}`,
        text('# The term in words, as the memorandum states it.', '# 覚書に書かれているとおりの有効期間。'),
        `term: ${text('TODO the term in words', 'TODO：有効期間（文章）')}`,
        text(
          "# When the term begins: 'YYYY-MM' in quotes, and its length in years. Same in both languages.",
          "# 有効期間の開始（'YYYY-MM'）と年数。両言語で同じ値にします。",
        ),
        `termStart: '${today().slice(0, 7)}'`,
        'termYears: 1',
        DRAFT(locale),
        'draft: true',
        '',
      ].join('\n');
    case 'photos':
      return [
        text(
          '# Position of the photo on the ceremony page. Same in both languages.',
          '# 締結式ページでの写真の順番。両言語で同じ値にします。',
        ),
        `order: ${nextNumber(root, 'photos', 'order')}`,
        text(
          '# The image file, relative to this file. Put the photo in content/media/photos/. Same in both languages.',
          '# 画像ファイル（このファイルからの相対パス）。写真は content/media/photos/ に置きます。両言語で同じ値にします。',
        ),
        'image: ../../media/placeholder.svg',
        text('# true while the image is a stand-in for the real photo.', '# 仮画像の間は true。'),
        'standIn: true',
        text(
          '# The people in the photo from left to right: file names from content/participants/, without .yaml. Same in both languages.',
          '# 写真の人物を左から順に：content/participants/ のファイル名（.yaml なし）。両言語で同じ順番にします。',
        ),
        'participants: [todo]',
        text(
          '# Short heading above the photo, different from every other photo’s.',
          '# 写真の上に表示する短い見出し。ほかの写真の見出しと重ならないようにします。',
        ),
        `heading: ${text('TODO heading of the photo', 'TODO：写真の見出し')}`,
        text('# Caption shown under the photo.', '# 写真の下に表示する説明文。'),
        `caption: ${text('TODO caption shown under the photo', 'TODO：写真の下に表示する説明')}`,
        text('# Describe the image for people who cannot see it.', '# 画像を見られない人のための代替テキスト。'),
        `alt: ${text('TODO text alternative', 'TODO：代替テキスト')}`,
        DRAFT(locale),
        'draft: true',
        '',
      ].join('\n');
    case 'participants':
      return [
        text(
          '# Name in Latin letters, exactly as the source gives it. Same in both languages.',
          '# ローマ字の氏名。出典の表記どおりに書きます。両言語で同じ値にします。',
        ),
        'name: TODO',
        ...(ja ? ['# 任意：カタカナの読み。漢字を推測で書かないでください。', '# reading: トドー'] : []),
        text(
          '# Optional title as the source gives it (Mr., Dr., Prof. Dr.). Give it in both languages or in neither.',
          '# 任意：敬称（氏、博士、教授など）。両言語とも書くか、両方とも省きます。',
        ),
        `# honorific: ${text('Dr.', '博士')}`,
        text('# Role, in English.', '# 役職（日本語）。'),
        `role: ${text('TODO role', 'TODO：役職')}`,
        text(
          '# Optional: the file name of the organisation in content/organisations/, without .yaml. Same in both languages.',
          '# 任意：所属団体（content/organisations/ のファイル名、.yaml なし）。両言語で同じ値にします。',
        ),
        '# organisation: city-of-kawasaki',
        DRAFT(locale),
        'draft: true',
        '',
      ].join('\n');
    case 'organisations':
      return [
        text('# Full name in the language of this file.', '# この言語での正式名称。'),
        `name: ${text('TODO full name', 'TODO：正式名称')}`,
        text(
          '# Optional: shortName (used in running text) and description (one sentence). Both languages or neither.',
          '# 任意：shortName（略称）と description（1文の説明）。両言語とも書くか、両方とも省きます。',
        ),
        `# shortName: ${text('TODO', 'TODO')}`,
        text(
          '# Position in lists of organisations. Same in both languages.',
          '# 一覧での順番。両言語で同じ値にします。',
        ),
        `order: ${nextNumber(root, 'organisations', 'order')}`,
        text(
          '# true only for the two parties to the memorandum (they need logo, logoAlt and url).',
          '# 覚書の当事者（2団体）のみ true（logo、logoAlt、url が必要）。',
        ),
        'partner: false',
        text(
          '# Optional, https:// only and only where certain. Same in both languages.',
          '# 任意：公式サイト（https:// のみ、確かな場合のみ）。両言語で同じ値にします。',
        ),
        '# url: https://www.example.org/',
        text(
          '# Optional logo (SVG in content/media/logos/, relative to this file) and its text alternative.',
          '# 任意：ロゴ（content/media/logos/ の SVG、このファイルからの相対パス）と代替テキスト。',
        ),
        '# logo: ../../media/logos/name.svg',
        `# logoAlt: ${text('Logo of …', '…のロゴ')}`,
        DRAFT(locale),
        'draft: true',
        '',
      ].join('\n');
    default:
      throw new ScaffoldError(`unknown collection ${collection}`);
  }
}

/** Creates both files and returns their paths relative to root. Throws ScaffoldError with an editor-readable message. */
export function createEntry(root: string, collection: string, key: string): string[] {
  if (!collection || !isCollectionName(collection)) {
    throw new ScaffoldError(
      `"${collection ?? ''}" is not a collection. Use one of: ${COLLECTION_NAMES.join(', ')}. Example: npm run new -- news my-announcement`,
    );
  }
  if (!key || !KEY_PATTERN.test(key)) {
    throw new ScaffoldError(
      `"${key ?? ''}" cannot be an entry name: use lower-case letters a–z, digits and single hyphens, e.g. item-12 or visit-2021.`,
    );
  }
  const spec = COLLECTIONS[collection];
  if ('onlyKey' in spec && key !== spec.onlyKey) {
    throw new ScaffoldError(`${collection} has exactly one entry, named ${spec.onlyKey}; edit that one instead.`);
  }
  const files = LOCALES.map((locale) => `content/${collection}/${locale}/${key}${spec.extensions[0]}`);
  const existing = findEntries(root).filter((e) => e.collection === collection && e.key === key);
  const taken = [
    ...new Set([...existing.map((e) => e.file), ...files.filter((file) => fs.existsSync(path.join(root, file)))]),
  ];
  if (taken.length > 0) {
    throw new ScaffoldError(
      `${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was changed. Edit the existing files or choose another name.`,
    );
  }
  LOCALES.forEach((locale, i) => {
    const target = path.join(root, files[i]!);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, template(root, collection, locale), { flag: 'wx' });
  });
  return files;
}
