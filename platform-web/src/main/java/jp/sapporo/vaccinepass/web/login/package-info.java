/**
 * Logging in: failed-login throttling and lockout kept in PostgreSQL, one answer for
 * every failed login, and the absolute lifetime of a session (docs/security.md,
 * "Logins").
 */
package jp.sapporo.vaccinepass.web.login;
