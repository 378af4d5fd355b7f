// The catalogue's display components: tabs, badges, meters, pagination, disclosures, alerts, cards, the
// empty state, the chart and the table.
import {
  Alert,
  Badge,
  BarChart,
  Card,
  DataTable,
  Disclosure,
  EmptyState,
  Button,
  Heading,
  Meter,
  Pagination,
  ProgressBar,
  StatusPill,
  Tabs,
  type BadgeTone,
} from '@lovecando/shared-ui';
import { formatDate, formatNumber, useUiLanguage } from '@lovecando/shared-web-kit';
import { useState } from 'react';
import { useCatalogueTranslation } from './i18n/resources';

export function TabsSection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('tabs.heading')}</Heading>
      <Tabs
        label={t('tabs.label')}
        tabs={[
          { id: 'text', label: t('tabs.text'), content: <p>{t('tabs.textBody')}</p> },
          { id: 'debate', label: t('tabs.debate'), content: <p>{t('tabs.debateBody')}</p> },
          { id: 'results', label: t('tabs.results'), content: <p>{t('tabs.resultsBody')}</p> },
        ]}
      />
    </section>
  );
}

const TONES: readonly BadgeTone[] = ['neutral', 'info', 'success', 'warning', 'danger'];

export function BadgesSection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('badges.heading')}</Heading>
      <div className="catalogue-row">
        {TONES.map((tone) => (
          <StatusPill key={tone} tone={tone}>
            {t(`badges.${tone}`)}
          </StatusPill>
        ))}
      </div>
      <div className="catalogue-row">
        {TONES.map((tone) => (
          <Badge key={tone} tone={tone}>
            {t('badges.count', { count: 3 })}
          </Badge>
        ))}
      </div>
    </section>
  );
}

export function MetersSection() {
  const { t } = useCatalogueTranslation();
  const [language] = useUiLanguage();
  return (
    <section>
      <Heading level={2}>{t('meters.heading')}</Heading>
      <Meter
        label={t('meters.turnout')}
        value={42}
        valueLabel={t('meters.turnoutValue', { count: 42, total: formatNumber(100, language) })}
      />
      <Meter
        label={t('meters.quorum')}
        tone="success"
        value={0.8}
        maxValue={1}
        valueLabel={formatNumber(0.8, language, { style: 'percent' })}
      />
      <Meter
        label={t('meters.readability')}
        tone="warning"
        value={55}
        valueLabel={formatNumber(55, language)}
      />
      <ProgressBar
        label={t('meters.export')}
        value={65}
        valueLabel={formatNumber(0.65, language, { style: 'percent' })}
      />
      <ProgressBar label={t('meters.sealing')} isIndeterminate />
    </section>
  );
}

export function PaginationSection() {
  const { t } = useCatalogueTranslation();
  const [page, setPage] = useState(4);
  const pageCount = 12;
  return (
    <section>
      <Heading level={2}>{t('pagination.heading')}</Heading>
      <p>{t('pagination.current', { page, count: pageCount })}</p>
      <Pagination
        label={t('pagination.label')}
        page={page}
        pageCount={pageCount}
        onPageChange={setPage}
        previousLabel={t('pagination.previous')}
        nextLabel={t('pagination.next')}
        pageLabel={(n) => t('pagination.page', { page: n })}
      />
    </section>
  );
}

export function DisclosureSection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('disclosure.heading')}</Heading>
      <Disclosure title={t('disclosure.history')}>
        <p>{t('disclosure.historyBody')}</p>
      </Disclosure>
      <Disclosure title={t('disclosure.method')} defaultExpanded>
        <p>{t('disclosure.methodBody')}</p>
      </Disclosure>
    </section>
  );
}

export function AlertsSection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('alerts.heading')}</Heading>
      <Alert tone="info" title={t('alerts.info')} />
      <Alert tone="success" title={t('alerts.success')} />
      <Alert tone="warning" title={t('alerts.warning')} />
      {/* An error tone is role=alert: shown here without interrupting, it is announced once on load. */}
      <Alert tone="error" title={t('alerts.error')} />
    </section>
  );
}

export function CardsSection() {
  const { t } = useCatalogueTranslation();
  const [language] = useUiLanguage();
  return (
    <section>
      <Heading level={2}>{t('cards.heading')}</Heading>
      <div className="catalogue-grid">
        <Card
          as="article"
          title={t('cards.title')}
          footer={
            <>
              <StatusPill tone="info">{t('badges.info')}</StatusPill>
              <span>
                {t('cards.published', { date: formatDate('2026-03-14T09:00:00Z', language, 'long') })}
              </span>
            </>
          }
        >
          <p>{t('cards.body')}</p>
        </Card>
        <Card>
          <p>{t('tabs.resultsBody')}</p>
        </Card>
      </div>
    </section>
  );
}

export function EmptySection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('empty.heading')}</Heading>
      <EmptyState title={t('empty.title')} headingLevel={3} action={<Button>{t('empty.action')}</Button>}>
        <p>{t('empty.body')}</p>
      </EmptyState>
    </section>
  );
}

export function ChartSection() {
  const { t } = useCatalogueTranslation();
  const [language] = useUiLanguage();
  return (
    <section>
      <Heading level={2}>{t('chart.heading')}</Heading>
      <BarChart
        caption={t('chart.caption')}
        categoryHeader={t('chart.answer')}
        valueHeader={t('chart.votes')}
        formatValue={(value) => formatNumber(value, language)}
        showTableLabel={t('chart.show')}
        hideTableLabel={t('chart.hide')}
        footnote={t('chart.footnote')}
        data={[
          { id: 'yes', label: t('choices.yes'), value: 1284 },
          { id: 'no', label: t('choices.no'), value: 512 },
          { id: 'abstain', label: t('choices.abstain'), value: 97 },
        ]}
      />
    </section>
  );
}

interface RoleRow {
  id: string;
  role: string;
  count: number;
}

export function TableSection() {
  const { t } = useCatalogueTranslation();
  const [language] = useUiLanguage();
  const rows: RoleRow[] = [
    { id: 'member', role: t('table.member'), count: 12408 },
    { id: 'board', role: t('table.board'), count: 9 },
    { id: 'admin', role: t('table.admin'), count: 3 },
  ];
  return (
    <section>
      <Heading level={2}>{t('table.heading')}</Heading>
      <DataTable
        caption={t('table.caption')}
        scrollLabel={t('table.scroll')}
        rows={rows}
        getRowKey={(row) => row.id}
        columns={[
          { id: 'role', header: t('table.role'), cell: (row) => row.role, isRowHeader: true },
          { id: 'count', header: t('table.count'), cell: (row) => formatNumber(row.count, language) },
        ]}
      />
    </section>
  );
}
