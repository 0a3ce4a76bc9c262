/**
 * Copying a clause link: a click on a clause's "#item-7" link still jumps to the clause, and also
 * puts the full address on the clipboard. The confirmation is shown next to the link and announced
 * (each clause's status element is a polite live region, role="status"). The confirmation's text
 * comes from the page (CopyLinkScript.astro); pages without clause links never see a click on one.
 */
export function initCopyLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || !navigator.clipboard) return;
    const copied = document.querySelector<HTMLElement>('[data-copied-text]')?.dataset.copiedText ?? '';
    const status = link.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    navigator.clipboard.writeText(link.href).then(
      () => {
        document.querySelectorAll('[data-copy-status]').forEach((other) => (other.textContent = ''));
        if (status) status.textContent = copied;
      },
      () => {},
    );
  });
}
