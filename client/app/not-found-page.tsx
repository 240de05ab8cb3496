import { MessagePage } from '../components/ui/message-page.tsx';

export function NotFoundPage() {
  return (
    <MessagePage title="Page not found">
      There is nothing at this address. The link may be mistyped, or the page may have moved.
    </MessagePage>
  );
}
