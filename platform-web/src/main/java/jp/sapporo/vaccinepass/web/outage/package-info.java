/**
 * While the database cannot be reached, pages answer a translated 503 with
 * {@code Retry-After} instead of a 500, and the apps recover by themselves when it is
 * back.
 */
package jp.sapporo.vaccinepass.web.outage;
