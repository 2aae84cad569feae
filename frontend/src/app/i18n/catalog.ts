import { en as accessEn } from '../../components/hr-access/i18n/en';
import { es as accessEs } from '../../components/hr-access/i18n/es';
import { en as crisisEn } from '../../components/crisis/i18n/en';
import { es as crisisEs } from '../../components/crisis/i18n/es';
import { en as locationEn } from '../../components/location/i18n/en';
import { es as locationEs } from '../../components/location/i18n/es';
import { en as uiEn } from '../../components/ui/i18n/en';
import { es as uiEs } from '../../components/ui/i18n/es';
import { authEn, authEs } from '../../features/auth';
import { careEn, careEs } from '../../features/care';
import { clearanceEn, clearanceEs } from '../../features/clearance';
import { consentEn, consentEs } from '../../features/consent';
import { employerEn, employerEs } from '../../features/employer';
import { enrolmentEn, enrolmentEs } from '../../features/enrolment';
import { invitationsEn, invitationsEs } from '../../features/invitations';
import { memberEn, memberEs } from '../../features/member';
import { platformEn, platformEs } from '../../features/platform';
import { privacyEn, privacyEs } from '../../features/privacy';
import { providerEn, providerEs } from '../../features/provider';
import { referralEn, referralEs } from '../../features/referral';
import { reportingEn, reportingEs } from '../../features/reporting';
import { screeningEn, screeningEs } from '../../features/screening';
import { sponsorshipEn, sponsorshipEs } from '../../features/sponsorship';
import { welcomeEn, welcomeEs } from '../../features/welcome';
import type { Locale, Messages } from '../../lib/i18n';
import { en as appEn } from './en';
import { es as appEs } from './es';

/** Every translation source, by name, so the parity test can point at the one that drifted. */
export const sources: Record<string, Record<Locale, Messages>> = {
  app: { en: appEn, es: appEs },
  ui: { en: uiEn, es: uiEs },
  access: { en: accessEn, es: accessEs },
  crisis: { en: crisisEn, es: crisisEs },
  location: { en: locationEn, es: locationEs },
  auth: { en: authEn, es: authEs },
  platform: { en: platformEn, es: platformEs },
  employer: { en: employerEn, es: employerEs },
  member: { en: memberEn, es: memberEs },
  provider: { en: providerEn, es: providerEs },
  privacy: { en: privacyEn, es: privacyEs },
  sponsorship: { en: sponsorshipEn, es: sponsorshipEs },
  invitations: { en: invitationsEn, es: invitationsEs },
  welcome: { en: welcomeEn, es: welcomeEs },
  enrolment: { en: enrolmentEn, es: enrolmentEs },
  consent: { en: consentEn, es: consentEs },
  screening: { en: screeningEn, es: screeningEs },
  clearance: { en: clearanceEn, es: clearanceEs },
  referral: { en: referralEn, es: referralEs },
  care: { en: careEn, es: careEs },
  reporting: { en: reportingEn, es: reportingEs },
};

function merged(locale: Locale): Messages {
  return Object.assign({}, ...Object.values(sources).map((source) => source[locale]));
}

export const catalog: Record<Locale, Messages> = { en: merged('en'), es: merged('es') };
