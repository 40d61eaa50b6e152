import type { SignupPayload } from './payload.js';

export type SendFailure = 'network' | 'timeout' | 'http';

export type SendResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly reason: SendFailure; readonly status?: number };

/**
 * POSTs the payload as JSON. Any 2xx answer is a success; anything else says what went wrong. The timeout
 * does not rely on the fetch honouring its abort signal: a stuck request still ends as a timeout.
 */
export async function postSignup(endpoint: string, payload: SignupPayload, timeoutMs: number): Promise<SendResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, reason: 'timeout' });
    }, timeoutMs);
  });
  const request = (async (): Promise<SendResult> => {
    try {
      const response = await globalThis.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        cache: 'no-store',
        referrerPolicy: 'strict-origin-when-cross-origin',
      });
      return response.ok ? { ok: true, status: response.status } : { ok: false, reason: 'http', status: response.status };
    } catch {
      return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
    }
  })();
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
