/**
 * The school's own contacts (tests/fixtures/school/school.yaml, compiled by the real compiler) on the help
 * page, in "Em cần giúp?", on the note for a trusted adult and on the families note printout; with no
 * school file, only 111 and the national numbers.
 */
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSchool } from '../../../scripts/content/school';
import type { School } from '../../../src/content/school';
import { HelpPage } from '../../../src/features/help/HelpPage';
import { HelpPathPage } from '../../../src/features/help/HelpPathPage';
import { PrintPage } from '../../../src/features/teacher/PrintPage';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const compiled = loadSchool({ file: path.resolve(__dirname, '../../fixtures/school/school.yaml'), named: true }).school;
const current = vi.hoisted(() => ({ school: null as School | null }));
vi.mock('../../../src/content/school', () => ({ schoolContacts: () => current.school }));

const SCHOOL_TITLE = 'Liên hệ ở Trường Tiểu học Kim Đồng';

beforeEach(() => {
  freshDatabase();
  current.school = compiled;
});

describe('the school’s contacts', () => {
  it('compiles from the fixture', () => {
    expect(compiled?.name).toBe('Trường Tiểu học Kim Đồng');
  });

  it('shows on the help page with call links, the counselling room and when, and the local police', async () => {
    await renderWithProviders(<HelpPage />);
    const section = screen.getByRole('region', { name: SCHOOL_TITLE });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Tư vấn học đường: Cô Nguyễn Thu Hà · Phòng tư vấn học đường, phòng 105, tầng 1 · Giờ ra chơi, thứ Hai đến thứ Sáu 0912345678');
    expect(within(section).getByRole('link', { name: '0912345678' })).toHaveAttribute('href', 'tel:0912345678');
    expect(within(section).getByRole('link', { name: '0987.654.321' })).toHaveAttribute('href', 'tel:0987654321');
    expect(items[2]).toHaveTextContent('Giáo viên chủ nhiệm: Thầy cô chủ nhiệm lớp em');
    expect(within(section).getByRole('link', { name: '028 3836 1234' })).toHaveAttribute('href', 'tel:02838361234');
    expect(section).toHaveTextContent('Công an, chính quyền địa phương: Công an phường Cầu Kho');
    // 111 stays first.
    expect(screen.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', 'tel:111');
  });

  it('is absent without a school file: 111 and the national numbers only', async () => {
    current.school = null;
    await renderWithProviders(<HelpPage />);
    expect(screen.queryByRole('region', { name: /Liên hệ ở/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', 'tel:111');
    expect(screen.getByText('Gọi 113 (công an), 114 (cứu hoả, cứu nạn), 115 (cấp cứu).')).toBeInTheDocument();
  });

  it('shows in "Em cần giúp?" in a child’s words, without the police, and in full on the note', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<HelpPathPage band="lop-4-5" />);
    await user.click(screen.getByRole('button', { name: /Có người trêu chọc em/ }));
    const atSchool = screen.getByRole('region', { name: 'Ở trường, em cũng có thể tìm:' });
    expect(atSchool).toHaveTextContent('Cô Nguyễn Thu Hà');
    expect(atSchool).toHaveTextContent('Tổng phụ trách Đội: Thầy Lê Văn Nam');
    expect(atSchool).not.toHaveTextContent('Công an');

    await user.click(screen.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }));
    const note = screen.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' });
    const contacts = within(note).getByRole('region', { name: SCHOOL_TITLE });
    expect(contacts).toHaveTextContent('Công an phường Cầu Kho 028 3836 1234');
  });

  it('is printed on the families note', async () => {
    await renderWithProviders(<PrintPage lessonId="fixture-personal-data" variant="family" />);
    const section = await screen.findByRole('region', { name: SCHOOL_TITLE });
    expect(section).toHaveTextContent('Tổng phụ trách Đội: Thầy Lê Văn Nam 0987.654.321');
  });
});
