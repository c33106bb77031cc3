// Asks the model for one JSON object and checks it against a zod schema. Models sometimes wrap JSON in
// prose, cut it short or leave out a field; one retry that names the problem usually fixes that, and a
// second failure is reported rather than saved half-right.
import type { z } from 'zod';
import { ModelError, type ChatMessage, type ChatModel } from '../model/chat-model';
import { moderateText } from '../safety/moderation';
import { blockedModelOutput, invalidModelOutput, modelFailure } from './tool-errors';

export interface JsonRequest<T> {
  model: ChatModel;
  /** The tool's instructions, including the JSON shape expected. */
  system: string;
  /** The material (and the instructor's request) the tool works on. */
  user: string;
  schema: z.ZodType<T>;
  /** The tool's work in words, for error messages: "quiz", "summary". */
  tool: string;
  /** Upper bound on the reply's tokens. @default 2000 */
  maxTokens?: number;
  /** Text of the parsed result that students or instructors will read, for moderation. */
  textOf: (result: T) => string;
}

export interface JsonResult<T> {
  value: T;
  model: string;
}

/** Attempts before giving up on malformed output: the first, and one retry. */
const ATTEMPTS = 2;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The reply's JSON object (the first `{ … }`, for models that wrap it in prose or a code fence), checked. */
function parseReply<T>(reply: string, schema: z.ZodType<T>): Parsed<T> {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, problem: 'it holds no JSON object' };
  let json: unknown;
  try {
    json = JSON.parse(reply.slice(start, end + 1));
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const checked = schema.safeParse(json);
  if (checked.success) return { ok: true, value: checked.data };
  const problem = checked.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || 'the object'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem };
}

export async function askModelForJson<T>(request: JsonRequest<T>): Promise<JsonResult<T>> {
  const messages: ChatMessage[] = [
    { role: 'system', content: request.system },
    { role: 'user', content: request.user },
  ];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    let reply: string;
    try {
      const completion = await request.model.streamChat({ messages, json: true, maxTokens: request.maxTokens ?? 2000, temperature: 0.2 }, () => {});
      reply = completion.content;
    } catch (error) {
      if (error instanceof ModelError) throw modelFailure(error, request.tool);
      throw error;
    }
    const parsed = parseReply(reply, request.schema);
    if (parsed.ok) {
      if (!moderateText(request.textOf(parsed.value), 'output').allowed) throw blockedModelOutput(request.tool);
      return { value: parsed.value, model: request.model.model };
    }
    messages.push(
      { role: 'assistant', content: reply },
      { role: 'user', content: `That reply cannot be used: ${parsed.problem}. Reply again with only the JSON object in the shape described, nothing else.` },
    );
  }
  throw invalidModelOutput(request.tool);
}
