import type { Page } from 'playwright-core';

/** A request the page makes to the API, with its session cookie: POST when it has a body. */
export interface ApiRequest {
  method?: string;
  body?: unknown;
}

function methodOf(init: ApiRequest): string {
  return init.method ?? (init.body === undefined ? 'GET' : 'POST');
}

/** What the API answered: the status and the parsed JSON body (null when empty). */
export async function requestJson<T>(
  page: Page,
  path: string,
  init: ApiRequest = {},
): Promise<{ status: number; body: T }> {
  const method = methodOf(init);
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { path, method, body: init.body },
  );
}

/** A request that must succeed (the setup of a journey): its parsed body, else an error naming it. */
export async function fetchJson<T>(page: Page, path: string, init: ApiRequest = {}): Promise<T> {
  const { status, body } = await requestJson<T>(page, path, init);
  if (status >= 300) throw new Error(`${methodOf(init)} ${path}: ${status} ${JSON.stringify(body)}`);
  return body;
}
