import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/ui/message-page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('shell.notFound.title')}>{t('shell.notFound.body')}</MessagePage>;
}
