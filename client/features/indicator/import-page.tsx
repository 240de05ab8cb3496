// PLACEHOLDER, replaced by the helper building this page before it lands.
export function ImportPage() {
  return null;
}
