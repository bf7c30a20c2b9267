import { type NextRequest, NextResponse } from "next/server";
import { newNonce, securityHeaders } from "@/lib/security/headers";
import { connectOrigins, frameOrigins } from "@/lib/security/sources";

// Runs before every response of `next start` (and `next dev`): a fresh CSP nonce per request, handed to Next in the
// request's CSP header (Next reads it from there and stamps its scripts), and the security headers on the response.

const CONNECT = connectOrigins();
const FRAMES = frameOrigins();
const DEV = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() ?? request.nextUrl.protocol.replace(":", "");
  const headers = securityHeaders({ nonce: newNonce(), dev: DEV, https: proto === "https", connect: CONNECT, frames: FRAMES });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
