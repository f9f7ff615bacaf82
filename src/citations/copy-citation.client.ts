// The Cite panel's copy buttons. They are `hidden` in the HTML, shown here: without JavaScript
// the references are plain text to select and copy by hand.
const citeStatus = document.querySelector<HTMLElement>('.cite-status');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const reference = document.getElementById(button.dataset['copy'] ?? '');
    if (!reference || !citeStatus) return;
    citeStatus.textContent = '';
    try {
      await navigator.clipboard.writeText(reference.textContent?.trim() ?? '');
      citeStatus.textContent = button.dataset['copied'] ?? '';
    } catch {
      // No clipboard access (a page served over plain HTTP, a denied permission): select the
      // reference, so one keystroke copies it.
      getSelection()?.selectAllChildren(reference);
      citeStatus.textContent = button.dataset['copyFailed'] ?? '';
    }
  });
}
