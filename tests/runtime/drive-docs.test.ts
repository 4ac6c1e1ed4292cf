/**
 * The Drive, Docs API and DocumentApp stand-ins hold to Google's rules: drive.file grants per
 * user, only the fields asked for, versions, failures on demand, the Docs API's indexes and
 * structure rules, its write quota, and the structure rules DocumentApp keeps too.
 */
import { describe, expect, it } from "vitest";
import { DOC_MIME, driveStoreOf, FOLDER_MIME } from "../../tools/gas-runtime/drive-app.ts";
import { createRuntime, type Runtime } from "../../tools/gas-runtime/index.ts";

const DRIVE = "https://developers.google.com/workspace/drive/api/guides/api-specific-auth";
const ERRORS = "https://developers.google.com/workspace/drive/api/guides/handle-errors";
const TABLES = "https://developers.google.com/workspace/docs/api/how-tos/tables";
const RULES = "https://developers.google.com/workspace/docs/api/concepts/rules-behavior";
const LIMITS = "https://developers.google.com/workspace/docs/api/limits";

function runtime(source: string) {
  const rt = createRuntime({ now: Date.UTC(2021, 0, 1) });
  rt.loadSource(source);
  return { rt, drive: driveStoreOf(rt.internals) };
}

/** Runs `fn` and answers its error as `{ message, code }` (or its value). */
const TRY = `function attempt(fn) {
  try { return { value: fn() }; } catch (e) { return { message: e.message, code: e.details ? e.details.code : null }; }
}`;

describe(`drive.file — ${DRIVE}`, () => {
  it("the add-on reaches only the files its user made with it; a shared file opens in the browser, not through the API", () => {
    const { rt, drive } = runtime(`${TRY}
      function look(id) {
        return {
          get: attempt(function () { return Drive.Files.get(id, { fields: "id" }).id; }),
          listed: Drive.Files.list({ fields: "files(id)" }).files.map(function (f) { return f.id; }),
          docs: attempt(function () { return Docs.Documents.get(id).title; }),
          app: attempt(function () { return DocumentApp.openById(id).getName(); }),
        };
      }`);
    const other = drive.add({ name: "Của người khác", mimeType: DOC_MIME, owner: "b@example.org" });
    const before = rt.run<Record<string, { message?: string; code?: number; value?: unknown }>>(
      "look",
      other.id,
    );
    expect(before.get).toEqual({ message: expect.stringContaining("File not found"), code: 404 });
    expect(before.listed).toEqual([]);
    expect(before.docs).toMatchObject({ code: 404 });
    expect(before.app?.message).toMatch(/Document is missing/);
    expect(drive.canOpen(other.id, "can.bo@example.org")).toBe(false);

    // Shared with the user: the Docs API (scope documents) reaches it; Drive (drive.file) does not.
    drive.share(other.id, "can.bo@example.org");
    const after = rt.run<Record<string, { message?: string; code?: number; value?: unknown }>>(
      "look",
      other.id,
    );
    expect(after.get).toMatchObject({ code: 404 });
    expect(after.docs).toEqual({ value: "Của người khác" });
    expect(after.app).toEqual({ value: "Của người khác" });
    expect(drive.canOpen(other.id, "can.bo@example.org")).toBe(true);
  });

  it("grants are per user: what one user's add-on made, another's cannot reach", () => {
    const { rt, drive } = runtime(`${TRY}
      function make() { return Drive.Files.create({ name: "Của A", mimeType: "${DOC_MIME}" }, null, { fields: "id" }).id; }
      function reach(id) { return attempt(function () { return Drive.Files.get(id, { fields: "id" }).id; }); }`);
    rt.addUser("a@example.org");
    rt.addUser("b@example.org");
    const id = rt.asUser("a@example.org", () => rt.run<string>("make"));
    expect(drive.files.get(id)?.owner).toBe("a@example.org");
    expect(rt.asUser("a@example.org", () => rt.run("reach", id))).toEqual({ value: id });
    expect(rt.asUser("b@example.org", () => rt.run("reach", id))).toMatchObject({ code: 404 });
    drive.share(id, "b@example.org");
    expect(rt.asUser("b@example.org", () => rt.run("reach", id))).toMatchObject({ code: 404 });
    expect(drive.canOpen(id, "b@example.org")).toBe(true);
  });

  it("answers only the fields asked for (v3 default: kind, id, name, mimeType); version grows with each change", () => {
    const { rt } = runtime(`function f() {
      var made = Drive.Files.create({ name: "a", mimeType: "${FOLDER_MIME}", appProperties: { k: "v" } }, null, { fields: "id" });
      var plain = Drive.Files.get(made.id);
      var v1 = Drive.Files.get(made.id, { fields: "version,appProperties" });
      Drive.Files.update({ name: "b", appProperties: { k: null, j: "w" } }, made.id);
      var v2 = Drive.Files.get(made.id, { fields: "name,version,appProperties" });
      return [Object.keys(made), Object.keys(plain).sort(), v1, v2];
    }`);
    expect(rt.run("f")).toEqual([
      ["id"],
      ["id", "kind", "mimeType", "name"],
      { version: "1", appProperties: { k: "v" } },
      { name: "b", version: "2", appProperties: { j: "w" } },
    ]);
  });
});

describe(`failures on demand — ${ERRORS}`, () => {
  it("rate limits and server errors come back as Apps Script throws them, with the HTTP status", () => {
    const { rt, drive } = runtime(`${TRY}
      function f() {
        var out = [];
        for (var i = 0; i < 3; i++) out.push(attempt(function () { return Drive.Files.list({ fields: "files(id)" }).files.length; }));
        return out;
      }`);
    drive.faults!.failNext(/^Drive\.Files\.list$/, 1, { kind: "rateLimit" });
    drive.faults!.failNext(/^Drive\.Files\.list$/, 1, { kind: "unavailable" });
    expect(rt.run("f")).toEqual([
      {
        message:
          "GoogleJsonResponseException: API call to drive.files.list failed with error: User rate limit exceeded.",
        code: 403,
      },
      { message: expect.stringContaining("unavailable"), code: 503 },
      { value: 0 },
    ]);
  });

  it("a crash at the k-th call stops the execution there; the next execution runs", () => {
    const { rt, drive } = runtime(`function make(n) {
      var ids = [];
      for (var i = 0; i < n; i++) ids.push(Drive.Files.create({ name: "f" + i, mimeType: "${FOLDER_MIME}" }, null, { fields: "id" }).id);
      try { PropertiesService.getUserProperties().setProperty("made", String(ids.length)); } catch (e) {}
      return ids.length;
    }`);
    drive.faults!.failAt(3, { kind: "crash" });
    expect(() => rt.run("make", 5)).toThrow(/Exceeded maximum execution time/);
    expect(drive.files.size).toBe(2);
    expect(rt.properties.user.get("made")).toBeUndefined();
    expect(rt.run("make", 1)).toBe(1);
  });

  it("a failure after the call: the change is made, the answer is lost", () => {
    const { rt, drive } = runtime(`${TRY}
      function f() { return attempt(function () { return Drive.Files.create({ name: "x", mimeType: "${FOLDER_MIME}" }).id; }); }`);
    drive.faults!.failAt(1, { kind: "backendError", when: "after" });
    expect(rt.run("f")).toMatchObject({ code: 500 });
    expect([...drive.files.values()].map((f) => f.name)).toEqual(["x"]);
  });
});

/** A document of two paragraphs and a 2×2 table, made with the Docs API; its id. */
const MAKE = `function make() {
  var id = Drive.Files.create({ name: "Thử", mimeType: "${DOC_MIME}" }, null, { fields: "id" }).id;
  Docs.Documents.batchUpdate({ requests: [
    { insertText: { text: "Tiêu đề\\n", location: { index: 1 } } },
    { insertTable: { rows: 2, columns: 2, endOfSegmentLocation: {} } }
  ] }, id);
  return id;
}`;

function layout(rt: Runtime, id: string) {
  const doc = rt.run<{
    body: {
      content: { startIndex?: number; endIndex: number; paragraph?: unknown; table?: unknown }[];
    };
  }>("read", id);
  return doc.body.content.map((c) => [
    c.paragraph ? "p" : c.table ? "table" : "section",
    c.startIndex ?? 0,
    c.endIndex,
  ]);
}

describe(`Docs API indexes and structure — ${TABLES}, ${RULES}`, () => {
  const source = `${TRY}
    ${MAKE}
    function read(id) { return Docs.Documents.get(id); }
    function update(id, requests) { return attempt(function () { return Docs.Documents.batchUpdate({ requests: requests }, id).replies; }); }`;

  it("a 2×2 table of empty cells at S ends at S + 12; insertTable puts a newline before the table", () => {
    const { rt } = runtime(source);
    const id = rt.run<string>("make");
    expect(layout(rt, id)).toEqual([
      ["section", 0, 1],
      ["p", 1, 9], // "Tiêu đề\n"
      ["p", 9, 10], // the newline insertTable puts before the table
      ["table", 10, 22],
      ["p", 22, 23],
    ]);
    const table = rt.run<{
      body: {
        content: {
          table?: { tableRows: { tableCells: { content: { startIndex: number }[] }[] }[] };
        }[];
      };
    }>("read", id).body.content[3]!.table!;
    expect(table.tableRows.map((r) => r.tableCells.map((c) => c.content[0]!.startIndex))).toEqual([
      [13, 15],
      [18, 20],
    ]);
  });

  it("rows inserted and filled bottom-up, text in a cell, a row deleted", () => {
    const { rt, drive } = runtime(source);
    const id = rt.run<string>("make");
    rt.run("update", id, [
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: 10 }, rowIndex: 0 },
          insertBelow: true,
        },
      },
      { insertText: { text: "b", location: { index: 20 } } },
      { insertText: { text: "a", location: { index: 13 } } },
      { deleteTableRow: { tableCellLocation: { tableStartLocation: { index: 10 }, rowIndex: 2 } } },
    ]);
    expect(drive.docText(id)).toBe("Tiêu đề\n\na\t\n\tb\n");
  });

  it("refuses what would break the structure, and then applies nothing of the batch", () => {
    const { rt, drive } = runtime(source);
    const id = rt.run<string>("make");
    const before = drive.docText(id);
    const refused = (requests: unknown[]) =>
      rt.run<{ message?: string; code?: number }>("update", id, requests);
    // The last newline of the body.
    expect(
      refused([{ deleteContentRange: { range: { startIndex: 22, endIndex: 23 } } }]),
    ).toMatchObject({ code: 400 });
    // Part of a table.
    expect(
      refused([{ deleteContentRange: { range: { startIndex: 5, endIndex: 14 } } }]),
    ).toMatchObject({ code: 400 });
    // The newline before a table, without the table.
    expect(
      refused([{ deleteContentRange: { range: { startIndex: 9, endIndex: 10 } } }]),
    ).toMatchObject({ code: 400 });
    // The last newline of a cell.
    expect(
      refused([{ deleteContentRange: { range: { startIndex: 13, endIndex: 14 } } }]),
    ).toMatchObject({ code: 400 });
    // Text at a table's start.
    expect(
      refused([
        { insertText: { text: "x", location: { index: 1 } } },
        { insertText: { text: "y", location: { index: 11 } } },
      ]),
    ).toMatchObject({ code: 400 });
    expect(drive.docText(id)).toBe(before);
    // Everything but the last newline, tables included, may go.
    expect(
      rt.run("update", id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 22 } } }]),
    ).toEqual({
      value: [{}],
    });
    expect(drive.docText(id)).toBe("");
  });

  it("a new paragraph copies the style of the one it was typed in", () => {
    const { rt, drive } = runtime(source);
    const id = rt.run<string>("make");
    rt.run("update", id, [
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { alignment: "CENTER" },
          fields: "alignment",
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 8 },
          textStyle: { bold: true, fontSize: { magnitude: 14, unit: "PT" } },
          fields: "bold,fontSize",
        },
      },
      { insertText: { text: "\nDòng hai", location: { index: 8 } } },
    ]);
    const [title, second] = drive.docs.get(id)!.body;
    expect(title).toMatchObject({
      text: "Tiêu đề",
      align: "CENTER",
      style: { bold: true, fontSize: 14 },
    });
    expect(second).toMatchObject({
      text: "Dòng hai",
      align: "CENTER",
      style: { bold: true, fontSize: 14 },
    });
  });

  it("writeControl: a write against a revision that is no longer the latest is refused", () => {
    const { rt, drive } = runtime(`${MAKE}
      function rev(id) { return Docs.Documents.get(id).revisionId; }
      function write(id, rev) {
        try { return Docs.Documents.batchUpdate({ requests: [{ insertText: { text: "!", location: { index: 1 } } }], writeControl: { requiredRevisionId: rev } }, id).writeControl.requiredRevisionId; }
        catch (e) { return e.details.code; }
      }`);
    const id = rt.run<string>("make");
    const seen = rt.run<string>("rev", id);
    drive.editByHand(id, (doc) => {
      const p = doc.body[0];
      if (p?.type === "PARAGRAPH") p.text = "Đã sửa tay";
    });
    expect(rt.run("write", id, seen)).toBe(400);
    const now = rt.run<string>("rev", id);
    expect(rt.run("write", id, now)).toBe(rt.run("rev", id));
  });
});

describe(`Docs API write quota — ${LIMITS}`, () => {
  it("the 61st write of a minute answers 429; a minute later writes go through", () => {
    const { rt } = runtime(`${MAKE}
      function writes(id, n) {
        var ok = 0;
        for (var i = 0; i < n; i++) {
          try { Docs.Documents.batchUpdate({ requests: [{ insertText: { text: "x", location: { index: 1 } } }] }, id); ok++; }
          catch (e) { return [ok, e.details.code, e.message]; }
        }
        return [ok];
      }`);
    const id = rt.run<string>("make"); // one write
    const [ok, code, message] = rt.run<[number, number, string]>("writes", id, 70);
    expect([ok, code]).toEqual([59, 429]);
    expect(message).toMatch(/Write requests per minute per user/);
    rt.advance(60_001);
    expect(rt.run("writes", id, 60)).toEqual([60]);
  });
});

describe(`DocumentApp keeps the same structure rules — ${RULES}`, () => {
  it("the last paragraph of a cell and the paragraph before a leading table stay; a table inserted first gets one", () => {
    const { rt } = runtime(`${TRY}
      function f() {
        var doc = DocumentApp.create("x");
        var body = doc.getBody();
        var table = body.insertTable(0, [["a"]]);
        var out = [body.getChild(0).getType().toString(), body.getChild(1).getType().toString()];
        out.push(attempt(function () { body.getChild(0).removeFromParent(); }).message);
        out.push(attempt(function () { table.getCell(0, 0).getChild(0).removeFromParent(); }).message);
        return out;
      }`);
    expect(rt.run("f")).toEqual([
      "PARAGRAPH",
      "TABLE",
      "Can't remove the paragraph before a table at the start of a document section.",
      "Can't remove the last paragraph in a table cell.",
    ]);
  });
});
