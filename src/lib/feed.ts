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
  /**
   * The content's date at its own precision ('2020-02'), for Dublin Core's dc:date, whose W3C-DTF
   * format allows a year and month: a reader then files the 2020 item under 2020, not as new.
   */
  date?: string | undefined;
}

/** The Dublin Core namespace the feed declares for dc:date. */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** A W3C-DTF date without a time: YYYY, YYYY-MM or YYYY-MM-DD. Anything else gives no dc:date. */
const W3CDTF_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The item's <dc:date>, or nothing when the date is not a plain partial date. */
export function dcDate(date: string | undefined): string | undefined {
  return date && W3CDTF_DATE.test(date) ? `<dc:date>${date}</dc:date>` : undefined;
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
    customData: dcDate(entry.date),
  }));
}
