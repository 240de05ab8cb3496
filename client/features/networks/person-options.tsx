type Person = { id: string; name: string; email: string; deactivatedAt: Date | null };

/** The options of a select for choosing an active person; the first one says what state the list is in. */
export function PersonOptions({ people, emptyLabel }: { people: { data?: Person[]; isError: boolean }; emptyLabel: string }) {
  return (
    <>
      <option value="">{people.isError ? 'People could not be loaded' : people.data ? emptyLabel : 'Loading people…'}</option>
      {people.data
        ?.filter((u) => !u.deactivatedAt)
        .map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.email})
          </option>
        ))}
    </>
  );
}
