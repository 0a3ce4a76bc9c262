import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../src/client/language-suggestion';

describe('language suggestion', () => {
  it('takes the first of the browser languages that the site has', () => {
    expect(preferredLanguage(['en-GB', 'en'], ['ja', 'en'])).toBe('en');
    expect(preferredLanguage(['ja-JP', 'en-US'], ['ja', 'en'])).toBe('ja');
    expect(preferredLanguage(['de-DE', 'EN'], ['ja', 'en'])).toBe('en');
    expect(preferredLanguage(['de-DE'], ['ja', 'en'])).toBeUndefined();
  });
});
