import { describe, expect, it } from 'vitest';
import { webAddress } from '$lib/data/links';

describe('webAddress', () => {
	it('links http and https addresses, in any letter case', () => {
		expect(webAddress('https://apnews.com/article/x')).toBe('https://apnews.com/article/x');
		expect(webAddress('HTTP://Example.org/a b')).toBe('http://example.org/a%20b');
	});

	it('links nothing else', () => {
		for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y', '/relative', 'example.org', '', undefined]) {
			expect(webAddress(url), String(url)).toBeNull();
		}
	});
});
