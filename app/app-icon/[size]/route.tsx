import { ImageResponse } from "next/og";
import { BrandMark } from "@/app/brand-mark";

// PNG icons for the web manifest (phones' home screens want 192 and 512 px PNGs), drawn at build time.
const SIZES = [192, 512];

export const dynamic = "force-static";
export const generateStaticParams = () => SIZES.map((size) => ({ size: String(size) }));

export async function GET(_: Request, { params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size);
  if (!SIZES.includes(size)) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#020617" }}>
        <BrandMark size={size * 0.8} />
      </div>
    ),
    { width: size, height: size },
  );
}
