/**
 * The accessibility test report: one entry for every WCAG 2.2 success criterion at levels A and
 * AA, plus 4.1.1 (in JIS X 8341-3:2016 and WCAG 2.0, removed from WCAG 2.2). The statement pages
 * (/accessibility/, /en/accessibility/) render their table from this file, and
 * tests/unit/data/accessibility-criteria.test.ts refuses a missing or repeated criterion, a cited test
 * that does not exist, and a procedure that docs/accessibility-testing.md does not describe.
 *
 * A result is only as strong as its evidence: "conforms" needs at least one automated test or a
 * manual procedure that was actually carried out (with its date); a criterion nobody has checked
 * is "fails" with a note saying it has not been verified.
 */

export type Result = 'conforms' | 'fails' | 'not-applicable';

/**
 * The statement as a whole (the items WAIC's notation guideline and JIS X 8341-3:2016 5.2 ask a
 * statement to give). Which wording it may use (準拠 / 一部準拠 / 配慮) is not written here: it is
 * decided from this record by claimFor() in src/lib/accessibility-claim.ts.
 */
export const statement = {
  /** 表明日: the day this statement and its record were last revised. */
  date: '2026-12-01',
  /** The notation guideline whose wording the statement uses, as read for this record. */
  guideline: {
    title: 'ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン',
    edition: { ja: '2016年3月版', en: 'March 2016 edition' },
    url: 'https://waic.jp/docs/jis2016/compliance-guidelines/201603/',
  },
  /**
   * Whether the testing followed the procedure of Annex JB (informative) of JIS X 8341-3:2016.
   * It did not: the tests and procedures below were written without Annex JB's text. Only a test
   * that does may set this, and only then can the statement say 準拠 or 一部準拠.
   */
  annexJB: false,
  /** Built but not in scope: the content editor (docs/editing.md), a tool for the site's editors. */
  excluded: ['/admin/'],
  /** Web content technologies relied upon, by their key in src/i18n/statement.ts. */
  technologies: ['html', 'css', 'aria', 'js', 'svg'] as const,
};

/** A result that differs on some pages from the criterion's result on the others. */
export interface PageResult {
  /** Page paths, e.g. '/ceremony/'. tests/e2e/statement-record.spec.ts checks them against the build. */
  pages: string[];
  result: Result;
  evidence: Evidence[];
  note: { ja: string; en: string };
  /** 今後の対応方針 for a result that fails. */
  plan?: { ja: string; en: string };
}

export type Evidence =
  /** An automated test: its file and its title exactly as written in the source (template literals included). */
  | { test: string; file: string }
  /** An npm script that checks the criterion (package.json "scripts"). */
  | { script: string }
  /** A manual procedure in docs/accessibility-testing.md, by its id. */
  | { procedure: ProcedureId };

export interface Criterion {
  id: string;
  level: 'A' | 'AA';
  /** Also a requirement of JIS X 8341-3:2016 (= WCAG 2.0). */
  jis: boolean;
  /** Part of WCAG 2.2 (false only for 4.1.1, which WCAG 2.2 removed). */
  wcag22: boolean;
  name: { ja: string; en: string };
  /** The result on every page in scope, except those in `pages`. */
  result: Result;
  evidence: Evidence[];
  note?: { ja: string; en: string };
  /** 今後の対応方針 when `result` fails. */
  plan?: { ja: string; en: string };
  /** Pages with another result than `result`. */
  pages?: PageResult[];
}

/**
 * The pages that existed when the manual procedures were carried out on 2026-11-26. The news
 * lists (/news/, /en/news/) and the results pages (/accessibility/results/, …) were added on
 * 2026-12-01 and have not been through any manual procedure: their results rest on the
 * automated tests alone, and where a criterion also needs a procedure they are "not tested".
 */
const PAGES_2026_11_26 = [
  '/',
  '/mou/',
  '/ceremony/',
  '/partners/',
  '/business/',
  '/mou/print/',
  '/news/mou-renewal/',
  '/accessibility/',
  '/404.html',
  '/en/',
  '/en/mou/',
  '/en/ceremony/',
  '/en/partners/',
  '/en/business/',
  '/en/news/mou-renewal/',
  '/en/accessibility/',
  '/en/404.html',
];

/** One time a procedure was carried out: the day, and the pages it covered (paths as in scope). */
export interface ProcedureRun {
  date: string;
  pages: readonly string[];
}

/**
 * Manual procedures, described in docs/accessibility-testing.md under "## <id>: …", each with
 * every time it was carried out and the pages it covered then. A procedure is evidence only on
 * the pages one of its runs covered (resultOn() in src/lib/accessibility-claim.ts).
 */
export const procedures = {
  M1: {
    ja: '機能の棚卸し（メディア、動き、時間制限、フォーム、ジェスチャ、ショートカット）',
    en: 'Inventory of features (media, motion, time limits, forms, gestures, shortcuts)',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M2: {
    ja: '画像の代替テキストの確認',
    en: 'Review of text alternatives',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M3: {
    ja: '見出し、ラベル、読み上げ順序の確認',
    en: 'Review of headings, labels and reading order',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M4: {
    ja: 'フォーカス表示の目視確認（ライト・ダーク）',
    en: 'Visual check of the focus indicator (light and dark)',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M5: {
    ja: '一部分の言語の確認',
    en: 'Review of the language of parts',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M6: {
    ja: 'ナビゲーションと識別の一貫性の確認',
    en: 'Review of consistent navigation and identification',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M7: {
    ja: '非テキストのコントラストの計測',
    en: 'Measurement of non-text contrast',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
  M8: {
    ja: 'ポインタ・キーボード操作時の動作の確認',
    en: 'Review of what pointer and keyboard input do',
    runs: [{ date: '2026-11-26', pages: PAGES_2026_11_26 }],
  },
} as const satisfies Record<string, Procedure>;
export interface Procedure {
  ja: string;
  en: string;
  runs: readonly ProcedureRun[];
}
export type ProcedureId = keyof typeof procedures;

const AXE = { file: 'tests/e2e/a11y.spec.ts', test: '${path} has no axe violations, ${colorScheme}, ${width} px' };
const FOCUS_CLOSED = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'every Tab stop is visible, search closed: ${path} at ${size.name}',
};
const FOCUS_SEARCH = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'every Tab stop is visible, search open with a query: ${path} at ${size.name}',
};
const FOCUS_SUGGEST = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'every Tab stop is visible, language suggestion shown: ${path} at ${size.name}',
};
const REFLOW = { file: 'tests/e2e/a11y.spec.ts', test: 'no text spills out of its box at 320 px: ${path}' };
const TEXT_200 = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'no text spills out of its box at 390 px with text at 200 %: ${path}',
};
const SPACING = { file: 'tests/e2e/a11y.spec.ts', test: 'no text is cut off with WCAG text spacing: ${path}' };
const NAMES = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'every link and button is named with its visible text: ${path}',
};
const NAMES_AXE = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'axe label-content-name-mismatch finds nothing: ${path}',
};
const COPIED = {
  file: 'tests/e2e/label-in-name.spec.ts',
  test: 'shows and announces the confirmation next to the link: ${path}',
};
const HEADINGS = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'no two headings on the page say the same: ${path}',
};
const PHOTO_HEADINGS = {
  file: 'tests/e2e/structure.spec.ts',
  test: 'each ceremony photo has its own heading: ${path}',
};
const LOGO_NAMES = {
  file: 'tests/e2e/structure.spec.ts',
  test: 'logo links are named for the website they open: ${path}',
};
const SKIP_LINK = {
  file: 'tests/e2e/structure.spec.ts',
  test: 'the skip link is visible with its padding when focused: ${path}',
};
const HTML = { script: 'test:html' };
const RECORD = 'tests/e2e/statement-record.spec.ts';
const TWO_WAYS = { file: RECORD, test: 'every page in scope can be reached in at least two ways: ${path}' };
const PRINT_TABLE = {
  file: RECORD,
  test: 'the print table heads each section’s cells by its own row group, under a caption',
};
const IMAGES_OF_TEXT = {
  file: RECORD,
  test: 'the pages that show images of text are the ones the report names for 1.4.5',
};
const SKIP_LINK_COVERS_NOTHING = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'the skip link appears on focus without covering other content, until focus leaves it: ${path}',
};
const FOCUS_VISIBLE = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'every Tab stop shows an outline that contrasts with what is behind it: ${path}',
};
const LINKS_UNDERLINED = {
  file: 'tests/e2e/a11y.spec.ts',
  test: 'links in running text are underlined, not told apart by colour alone: ${path}',
};
const IMAGE_TEXT_CONTRAST = {
  file: 'tests/unit/image-text-contrast.test.ts',
  test: 'the text drawn in each stand-in image has at least 4.5:1 against every background in it',
};
const M = (procedure: ProcedureId) => ({ procedure });

const notApplicable = (ja: string, en: string) => ({
  result: 'not-applicable' as const,
  evidence: [M('M1')],
  note: { ja, en },
});

export const criteria: Criterion[] = [
  {
    id: '1.1.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '非テキストコンテンツ', en: 'Non-text Content' },
    result: 'conforms',
    evidence: [AXE, M('M2')],
  },
  {
    id: '1.2.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '音声のみ及び映像のみ（収録済）', en: 'Audio-only and Video-only (Prerecorded)' },
    ...notApplicable('音声・映像はありません。', 'There is no audio or video.'),
  },
  {
    id: '1.2.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'キャプション（収録済）', en: 'Captions (Prerecorded)' },
    ...notApplicable('音声・映像はありません。', 'There is no audio or video.'),
  },
  {
    id: '1.2.3',
    level: 'A',
    jis: true,
    wcag22: true,
    name: {
      ja: '音声解説、又はメディアに対する代替（収録済）',
      en: 'Audio Description or Media Alternative (Prerecorded)',
    },
    ...notApplicable('映像はありません。', 'There is no video.'),
  },
  {
    id: '1.2.4',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'キャプション（ライブ）', en: 'Captions (Live)' },
    ...notApplicable('ライブの音声・映像はありません。', 'There is no live audio or video.'),
  },
  {
    id: '1.2.5',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '音声解説（収録済）', en: 'Audio Description (Prerecorded)' },
    ...notApplicable('映像はありません。', 'There is no video.'),
  },
  {
    id: '1.3.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '情報及び関係性', en: 'Info and Relationships' },
    result: 'conforms',
    evidence: [AXE, HTML, PHOTO_HEADINGS, PRINT_TABLE, M('M3')],
  },
  {
    id: '1.3.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '意味のある順序', en: 'Meaningful Sequence' },
    result: 'conforms',
    evidence: [M('M3')],
  },
  {
    id: '1.3.3',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '感覚的な特徴', en: 'Sensory Characteristics' },
    result: 'conforms',
    evidence: [M('M3')],
    note: {
      ja: '「左から」は写真の人物の並びの説明で、番号付きのリストでも示しています。',
      en: '“From left” describes the people in a photo; the numbered list gives the same order.',
    },
  },
  {
    id: '1.3.4',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: '表示の向き', en: 'Orientation' },
    result: 'conforms',
    evidence: [M('M1')],
  },
  {
    id: '1.3.5',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: '入力目的の特定', en: 'Identify Input Purpose' },
    ...notApplicable(
      '利用者自身の情報を入力する欄はありません（入力欄はサイト内検索のみ）。',
      'No field asks for information about the user (the only field is site search).',
    ),
  },
  {
    id: '1.4.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '色の使用', en: 'Use of Color' },
    result: 'conforms',
    evidence: [AXE, LINKS_UNDERLINED],
  },
  {
    id: '1.4.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '音声の制御', en: 'Audio Control' },
    ...notApplicable('自動で再生される音声はありません。', 'No audio plays automatically.'),
  },
  {
    id: '1.4.3',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'コントラスト（最低限）', en: 'Contrast (Minimum)' },
    result: 'conforms',
    evidence: [AXE, IMAGE_TEXT_CONTRAST],
    note: {
      ja: 'axe-coreはページの文字を、画像の中の文字は仮画像の画素を計測して確かめています。',
      en: 'axe-core checks the text of the pages; the text inside the stand-in images is measured from their pixels.',
    },
  },
  {
    id: '1.4.4',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'テキストのサイズ変更', en: 'Resize Text' },
    result: 'conforms',
    evidence: [TEXT_200],
  },
  {
    id: '1.4.5',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '文字画像', en: 'Images of Text' },
    result: 'conforms',
    evidence: [IMAGES_OF_TEXT, M('M2')],
    note: {
      ja: 'ほかのページには、文字を含む画像はありません。',
      en: 'No other page shows an image containing text.',
    },
    pages: [
      {
        pages: ['/ceremony/', '/en/ceremony/', '/partners/', '/en/partners/'],
        result: 'fails',
        evidence: [IMAGES_OF_TEXT, M('M2')],
        note: {
          ja: '写真とロゴの仮画像は、「仮画像」などの文字や名前を画像として表示しています。実際のロゴの文字は例外（ロゴタイプ）ですが、仮画像の文字は例外に当たりません。',
          en: 'The stand-ins for the photos and logos show text, such as “stand-in” and names, as images. Text in a real logo is exempt (a logotype); the text of a stand-in is not.',
        },
        plan: {
          ja: '実際の写真とロゴが届いたら仮画像と差し替え、改めて確認します。',
          en: 'Replace the stand-ins with the real photos and logos when they arrive, and check again.',
        },
      },
    ],
  },
  {
    id: '1.4.10',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'リフロー', en: 'Reflow' },
    result: 'conforms',
    evidence: [REFLOW],
  },
  {
    id: '1.4.11',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: '非テキストのコントラスト', en: 'Non-text Contrast' },
    result: 'conforms',
    evidence: [M('M7')],
  },
  {
    id: '1.4.12',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'テキストの間隔', en: 'Text Spacing' },
    result: 'conforms',
    evidence: [SPACING],
  },
  {
    id: '1.4.13',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'ホバー又はフォーカスで表示されるコンテンツ', en: 'Content on Hover or Focus' },
    result: 'conforms',
    evidence: [SKIP_LINK_COVERS_NOTHING, M('M1')],
    note: {
      ja: 'フォーカスで現れるのは「本文へ移動」のリンクだけです。ほかの内容に重ならず、フォーカスが離れるまで表示されます。',
      en: 'The only thing that appears on focus is the “Skip to main content” link. It covers no other content and stays until focus leaves it.',
    },
  },
  {
    id: '2.1.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'キーボード', en: 'Keyboard' },
    result: 'conforms',
    evidence: [FOCUS_CLOSED, FOCUS_SEARCH, M('M8')],
  },
  {
    id: '2.1.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'キーボードトラップなし', en: 'No Keyboard Trap' },
    result: 'conforms',
    evidence: [FOCUS_CLOSED, FOCUS_SEARCH, FOCUS_SUGGEST],
  },
  {
    id: '2.1.4',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: '文字キーのショートカット', en: 'Character Key Shortcuts' },
    ...notApplicable(
      '文字キーだけのショートカットはありません（使うキーはEscapeだけです）。',
      'There are no single-character shortcuts (the only key handled is Escape).',
    ),
  },
  {
    id: '2.2.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'タイミング調整可能', en: 'Timing Adjustable' },
    ...notApplicable('時間制限はありません。', 'There are no time limits.'),
  },
  {
    id: '2.2.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '一時停止、停止、非表示', en: 'Pause, Stop, Hide' },
    ...notApplicable(
      '動く、点滅する、自動更新される内容はありません。',
      'Nothing moves, blinks, scrolls or updates by itself.',
    ),
  },
  {
    id: '2.3.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '3回の閃光、又は閾値以下', en: 'Three Flashes or Below Threshold' },
    ...notApplicable('点滅する内容はありません。', 'Nothing flashes.'),
  },
  {
    id: '2.4.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'ブロックスキップ', en: 'Bypass Blocks' },
    result: 'conforms',
    evidence: [AXE, FOCUS_CLOSED, SKIP_LINK],
  },
  {
    id: '2.4.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'ページタイトル', en: 'Page Titled' },
    result: 'conforms',
    evidence: [AXE, M('M3')],
  },
  {
    id: '2.4.3',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'フォーカス順序', en: 'Focus Order' },
    result: 'conforms',
    evidence: [FOCUS_CLOSED, M('M3')],
  },
  {
    id: '2.4.4',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'リンクの目的（コンテキスト内）', en: 'Link Purpose (In Context)' },
    result: 'conforms',
    evidence: [AXE, NAMES, LOGO_NAMES, M('M3')],
  },
  {
    id: '2.4.5',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '複数の手段', en: 'Multiple Ways' },
    result: 'conforms',
    evidence: [TWO_WAYS],
    note: {
      ja: 'ページへのリンク（メニューと本文）、サイト内検索、サイトマップのうち、少なくとも二つで見つけられます。',
      en: 'Each page can be found in at least two of: links (the menu and the text), site search, the sitemap.',
    },
    pages: [
      {
        pages: ['/mou/print/'],
        result: 'fails',
        evidence: [TWO_WAYS],
        note: {
          ja: '印刷用ページは、覚書のページからのリンクでしか見つけられません（検索とサイトマップの対象外）。',
          en: 'The print view can be found only through the link on the memorandum pages (it is not in search or the sitemap).',
        },
        plan: {
          ja: '印刷用ページを見つける二つ目の手段を用意します。',
          en: 'Provide a second way to find the print view.',
        },
      },
      {
        pages: ['/news/mou-renewal/', '/en/news/mou-renewal/'],
        result: 'fails',
        evidence: [TWO_WAYS],
        note: {
          ja: '発表のページは、お知らせの一覧からのリンクでしか見つけられません（同じ内容のホームが検索とサイトマップの対象で、このページは対象外）。',
          en: 'The announcement’s page can be found only through the link on the news list (search and the sitemap list the home page, which has the same text, instead).',
        },
        plan: {
          ja: '発表のページを見つける二つ目の手段を用意します。',
          en: 'Provide a second way to find the announcement’s page.',
        },
      },
      {
        pages: ['/404.html', '/en/404.html'],
        result: 'not-applicable',
        evidence: [TWO_WAYS],
        note: {
          ja: 'ページが見つからないときに表示されるページで、探して開くページではありません。',
          en: 'Shown when a page is not found; it is not a page anyone looks for.',
        },
      },
    ],
  },
  {
    id: '2.4.6',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '見出し及びラベル', en: 'Headings and Labels' },
    result: 'conforms',
    evidence: [HEADINGS, M('M3')],
  },
  {
    id: '2.4.7',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'フォーカスの可視化', en: 'Focus Visible' },
    result: 'conforms',
    evidence: [FOCUS_VISIBLE, M('M4')],
  },
  {
    id: '2.4.11',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'フォーカスが隠されない（最低限）', en: 'Focus Not Obscured (Minimum)' },
    result: 'conforms',
    evidence: [FOCUS_CLOSED, FOCUS_SEARCH, FOCUS_SUGGEST],
  },
  {
    id: '2.5.1',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: 'ポインタのジェスチャ', en: 'Pointer Gestures' },
    ...notApplicable('複数の指や軌跡を使う操作はありません。', 'No function uses multipoint or path-based gestures.'),
  },
  {
    id: '2.5.2',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: 'ポインタのキャンセル', en: 'Pointer Cancellation' },
    result: 'conforms',
    evidence: [M('M8')],
  },
  {
    id: '2.5.3',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: 'ラベルを含む名前（名前）', en: 'Label in Name' },
    result: 'conforms',
    evidence: [NAMES, NAMES_AXE],
  },
  {
    id: '2.5.4',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: '動きによる起動', en: 'Motion Actuation' },
    ...notApplicable('端末の動きで動作する機能はありません。', 'No function responds to device motion.'),
  },
  {
    id: '2.5.7',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'ドラッグ動作', en: 'Dragging Movements' },
    ...notApplicable('ドラッグで操作する機能はありません。', 'No function uses dragging.'),
  },
  {
    id: '2.5.8',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'ターゲットのサイズ（最低限）', en: 'Target Size (Minimum)' },
    result: 'conforms',
    evidence: [AXE],
  },
  {
    id: '3.1.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'ページの言語', en: 'Language of Page' },
    result: 'conforms',
    evidence: [
      AXE,
      {
        file: 'tests/e2e/site.spec.ts',
        test: 'serves the page in its language with alternates and a link to its twin',
      },
    ],
  },
  {
    id: '3.1.2',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '一部分の言語', en: 'Language of Parts' },
    result: 'conforms',
    evidence: [M('M5')],
  },
  {
    id: '3.2.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'フォーカス時', en: 'On Focus' },
    result: 'conforms',
    evidence: [M('M8')],
  },
  {
    id: '3.2.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '入力時', en: 'On Input' },
    result: 'conforms',
    evidence: [M('M8')],
  },
  {
    id: '3.2.3',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '一貫したナビゲーション', en: 'Consistent Navigation' },
    result: 'conforms',
    evidence: [M('M6')],
  },
  {
    id: '3.2.4',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: '一貫した識別性', en: 'Consistent Identification' },
    result: 'conforms',
    evidence: [M('M6')],
  },
  {
    id: '3.2.6',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: '一貫したヘルプ', en: 'Consistent Help' },
    result: 'conforms',
    evidence: [M('M6')],
    note: {
      ja: '運営者と連絡先、アクセシビリティについてのページへのリンクは、フッターの同じ位置にあります。',
      en: 'The operator, its contact and the link to the accessibility statement are in the same place in the footer.',
    },
    pages: [
      {
        pages: ['/mou/print/'],
        result: 'not-applicable',
        evidence: [M('M6')],
        note: {
          ja: '印刷用ページには、メニューもフッターもなく、ヘルプの手段はありません。',
          en: 'The print view has no menu or footer, and no means of help.',
        },
      },
    ],
  },
  {
    id: '3.3.1',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'エラーの特定', en: 'Error Identification' },
    ...notApplicable('入力エラーを検出する欄はありません。', 'No field detects input errors.'),
  },
  {
    id: '3.3.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: 'ラベル又は説明', en: 'Labels or Instructions' },
    result: 'conforms',
    evidence: [
      {
        file: 'tests/e2e/discoverability.spec.ts',
        test: 'the open search panel with results has no axe violations, ${scheme}, ${width} px',
      },
      M('M3'),
    ],
  },
  {
    id: '3.3.3',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'エラー修正の提案', en: 'Error Suggestion' },
    ...notApplicable('入力エラーを検出する欄はありません。', 'No field detects input errors.'),
  },
  {
    id: '3.3.4',
    level: 'AA',
    jis: true,
    wcag22: true,
    name: { ja: 'エラー回避（法的、金融、データ）', en: 'Error Prevention (Legal, Financial, Data)' },
    ...notApplicable('契約、取引、データの送信はありません。', 'Nothing is submitted, bought or agreed to.'),
  },
  {
    id: '3.3.7',
    level: 'A',
    jis: false,
    wcag22: true,
    name: { ja: '冗長な入力', en: 'Redundant Entry' },
    ...notApplicable('複数の手順からなる入力はありません。', 'There is no multi-step process.'),
  },
  {
    id: '3.3.8',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'アクセシブルな認証（最低限）', en: 'Accessible Authentication (Minimum)' },
    ...notApplicable('ログインはありません。', 'There is no login.'),
  },
  {
    id: '4.1.1',
    level: 'A',
    jis: true,
    wcag22: false,
    name: { ja: '構文解析', en: 'Parsing' },
    result: 'conforms',
    evidence: [HTML],
    note: {
      ja: 'WCAG 2.2では削除された達成基準です。JIS X 8341-3:2016の達成基準として試験しています。',
      en: 'Removed in WCAG 2.2; tested as a criterion of JIS X 8341-3:2016.',
    },
  },
  {
    id: '4.1.2',
    level: 'A',
    jis: true,
    wcag22: true,
    name: { ja: '名前（name）・役割（role）及び値（value）', en: 'Name, Role, Value' },
    result: 'conforms',
    evidence: [AXE, NAMES_AXE],
  },
  {
    id: '4.1.3',
    level: 'AA',
    jis: false,
    wcag22: true,
    name: { ja: 'ステータスメッセージ', en: 'Status Messages' },
    result: 'conforms',
    evidence: [COPIED, M('M8')],
  },
];
