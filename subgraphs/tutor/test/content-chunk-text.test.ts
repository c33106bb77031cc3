// Cutting transcripts and readings into passages: sizes, boundaries, Markdown clean-up, determinism.
import { chunkText } from '../src/content/chunk-text';

// Sentences of different lengths, numbered so every one is distinct.
function sentences(count: number): string[] {
  const shapes = [
    'The cell membrane controls what enters and leaves the cell',
    'Diffusion moves particles from high to low concentration',
    'Osmosis is the diffusion of water across a partially permeable membrane, and it matters for plant cells',
    'Active transport needs energy',
    'Proteins in the membrane act as channels and pumps that carry ions against their gradient',
  ];
  return Array.from({ length: count }, (_, index) => `${shapes[index % shapes.length]} (point ${index + 1}).`);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

test('a long transcript becomes passages of 600 to 900 characters, numbered in order', () => {
  const transcript = sentences(60).join(' ');
  const chunks = chunkText(transcript);
  expect(chunks.length).toBeGreaterThan(3);
  expect(chunks.map((chunk) => chunk.position)).toEqual(chunks.map((_, index) => index));
  for (const chunk of chunks.slice(0, -1)) {
    expect(chunk.text.length).toBeGreaterThanOrEqual(600);
    expect(chunk.text.length).toBeLessThanOrEqual(900);
  }
  expect(chunks[chunks.length - 1]!.text.length).toBeLessThanOrEqual(900);
});

test('every passage ends where a sentence ends and no word is lost or split', () => {
  const transcript = sentences(45).join(' ');
  const chunks = chunkText(transcript);
  for (const chunk of chunks) expect(chunk.text).toMatch(/\(point \d+\)\.$/);
  expect(chunks.flatMap((chunk) => words(chunk.text))).toEqual(words(transcript));
});

test('a passage that is long enough ends at the end of a paragraph rather than mid-paragraph', () => {
  // Paragraphs of about 400 characters: two make a passage, and no paragraph is split between two.
  const paragraphs = Array.from({ length: 8 }, (_, index) => sentences(4).map((sentence) => sentence.replace('(point', `(paragraph ${index} point`)).join(' '));
  const chunks = chunkText(paragraphs.join('\n\n'));
  const paragraphOf = (text: string) => [...text.matchAll(/paragraph (\d+) point/g)].map((match) => Number(match[1]));
  for (const chunk of chunks) {
    const inChunk = new Set(paragraphOf(chunk.text));
    for (const paragraph of inChunk) {
      // Every sentence of that paragraph is in this passage.
      expect(paragraphOf(chunk.text).filter((number) => number === paragraph)).toHaveLength(4);
    }
  }
  expect(chunks.length).toBeGreaterThan(1);
});

test('a run-on transcript without punctuation is cut between words within the size limit', () => {
  const transcript = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
  const chunks = chunkText(transcript);
  expect(chunks.length).toBeGreaterThan(2);
  for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(900);
  expect(chunks.flatMap((chunk) => words(chunk.text))).toEqual(words(transcript));
});

test('the same text always gives the same passages', () => {
  const transcript = sentences(37).join(' ') + '\n\n' + sentences(12).join(' ');
  expect(chunkText(transcript)).toEqual(chunkText(transcript));
  expect(chunkText(transcript, { minChars: 300, maxChars: 500 })).toEqual(chunkText(transcript, { minChars: 300, maxChars: 500 }));
});

test('empty or blank text gives no passages', () => {
  expect(chunkText('')).toEqual([]);
  expect(chunkText('  \n\n \t ', { format: 'markdown' })).toEqual([]);
});

test('Markdown loses heading hashes, link, image and emphasis syntax but keeps the words a reader sees', () => {
  const reading = [
    '## Osmosis in *plant* cells',
    '',
    'Read the [lab notes](https://example.org/lab "Lab") and see ![a turgid cell](cell.png).',
    'Water moves **towards** the `higher` solute concentration.',
    '',
    '- Turgor keeps plants upright.',
    '1. Plasmolysis happens in salty water.',
    '> Quoted <em>remark</em> from the lab.',
  ].join('\n');
  const [chunk] = chunkText(reading, { format: 'markdown' });
  expect(chunk!.text).toBe(
    [
      'Osmosis in plant cells',
      'Read the lab notes and see a turgid cell. Water moves towards the higher solute concentration.',
      'Turgor keeps plants upright.',
      'Plasmolysis happens in salty water.',
      'Quoted remark from the lab.',
    ].join('\n\n'),
  );
  expect(chunk!.text).not.toMatch(/[#*`\[\]()<>]|https?:/);
});

test('a Markdown heading opens a new passage and is never left at the end of one', () => {
  const section = (title: string) => `## ${title}\n\n${sentences(6).join(' ')}\n\n${sentences(5).join(' ')}`;
  const reading = [section('First Section'), section('Second Section'), section('Third Section')].join('\n\n');
  const chunks = chunkText(reading, { format: 'markdown' });
  expect(chunks.filter((chunk) => /^(First|Second|Third) Section\n/.test(chunk.text))).toHaveLength(3);
  for (const chunk of chunks) expect(chunk.text).not.toMatch(/Section$/);
});
