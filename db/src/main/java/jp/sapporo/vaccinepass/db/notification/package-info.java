/**
 * Notifications to residents and merchants: the inbox row and its e-mail.
 */
package jp.sapporo.vaccinepass.db.notification;
