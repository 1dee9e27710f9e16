// Tests run in jsdom with the Tauri bridge mocked per test (see api.test.ts).
import { afterEach } from "vitest";
import { clearMocks } from "@tauri-apps/api/mocks";

afterEach(() => {
  clearMocks();
});
