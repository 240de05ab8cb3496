import { useTranslation } from 'react-i18next';
import { MessagePage } from '../../components/ui/message-page.tsx';

export function MeetingNotFound() {
  const { t } = useTranslation('meetings');
  return (
    <MessagePage headingLevel={2} title={t('notFound.title')}>
      {t('notFound.body')}
    </MessagePage>
  );
}

export function NotMeetingEditor() {
  const { t } = useTranslation('meetings');
  return (
    <MessagePage headingLevel={2} title={t('notEditor.title')}>
      {t('notEditor.body')}
    </MessagePage>
  );
}
