/**
 * "Tạo văn bản…" on the BUILT bundle in the local runtime, on the sample workbook (today
 * 15/06/2021): where files go, the links in the sheet, re-runs that never duplicate (skip and
 * update), a trashed document made again, a run cut by the time budget that the dialog's next
 * call or the next click continues, templates never overwritten. Failures, several users,
 * filled-in forms and corrections: documents.safety.test.ts. What the documents say and look
 * like: documents.content.test.ts.
 */

import { describe, expect, it } from "vitest";
import type { GenerateResult } from "../src/shared/documents";
import { buildSampleModel } from "../tools/demo/sample";
import { DOC_MIME, type DriveStore, driveStoreOf } from "../tools/gas-runtime/drive-app";
import { createRuntime, type Runtime } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";
import { linkCells as links } from "./support/links";
import { setSetting } from "./support/settings";

const NOW = Date.UTC(2021, 5, 15, 3, 30);
const ALL = ["proposal", "reportForms", "evaluationForms", "summary"];

type Result = GenerateResult;

function setup(msPerServiceCall = 0, locale = "vi"): { rt: Runtime; drive: DriveStore } {
  const rt = createRuntime({ now: NOW, spreadsheet: buildSampleModel(), msPerServiceCall, locale });
  rt.load(distDir());
  rt.open("FULL");
  return { rt, drive: driveStoreOf(rt.internals) };
}

/** Very slow calls: the run stops and continues (not opened from the menu: onOpen's 30 s). */
function slow(msPerServiceCall: number): { rt: Runtime; drive: DriveStore } {
  const rt = createRuntime({ now: NOW, spreadsheet: buildSampleModel(), msPerServiceCall });
  rt.load(distDir());
  return { rt, drive: driveStoreOf(rt.internals) };
}

const generate = (rt: Runtime, request: object) => rt.run<Result>("documentsGenerate", request);
const docs = (drive: DriveStore, prefix = "") =>
  [...drive.files.values()].filter(
    (f) => f.mimeType === DOC_MIME && !f.trashed && f.name.startsWith(prefix),
  );
const byName = (drive: DriveStore, name: string) => {
  const found = drive.byName(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const textOf = (drive: DriveStore, name: string) => drive.docText(byName(drive, name).id);

/** A date cell as Sheets holds it: local midnight in Tây Ninh (UTC+7). */
const localDate = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

describe("the documents of 2018", () => {
  const { rt, drive } = setup();
  const result = generate(rt, { year: 2018, kinds: ALL, onExisting: "skip" });

  it("makes the proposal, each posting's forms and the summary in the year's folder", () => {
    expect(result.done).toBe(true);
    expect(result.created).toBe(16);
    expect(result.links).toHaveLength(16);
    expect(docs(drive, "2018").map((f) => drive.path(f.id))).toContain(
      "Đi cơ sở – Văn bản/2018/2018 – CB002 Trần Thị Bình – Báo cáo 6 tháng lần 2",
    );
    for (const f of docs(drive, "2018"))
      expect(drive.path(f.id)).toMatch(/^Đi cơ sở – Văn bản\/2018\//);
    expect(
      docs(drive, "Mẫu – ")
        .map((f) => drive.path(f.id))
        .sort(),
    ).toEqual([
      "Đi cơ sở – Mẫu văn bản/Mẫu – Báo cáo 6 tháng của cán bộ",
      "Đi cơ sở – Mẫu văn bản/Mẫu – Báo cáo kết thúc của cán bộ",
      "Đi cơ sở – Mẫu văn bản/Mẫu – Báo cáo tổng hợp kết quả",
      "Đi cơ sở – Mẫu văn bản/Mẫu – Danh sách đề xuất",
      "Đi cơ sở – Mẫu văn bản/Mẫu – Nhận xét của đơn vị tiếp nhận",
    ]);
  });

  it("writes the links back: labelled links in the posting's columns, each action in the log", () => {
    const id = byName(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc").id;
    const row2 = links(rt)[1]!;
    expect(row2.text[0]).toBe("Báo cáo 6 tháng lần 1\nBáo cáo kết thúc");
    expect(row2.links[0]).toContainEqual({
      label: "Báo cáo kết thúc",
      url: `https://docs.google.com/document/d/${id}/edit`,
    });
    expect(row2.links[1]![0]!.label).toBe("Nhận xét 6 tháng lần 1");
    expect(row2.text.join("")).not.toContain("https:");
    const log = rt.spreadsheet.sheet("Văn bản")!.values();
    expect(log[0]).toEqual([
      "Thời gian",
      "Năm",
      "Loại",
      "Dòng",
      "Tên văn bản",
      "Liên kết",
      "Thao tác",
      "Mã phiên bản",
      "Ghi chú",
      "Người thực hiện",
    ]);
    expect(log).toHaveLength(17);
    expect(log[1]![3] ?? "").toBe("");
    expect([log[1]![1], log[1]![2], ...log[1]!.slice(4, 7)]).toEqual([
      2018,
      "Danh sách đề xuất",
      "2018 – Danh sách đề xuất",
      `https://docs.google.com/document/d/${byName(drive, "2018 – Danh sách đề xuất").id}/edit`,
      "Tạo mới",
    ]);
    const form = log.find((r) => r[4] === "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc")!;
    expect(form[3]).toBe(2);
    expect(String(form[7])).toMatch(/\S/);
  });

  it("a form costs one Drive copy and one Docs batchUpdate; no DocumentApp call", () => {
    const { rt: again } = setup();
    generate(again, { year: 2019, kinds: ["reportForms"], onExisting: "skip" }); // templates made
    again.resetCalls();
    generate(again, { year: 2018, kinds: ["reportForms"], onExisting: "skip" });
    expect(again.calls["Drive.Files.copy"]).toBe(7);
    expect(again.calls["Docs.Documents.batchUpdate"]).toBe(7);
    const documentApp = Object.keys(again.calls).filter((k) => /^(DocumentApp|Body|Table)/.test(k));
    expect(documentApp).toEqual([]);
  });

  it("creating costs at most 6 service calls per document overall, list rows included", () => {
    const { rt: again, drive: d } = setup();
    const first = generate(again, { year: 2018, kinds: ALL, onExisting: "skip" }); // templates made
    again.advance(60_000); // a minute later: the Docs API's per-minute quota is the next minute's
    again.resetCalls();
    const made = generate(again, { kinds: ALL, onExisting: "skip" });
    expect(made.skipped).toBe(first.created);
    expect(made.created).toBeGreaterThan(40);
    expect(again.totalCalls() / made.created).toBeLessThanOrEqual(6);
    // The list rows, made in the same Docs call: the year's two proposed cadres.
    const proposal = textOf(d, "2019 – Danh sách đề xuất");
    const list = proposal.split("PHỤ LỤC")[0]!;
    expect(list.match(/^[12]\t.+ – Chuyên viên/gm)).toHaveLength(2);
  });

  it("updating in place costs at most 8 service calls per document and keeps every link", () => {
    const { rt: again, drive: d } = setup();
    generate(again, { kinds: ALL, onExisting: "skip" });
    const before = docs(d)
      .map((f) => f.id)
      .sort();
    again.resetCalls();
    const updated = generate(again, { kinds: ALL, onExisting: "update" });
    expect(updated.updated).toBe(before.length - 6); // not the 5 templates and the guide
    expect(again.totalCalls() / updated.updated).toBeLessThanOrEqual(8);
    expect(
      docs(d)
        .map((f) => f.id)
        .sort(),
    ).toEqual(before);
  });
});

describe("re-runs", () => {
  it("skip: nothing is made twice, the links stay", () => {
    const { rt, drive } = setup();
    generate(rt, { year: 2019, kinds: ALL, onExisting: "skip" });
    const before = docs(drive, "2019")
      .map((f) => f.id)
      .sort();
    const links = rt.spreadsheet
      .sheet("Đợt cử đi")!
      .values()
      .map((r) => r.slice(-2));
    const again = generate(rt, { year: 2019, kinds: ALL, onExisting: "skip" });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: before.length, done: true });
    expect(
      docs(drive, "2019")
        .map((f) => f.id)
        .sort(),
    ).toEqual(before);
    expect(
      rt.spreadsheet
        .sheet("Đợt cử đi")!
        .values()
        .map((r) => r.slice(-2)),
    ).toEqual(links);
  });

  it("update: the same files (same links) get the sheet's new data", () => {
    const { rt, drive } = setup();
    generate(rt, { year: 2018, kinds: ["reportForms", "proposal"], onExisting: "skip" });
    const id = byName(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc").id;
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    const unitCol = (sheet.values()[0] as unknown[]).indexOf("Đơn vị tiếp nhận") + 1;
    sheet.cell(2, unitCol).value = "Huyện đoàn Dương Minh Châu";
    const result = generate(rt, {
      year: 2018,
      kinds: ["reportForms", "proposal"],
      onExisting: "update",
    });
    expect(result).toMatchObject({ created: 0, updated: 8, skipped: 0 });
    expect(byName(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc").id).toBe(id);
    const text = drive.docText(id);
    expect(text).toContain("tại Huyện đoàn Dương Minh Châu ở vị trí Phó Bí thư");
    expect(text).not.toContain("Huyện đoàn Tân Biên");
    expect(text.match(/II\. NHỮNG ĐÓNG GÓP CỦA BẢN THÂN TẠI CƠ SỞ/g)).toHaveLength(1);
    const proposal = textOf(drive, "2018 – Danh sách đề xuất");
    // Updated in place, not appended to: CB001 once, the year's two proposed cadres.
    expect(proposal.match(/Nguyễn Văn An – /g)).toHaveLength(1);
    expect(proposal.match(/\tĐối tượng [12]; /g)).toHaveLength(2);
    expect(proposal).toContain("Huyện đoàn Dương Minh Châu, Phó Bí thư");
    expect(docs(drive, "2018")).toHaveLength(8);
  });

  it("a trashed document is made again and its new link replaces the old one", () => {
    const { rt, drive } = setup();
    generate(rt, { year: 2018, kinds: ["reportForms"], onExisting: "skip" });
    const old = byName(drive, "2018 – CB004 Phạm Minh Dũng – Báo cáo kết thúc");
    old.trashed = true;
    const result = generate(rt, { year: 2018, kinds: ["reportForms"], onExisting: "skip" });
    expect(result).toMatchObject({ created: 1, skipped: 6 });
    const made = byName(drive, "2018 – CB004 Phạm Minh Dũng – Báo cáo kết thúc");
    expect(made.id).not.toBe(old.id);
    const urls = links(rt).flatMap((r) => r.links.flat().map((l) => l.url));
    expect(urls.join("\n")).toContain(made.id);
    expect(urls.join("\n")).not.toContain(old.id);
  });

  it("selected rows only: the forms of those postings", () => {
    const { rt, drive } = setup();
    const result = generate(rt, { kinds: ["reportForms"], rows: [3], onExisting: "skip" });
    expect(result.created).toBe(3);
    expect(
      docs(drive, "2018 – CB002")
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      "2018 – CB002 Trần Thị Bình – Báo cáo 6 tháng lần 1",
      "2018 – CB002 Trần Thị Bình – Báo cáo 6 tháng lần 2",
      "2018 – CB002 Trần Thị Bình – Báo cáo kết thúc",
    ]);
    expect(docs(drive, "20")).toHaveLength(3);
  });
});

describe("long runs", () => {
  it("stops before the time limit, continues on the next call, nothing duplicated or lost", () => {
    const { rt: full, drive: reference } = setup();
    generate(full, { kinds: ALL, onExisting: "skip" });
    const expected = docs(reference)
      .map((f) => f.name)
      .sort();

    const { rt, drive } = setup(1_000); // 1 s per service call: a slow day at Google
    const first = generate(rt, { kinds: ALL, onExisting: "skip" });
    expect(first.done).toBe(false);
    expect(first.remaining).toBeGreaterThan(0);
    expect(first.message).toMatch(/Còn \d+ văn bản/);
    expect(first.message).toContain('mở lại "Tạo văn bản…" và bấm Tạo văn bản');
    expect(rt.triggers).toHaveLength(0);
    let last = first;
    let calls = 1;
    while (!last.done && calls < 20) {
      last = generate(rt, { kinds: ALL, onExisting: "skip" });
      calls += 1;
    }
    expect(last.done).toBe(true);
    expect(calls).toBeGreaterThan(1);
    expect(rt.triggers).toHaveLength(0);
    expect(
      docs(drive)
        .map((f) => f.name)
        .sort(),
    ).toEqual(expected);
    // Every document but the templates and their guide.
    const made = docs(drive).filter((f) => !drive.path(f.id).startsWith("Đi cơ sở – Mẫu văn bản/"));
    expect(last.created).toBe(made.length);
    const log = rt.spreadsheet.sheet("Văn bản")!.values();
    expect(log).toHaveLength(made.length + 1);
  });

  it("a dialog closed mid-run: the dialog says so when opened again, and one click continues the saved job", () => {
    const { rt, drive } = slow(3_000);
    const request = { year: 2019, kinds: ALL, onExisting: "skip" };
    const first = generate(rt, request);
    expect(first.done).toBe(false);
    // The dialog was closed; an hour later the clerk opens it again.
    rt.advance(3_600_000);
    expect(rt.run<{ pending: boolean }>("documentsOptions").pending).toBe(true);
    let last = generate(rt, request);
    for (let i = 0; i < 10 && !last.done; i += 1)
      last = generate(rt, { ...request, job: last.job });
    expect(last.done).toBe(true);
    expect(last.created).toBe(14);
    expect(docs(drive, "2019")).toHaveLength(14);
    expect(new Set(docs(drive, "2019").map((f) => f.name)).size).toBe(14);
    expect(rt.run<{ pending: boolean }>("documentsOptions").pending).toBe(false);
  });
});

describe("settings", () => {
  it("a key of Cấu hình the add-on does not know is named in the run's message", () => {
    for (const [locale, expected] of [
      ["vi", 'Tab "Cấu hình" có khóa không dùng đến (bỏ qua): "Tuoi toi da nam".'],
      ["en", 'The "Cấu hình" tab has keys the add-on does not know (ignored): "Tuoi toi da nam".'],
    ] as const) {
      const { rt } = setup(0, locale);
      setSetting(rt, "Tuoi toi da nam", 35);
      const result = generate(rt, { year: 2018, kinds: ["proposal"], onExisting: "skip" });
      expect(result.created, locale).toBe(1);
      expect(result.message, locale).toContain(expected);
    }
  });
});

describe("rows that move while documents are made", () => {
  /** Each row's Mã CB and its two cells' links as "label: link" lines. */
  const linkCells = (rt: Runtime) =>
    links(rt).map((r) => ({
      id: r.id,
      links: r.links.map((cell) => cell.map((l) => `${l.label}: ${l.url}`).join("\n")),
    }));
  /** Each row's links name documents of that row's cadre only. */
  const expectLinksOnTheirRows = (rt: Runtime, drive: DriveStore) => {
    for (const { id, links } of linkCells(rt).slice(1)) {
      for (const url of links.join("\n").match(/https:\S+/g) ?? []) {
        const file = drive.files.get(/\/d\/([^/]+)\//.exec(url)![1]!)!;
        expect(file.name, `${id}: ${url}`).toContain(` – ${id} `);
      }
    }
  };

  it("a row inserted above while the run makes documents: each link goes to its posting's row", () => {
    const { rt, drive } = setup();
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    const add = drive.add.bind(drive);
    let inserted = false;
    drive.add = (file) => {
      const made = add(file);
      if (!inserted && file.name.startsWith("2018 – CB002")) {
        // Someone inserts a row at the top and types a new posting, while the run goes on.
        inserted = true;
        sheet.insertRows(1, 1);
        sheet.cell(2, 1).value = "CB005";
        sheet.cell(2, 2).value = "Huyện Bến Cầu";
        sheet.cell(2, 5).value = localDate(2025, 1, 6);
      }
      return made;
    };
    const result = generate(rt, {
      year: 2018,
      kinds: ["reportForms", "evaluationForms"],
      onExisting: "skip",
    });
    expect(inserted).toBe(true);
    expect(result.done).toBe(true);
    const cells = linkCells(rt);
    expect(cells[1]).toEqual({ id: "CB005", links: ["", ""] });
    expect(cells.map((c) => c.id).slice(2, 5)).toEqual(["CB001", "CB002", "CB004"]);
    const finalReport = byName(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc").id;
    expect(cells[2]!.links[0]).toContain(
      `Báo cáo kết thúc: https://docs.google.com/document/d/${finalReport}/edit`,
    );
    for (const row of cells.slice(2, 5))
      expect(row.links[0], row.id).toMatch(/^Báo cáo 6 tháng lần 1: https:/);
    expectLinksOnTheirRows(rt, drive);
    const log = rt.spreadsheet.sheet("Văn bản")!.values();
    const logged = log.find((r) => r[4] === "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc")!;
    expect(logged[3]).toBe(3);
  });

  it("a posting whose row is gone keeps the other cells, and the message says where its links are", () => {
    const { rt, drive } = setup();
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    const add = drive.add.bind(drive);
    drive.add = (file) => {
      const made = add(file);
      if (file.name === "2018 – CB004 Phạm Minh Dũng – Báo cáo 6 tháng lần 1")
        sheet.deleteRows(4, 1);
      return made;
    };
    const before = linkCells(rt);
    const result = generate(rt, { year: 2018, kinds: ["reportForms"], onExisting: "skip" });
    // CB004's two forms (6-month 1, final) were made; their row is gone.
    expect(result.message).toContain('2 liên kết chưa ghi vào tab "Đợt cử đi"');
    expect(result.message).toContain('liên kết có trong tab "Văn bản"');
    const after = linkCells(rt);
    expect(after.map((c) => c.id)).toEqual(before.filter((_c, i) => i !== 3).map((c) => c.id));
    for (const row of after.slice(3)) expect(row.links, row.id).toEqual(["", ""]);
    expectLinksOnTheirRows(rt, drive);
  });

  it("the selected rows' run that continues after a row was inserted makes the same postings' forms", () => {
    // Very slow calls (4 s each): the run stops and continues. (Not opened from the menu: the
    // 30-second limit of onOpen would not hold at that pace.)
    const rt = createRuntime({
      now: NOW,
      spreadsheet: buildSampleModel(),
      msPerServiceCall: 4_000,
    });
    rt.load(distDir());
    const drive = driveStoreOf(rt.internals);
    const request = {
      year: 2018,
      kinds: ["reportForms", "evaluationForms"],
      rows: [3],
      onExisting: "skip",
    };
    const first = generate(rt, request);
    expect(first.done).toBe(false);
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    sheet.insertRows(1, 1); // CB002, selected on row 3, is now on row 4; row 3 is CB001's
    let last = first;
    for (let i = 0; i < 30 && !last.done; i += 1) last = generate(rt, request);
    expect(last.done).toBe(true);
    const made = docs(drive, "2018").map((f) => f.name);
    expect(made).toHaveLength(6);
    for (const name of made) expect(name).toContain("CB002 Trần Thị Bình");
    const cells = linkCells(rt); // cells[i] is sheet row i + 1
    expect(cells[2]!.id).toBe("CB001");
    expect(cells[2]!.links).toEqual(["", ""]);
    expect(cells[3]!.id).toBe("CB002");
    expect(cells[3]!.links[0]!.split("\n")).toHaveLength(3);
    expectLinksOnTheirRows(rt, drive);
  });
});

describe("the dialog's repeated calls", () => {
  it("the dialog continues its own job by id until done, without any trigger", () => {
    const { rt, drive } = slow(3_000);
    const request = { year: 2019, kinds: ALL, onExisting: "skip" };
    let result = generate(rt, request);
    const job = result.job;
    expect(job).toMatch(/\S/);
    expect(result.message).toContain('Hộp thoại "Tạo văn bản" còn mở thì tự làm tiếp ngay');
    let calls = 1;
    while (!result.done && calls < 10) {
      result = generate(rt, { ...request, job });
      expect(result.job).toBe(job);
      calls += 1;
    }
    expect(result.done).toBe(true);
    expect(calls).toBeGreaterThan(1);
    expect(rt.triggers).toEqual([]);
    expect(docs(drive, "2019")).toHaveLength(14);
  });

  it("a dialog that calls again for a job finished meanwhile is told so; nothing is redone", () => {
    const { rt, drive } = slow(3_000);
    const request = { year: 2019, kinds: ALL, onExisting: "update" };
    const first = generate(rt, request);
    expect(first.done).toBe(false);
    // Another dialog of the same user, same choices, finishes the job.
    let other = generate(rt, request);
    for (let i = 0; i < 10 && !other.done; i += 1)
      other = generate(rt, { ...request, job: other.job });
    expect(docs(drive, "2019")).toHaveLength(14);
    rt.resetCalls();
    const next = generate(rt, { ...request, job: first.job });
    expect(next).toMatchObject({ done: true, created: 14, updated: 0, remaining: 0 });
    expect(next.message).toMatch(/^Lượt tạo văn bản này đã xong trước đó: đã tạo 14,/);
    expect(rt.calls["Docs.Documents.batchUpdate"] ?? 0).toBe(0);
    expect(rt.calls["Drive.Files.copy"] ?? 0).toBe(0);
  });

  it("a call while another run holds the lock is told to wait, not that the run is over", () => {
    const { rt } = setup();
    const release = rt.holdLock("document");
    const busy = generate(rt, { year: 2019, kinds: ALL, onExisting: "skip" });
    release();
    expect(busy).toMatchObject({ busy: true, done: false, created: 0 });
    expect(busy.message).toMatch(/^Một người khác đang chạy lệnh của Đi cơ sở/);
  });
});

describe("templates the staff own", () => {
  it("an edited template is used as edited and never overwritten; a deleted one is made again", () => {
    const { rt, drive } = setup();
    generate(rt, { year: 2018, kinds: ["proposal"], onExisting: "skip" });
    const template = byName(drive, "Mẫu – Danh sách đề xuất");
    const doc = drive.docs.get(template.id)!;
    const p = doc.body.find((c) => c.type === "PARAGRAPH" && c.text.startsWith("Kính trình"))!;
    if (p.type === "PARAGRAPH")
      p.text = "Ban TCKT kính trình Thường trực xem xét. Ngày sinh: {{Ngày sinh}}";
    const result = generate(rt, { year: 2018, kinds: ["proposal"], onExisting: "update" });
    expect(result.updated).toBe(1);
    expect(result.message).toContain("{{Ngày sinh}}");
    const text = textOf(drive, "2018 – Danh sách đề xuất");
    expect(text).toContain("Ban TCKT kính trình Thường trực xem xét. Ngày sinh: {{Ngày sinh}}");
    expect(drive.docText(template.id)).toContain("Ban TCKT kính trình Thường trực xem xét.");
    expect(drive.byName("Mẫu – Danh sách đề xuất")).toHaveLength(1);

    template.trashed = true;
    const again = generate(rt, { year: 2018, kinds: ["proposal"], onExisting: "update" });
    expect(again.message).toContain("Đã tạo mẫu văn bản");
    const remade = byName(drive, "Mẫu – Danh sách đề xuất");
    expect(remade.id).not.toBe(template.id);
    expect(drive.docText(remade.id)).toContain("Kính trình Ban Thường vụ Tỉnh đoàn");
  });
});

describe("the dialog", () => {
  it("opens from the menu and offers the years and the selected rows", () => {
    const { rt } = setup();
    rt.click("Tạo văn bản…");
    expect(rt.dialogs).toHaveLength(1);
    expect(rt.dialogs[0]!.html).toContain("documentsGenerate");
    rt.select("Đợt cử đi", "A3:C4");
    const options = rt.run<{ years: { year: number }[]; selectedRows: number[] }>(
      "documentsOptions",
    );
    expect(options.years.map((y) => y.year)).toContain(2018);
    expect(options.selectedRows).toEqual([3, 4]);
  });

  it("a setting that cannot be read: the dialog is told in the user's language, not thrown at", () => {
    // The message is the settings reader's own; it names the key, the row and the value.
    for (const [locale, words] of [
      ["vi", ['"Tuổi tối đa"', "dòng 3", '"ba mươi"', "không đọc được", "một số nguyên"]],
      ["en", ["row 3", '"ba mươi"', "cannot read", "a whole number"]],
    ] as const) {
      const { rt } = setup(0, locale);
      setSetting(rt, "Tuổi tối đa", "ba mươi");
      const options = rt.run<{ error?: string; years: unknown[] }>("documentsOptions");
      for (const w of words) expect(options.error, locale).toContain(w);
      expect(options.error).not.toMatch(/UserError|Exception|\bat \w/);
      expect(options.years).toEqual([]);
      const result = generate(rt, { year: 2018, kinds: ALL, onExisting: "skip" });
      expect(result.message, locale).toBe(options.error);
      expect(result.created).toBe(0);
    }
  });

  it("an unexpected failure reaches the dialog as a sentence in the user's language, the details in the log", () => {
    const { rt } = setup();
    const postings = rt.spreadsheet.sheet("Đợt cử đi")!;
    postings.lastRow = () => {
      throw new Error("Service Spreadsheets failed while accessing document with id 1abc.");
    };
    const options = rt.run<{ error?: string }>("documentsOptions");
    expect(options.error).toMatch(/^Đã xảy ra lỗi không mong muốn khi đọc bảng tính/);
    expect(options.error).not.toMatch(/Service Spreadsheets|Error|at /);
    expect(rt.logs.join("\n")).toContain("Service Spreadsheets failed");
    const result = generate(rt, { year: 2018, kinds: ALL, onExisting: "skip" });
    expect(result.message).toMatch(/^Đã xảy ra lỗi không mong muốn khi tạo văn bản/);
  });

  it("without Drive authorisation, tells the user instead of failing", () => {
    const { rt, drive } = setup();
    const out = rt.runAs<Result>("LIMITED", "documentsGenerate", {
      kinds: ALL,
      onExisting: "skip",
    });
    expect(out.done).toBe(true);
    expect(out.message).toMatch(/lỗi không mong muốn/);
    expect(drive.files.size).toBe(0);
  });

  it("the manifest asks for exactly four scopes: no trigger, no other file", () => {
    const { rt } = setup();
    expect(rt.triggers).toEqual([]);
    generate(rt, { year: 2018, kinds: ALL, onExisting: "skip" });
    expect(rt.triggers).toEqual([]);
  });
});
