/**
 * What a documents run says to the user, Vietnamese first with English: what it did, what is
 * left and how it continues, what it left alone and why, where the log is.
 */
import {
  OUTPUT_FOLDER_NAME,
  TEMPLATE_FOLDER_NAME,
  type TemplateKind,
} from "../../core/documents/layout";
import type { Text } from "../../core/i18n";
import { DOCUMENT_LOG_TAB, TABS } from "../../core/schema";
import { quote } from "../../core/text";
import { REPLACED_FOLDER_NAME } from "./drive-state";
import { MAX_DOCUMENTS, MAX_FORMS_PER_POSTING } from "./request";
import type { Counts } from "./state";

export const TITLE: Text = { vi: "Tạo văn bản", en: "Generate documents" };

export function countsText(c: Counts): Text {
  return {
    vi: `Đã tạo ${c.created}, cập nhật ${c.updated}, giữ nguyên ${c.skipped} văn bản (thư mục "${OUTPUT_FOLDER_NAME}").`,
    en: `Created ${c.created}, updated ${c.updated}, kept ${c.skipped} documents (folder "${OUTPUT_FOLDER_NAME}").`,
  };
}

/** What the run did apart from creating, updating and keeping. */
export function outcomeTexts(c: Counts, foreignBy: readonly string[] = []): Text[] {
  const out: Text[] = [];
  if (c.versions > 0) {
    out.push({
      vi: `${c.versions} mẫu đã có người điền nên không bị ghi đè: đã tạo bản mới bên cạnh (tên có "bản cập nhật"), liên kết trong bảng tính chỉ tới bản mới.`,
      en: `${c.versions} forms had been filled in, so they were not overwritten: a new version was made beside each (its name says "bản cập nhật"); the sheet's link points to it.`,
    });
  }
  if (c.replaced > 0) {
    out.push({
      vi: `${c.replaced} văn bản của đợt cử đi đã sửa Mã CB hoặc Ngày bắt đầu được chuyển vào thư mục "${REPLACED_FOLDER_NAME}" (không xóa); văn bản mới thay chỗ trong bảng tính.`,
      en: `${c.replaced} documents of postings whose Mã CB or start date was corrected were moved to the folder "${REPLACED_FOLDER_NAME}" (not deleted); the new ones take their place in the sheet.`,
    });
  }
  if (c.foreign > 0) {
    const by = foreignBy.length > 0 ? ` (${foreignBy.join(", ")})` : "";
    out.push({
      vi: `${c.foreign} văn bản do người dùng khác tạo${by} (bảng tính có liên kết nhưng Google chỉ cho tiện ích của bạn mở văn bản do chính bạn tạo): để nguyên. Muốn có bản của riêng mình, chọn "Tạo bản riêng của tôi".`,
      en: `${c.foreign} documents were made by another user${by} (the sheet has their links, but Google lets your add-on open only the documents you made): left as they are. To get your own copy, choose "Make my own copy".`,
    });
  }
  if (c.failed > 0) {
    out.push({
      vi: `${c.failed} văn bản không tạo được; lý do ghi trong tab nhật ký. Hãy chạy lại.`,
      en: `${c.failed} documents could not be made; the log tab says why. Run it again.`,
    });
  }
  return out;
}

export function remainingText(remaining: number): Text {
  return {
    vi: `Còn ${remaining} văn bản: lần chạy này dừng trước giới hạn thời gian của Apps Script. Hộp thoại "Tạo văn bản" còn mở thì tự làm tiếp ngay. Nếu đã đóng hộp thoại, hãy mở lại "Tạo văn bản…" và bấm Tạo văn bản: phần còn lại được làm tiếp, không tạo trùng.`,
    en: `${remaining} documents remain: this run stopped before Apps Script's time limit. While the "Generate documents" dialog stays open, it continues at once. If it was closed, open "Generate documents…" again and press Generate: the rest is made, nothing twice.`,
  };
}

export const TEMPLATES_MADE: Text = {
  vi: `Đã tạo mẫu văn bản trong thư mục "${TEMPLATE_FOLDER_NAME}"; có thể sửa các mẫu này.`,
  en: `Templates were created in the folder "${TEMPLATE_FOLDER_NAME}"; you can edit them.`,
};

export function unknownPlaceholdersText(unknown: readonly string[]): Text {
  return {
    vi: `Mẫu có chỗ trống không có dữ liệu (để nguyên): ${unknown.join(", ")}.`,
    en: `Templates hold placeholders with no data (left as they are): ${unknown.join(", ")}.`,
  };
}

export function unknownKeysText(keys: readonly string[]): Text {
  const list = keys.map((k) => quote(k)).join(", ");
  return {
    vi: `Tab "Cấu hình" có khóa không dùng đến (bỏ qua): ${list}.`,
    en: `The "Cấu hình" tab has keys the add-on does not know (ignored): ${list}.`,
  };
}

export function unplacedText(n: number, log: string): Text {
  return {
    vi: `${n} liên kết chưa ghi vào tab "${TABS.postings.name}": không dòng nào còn mang đợt cử đi của văn bản (Mã CB và Ngày bắt đầu đã bị sửa hoặc dòng đã bị xóa trong lúc tạo văn bản); liên kết có trong tab "${log}".`,
    en: `${n} links were not written into the "${TABS.postings.name}" tab: no row holds their posting any more (its Mã CB and start date were changed or its row deleted while the documents were made); the links are in the "${log}" tab.`,
  };
}

/** The log went to another tab than "Văn bản": the user's own tab of that name is left alone. */
export function logElsewhereText(log: string): Text {
  return {
    vi: `Nhật ký văn bản ghi ở tab "${log}" (tab "${DOCUMENT_LOG_TAB.name}" hiện có là của người dùng, tiện ích không ghi vào).`,
    en: `The documents' log is in the "${log}" tab (the existing "${DOCUMENT_LOG_TAB.name}" tab is a user's; the add-on does not write into it).`,
  };
}

export function tooManyForPostingText(row: number | undefined, n: number): Text {
  return {
    vi: `Không tạo văn bản: đợt cử đi ở dòng ${row ?? "?"} cần ${n} mẫu, quá mức ${MAX_FORMS_PER_POSTING} mẫu cho một đợt. Hãy kiểm tra Số tháng và Ngày bắt đầu của dòng đó (chạy Kiểm tra đợt cử đi).`,
    en: `No document was made: the posting on row ${row ?? "?"} needs ${n} forms, more than the ${MAX_FORMS_PER_POSTING} one posting may have. Check that row's months and start date (run Check postings).`,
  };
}

export function tooManyText(n: number): Text {
  return {
    vi: `Không tạo văn bản: yêu cầu này cần ${n} văn bản, quá mức ${MAX_DOCUMENTS} văn bản cho một lần. Hãy chọn một năm hoặc một số dòng.`,
    en: `No document was made: this request needs ${n} documents, more than the ${MAX_DOCUMENTS} one run may make. Choose one year or some rows.`,
  };
}

export function finishedElsewhereText(c: Counts, log: string): Text {
  return {
    vi: `Lượt tạo văn bản này đã xong trước đó: đã tạo ${c.created}, cập nhật ${c.updated}, giữ nguyên ${c.skipped} văn bản (thư mục "${OUTPUT_FOLDER_NAME}"); liên kết có trong tab "${log}".`,
    en: `This document run had already finished: created ${c.created}, updated ${c.updated}, kept ${c.skipped} documents (folder "${OUTPUT_FOLDER_NAME}"); the links are in the "${log}" tab.`,
  };
}

export const BUSY: Text = {
  vi: "Một người khác đang chạy lệnh của Đi cơ sở trên bảng tính này. Hãy đợi một lát rồi chạy lại.",
  en: "Someone else is running an Đi cơ sở command on this spreadsheet. Wait a moment and run it again.",
};

export const UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn khi tạo văn bản; các văn bản đã tạo vẫn còn và chạy lại sẽ không tạo trùng. Hãy chạy lại; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm chạy.",
  en: "An unexpected error occurred while generating documents; documents already made remain and running again will not make them twice. Run it again; if it happens again, tell the organisation department when it happened.",
};

export const OPTIONS_UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn khi đọc bảng tính để mở hộp thoại Tạo văn bản. Hãy đóng hộp thoại và mở lại; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm mở.",
  en: "An unexpected error occurred while reading the spreadsheet for the Generate documents dialog. Close the dialog and open it again; if it happens again, tell the organisation department when it happened.",
};

/** A document that could not be made: the log's note, in plain words. */
export function failedNote(kind: TemplateKind, detail: string): string {
  return `Không tạo được (${kind === "proposal" || kind === "summary" ? "văn bản" : "mẫu"}): ${detail}`;
}
