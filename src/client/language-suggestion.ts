/** Remembered per browser; no cookie. */
export const DISMISS_KEY = 'kawasaki-biom:lang-suggest-dismissed';

/**
 * The language the visitor prefers among ours: the first of navigator.languages whose primary
 * subtag is one of `ours` ('en-GB' → 'en'); undefined when none is.
 */
export function preferredLanguage(languages: readonly string[], ours: readonly string[]): string | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]!;
    if (ours.includes(primary)) return primary;
  }
  return undefined;
}

function dismissed(): boolean {
  try {
    return localStorage.getItem(DISMISS_KEY) === '1';
  } catch {
    return false;
  }
}

export function initLanguageSuggestion(): void {
  const slot = document.querySelector<HTMLElement>('[data-lang-suggest]');
  const template = slot?.querySelector('template');
  if (!slot || !template) return;
  const page = slot.dataset.pageLang!;
  const suggest = slot.dataset.suggestLang!;
  if (dismissed() || preferredLanguage(navigator.languages ?? [], [page, suggest]) !== suggest) return;
  slot.append(template.content.cloneNode(true));
  const html = document.documentElement;
  const banner = slot.querySelector<HTMLElement>('section')!;
  html.classList.add('lang-suggest-open');
  // The page keeps clear of the banner by its real height, which grows with zoom and text size.
  const measure = new ResizeObserver(() => html.style.setProperty('--lang-suggest-height', `${banner.offsetHeight}px`));
  measure.observe(banner);
  // WCAG 2.4.11 (Focus Not Obscured): after the browser has scrolled a newly focused element into
  // view, scroll further if the banner still covers it, so that it sits just above the banner.
  const uncover = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof Element) || banner.contains(target)) return;
    requestAnimationFrame(() => {
      if (!banner.isConnected || document.activeElement !== target) return;
      const box = target.getBoundingClientRect();
      const hidden = box.bottom + 8 - banner.getBoundingClientRect().top;
      const room = box.top - 8; // never push the element's top out of the viewport
      if (hidden > 0) window.scrollBy({ top: Math.min(hidden, Math.max(room, 0)), behavior: 'instant' });
    });
  };
  document.addEventListener('focusin', uncover);
  slot.querySelector('[data-lang-suggest-close]')?.addEventListener('click', () => {
    try {
      localStorage.setItem(DISMISS_KEY, '1');
    } catch {
      // Storage refused (private mode): the suggestion still closes for this page view.
    }
    measure.disconnect();
    document.removeEventListener('focusin', uncover);
    banner.remove();
    html.classList.remove('lang-suggest-open');
    html.style.removeProperty('--lang-suggest-height');
    document.getElementById('main')?.focus();
  });
}
