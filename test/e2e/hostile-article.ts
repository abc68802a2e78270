// An invented article whose title, outlet, URL and text try to run script in the workbench.
// Each payload would set window.__pwned (and open a dialog) if it ever ran.
export const HOSTILE_ARTICLE = `title: <script>window.__pwned = "title"; alert("title")</script> Howitzers <img src=x onerror="window.__pwned='title-img'">
outlet: <img src=x onerror="window.__pwned='outlet'; alert('outlet')"> Gazette
published: 2025-07-01
url: javascript:window.__pwned='url';alert('url')
---
Officials said Norway delivered 40 howitzers to Estonia <script>window.__pwned="body"; alert("body")</script> in June.

Read more at <a href="javascript:window.__pwned='link'">javascript:alert('link')</a> and <img src=x onerror="window.__pwned='body-img'"> <svg onload="window.__pwned='svg'"></svg>.
`;

/** Installed before any page script: records CSP violations and dialogs the page could not hide. */
export const WATCH_SCRIPT = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push(e.effectiveDirective + " " + e.blockedURI);
  });
`;
