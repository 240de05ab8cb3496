import { lazy, Suspense, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Sector } from '../../../shared/schemas/organization.ts';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { followsFirstPage, useStandIn } from '../../lib/first-page.ts';

// The form (its validation and form libraries) loads when the dialog opens, not with the network
// home, which every member opens first and few change their organization from.
const OrganizationForm = lazy(() => import('./organization-form.tsx').then((m) => ({ default: m.OrganizationForm })));
// The dialog itself (Radix's, 14 KB) follows the first page: until it is in, the button is a plain
// one, and pressed meanwhile the dialog's code comes at once and it opens.
const dialog = followsFirstPage(() => import('../../components/ui/dialog.tsx'));
const Dialog = lazy(() => dialog.load().then((m) => ({ default: m.Dialog })));

type Organization = { id: number; name: string; sector: Sector };

/**
 * The organization the signed-in person represents in this network, and a way to change it. `mine`
 * comes with the home page's one query: null when the person is not a member here.
 */
export function MyOrganization({ mine }: { mine: { organization: Organization | null } | null }) {
  const { t } = useTranslation(['networks', 'common']);
  const [open, setOpen] = useState(false);
  const { props: standIn, takeFocus } = useStandIn(dialog.now, { onPress: () => setOpen(true) });

  if (mine === null) {
    return (
      <SectionCard title={t('myOrganization.title')}>
        <p className="text-sm text-slate-700">{t('myOrganization.notMember')}</p>
      </SectionCard>
    );
  }

  const current = mine.organization;
  const label = current ? t('myOrganization.change') : t('myOrganization.set');
  return (
    <SectionCard title={t('myOrganization.title')}>
      <div className="space-y-3">
        {current ? (
          <p className="text-sm text-slate-800">
            <Trans
              t={t}
              i18nKey="myOrganization.representsWithSector"
              values={{ name: current.name, sector: t(`common:labels.sector.${current.sector}`) }}
              components={{ strong: <strong className="font-semibold" />, muted: <span className="text-slate-600" /> }}
            />
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t('myOrganization.none')}</p>
        )}
        <Suspense
          fallback={
            <Button variant="secondary" {...standIn}>
              {label}
            </Button>
          }
        >
          <Dialog
            open={open}
            onOpenChange={setOpen}
            title={t('myOrganization.title')}
            description={t('myOrganization.question')}
            trigger={
              <Button variant="secondary" ref={takeFocus}>
                {label}
              </Button>
            }
          >
            <Suspense fallback={<LoadingState />}>
              <OrganizationForm currentId={current?.id ?? null} onDone={() => setOpen(false)} />
            </Suspense>
          </Dialog>
        </Suspense>
      </div>
    </SectionCard>
  );
}
