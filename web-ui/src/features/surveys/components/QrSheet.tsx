import { QRCode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyInvitationLink } from '@/features/surveys/api/create-survey-invitations';
import { groupByBuilding, publicSurveyUrl } from '@/features/surveys/components/links';
import '@/features/surveys/components/qr-sheet.css';

/**
 * The printable invitations: per building (each on its own pages) a card per unit with the QR code
 * of its link, the unit in large letters and what to do. QR codes are SVG, sharp on paper; error
 * correction M survives a crease.
 */
export function QrSheet({ title, links, origin }: { title: string; links: readonly SurveyInvitationLink[]; origin: string }) {
  const { t } = useTranslation();
  return (
    <div className="sv-qr-sheet" data-testid="qr-sheet">
      {groupByBuilding(links).map((group) => (
        <section key={group.buildingId} className="sv-qr-building" data-testid="qr-building">
          <h2 className="sv-qr-heading">
            {title} · {group.buildingName} <span className="sv-qr-count">{t('surveys.links.unitCount', { count: group.links.length })}</span>
          </h2>
          <div className="sv-qr-grid">
            {group.links.map((link) => (
              <div className="sv-qr-card" key={link.unitId} data-testid="qr-card">
                <QRCode value={publicSurveyUrl(origin, link.token)} type="svg" size={128} bordered={false} errorLevel="M" style={{ padding: 0 }} />
                <div className="sv-qr-unit">{link.unitLabel}</div>
                <div className="sv-qr-building-name">{link.buildingName}</div>
                <div className="sv-qr-instruction">{t('surveys.links.scan')}</div>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
