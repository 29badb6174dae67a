import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/server/answer-cache.js';

describe('answer cache', () => {
  it('gives an answer back only at the version it was made at', () => {
    const cache = new AnswerCache();
    cache.set('/api/a', 'v1', '{"a":1}');
    expect(cache.get('/api/a', 'v1')).toBe('{"a":1}');
    expect(cache.get('/api/a', 'v2')).toBeUndefined();
    // A stale answer is dropped, not kept for a later look.
    expect(cache.get('/api/a', 'v1')).toBeUndefined();
  });

  it('lets the least recently used answers go first, by count and by bytes, and keeps no oversized answer', () => {
    const cache = new AnswerCache({ entries: 2, bytes: 10, largestAnswer: 6 });
    cache.set('a', 'v', '1234');
    cache.set('b', 'v', '1234');
    expect(cache.get('a', 'v')).toBe('1234'); // a is now newer than b
    cache.set('c', 'v', '12');
    expect([cache.get('a', 'v'), cache.get('b', 'v'), cache.get('c', 'v')]).toEqual(['1234', undefined, '12']);
    cache.set('d', 'v', '123456');
    expect(cache.size).toBe(2); // c and d: 8 bytes, a would make 12
    expect(cache.get('a', 'v')).toBeUndefined();
    cache.set('e', 'v', '1234567');
    expect(cache.get('e', 'v')).toBeUndefined();
  });
});
