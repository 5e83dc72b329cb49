export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A near-empty Next.js page: the JavaScript every App Router page loads.</p>
    </main>
  );
}
