import { useEffect } from 'react';

const PRODUCT_NAME = 'KAP Benefit Portal';

/** Each page names itself in the tab and for screen readers announcing navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [title]);
}
