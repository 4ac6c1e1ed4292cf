/**
 * "Tạo văn bản…" when the real world gets in, on the BUILT bundle in the local runtime and the
 * sample workbook: Google's transient errors, two users of one spreadsheet (drive.file: each
 * user's add-on sees only the files it made), forms someone filled in, a corrected posting, a
 * log that grows, a user's own tab named like the add-on's, a typo in Số tháng.
 */
import { describe, expect, it } from "vitest";
import { DOC_MIME } from "../tools/gas-runtime/drive-app";
import type { Runtime } from "../tools/gas-runtime/index";
import { A, ALL, B, finish, live, setup } from "./support/documents";
import { linkCells } from "./support/links";
import { setSetting } from "./support/settings";

const FORMS_2018 = { year: 2018, kinds: ["reportForms", "evaluationForms"] };

/** The 1-based row of "Đợt cử đi" holding Mã CB `id` (the first one), and a column by header. */
function postingCell(rt: Runtime, id: string, header: string) {
  const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
  const values = sheet.values();
  const row = values.findIndex((r) => r[0] === id) + 1;
  const col = (values[0] as unknown[]).indexOf(header) + 1;
  return sheet.cell(row, col);
}

const logRows = (rt: Runtime) => rt.spreadsheet.sheet("Văn bản")?.values() ?? [];
const docsNamed = (drive: ReturnType<typeof setup>["drive"], prefix: string) =>
  live(drive, DOC_MIME).filter((f) => f.name.startsWith(prefix));

describe("Google's transient errors", () => {
  it("a rate limit or a server error is retried with backoff, never taken for a file that is gone", () => {
    const { rt, drive } = setup();
    const first = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    const files = drive.files.size;
    // Every check of a known folder or template answers 429, then 503, then works.
    drive.faults!.failNext(/^Drive\.Files\.get$/, 2, { kind: "tooManyRequests" });
    drive.faults!.failNext(/^Drive\.Files\.list$/, 1, { kind: "unavailable" });
    const again = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(again).toMatchObject({ created: 0, skipped: first.created, done: true });
    expect(drive.files.size).toBe(files);
    expect(rt.calls["Utilities.sleep"]).toBeGreaterThanOrEqual(3);
  });

  it("a copy whose answer was lost to a server error is found by its key, not made twice", () => {
    const { rt, drive } = setup();
    finish(rt, { year: 2018, kinds: ["proposal"], onExisting: "skip" }); // templates made
    drive.faults!.failNext(/^Drive\.Files\.copy$/, 1, { kind: "backendError", when: "after" });
    const made = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(made.created).toBe(14);
    const names = docsNamed(drive, "2018 – ").map((f) => f.name);
    expect(names).toHaveLength(15); // and the proposal list
    expect(new Set(names).size).toBe(15);
  });
});

describe("two users of one spreadsheet", () => {
  it("A makes the documents; B is never given duplicates, gets her own copies only when she asks; every link opens for its owner", () => {
    const { rt, drive } = setup();
    const first = finish(rt, { kinds: ALL, onExisting: "skip" });
    const made = live(drive, DOC_MIME).length;

    rt.setUser(B);
    const kept = finish(rt, { kinds: ALL, onExisting: "skip" });
    expect(kept).toMatchObject({ created: 0, updated: 0 });
    expect(kept.message).toContain(
      `${first.created} văn bản do người dùng khác tạo (truong.ban (truong.ban@example.org))`,
    );
    expect(kept.message).toContain('"Tạo bản riêng của tôi"');
    const updated = finish(rt, { kinds: ALL, onExisting: "update" });
    expect(updated).toMatchObject({ created: 0, updated: 0 });
    const left = logRows(rt).filter((r) => String(r[6]).startsWith("Để nguyên"));
    expect(left).toHaveLength(first.created);
    // Whose each one is, and who was told: the log names both.
    expect(left[0]![8]).toBe("Văn bản của truong.ban (truong.ban@example.org)");
    expect(left[0]![9]).toBe("chuyen.vien (chuyen.vien@example.org)");
    // No document of A's was made again (not even a template: she needed none).
    expect(live(drive, DOC_MIME).filter((f) => f.owner === B)).toEqual([]);

    const own = finish(rt, { year: 2019, kinds: ALL, onExisting: "skip", ownCopies: true });
    expect(own.created).toBeGreaterThan(0);
    expect(logRows(rt).some((r) => String(r[6]).startsWith("Tạo bản riêng"))).toBe(true);

    rt.setUser(A);
    const again = finish(rt, { kinds: ALL, onExisting: "skip" });
    expect(again.created).toBe(0);
    expect(live(drive, DOC_MIME).filter((f) => f.owner === A).length).toBe(made);
    for (const row of linkCells(rt).slice(1)) {
      for (const { url } of row.links.flat()) {
        const id = /\/d\/([^/]+)\//.exec(url)![1]!;
        const file = drive.files.get(id)!;
        expect(drive.canOpen(id, file.owner), url).toBe(true);
      }
    }
    // B's own copies of 2019 stay linked: A's kept documents do not take their places back.
    const linked = linkCells(rt).flatMap((r) => r.links.flat().map((l) => l.url));
    const owners = new Set(
      linked.map((u) => drive.files.get(/\/d\/([^/]+)\//.exec(u)![1]!)!.owner),
    );
    expect([...owners].sort()).toEqual([A, B].sort());
  });
});

describe("forms someone filled in", () => {
  it("are never overwritten: 'update' makes a new version beside them and says so", () => {
    const { rt, drive } = setup();
    finish(rt, { ...FORMS_2018, onExisting: "skip" });
    const form = docsNamed(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc")[0]!;
    const untouched = docsNamed(drive, "2018 – CB002 Trần Thị Bình – Báo cáo kết thúc")[0]!;
    drive.editByHand(form.id, (doc) => {
      doc.body.push({
        type: "PARAGRAPH",
        text: "Tôi đã tham gia tổ chức 12 hoạt động tình nguyện tại xã Tân Lập.",
        style: {},
      } as never);
    });
    postingCell(rt, "CB001", "Đơn vị tiếp nhận").value = "Huyện đoàn Dương Minh Châu";
    const result = finish(rt, { ...FORMS_2018, onExisting: "update" });
    expect(result.message).toContain("1 mẫu đã có người điền nên không bị ghi đè");
    expect(drive.docText(form.id)).toContain("12 hoạt động tình nguyện tại xã Tân Lập");
    expect(drive.docText(form.id)).not.toContain("Dương Minh Châu");
    const beside = docsNamed(
      drive,
      "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc (bản cập nhật 15/06/2021)",
    );
    expect(beside).toHaveLength(1);
    expect(drive.docText(beside[0]!.id)).toContain("Dương Minh Châu");
    expect(drive.path(beside[0]!.id)).toBe(`Đi cơ sở – Văn bản/2018/${beside[0]!.name}`);
    // A form nobody touched is updated in place (same file, same link).
    expect(docsNamed(drive, "2018 – CB002 Trần Thị Bình – Báo cáo kết thúc")[0]!.id).toBe(
      untouched.id,
    );
    const row = linkCells(rt).find((r) => r.id === "CB001")!;
    expect(row.links[0]!.find((l) => l.label === "Báo cáo kết thúc")!.url).toContain(beside[0]!.id);
  });
});

describe("a corrected posting", () => {
  it("its earlier forms move to 'Đã thay thế' (never deleted), the new ones take their place", () => {
    const { rt, drive } = setup();
    finish(rt, { ...FORMS_2018, onExisting: "skip" });
    const old = docsNamed(drive, "2018 – CB004 ").map((f) => f.id);
    expect(old.length).toBeGreaterThan(0);
    const start = postingCell(rt, "CB004", "Ngày bắt đầu");
    start.value = new Date(Date.UTC(2018, 1, 1) - 7 * 3_600_000); // 01/02/2018, typed again
    const result = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(result.message).toContain(`${old.length} văn bản của đợt cử đi đã sửa`);
    for (const id of old) {
      expect(drive.files.get(id)!.trashed).toBe(false);
      expect(drive.path(id)).toMatch(/^Đi cơ sở – Văn bản\/2018\/Đã thay thế\/2018 – CB004 /);
    }
    const row = linkCells(rt).find((r) => r.id === "CB004")!;
    for (const { url } of row.links.flat()) {
      expect(old.some((id) => url.includes(id))).toBe(false);
      expect(drive.path(/\/d\/([^/]+)\//.exec(url)![1]!)).toMatch(
        /^Đi cơ sở – Văn bản\/2018\/2018 – CB004 /,
      );
    }
    expect(logRows(rt).filter((r) => String(r[6]).startsWith("Đã thay thế"))).toHaveLength(
      old.length,
    );
  });
});

describe("the log", () => {
  it("records actions, not every kept document, and grows past the sheet's last row (5 000 rows)", () => {
    const { rt } = setup();
    finish(rt, { ...FORMS_2018, onExisting: "skip" });
    const rows = logRows(rt).length;
    finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(logRows(rt)).toHaveLength(rows);
    const log = rt.spreadsheet.sheet("Văn bản")!;
    for (let r = rows + 1; r <= 5_000; r += 1) log.cell(r, 1).value = "cũ";
    log.maxRows = 5_000;
    const updated = finish(rt, { ...FORMS_2018, onExisting: "update" });
    expect(updated.updated).toBe(14);
    expect(logRows(rt)).toHaveLength(5_014);
    expect(log.maxRows).toBeGreaterThanOrEqual(5_014);
  });

  it("a tab of the user's named Văn bản is left alone; the message says where the log went", () => {
    const { rt } = setup();
    rt.spreadsheet.addSheet("Văn bản", [
      ["Số văn bản", "Ngày", "Trích yếu"],
      ["12-CV/TĐTN", "03/01/2021", "Về việc tổ chức Đại hội"],
    ]);
    const result = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(rt.spreadsheet.sheet("Văn bản")!.values()).toEqual([
      ["Số văn bản", "Ngày", "Trích yếu"],
      ["12-CV/TĐTN", "03/01/2021", "Về việc tổ chức Đại hội"],
    ]);
    expect(rt.spreadsheet.sheet("Văn bản (2)")!.values()).toHaveLength(15);
    expect(result.message).toContain('Nhật ký văn bản ghi ở tab "Văn bản (2)"');
  });
});

describe("bounds", () => {
  it("a Số tháng typo (1200 for 12): that posting gets no form, the others do, and the run says which row and setting", () => {
    const { rt, drive } = setup();
    postingCell(rt, "CB001", "Số tháng").value = 1200;
    const result = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(result.created).toBeGreaterThan(0);
    expect(result.message).toContain(
      'Dòng 2: Số tháng 1200 ngoài khoảng cho phép 12–36 tháng (khóa "Số tháng tối đa"',
    );
    expect(docsNamed(drive, "2018 – CB001 ")).toEqual([]);
    expect(docsNamed(drive, "2018 – CB002 ").length).toBeGreaterThan(0);
  });

  it("999999 months: the postings check writes cells Sheets accepts (at most 50 000 characters)", () => {
    const { rt } = setup();
    postingCell(rt, "CB001", "Số tháng").value = 999999;
    rt.run("menuCheckPostings");
    const longest = Math.max(
      ...rt.spreadsheet
        .sheet("Đợt cử đi")!
        .values()
        .flat()
        .map((v) => String(v ?? "").length),
    );
    expect(longest).toBeLessThan(50_000);
    expect(String(postingCell(rt, "CB001", "Kết quả").value)).toBe("Không hợp lệ");
  });

  it("a run refuses to make more than 30 forms for one posting, and says which row to check", () => {
    const { rt, drive } = setup();
    setSetting(rt, "Số tháng tối đa", 120);
    postingCell(rt, "CB001", "Số tháng").value = 120;
    const result = finish(rt, { ...FORMS_2018, onExisting: "skip" });
    expect(result.created).toBe(0);
    expect(result.message).toMatch(
      /^Không tạo văn bản: đợt cử đi ở dòng 2 cần \d+ mẫu, quá mức 30/,
    );
    expect(live(drive, DOC_MIME)).toEqual([]);
  });
});
