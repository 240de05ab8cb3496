import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { changeLanguage, currentLanguage } from './i18n.ts';
import { useMe } from './session.ts';

/**
 * A signed-in person reads Needle in the language they chose, on every device; a link's ?lang=
 * still wins for the page it opens (a Spanish public page shared with them stays Spanish).
 */
export function useAccountLanguage(): void {
  const chosen = useMe().data?.language;
  const [params] = useSearchParams();
  const linked = params.has('lang');
  useEffect(() => {
    if (chosen && !linked && chosen !== currentLanguage()) void changeLanguage(chosen);
  }, [chosen, linked]);
}
