// This file is the one shape of an HTTP POST the add-on's clients use (UrlFetchApp in Apps Script, fetch elsewhere):
// synchronous, JSON body, and every answer comes back as a status and a body for the caller to judge.

export interface HttpReply {
  status: number;
  body: string;
}

export type HttpPost = (url: string, request: { headers: Record<string, string>; body: string }) => HttpReply;
