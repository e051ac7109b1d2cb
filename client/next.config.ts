import type { NextConfig } from "next";

const config: NextConfig = {
  output: "export",
  // Every route becomes folder/index.html, which the API's static file server finds without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default config;
