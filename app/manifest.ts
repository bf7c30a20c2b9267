import type { MetadataRoute } from "next";

// The web manifest: the app can be added to a phone's home screen and opens without the browser's bars.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Persistence Liquid Staking Hub",
    short_name: "Liquid Staking",
    description: "Stake XPRT and other assets into liquid stkASSETs on Persistence, and put them to work.",
    start_url: "/",
    display: "standalone",
    background_color: "#020617",
    theme_color: "#020617",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/app-icon/192", sizes: "192x192", type: "image/png" },
      { src: "/app-icon/512", sizes: "512x512", type: "image/png" },
      { src: "/app-icon/512", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
