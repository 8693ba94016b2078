// Only a nicety: without it the agent selects the text in the read-only field and copies it as usual.
document.querySelectorAll(".copy-button").forEach((button) => {
  const source = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector(".copy-status");
  button.hidden = false;
  button.addEventListener("click", () => copy(source, status));
});

function copy(source, status) {
  source.focus();
  source.select();
  const copied = navigator.clipboard
    ? navigator.clipboard.writeText(source.value)
    : Promise.reject(new Error("no clipboard"));
  copied
    .catch(() => {
      if (!document.execCommand("copy")) {
        throw new Error("copy refused");
      }
    })
    .then(() => { status.textContent = "Copied."; })
    .catch(() => { status.textContent = "Selected: press Ctrl+C to copy."; });
}
