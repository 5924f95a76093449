import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { readSession } from '../../../auth/session';
import type { PlaceholderValues } from '../../../shareKit/postPreview';

/**
 * A tracked link of the shape the redirect issues: a 10-character code on
 * the public tracking host. Its length only matters outside X, which
 * counts every link as 23.
 */
const SAMPLE_LINK = 'https://go.example.com/r/Xy12Ab34Cd';

/** Placeholder values for previews: a sample advocate from the translations, and the campaign's own names. */
export function useSampleValues(campaignName: string, interactionName: string): PlaceholderValues {
  const translate = useTranslate();
  const organizationName = readSession()?.organization.name ?? '';
  return useMemo(() => {
    const firstName = translate('alg.share_kit.sample.first_name');
    const lastName = translate('alg.share_kit.sample.last_name');
    return {
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      company: translate('alg.share_kit.sample.company'),
      title: translate('alg.share_kit.sample.title'),
      interactionName: interactionName || translate('alg.share_kit.sample.interaction'),
      campaignName: campaignName || translate('alg.share_kit.sample.campaign'),
      organizationName,
      link: SAMPLE_LINK,
    };
  }, [translate, organizationName, campaignName, interactionName]);
}
