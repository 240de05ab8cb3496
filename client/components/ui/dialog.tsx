import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Opens the dialog; focus returns to it when the dialog closes. */
  trigger?: ReactNode;
};

export function Dialog({ open, onOpenChange, title, description, children, trigger }: DialogProps) {
  const { t } = useTranslation();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <RadixDialog.Content
          // Without a description, tell Radix there is none rather than repeat the title to screen readers.
          {...(description ? {} : { 'aria-describedby': undefined })}
          className="fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-5 shadow-xl"
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <RadixDialog.Title className="text-lg font-semibold text-slate-900">{title}</RadixDialog.Title>
            <RadixDialog.Close asChild>
              <button type="button" className="-m-2 rounded-lg p-2.5 text-slate-600 hover:bg-slate-100" aria-label={t('actions.close')}>
                <X aria-hidden="true" className="size-5" />
              </button>
            </RadixDialog.Close>
          </div>
          {description && (
            <RadixDialog.Description asChild>
              <div className="mb-4 text-sm text-slate-700">{description}</div>
            </RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

type ConfirmProps = Omit<DialogProps, 'children'> & {
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  error?: string;
  danger?: boolean;
};

/** Asks before an action that is hard to undo. */
export function ConfirmDialog({ confirmLabel, onConfirm, pending, error, danger, ...dialog }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <Dialog {...dialog}>
      {error && (
        <Alert tone="error" className="mb-4">
          {error}
        </Alert>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <RadixDialog.Close asChild>
          <Button variant="secondary">{t('actions.cancel')}</Button>
        </RadixDialog.Close>
        <Button variant={danger ? 'danger' : 'primary'} pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
