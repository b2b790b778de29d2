import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before the user leaves a page that holds something not kept anywhere else (unsaved edits,
 * links that can be shown only once): on a link inside the app, and on closing or reloading the tab.
 * The returned ref says whether to ask; set `.current` as the page's state changes.
 */
export function useLeaveConfirmation(texts: { title: string; detail: string; leave: string; stay: string }) {
  const { modal } = App.useApp();
  const shouldAsk = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => shouldAsk.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: texts.title,
      content: texts.detail,
      okText: texts.leave,
      okButtonProps: { danger: true },
      cancelText: texts.stay,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    // Asked once per blocked navigation; the texts are fixed for the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (shouldAsk.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return shouldAsk;
}
