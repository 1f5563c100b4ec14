/** The server's error answers: JSON with an `error` message, never markup, at most 10 problems listed. */
import { describe, expect, it } from 'vitest';
import { badRequest, jsonError } from '../../src/lib/server/respond';

describe('jsonError', () => {
	it('escapes <, > and & in the text, and parses back to the same message', async () => {
		const message = 'year="><svg onload=alert(1)> & more';
		const res = jsonError(400, { error: message });
		const text = await res.clone().text();
		expect(text).not.toMatch(/[<>&]/);
		expect(text).toContain('\\u003csvg');
		expect((await res.json()).error).toBe(message);
		expect(res.headers.get('content-type')).toBe('application/json');
	});
});

describe('badRequest', () => {
	it('lists at most 10 problems and says how many more there were', async () => {
		const errors = Array.from({ length: 25 }, (_, i) => ({ param: `p${i}`, error: `unknown parameter "p${i}"` }));
		const body = await badRequest(errors).json();
		expect(body.errors).toHaveLength(10);
		expect(body.more).toBe(15);
		expect(typeof body.error).toBe('string');
	});
});
