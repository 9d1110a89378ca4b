import "@testing-library/jest-dom/vitest";

// A test of the build runs in Node (`@vitest-environment node`); the rest in jsdom.
if (typeof window !== "undefined") {
  // jsdom does not scroll; the router asks it to after each navigation.
  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  // jsdom draws nothing: a chart finds no canvas context and leaves its table to say it all.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

// Lazy pages load their modules on first render; on a busy CI machine that can take longer
// than the default second, so waits get more room (they still end as soon as the page is there).
import { configure } from "@solidjs/testing-library";
configure({ asyncUtilTimeout: 5000 });
