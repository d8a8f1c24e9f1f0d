// An e-mail draft as an .eml file (RFC 5322 with MIME): Outlook and Thunderbird open a
// message with «X-Unsent: 1» as a draft, ready to be checked and sent. Everything non-ASCII is
// encoded so the file itself is 7-bit: headers as RFC 2047 encoded-words (UTF-8, base64), the
// attachment's file name as an RFC 2231 parameter (with a 2047 «name» for old readers), the
// text and the attachment in base64. Lines end with CRLF; long headers are folded.

export interface EmlAddress {
  name: string;
  email: string;
}

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmlDraft {
  /** Omitted when the office's address is unknown: the mail program then asks for it. */
  from: EmlAddress | null;
  to: EmlAddress;
  subject: string;
  /** Plain text, "\n" between lines. */
  text: string;
  attachments: EmlAttachment[];
  /** Local date-time `YYYY-MM-DDTHH:MM[:SS]` and its offset from UTC in minutes. */
  date: { local: string; offsetMinutes: number };
  /** Unique part of the Message-ID, ASCII letters, digits, dots and hyphens. */
  id: string;
}

const CRLF = "\r\n";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(bytes: Uint8Array): string {
  const b = base64(bytes);
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 76) lines.push(b.slice(i, i + 76));
  return lines.join(CRLF);
}

const isPrintableAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/**
 * RFC 2047 encoded-words for a header text: each at most 75 characters, never splitting a
 * character's UTF-8 bytes between two words. 39 bytes → 52 base64 characters + 12, so a
 * first word after «Subject: » still fits a 78-character line.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8(ch);
    if (chunk.length + bytes.length > 39) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length || !words.length) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words;
}

/** A header whose value is free text: plain when short ASCII, else encoded-words folded one per line. */
function textHeader(name: string, value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  if (isPrintableAscii(clean) && name.length + 2 + clean.length <= 78) return `${name}: ${clean}`;
  return `${name}: ${encodedWords(clean).join(`${CRLF} `)}`;
}

const ADDR = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;

export function isEmailAddress(s: string): boolean {
  return ADDR.test(s.trim());
}

function addressHeader(name: string, a: EmlAddress): string {
  const email = a.email.trim();
  if (!isEmailAddress(email)) throw new Error(`Адрес «${a.email}» не похож на адрес электронной почты.`);
  const display = a.name.replace(/[\r\n]+/g, " ").trim();
  if (!display) return `${name}: <${email}>`;
  // A plain ASCII name is quoted; anything else becomes encoded-words (RFC 2047 §5(3)).
  const phrase = isPrintableAscii(display) ? `"${display.replace(/["\\]/g, "\\$&")}"` : encodedWords(display).join(`${CRLF} `);
  return `${name}: ${phrase}${CRLF} <${email}>`;
}

/** RFC 2231 `filename*0*=UTF-8''…; filename*1*=…`, each piece on its own folded line. */
function rfc2231(param: string, value: string): string {
  const encoded = Array.from(utf8(value), (b) =>
    /[A-Za-z0-9!#$&+\-.^_`|~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
  ).join("");
  const pieces: string[] = [];
  // Cut between escapes, never inside a %XX.
  let rest = encoded;
  while (rest.length) {
    let cut = Math.min(rest.length, 60);
    if (rest[cut - 1] === "%") cut -= 1;
    else if (rest[cut - 2] === "%") cut -= 2;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return pieces.map((p, i) => `${param}*${i}*=${i === 0 ? "UTF-8''" : ""}${p}`).join(`;${CRLF} `);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 5322 date: «Tue, 31 Dec 2024 10:00:00 +1000». */
export function rfc5322Date(local: string, offsetMinutes: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const [y, mo, d, h = "00", mi = "00", s = "00"] = m.slice(1);
  const weekday = new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay();
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  return `${DAYS[weekday]}, ${+d} ${MONTHS[+mo - 1]} ${y} ${h}:${mi}:${s} ${zone}`;
}

function domainOf(a: EmlAddress | null): string {
  const d = a?.email.split("@")[1]?.trim();
  return d && /^[A-Za-z0-9.-]+$/.test(d) ? d : "svodka.invalid";
}

/** The draft as the bytes of an .eml file (7-bit ASCII). */
export function emlBytes(draft: EmlDraft): Uint8Array {
  const id = draft.id.replace(/[^A-Za-z0-9.-]/g, "-");
  // Base64 never contains «=_», so the boundary cannot occur in the parts.
  const boundary = `=_svodka_${id}`;
  const headers = [
    ...(draft.from ? [addressHeader("From", draft.from)] : []),
    addressHeader("To", draft.to),
    textHeader("Subject", draft.subject),
    `Date: ${rfc5322Date(draft.date.local, draft.date.offsetMinutes)}`,
    `Message-ID: <${id}@${domainOf(draft.from)}>`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
    `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`,
  ];
  const parts = [
    [
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(utf8(draft.text.replace(/\r?\n/g, CRLF))),
    ].join(CRLF),
    ...draft.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType};${CRLF} name="${encodedWords(a.fileName).join(" ")}"`,
        `Content-Disposition: attachment;${CRLF} ${rfc2231("filename", a.fileName)}`,
        "Content-Transfer-Encoding: base64",
        "",
        base64Lines(a.bytes),
      ].join(CRLF),
    ),
  ];
  const body = parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join("") + `--${boundary}--${CRLF}`;
  const text = `${headers.join(CRLF)}${CRLF}${CRLF}This is a multi-part message in MIME format.${CRLF}${CRLF}${body}`;
  return utf8(text);
}
