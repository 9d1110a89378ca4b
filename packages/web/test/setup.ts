import "@testing-library/jest-dom/vitest";

// jsdom does not scroll; the router asks it to after each navigation.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = function scrollIntoView() {};
