// This file is the one place the add-on makes HTTP calls: UrlFetchApp with muteHttpExceptions, so every answer comes
// back as a status and a body for the caller to judge (and nothing from the body is ever logged).

export interface HttpRequest {
  method: 'get' | 'post';
  headers: Record<string, string>;
  /** JSON text; omitted for GET. */
  body?: string;
}

export interface HttpReply {
  status: number;
  body: string;
}

/** A synchronous HTTP call, the shape UrlFetchApp offers. */
export type HttpCall = (url: string, request: HttpRequest) => HttpReply;

export function urlFetch(url: string, request: HttpRequest): HttpReply {
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: request.method,
    headers: request.headers,
    muteHttpExceptions: true,
    followRedirects: true,
  };
  if (request.body !== undefined) {
    params.contentType = 'application/json';
    params.payload = request.body;
  }
  const response = UrlFetchApp.fetch(url, params);
  return { status: response.getResponseCode(), body: response.getContentText() };
}
