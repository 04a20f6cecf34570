import { Route, Routes } from 'react-router';
import { LogInPage } from './auth/log-in-page';
import { RequireSignIn } from './auth/require-sign-in';
import { SignUpPage } from './auth/sign-up-page';
import { DashboardPage } from './entries/dashboard-page';
import { EntryPage } from './entries/entry-page';
import { NewEntryPage } from './entries/new-entry-page';
import { InvitationPage } from './invitations/invitation-page';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found-page';
import { TeamPage } from './team/team-page';

const signedIn = (page: React.ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={signedIn(<DashboardPage />)} />
        <Route path="log-in" element={<LogInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="entries/new" element={signedIn(<NewEntryPage />)} />
        <Route path="entries/:entryId" element={signedIn(<EntryPage />)} />
        <Route path="entries/:entryId/sections/:sectionId" element={signedIn(<EntryPage />)} />
        <Route path="entries/:entryId/team" element={signedIn(<TeamPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
