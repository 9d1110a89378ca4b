import { render } from "solid-js/web";
import { App } from "./App";
import { languageReady } from "./i18n";
import "./styles.css";

// A reader who chose English sees the first page in English: render once it has arrived.
const root = document.getElementById("root");
if (root) void languageReady.then(() => render(() => <App />, root));
