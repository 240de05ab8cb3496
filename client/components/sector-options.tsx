import { SECTOR_LABELS, SECTORS } from '../../shared/schemas/organization.ts';

/** The options of a partner organization's sector select, with its empty first choice. */
export function SectorOptions() {
  return (
    <>
      <option value="">Choose a sector</option>
      {SECTORS.map((s) => (
        <option key={s} value={s}>
          {SECTOR_LABELS[s]}
        </option>
      ))}
    </>
  );
}
