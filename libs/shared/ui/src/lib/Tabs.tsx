// Tabs on react-aria: one tab stop for the tab list, arrow keys (and Home/End) move between tabs and
// select them, and each panel is labelled by its tab. For views of the same thing (a proposal's text,
// debate and results), not for site navigation.
import { type Key, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs } from 'react-aria-components';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  /** Accessible name of the tab list, e.g. "Views of the proposal". */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection; leave out to let the tabs keep their own. */
  selectedId?: string;
  defaultSelectedId?: string;
  onSelectionChange?: (id: string) => void;
}

export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelectionChange }: TabsProps) {
  return (
    <AriaTabs
      className="lcd-tabs"
      {...(selectedId !== undefined ? { selectedKey: selectedId } : {})}
      {...(defaultSelectedId !== undefined ? { defaultSelectedKey: defaultSelectedId } : {})}
      {...(onSelectionChange ? { onSelectionChange: (key: Key) => onSelectionChange(String(key)) } : {})}
    >
      <TabList aria-label={label} className="lcd-tabs__list">
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className="lcd-tabs__tab">
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="lcd-tabs__panel">
          {tab.content}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
