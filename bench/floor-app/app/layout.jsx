// The framework's floor: a near-empty Next.js page, built and measured in the same run as flagless's pages.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
