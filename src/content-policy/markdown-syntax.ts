/**
 * The Markdown syntax content is written in: CommonMark with GitHub's tables, footnotes,
 * strikethrough and task lists, but without GitHub's automatic links. Plain text such as
 * `www.city.kawasaki.jp` or `info@bio-m.org` stays text: it becomes a link only when the editor
 * writes one, so the address rules see every link the site publishes, and a refusal never names
 * an http: or mailto: link the editor did not write. The content check and the render use this
 * one definition.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/** micromark syntax extensions: GFM without autolink literals. */
export const gfmSyntax = () => [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];

/** The matching mdast extensions (none of them turns text into links). */
export const gfmFromMarkdownWithoutAutolinks = () => [
  gfmFootnoteFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
];

interface ProcessorData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/**
 * The same syntax as a remark plugin for the render (`unified({ gfm: false, remarkPlugins: […] })`),
 * in place of remark-gfm, which also links bare addresses.
 */
export const remarkGfmWithoutAutolinks: RemarkPlugin = function () {
  const data = this.data() as ProcessorData;
  (data.micromarkExtensions ??= []).push(...gfmSyntax());
  (data.fromMarkdownExtensions ??= []).push(...gfmFromMarkdownWithoutAutolinks());
};
