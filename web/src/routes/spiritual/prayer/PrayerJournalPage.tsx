// /spiritual/prayer: my prayer journal (write, filter, edit, share, mark answered) and, in their own
// tabs, the prayers the community and my prayer partners shared.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { SpiritualNav } from '../shared/SpiritualNav';
import { MyPrayerList } from './MyPrayerList';
import { PrayerEntryForm } from './PrayerEntryForm';
import { PrayerPartners } from './PrayerPartners';
import { PrayerTabs, type PrayerTab } from './PrayerTabs';
import { SharedPrayerList } from './SharedPrayerList';
import '../spiritual.css';

type TabId = 'mine' | 'community' | 'partners';

function MyJournal() {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <section className="card" aria-labelledby="write-prayer-heading">
        <h2 id="write-prayer-heading">Write a prayer</h2>
        <PrayerEntryForm onDone={setNotice} />
        {notice && <Alert tone="success">{notice}</Alert>}
      </section>
      <MyPrayerList />
    </>
  );
}

const TABS: ReadonlyArray<PrayerTab<TabId>> = [
  { id: 'mine', label: 'My journal', panel: () => <MyJournal /> },
  { id: 'community', label: 'Community', panel: () => <SharedPrayerList source="community" /> },
  {
    id: 'partners',
    label: 'Partners',
    panel: () => (
      <>
        <PrayerPartners />
        <SharedPrayerList source="partners" />
      </>
    ),
  },
];

const isTab = (value: string | null): value is TabId => TABS.some((tab) => tab.id === value);

export function PrayerJournalPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const selected: TabId = isTab(requested) ? requested : 'mine';
  return (
    <>
      <h1>Prayer journal</h1>
      <SpiritualNav />
      <PrayerTabs tabs={TABS} selected={selected} onSelect={(tab) => setParams(tab === 'mine' ? {} : { tab }, { replace: true })} />
    </>
  );
}
