import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { getToken } from '@/lib/auth-storage';
import { mockFetch, problem } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const me = {
  id: '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a10',
  username: 'manager',
  displayName: '王经理',
  roles: ['MANAGER'],
  projects: [
    { id: 'b5f1a1e2-0000-4000-8000-000000000001', code: 'JL', name: '翠湖苑' },
    { id: 'b5f1a1e2-0000-4000-8000-000000000002', code: 'SG', name: '阳光花园' },
  ],
};

async function fillAndSubmit(username: string, password: string, labels = { user: '用户名', pass: '密码', submit: /登\s*录/ }) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(labels.user), username);
  await user.type(screen.getByLabelText(labels.pass), password);
  await user.click(screen.getByRole('button', { name: labels.submit }));
  return user;
}

describe('LoginForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('says "wrong username or password" on 401, without ending any session', async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: '/api/v1/auth/token',
        status: 401,
        body: problem(401, 'BAD_CREDENTIALS', 'Unauthorized', 'Bad credentials'),
        headers: { 'WWW-Authenticate': 'Bearer' },
      },
    ]);
    const onSuccess = vi.fn();
    const { onUnauthorized, notify } = renderWithApp(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit('manager', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({ username: 'manager', password: 'wrong-password' });
    expect(screen.getByLabelText('密码')).toHaveValue('');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
    expect(getToken()).toBeNull();
  });

  it('says it in English too', async () => {
    await setTestLanguage('en');
    mockFetch([{ method: 'POST', path: '/api/v1/auth/token', status: 401, body: problem(401, 'BAD_CREDENTIALS', 'Unauthorized') }]);
    renderWithApp(<LoginForm onSuccess={vi.fn()} />);
    await fillAndSubmit('manager', 'nope', { user: 'Username', pass: 'Password', submit: /log in/i });
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
  });

  it('asks to wait on 429, with the Retry-After seconds', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/auth/token',
        status: 429,
        body: problem(429, 'TOO_MANY_REQUESTS', 'Too many requests'),
        headers: { 'Retry-After': '42' },
      },
    ]);
    renderWithApp(<LoginForm onSuccess={vi.fn()} />);
    await fillAndSubmit('manager', 'whatever');
    expect(await screen.findByRole('alert')).toHaveTextContent('尝试次数过多，请 42 秒后再试。');
  });

  it('stores the token, loads /me with it, then calls onSuccess', async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: '/api/v1/auth/token',
        body: { accessToken: 'header.payload.signature', tokenType: 'Bearer', expiresIn: 900 },
      },
      { path: '/api/v1/me', body: me },
    ]);
    const onSuccess = vi.fn();
    const { queryClient } = renderWithApp(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit('  manager ', 'steward-demo');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(getToken()).toBe('header.payload.signature');
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/v1/auth/token', 'GET /api/v1/me']);
    expect(requests[0]?.body).toEqual({ username: 'manager', password: 'steward-demo' });
    expect(requests[0]?.headers.get('Authorization')).toBeNull();
    expect(requests[1]?.headers.get('Authorization')).toBe('Bearer header.payload.signature');
    expect(queryClient.getQueryData(['me'])).toEqual(me);
  });

  it('validates empty fields before calling the API', async () => {
    const { fetchMock } = mockFetch([]);
    renderWithApp(<LoginForm onSuccess={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
