import type { RSSFeedItem } from '@astrojs/rss';
import { xmlSafe } from './xml-text';

/** One news entry as the feed shows it. */
export interface FeedNews {
  title: string;
  description: string;
  /** The entry's page. */
  link: string;
  /** Only when the content gives a day: a feed never invents one. */
  pubDate?: Date | undefined;
}

/**
 * The feed's items, from content text. @astrojs/rss escapes the text for XML; this removes what
 * XML cannot hold at all, so that no title can make the feed unreadable. Pure, for the tests.
 */
export function feedItems(news: readonly FeedNews[]): RSSFeedItem[] {
  return news.map((entry) => ({
    title: xmlSafe(entry.title),
    description: xmlSafe(entry.description),
    link: entry.link,
    pubDate: entry.pubDate,
  }));
}
