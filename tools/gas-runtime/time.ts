/**
 * Time zones (via the host's Intl), Java SimpleDateFormat patterns (Utilities.formatDate) and
 * Utilities.formatString.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(tz: string): Intl.DateTimeFormat | null {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: tz,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        era: "short",
      });
    } catch {
      f = null;
    }
    formatters.set(tz, f);
  }
  return f;
}

/** "GMT+7", "GMT+07:00", "UTC-3", "+0700", "Z" → offset in minutes; undefined if not of that form. */
function fixedOffsetMinutes(tz: string): number | undefined {
  const t = tz.trim();
  if (/^(GMT|UTC|Z)$/i.test(t)) return 0;
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (!m) return undefined;
  const sign = m[1] === "-" ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** UTC offset (ms) of the zone at that instant. Unknown zones are GMT, as in Java. */
export function offsetMs(tz: string, instant: number): number {
  const fixed = fixedOffsetMinutes(tz);
  if (fixed !== undefined) return fixed * 60_000;
  const f = formatterFor(tz);
  if (!f || !Number.isFinite(instant)) return 0;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === "BC" || p.era === "B") year = 1 - year;
  const asUtc = Date.UTC(
    year,
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return asUtc - whole;
}

export interface LocalTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMs: number;
}

export function localTime(instant: number, tz: string): LocalTime {
  const off = offsetMs(tz, instant);
  const d = new Date(instant + off);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMs: off,
  };
}

/** The instant at which the wall clock in `tz` shows that local time (month 1-12). */
export function instantOf(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  const wall = d.getTime();
  let guess = wall - offsetMs(tz, wall);
  guess = wall - offsetMs(tz, guess);
  return guess;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + s.padStart(width, "0");
}

function dayOfYear(t: LocalTime): number {
  return (Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / 86_400_000 + 1;
}

/** ISO-8601 week number and week-based year. */
function isoWeek(t: LocalTime): { week: number; year: number } {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day));
  const dayNum = (t.weekday + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dayNum + 3);
  const weekYear = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const week =
    1 +
    Math.round(
      ((d.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    );
  return { week, year: weekYear };
}

function offsetString(offMs: number, style: "Z" | "X" | "XX" | "XXX"): string {
  const total = Math.round(offMs / 60_000);
  if (total === 0 && style !== "Z") return "Z";
  const sign = total < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(total) / 60), 2);
  const m = pad(Math.abs(total) % 60, 2);
  if (style === "X") return `${sign}${h}`;
  if (style === "XXX") return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(tz: string, instant: number, long: boolean): string {
  if (fixedOffsetMinutes(tz) !== undefined || !formatterFor(tz)) {
    const off = offsetMs(tz, instant);
    if (off === 0) return long ? "Greenwich Mean Time" : "GMT";
    return `GMT${offsetString(off, "XXX")}`;
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    timeZoneName: long ? "long" : "short",
  }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? tz;
}

/**
 * Formats an instant like Java's SimpleDateFormat in the given zone, English names.
 * Throws on an unknown unquoted pattern letter, as Java does.
 */
export function formatDate(instant: number, tz: string, pattern: string): string {
  const t = localTime(instant, tz);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      // Inside quotes, '' is one apostrophe.
      let j = i + 1;
      let lit = "";
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            lit += "'";
            j += 2;
            continue;
          }
          break;
        }
        lit += pattern[j];
        j++;
      }
      if (end < 0) throw new Error("Unterminated quote");
      out += lit;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case "G":
        out += t.year > 0 ? "AD" : "BC";
        break;
      case "y":
        out += n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
        break;
      case "Y": {
        const wy = isoWeek(t).year;
        out += n === 2 ? pad(wy % 100, 2) : pad(wy, n);
        break;
      }
      case "M":
      case "L": {
        const name = MONTHS[t.month - 1] as string;
        out += n >= 4 ? name : n === 3 ? name.slice(0, 3) : pad(t.month, n);
        break;
      }
      case "w":
        out += pad(isoWeek(t).week, n);
        break;
      case "W":
        out += pad(Math.ceil((t.day + ((t.weekday - ((t.day - 1) % 7) + 7) % 7)) / 7), n);
        break;
      case "D":
        out += pad(dayOfYear(t), n);
        break;
      case "d":
        out += pad(t.day, n);
        break;
      case "F":
        out += pad(Math.ceil(t.day / 7), n);
        break;
      case "E": {
        const name = DAYS[t.weekday] as string;
        out += n >= 4 ? name : name.slice(0, 3);
        break;
      }
      case "u":
        out += pad(t.weekday === 0 ? 7 : t.weekday, n);
        break;
      case "a":
        out += t.hour < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(t.hour, n);
        break;
      case "k":
        out += pad(t.hour === 0 ? 24 : t.hour, n);
        break;
      case "K":
        out += pad(t.hour % 12, n);
        break;
      case "h":
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, n);
        break;
      case "m":
        out += pad(t.minute, n);
        break;
      case "s":
        out += pad(t.second, n);
        break;
      case "S":
        out += pad(t.ms, n);
        break;
      case "z":
        out += zoneName(tz, instant, n >= 4);
        break;
      case "Z":
        out += offsetString(t.offsetMs, "Z");
        break;
      case "X":
        out += offsetString(t.offsetMs, n === 1 ? "X" : n === 2 ? "XX" : "XXX");
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** Utilities.formatString: a sprintf subset (%s %d %i %f %e %x %o %c %b %%, flags, width, precision). */
export function formatString(template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXocb%])/g,
    (_m, flags: string, width?: string, precision?: string, conv?: string) => {
      if (conv === "%") return "%";
      const arg = args[k++];
      let s: string;
      switch (conv) {
        case "d":
        case "i":
          s = String(Math.trunc(Number(arg)));
          break;
        case "f":
          s = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
          break;
        case "e":
        case "E":
          s = Number(arg).toExponential(precision === undefined ? 6 : Number(precision));
          if (conv === "E") s = s.toUpperCase();
          break;
        case "x":
          s = Math.trunc(Number(arg)).toString(16);
          break;
        case "X":
          s = Math.trunc(Number(arg)).toString(16).toUpperCase();
          break;
        case "o":
          s = Math.trunc(Number(arg)).toString(8);
          break;
        case "c":
          s = typeof arg === "number" ? String.fromCharCode(arg) : String(arg).charAt(0);
          break;
        case "b":
          s = String(Boolean(arg));
          break;
        default:
          s = String(arg);
          if (precision !== undefined) s = s.slice(0, Number(precision));
      }
      if (flags.includes("+") && /^[0-9]/.test(s) && conv !== "s") s = `+${s}`;
      const w = width === undefined ? 0 : Number(width);
      if (s.length < w) {
        if (flags.includes("-")) s = s.padEnd(w, " ");
        else if (flags.includes("0") && conv !== "s") {
          const sign = /^[+-]/.test(s) ? (s[0] as string) : "";
          s = sign + s.slice(sign.length).padStart(w - sign.length, "0");
        } else s = s.padStart(w, " ");
      }
      return s;
    },
  );
}
