// sourcedesk: progressive enhancement for the pages. Every form works without this file.
// Source text is only ever put into the page with textContent (never innerHTML).
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

async function jsonOrError(response) {
  let body = null;
  try { body = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : `HTTP ${response.status}`;
    const error = new Error(detail);
    error.body = body;
    throw error;
  }
  return body;
}

// Replace an element with its fresh copy from the server (escaped HTML, parsed inertly).
async function refresh(selectors) {
  const response = await fetch(location.pathname + location.search, { headers: { Accept: "text/html" } });
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const sel of selectors) {
    const fresh = doc.querySelector(sel);
    const old = $(sel);
    if (fresh && old) old.replaceWith(document.importNode(fresh, true));
  }
}

// ---- adding sources -------------------------------------------------------------------

function resultLine(item, result) {
  item.replaceChildren(
    el("span", { class: "status", text: result.status }),
    document.createTextNode(`${result.title || result.origin}${result.error ? ": " + result.error : ""}`),
  );
  item.className = `result ${result.status}`;
}

function uploadOne(file, published, list) {
  const item = el("li", {}, [el("span", { text: file.name })]);
  const bar = el("progress", { max: "100", value: "0", "aria-label": `Uploading ${file.name}` });
  item.append(bar);
  list.append(item);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append("files", file, file.name);
    if (published) form.append("published", published);
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
      const results = Array.isArray(body) ? body : (body && body.results) || [];
      if (results.length) resultLine(item, results[0]);
      else resultLine(item, { status: "error", origin: file.name, error: (body && body.detail) || `HTTP ${xhr.status}` });
      resolve();
    });
    xhr.addEventListener("error", () => {
      resultLine(item, { status: "error", origin: file.name, error: "the desk did not answer" });
      resolve();
    });
    xhr.open("POST", "/api/sources");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.send(form);
  });
}

async function uploadAll(files) {
  const list = $("#progress");
  const published = $("#upload-published") ? $("#upload-published").value : "";
  for (const file of files) await uploadOne(file, published, list);
  await refresh(["#source-list", "#list-title"]);
}

function enhanceUpload() {
  const form = $("#upload");
  if (!form) return;
  const input = $("#files", form);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.files.length) uploadAll(Array.from(input.files)).then(() => { input.value = ""; });
  });
  for (const type of ["dragenter", "dragover"]) {
    form.addEventListener(type, (event) => { event.preventDefault(); form.classList.add("dragging"); });
  }
  for (const type of ["dragleave", "drop"]) {
    form.addEventListener(type, () => form.classList.remove("dragging"));
  }
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) uploadAll(Array.from(event.dataTransfer.files));
  });
}

function enhanceUrl() {
  const form = $("#add-url");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const url = $("#url", form).value.trim();
    const published = $("#upload-published") ? $("#upload-published").value : "";
    const item = el("li", { text: `Fetching ${url}…` });
    $("#progress").append(item);
    try {
      const response = await fetch("/api/sources/url", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ url, published: published || null }),
      });
      resultLine(item, await jsonOrError(response));
      $("#url", form).value = "";
      await refresh(["#source-list", "#list-title"]);
    } catch (error) {
      resultLine(item, { status: "error", origin: url, error: error.message });
    }
  });
}

// ---- removing a source ------------------------------------------------------------------

function enhanceRemove() {
  const dialog = $("#confirm-remove");
  if (!dialog || typeof dialog.showModal !== "function") return;
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.remove");
    if (!link) return;
    event.preventDefault();
    $(".confirm-name", dialog).textContent = link.dataset.title;
    dialog.returnValue = "";
    dialog.showModal();
    dialog.addEventListener("close", async () => {
      if (dialog.returnValue !== "remove") { link.focus(); return; }
      const response = await fetch(`/api/sources/${encodeURIComponent(link.dataset.id)}`, { method: "DELETE" });
      if (!response.ok) { location.assign(link.href); return; }  // the confirm page says why
      if ($("#reader")) location.assign("/");
      else await refresh(["#source-list", "#list-title"]);
    }, { once: true });
  });
}

// ---- the chat ---------------------------------------------------------------------------

function citeLink(c) {
  const href = `/sources/${encodeURIComponent(c.source_id)}?start=${c.start}&end=${c.end}#passage`;
  return el("a", {
    class: "cite", href, "data-source": c.source_id, "data-start": String(c.start), "data-end": String(c.end),
    "aria-label": `Citation ${c.n}: open ${c.title || c.source_id} at the passage`, text: `[${c.n}]`,
  });
}

function citeList(citations) {
  return el("ol", { class: "cites" }, citations.map((c) => el("li", {}, [
    citeLink(c), document.createTextNode(" "), el("q", { text: c.quote }), document.createTextNode(" "),
    el("span", { class: "src", text: c.title || "" }),
  ])));
}

// The answer's text with its [n] markers turned into citation links (as the server renders it).
function answerText(text, citations) {
  const byN = new Map((citations || []).map((c) => [c.n, c]));
  const node = el("p", { class: "answer-text" });
  let last = 0;
  for (const match of text.matchAll(/\[(\d{1,3})\]/g)) {
    const cited = byN.get(Number(match[1]));
    if (!cited) continue;
    node.append(document.createTextNode(text.slice(last, match.index)), citeLink(cited));
    last = match.index + match[0].length;
  }
  node.append(document.createTextNode(text.slice(last)));
  return node;
}

// Mirrors interfaces/render.py: one story's figure told at two times is no dispute.
const DISAGREEMENT_LABELS = {
  "earlier reports": "Figures changed over time (earlier reports)",
  "later reports": "Figures changed over time (later reports)",
  "earlier snapshot": "An earlier snapshot of the page said otherwise",
};

function turnNode(t) {
  const answer = el("div", { class: "a" }, [
    t.abstained ? el("p", { class: "badge", text: "Not in the sources" }) : null,
    answerText(t.answer, t.citations),
    t.citations && t.citations.length ? citeList(t.citations) : null,
  ]);
  for (const d of t.disagreements || []) {
    const label = DISAGREEMENT_LABELS[d.kind] || "Sources disagree";
    answer.append(el("p", { class: "disagree", text: `${label}${d.about ? " about " + d.about : ""}.` }));
  }
  if (t.abstained && t.closest && t.closest.length) {
    answer.append(el("details", { class: "closest" }, [el("summary", { text: "Closest passages" }), citeList(t.closest)]));
  }
  const resolved = t.resolved_question && t.resolved_question !== t.question
    ? el("p", { class: "resolved", text: `Read as: ${t.resolved_question}` }) : null;
  const question = el("p", { class: "q" }, [el("span", { class: "who", text: "You asked" }), document.createTextNode(" " + t.question)]);
  return el("li", { class: t.abstained ? "turn abstained" : "turn" }, [question, resolved, answer]);
}

function enhanceAsk() {
  const form = $("#ask");
  if (!form) return;
  const turns = $("#turns");
  const status = $(".ask-status", form);
  const input = $("#question", form);
  const button = $("button[type=submit]", form);
  turns.scrollTop = turns.scrollHeight;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    button.disabled = true;
    status.className = "ask-status";
    status.textContent = "Searching the sources…";
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ question, session: form.dataset.session }),
      });
      const turn = await jsonOrError(response);
      const empty = $(".chat-empty");
      if (empty) empty.remove();
      turns.append(turnNode(turn));
      turns.scrollTop = turns.scrollHeight;
      input.value = "";
      status.textContent = turn.abstained ? "The sources do not say." : "Answered.";
    } catch (error) {
      status.className = "ask-status error";
      status.textContent = error.message;
    } finally {
      button.disabled = false;
      input.focus();
    }
  });
}

// ---- following a citation inside the open source ----------------------------------------

// Python counts characters by code point; JavaScript strings index UTF-16 units.
function unitIndex(text, codePoints) {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

function clearMarks(root) {
  for (const mark of $$("mark.hl", root)) {
    const parent = mark.parentNode;
    mark.replaceWith(document.createTextNode(mark.textContent));
    parent.normalize();
  }
}

function highlight(root, start, end) {
  clearMarks(root);
  let first = null;
  for (const block of $$(".block", root)) {
    const bStart = Number(block.dataset.start);
    const bEnd = Number(block.dataset.end);
    if (end <= bStart || start >= bEnd) continue;
    const text = block.textContent;
    const from = unitIndex(text, Math.max(start, bStart) - bStart);
    const to = unitIndex(text, Math.min(end, bEnd) - bStart);
    const mark = el("mark", { class: "hl", text: text.slice(from, to) });
    block.replaceChildren(document.createTextNode(text.slice(0, from)), mark, document.createTextNode(text.slice(to)));
    if (!first) { first = mark; mark.id = "passage"; mark.tabIndex = -1; }
  }
  return first;
}

function enhanceCitations() {
  const reader = $("#reader[data-source]");
  if (!reader) return;
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.cite");
    if (!link || link.dataset.source !== reader.dataset.source || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const mark = highlight($("#text"), Number(link.dataset.start), Number(link.dataset.end));
    if (!mark) return;
    history.replaceState(null, "", link.getAttribute("href"));
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  });
  const passage = $("#passage");
  if (passage) {
    passage.scrollIntoView({ block: "center" });
    passage.focus({ preventScroll: true });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  enhanceUpload();
  enhanceUrl();
  enhanceRemove();
  enhanceAsk();
  enhanceCitations();
});
