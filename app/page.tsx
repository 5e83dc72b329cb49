export default function HomePage() {
  return (
    <main>
      <h1>flagless</h1>
      <p>Choose a large language model, and the way to run it, by what you need.</p>
    </main>
  );
}
