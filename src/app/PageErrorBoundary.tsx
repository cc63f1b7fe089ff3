/**
 * A page whose code or part of the catalog cannot be loaded (a damaged cache offline, a deployment that
 * removed old chunks) says so and offers to try again, instead of taking the whole app down with it.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetFailedPageLoads } from './pageData';

interface Props {
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private retry = () => {
    forgetFailedPageLoads();
    this.setState({ failed: false });
  };

  render() {
    if (this.state.failed) return <PageLoadFailed retry={this.retry} />;
    return this.props.children;
  }
}

function PageLoadFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('lesson.loadFailed')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('lesson.retry')}
      </button>
    </div>
  );
}
