import { ImageResponse } from "next/og";
import { BrandMark } from "./brand-mark";

// The share image (OpenGraph; Twitter/X cards fall back to it), drawn at build time in English, the catalogue's reference language.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Persistence Liquid Staking Hub: stake XPRT into stkXPRT and put it to work";

export default function OpenGraphImage() {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          padding: 80,
          background: "linear-gradient(135deg, #1e0b14 0%, #020617 55%)",
          color: "white",
        }}
      >
        <BrandMark size={120} />
        <div style={{ marginTop: 48, fontSize: 72, fontWeight: 700 }}>Liquid staking on Persistence</div>
        <div style={{ marginTop: 24, fontSize: 36, color: "#cbd5e1" }}>Stake XPRT into stkXPRT, keep it liquid, and put it to work.</div>
      </div>
    ),
    size,
  );
}
