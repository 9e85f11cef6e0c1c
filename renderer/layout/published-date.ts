// The publication date: validated strictly, because it goes into <time datetime> and JSON-LD,
// and shown as written (no time-zone conversion, so the preview never depends on the
// machine's locale or zone: "23 November 2026, 19:14 UTC").

export interface PublishedDate {
  /** The machine-readable value, a valid HTML date or global date-time string. */
  datetime: string;
  /** The reader-facing form. */
  display: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** null for anything that is not a real calendar date (2026-02-30) or a well-formed date-time. */
export function parsePublished(value: string | undefined): PublishedDate | null {
  const match = value === undefined ? null : ISO.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = match as unknown as (string | undefined)[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${y}-${mo}-${d}`;
  const displayDate = `${day} ${MONTHS[month - 1]} ${year}`;
  if (h === undefined || mi === undefined) return { datetime: date, display: displayDate };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  // A time without a zone would be "local" to nobody knows whom; treat it as a plain date.
  if (zone === undefined) return { datetime: date, display: displayDate };
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59)) return null;
  const time = `${h}:${mi}${s === undefined ? '' : `:${s}${frac ?? ''}`}`;
  const shownZone = zone === 'Z' || zone === '+00:00' ? 'UTC' : `UTC${zone}`;
  return { datetime: `${date}T${time}${zone}`, display: `${displayDate}, ${h}:${mi} ${shownZone}` };
}
