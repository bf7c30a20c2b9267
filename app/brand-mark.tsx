// The app's mark drawn for next/og (ImageResponse): the gradient disc with its "P", at any size, for the PNG icons
// and the share image. Inline styles only: that is what next/og renders.

export function BrandMark({ size }: { size: number }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        borderRadius: size / 2,
        background: "linear-gradient(135deg, #f43f5e, #fb923c)",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        color: "white",
        fontSize: size * 0.5,
        fontWeight: 700,
      }}
    >
      P
    </div>
  );
}
