/** BASE_PATH, as a school types it, becomes the one base path the build uses — or a clear refusal. */
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../scripts/basePath';

describe('the base path of a build', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/mang-an-toan/', '/mang-an-toan/'],
    ['/mang-an-toan', '/mang-an-toan/'],
    ['mang-an-toan', '/mang-an-toan/'],
    [' /hoc/mang-an-toan// ', '/hoc/mang-an-toan/'],
    ['/v1.2_x~y/', '/v1.2_x~y/'],
  ])('reads %j as %j', (value, expected) => {
    expect(normaliseBasePath(value)).toBe(expected);
  });

  it.each([
    ['https://truong.edu.vn/mang-an-toan/', /not a URL/],
    ['//cdn.example/app/', /not a URL/],
    ['./', /not relative|relative/],
    ['/a/../b/', /folder name "\.\."/],
    ['/mạng an toàn/', /folder name "mạng an toàn"/],
    ['/a?b/', /folder name "a\?b"/],
  ])('refuses %j', (value, message) => {
    expect(() => normaliseBasePath(value)).toThrow(message);
  });
});
