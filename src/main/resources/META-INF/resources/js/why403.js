// Only a nicety: the pages work without it. A printed diagnosis should show what sits behind the toggles.
window.addEventListener("beforeprint", () => {
  document.querySelectorAll("details:not([open])").forEach((details) => {
    details.setAttribute("open", "");
    details.dataset.openedForPrint = "true";
  });
});

window.addEventListener("afterprint", () => {
  document.querySelectorAll("details[data-opened-for-print]").forEach((details) => {
    details.removeAttribute("open");
    delete details.dataset.openedForPrint;
  });
});
