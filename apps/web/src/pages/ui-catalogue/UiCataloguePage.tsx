// The component catalogue at /dev/ui: every shared component in its states, with French and English
// labels, so a change to the design system can be seen (and checked with axe) in one place. It is in no
// menu and holds sample text only, so it is served in production too, like any page: the browser tests
// run against the production build, and a visitor who finds it learns nothing. Its code and texts are a
// lazy chunk (see routes.tsx), so the pages people use load none of it.
import { Button, Heading, ModalDialog, ToastProvider, useToast } from '@lovecando/shared-ui';
import { Loading, useDocumentTitle } from '@lovecando/shared-web-kit';
import { useState } from 'react';
import {
  AlertsSection,
  BadgesSection,
  CardsSection,
  ChartSection,
  DisclosureSection,
  EmptySection,
  MetersSection,
  PaginationSection,
  TableSection,
  TabsSection,
} from './DisplaySections';
import { ButtonsSection, ChoicesSection, FieldsSection, FormErrorsSection } from './FormSections';
import { useCatalogueTranslation } from './i18n/resources';
import './ui-catalogue.css';

function FeedbackSections() {
  const { t } = useCatalogueTranslation();
  const { show } = useToast();
  const [dialogOpen, setDialogOpen] = useState(false);
  return (
    <>
      <FormErrorsSection onSaved={(message) => show(message, 'success')} />
      <section>
        <Heading level={2}>{t('toasts.heading')}</Heading>
        <Button variant="secondary" onPress={() => show(t('toasts.message'), 'success')}>
          {t('toasts.show')}
        </Button>
      </section>
      <section>
        <Heading level={2}>{t('loading.heading')}</Heading>
        <Loading />
      </section>
      <section>
        <Heading level={2}>{t('dialog.heading')}</Heading>
        <Button variant="secondary" onPress={() => setDialogOpen(true)}>
          {t('dialog.open')}
        </Button>
        <ModalDialog isOpen={dialogOpen} onOpenChange={setDialogOpen} title={t('dialog.title')}>
          <p>{t('dialog.body')}</p>
          <Button onPress={() => setDialogOpen(false)}>{t('dialog.close')}</Button>
        </ModalDialog>
      </section>
    </>
  );
}

export function UiCataloguePage() {
  const { t } = useCatalogueTranslation();
  useDocumentTitle(t('title'));
  return (
    <ToastProvider dismissLabel={t('toasts.dismiss')} regionLabel={t('toasts.region')}>
      <Heading level={1}>{t('title')}</Heading>
      <p>{t('intro')}</p>
      <ButtonsSection />
      <FieldsSection />
      <ChoicesSection />
      <TabsSection />
      <BadgesSection />
      <MetersSection />
      <PaginationSection />
      <DisclosureSection />
      <AlertsSection />
      <CardsSection />
      <EmptySection />
      <ChartSection />
      <TableSection />
      <FeedbackSections />
    </ToastProvider>
  );
}
