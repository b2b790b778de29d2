import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

/**
 * A resident's survey link loads only the answer page (no Ant Design, no router, its own texts); everything else loads
 * the staff app. Each is its own chunk, with its own styles and i18n: this entry imports nothing else.
 */
const isPublicSurveyPath = (path: string) => /^\/s\/[^/]+\/?$/.test(path);

const app: Promise<ComponentType> = isPublicSurveyPath(window.location.pathname)
  ? import('@/app/PublicApp').then((module) => module.PublicApp)
  : import('@/app/App').then((module) => module.App);

void app.then((Root) =>
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
