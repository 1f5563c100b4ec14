/**
 * Partial ISO dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") as day ranges, in UTC days since the epoch.
 * A partial date covers every day it names: "2016" is 2016-01-01..2016-12-31.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Milliseconds in a day: dates are whole UTC days since the epoch. */
export const DAY_MS = 86_400_000;

export interface DayRange {
	first: number;
	last: number;
}

const parsed = new Map<string, DayRange | null>();

/**
 * The days a partial date covers, or null when it is not a real date of that form. Memoised: the
 * rubric asks about the same few hundred strings for every pair, year and sample day.
 */
export function parsePartialDate(text: string): DayRange | null {
	let range = parsed.get(text);
	if (range === undefined) {
		range = parse(text);
		if (range) Object.freeze(range);
		parsed.set(text, range);
	}
	return range;
}

function parse(text: string): DayRange | null {
	const m = PARTIAL_DATE.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return { first: utcDay(year, 1, 1), last: utcDay(year, 12, 31) };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) {
		return { first: utcDay(year, month, 1), last: utcDay(year, month + 1, 1) - 1 };
	}
	const day = Number(m[3]);
	const d = utcDay(year, month, day);
	// Date.UTC rolls 2023-02-30 over into March: reject anything that does not round-trip.
	if (day < 1 || new Date(d * DAY_MS).getUTCMonth() !== month - 1) return null;
	return { first: d, last: d };
}

/** UTC day number of a calendar date. */
export function utcDay(year: number, month: number, day: number): number {
	// setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return Math.round(d.getTime() / DAY_MS);
}

/** First and last day of a calendar year. */
export function yearDays(year: number): DayRange {
	return { first: utcDay(year, 1, 1), last: utcDay(year, 12, 31) };
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
	return new Date(day * DAY_MS).getUTCFullYear();
}

/** Share of a calendar year covered by the day range [first, last] (0..1). */
export function yearShare(range: DayRange, year: number): number {
	const y = yearDays(year);
	const overlap = Math.min(range.last, y.last) - Math.max(range.first, y.first) + 1;
	return overlap <= 0 ? 0 : overlap / (y.last - y.first + 1);
}

/** A day number as YYYY-MM-DD. */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
