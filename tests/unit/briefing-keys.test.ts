import { describe, expect, it } from 'vitest';
import { keyAction } from '$lib/app/briefing-keys';

const press = (key: string, presenting: boolean, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
	keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers }, presenting);

describe('the briefing’s keys', () => {
	it('lets a clicker step and blank in presenter mode or not', () => {
		for (const presenting of [true, false]) {
			expect(press('PageDown', presenting)).toBe('next');
			expect(press('PageUp', presenting)).toBe('previous');
			expect(press('b', presenting)).toBe('blank');
			expect(press('.', presenting)).toBe('blank');
		}
	});

	it('leaves arrows, space, Home and End to the page outside presenter mode', () => {
		for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', 'f']) expect(press(key, false)).toBeNull();
		expect(press('ArrowRight', true)).toBe('next');
		expect(press(' ', true)).toBe('next');
		expect(press('Home', true)).toBe('first');
		expect(press('F', true)).toBe('fullscreen');
	});

	it('makes Escape leave presenter mode, or else close the details', () => {
		expect(press('Escape', true)).toBe('exit');
		expect(press('Escape', false)).toBe('close');
	});

	it('starts presenting with P, and leaves the browser’s own shortcuts alone', () => {
		expect(press('p', false)).toBe('present');
		expect(press('p', true)).toBeNull();
		expect(press('PageDown', false, { ctrlKey: true })).toBeNull();
		expect(press('b', true, { metaKey: true })).toBeNull();
	});
});
