/**
 * The Đoàn bodies a document names: the receiving unit as the Youth Union body it is (its name,
 * its Standing Committee, how it heads its documents, the place of its date line, the
 * abbreviation in its documents' symbol), derived from the "Đơn vị" tab's name and type.
 *
 * The rules they follow:
 * - A district-level union is named after its district: "Huyện đoàn Tân Biên", "Thị đoàn Trảng
 *   Bàng" (a thị xã since 01/02/2020, Nghị quyết 865/NQ-UBTVQH14), "Thành đoàn Tây Ninh"; a
 *   directly affiliated union keeps its own name ("Đoàn Khối các cơ quan tỉnh"). Its Standing
 *   Committee is "Ban Thường vụ" + that name, never "Ban Thường vụ Huyện Tân Biên" (the
 *   district Party committee's).
 * - The issuing body of a document of a district-level Executive or Standing Committee is
 *   written "BCH" + the district as an administrative unit ("BCH HUYỆN TÂN BIÊN", "BCH THÀNH
 *   PHỐ TÂY NINH"), under the name of the union it belongs to ("TỈNH ĐOÀN TÂY NINH"): Hướng dẫn
 *   thể thức văn bản của Đoàn (29-HD/VP 2009, kept by 29-HD/TWĐTN-VP of 29/10/2013, which
 *   applies Quyết định 367-QĐ/TWĐTN-VP): "Văn bản của Ban Chấp hành, Ban Thường vụ huyện, quận
 *   Đoàn và tương đương ghi chung là Ban Chấp hành (BCH) huyện, quận", the level above on the
 *   line before it. An affiliated union writes "BCH" + its name ("BCH ĐOÀN KHỐI CÁC CƠ QUAN
 *   TỈNH"), as the guide's "BCH … (thành phố hoặc ngành)".
 * - The place of the date line is the district's name (Nghị định 30/2020/NĐ-CP, Phụ lục I,
 *   Phần I, mục II.4: a district-level body writes the name of its huyện, thị xã or thành phố); an
 *   affiliated union of the province writes the province's place (the "Địa danh" setting).
 * - The symbol's issuer part: "HĐTN" (huyện đoàn), "TĐTN" (thị đoàn, thành đoàn), "ĐTN" (an
 *   affiliated union), after the kind ("…-BC/HĐTN"), as the Đoàn writes "…-KH/TĐTN" for its
 *   province (the plan's own 51-KH/TĐTN-TCKT). The staff edit a template where a unit writes
 *   its symbol otherwise.
 */
import type { UnitType } from "../schema";
import { fold } from "../text";

export interface UnitBody {
  /** "Huyện đoàn Tân Biên", "Thị đoàn Trảng Bàng", "Đoàn Khối các cơ quan tỉnh". */
  name: string;
  /** "Ban Thường vụ Huyện đoàn Tân Biên". */
  standing: string;
  /** The issuing body's lines: the union it belongs to, then its own (in capitals). */
  header: { superior: string; issuer: string };
  /** The place of the date line: "Tân Biên". */
  place: string;
  /** The issuer's part of a document's symbol: "HĐTN". */
  symbol: string;
}

/** The province: its issuing body ("BCH ĐOÀN TỈNH TÂY NINH") and place ("Tây Ninh"). */
export interface Province {
  issuingBody: string;
  place: string;
}

/** Prefixes a unit's name may start with, longest first: what is left is the place. */
const PREFIXES: readonly [string, UnitType | undefined][] = [
  ["huyen doan", "district"],
  ["thi doan", "town"],
  ["thanh doan", "city"],
  ["thanh pho", "city"],
  ["thi xa", "town"],
  ["huyen", "district"],
  ["tp.", "city"],
  ["tp", "city"],
  ["tx.", "town"],
  ["tx", "town"],
];

const BODY: Record<
  Exclude<UnitType, "affiliated">,
  { name: string; admin: string; symbol: string }
> = {
  district: { name: "Huyện đoàn", admin: "HUYỆN", symbol: "HĐTN" },
  town: { name: "Thị đoàn", admin: "THỊ XÃ", symbol: "TĐTN" },
  city: { name: "Thành đoàn", admin: "THÀNH PHỐ", symbol: "TĐTN" },
};

const upper = (text: string) => text.toLocaleUpperCase("vi");

/** The place a unit's name names: "Huyện đoàn Tân Biên", "Huyện Tân Biên" → "Tân Biên". */
export function placeOf(unit: string): string {
  const name = unit.trim().replace(/\s+/g, " ");
  const folded = fold(name);
  for (const [prefix] of PREFIXES) {
    if (folded.startsWith(`${prefix} `)) {
      // The folded prefix has as many words as the original; drop that many words.
      const words = prefix.split(" ").length;
      return name.split(" ").slice(words).join(" ");
    }
  }
  return name;
}

/**
 * The province's own union, as the line above a district-level issuer: "BCH ĐOÀN TỈNH TÂY
 * NINH" → "TỈNH ĐOÀN TÂY NINH" (the union of a centrally-run city: "THÀNH ĐOÀN …").
 */
export function provinceUnion(province: Province): string {
  const m = /^(?:BCH|BAN CHẤP HÀNH)\s+ĐOÀN\s+(TỈNH|THÀNH PHỐ|TP\.)\s+(.+)$/u.exec(
    upper(province.issuingBody.trim()),
  );
  if (m) return `${m[1] === "TỈNH" ? "TỈNH ĐOÀN" : "THÀNH ĐOÀN"} ${m[2]}`;
  return `TỈNH ĐOÀN ${upper(province.place.trim())}`;
}

/**
 * The Đoàn body of a receiving unit of type `type` named `unit` in the "Đơn vị" tab. Without a
 * type, the name's own prefix tells it ("Thị đoàn …" is a thị đoàn); a name without either is
 * taken as an affiliated union's.
 */
export function unitBody(unit: string, type: UnitType | undefined, province: Province): UnitBody {
  const name = unit.trim().replace(/\s+/g, " ");
  const folded = fold(name);
  const kind = type ?? PREFIXES.find(([p]) => folded.startsWith(`${p} `))?.[1] ?? "affiliated";
  const superior = provinceUnion(province);
  if (kind === "affiliated") {
    const body = /^doan\b/.test(folded) ? name : `Đoàn ${name}`;
    return {
      name: body,
      standing: `Ban Thường vụ ${body}`,
      header: { superior, issuer: `BCH ${upper(body)}` },
      place: province.place,
      symbol: "ĐTN",
    };
  }
  const place = placeOf(name);
  const b = BODY[kind];
  const body = `${b.name} ${place}`;
  return {
    name: body,
    standing: `Ban Thường vụ ${body}`,
    header: { superior, issuer: `BCH ${b.admin} ${upper(place)}` },
    place,
    symbol: b.symbol,
  };
}
