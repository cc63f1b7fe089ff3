import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { initStorage } from '../../../src/db/storage';
import { navigate } from '../../../src/router/navigation';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { storedLanguage } from '../../../src/i18n';
import { freshDatabase, renderWithProviders } from '../../test-utils';

describe('the app', () => {
  beforeEach(async () => {
    freshDatabase();
    window.localStorage.clear();
    useStorageStatus.setState({ problem: null, ready: false, detail: null, retry: null });
    window.history.replaceState(null, '', '/');
    await initStorage();
  });

  it('offers the age bands on the home page, with a help entry on every screen', async () => {
    await renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Lớp 4–5/ })).toHaveAttribute('href', '/band/lop-4-5');
    expect(screen.getByRole('link', { name: /Cần giúp đỡ\? Gọi 111/ })).toHaveAttribute('href', '/help');
  });

  it('lists the lessons of a band by topic with duration and progress', async () => {
    await renderWithProviders(<App />);
    act(() => navigate('/band/lop-4-5'));
    const topic = screen.getByRole('region', { name: 'Bảo vệ thông tin cá nhân' });
    expect(within(topic).getByRole('link', { name: 'Thông tin cá nhân' })).toHaveAttribute('href', '/lesson/fixture-personal-data');
    expect(within(topic).getByText('35 phút · 6 câu hỏi')).toBeInTheDocument();
    expect(within(topic).getByText('Chưa học')).toBeInTheDocument();
  });

  it('opens a lesson from a deep link, with its parts, picture and the 111 card', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-personal-data');
    await renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông tin cá nhân' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Khởi động/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Chiếc khiên xanh' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', 'tel:111');
    expect(screen.getByRole('link', { name: 'Làm bài kiểm tra (6 câu)' })).toHaveAttribute('href', '/lesson/fixture-personal-data/quiz');
  });

  it('switches language, remembers it and sets <html lang>', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Which grade are you in?' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(storedLanguage()).toBe('en');
  });

  it('shows the help page with a tel:111 link and what to do first', async () => {
    window.history.replaceState(null, '', '/help');
    await renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Cần giúp đỡ? Gọi 111' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', 'tel:111');
    expect(screen.getByRole('heading', { name: 'Việc cần làm ngay' })).toBeInTheDocument();
    expect(screen.getByText(/Giữ lại bằng chứng/)).toBeInTheDocument();
  });

  it('tells the user when results cannot be saved, and still shows lessons', async () => {
    useStorageStatus.setState({ problem: 'unavailable', detail: 'InvalidStateError' });
    window.history.replaceState(null, '', '/lesson/fixture-hotline');
    await renderWithProviders(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('Máy này đang không cho lưu kết quả học');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gọi 111' })).toBeInTheDocument();
  });

  it('turns on large text for the whole page', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: /Chữ to/ }));
    expect(document.documentElement).toHaveClass('large-text');
  });

  it('says when a page does not exist', async () => {
    window.history.replaceState(null, '', '/nowhere');
    await renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Không tìm thấy trang này' })).toBeInTheDocument();
  });
});
