/**
 * E-mail for the three apps: sent through Spring Mail's {@code JavaMailSender} to the
 * SMTP server of {@code spring.mail.*}; without one, an embedded GreenMail server on
 * 127.0.0.1 (started by the first app, joined by the others) so that sign-up and password
 * e-mails work on a fresh machine, with a demo mailbox page to read them.
 */
package jp.sapporo.vaccinepass.web.mail;
