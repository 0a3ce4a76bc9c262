import type { Locale } from './locales';

/**
 * The accessibility statement's fixed wording (the test report around the criteria table). Its
 * conformance wording follows the JIS X 8341-3:2016 notation guideline (準拠 / 一部準拠 / 配慮).
 */
const ja = {
  policyHeading: 'アクセシビリティ方針',
  policy:
    'このサイトは、日本産業規格JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベルAAを目標とし、あわせてWeb Content Accessibility Guidelines（WCAG）2.2のレベルAAの達成基準を満たすことを目標としています。',
  claimHeading: '対応状況',
  claim: 'JIS X 8341-3:2016の適合レベルAAに配慮',
  claimWhy:
    '「準拠」または「一部準拠」と表記できるのは、JIS X 8341-3:2016の附属書JBに基づく試験（対象のページで、すべての達成基準を人が判定する試験）を実施し、その結果を公開した場合に限られます。「準拠」はさらに、すべての達成基準を満たしていることが条件です。当サイトの試験は、自動試験と、担当者1人による手作業の確認で、スクリーンリーダーなどの支援技術による確認を含まず、附属書JBの試験の条件を満たしていません。そのため「配慮」と表記します。下の表は、その試験の結果です。',
  scopeHeading: '対象ページ',
  scope: 'このサイトのすべてのページ（日本語と英語）：',
  testHeading: '試験の日付と方法',
  testDate: '手作業の確認を最後に行った日：{date}',
  automated:
    '自動試験：サイトを変更するたびに、すべてのページをChromiumで表示して実行します（Playwright、axe-core {axe}、Nu HTML Checker）。表の「自動試験」は、その達成基準を確かめる試験のファイル名と名前です。',
  manual:
    '手作業の確認：表の「手順」は、リポジトリのdocs/accessibility-testing.mdに書いた確認の手順で、日付はその手順を最後に行った日です。',
  tableHeading: '達成基準チェックリスト',
  tableCaption: 'WCAG 2.2のレベルAAまでのすべての達成基準と、JIS X 8341-3:2016だけにある4.1.1の結果',
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
  evidenceTest: '自動試験',
  evidenceScript: 'npm run {script}',
  evidenceProcedure: '手順{id}「{title}」（{date}）',
  summary: '適合{conforms}件、不適合{fails}件、非適用{na}件（全{total}件）。',
  failuresHeading: '既知の問題',
  noFailures: '試験で不適合となった達成基準はありません。',
  feedbackHeading: '問題のご連絡',
  feedbackConfigured: 'このサイトで読みにくい箇所や操作できない箇所がありましたら、こちらからお知らせください：',
  feedbackLink: 'アクセシビリティについてのご連絡',
  feedbackPartners:
    'このサイトで読みにくい箇所や操作できない箇所がありましたら、各パートナーの公式ホームページからお知らせください。',
} as const;

const en: Record<keyof typeof ja, string> = {
  policyHeading: 'Accessibility policy',
  policy:
    'This site aims at conformance level AA of the Japanese Industrial Standard JIS X 8341-3:2016 (Guidelines for older persons and persons with disabilities — Information and communications equipment, software and services — Part 3: Web content), and at the level AA success criteria of the Web Content Accessibility Guidelines (WCAG) 2.2.',
  claimHeading: 'Conformance status',
  claim: 'JIS X 8341-3:2016 level AA taken into account',
  claimWhy:
    'Under the Japanese notation guideline, a site may say that it conforms or partially conforms only after a test according to Annex JB of JIS X 8341-3:2016 — a person judging every success criterion on the pages in scope — with the results published; “conforms” also requires every criterion to be met. This site’s testing is automated tests plus manual checks by one person, without assistive technology such as a screen reader, and does not meet the conditions of an Annex JB test. It therefore says only that level AA was taken into account. The table below gives the results of that testing.',
  scopeHeading: 'Pages in scope',
  scope: 'Every page of this site, in Japanese and in English:',
  testHeading: 'Test date and method',
  testDate: 'Manual checks last carried out: {date}',
  automated:
    'Automated tests: run on every change to the site, on every page, in Chromium (Playwright, axe-core {axe}, the Nu HTML Checker). “Automated test” in the table gives the file and name of the test that checks the criterion.',
  manual:
    'Manual checks: “Procedure” in the table refers to a written procedure in docs/accessibility-testing.md in the site’s repository, with the date it was last carried out.',
  tableHeading: 'Success criteria checklist',
  tableCaption:
    'Results for every WCAG 2.2 level A and AA success criterion, and for 4.1.1, which only JIS X 8341-3:2016 still has',
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
  evidenceTest: 'Automated test',
  evidenceScript: 'npm run {script}',
  evidenceProcedure: 'Procedure {id}, “{title}” ({date})',
  summary: '{conforms} conform, {fails} do not conform, {na} not applicable ({total} in all).',
  failuresHeading: 'Known problems',
  noFailures: 'No success criterion failed in testing.',
  feedbackHeading: 'Reporting a problem',
  feedbackConfigured: 'If you find any part of this website hard to read or use, please tell us here:',
  feedbackLink: 'Report an accessibility problem',
  feedbackPartners:
    'If you find any part of this website hard to read or use, please tell the partners through their official websites.',
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
