// The UI's three languages. The chosen one is remembered in localStorage; numbers,
// percentages and dates are formatted with Intl in that locale.
import { en, type Messages } from "./messages/en";
import { vi } from "./messages/vi";
import { th } from "./messages/th";

export type Locale = "en" | "vi" | "th";
export const LOCALES: { id: Locale; label: string }[] = [
  { id: "en", label: "English" },
  { id: "vi", label: "Tiếng Việt" },
  { id: "th", label: "ไทย" },
];
const DICTS: Record<Locale, Messages> = { en, vi, th };
const STORAGE_KEY = "cascade.locale";

function initial(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "vi" || saved === "th") return saved;
  } catch {
    // Storage may be unavailable; fall back to English.
  }
  return "en";
}

export const i18n = $state<{ locale: Locale }>({ locale: initial() });

export function setLocale(l: Locale): void {
  i18n.locale = l;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
  } catch {
    // Not remembered, still switched.
  }
  if (typeof document !== "undefined") document.documentElement.lang = l;
}

export type MessageKey = keyof Messages;

/** The message `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = DICTS[i18n.locale][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? `{${k}}` : typeof v === "number" ? formatNumber(v) : v;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${i18n.locale}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(i18n.locale, opts);
    numberFormats.set(id, f);
  }
  return f;
}

export function formatNumber(n: number, maxFraction = 2): string {
  return numberFormat({ maximumFractionDigits: maxFraction }).format(n);
}

export function formatPercent(share: number): string {
  return numberFormat({ style: "percent", maximumFractionDigits: 0 }).format(share);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium" }).format(new Date(iso));
}

/** A moment (RFC 3339) as the user's locale writes a date and time, in their time zone. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** "2026-Q4" with its dates in the current locale, e.g. "Q4 2026 · 1 Oct – 31 Dec". */
export function formatQuarter(q: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(q);
  if (!m) return q;
  const year = Number(m[1]);
  const n = Number(m[2]);
  const start = new Date(Date.UTC(year, (n - 1) * 3, 1));
  const end = new Date(Date.UTC(year, n * 3, 0));
  const f = new Intl.DateTimeFormat(i18n.locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  return `${t("quarterShort", { n: String(n), year: String(year) })} · ${f.formatRange(start, end)}`;
}
