// Fonts are bundled (Latin, Vietnamese and Thai glyphs), so names render on a machine
// with no fonts installed and nothing is fetched at runtime.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-600.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/vietnamese-600.css";
import "@fontsource/noto-sans-thai/thai-400.css";
import "@fontsource/noto-sans-thai/thai-600.css";
import "./app.css";
import { mount } from "svelte";
import App from "./components/App.svelte";
import { i18n } from "./lib/i18n.svelte";

document.documentElement.lang = i18n.locale;
const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
export default mount(App, { target });
