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
  document.documentElement.classList.add('lang-suggest-open');
  slot.querySelector('[data-lang-suggest-close]')?.addEventListener('click', () => {
    try {
      localStorage.setItem(DISMISS_KEY, '1');
    } catch {
      // Storage refused (private mode): the suggestion still closes for this page view.
    }
    slot.querySelector('section')?.remove();
    document.documentElement.classList.remove('lang-suggest-open');
    document.getElementById('main')?.focus();
  });
}
