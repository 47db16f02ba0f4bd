/** A PDF, an image, a Word or zip file read as text: binary signatures, NUL bytes or undecodable bytes near the start. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  const signatures = ['%PDF-', 'PK\u0003\u0004', 'GIF8', '\uFFFDPNG', '\uFFFD\uFFFD\uFFFD'];
  return signatures.some((signature) => head.startsWith(signature)) || head.includes('\u0000') || head.includes('\uFFFD');
}

/** The depth of nested arrays and objects, counted without recursion (deep input cannot overflow the stack); stops past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [current, depth] = entry;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}
