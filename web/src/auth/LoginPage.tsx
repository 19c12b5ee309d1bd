import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageToggle } from '../app/LanguageToggle';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { Loading } from '../ui/Loading';
import { useFormErrors } from '../ui/useFormErrors';
import { useLogin, useMe } from './session';

/** Only same-site paths are followed after login, never an address from elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = useFormErrors(login.error, formRef);
  const next = safeNext(params.get('next'));

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <div className="login">
      <div className="login__language">
        <LanguageToggle />
      </div>
      <main className="login__card" aria-labelledby="login-title">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            B
          </span>
          <span className="brand__name">Bemanna</span>
        </div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="login__intro">{t('login.intro')}</p>
        <form ref={formRef} onSubmit={submit} noValidate>
          <ErrorBanner error={login.error} shownFields={['email', 'password']} />
          <Field label={t('login.email')} error={errors.email} required>
            {(p) => (
              <input
                {...p}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('login.password')} error={errors.password} required>
            {(p) => (
              <input
                {...p}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
            {login.isPending ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
