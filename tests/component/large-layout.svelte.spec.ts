/** The large-graph layout gives in Chromium the very positions it gives in Node (the fixture both check). */
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/large-layout.json';
import { largeLayout } from '../helpers/large-layout';

describe('large-graph layout in the browser', () => {
	it('places a 60-state / 600-tie graph exactly where Node does', () => {
		expect(largeLayout()).toEqual(expected);
	});
});
