/**
 * The resident's vaccination record: doses and a certificate photo, reviewed by city
 * staff. Any change sends it back to review.
 */
package jp.sapporo.vaccinepass.resident.record;
