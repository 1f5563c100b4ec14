/**
 * The geometry of the small year charts (the focus panel's tie chart, the States view's small
 * multiples): linear scales, year ticks and score ticks, and a polyline that breaks at a missing
 * value instead of dropping to zero. Pure, so the charts only draw.
 */

export interface ChartBox {
	width: number;
	height: number;
	/** Room for the axes: left for the score labels, bottom for the year labels. */
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface ChartScales {
	x: (year: number) => number;
	y: (value: number) => number;
	years: number[];
	values: number[];
}

/** Ticks every `step` years, the first and last year included when they fit. */
export function yearTicks(from: number, to: number, maxTicks = 6): number[] {
	const span = Math.max(1, to - from);
	const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= maxTicks - 1) ?? 100;
	const ticks: number[] = [];
	for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
	return ticks;
}

/** Score ticks from 0 to `max` (at 0.5 or 1 steps, or quarters when max ≤ 1). */
export function valueTicks(max: number): number[] {
	const step = max <= 1 ? 0.5 : max <= 2 ? 0.5 : 1;
	const ticks: number[] = [];
	for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
	return ticks;
}

export function chartScales(box: ChartBox, years: { from: number; to: number }, max: number): ChartScales {
	const w = box.width - box.left - box.right;
	const h = box.height - box.top - box.bottom;
	const span = Math.max(1, years.to - years.from);
	return {
		x: (year) => round1(box.left + ((year - years.from) / span) * w),
		y: (value) => round1(box.top + h - (Math.min(value, max) / max) * h),
		years: yearTicks(years.from, years.to),
		values: valueTicks(max)
	};
}

/** An SVG path through (year, value) points; a null value lifts the pen. */
export function seriesPath(points: readonly { year: number; value: number | null }[], s: Pick<ChartScales, 'x' | 'y'>): string {
	let d = '';
	let pen = false;
	for (const p of points) {
		if (p.value === null) {
			pen = false;
			continue;
		}
		d += `${pen ? 'L' : 'M'}${s.x(p.year)} ${s.y(p.value)}`;
		pen = true;
	}
	return d;
}

/** The year (and fraction) of a partial date "YYYY[-MM[-DD]]", for placing an event on a year axis. */
export function yearPosition(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	if (m === undefined) return y! + 0.5;
	return y! + (m - 1) / 12 + ((d ?? 15) - 1) / 365;
}

function round1(x: number): number {
	return Math.round(x * 10) / 10;
}
