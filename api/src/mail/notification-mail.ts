/** An in-app notification as an e-mail: Swedish first, English below, and a link when the app's address is known. */
export function notificationMail(
  message: { title: { sv: string; en: string }; body: { sv: string; en: string }; link: string | null },
  appUrl: string | undefined,
): { subject: string; text: string } {
  const link = message.link && appUrl ? `${appUrl.replace(/\/+$/, '')}${message.link}` : null;
  const lines = [
    message.body.sv,
    ...(link ? ['', `Öppna i Bemanna: ${link}`] : []),
    '',
    '— In English —',
    message.title.en,
    message.body.en,
    ...(link ? ['', `Open in Bemanna: ${link}`] : []),
    '',
    '--',
    'Det här meddelandet kommer från Bemanna och finns också i inkorgen i appen.',
  ];
  return { subject: `Bemanna: ${message.title.sv}`, text: lines.join('\n') };
}
