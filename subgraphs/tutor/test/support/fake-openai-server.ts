// A real local HTTP server speaking OpenAI's wire protocol (POST /v1/chat/completions, streamed as
// server-sent events, and POST /v1/moderations), so the tutor's model layer is exercised through the
// official SDK exactly as in production. Each test scripts what the "provider" does next.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StreamedReply {
  kind: 'reply';
  /** Text pieces, each sent as one content delta. */
  chunks: string[];
  /** Pause before every chunk after the first. @default 0 */
  chunkDelayMs?: number;
  /** Pause between the response headers and the first chunk. @default 0 */
  firstTokenDelayMs?: number;
  /** Send this many chunks, then hold the connection open until `release()` or the client leaves. */
  hangAfterChunks?: number;
  /** Send this many chunks, then cut the connection (a network failure mid-stream). */
  dropAfterChunks?: number;
  /** Usage reported at the end; null reports none even when asked. @default estimated from the text */
  usage?: { promptTokens: number; completionTokens: number } | null;
  /** Reason sent in the finish chunk; null sends no finish chunk (a stream cut short quietly). @default 'stop' */
  finishReason?: string | null;
}

export interface FailureReply {
  kind: 'fail';
  status: number;
  /** @default 'The fake provider failed this request.' */
  message?: string;
  /** Sent as the `retry-after` header (seconds or an HTTP date). */
  retryAfter?: string;
  /** Sent as the `retry-after-ms` header. */
  retryAfterMs?: string;
}

export type FakeBehaviour = StreamedReply | FailureReply;

/** What a test can assert about a chat request: the body as the client sent it. */
export interface RecordedChatRequest {
  model?: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  response_format?: { type: string };
  /** The Authorization header, to check the key was sent. */
  authorization: string | undefined;
  /** performance.now() when the request arrived and when its first content chunk was written (benchmarks). */
  timing: { receivedAt: number; firstChunkAt: number | null };
}

export interface ModerationVerdict {
  flagged: boolean;
  /** Names of the categories that fired, e.g. 'violence'. @default [] */
  categories?: string[];
}

export interface FakeOpenAiServer {
  /** Base URL ending in /v1, as OPENAI_BASE_URL. */
  readonly url: string;
  /** Every chat request body, in arrival order. */
  readonly requests: RecordedChatRequest[];
  /** Every moderation input, in arrival order. */
  readonly moderationInputs: string[];
  readonly counters: {
    chatCompletions: number;
    moderations: number;
    /** Streams the client left before they finished (cancel, timeout). */
    disconnects: number;
    /** Streams that sent `[DONE]`. */
    completedStreams: number;
  };
  /** Scripts the next requests, one behaviour each, in order. */
  enqueue(...behaviours: FakeBehaviour[]): void;
  /** Decides each request's behaviour once the queue is empty. @default a short fixed reply */
  respondWith(decide: (request: RecordedChatRequest, index: number) => FakeBehaviour): void;
  /** Scripts how moderation judges each input. @default nothing is flagged */
  moderateWith(judge: (input: string) => ModerationVerdict): void;
  /** Lets every hanging stream send the rest of its chunks. */
  release(): void;
  /** Resolves once `count` streams (in total) have reached their hang point. */
  waitUntilHanging(count?: number): Promise<void>;
  /** Resolves once `count` streams (in total) were left by their client. */
  waitForDisconnects(count?: number): Promise<void>;
  close(): Promise<void>;
}

/** A streamed reply of the given pieces (a string is split into words). */
export function reply(text: string | string[], options: Omit<StreamedReply, 'kind' | 'chunks'> = {}): StreamedReply {
  const chunks = typeof text === 'string' ? (text.match(/\s+|\S+\s*/g) ?? []) : text;
  return { kind: 'reply', chunks, ...options };
}

/** A failed response with the given HTTP status. */
export function fail(status: number, options: Omit<FailureReply, 'kind' | 'status'> = {}): FailureReply {
  return { kind: 'fail', status, ...options };
}

export const DEFAULT_FAKE_REPLY = 'This is the fake model speaking.';

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: FakeBehaviour[] = [];
  let decide: (request: RecordedChatRequest, index: number) => FakeBehaviour = () => reply(DEFAULT_FAKE_REPLY);
  let judge: (input: string) => ModerationVerdict = () => ({ flagged: false });
  const requests: RecordedChatRequest[] = [];
  const moderationInputs: string[] = [];
  const counters = { chatCompletions: 0, moderations: 0, disconnects: 0, completedStreams: 0 };
  let hangingTotal = 0;
  let releaseHanging: Array<() => void> = [];
  let watchers: Array<() => void> = [];
  const notify = () => {
    for (const watcher of watchers) watcher();
  };
  // Scripted pauses end when the server closes, so no timer outlives a test.
  const pendingDelays = new Map<NodeJS.Timeout, () => void>();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        pendingDelays.delete(timer);
        resolve();
      }, ms);
      pendingDelays.set(timer, resolve);
    });
  const waitUntil = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      if (condition()) return resolve();
      const watcher = () => {
        if (!condition()) return;
        watchers = watchers.filter((other) => other !== watcher);
        resolve();
      };
      watchers.push(watcher);
    });

  async function streamReply(res: ServerResponse, body: RecordedChatRequest, behaviour: StreamedReply): Promise<void> {
    let left = false;
    res.on('close', () => {
      if (res.writableFinished) return;
      left = true;
      counters.disconnects++;
      notify();
    });
    const id = `chatcmpl-fake-${counters.chatCompletions}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? 'fake-model';
    // Resolves once the bytes are handed to the socket, so a scripted drop comes after what was sent.
    const send = (payload: object | '[DONE]') =>
      new Promise<void>((resolve) => {
        res.write(`data: ${payload === '[DONE]' ? payload : JSON.stringify(payload)}\n\n`, () => resolve());
      });
    const chunk = (delta: object, finishReason: string | null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    });

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.flushHeaders();
    if (behaviour.firstTokenDelayMs) await delay(behaviour.firstTokenDelayMs);
    for (const [index, text] of behaviour.chunks.entries()) {
      if (index === behaviour.hangAfterChunks) {
        hangingTotal++;
        notify();
        await new Promise<void>((resolve) => {
          releaseHanging.push(resolve);
          res.on('close', () => resolve());
        });
      }
      if (index === behaviour.dropAfterChunks) {
        res.socket?.destroy();
        return;
      }
      if (index > 0 && behaviour.chunkDelayMs) await delay(behaviour.chunkDelayMs);
      if (left) return;
      await send(chunk(index === 0 ? { role: 'assistant', content: text } : { content: text }, null));
      body.timing.firstChunkAt ??= performance.now();
    }
    if (behaviour.hangAfterChunks === behaviour.chunks.length) {
      hangingTotal++;
      notify();
      await new Promise<void>((resolve) => {
        releaseHanging.push(resolve);
        res.on('close', () => resolve());
      });
    }
    if (left) return;
    if (behaviour.finishReason !== null) await send(chunk({}, behaviour.finishReason ?? 'stop'));
    const usage = usageFor(body, behaviour);
    if (body.stream_options?.include_usage && usage) {
      await send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    }
    await send('[DONE]');
    counters.completedStreams++;
    res.end();
  }

  async function handleChat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const parsed = JSON.parse(await readBody(req)) as Omit<RecordedChatRequest, 'authorization' | 'timing'>;
    const body: RecordedChatRequest = { ...parsed, authorization: req.headers.authorization, timing: { receivedAt, firstChunkAt: null } };
    const index = counters.chatCompletions++;
    requests.push(body);
    notify();
    const behaviour = queue.shift() ?? decide(body, index);
    if (behaviour.kind === 'fail') return sendFailure(res, behaviour);
    if (body.stream) return streamReply(res, body, behaviour);
    const text = behaviour.chunks.join('');
    if (behaviour.firstTokenDelayMs) await delay(behaviour.firstTokenDelayMs);
    sendJson(res, 200, {
      id: `chatcmpl-fake-${index}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'fake-model',
      choices: [
        { index: 0, message: { role: 'assistant', content: text }, finish_reason: behaviour.finishReason ?? 'stop' },
      ],
      usage: usageFor(body, behaviour) ?? undefined,
    });
  }

  async function handleModeration(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { input } = JSON.parse(await readBody(req)) as { input: string | string[] };
    const inputs = Array.isArray(input) ? input : [input];
    counters.moderations++;
    moderationInputs.push(...inputs);
    sendJson(res, 200, {
      id: `modr-fake-${counters.moderations}`,
      model: 'omni-moderation-latest',
      results: inputs.map((text) => {
        const verdict = judge(text);
        const fired = new Set(verdict.categories ?? []);
        const categories = Object.fromEntries(MODERATION_CATEGORIES.map((name) => [name, fired.has(name)]));
        const scores = Object.fromEntries(MODERATION_CATEGORIES.map((name) => [name, fired.has(name) ? 0.99 : 0.001]));
        return { flagged: verdict.flagged, categories, category_scores: scores };
      }),
    });
  }

  const server: Server = createServer((req, res) => {
    const route = `${req.method} ${req.url?.split('?')[0]}`;
    const handler =
      route === 'POST /v1/chat/completions' ? handleChat : route === 'POST /v1/moderations' ? handleModeration : null;
    if (!handler) return sendJson(res, 404, { error: { message: `No route ${route}`, type: 'invalid_request_error' } });
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error' } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    moderationInputs,
    counters,
    enqueue: (...behaviours) => void queue.push(...behaviours),
    respondWith: (next) => void (decide = next),
    moderateWith: (next) => void (judge = next),
    release() {
      const waiting = releaseHanging;
      releaseHanging = [];
      for (const resolve of waiting) resolve();
    },
    waitUntilHanging: (count = 1) => waitUntil(() => hangingTotal >= count),
    waitForDisconnects: (count = 1) => waitUntil(() => counters.disconnects >= count),
    async close() {
      for (const [timer, resolve] of pendingDelays) {
        clearTimeout(timer);
        resolve();
      }
      pendingDelays.clear();
      for (const resolve of releaseHanging) resolve();
      releaseHanging = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
];

function usageFor(
  body: RecordedChatRequest,
  behaviour: StreamedReply,
): { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null {
  if (behaviour.usage === null) return null;
  const promptTokens =
    behaviour.usage?.promptTokens ?? Math.ceil(body.messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
  const completionTokens = behaviour.usage?.completionTokens ?? Math.ceil(behaviour.chunks.join('').length / 4);
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

function sendFailure(res: ServerResponse, failure: FailureReply): void {
  const headers: Record<string, string> = {};
  if (failure.retryAfter !== undefined) headers['retry-after'] = failure.retryAfter;
  if (failure.retryAfterMs !== undefined) headers['retry-after-ms'] = failure.retryAfterMs;
  const type = failure.status >= 500 ? 'server_error' : failure.status === 429 ? 'rate_limit_exceeded' : 'invalid_request_error';
  sendJson(res, failure.status, { error: { message: failure.message ?? 'The fake provider failed this request.', type, param: null, code: null } }, headers);
}

function sendJson(res: ServerResponse, status: number, payload: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (piece: string) => (text += piece));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

