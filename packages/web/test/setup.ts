import "@testing-library/jest-dom/vitest";

// jsdom does not scroll; the router asks it to after each navigation.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = function scrollIntoView() {};

// Lazy pages load their modules on first render; on a busy CI machine that can take longer
// than the default second, so waits get more room (they still end as soon as the page is there).
import { configure } from "@solidjs/testing-library";
configure({ asyncUtilTimeout: 5000 });
