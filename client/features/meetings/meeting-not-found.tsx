import { MessagePage } from '../../components/ui/message-page.tsx';

export function MeetingNotFound() {
  return (
    <MessagePage headingLevel={2} title="Meeting not found">
      There is no such meeting in this network. It may have been deleted, or the link may be mistyped.
    </MessagePage>
  );
}

export function NotMeetingEditor() {
  return (
    <MessagePage headingLevel={2} title="Only facilitators and leads manage meetings">
      You can read every meeting and log the cycles you tested at one.
    </MessagePage>
  );
}
