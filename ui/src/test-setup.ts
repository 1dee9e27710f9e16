// Tests run in jsdom with the Tauri bridge mocked per test (see components/App.test.ts).
// jsdom has no layout: give it the few browser APIs the components call.
import { afterEach } from "vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/svelte";

class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResize as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= function () {};

afterEach(() => {
  cleanup();
  clearMocks();
});
