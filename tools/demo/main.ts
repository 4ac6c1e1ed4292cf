/**
 * `npm run demo [-- path/to/roster.xlsx] [--out folder] [--today dd/mm/yyyy]`
 *
 * Without a path: the sample workbook (samples/di-co-so-mau.xlsx), "today" 15/06/2021.
 * With a path: a workbook exported from Google Sheets (Tệp ▸ Tải xuống ▸ .xlsx); the file is
 * only read. Results go to out/demo/ (or --out). Exit code 0: done; 2: the add-on stopped on
 * the workbook's content (its message is printed); 1: the demo could not run.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  asDemoError,
  DemoError,
  type DemoOptions,
  exitCode,
  formatSummary,
  isMain,
  runDemo,
  TECHNICAL_FILE,
} from "./run.ts";

const USAGE = `Cách dùng: npm run demo [-- <bảng tính.xlsx>] [--out <thư mục>] [--today dd/mm/yyyy]
  không có tệp: chạy trên bảng tính mẫu samples/di-co-so-mau.xlsx
  --out      thư mục kết quả (mặc định out/demo)
  --today    ngày hôm nay giả lập (mặc định 15/06/2021 với bảng mẫu, hôm nay với tệp của bạn)`;

export function parseArgs(argv: readonly string[]): DemoOptions | string {
  const options: DemoOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") return USAGE;
    if (a === "--out") {
      const v = argv[++i];
      if (!v) return `Thiếu thư mục sau --out.\n${USAGE}`;
      options.outDir = v;
    } else if (a === "--today") {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(argv[++i] ?? "");
      if (!m) return `--today cần một ngày dạng dd/mm/yyyy.\n${USAGE}`;
      options.today = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    } else if (a === "--dist") {
      const v = argv[++i];
      if (!v) return `Thiếu thư mục sau --dist.\n${USAGE}`;
      options.distDir = v;
    } else if (a.startsWith("-")) {
      return `Không hiểu tùy chọn "${a}".\n${USAGE}`;
    } else if (options.input === undefined) {
      options.input = a;
    } else {
      return `Chỉ chạy trên một bảng tính mỗi lần.\n${USAGE}`;
    }
  }
  return options;
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === "string") {
    process.stdout.write(`${options}\n`);
    return options === USAGE ? 0 : 1;
  }
  try {
    const result = await runDemo(options);
    process.stdout.write(`\n${formatSummary(result)}`);
    return exitCode(result);
  } catch (e) {
    // Whatever went wrong, the user reads Vietnamese; a stack trace goes to a file for developers.
    const error = asDemoError(e);
    let details = "";
    if (!(e instanceof DemoError)) {
      const path = join(tmpdir(), `di-co-so-${TECHNICAL_FILE}`);
      try {
        writeFileSync(path, e instanceof Error ? (e.stack ?? e.message) : String(e));
        details = `\nChi tiết kỹ thuật cho người phát triển: ${path}`;
      } catch {
        // Nothing more to say: the message above stands alone.
      }
    }
    process.stderr.write(`\n${error.message}${details}\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
