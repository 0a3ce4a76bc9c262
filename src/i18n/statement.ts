import type { Locale } from './locales';

/**
 * The accessibility statement's fixed wording (the test report around the criteria table). Its
 * conformance wording and its items follow WAIC's 「ウェブコンテンツの JIS X 8341-3:2016
 * 対応度表記ガイドライン」 (2016年3月版), named in `guidelineNote`; which of 準拠 / 一部準拠 / 配慮 it
 * shows, and why, is decided from the test record (src/data/accessibility-criteria.ts).
 */
const ja = {
  dateLine: '表明日：{date}',
  policyHeading: 'アクセシビリティ方針',
  policy:
    'このサイトは、日本産業規格JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベルAAを目標とし、あわせてWeb Content Accessibility Guidelines（WCAG）2.2のレベルAAの達成基準を満たすことを目標としています。',
  claimHeading: '目標とする適合レベルと対応度',
  'claim.conforms': 'JIS X 8341-3:2016の適合レベルAAに準拠',
  'claim.partial': 'JIS X 8341-3:2016の適合レベルAAに一部準拠',
  'claim.considered': 'JIS X 8341-3:2016の適合レベルAAに配慮',
  'term.conforms': '準拠',
  'term.partial': '一部準拠',
  'term.considered': '配慮',
  guidelineNoteBefore:
    '「{term}」という対応度の表記は、情報通信アクセス協議会ウェブアクセシビリティ基盤委員会（WAIC）の',
  guidelineNoteAfter: '（{edition}）で定められた表記によります。',
  whyRule:
    '同ガイドラインでは、「準拠」と「一部準拠」は、JIS X 8341-3:2016の附属書JB（参考）「試験方法」に示されている手順などを参考に試験を実施し、その結果に基づいて表記するものとされています。「準拠」はさらに、目標とした適合レベルの達成基準をすべて満たしていることが条件です。「配慮」は、「準拠」「一部準拠」に至らない場合の表記です。',
  whyNotAnnexJB:
    'この表明のもとになった試験（自動試験と手作業の確認）は、附属書JBの手順に沿って計画・実施したものではありません。',
  whyFails: 'また、試験結果に示すとおり、満たしていない達成基準があります（{ids}）。',
  whyUntested: 'また、試験結果のないページと達成基準の組み合わせが{count}件あります。',
  whyMet: '試験の記録では、対象範囲のすべてのページで、目標とした適合レベルのすべての達成基準を満たしています。',
  whyConclusion: 'そのため「{term}」と表記します。',
  scopeHeading: '対象範囲',
  scope: 'このサイトの次の{count}ページ（日本語と英語）：',
  excluded: '対象外：{path}（編集担当者がサイトの内容を編集するための画面で、閲覧する方向けのページではありません）',
  technologiesHeading: '依存したウェブコンテンツ技術',
  'technology.html': 'HTML',
  'technology.css': 'CSS',
  'technology.aria': 'WAI-ARIA',
  'technology.js': 'JavaScript（サイト内検索、条項へのリンクのコピー、もう一方の言語のページの案内）',
  'technology.svg': 'SVG（ロゴの画像）',
  testHeading: '試験実施期間と方法',
  testPeriod: '試験実施期間：{from}～{to}',
  testPeriodOneDay: '試験実施期間：{date}',
  automated:
    '自動試験：サイトを変更するたびに、対象範囲のすべてのページをChromiumで表示して実行します（Playwright、axe-core {axe}、Nu HTML Checker）。「自動試験」には、試験のファイル名と名前を示します。',
  manual:
    '手作業の確認：「手順」は、リポジトリのdocs/accessibility-testing.mdに書いた確認の手順で、手順ごとに行った日と対象にしたページを記録しています。手順を行っていないページでは、その手順を根拠とする結果は「未試験」です。',
  tableHeading: '達成基準チェックリスト',
  tableCaption:
    'WCAG 2.2のレベルA及びAAのすべての達成基準と、4.1.1（JIS X 8341-3:2016とWCAG 2.0の達成基準で、WCAG 2.2で削除されたもの）の結果',
  colId: '番号',
  colName: '達成基準',
  colLevel: 'レベル',
  colJis: 'JIS X 8341-3:2016',
  colResult: '結果',
  colEvidence: '根拠',
  jisYes: '含まれる',
  jisNo: '含まれない（WCAG 2.1以降）',
  conforms: '適合',
  fails: '不適合',
  'not-applicable': '非適用',
  untested: '未試験',
  notRunOn: '未試験：手順{ids}を行っていない{count}ページ',
  onPages: '{result}（{count}ページ）',
  otherPages: '上記以外のページ',
  evidenceTest: '自動試験',
  evidenceProcedure: '手順',
  resultsTitle: 'アクセシビリティの試験結果',
  resultsDescription: 'このサイトのJIS X 8341-3:2016とWCAG 2.2のレベルA・AAの達成基準ごとの試験結果と、その根拠。',
  resultsIntro: '{date}の表明のもとになった試験の結果です。表明：',
  resultsLink: '試験結果（達成基準チェックリスト）',
  proceduresHeading: '手作業の確認の手順',
  procedureLine: '「{title}」（{dates}、{by}）。',
  procedurePages: '対象範囲の{total}ページのうち{count}ページで実施。',
  procedureNotOn: '未実施のページ：{paths}。',
  procedureBy: 'サイトの制作担当者',
  summary:
    '全{total}件の達成基準のうち、すべての対象ページで適合{conforms}件、非適用{na}件、一部またはすべてのページで不適合{fails}件、不適合はないが一部のページで未試験{untested}件。',
  failuresHeading: '既知の問題と今後の対応方針',
  noFailures: '試験で不適合となった達成基準はありません。',
  planJB: '附属書JBの手順に沿った試験を行い、その結果に基づいて対応度の表記を見直します。',
  planUntested: '手作業の確認の手順を、まだ行っていないページでも行い、その結果を試験結果に記録します。',
  feedbackHeading: '問題のご連絡',
  feedbackConfigured:
    'このサイトで読みにくい箇所や操作できない箇所がありましたら、このサイトの運営者（{name}）にお知らせください：',
  feedbackLink: 'アクセシビリティについてのご連絡',
  feedbackUnset: '【未設定：このサイトの運営者と連絡先は、公開する前に設定します。】',
} as const;

const en: Record<keyof typeof ja, string> = {
  dateLine: 'Date of this statement: {date}',
  policyHeading: 'Accessibility policy',
  policy:
    'This site aims at conformance level AA of the Japanese Industrial Standard JIS X 8341-3:2016 (Guidelines for older persons and persons with disabilities — Information and communications equipment, software and services — Part 3: Web content), and at the level AA success criteria of the Web Content Accessibility Guidelines (WCAG) 2.2.',
  claimHeading: 'Target conformance level and degree of conformance',
  'claim.conforms': 'Conforms to JIS X 8341-3:2016 level AA',
  'claim.partial': 'Partially conforms to JIS X 8341-3:2016 level AA',
  'claim.considered': 'JIS X 8341-3:2016 level AA taken into account',
  'term.conforms': 'conforms',
  'term.partial': 'partially conforms',
  'term.considered': 'taken into account',
  guidelineNoteBefore:
    'The wording “{term}” is the notation defined by the Web Accessibility Infrastructure Committee (WAIC) of the Information and Communication Access Council in its guideline ',
  guidelineNoteAfter: ' ({edition}).',
  whyRule:
    'Under that guideline, “conforms” (準拠) and “partially conforms” (一部準拠) are stated from the results of a test carried out with reference to the procedure in Annex JB (informative), “Test methods”, of JIS X 8341-3:2016; “conforms” also requires every success criterion of the target level to be met. “Taken into account” (配慮) is the wording for a site that reaches neither.',
  whyNotAnnexJB:
    'The testing behind this statement (automated tests and manual checks) was not planned or carried out according to the procedure of Annex JB.',
  whyFails: 'In addition, as the test results show, some success criteria are not met ({ids}).',
  whyUntested: 'In addition, {count} combinations of a page and a success criterion have no test result.',
  whyMet: 'According to the test record, every page in scope meets every success criterion of the target level.',
  whyConclusion: 'This statement therefore says “{term}”.',
  scopeHeading: 'Scope',
  scope: 'These {count} pages of this site, in Japanese and in English:',
  excluded:
    'Not in scope: {path} (the screen on which the site’s editors change its content; it is not a page for visitors)',
  technologiesHeading: 'Web content technologies relied upon',
  'technology.html': 'HTML',
  'technology.css': 'CSS',
  'technology.aria': 'WAI-ARIA',
  'technology.js': 'JavaScript (site search, copying the link to a clause, pointing to the page in the other language)',
  'technology.svg': 'SVG (the logo images)',
  testHeading: 'Test period and method',
  testPeriod: 'Test period: {from} to {to}',
  testPeriodOneDay: 'Test period: {date}',
  automated:
    'Automated tests: run on every change to the site, on every page in scope, in Chromium (Playwright, axe-core {axe}, the Nu HTML Checker). “Automated tests” gives the file and name of each test.',
  manual:
    'Manual checks: “Procedures” are written procedures in docs/accessibility-testing.md in the site’s repository; the record gives the days each was carried out and the pages it covered. On a page a procedure has not covered, a result that rests on it is “Not tested”.',
  tableHeading: 'Success criteria checklist',
  tableCaption:
    'Results for every WCAG 2.2 level A and AA success criterion, and for 4.1.1 (a criterion of JIS X 8341-3:2016 and WCAG 2.0 that WCAG 2.2 removed)',
  colId: 'No.',
  colName: 'Success criterion',
  colLevel: 'Level',
  colJis: 'JIS X 8341-3:2016',
  colResult: 'Result',
  colEvidence: 'Evidence',
  jisYes: 'included',
  jisNo: 'not included (WCAG 2.1 or later)',
  conforms: 'Conforms',
  fails: 'Does not conform',
  'not-applicable': 'Not applicable',
  untested: 'Not tested',
  notRunOn: 'Not tested: the {count} pages procedure {ids} has not covered',
  onPages: '{result} ({count} pages)',
  otherPages: 'the other pages',
  evidenceTest: 'Automated tests',
  evidenceProcedure: 'Procedures',
  resultsTitle: 'Accessibility test results',
  resultsDescription:
    'Test results for each level A and AA success criterion of JIS X 8341-3:2016 and WCAG 2.2 on this site, with their evidence.',
  resultsIntro: 'The results of the testing behind the statement of {date}. The statement: ',
  resultsLink: 'Test results (success criteria checklist)',
  proceduresHeading: 'Manual procedures',
  procedureLine: '“{title}” ({dates}, {by}). ',
  procedurePages: 'Carried out on {count} of the {total} pages in scope. ',
  procedureNotOn: 'Not carried out on: {paths}.',
  procedureBy: 'the site’s developer',
  summary:
    'Of {total} success criteria, {conforms} conform and {na} do not apply on every page in scope; {fails} are not met on some or all pages; {untested} are met where tested but not tested on some pages.',
  failuresHeading: 'Known problems and what we will do',
  noFailures: 'No success criterion failed in testing.',
  planJB:
    'Have the site tested according to the procedure of Annex JB, and revise the wording of this statement from its results.',
  planUntested:
    'Carry out the manual procedures on the pages they have not yet covered, and record their results in the test results.',
  feedbackHeading: 'Reporting a problem',
  feedbackConfigured:
    'If you find any part of this website hard to read or use, please tell the site’s operator ({name}) here:',
  feedbackLink: 'Report an accessibility problem',
  feedbackUnset: '[Not set: the site’s operator and contact are set before the site is published.]',
};

export type StatementKey = keyof typeof ja;
const dictionaries: Record<Locale, Record<StatementKey, string>> = { ja, en };

export function statementText(locale: Locale) {
  return (key: StatementKey, values: Record<string, string | number> = {}) =>
    dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
      if (values[name] === undefined) throw new Error(`statement text "${key}" needs a value for {${name}}`);
      return String(values[name]);
    });
}
