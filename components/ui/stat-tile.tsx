import type { ReactNode } from 'react';

export interface StatTileProps {
  label: string;
  value: ReactNode;
  detail: ReactNode;
}

export function StatTile({ label, value, detail }: StatTileProps) {
  return (
    <div className="card tile">
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value}</div>
      <div className="tile-detail">{detail}</div>
    </div>
  );
}
