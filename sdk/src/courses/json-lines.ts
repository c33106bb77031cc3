// The line each value of a JSON document starts on, by its path (e.g. "0.modules.1.title"), so
// problems in a JSON file can be reported by line like those in a CSV file. Assumes valid JSON
// (JSON.parse has accepted it).

export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  /** Per open container: the path prefix and, for arrays, the next index; for objects, the pending key. */
  const stack: { path: string[]; kind: 'array' | 'object'; index: number; key: string | undefined }[] = [];
  let line = 1;
  let index = 0;

  const readString = (): string => {
    let value = '';
    index += 1;
    while (index < text.length && text[index] !== '"') {
      if (text[index] === '\\') {
        value += text.slice(index, index + 2);
        index += 2;
      } else {
        value += text[index];
        index += 1;
      }
    }
    index += 1;
    return JSON.parse(`"${value}"`) as string;
  };

  const valueStarts = () => {
    const top = stack.at(-1);
    if (!top) {
      lines.set('', line);
      return [] as string[];
    }
    const segment = top.kind === 'array' ? String(top.index) : (top.key ?? '');
    const path = [...top.path, segment];
    lines.set(path.join('.'), line);
    return path;
  };

  while (index < text.length) {
    const char = text[index]!;
    const top = stack.at(-1);
    if (char === '\n') {
      line += 1;
      index += 1;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === ':') {
      index += 1;
    } else if (char === ',') {
      if (top?.kind === 'array') top.index += 1;
      if (top?.kind === 'object') top.key = undefined;
      index += 1;
    } else if (char === '{' || char === '[') {
      const path = valueStarts();
      stack.push({ path, kind: char === '{' ? 'object' : 'array', index: 0, key: undefined });
      index += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      index += 1;
    } else if (char === '"' && top?.kind === 'object' && top.key === undefined) {
      top.key = readString();
    } else {
      valueStarts();
      if (char === '"') readString();
      else while (index < text.length && !/[\s,\]}]/.test(text[index]!)) index += 1;
    }
  }
  return lines;
}

/** The line of `path` or of its nearest recorded ancestor. */
export function lineOf(lines: ReadonlyMap<string, number>, path: readonly (string | number)[]): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const line = lines.get(path.slice(0, length).join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}
