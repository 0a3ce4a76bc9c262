import { OPERATOR } from '../../site.config.mjs';
import type { Locale } from '../i18n/locales';

/**
 * The site's operator as configured (site.config.mjs), for the footer and the accessibility
 * statement: undefined fields are not set (the build for the public refuses that; development
 * shows a marked placeholder). The contact was checked when the config was loaded.
 */
export function operatorFor(locale: Locale): { name: string | undefined; contact: string | undefined } {
  const name = OPERATOR.name[locale].trim() || undefined;
  const contact = OPERATOR.contact.trim() ? new URL(OPERATOR.contact.trim()).href : undefined;
  return { name, contact };
}
