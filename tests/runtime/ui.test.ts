import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const UI = "https://developers.google.com/apps-script/reference/base/ui";
const MENU = "https://developers.google.com/apps-script/reference/base/menu";
const HTML = "https://developers.google.com/apps-script/guides/html/templates";

const MENU_SCRIPT = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem("Kiểm tra điều kiện", "checkEligibility")
    .addSeparator()
    .addSubMenu(ui.createMenu("Khác").addItem("Thiết lập bảng tính", "setUp"))
    .addToUi();
}
function checkEligibility() { Logger.log("checked in " + ScriptApp.AuthMode.FULL); return "ok"; }
function setUp() { return "set up"; }
`;

describe(`menus — ${MENU}`, () => {
  it("open() records the add-on menu; click() runs the global function the item names", () => {
    const rt = createRuntime();
    rt.loadSource(MENU_SCRIPT);
    rt.open();
    expect(rt.menus).toEqual([
      {
        caption: "Đi cơ sở",
        addon: true,
        items: [
          { caption: "Kiểm tra điều kiện", functionName: "checkEligibility" },
          { caption: "", separator: true },
          {
            caption: "Khác",
            submenu: {
              caption: "Khác",
              addon: false,
              items: [{ caption: "Thiết lập bảng tính", functionName: "setUp" }],
            },
          },
        ],
      },
    ]);
    expect(rt.menuCaptions()).toEqual(["Kiểm tra điều kiện", "Thiết lập bảng tính"]);
    expect(rt.click("Kiểm tra điều kiện")).toBe("ok");
    expect(rt.click("Thiết lập bảng tính")).toBe("set up");
    expect(rt.logs).toEqual(["checked in FULL"]);
  });

  it("click() of an absent caption lists the captions", () => {
    const rt = createRuntime();
    rt.loadSource(MENU_SCRIPT);
    rt.open();
    expect(() => rt.click("Nope")).toThrow(
      'No menu item "Nope". Menu items: "Kiểm tra điều kiện", "Thiết lập bảng tính"',
    );
  });

  it("opening again replaces the menus", () => {
    const rt = createRuntime();
    rt.loadSource(MENU_SCRIPT);
    rt.open();
    rt.open();
    expect(rt.menus).toHaveLength(1);
  });

  it("install() runs onInstall(e) in FULL", () => {
    const rt = createRuntime();
    rt.loadSource(`${MENU_SCRIPT}
      function onInstall(e) { Logger.log(String(e.authMode)); onOpen(e); }`);
    rt.install();
    expect(rt.logs).toEqual(["FULL"]);
    expect(rt.menuCaptions()).toContain("Kiểm tra điều kiện");
  });
});

describe(`alert and prompt — ${UI}#alert(String,String,ButtonSet)`, () => {
  it("records alerts; default answers are OK / YES; answerDialogs chooses", () => {
    const rt = createRuntime();
    rt.loadSource(`function ask() {
      var ui = SpreadsheetApp.getUi();
      var a = ui.alert("Xong");
      var b = ui.alert("Xác nhận", "Ghi đè?", ui.ButtonSet.YES_NO);
      return [String(a), a === ui.Button.OK, String(b), b === ui.Button.YES];
    }`);
    expect(rt.run("ask")).toEqual(["OK", true, "YES", true]);
    expect(rt.alerts).toEqual([
      { title: "", prompt: "Xong", buttons: "OK" },
      { title: "Xác nhận", prompt: "Ghi đè?", buttons: "YES_NO" },
    ]);
    rt.answerDialogs((d) => ({ button: d.kind === "alert" ? "NO" : "CANCEL" }));
    expect(rt.run<unknown[]>("ask")[2]).toBe("NO");
  });

  it(`prompt returns a PromptResponse — ${UI}#prompt(String,String,ButtonSet)`, () => {
    const rt = createRuntime();
    rt.answerDialogs((d) => ({ button: "OK", text: `trả lời: ${d.prompt}` }));
    rt.loadSource(`function ask() {
      var ui = SpreadsheetApp.getUi();
      var r = ui.prompt("Năm", "Năm nào?", ui.ButtonSet.OK_CANCEL);
      return [r.getResponseText(), r.getSelectedButton() === ui.Button.OK];
    }`);
    expect(rt.run("ask")).toEqual(["trả lời: Năm nào?", true]);
    expect(rt.prompts[0]).toMatchObject({ title: "Năm", buttons: "OK_CANCEL", button: "OK" });
  });
});

describe("toasts, sidebars and dialogs", () => {
  it("toast(msg[, title[, timeoutSeconds]]) is recorded; the timeout defaults to 5 s — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)", () => {
    const rt = createRuntime();
    rt.loadSource(
      `function t() { var ss = SpreadsheetApp.getActive(); ss.toast("Đã kiểm tra 38 dòng"); ss.toast("Lỗi", "Đi cơ sở", -1); }`,
    );
    rt.run("t");
    expect(rt.toasts).toEqual([
      { message: "Đã kiểm tra 38 dòng", title: "", timeoutSeconds: 5 },
      { message: "Lỗi", title: "Đi cơ sở", timeoutSeconds: -1 },
    ]);
  });

  it(`showSidebar / showModalDialog / showModelessDialog record title, HTML and size — ${UI}#showSidebar(Object)`, () => {
    const rt = createRuntime();
    rt.loadSource(`function show() {
      var ui = SpreadsheetApp.getUi();
      ui.showSidebar(HtmlService.createHtmlOutput("<p>side</p>").setTitle("Bảng điều khiển"));
      ui.showModalDialog(HtmlService.createHtmlOutput("<p>m</p>").setWidth(600).setHeight(400), "Tạo văn bản");
      ui.showModelessDialog(HtmlService.createHtmlOutput("<p>n</p>"), "Tiến độ");
    }`);
    rt.run("show");
    expect(rt.sidebars).toEqual([{ title: "Bảng điều khiển", html: "<p>side</p>" }]);
    expect(rt.dialogs).toEqual([
      { title: "Tạo văn bản", html: "<p>m</p>", width: 600, height: 400, modal: true },
      { title: "Tiến độ", html: "<p>n</p>", modal: false },
    ]);
  });
});

describe(`HtmlService templates — ${HTML}`, () => {
  it("<?= ?> escapes, <?!= ?> prints raw, <? ?> runs code; template properties are in scope", () => {
    const rt = createRuntime();
    rt.addHtmlFile(
      "list",
      "<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= footer ?><?= missing ?>",
    );
    rt.loadSource(`var missing = null;
    function render() {
      var t = HtmlService.createTemplateFromFile("list");
      t.items = ["a<b", "\\"q\\" & 'r'"];
      t.footer = "<hr>";
      return t.evaluate().getContent();
    }`);
    expect(rt.run("render")).toBe(
      "<ul><li>a&lt;b</li><li>&quot;q&quot; &amp; &#39;r&#39;</li></ul><hr>",
    );
  });

  it("scriptlets can call global functions (the include() pattern)", () => {
    const rt = createRuntime();
    rt.addHtmlFile("css", "<style>p{}</style>");
    rt.loadSource(`function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
      function page() { return HtmlService.createTemplate("<head><?!= include('css') ?></head>").evaluate().getContent(); }`);
    expect(rt.run("page")).toBe("<head><style>p{}</style></head>");
  });

  it("HtmlOutput setters and enums; an unknown file fails like Google", () => {
    const rt = createRuntime();
    rt.loadSource(`function out() {
      var o = HtmlService.createHtmlOutput("a").append("<b>").appendUntrusted("<i>")
        .setTitle("T").setSandboxMode(HtmlService.SandboxMode.IFRAME)
        .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL).addMetaTag("viewport", "width=device-width");
      return [o.getContent(), o.getTitle(), o.getMetaTags()[0].getName()];
    }
    function missing() { HtmlService.createHtmlOutputFromFile("nope"); }`);
    expect(rt.run("out")).toEqual(["a<b>&lt;i&gt;", "T", "viewport"]);
    expect(() => rt.run("missing")).toThrow("No HTML file named nope was found.");
  });
});
