import { describe, expect, it } from 'vitest';
import { mapFailureMessage } from '$lib/map/failure';

describe('mapFailureMessage', () => {
	it('says WebGL is missing when MapLibre cannot get a GPU context', () => {
		const error = Object.assign(new Error('WebGL2 is required to display this map.'), { name: 'GPUInitializationError' });
		expect(mapFailureMessage(error).title).toBe('This browser cannot draw the map: WebGL is switched off or not available.');
	});

	it('passes on any other reason, shortened, and says what still works', () => {
		const { title, detail } = mapFailureMessage(new Error('x'.repeat(1000)));
		expect(title).toBe('The map could not be drawn.');
		expect(detail).toBe(`The browser said: ${'x'.repeat(200)}. The date control, the lists, the events and every item’s details and sources still work.`);
	});
});
