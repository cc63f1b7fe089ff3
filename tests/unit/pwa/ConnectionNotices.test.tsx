import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectionNotices } from '../../../src/pwa/ConnectionNotices';
import { usePwaStore } from '../../../src/pwa/pwaStore';
import { renderWithProviders } from '../../test-utils';

describe('connection notices', () => {
  beforeEach(() => usePwaStore.setState({ registerFailed: false }));

  it('tells the user when offline use could not be set up, instead of failing silently', async () => {
    await renderWithProviders(<ConnectionNotices />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => usePwaStore.setState({ registerFailed: true }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa cài được chế độ dùng khi không có mạng');
  });
});
