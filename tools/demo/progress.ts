/**
 * A progress bar on plain stdout: redrawn in place on a terminal, one line per step otherwise
 * (CI logs, pipes). No dependency.
 */
export interface Progress {
  /** Starts step `label` (1-based `index` of `total`). */
  step(label: string): void;
  /** A line of output that stays above the bar. */
  line(text: string): void;
  /** Clears the bar. */
  done(): void;
}

const WIDTH = 24;

export function createProgress(
  total: number,
  out: { write(s: string): unknown; isTTY?: boolean } = process.stdout,
): Progress {
  let index = 0;
  let current = "";
  let drawn = false;
  const bar = (n: number) => {
    const filled = Math.round((n / total) * WIDTH);
    return `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${n}/${total}`;
  };
  const clear = () => {
    if (drawn && out.isTTY) out.write("\r\u001b[2K");
    drawn = false;
  };
  const draw = () => {
    if (out.isTTY) {
      out.write(`\r\u001b[2K${bar(index)} ${current}`);
      drawn = true;
    } else {
      out.write(`${bar(index)} ${current}\n`);
    }
  };
  return {
    step(label) {
      clear();
      index = Math.min(total, index + 1);
      current = label;
      draw();
    },
    line(text) {
      clear();
      out.write(`${text}\n`);
      if (out.isTTY && current) draw();
    },
    done() {
      clear();
      if (out.isTTY) out.write(`${bar(total)} xong\n`);
    },
  };
}
