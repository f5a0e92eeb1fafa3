/** ISO 8601 calendar dates as datasets write them: a year, a month or a day. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `text` is an ISO 8601 date that exists: `2019`, `2019-12` or `2019-12-16` (month 01–12, a
 * day that the month has, 29 February only in leap years).
 *
 * @example isIsoDate('2020-02-29') // true
 * @example isIsoDate('2021-02-30') // false
 * @example isIsoDate('2021-13') // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [, y = '', m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}
