import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="card message">
      <h1>Not found</h1>
      <p>There is no such page or corpus.</p>
      <Link href="/" className="button">
        Open the shipped corpus
      </Link>
    </div>
  );
}
