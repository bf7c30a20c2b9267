import { ImageResponse } from "next/og";
import { BrandMark } from "./brand-mark";

// The icon iOS puts on the home screen (180 px PNG), drawn at build time.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#020617" }}>
        <BrandMark size={150} />
      </div>
    ),
    size,
  );
}
