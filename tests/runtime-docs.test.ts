/** The local DocumentApp, Docs and Drive stand-ins: what the document tests rely on. */
import { describe, expect, it } from "vitest";
import { DOC_MIME, driveStoreOf, FOLDER_MIME } from "../tools/gas-runtime/drive-app";
import { createRuntime } from "../tools/gas-runtime/index";

function runtime() {
  const rt = createRuntime({ now: Date.UTC(2021, 0, 1) });
  return { rt, drive: driveStoreOf(rt.internals) };
}

describe("DocumentApp stand-in", () => {
  it("builds paragraphs and tables, copies rows, replaces text with Java replacement rules", () => {
    const { rt, drive } = runtime();
    rt.loadSource(`
      function build() {
        var doc = DocumentApp.create("Thử");
        var body = doc.getBody();
        body.appendParagraph("Xin chào {{Tên}}").setAttributes({ BOLD: true });
        var t = body.appendTable([["STT", "Tên"], ["{{STT}}", "{{Tên}}"]]);
        var row = t.getRow(1);
        t.insertTableRow(2, row.copy()).replaceText("\\\\{\\\\{STT\\\\}\\\\}", "1");
        t.insertTableRow(3, row.copy()).replaceText("\\\\{\\\\{STT\\\\}\\\\}", "2");
        row.removeFromParent();
        body.replaceText("\\\\{\\\\{Tên\\\\}\\\\}", "An \\\\$5");
        doc.saveAndClose();
        return doc.getId();
      }`);
    const id = rt.run<string>("build");
    expect(drive.docText(id)).toBe("\nXin chào An $5\nSTT\tTên\n1\tAn $5\n2\tAn $5\n");
    const p = drive.docs.get(id)!.body[1]!;
    expect(p.type === "PARAGRAPH" && p.style.bold).toBe(true);
    expect(rt.calls["Body.replaceText"]).toBe(1);
    expect(rt.calls["TableRow.copy"]).toBe(2);
  });

  it("Docs batchUpdate replaces every occurrence in one call", () => {
    const { rt, drive } = runtime();
    rt.loadSource(`
      function fill() {
        var doc = DocumentApp.create("Thử");
        doc.getBody().appendParagraph("{{A}} và {{A}}, {{B}}");
        var r = Docs.Documents.batchUpdate({ requests: [
          { replaceAllText: { containsText: { text: "{{A}}", matchCase: true }, replaceText: "x" } },
          { replaceAllText: { containsText: { text: "{{B}}", matchCase: true }, replaceText: "$1" } }
        ] }, doc.getId());
        return [doc.getId(), r.replies[0].replaceAllText.occurrencesChanged];
      }`);
    const [id, changed] = rt.run<[string, number]>("fill");
    expect(changed).toBe(2);
    expect(drive.docText(id)).toContain("x và x, $1");
    expect(rt.calls["Docs.Documents.batchUpdate"]).toBe(1);
  });

  it("is denied without full authorisation", () => {
    const { rt } = runtime();
    rt.loadSource(`function make() { return DocumentApp.create("x").getId(); }`);
    expect(() => rt.runAs("LIMITED", "make")).toThrow(/permission/);
  });
});

describe("advanced Drive stand-in", () => {
  it("folders, copies with appProperties, list by parent, trash; drive.file hides other files", () => {
    const { rt, drive } = runtime();
    const mine = drive.addUserFile("Hồ sơ riêng của người dùng");
    rt.loadSource(`
      function work(other) {
        var folder = Drive.Files.create({ name: "2019", mimeType: "${FOLDER_MIME}" });
        var doc = Drive.Files.create({ name: "Mẫu", mimeType: "${DOC_MIME}", parents: [folder.id] });
        var copy = Drive.Files.copy({ name: "Bản sao", parents: [folder.id], appProperties: { diCoSoKey: "k1" } }, doc.id, { fields: "id,webViewLink" });
        Drive.Files.update({ trashed: true }, doc.id);
        var listed = Drive.Files.list({ q: "'" + folder.id + "' in parents and trashed = false", fields: "files(name, appProperties)" }).files;
        var hidden = false;
        try { Drive.Files.get(other); } catch (e) { hidden = /File not found/.test(e.message); }
        return { listed: listed.map(function (f) { return f.name + ":" + f.appProperties.diCoSoKey; }), hidden: hidden, url: copy.webViewLink };
      }`);
    const out = rt.run<{ listed: string[]; hidden: boolean; url: string }>("work", mine.id);
    expect(out.listed).toEqual(["Bản sao:k1"]);
    expect(out.hidden).toBe(true);
    expect(out.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(rt.calls["Drive.Files.copy"]).toBe(1);
  });
});
