import { describe, expect, it } from 'vitest';
import { checkJava, parseJavaMajor } from '../../../src/graph/local-server/prerequisites.ts';
import { lastLines } from '../../../src/graph/local-server/tail.ts';

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no java here')).toBeNull();
  });
});

describe('checkJava', () => {
  it('fails with JAVA_MISSING when the program cannot be run', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(expect.objectContaining({ code: 'JAVA_MISSING' }));
  });
});

describe('lastLines', () => {
  it('keeps the last lines, ignoring the final newline', () => {
    expect(lastLines('a\nb\nc\n', 2)).toBe('b\nc');
    expect(lastLines('a', 5)).toBe('a');
  });
});
