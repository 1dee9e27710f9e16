// A refused import in the dialog: the shell's error carries the core's sentence and one
// row per problem, already in the window's language; the dialog shows them as a table.
import { describe, expect, it, afterEach } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockBridge } from "../test/bridge";
import { setLocale } from "../lib/i18n.svelte";
import ImportDialog from "./ImportDialog.svelte";
import type { CommandError } from "../lib/bindings/CommandError";

const REFUSED: CommandError = {
  code: "invalid-import",
  message:
    "đã từ chối nhập và kế hoạch không bị thay đổi; hãy sửa 2 lỗi này trong tệp rồi nhập lại:",
  problems: [
    {
      file: "key_results.csv",
      place: { kind: "line", line: 3 },
      at: "dòng 3",
      column: "target",
      value: "sáu mươi",
      message: "không phải là số",
    },
    {
      file: "Kết quả then chốt",
      place: { kind: "row", row: 7 },
      at: "hàng 7",
      column: "A (Mục tiêu)",
      value: "o-zz",
      message: "không phải là mã của mục tiêu nào trong objectives.csv hay trong kế hoạch",
    },
  ],
};

afterEach(() => setLocale("en"));

describe("import problems", () => {
  it("lists every problem of a refused import as a row, in the window's language", async () => {
    setLocale("vi");
    const calls = mockBridge({
      import_spreadsheets: () => {
        throw REFUSED;
      },
    });
    render(ImportDialog, { onclose: () => {} });
    await fireEvent.input(screen.getByTestId("import-file-keyResults"), {
      target: { value: "/tmp/key_results.csv" },
    });
    await fireEvent.click(screen.getByTestId("import-run"));

    const rows = await waitFor(() => {
      const r = screen.getAllByTestId("import-problem-row");
      expect(r).toHaveLength(2);
      return r;
    });
    const cells = rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent));
    expect(cells[0]).toEqual([
      "key_results.csv",
      "dòng 3",
      "target",
      "sáu mươi",
      "không phải là số",
    ]);
    expect(cells[1]?.slice(0, 2)).toEqual(["Kết quả then chốt", "hàng 7"]);
    expect(screen.getByTestId("import-problem").textContent).toContain("hãy sửa 2 lỗi này");
    // The headers are the window's words too.
    expect(screen.getByTestId("import-problems").textContent).toContain("Giá trị");
    expect(calls.filter((c) => c.cmd === "import_spreadsheets")).toHaveLength(1);
    expect(screen.queryByTestId("import-remove-run")).toBeNull();
  });

  it("shows a refusal without problems as its sentence alone", async () => {
    mockBridge({
      import_spreadsheets: () => {
        throw { code: "io", message: "kr.csv: the file could not be read" } as CommandError;
      },
    });
    render(ImportDialog, { onclose: () => {} });
    await fireEvent.input(screen.getByTestId("import-file-keyResults"), {
      target: { value: "/tmp/kr.csv" },
    });
    await fireEvent.click(screen.getByTestId("import-run"));
    await waitFor(() =>
      expect(screen.getByTestId("import-problem").textContent).toContain("could not be read"),
    );
    expect(screen.queryByTestId("import-problems")).toBeNull();
  });
});
