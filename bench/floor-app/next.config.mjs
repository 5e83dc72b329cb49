// The floor app builds where flagless's own build does (NEXT_DIST_DIR, default .next), so two
// engineers measuring at once each keep their own floor build inside bench/floor-app.
const config = { poweredByHeader: false, distDir: process.env.NEXT_DIST_DIR || ".next" };
export default config;
